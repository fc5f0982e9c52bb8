/* cl-round.c — one round of an application's interview format
 *
 * The object mirrors a row of `interview_rounds`.  Views may set properties
 * for editing; nothing is saved until ClRoundStore is asked to.  Optional
 * numbers use 0 for "none".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-round"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-database.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-round.h"

/* A round longer than a day is a typing mistake. */
#define MAX_DURATION_MINUTES (24 * 60)

struct _ClRound
{
  GObject        parent_instance;

  gint64         id;
  gint64         application_id;
  guint          position;
  ClRoundKind    kind;
  char          *title;
  gint64         scheduled_at;
  guint          duration_minutes;
  ClRoundStatus  status;
  char          *notes;
};

G_DEFINE_FINAL_TYPE (ClRound, cl_round, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_APPLICATION_ID,
  PROP_POSITION,
  PROP_KIND,
  PROP_TITLE,
  PROP_SCHEDULED_AT,
  PROP_DURATION_MINUTES,
  PROP_STATUS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cl_round_finalize (GObject *object)
{
  ClRound *self = (ClRound *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (cl_round_parent_class)->finalize (object);
}

static gpointer
field_address (ClRound *self,
               guint    prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_APPLICATION_ID: return &self->application_id;
    case PROP_POSITION: return &self->position;
    case PROP_KIND: return &self->kind;
    case PROP_TITLE: return &self->title;
    case PROP_SCHEDULED_AT: return &self->scheduled_at;
    case PROP_DURATION_MINUTES: return &self->duration_minutes;
    case PROP_STATUS: return &self->status;
    case PROP_NOTES: return &self->notes;
    default: return NULL;
    }
}

static void
cl_round_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  gpointer field = field_address (CL_ROUND (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  cl_model_get_field (field, value, pspec);
}

static void
cl_round_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  gpointer field = field_address (CL_ROUND (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (cl_model_set_field (field, value, pspec))
    g_object_notify_by_pspec (object, pspec);
}

static void
cl_round_class_init (ClRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cl_round_finalize;
  object_class->get_property = cl_round_get_property;
  object_class->set_property = cl_round_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_APPLICATION_ID] =
    g_param_spec_int64 ("application-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CL_TYPE_ROUND_KIND, CL_ROUND_KIND_OTHER, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SCHEDULED_AT] =
    g_param_spec_int64 ("scheduled-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DURATION_MINUTES] =
    g_param_spec_uint ("duration-minutes", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CL_TYPE_ROUND_STATUS, CL_ROUND_STATUS_PLANNED, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_round_init (ClRound *self)
{
  self->kind = CL_ROUND_KIND_OTHER;
  self->status = CL_ROUND_STATUS_PLANNED;
}

ClRound *
cl_round_new (gint64      application_id,
              ClRoundKind kind)
{
  return g_object_new (CL_TYPE_ROUND, "application-id", application_id, "kind", kind, NULL);
}

gint64 cl_round_get_id (ClRound *self) { g_return_val_if_fail (CL_IS_ROUND (self), 0); return self->id; }
gint64 cl_round_get_application_id (ClRound *self) { g_return_val_if_fail (CL_IS_ROUND (self), 0); return self->application_id; }
guint cl_round_get_position (ClRound *self) { g_return_val_if_fail (CL_IS_ROUND (self), 0); return self->position; }
ClRoundKind cl_round_get_kind (ClRound *self) { g_return_val_if_fail (CL_IS_ROUND (self), 0); return self->kind; }
const char *cl_round_get_title (ClRound *self) { g_return_val_if_fail (CL_IS_ROUND (self), NULL); return self->title; }
gint64 cl_round_get_scheduled_at (ClRound *self) { g_return_val_if_fail (CL_IS_ROUND (self), 0); return self->scheduled_at; }
guint cl_round_get_duration_minutes (ClRound *self) { g_return_val_if_fail (CL_IS_ROUND (self), 0); return self->duration_minutes; }
ClRoundStatus cl_round_get_status (ClRound *self) { g_return_val_if_fail (CL_IS_ROUND (self), 0); return self->status; }
const char *cl_round_get_notes (ClRound *self) { g_return_val_if_fail (CL_IS_ROUND (self), NULL); return self->notes; }

gboolean
cl_round_validate (ClRound  *self,
                   GError  **error)
{
  g_return_val_if_fail (CL_IS_ROUND (self), FALSE);

  if (self->application_id <= 0)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("Choose the application this round belongs to."));
      return FALSE;
    }
  if (self->title != NULL && g_utf8_strlen (self->title, -1) > 200)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("The round’s title must be at most 200 characters long."));
      return FALSE;
    }
  if (self->duration_minutes > MAX_DURATION_MINUTES)
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                   _("A round can last at most %d minutes. Check the duration."),
                   MAX_DURATION_MINUTES);
      return FALSE;
    }

  return TRUE;
}
