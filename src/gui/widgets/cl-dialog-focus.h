/* cl-dialog-focus.h — a form dialog opens with the focus in its field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS
/* clang-format off */

/* The row a dialog's focus goes to as it shows itself. */
typedef GtkWidget *(*ClDialogFocusFunc) (GtkWidget *dialog);

/* Focuses @row: an entry row's text without selecting it (a refused value
 * is to be corrected, not replaced), any other row itself. */
void cl_dialog_focus_row    (GtkWidget        *row);
/* Each time @dialog is shown, focuses the row @pick returns, and once more
 * after an idle: an AdwMessageDialog may still give the focus to a
 * response button as it shows itself.  The second time, a focus the user
 * already moved into @fields stays where it is. */
void cl_dialog_focus_on_map (GtkWidget        *dialog,
                             GtkWidget        *fields,
                             ClDialogFocusFunc pick);

/* clang-format on */
G_END_DECLS
