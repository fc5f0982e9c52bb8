/* test-trend-chart.c — a domain's mean practice scores over time
 *
 * Five sessions of November: the chart draws its line and dots in the
 * accent colour at 480 px and at 300 px wide (warnings are fatal), stays
 * inside the window, and tells screen readers the numbers in words, kept
 * up to date as the points and the title change.  With fewer than two points
 * it draws no line.  Exits 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-trend-chart"

#include "config.h"

#include "cl-trend-chart.h"
#include "cl-ui-test-util.h"

typedef struct
{
  GtkWindow    *window;
  ClTrendChart *chart;
} Fixture;

static gint64
at (int year,
    int month,
    int day)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (year, month, day, 18, 30, 0);

  return g_date_time_to_unix (date);
}

static void
set_november (ClTrendChart *chart)
{
  const ClTrendPoint points[] = {
    { at (2026, 11, 3), 2.0, 4 },
    { at (2026, 11, 9), 2.5, 4 },
    { at (2026, 11, 12), 1.75, 4 },
    { at (2026, 11, 20), 3.0, 3 },
    { at (2026, 11, 28), 3.5, 4 },
  };

  cl_trend_chart_set_points (chart, points, G_N_ELEMENTS (points));
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->chart = CL_TREND_CHART (cl_trend_chart_new ());
  gtk_widget_set_margin_start (GTK_WIDGET (fixture->chart), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (fixture->chart), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (fixture->chart), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (fixture->chart), 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->chart));
  gtk_window_set_child (fixture->window, box);
  cl_trend_chart_set_title (fixture->chart, "Coding");
  set_november (fixture->chart);
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
  gtk_window_set_default_size (fixture->window, width, 300);
  gtk_window_present (fixture->window);
  cl_ui_wait_for (cl_ui_is_mapped, fixture->chart);
  cl_ui_resize (fixture->window, width, 300);
}

/* How many pixels of the line and its dots the chart draws. */
static guint
count_line (Fixture *fixture)
{
  GtkWidget *chart = GTK_WIDGET (fixture->chart);
  g_autoptr(GdkTexture) texture = NULL;
  GdkRGBA accent;

  cl_ui_wait_for_frame (chart);
  texture = cl_ui_render (chart);
  g_assert_cmpint (gtk_widget_get_width (chart), <=,
                   gtk_widget_get_width (GTK_WIDGET (fixture->window)));
  cl_chart_lookup_color (chart, "accent_bg_color", &accent);
  return cl_ui_count_pixels (texture, &accent);
}

static void
test_drawing (Fixture      *fixture,
              gconstpointer data)
{
  GtkWidget *chart = GTK_WIDGET (fixture->chart);
  guint      wide, narrow;

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (chart)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  show (fixture, 480);
  g_assert_cmpint (gtk_widget_get_width (chart), ==, 456);
  wide = count_line (fixture);
  g_test_message ("480 px: %u pixels of the line", wide);
  /* Five dots of 8 px across alone are some 200 pixels. */
  g_assert_cmpuint (wide, >, 400);
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "trend-chart-480");

  /* Hovering the last dot, at the right end, names it; nothing under the
   * axis does. */
  {
    int              width = gtk_widget_get_width (chart);
    g_autofree char *tooltip = NULL;

    for (int y = 0; y < 60 && tooltip == NULL; y++)
      tooltip = cl_trend_chart_get_tooltip_at (fixture->chart, width - 8, y);
    g_assert_cmpstr (tooltip, ==, "28 Nov 2026: 3.5 (4 criteria scored)");
    g_assert_null (cl_trend_chart_get_tooltip_at (fixture->chart, width - 8,
                                                  gtk_widget_get_height (chart) - 1));
  }

  /* A phone: narrower, the same height, every dot still drawn. */
  cl_ui_resize (fixture->window, 300, 300);
  g_assert_cmpint (gtk_widget_get_width (chart), ==, 276);
  narrow = count_line (fixture);
  g_test_message ("300 px: %u pixels of the line", narrow);
  g_assert_cmpuint (narrow, >, 300);
  g_assert_cmpuint (narrow, <, wide);
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "trend-chart-300");

  /* Right to left: mirrored, drawn as much but for antialiasing. */
  gtk_widget_set_direction (chart, GTK_TEXT_DIR_RTL);
  g_assert_cmpuint (count_line (fixture), >, narrow - 10);
  g_assert_cmpuint (count_line (fixture), <, narrow + 10);
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "trend-chart-300-rtl");
  gtk_widget_set_direction (chart, GTK_TEXT_DIR_LTR);

  /* One point is no trend: no line, no dot. */
  {
    const ClTrendPoint one = { at (2026, 11, 3), 2.5, 4 };

    cl_trend_chart_set_points (fixture->chart, &one, 1);
    g_assert_cmpuint (count_line (fixture), ==, 0);
    cl_ui_save_shot (GTK_WIDGET (fixture->window), "trend-chart-one");
  }
  cl_trend_chart_set_points (fixture->chart, NULL, 0);
  g_assert_cmpuint (count_line (fixture), ==, 0);
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "trend-chart-empty");
}

static void
assert_description (Fixture    *fixture,
                    const char *expected)
{
  g_assert_cmpstr (cl_trend_chart_get_description (fixture->chart), ==, expected);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->chart),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
}

static void
test_description (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->chart),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Coding");
  assert_description (fixture, "Coding: 5 sessions, from 2.0 on 3 Nov to 3.5 on 28 Nov; "
                               "lowest 1.8, highest 3.5.");
  g_assert_cmpuint (cl_trend_chart_get_n_points (fixture->chart), ==, 5);

  /* Renamed: the name and the description follow. */
  cl_trend_chart_set_title (fixture->chart, "Behavioral");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->chart),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Behavioral");
  assert_description (fixture, "Behavioral: 5 sessions, from 2.0 on 3 Nov to 3.5 on 28 Nov; "
                               "lowest 1.8, highest 3.5.");

  /* Across a new year, the dates say which. */
  {
    const ClTrendPoint points[] = {
      { at (2025, 12, 20), 3.25, 4 },
      { at (2026, 1, 5), 2.0, 2 },
    };

    cl_trend_chart_set_points (fixture->chart, points, G_N_ELEMENTS (points));
    assert_description (fixture, "Behavioral: 2 sessions, from 3.2 on 20 Dec 2025 to 2.0 on 5 "
                                 "Jan 2026; lowest 2.0, highest 3.2.");
  }
  {
    const ClTrendPoint one = { at (2026, 11, 3), 2.5, 4 };

    cl_trend_chart_set_points (fixture->chart, &one, 1);
    assert_description (fixture, "Behavioral: 1 session, 2.5 on 3 Nov.");
  }
  cl_trend_chart_set_points (fixture->chart, NULL, 0);
  assert_description (fixture, "Behavioral: no scored sessions yet.");

  /* What the store gives, straight in. */
  {
    const ClTrendPoint points[] = {
      { at (2026, 11, 3), 7.0 / 3.0, 3 },
      { at (2026, 11, 3), 4.0, 1 },
    };

    cl_trend_chart_set_points (fixture->chart, points, G_N_ELEMENTS (points));
    assert_description (fixture, "Behavioral: 2 sessions, from 2.3 on 3 Nov to 4.0 on 3 Nov; "
                                 "lowest 2.3, highest 4.0.");
    show (fixture, 300);
    g_assert_cmpuint (count_line (fixture), >, 100);
  }
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
  ADD ("/trend-chart/drawing", test_drawing);
  ADD ("/trend-chart/description", test_description);
#undef ADD

  return g_test_run ();
}
