/* test-rounds-journal.c — the rounds and journal sections edit what they show
 *
 * Drives both sections, in a window with a toast overlay as the application
 * page gives them, against a temporary database; what was saved is read
 * back through the stores.  Exits 77 (skipped) only when there is no
 * display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-rounds-journal"

#include "config.h"

#include <string.h>

#include "cl-application-section.h"
#include "cl-journal-entry-row.h"
#include "cl-journal-section.h"
#include "cl-round-row.h"
#include "cl-rounds-section.h"
#include "cl-ui-test-util.h"

typedef struct
{
  ClTestFixture  base;
  ClApplication *application; /* owned by the store */
  GtkWidget     *window;
  GtkWidget     *overlay;
  GtkWidget     *rounds;
  GtkWidget     *journal;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  cl_test_fixture_setup (&fixture->base);
  fixture->application = cl_ui_add_application (fixture->base.context, "Deep Lattice",
                                                "ML Engineer", 0);

  fixture->rounds = cl_rounds_section_new ();
  fixture->journal = cl_journal_section_new ();
  gtk_box_append (GTK_BOX (box), fixture->rounds);
  gtk_box_append (GTK_BOX (box), fixture->journal);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  fixture->overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (fixture->overlay), scroller);
  fixture->window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 720, 900);
  adw_window_set_content (ADW_WINDOW (fixture->window), fixture->overlay);

  cl_application_section_set_application (CL_APPLICATION_SECTION (fixture->rounds),
                                          fixture->base.context, fixture->application);
  cl_application_section_set_application (CL_APPLICATION_SECTION (fixture->journal),
                                          fixture->base.context, fixture->application);
  gtk_window_present (GTK_WINDOW (fixture->window));
  cl_ui_wait_for (cl_ui_is_mapped, fixture->window);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  cl_ui_flush ();
  cl_test_fixture_teardown (&fixture->base);
}

/* Helpers ------------------------------------------------------------------ */

static gint64
app_id (Fixture *fixture)
{
  return cl_application_get_id (fixture->application);
}

static GListModel *
stored_rounds (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListModel *rounds = cl_round_store_list_for_application (
    cl_context_get_round_store (fixture->base.context), app_id (fixture), &error);

  g_assert_no_error (error);
  return rounds;
}

static ClRound *
stored_round (Fixture *fixture,
              guint    position)
{
  g_autoptr(GListModel) rounds = stored_rounds (fixture);

  g_assert_cmpuint (position, <, g_list_model_get_n_items (rounds));
  return g_list_model_get_item (rounds, position);
}

static guint
n_stored_rounds (Fixture *fixture)
{
  g_autoptr(GListModel) rounds = stored_rounds (fixture);

  return g_list_model_get_n_items (rounds);
}

static ClRound *
add_stored_round (Fixture    *fixture,
                  const char *title)
{
  g_autoptr(ClRound) round = cl_round_new (app_id (fixture), CL_ROUND_KIND_CODING);
  g_autoptr(GError) error = NULL;

  g_object_set (round, "title", title, NULL);
  cl_round_store_add_round (cl_context_get_round_store (fixture->base.context), round, &error);
  g_assert_no_error (error);
  cl_ui_flush ();
  return g_steal_pointer (&round);
}

/* The round rows in the order the list shows them. */
static GPtrArray *
round_rows (Fixture *fixture)
{
  return cl_ui_find_widgets (fixture->rounds, CL_TYPE_ROUND_ROW);
}

static ClRoundRow *
round_row (Fixture *fixture,
           guint    index)
{
  g_autoptr(GPtrArray) rows = round_rows (fixture);

  g_assert_cmpuint (index, <, rows->len);
  return g_ptr_array_index (rows, index);
}

static const char *
row_title_at (Fixture *fixture,
              guint    index)
{
  return cl_round_get_title (cl_round_row_get_round (round_row (fixture, index)));
}

/* Types @text into the entry row titled @title below @root and presses
 * Enter, as a user finishing a field does. */
static void
enter_text (gpointer    root,
            const char *title,
            const char *text)
{
  AdwEntryRow *row = cl_ui_find_row (GTK_WIDGET (root), ADW_TYPE_ENTRY_ROW, title);

  gtk_widget_grab_focus (GTK_WIDGET (cl_ui_row_text (row)));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "entry-activated");
  cl_ui_flush ();
}

/* The message shown right below @row, or NULL. */
static const char *
message_below (gpointer row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (GTK_WIDGET (row));
  GtkWidget *label;

  if (next == NULL || !GTK_IS_LIST_BOX_ROW (next) || ADW_IS_PREFERENCES_ROW (next) ||
      !gtk_widget_get_visible (next))
    return NULL;
  label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (next));
  return GTK_IS_LABEL (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static void
select_choice (gpointer    root,
               const char *title,
               const char *label)
{
  AdwComboRow *row = cl_ui_find_row (GTK_WIDGET (root), ADW_TYPE_COMBO_ROW, title);
  GListModel  *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label))
      {
        adw_combo_row_set_selected (row, i);
        cl_ui_flush ();
        return;
      }
  g_error ("“%s” has no choice “%s”", title, label);
}

static GArray *
stored_interviewers (Fixture *fixture,
                     ClRound *round)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = cl_round_store_get_interviewers (cl_context_get_round_store (fixture->base.context),
                                                 cl_round_get_id (round), &error);

  g_assert_no_error (error);
  return ids;
}

/* Rounds ------------------------------------------------------------------- */

static void
test_round_add_and_edit (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr(ClRound) round = NULL;
  g_autoptr(GDateTime) expected = g_date_time_new_local (2026, 11, 20, 14, 0, 0);
  ClRoundRow *row;

  g_assert_cmpuint (n_stored_rounds (fixture), ==, 0);
  cl_ui_activate (cl_ui_find_button (fixture->rounds, "_Add Round"));
  g_assert_cmpuint (n_stored_rounds (fixture), ==, 1);
  row = round_row (fixture, 0);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));

  enter_text (row, "Title", "System design with the team lead");
  select_choice (row, "Kind", "ML system design");
  select_choice (row, "Status", "Scheduled");
  enter_text (row, "Day", "2026-11-20");
  enter_text (row, "Starts at", "14:00");
  enter_text (row, "Ends at, or lasts", "15:30");

  round = stored_round (fixture, 0);
  g_assert_cmpstr (cl_round_get_title (round), ==, "System design with the team lead");
  g_assert_cmpint (cl_round_get_kind (round), ==, CL_ROUND_KIND_ML_SYSTEM_DESIGN);
  g_assert_cmpint (cl_round_get_status (round), ==, CL_ROUND_STATUS_SCHEDULED);
  g_assert_cmpint (cl_round_get_scheduled_at (round), ==, g_date_time_to_unix (expected));
  g_assert_cmpuint (cl_round_get_duration_minutes (round), ==, 90);

  /* A duration works as well as an end time, and the end is shown back. */
  enter_text (row, "Ends at, or lasts", "45 min");
  g_clear_object (&round);
  round = stored_round (fixture, 0);
  g_assert_cmpuint (cl_round_get_duration_minutes (round), ==, 45);
  g_assert_cmpstr (gtk_editable_get_text (cl_ui_find_row (GTK_WIDGET (row), ADW_TYPE_ENTRY_ROW,
                                                          "Ends at, or lasts")),
                   ==, "14:45");
  /* The heading follows what was saved. */
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                            "System design with the team lead"));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                            "14:00–14:45"));
  g_assert_true (cl_application_section_get_valid (CL_APPLICATION_SECTION (fixture->rounds)));
}

static void
test_round_invalid_times (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr(ClRound) before = add_stored_round (fixture, "Coding");
  g_autoptr(ClRound) after = NULL;
  ClRoundRow  *row = round_row (fixture, 0);
  AdwEntryRow *end_row;
  AdwEntryRow *day_row;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  enter_text (row, "Day", "2026-11-20");
  enter_text (row, "Starts at", "14:00");
  enter_text (row, "Ends at, or lasts", "15:00");
  g_clear_object (&before);
  before = stored_round (fixture, 0);

  /* An end before the start is refused, and says so beside the field. */
  enter_text (row, "Ends at, or lasts", "13:00");
  end_row = cl_ui_find_row (GTK_WIDGET (row), ADW_TYPE_ENTRY_ROW, "Ends at, or lasts");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (end_row), "error"));
  g_assert_nonnull (message_below (end_row));
  g_assert_nonnull (strstr (message_below (end_row), "after the start"));
  g_assert_false (cl_application_section_get_valid (CL_APPLICATION_SECTION (fixture->rounds)));
  after = stored_round (fixture, 0);
  g_assert_cmpuint (cl_round_get_duration_minutes (after), ==, 60);
  g_assert_cmpint (cl_round_get_scheduled_at (after), ==, cl_round_get_scheduled_at (before));

  /* So are a day that does not exist and a time that is no time. */
  enter_text (row, "Day", "2026-02-30");
  day_row = cl_ui_find_row (GTK_WIDGET (row), ADW_TYPE_ENTRY_ROW, "Day");
  g_assert_nonnull (strstr (message_below (day_row), "2026-03-14"));
  enter_text (row, "Starts at", "25:00");
  g_assert_nonnull (message_below (cl_ui_find_row (GTK_WIDGET (row), ADW_TYPE_ENTRY_ROW,
                                                   "Starts at")));
  g_clear_object (&after);
  after = stored_round (fixture, 0);
  g_assert_cmpint (cl_round_get_scheduled_at (after), ==, cl_round_get_scheduled_at (before));
  g_assert_nonnull (cl_application_section_get_unsaved (CL_APPLICATION_SECTION (fixture->rounds)));

  /* Corrected, each field saves and its message goes. */
  enter_text (row, "Day", "2026-11-21");
  enter_text (row, "Starts at", "10:00");
  enter_text (row, "Ends at, or lasts", "1 h");
  g_assert_null (message_below (end_row));
  g_assert_null (message_below (day_row));
  g_assert_true (cl_application_section_get_valid (CL_APPLICATION_SECTION (fixture->rounds)));
  g_clear_object (&after);
  after = stored_round (fixture, 0);
  g_assert_cmpuint (cl_round_get_duration_minutes (after), ==, 60);
  {
    g_autoptr(GDateTime) expected = g_date_time_new_local (2026, 11, 21, 10, 0, 0);

    g_assert_cmpint (cl_round_get_scheduled_at (after), ==, g_date_time_to_unix (expected));
  }
}

static void
test_round_interviewers (Fixture      *fixture,
                         gconstpointer data)
{
  ClContactStore *contacts = cl_context_get_contact_store (fixture->base.context);
  g_autoptr(ClRound) round = add_stored_round (fixture, "Onsite");
  g_autoptr(GArray) ids = NULL;
  ClContact  *known = cl_test_add_contact (contacts, "Bo Li", NULL);
  guint       n_contacts = g_list_model_get_n_items (cl_contact_store_get_contacts (contacts));
  ClRoundRow *row = round_row (fixture, 0);
  ClContact  *added;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  /* A new name makes a contact, at the application's company. */
  enter_text (row, "Add an interviewer by name", "Ana Diaz");
  /* A known one, however written, is that contact. */
  enter_text (row, "Add an interviewer by name", "  bo LI ");
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_store_get_contacts (contacts)), ==,
                    n_contacts + 1);

  ids = stored_interviewers (fixture, round);
  g_assert_cmpuint (ids->len, ==, 2);
  added = cl_contact_store_find_contact (contacts, g_array_index (ids, gint64, 0));
  if (g_array_index (ids, gint64, 0) == cl_contact_get_id (known))
    added = cl_contact_store_find_contact (contacts, g_array_index (ids, gint64, 1));
  g_assert_cmpstr (cl_contact_get_name (added), ==, "Ana Diaz");
  g_assert_cmpuint (cl_contact_get_roles (added), ==,
                    CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_INTERVIEWER));
  g_assert_cmpstr (cl_contact_get_company_name (added), ==, "Deep Lattice");
  g_assert_nonnull (cl_ui_find_row (GTK_WIDGET (row), ADW_TYPE_ACTION_ROW, "Ana Diaz"));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "Bo Li"));
  g_assert_cmpstr (gtk_editable_get_text (cl_ui_find_row (GTK_WIDGET (row), ADW_TYPE_ENTRY_ROW,
                                                          "Add an interviewer by name")),
                   ==, "");

  /* Removed, the contact stays but not as an interviewer. */
  {
    AdwActionRow *ana = cl_ui_find_row (GTK_WIDGET (row), ADW_TYPE_ACTION_ROW, "Ana Diaz");

    cl_ui_click (GTK_BUTTON (cl_ui_find_widget (GTK_WIDGET (ana), GTK_TYPE_BUTTON)));
    cl_ui_flush ();
  }
  g_clear_pointer (&ids, g_array_unref);
  ids = stored_interviewers (fixture, round);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, cl_contact_get_id (known));
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_store_get_contacts (contacts)), ==,
                    n_contacts + 1);
}

static void
assert_order (Fixture    *fixture,
              const char *first,
              const char *second,
              const char *third)
{
  const char *expected[] = { first, second, third };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(ClRound) round = stored_round (fixture, i);

      g_assert_cmpstr (cl_round_get_title (round), ==, expected[i]);
      g_assert_cmpstr (row_title_at (fixture, i), ==, expected[i]);
    }
}

static void
test_round_reorder (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr(ClRound) a = add_stored_round (fixture, "A");
  g_autoptr(ClRound) b = add_stored_round (fixture, "B");
  g_autoptr(ClRound) c = add_stored_round (fixture, "C");
  GtkWidget *focus;

  assert_order (fixture, "A", "B", "C");

  /* Alt+Up on the focused round moves it up; the focus stays with it. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (round_row (fixture, 2)), TRUE);
  focus = GTK_WIDGET (cl_ui_row_text (cl_ui_find_row (GTK_WIDGET (round_row (fixture, 2)),
                                                      ADW_TYPE_ENTRY_ROW, "Title")));
  gtk_widget_grab_focus (focus);
  g_assert_true (gtk_widget_activate_action (fixture->rounds, "rounds.move-up", NULL));
  cl_ui_flush ();
  assert_order (fixture, "A", "C", "B");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == focus);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (round_row (fixture, 1))));

  gtk_widget_activate_action (fixture->rounds, "rounds.move-up", NULL);
  cl_ui_flush ();
  assert_order (fixture, "C", "A", "B");
  /* At the top, up does nothing. */
  gtk_widget_activate_action (fixture->rounds, "rounds.move-up", NULL);
  cl_ui_flush ();
  assert_order (fixture, "C", "A", "B");
  gtk_widget_activate_action (fixture->rounds, "rounds.move-down", NULL);
  cl_ui_flush ();
  assert_order (fixture, "A", "C", "B");

  /* A round dropped on another takes its place. */
  {
    g_autoptr(ClRound) dragged = stored_round (fixture, 2);

    g_signal_emit_by_name (round_row (fixture, 0), "round-dropped", dragged);
    cl_ui_flush ();
  }
  assert_order (fixture, "B", "A", "C");
}

/* Whether the window's focus is @widget or inside it. */
static gboolean
focus_is_in (Fixture   *fixture,
             GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_round_delete_undo (Fixture      *fixture,
                        gconstpointer data)
{
  g_autoptr(ClRound) a = add_stored_round (fixture, "A");
  g_autoptr(ClRound) b = add_stored_round (fixture, "B");
  g_autoptr(ClRound) c = add_stored_round (fixture, "C");
  g_autoptr(ClRound) back = NULL;
  g_autoptr(GArray) ids = NULL;
  ClContact  *contact = cl_test_add_contact (cl_context_get_contact_store (fixture->base.context),
                                             "Ana Diaz", NULL);
  gint64      contact_id = cl_contact_get_id (contact);
  ClRoundRow *row;
  g_autoptr(GError) error = NULL;

  cl_round_store_set_interviewers (cl_context_get_round_store (fixture->base.context), b,
                                   &contact_id, 1, &error);
  g_assert_no_error (error);

  row = round_row (fixture, 1);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  cl_ui_flush ();
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (row), "_Delete Round"));
  cl_ui_flush ();
  g_assert_cmpuint (n_stored_rounds (fixture), ==, 2);
  g_assert_cmpuint (round_rows (fixture)->len, ==, 2);
  /* The keyboard stays in the list: on the next round's heading. */
  g_assert_true (focus_is_in (fixture, GTK_WIDGET (round_row (fixture, 1))));

  cl_ui_click (cl_ui_find_button (fixture->overlay, "_Undo"));
  cl_ui_flush ();
  g_assert_cmpuint (n_stored_rounds (fixture), ==, 3);
  assert_order (fixture, "A", "B", "C");
  /* …and on the round that came back. */
  g_assert_true (focus_is_in (fixture, GTK_WIDGET (round_row (fixture, 1))));
  back = stored_round (fixture, 1);
  g_assert_cmpint (cl_round_get_id (back), ==, cl_round_get_id (b));
  ids = stored_interviewers (fixture, back);
  g_assert_cmpuint (ids->len, ==, 1);
}

static void
test_format_source (Fixture      *fixture,
                    gconstpointer data)
{
  AdwEntryRow *contact_row = cl_ui_find_row (fixture->rounds, ADW_TYPE_ENTRY_ROW,
                                             "Contact who described it");
  AdwEntryRow *url_row = cl_ui_find_row (fixture->rounds, ADW_TYPE_ENTRY_ROW,
                                         "Link to the source");
  GtkWidget   *open = GTK_WIDGET (cl_ui_find_icon_button (GTK_WIDGET (url_row),
                                                          "web-browser-symbolic"));
  ClContact   *contact;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (contact_row)));
  select_choice (fixture->rounds, "Source of the format", "A contact");
  g_assert_cmpint (cl_application_get_format_source_kind (fixture->application), ==,
                   CL_FORMAT_SOURCE_CONTACT);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (contact_row)));

  enter_text (fixture->rounds, "Contact who described it", "Chloé Martin");
  contact = cl_contact_store_find_contact (
    cl_context_get_contact_store (fixture->base.context),
    cl_application_get_format_source_contact_id (fixture->application));
  g_assert_nonnull (contact);
  g_assert_cmpstr (cl_contact_get_name (contact), ==, "Chloé Martin");

  /* Another kind lets go of the contact. */
  select_choice (fixture->rounds, "Source of the format", "Glassdoor");
  g_assert_cmpint (cl_application_get_format_source_kind (fixture->application), ==,
                   CL_FORMAT_SOURCE_GLASSDOOR);
  g_assert_cmpint (cl_application_get_format_source_contact_id (fixture->application), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (contact_row)));

  /* A link is checked before it is saved. */
  g_assert_false (gtk_widget_get_sensitive (open));
  enter_text (fixture->rounds, "Link to the source", "javascript:alert(1)");
  g_assert_nonnull (message_below (url_row));
  g_assert_null (cl_application_get_format_source_url (fixture->application));
  enter_text (fixture->rounds, "Link to the source", "https://www.glassdoor.com/Interview/x");
  g_assert_null (message_below (url_row));
  g_assert_cmpstr (cl_application_get_format_source_url (fixture->application), ==,
                   "https://www.glassdoor.com/Interview/x");
  g_assert_true (gtk_widget_get_sensitive (open));

  enter_text (fixture->rounds, "Notes on the format", "Four rounds, one take-home");
  g_assert_cmpstr (cl_application_get_format_source_notes (fixture->application), ==,
                   "Four rounds, one take-home");
}

/* Journal ------------------------------------------------------------------ */

static GListModel *
stored_entries (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListModel *entries = cl_journal_store_list_for_application (
    cl_context_get_journal_store (fixture->base.context), app_id (fixture), &error);

  g_assert_no_error (error);
  return entries;
}

static guint
n_stored_entries (Fixture *fixture)
{
  g_autoptr(GListModel) entries = stored_entries (fixture);

  return g_list_model_get_n_items (entries);
}

static void
write_new_entry (Fixture    *fixture,
                 const char *body)
{
  GtkTextView *view = NULL;
  g_autoptr(GPtrArray) views = cl_ui_find_widgets (fixture->journal, GTK_TYPE_TEXT_VIEW);

  /* The form's text view comes before the entries'. */
  view = g_ptr_array_index (views, 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), body, -1);
}

static ClJournalEntryRow *
entry_row (Fixture *fixture,
           guint    index)
{
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (fixture->journal, CL_TYPE_JOURNAL_ENTRY_ROW);

  g_assert_cmpuint (index, <, rows->len);
  return g_ptr_array_index (rows, index);
}

static void
test_journal_add (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr(ClRound) round = add_stored_round (fixture, "Coding");
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(ClJournalEntry) entry = NULL;
  GtkButton *add = cl_ui_find_button (fixture->journal, "_Add Entry");

  /* An empty entry is refused, with a message. */
  cl_ui_activate (add);
  g_assert_cmpuint (n_stored_entries (fixture), ==, 0);
  g_assert_nonnull (cl_ui_find_shown_label (fixture->journal, "error"));

  write_new_entry (fixture, "They asked about tries.\nI should have drawn it first.");
  select_choice (fixture->journal, "Kind of entry", "Lesson");
  select_choice (fixture->journal, "About the round", "Round 1: Coding");
  cl_ui_activate (add);
  g_assert_cmpuint (n_stored_entries (fixture), ==, 1);
  g_assert_null (cl_ui_find_shown_label (fixture->journal, "error"));

  entries = stored_entries (fixture);
  entry = g_list_model_get_item (entries, 0);
  g_assert_cmpstr (cl_journal_entry_get_body (entry), ==,
                   "They asked about tries.\nI should have drawn it first.");
  g_assert_cmpint (cl_journal_entry_get_kind (entry), ==, CL_JOURNAL_KIND_LESSON);
  g_assert_cmpint (cl_journal_entry_get_round_id (entry), ==, cl_round_get_id (round));
  /* Dated now, by the context's clock. */
  g_assert_cmpint (cl_journal_entry_get_written_at (entry), ==, CL_TEST_NOW);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry_row (fixture, 0))),
                   ==, "They asked about tries.…");

  /* A later entry comes first; an older one, after. */
  write_new_entry (fixture, "Recruiter said the team liked the design answer");
  cl_ui_activate (add);
  enter_text (fixture->journal, "Day of the entry", "2026-10-01");
  write_new_entry (fixture, "Old thought");
  cl_ui_activate (add);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry_row (fixture, 0))),
                   ==, "Recruiter said the team liked the design answer");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry_row (fixture, 2))),
                   ==, "Old thought");

  /* Edited in place. */
  {
    ClJournalEntryRow *row = entry_row (fixture, 2);

    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    select_choice (row, "Kind", "Thought");
    g_assert_cmpint (cl_journal_entry_get_kind (cl_journal_entry_row_get_entry (row)), ==,
                     CL_JOURNAL_KIND_THOUGHT);
    enter_text (row, "Time", "7 pm");
    g_assert_nonnull (message_below (cl_ui_find_row (GTK_WIDGET (row), ADW_TYPE_ENTRY_ROW,
                                                     "Time")));
    enter_text (row, "Time", "19:00");
    g_assert_null (message_below (cl_ui_find_row (GTK_WIDGET (row), ADW_TYPE_ENTRY_ROW, "Time")));
  }
}

static void
test_journal_delete_undo (Fixture      *fixture,
                          gconstpointer data)
{
  ClJournalEntryRow *row;

  write_new_entry (fixture, "Keep this");
  cl_ui_activate (cl_ui_find_button (fixture->journal, "_Add Entry"));
  g_assert_cmpuint (n_stored_entries (fixture), ==, 1);

  row = entry_row (fixture, 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  cl_ui_flush ();
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (row), "_Delete Entry"));
  cl_ui_flush ();
  g_assert_cmpuint (n_stored_entries (fixture), ==, 0);

  cl_ui_click (cl_ui_find_button (fixture->overlay, "_Undo"));
  cl_ui_flush ();
  g_assert_cmpuint (n_stored_entries (fixture), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry_row (fixture, 0))),
                   ==, "Keep this");
}

/* A long journal shows its newest 20 entries, and a button for the rest. */
static void
test_journal_older (Fixture      *fixture,
                    gconstpointer data)
{
  ClJournalStore *store = cl_context_get_journal_store (fixture->base.context);
  g_autoptr(GPtrArray) rows = NULL;
  GtkButton *older;
  GtkWidget *focus;

  for (guint i = 0; i < 25; i++)
    {
      g_autofree char *body = g_strdup_printf ("Entry %u", i);
      g_autoptr(ClJournalEntry) entry = cl_journal_entry_new (
        app_id (fixture), CL_JOURNAL_KIND_THOUGHT, body, CL_TEST_NOW - (gint64) (25 - i) * 60);
      g_autoptr(GError) error = NULL;

      cl_journal_store_add_entry (store, entry, &error);
      g_assert_no_error (error);
    }
  cl_ui_flush ();

  rows = cl_ui_find_widgets (fixture->journal, CL_TYPE_JOURNAL_ENTRY_ROW);
  g_assert_cmpuint (rows->len, ==, 20);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry_row (fixture, 0))),
                   ==, "Entry 24");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry_row (fixture, 19))),
                   ==, "Entry 5");
  older = cl_ui_find_button (fixture->journal, "Show 5 Older Entries");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (older)));

  /* A new entry pushes none out of sight. */
  write_new_entry (fixture, "Entry 25");
  cl_ui_activate (cl_ui_find_button (fixture->journal, "_Add Entry"));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = cl_ui_find_widgets (fixture->journal, CL_TYPE_JOURNAL_ENTRY_ROW);
  g_assert_cmpuint (rows->len, ==, 21);
  g_assert_cmpstr (gtk_button_get_label (older), ==, "Show 5 Older Entries");

  /* By keyboard as well: the focus goes to the first entry it showed. */
  gtk_widget_grab_focus (GTK_WIDGET (older));
  cl_ui_activate (older);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = cl_ui_find_widgets (fixture->journal, CL_TYPE_JOURNAL_ENTRY_ROW);
  g_assert_cmpuint (rows->len, ==, 26);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (older)));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_ancestor (focus, CL_TYPE_JOURNAL_ENTRY_ROW) ==
                 GTK_WIDGET (entry_row (fixture, 21)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry_row (fixture, 21))),
                   ==, "Entry 4");
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return find_dialog () == NULL;
}

static void
test_journal_make_objective (Fixture      *fixture,
                             gconstpointer data)
{
  g_autoptr(ClRound) round = cl_round_new (app_id (fixture), CL_ROUND_KIND_ML_FUNDAMENTALS);
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(ClJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  ClJournalEntryRow *row;
  AdwMessageDialog  *dialog;
  AdwComboRow       *domain;
  ClObjective       *objective;

  cl_round_store_add_round (cl_context_get_round_store (fixture->base.context), round, &error);
  g_assert_no_error (error);
  cl_ui_flush ();
  write_new_entry (fixture, "Brush up on attention & positional encodings");
  select_choice (fixture->journal, "About the round", "Round 1: ML fundamentals");
  cl_ui_activate (cl_ui_find_button (fixture->journal, "_Add Entry"));

  row = entry_row (fixture, 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_signal_emit_by_name (cl_ui_find_row (GTK_WIDGET (row), ADW_TYPE_ACTION_ROW,
                                         "Make a Learning Objective…"),
                         "activated");
  cl_ui_wait_for (dialog_shown, NULL);
  dialog = find_dialog ();

  /* The domain follows the round; the title, the entry. */
  domain = cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Prep Plan domain");
  g_assert_cmpuint (adw_combo_row_get_selected (domain), ==, CL_PREP_DOMAIN_ML_FUNDAMENTALS);
  g_assert_cmpstr (gtk_editable_get_text (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                                                          "Objective")),
                   ==, "Brush up on attention & positional encodings");
  gtk_editable_set_text (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Objective"),
                         "Attention & positional encodings");
  adw_combo_row_set_selected (domain, CL_PREP_DOMAIN_ML_SYSTEM_DESIGN);
  adw_message_dialog_response (dialog, "make");
  cl_ui_wait_for (dialog_gone, NULL);
  cl_ui_flush ();

  entries = stored_entries (fixture);
  entry = g_list_model_get_item (entries, 0);
  g_assert_cmpint (cl_journal_entry_get_objective_id (entry), !=, 0);
  objective = cl_prep_store_find_objective (cl_context_get_prep_store (fixture->base.context),
                                            cl_journal_entry_get_objective_id (entry));
  g_assert_nonnull (objective);
  g_assert_cmpstr (cl_objective_get_title (objective), ==, "Attention & positional encodings");
  g_assert_cmpint (cl_objective_get_domain (objective), ==, CL_PREP_DOMAIN_ML_SYSTEM_DESIGN);
  g_assert_cmpint (cl_test_objective_application (cl_context_get_prep_store (fixture->base.context),
                                                  cl_objective_get_id (objective)),
                   ==, app_id (fixture));

  /* The entry shows the link, and offers no second objective. */
  row = entry_row (fixture, 0);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                            "Learning objective: Attention & positional encodings (ML system "
                            "design)"));
  g_assert_true (gtk_widget_get_visible (
    cl_ui_find_row (GTK_WIDGET (row), ADW_TYPE_ACTION_ROW, "Learning objective")));
  g_assert_false (gtk_widget_get_visible (
    cl_ui_find_row (GTK_WIDGET (row), ADW_TYPE_ACTION_ROW, "Make a Learning Objective…")));
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
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/rounds/add-and-edit", test_round_add_and_edit);
  ADD ("/rounds/invalid-times", test_round_invalid_times);
  ADD ("/rounds/interviewers", test_round_interviewers);
  ADD ("/rounds/reorder", test_round_reorder);
  ADD ("/rounds/delete-undo", test_round_delete_undo);
  ADD ("/rounds/format-source", test_format_source);
  ADD ("/journal/add", test_journal_add);
  ADD ("/journal/delete-undo", test_journal_delete_undo);
  ADD ("/journal/older", test_journal_older);
  ADD ("/journal/make-objective", test_journal_make_objective);
#undef ADD

  return g_test_run ();
}
