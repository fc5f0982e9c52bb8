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

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cl-application-details.h"
#include "cl-database-private.h"

#define NOW 1793523600 /* 2026-11-01 09:00 UTC */

typedef struct
{
  char          *dir;
  char          *path;
  ClContext     *context;
  ClApplication *application; /* owned by the store */
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClClock) clock = cl_clock_new_fixed (NOW);
  g_autoptr(ClApplication) application = NULL;
  ClPipelineStore *store;

  fixture->dir = g_dir_make_tmp ("careerlens-details-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "careerlens.db", NULL);
  fixture->context = cl_context_open (fixture->path, clock, &error);
  g_assert_no_error (error);

  store = cl_context_get_pipeline_store (fixture->context);
  application = cl_application_new ("Deep Lattice", "ML Engineer");
  cl_pipeline_store_add_application (store, application, 0, &error);
  g_assert_no_error (error);
  fixture->application = application;
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->context);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* The application as stored, read through a connection of its own. */
static ClApplication *
read_back (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClClock) clock = cl_clock_new_fixed (NOW);
  g_autoptr(ClContext) context = cl_context_open (fixture->path, clock, &error);
  ClApplication *application;

  g_assert_no_error (error);
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

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

static GPtrArray *
find_widgets (GtkWidget *root,
              GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_widgets (root, type, found);
  return found;
}

static gpointer
find_descendant (GtkWidget *root,
                 GType      type)
{
  g_autoptr(GPtrArray) found = find_widgets (root, type);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

/* The row (of @type) titled @title. */
static gpointer
find_row (gpointer    window,
          GType       type,
          const char *title)
{
  g_autoptr(GPtrArray) rows = find_widgets (GTK_WIDGET (window), type);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  g_error ("no row titled “%s”", title);
}

static GtkButton *
find_button (gpointer    window,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = find_widgets (GTK_WIDGET (window), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);
  g_error ("no button labelled “%s”", label);
}

/* The button that opens the job posting. */
static GtkWidget *
find_open_button (gpointer window)
{
  AdwEntryRow *row = find_row (window, ADW_TYPE_ENTRY_ROW, "Job posting address");
  g_autoptr(GPtrArray) buttons = find_widgets (GTK_WIDGET (row), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, i)), "web-browser-symbolic") == 0)
      return g_ptr_array_index (buttons, i);
  g_error ("no button opens the job posting");
}

static void
set_entry (gpointer    window,
           const char *title,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (find_row (window, ADW_TYPE_ENTRY_ROW, title)), text);
}

static void
set_rating (gpointer    window,
            const char *title,
            int         value)
{
  AdwActionRow *row = find_row (window, ADW_TYPE_ACTION_ROW, title);

  gtk_spin_button_set_value (find_descendant (GTK_WIDGET (row), GTK_TYPE_SPIN_BUTTON), value);
}

static void
select_string (gpointer    window,
               const char *title,
               const char *label)
{
  AdwComboRow *row = find_row (window, ADW_TYPE_COMBO_ROW, title);
  GListModel *model = adw_combo_row_get_model (row);
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

static GtkLabel *
find_visible_error (gpointer window)
{
  g_autoptr(GPtrArray) labels = find_widgets (GTK_WIDGET (window), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_has_css_class (label, "error") && gtk_widget_get_visible (label))
        return GTK_LABEL (label);
    }
  return NULL;
}

static ClApplicationDetails *
open_details (Fixture *fixture)
{
  ClApplicationDetails *details = cl_application_details_new (NULL, fixture->context,
                                                              fixture->application);

  gtk_window_present (GTK_WINDOW (details));
  return details;
}

/* Clicks @label as a pointer would: nothing happens when it is insensitive. */
static void
click (gpointer    window,
       const char *label)
{
  GtkButton *button = find_button (window, label);

  if (gtk_widget_is_sensitive (GTK_WIDGET (button)))
    g_signal_emit_by_name (button, "clicked");
}

static void
save (ClApplicationDetails *details)
{
  click (details, "_Save");
}

/* Tests */

static void
test_fields_shown (Fixture       *fixture,
                   gconstpointer  data)
{
  ClApplicationDetails *details;
  AdwWindowTitle *title;

  g_object_set (cl_application_get_company (fixture->application),
                "company-type", CL_COMPANY_TYPE_STARTUP, NULL);
  g_object_set (fixture->application,
                "interest", 4,
                "salary-min", (gint64) 90000,
                "job-url", "https://jobs.example.com/42",
                NULL);

  details = open_details (fixture);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (details)));

  title = find_descendant (GTK_WIDGET (details), ADW_TYPE_WINDOW_TITLE);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Deep Lattice");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (details)), ==, "Deep Lattice");

  g_assert_cmpstr (gtk_editable_get_text (find_row (details, ADW_TYPE_ENTRY_ROW, "Company")), ==, "Deep Lattice");
  g_assert_cmpstr (gtk_editable_get_text (find_row (details, ADW_TYPE_ENTRY_ROW, "Role")), ==, "ML Engineer");
  g_assert_cmpstr (gtk_editable_get_text (find_row (details, ADW_TYPE_ENTRY_ROW, "Lowest salary")), ==, "90000");
  g_assert_cmpstr (gtk_editable_get_text (find_row (details, ADW_TYPE_ENTRY_ROW, "Highest salary")), ==, "");
  g_assert_cmpuint (adw_combo_row_get_selected (find_row (details, ADW_TYPE_COMBO_ROW, "Company type")),
                    ==, CL_COMPANY_TYPE_STARTUP);
  g_assert_cmpuint (adw_combo_row_get_selected (find_row (details, ADW_TYPE_COMBO_ROW, "Stage")), ==, 0);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (
                     find_descendant (find_row (details, ADW_TYPE_ACTION_ROW, "Interest"), GTK_TYPE_SPIN_BUTTON)),
                   ==, 4);

  /* The browser button follows the address. */
  {
    AdwEntryRow *url_row = find_row (details, ADW_TYPE_ENTRY_ROW, "Job posting address");
    GtkWidget *open = find_open_button (details);

    g_assert_true (gtk_widget_get_sensitive (open));
    gtk_editable_set_text (GTK_EDITABLE (url_row), "");
    g_assert_false (gtk_widget_get_sensitive (open));
    gtk_editable_set_text (GTK_EDITABLE (url_row), "jobs.example.com");
    g_assert_false (gtk_widget_get_sensitive (open));
  }

  /* An honest empty state for the rounds. */
  find_row (details, ADW_TYPE_ACTION_ROW, "No rounds yet");

  gtk_window_destroy (GTK_WINDOW (details));
}

static void
test_accessible_names (Fixture       *fixture,
                       gconstpointer  data)
{
  ClApplicationDetails *details = open_details (fixture);
  g_autoptr(GPtrArray) spins = find_widgets (GTK_WIDGET (details), GTK_TYPE_SPIN_BUTTON);
  g_autoptr(GPtrArray) rows = find_widgets (GTK_WIDGET (details), ADW_TYPE_PREFERENCES_ROW);
  GtkWidget *open;
  GtkWidget *notes = find_descendant (GTK_WIDGET (details), GTK_TYPE_TEXT_VIEW);

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
          GtkEditable *text = gtk_editable_get_delegate (g_ptr_array_index (rows, i));

          gtk_test_accessible_assert_property (text, GTK_ACCESSIBLE_PROPERTY_LABEL, title);
        }
    }

  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (notes), GTK_ACCESSIBLE_PROPERTY_LABEL));

  /* The icon-only button says what it does. */
  open = find_open_button (details);
  gtk_test_accessible_assert_property (open, GTK_ACCESSIBLE_PROPERTY_LABEL, "Open in Browser");

  gtk_window_destroy (GTK_WINDOW (details));
}

static void
test_save (Fixture       *fixture,
           gconstpointer  data)
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
  notes = find_descendant (GTK_WIDGET (details), GTK_TYPE_TEXT_VIEW);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Team of six.\nAsk about on-call.", -1);

  /* Nothing reaches the application before Save. */
  g_assert_cmpstr (cl_application_get_company_name (fixture->application), ==, "Deep Lattice");

  g_assert_null (find_visible_error (details));
  save (details);
  g_assert_null (details); /* closed */

  stored = read_back (fixture);
  g_assert_cmpstr (cl_application_get_company_name (stored), ==, "Deep Lattice Labs");
  g_assert_cmpstr (cl_application_get_role (stored), ==, "Senior ML Engineer");
  g_assert_cmpstr (stage_name (fixture->context, cl_application_get_stage_id (stored)), ==, "Technical screen");
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
  g_assert_cmpint (cl_application_get_stage_id (fixture->application), ==, cl_application_get_stage_id (stored));
  g_assert_cmpuint (cl_application_get_position (stored), ==, 0);
}

static void
test_clearing_fields (Fixture       *fixture,
                      gconstpointer  data)
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
  g_assert_cmpint (cl_application_get_updated_at (stored), ==, NOW);
  g_assert_cmpstr (cl_application_get_company_name (fixture->application), ==, "Deep Lattice");
}

static void
expect_refused (ClApplicationDetails **details,
                const char            *field,
                const char            *message)
{
  AdwEntryRow *row = find_row (*details, ADW_TYPE_ENTRY_ROW, field);
  GtkLabel *error;

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  gtk_test_accessible_assert_state (gtk_editable_get_delegate (GTK_EDITABLE (row)),
                                    GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  error = find_visible_error (*details);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (gtk_label_get_text (error), message));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (find_button (*details, "_Save"))));

  /* Neither the button nor Ctrl+S saves. */
  save (*details);
  gtk_widget_activate_action (GTK_WIDGET (*details), "details.save", NULL);
  g_assert_nonnull (*details);
}

static void
test_invalid_kept_open (Fixture       *fixture,
                        gconstpointer  data)
{
  ClApplicationDetails *details = open_details (fixture);
  g_autofree char *long_name = NULL;

  g_object_add_weak_pointer (G_OBJECT (details), (gpointer *) &details);
  set_entry (details, "Company", "Deep Lattice Labs");

  set_entry (details, "Lowest salary", "85k");
  expect_refused (&details, "Lowest salary", "digits only");
  set_entry (details, "Lowest salary", "130000");
  set_entry (details, "Highest salary", "120000");
  expect_refused (&details, "Highest salary", "above the highest");
  set_entry (details, "Highest salary", "");
  g_assert_null (find_visible_error (details));

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
  g_assert_cmpint (sqlite3_exec (cl_database_get_handle (cl_context_get_database (fixture->context)),
                                 "PRAGMA query_only = ON", NULL, NULL, NULL), ==, SQLITE_OK);
  set_entry (details, "Job posting address", "https://jobs.example.com/42");
  set_rating (details, "Interest", 5);
  g_assert_null (find_visible_error (details));
  save (details);
  g_assert_nonnull (details);
  g_assert_cmpuint (cl_application_get_interest (fixture->application), ==, 0);
  g_assert_null (cl_application_get_job_url (fixture->application));
  g_assert_cmpstr (cl_application_get_company_name (fixture->application), ==, "Deep Lattice");
  g_assert_cmpint (sqlite3_exec (cl_database_get_handle (cl_context_get_database (fixture->context)),
                                 "PRAGMA query_only = OFF", NULL, NULL, NULL), ==, SQLITE_OK);
  assert_nothing_saved (fixture);
  g_assert_cmpstr (gtk_editable_get_text (find_row (details, ADW_TYPE_ENTRY_ROW, "Company")), ==,
                   "Deep Lattice Labs");

  gtk_window_destroy (GTK_WINDOW (details));
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  ClApplicationDetails *details = open_details (fixture);
  gint64 stage_id = cl_application_get_stage_id (fixture->application);

  g_object_add_weak_pointer (G_OBJECT (details), (gpointer *) &details);
  set_entry (details, "Company", "Somewhere Else");
  set_entry (details, "Lowest salary", "99000");
  select_string (details, "Stage", "Offer");

  click (details, "_Cancel");
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
test_rounds (Fixture       *fixture,
             gconstpointer  data)
{
  ClRoundStore *rounds = cl_context_get_round_store (fixture->context);
  g_autoptr(ClRound) coding = cl_round_new (cl_application_get_id (fixture->application), CL_ROUND_KIND_CODING);
  g_autoptr(ClRound) behavioral = cl_round_new (cl_application_get_id (fixture->application), CL_ROUND_KIND_BEHAVIORAL);
  g_autoptr(GError) error = NULL;
  ClApplicationDetails *details;
  AdwActionRow *row;

  g_object_set (coding,
                "scheduled-at", (gint64) NOW + 2 * 86400 + 5 * 3600, /* 2026-11-03 14:00 UTC */
                "status", CL_ROUND_STATUS_SCHEDULED,
                NULL);
  cl_round_store_add_round (rounds, coding, &error);
  g_assert_no_error (error);

  details = open_details (fixture);
  row = find_row (details, ADW_TYPE_ACTION_ROW, "Coding");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Tue 3 Nov 2026, 14:00 · Scheduled");

  /* The list follows the store while the window is open. */
  g_object_set (behavioral, "title", "Values & culture", NULL);
  cl_round_store_add_round (rounds, behavioral, &error);
  g_assert_no_error (error);
  row = find_row (details, ADW_TYPE_ACTION_ROW, "Values & culture");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Behavioral · Not scheduled yet · Planned");
  find_row (details, ADW_TYPE_ACTION_ROW, "Coding");

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
  ADD ("rounds", test_rounds);
#undef ADD

  return g_test_run ();
}
