/* cl-drag-escape.h — Escape cancels a drag
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS
/* clang-format off */

/* GTK 4.8 on X11 grabs the keyboard during a drag but never acts on Escape,
 * so the card is dropped where the pointer is; and gtk_drag_source_drag_cancel()
 * lets the drop happen anyway.  This watches the key while @source drags and
 * cancels the drag the way GDK itself would, so nothing is dropped. */
void cl_drag_escape_watch (GtkDragSource *source);

/* clang-format on */
G_END_DECLS
