/* cl-bar-chart.c — horizontal bars with their labels and values
 *
 * Each row has a label, then one bar a series, scaled so that the largest
 * value of the chart takes the width left after the longest value's text;
 * each bar's text follows its end.  Where the labels leave the bars too
 * little room (a phone's width), each label goes above its bars instead.
 * Screen readers get the numbers from the accessible description the owner
 * sets: the chart is an image to them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-bar-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cl-bar-chart.h"

#define MIN_WIDTH 200
#define NATURAL_BAR_WIDTH 320
#define MIN_SCALE_WIDTH 160 /* the longest bar, beside the labels */
#define LABEL_GAP 12        /* between the labels' column and the bars */
#define LABEL_ABOVE_GAP 2   /* between a label and its bars below it */
#define VALUE_GAP 6         /* between a bar's end and its text */
#define ROW_GAP 12
#define SERIES_GAP 3
#define LEGEND_GAP 12
#define BAR_RADIUS 3

typedef struct
{
  char   *label;
  double *values;
  char  **texts;
} Row;

struct _ClBarChart
{
  GtkWidget      parent_instance;

  ClChartSeries *series;
  guint          n_series;
  GPtrArray     *rows;
};

G_DEFINE_FINAL_TYPE (ClBarChart, cl_bar_chart, GTK_TYPE_WIDGET)

/* Where things go at a given width. */
typedef struct
{
  gboolean labels_above;
  int      label_width; /* beside the bars: the labels' column */
  int      label_height;
  int      bars_x;
  int      scale_width; /* the length of the largest value's bar */
  int      slot;        /* the height of one series' line: its bar and text */
  int      thickness;   /* of a bar */
  int      legend_height;
  int      row_height;
  int      height;
  double   max;
} Geometry;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->label);
  g_free (row->values);
  g_strfreev (row->texts);
  g_free (row);
}

static void
compute_geometry (ClBarChart *self,
                  int         width,
                  Geometry   *g)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int        widest_label = 0, widest_text = 0, text_height = 0, reserve, bars_height;

  memset (g, 0, sizeof *g);
  cl_chart_text_size (widget, "0", NULL, &text_height);
  g->label_height = text_height;
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);
      int  w, h;

      cl_chart_text_size (widget, row->label, &w, &h);
      widest_label = MAX (widest_label, w);
      g->label_height = MAX (g->label_height, h);
      for (guint s = 0; s < self->n_series; s++)
        {
          cl_chart_text_size (widget, row->texts[s], &w, NULL);
          widest_text = MAX (widest_text, w);
          g->max = MAX (g->max, row->values[s]);
        }
    }
  reserve = widest_text + VALUE_GAP;

  /* Beside their bars, labels may take 40 % of the width, as long as the
   * longest bar keeps room enough to compare. */
  g->label_width = MIN (widest_label, (int) (width * 0.4));
  g->bars_x = g->label_width + LABEL_GAP;
  g->labels_above = width - g->bars_x - reserve < MIN_SCALE_WIDTH;
  if (g->labels_above)
    {
      g->label_width = width;
      g->bars_x = 0;
    }
  g->scale_width = MAX (0, width - g->bars_x - reserve);

  g->slot = text_height;
  g->thickness = (int) round (text_height * (self->n_series > 1 ? 0.6 : 0.8));
  bars_height = self->n_series * g->slot + (self->n_series - 1) * SERIES_GAP;
  g->row_height = g->labels_above ? g->label_height + LABEL_ABOVE_GAP + bars_height
                                  : MAX (g->label_height, bars_height);

  if (self->n_series > 1)
    g->legend_height = cl_chart_measure_legend (widget, self->series, self->n_series, width);
  g->height = g->legend_height;
  if (self->rows->len > 0)
    g->height += (g->legend_height > 0 ? LEGEND_GAP : 0) + self->rows->len * g->row_height +
                 (self->rows->len - 1) * ROW_GAP;
}

static GtkSizeRequestMode
cl_bar_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
cl_bar_chart_measure (GtkWidget     *widget,
                      GtkOrientation orientation,
                      int            for_size,
                      int           *minimum,
                      int           *natural,
                      int           *minimum_baseline,
                      int           *natural_baseline)
{
  ClBarChart *self = CL_BAR_CHART (widget);
  Geometry    g;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int widest_label = 0, widest_text = 0;

      for (guint i = 0; i < self->rows->len; i++)
        {
          Row *row = g_ptr_array_index (self->rows, i);
          int  w;

          cl_chart_text_size (widget, row->label, &w, NULL);
          widest_label = MAX (widest_label, w);
          for (guint s = 0; s < self->n_series; s++)
            {
              cl_chart_text_size (widget, row->texts[s], &w, NULL);
              widest_text = MAX (widest_text, w);
            }
        }
      *minimum = MIN_WIDTH;
      *natural = MAX (MIN_WIDTH, widest_label + LABEL_GAP + NATURAL_BAR_WIDTH + widest_text +
                                   VALUE_GAP);
    }
  else
    {
      /* Without a width, the height at the narrowest, the tallest. */
      compute_geometry (self, for_size < 0 ? MIN_WIDTH : MAX (for_size, MIN_WIDTH), &g);
      *minimum = *natural = g.height;
    }
}

static void
append_bar (GtkSnapshot   *snapshot,
            const GdkRGBA *color,
            float          x,
            float          y,
            float          width,
            float          height)
{
  GskRoundedRect rect;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, width, height),
                                   MIN (BAR_RADIUS, MIN (width, height) / 2));
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &rect.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
cl_bar_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  ClBarChart         *self = CL_BAR_CHART (widget);
  int                 width = gtk_widget_get_width (widget);
  gboolean            rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  g_autofree GdkRGBA *colors = g_new0 (GdkRGBA, MAX (self->n_series, 1));
  GdkRGBA             fg, track, dim;
  Geometry            g;
  int                 y;

  compute_geometry (self, width, &g);
  cl_chart_get_fg (widget, &fg);
  track = cl_chart_fade (&fg, 0.08f);
  dim = cl_chart_fade (&fg, 0.6f);
  for (guint s = 0; s < self->n_series; s++)
    cl_chart_lookup_color (widget, self->series[s].color, &colors[s]);

  if (g.legend_height > 0)
    cl_chart_draw_legend (widget, snapshot, self->series, self->n_series, width);
  y = g.legend_height > 0 ? g.legend_height + LEGEND_GAP : 0;

  for (guint i = 0; i < self->rows->len; i++, y += g.row_height + ROW_GAP)
    {
      Row *row = g_ptr_array_index (self->rows, i);
      g_autoptr(PangoLayout) label = cl_chart_create_layout (widget, row->label);
      int bars_height = self->n_series * g.slot + (self->n_series - 1) * SERIES_GAP;
      int label_y, bars_y, label_width;

      pango_layout_set_width (label, g.label_width * PANGO_SCALE);
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (label, PANGO_ALIGN_LEFT);
      pango_layout_get_pixel_size (label, &label_width, NULL);
      if (g.labels_above)
        {
          label_y = y;
          bars_y = y + g.label_height + LABEL_ABOVE_GAP;
        }
      else
        {
          label_y = y + (g.row_height - g.label_height) / 2;
          bars_y = y + (g.row_height - bars_height) / 2;
        }
      /* Pango aligns to the start of the line in a right-to-left locale. */
      cl_chart_append_layout (snapshot, label, &fg, rtl ? width - g.label_width : 0, label_y);

      for (guint s = 0; s < self->n_series; s++)
        {
          double value = row->values[s];
          float  length = value > 0 && g.max > 0 ? g.scale_width * value / g.max : 0;
          float  slot_y = bars_y + s * (g.slot + SERIES_GAP);
          float  bar_y = slot_y + (g.slot - g.thickness) / 2.0f;
          g_autoptr(PangoLayout) text = cl_chart_create_layout (widget, row->texts[s]);
          int   text_width;
          float text_x;

          /* The smallest non-zero value still shows. */
          if (value > 0)
            length = MAX (length, 2);
          /* A value that is not there has no scale either, only its text. */
          if (value >= 0)
            append_bar (snapshot, &track, rtl ? width - g.bars_x - g.scale_width : g.bars_x,
                        bar_y, g.scale_width, g.thickness);
          if (length > 0)
            append_bar (snapshot, &colors[s], rtl ? width - g.bars_x - length : g.bars_x, bar_y,
                        length, g.thickness);

          pango_layout_get_pixel_size (text, &text_width, NULL);
          text_x = g.bars_x + length + VALUE_GAP;
          cl_chart_append_layout (snapshot, text, value < 0 ? &dim : &fg,
                                  rtl ? width - text_x - text_width : text_x, slot_y);
        }
    }
}

static void
cl_bar_chart_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (cl_bar_chart_parent_class)->css_changed (widget, change);
  /* The colours are looked up when drawing; the font sizes everything. */
  gtk_widget_queue_resize (widget);
}

static void
cl_bar_chart_direction_changed (GtkWidget       *widget,
                                GtkTextDirection previous)
{
  gtk_widget_queue_draw (widget);
}

static void
cl_bar_chart_finalize (GObject *object)
{
  ClBarChart *self = CL_BAR_CHART (object);

  g_ptr_array_unref (self->rows);
  cl_chart_series_free (self->series, self->n_series);

  G_OBJECT_CLASS (cl_bar_chart_parent_class)->finalize (object);
}

static void
cl_bar_chart_class_init (ClBarChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cl_bar_chart_finalize;
  widget_class->get_request_mode = cl_bar_chart_get_request_mode;
  widget_class->measure = cl_bar_chart_measure;
  widget_class->snapshot = cl_bar_chart_snapshot;
  widget_class->css_changed = cl_bar_chart_css_changed;
  widget_class->direction_changed = cl_bar_chart_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "barchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cl_bar_chart_init (ClBarChart *self)
{
  static const ClChartSeries one = { "", "accent_bg_color" };

  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->series = cl_chart_series_copy (&one, 1);
  self->n_series = 1;
}

GtkWidget *
cl_bar_chart_new (void)
{
  return g_object_new (CL_TYPE_BAR_CHART, NULL);
}

void
cl_bar_chart_set_series (ClBarChart          *self,
                         const ClChartSeries *series,
                         guint                n_series)
{
  g_return_if_fail (CL_IS_BAR_CHART (self));
  g_return_if_fail (n_series > 0);

  g_ptr_array_set_size (self->rows, 0);
  cl_chart_series_free (self->series, self->n_series);
  self->series = cl_chart_series_copy (series, n_series);
  self->n_series = n_series;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
cl_bar_chart_remove_all (ClBarChart *self)
{
  g_return_if_fail (CL_IS_BAR_CHART (self));

  g_ptr_array_set_size (self->rows, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
cl_bar_chart_append (ClBarChart        *self,
                     const char        *label,
                     const double      *values,
                     const char *const *texts)
{
  Row *row;

  g_return_if_fail (CL_IS_BAR_CHART (self));
  g_return_if_fail (label != NULL && values != NULL && texts != NULL);

  row = g_new0 (Row, 1);
  row->label = g_strdup (label);
  row->values = g_memdup2 (values, self->n_series * sizeof (double));
  row->texts = g_new0 (char *, self->n_series + 1);
  for (guint s = 0; s < self->n_series; s++)
    row->texts[s] = g_strdup (texts[s] != NULL ? texts[s] : "");
  g_ptr_array_add (self->rows, row);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
cl_bar_chart_get_n_rows (ClBarChart *self)
{
  g_return_val_if_fail (CL_IS_BAR_CHART (self), 0);

  return self->rows->len;
}
