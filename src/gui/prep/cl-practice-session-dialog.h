/* cl-practice-session-dialog.h — logs, or edits, one practice session and its scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_PRACTICE_SESSION_DIALOG (cl_practice_session_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ClPracticeSessionDialog, cl_practice_session_dialog, CL,
                      PRACTICE_SESSION_DIALOG, AdwMessageDialog)

/* A dialog asking for a session's day (today, by the context's clock, for a
 * new one), partner, domain (@domain for a new one), duration in minutes,
 * the user's role, a level from 1 to 4 on each of the domain's rubric
 * criteria, and notes.  With @session (as listed by the practice store) it
 * edits a copy; NULL logs a new one.  "Log Session" or "Save" saves it
 * through the practice store, one transaction, and emits ::saved with the
 * saved session; when it cannot be, the dialog stays open and says why
 * beside the field.  With no partnership it says so and offers "Add
 * Partner…", which closes it and emits ::add-partner. */
ClPracticeSessionDialog *cl_practice_session_dialog_new (GtkWindow         *parent,
                                                         ClContext         *context,
                                                         ClPrepDomain       domain,
                                                         ClPracticeSession *session);

/* The toggle button for level @level (1 to 4) of the @index'th criterion
 * shown, or NULL: for tests. */
GtkToggleButton         *cl_practice_session_dialog_get_level_button
                                                        (ClPracticeSessionDialog *self,
                                                         guint                    index,
                                                         guint                    level);

/* clang-format on */
G_END_DECLS
