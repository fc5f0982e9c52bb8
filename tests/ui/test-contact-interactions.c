/* test-contact-interactions.c — a contact's interactions and stay-in-touch plan on their page
 *
 * Builds the Contacts page over a temporary database (the clock fixed at
 * CL_TEST_NOW, Sun 1 Nov 2026 09:00 UTC) with a contact and an application,
 * shows the contact and drives the two sections: "Log Interaction…" opens
 * the dialog with the keyboard in the summary, Enter saves, and the new
 * interaction is listed first with its channel and application while "Last
 * contacted" follows; an empty summary is said below the field and nothing
 * is saved; Delete takes one away and the toast's Undo brings it back; the
 * cadence is saved as it changes (read again from the database); "Due"
 * says when the next follow-up is, by the clock.  Warnings are fatal.
 * Exits 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-contact-interactions"

#include "config.h"

#include "cl-contact-interactions.h"
#include "cl-contact-page.h"
#include "cl-contact-stay-in-touch.h"
#include "cl-contacts-view.h"
#include "cl-interaction-dialog.h"
#include "cl-ui-test-util.h"

#define DAY (24 * 60 * 60)

typedef struct
{
  ClTestFixture          base;
  ClContact             *ada; /* the store's */
  ClApplication         *acme;
  GtkWindow             *window;
  ClContactsView        *view;
  ClContactPage         *page;
  ClContactInteractions *interactions;
  ClContactStayInTouch  *stay;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->ada = cl_test_add_contact (cl_context_get_contact_store (fixture->base.context),
                                      "Ada Lovelace", "Analytical Engines");
  fixture->acme = cl_ui_add_application (fixture->base.context, "Acme", "ML Engineer", 0);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      gtk_window_destroy (l->data);
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  cl_ui_flush ();
  cl_test_fixture_teardown (&fixture->base);
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

static void
open_page (Fixture *fixture,
           int      width)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = g_object_new (CL_TYPE_CONTACTS_VIEW, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_set_default_size (fixture->window, width, 800);
  cl_contacts_view_set_context (fixture->view, fixture->base.context);
  gtk_window_present (fixture->window);
  cl_ui_wait_for (is_allocated, fixture->view);
  fixture->page = cl_ui_find_widget (GTK_WIDGET (fixture->view), CL_TYPE_CONTACT_PAGE);
  fixture->interactions = cl_ui_find_widget (GTK_WIDGET (fixture->page),
                                             CL_TYPE_CONTACT_INTERACTIONS);
  fixture->stay = cl_ui_find_widget (GTK_WIDGET (fixture->page), CL_TYPE_CONTACT_STAY_IN_TOUCH);
  g_assert_true (cl_contacts_view_show_contact (fixture->view, cl_contact_get_id (fixture->ada)));
  cl_ui_flush ();
}

static gint64
count_interactions (Fixture *fixture)
{
  return cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM interactions");
}

static ClInteraction *
add_interaction (Fixture             *fixture,
                 gint64               occurred_at,
                 ClInteractionChannel channel,
                 const char          *summary)
{
  g_autoptr(GError) error = NULL;
  ClInteraction *interaction = cl_interaction_new (cl_contact_get_id (fixture->ada), occurred_at,
                                                   channel, summary);

  g_assert_true (cl_contact_store_add_interaction (
    cl_context_get_contact_store (fixture->base.context), interaction, &error));
  g_assert_no_error (error);
  return interaction;
}

/* The rows of the Interactions list, newest first. */
static GPtrArray *
interaction_rows (Fixture *fixture)
{
  return cl_ui_find_widgets (GTK_WIDGET (fixture->interactions), ADW_TYPE_ACTION_ROW);
}

static const char *
row_title (gpointer row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static const char *
stay_subtitle (Fixture    *fixture,
               const char *title)
{
  return adw_action_row_get_subtitle (
    cl_ui_find_row (GTK_WIDGET (fixture->stay), ADW_TYPE_ACTION_ROW, title));
}

static gboolean
has_dialog (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (CL_IS_INTERACTION_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      {
        *(ClInteractionDialog **) data = l->data;
        return TRUE;
      }
  return FALSE;
}

static ClInteractionDialog *
open_log_dialog (Fixture *fixture)
{
  ClInteractionDialog *dialog = NULL;

  cl_ui_click (cl_ui_find_button (GTK_WIDGET (fixture->interactions), "Log Interaction…"));
  cl_ui_wait_for (has_dialog, &dialog);
  return dialog;
}

static AdwEntryRow *
dialog_entry (ClInteractionDialog *dialog,
              const char          *title)
{
  return cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);
}

typedef struct
{
  GtkWindow *window;
  GtkWidget *widget;
} FocusCheck;

static gboolean
focus_is (gpointer data)
{
  FocusCheck *check = data;
  GtkWidget  *focus = gtk_window_get_focus (check->window);

  return focus != NULL && (focus == check->widget || gtk_widget_is_ancestor (focus, check->widget));
}

static gboolean
is_destroyed (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* The message shown right below @row (a row of a dialog's list), or NULL. */
static const char *
problem_below (GtkWidget *row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (row);
  g_autoptr(GPtrArray) labels = NULL;

  if (next == NULL || ADW_IS_PREFERENCES_ROW (next) || !gtk_widget_get_visible (next))
    return NULL;
  labels = cl_ui_find_widgets (next, GTK_TYPE_LABEL);
  return labels->len > 0 ? gtk_label_get_text (g_ptr_array_index (labels, 0)) : NULL;
}

/* Tests -------------------------------------------------------------------- */

static void
test_log (Fixture      *fixture,
          gconstpointer data)
{
  g_autoptr(ClInteraction) older = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  ClInteractionDialog *dialog;
  AdwEntryRow         *summary;
  AdwComboRow         *channel;
  AdwComboRow         *about;
  GListModel          *choices;
  FocusCheck           check;
  guint                acme_index = G_MAXUINT;

  older = add_interaction (fixture, CL_TEST_NOW - 5 * DAY, CL_INTERACTION_CHANNEL_EMAIL,
                           "Sent my CV");
  open_page (fixture, 1100);
  rows = interaction_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (stay_subtitle (fixture, "Last contacted"), ==, "5 days ago — 27 Oct 2026");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* The keyboard starts in the summary; the day and time say now. */
  dialog = open_log_dialog (fixture);
  summary = dialog_entry (dialog, "Summary");
  check.window = GTK_WINDOW (dialog);
  check.widget = GTK_WIDGET (summary);
  cl_ui_wait_for (focus_is, &check);
  cl_ui_flush ();
  /* The day is not left selected by the dialog's first focus. */
  g_assert_false (gtk_editable_get_selection_bounds (
    GTK_EDITABLE (dialog_entry (dialog, "Day (year-month-day)")), NULL, NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_entry (dialog,
                                                                      "Day (year-month-day)"))),
                   ==, "2026-11-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_entry (dialog, "Time"))), ==,
                   "09:00");

  gtk_editable_set_text (GTK_EDITABLE (summary), "Coffee chat about the team");
  channel = cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Channel");
  adw_combo_row_set_selected (channel, CL_INTERACTION_CHANNEL_CALL);
  about = cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "About the application");
  choices = adw_combo_row_get_model (about);
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (choices), i),
                   "Acme — ML Engineer") == 0)
      acme_index = i;
  g_assert_cmpuint (acme_index, !=, G_MAXUINT);
  adw_combo_row_set_selected (about, acme_index);

  /* Enter in the summary saves, and the dialog goes. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_emit_by_name (cl_ui_row_text (summary), "activate");
  cl_ui_flush ();
  cl_ui_wait_for (is_destroyed, &dialog);
  g_assert_cmpint (count_interactions (fixture), ==, 2);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT application_id FROM interactions "
                                        "WHERE summary = 'Coffee chat about the team'"),
                   ==, cl_application_get_id (fixture->acme));

  /* Listed first, with its channel and application; last contacted now. */
  rows = interaction_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (row_title (g_ptr_array_index (rows, 0)), ==, "Coffee chat about the team");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   "Sun 1 Nov 2026, 09:00 · Call · Acme — ML Engineer");
  g_assert_cmpstr (row_title (g_ptr_array_index (rows, 1)), ==, "Sent my CV");
  g_assert_cmpstr (stay_subtitle (fixture, "Last contacted"), ==, "Today — 1 Nov 2026");
  g_assert_cmpint (cl_contact_get_last_contacted (fixture->ada), ==, CL_TEST_NOW);
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "contact-interactions");

  /* Its buttons have a tooltip and are named after it; Log Interaction
   * is named without its ellipsis, even after the page fixed mnemonics. */
  {
    GtkButton *edit = cl_ui_find_icon_button (g_ptr_array_index (rows, 0),
                                              "document-edit-symbolic");
    GtkButton *delete = cl_ui_find_icon_button (g_ptr_array_index (rows, 0),
                                                "user-trash-symbolic");

    g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (edit)), ==, "Edit the Interaction");
    gtk_test_accessible_assert_property (edit, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Edit the interaction “Coffee chat about the team”");
    g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (delete)), ==,
                     "Delete the Interaction");
    gtk_test_accessible_assert_property (delete, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Delete the interaction “Coffee chat about the team”");
    gtk_test_accessible_assert_property (cl_ui_find_button (GTK_WIDGET (fixture->interactions),
                                                            "Log Interaction…"),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL, "Log Interaction");
  }
}

static void
test_edit (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr(ClInteraction) met = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  ClInteractionDialog *dialog = NULL;
  AdwEntryRow         *summary;

  met = add_interaction (fixture, CL_TEST_NOW - DAY, CL_INTERACTION_CHANNEL_EVENT,
                         "Met at NeurIPS");
  open_page (fixture, 1100);
  rows = interaction_rows (fixture);
  cl_ui_click (cl_ui_find_icon_button (g_ptr_array_index (rows, 0), "document-edit-symbolic"));
  cl_ui_wait_for (has_dialog, &dialog);
  summary = dialog_entry (dialog, "Summary");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (summary)), ==, "Met at NeurIPS");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_entry (dialog, "Time"))), ==,
                   "09:00");
  gtk_editable_set_text (GTK_EDITABLE (summary), "Met at NeurIPS, poster session");
  gtk_editable_set_text (GTK_EDITABLE (dialog_entry (dialog, "Time")), "16:30");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  cl_ui_flush ();
  g_assert_cmpint (count_interactions (fixture), ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = interaction_rows (fixture);
  g_assert_cmpstr (row_title (g_ptr_array_index (rows, 0)), ==, "Met at NeurIPS, poster session");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   "Sat 31 Oct 2026, 16:30 · At an event");
}

static void
test_empty_summary (Fixture      *fixture,
                    gconstpointer data)
{
  ClInteractionDialog *dialog;
  AdwEntryRow         *summary;
  AdwEntryRow         *day;

  open_page (fixture, 1100);
  dialog = open_log_dialog (fixture);
  summary = dialog_entry (dialog, "Summary");
  g_assert_null (problem_below (GTK_WIDGET (summary)));

  /* Nothing typed: said below the summary, nothing saved, still open. */
  gtk_editable_set_text (GTK_EDITABLE (summary), "   ");
  g_signal_emit_by_name (cl_ui_row_text (summary), "activate");
  cl_ui_flush ();
  g_assert_cmpstr (problem_below (GTK_WIDGET (summary)), ==,
                   "Say what it was about: a few words are enough.");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (summary), "error"));
  gtk_test_accessible_assert_state (cl_ui_row_text (summary), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  g_assert_cmpint (count_interactions (fixture), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (interaction_rows (fixture)->len, ==, 0);

  /* A day that cannot be read is said as it is typed. */
  day = dialog_entry (dialog, "Day (year-month-day)");
  gtk_editable_set_text (GTK_EDITABLE (day), "2026-02-30");
  g_assert_nonnull (problem_below (GTK_WIDGET (day)));
  gtk_editable_set_text (GTK_EDITABLE (summary), "Thank-you note");
  g_assert_null (problem_below (GTK_WIDGET (summary)));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  cl_ui_flush ();
  g_assert_cmpint (count_interactions (fixture), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (day), "2026-10-30");
  g_assert_null (problem_below (GTK_WIDGET (day)));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  cl_ui_flush ();
  g_assert_cmpint (count_interactions (fixture), ==, 1);

  /* Escape, as "cancel", saves nothing. */
  dialog = open_log_dialog (fixture);
  gtk_editable_set_text (GTK_EDITABLE (dialog_entry (dialog, "Summary")), "Never sent");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  cl_ui_flush ();
  g_assert_cmpint (count_interactions (fixture), ==, 1);
}

static void
test_delete_undo (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr(ClInteraction) call = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  gboolean placeholder = FALSE;

  call = add_interaction (fixture, CL_TEST_NOW - 2 * DAY, CL_INTERACTION_CHANNEL_CALL,
                          "Phone screen prep");
  g_object_set (call, "application-id", cl_application_get_id (fixture->acme), NULL);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ClInteraction) copy = cl_interaction_copy (call);

    g_object_set (copy, "application-id", cl_application_get_id (fixture->acme), NULL);
    g_assert_true (cl_contact_store_update_interaction (
      cl_context_get_contact_store (fixture->base.context), copy, &error));
    g_assert_no_error (error);
  }
  open_page (fixture, 1100);
  rows = interaction_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 1);

  cl_ui_click (cl_ui_find_icon_button (g_ptr_array_index (rows, 0), "user-trash-symbolic"));
  cl_ui_flush ();
  g_assert_cmpint (count_interactions (fixture), ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = interaction_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 0);
  labels = cl_ui_find_widgets (GTK_WIDGET (fixture->interactions), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)),
                   "No interactions logged yet.") == 0 &&
        gtk_widget_is_visible (g_ptr_array_index (labels, i)))
      placeholder = TRUE;
  g_assert_true (placeholder);
  g_assert_cmpstr (stay_subtitle (fixture, "Last contacted"), ==, "Never");
  /* The focus is not lost: "Log Interaction…" has it. */
  g_assert_true (gtk_window_get_focus (fixture->window) ==
                 GTK_WIDGET (cl_ui_find_button (GTK_WIDGET (fixture->interactions),
                                                "Log Interaction…")));

  /* Undo brings it back, with its channel, day and application. */
  cl_ui_click (cl_ui_find_button (gtk_window_get_child (fixture->window), "_Undo"));
  cl_ui_flush ();
  g_assert_cmpint (count_interactions (fixture), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT application_id FROM interactions"),
                   ==, cl_application_get_id (fixture->acme));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = interaction_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (row_title (g_ptr_array_index (rows, 0)), ==, "Phone screen prep");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   "Fri 30 Oct 2026, 09:00 · Call · Acme — ML Engineer");
  g_assert_cmpstr (stay_subtitle (fixture, "Last contacted"), ==, "2 days ago — 30 Oct 2026");
}

static void
test_cadence (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr(ClContext) reloaded = NULL;
  GtkSpinButton *spin;
  ClContact     *again;

  open_page (fixture, 1100);
  spin = cl_ui_find_widget (GTK_WIDGET (fixture->stay), GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 0);
  gtk_spin_button_set_value (spin, 14);
  cl_ui_flush ();
  g_assert_cmpuint (cl_contact_get_cadence_days (fixture->ada), ==, 14);

  /* Saved for good: a new context reads it from the database. */
  reloaded = cl_test_fixture_reload (&fixture->base);
  again = cl_contact_store_find_contact (cl_context_get_contact_store (reloaded),
                                         cl_contact_get_id (fixture->ada));
  g_assert_nonnull (again);
  g_assert_cmpuint (cl_contact_get_cadence_days (again), ==, 14);

  /* Back to none. */
  gtk_spin_button_set_value (spin, 0);
  cl_ui_flush ();
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT coalesce(cadence_days, 0) FROM contacts"),
                   ==, 0);
}

static void
set_next_follow_up (Fixture *fixture,
                    gint64   day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClContact) copy = cl_contact_copy (fixture->ada);

  g_object_set (copy, "next-follow-up", day, NULL);
  g_assert_true (cl_contact_store_update_contact (
    cl_context_get_contact_store (fixture->base.context), copy, &error));
  g_assert_no_error (error);
}

static void
test_due (Fixture      *fixture,
          gconstpointer data)
{
  /* Thu 5 Nov 2026 00:00 UTC. */
  const gint64 thursday = CL_TEST_NOW - 9 * 60 * 60 + 4 * DAY;
  AdwEntryRow *next;

  open_page (fixture, 1100);
  g_assert_cmpstr (stay_subtitle (fixture, "Due"), ==, "Nothing planned");

  /* A date set elsewhere shows, in days from the clock's today. */
  set_next_follow_up (fixture, thursday);
  cl_ui_flush ();
  next = cl_ui_find_row (GTK_WIDGET (fixture->stay), ADW_TYPE_ENTRY_ROW,
                         "Next follow-up (year-month-day)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (next)), ==, "2026-11-05");
  g_assert_cmpstr (stay_subtitle (fixture, "Due"), ==, "In 4 days — 5 Nov 2026");

  /* The days pass: the clock's day-changed updates it. */
  cl_clock_advance (fixture->base.clock, 3 * DAY);
  cl_ui_flush ();
  g_assert_cmpstr (stay_subtitle (fixture, "Due"), ==, "Tomorrow — 5 Nov 2026");
  cl_clock_advance (fixture->base.clock, DAY);
  cl_ui_flush ();
  g_assert_cmpstr (stay_subtitle (fixture, "Due"), ==, "Due today — 5 Nov 2026");
  cl_clock_advance (fixture->base.clock, 2 * DAY);
  cl_ui_flush ();
  g_assert_cmpstr (stay_subtitle (fixture, "Due"), ==, "Overdue since 5 Nov 2026");

  /* Typed, the date is saved after the pause (flushed here). */
  gtk_editable_set_text (GTK_EDITABLE (next), "2026-11-20");
  cl_contact_page_flush (fixture->page);
  cl_ui_flush ();
  g_assert_cmpint (cl_contact_get_next_follow_up (fixture->ada), ==, thursday + 15 * DAY);
  g_assert_cmpstr (stay_subtitle (fixture, "Due"), ==, "In 13 days — 20 Nov 2026");

  /* Wrong text is said and not saved. */
  gtk_editable_set_text (GTK_EDITABLE (next), "next week");
  cl_contact_page_flush (fixture->page);
  cl_ui_flush ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (next), "error"));
  g_assert_cmpint (cl_contact_get_next_follow_up (fixture->ada), ==, thursday + 15 * DAY);
  /* Leaving the page says what it keeps. */
  {
    g_autofree char *unsaved = cl_contact_page_get_unsaved (fixture->page);

    g_assert_nonnull (unsaved);
    g_assert_nonnull (strstr (unsaved, "The next follow-up"));
  }

  /* The clear button drops it. */
  cl_ui_click (cl_ui_find_icon_button (GTK_WIDGET (next), "edit-clear-symbolic"));
  cl_ui_flush ();
  g_assert_cmpint (cl_contact_get_next_follow_up (fixture->ada), ==, 0);
  g_assert_cmpstr (stay_subtitle (fixture, "Due"), ==, "Nothing planned");

  /* A cadence counts from the last contact (never: from when added). */
  {
    g_autoptr(ClInteraction) chat = add_interaction (fixture, CL_TEST_NOW,
                                                      CL_INTERACTION_CHANNEL_VIDEO, "Video chat");
    GtkSpinButton *spin = cl_ui_find_widget (GTK_WIDGET (fixture->stay), GTK_TYPE_SPIN_BUTTON);

    gtk_spin_button_set_value (spin, 30);
    cl_ui_flush ();
    g_assert_cmpstr (stay_subtitle (fixture, "Due"), ==, "In 24 days — 1 Dec 2026");
  }
}

int
main (int   argc,
      char *argv[])
{
  /* The checks read English labels. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    return 77;
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/ui/contact-interactions/" path, Fixture, NULL, fixture_setup, func, \
              fixture_teardown)
  ADD ("log", test_log);
  ADD ("edit", test_edit);
  ADD ("empty-summary", test_empty_summary);
  ADD ("delete-undo", test_delete_undo);
  ADD ("cadence", test_cadence);
  ADD ("due", test_due);
#undef ADD

  return g_test_run ();
}
