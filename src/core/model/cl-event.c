/* cl-event.c — a hackathon, job fair, meetup, conference… where the user met people
 *
 * The object mirrors a row of `events`; who was there is in
 * `event_attendance` (ClEventStore).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-event"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-event.h"
#include "cl-model-private.h"

struct _ClEvent
{
  ClModel     parent_instance;

  gint64      id;
  char       *name;
  ClEventKind kind;
  gint64      starts_at;
  char       *location;
  char       *notes;
};

G_DEFINE_FINAL_TYPE (ClEvent, cl_event, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClEvent, id),
  { "name", "name", CL_FIELD_STRING, G_STRUCT_OFFSET (ClEvent, name),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM, .max_length = 200, .label = N_ ("The name"),
    .message = N_ ("Enter the event’s name.") },
  { "kind", "kind", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClEvent, kind),
    .value_type = cl_event_kind_get_type, .default_value = CL_EVENT_KIND_OTHER },
  { "starts-at", "starts_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClEvent, starts_at),
    .flags = CL_FIELD_OPTIONAL, .none = 0, .maximum = G_MAXINT64 },
  { "location", "location", CL_FIELD_STRING, G_STRUCT_OFFSET (ClEvent, location),
    .flags = CL_FIELD_TRIM, .max_length = 200, .label = N_ ("The place") },
  { "notes", "notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClEvent, notes),
    .flags = CL_FIELD_TRIM, .max_length = 20000, .label = N_ ("The notes") },
};

static void
cl_event_class_init (ClEventClass *klass)
{
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "events", fields, G_N_ELEMENTS (fields));
}

static void
cl_event_init (ClEvent *self)
{
}

ClEvent *
cl_event_new (const char *name,
              ClEventKind kind)
{
  return g_object_new (CL_TYPE_EVENT, "name", name, "kind", kind, NULL);
}

ClEvent *
cl_event_copy (ClEvent *self)
{
  g_return_val_if_fail (CL_IS_EVENT (self), NULL);
  return CL_MODEL_COPY (self, ClEvent);
}

gint64
cl_event_get_id (ClEvent *self)
{
  g_return_val_if_fail (CL_IS_EVENT (self), 0);
  return self->id;
}

const char *
cl_event_get_name (ClEvent *self)
{
  g_return_val_if_fail (CL_IS_EVENT (self), NULL);
  return self->name;
}

ClEventKind
cl_event_get_kind (ClEvent *self)
{
  g_return_val_if_fail (CL_IS_EVENT (self), CL_EVENT_KIND_OTHER);
  return self->kind;
}

gint64
cl_event_get_starts_at (ClEvent *self)
{
  g_return_val_if_fail (CL_IS_EVENT (self), 0);
  return self->starts_at;
}

const char *
cl_event_get_location (ClEvent *self)
{
  g_return_val_if_fail (CL_IS_EVENT (self), NULL);
  return self->location;
}

const char *
cl_event_get_notes (ClEvent *self)
{
  g_return_val_if_fail (CL_IS_EVENT (self), NULL);
  return self->notes;
}
