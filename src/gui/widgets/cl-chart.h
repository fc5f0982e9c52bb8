/* cl-chart.h — what the charts share: series, colours from the style, numbers, legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS
/* clang-format off */

/* One series of a chart: its name in the legend, and the named colour of the
 * style it is drawn in ("accent_bg_color", "success_bg_color", "purple_2"…),
 * so that it reads in light and dark. */
typedef struct
{
  const char *label;
  const char *color;
} ClChartSeries;

/* The colour @name in @widget's style; its text colour when the style has
 * no such colour. */
void    cl_chart_lookup_color   (GtkWidget           *widget,
                                 const char          *name,
                                 GdkRGBA             *color);
/* @widget's text colour. */
void    cl_chart_get_fg         (GtkWidget           *widget,
                                 GdkRGBA             *color);
/* @color at @alpha of its own opacity. */
GdkRGBA cl_chart_fade           (const GdkRGBA       *color,
                                 float                alpha);

/* A count as the user reads it, with the locale's thousands separator. */
char   *cl_chart_format_count   (guint                count);
/* A step between axis ticks — 1, 2 or 5 times a power of ten, at least 1 —
 * so that 0…@max takes at most @max_ticks steps. */
guint   cl_chart_nice_step      (double               max,
                                 guint                max_ticks);

/* The same for amounts in gint64 (money in cents): 1, 2 or 5 times a power
 * of ten, at least 1, so that 0…@max takes at most @max_ticks steps.
 * Integers throughout: no rounding at any size. */
gint64  cl_chart_nice_step64    (gint64               max,
                                 guint                max_ticks);

/* A layout of @text in @widget's font, with figures of even width. */
PangoLayout *cl_chart_create_layout (GtkWidget       *widget,
                                     const char      *text);
/* The size of @text laid out so; either may be NULL. */
void    cl_chart_text_size      (GtkWidget           *widget,
                                 const char          *text,
                                 int                 *width,
                                 int                 *height);
/* Draws @layout with its top left at @x, @y. */
void    cl_chart_append_layout  (GtkSnapshot         *snapshot,
                                 PangoLayout         *layout,
                                 const GdkRGBA       *color,
                                 float                x,
                                 float                y);
/* Where something laid out left to right at @x, @width wide, goes in a
 * chart @total wide: mirrored when @rtl. */
float   cl_chart_place          (gboolean             rtl,
                                 int                  total,
                                 float                x,
                                 float                width);

/* The legend of @n_series series, wrapped to @width: its height, and
 * drawing it at the top left of @snapshot. */
int     cl_chart_measure_legend (GtkWidget           *widget,
                                 const ClChartSeries *series,
                                 guint                n_series,
                                 int                  width);
void    cl_chart_draw_legend    (GtkWidget           *widget,
                                 GtkSnapshot         *snapshot,
                                 const ClChartSeries *series,
                                 guint                n_series,
                                 int                  width);

/* A copy of @series and of their strings, freed with cl_chart_series_free(). */
ClChartSeries *cl_chart_series_copy (const ClChartSeries *series,
                                     guint                n_series);
void           cl_chart_series_free (ClChartSeries       *series,
                                     guint                n_series);

/* clang-format on */
G_END_DECLS
