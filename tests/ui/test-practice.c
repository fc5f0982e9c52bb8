/* test-practice.c — practice sessions on a domain's page: the dialog, the trend, the list
 *
 * Over a temporary database whose clock says 2026-11-01: "Log Session…"
 * opens the dialog preset to the page's domain and today; levels chosen
 * with the buttons, Enter in a field saves one session with its scores, and
 * the trend chart's description says the new numbers.  A future day, a
 * duration of 0, 900 or words, and a session without a partner are refused
 * beside the field with nothing saved.  Changing the domain changes the
 * criteria.  A row opens the session to edit; its delete button removes it
 * and the toast's Undo brings it back.  Warnings are fatal.  Exits 77
 * (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-practice"

#include "config.h"

#include "cl-criteria-window.h"
#include "cl-partners-page.h"
#include "cl-practice-group.h"
#include "cl-practice-session-dialog.h"
#include "cl-practice-store.h"
#include "cl-prep-domain-page.h"
#include "cl-trend-chart.h"
#include "cl-ui-test-util.h"

typedef struct
{
  ClTestFixture     base;
  GtkWindow        *window;
  AdwToastOverlay  *overlay;
  ClPrepDomainPage *page;
  ClPracticeGroup  *group;
  ClPartnership    *partnership;
} Fixture;

static ClPracticeStore *
store_of (Fixture *fixture)
{
  return cl_context_get_practice_store (fixture->base.context);
}

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

static void
add_partner (Fixture    *fixture,
             const char *name)
{
  ClContact *contact = cl_test_add_contact (cl_context_get_contact_store (fixture->base.context),
                                            name, NULL);
  g_autoptr(ClPartnership) partnership = cl_partnership_new (cl_contact_get_id (contact));
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_practice_store_add_partnership (store_of (fixture), partnership, &error));
  g_assert_no_error (error);
  fixture->partnership = partnership; /* the store keeps it */
}

/* A session of @domain on @day (YYYY-MM-DD, local midnight), every default
 * criterion scored @score. */
static void
add_session (Fixture     *fixture,
             ClPrepDomain domain,
             gint64       day,
             int          score)
{
  g_autoptr(ClPracticeSession) session = cl_practice_session_new (
    cl_partnership_get_id (fixture->partnership), domain, day);
  GListModel *criteria = cl_practice_store_get_criteria (store_of (fixture), domain);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(ClRubricCriterion) criterion = g_list_model_get_item (criteria, i);

      cl_practice_session_set_score (session, cl_rubric_criterion_get_id (criterion), score);
    }
  g_assert_true (cl_practice_store_add_session (store_of (fixture), session, &error));
  g_assert_no_error (error);
}

static void
open_page (Fixture *fixture,
           int      width)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  fixture->page = g_object_new (CL_TYPE_PREP_DOMAIN_PAGE, NULL);
  adw_toast_overlay_set_child (fixture->overlay, GTK_WIDGET (fixture->page));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->overlay));
  gtk_window_set_default_size (fixture->window, width, 900);
  cl_prep_domain_page_set_domain (fixture->page, CL_PREP_DOMAIN_CODING);
  cl_prep_domain_page_set_context (fixture->page, fixture->base.context);
  gtk_window_present (fixture->window);
  cl_ui_wait_for (cl_ui_is_mapped, fixture->page);
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->page));
  fixture->group = cl_ui_find_widget (GTK_WIDGET (fixture->page), CL_TYPE_PRACTICE_GROUP);
}

static const char *
description (Fixture *fixture)
{
  return cl_trend_chart_get_description (
    CL_TREND_CHART (cl_practice_group_get_chart (fixture->group)));
}

static gboolean
find_dialog (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (CL_IS_PRACTICE_SESSION_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      {
        *(ClPracticeSessionDialog **) data = l->data;
        return TRUE;
      }
  return FALSE;
}

static gboolean
no_dialog (gpointer data)
{
  ClPracticeSessionDialog *dialog = NULL;

  return !find_dialog (&dialog);
}

/* The button below @root whose AdwButtonContent reads @label. */
static GtkButton *
content_button (GtkWidget  *root,
                const char *label)
{
  g_autoptr(GPtrArray) contents = cl_ui_find_widgets (root, ADW_TYPE_BUTTON_CONTENT);

  for (guint i = 0; i < contents->len; i++)
    if (g_strcmp0 (adw_button_content_get_label (g_ptr_array_index (contents, i)), label) == 0)
      return GTK_BUTTON (gtk_widget_get_parent (g_ptr_array_index (contents, i)));
  g_error ("no button reading “%s”", label);
}

static ClPracticeSessionDialog *
open_log_dialog (Fixture *fixture)
{
  ClPracticeSessionDialog *dialog = NULL;

  cl_ui_click (content_button (GTK_WIDGET (fixture->group), "_Log Session…"));
  cl_ui_wait_for (find_dialog, &dialog);
  return dialog;
}

static AdwEntryRow *
entry (ClPracticeSessionDialog *dialog,
       const char              *title)
{
  return cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);
}

static AdwComboRow *
combo (ClPracticeSessionDialog *dialog,
       const char              *title)
{
  return cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, title);
}

static void
type_into (ClPracticeSessionDialog *dialog,
           const char              *title,
           const char              *text)
{
  AdwEntryRow *row = entry (dialog, title);

  gtk_widget_grab_focus (GTK_WIDGET (cl_ui_row_text (row)));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  cl_ui_flush ();
}

/* Enter in the field titled @title. */
static void
press_enter_in (ClPracticeSessionDialog *dialog,
                const char              *title)
{
  g_signal_emit_by_name (entry (dialog, title), "entry-activated");
  cl_ui_flush ();
}

static char *
sessions_text (Fixture *fixture)
{
  return cl_test_query_text (fixture->base.database,
                             "SELECT s.domain_id, date(s.held_at, 'unixepoch'), "
                             "s.duration_minutes, s.role, coalesce(s.notes, ''), "
                             "(SELECT group_concat(score, ',') FROM (SELECT score FROM "
                             "practice_scores WHERE session_id = s.id ORDER BY criterion_id)) "
                             "FROM practice_sessions s ORDER BY s.held_at, s.id");
}

static gint64
n_sessions (Fixture *fixture)
{
  return cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM practice_sessions");
}

static void
test_log_session (Fixture      *fixture,
                  gconstpointer data)
{
  ClPracticeSessionDialog *dialog;
  g_autofree char         *text = NULL;
  GPtrArray               *rows;
  g_autoptr(GPtrArray) action_rows = NULL;

  add_partner (fixture, "Ada Lovelace");
  add_session (fixture, CL_PREP_DOMAIN_CODING, CL_TEST_NOW - 12 * 86400 - 9 * 3600, 2);
  open_page (fixture, 1100);
  g_assert_cmpstr (description (fixture), ==, "Coding: 1 session, 2.0 on 20 Oct.");

  dialog = open_log_dialog (fixture);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry (dialog, "Day (year-month-day)"))),
                   ==, "2026-11-01");
  g_assert_cmpuint (adw_combo_row_get_selected (combo (dialog, "Domain")), ==,
                    CL_PREP_DOMAIN_CODING);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry (dialog, "Duration (minutes)"))),
                   ==, "60");
  /* The four default criteria, each level button in reach of the keyboard. */
  for (guint i = 0; i < 4; i++)
    for (guint level = 1; level <= 4; level++)
      {
        GtkToggleButton *button = cl_practice_session_dialog_get_level_button (dialog, i, level);

        g_assert_nonnull (button);
        g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (button)));
      }
  g_assert_null (cl_practice_session_dialog_get_level_button (dialog, 4, 1));

  cl_ui_click (GTK_BUTTON (cl_practice_session_dialog_get_level_button (dialog, 0, 3)));
  cl_ui_click (GTK_BUTTON (cl_practice_session_dialog_get_level_button (dialog, 1, 4)));
  cl_ui_click (GTK_BUTTON (cl_practice_session_dialog_get_level_button (dialog, 2, 3)));
  cl_ui_click (GTK_BUTTON (cl_practice_session_dialog_get_level_button (dialog, 3, 2)));
  /* A row says what the level chosen means. */
  action_rows = cl_ui_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);
  rows = action_rows;
  g_assert_cmpuint (rows->len, >=, 4);
  g_assert_true (g_str_has_prefix (
    adw_action_row_get_subtitle (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                                 "Communication")),
    "3: "));
  type_into (dialog, "Duration (minutes)", "45");
  type_into (dialog, "Notes", "Two-pointer warm-up");
  cl_ui_wait_for_frame (GTK_WIDGET (dialog));
  cl_ui_save_shot (GTK_WIDGET (dialog), "practice-dialog");
  press_enter_in (dialog, "Notes");
  cl_ui_wait_for (no_dialog, NULL);

  text = sessions_text (fixture);
  g_assert_cmpstr (text, ==,
                   "1|2026-10-20|60|candidate||2,2,2,2\n"
                   "1|2026-11-01|45|candidate|Two-pointer warm-up|3,4,3,2\n");
  cl_ui_flush ();
  g_assert_cmpstr (description (fixture), ==, "Coding: 2 sessions, from 2.0 on 20 Oct to 3.0 on "
                                              "1 Nov; lowest 2.0, highest 3.0.");
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->page));
  cl_ui_scroll_to (GTK_WIDGET (fixture->group));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "practice-wide");
}

static void
test_refusals (Fixture      *fixture,
               gconstpointer data)
{
  ClPracticeSessionDialog *dialog;
  const char              *future = "This session is dated in the future. Log a session "
                                    "once it has taken place: choose today or an earlier day.";
  const char              *duration = "Enter how long the session lasted, from 1 to 720 minutes.";
  const char              *bad[] = { "0", "900", "an hour", "" };

  add_partner (fixture, "Ada Lovelace");
  open_page (fixture, 1100);
  dialog = open_log_dialog (fixture);

  type_into (dialog, "Day (year-month-day)", "2026-11-02");
  g_assert_true (cl_ui_message_shown (GTK_WIDGET (dialog), future));
  press_enter_in (dialog, "Day (year-month-day)");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (cl_ui_message_shown (GTK_WIDGET (dialog), future));
  g_assert_cmpint (n_sessions (fixture), ==, 0);
  type_into (dialog, "Day (year-month-day)", "2026-10-31");
  g_assert_false (cl_ui_message_shown (GTK_WIDGET (dialog), future));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      type_into (dialog, "Duration (minutes)", bad[i]);
      g_assert_true (cl_ui_message_shown (GTK_WIDGET (dialog), duration));
      press_enter_in (dialog, "Duration (minutes)");
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
      g_assert_cmpint (n_sessions (fixture), ==, 0);
    }
  type_into (dialog, "Duration (minutes)", "720");
  g_assert_false (cl_ui_message_shown (GTK_WIDGET (dialog), duration));

  /* Another domain, other criteria: Behavioral is scored on the defaults too,
   * so its rows are made again with nothing chosen. */
  cl_ui_click (GTK_BUTTON (cl_practice_session_dialog_get_level_button (dialog, 0, 4)));
  adw_combo_row_set_selected (combo (dialog, "Domain"), CL_PREP_DOMAIN_BEHAVIORAL);
  cl_ui_flush ();
  g_assert_false (gtk_toggle_button_get_active (
    cl_practice_session_dialog_get_level_button (dialog, 0, 4)));

  adw_combo_row_set_selected (combo (dialog, "Your role"), CL_PRACTICE_ROLE_INTERVIEWER);
  press_enter_in (dialog, "Duration (minutes)");
  cl_ui_wait_for (no_dialog, NULL);
  g_assert_cmpint (n_sessions (fixture), ==, 1);
  {
    g_autofree char *text = sessions_text (fixture);

    g_assert_cmpstr (text, ==, "2|2026-10-31|720|interviewer||NULL\n");
  }
}

static void
test_no_partner (Fixture      *fixture,
                 gconstpointer data)
{
  ClPracticeSessionDialog *dialog;
  const char              *message = "A session is held with a partner: add a practice "
                                     "partner first.";

  open_page (fixture, 1100);
  dialog = open_log_dialog (fixture);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (combo (dialog, "Partner"))));
  g_assert_true (gtk_widget_get_visible (
    GTK_WIDGET (cl_ui_find_button (GTK_WIDGET (dialog), "_Add Partner…"))));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  cl_ui_flush ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (cl_ui_message_shown (GTK_WIDGET (dialog), message));
  g_assert_cmpint (n_sessions (fixture), ==, 0);
  cl_ui_save_shot (GTK_WIDGET (dialog), "practice-dialog-no-partner");
  /* Escape cancels. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  cl_ui_wait_for (no_dialog, NULL);
  g_assert_cmpint (n_sessions (fixture), ==, 0);

  /* "Add Partner…" closes the dialog for the partners page (the prep view's
   * "prep.show-partners", not there in this test). */
  dialog = open_log_dialog (fixture);
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (dialog), "_Add Partner…"));
  cl_ui_wait_for (no_dialog, NULL);
  g_assert_cmpint (n_sessions (fixture), ==, 0);
}

static GtkListBoxRow *
session_row (Fixture *fixture,
             guint    index)
{
  GtkListBox *list = NULL;
  g_autoptr(GPtrArray) lists = cl_ui_find_widgets (GTK_WIDGET (fixture->group),
                                                    GTK_TYPE_LIST_BOX);

  list = g_ptr_array_index (lists, lists->len - 1);
  return gtk_list_box_get_row_at_index (list, index);
}

static void
test_edit_and_delete (Fixture      *fixture,
                      gconstpointer data)
{
  ClPracticeSessionDialog *dialog = NULL;
  GtkListBoxRow           *row;
  g_autofree char         *before = NULL;
  g_autofree char         *again = NULL;

  add_partner (fixture, "Ada Lovelace");
  add_session (fixture, CL_PREP_DOMAIN_CODING, CL_TEST_NOW - 2 * 86400 - 9 * 3600, 3);
  open_page (fixture, 1100);
  row = session_row (fixture, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "30 Oct 2026 · Ada Lovelace · Candidate");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Mean score 3.0 of 4 / 60 minutes");

  g_signal_emit_by_name (row, "activate");
  cl_ui_wait_for (find_dialog, &dialog);
  g_assert_true (gtk_toggle_button_get_active (
    cl_practice_session_dialog_get_level_button (dialog, 2, 3)));
  cl_ui_click (GTK_BUTTON (cl_practice_session_dialog_get_level_button (dialog, 2, 1)));
  type_into (dialog, "Duration (minutes)", "90");
  press_enter_in (dialog, "Duration (minutes)");
  cl_ui_wait_for (no_dialog, NULL);
  before = sessions_text (fixture);
  g_assert_cmpstr (before, ==, "1|2026-10-30|90|candidate||3,3,1,3\n");
  row = session_row (fixture, 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Mean score 2.5 of 4 / 90 minutes");
  g_assert_cmpstr (description (fixture), ==, "Coding: 1 session, 2.5 on 30 Oct.");

  cl_ui_click (cl_ui_find_icon_button (GTK_WIDGET (row), "user-trash-symbolic"));
  cl_ui_flush ();
  g_assert_cmpint (n_sessions (fixture), ==, 0);
  g_assert_cmpstr (description (fixture), ==, "Coding: no scored sessions yet.");
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (fixture->overlay), "_Undo"));
  cl_ui_flush ();
  again = sessions_text (fixture);
  g_assert_cmpstr (again, ==, before);
  g_assert_cmpstr (description (fixture), ==, "Coding: 1 session, 2.5 on 30 Oct.");
}

static void
test_narrow (Fixture      *fixture,
             gconstpointer data)
{
  ClPracticeSessionDialog *dialog;

  add_partner (fixture, "Ada Lovelace");
  add_session (fixture, CL_PREP_DOMAIN_CODING, CL_TEST_NOW - 12 * 86400 - 9 * 3600, 2);
  add_session (fixture, CL_PREP_DOMAIN_CODING, CL_TEST_NOW - 5 * 86400 - 9 * 3600, 3);
  open_page (fixture, 360);
  cl_ui_resize (fixture->window, 360, 760);
  cl_ui_scroll_to (GTK_WIDGET (fixture->group));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "practice-narrow");
  dialog = open_log_dialog (fixture);
  cl_ui_wait_for_frame (GTK_WIDGET (dialog));
  cl_ui_save_shot (GTK_WIDGET (dialog), "practice-dialog-narrow");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  cl_ui_wait_for (no_dialog, NULL);
}

static char *
partners_text (Fixture *fixture)
{
  return cl_test_query_text (fixture->base.database,
                             "SELECT c.name, c.roles, coalesce(p.field, ''), "
                             "coalesce(p.seniority, ''), coalesce(p.i_offer, ''), "
                             "coalesce(p.they_offer, ''), p.active FROM practice_partnerships p "
                             "JOIN contacts c ON c.id = p.contact_id ORDER BY p.id");
}

/* Types @text into the row titled @title of @expander and leaves it, which
 * saves it. */
static void
edit_partner_field (ClPartnersPage *page,
                    GtkWidget      *expander,
                    const char     *title,
                    const char     *text)
{
  AdwEntryRow *row = cl_ui_find_row (expander, ADW_TYPE_ENTRY_ROW, title);

  gtk_widget_grab_focus (GTK_WIDGET (cl_ui_row_text (row)));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  cl_ui_flush ();
  /* Enter saves, as leaving the field does; leaving it would also wait on
   * the X server making the window active. */
  g_signal_emit_by_name (row, "entry-activated");
  cl_ui_flush ();
}

static gboolean
seniority_message_shown (gpointer page)
{
  return cl_ui_message_shown (GTK_WIDGET (page),
                              "The partner’s seniority can be at most 100 characters long.");
}

static void
test_partners (Fixture      *fixture,
               gconstpointer data)
{
  ClPartnersPage  *page;
  GtkWidget       *expander;
  AdwEntryRow     *name_row;
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *too_long = g_strnfill (101, 'x');
  g_autofree char *sessions = NULL;
  g_autofree char *before = NULL;
  g_autoptr(GPtrArray) expanders = NULL;

  cl_test_add_contact (cl_context_get_contact_store (fixture->base.context), "Grace Hopper",
                       NULL);
  cl_test_add_contact (cl_context_get_contact_store (fixture->base.context), "Alan Turing",
                       NULL);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  page = CL_PARTNERS_PAGE (cl_partners_page_new ());
  adw_toast_overlay_set_child (fixture->overlay, GTK_WIDGET (page));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->overlay));
  gtk_window_set_default_size (fixture->window, 1100, 760);
  cl_partners_page_set_context (page, fixture->base.context);
  gtk_window_present (fixture->window);
  cl_ui_wait_for (cl_ui_is_mapped, page);

  /* By name: a new contact, a practice partner (role bit 6). */
  name_row = cl_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "New partner’s name");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "  ");
  g_signal_emit_by_name (name_row, "entry-activated");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Ada Lovelace");
  g_signal_emit_by_name (name_row, "entry-activated");
  cl_ui_flush ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "");
  /* Picked: Ada is a partner already, so two contacts are offered. */
  cl_ui_pick_by_typing (cl_ui_find_picker (GTK_WIDGET (page), "_Pick a Contact…"), "grace", 1);
  cl_ui_flush ();
  text = partners_text (fixture);
  g_assert_cmpstr (text, ==, "Ada Lovelace|64|||||1\nGrace Hopper|64|||||1\n");

  expanders = cl_ui_find_widgets (GTK_WIDGET (page), ADW_TYPE_EXPANDER_ROW);
  g_assert_cmpuint (expanders->len, ==, 2);
  expander = g_ptr_array_index (expanders, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (expander)), ==,
                   "Ada Lovelace");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), ==,
                   "Active · 0 sessions");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  cl_ui_flush ();
  edit_partner_field (page, expander, "Their field", "Data engineering");
  edit_partner_field (page, expander, "Their seniority", "Staff");
  edit_partner_field (page, expander, "What you offer", "ML fundamentals");
  edit_partner_field (page, expander, "What they offer", "System design mocks");
  edit_partner_field (page, expander, "Their seniority", too_long);
  /* The message row maps with the expander's contents: wait for it. */
  cl_ui_wait_for (seniority_message_shown, page);
  edited = partners_text (fixture);
  g_assert_cmpstr (edited, ==,
                   "Ada Lovelace|64|Data engineering|Staff|ML fundamentals|System design "
                   "mocks|1\nGrace Hopper|64|||||1\n");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), ==,
                   "Data engineering · Staff · Active · 0 sessions");
  edit_partner_field (page, expander, "Their seniority", "Staff");
  /* The count follows the sessions logged. */
  fixture->partnership = g_object_get_data (G_OBJECT (expander), "cl-partnership");
  add_session (fixture, CL_PREP_DOMAIN_CODING, CL_TEST_NOW - 3 * 86400, 2);
  add_session (fixture, CL_PREP_DOMAIN_BEHAVIORAL, CL_TEST_NOW - 2 * 86400, 3);
  cl_ui_flush ();
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), ==,
                   "Data engineering · Staff · Active · 2 sessions");
  cl_ui_wait_for_frame (GTK_WIDGET (page));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "partners-wide");
  cl_ui_resize (fixture->window, 360, 760);
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "partners-narrow");

  /* Removed, then back with Undo. */
  sessions = sessions_text (fixture);
  before = g_strdup (sessions);
  cl_ui_click (cl_ui_find_button (expander, "_Remove Partner"));
  cl_ui_flush ();
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM practice_partnerships"),
                   ==, 1);
  g_assert_cmpint (n_sessions (fixture), ==, 0);
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (fixture->overlay), "_Undo"));
  cl_ui_flush ();
  /* Back with its sessions and their scores. */
  g_clear_pointer (&sessions, g_free);
  sessions = sessions_text (fixture);
  g_assert_cmpstr (sessions, ==, before);
  g_clear_pointer (&text, g_free);
  text = partners_text (fixture);
  g_assert_cmpstr (text, ==,
                   "Grace Hopper|64|||||1\nAda Lovelace|64|Data engineering|Staff|ML "
                   "fundamentals|System design mocks|1\n");
}

/* The titles of the criteria listed, joined with ", ". */
static char *
criteria_titles (ClCriteriaWindow *window)
{
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW);
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    g_string_append_printf (titles, "%s%s", i > 0 ? ", " : "",
                            adw_preferences_row_get_title (g_ptr_array_index (rows, i)));
  return g_string_free (titles, FALSE);
}

static void
test_criteria (Fixture      *fixture,
               gconstpointer data)
{
  ClCriteriaWindow *window = cl_criteria_window_new (NULL, fixture->base.context,
                                                     CL_PREP_DOMAIN_ML_SYSTEM_DESIGN);
  GListModel       *criteria = cl_practice_store_get_criteria (store_of (fixture),
                                                               CL_PREP_DOMAIN_ML_SYSTEM_DESIGN);
  g_autofree char  *titles = NULL;
  AdwEntryRow      *name;

  gtk_window_present (GTK_WINDOW (window));
  cl_ui_wait_for (cl_ui_is_mapped, window);
  titles = criteria_titles (window);
  g_assert_cmpstr (titles, ==, "Communication, Problem solving, Technical depth, Testing");
  g_clear_pointer (&titles, g_free);

  /* A blank name is refused beside the field. */
  g_assert_false (cl_criteria_window_add (window, "   "));
  name = cl_ui_find_row (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, "New criterion’s name");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 4);

  /* The domain's own replace the defaults. */
  gtk_editable_set_text (GTK_EDITABLE (name), "Trade-offs");
  g_signal_emit_by_name (name, "entry-activated");
  cl_ui_flush ();
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  titles = criteria_titles (window);
  g_assert_cmpstr (titles, ==, "Trade-offs");
  g_clear_pointer (&titles, g_free);
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 1);

  /* What a level means, saved as it is typed and left. */
  {
    GtkWidget   *expander = cl_ui_find_widget (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW);
    AdwEntryRow *level = NULL;
    g_autoptr(ClRubricCriterion) criterion = g_list_model_get_item (criteria, 0);

    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
    cl_ui_flush ();
    level = cl_ui_find_row (expander, ADW_TYPE_ENTRY_ROW, "What 4 means");
    gtk_widget_grab_focus (GTK_WIDGET (cl_ui_row_text (level)));
    gtk_editable_set_text (GTK_EDITABLE (level), "Weighs latency against cost unprompted");
    g_signal_emit_by_name (level, "entry-activated");
    cl_ui_flush ();
    g_assert_cmpstr (cl_rubric_criterion_get_level (criterion, 4), ==,
                     "Weighs latency against cost unprompted");
    cl_ui_wait_for_frame (GTK_WIDGET (window));
    cl_ui_save_shot (GTK_WIDGET (window), "criteria-window");

    /* Removed, the defaults come back. */
    cl_ui_click (cl_ui_find_icon_button (expander, "user-trash-symbolic"));
  }
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 4);
  titles = criteria_titles (window);
  g_assert_cmpstr (titles, ==, "Communication, Problem solving, Technical depth, Testing");
  gtk_window_destroy (GTK_WINDOW (window));
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
  g_test_add ("/ui/practice/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("log-session", test_log_session);
  ADD ("refusals", test_refusals);
  ADD ("no-partner", test_no_partner);
  ADD ("edit-and-delete", test_edit_and_delete);
  ADD ("narrow", test_narrow);
  ADD ("partners", test_partners);
  ADD ("criteria", test_criteria);
#undef ADD

  return g_test_run ();
}
