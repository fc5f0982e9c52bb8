/* cl-round-store.h — the interview rounds of applications
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-deletion.h"
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
/* Deletes a round with its interviewers and reminders (journal entries
 * about it stay, without the round); the later rounds of its application
 * move up one place.  @out_deletion (may be NULL) receives what Undo needs. */
gboolean      cl_round_store_delete_round         (ClRoundStore  *self,
                                                   ClRound       *round,
                                                   ClDeletion   **out_deletion,
                                                   GError       **error);
/* Puts a deleted round back where it was, with all it had. */
gboolean      cl_round_store_undo_delete          (ClRoundStore  *self,
                                                   ClDeletion    *deletion,
                                                   GError       **error);
/* Moves a round to @position (clamped) among its application's rounds. */
gboolean      cl_round_store_move_round           (ClRoundStore  *self,
                                                   ClRound       *round,
                                                   guint          position,
                                                   GError       **error);
/* The contact ids of a round's interviewers, by name (a new GArray of
 * gint64). */
GArray       *cl_round_store_get_interviewers     (ClRoundStore  *self,
                                                   gint64         round_id,
                                                   GError       **error);
/* Makes @contact_ids (@n_ids of them) the round's interviewers, in one
 * transaction; an unknown contact fails with CL_DATABASE_ERROR_NOT_FOUND. */
gboolean      cl_round_store_set_interviewers     (ClRoundStore  *self,
                                                   ClRound       *round,
                                                   const gint64  *contact_ids,
                                                   guint          n_ids,
                                                   GError       **error);

/* A round someone interviewed in, with the application it belongs to. */
typedef struct
{
  ClRound  *round;
  char     *company_name;  /* of the application, which may be archived */
  char     *role;
  gboolean  archived;
} ClInterviewedRound;

/* The rounds @contact_id is an interviewer of, the latest first, those not
 * scheduled last (a new GArray of ClInterviewedRound that frees what it
 * holds). */
GArray       *cl_round_store_list_for_interviewer (ClRoundStore  *self,
                                                   gint64         contact_id,
                                                   GError       **error);

/* clang-format on */
G_END_DECLS
