/* cl-stage-column.h — one stage of the board: a header and a list of cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cl-application.h"
#include "cl-clock.h"
#include "cl-stage.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_STAGE_COLUMN (cl_stage_column_get_type ())
G_DECLARE_FINAL_TYPE (ClStageColumn, cl_stage_column, CL, STAGE_COLUMN, GtkWidget)

/* Properties: "stage", "applications" (the stage's model in manual order),
 * "filter" and "sorter" (either may be NULL; shared by every column of the
 * board) and "clock". */
ClStageColumn *cl_stage_column_new               (ClStage       *stage,
                                                  GListModel    *applications,
                                                  GtkFilter     *filter,
                                                  GtkSorter     *sorter,
                                                  ClClock       *clock);
ClStage       *cl_stage_column_get_stage         (ClStageColumn *self);
/* What the column shows, filtered and sorted. */
GListModel    *cl_stage_column_get_model         (ClStageColumn *self);
void           cl_stage_column_set_sorter        (ClStageColumn *self,
                                                  GtkSorter     *sorter);
/* Where @application's card is among those shown, if it is. */
gboolean       cl_stage_column_find_shown        (ClStageColumn *self,
                                                  ClApplication *application,
                                                  guint         *out_index);
/* Back to the first card (after a search is cleared). */
void           cl_stage_column_scroll_to_top     (ClStageColumn *self);
/* Gives the keyboard focus to the column: its selected card, else its first. */
gboolean       cl_stage_column_focus             (ClStageColumn *self);
/* Scrolls to @application and gives its card the keyboard focus. */
gboolean       cl_stage_column_focus_application (ClStageColumn *self,
                                                  ClApplication *application);
/* The position in the stage's manual order that a card dropped before the
 * visible item @index (or at the end when @index is the number of items)
 * should take. */
guint          cl_stage_column_get_drop_position (ClStageColumn *self,
                                                  ClApplication *dragged,
                                                  guint          index);

/* clang-format on */
G_END_DECLS
