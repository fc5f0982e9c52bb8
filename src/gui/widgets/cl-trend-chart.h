/* cl-trend-chart.h — a line of scores over time, on the rubric's scale of 1 to 4
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-chart.h"
#include "cl-practice-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_TREND_CHART (cl_trend_chart_get_type ())
G_DECLARE_FINAL_TYPE (ClTrendChart, cl_trend_chart, CL, TREND_CHART, GtkWidget)

GtkWidget  *cl_trend_chart_new             (void);
/* What the trend is of ("Coding"): the chart's accessible name, and the
 * start of its description.  The chart does not draw it: its owner shows a
 * heading. */
void        cl_trend_chart_set_title       (ClTrendChart       *self,
                                            const char         *title);
const char *cl_trend_chart_get_title       (ClTrendChart       *self);
/* The points, oldest first (as cl_practice_store_get_trend() gives them),
 * copied.  Fewer than two draw an empty state rather than a line. */
void        cl_trend_chart_set_points      (ClTrendChart       *self,
                                            const ClTrendPoint *points,
                                            guint               n_points);
guint       cl_trend_chart_get_n_points    (ClTrendChart       *self);
/* The numbers in words, as screen readers are told them: "Coding: 5
 * sessions, from 2.0 on 3 Nov to 3.5 on 28 Nov; lowest 1.8, highest 3.5." */
const char *cl_trend_chart_get_description (ClTrendChart       *self);
/* The tooltip of the dot within a few pixels of @x, @y (the chart's
 * coordinates), or NULL: "28 Nov 2026: 3.5 (4 criteria scored)". */
char       *cl_trend_chart_get_tooltip_at  (ClTrendChart       *self,
                                            int                 x,
                                            int                 y);

/* clang-format on */
G_END_DECLS
