/* test-contacts-view.c — the Contacts page: search, role filter, Follow up, the page
 *
 * Builds the page over a temporary database with three contacts and drives
 * it through its widgets: the search (name, company, notes, whatever the
 * case), the role filter, the "Follow up" section (the longest overdue
 * first; Done logs an interaction and takes the contact out), and the name
 * typed on the contact's page, saved.  Warnings are fatal.  Exits 77
 * (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-contacts-view"

#include "config.h"

#include "cl-contact-page.h"
#include "cl-contacts-view.h"
#include "cl-follow-up-row.h"
#include "cl-ui-test-util.h"

#define DAY (24 * 3600)

typedef struct
{
  ClTestFixture   base;
  ClContact      *ada; /* the store's */
  ClContact      *grace;
  ClContact      *alan;
  GtkWindow      *window;
  ClContactsView *view;
} Fixture;

static ClContactStore *
store_of (Fixture *fixture)
{
  return cl_context_get_contact_store (fixture->base.context);
}

static ClContact *
add_contact (Fixture      *fixture,
             const char   *name,
             const char   *company,
             const char   *title,
             ClContactRole role,
             const char   *notes,
             gint64        next_follow_up)
{
  ClContact *contact = cl_test_add_contact (store_of (fixture), name, company);
  g_autoptr(ClContact) copy = cl_contact_copy (contact);
  g_autoptr(GError) error = NULL;

  g_object_set (copy, "title", title, "roles", CL_CONTACT_ROLE_BIT (role), "notes", notes,
                "next-follow-up", next_follow_up, NULL);
  g_assert_true (cl_contact_store_update_contact (store_of (fixture), copy, &error));
  g_assert_no_error (error);
  return contact;
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->ada = add_contact (fixture, "Ada Lovelace", "Analytical Engines", "Mathematician",
                              CL_CONTACT_ROLE_RECRUITER, NULL, CL_TEST_NOW - 2 * DAY);
  fixture->grace = add_contact (fixture, "Grace Hopper", "Navy", "Rear Admiral",
                                CL_CONTACT_ROLE_MENTOR, "Wrote the first COBOL compiler", 0);
  fixture->alan = add_contact (fixture, "Alan Turing", "Bletchley Park", "Cryptanalyst",
                               CL_CONTACT_ROLE_INTERVIEWER, NULL, CL_TEST_NOW - 5 * DAY);
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

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

static ClContactsView *
open_view (Fixture *fixture)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = g_object_new (CL_TYPE_CONTACTS_VIEW, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_set_default_size (fixture->window, 1100, 800);
  cl_contacts_view_set_context (fixture->view, fixture->base.context);
  gtk_window_present (fixture->window);
  cl_ui_wait_for (is_allocated, fixture->view);
  cl_ui_flush ();
  return fixture->view;
}

/* The names listed, joined by commas. */
static char *
listed (GListModel *model)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClContact) contact = g_list_model_get_item (model, i);

      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", cl_contact_get_name (contact));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

typedef struct
{
  GListModel *model;
  const char *expected;
} ListedCheck;

static gboolean
lists (gpointer data)
{
  ListedCheck     *check = data;
  g_autofree char *names = listed (check->model);

  return g_str_equal (names, check->expected);
}

static void
assert_listed (GListModel *model,
               const char *expected)
{
  ListedCheck      check = { model, expected };
  g_autofree char *names = NULL;

  /* The search entry says what changed a moment after the typing. */
  if (!lists (&check))
    cl_ui_wait_for (lists, &check);
  names = listed (model);
  g_assert_cmpstr (names, ==, expected);
}

static void
search (Fixture    *fixture,
        const char *text)
{
  /* The drop-downs' popovers have search entries of their own. */
  g_autoptr(GPtrArray) entries = cl_ui_find_widgets (GTK_WIDGET (fixture->view),
                                                      GTK_TYPE_SEARCH_ENTRY);
  GtkSearchEntry *entry = NULL;

  for (guint i = 0; i < entries->len && entry == NULL; i++)
    {
      g_autofree char *placeholder = NULL;

      g_object_get (g_ptr_array_index (entries, i), "placeholder-text", &placeholder, NULL);
      if (g_strcmp0 (placeholder, "Search contacts") == 0)
        entry = g_ptr_array_index (entries, i);
    }
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
test_search (Fixture      *fixture,
             gconstpointer data)
{
  ClContactsView *view = open_view (fixture);
  GListModel     *contacts = cl_contacts_view_get_contacts (view);
  GtkStack       *list_stack = NULL;

  assert_listed (contacts, "Ada Lovelace, Alan Turing, Grace Hopper");
  /* Ctrl+F goes to the search. */
  {
    GtkWidget       *focus;
    GtkWidget       *entry;
    g_autofree char *placeholder = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "contacts.search", NULL));
    focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
    g_assert_nonnull (focus);
    entry = gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY);
    g_assert_nonnull (entry);
    g_object_get (entry, "placeholder-text", &placeholder, NULL);
    g_assert_cmpstr (placeholder, ==, "Search contacts");
  }
  search (fixture, "LOVE");
  assert_listed (contacts, "Ada Lovelace");
  search (fixture, "bletchley");
  assert_listed (contacts, "Alan Turing");
  search (fixture, "cobol"); /* in the notes */
  assert_listed (contacts, "Grace Hopper");
  search (fixture, "cryptanalyst"); /* the title */
  assert_listed (contacts, "Alan Turing");
  search (fixture, "a");
  assert_listed (contacts, "Ada Lovelace, Alan Turing, Grace Hopper");
  /* Every word, wherever it is: the name and the company. */
  search (fixture, "alan park");
  assert_listed (contacts, "Alan Turing");
  search (fixture, "alan navy");
  assert_listed (contacts, "");

  /* Nothing found says so. */
  search (fixture, "nobody at all");
  assert_listed (contacts, "");
  {
    g_autoptr(GPtrArray) stacks = cl_ui_find_widgets (GTK_WIDGET (view), GTK_TYPE_STACK);

    for (guint i = 0; i < stacks->len && list_stack == NULL; i++)
      if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "no-results") != NULL)
        list_stack = g_ptr_array_index (stacks, i);
  }
  g_assert_nonnull (list_stack);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "no-results");
  search (fixture, "");
  assert_listed (contacts, "Ada Lovelace, Alan Turing, Grace Hopper");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");
}

static GtkDropDown *
drop_down (Fixture    *fixture,
           const char *first_item)
{
  g_autoptr(GPtrArray) drops = cl_ui_find_widgets (GTK_WIDGET (fixture->view),
                                                    GTK_TYPE_DROP_DOWN);

  for (guint i = 0; i < drops->len; i++)
    {
      GListModel *model = gtk_drop_down_get_model (g_ptr_array_index (drops, i));

      if (GTK_IS_STRING_LIST (model) &&
          g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), first_item) == 0)
        return g_ptr_array_index (drops, i);
    }
  g_error ("no drop-down starting with %s", first_item);
}

static void
test_role_filter (Fixture      *fixture,
                  gconstpointer data)
{
  ClContactsView *view = open_view (fixture);
  GListModel     *contacts = cl_contacts_view_get_contacts (view);
  GtkDropDown    *roles = drop_down (fixture, "All roles");

  gtk_drop_down_set_selected (roles, 1); /* Recruiters */
  assert_listed (contacts, "Ada Lovelace");
  gtk_drop_down_set_selected (roles, 6); /* Mentors */
  assert_listed (contacts, "Grace Hopper");
  /* With the search, both must match. */
  search (fixture, "ada");
  assert_listed (contacts, "");
  gtk_drop_down_set_selected (roles, 0);
  assert_listed (contacts, "Ada Lovelace");
}

static void
test_sort (Fixture      *fixture,
           gconstpointer data)
{
  ClContactsView *view = open_view (fixture);
  GListModel     *contacts = cl_contacts_view_get_contacts (view);
  GtkDropDown    *order = drop_down (fixture, "By name");

  gtk_drop_down_set_selected (order, 1); /* company */
  assert_listed (contacts, "Ada Lovelace, Alan Turing, Grace Hopper");
  gtk_drop_down_set_selected (order, 3); /* next follow-up: the soonest, none last */
  assert_listed (contacts, "Alan Turing, Ada Lovelace, Grace Hopper");
}

/* The row of "Follow up" showing @name. */
static ClFollowUpRow *
follow_up_row (Fixture    *fixture,
               const char *name)
{
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (fixture->view),
                                                   CL_TYPE_FOLLOW_UP_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GPtrArray) labels = cl_ui_find_widgets (g_ptr_array_index (rows, i),
                                                         GTK_TYPE_LABEL);

      for (guint j = 0; j < labels->len; j++)
        if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, j)), name) == 0)
          return g_ptr_array_index (rows, i);
    }
  return NULL;
}

static void
test_follow_up_done (Fixture      *fixture,
                     gconstpointer data)
{
  ClContactsView *view = open_view (fixture);
  GListModel     *due = cl_contacts_view_get_due (view);
  ClFollowUpRow  *row;
  g_autoptr(GListModel) interactions = NULL;
  g_autoptr(ClInteraction) interaction = NULL;
  g_autoptr(GError) error = NULL;

  /* The longest overdue first; Grace has nothing planned. */
  assert_listed (due, "Alan Turing, Ada Lovelace");
  row = follow_up_row (fixture, "Alan Turing");
  g_assert_nonnull (row);
  cl_ui_click (cl_ui_find_icon_button (GTK_WIDGET (row), "object-select-symbolic"));
  cl_ui_flush ();

  assert_listed (due, "Ada Lovelace");
  interactions = cl_contact_store_list_interactions (store_of (fixture),
                                                     cl_contact_get_id (fixture->alan), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (interactions), ==, 1);
  interaction = g_list_model_get_item (interactions, 0);
  g_assert_cmpint (cl_interaction_get_channel (interaction), ==, CL_INTERACTION_CHANNEL_OTHER);
  g_assert_cmpint (cl_interaction_get_occurred_at (interaction), ==, CL_TEST_NOW);
  g_assert_cmpint (cl_contact_get_last_contacted (fixture->alan), ==, CL_TEST_NOW);
}

static void
test_edit_name (Fixture      *fixture,
                gconstpointer data)
{
  ClContactsView  *view = open_view (fixture);
  ClContactPage   *page = cl_ui_find_widget (GTK_WIDGET (view), CL_TYPE_CONTACT_PAGE);
  AdwEntryRow     *name;
  g_autofree char *saved = NULL;
  g_autofree char *unsaved = NULL;

  g_assert_true (cl_contacts_view_show_contact (view, cl_contact_get_id (fixture->grace)));
  g_assert_true (cl_contact_page_get_contact (page) == fixture->grace);
  name = cl_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Grace Hopper");

  gtk_widget_grab_focus (GTK_WIDGET (cl_ui_row_text (name)));
  gtk_editable_set_text (GTK_EDITABLE (name), "Grace Brewster Hopper");
  cl_contact_page_flush (page);
  cl_ui_flush ();
  g_assert_cmpstr (cl_contact_get_name (fixture->grace), ==, "Grace Brewster Hopper");
  saved = cl_test_query_text (fixture->base.database,
                              "SELECT name FROM contacts WHERE name LIKE 'Grace%'");
  g_assert_cmpstr (saved, ==, "Grace Brewster Hopper\n"); /* one row, one line */

  /* An empty name is refused, said beside the field, and nothing saved. */
  gtk_editable_set_text (GTK_EDITABLE (name), "  ");
  cl_contact_page_flush (page);
  cl_ui_flush ();
  g_assert_cmpstr (cl_contact_get_name (fixture->grace), ==, "Grace Brewster Hopper");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  unsaved = cl_contact_page_get_unsaved (page);
  g_assert_nonnull (unsaved);
}

/* Typing in the search does not change the page under the user: the
 * contact shown stays while it is hidden, and is selected again when the
 * search lets it back.  The rows show the contacts now listed. */
static void
test_search_keeps_page (Fixture      *fixture,
                        gconstpointer data)
{
  ClContactsView    *view = open_view (fixture);
  ClContactPage     *page = cl_ui_find_widget (GTK_WIDGET (view), CL_TYPE_CONTACT_PAGE);
  GtkListView       *list = NULL;
  GtkSelectionModel *selection;
  g_autoptr(GPtrArray) lists = cl_ui_find_widgets (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW);

  for (guint i = 0; i < lists->len; i++)
    if (GTK_IS_SINGLE_SELECTION (gtk_list_view_get_model (g_ptr_array_index (lists, i))))
      list = g_ptr_array_index (lists, i);
  g_assert_nonnull (list);
  selection = gtk_list_view_get_model (list);

  g_assert_true (cl_contacts_view_show_contact (view, cl_contact_get_id (fixture->grace)));
  /* A pointer passing over Ada's row selects it (a single-click list): the
   * page stays on Grace, and so does the selection. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), 0);
  cl_ui_flush ();
  g_assert_true (cl_contact_page_get_contact (page) == fixture->grace);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==, 2);
  /* A click (the row activated) shows Ada. */
  g_signal_emit_by_name (list, "activate", 0);
  cl_ui_flush ();
  g_assert_true (cl_contact_page_get_contact (page) == fixture->ada);
  g_assert_true (cl_contacts_view_show_contact (view, cl_contact_get_id (fixture->grace)));

  search (fixture, "turing");
  assert_listed (cl_contacts_view_get_contacts (view), "Alan Turing");
  g_assert_true (cl_contact_page_get_contact (page) == fixture->grace);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==,
                    GTK_INVALID_LIST_POSITION);
  /* The one row left shows Alan, not who was there before. */
  cl_ui_wait_for_frame (GTK_WIDGET (list));
  {
    g_autoptr(GPtrArray) labels = cl_ui_find_widgets (GTK_WIDGET (list), GTK_TYPE_LABEL);
    gboolean alan = FALSE;

    for (guint i = 0; i < labels->len; i++)
      {
        GtkWidget *label = g_ptr_array_index (labels, i);

        if (gtk_widget_get_mapped (label))
          {
            g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, "Grace Hopper");
            alan |= g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), "Alan Turing") == 0;
          }
      }
    g_assert_true (alan);
  }

  search (fixture, "");
  g_assert_true (cl_contact_page_get_contact (page) == fixture->grace);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==,
                    2); /* Ada, Alan, Grace */

  /* Deleted, the contact shown gives way to its neighbour. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (cl_contact_store_delete_contact (store_of (fixture), fixture->grace, &error));
    g_assert_no_error (error);
    fixture->grace = NULL;
  }
  cl_ui_flush ();
  g_assert_true (cl_contact_page_get_contact (page) == fixture->alan);
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
  g_test_add ("/ui/contacts-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("search", test_search);
  ADD ("search-keeps-page", test_search_keeps_page);
  ADD ("role-filter", test_role_filter);
  ADD ("sort", test_sort);
  ADD ("follow-up-done", test_follow_up_done);
  ADD ("edit-name", test_edit_name);
#undef ADD

  return g_test_run ();
}
