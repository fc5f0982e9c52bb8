/* cl-placeholder.h — what an empty list says instead of rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS
/* clang-format off */

/* A dim, wrapping label saying @text, with the margins of a boxed list's
 * row, for gtk_list_box_set_placeholder(). */
GtkWidget *cl_placeholder_new (const char *text);

/* clang-format on */
G_END_DECLS
