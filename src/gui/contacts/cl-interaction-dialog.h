/* cl-interaction-dialog.h — logs, or edits, one time the user and a contact were in touch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_INTERACTION_DIALOG (cl_interaction_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ClInteractionDialog, cl_interaction_dialog, CL, INTERACTION_DIALOG,
                      AdwMessageDialog)

/* A dialog asking when the user and @contact were in touch (now, by the
 * context's clock, for a new one), how (the channel), what about (the
 * summary, required) and, optionally, which application of the board it was
 * about.  With @interaction (one of @contact's, as listed by the store) it
 * edits a copy of it; NULL logs a new one.  "Log Interaction" or "Save"
 * saves it through the contact store, one transaction, and emits ::saved
 * with the saved interaction; when it cannot be, the dialog stays open and
 * says why next to the field. */
ClInteractionDialog *cl_interaction_dialog_new (GtkWindow     *parent,
                                                ClContext     *context,
                                                ClContact     *contact,
                                                ClInteraction *interaction);

/* clang-format on */
G_END_DECLS
