/* test-application-page.c — the application page saves each field as it is left
 *
 * Drives the page through its widgets against a temporary database and
 * reads the result back through a second connection.  Saves that wait for
 * the pause after typing are waited for, never slept on.  Exits 77
 * (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-application-page"

#include "config.h"

#include <string.h>

#include "cl-application-page.h"
#include "cl-application-section.h"
#include "cl-rating-row.h"
#include "cl-ui-test-util.h"

typedef struct
{
  ClTestFixture      base;
  ClApplication     *application; /* owned by the store */
  ClApplicationPage *page;
  char              *unsaved; /* what ::unsaved said */
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
  if (fixture->page != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->page));
  g_assert_null (fixture->page);
  g_free (fixture->unsaved);
  cl_test_fixture_teardown (&fixture->base);
}

static void
unsaved_cb (ClApplicationPage *page,
            const char        *message,
            Fixture           *fixture)
{
  g_free (fixture->unsaved);
  fixture->unsaved = g_strdup (message);
}

static ClApplicationPage *
open_page (Fixture *fixture)
{
  fixture->page = cl_application_page_new (NULL, fixture->base.context, fixture->application);
  g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
  g_signal_connect (fixture->page, "unsaved", G_CALLBACK (unsaved_cb), fixture);
  gtk_window_present (GTK_WINDOW (fixture->page));
  cl_ui_wait_for (cl_ui_is_mapped, fixture->page);
  return fixture->page;
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

static gpointer
find_row (Fixture    *fixture,
          GType       type,
          const char *title)
{
  return cl_ui_find_row (GTK_WIDGET (fixture->page), type, title);
}

static void
type_into (Fixture    *fixture,
           const char *title,
           const char *text)
{
  AdwEntryRow *row = find_row (fixture, ADW_TYPE_ENTRY_ROW, title);

  gtk_widget_grab_focus (GTK_WIDGET (cl_ui_row_text (row)));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Moves the keyboard focus away from any field, as Tab out of it would. */
static void
leave_field (Fixture *fixture)
{
  GtkWidget *header = cl_ui_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_HEADER_BAR);
  GtkWidget *menu = cl_ui_find_widget (header, GTK_TYPE_MENU_BUTTON);

  gtk_widget_grab_focus (menu);
  cl_ui_flush ();
}

/* The message shown beside @row when it is wrong, or NULL. */
static const char *
shown_message (gpointer row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (GTK_WIDGET (row));

  if (next == NULL || !GTK_IS_LIST_BOX_ROW (next) || ADW_IS_PREFERENCES_ROW (next) ||
      !gtk_widget_get_visible (next))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (next))));
}

static gboolean
role_is (gpointer data)
{
  Fixture *fixture = data;

  return g_strcmp0 (cl_application_get_role (fixture->application), "Staff ML Engineer") == 0;
}

/* Tests */

static void
test_fields_shown (Fixture      *fixture,
                   gconstpointer data)
{
  ClApplicationPage *page;
  AdwWindowTitle    *title;

  g_object_set (fixture->application,
                "interest", 4,
                "salary-min", (gint64) 90000,
                "job-url", "https://jobs.example.com/42",
                NULL);
  page = open_page (fixture);

  title = cl_ui_find_widget (GTK_WIDGET (page), ADW_TYPE_WINDOW_TITLE);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "ML Engineer");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Deep Lattice");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (page)), ==, "ML Engineer at Deep Lattice");

  g_assert_cmpstr (gtk_editable_get_text (find_row (fixture, ADW_TYPE_ENTRY_ROW, "Company")), ==,
                   "Deep Lattice");
  g_assert_cmpstr (gtk_editable_get_text (find_row (fixture, ADW_TYPE_ENTRY_ROW, "Role")), ==,
                   "ML Engineer");
  g_assert_cmpstr (gtk_editable_get_text (find_row (fixture, ADW_TYPE_ENTRY_ROW,
                                                    "Lowest salary")),
                   ==, "90000");
  g_assert_cmpuint (cl_rating_row_get_value (find_row (fixture, CL_TYPE_RATING_ROW, "Interest")),
                    ==, 4);
  g_assert_cmpuint (adw_combo_row_get_selected (find_row (fixture, ADW_TYPE_COMBO_ROW, "Stage")),
                    ==, 0);

  /* Every listed red flag is offered, and the history has its first step. */
  g_assert_nonnull (find_row (fixture, ADW_TYPE_ACTION_ROW, "High turnover"));
  g_assert_nonnull (find_row (fixture, ADW_TYPE_ACTION_ROW, "Added to Wishlist"));
}

static void
test_saved_after_leaving (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr(ClApplication) stored = NULL;

  open_page (fixture);
  type_into (fixture, "Role", "Staff ML Engineer");
  /* Nothing before the user is done with the field… */
  g_assert_cmpstr (cl_application_get_role (fixture->application), ==, "ML Engineer");
  /* …then at once, in the store and so on the card. */
  leave_field (fixture);
  cl_ui_wait_for (role_is, fixture);

  stored = read_back (fixture);
  g_assert_cmpstr (cl_application_get_role (stored), ==, "Staff ML Engineer");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->page)), ==,
                   "Staff ML Engineer at Deep Lattice");
}

static void
test_saved_after_pause (Fixture      *fixture,
                        gconstpointer data)
{
  g_autoptr(ClApplication) stored = NULL;

  open_page (fixture);
  type_into (fixture, "Role", "Staff ML Engineer");
  /* Typing, then nothing: saved after the pause, the focus still there. */
  cl_ui_wait_for (role_is, fixture);
  stored = read_back (fixture);
  g_assert_cmpstr (cl_application_get_role (stored), ==, "Staff ML Engineer");
}

static void
test_saved_on_enter (Fixture      *fixture,
                     gconstpointer data)
{
  AdwEntryRow *row;

  open_page (fixture);
  type_into (fixture, "Location", "  Berlin ");
  row = find_row (fixture, ADW_TYPE_ENTRY_ROW, "Location");
  g_signal_emit_by_name (row, "entry-activated");
  /* At once, trimmed, and the field shows what was saved. */
  g_assert_cmpstr (cl_application_get_location (fixture->application), ==, "Berlin");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Berlin");
}

static void
test_invalid_not_saved (Fixture      *fixture,
                        gconstpointer data)
{
  AdwEntryRow          *row;
  ClApplicationSection *overview;
  g_autoptr(ClApplication) stored = NULL;

  open_page (fixture);
  row = find_row (fixture, ADW_TYPE_ENTRY_ROW, "Role");
  overview = CL_APPLICATION_SECTION (gtk_widget_get_ancestor (GTK_WIDGET (row),
                                                              CL_TYPE_APPLICATION_SECTION));
  g_assert_true (cl_application_section_get_valid (overview));

  type_into (fixture, "Role", "   ");
  leave_field (fixture);

  /* Marked, said beside the field, told to screen readers, not saved. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpstr (shown_message (row), ==, "Enter the role you are applying for.");
  gtk_test_accessible_assert_state (cl_ui_row_text (row), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  g_assert_false (cl_application_section_get_valid (overview));
  g_assert_cmpstr (cl_application_get_role (fixture->application), ==, "ML Engineer");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "   ");

  /* A salary in words, and a range upside down. */
  type_into (fixture, "Lowest salary", "85k");
  leave_field (fixture);
  g_assert_nonnull (strstr (shown_message (find_row (fixture, ADW_TYPE_ENTRY_ROW,
                                                     "Lowest salary")),
                            "digits only"));
  type_into (fixture, "Lowest salary", "130000");
  leave_field (fixture);
  type_into (fixture, "Highest salary", "120000");
  leave_field (fixture);
  g_assert_nonnull (strstr (shown_message (find_row (fixture, ADW_TYPE_ENTRY_ROW,
                                                     "Highest salary")),
                            "above the highest"));
  g_assert_cmpint (cl_application_get_salary_max (fixture->application), ==, -1);
  /* Raising the lowest bound's partner later saves the refused one too. */
  type_into (fixture, "Lowest salary", "100000");
  leave_field (fixture);
  g_assert_cmpint (cl_application_get_salary_min (fixture->application), ==, 100000);
  g_assert_cmpint (cl_application_get_salary_max (fixture->application), ==, 120000);
  g_assert_null (shown_message (find_row (fixture, ADW_TYPE_ENTRY_ROW, "Highest salary")));

  /* A day that does not exist. */
  type_into (fixture, "Deadline (year-month-day)", "2026-02-30");
  leave_field (fixture);
  g_assert_nonnull (strstr (shown_message (find_row (fixture, ADW_TYPE_ENTRY_ROW,
                                                     "Deadline (year-month-day)")),
                            "2026-03-14"));
  g_assert_cmpint (cl_application_get_deadline (fixture->application), ==, 0);

  /* Correcting the role clears its mark and saves it. */
  type_into (fixture, "Role", "Staff ML Engineer");
  leave_field (fixture);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_null (shown_message (row));
  stored = read_back (fixture);
  g_assert_cmpstr (cl_application_get_role (stored), ==, "Staff ML Engineer");
  g_assert_cmpint (cl_application_get_deadline (stored), ==, 0);
}

static void
test_leaving_keeps_last_valid (Fixture      *fixture,
                               gconstpointer data)
{
  g_autoptr(ClApplication) stored = NULL;

  open_page (fixture);
  type_into (fixture, "Role", "");
  /* Closed while the text still waits for the pause: flushed, refused,
   * and said. */
  gtk_window_close (GTK_WINDOW (fixture->page));
  g_assert_null (fixture->page);
  g_assert_cmpstr (fixture->unsaved, ==, "The role was left empty, so it stays “ML Engineer”.");

  stored = read_back (fixture);
  g_assert_cmpstr (cl_application_get_role (stored), ==, "ML Engineer");

  /* Valid text waiting for the pause is saved on closing, and nothing said. */
  g_clear_pointer (&fixture->unsaved, g_free);
  open_page (fixture);
  type_into (fixture, "Role", "Staff ML Engineer");
  gtk_window_close (GTK_WINDOW (fixture->page));
  g_assert_null (fixture->unsaved);
  g_assert_cmpstr (cl_application_get_role (fixture->application), ==, "Staff ML Engineer");
}

static gboolean
stage_row_shows_offer (gpointer data)
{
  Fixture *fixture = data;
  guint    selected = adw_combo_row_get_selected (find_row (fixture, ADW_TYPE_COMBO_ROW, "Stage"));
  ClStage *offer = cl_ui_get_stage (fixture->base.context, 5);

  return selected == 5 && cl_application_get_stage_id (fixture->application) ==
                            cl_stage_get_id (offer);
}

static void
test_stage_moves_card (Fixture      *fixture,
                       gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  ClApplication   *other = cl_ui_add_application (fixture->base.context, "Borealis", "MLE", 2);
  ClStage         *screen = cl_ui_get_stage (fixture->base.context, 2);
  GListModel      *column = cl_pipeline_store_get_stage_applications (store,
                                                                      cl_stage_get_id (screen));
  g_autoptr(ClApplication) moved = NULL;
  g_autoptr(GError) error = NULL;

  open_page (fixture);
  adw_combo_row_set_selected (find_row (fixture, ADW_TYPE_COMBO_ROW, "Stage"), 2);

  /* At the end of its new column, with a step in the history. */
  g_assert_cmpint (cl_application_get_stage_id (fixture->application), ==,
                   cl_stage_get_id (screen));
  g_assert_cmpuint (g_list_model_get_n_items (column), ==, 2);
  moved = g_list_model_get_item (column, 1);
  g_assert_true (moved == fixture->application);
  g_assert_true (other != moved);
  find_row (fixture, ADW_TYPE_ACTION_ROW, "Wishlist → Recruiter screen");

  /* Moved on the board meanwhile: the page follows. */
  g_assert_true (cl_pipeline_store_move_application (store, fixture->application,
                                                     cl_stage_get_id (cl_ui_get_stage (
                                                       fixture->base.context, 5)),
                                                     0, NULL, &error));
  g_assert_no_error (error);
  cl_ui_wait_for (stage_row_shows_offer, fixture);
}

static gboolean
has_one_red_flag (gpointer data)
{
  Fixture *fixture = data;

  return cl_application_get_red_flag_count (fixture->application) == 1;
}

static gboolean
has_no_red_flag (gpointer data)
{
  Fixture *fixture = data;

  return cl_application_get_red_flag_count (fixture->application) == 0;
}

static void
test_red_flag_counted (Fixture      *fixture,
                       gconstpointer data)
{
  AdwActionRow    *row;
  GtkCheckButton  *check;
  AdwEntryRow     *note;
  AdwEntryRow     *own;
  g_autofree char *note_text = NULL;

  open_page (fixture);
  row = find_row (fixture, ADW_TYPE_ACTION_ROW, "High turnover");
  check = cl_ui_find_widget (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON);
  gtk_test_accessible_assert_property (check, GTK_ACCESSIBLE_PROPERTY_LABEL, "High turnover");
  note = find_row (fixture, ADW_TYPE_ENTRY_ROW, "Note on “High turnover”");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (note)));

  gtk_check_button_set_active (check, TRUE);
  /* The card's count follows the store. */
  cl_ui_wait_for (has_one_red_flag, fixture);

  /* Checked, it takes a note, saved as it is left; the rows stay. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (note)));
  gtk_widget_grab_focus (GTK_WIDGET (cl_ui_row_text (note)));
  gtk_editable_set_text (GTK_EDITABLE (note), "Three managers in a year");
  leave_field (fixture);
  g_assert_true (find_row (fixture, ADW_TYPE_ENTRY_ROW, "Note on “High turnover”") == note);
  g_assert_true (gtk_check_button_get_active (check));
  note_text = cl_test_query_text (fixture->base.database,
                                  "SELECT note FROM red_flags WHERE kind = 'turnover'");
  g_assert_cmpstr (note_text, ==, "Three managers in a year\n");

  gtk_check_button_set_active (check, FALSE);
  cl_ui_wait_for (has_no_red_flag, fixture);

  /* A flag of one's own. */
  own = find_row (fixture, ADW_TYPE_ENTRY_ROW, "A flag of your own");
  gtk_editable_set_text (GTK_EDITABLE (own), "On-call every other week");
  g_signal_emit_by_name (own, "entry-activated");
  cl_ui_wait_for (has_one_red_flag, fixture);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (own)), ==, "");
  row = find_row (fixture, ADW_TYPE_ACTION_ROW, "On-call every other week");
  cl_ui_click (cl_ui_find_icon_button (GTK_WIDGET (row), "user-trash-symbolic"));
  cl_ui_wait_for (has_no_red_flag, fixture);
}

static void
test_description_as_pasted (Fixture      *fixture,
                            gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  const char      *pasted = "  About us\n\n\tWe rank things.  \n";
  GtkTextView     *view = NULL;
  g_autoptr(GPtrArray) views = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(GError) error = NULL;

  open_page (fixture);
  views = cl_ui_find_widgets (GTK_WIDGET (fixture->page), GTK_TYPE_TEXT_VIEW);
  for (guint i = 0; i < views->len; i++)
    if (gtk_test_accessible_has_property (g_ptr_array_index (views, i),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL))
      {
        GtkTextView *candidate = g_ptr_array_index (views, i);
        GtkWidget   *frame = gtk_widget_get_parent (GTK_WIDGET (candidate));
        GtkWidget   *heading = gtk_widget_get_prev_sibling (gtk_widget_get_prev_sibling (frame));

        if (GTK_IS_LABEL (heading) &&
            g_str_equal (gtk_label_get_text (GTK_LABEL (heading)), "Job description"))
          view = candidate;
      }
  g_assert_nonnull (view);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), pasted, -1);
  cl_application_page_flush (fixture->page);
  stored = cl_pipeline_store_get_description (store, fixture->application, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, pasted);
}

static void
test_archive (Fixture      *fixture,
              gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  gint64           id = cl_application_get_id (fixture->application);
  GtkInfoBar      *bar;

  open_page (fixture);
  bar = cl_ui_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_INFO_BAR);
  g_assert_false (gtk_info_bar_get_revealed (bar));

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "page.archive", NULL);
  g_assert_null (cl_pipeline_store_find_application (store, id));
  g_assert_true (gtk_info_bar_get_revealed (bar));

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "page.unarchive", NULL);
  g_assert_nonnull (cl_pipeline_store_find_application (store, id));
  g_assert_false (gtk_info_bar_get_revealed (bar));

  /* Archived on the board meanwhile, the page says so. */
  g_assert_true (cl_pipeline_store_archive_application (
    store, cl_pipeline_store_find_application (store, id), NULL));
  g_assert_true (gtk_info_bar_get_revealed (bar));
}

static void
deleted_cb (ClApplicationPage *page,
            ClApplication     *application,
            ClDeletion        *deletion,
            ClDeletion       **out)
{
  *out = cl_deletion_ref (deletion);
}

static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static void
test_delete (Fixture      *fixture,
             gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  gint64           id = cl_application_get_id (fixture->application);
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  open_page (fixture);
  g_signal_connect (fixture->page, "deleted", G_CALLBACK (deleted_cb), &deletion);

  /* Asked first; Cancel keeps it. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "page.delete", NULL);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  g_assert_nonnull (fixture->page);
  g_assert_nonnull (cl_pipeline_store_find_application (store, id));

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "page.delete", NULL);
  adw_message_dialog_response (find_dialog (), "delete");
  g_assert_null (fixture->page);
  g_assert_null (cl_pipeline_store_find_application (store, id));
  g_assert_nonnull (deletion);

  /* What the board's Undo does. */
  g_assert_true (cl_pipeline_store_undo_delete (store, deletion, &error));
  g_assert_no_error (error);
  g_assert_nonnull (cl_pipeline_store_find_application (store, id));
}

/* At 360 pixels wide nothing asks for more: rows stack, labels wrap. */
static void
test_narrow (Fixture      *fixture,
             gconstpointer data)
{
  ClApplicationPage *page;
  int                minimum = 0;

  page = cl_application_page_new (NULL, fixture->base.context, fixture->application);
  fixture->page = page;
  g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
  gtk_window_set_default_size (GTK_WINDOW (page), 360, 640);
  gtk_window_present (GTK_WINDOW (page));
  cl_ui_wait_for (cl_ui_is_mapped, page);

  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL,
                      NULL);
  g_assert_cmpint (minimum, <=, 360);
  /* Every section is there. */
  g_assert_nonnull (find_row (fixture, ADW_TYPE_ENTRY_ROW, "Role"));
  g_assert_nonnull (find_row (fixture, CL_TYPE_RATING_ROW, "Gut feeling"));
  g_assert_nonnull (find_row (fixture, ADW_TYPE_ENTRY_ROW, "Job posting address"));
}

static void
test_rating_row (Fixture      *fixture,
                 gconstpointer data)
{
  ClRatingRow *row;
  g_autoptr(GPtrArray) stars = NULL;
  g_autoptr(ClApplication) stored = NULL;

  open_page (fixture);
  row = find_row (fixture, CL_TYPE_RATING_ROW, "Gut feeling");
  stars = cl_ui_find_widgets (GTK_WIDGET (row), GTK_TYPE_TOGGLE_BUTTON);
  g_assert_cmpuint (stars->len, ==, 5);
  gtk_test_accessible_assert_property (g_ptr_array_index (stars, 2), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "3 of 5");

  /* Pressing the third star rates 3, saved at once; pressing it again
   * clears the rating. */
  gtk_toggle_button_set_active (g_ptr_array_index (stars, 2), TRUE);
  g_assert_cmpuint (cl_rating_row_get_value (row), ==, 3);
  g_assert_cmpuint (cl_application_get_gut_feeling (fixture->application), ==, 3);
  gtk_test_accessible_assert_property (g_ptr_array_index (stars, 0),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Rated 3 of 5");
  stored = read_back (fixture);
  g_assert_cmpuint (cl_application_get_gut_feeling (stored), ==, 3);

  gtk_toggle_button_set_active (g_ptr_array_index (stars, 2), FALSE);
  g_assert_cmpuint (cl_application_get_gut_feeling (fixture->application), ==, 0);
  gtk_test_accessible_assert_property (g_ptr_array_index (stars, 4),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Not rated");
}

static void
test_store_refuses (Fixture      *fixture,
                    gconstpointer data)
{
  AdwEntryRow *row;

  open_page (fixture);
  /* What only the store refuses (the file became read-only): marked, and
   * the application keeps its value. */
  cl_test_set_read_only (cl_context_get_database (fixture->base.context));
  type_into (fixture, "Location", "Berlin");
  leave_field (fixture);
  row = find_row (fixture, ADW_TYPE_ENTRY_ROW, "Location");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_nonnull (shown_message (row));
  g_assert_null (cl_application_get_location (fixture->application));
  cl_test_heal (cl_context_get_database (fixture->base.context));

  /* Leaving it again once the file can be written saves it. */
  gtk_widget_grab_focus (GTK_WIDGET (cl_ui_row_text (row)));
  leave_field (fixture);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpstr (cl_application_get_location (fixture->application), ==, "Berlin");
}

static gboolean
referral_is_agreed (gpointer data)
{
  Fixture *fixture = data;

  return cl_application_get_referral_status (fixture->application) == CL_REFERRAL_STATUS_AGREED;
}

static void
test_referral (Fixture      *fixture,
               gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  ClContactStore  *contacts = cl_context_get_contact_store (fixture->base.context);
  AdwEntryRow     *referrer;
  gint64           contact_id = 0;
  ClReferralStatus status = CL_REFERRAL_STATUS_NONE;
  g_autoptr(GError) error = NULL;

  open_page (fixture);
  referrer = find_row (fixture, ADW_TYPE_ENTRY_ROW, "Referred by");
  /* Shown for a referral only. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (referrer)));
  adw_combo_row_set_selected (find_row (fixture, ADW_TYPE_COMBO_ROW, "Source"), 0);
  g_assert_cmpint (cl_application_get_source (fixture->application), ==,
                   CL_APPLICATION_SOURCE_REFERRAL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (referrer)));

  /* Someone new, by name: added to the contacts, the referral asked. */
  type_into (fixture, "Referred by", "Ada Byron");
  leave_field (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_store_get_contacts (contacts)), ==, 1);
  g_assert_true (
    cl_pipeline_store_get_referral (store, fixture->application, &contact_id, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cl_contact_get_name (cl_contact_store_find_contact (contacts, contact_id)), ==,
                   "Ada Byron");
  g_assert_cmpint (status, ==, CL_REFERRAL_STATUS_ASKED);

  /* Where it stands. */
  adw_combo_row_set_selected (find_row (fixture, ADW_TYPE_COMBO_ROW, "Referral status"), 1);
  cl_ui_wait_for (referral_is_agreed, fixture);

  /* The same person typed in other capitals is not a new contact. */
  type_into (fixture, "Referred by", "ada byron");
  leave_field (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_store_get_contacts (contacts)), ==, 1);
}

static void
test_level_hint (Fixture      *fixture,
                 gconstpointer data)
{
  GtkWidget *hint = NULL;
  g_autoptr(GPtrArray) labels = NULL;

  open_page (fixture);
  labels = cl_ui_find_widgets (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)),
                          "Interview for a higher level"))
      hint = g_ptr_array_index (labels, i);
  g_assert_nonnull (hint);

  /* The article's advice, while the target is not above what is posted. */
  g_assert_false (gtk_widget_get_visible (hint));
  type_into (fixture, "Posted level", "L4");
  leave_field (fixture);
  g_assert_true (gtk_widget_get_visible (hint));
  type_into (fixture, "Target level", "L5");
  leave_field (fixture);
  g_assert_false (gtk_widget_get_visible (hint));
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
  g_test_add ("/ui/application-page/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("fields", test_fields_shown);
  ADD ("saved-after-leaving", test_saved_after_leaving);
  ADD ("saved-after-pause", test_saved_after_pause);
  ADD ("saved-on-enter", test_saved_on_enter);
  ADD ("invalid-not-saved", test_invalid_not_saved);
  ADD ("leaving-keeps-last-valid", test_leaving_keeps_last_valid);
  ADD ("stage-moves-card", test_stage_moves_card);
  ADD ("red-flag-counted", test_red_flag_counted);
  ADD ("description-as-pasted", test_description_as_pasted);
  ADD ("archive", test_archive);
  ADD ("delete", test_delete);
  ADD ("narrow", test_narrow);
  ADD ("rating", test_rating_row);
  ADD ("store-refuses", test_store_refuses);
  ADD ("referral", test_referral);
  ADD ("level-hint", test_level_hint);
#undef ADD

  return g_test_run ();
}
