/* cl-round-store.h — the interview rounds of applications
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-round.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_ROUND_STORE (cl_round_store_get_type ())
G_DECLARE_FINAL_TYPE (ClRoundStore, cl_round_store, CL, ROUND_STORE, ClStore)

/* Rounds are read per application when a view needs them, so the store keeps
 * no copy; it emits ::rounds-changed (gint64 application_id, 0 for "maybe
 * any") after each committed change to rounds, whoever made it, for views to
 * read them again. */
ClRoundStore *cl_round_store_new                  (ClDatabase    *database,
                                                   ClClock       *clock);

/* A new list of the rounds of @application_id in their order (ClRound); empty
 * for an application without rounds. */
GListModel   *cl_round_store_list_for_application (ClRoundStore  *self,
                                                   gint64         application_id,
                                                   GError       **error);

/* Saves a new round after the last round of its application; sets its id and
 * position.  Fails with CL_DATABASE_ERROR_NOT_FOUND if the application does
 * not exist. */
gboolean      cl_round_store_add_round            (ClRoundStore  *self,
                                                   ClRound       *round,
                                                   GError       **error);
/* Saves an edited copy (cl_round_copy()) of a stored round (not its
 * application or position). */
gboolean      cl_round_store_update_round         (ClRoundStore  *self,
                                                   ClRound       *round,
                                                   GError       **error);
/* Deletes a round; the later rounds of its application move up one place. */
gboolean      cl_round_store_delete_round         (ClRoundStore  *self,
                                                   ClRound       *round,
                                                   GError       **error);

/* clang-format on */
G_END_DECLS
