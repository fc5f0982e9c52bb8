/* cl-round-row.h — one interview round, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_ROUND_ROW (cl_round_row_get_type ())
G_DECLARE_FINAL_TYPE (ClRoundRow, cl_round_row, CL, ROUND_ROW, AdwExpanderRow)

/* A row showing @round of @application: collapsed, its heading (place,
 * title, kind, when, status, interviewers); expanded, the fields of a
 * ClRoundEditor, made on first expanding (::editor-added), each saved
 * through the round store as soon as the user is done with it.  The row
 * asks its owner to delete it (::delete-requested) and to move a round
 * dropped on it (::round-dropped, with the dragged ClRound). */
ClRoundRow *cl_round_row_new          (ClContext     *context,
                                       ClApplication *application,
                                       ClRound       *round);
ClRound    *cl_round_row_get_round    (ClRoundRow    *self);
/* Shows a newer read of the same round (and its interviewers), leaving the
 * fields the user is editing alone. */
void        cl_round_row_set_round    (ClRoundRow    *self,
                                       ClRound       *round);
/* The row's ClInstantApply helpers (owned by the row): none until the row
 * is first expanded, then its editor's. */
GPtrArray  *cl_round_row_get_applies  (ClRoundRow    *self);
/* Expands the row and puts the keyboard focus on its first field. */
void        cl_round_row_edit         (ClRoundRow    *self);

/* The contact named @name (ignoring case and spaces around it), or a new one
 * saved with that name, @role and @company_name (may be NULL); NULL with
 * @error set when it cannot be saved. */
ClContact  *cl_round_row_find_or_add_contact (ClContactStore *store,
                                              const char     *name,
                                              ClContactRole   role,
                                              const char     *company_name,
                                              GError        **error);

/* clang-format on */
G_END_DECLS
