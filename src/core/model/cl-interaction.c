/* cl-interaction.c — one time the user and a contact were in touch
 *
 * The object mirrors a row of `interactions`.  The newest one of a contact
 * is its "last contacted" (kept by the schema's triggers).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-interaction"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-interaction.h"
#include "cl-model-private.h"

struct _ClInteraction
{
  ClModel              parent_instance;

  gint64               id;
  gint64               contact_id;
  gint64               application_id;
  gint64               occurred_at;
  ClInteractionChannel channel;
  char                *summary;
};

G_DEFINE_FINAL_TYPE (ClInteraction, cl_interaction, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClInteraction, id),
  { "contact-id", "contact_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClInteraction, contact_id),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_INSERT, .minimum = 1, .maximum = G_MAXINT64,
    .message = N_ ("Choose the contact this interaction was with.") },
  { "application-id", "application_id", CL_FIELD_INT64,
    G_STRUCT_OFFSET (ClInteraction, application_id), .flags = CL_FIELD_OPTIONAL, .none = 0,
    .maximum = G_MAXINT64 },
  { "occurred-at", "occurred_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClInteraction, occurred_at),
    .minimum = 1, .maximum = G_MAXINT64, .message = N_ ("Choose the day you were in touch.") },
  { "channel", "channel", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClInteraction, channel),
    .value_type = cl_interaction_channel_get_type, .default_value = CL_INTERACTION_CHANNEL_OTHER },
  { "summary", "summary", CL_FIELD_STRING, G_STRUCT_OFFSET (ClInteraction, summary),
    .flags = CL_FIELD_TRIM, .max_length = 5000, .label = N_ ("The summary") },
};

static void
cl_interaction_class_init (ClInteractionClass *klass)
{
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "interactions", fields, G_N_ELEMENTS (fields));
}

static void
cl_interaction_init (ClInteraction *self)
{
}

ClInteraction *
cl_interaction_new (gint64               contact_id,
                    gint64               occurred_at,
                    ClInteractionChannel channel,
                    const char          *summary)
{
  ClInteraction *self = g_object_new (CL_TYPE_INTERACTION,
                                      "occurred-at", occurred_at,
                                      "channel", channel,
                                      "summary", summary,
                                      NULL);

  cl_model_set_int64 (CL_MODEL (self), "contact-id", contact_id);
  return self;
}

ClInteraction *
cl_interaction_copy (ClInteraction *self)
{
  g_return_val_if_fail (CL_IS_INTERACTION (self), NULL);
  return CL_MODEL_COPY (self, ClInteraction);
}

gint64
cl_interaction_get_id (ClInteraction *self)
{
  g_return_val_if_fail (CL_IS_INTERACTION (self), 0);
  return self->id;
}

gint64
cl_interaction_get_contact_id (ClInteraction *self)
{
  g_return_val_if_fail (CL_IS_INTERACTION (self), 0);
  return self->contact_id;
}

gint64
cl_interaction_get_application_id (ClInteraction *self)
{
  g_return_val_if_fail (CL_IS_INTERACTION (self), 0);
  return self->application_id;
}

gint64
cl_interaction_get_occurred_at (ClInteraction *self)
{
  g_return_val_if_fail (CL_IS_INTERACTION (self), 0);
  return self->occurred_at;
}

ClInteractionChannel
cl_interaction_get_channel (ClInteraction *self)
{
  g_return_val_if_fail (CL_IS_INTERACTION (self), CL_INTERACTION_CHANNEL_OTHER);
  return self->channel;
}

const char *
cl_interaction_get_summary (ClInteraction *self)
{
  g_return_val_if_fail (CL_IS_INTERACTION (self), NULL);
  return self->summary;
}
