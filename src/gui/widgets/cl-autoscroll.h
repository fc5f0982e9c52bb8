/* cl-autoscroll.h — scroll while a drag hovers near an edge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS
/* clang-format off */

/* While something is dragged over @scroller, scrolls it along @orientation
 * when the pointer is near either end, faster the closer it gets, and stops
 * when the drag leaves or ends.  Both the board (sideways) and each column
 * (down) use it. */
void cl_autoscroll_attach (GtkScrolledWindow *scroller,
                           GtkOrientation     orientation);

/* clang-format on */
G_END_DECLS
