/* test-events.c — the events window, a contact's Events section, and the object picker
 *
 * Opens the events window over a temporary database with two contacts:
 * the empty state's New Event adds an event and shows it; the editor saves
 * the name, kind, date, place and notes as typed, and refuses an empty
 * name beside the field, the database keeping the old one.  "Add Person…"
 * adds a contact found by typing, and the contact's page lists the event;
 * "Add to Event…" on the page adds another, which the window lists; both
 * remove buttons take them off; Delete Event… asks, then deletes.  At
 * 360 px the leaflet folds.  ClObjectPicker alone: typing narrows the
 * list, a filter leaves out what it refuses, and choosing hands back the
 * object itself.  Warnings are fatal.  Exits 77 (skipped) only when there
 * is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-events"

#include "config.h"

#include "cl-contact-events.h"
#include "cl-contact-page.h"
#include "cl-contacts-view.h"
#include "cl-date-row.h"
#include "cl-events-window.h"
#include "cl-object-picker.h"
#include "cl-ui-test-util.h"

typedef struct
{
  ClTestFixture   base;
  ClContact      *ada; /* the store's */
  ClContact      *bob;
  ClEventsWindow *window;
  GtkWindow      *contacts_window;
  ClContactsView *view;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  ClContactStore *contacts;

  cl_test_fixture_setup (&fixture->base);
  /* Some tests start with nobody. */
  if (data != NULL)
    return;
  contacts = cl_context_get_contact_store (fixture->base.context);
  fixture->ada = cl_test_add_contact (contacts, "Ada Lovelace", "Analytical Engines");
  fixture->bob = cl_test_add_contact (contacts, "Bob Kahn", NULL);
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
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  if (fixture->contacts_window != NULL)
    gtk_window_destroy (fixture->contacts_window);
  cl_ui_flush ();
  cl_test_fixture_teardown (&fixture->base);
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

static ClEventStore *
store_of (Fixture *fixture)
{
  return cl_context_get_event_store (fixture->base.context);
}

static void
open_window (Fixture *fixture,
             int      width)
{
  fixture->window = cl_events_window_new (NULL, fixture->base.context);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 760);
  gtk_window_present (GTK_WINDOW (fixture->window));
  cl_ui_wait_for (is_allocated, fixture->window);
  cl_ui_flush ();
}

/* The Contacts page beside the events window, on @contact's page. */
static ClContactEvents *
open_contact (Fixture   *fixture,
              ClContact *contact)
{
  if (fixture->contacts_window == NULL)
    {
      GtkWidget *overlay = adw_toast_overlay_new ();

      fixture->contacts_window = GTK_WINDOW (gtk_window_new ());
      fixture->view = g_object_new (CL_TYPE_CONTACTS_VIEW, NULL);
      adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->view));
      gtk_window_set_child (fixture->contacts_window, overlay);
      gtk_window_set_default_size (fixture->contacts_window, 1100, 800);
      cl_contacts_view_set_context (fixture->view, fixture->base.context);
      gtk_window_present (fixture->contacts_window);
      cl_ui_wait_for (is_allocated, fixture->view);
    }
  g_assert_true (cl_contacts_view_show_contact (fixture->view, cl_contact_get_id (contact)));
  cl_ui_flush ();
  return cl_ui_find_widget (GTK_WIDGET (fixture->view), CL_TYPE_CONTACT_EVENTS);
}

static AdwEntryRow *
entry_row (Fixture    *fixture,
           const char *title)
{
  return cl_ui_find_row (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW, title);
}

/* Types @text into the row titled @title and saves it as leaving it would. */
static void
type_into (Fixture    *fixture,
           const char *title,
           const char *text)
{
  AdwEntryRow *row = entry_row (fixture, title);

  gtk_widget_grab_focus (GTK_WIDGET (cl_ui_row_text (row)));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  cl_events_window_flush (fixture->window);
  cl_ui_flush ();
}

static char *
saved_name (Fixture *fixture,
            ClEvent *event)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM events WHERE id = %" G_GINT64_FORMAT,
                                          cl_event_get_id (event));

  return cl_test_query_text (fixture->base.database, sql);
}

/* The titles of the action rows below @root that have a remove button. */
static char *
listed (GtkWidget *root)
{
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (root, ADW_TYPE_ACTION_ROW);
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GPtrArray) buttons = cl_ui_find_widgets (g_ptr_array_index (rows, i),
                                                          GTK_TYPE_BUTTON);
      gboolean removable = FALSE;

      for (guint j = 0; j < buttons->len; j++)
        if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, j)),
                       "list-remove-symbolic") == 0)
          removable = TRUE;
      if (!removable)
        continue;
      if (titles->len > 0)
        g_string_append (titles, ", ");
      g_string_append (titles,
                       adw_preferences_row_get_title (g_ptr_array_index (rows, i)));
    }
  return g_string_free (titles, FALSE);
}

static GtkListBoxRow *
listed_row (GtkWidget  *root,
            const char *title)
{
  return cl_ui_find_row (root, ADW_TYPE_ACTION_ROW, title);
}

/* The list of events (the kind drop-down has list views too). */
static GtkWidget *
events_list (Fixture *fixture)
{
  g_autoptr(GPtrArray) views = cl_ui_find_widgets (GTK_WIDGET (fixture->window),
                                                    GTK_TYPE_LIST_VIEW);

  for (guint i = 0; i < views->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (views, i), "navigation-sidebar"))
      return g_ptr_array_index (views, i);
  g_error ("no list of events");
}

/* The stack of the empty state and the events. */
static GtkStack *
outer_stack (Fixture *fixture)
{
  g_autoptr(GPtrArray) stacks = cl_ui_find_widgets (GTK_WIDGET (fixture->window), GTK_TYPE_STACK);

  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "empty") != NULL)
      return g_ptr_array_index (stacks, i);
  g_error ("no stack with an empty state");
}

static char *
day_of (ClEvent *event)
{
  return cl_date_format (cl_event_get_starts_at (event));
}

static void
test_empty_and_new (Fixture      *fixture,
                    gconstpointer data)
{
  GtkStack *stack;
  ClEvent  *event;

  open_window (fixture, 1100);
  stack = outer_stack (fixture);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "events-empty");

  cl_ui_click (cl_ui_find_button (gtk_stack_get_child_by_name (stack, "empty"), "_New Event"));
  cl_ui_flush ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "events");
  g_assert_cmpuint (g_list_model_get_n_items (cl_event_store_get_events (store_of (fixture))), ==,
                    1);
  event = cl_events_window_get_event (fixture->window);
  g_assert_nonnull (event);
  g_assert_cmpstr (cl_event_get_name (event), ==, "New Event");
  /* Today's, its name selected to be typed over. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (fixture, "Date"))), ==,
                   "2026-11-01");
  /* The window's focus widget, not has_focus: that also needs the X server to have made the
   * window active, which a loaded machine may not have done yet. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) ==
                 GTK_WIDGET (cl_ui_row_text (entry_row (fixture, "Name"))));
}

static void
test_edit (Fixture      *fixture,
           gconstpointer data)
{
  ClEvent         *event;
  AdwEntryRow     *name;
  AdwComboRow     *kind;
  GtkTextView     *notes;
  g_autofree char *saved = NULL;
  g_autofree char *unsaved = NULL;

  open_window (fixture, 1100);
  cl_events_window_new_event (fixture->window);
  cl_ui_flush ();
  event = cl_events_window_get_event (fixture->window);
  /* Wide, the list and the editor side by side, no way back needed. */
  g_assert_false (adw_leaflet_get_folded (cl_ui_find_widget (GTK_WIDGET (fixture->window),
                                                             ADW_TYPE_LEAFLET)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (
    cl_ui_find_icon_button (GTK_WIDGET (fixture->window), "go-previous-symbolic"))));

  type_into (fixture, "Name", "PyCon Lisbon");
  g_assert_cmpstr (cl_event_get_name (event), ==, "PyCon Lisbon");
  saved = saved_name (fixture, event);
  g_assert_cmpstr (saved, ==, "PyCon Lisbon\n");
  g_clear_pointer (&saved, g_free);

  /* Emptied, the name says so beside the field at once; nothing is saved. */
  name = entry_row (fixture, "Name");
  gtk_editable_set_text (GTK_EDITABLE (name), "   ");
  cl_ui_flush ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  g_assert_true (cl_ui_message_shown (GTK_WIDGET (fixture->window), "Enter the event’s name."));
  cl_events_window_flush (fixture->window);
  cl_ui_flush ();
  g_assert_cmpstr (cl_event_get_name (event), ==, "PyCon Lisbon");
  saved = saved_name (fixture, event);
  g_assert_cmpstr (saved, ==, "PyCon Lisbon\n");
  unsaved = cl_events_window_get_unsaved (fixture->window);
  g_assert_nonnull (unsaved);
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "events-name-error");
  /* Corrected, it saves and the message goes. */
  type_into (fixture, "Name", "PyCon Portugal");
  g_assert_cmpstr (cl_event_get_name (event), ==, "PyCon Portugal");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  g_assert_false (cl_ui_message_shown (GTK_WIDGET (fixture->window), "Enter the event’s name."));

  kind = cl_ui_find_row (GTK_WIDGET (fixture->window), ADW_TYPE_COMBO_ROW, "Kind");
  adw_combo_row_set_selected (kind, CL_EVENT_KIND_CONFERENCE);
  cl_ui_flush ();
  g_assert_cmpint (cl_event_get_kind (event), ==, CL_EVENT_KIND_CONFERENCE);

  type_into (fixture, "Date", "2026-03-14");
  g_free (saved);
  saved = day_of (event);
  g_assert_cmpstr (saved, ==, "2026-03-14");
  /* A day that does not exist is refused the same way. */
  type_into (fixture, "Date", "2026-02-30");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry_row (fixture, "Date")), "error"));
  g_free (saved);
  saved = day_of (event);
  g_assert_cmpstr (saved, ==, "2026-03-14");
  type_into (fixture, "Date", "2026-03-14");

  type_into (fixture, "Place", "Lisbon Congress Centre");
  g_assert_cmpstr (cl_event_get_location (event), ==, "Lisbon Congress Centre");

  notes = cl_ui_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_TEXT_VIEW);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Talk on type checkers.", -1);
  cl_events_window_flush (fixture->window);
  cl_ui_flush ();
  g_assert_cmpstr (cl_event_get_notes (event), ==, "Talk on type checkers.");

  /* The list's row follows. */
  {
    g_autoptr(GPtrArray) labels = cl_ui_find_widgets (
      events_list (fixture), GTK_TYPE_LABEL);
    g_autofree char *shown = NULL;

    g_assert_cmpuint (labels->len, ==, 2);
    shown = g_strdup_printf ("%s | %s", gtk_label_get_text (labels->pdata[0]),
                             gtk_label_get_text (labels->pdata[1]));
    g_assert_cmpstr (shown, ==, "PyCon Portugal | Conference · 14 Mar 2026");
  }
}

static void
test_attendees (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(ClEvent) meetup = cl_event_new ("Rust Meetup", CL_EVENT_KIND_MEETUP);
  g_autoptr(ClEvent) fair = cl_event_new ("Job Fair", CL_EVENT_KIND_JOB_FAIR);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  ClContactEvents *section;
  g_autofree char *shown = NULL;

  g_assert_true (cl_event_store_add_event (store_of (fixture), meetup, &error));
  g_object_set (fair, "starts-at", CL_TEST_NOW - 86400 * 30, NULL);
  g_assert_true (cl_event_store_add_event (store_of (fixture), fair, &error));
  g_assert_no_error (error);
  open_window (fixture, 1100);
  g_assert_true (cl_events_window_show_event (fixture->window, cl_event_get_id (meetup)));
  cl_ui_flush ();

  /* The list selects the row under a passing pointer: the editor stays. */
  {
    GtkSingleSelection *selection = GTK_SINGLE_SELECTION (
      gtk_list_view_get_model (GTK_LIST_VIEW (events_list (fixture))));
    ClEvent *current = cl_events_window_get_event (fixture->window);

    g_assert_cmpstr (cl_event_get_name (current), ==, "Rust Meetup");
    gtk_single_selection_set_selected (selection, 0);
    cl_ui_flush ();
    g_assert_true (cl_events_window_get_event (fixture->window) == current);
    g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) current);
    /* A click (or Enter) chooses it. */
    g_signal_emit_by_name (events_list (fixture), "activate", 0);
    cl_ui_flush ();
    g_assert_cmpstr (cl_event_get_name (cl_events_window_get_event (fixture->window)), ==,
                     "Job Fair");
    g_assert_true (cl_events_window_show_event (fixture->window, cl_event_get_id (meetup)));
    cl_ui_flush ();
  }

  /* The window: Add Person… finds Ada by typing. */
  shown = listed (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (shown, ==, "");
  g_clear_pointer (&shown, g_free);
  cl_ui_pick_by_typing (cl_ui_find_picker (GTK_WIDGET (fixture->window), "_Add Person…"), "LOVE",
                        1);
  ids = cl_event_store_list_attendees (store_of (fixture), cl_event_get_id (meetup), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, cl_contact_get_id (fixture->ada));
  g_clear_pointer (&ids, g_array_unref);
  shown = listed (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (shown, ==, "Ada Lovelace");
  g_clear_pointer (&shown, g_free);
  /* Ada is there already: the picker offers Bob alone. */
  cl_ui_pick_by_typing (cl_ui_find_picker (GTK_WIDGET (fixture->window), "_Add Person…"), "", 1);
  shown = listed (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (shown, ==, "Ada Lovelace, Bob Kahn");
  g_clear_pointer (&shown, g_free);
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "events-window");

  /* The other way: Ada's page lists the meetup. */
  section = open_contact (fixture, fixture->ada);
  shown = listed (GTK_WIDGET (section));
  g_assert_cmpstr (shown, ==, "Rust Meetup");
  g_clear_pointer (&shown, g_free);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (
                     listed_row (GTK_WIDGET (section), "Rust Meetup"))),
                   ==, "Meetup");

  /* Add to Event… on her page: the window lists her at the fair. */
  cl_ui_pick_by_typing (cl_ui_find_picker (GTK_WIDGET (section), "Add to _Event…"), "fair", 1);
  shown = listed (GTK_WIDGET (section));
  /* Dated events first, the newest first; undated last. */
  g_assert_cmpstr (shown, ==, "Job Fair, Rust Meetup");
  g_clear_pointer (&shown, g_free);
  g_assert_true (cl_events_window_show_event (fixture->window, cl_event_get_id (fair)));
  cl_ui_flush ();
  shown = listed (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (shown, ==, "Ada Lovelace");
  g_clear_pointer (&shown, g_free);
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->contacts_window));
  cl_ui_save_shot (GTK_WIDGET (fixture->contacts_window), "contact-events");
  /* Narrow, the page alone: the section fits. */
  cl_ui_resize (fixture->contacts_window, 360, 800);
  cl_ui_flush ();
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (section),
                                                   GTK_TYPE_SCROLLED_WINDOW);

    gtk_adjustment_set_value (
      gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), G_MAXDOUBLE);
  }
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->contacts_window));
  cl_ui_save_shot (GTK_WIDGET (fixture->contacts_window), "contact-events-narrow");

  /* A rename in the window shows on her page. */
  type_into (fixture, "Name", "Autumn Job Fair");
  shown = listed (GTK_WIDGET (section));
  g_assert_cmpstr (shown, ==, "Autumn Job Fair, Rust Meetup");
  g_clear_pointer (&shown, g_free);

  /* Removed from the page, she is gone from the window. */
  cl_ui_click (cl_ui_find_icon_button (
    GTK_WIDGET (listed_row (GTK_WIDGET (section), "Autumn Job Fair")), "list-remove-symbolic"));
  cl_ui_flush ();
  shown = listed (GTK_WIDGET (section));
  g_assert_cmpstr (shown, ==, "Rust Meetup");
  g_clear_pointer (&shown, g_free);
  shown = listed (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (shown, ==, "");
  g_clear_pointer (&shown, g_free);

  /* Removed from the window, the page no longer lists the meetup. */
  g_assert_true (cl_events_window_show_event (fixture->window, cl_event_get_id (meetup)));
  cl_ui_flush ();
  cl_ui_click (cl_ui_find_icon_button (
    GTK_WIDGET (listed_row (GTK_WIDGET (fixture->window), "Ada Lovelace")),
    "list-remove-symbolic"));
  cl_ui_flush ();
  shown = listed (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (shown, ==, "Bob Kahn");
  g_clear_pointer (&shown, g_free);
  shown = listed (GTK_WIDGET (section));
  g_assert_cmpstr (shown, ==, "");
  g_clear_pointer (&shown, g_free);
  ids = cl_event_store_list_events_of (store_of (fixture), cl_contact_get_id (fixture->ada),
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
}

/* The open dialog headed @heading. */
static AdwMessageDialog *
dialog_headed (const char *heading)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      return l->data;
  return NULL;
}

static void
test_delete (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(ClEvent) meetup = cl_event_new ("Rust Meetup", CL_EVENT_KIND_MEETUP);
  g_autoptr(GError) error = NULL;
  ClContactEvents  *section;
  AdwMessageDialog *dialog;
  gint64            id;
  g_autofree char  *shown = NULL;

  g_assert_true (cl_event_store_add_event (store_of (fixture), meetup, &error));
  id = cl_event_get_id (meetup);
  g_assert_true (cl_event_store_add_attendee (store_of (fixture), id,
                                              cl_contact_get_id (fixture->ada), &error));
  g_assert_no_error (error);
  section = open_contact (fixture, fixture->ada);
  open_window (fixture, 1100);
  g_assert_true (cl_events_window_show_event (fixture->window, id));

  /* Cancel keeps it. */
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (fixture->window), "_Delete Event…"));
  dialog = dialog_headed ("Delete “Rust Meetup”?");
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "The person met there stays in your contacts. This cannot be undone.");
  cl_ui_wait_for (is_allocated, dialog);
  cl_ui_wait_for_frame (GTK_WIDGET (dialog));
  cl_ui_save_shot (GTK_WIDGET (dialog), "events-delete");
  adw_message_dialog_response (dialog, "cancel");
  cl_ui_flush ();
  g_assert_nonnull (cl_event_store_find_event (store_of (fixture), id));

  cl_ui_click (cl_ui_find_button (GTK_WIDGET (fixture->window), "_Delete Event…"));
  adw_message_dialog_response (dialog_headed ("Delete “Rust Meetup”?"), "delete");
  cl_ui_flush ();
  g_assert_null (cl_event_store_find_event (store_of (fixture), id));
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM event_attendance"),
                   ==, 0);
  /* Ada stays, without the event. */
  g_assert_nonnull (cl_contact_store_find_contact (
    cl_context_get_contact_store (fixture->base.context), cl_contact_get_id (fixture->ada)));
  shown = listed (GTK_WIDGET (section));
  g_assert_cmpstr (shown, ==, "");
  g_assert_null (cl_events_window_get_event (fixture->window));
  {
    GtkStack *stack = outer_stack (fixture);

    g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  }
}

static gboolean
slid (gpointer leaflet)
{
  return !adw_leaflet_get_child_transition_running (leaflet);
}

static void
test_narrow (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(ClEvent) meetup = cl_event_new ("Rust Meetup", CL_EVENT_KIND_MEETUP);
  g_autoptr(GError) error = NULL;
  AdwLeaflet *leaflet;
  GtkButton  *back;

  g_assert_true (cl_event_store_add_event (store_of (fixture), meetup, &error));
  g_assert_true (cl_event_store_add_attendee (store_of (fixture), cl_event_get_id (meetup),
                                              cl_contact_get_id (fixture->bob), &error));
  g_assert_no_error (error);
  open_window (fixture, 360);
  leaflet = cl_ui_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_LEAFLET);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "events-narrow-list");

  /* Choosing the event shows it alone, with a way back. */
  g_signal_emit_by_name (events_list (fixture),
                         "activate", 0);
  cl_ui_flush ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "event");
  back = cl_ui_find_icon_button (GTK_WIDGET (fixture->window), "go-previous-symbolic");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (back)));
  cl_ui_wait_for (slid, leaflet);
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "events-narrow-editor");
  cl_ui_click (back);
  cl_ui_flush ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

/* The Contacts page opens the window; one at a time. */
static void
test_open_from_contacts (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr(ClEvent) meetup = cl_event_new ("Rust Meetup", CL_EVENT_KIND_MEETUP);
  g_autoptr(GError) error = NULL;
  ClContactEvents *section;
  ClEventsWindow  *first;
  GtkButton       *button;

  g_assert_true (cl_event_store_add_event (store_of (fixture), meetup, &error));
  g_assert_true (cl_event_store_add_attendee (store_of (fixture), cl_event_get_id (meetup),
                                              cl_contact_get_id (fixture->ada), &error));
  g_assert_no_error (error);
  section = open_contact (fixture, fixture->ada);
  button = cl_ui_find_icon_button (GTK_WIDGET (fixture->view), "x-office-calendar-symbolic");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Events");
  cl_ui_click (button);
  cl_ui_flush ();
  first = cl_contacts_view_show_events (fixture->view, 0);
  g_assert_nonnull (first);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (first)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (first)) == fixture->contacts_window);
  /* Activating the event's row on her page shows it there. */
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (
                           listed_row (GTK_WIDGET (section), "Rust Meetup"))),
                         "row-activated", listed_row (GTK_WIDGET (section), "Rust Meetup"));
  cl_ui_flush ();
  g_assert_true (cl_contacts_view_show_events (fixture->view, 0) == first);
  g_assert_true (cl_events_window_get_event (first) ==
                 cl_event_store_find_event (store_of (fixture), cl_event_get_id (meetup)));
  /* Escape closes it, as any secondary window. */
  gtk_widget_activate_action (GTK_WIDGET (first), "window.close", NULL);
  cl_ui_flush ();
}

/* With no contacts yet, the Contacts page's empty state has the way in. */
static void
test_open_from_empty (Fixture      *fixture,
                      gconstpointer data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  g_autoptr(GPtrArray) stacks = NULL;
  GtkStack  *stack;
  GtkButton *button;

  fixture->contacts_window = GTK_WINDOW (gtk_window_new ());
  fixture->view = g_object_new (CL_TYPE_CONTACTS_VIEW, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->contacts_window, overlay);
  gtk_window_set_default_size (fixture->contacts_window, 1100, 800);
  cl_contacts_view_set_context (fixture->view, fixture->base.context);
  gtk_window_present (fixture->contacts_window);
  cl_ui_wait_for (is_allocated, fixture->view);
  stacks = cl_ui_find_widgets (GTK_WIDGET (fixture->view), GTK_TYPE_STACK);
  stack = g_ptr_array_index (stacks, 0); /* the outermost, first in tree order */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  button = cl_ui_find_button (gtk_stack_get_child_by_name (stack, "empty"), "_Events");
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->contacts_window));
  cl_ui_save_shot (GTK_WIDGET (fixture->contacts_window), "contacts-empty");
  cl_ui_activate (button);
  cl_ui_flush ();
  fixture->window = cl_contacts_view_show_events (fixture->view, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (outer_stack (fixture)), ==, "empty");
}

/* ClObjectPicker ----------------------------------------------------------- */

typedef struct
{
  GPtrArray *picked;
} Picks;

static void
picked_cb (gpointer item,
           gpointer data)
{
  g_ptr_array_add (((Picks *) data)->picked, g_object_ref (item));
}

static gboolean
not_bob_cb (gpointer item,
            gpointer data)
{
  return g_strcmp0 (cl_contact_get_name (item), "Bob Kahn") != 0;
}

static guint
rows_shown (GtkPopover *popover)
{
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX_ROW);

  return rows->len;
}

static void
test_object_picker (void)
{
  g_autoptr(GListStore) items = g_list_store_new (CL_TYPE_CONTACT);
  g_autoptr(ClContact) ada = cl_contact_new ("Ada Lovelace");
  g_autoptr(ClContact) ada2 = cl_contact_new ("Ada Lovelace");
  g_autoptr(ClContact) bob = cl_contact_new ("Bob Kahn");
  g_autoptr(ClContact) grace = cl_contact_new ("Grace Hopper");
  g_autoptr(GtkFilter) filter = GTK_FILTER (gtk_custom_filter_new (not_bob_cb, NULL, NULL));
  Picks           picks = { g_ptr_array_new_with_free_func (g_object_unref) };
  GtkWindow      *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget      *button;
  GtkPopover     *popover;
  GtkSearchEntry *entry;
  GtkListBox     *list;

  g_list_store_append (items, ada);
  g_list_store_append (items, ada2);
  g_list_store_append (items, bob);
  g_list_store_append (items, grace);
  button = cl_object_picker_new ("_Add Person…", G_LIST_MODEL (items), "name", filter, picked_cb,
                                 &picks);
  gtk_window_set_child (window, button);
  gtk_window_present (window);
  cl_ui_wait_for (is_allocated, button);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  entry = cl_ui_find_widget (GTK_WIDGET (popover), GTK_TYPE_SEARCH_ENTRY);
  list = cl_ui_find_widget (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX);

  /* Opened, it lists all that the filter keeps, the search focused. */
  cl_ui_scroll_to (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  cl_ui_wait_for (cl_ui_is_mapped, popover);
  g_assert_cmpuint (rows_shown (popover), ==, 3);
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (entry)));

  /* Typing narrows it, ignoring case. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "hOP");
  g_signal_emit_by_name (entry, "search-changed");
  cl_ui_flush ();
  g_assert_cmpuint (rows_shown (popover), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (entry), "kahn");
  g_signal_emit_by_name (entry, "search-changed");
  cl_ui_flush ();
  g_assert_cmpuint (rows_shown (popover), ==, 0);
  /* Enter with nothing listed chooses nothing, and the popover closes. */
  g_signal_emit_by_name (entry, "activate");
  cl_ui_flush ();
  g_assert_cmpuint (picks.picked->len, ==, 0);

  /* Two of one name: choosing the second hands back that one. */
  cl_ui_scroll_to (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  cl_ui_wait_for (cl_ui_is_mapped, popover);
  gtk_editable_set_text (GTK_EDITABLE (entry), "ada");
  g_signal_emit_by_name (entry, "search-changed");
  cl_ui_flush ();
  g_assert_cmpuint (rows_shown (popover), ==, 2);
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 1));
  cl_ui_flush ();
  g_assert_cmpuint (picks.picked->len, ==, 1);
  g_assert_true (g_ptr_array_index (picks.picked, 0) == ada2);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* Opened again, the search starts empty. */
  cl_ui_scroll_to (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  cl_ui_wait_for (cl_ui_is_mapped, popover);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (rows_shown (popover), ==, 3);
  gtk_popover_popdown (popover);

  gtk_window_destroy (window);
  cl_ui_flush ();
  g_ptr_array_unref (picks.picked);
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
  g_test_add ("/ui/events/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("empty-and-new", test_empty_and_new);
  ADD ("edit", test_edit);
  ADD ("attendees", test_attendees);
  ADD ("delete", test_delete);
  ADD ("narrow", test_narrow);
  ADD ("open-from-contacts", test_open_from_contacts);
  g_test_add ("/ui/events/open-from-empty", Fixture, "empty", fixture_setup, test_open_from_empty,
              fixture_teardown);
#undef ADD
  g_test_add_func ("/ui/events/object-picker", test_object_picker);

  return g_test_run ();
}
