/* test-prep-view.c — the Prep Plan page: domains, objectives and their editor
 *
 * Over a temporary database whose clock says 2026-11-01: the sidebar lists
 * the five domains, each saying its progress and next objective as the
 * store changes; Add Objective adds one to the domain shown and opens it,
 * its title selected; the editor saves each field, refuses hours that are
 * not a number or out of range, and a target day already gone, beside the
 * field, the database keeping what was saved; the row's check marks an
 * objective done and back; Delete removes it and the toast's Undo brings it
 * back.  At 360 px the leaflet folds: the domains are the overview, and a
 * domain opens over them with a way back.  Warnings are fatal.  Exits 77
 * (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-prep-view"

#include "config.h"

#include "cl-objective-editor.h"
#include "cl-objective-row.h"
#include "cl-practice-store.h"
#include "cl-prep-domain-page.h"
#include "cl-prep-domain-row.h"
#include "cl-prep-store.h"
#include "cl-prep-view.h"
#include "cl-resource-dialog.h"
#include "cl-resource-store.h"
#include "cl-round-store.h"
#include "cl-schedule-dialog.h"
#include "cl-ui-test-util.h"

typedef struct
{
  ClTestFixture    base;
  GtkWindow       *window;
  AdwToastOverlay *overlay;
  ClPrepView      *view;
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
  cl_ui_flush ();
  cl_test_fixture_teardown (&fixture->base);
}

static ClPrepStore *
store_of (Fixture *fixture)
{
  return cl_context_get_prep_store (fixture->base.context);
}

static void
open_view (Fixture *fixture,
           int      width)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  fixture->view = g_object_new (CL_TYPE_PREP_VIEW, NULL);
  adw_toast_overlay_set_child (fixture->overlay, GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->overlay));
  gtk_window_set_default_size (fixture->window, width, 760);
  cl_prep_view_set_context (fixture->view, fixture->base.context);
  gtk_window_present (fixture->window);
  cl_ui_wait_for (cl_ui_is_mapped, fixture->view);
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->view));
}

static ClObjective *
add_objective (Fixture          *fixture,
               ClPrepDomain      domain,
               const char       *title,
               const char       *target,
               ClObjectiveStatus status)
{
  g_autoptr(ClObjective) objective = cl_objective_new (domain, title);
  g_autoptr(GError) error = NULL;

  g_object_set (objective, "target-date", target, "status", status, NULL);
  g_assert_true (cl_prep_store_add_objective (store_of (fixture), objective, &error));
  g_assert_no_error (error);
  return objective; /* the store keeps it */
}

static ClPrepDomainRow *
domain_row (Fixture     *fixture,
            ClPrepDomain domain)
{
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (fixture->view),
                                                   CL_TYPE_PREP_DOMAIN_ROW);

  g_assert_cmpuint (rows->len, ==, 5);
  return g_ptr_array_index (rows, domain);
}

/* The lines a domain's row shows, joined with " | ". */
static char *
row_text (ClPrepDomainRow *row)
{
  g_autoptr(GPtrArray) labels = cl_ui_find_widgets (GTK_WIDGET (row), GTK_TYPE_LABEL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (!gtk_widget_get_visible (label))
        continue;
      if (text->len > 0)
        g_string_append (text, " | ");
      g_string_append (text, gtk_label_get_text (GTK_LABEL (label)));
    }
  return g_string_free (text, FALSE);
}

static ClPrepDomainPage *
page_of (Fixture *fixture)
{
  return cl_ui_find_widget (GTK_WIDGET (fixture->view), CL_TYPE_PREP_DOMAIN_PAGE);
}

static AdwEntryRow *
editor_row (ClObjectiveEditor *editor,
            const char        *title)
{
  return cl_ui_find_row (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, title);
}

/* Types @text into the editor's row titled @title and saves it as leaving
 * it would. */
static void
type_into (ClObjectiveEditor *editor,
           const char        *title,
           const char        *text)
{
  AdwEntryRow *row = editor_row (editor, title);

  gtk_widget_grab_focus (GTK_WIDGET (cl_ui_row_text (row)));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  cl_objective_editor_flush (editor);
  cl_ui_flush ();
}

static char *
saved_column (Fixture     *fixture,
              ClObjective *objective,
              const char  *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM objectives WHERE id = %" G_GINT64_FORMAT,
                                          column, cl_objective_get_id (objective));

  return cl_test_query_text (fixture->base.database, sql);
}

/* The button below @root that activates @action. */
static GtkButton *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  g_autoptr(GPtrArray) buttons = cl_ui_find_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action) == 0)
      return g_ptr_array_index (buttons, i);
  g_error ("no button for %s", action);
}

/* The titles of the editor's "Prepares For" rows, joined with ", ". */
static char *
link_titles (ClObjectiveEditor *editor)
{
  GtkListBox *list = NULL;
  GString    *titles = g_string_new (NULL);
  g_autoptr(GPtrArray) groups = cl_ui_find_widgets (GTK_WIDGET (editor),
                                                     ADW_TYPE_PREFERENCES_GROUP);

  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (g_ptr_array_index (groups, i)),
                   "Prepares For") == 0)
      {
        /* Not the pickers' lists, in their popovers. */
        g_autoptr(GPtrArray) lists = cl_ui_find_widgets (g_ptr_array_index (groups, i),
                                                          GTK_TYPE_LIST_BOX);

        for (guint l = 0; l < lists->len; l++)
          if (gtk_widget_get_ancestor (g_ptr_array_index (lists, l), GTK_TYPE_POPOVER) == NULL)
            list = g_ptr_array_index (lists, l);
      }
  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      {
        if (titles->len > 0)
          g_string_append (titles, ", ");
        g_string_append (titles, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
      }
  return g_string_free (titles, FALSE);
}

static void
test_overview (Fixture      *fixture,
               gconstpointer data)
{
  static const char *names[] = { "Coding", "Behavioral", "ML fundamentals / deep learning",
                                 "ML system design", "General interview tips" };
  g_autofree char   *text = NULL;
  ClObjective       *heaps;

  open_view (fixture, 1100);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *shown = row_text (domain_row (fixture, i));
      g_autofree char *expected = g_strdup_printf ("%s | No objectives yet", names[i]);

      g_assert_cmpstr (shown, ==, expected);
    }
  /* The first domain is shown, its list empty. */
  g_assert_cmpint (cl_prep_view_get_domain (fixture->view), ==, CL_PREP_DOMAIN_CODING);
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "prep-empty");

  heaps = add_objective (fixture, CL_PREP_DOMAIN_CODING, "Heaps and tries", "2026-11-20",
                         CL_OBJECTIVE_STATUS_IN_PROGRESS);
  add_objective (fixture, CL_PREP_DOMAIN_CODING, "Sliding windows", "2026-11-10",
                 CL_OBJECTIVE_STATUS_DONE);
  add_objective (fixture, CL_PREP_DOMAIN_CODING, "Dropped idea", NULL,
                 CL_OBJECTIVE_STATUS_DROPPED);
  cl_ui_flush ();
  text = row_text (domain_row (fixture, CL_PREP_DOMAIN_CODING));
  /* Dropped ones do not count; the done one is not next. */
  g_assert_cmpstr (text, ==, "Coding | 1 of 2 objectives done | Next: Heaps and tries, due 20 Nov");
  g_clear_pointer (&text, g_free);
  g_assert_cmpfloat (gtk_level_bar_get_value (
                       cl_ui_find_widget (GTK_WIDGET (domain_row (fixture, CL_PREP_DOMAIN_CODING)),
                                          GTK_TYPE_LEVEL_BAR)),
                     ==, 0.5);
  /* The others are unchanged. */
  text = row_text (domain_row (fixture, CL_PREP_DOMAIN_BEHAVIORAL));
  g_assert_cmpstr (text, ==, "Behavioral | No objectives yet");
  g_clear_pointer (&text, g_free);
  /* Hours and what is overdue. */
  {
    ClObjective *story = add_objective (fixture, CL_PREP_DOMAIN_BEHAVIORAL, "A conflict story",
                                        "2026-10-20", CL_OBJECTIVE_STATUS_IN_PROGRESS);
    g_autoptr(ClObjective) copy = cl_objective_copy (story);

    g_object_set (copy, "hours-planned", 4.0, "hours-spent", 1.5, NULL);
    g_assert_true (cl_prep_store_update_objective (store_of (fixture), copy, NULL));
    cl_ui_flush ();
    text = row_text (domain_row (fixture, CL_PREP_DOMAIN_BEHAVIORAL));
    g_assert_cmpstr (text, ==,
                     "Behavioral | 0 of 1 objective done · 1.5 of 4 h · 1 overdue | Overdue: A "
                     "conflict story, due 20 Oct");
    g_clear_pointer (&text, g_free);
  }

  /* Practice: the latest session's mean, against the one before. */
  {
    ClContext       *context = fixture->base.context;
    ClPracticeStore *practice = cl_context_get_practice_store (context);
    ClContact       *ada = cl_test_add_contact (cl_context_get_contact_store (context),
                                                "Ada Lovelace", NULL);
    g_autoptr(ClPartnership) partnership = cl_partnership_new (cl_contact_get_id (ada));
    GListModel *criteria = cl_practice_store_get_criteria (practice, CL_PREP_DOMAIN_CODING);
    const int   scores[][2] = { { 2, 3 }, { 4, 3 } };

    g_assert_true (cl_practice_store_add_partnership (practice, partnership, NULL));
    for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
      {
        g_autoptr(ClPracticeSession) session = cl_practice_session_new (
          cl_partnership_get_id (partnership), CL_PREP_DOMAIN_CODING,
          CL_TEST_NOW - (2 - i) * 86400);

        for (guint c = 0; c < 2; c++)
          {
            g_autoptr(ClRubricCriterion) criterion = g_list_model_get_item (criteria, c);

            cl_practice_session_set_score (session, cl_rubric_criterion_get_id (criterion),
                                           scores[i][c]);
          }
        g_assert_true (cl_practice_store_add_session (practice, session, NULL));
      }
    cl_ui_flush ();
    text = row_text (domain_row (fixture, CL_PREP_DOMAIN_CODING));
    g_assert_cmpstr (text, ==,
                     "Coding | 1 of 2 objectives done | Next: Heaps and tries, due 20 Nov | "
                     "Practice: 2 sessions, latest 3.5 of 4 (up from 2.5)");
    g_clear_pointer (&text, g_free);
  }

  /* The page lists the domain's three, by target date. */
  {
    g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (page_of (fixture)),
                                                     CL_TYPE_OBJECTIVE_ROW);

    g_assert_cmpuint (rows->len, ==, 3);
    g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==,
                     "Sliding windows");
    g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 1)), ==,
                     "In progress · due 20 Nov");
    g_assert_true (cl_objective_row_get_objective (g_ptr_array_index (rows, 1)) == heaps);
  }

  /* Another domain, through its row. */
  g_signal_emit_by_name (domain_row (fixture, CL_PREP_DOMAIN_ML_SYSTEM_DESIGN), "activate");
  cl_ui_flush ();
  g_assert_cmpint (cl_prep_view_get_domain (fixture->view), ==, CL_PREP_DOMAIN_ML_SYSTEM_DESIGN);
  {
    g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (page_of (fixture)),
                                                     CL_TYPE_OBJECTIVE_ROW);

    g_assert_cmpuint (rows->len, ==, 0);
  }
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->view));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "prep-overview");
}

static void
test_add_and_edit (Fixture      *fixture,
                   gconstpointer data)
{
  ClObjectiveEditor *editor;
  ClObjective       *objective;
  AdwEntryRow       *planned;
  GListModel        *coding;
  g_autofree char   *saved = NULL;

  open_view (fixture, 1100);
  coding = cl_prep_store_get_objectives (store_of (fixture), CL_PREP_DOMAIN_CODING);
  cl_ui_click (find_action_button (GTK_WIDGET (page_of (fixture)), "domain.add-objective"));
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (coding), ==, 1);
  editor = cl_prep_domain_page_get_editor (page_of (fixture));
  g_assert_nonnull (editor);
  /* Its popovers need it on screen, which a loaded machine takes a while to do. */
  cl_ui_wait_for (cl_ui_is_mapped, editor);
  cl_ui_wait_for_frame (GTK_WIDGET (editor));
  objective = cl_objective_editor_get_objective (editor);
  g_assert_cmpstr (cl_objective_get_title (objective), ==, "New Objective");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (editor)) ==
                 GTK_WIDGET (cl_ui_row_text (editor_row (editor, "Objective"))));

  type_into (editor, "Objective", "Dynamic programming on trees");
  g_assert_cmpstr (cl_objective_get_title (objective), ==, "Dynamic programming on trees");
  saved = saved_column (fixture, objective, "title");
  g_assert_cmpstr (saved, ==, "Dynamic programming on trees\n");
  g_clear_pointer (&saved, g_free);

  type_into (editor, "Hours planned", "6,5");
  g_assert_cmpfloat (cl_objective_get_hours_planned (objective), ==, 6.5);
  /* Words, a negative number and a year of full days are refused beside
   * the field; the database keeps 6.5. */
  planned = editor_row (editor, "Hours planned");
  type_into (editor, "Hours planned", "six");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (planned), "error"));
  g_assert_true (cl_ui_message_shown (GTK_WIDGET (editor),
                                      "Write the hours as a number, such as 2 or 1.5."));
  type_into (editor, "Hours planned", "-3");
  g_assert_true (cl_ui_message_shown (GTK_WIDGET (editor),
                                      "Hours planned and spent must be between 0 and 8760."));
  type_into (editor, "Hours planned", "9000");
  g_assert_true (cl_ui_message_shown (GTK_WIDGET (editor),
                                      "Hours planned and spent must be between 0 and 8760."));
  saved = saved_column (fixture, objective, "hours_planned");
  g_assert_cmpstr (saved, ==, "6.5\n");
  g_clear_pointer (&saved, g_free);
  cl_ui_wait_for_frame (GTK_WIDGET (editor));
  cl_ui_save_shot (GTK_WIDGET (editor), "objective-hours-error");
  type_into (editor, "Hours planned", "8");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (planned), "error"));
  type_into (editor, "Hours spent", "1.5");
  g_assert_cmpfloat (cl_objective_get_hours_spent (objective), ==, 1.5);

  /* A day gone by is refused; today and later are kept. */
  type_into (editor, "Target date", "2026-10-30");
  g_assert_true (cl_ui_message_shown (GTK_WIDGET (editor),
                                      "That day has passed. Choose today or a later day as the "
                                      "target, or leave it empty."));
  g_assert_null (cl_objective_get_target_date (objective));
  type_into (editor, "Target date", "2026-11-01");
  g_assert_cmpstr (cl_objective_get_target_date (objective), ==, "2026-11-01");
  type_into (editor, "Target date", "2026-11-15");
  g_assert_cmpstr (cl_objective_get_target_date (objective), ==, "2026-11-15");

  adw_combo_row_set_selected (cl_ui_find_row (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "Status"),
                              CL_OBJECTIVE_STATUS_IN_PROGRESS);
  cl_ui_flush ();
  g_assert_cmpint (cl_objective_get_status (objective), ==, CL_OBJECTIVE_STATUS_IN_PROGRESS);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (
                              cl_ui_find_widget (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW)),
                            "Rerooting; LeetCode 834.", -1);
  cl_objective_editor_flush (editor);
  cl_ui_flush ();
  g_assert_cmpstr (cl_objective_get_notes (objective), ==, "Rerooting; LeetCode 834.");

  /* The list's row follows. */
  {
    ClObjectiveRow *row = cl_ui_find_widget (GTK_WIDGET (page_of (fixture)),
                                             CL_TYPE_OBJECTIVE_ROW);

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                     "Dynamic programming on trees");
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                     "In progress · due 15 Nov · 1.5 of 8 h");
  }

  /* Moved to another domain, it leaves this one's list. */
  adw_combo_row_set_selected (cl_ui_find_row (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "Domain"),
                              CL_PREP_DOMAIN_ML_FUNDAMENTALS);
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (coding), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cl_prep_store_get_objectives (
                      store_of (fixture), CL_PREP_DOMAIN_ML_FUNDAMENTALS)),
                    ==, 1);

  /* Escape closes the editor. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL);
  cl_ui_flush ();
  g_assert_null (cl_prep_domain_page_get_editor (page_of (fixture)));
}

static void
test_done_and_delete (Fixture      *fixture,
                      gconstpointer data)
{
  ClObjective       *objective;
  ClObjectiveRow    *row;
  GtkCheckButton    *check;
  ClObjectiveEditor *editor;
  GListModel        *coding;

  objective = add_objective (fixture, CL_PREP_DOMAIN_CODING, "Graphs", "2026-11-05",
                             CL_OBJECTIVE_STATUS_PLANNED);
  open_view (fixture, 1100);
  coding = cl_prep_store_get_objectives (store_of (fixture), CL_PREP_DOMAIN_CODING);
  row = cl_ui_find_widget (GTK_WIDGET (page_of (fixture)), CL_TYPE_OBJECTIVE_ROW);
  check = cl_ui_find_widget (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (check, TRUE);
  cl_ui_flush ();
  g_assert_cmpint (cl_objective_get_status (objective), ==, CL_OBJECTIVE_STATUS_DONE);
  gtk_check_button_set_active (check, FALSE);
  cl_ui_flush ();
  g_assert_cmpint (cl_objective_get_status (objective), ==, CL_OBJECTIVE_STATUS_PLANNED);

  /* Activating the row opens it; Delete deletes it and offers Undo. */
  g_signal_emit_by_name (row, "activate");
  cl_ui_flush ();
  editor = cl_prep_domain_page_get_editor (page_of (fixture));
  g_assert_nonnull (editor);
  /* Its popovers need it on screen, which a loaded machine takes a while to do. */
  cl_ui_wait_for (cl_ui_is_mapped, editor);
  cl_ui_wait_for_frame (GTK_WIDGET (editor));
  g_assert_true (cl_objective_editor_get_objective (editor) == objective);
  type_into (editor, "Hours spent", "2");

  /* It prepares for an application and one of its rounds. */
  {
    ClApplication *acme = cl_ui_add_application (fixture->base.context, "Acme", "ML Engineer", 2);
    g_autoptr(ClRound) round = cl_round_new (cl_application_get_id (acme), CL_ROUND_KIND_CODING);
    g_autoptr(GArray) apps = NULL;
    g_autoptr(GArray) rounds = NULL;
    g_autofree char *links = NULL;

    cl_ui_add_application (fixture->base.context, "Borealis", "Research Engineer", 1);
    g_object_set (round, "title", "Graph algorithms", NULL);
    g_assert_true (cl_round_store_add_round (cl_context_get_round_store (fixture->base.context),
                                             round, NULL));
    cl_ui_flush ();
    /* Linked as the pickers do it (ClObjectPicker's own test covers choosing). */
    {
      gint64 app_id = cl_application_get_id (acme);
      gint64 round_id = cl_round_get_id (round);

      g_assert_true (cl_prep_store_set_links (store_of (fixture), objective, &app_id, 1,
                                              &round_id, 1, NULL));
    }
    cl_ui_flush ();
    apps = cl_prep_store_get_application_ids (store_of (fixture), cl_objective_get_id (objective),
                                              NULL);
    rounds = cl_prep_store_get_round_ids (store_of (fixture), cl_objective_get_id (objective),
                                          NULL);
    g_assert_cmpuint (apps->len, ==, 1);
    g_assert_cmpint (g_array_index (apps, gint64, 0), ==, cl_application_get_id (acme));
    g_assert_cmpuint (rounds->len, ==, 1);
    g_assert_cmpint (g_array_index (rounds, gint64, 0), ==, cl_round_get_id (round));
    links = link_titles (editor);
    g_assert_cmpstr (links, ==, "Acme — ML Engineer, Graph algorithms");
  }
  cl_ui_wait_for_frame (GTK_WIDGET (editor));
  cl_ui_save_shot (GTK_WIDGET (editor), "objective-links");
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (editor), "_Delete"));
  cl_ui_flush ();
  g_assert_null (cl_prep_domain_page_get_editor (page_of (fixture)));
  g_assert_cmpuint (g_list_model_get_n_items (coding), ==, 0);

  cl_ui_click (cl_ui_find_button (GTK_WIDGET (fixture->overlay), "_Undo"));
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (coding), ==, 1);
  {
    g_autoptr(ClObjective) again = g_list_model_get_item (coding, 0);

    g_assert_cmpstr (cl_objective_get_title (again), ==, "Graphs");
    g_assert_cmpstr (cl_objective_get_target_date (again), ==, "2026-11-05");
    g_assert_cmpfloat (cl_objective_get_hours_spent (again), ==, 2);
    /* Its links come back too. */
    g_autoptr(GArray) apps = cl_prep_store_get_application_ids (
      store_of (fixture), cl_objective_get_id (again), NULL);
    g_autoptr(GArray) rounds = cl_prep_store_get_round_ids (store_of (fixture),
                                                             cl_objective_get_id (again), NULL);

    g_assert_cmpuint (apps->len, ==, 1);
    g_assert_cmpuint (rounds->len, ==, 1);
  }
}

static void
test_narrow (Fixture      *fixture,
             gconstpointer data)
{
  AdwLeaflet *leaflet;
  GtkButton  *back;

  add_objective (fixture, CL_PREP_DOMAIN_BEHAVIORAL, "Five STAR stories about conflict",
                 "2026-11-12", CL_OBJECTIVE_STATUS_PLANNED);
  open_view (fixture, 360);
  leaflet = cl_ui_find_widget (GTK_WIDGET (fixture->view), ADW_TYPE_LEAFLET);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  /* Folded, the domains are the overview. */
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "prep-narrow-overview");

  g_signal_emit_by_name (domain_row (fixture, CL_PREP_DOMAIN_BEHAVIORAL), "activate");
  cl_ui_flush ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  back = cl_ui_find_icon_button (GTK_WIDGET (page_of (fixture)), "go-previous-symbolic");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (back)));
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->view));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "prep-narrow-domain");
  cl_ui_click (back);
  cl_ui_flush ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");
  /* The domain left has the focus again. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) ==
                 GTK_WIDGET (domain_row (fixture, CL_PREP_DOMAIN_BEHAVIORAL)));
}

static ClScheduleDialog *
find_schedule_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (CL_IS_SCHEDULE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static void
test_schedule (Fixture      *fixture,
               gconstpointer data)
{
  ClApplication *acme = cl_ui_add_application (fixture->base.context, "Acme", "ML Engineer", 3);
  g_autoptr(ClRound) round = cl_round_new (cl_application_get_id (acme), CL_ROUND_KIND_CODING);
  ClObjective      *trees, *graphs, *heaps, *done;
  ClScheduleDialog *dialog;
  g_autofree char  *preview = NULL;

  /* The round is on Saturday 7 November at 09:00; today is Sunday 1st. */
  g_object_set (round, "title", "Live coding", "scheduled-at", CL_TEST_NOW + 6 * 86400,
                "status", CL_ROUND_STATUS_SCHEDULED, NULL);
  g_assert_true (cl_round_store_add_round (cl_context_get_round_store (fixture->base.context),
                                           round, NULL));
  trees = add_objective (fixture, CL_PREP_DOMAIN_CODING, "Trees", "2026-11-02",
                         CL_OBJECTIVE_STATUS_PLANNED);
  graphs = add_objective (fixture, CL_PREP_DOMAIN_CODING, "Graphs", "2026-11-03",
                          CL_OBJECTIVE_STATUS_IN_PROGRESS);
  heaps = add_objective (fixture, CL_PREP_DOMAIN_CODING, "Heaps", NULL,
                         CL_OBJECTIVE_STATUS_PLANNED);
  done = add_objective (fixture, CL_PREP_DOMAIN_CODING, "Arrays", "2026-10-20",
                        CL_OBJECTIVE_STATUS_DONE);
  open_view (fixture, 1100);
  gtk_widget_activate_action (GTK_WIDGET (page_of (fixture)), "domain.schedule", NULL);
  cl_ui_flush ();
  dialog = find_schedule_dialog ();
  g_assert_nonnull (dialog);
  /* Five days to plan (the 1st to the 5th; the 6th is kept free), three
   * open objectives spread over them, the last on the last day. */
  preview = cl_schedule_dialog_get_preview (dialog);
  g_assert_cmpstr (preview, ==, "Trees: 2026-11-02\nGraphs: 2026-11-04\nHeaps: 2026-11-05");
  g_clear_pointer (&preview, g_free);
  cl_ui_wait_for_frame (GTK_WIDGET (dialog));
  cl_ui_save_shot (GTK_WIDGET (dialog), "schedule-dialog");
  /* Without Graphs: two objectives. */
  {
    g_autoptr(GPtrArray) checks = cl_ui_find_widgets (GTK_WIDGET (dialog),
                                                       GTK_TYPE_CHECK_BUTTON);

    g_assert_cmpuint (checks->len, ==, 3);
    gtk_check_button_set_active (g_ptr_array_index (checks, 1), FALSE);
  }
  preview = cl_schedule_dialog_get_preview (dialog);
  g_assert_cmpstr (preview, ==, "Trees: 2026-11-03\nHeaps: 2026-11-05");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "schedule");
  cl_ui_flush ();
  g_assert_null (find_schedule_dialog ());
  g_assert_cmpstr (cl_objective_get_target_date (trees), ==, "2026-11-03");
  g_assert_cmpstr (cl_objective_get_target_date (heaps), ==, "2026-11-05");
  g_assert_cmpstr (cl_objective_get_target_date (graphs), ==, "2026-11-03");
  g_assert_cmpstr (cl_objective_get_target_date (done), ==, "2026-10-20");
  {
    g_autoptr(GArray) rounds = cl_prep_store_get_round_ids (store_of (fixture),
                                                             cl_objective_get_id (heaps), NULL);

    g_assert_cmpuint (rounds->len, ==, 1);
    g_assert_cmpint (g_array_index (rounds, gint64, 0), ==, cl_round_get_id (round));
  }

  /* A round tomorrow leaves no day: the dialog says so and cannot plan. */
  {
    g_autoptr(ClRound) copy = cl_round_copy (round);

    g_object_set (copy, "scheduled-at", CL_TEST_NOW + 86400, NULL);
    g_assert_true (cl_round_store_update_round (cl_context_get_round_store (fixture->base.context),
                                                copy, NULL));
  }
  cl_ui_flush ();
  gtk_widget_activate_action (GTK_WIDGET (page_of (fixture)), "domain.schedule", NULL);
  cl_ui_flush ();
  dialog = find_schedule_dialog ();
  g_clear_pointer (&preview, g_free);
  preview = cl_schedule_dialog_get_preview (dialog);
  g_assert_cmpstr (preview, ==,
                   "This round is tomorrow: today is best kept for rest and a light review. Set "
                   "target dates by hand if you still want them.");
  g_assert_true (cl_ui_message_shown (GTK_WIDGET (dialog), preview));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "schedule"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  cl_ui_flush ();
}

static ClResourceDialog *
find_resource_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (CL_IS_RESOURCE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static void
test_resources (Fixture      *fixture,
                gconstpointer data)
{
  GListModel *coding = cl_resource_store_get_resources (
    cl_context_get_resource_store (fixture->base.context), CL_PREP_DOMAIN_CODING);
  ClResourceDialog *dialog;
  guint             n_starter;
  g_autoptr(ClResource) mine = NULL;

  ClObjective *trees = add_objective (fixture, CL_PREP_DOMAIN_CODING, "Trees", "2026-11-20",
                                      CL_OBJECTIVE_STATUS_PLANNED);

  open_view (fixture, 1100);
  n_starter = 0;
  /* An address that is not a web one is refused, and the dialog stays. */
  gtk_widget_activate_action (GTK_WIDGET (page_of (fixture)), "domain.add-resource", NULL);
  cl_ui_flush ();
  dialog = find_resource_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                                                       "Title")),
                         "Segment trees, by hand");
  gtk_editable_set_text (GTK_EDITABLE (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                                                       "Web address")),
                         "ftp://example.org/trees");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  cl_ui_flush ();
  g_assert_true (find_resource_dialog () == dialog);
  g_assert_nonnull (cl_ui_find_shown_label (GTK_WIDGET (dialog), "error"));
  g_assert_cmpuint (g_list_model_get_n_items (coding), ==, n_starter);
  gtk_editable_set_text (GTK_EDITABLE (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                                                       "Web address")),
                         "https://example.org/trees");
  /* It serves the objective chosen. */
  adw_combo_row_set_selected (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW,
                                              "For objective"),
                              1);
  g_signal_emit_by_name (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Web address"),
                         "entry-activated");
  cl_ui_flush ();
  g_assert_null (find_resource_dialog ());
  g_assert_cmpuint (g_list_model_get_n_items (coding), ==, n_starter + 1);
  for (guint i = 0; i < g_list_model_get_n_items (coding); i++)
    {
      g_autoptr(ClResource) resource = g_list_model_get_item (coding, i);

      if (g_strcmp0 (cl_resource_get_title (resource), "Segment trees, by hand") == 0)
        mine = g_object_ref (resource);
    }
  g_assert_nonnull (mine);
  g_assert_cmpstr (cl_resource_get_url (mine), ==, "https://example.org/trees");
  g_assert_cmpint (cl_resource_get_kind (mine), ==, CL_RESOURCE_KIND_SITE);
  g_assert_cmpint (cl_resource_get_objective_id (mine), ==, cl_objective_get_id (trees));
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->view));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "prep-resources");

  /* Deleted with Undo. */
  {
    g_autoptr(GPtrArray) buttons = cl_ui_find_widgets (GTK_WIDGET (page_of (fixture)),
                                                        GTK_TYPE_BUTTON);
    GtkButton *trash = NULL;

    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)),
                     "Delete “Segment trees, by hand”") == 0)
        trash = g_ptr_array_index (buttons, i);
    g_assert_nonnull (trash);
    cl_ui_click (trash);
  }
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (coding), ==, n_starter);
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (fixture->overlay), "_Undo"));
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (coding), ==, n_starter + 1);

  /* The well-known ones, once. */
  gtk_widget_activate_action (GTK_WIDGET (page_of (fixture)), "domain.add-starter-resources",
                              NULL);
  cl_ui_flush ();
  n_starter = g_list_model_get_n_items (coding) - 1;
  g_assert_cmpuint (n_starter, >=, 5);
  /* Twice adds nothing. */
  gtk_widget_activate_action (GTK_WIDGET (page_of (fixture)), "domain.add-starter-resources",
                              NULL);
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (coding), ==, n_starter + 1);
}

int
main (int   argc,
      char *argv[])
{
  /* The checks read English labels. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    return 77;
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/ui/prep-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("overview", test_overview);
  ADD ("add-and-edit", test_add_and_edit);
  ADD ("done-and-delete", test_done_and_delete);
  ADD ("narrow", test_narrow);
  ADD ("schedule", test_schedule);
  ADD ("resources", test_resources);
#undef ADD

  return g_test_run ();
}
