/* cl-criteria-window.h — what a domain's practice sessions are scored on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CRITERIA_WINDOW (cl_criteria_window_get_type ())
G_DECLARE_FINAL_TYPE (ClCriteriaWindow, cl_criteria_window, CL, CRITERIA_WINDOW, AdwWindow)

ClCriteriaWindow *cl_criteria_window_new       (GtkWindow        *parent,
                                                ClContext        *context,
                                                ClPrepDomain      domain);
/* Adds a criterion of the domain's own named @name; FALSE (with the reason
 * shown beside the name field) when it cannot be. */
gboolean          cl_criteria_window_add       (ClCriteriaWindow *self,
                                                const char       *name);

/* clang-format on */
G_END_DECLS
