/* cl-journal-store.h — the journal of each application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-deletion.h"
#include "cl-journal-entry.h"
#include "cl-objective.h"
#include "cl-prep-store.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_JOURNAL_STORE (cl_journal_store_get_type ())
G_DECLARE_FINAL_TYPE (ClJournalStore, cl_journal_store, CL, JOURNAL_STORE, ClStore)

/* Keeps no copy: emits ::entries-changed (gint64 application_id, 0 for
 * "maybe any") after each committed change to journal entries (and to the
 * objectives they link to), whoever made it. */
ClJournalStore *cl_journal_store_new           (ClDatabase      *database,
                                                ClClock         *clock,
                                                ClPrepStore     *prep);

/* A new list (ClJournalEntry) of @application_id's entries, newest first. */
GListModel     *cl_journal_store_list_for_application (ClJournalStore *self,
                                                gint64           application_id,
                                                GError         **error);
/* Saves a new entry (sets its id); its round, if any, must be one of the
 * same application. */
gboolean        cl_journal_store_add_entry     (ClJournalStore  *self,
                                                ClJournalEntry  *entry,
                                                GError         **error);
/* Saves an edited copy (cl_journal_entry_copy()). */
gboolean        cl_journal_store_update_entry  (ClJournalStore  *self,
                                                ClJournalEntry  *entry,
                                                GError         **error);
/* Deletes an entry; @out_deletion (may be NULL) receives what Undo needs. */
gboolean        cl_journal_store_delete_entry  (ClJournalStore  *self,
                                                ClJournalEntry  *entry,
                                                ClDeletion     **out_deletion,
                                                GError         **error);
gboolean        cl_journal_store_undo_delete   (ClJournalStore  *self,
                                                ClDeletion      *deletion,
                                                GError         **error);
/* "Make a learning objective…": saves @objective (new, from
 * cl_objective_new(), in the domain the user picked) through the prep
 * store, linked to the entry's application, and links the entry to it;
 * one transaction.  Sets the entry's objective-id. */
gboolean        cl_journal_store_make_objective (ClJournalStore *self,
                                                ClJournalEntry  *entry,
                                                ClObjective     *objective,
                                                GError         **error);

/* clang-format on */
G_END_DECLS
