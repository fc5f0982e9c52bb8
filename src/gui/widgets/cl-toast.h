/* cl-toast.h — toasts whose titles are text, not markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* libadwaita 1.2 reads a toast's title as Pango markup: "Moved “AT&T”" would
 * log a warning and show nothing.  These escape it. */
AdwToast *cl_toast_new        (const char *text);
AdwToast *cl_toast_new_printf (const char *format,
                               ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
