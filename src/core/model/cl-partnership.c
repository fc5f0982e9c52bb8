/* cl-partnership.c — a practice partnership: someone the user practises interviews with
 *
 * The object mirrors a row of `practice_partnerships`.  Views edit a copy and
 * hand it to ClPracticeStore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-partnership"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-model-private.h"
#include "cl-partnership.h"

struct _ClPartnership
{
  ClModel  parent_instance;

  gint64   id;
  gint64   contact_id;
  char    *i_offer;
  char    *they_offer;
  gint64   started_at;
  gboolean active;
  char    *field;
  char    *seniority;
  char    *notes;
};

G_DEFINE_FINAL_TYPE (ClPartnership, cl_partnership, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClPartnership, id),
  /* Bound when added only: a partnership stays with its contact (a merge of
   * contacts moves it, in ClContactStore). */
  { "contact-id", "contact_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClPartnership, contact_id),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_INSERT, .minimum = 1, .maximum = G_MAXINT64,
    .message = N_ ("Choose the contact you practise with.") },
  { "i-offer", "i_offer", CL_FIELD_STRING, G_STRUCT_OFFSET (ClPartnership, i_offer),
    .flags = CL_FIELD_TRIM, .max_length = 500, .label = N_ ("What you offer") },
  { "they-offer", "they_offer", CL_FIELD_STRING, G_STRUCT_OFFSET (ClPartnership, they_offer),
    .flags = CL_FIELD_TRIM, .max_length = 500, .label = N_ ("What they offer") },
  { "started-at", "started_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClPartnership, started_at),
    .flags = CL_FIELD_OPTIONAL, .none = 0, .maximum = G_MAXINT64,
    .message = N_ ("Choose the day the partnership started, or leave it empty.") },
  { "active", "active", CL_FIELD_BOOLEAN, G_STRUCT_OFFSET (ClPartnership, active),
    .default_value = TRUE },
  { "field", "field", CL_FIELD_STRING, G_STRUCT_OFFSET (ClPartnership, field),
    .flags = CL_FIELD_TRIM, .max_length = 100, .label = N_ ("The partner’s field") },
  { "seniority", "seniority", CL_FIELD_STRING, G_STRUCT_OFFSET (ClPartnership, seniority),
    .flags = CL_FIELD_TRIM, .max_length = 100, .label = N_ ("The partner’s seniority") },
  { "notes", "notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClPartnership, notes) },
};

static void
cl_partnership_class_init (ClPartnershipClass *klass)
{
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "practice_partnerships", fields,
                             G_N_ELEMENTS (fields));
}

static void
cl_partnership_init (ClPartnership *self)
{
  self->active = TRUE;
}

ClPartnership *
cl_partnership_new (gint64 contact_id)
{
  ClPartnership *self = g_object_new (CL_TYPE_PARTNERSHIP, NULL);

  cl_model_set_int64 (CL_MODEL (self), "contact-id", contact_id);
  return self;
}

ClPartnership *
cl_partnership_copy (ClPartnership *self)
{
  g_return_val_if_fail (CL_IS_PARTNERSHIP (self), NULL);

  return CL_MODEL_COPY (self, ClPartnership);
}

gint64
cl_partnership_get_id (ClPartnership *self)
{
  g_return_val_if_fail (CL_IS_PARTNERSHIP (self), 0);
  return self->id;
}
gint64
cl_partnership_get_contact_id (ClPartnership *self)
{
  g_return_val_if_fail (CL_IS_PARTNERSHIP (self), 0);
  return self->contact_id;
}
const char *
cl_partnership_get_i_offer (ClPartnership *self)
{
  g_return_val_if_fail (CL_IS_PARTNERSHIP (self), NULL);
  return self->i_offer;
}
const char *
cl_partnership_get_they_offer (ClPartnership *self)
{
  g_return_val_if_fail (CL_IS_PARTNERSHIP (self), NULL);
  return self->they_offer;
}
gint64
cl_partnership_get_started_at (ClPartnership *self)
{
  g_return_val_if_fail (CL_IS_PARTNERSHIP (self), 0);
  return self->started_at;
}
gboolean
cl_partnership_get_active (ClPartnership *self)
{
  g_return_val_if_fail (CL_IS_PARTNERSHIP (self), FALSE);
  return self->active;
}
const char *
cl_partnership_get_field (ClPartnership *self)
{
  g_return_val_if_fail (CL_IS_PARTNERSHIP (self), NULL);
  return self->field;
}
const char *
cl_partnership_get_seniority (ClPartnership *self)
{
  g_return_val_if_fail (CL_IS_PARTNERSHIP (self), NULL);
  return self->seniority;
}
const char *
cl_partnership_get_notes (ClPartnership *self)
{
  g_return_val_if_fail (CL_IS_PARTNERSHIP (self), NULL);
  return self->notes;
}
