/* cl-application-details.h — every field of one application, edited and saved at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_APPLICATION_DETAILS (cl_application_details_get_type ())
G_DECLARE_FINAL_TYPE (ClApplicationDetails, cl_application_details, CL, APPLICATION_DETAILS,
                      AdwWindow)

/* A modal window over @parent; the caller presents it.  @application is
 * changed only when Save succeeds. */
ClApplicationDetails *cl_application_details_new (GtkWindow     *parent,
                                                  ClContext     *context,
                                                  ClApplication *application);

/* clang-format on */
G_END_DECLS
