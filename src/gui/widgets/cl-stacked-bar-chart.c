/* cl-stacked-bar-chart.c — groups of bars, each stacked by series, on a scale of amounts
 *
 * Each group (an offer) has the same bars (its years), each bar stacked
 * from its series (the components of pay), the first at the bottom, on one
 * scale from 0 to a round amount above the tallest bar.  The group's name
 * goes under its bars, and each bar's name under it where it fits, or its
 * short name, or none.
 *
 * On a narrow window the groups do not shrink past what keeps them
 * readable — bars wide enough to point at and to carry their short names,
 * the group's name whole up to a point — but wrap onto further rows, as
 * many a row as fit, each row with the scale again.  Every row keeps the
 * same scale, so bars compare across rows as within one.
 *
 * Values are exact integers (money in cents) and only turn into pixels
 * here.  Hovering a segment names it with the bar's other figures; screen
 * readers get every figure from the accessible description the chart
 * writes itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-stacked-bar-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cl-stacked-bar-chart.h"

#define MIN_WIDTH 200
#define PLOT_HEIGHT 200     /* with every group on one row */
#define ROW_PLOT_HEIGHT 130 /* for each row, with more than one */
#define AXIS_GAP 6          /* between the tick labels and the plot */
#define LABEL_GAP 4         /* between the axis and each line of labels under it */
#define LEGEND_GAP 12
#define ROW_GAP 20
#define GROUP_GAP 24
#define BAR_GAP 4
#define LABEL_SPACING 4  /* at least, between two bars' names */
#define MIN_BAR_WIDTH 20 /* narrower, the groups wrap */
#define NATURAL_BAR_WIDTH 32
#define MAX_BAR_WIDTH 44
#define GROUP_LABEL_ROOM 140 /* a group keeps room for this much of its name */
#define MAX_TICKS 4
#define BAR_RADIUS 3
#define NO_SERIES G_MAXUINT

typedef struct
{
  char   *label;
  gint64 *values; /* [bar × n_series + series] */
} Group;

typedef enum
{
  BAR_LABELS_NONE,
  BAR_LABELS_SHORT,
  BAR_LABELS_FULL,
} BarLabels;

struct _ClStackedBarChart
{
  GtkWidget                   parent_instance;

  ClChartSeries              *series;
  guint                       n_series;
  char                      **bar_labels;
  char                      **short_labels;
  guint                       n_bars;
  GPtrArray                  *groups;
  char                       *description;

  ClStackedBarChartFormatFunc format;
  gpointer                    format_data;
  GDestroyNotify              format_destroy;
};

G_DEFINE_FINAL_TYPE (ClStackedBarChart, cl_stacked_bar_chart, GTK_TYPE_WIDGET)

/* Where things go at a given width. */
typedef struct
{
  int       legend_height;
  int       text_height;
  int       name_height; /* of the tallest group name, two lines at most */
  int       top;         /* of the first row */
  int       plot_x;
  int       plot_width;
  int       plot_height;
  guint     per_row; /* groups a row */
  guint     n_rows;
  int       row_height;
  double    group_width;
  double    bar_width;
  BarLabels bar_labels;
  gint64    step;      /* between ticks */
  gint64    scale_max; /* the top tick */
  int       height;
} Geometry;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->label);
  g_free (group->values);
  g_free (group);
}

static char *
format_value (ClStackedBarChart *self,
              gint64             value,
              gboolean           compact)
{
  if (self->format != NULL)
    return self->format (value, compact, self->format_data);
  /* The ' flag groups thousands as the locale does. */
  return g_strdup_printf ("%'" G_GINT64_FORMAT, value);
}

static gint64
bar_total (ClStackedBarChart *self,
           const Group       *group,
           guint              bar)
{
  gint64 total = 0;

  for (guint s = 0; s < self->n_series; s++)
    total += MAX (0, group->values[bar * self->n_series + s]);
  return total;
}

static int
widest_text (GtkWidget *widget,
             char     **texts,
             guint      n_texts)
{
  int widest = 0;

  for (guint i = 0; texts != NULL && i < n_texts; i++)
    {
      int w;

      cl_chart_text_size (widget, texts[i], &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

static int
widest_group_label (ClStackedBarChart *self)
{
  int widest = 0;

  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);
      int    w;

      cl_chart_text_size (GTK_WIDGET (self), group->label, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

/* The scale and the room its labels take. */
static void
compute_scale (ClStackedBarChart *self,
               Geometry          *g)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gint64     max = 0;
  int        widest_tick = 0;

  for (guint i = 0; i < self->groups->len; i++)
    for (guint b = 0; b < self->n_bars; b++)
      max = MAX (max, bar_total (self, g_ptr_array_index (self->groups, i), b));
  g->step = cl_chart_nice_step64 (max, MAX_TICKS);
  g->scale_max = MAX (1, max / g->step + (max % g->step != 0)) * g->step;

  cl_chart_text_size (widget, "0", NULL, &g->text_height);
  for (gint64 tick = 0; tick <= g->scale_max; tick += g->step)
    {
      g_autofree char *text = format_value (self, tick, TRUE);
      int              w;

      cl_chart_text_size (widget, text, &w, NULL);
      widest_tick = MAX (widest_tick, w);
    }
  g->plot_x = widest_tick + AXIS_GAP;
}

/* The narrowest a group goes before the groups wrap, and its natural width. */
static int
group_width_wanted (ClStackedBarChart *self,
                    int                bar_width)
{
  int bars = self->n_bars * bar_width + (MAX (self->n_bars, 1) - 1) * BAR_GAP;

  return MAX (bars, MIN (widest_group_label (self), GROUP_LABEL_ROOM));
}

/* A group's name, centred in its room and broken between words over two
 * lines at most, then cut short. */
static PangoLayout *
layout_name (ClStackedBarChart *self,
             const Geometry    *g,
             const Group       *group)
{
  PangoLayout *name = cl_chart_create_layout (GTK_WIDGET (self), group->label);

  pango_layout_set_width (name, MAX (1, (int) g->group_width) * PANGO_SCALE);
  pango_layout_set_wrap (name, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (name, -2);
  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (name, PANGO_ALIGN_CENTER);
  return name;
}

static void
compute_geometry (ClStackedBarChart *self,
                  int                width,
                  Geometry          *g)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint      n_groups = self->groups->len;
  int        wanted, pitch;

  memset (g, 0, sizeof *g);
  compute_scale (self, g);
  if (self->n_series > 0)
    g->legend_height = cl_chart_measure_legend (widget, self->series, self->n_series, width);
  g->top = g->legend_height > 0 ? g->legend_height + LEGEND_GAP : 0;
  g->plot_width = MAX (0, width - g->plot_x);

  wanted = group_width_wanted (self, MIN_BAR_WIDTH);
  g->per_row = CLAMP ((g->plot_width + GROUP_GAP) / (wanted + GROUP_GAP), 1, MAX (n_groups, 1));
  g->n_rows = n_groups > 0 ? (n_groups + g->per_row - 1) / g->per_row : 1;
  /* As even as the rows go: 5 groups in 3 and 2, not 4 and 1. */
  g->per_row = n_groups > 0 ? (n_groups + g->n_rows - 1) / g->n_rows : 1;
  g->group_width = MAX (0.0, (double) (g->plot_width - (int) (g->per_row - 1) * GROUP_GAP) /
                               g->per_row);
  if (self->n_bars > 0)
    g->bar_width = CLAMP ((g->group_width - (self->n_bars - 1) * BAR_GAP) / self->n_bars, 1,
                          MAX_BAR_WIDTH);

  /* A bar's name may reach into the gaps beside it, not touch the next. */
  pitch = (int) g->bar_width + BAR_GAP - LABEL_SPACING;
  if (self->n_bars > 0 && widest_text (widget, self->bar_labels, self->n_bars) <= pitch)
    g->bar_labels = BAR_LABELS_FULL;
  else if (self->short_labels != NULL &&
           widest_text (widget, self->short_labels, self->n_bars) <= pitch)
    g->bar_labels = BAR_LABELS_SHORT;
  else
    g->bar_labels = BAR_LABELS_NONE;

  g->plot_height = g->n_rows > 1 ? ROW_PLOT_HEIGHT : PLOT_HEIGHT;
  /* Half a line above the plot for the top tick's label, then the labels
   * under it: the bars', the group's. */
  g->name_height = g->text_height;
  for (guint i = 0; i < n_groups; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);
      g_autoptr(PangoLayout) name = layout_name (self, g, group);
      int h;

      pango_layout_get_pixel_size (name, NULL, &h);
      g->name_height = MAX (g->name_height, h);
    }
  g->row_height = g->text_height / 2 + g->plot_height + LABEL_GAP +
                  (g->bar_labels != BAR_LABELS_NONE ? g->text_height + LABEL_GAP : 0) +
                  g->name_height;
  g->height = g->top + g->n_rows * g->row_height + (g->n_rows - 1) * ROW_GAP;
}

/* The top of row @row's plot, and the left of group @index's bars. */
static int
plot_top (const Geometry *g,
          guint           row)
{
  return g->top + row * (g->row_height + ROW_GAP) + g->text_height / 2;
}

static double
group_x (const Geometry *g,
         guint           index)
{
  return g->plot_x + (index % g->per_row) * (g->group_width + GROUP_GAP);
}

static double
bar_x (ClStackedBarChart *self,
       const Geometry    *g,
       guint              index,
       guint              bar)
{
  double bars = self->n_bars * g->bar_width + (self->n_bars - 1) * BAR_GAP;

  return group_x (g, index) + (g->group_width - bars) / 2 + bar * (g->bar_width + BAR_GAP);
}

static GtkSizeRequestMode
cl_stacked_bar_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
cl_stacked_bar_chart_measure (GtkWidget     *widget,
                              GtkOrientation orientation,
                              int            for_size,
                              int           *minimum,
                              int           *natural,
                              int           *minimum_baseline,
                              int           *natural_baseline)
{
  ClStackedBarChart *self = CL_STACKED_BAR_CHART (widget);
  Geometry           g;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      guint n_groups = MAX (self->groups->len, 1);

      memset (&g, 0, sizeof g);
      compute_scale (self, &g);
      *minimum = MIN_WIDTH;
      *natural = MAX (MIN_WIDTH, g.plot_x +
                                   (int) n_groups * group_width_wanted (self, NATURAL_BAR_WIDTH) +
                                   (int) (n_groups - 1) * GROUP_GAP);
    }
  else
    {
      /* Without a width, the height at the narrowest, the tallest. */
      compute_geometry (self, for_size < 0 ? MIN_WIDTH : MAX (for_size, MIN_WIDTH), &g);
      *minimum = *natural = g.height;
    }
}

static void
append_segment (GtkSnapshot   *snapshot,
                const GdkRGBA *color,
                float          x,
                float          y,
                float          width,
                float          height,
                gboolean       top)
{
  float          r = top ? MIN (BAR_RADIUS, MIN (width, height) / 2) : 0;
  GskRoundedRect rect;

  /* Only the top of the stack is rounded: the bar stands on the axis. */
  gsk_rounded_rect_init (&rect, &GRAPHENE_RECT_INIT (x, y, width, height),
                         &GRAPHENE_SIZE_INIT (r, r), &GRAPHENE_SIZE_INIT (r, r),
                         &GRAPHENE_SIZE_INIT (0, 0), &GRAPHENE_SIZE_INIT (0, 0));
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &rect.bounds);
  gtk_snapshot_pop (snapshot);
}

/* The height on the scale of the values below @series in @bar, stacked. */
static double
stacked_height (ClStackedBarChart *self,
                const Geometry    *g,
                const Group       *group,
                guint              bar,
                guint              series)
{
  gint64 sum = 0;

  for (guint s = 0; s < series; s++)
    sum += MAX (0, group->values[bar * self->n_series + s]);
  return (double) g->plot_height * (double) sum / (double) g->scale_max;
}

static void
snapshot_scale (ClStackedBarChart *self,
                GtkSnapshot       *snapshot,
                const Geometry    *g,
                int                top,
                int                width)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean   rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int        bottom = top + g->plot_height;
  GdkRGBA    fg, grid, axis, dim;

  cl_chart_get_fg (widget, &fg);
  grid = cl_chart_fade (&fg, 0.1f);
  axis = cl_chart_fade (&fg, 0.35f);
  dim = cl_chart_fade (&fg, 0.7f);

  /* A gridline and a label at each step, the axis at 0. */
  for (gint64 tick = 0; tick <= g->scale_max; tick += g->step)
    {
      g_autofree char *text = format_value (self, tick, TRUE);
      g_autoptr(PangoLayout) layout = cl_chart_create_layout (widget, text);
      float y = bottom - (float) ((double) g->plot_height * tick / g->scale_max);
      int   w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      gtk_snapshot_append_color (
        snapshot, tick == 0 ? &axis : &grid,
        &GRAPHENE_RECT_INIT (cl_chart_place (rtl, width, g->plot_x, g->plot_width),
                             tick == 0 ? y : y - 0.5f, g->plot_width, 1));
      cl_chart_append_layout (snapshot, layout, &dim,
                              cl_chart_place (rtl, width, g->plot_x - AXIS_GAP - w, w),
                              y - h / 2.0f);
    }
}

static void
snapshot_group (ClStackedBarChart *self,
                GtkSnapshot       *snapshot,
                const Geometry    *g,
                guint              index,
                const GdkRGBA     *colors,
                int                width)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean   rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  Group     *group = g_ptr_array_index (self->groups, index);
  int        top = plot_top (g, index / g->per_row);
  int        bottom = top + g->plot_height;
  int        labels_y = bottom + LABEL_GAP;
  char     **bar_labels = g->bar_labels == BAR_LABELS_FULL ? self->bar_labels : self->short_labels;
  g_autoptr(PangoLayout) name = layout_name (self, g, group);
  GdkRGBA fg, dim;
  int     w;

  cl_chart_get_fg (widget, &fg);
  dim = cl_chart_fade (&fg, 0.7f);

  for (guint b = 0; b < self->n_bars; b++)
    {
      float  x = cl_chart_place (rtl, width, bar_x (self, g, index, b), g->bar_width);
      guint  last = NO_SERIES;
      double below = 0;

      for (guint s = 0; s < self->n_series; s++)
        if (group->values[b * self->n_series + s] > 0)
          last = s;
      for (guint s = 0; s < self->n_series && last != NO_SERIES; s++)
        {
          double above = stacked_height (self, g, group, b, s + 1);
          double height = above - below;

          if (group->values[b * self->n_series + s] <= 0)
            continue;
          /* A hairline between two segments, the background's, so that
           * neighbours of like colours stay apart; never hiding a thin one. */
          if (below > 0 && height > 2)
            height -= 1;
          append_segment (snapshot, &colors[s], x, bottom - above, g->bar_width, MAX (height, 1),
                          s == last);
          below = above;
        }

      if (g->bar_labels != BAR_LABELS_NONE)
        {
          g_autoptr(PangoLayout) label = cl_chart_create_layout (widget, bar_labels[b]);

          pango_layout_get_pixel_size (label, &w, NULL);
          cl_chart_append_layout (snapshot, label, &dim,
                                  x + (g->bar_width - w) / 2.0f, labels_y);
        }
    }
  if (g->bar_labels != BAR_LABELS_NONE)
    labels_y += g->text_height + LABEL_GAP;

  cl_chart_append_layout (snapshot, name, &fg,
                          cl_chart_place (rtl, width, group_x (g, index), g->group_width),
                          labels_y);
}

static void
cl_stacked_bar_chart_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  ClStackedBarChart  *self = CL_STACKED_BAR_CHART (widget);
  int                 width = gtk_widget_get_width (widget);
  g_autofree GdkRGBA *colors = g_new0 (GdkRGBA, MAX (self->n_series, 1));
  Geometry            g;

  compute_geometry (self, width, &g);
  for (guint s = 0; s < self->n_series; s++)
    cl_chart_lookup_color (widget, self->series[s].color, &colors[s]);

  if (g.legend_height > 0)
    cl_chart_draw_legend (widget, snapshot, self->series, self->n_series, width);
  for (guint row = 0; row < g.n_rows; row++)
    snapshot_scale (self, snapshot, &g, plot_top (&g, row), width);
  for (guint i = 0; i < self->groups->len; i++)
    snapshot_group (self, snapshot, &g, i, colors, width);
}

/* Tooltips --------------------------------------------------------------- */

char *
cl_stacked_bar_chart_get_tooltip (ClStackedBarChart *self,
                                  guint              group_index,
                                  guint              bar,
                                  guint              series)
{
  Group           *group;
  GString         *text;
  g_autofree char *figure = NULL;
  g_autofree char *total = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *escaped_heading = NULL;
  g_autofree char *escaped_total = NULL;

  g_return_val_if_fail (CL_IS_STACKED_BAR_CHART (self), NULL);
  g_return_val_if_fail (group_index < self->groups->len && bar < self->n_bars, NULL);

  group = g_ptr_array_index (self->groups, group_index);
  text = g_string_new (NULL);
  /* Translators: a group and one of its bars, "Acme, Year 1" */
  heading = g_strdup_printf (_ ("%s, %s"), group->label, self->bar_labels[bar]);
  escaped_heading = g_markup_escape_text (heading, -1);
  g_string_append (text, escaped_heading);
  for (guint s = 0; s < self->n_series; s++)
    {
      gint64           value = group->values[bar * self->n_series + s];
      g_autofree char *amount = NULL;
      g_autofree char *line = NULL;
      g_autofree char *escaped = NULL;

      if (value <= 0)
        continue;
      amount = format_value (self, value, FALSE);
      /* Translators: a part of a bar and its value, "Bonus: $27,750" */
      line = g_strdup_printf (_ ("%s: %s"), self->series[s].label, amount);
      escaped = g_markup_escape_text (line, -1);
      g_string_append_c (text, '\n');
      /* The segment under the pointer stands out. */
      g_string_append_printf (text, s == series ? "<b>%s</b>" : "%s", escaped);
    }
  /* Translators: the sum of a bar's parts, "Total: $243,000" */
  figure = format_value (self, bar_total (self, group, bar), FALSE);
  total = g_strdup_printf (_ ("Total: %s"), figure);
  escaped_total = g_markup_escape_text (total, -1);
  g_string_append_c (text, '\n');
  g_string_append (text, escaped_total);
  return g_string_free (text, FALSE);
}

static gboolean
cl_stacked_bar_chart_query_tooltip (GtkWidget  *widget,
                                    int         x,
                                    int         y,
                                    gboolean    keyboard_mode,
                                    GtkTooltip *tooltip)
{
  ClStackedBarChart *self = CL_STACKED_BAR_CHART (widget);
  int                width = gtk_widget_get_width (widget);
  g_autofree char   *markup = NULL;
  Geometry           g;
  Group             *group;
  guint              series = NO_SERIES;
  double             left;
  int                row, top;

  if (keyboard_mode || self->groups->len == 0 || self->n_bars == 0)
    return FALSE;
  compute_geometry (self, width, &g);
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    x = width - x;

  row = (y - g.top) / (g.row_height + ROW_GAP);
  top = plot_top (&g, MAX (row, 0));
  if (y < g.top || row >= (int) g.n_rows || y < top || y > top + g.plot_height)
    return FALSE;
  for (guint i = row * g.per_row; i < MIN ((row + 1) * g.per_row, self->groups->len); i++)
    for (guint b = 0; b < self->n_bars; b++)
      {
        left = bar_x (self, &g, i, b);
        if (x < left || x >= left + g.bar_width)
          continue;
        group = g_ptr_array_index (self->groups, i);
        /* The segment under the pointer; above the stack, the whole bar. */
        for (guint s = 0; s < self->n_series; s++)
          if (group->values[b * self->n_series + s] > 0 &&
              top + g.plot_height - y <= stacked_height (self, &g, group, b, s + 1))
            {
              series = s;
              break;
            }
        markup = cl_stacked_bar_chart_get_tooltip (self, i, b, series);
        gtk_tooltip_set_markup (tooltip, markup);
        gtk_tooltip_set_tip_area (
          tooltip, &(GdkRectangle){ (int) cl_chart_place (
                                      gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL,
                                      width, left, g.bar_width),
                                    top, (int) g.bar_width, g.plot_height });
        return TRUE;
      }
  return FALSE;
}

/* The description ---------------------------------------------------------- */

static void
update_description (ClStackedBarChart *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->groups->len; i++)
    {
      Group   *group = g_ptr_array_index (self->groups, i);
      GString *bars = g_string_new (NULL);

      for (guint b = 0; b < self->n_bars; b++)
        {
          g_autofree char *total = format_value (self, bar_total (self, group, b), FALSE);
          GString         *parts = g_string_new (NULL);
          g_autofree char *joined = NULL;

          for (guint s = 0; s < self->n_series; s++)
            {
              gint64           value = group->values[b * self->n_series + s];
              g_autofree char *figure = NULL;

              if (value <= 0)
                continue;
              figure = format_value (self, value, FALSE);
              if (parts->len > 0)
                g_string_append (parts, _ (", "));
              /* Translators: a part of a bar and its value, "Base $185,000" */
              g_string_append_printf (parts, _ ("%s %s"), self->series[s].label, figure);
            }
          joined = g_string_free (parts, FALSE);
          if (bars->len > 0)
            g_string_append (bars, _ ("; "));
          if (*joined != '\0')
            /* Translators: a bar, its total and its parts, "Year 1 $243,000 (Base
             * $185,000, Bonus $27,750)" */
            g_string_append_printf (bars, _ ("%s %s (%s)"), self->bar_labels[b], total, joined);
          else
            /* Translators: a bar and its total, "Year 4 $0" */
            g_string_append_printf (bars, _ ("%s %s"), self->bar_labels[b], total);
        }
      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: a group and its bars, "Acme: Year 1 $243,000 (…); Year 2 …." */
      g_string_append_printf (text, _ ("%s: %s."), group->label, bars->str);
      g_string_free (bars, TRUE);
    }

  g_free (self->description);
  self->description = g_string_free (text, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description, -1);
}

/* Object ----------------------------------------------------------------- */

static void
changed (ClStackedBarChart *self)
{
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
cl_stacked_bar_chart_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (cl_stacked_bar_chart_parent_class)->css_changed (widget, change);
  /* The colours are looked up when drawing; the font sizes everything. */
  gtk_widget_queue_resize (widget);
}

static void
cl_stacked_bar_chart_direction_changed (GtkWidget       *widget,
                                        GtkTextDirection previous)
{
  gtk_widget_queue_draw (widget);
}

static void
clear_format (ClStackedBarChart *self)
{
  if (self->format_destroy != NULL)
    self->format_destroy (self->format_data);
  self->format = NULL;
  self->format_data = NULL;
  self->format_destroy = NULL;
}

static void
cl_stacked_bar_chart_finalize (GObject *object)
{
  ClStackedBarChart *self = CL_STACKED_BAR_CHART (object);

  clear_format (self);
  g_ptr_array_unref (self->groups);
  cl_chart_series_free (self->series, self->n_series);
  g_strfreev (self->bar_labels);
  g_strfreev (self->short_labels);
  g_free (self->description);

  G_OBJECT_CLASS (cl_stacked_bar_chart_parent_class)->finalize (object);
}

static void
cl_stacked_bar_chart_class_init (ClStackedBarChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cl_stacked_bar_chart_finalize;
  widget_class->get_request_mode = cl_stacked_bar_chart_get_request_mode;
  widget_class->measure = cl_stacked_bar_chart_measure;
  widget_class->snapshot = cl_stacked_bar_chart_snapshot;
  widget_class->query_tooltip = cl_stacked_bar_chart_query_tooltip;
  widget_class->css_changed = cl_stacked_bar_chart_css_changed;
  widget_class->direction_changed = cl_stacked_bar_chart_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "stackedbarchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cl_stacked_bar_chart_init (ClStackedBarChart *self)
{
  static const ClChartSeries one = { "", "accent_bg_color" };

  self->groups = g_ptr_array_new_with_free_func (group_free);
  self->series = cl_chart_series_copy (&one, 1);
  self->n_series = 1;
  self->bar_labels = g_new0 (char *, 2);
  self->bar_labels[0] = g_strdup ("");
  self->n_bars = 1;
  self->description = g_strdup ("");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
cl_stacked_bar_chart_new (void)
{
  return g_object_new (CL_TYPE_STACKED_BAR_CHART, NULL);
}

void
cl_stacked_bar_chart_set_series (ClStackedBarChart   *self,
                                 const ClChartSeries *series,
                                 guint                n_series)
{
  g_return_if_fail (CL_IS_STACKED_BAR_CHART (self));
  g_return_if_fail (series != NULL && n_series > 0);

  g_ptr_array_set_size (self->groups, 0);
  cl_chart_series_free (self->series, self->n_series);
  self->series = cl_chart_series_copy (series, n_series);
  self->n_series = n_series;
  changed (self);
}

void
cl_stacked_bar_chart_set_bars (ClStackedBarChart *self,
                               const char *const *labels,
                               const char *const *short_labels,
                               guint              n_bars)
{
  g_return_if_fail (CL_IS_STACKED_BAR_CHART (self));
  g_return_if_fail (labels != NULL && n_bars > 0);

  g_ptr_array_set_size (self->groups, 0);
  g_strfreev (self->bar_labels);
  g_clear_pointer (&self->short_labels, g_strfreev);
  self->bar_labels = g_new0 (char *, n_bars + 1);
  for (guint b = 0; b < n_bars; b++)
    self->bar_labels[b] = g_strdup (labels[b]);
  if (short_labels != NULL)
    {
      self->short_labels = g_new0 (char *, n_bars + 1);
      for (guint b = 0; b < n_bars; b++)
        self->short_labels[b] = g_strdup (short_labels[b]);
    }
  self->n_bars = n_bars;
  changed (self);
}

void
cl_stacked_bar_chart_set_format_func (ClStackedBarChart          *self,
                                      ClStackedBarChartFormatFunc func,
                                      gpointer                    user_data,
                                      GDestroyNotify              destroy)
{
  g_return_if_fail (CL_IS_STACKED_BAR_CHART (self));

  clear_format (self);
  self->format = func;
  self->format_data = user_data;
  self->format_destroy = destroy;
  changed (self);
}

void
cl_stacked_bar_chart_remove_all (ClStackedBarChart *self)
{
  g_return_if_fail (CL_IS_STACKED_BAR_CHART (self));

  g_ptr_array_set_size (self->groups, 0);
  changed (self);
}

void
cl_stacked_bar_chart_append (ClStackedBarChart *self,
                             const char        *label,
                             const gint64      *values)
{
  Group *group;

  g_return_if_fail (CL_IS_STACKED_BAR_CHART (self));
  g_return_if_fail (label != NULL && values != NULL);

  group = g_new0 (Group, 1);
  group->label = g_strdup (label);
  group->values = g_memdup2 (values, (gsize) self->n_bars * self->n_series * sizeof (gint64));
  g_ptr_array_add (self->groups, group);
  changed (self);
}

guint
cl_stacked_bar_chart_get_n_groups (ClStackedBarChart *self)
{
  g_return_val_if_fail (CL_IS_STACKED_BAR_CHART (self), 0);

  return self->groups->len;
}

guint
cl_stacked_bar_chart_get_groups_per_row (ClStackedBarChart *self)
{
  Geometry g;

  g_return_val_if_fail (CL_IS_STACKED_BAR_CHART (self), 0);

  compute_geometry (self, gtk_widget_get_width (GTK_WIDGET (self)), &g);
  return g.per_row;
}

const char *
cl_stacked_bar_chart_get_description (ClStackedBarChart *self)
{
  g_return_val_if_fail (CL_IS_STACKED_BAR_CHART (self), NULL);

  return self->description;
}
