/* cl-round.c — one round of an application's interview format
 *
 * The object mirrors a row of `interview_rounds`.  Views edit a copy and
 * hand it to ClRoundStore.  Optional numbers use 0 for "none".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-round"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-round.h"
#include "cl-validation.h"

struct _ClRound
{
  ClModel       parent_instance;

  gint64        id;
  gint64        application_id;
  guint         position;
  ClRoundKind   kind;
  char         *title;
  gint64        scheduled_at;
  guint         duration_minutes;
  ClRoundStatus status;
  char         *notes;
};

G_DEFINE_FINAL_TYPE (ClRound, cl_round, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClRound, id),
  { "application-id", "application_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClRound, application_id),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_INSERT, .minimum = 1, .maximum = G_MAXINT64,
    .message = N_ ("Choose the application this round belongs to.") },
  { "position", "position", CL_FIELD_UINT, G_STRUCT_OFFSET (ClRound, position),
    .flags = CL_FIELD_READ_ONLY },
  { "kind", "kind", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClRound, kind),
    .value_type = cl_round_kind_get_type, .default_value = CL_ROUND_KIND_OTHER },
  { "title", "title", CL_FIELD_STRING, G_STRUCT_OFFSET (ClRound, title),
    .flags = CL_FIELD_TRIM, .max_length = 200, .label = N_ ("The round’s title") },
  { "scheduled-at", "scheduled_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClRound, scheduled_at),
    .flags = CL_FIELD_OPTIONAL, .none = 0 },
  /* A round longer than a day is a typing mistake. */
  { "duration-minutes", "duration_minutes", CL_FIELD_UINT,
    G_STRUCT_OFFSET (ClRound, duration_minutes),
    .flags = CL_FIELD_OPTIONAL, .none = 0, .maximum = 24 * 60,
    .message = N_ ("A round can last at most 1440 minutes. Check the duration.") },
  { "status", "status", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClRound, status),
    .value_type = cl_round_status_get_type, .default_value = CL_ROUND_STATUS_PLANNED },
  { "notes", "notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClRound, notes) },
};

static void
cl_round_class_init (ClRoundClass *klass)
{
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "interview_rounds", fields,
                             G_N_ELEMENTS (fields));
}

static void
cl_round_init (ClRound *self)
{
}

ClRound *
cl_round_new (gint64      application_id,
              ClRoundKind kind)
{
  ClRound *self = g_object_new (CL_TYPE_ROUND, "kind", kind, NULL);

  cl_model_set_int64 (CL_MODEL (self), "application-id", application_id);
  return self;
}

ClRound *
cl_round_copy (ClRound *self)
{
  g_return_val_if_fail (CL_IS_ROUND (self), NULL);

  return CL_MODEL_COPY (self, ClRound);
}

gint64
cl_round_get_id (ClRound *self)
{
  g_return_val_if_fail (CL_IS_ROUND (self), 0);
  return self->id;
}
gint64
cl_round_get_application_id (ClRound *self)
{
  g_return_val_if_fail (CL_IS_ROUND (self), 0);
  return self->application_id;
}
guint
cl_round_get_position (ClRound *self)
{
  g_return_val_if_fail (CL_IS_ROUND (self), 0);
  return self->position;
}
ClRoundKind
cl_round_get_kind (ClRound *self)
{
  g_return_val_if_fail (CL_IS_ROUND (self), 0);
  return self->kind;
}
const char *
cl_round_get_title (ClRound *self)
{
  g_return_val_if_fail (CL_IS_ROUND (self), NULL);
  return self->title;
}
gint64
cl_round_get_scheduled_at (ClRound *self)
{
  g_return_val_if_fail (CL_IS_ROUND (self), 0);
  return self->scheduled_at;
}
guint
cl_round_get_duration_minutes (ClRound *self)
{
  g_return_val_if_fail (CL_IS_ROUND (self), 0);
  return self->duration_minutes;
}
ClRoundStatus
cl_round_get_status (ClRound *self)
{
  g_return_val_if_fail (CL_IS_ROUND (self), 0);
  return self->status;
}
const char *
cl_round_get_notes (ClRound *self)
{
  g_return_val_if_fail (CL_IS_ROUND (self), NULL);
  return self->notes;
}

gboolean
cl_round_set_schedule (ClRound *self,
                       gint64   starts_at,
                       gint64   ends_at,
                       GError **error)
{
  const char *schedule[] = { "scheduled-at", "duration-minutes", NULL };
  gint64      minutes;

  g_return_val_if_fail (CL_IS_ROUND (self), FALSE);

  if (starts_at <= 0)
    {
      g_propagate_error (error,
                         cl_validation_error_new (CL_VALIDATION_ERROR_REQUIRED, schedule,
                                                  _ ("Choose the day and time the round starts.")));
      return FALSE;
    }
  if (ends_at <= starts_at)
    {
      g_propagate_error (
        error, cl_validation_error_new (CL_VALIDATION_ERROR_INCONSISTENT, schedule,
                                        _ ("A round cannot end before it starts. Check the end "
                                           "time.")));
      return FALSE;
    }
  minutes = (ends_at - starts_at + 59) / 60;
  if (minutes > 24 * 60)
    {
      g_propagate_error (
        error, cl_validation_error_new (CL_VALIDATION_ERROR_OUT_OF_RANGE, schedule,
                                        _ ("A round can last at most 24 hours. Check the end "
                                           "time.")));
      return FALSE;
    }

  g_object_set (self, "scheduled-at", starts_at, "duration-minutes", (guint) minutes, NULL);
  return TRUE;
}
