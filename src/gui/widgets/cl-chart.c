/* cl-chart.c — what the charts share: series, colours from the style, numbers, legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-chart"

#include "config.h"

#include <math.h>

#include "cl-chart.h"

/* The legend's swatch, the gap after it, and the gap between two entries. */
#define SWATCH_SIZE 10
#define SWATCH_GAP 6
#define ENTRY_GAP 16
#define LINE_GAP 4

void
cl_chart_get_fg (GtkWidget *widget,
                 GdkRGBA   *color)
{
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
}

void
cl_chart_lookup_color (GtkWidget  *widget,
                       const char *name,
                       GdkRGBA    *color)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    cl_chart_get_fg (widget, color);
}

GdkRGBA
cl_chart_fade (const GdkRGBA *color,
               float          alpha)
{
  GdkRGBA faded = *color;

  faded.alpha *= alpha;
  return faded;
}

char *
cl_chart_format_count (guint count)
{
  /* The ' flag groups thousands as the locale does ("10,000", "10 000"). */
  return g_strdup_printf ("%'u", count);
}

guint
cl_chart_nice_step (double max,
                    guint  max_ticks)
{
  double raw, magnitude, fraction;

  g_return_val_if_fail (max_ticks > 0, 1);

  if (!(max > max_ticks))
    return 1;
  raw = max / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  fraction = raw / magnitude;
  if (fraction <= 1)
    fraction = 1;
  else if (fraction <= 2)
    fraction = 2;
  else if (fraction <= 5)
    fraction = 5;
  else
    fraction = 10;
  return (guint) MAX (1, fraction * magnitude);
}

gint64
cl_chart_nice_step64 (gint64 max,
                      guint  max_ticks)
{
  gint64 raw, magnitude = 1;

  g_return_val_if_fail (max_ticks > 0, 1);

  if (max <= (gint64) max_ticks)
    return 1;
  raw = max / max_ticks + (max % max_ticks != 0);
  while (magnitude <= raw / 10)
    magnitude *= 10;
  /* magnitude ≤ raw < 10 × magnitude: the first multiple that reaches it. */
  if (magnitude >= raw)
    return magnitude;
  if (2 * magnitude >= raw)
    return 2 * magnitude;
  if (5 * magnitude >= raw)
    return 5 * magnitude;
  return magnitude <= G_MAXINT64 / 10 ? 10 * magnitude : raw;
}

PangoLayout *
cl_chart_create_layout (GtkWidget  *widget,
                        const char *text)
{
  PangoLayout   *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();

  /* Numbers in a column line up. */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

void
cl_chart_text_size (GtkWidget  *widget,
                    const char *text,
                    int        *width,
                    int        *height)
{
  g_autoptr(PangoLayout) layout = cl_chart_create_layout (widget, text);

  pango_layout_get_pixel_size (layout, width, height);
}

void
cl_chart_append_layout (GtkSnapshot   *snapshot,
                        PangoLayout   *layout,
                        const GdkRGBA *color,
                        float          x,
                        float          y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

float
cl_chart_place (gboolean rtl,
                int      total,
                float    x,
                float    width)
{
  return rtl ? total - x - width : x;
}

/* Lays the legend out, and draws it when @snapshot is set; its height. */
static int
layout_legend (GtkWidget           *widget,
               GtkSnapshot         *snapshot,
               const ClChartSeries *series,
               guint                n_series,
               int                  width)
{
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GdkRGBA  fg;
  int      x = 0, y = 0, line_height = 0;

  cl_chart_get_fg (widget, &fg);
  for (guint i = 0; i < n_series; i++)
    {
      g_autoptr(PangoLayout) layout = cl_chart_create_layout (widget, series[i].label);
      int text_width, text_height, entry_width;

      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      entry_width = SWATCH_SIZE + SWATCH_GAP + text_width;
      /* A name longer than the line is cut short, not drawn past it. */
      if (entry_width > width)
        {
          pango_layout_set_width (layout, MAX (0, width - SWATCH_SIZE - SWATCH_GAP) * PANGO_SCALE);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          pango_layout_get_pixel_size (layout, &text_width, &text_height);
          entry_width = SWATCH_SIZE + SWATCH_GAP + text_width;
        }
      if (x > 0 && x + entry_width > width)
        {
          x = 0;
          y += line_height + LINE_GAP;
          line_height = 0;
        }

      if (snapshot != NULL)
        {
          GdkRGBA        color;
          GskRoundedRect swatch;
          int            left = rtl ? width - x - entry_width : x;
          int            swatch_x = rtl ? left + entry_width - SWATCH_SIZE : left;
          int            text_x = rtl ? left : left + SWATCH_SIZE + SWATCH_GAP;

          cl_chart_lookup_color (widget, series[i].color, &color);
          gsk_rounded_rect_init_from_rect (
            &swatch,
            &GRAPHENE_RECT_INIT (swatch_x, y + (text_height - SWATCH_SIZE) / 2.0, SWATCH_SIZE,
                                 SWATCH_SIZE),
            2);
          gtk_snapshot_push_rounded_clip (snapshot, &swatch);
          gtk_snapshot_append_color (snapshot, &color, &swatch.bounds);
          gtk_snapshot_pop (snapshot);

          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (text_x, y));
          gtk_snapshot_append_layout (snapshot, layout, &fg);
          gtk_snapshot_restore (snapshot);
        }

      x += entry_width + ENTRY_GAP;
      line_height = MAX (line_height, text_height);
    }
  return n_series > 0 ? y + line_height : 0;
}

int
cl_chart_measure_legend (GtkWidget           *widget,
                         const ClChartSeries *series,
                         guint                n_series,
                         int                  width)
{
  return layout_legend (widget, NULL, series, n_series, width);
}

void
cl_chart_draw_legend (GtkWidget           *widget,
                      GtkSnapshot         *snapshot,
                      const ClChartSeries *series,
                      guint                n_series,
                      int                  width)
{
  layout_legend (widget, snapshot, series, n_series, width);
}

ClChartSeries *
cl_chart_series_copy (const ClChartSeries *series,
                      guint                n_series)
{
  ClChartSeries *copy = g_new0 (ClChartSeries, MAX (n_series, 1));

  for (guint i = 0; i < n_series; i++)
    {
      copy[i].label = g_strdup (series[i].label);
      copy[i].color = g_strdup (series[i].color);
    }
  return copy;
}

void
cl_chart_series_free (ClChartSeries *series,
                      guint          n_series)
{
  if (series == NULL)
    return;
  for (guint i = 0; i < n_series; i++)
    {
      g_free ((char *) series[i].label);
      g_free ((char *) series[i].color);
    }
  g_free (series);
}
