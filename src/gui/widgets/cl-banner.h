/* cl-banner.h — a message across a page with one button to act on it
 *
 * libadwaita 1.2 has no AdwBanner.  A ClBanner says one thing (wrapped,
 * never cut) and offers one button: side by side while the message keeps a
 * readable width, the button below it on a narrow window.  Style it
 * with the "caution" or "alert" class (not libadwaita's "warning" and
 * "error", which colour the text).  Screen readers meet a group named by the
 * message, holding the button (described by the message too).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_BANNER (cl_banner_get_type ())
G_DECLARE_FINAL_TYPE (ClBanner, cl_banner, CL, BANNER, GtkWidget)

GtkWidget  *cl_banner_new              (const char *title,
                                        const char *button_label);
const char *cl_banner_get_title        (ClBanner   *self);
void        cl_banner_set_title        (ClBanner   *self,
                                        const char *title);
const char *cl_banner_get_button_label (ClBanner   *self);
/* A mnemonic label: "_Edit Target". */
void        cl_banner_set_button_label (ClBanner   *self,
                                        const char *label);
/* The button, to give it an action (gtk_actionable_set_action_name()) or
 * to connect to its ::clicked. */
GtkButton  *cl_banner_get_button       (ClBanner   *self);

/* clang-format on */
G_END_DECLS
