/* cl-row-error.h — a form row that says what is wrong with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Styles @row as wrong ("error") when @message is set, and tells screen
 * readers why: on the row, the text box they see in GTK 4.8, and on an entry
 * row's text field too.  A NULL @message clears all of it. */
void cl_row_error_mark (GtkWidget  *row,
                        const char *message);

G_END_DECLS
