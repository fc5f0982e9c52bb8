/* cl-journal-entry.c — feedback, a thought or a lesson about an application
 *
 * The object mirrors a row of `journal_entries`.  Views edit a copy and hand
 * it to ClJournalStore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-journal-entry"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-journal-entry.h"
#include "cl-model-private.h"

struct _ClJournalEntry
{
  ClModel       parent_instance;

  gint64        id;
  gint64        application_id;
  gint64        round_id;
  gint64        written_at;
  ClJournalKind kind;
  char         *body;
  gint64        objective_id;
};

G_DEFINE_FINAL_TYPE (ClJournalEntry, cl_journal_entry, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClJournalEntry, id),
  { "application-id", "application_id", CL_FIELD_INT64,
    G_STRUCT_OFFSET (ClJournalEntry, application_id),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_INSERT, .minimum = 1, .maximum = G_MAXINT64,
    .message = N_ ("Choose the application this entry is about.") },
  { "round-id", "round_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClJournalEntry, round_id),
    .flags = CL_FIELD_OPTIONAL, .none = 0, .maximum = G_MAXINT64 },
  { "written-at", "written_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClJournalEntry, written_at),
    .minimum = 1, .maximum = G_MAXINT64, .message = N_ ("Choose the day of the entry.") },
  { "kind", "kind", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClJournalEntry, kind),
    .value_type = cl_journal_kind_get_type, .default_value = CL_JOURNAL_KIND_THOUGHT },
  { "body", "body", CL_FIELD_STRING, G_STRUCT_OFFSET (ClJournalEntry, body),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM, .max_length = 20000, .label = N_ ("The entry"),
    .message = N_ ("Write what you learnt, heard or thought.") },
  { "objective-id", "objective_id", CL_FIELD_INT64,
    G_STRUCT_OFFSET (ClJournalEntry, objective_id),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_OPTIONAL, .none = 0, .maximum = G_MAXINT64 },
};

static void
cl_journal_entry_class_init (ClJournalEntryClass *klass)
{
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "journal_entries", fields,
                             G_N_ELEMENTS (fields));
}

static void
cl_journal_entry_init (ClJournalEntry *self)
{
}

ClJournalEntry *
cl_journal_entry_new (gint64        application_id,
                      ClJournalKind kind,
                      const char   *body,
                      gint64        written_at)
{
  ClJournalEntry *self = g_object_new (CL_TYPE_JOURNAL_ENTRY, "kind", kind, "body", body,
                                       "written-at", written_at, NULL);

  cl_model_set_int64 (CL_MODEL (self), "application-id", application_id);
  return self;
}

ClJournalEntry *
cl_journal_entry_copy (ClJournalEntry *self)
{
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (self), NULL);
  return CL_MODEL_COPY (self, ClJournalEntry);
}

gint64
cl_journal_entry_get_id (ClJournalEntry *self)
{
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (self), 0);
  return self->id;
}

gint64
cl_journal_entry_get_application_id (ClJournalEntry *self)
{
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (self), 0);
  return self->application_id;
}

gint64
cl_journal_entry_get_round_id (ClJournalEntry *self)
{
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (self), 0);
  return self->round_id;
}

gint64
cl_journal_entry_get_written_at (ClJournalEntry *self)
{
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (self), 0);
  return self->written_at;
}

ClJournalKind
cl_journal_entry_get_kind (ClJournalEntry *self)
{
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (self), CL_JOURNAL_KIND_THOUGHT);
  return self->kind;
}

const char *
cl_journal_entry_get_body (ClJournalEntry *self)
{
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (self), NULL);
  return self->body;
}

gint64
cl_journal_entry_get_objective_id (ClJournalEntry *self)
{
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (self), 0);
  return self->objective_id;
}
