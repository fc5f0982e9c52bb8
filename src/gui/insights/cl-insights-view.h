/* cl-insights-view.h — what the search says: funnel, outcomes, time in stage, activity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cl-context.h"
#include "cl-insights.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_INSIGHTS_VIEW (cl_insights_view_get_type ())
G_DECLARE_FINAL_TYPE (ClInsightsView, cl_insights_view, CL, INSIGHTS_VIEW, GtkWidget)

void        cl_insights_view_set_context  (ClInsightsView *self,
                                           ClContext      *context);
/* What the page shows: NULL until it was first shown. */
ClInsights *cl_insights_view_get_insights (ClInsightsView *self);

/* clang-format on */
G_END_DECLS
