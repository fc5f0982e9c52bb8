/* test-insights-view.c — the Insights page, its charts and their tables
 *
 * Builds the page on an empty database, on 60 sample applications with a
 * journey through the stages each, and on 10,000; renders the page and each
 * chart at 1280 and at 360 px wide (warnings are fatal) and checks that the
 * bars are drawn, that nothing makes the page wider than the window, that
 * the tables show the numbers the charts' descriptions give, that an empty
 * database gets an honest empty state, and that the page follows changes,
 * computing only while it is on screen.
 * Exits 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-insights-view"

#include "config.h"

#include <string.h>

#include "cl-bar-chart.h"
#include "cl-chart-table.h"
#include "cl-column-chart.h"
#include "cl-insights-view.h"
#include "cl-sample-generator.h"
#include "cl-ui-test-util.h"

/* The sample data puts each application straight into its stage.  This
 * gives those past Applied the journey there, a few days a step (and the
 * closed ones the steps before they closed), so time in stage, moves and
 * rejections have something to count. */
static const char journeys_sql[] =
  "DELETE FROM stage_history WHERE application_id IN"
  "  (SELECT a.id FROM applications a JOIN stages s ON s.id = a.stage_id WHERE s.position >= 2);"
  "WITH RECURSIVE steps (application_id, k, last, target, start, pace) AS ("
  "  SELECT a.id, 1, CASE WHEN s.position <= 6 THEN s.position ELSE 1 + a.id % 4 END,"
  "         s.position, a.created_at, 2 + a.id % 9"
  "    FROM applications a JOIN stages s ON s.id = a.stage_id WHERE s.position >= 2"
  "  UNION ALL"
  "  SELECT application_id, k + 1, last, target, start, pace FROM steps WHERE k < last)"
  "INSERT INTO stage_history (application_id, from_stage_id, to_stage_id, from_position,"
  "                           to_position, moved_at)"
  "  SELECT application_id, (SELECT id FROM stages WHERE position = k - 1 AND k > 1),"
  "         (SELECT id FROM stages WHERE position = k), CASE WHEN k > 1 THEN 0 END, 0,"
  "         start + (k - 1) * pace * 86400 FROM steps"
  "  UNION ALL"
  "  SELECT application_id, (SELECT id FROM stages WHERE position = last),"
  "         (SELECT id FROM stages WHERE position = target), 0, 0, start + last * pace * 86400"
  "    FROM steps WHERE k = last AND target > 6";

typedef struct
{
  ClTestFixture   base;
  GtkWindow      *window;
  ClInsightsView *view;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  cl_test_fixture_teardown (&fixture->base);
}

static void
generate (Fixture *fixture,
          guint    n_applications)
{
  ClSampleOptions options = { .n_applications = n_applications, .n_contacts = 10, .seed = 11 };
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_sample_generate (fixture->base.context, &options, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_test_exec (fixture->base.database, journeys_sql), ==, SQLITE_OK);
}

static gboolean
has_insights (gpointer data)
{
  return cl_insights_view_get_insights (CL_INSIGHTS_VIEW (data)) != NULL;
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

/* The page alone in a window @width wide, shown, with its numbers. */
static void
open_view (Fixture *fixture,
           int      width)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = g_object_new (CL_TYPE_INSIGHTS_VIEW, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_set_default_size (fixture->window, width, 800);
  cl_insights_view_set_context (fixture->view, fixture->base.context);
  gtk_window_present (fixture->window);
  cl_ui_wait_for (has_insights, fixture->view);
  cl_ui_wait_for (is_allocated, fixture->view);
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} WidthQuery;

static gboolean
has_width (gpointer data)
{
  WidthQuery *query = data;

  return gtk_widget_get_width (query->widget) == query->width;
}

static void
resize (Fixture *fixture,
        int      width)
{
  WidthQuery query = { GTK_WIDGET (fixture->window), width };

  gtk_window_set_default_size (fixture->window, width, 800);
  cl_ui_wait_for (has_width, &query);
  cl_ui_flush ();
}

/* The page's sections ------------------------------------------------------ */

/* Each insight's stack: its chart, its table and its sentence when empty. */
static GPtrArray *
section_stacks (ClInsightsView *view)
{
  g_autoptr(GPtrArray) stacks = cl_ui_find_widgets (GTK_WIDGET (view), GTK_TYPE_STACK);
  GPtrArray *sections = g_ptr_array_new ();

  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "table") != NULL)
      g_ptr_array_add (sections, g_ptr_array_index (stacks, i));
  g_assert_cmpuint (sections->len, ==, 5);
  return sections;
}

static GtkWidget *
section_part (GPtrArray  *sections,
              guint       index,
              const char *name)
{
  return gtk_stack_get_child_by_name (g_ptr_array_index (sections, index), name);
}

/* What screen readers get for a chart (its description) is also the
 * sentence shown when it has nothing to draw. */
static const char *
section_description (GPtrArray *sections,
                     guint      index)
{
  return gtk_label_get_text (GTK_LABEL (section_part (sections, index, "none")));
}

/* Rendering ---------------------------------------------------------------- */

/* Renders the page and every chart it shows; the bars are there, in the
 * style's accent colour, and nothing is wider than the window. */
static void
check_rendering (Fixture *fixture)
{
  g_autoptr(GPtrArray) sections = section_stacks (fixture->view);
  g_autoptr(GdkTexture) page = cl_ui_render (GTK_WIDGET (fixture->view));
  int     window_width = gtk_widget_get_width (GTK_WIDGET (fixture->window));
  GdkRGBA accent;

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), <=, window_width);
  for (guint i = 0; i < sections->len; i++)
    {
      GtkStack  *stack = g_ptr_array_index (sections, i);
      GtkWidget *chart = section_part (sections, i, "chart");
      g_autoptr(GdkTexture) texture = NULL;

      if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "chart") != 0)
        continue;
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (chart)), ==,
                       GTK_ACCESSIBLE_ROLE_IMG);
      g_assert_cmpint (gtk_widget_get_width (chart), <=, window_width);
      g_assert_cmpint (gtk_widget_get_height (chart), >, 0);
      texture = cl_ui_render (chart);
      cl_chart_lookup_color (chart, "accent_bg_color", &accent);
      g_assert_cmpuint (cl_ui_count_pixels (texture, &accent), >, 50);
    }
}

/* Tables and descriptions -------------------------------------------------- */

/* The numbers in @text, in order, each as its digits alone ("10,000" and
 * "10000" alike; "2.5" as 25), separated by spaces. */
static char *
numbers_of (const char *text)
{
  static const char pattern[] = "[0-9](?:[0-9.,'\u00a0\u202f]*[0-9])?";
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_DEFAULT, G_REGEX_MATCH_DEFAULT, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GString *out = g_string_new (NULL);

  g_regex_match (regex, text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *number = g_match_info_fetch (match, 0);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      for (const char *p = number; *p != '\0'; p++)
        if (g_ascii_isdigit (*p))
          g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Each row of @table reads out a part of @description (the parts are
 * joined by @separator, after @prefix when set) and shows the numbers that
 * part gives; all the parts together are the description. */
static void
check_table (ClChartTable *table,
             const char   *description,
             const char   *separator,
             gboolean      skip_empty_rows)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  g_assert_cmpuint (cl_chart_table_get_n_rows (table), >, 0);
  for (guint row = 0; row < cl_chart_table_get_n_rows (table); row++)
    {
      const char *line = cl_chart_table_get_description (table, row);
      g_autoptr(GString) cells = g_string_new (NULL);
      g_autofree char *shown = NULL;
      g_autofree char *said = NULL;

      for (guint column = 0; column < cl_chart_table_get_n_columns (table); column++)
        {
          g_string_append (cells, cl_chart_table_get_cell (table, row, column));
          g_string_append_c (cells, ' ');
        }
      shown = numbers_of (cells->str);
      said = numbers_of (line);
      g_test_message ("row “%s” shows %s", line, shown);
      g_assert_cmpstr (shown, ==, said);
      if (skip_empty_rows && g_str_has_suffix (line, ": 0 added, 0 moved."))
        continue;
      g_assert_nonnull (strstr (description, line));
      if (joined->len > 0)
        g_string_append (joined, separator);
      g_string_append (joined, line);
    }
  g_assert_true (g_str_has_suffix (description, joined->str));
}

static void
check_tables (Fixture *fixture)
{
  ClInsights *insights = cl_insights_view_get_insights (fixture->view);
  g_autoptr(GPtrArray) sections = section_stacks (fixture->view);
  GtkSwitch          *toggle = cl_ui_find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_SWITCH);
  g_autofree char    *funnel = cl_insights_describe_funnel (insights);
  g_autofree char    *time = cl_insights_describe_time_in_stage (insights);
  g_autofree char    *activity = cl_insights_describe_activity (insights);
  g_autofree char    *by_company_type = NULL;
  g_autofree char    *by_source = NULL;
  const ClOutcomeRow *rows;
  guint               n_rows;

  rows = cl_insights_get_by_company_type (insights, &n_rows);
  by_company_type = cl_insights_describe_outcomes (rows, n_rows, FALSE);
  rows = cl_insights_get_by_source (insights, &n_rows);
  by_source = cl_insights_describe_outcomes (rows, n_rows, TRUE);

  /* Each chart's description, and the one switch for every table. */
  g_assert_cmpstr (section_description (sections, 0), ==, funnel);
  g_assert_cmpstr (section_description (sections, 1), ==, by_company_type);
  g_assert_cmpstr (section_description (sections, 2), ==, by_source);
  g_assert_cmpstr (section_description (sections, 3), ==, time);
  g_assert_cmpstr (section_description (sections, 4), ==, activity);

  gtk_switch_set_active (toggle, TRUE);
  for (guint i = 0; i < sections->len; i++)
    g_assert_cmpstr (gtk_stack_get_visible_child_name (g_ptr_array_index (sections, i)), ==,
                     "table");

  check_table (CL_CHART_TABLE (section_part (sections, 0, "table")), funnel, ", ", FALSE);
  check_table (CL_CHART_TABLE (section_part (sections, 1, "table")), by_company_type, "; ",
               FALSE);
  check_table (CL_CHART_TABLE (section_part (sections, 2, "table")), by_source, "; ", FALSE);
  check_table (CL_CHART_TABLE (section_part (sections, 3, "table")), time, "; ", FALSE);
  /* Weeks without activity are left out of the description. */
  check_table (CL_CHART_TABLE (section_part (sections, 4, "table")), activity, " ", TRUE);
  g_assert_cmpuint (cl_chart_table_get_n_rows (CL_CHART_TABLE (section_part (sections, 4,
                                                                             "table"))),
                    ==, CL_INSIGHTS_WEEKS);
}

/* Tests -------------------------------------------------------------------- */

/* An empty database: no charts of zeros, a page that says why. */
static void
test_empty (Fixture      *fixture,
            gconstpointer data)
{
  g_autoptr(GPtrArray) pages = NULL;
  GtkStack *stack;

  open_view (fixture, 1280);
  g_assert_cmpuint (cl_insights_get_total (cl_insights_view_get_insights (fixture->view)), ==, 0);
  stack = g_ptr_array_index (cl_ui_find_widgets (GTK_WIDGET (fixture->view), GTK_TYPE_STACK), 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  pages = cl_ui_find_widgets (GTK_WIDGET (fixture->view), ADW_TYPE_STATUS_PAGE);
  g_assert_cmpuint (pages->len, ==, 1);
  g_assert_cmpstr (adw_status_page_get_title (g_ptr_array_index (pages, 0)), ==,
                   "No Applications Yet");
  g_object_unref (cl_ui_render (GTK_WIDGET (fixture->view)));
  resize (fixture, 360);
  g_object_unref (cl_ui_render (GTK_WIDGET (fixture->view)));
}

static void
test_sample (Fixture      *fixture,
             gconstpointer data)
{
  ClInsights *insights;
  GtkStack   *stack;

  generate (fixture, 60);
  open_view (fixture, 1280);
  insights = cl_insights_view_get_insights (fixture->view);
  g_assert_cmpuint (cl_insights_get_total (insights), ==, 60);
  stack = g_ptr_array_index (cl_ui_find_widgets (GTK_WIDGET (fixture->view), GTK_TYPE_STACK), 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "insights");
  {
    g_autoptr(GPtrArray) sections = section_stacks (fixture->view);

    /* With journeys, every insight has something to draw. */
    for (guint i = 0; i < sections->len; i++)
      g_assert_cmpstr (gtk_stack_get_visible_child_name (g_ptr_array_index (sections, i)), ==,
                       "chart");
    g_assert_cmpuint (cl_bar_chart_get_n_rows (CL_BAR_CHART (section_part (sections, 0, "chart"))),
                      ==, CL_FUNNEL_N_STEPS);
    g_assert_cmpuint (cl_column_chart_get_n_columns (
                        CL_COLUMN_CHART (section_part (sections, 4, "chart"))),
                      ==, CL_INSIGHTS_WEEKS);
  }
  check_rendering (fixture);

  /* A phone's width: nothing asks for more, every chart still draws. */
  resize (fixture, 360);
  check_rendering (fixture);
}

static void
test_tables (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID_BASE);

  generate (fixture, 60);
  open_view (fixture, 1280);
  check_tables (fixture);
  /* The choice is remembered for the next time. */
  g_assert_true (g_settings_get_boolean (settings, "insights-show-tables"));

  /* A narrow window lays the tables out without widening the page. */
  resize (fixture, 360);
  g_object_unref (cl_ui_render (GTK_WIDGET (fixture->view)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), ==, 360);
  g_settings_set_boolean (settings, "insights-show-tables", FALSE);
}

/* 10,000 applications: the same page, the counts in the thousands. */
static void
test_large (Fixture      *fixture,
            gconstpointer data)
{
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID_BASE);
  ClInsights *insights;

  generate (fixture, 10000);
  open_view (fixture, 1280);
  insights = cl_insights_view_get_insights (fixture->view);
  g_assert_cmpuint (cl_insights_get_total (insights), ==, 10000);
  check_rendering (fixture);
  resize (fixture, 360);
  check_rendering (fixture);

  sections = section_stacks (fixture->view);
  g_assert_cmpstr (cl_chart_table_get_cell (CL_CHART_TABLE (section_part (sections, 0, "table")),
                                            0, 0),
                   ==, "Applied");
  check_tables (fixture);
  g_settings_reset (settings, "insights-show-tables");
}

static guint
applied_count (ClInsightsView *view)
{
  ClInsights *insights = cl_insights_view_get_insights (view);

  return insights != NULL ? cl_insights_get_funnel (insights)[CL_FUNNEL_APPLIED].count : 0;
}

static gboolean
shows_one_applied (gpointer data)
{
  return applied_count (data) == 1;
}

/* The page follows the database while shown; hidden, it waits until it is
 * shown again, and then has the numbers at once. */
static void
test_follows_changes (Fixture      *fixture,
                      gconstpointer data)
{
  ClInsights *before;
  GtkStack   *stack;
  gint64      last_week;

  open_view (fixture, 1280);
  stack = g_ptr_array_index (cl_ui_find_widgets (GTK_WIDGET (fixture->view), GTK_TYPE_STACK), 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  cl_ui_add_application (fixture->base.context, "Deep Lattice", "ML Engineer", 1);
  cl_ui_wait_for (shows_one_applied, fixture->view);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "insights");

  /* Hidden: nothing is computed for the next change… */
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), FALSE);
  cl_ui_flush ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
  before = cl_insights_view_get_insights (fixture->view);
  cl_ui_add_application (fixture->base.context, "Borealis", "ML Engineer", 1);
  cl_ui_flush ();
  g_assert_true (cl_insights_view_get_insights (fixture->view) == before);

  /* …until the page is back on screen, with the numbers from the start. */
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), TRUE);
  cl_ui_wait_for (cl_ui_is_mapped, fixture->view);
  g_assert_cmpuint (applied_count (fixture->view), ==, 2);

  /* A week later, the weeks are those up to the new day. */
  last_week = cl_insights_get_activity (
                cl_insights_view_get_insights (fixture->view))[CL_INSIGHTS_WEEKS - 1]
                .week_start;
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), FALSE);
  cl_clock_advance (fixture->base.clock, 7 * 24 * 3600);
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), TRUE);
  cl_ui_wait_for (cl_ui_is_mapped, fixture->view);
  g_assert_cmpint (cl_insights_get_activity (
                     cl_insights_view_get_insights (fixture->view))[CL_INSIGHTS_WEEKS - 1]
                     .week_start,
                   ==, last_week + 7 * 24 * 3600);
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
  ADD ("/insights/empty", test_empty);
  ADD ("/insights/sample", test_sample);
  ADD ("/insights/tables", test_tables);
  ADD ("/insights/follows-changes", test_follows_changes);
  ADD ("/insights/large", test_large);
#undef ADD

  return g_test_run ();
}
