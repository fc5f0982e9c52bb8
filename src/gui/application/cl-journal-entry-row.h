/* cl-journal-entry-row.h — one journal entry, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_JOURNAL_ENTRY_ROW (cl_journal_entry_row_get_type ())
G_DECLARE_FINAL_TYPE (ClJournalEntryRow, cl_journal_entry_row, CL, JOURNAL_ENTRY_ROW,
                      AdwExpanderRow)

/* A row showing @entry: collapsed, its heading (first line; kind, day,
 * round, learning objective); expanded, the fields of a
 * ClJournalEntryEditor, made on first expanding (::editor-added), each saved
 * through the journal store as soon as the user is done with it.  "Make a
 * Learning Objective…" opens a dialog over the row's window.  The row asks
 * its owner to delete it (::delete-requested). */
ClJournalEntryRow *cl_journal_entry_row_new        (ClContext         *context,
                                                    ClJournalEntry    *entry);
ClJournalEntry    *cl_journal_entry_row_get_entry  (ClJournalEntryRow *self);
/* Shows a newer read of the same entry, leaving the fields being edited. */
void               cl_journal_entry_row_set_entry  (ClJournalEntryRow *self,
                                                    ClJournalEntry    *entry);
/* The rounds an entry can be about: @labels (NULL-terminated, "No round"
 * first) and the ids they stand for (@ids[0] is 0). */
void               cl_journal_entry_row_set_rounds (ClJournalEntryRow *self,
                                                    const char * const *labels,
                                                    GArray            *ids);
/* The row's ClInstantApply helpers (owned by the row): none until the row
 * is first expanded, then its editor's. */
GPtrArray         *cl_journal_entry_row_get_applies (ClJournalEntryRow *self);

/* Reads a day (YYYY-MM-DD) and a time (14:30) typed in local time into a
 * Unix time; both are needed.  On failure @out_field (may be NULL) is
 * @day_field or @time_field. */
gboolean           cl_journal_parse_written_at     (const char  *day,
                                                    const char  *time,
                                                    const char  *day_field,
                                                    const char  *time_field,
                                                    gint64      *out_written_at,
                                                    const char **out_field,
                                                    GError     **error);

/* Which of the choices of round (as given to set_rounds()) stands for
 * @round_id; 0 ("No round") when none does. */
guint              cl_journal_round_choice         (GArray      *round_ids,
                                                    gint64       round_id);

/* The Prep Plan domain closest to a round of @kind. */
ClPrepDomain       cl_journal_domain_for_round     (ClRoundKind  kind);

/* clang-format on */
G_END_DECLS
