/* cl-bar-chart.h — horizontal bars with their labels and values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-chart.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_BAR_CHART (cl_bar_chart_get_type ())
G_DECLARE_FINAL_TYPE (ClBarChart, cl_bar_chart, CL, BAR_CHART, GtkWidget)

GtkWidget *cl_bar_chart_new        (void);
/* The series each row has a bar of, drawn one below the other; with more
 * than one the chart shows a legend.  Forgets the rows. */
void       cl_bar_chart_set_series (ClBarChart          *self,
                                    const ClChartSeries *series,
                                    guint                n_series);
void       cl_bar_chart_remove_all (ClBarChart          *self);
/* Adds a row labelled @label with one value a series (below 0: none, no
 * bar) and the text written after each bar, @texts being one a series. */
void       cl_bar_chart_append     (ClBarChart          *self,
                                    const char          *label,
                                    const double        *values,
                                    const char * const  *texts);
guint      cl_bar_chart_get_n_rows (ClBarChart          *self);

/* clang-format on */
G_END_DECLS
