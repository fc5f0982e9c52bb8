/* cl-round-editor.h — the fields of an interview round, made when its row opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_ROUND_EDITOR (cl_round_editor_get_type ())
G_DECLARE_FINAL_TYPE (ClRoundEditor, cl_round_editor, CL, ROUND_EDITOR, GObject)

/* The rows that edit @round of @application (kind, title, day and times,
 * status, interviewers, prep notes, Delete Round), each field saved through
 * the round store as soon as the user is done with it.  A round's row
 * (ClRoundRow) makes one the first time it is expanded: a collapsed round
 * needs none of this.  The editor asks to delete the round
 * (::delete-requested) and says when it saved the interviewers
 * (::interviewers-changed). */
ClRoundEditor *cl_round_editor_new                 (ClContext      *context,
                                                    ClApplication  *application,
                                                    ClRound        *round,
                                                    GArray         *interviewer_ids);
/* Adds the rows to @row, below what it shows already. */
void           cl_round_editor_add_to              (ClRoundEditor  *self,
                                                    AdwExpanderRow *row);
/* Shows a newer read of the round and its interviewers (gint64 contact
 * ids), leaving the fields the user is editing alone. */
void           cl_round_editor_show                (ClRoundEditor  *self,
                                                    ClRound        *round,
                                                    GArray         *interviewer_ids);
/* Says why the interviewers could not be read or saved (NULL: clears it). */
void           cl_round_editor_show_interviewers_problem (ClRoundEditor *self,
                                                          const char    *message);
/* The ClInstantApply helpers of the fields (owned by the editor). */
GPtrArray     *cl_round_editor_get_applies         (ClRoundEditor  *self);
/* The field that takes the keyboard focus first (the kind). */
GtkWidget     *cl_round_editor_get_first_field     (ClRoundEditor  *self);
/* Whether @widget is one of the editor's rows or inside one. */
gboolean       cl_round_editor_holds               (ClRoundEditor  *self,
                                                    GtkWidget      *widget);

/* clang-format on */
G_END_DECLS
