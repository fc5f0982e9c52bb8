/* test-stacked-bar-chart.c — offers side by side, each year a bar stacked by component
 *
 * Three offers of four years each, five components a year: the chart
 * draws every component in its colour at 1280 px and at 360 px wide
 * (warnings are fatal), never asks for more than the window, puts the
 * groups in one row when wide and wraps them when narrow, and tells screen
 * readers every figure.  The scale's steps are round at any amount.
 * Exits 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-stacked-bar-chart"

#include "config.h"

#include <string.h>

#include "cl-stacked-bar-chart.h"
#include "cl-ui-test-util.h"

#define N_BARS 4
#define N_SERIES 5

static const ClChartSeries series[N_SERIES] = {
  { "Base", "accent_bg_color" },
  { "Bonus", "success_bg_color" },
  { "Sign-on", "warning_bg_color" },
  { "Equity", "purple_3" },
  { "Refreshers", "orange_3" },
};

/* Dollars and cents, as the comparison writes them: "$185,000", "$27,750.50";
 * compact for the scale, "$250k". */
static char *
format_dollars (gint64   cents,
                gboolean compact,
                gpointer user_data)
{
  GString *text = g_string_new ("$");
  char     digits[32];
  guint    n;

  g_assert_cmpint (cents, >=, 0);
  if (compact && cents >= 100000 && cents % 100000 == 0)
    {
      g_string_append_printf (text, "%" G_GINT64_FORMAT "k", cents / 100000);
      return g_string_free (text, FALSE);
    }
  n = g_snprintf (digits, sizeof digits, "%" G_GINT64_FORMAT, cents / 100);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, digits[i]);
    }
  if (cents % 100 != 0)
    g_string_append_printf (text, ".%02d", (int) (cents % 100));
  return g_string_free (text, FALSE);
}

/* [bar][series], in cents. */
static const gint64 acme[N_BARS][N_SERIES] = {
  { 18500000, 2775000, 2000000, 3025000, 0 },
  { 18500000, 2775000, 0, 3025000, 1000000 },
  { 18500000, 2775000, 0, 3025000, 2000000 },
  { 18500000, 2775000, 0, 3025000, 3000000 },
};
static const gint64 borealis[N_BARS][N_SERIES] = {
  { 16275050, 1627505, 0, 0, 0 },
  { 16275050, 1627505, 0, 0, 0 },
  { 16275050, 1627505, 0, 0, 0 },
  { 16275050, 1627505, 0, 0, 0 },
};
/* Leaves after year 3: nothing in year 4. */
static const gint64 cirrus[N_BARS][N_SERIES] = {
  { 21000000, 0, 5000000, 10000000, 0 },
  { 21000000, 0, 0, 10000000, 0 },
  { 21000000, 0, 0, 10000000, 0 },
  { 0, 0, 0, 0, 0 },
};

typedef struct
{
  GtkWindow         *window;
  ClStackedBarChart *chart;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  static const char *const labels[] = { "Year 1", "Year 2", "Year 3", "Year 4" };
  static const char *const short_labels[] = { "Y1", "Y2", "Y3", "Y4" };
  GtkWidget               *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->chart = CL_STACKED_BAR_CHART (cl_stacked_bar_chart_new ());
  gtk_widget_set_margin_start (GTK_WIDGET (fixture->chart), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (fixture->chart), 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->chart));
  gtk_window_set_child (fixture->window, box);

  cl_stacked_bar_chart_set_series (fixture->chart, series, N_SERIES);
  cl_stacked_bar_chart_set_bars (fixture->chart, labels, short_labels, N_BARS);
  cl_stacked_bar_chart_set_format_func (fixture->chart, format_dollars, NULL, NULL);
  cl_stacked_bar_chart_append (fixture->chart, "Acme", &acme[0][0]);
  cl_stacked_bar_chart_append (fixture->chart, "Borealis Systems", &borealis[0][0]);
  cl_stacked_bar_chart_append (fixture->chart, "Cirrus", &cirrus[0][0]);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (fixture->window);
}

static void
show (Fixture *fixture,
      int      width)
{
  gtk_window_set_default_size (fixture->window, width, 800);
  gtk_window_present (fixture->window);
  cl_ui_wait_for (cl_ui_is_mapped, fixture->chart);
  cl_ui_resize (fixture->window, width, 800);
}

/* Every component is drawn in its colour, and the chart stays inside the
 * window. */
static void
check_drawing (Fixture *fixture)
{
  GtkWidget *chart = GTK_WIDGET (fixture->chart);
  g_autoptr(GdkTexture) texture = cl_ui_render (chart);

  g_assert_cmpint (gtk_widget_get_width (chart), <=,
                   gtk_widget_get_width (GTK_WIDGET (fixture->window)));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (chart)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  for (guint s = 0; s < N_SERIES; s++)
    {
      GdkRGBA color;

      cl_chart_lookup_color (chart, series[s].color, &color);
      g_test_message ("%s: %u pixels", series[s].label, cl_ui_count_pixels (texture, &color));
      g_assert_cmpuint (cl_ui_count_pixels (texture, &color), >, 40);
    }
}

static void
test_wide (Fixture      *fixture,
           gconstpointer data)
{
  int height;

  show (fixture, 1280);
  g_assert_cmpuint (cl_stacked_bar_chart_get_n_groups (fixture->chart), ==, 3);
  g_assert_cmpuint (cl_stacked_bar_chart_get_groups_per_row (fixture->chart), ==, 3);
  check_drawing (fixture);
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "stacked-bar-chart-1280");
  height = gtk_widget_get_height (GTK_WIDGET (fixture->chart));

  /* A phone: the offers wrap, each still readable, the chart taller. */
  cl_ui_resize (fixture->window, 360, 800);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->chart)), ==, 336);
  g_assert_cmpuint (cl_stacked_bar_chart_get_groups_per_row (fixture->chart), <, 3);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (fixture->chart)), >, height);
  check_drawing (fixture);
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "stacked-bar-chart-360");

  /* And at the narrowest it asks for. */
  cl_ui_resize (fixture->window, 224, 800);
  g_assert_cmpuint (cl_stacked_bar_chart_get_groups_per_row (fixture->chart), ==, 1);
  check_drawing (fixture);
}

static void
test_right_to_left (Fixture      *fixture,
                    gconstpointer data)
{
  gtk_widget_set_direction (GTK_WIDGET (fixture->chart), GTK_TEXT_DIR_RTL);
  show (fixture, 1280);
  check_drawing (fixture);
  cl_ui_resize (fixture->window, 360, 800);
  check_drawing (fixture);
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "stacked-bar-chart-360-rtl");
}

static void
test_description (Fixture      *fixture,
                  gconstpointer data)
{
  const char *description = cl_stacked_bar_chart_get_description (fixture->chart);
  const gint64 (*groups[])[N_SERIES] = { acme, borealis, cirrus };

  g_test_message ("%s", description);
  g_assert_true (g_str_has_prefix (description,
                                   "Acme: Year 1 $263,000 (Base $185,000, Bonus $27,750, Sign-on "
                                   "$20,000, Equity $30,250); Year 2 $253,000 (Base $185,000, "
                                   "Bonus $27,750, Equity $30,250, Refreshers $10,000); "));
  g_assert_nonnull (strstr (description, " Borealis Systems: Year 1 $179,025.55 (Base "
                                         "$162,750.50, Bonus $16,275.05); "));
  /* A year with nothing in it has its total alone. */
  g_assert_true (g_str_has_suffix (description, "; Year 4 $0."));

  /* Every figure, and every year's total. */
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    for (guint b = 0; b < N_BARS; b++)
      {
        gint64           total = 0;
        g_autofree char *amount = NULL;
        g_autofree char *text = NULL;

        for (guint s = 0; s < N_SERIES; s++)
          {
            g_autofree char *part = NULL;
            g_autofree char *figure = NULL;

            total += groups[i][b][s];
            if (groups[i][b][s] == 0)
              continue;
            part = format_dollars (groups[i][b][s], FALSE, NULL);
            figure = g_strdup_printf ("%s %s", series[s].label, part);
            g_assert_nonnull (strstr (description, figure));
          }
        amount = format_dollars (total, FALSE, NULL);
        text = g_strdup_printf ("Year %u %s", b + 1, amount);
        g_assert_nonnull (strstr (description, text));
      }

  /* The tooltip of a segment names it, with its bar's other figures. */
  {
    g_autofree char *tooltip = cl_stacked_bar_chart_get_tooltip (fixture->chart, 0, 0, 1);

    g_assert_cmpstr (tooltip, ==,
                     "Acme, Year 1\nBase: $185,000\n<b>Bonus: $27,750</b>\nSign-on: $20,000\n"
                     "Equity: $30,250\nTotal: $263,000");
  }

  /* Emptied, nothing is said. */
  cl_stacked_bar_chart_remove_all (fixture->chart);
  g_assert_cmpstr (cl_stacked_bar_chart_get_description (fixture->chart), ==, "");
  show (fixture, 360);
  g_object_unref (cl_ui_render (GTK_WIDGET (fixture->chart)));
}

static void
test_nice_step (void)
{
  g_assert_cmpint (cl_chart_nice_step64 (0, 4), ==, 1);
  g_assert_cmpint (cl_chart_nice_step64 (4, 4), ==, 1);
  g_assert_cmpint (cl_chart_nice_step64 (5, 4), ==, 2);
  g_assert_cmpint (cl_chart_nice_step64 (40, 4), ==, 10);
  g_assert_cmpint (cl_chart_nice_step64 (41, 4), ==, 20);
  g_assert_cmpint (cl_chart_nice_step64 (1000000, 4), ==, 500000);
  g_assert_cmpint (cl_chart_nice_step64 (26300000, 4), ==, 10000000);
  /* At the top of the range the step still reaches the maximum. */
  g_assert_cmpint (cl_chart_nice_step64 (G_MAXINT64, 1), >=, G_MAXINT64 / 10);
  g_assert_cmpint (cl_chart_nice_step64 (G_GINT64_CONSTANT (4000000000000000000), 1), ==,
                   G_GINT64_CONSTANT (5000000000000000000));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    return 77;
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/stacked-bar-chart/wide-and-narrow", test_wide);
  ADD ("/stacked-bar-chart/right-to-left", test_right_to_left);
  ADD ("/stacked-bar-chart/description", test_description);
#undef ADD
  g_test_add_func ("/stacked-bar-chart/nice-step", test_nice_step);

  return g_test_run ();
}
