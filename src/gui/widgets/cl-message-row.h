/* cl-message-row.h — a row of a form's list that says what is wrong with the row above
 *
 * GtkListBox moves the focus from a row to the next (or previous) visible
 * one, and when that row does not take it, gives up on the whole list:
 * Tab would jump from a field showing a message past every field below it.
 * A ClMessageRow never takes the focus and hands it on to the rows beyond
 * it, so Tab and the arrows go on as if it were not there.  It is neither
 * activatable nor selectable; its child is the message (a label).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CL_TYPE_MESSAGE_ROW (cl_message_row_get_type ())
G_DECLARE_FINAL_TYPE (ClMessageRow, cl_message_row, CL, MESSAGE_ROW, GtkListBoxRow)

GtkWidget *cl_message_row_new (void);
/* A new message row right below field, a row of a GtkListBox (which owns it,
 * stored in *row), and the label of its message, styled as an error. */
GtkLabel  *cl_message_row_add_below (GtkListBoxRow *field,
                                     GtkWidget    **row);

G_END_DECLS
