/* cl-trend-chart.c — a line of scores over time, on the rubric's scale of 1 to 4
 *
 * The x axis is time: points sit at their dates, so a gap of three weeks
 * looks like one.  The scale is fixed at the rubric's levels, 1 to 4, so two
 * domains' charts compare at a glance.  Under the axis the first and the
 * last dates are always named, others where they fit.  With fewer than two
 * points there is no line to draw: the chart says what it needs instead.
 * Screen readers get the numbers from the accessible description, kept up
 * to date with the points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-trend-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "cl-trend-chart.h"

#define MIN_WIDTH 240
#define NATURAL_WIDTH 480
#define PLOT_HEIGHT 140
#define AXIS_GAP 6       /* between the tick labels and the plot */
#define LABEL_GAP 4      /* between the axis and the dates under it */
#define LABEL_SPACING 10 /* at least, between two dates */
#define EDGE 8           /* room inside the plot for the first and last dots */
#define DOT_RADIUS 4.0
#define LINE_WIDTH 2.0
#define HOVER_DISTANCE 12

struct _ClTrendChart
{
  GtkWidget     parent_instance;

  char         *title;
  ClTrendPoint *points;
  guint         n_points;
  char         *description;
};

G_DEFINE_FINAL_TYPE (ClTrendChart, cl_trend_chart, GTK_TYPE_WIDGET)

typedef struct
{
  int text_height;
  int top; /* of the plot */
  int plot_x;
  int plot_width;
  int bottom;
  int height;
} Geometry;

/* A date as the chart writes it: "3 Nov", with the year when the points
 * span more than one. */
static char *
format_date (gint64   held_at,
             gboolean with_year)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (held_at);

  if (date == NULL)
    return g_strdup ("");
  /* Translators: a day in a chart of scores, see g_date_time_format() */
  return g_date_time_format (date, with_year ? C_ ("trend chart", "%-d %b %Y")
                                             : C_ ("trend chart", "%-d %b"));
}

static gboolean
spans_years (ClTrendChart *self)
{
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;

  if (self->n_points < 2)
    return FALSE;
  first = g_date_time_new_from_unix_local (self->points[0].held_at);
  last = g_date_time_new_from_unix_local (self->points[self->n_points - 1].held_at);
  return first != NULL && last != NULL &&
         g_date_time_get_year (first) != g_date_time_get_year (last);
}

static char *
format_score (double score)
{
  /* One decimal, in the user's locale: a mean of four levels is a quarter
   * at its finest. */
  return g_strdup_printf ("%.1f", score);
}

static void
update_description (ClTrendChart *self)
{
  const char      *title = self->title != NULL ? self->title : "";
  gboolean         with_year = spans_years (self);
  g_autofree char *text = NULL;

  if (self->n_points == 0)
    /* Translators: %s is what the trend is of, e.g. “Coding” */
    text = g_strdup_printf (_ ("%s: no scored sessions yet."), title);
  else if (self->n_points == 1)
    {
      g_autofree char *score = format_score (self->points[0].mean);
      g_autofree char *date = format_date (self->points[0].held_at, FALSE);

      /* Translators: what the trend is of, a score and a date: “Coding: 1
       * session, 2.5 on 3 Nov.” */
      text = g_strdup_printf (_ ("%s: 1 session, %s on %s."), title, score, date);
    }
  else
    {
      const ClTrendPoint *first = &self->points[0];
      const ClTrendPoint *last = &self->points[self->n_points - 1];
      double              lowest = first->mean, highest = first->mean;
      g_autofree char    *from = format_score (first->mean);
      g_autofree char    *from_date = format_date (first->held_at, with_year);
      g_autofree char    *to = format_score (last->mean);
      g_autofree char    *to_date = format_date (last->held_at, with_year);
      g_autofree char    *low = NULL;
      g_autofree char    *high = NULL;

      for (guint i = 0; i < self->n_points; i++)
        {
          lowest = MIN (lowest, self->points[i].mean);
          highest = MAX (highest, self->points[i].mean);
        }
      low = format_score (lowest);
      high = format_score (highest);
      text = g_strdup_printf (
        /* Translators: “Coding: 5 sessions, from 2.0 on 3 Nov to 3.5 on 28 Nov;
         * lowest 1.8, highest 3.5.” */
        ngettext ("%s: %u session, from %s on %s to %s on %s; lowest %s, highest %s.",
                  "%s: %u sessions, from %s on %s to %s on %s; lowest %s, highest %s.",
                  self->n_points),
        title, self->n_points, from, from_date, to, to_date, low, high);
    }

  g_free (self->description);
  self->description = g_steal_pointer (&text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description, -1);
}

static void
compute_geometry (ClTrendChart *self,
                  int           width,
                  Geometry     *g)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int        widest_tick = 0;

  memset (g, 0, sizeof *g);
  for (int level = 1; level <= CL_RUBRIC_N_LEVELS; level++)
    {
      char text[4];
      int  w;

      g_snprintf (text, sizeof text, "%d", level);
      cl_chart_text_size (widget, text, &w, &g->text_height);
      widest_tick = MAX (widest_tick, w);
    }
  /* Half a line above the plot, for the top tick's label. */
  g->top = g->text_height / 2;
  g->plot_x = widest_tick + AXIS_GAP;
  g->plot_width = MAX (0, width - g->plot_x);
  g->bottom = g->top + PLOT_HEIGHT;
  g->height = g->bottom + LABEL_GAP + g->text_height;
}

/* Where point @i goes, left to right (mirroring is the caller's). */
static double
point_x (ClTrendChart   *self,
         const Geometry *g,
         guint           i)
{
  gint64 first = self->points[0].held_at;
  gint64 span = self->points[self->n_points - 1].held_at - first;
  double inner = MAX (0, g->plot_width - 2 * EDGE);

  /* All on one day: spread them out in order. */
  if (span <= 0)
    return g->plot_x + EDGE + (self->n_points > 1 ? inner * i / (self->n_points - 1) : inner / 2);
  return g->plot_x + EDGE + inner * (double) (self->points[i].held_at - first) / span;
}

static double
point_y (const Geometry *g,
         double          score)
{
  score = CLAMP (score, 1.0, (double) CL_RUBRIC_N_LEVELS);
  return g->bottom - PLOT_HEIGHT * (score - 1) / (CL_RUBRIC_N_LEVELS - 1);
}

static GtkSizeRequestMode
cl_trend_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
cl_trend_chart_measure (GtkWidget     *widget,
                        GtkOrientation orientation,
                        int            for_size,
                        int           *minimum,
                        int           *natural,
                        int           *minimum_baseline,
                        int           *natural_baseline)
{
  Geometry g;

  compute_geometry (CL_TREND_CHART (widget), MAX (for_size, MIN_WIDTH), &g);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    *minimum = *natural = g.height;
}

static void
draw_empty (ClTrendChart   *self,
            GtkSnapshot    *snapshot,
            const Geometry *g,
            const GdkRGBA  *color)
{
  GtkWidget  *widget = GTK_WIDGET (self);
  const char *text = self->n_points == 0 ? _ ("No scored sessions yet")
                                         : _ ("Score one more session to see a trend");
  g_autoptr(PangoLayout) layout = cl_chart_create_layout (widget, text);
  int w, h;

  pango_layout_set_width (layout, MAX (1, g->plot_width - 2 * EDGE) * PANGO_SCALE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, &w, &h);
  cl_chart_append_layout (
    snapshot, layout, color,
    cl_chart_place (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL,
                    gtk_widget_get_width (widget), g->plot_x + EDGE, g->plot_width - 2 * EDGE),
    g->top + (PLOT_HEIGHT - h) / 2.0f);
}

static void
draw_dates (ClTrendChart   *self,
            GtkSnapshot    *snapshot,
            const Geometry *g,
            const GdkRGBA  *color)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int        width = gtk_widget_get_width (widget);
  gboolean   rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  gboolean   with_year = spans_years (self);
  float      next_x = G_MAXFLOAT; /* left edge of the date drawn to the right */
  float      first_right;

  /* The first date's right edge, which no other may cross. */
  {
    g_autofree char *text = format_date (self->points[0].held_at, with_year);
    int              w;

    cl_chart_text_size (widget, text, &w, NULL);
    first_right = CLAMP (point_x (self, g, 0) - w / 2.0, 0, width - w) + w;
  }

  /* From the last back: the latest is always named. */
  for (guint i = self->n_points; i-- > 0;)
    {
      g_autofree char *text = format_date (self->points[i].held_at, with_year);
      g_autoptr(PangoLayout) layout = cl_chart_create_layout (widget, text);
      int   w;
      float x;

      pango_layout_get_pixel_size (layout, &w, NULL);
      x = CLAMP (point_x (self, g, i) - w / 2.0, 0, MAX (0, width - w));
      if (x + w + LABEL_SPACING > next_x)
        continue;
      if (i > 0 && x < first_right + LABEL_SPACING)
        continue;
      next_x = x;
      cl_chart_append_layout (snapshot, layout, color, cl_chart_place (rtl, width, x, w),
                              g->bottom + LABEL_GAP);
    }
}

static void
cl_trend_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  ClTrendChart *self = CL_TREND_CHART (widget);
  int           width = gtk_widget_get_width (widget);
  gboolean      rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GdkRGBA       fg, grid, axis, dim, line;
  Geometry      g;
  cairo_t      *cr;

  compute_geometry (self, width, &g);
  cl_chart_get_fg (widget, &fg);
  grid = cl_chart_fade (&fg, 0.1f);
  axis = cl_chart_fade (&fg, 0.35f);
  dim = cl_chart_fade (&fg, 0.7f);
  cl_chart_lookup_color (widget, "accent_bg_color", &line);

  /* The scale: a gridline and a label at each level, the axis at 1. */
  for (int level = 1; level <= CL_RUBRIC_N_LEVELS; level++)
    {
      char  text[4];
      float y = (float) point_y (&g, level);
      int   w, h;
      g_autoptr(PangoLayout) layout = NULL;

      g_snprintf (text, sizeof text, "%d", level);
      layout = cl_chart_create_layout (widget, text);
      pango_layout_get_pixel_size (layout, &w, &h);
      gtk_snapshot_append_color (
        snapshot, level == 1 ? &axis : &grid,
        &GRAPHENE_RECT_INIT (cl_chart_place (rtl, width, g.plot_x, g.plot_width),
                             level == 1 ? y : y - 0.5f, g.plot_width, 1));
      cl_chart_append_layout (snapshot, layout, &dim,
                              cl_chart_place (rtl, width, g.plot_x - AXIS_GAP - w, w),
                              y - h / 2.0f);
    }

  if (self->n_points < 2 || g.plot_width <= 2 * EDGE)
    {
      draw_empty (self, snapshot, &g, &dim);
      return;
    }

  /* GTK 4.8 has no paths: cairo draws the line and its dots. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, g.height));
  gdk_cairo_set_source_rgba (cr, &line);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < self->n_points; i++)
    {
      double x = point_x (self, &g, i);

      if (rtl)
        x = width - x;
      if (i == 0)
        cairo_move_to (cr, x, point_y (&g, self->points[i].mean));
      else
        cairo_line_to (cr, x, point_y (&g, self->points[i].mean));
    }
  cairo_stroke (cr);
  for (guint i = 0; i < self->n_points; i++)
    {
      double x = point_x (self, &g, i);

      if (rtl)
        x = width - x;
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, point_y (&g, self->points[i].mean), DOT_RADIUS, 0, 2 * G_PI);
    }
  cairo_fill (cr);
  cairo_destroy (cr);

  draw_dates (self, snapshot, &g, &dim);
}

static gboolean
cl_trend_chart_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard_mode,
                              GtkTooltip *tooltip)
{
  g_autofree char *text = NULL;

  if (keyboard_mode)
    return FALSE;
  text = cl_trend_chart_get_tooltip_at (CL_TREND_CHART (widget), x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
cl_trend_chart_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (cl_trend_chart_parent_class)->css_changed (widget, change);
  /* The colours are looked up when drawing; the font sizes everything. */
  gtk_widget_queue_resize (widget);
}

static void
cl_trend_chart_direction_changed (GtkWidget       *widget,
                                  GtkTextDirection previous)
{
  gtk_widget_queue_draw (widget);
}

static void
cl_trend_chart_finalize (GObject *object)
{
  ClTrendChart *self = CL_TREND_CHART (object);

  g_free (self->title);
  g_free (self->points);
  g_free (self->description);

  G_OBJECT_CLASS (cl_trend_chart_parent_class)->finalize (object);
}

static void
cl_trend_chart_class_init (ClTrendChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cl_trend_chart_finalize;
  widget_class->get_request_mode = cl_trend_chart_get_request_mode;
  widget_class->measure = cl_trend_chart_measure;
  widget_class->snapshot = cl_trend_chart_snapshot;
  widget_class->query_tooltip = cl_trend_chart_query_tooltip;
  widget_class->css_changed = cl_trend_chart_css_changed;
  widget_class->direction_changed = cl_trend_chart_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "trendchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cl_trend_chart_init (ClTrendChart *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_description (self);
}

GtkWidget *
cl_trend_chart_new (void)
{
  return g_object_new (CL_TYPE_TREND_CHART, NULL);
}

void
cl_trend_chart_set_title (ClTrendChart *self,
                          const char   *title)
{
  g_return_if_fail (CL_IS_TREND_CHART (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  update_description (self);
}

const char *
cl_trend_chart_get_title (ClTrendChart *self)
{
  g_return_val_if_fail (CL_IS_TREND_CHART (self), NULL);

  return self->title;
}

void
cl_trend_chart_set_points (ClTrendChart       *self,
                           const ClTrendPoint *points,
                           guint               n_points)
{
  g_return_if_fail (CL_IS_TREND_CHART (self));
  g_return_if_fail (points != NULL || n_points == 0);

  g_free (self->points);
  self->points = n_points > 0 ? g_memdup2 (points, n_points * sizeof *points) : NULL;
  self->n_points = n_points;
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
cl_trend_chart_get_n_points (ClTrendChart *self)
{
  g_return_val_if_fail (CL_IS_TREND_CHART (self), 0);

  return self->n_points;
}

const char *
cl_trend_chart_get_description (ClTrendChart *self)
{
  g_return_val_if_fail (CL_IS_TREND_CHART (self), NULL);

  return self->description;
}

char *
cl_trend_chart_get_tooltip_at (ClTrendChart *self,
                               int           x,
                               int           y)
{
  GtkWidget       *widget;
  int              width;
  int              nearest = -1;
  double           best = HOVER_DISTANCE;
  Geometry         g;
  g_autofree char *date = NULL;
  g_autofree char *score = NULL;

  g_return_val_if_fail (CL_IS_TREND_CHART (self), NULL);

  widget = GTK_WIDGET (self);
  width = gtk_widget_get_width (widget);
  if (self->n_points < 2)
    return NULL;
  compute_geometry (self, width, &g);
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    x = width - x;
  for (guint i = 0; i < self->n_points; i++)
    {
      double d = hypot (point_x (self, &g, i) - x, point_y (&g, self->points[i].mean) - y);

      if (d <= best)
        {
          best = d;
          nearest = (int) i;
        }
    }
  if (nearest < 0)
    return NULL;

  date = format_date (self->points[nearest].held_at, TRUE);
  score = format_score (self->points[nearest].mean);
  /* Translators: a date, a mean score, and how many criteria it is the mean of */
  return g_strdup_printf (ngettext ("%s: %s (%u criterion scored)", "%s: %s (%u criteria scored)",
                                    self->points[nearest].n_scored),
                          date, score, self->points[nearest].n_scored);
}
