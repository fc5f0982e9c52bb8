/* test-application-details.c — the details window edits and saves an application
 *
 * Drives the window through its widgets against a temporary database and
 * reads the result back through a second connection.  Exits 77 (skipped)
 * only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-application-details"

#include "config.h"

#include <string.h>

#include "cl-application-details.h"
#include "cl-ui-test-util.h"

typedef struct
{
  ClTestFixture  base;
  ClApplication *application; /* owned by the store */
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->application = cl_ui_add_application (fixture->base.context, "Deep Lattice",
                                                "ML Engineer", 0);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  cl_test_fixture_teardown (&fixture->base);
}

/* The application as stored, read through a connection of its own. */
static ClApplication *
read_back (Fixture *fixture)
{
  g_autoptr(ClContext) context = cl_test_fixture_reload (&fixture->base);
  ClApplication *application;

  application = cl_pipeline_store_find_application (cl_context_get_pipeline_store (context),
                                                    cl_application_get_id (fixture->application));
  g_assert_nonnull (application);
  return g_object_ref (application);
}

static const char *
stage_name (ClContext *context,
            gint64     stage_id)
{
  ClStage *stage = cl_pipeline_store_find_stage (cl_context_get_pipeline_store (context), stage_id);

  g_assert_nonnull (stage);
  return cl_stage_get_name (stage);
}

/* Walking the widget tree */

/* The button that opens the job posting. */
static GtkWidget *
find_open_button (gpointer window)
{
  AdwEntryRow *row = cl_ui_find_row (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW,
                                     "Job posting address");

  return GTK_WIDGET (cl_ui_find_icon_button (GTK_WIDGET (row), "web-browser-symbolic"));
}

static const char *
get_entry (gpointer    window,
           const char *title)
{
  return gtk_editable_get_text (cl_ui_find_row (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, title));
}

static void
set_entry (gpointer    window,
           const char *title,
           const char *text)
{
  gtk_editable_set_text (cl_ui_find_row (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, title), text);
}

static void
set_rating (gpointer    window,
            const char *title,
            int         value)
{
  AdwActionRow *row = cl_ui_find_row (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, title);

  gtk_spin_button_set_value (cl_ui_find_widget (GTK_WIDGET (row), GTK_TYPE_SPIN_BUTTON), value);
}

static void
select_string (gpointer    window,
               const char *title,
               const char *label)
{
  AdwComboRow   *row = cl_ui_find_row (GTK_WIDGET (window), ADW_TYPE_COMBO_ROW, title);
  GListModel    *model = adw_combo_row_get_model (row);
  GtkExpression *expression = adw_combo_row_get_expression (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_auto(GValue) value = G_VALUE_INIT;
      const char *text;

      if (expression != NULL)
        {
          g_assert_true (gtk_expression_evaluate (expression, item, &value));
          text = g_value_get_string (&value);
        }
      else
        {
          text = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
        }
      if (g_strcmp0 (text, label) == 0)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  g_error ("“%s” has no choice “%s”", title, label);
}

static ClApplicationDetails *
open_details (Fixture *fixture)
{
  ClApplicationDetails *details = cl_application_details_new (NULL, fixture->base.context,
                                                              fixture->application);

  gtk_window_present (GTK_WINDOW (details));
  return details;
}

static void
save (ClApplicationDetails *details)
{
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (details), "_Save"));
}

/* Tests */

/* Before: Save sent the stage shown when the window opened, so a card moved
 * on the board meanwhile went back to its old stage. */
static void
test_moved_meanwhile (Fixture      *fixture,
                      gconstpointer data)
{
  ClPipelineStore      *store = cl_context_get_pipeline_store (fixture->base.context);
  gint64                applied = cl_stage_get_id (cl_ui_get_stage (fixture->base.context, 1));
  ClApplicationDetails *details = open_details (fixture);
  g_autoptr(ClApplication) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_pipeline_store_move_application (store, fixture->application, applied, 0,
                                                     NULL, &error));
  g_assert_no_error (error);
  set_entry (details, "Role", "Staff ML Engineer");
  save (details);

  stored = read_back (fixture);
  g_assert_cmpstr (cl_application_get_role (stored), ==, "Staff ML Engineer");
  g_assert_cmpint (cl_application_get_stage_id (stored), ==, applied);
  g_assert_cmpint (cl_application_get_stage_id (fixture->application), ==, applied);
}

static void
test_fields_shown (Fixture      *fixture,
                   gconstpointer data)
{
  ClApplicationDetails *details;
  GtkWidget            *window;
  AdwWindowTitle       *title;

  g_object_set (cl_application_get_company (fixture->application),
                "company-type", CL_COMPANY_TYPE_STARTUP, NULL);
  g_object_set (fixture->application,
                "interest", 4,
                "salary-min", (gint64) 90000,
                "job-url", "https://jobs.example.com/42",
                NULL);

  details = open_details (fixture);
  window = GTK_WIDGET (details);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (details)));

  title = cl_ui_find_widget (GTK_WIDGET (details), ADW_TYPE_WINDOW_TITLE);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Deep Lattice");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (details)), ==, "Deep Lattice");

  g_assert_cmpstr (get_entry (details, "Company"), ==, "Deep Lattice");
  g_assert_cmpstr (get_entry (details, "Role"), ==, "ML Engineer");
  g_assert_cmpstr (get_entry (details, "Lowest salary"), ==, "90000");
  g_assert_cmpstr (get_entry (details, "Highest salary"), ==, "");
  g_assert_cmpuint (adw_combo_row_get_selected (cl_ui_find_row (window, ADW_TYPE_COMBO_ROW,
                                                                "Company type")),
                    ==, CL_COMPANY_TYPE_STARTUP);
  g_assert_cmpuint (adw_combo_row_get_selected (cl_ui_find_row (window, ADW_TYPE_COMBO_ROW,
                                                                "Stage")),
                    ==, 0);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (
                     cl_ui_find_widget (cl_ui_find_row (window, ADW_TYPE_ACTION_ROW, "Interest"),
                                        GTK_TYPE_SPIN_BUTTON)),
                   ==, 4);

  /* The browser button follows the address. */
  {
    AdwEntryRow *url_row = cl_ui_find_row (window, ADW_TYPE_ENTRY_ROW, "Job posting address");
    GtkWidget   *open = find_open_button (details);

    g_assert_true (gtk_widget_get_sensitive (open));
    gtk_editable_set_text (GTK_EDITABLE (url_row), "");
    g_assert_false (gtk_widget_get_sensitive (open));
    gtk_editable_set_text (GTK_EDITABLE (url_row), "jobs.example.com");
    g_assert_false (gtk_widget_get_sensitive (open));
  }

  /* An honest empty state for the rounds. */
  cl_ui_find_row (window, ADW_TYPE_ACTION_ROW, "No rounds yet");

  gtk_window_destroy (GTK_WINDOW (details));
}

static void
test_accessible_names (Fixture      *fixture,
                       gconstpointer data)
{
  ClApplicationDetails *details = open_details (fixture);
  g_autoptr(GPtrArray) spins = cl_ui_find_widgets (GTK_WIDGET (details), GTK_TYPE_SPIN_BUTTON);
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (details), ADW_TYPE_PREFERENCES_ROW);
  GtkWidget *open;
  GtkWidget *notes = cl_ui_find_widget (GTK_WIDGET (details), GTK_TYPE_TEXT_VIEW);

  g_assert_cmpuint (spins->len, ==, 3);
  for (guint i = 0; i < spins->len; i++)
    g_assert_true (gtk_test_accessible_has_property (g_ptr_array_index (spins, i),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL));
  gtk_test_accessible_assert_property (g_ptr_array_index (spins, 0),
                                       GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, "Not rated");

  /* Rows are named by their titles, and so is the text field of an entry row. */
  for (guint i = 0; i < rows->len; i++)
    {
      const char *title = adw_preferences_row_get_title (g_ptr_array_index (rows, i));

      g_assert_true (title != NULL && *title != '\0');
      if (ADW_IS_ENTRY_ROW (g_ptr_array_index (rows, i)))
        {
          GtkAccessible *text = cl_ui_row_text (g_ptr_array_index (rows, i));

          gtk_test_accessible_assert_property (text, GTK_ACCESSIBLE_PROPERTY_LABEL, title);
        }
    }

  g_assert_true (
    gtk_test_accessible_has_property (GTK_ACCESSIBLE (notes), GTK_ACCESSIBLE_PROPERTY_LABEL));

  /* The icon-only button says what it does. */
  open = find_open_button (details);
  gtk_test_accessible_assert_property (open, GTK_ACCESSIBLE_PROPERTY_LABEL, "Open in Browser");

  gtk_window_destroy (GTK_WINDOW (details));
}

static void
test_save (Fixture      *fixture,
           gconstpointer data)
{
  ClApplicationDetails *details = open_details (fixture);
  g_autoptr(ClApplication) stored = NULL;
  GtkTextView *notes;

  g_object_add_weak_pointer (G_OBJECT (details), (gpointer *) &details);

  set_entry (details, "Company", "  Deep Lattice Labs ");
  set_entry (details, "Role", "Senior ML Engineer");
  select_string (details, "Stage", "Technical screen");
  select_string (details, "Company type", "Big tech");
  select_string (details, "Source", "Referral");
  set_entry (details, "Posted level", "L4");
  set_entry (details, "Target level", "L5");
  set_rating (details, "Interest", 4);
  set_rating (details, "Career fit", 5);
  set_rating (details, "Gut feeling", 2);
  set_entry (details, "Career notes", "Moves me towards ranking");
  set_entry (details, "Job posting address", "https://jobs.example.com/42");
  set_entry (details, "Location or remote", "Remote (EU)");
  set_entry (details, "Lowest salary", "85 000");
  set_entry (details, "Highest salary", "120000");
  set_entry (details, "Currency (such as EUR or USD)", "eur");
  notes = cl_ui_find_widget (GTK_WIDGET (details), GTK_TYPE_TEXT_VIEW);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Team of six.\nAsk about on-call.",
                            -1);

  /* Nothing reaches the application before Save. */
  g_assert_cmpstr (cl_application_get_company_name (fixture->application), ==, "Deep Lattice");

  g_assert_null (cl_ui_find_shown_label (GTK_WIDGET (details), "error"));
  save (details);
  g_assert_null (details); /* closed */

  stored = read_back (fixture);
  g_assert_cmpstr (cl_application_get_company_name (stored), ==, "Deep Lattice Labs");
  g_assert_cmpstr (cl_application_get_role (stored), ==, "Senior ML Engineer");
  g_assert_cmpstr (stage_name (fixture->base.context, cl_application_get_stage_id (stored)),
                   ==, "Technical screen");
  g_assert_cmpint (cl_application_get_company_type (stored), ==, CL_COMPANY_TYPE_BIG_TECH);
  g_assert_cmpint (cl_application_get_source (stored), ==, CL_APPLICATION_SOURCE_REFERRAL);
  g_assert_cmpstr (cl_application_get_posted_level (stored), ==, "L4");
  g_assert_cmpstr (cl_application_get_target_level (stored), ==, "L5");
  g_assert_cmpuint (cl_application_get_interest (stored), ==, 4);
  g_assert_cmpuint (cl_application_get_career_fit (stored), ==, 5);
  g_assert_cmpuint (cl_application_get_gut_feeling (stored), ==, 2);
  g_assert_cmpstr (cl_application_get_career_notes (stored), ==, "Moves me towards ranking");
  g_assert_cmpstr (cl_application_get_job_url (stored), ==, "https://jobs.example.com/42");
  g_assert_cmpstr (cl_application_get_location (stored), ==, "Remote (EU)");
  g_assert_cmpint (cl_application_get_salary_min (stored), ==, 85000);
  g_assert_cmpint (cl_application_get_salary_max (stored), ==, 120000);
  g_assert_cmpstr (cl_application_get_salary_currency (stored), ==, "EUR");
  g_assert_cmpstr (cl_application_get_notes (stored), ==, "Team of six.\nAsk about on-call.");

  /* The board's object follows, at the end of its new column. */
  g_assert_cmpstr (cl_application_get_company_name (fixture->application), ==, "Deep Lattice Labs");
  g_assert_cmpint (cl_application_get_stage_id (fixture->application), ==,
                   cl_application_get_stage_id (stored));
  g_assert_cmpuint (cl_application_get_position (stored), ==, 0);
}

static void
test_clearing_fields (Fixture      *fixture,
                      gconstpointer data)
{
  ClApplicationDetails *details;
  g_autoptr(ClApplication) stored = NULL;

  g_object_set (fixture->application,
                "location", "Berlin",
                "salary-min", (gint64) 50000,
                "interest", 3,
                NULL);
  details = open_details (fixture);
  g_object_add_weak_pointer (G_OBJECT (details), (gpointer *) &details);

  set_entry (details, "Location or remote", "   ");
  set_entry (details, "Lowest salary", "");
  set_rating (details, "Interest", 0);
  save (details);
  g_assert_null (details);

  stored = read_back (fixture);
  g_assert_null (cl_application_get_location (stored));
  g_assert_cmpint (cl_application_get_salary_min (stored), ==, -1);
  g_assert_cmpuint (cl_application_get_interest (stored), ==, 0);
}

static void
assert_nothing_saved (Fixture *fixture)
{
  g_autoptr(ClApplication) stored = read_back (fixture);

  g_assert_cmpstr (cl_application_get_company_name (stored), ==, "Deep Lattice");
  g_assert_cmpint (cl_application_get_salary_min (stored), ==, -1);
  g_assert_null (cl_application_get_job_url (stored));
  g_assert_cmpint (cl_application_get_updated_at (stored), ==, CL_TEST_NOW);
  g_assert_cmpstr (cl_application_get_company_name (fixture->application), ==, "Deep Lattice");
}

static void
expect_refused (ClApplicationDetails **details,
                const char            *field,
                const char            *message)
{
  AdwEntryRow *row = cl_ui_find_row (GTK_WIDGET (*details), ADW_TYPE_ENTRY_ROW, field);
  GtkButton   *save_button = cl_ui_find_button (GTK_WIDGET (*details), "_Save");
  GtkLabel    *error;

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  gtk_test_accessible_assert_state (cl_ui_row_text (row),
                                    GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  error = cl_ui_find_shown_label (GTK_WIDGET (*details), "error");
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (gtk_label_get_text (error), message));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (save_button)));

  /* Neither the button nor Ctrl+S saves. */
  save (*details);
  gtk_widget_activate_action (GTK_WIDGET (*details), "details.save", NULL);
  g_assert_nonnull (*details);
}

static void
test_invalid_kept_open (Fixture      *fixture,
                        gconstpointer data)
{
  ClApplicationDetails *details = open_details (fixture);
  g_autofree char      *long_name = NULL;

  g_object_add_weak_pointer (G_OBJECT (details), (gpointer *) &details);
  set_entry (details, "Company", "Deep Lattice Labs");

  set_entry (details, "Lowest salary", "85k");
  expect_refused (&details, "Lowest salary", "digits only");
  set_entry (details, "Lowest salary", "130000");
  set_entry (details, "Highest salary", "120000");
  expect_refused (&details, "Highest salary", "above the highest");
  set_entry (details, "Highest salary", "");
  g_assert_null (cl_ui_find_shown_label (GTK_WIDGET (details), "error"));

  set_entry (details, "Job posting address", "jobs.example.com/42");
  expect_refused (&details, "Job posting address", "https://");
  set_entry (details, "Job posting address", "");

  set_entry (details, "Currency (such as EUR or USD)", "euro");
  expect_refused (&details, "Currency (such as EUR or USD)", "three-letter");
  set_entry (details, "Currency (such as EUR or USD)", "");

  set_entry (details, "Company", " ");
  expect_refused (&details, "Company", "company’s name");

  assert_nothing_saved (fixture);

  /* The model's rules are the form's: too long a name is said at once. */
  long_name = g_strnfill (250, 'x');
  set_entry (details, "Company", long_name);
  expect_refused (&details, "Company", "at most 200");
  set_entry (details, "Company", "Deep Lattice Labs");

  /* What only the store refuses (the file became read-only): the window stays
   * open, the application keeps its values and the window says why. */
  cl_test_set_read_only (cl_context_get_database (fixture->base.context));
  set_entry (details, "Job posting address", "https://jobs.example.com/42");
  set_rating (details, "Interest", 5);
  g_assert_null (cl_ui_find_shown_label (GTK_WIDGET (details), "error"));
  save (details);
  g_assert_nonnull (details);
  g_assert_cmpuint (cl_application_get_interest (fixture->application), ==, 0);
  g_assert_null (cl_application_get_job_url (fixture->application));
  g_assert_cmpstr (cl_application_get_company_name (fixture->application), ==, "Deep Lattice");
  cl_test_heal (cl_context_get_database (fixture->base.context));
  assert_nothing_saved (fixture);
  g_assert_cmpstr (get_entry (details, "Company"), ==, "Deep Lattice Labs");

  gtk_window_destroy (GTK_WINDOW (details));
}

static void
test_cancel (Fixture      *fixture,
             gconstpointer data)
{
  ClApplicationDetails *details = open_details (fixture);
  gint64                stage_id = cl_application_get_stage_id (fixture->application);

  g_object_add_weak_pointer (G_OBJECT (details), (gpointer *) &details);
  set_entry (details, "Company", "Somewhere Else");
  set_entry (details, "Lowest salary", "99000");
  select_string (details, "Stage", "Offer");

  cl_ui_click (cl_ui_find_button (GTK_WIDGET (details), "_Cancel"));
  g_assert_null (details);

  assert_nothing_saved (fixture);
  g_assert_cmpint (cl_application_get_stage_id (fixture->application), ==, stage_id);

  /* Escape closes without saving too. */
  details = open_details (fixture);
  g_object_add_weak_pointer (G_OBJECT (details), (gpointer *) &details);
  set_entry (details, "Company", "Somewhere Else");
  gtk_widget_activate_action (GTK_WIDGET (details), "window.close", NULL);
  g_assert_null (details);
  assert_nothing_saved (fixture);
}

static void
test_rounds (Fixture      *fixture,
             gconstpointer data)
{
  ClRoundStore *rounds = cl_context_get_round_store (fixture->base.context);
  g_autoptr(ClRound) coding =
               cl_round_new (cl_application_get_id (fixture->application), CL_ROUND_KIND_CODING);
  g_autoptr(ClRound) behavioral = cl_round_new (cl_application_get_id (fixture->application),
                                                 CL_ROUND_KIND_BEHAVIORAL);
  g_autoptr(GError) error = NULL;
  ClApplicationDetails *details;
  AdwActionRow         *row;

  g_object_set (coding,
                "scheduled-at", CL_TEST_NOW + 2 * 86400 + 5 * 3600, /* 2026-11-03 14:00 UTC */
                "status", CL_ROUND_STATUS_SCHEDULED,
                NULL);
  cl_round_store_add_round (rounds, coding, &error);
  g_assert_no_error (error);

  details = open_details (fixture);
  row = cl_ui_find_row (GTK_WIDGET (details), ADW_TYPE_ACTION_ROW, "Coding");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Tue 3 Nov 2026, 14:00 · Scheduled");

  /* The list follows the store while the window is open. */
  g_object_set (behavioral, "title", "Values & culture", NULL);
  cl_round_store_add_round (rounds, behavioral, &error);
  g_assert_no_error (error);
  row = cl_ui_find_row (GTK_WIDGET (details), ADW_TYPE_ACTION_ROW, "Values & culture");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "Behavioral · Not scheduled yet · Planned");
  cl_ui_find_row (GTK_WIDGET (details), ADW_TYPE_ACTION_ROW, "Coding");

  gtk_window_destroy (GTK_WINDOW (details));
}

int
main (int   argc,
      char *argv[])
{
  /* The checks read English dates and labels. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    return 77;
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/ui/application-details/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("fields", test_fields_shown);
  ADD ("accessible-names", test_accessible_names);
  ADD ("save", test_save);
  ADD ("clear", test_clearing_fields);
  ADD ("invalid", test_invalid_kept_open);
  ADD ("cancel", test_cancel);
  ADD ("moved-meanwhile", test_moved_meanwhile);
  ADD ("rounds", test_rounds);
#undef ADD

  return g_test_run ();
}
