/* cl-practice-group.h — a domain's practice: its score trend and its sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"
#include "cl-practice-session-dialog.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_PRACTICE_GROUP (cl_practice_group_get_type ())
G_DECLARE_FINAL_TYPE (ClPracticeGroup, cl_practice_group, CL, PRACTICE_GROUP, AdwBin)

GtkWidget               *cl_practice_group_new          (void);
/* Shows @domain's trend chart and sessions, kept up to date from the
 * database's "changed" signal.  @context may be NULL only before it is set. */
void                     cl_practice_group_set_domain   (ClPracticeGroup   *self,
                                                         ClContext         *context,
                                                         ClPrepDomain       domain);
ClPrepDomain             cl_practice_group_get_domain   (ClPracticeGroup   *self);
/* Opens the dialog that logs a session of the domain ("Log Session…"), or,
 * with @session, edits it (activating its row).  Its "Add Partner…"
 * activates the action "prep.show-partners" from the group. */
ClPracticeSessionDialog *cl_practice_group_open_session (ClPracticeGroup   *self,
                                                         ClPracticeSession *session);
/* The chart, for tests. */
GtkWidget               *cl_practice_group_get_chart    (ClPracticeGroup   *self);
/* Deletes @session, with an Undo toast (the delete button of its row). */
void                     cl_practice_group_delete_session (ClPracticeGroup   *self,
                                                           ClPracticeSession *session);

/* A new, unsaved session with @old's values and scores, held with
 * @partnership_id: what Undo adds again after a delete. */
ClPracticeSession       *cl_practice_group_recreate_session
                                                        (ClPracticeSession *old,
                                                         gint64             partnership_id);

/* clang-format on */
G_END_DECLS
