/* cl-objective-editor.h — a window to edit one learning objective
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"
#include "cl-objective.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OBJECTIVE_EDITOR (cl_objective_editor_get_type ())
G_DECLARE_FINAL_TYPE (ClObjectiveEditor, cl_objective_editor, CL, OBJECTIVE_EDITOR, AdwWindow)

/* Edits @objective, the store's shared object: each field is saved as the
 * user is done with it.  @parent may be NULL. */
ClObjectiveEditor *cl_objective_editor_new          (GtkWindow         *parent,
                                                     ClContext         *context,
                                                     ClObjective       *objective);
ClObjective       *cl_objective_editor_get_objective (ClObjectiveEditor *self);
/* Saves now what waits for the pause after typing. */
void               cl_objective_editor_flush        (ClObjectiveEditor *self);
/* Puts the keyboard in the title, its text selected to be typed over. */
void               cl_objective_editor_focus_title  (ClObjectiveEditor *self);

/* clang-format on */
G_END_DECLS
