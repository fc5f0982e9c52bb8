/* cl-pipeline-view.h — the board: one column per stage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cl-context.h"
#include "cl-pipeline-query.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_PIPELINE_VIEW (cl_pipeline_view_get_type ())
G_DECLARE_FINAL_TYPE (ClPipelineView, cl_pipeline_view, CL, PIPELINE_VIEW, GtkWidget)

void             cl_pipeline_view_set_context        (ClPipelineView *self,
                                                      ClContext      *context);
/* The "board" actions (search, sort, show-closed, edit-stages, reset-filters,
 * open, move-to, archive…); the window inserts them so its header and menus
 * reach them. */
GActionGroup    *cl_pipeline_view_get_actions        (ClPipelineView *self);
ClPipelineQuery *cl_pipeline_view_get_query          (ClPipelineView *self);
/* Scrolls the board to @application's column and focuses its card. */
void             cl_pipeline_view_reveal_application (ClPipelineView *self,
                                                      ClApplication  *application);
/* Moves @application like a drop or a keyboard move does: saved at once,
 * with an Undo toast; errors become toasts and nothing moves. */
gboolean         cl_pipeline_view_move_application   (ClPipelineView *self,
                                                      ClApplication  *application,
                                                      gint64          stage_id,
                                                      guint           position);

/* clang-format on */
G_END_DECLS
