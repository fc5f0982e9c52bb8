/* cl-transient.h — a dialog that never outlives its window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS
/* clang-format off */

/* Makes @window transient for @parent (may be NULL) and destroyed with it.
 * GTK 4.8 keeps a pointer to the parent and uses it when the window is
 * finalized: a dialog still referenced (say, by an idle that destroys it
 * after its response) after its parent went would touch freed memory.  The
 * link is cut while the parent is being destroyed. */
void cl_transient_set_parent   (GtkWindow *window,
                                GtkWindow *parent);
/* Destroys @window once the signal emission under way is over (a dialog's
 * ::response handlers still read it). */
void cl_transient_destroy_soon (GtkWindow *window);

/* clang-format on */
G_END_DECLS
