/* cl-column-chart.h — columns over time, one a series side by side, on a scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-chart.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_COLUMN_CHART (cl_column_chart_get_type ())
G_DECLARE_FINAL_TYPE (ClColumnChart, cl_column_chart, CL, COLUMN_CHART, GtkWidget)

GtkWidget *cl_column_chart_new           (void);
/* The series each column has a bar of, side by side, with a legend.
 * Forgets the columns. */
void       cl_column_chart_set_series    (ClColumnChart       *self,
                                          const ClChartSeries *series,
                                          guint                n_series);
void       cl_column_chart_remove_all    (ClColumnChart       *self);
/* Adds a column, left of which are the earlier ones: @label under the axis
 * (as many as fit are shown, always the last), @tooltip on hover, and one
 * value a series (0 or more). */
void       cl_column_chart_append        (ClColumnChart       *self,
                                          const char          *label,
                                          const char          *tooltip,
                                          const double        *values);
guint      cl_column_chart_get_n_columns (ClColumnChart       *self);

/* clang-format on */
G_END_DECLS
