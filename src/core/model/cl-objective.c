/* cl-objective.c — a learning objective of the prep plan
 *
 * The object mirrors a row of `objectives`.  Views may set properties for
 * editing; nothing is saved until ClPrepStore is asked to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-objective"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "cl-database.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-objective.h"

/* More hours than a year of full days is a typing mistake. */
#define MAX_HOURS 8760.0

struct _ClObjective
{
  GObject            parent_instance;

  gint64             id;
  ClPrepDomain       domain;
  char              *title;
  char              *target_date;
  ClObjectiveStatus  status;
  double             hours_planned;
  double             hours_spent;
  gint64             source_application_id;
  char              *notes;
  gint64             created_at;
};

G_DEFINE_FINAL_TYPE (ClObjective, cl_objective, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DOMAIN,
  PROP_TITLE,
  PROP_TARGET_DATE,
  PROP_STATUS,
  PROP_HOURS_PLANNED,
  PROP_HOURS_SPENT,
  PROP_SOURCE_APPLICATION_ID,
  PROP_NOTES,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cl_objective_finalize (GObject *object)
{
  ClObjective *self = (ClObjective *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->target_date, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (cl_objective_parent_class)->finalize (object);
}

static gpointer
field_address (ClObjective *self,
               guint        prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_DOMAIN: return &self->domain;
    case PROP_TITLE: return &self->title;
    case PROP_TARGET_DATE: return &self->target_date;
    case PROP_STATUS: return &self->status;
    case PROP_HOURS_PLANNED: return &self->hours_planned;
    case PROP_HOURS_SPENT: return &self->hours_spent;
    case PROP_SOURCE_APPLICATION_ID: return &self->source_application_id;
    case PROP_NOTES: return &self->notes;
    case PROP_CREATED_AT: return &self->created_at;
    default: return NULL;
    }
}

static void
cl_objective_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  gpointer field = field_address (CL_OBJECTIVE (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  cl_model_get_field (field, value, pspec);
}

static void
cl_objective_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  gpointer field = field_address (CL_OBJECTIVE (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (cl_model_set_field (field, value, pspec))
    g_object_notify_by_pspec (object, pspec);
}

static void
cl_objective_class_init (ClObjectiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cl_objective_finalize;
  object_class->get_property = cl_objective_get_property;
  object_class->set_property = cl_objective_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DOMAIN] =
    g_param_spec_enum ("domain", NULL, NULL, CL_TYPE_PREP_DOMAIN, CL_PREP_DOMAIN_CODING, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_TARGET_DATE] = g_param_spec_string ("target-date", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CL_TYPE_OBJECTIVE_STATUS, CL_OBJECTIVE_STATUS_PLANNED, flags);
  /* Any double is accepted here, so a view can show what was typed;
   * cl_objective_validate() says what is wrong with it. */
  properties[PROP_HOURS_PLANNED] =
    g_param_spec_double ("hours-planned", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_HOURS_SPENT] =
    g_param_spec_double ("hours-spent", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_SOURCE_APPLICATION_ID] =
    g_param_spec_int64 ("source-application-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_CREATED_AT] = g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_objective_init (ClObjective *self)
{
  self->domain = CL_PREP_DOMAIN_CODING;
  self->status = CL_OBJECTIVE_STATUS_PLANNED;
}

ClObjective *
cl_objective_new (ClPrepDomain  domain,
                  const char   *title)
{
  return g_object_new (CL_TYPE_OBJECTIVE, "domain", domain, "title", title, NULL);
}

gint64 cl_objective_get_id (ClObjective *self) { g_return_val_if_fail (CL_IS_OBJECTIVE (self), 0); return self->id; }
ClPrepDomain cl_objective_get_domain (ClObjective *self) { g_return_val_if_fail (CL_IS_OBJECTIVE (self), 0); return self->domain; }
const char *cl_objective_get_title (ClObjective *self) { g_return_val_if_fail (CL_IS_OBJECTIVE (self), NULL); return self->title; }
const char *cl_objective_get_target_date (ClObjective *self) { g_return_val_if_fail (CL_IS_OBJECTIVE (self), NULL); return self->target_date; }
ClObjectiveStatus cl_objective_get_status (ClObjective *self) { g_return_val_if_fail (CL_IS_OBJECTIVE (self), 0); return self->status; }
double cl_objective_get_hours_planned (ClObjective *self) { g_return_val_if_fail (CL_IS_OBJECTIVE (self), 0); return self->hours_planned; }
double cl_objective_get_hours_spent (ClObjective *self) { g_return_val_if_fail (CL_IS_OBJECTIVE (self), 0); return self->hours_spent; }
gint64 cl_objective_get_source_application_id (ClObjective *self) { g_return_val_if_fail (CL_IS_OBJECTIVE (self), 0); return self->source_application_id; }
const char *cl_objective_get_notes (ClObjective *self) { g_return_val_if_fail (CL_IS_OBJECTIVE (self), NULL); return self->notes; }
gint64 cl_objective_get_created_at (ClObjective *self) { g_return_val_if_fail (CL_IS_OBJECTIVE (self), 0); return self->created_at; }

static gboolean
valid_hours (double hours)
{
  return isfinite (hours) && hours >= 0 && hours <= MAX_HOURS;
}

gboolean
cl_objective_validate (ClObjective  *self,
                       GError      **error)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE (self), FALSE);

  if (cl_model_is_blank (self->title))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("Enter what you want to learn or practise."));
      return FALSE;
    }
  if (g_utf8_strlen (self->title, -1) > 200)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("The objective must be at most 200 characters long."));
      return FALSE;
    }
  if (self->target_date != NULL && !cl_model_is_iso_date (self->target_date))
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                   _("“%s” is not a date. Write the target date as YYYY-MM-DD, or leave it empty."),
                   self->target_date);
      return FALSE;
    }
  if (!valid_hours (self->hours_planned) || !valid_hours (self->hours_spent))
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                   _("Hours planned and spent must be between 0 and %d."), (int) MAX_HOURS);
      return FALSE;
    }

  return TRUE;
}
