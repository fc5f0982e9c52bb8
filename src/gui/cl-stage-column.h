/* cl-stage-column.h — one stage of the board: a header and a list of cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cl-application.h"
#include "cl-stage.h"

G_BEGIN_DECLS

#define CL_TYPE_STAGE_COLUMN (cl_stage_column_get_type ())
G_DECLARE_FINAL_TYPE (ClStageColumn, cl_stage_column, CL, STAGE_COLUMN, GtkWidget)

ClStageColumn *cl_stage_column_new               (ClStage       *stage,
                                                  GListModel    *applications);
ClStage       *cl_stage_column_get_stage         (ClStageColumn *self);
void           cl_stage_column_focus_application (ClStageColumn *self,
                                                  ClApplication *application);

G_END_DECLS
