/* test-contact-page.c — a contact's own fields on their page, saved as typed
 *
 * Builds the Contacts page over a temporary database with one contact and
 * one event, shows the contact and edits each kind of field the way a user
 * would: roles are checks saved at once (several together), emails and
 * phones are rows with a label that are added, changed and removed, a
 * wrong address is said below its row and not saved, links can be opened
 * only once they are web addresses, "At the event" links the event where
 * they met, and notes, tags and the vCard UID show what the store holds.
 * Every check reads the database back, not just the widgets.  Warnings are
 * fatal.  Exits 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-contact-page"

#include "config.h"

#include "cl-contact-page.h"
#include "cl-contact-values-group.h"
#include "cl-contacts-view.h"
#include "cl-message-row.h"
#include "cl-ui-test-util.h"

typedef struct
{
  ClTestFixture   base;
  ClContact      *ada; /* the store's */
  ClEvent        *fair;
  GtkWindow      *window;
  ClContactsView *view;
  ClContactPage  *page;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClEvent) fair = cl_event_new ("ML job fair", CL_EVENT_KIND_JOB_FAIR);
  ClEventStore *events;

  cl_test_fixture_setup (&fixture->base);
  fixture->ada = cl_test_add_contact (cl_context_get_contact_store (fixture->base.context),
                                      "Ada Lovelace", "Analytical Engines");
  events = cl_context_get_event_store (fixture->base.context);
  g_assert_true (cl_event_store_add_event (events, fair, &error));
  g_assert_no_error (error);
  fixture->fair = cl_event_store_find_event (events, cl_event_get_id (fair));
  g_assert_nonnull (fixture->fair);
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

static void
open_page (Fixture *fixture)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = g_object_new (CL_TYPE_CONTACTS_VIEW, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_set_default_size (fixture->window, 1280, 800);
  cl_contacts_view_set_context (fixture->view, fixture->base.context);
  gtk_window_present (fixture->window);
  cl_ui_wait_for (is_allocated, fixture->view);
  fixture->page = cl_ui_find_widget (GTK_WIDGET (fixture->view), CL_TYPE_CONTACT_PAGE);
  g_assert_true (cl_contacts_view_show_contact (fixture->view, cl_contact_get_id (fixture->ada)));
  cl_ui_flush ();
}

/* Types @text into @field as the user would (focus in, type, done). */
static void
type_into (Fixture    *fixture,
           GtkWidget  *field,
           const char *text)
{
  gtk_widget_grab_focus (field);
  gtk_editable_set_text (GTK_EDITABLE (field), text);
  cl_contact_page_flush (fixture->page);
  cl_ui_flush ();
}

static gint64
query_int (Fixture    *fixture,
           const char *sql)
{
  return cl_test_query_int64 (fixture->base.database, sql);
}

static char *
query_text (Fixture    *fixture,
            const char *sql)
{
  return cl_test_query_text (fixture->base.database, sql);
}

/* The message shown in the row below @row, or NULL. */
static const char *
message_below (GtkWidget *row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (row);

  if (!CL_IS_MESSAGE_ROW (next) || !gtk_widget_get_visible (next))
    return NULL;
  return gtk_label_get_text (cl_ui_find_widget (next, GTK_TYPE_LABEL));
}

static GtkCheckButton *
role_check (Fixture    *fixture,
            const char *role)
{
  g_autoptr(GPtrArray) checks = cl_ui_find_widgets (GTK_WIDGET (fixture->page),
                                                     GTK_TYPE_CHECK_BUTTON);

  for (guint i = 0; i < checks->len; i++)
    if (g_strcmp0 (gtk_check_button_get_label (g_ptr_array_index (checks, i)), role) == 0)
      return g_ptr_array_index (checks, i);
  g_error ("No check for the role “%s”", role);
}

static void
test_roles (Fixture      *fixture,
            gconstpointer data)
{
  open_page (fixture);
  g_assert_false (gtk_check_button_get_active (role_check (fixture, "Recruiter")));

  /* Several at once, each saved as it is checked. */
  gtk_check_button_set_active (role_check (fixture, "Recruiter"), TRUE);
  cl_ui_flush ();
  gtk_check_button_set_active (role_check (fixture, "Mentor"), TRUE);
  cl_ui_flush ();
  g_assert_true (cl_contact_has_role (fixture->ada, CL_CONTACT_ROLE_RECRUITER));
  g_assert_true (cl_contact_has_role (fixture->ada, CL_CONTACT_ROLE_MENTOR));
  g_assert_cmpint (query_int (fixture, "SELECT roles FROM contacts"), ==,
                   CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_RECRUITER) |
                     CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_MENTOR));

  gtk_check_button_set_active (role_check (fixture, "Recruiter"), FALSE);
  cl_ui_flush ();
  g_assert_cmpint (query_int (fixture, "SELECT roles FROM contacts"), ==,
                   CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_MENTOR));
}

static void
test_emails (Fixture      *fixture,
             gconstpointer data)
{
  ClContactValuesGroup *emails;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *after_remove = NULL;
  GtkWidget       *second;
  GtkDropDown     *label;

  open_page (fixture);
  emails = CL_CONTACT_VALUES_GROUP (
    g_ptr_array_index (cl_ui_find_widgets (GTK_WIDGET (fixture->page),
                                           CL_TYPE_CONTACT_VALUES_GROUP),
                       0));
  cl_contact_values_group_add_row (emails);
  cl_contact_values_group_add_row (emails);
  rows = cl_contact_values_group_get_rows (emails);
  g_assert_cmpuint (rows->len, ==, 2);
  /* Several rows are numbered, and so named. */
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 1)), ==, "Email 2");

  type_into (fixture, g_ptr_array_index (rows, 0), "ada@engines.example");
  second = g_ptr_array_index (rows, 1);
  type_into (fixture, second, "ada@home.example");
  label = cl_ui_find_widget (second, GTK_TYPE_DROP_DOWN);
  gtk_drop_down_set_selected (label, CL_CONTACT_LABEL_HOME);
  cl_ui_flush ();
  saved = query_text (fixture, "SELECT label || ' ' || address FROM contact_emails "
                               "ORDER BY position");
  g_assert_cmpstr (saved, ==, "work ada@engines.example\nhome ada@home.example\n");

  /* A wrong address stays in its row, said below it; the database keeps
   * the last good one. */
  type_into (fixture, second, "ada at home");
  g_assert_true (gtk_widget_has_css_class (second, "error"));
  g_assert_nonnull (message_below (second));
  g_assert_nonnull (strstr (message_below (second), "name@example.com"));
  kept = query_text (fixture, "SELECT address FROM contact_emails ORDER BY position");
  g_assert_cmpstr (kept, ==, "ada@engines.example\nada@home.example\n");
  type_into (fixture, second, "ada@home.example");
  g_assert_false (gtk_widget_has_css_class (second, "error"));

  /* Remove takes the first one away. */
  cl_ui_click (cl_ui_find_icon_button (g_ptr_array_index (rows, 0), "user-trash-symbolic"));
  cl_ui_flush ();
  after_remove = query_text (fixture, "SELECT label || ' ' || address FROM contact_emails");
  g_assert_cmpstr (after_remove, ==, "home ada@home.example\n");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = cl_contact_values_group_get_rows (emails);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==, "Email");
}

static void
test_links (Fixture      *fixture,
            gconstpointer data)
{
  GtkWidget       *row;
  GtkButton       *open;
  g_autofree char *saved = NULL;
  g_autofree char *kept = NULL;

  open_page (fixture);
  row = cl_ui_find_row (GTK_WIDGET (fixture->page), ADW_TYPE_ENTRY_ROW, "GitHub");
  open = cl_ui_find_icon_button (row, "web-browser-symbolic");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (open)));

  type_into (fixture, row, "https://github.com/ada");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (open)));
  saved = query_text (fixture, "SELECT github_url FROM contacts");
  g_assert_cmpstr (saved, ==, "https://github.com/ada\n");

  /* Not a web address: said below, not saved, and not openable. */
  type_into (fixture, row, "github.com/ada lovelace");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (open)));
  g_assert_nonnull (message_below (row));
  g_assert_nonnull (strstr (message_below (row), "https://"));
  kept = query_text (fixture, "SELECT github_url FROM contacts");
  g_assert_cmpstr (kept, ==, "https://github.com/ada\n");
}

static void
test_met_event (Fixture      *fixture,
                gconstpointer data)
{
  AdwComboRow *row;

  open_page (fixture);
  row = cl_ui_find_row (GTK_WIDGET (fixture->page), ADW_TYPE_COMBO_ROW, "At the event");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0); /* None */

  adw_combo_row_set_selected (row, 1);
  cl_ui_flush ();
  g_assert_cmpint (cl_contact_get_met_event_id (fixture->ada), ==,
                   cl_event_get_id (fixture->fair));
  g_assert_cmpint (query_int (fixture, "SELECT met_event_id FROM contacts"), ==,
                   cl_event_get_id (fixture->fair));

  /* An event added meanwhile moves nothing, and saves nothing. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ClEvent) later = cl_event_new ("NeurIPS", CL_EVENT_KIND_CONFERENCE);

    g_assert_true (cl_event_store_add_event (cl_context_get_event_store (fixture->base.context),
                                             later, &error));
    g_assert_no_error (error);
    cl_ui_flush ();
    g_assert_cmpint (query_int (fixture, "SELECT met_event_id FROM contacts"), ==,
                     cl_event_get_id (fixture->fair));
    g_assert_true (adw_combo_row_get_selected_item (row) == (gpointer) fixture->fair);
  }

  adw_combo_row_set_selected (row, 0);
  cl_ui_flush ();
  g_assert_cmpint (cl_contact_get_met_event_id (fixture->ada), ==, 0);
  g_assert_cmpint (query_int (fixture, "SELECT count(*) FROM contacts WHERE met_event_id IS NULL"),
                   ==, 1);
}

static void
test_notes_tags_uid (Fixture      *fixture,
                     gconstpointer data)
{
  GtkTextView     *notes;
  g_autofree char *tags = NULL;
  g_autofree char *saved_notes = NULL;
  g_autofree char *uid = NULL;
  GPtrArray       *labels;
  gboolean         uid_shown = FALSE;

  open_page (fixture);
  type_into (fixture,
             GTK_WIDGET (cl_ui_find_row (GTK_WIDGET (fixture->page), ADW_TYPE_ENTRY_ROW,
                                         "Tags (separated by commas)")),
             "ml, referral");
  tags = query_text (fixture, "SELECT tag FROM contact_tags ORDER BY tag");
  g_assert_cmpstr (tags, ==, "ml\nreferral\n");

  notes = cl_ui_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_TEXT_VIEW);
  gtk_widget_grab_focus (GTK_WIDGET (notes));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Met at the fair; ask about MLOps",
                            -1);
  cl_contact_page_flush (fixture->page);
  cl_ui_flush ();
  saved_notes = query_text (fixture, "SELECT notes FROM contacts");
  g_assert_cmpstr (saved_notes, ==, "Met at the fair; ask about MLOps\n");

  /* The UID it came with (made up when added here) is shown, not edited. */
  uid = query_text (fixture, "SELECT vcard_uid FROM contacts");
  g_assert_cmpuint (strlen (uid), >, 1);
  uid[strlen (uid) - 1] = '\0';
  labels = cl_ui_find_widgets (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), uid) == 0)
      uid_shown = TRUE;
  g_ptr_array_unref (labels);
  g_assert_true (uid_shown);
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
  g_test_add ("/ui/contact-page/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("roles", test_roles);
  ADD ("emails", test_emails);
  ADD ("links", test_links);
  ADD ("met-event", test_met_event);
  ADD ("notes-tags-uid", test_notes_tags_uid);
#undef ADD

  return g_test_run ();
}
