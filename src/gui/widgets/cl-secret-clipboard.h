/* cl-secret-clipboard.h — a password on the clipboard, for a little while
 *
 * Puts a secret on the display's clipboard and, once the seconds of the
 * "password-clear-seconds" setting have passed, clears the clipboard if it
 * still holds what was put there (what the user copied since is left
 * alone).  Quitting clears it too, under the same condition.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS
/* clang-format off */

/* Copies @secret to @widget's clipboard; returns the seconds until it is
 * cleared, for the toast that says so. */
guint cl_secret_clipboard_copy      (GtkWidget  *widget,
                                     const char *secret);
/* Whether a copied secret waits to be cleared (for tests). */
gboolean cl_secret_clipboard_is_armed (void);
/* Clears the clipboard now if it still holds the last secret copied. */
void  cl_secret_clipboard_clear_now (void);

/* clang-format on */
G_END_DECLS
