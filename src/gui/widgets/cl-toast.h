/* cl-toast.h — toasts whose titles are text, not markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS
/* clang-format off */

/* libadwaita 1.2 reads a toast's title as Pango markup: "Moved “AT&T”" would
 * log a warning and show nothing.  These escape it. */
AdwToast *cl_toast_new        (const char *text);
AdwToast *cl_toast_new_printf (const char *format,
                               ...) G_GNUC_PRINTF (1, 2);

/* What Undo does: @owner and @data as given to cl_toast_add_undo(), and the
 * overlay, for a message, or NULL when it is gone. */
typedef void (*ClToastUndoFunc) (GObject         *owner,
                                 gpointer         data,
                                 AdwToastOverlay *overlay);
/* Shows @text on @overlay with an Undo button that calls @undo.  The toast
 * holds a reference to @owner (say, the context) and @data (freed with
 * @destroy), as what made it may be gone by then, and only a weak one to
 * @overlay. */
void      cl_toast_add_undo   (AdwToastOverlay *overlay,
                               const char      *text,
                               ClToastUndoFunc  undo,
                               GObject         *owner,
                               gpointer         data,
                               GDestroyNotify   destroy);

/* Dismisses @toast, made by cl_toast_new(), but not during its first
 * moments on screen: libadwaita 1.2.2 frees a toast dismissed while it is
 * still sliding in and then uses it (a crash; fixed upstream in 1.3 by
 * commit 1674ebc9).  A toast dismissed then goes a little later. */
void      cl_toast_dismiss    (AdwToast   *toast);

/* clang-format on */
G_END_DECLS
