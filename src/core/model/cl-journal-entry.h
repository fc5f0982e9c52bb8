/* cl-journal-entry.h — feedback, a thought or a lesson about an application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_JOURNAL_ENTRY (cl_journal_entry_get_type ())
G_DECLARE_FINAL_TYPE (ClJournalEntry, cl_journal_entry, CL, JOURNAL_ENTRY, ClModel)

/* A new, unsaved entry (id 0) of @application_id written at @written_at
 * (Unix time); ClJournalStore saves it. */
ClJournalEntry *cl_journal_entry_new          (gint64          application_id,
                                               ClJournalKind   kind,
                                               const char     *body,
                                               gint64          written_at);
/* An edited copy, for cl_journal_store_update_entry(). */
ClJournalEntry *cl_journal_entry_copy         (ClJournalEntry *self);

/* Properties: "id", "application-id" (read-only), "round-id" (0: none),
 * "written-at", "kind", "body" (required, kept as typed but for spaces
 * around it), "objective-id" (read-only: set by make_objective). */
gint64          cl_journal_entry_get_id             (ClJournalEntry *self);
gint64          cl_journal_entry_get_application_id (ClJournalEntry *self);
gint64          cl_journal_entry_get_round_id       (ClJournalEntry *self);
gint64          cl_journal_entry_get_written_at     (ClJournalEntry *self);
ClJournalKind   cl_journal_entry_get_kind           (ClJournalEntry *self);
const char     *cl_journal_entry_get_body           (ClJournalEntry *self);
/* The learning objective made from it; 0 when none. */
gint64          cl_journal_entry_get_objective_id   (ClJournalEntry *self);

/* clang-format on */
G_END_DECLS
