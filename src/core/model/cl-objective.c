/* cl-objective.c — a learning objective of the prep plan
 *
 * The object mirrors a row of `objectives`.  Views edit a copy and hand it
 * to ClPrepStore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-objective"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-objective.h"
#include "cl-validation.h"

struct _ClObjective
{
  ClModel           parent_instance;

  gint64            id;
  ClPrepDomain      domain;
  char             *title;
  char             *target_date;
  ClObjectiveStatus status;
  double            hours_planned;
  double            hours_spent;
  char             *term_key;
  char             *notes;
  gint64            created_at;
};

G_DEFINE_FINAL_TYPE (ClObjective, cl_objective, CL_TYPE_MODEL)

/* More hours than a year of full days is a typing mistake. */
#define HOURS(name, column, member) \
  { \
    name, column, CL_FIELD_DOUBLE, G_STRUCT_OFFSET (ClObjective, member), \
      .maximum = 8760, .message = N_ ("Hours planned and spent must be between 0 and 8760.") \
  }

static const ClField fields[] = {
  CL_FIELD_ID (ClObjective, id),
  { "domain", "domain_id", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClObjective, domain),
    .flags = CL_FIELD_ENUM_ROW_ID, .value_type = cl_prep_domain_get_type,
    .default_value = CL_PREP_DOMAIN_CODING,
    .message = N_ ("Choose the domain of the prep plan this objective belongs to.") },
  { "title", "title", CL_FIELD_STRING, G_STRUCT_OFFSET (ClObjective, title),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM, .max_length = 200, .label = N_ ("The objective"),
    .message = N_ ("Enter what you want to learn or practise.") },
  { "target-date", "target_date", CL_FIELD_STRING, G_STRUCT_OFFSET (ClObjective, target_date),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_ISO_DATE,
    .message = N_ ("“%s” is not a date. Write the target date as YYYY-MM-DD, or leave it empty.") },
  { "status", "status", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClObjective, status),
    .value_type = cl_objective_status_get_type, .default_value = CL_OBJECTIVE_STATUS_PLANNED },
  HOURS ("hours-planned", "hours_planned", hours_planned),
  HOURS ("hours-spent", "hours_spent", hours_spent),
  /* Set when the objective was made from a term found in a job description;
   * the user never types it, but a copy keeps it. */
  { "term-key", "term_key", CL_FIELD_STRING, G_STRUCT_OFFSET (ClObjective, term_key),
    .flags = CL_FIELD_TRIM, .max_length = 200 },
  { "notes", "notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClObjective, notes) },
  { "created-at", "created_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClObjective, created_at),
    .flags = CL_FIELD_READ_ONLY },
};

static void
cl_objective_class_init (ClObjectiveClass *klass)
{
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "objectives", fields, G_N_ELEMENTS (fields));
}

static void
cl_objective_init (ClObjective *self)
{
}

ClObjective *
cl_objective_new (ClPrepDomain domain,
                  const char  *title)
{
  return g_object_new (CL_TYPE_OBJECTIVE, "domain", domain, "title", title, NULL);
}

ClObjective *
cl_objective_copy (ClObjective *self)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE (self), NULL);

  return CL_MODEL_COPY (self, ClObjective);
}

gint64
cl_objective_get_id (ClObjective *self)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE (self), 0);
  return self->id;
}
ClPrepDomain
cl_objective_get_domain (ClObjective *self)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE (self), 0);
  return self->domain;
}
const char *
cl_objective_get_title (ClObjective *self)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE (self), NULL);
  return self->title;
}
const char *
cl_objective_get_target_date (ClObjective *self)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE (self), NULL);
  return self->target_date;
}
ClObjectiveStatus
cl_objective_get_status (ClObjective *self)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE (self), 0);
  return self->status;
}
double
cl_objective_get_hours_planned (ClObjective *self)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE (self), 0);
  return self->hours_planned;
}
double
cl_objective_get_hours_spent (ClObjective *self)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE (self), 0);
  return self->hours_spent;
}
const char *
cl_objective_get_term_key (ClObjective *self)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE (self), NULL);
  return self->term_key;
}
const char *
cl_objective_get_notes (ClObjective *self)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE (self), NULL);
  return self->notes;
}
gint64
cl_objective_get_created_at (ClObjective *self)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE (self), 0);
  return self->created_at;
}
