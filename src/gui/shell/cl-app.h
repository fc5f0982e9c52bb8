/* cl-app.h — the CareerLens application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_APP (cl_app_get_type ())
G_DECLARE_FINAL_TYPE (ClApp, cl_app, CL, APP, AdwApplication)

ClApp     *cl_app_new         (void);
/* NULL until the database is open. */
ClContext *cl_app_get_context (ClApp *self);

/* clang-format on */
G_END_DECLS
