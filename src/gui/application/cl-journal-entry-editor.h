/* cl-journal-entry-editor.h — the fields of a journal entry, made when its row opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_JOURNAL_ENTRY_EDITOR (cl_journal_entry_editor_get_type ())
G_DECLARE_FINAL_TYPE (ClJournalEntryEditor, cl_journal_entry_editor, CL, JOURNAL_ENTRY_EDITOR,
                      GObject)

/* The rows that edit @entry (kind, round, day, time, text, its learning
 * objective or "Make a Learning Objective…", Delete Entry), each field saved
 * through the journal store as soon as the user is done with it.  An entry's
 * row (ClJournalEntryRow) makes one the first time it is expanded.
 * @objective names the objective made of the entry ("Title (Domain)"), or
 * is NULL.  The
 * rounds to choose from are @round_labels (NULL-terminated, "No round"
 * first) and the ids they stand for (@round_ids[0] is 0).  The editor asks to
 * delete the entry (::delete-requested) and to make an objective of it
 * (::make-objective-requested). */
ClJournalEntryEditor *cl_journal_entry_editor_new        (ClContext            *context,
                                                          ClJournalEntry       *entry,
                                                          const char           *objective,
                                                          const char * const   *round_labels,
                                                          GArray               *round_ids);
/* Adds the rows to @row, below what it shows already. */
void                  cl_journal_entry_editor_add_to     (ClJournalEntryEditor *self,
                                                          AdwExpanderRow       *row);
/* Shows a newer read of the entry, leaving the fields being edited, and
 * @objective as for cl_journal_entry_editor_new(). */
void                  cl_journal_entry_editor_show       (ClJournalEntryEditor *self,
                                                          ClJournalEntry       *entry,
                                                          const char           *objective);
/* The rounds to choose from, as for cl_journal_entry_editor_new(). */
void                  cl_journal_entry_editor_set_rounds (ClJournalEntryEditor *self,
                                                          const char * const   *round_labels,
                                                          GArray               *round_ids);
/* The ClInstantApply helpers of the fields (owned by the editor). */
GPtrArray            *cl_journal_entry_editor_get_applies (ClJournalEntryEditor *self);

/* clang-format on */
G_END_DECLS
