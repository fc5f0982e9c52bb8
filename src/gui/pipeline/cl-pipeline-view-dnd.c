/* cl-pipeline-view-dnd.c — dragging cards across the board
 *
 * Each column shows where a card would land and says where in its stage's
 * manual order that is; here the board decides whether the drop makes sense
 * and makes it a move like any other (saved at once, one Undo).  The board
 * scrolls sideways when a card is held near its left or right edge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-pipeline-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-autoscroll.h"
#include "cl-pipeline-view-private.h"

gboolean
cl_pipeline_view_drop_application_cb (ClStageColumn  *column,
                                      ClApplication  *application,
                                      guint           position,
                                      ClPipelineView *self)
{
  ClStage *stage = cl_stage_column_get_stage (column);

  /* Reordering only means something in the manual order. */
  if (self->sort != CL_PIPELINE_SORT_MANUAL &&
      cl_application_get_stage_id (application) == cl_stage_get_id (stage))
    {
      cl_pipeline_view_say (self, _ ("Sort the board by manual order to reorder cards"), FALSE);
      return FALSE;
    }

  return cl_pipeline_view_move_application (self, application, cl_stage_get_id (stage), position);
}

void
cl_pipeline_view_init_dnd (ClPipelineView *self)
{
  cl_autoscroll_attach (self->board_scroller, GTK_ORIENTATION_HORIZONTAL);
}
