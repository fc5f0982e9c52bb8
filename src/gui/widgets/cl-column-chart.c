/* cl-column-chart.c — columns over time, one a series side by side, on a scale
 *
 * The scale runs from 0 to a round number above the largest value, with
 * gridlines at round steps; the labels under the axis are thinned out to
 * what fits, counting back from the last column, so the latest is always
 * named.  Hovering a column shows its tooltip.  Screen readers get the
 * numbers from the accessible description the owner sets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-column-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cl-column-chart.h"

#define MIN_WIDTH 200
#define NATURAL_COLUMN 24 /* width of a column at the natural size */
#define PLOT_HEIGHT 180
#define AXIS_GAP 6       /* between the tick labels and the plot */
#define LABEL_GAP 4      /* between the axis and the labels under it */
#define LABEL_SPACING 10 /* at least, between two labels under the axis */
#define LEGEND_GAP 12
#define MAX_TICKS 4
#define BAR_RADIUS 2
#define MAX_BAR_WIDTH 16

typedef struct
{
  char   *label;
  char   *tooltip;
  double *values;
} Column;

struct _ClColumnChart
{
  GtkWidget      parent_instance;

  ClChartSeries *series;
  guint          n_series;
  GPtrArray     *columns;
};

G_DEFINE_FINAL_TYPE (ClColumnChart, cl_column_chart, GTK_TYPE_WIDGET)

typedef struct
{
  int    legend_height;
  int    top; /* of the plot */
  int    plot_x;
  int    plot_width; /* up to the last column's right edge */
  int    text_height;
  int    height;
  guint  step;      /* between ticks */
  guint  scale_max; /* the top tick */
  double column_width;
} Geometry;

static void
column_free (gpointer data)
{
  Column *column = data;

  g_free (column->label);
  g_free (column->tooltip);
  g_free (column->values);
  g_free (column);
}

static int
text_width (GtkWidget  *widget,
            const char *text,
            int        *height)
{
  int width;

  cl_chart_text_size (widget, text, &width, height);
  return width;
}

static void
compute_geometry (ClColumnChart *self,
                  int            width,
                  Geometry      *g)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double     max = 0;
  int        widest_tick = 0, widest_label = 0;

  memset (g, 0, sizeof *g);
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      for (guint s = 0; s < self->n_series; s++)
        max = MAX (max, column->values[s]);
      widest_label = MAX (widest_label, text_width (widget, column->label, NULL));
    }
  g->step = cl_chart_nice_step (max, MAX_TICKS);
  g->scale_max = MAX (1, (guint) ceil (max / g->step)) * g->step;

  for (guint tick = 0; tick <= g->scale_max; tick += g->step)
    {
      g_autofree char *text = cl_chart_format_count (tick);

      widest_tick = MAX (widest_tick, text_width (widget, text, &g->text_height));
    }

  if (self->n_series > 1)
    g->legend_height = cl_chart_measure_legend (widget, self->series, self->n_series, width);
  /* Half a line above the plot, for the top tick's label. */
  g->top = (g->legend_height > 0 ? g->legend_height + LEGEND_GAP : 0) + g->text_height / 2;
  g->plot_x = widest_tick + AXIS_GAP;
  /* Room on the right for the last column's label, centred under it. */
  g->plot_width = MAX (0, width - g->plot_x - widest_label / 2);
  g->column_width = self->columns->len > 0 ? (double) g->plot_width / self->columns->len : 0;
  g->height = g->top + PLOT_HEIGHT + LABEL_GAP + g->text_height;
}

static GtkSizeRequestMode
cl_column_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
cl_column_chart_measure (GtkWidget     *widget,
                         GtkOrientation orientation,
                         int            for_size,
                         int           *minimum,
                         int           *natural,
                         int           *minimum_baseline,
                         int           *natural_baseline)
{
  ClColumnChart *self = CL_COLUMN_CHART (widget);
  Geometry       g;

  compute_geometry (self, for_size < 0 ? MIN_WIDTH : MAX (for_size, MIN_WIDTH), &g);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = MAX (MIN_WIDTH, g.plot_x + (int) self->columns->len * NATURAL_COLUMN);
    }
  else
    *minimum = *natural = g.height;
}

static void
cl_column_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  ClColumnChart      *self = CL_COLUMN_CHART (widget);
  int                 width = gtk_widget_get_width (widget);
  gboolean            rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  g_autofree GdkRGBA *colors = g_new0 (GdkRGBA, MAX (self->n_series, 1));
  GdkRGBA             fg, grid, axis, dim;
  Geometry            g;
  int                 bottom, widest_label = 0;
  double              bar_width;
  guint               every = 1;
  float               next_label_x = G_MAXFLOAT;

  compute_geometry (self, width, &g);
  bottom = g.top + PLOT_HEIGHT;
  cl_chart_get_fg (widget, &fg);
  grid = cl_chart_fade (&fg, 0.1f);
  axis = cl_chart_fade (&fg, 0.35f);
  dim = cl_chart_fade (&fg, 0.7f);
  for (guint s = 0; s < self->n_series; s++)
    cl_chart_lookup_color (widget, self->series[s].color, &colors[s]);

  if (g.legend_height > 0)
    cl_chart_draw_legend (widget, snapshot, self->series, self->n_series, width);

  /* The scale: a gridline and a label at each step, the axis at 0. */
  for (guint tick = 0; tick <= g.scale_max; tick += g.step)
    {
      g_autofree char *text = cl_chart_format_count (tick);
      g_autoptr(PangoLayout) layout = cl_chart_create_layout (widget, text);
      float y = bottom - (float) PLOT_HEIGHT * tick / g.scale_max;
      int   w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      gtk_snapshot_append_color (
        snapshot, tick == 0 ? &axis : &grid,
        &GRAPHENE_RECT_INIT (cl_chart_place (rtl, width, g.plot_x, g.plot_width),
                             tick == 0 ? y : y - 0.5f, g.plot_width, 1));
      cl_chart_append_layout (snapshot, layout, &dim,
                              cl_chart_place (rtl, width, g.plot_x - AXIS_GAP - w, w),
                              y - h / 2.0f);
    }

  if (self->columns->len == 0)
    return;

  /* Bars side by side, taking 80 % of their column. */
  bar_width = MIN (MAX_BAR_WIDTH, g.column_width * 0.8 / self->n_series);
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);
      double  x = g.plot_x + i * g.column_width + (g.column_width - bar_width * self->n_series) / 2;

      for (guint s = 0; s < self->n_series; s++, x += bar_width)
        {
          double         value = column->values[s];
          float          height = value > 0 ? MAX (2, PLOT_HEIGHT * value / g.scale_max) : 0;
          float          bar_x = cl_chart_place (rtl, width, x + 0.5, MAX (1, bar_width - 1));
          float          w = MAX (1, bar_width - 1);
          float          r = MIN (BAR_RADIUS, MIN (w, height) / 2);
          GskRoundedRect rect;

          if (height <= 0)
            continue;
          /* Rounded at the top only: the bar stands on the axis. */
          gsk_rounded_rect_init (&rect, &GRAPHENE_RECT_INIT (bar_x, bottom - height, w, height),
                                 &GRAPHENE_SIZE_INIT (r, r), &GRAPHENE_SIZE_INIT (r, r),
                                 &GRAPHENE_SIZE_INIT (0, 0), &GRAPHENE_SIZE_INIT (0, 0));
          gtk_snapshot_push_rounded_clip (snapshot, &rect);
          gtk_snapshot_append_color (snapshot, &colors[s], &rect.bounds);
          gtk_snapshot_pop (snapshot);
        }
    }

  /* Labels under the axis: as many as fit, counting back from the last. */
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      widest_label = MAX (widest_label, text_width (widget, column->label, NULL));
    }
  if (g.column_width > 0)
    every = MAX (1, (guint) ceil ((widest_label + LABEL_SPACING) / g.column_width));
  for (guint i = self->columns->len; i-- > 0;)
    {
      Column *column = g_ptr_array_index (self->columns, i);
      g_autoptr(PangoLayout) layout = NULL;
      int   w;
      float x;

      if ((self->columns->len - 1 - i) % every != 0)
        continue;
      layout = cl_chart_create_layout (widget, column->label);
      pango_layout_get_pixel_size (layout, &w, NULL);
      /* Centred under its column, but kept inside the chart, and left out
       * where that would run into the label on its right. */
      x = g.plot_x + (i + 0.5) * g.column_width - w / 2.0;
      x = CLAMP (x, g.plot_x, width - w);
      if (x + w + LABEL_SPACING > next_label_x)
        continue;
      next_label_x = x;
      cl_chart_append_layout (snapshot, layout, &dim, cl_chart_place (rtl, width, x, w),
                              bottom + LABEL_GAP);
    }
}

static gboolean
cl_column_chart_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard_mode,
                               GtkTooltip *tooltip)
{
  ClColumnChart *self = CL_COLUMN_CHART (widget);
  int            width = gtk_widget_get_width (widget);
  Column        *column;
  Geometry       g;
  int            index;
  float          left;

  compute_geometry (self, width, &g);
  if (keyboard_mode || g.column_width <= 0)
    return FALSE;
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    x = width - x;
  index = (int) floor ((x - g.plot_x) / g.column_width);
  if (index < 0 || index >= (int) self->columns->len || y > g.top + PLOT_HEIGHT + LABEL_GAP)
    return FALSE;

  column = g_ptr_array_index (self->columns, index);
  left = cl_chart_place (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL, width,
                         g.plot_x + index * g.column_width, g.column_width);
  gtk_tooltip_set_text (tooltip, column->tooltip);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle){ (int) left, g.top,
                                                      (int) ceil (g.column_width), PLOT_HEIGHT });
  return TRUE;
}

static void
cl_column_chart_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (cl_column_chart_parent_class)->css_changed (widget, change);
  /* The colours are looked up when drawing; the font sizes everything. */
  gtk_widget_queue_resize (widget);
}

static void
cl_column_chart_direction_changed (GtkWidget       *widget,
                                   GtkTextDirection previous)
{
  gtk_widget_queue_draw (widget);
}

static void
cl_column_chart_finalize (GObject *object)
{
  ClColumnChart *self = CL_COLUMN_CHART (object);

  g_ptr_array_unref (self->columns);
  cl_chart_series_free (self->series, self->n_series);

  G_OBJECT_CLASS (cl_column_chart_parent_class)->finalize (object);
}

static void
cl_column_chart_class_init (ClColumnChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cl_column_chart_finalize;
  widget_class->get_request_mode = cl_column_chart_get_request_mode;
  widget_class->measure = cl_column_chart_measure;
  widget_class->snapshot = cl_column_chart_snapshot;
  widget_class->query_tooltip = cl_column_chart_query_tooltip;
  widget_class->css_changed = cl_column_chart_css_changed;
  widget_class->direction_changed = cl_column_chart_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "columnchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cl_column_chart_init (ClColumnChart *self)
{
  static const ClChartSeries one = { "", "accent_bg_color" };

  self->columns = g_ptr_array_new_with_free_func (column_free);
  self->series = cl_chart_series_copy (&one, 1);
  self->n_series = 1;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
cl_column_chart_new (void)
{
  return g_object_new (CL_TYPE_COLUMN_CHART, NULL);
}

void
cl_column_chart_set_series (ClColumnChart       *self,
                            const ClChartSeries *series,
                            guint                n_series)
{
  g_return_if_fail (CL_IS_COLUMN_CHART (self));
  g_return_if_fail (n_series > 0);

  g_ptr_array_set_size (self->columns, 0);
  cl_chart_series_free (self->series, self->n_series);
  self->series = cl_chart_series_copy (series, n_series);
  self->n_series = n_series;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
cl_column_chart_remove_all (ClColumnChart *self)
{
  g_return_if_fail (CL_IS_COLUMN_CHART (self));

  g_ptr_array_set_size (self->columns, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
cl_column_chart_append (ClColumnChart *self,
                        const char    *label,
                        const char    *tooltip,
                        const double  *values)
{
  Column *column;

  g_return_if_fail (CL_IS_COLUMN_CHART (self));
  g_return_if_fail (label != NULL && values != NULL);

  column = g_new0 (Column, 1);
  column->label = g_strdup (label);
  column->tooltip = g_strdup (tooltip);
  column->values = g_memdup2 (values, self->n_series * sizeof (double));
  g_ptr_array_add (self->columns, column);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
cl_column_chart_get_n_columns (ClColumnChart *self)
{
  g_return_val_if_fail (CL_IS_COLUMN_CHART (self), 0);

  return self->columns->len;
}
