/* cl-stacked-bar-chart.h — groups of bars, each stacked by series, on a scale of amounts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-chart.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_STACKED_BAR_CHART (cl_stacked_bar_chart_get_type ())
G_DECLARE_FINAL_TYPE (ClStackedBarChart, cl_stacked_bar_chart, CL, STACKED_BAR_CHART, GtkWidget)

/* @value as the chart writes it: in full for tooltips and the description
 * ("$27,750"), or @compact for the scale's round ticks ("$250k").  Returns
 * a new string. */
typedef char *(*ClStackedBarChartFormatFunc) (gint64   value,
                                              gboolean compact,
                                              gpointer user_data);

GtkWidget *cl_stacked_bar_chart_new             (void);
/* The series each bar is stacked from, the first at the bottom, with a
 * legend.  Forgets the groups. */
void       cl_stacked_bar_chart_set_series      (ClStackedBarChart           *self,
                                                 const ClChartSeries         *series,
                                                 guint                        n_series);
/* The bars of every group, @n_bars of them, named @labels ("Year 1") under
 * each where they fit, else @short_labels ("Y1", may be NULL), else not at
 * all.  Forgets the groups. */
void       cl_stacked_bar_chart_set_bars        (ClStackedBarChart           *self,
                                                 const char * const          *labels,
                                                 const char * const          *short_labels,
                                                 guint                        n_bars);
/* How values are written; without one, as whole numbers ("27,750"). */
void       cl_stacked_bar_chart_set_format_func (ClStackedBarChart           *self,
                                                 ClStackedBarChartFormatFunc  func,
                                                 gpointer                     user_data,
                                                 GDestroyNotify               destroy);
void       cl_stacked_bar_chart_remove_all      (ClStackedBarChart           *self);
/* Adds a group named @label (under its bars) with @values, one a series
 * for each bar in turn: values[bar × n_series + series], 0 or more. */
void       cl_stacked_bar_chart_append          (ClStackedBarChart           *self,
                                                 const char                  *label,
                                                 const gint64                *values);
guint      cl_stacked_bar_chart_get_n_groups    (ClStackedBarChart           *self);
/* How many groups a row has at the width the chart was last given: all of
 * them, or fewer on a narrow window, each further row beneath. */
guint      cl_stacked_bar_chart_get_groups_per_row (ClStackedBarChart        *self);
/* The numbers as screen readers get them (the accessible description):
 * "Acme: Year 1 $243,000 (Base $185,000, Bonus $27,750); Year 2 …. Borealis: …". */
const char *cl_stacked_bar_chart_get_description (ClStackedBarChart          *self);
/* What hovering bar @bar of group @group at series @series shows. */
char      *cl_stacked_bar_chart_get_tooltip     (ClStackedBarChart           *self,
                                                 guint                        group,
                                                 guint                        bar,
                                                 guint                        series);

/* clang-format on */
G_END_DECLS
