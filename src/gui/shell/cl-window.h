/* cl-window.h — the main window: four pages in a view stack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-app.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_WINDOW (cl_window_get_type ())
G_DECLARE_FINAL_TYPE (ClWindow, cl_window, CL, WINDOW, AdwApplicationWindow)

/* The window shows itself while its data is opened; it shows the pages once
 * it is given the context. */
ClWindow  *cl_window_new         (ClApp      *application);
void       cl_window_set_context (ClWindow   *self,
                                  ClContext  *context);
ClContext *cl_window_get_context (ClWindow   *self);
/* A toast whose title is @message as plain text. */
void       cl_window_show_toast  (ClWindow   *self,
                                  const char *message);

/* clang-format on */
G_END_DECLS
