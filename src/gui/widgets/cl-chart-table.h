/* cl-chart-table.h — a chart's numbers as a table, for the keyboard and screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CHART_TABLE (cl_chart_table_get_type ())
G_DECLARE_FINAL_TYPE (ClChartTable, cl_chart_table, CL, CHART_TABLE, GtkWidget)

/* A table named @title for screen readers, whose columns are headed
 * @headings (NULL-terminated): the first names each row, the others hold
 * numbers, aligned at their end. */
GtkWidget  *cl_chart_table_new        (const char         *title,
                                       const char * const *headings);
void        cl_chart_table_remove_all (ClChartTable       *self);
/* Adds a row of @cells, one a column; a screen reader reads @description
 * for it ("Startup: 12 applied, 4 reached onsite…"), headings included. */
void        cl_chart_table_append     (ClChartTable       *self,
                                       const char * const *cells,
                                       const char         *description);
guint       cl_chart_table_get_n_rows (ClChartTable       *self);
guint       cl_chart_table_get_n_columns (ClChartTable    *self);
/* The text shown in a cell. */
const char *cl_chart_table_get_cell   (ClChartTable       *self,
                                       guint               row,
                                       guint               column);
/* What a screen reader reads for a row. */
const char *cl_chart_table_get_description (ClChartTable  *self,
                                            guint          row);

/* clang-format on */
G_END_DECLS
