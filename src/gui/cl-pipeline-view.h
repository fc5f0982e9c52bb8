/* cl-pipeline-view.h — the board: one column per stage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cl-context.h"

G_BEGIN_DECLS

#define CL_TYPE_PIPELINE_VIEW (cl_pipeline_view_get_type ())
G_DECLARE_FINAL_TYPE (ClPipelineView, cl_pipeline_view, CL, PIPELINE_VIEW, GtkWidget)

void cl_pipeline_view_set_context        (ClPipelineView *self,
                                          ClContext      *context);
/* Scrolls the board to @application's column and focuses its card. */
void cl_pipeline_view_reveal_application (ClPipelineView *self,
                                          ClApplication  *application);

G_END_DECLS
