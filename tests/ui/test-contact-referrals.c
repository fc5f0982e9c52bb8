/* test-contact-referrals.c — a contact's referrals and interviews on their page, and deleting them
 *
 * Builds the Contacts page over a temporary database with two contacts and
 * two applications, shows Ada's page and drives its Referrals section:
 * "Refer Me To…" finds an application by typing and adds the referral as
 * asked (the store and the card say so), the status drop-down saves at
 * once, the remove button takes it back, and a round Ada interviewed in
 * shows under "Interviewed In".  Then the delete dialog: it counts what
 * goes, and moves the referral to Bob, or deletes it with Ada.  Warnings
 * are fatal.  Exits 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-contact-referrals"

#include "config.h"

#include "cl-contact-page.h"
#include "cl-contact-referrals.h"
#include "cl-contacts-view.h"
#include "cl-ui-test-util.h"

typedef struct
{
  ClTestFixture       base;
  ClContact          *ada; /* the store's */
  ClContact          *bob;
  ClApplication      *acme;
  ClApplication      *globex;
  GtkWindow          *window;
  ClContactsView     *view;
  ClContactPage      *page;
  ClContactReferrals *section;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  ClContactStore *contacts;

  cl_test_fixture_setup (&fixture->base);
  contacts = cl_context_get_contact_store (fixture->base.context);
  fixture->ada = cl_test_add_contact (contacts, "Ada Lovelace", "Analytical Engines");
  fixture->bob = cl_test_add_contact (contacts, "Bob Kahn", NULL);
  fixture->acme = cl_ui_add_application (fixture->base.context, "Acme", "ML Engineer", 0);
  fixture->globex = cl_ui_add_application (fixture->base.context, "Globex", "Researcher", 1);
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
  fixture->section = cl_ui_find_widget (GTK_WIDGET (fixture->page), CL_TYPE_CONTACT_REFERRALS);
  g_assert_true (cl_contacts_view_show_contact (fixture->view, cl_contact_get_id (fixture->ada)));
  cl_ui_flush ();
}

static ClReferralStatus
referral_of (Fixture       *fixture,
             ClApplication *application,
             gint64        *out_contact_id)
{
  g_autoptr(GError) error = NULL;
  ClReferralStatus status = CL_REFERRAL_STATUS_NONE;

  cl_pipeline_store_get_referral (cl_context_get_pipeline_store (fixture->base.context),
                                  application, out_contact_id, &status, &error);
  g_assert_no_error (error);
  return status;
}

/* The rows of "Referrals": those with a status drop-down. */
static GPtrArray *
referral_drop_downs (Fixture *fixture)
{
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (fixture->section),
                                                   ADW_TYPE_ACTION_ROW);
  GPtrArray *drops = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GPtrArray) found = cl_ui_find_widgets (g_ptr_array_index (rows, i),
                                                        GTK_TYPE_DROP_DOWN);

      if (found->len == 1)
        g_ptr_array_add (drops, g_ptr_array_index (found, 0));
    }
  return drops;
}

/* The row of the section titled @title whose subtitle holds @subtitle. */
static AdwActionRow *
find_row (Fixture    *fixture,
          const char *title,
          const char *subtitle)
{
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (fixture->section),
                                                   ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (rows, i);
      const char   *shown = adw_action_row_get_subtitle (row);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0 &&
          shown != NULL && strstr (shown, subtitle) != NULL)
        return row;
    }
  return NULL;
}

static GtkPopover *
picker (Fixture *fixture)
{
  return gtk_menu_button_get_popover (
    cl_ui_find_widget (GTK_WIDGET (fixture->section), GTK_TYPE_MENU_BUTTON));
}

static GtkListBoxRow *
first_picker_row (Fixture *fixture)
{
  GtkPopover *popover = picker (fixture);
  g_autoptr(GPtrArray) lists = cl_ui_find_widgets (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX);

  g_assert_cmpuint (lists->len, ==, 1);
  return gtk_list_box_get_row_at_index (g_ptr_array_index (lists, 0), 0);
}

static guint
picker_rows (Fixture *fixture)
{
  GtkPopover *popover = picker (fixture);
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX_ROW);

  return rows->len;
}

/* Scrolls the page to the section and opens "Refer Me To…", as a user who
 * sees it would: a popover of a button below the window has no monitor. */
static void
popup_picker (Fixture *fixture)
{
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (
    gtk_widget_get_ancestor (GTK_WIDGET (fixture->section), GTK_TYPE_SCROLLED_WINDOW));
  GtkWidget       *viewport = gtk_scrolled_window_get_child (scroller);
  GtkAdjustment   *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  graphene_point_t top;

  /* The viewport shows the page from the adjustment's value down. */
  g_assert_true (GTK_IS_VIEWPORT (viewport));
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (fixture->section), viewport,
                                           &GRAPHENE_POINT_INIT (0, 0), &top));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + top.y);
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->section));
  gtk_menu_button_popup (cl_ui_find_widget (GTK_WIDGET (fixture->section), GTK_TYPE_MENU_BUTTON));
}

static void
refer_by_typing (Fixture    *fixture,
                 const char *search)
{
  GtkPopover     *popover = picker (fixture);
  GtkSearchEntry *entry = cl_ui_find_widget (GTK_WIDGET (popover), GTK_TYPE_SEARCH_ENTRY);

  popup_picker (fixture);
  cl_ui_wait_for (cl_ui_is_mapped, popover);
  gtk_editable_set_text (GTK_EDITABLE (entry), search);
  /* A search entry reports a change after a short pause. */
  g_signal_emit_by_name (entry, "search-changed");
  cl_ui_flush ();
  g_assert_cmpuint (picker_rows (fixture), ==, 1);
  /* Enter takes the one listed. */
  g_signal_emit_by_name (entry, "activate");
  cl_ui_flush ();
}

static void
test_refer (Fixture      *fixture,
            gconstpointer data)
{
  g_autoptr(GPtrArray) drops = NULL;
  GtkWidget *focus;
  gint64     contact_id = 0;

  open_page (fixture, 1100);
  drops = referral_drop_downs (fixture);
  g_assert_cmpuint (drops->len, ==, 0);
  g_clear_pointer (&drops, g_ptr_array_unref);

  /* Both applications are offered; typing narrows them to one. */
  popup_picker (fixture);
  cl_ui_flush ();
  g_assert_cmpuint (picker_rows (fixture), ==, 2);
  gtk_popover_popdown (picker (fixture));
  cl_ui_flush ();

  refer_by_typing (fixture, "GLOBEX");
  g_assert_cmpint (referral_of (fixture, fixture->globex, &contact_id), ==,
                   CL_REFERRAL_STATUS_ASKED);
  g_assert_cmpint (contact_id, ==, cl_contact_get_id (fixture->ada));
  g_assert_cmpint (cl_application_get_referral_status (fixture->globex), ==,
                   CL_REFERRAL_STATUS_ASKED);
  g_assert_cmpint (referral_of (fixture, fixture->acme, NULL), ==, CL_REFERRAL_STATUS_NONE);

  /* Its status takes the focus, and saves as soon as it is chosen. */
  drops = referral_drop_downs (fixture);
  g_assert_cmpuint (drops->len, ==, 1);
  focus = gtk_window_get_focus (fixture->window);
  g_assert_true (focus == g_ptr_array_index (drops, 0) ||
                 gtk_widget_is_ancestor (focus, g_ptr_array_index (drops, 0)));
  gtk_drop_down_set_selected (g_ptr_array_index (drops, 0), 2);
  cl_ui_flush ();
  g_assert_cmpint (referral_of (fixture, fixture->globex, NULL), ==,
                   CL_REFERRAL_STATUS_SUBMITTED);
  g_assert_cmpint (cl_application_get_referral_status (fixture->globex), ==,
                   CL_REFERRAL_STATUS_SUBMITTED);
  /* The row stayed: the same drop-down, still focused. */
  {
    g_autoptr(GPtrArray) again = referral_drop_downs (fixture);

    g_assert_true (g_ptr_array_index (again, 0) == g_ptr_array_index (drops, 0));
  }

  /* The picker leaves out what Ada refers to already. */
  popup_picker (fixture);
  cl_ui_flush ();
  g_assert_cmpuint (picker_rows (fixture), ==, 1);
  gtk_widget_activate (GTK_WIDGET (first_picker_row (fixture)));
  cl_ui_flush ();
  g_assert_cmpint (referral_of (fixture, fixture->acme, NULL), ==, CL_REFERRAL_STATUS_ASKED);
  g_clear_pointer (&drops, g_ptr_array_unref);
  drops = referral_drop_downs (fixture);
  g_assert_cmpuint (drops->len, ==, 2);
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->window));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "contact-referrals");

  /* A change made elsewhere (the application page) shows here too. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (cl_pipeline_store_set_referral (
      cl_context_get_pipeline_store (fixture->base.context), fixture->acme,
      cl_contact_get_id (fixture->ada), CL_REFERRAL_STATUS_AGREED, &error));
    g_assert_no_error (error);
    cl_ui_flush ();
    g_assert_cmpuint (gtk_drop_down_get_selected (g_ptr_array_index (drops, 0)), ==, 1);
  }

  /* Remove takes it back. */
  {
    AdwActionRow *row = find_row (fixture, "Acme — ML Engineer", "");

    g_assert_nonnull (row);
    cl_ui_click (cl_ui_find_icon_button (GTK_WIDGET (row), "list-remove-symbolic"));
    cl_ui_flush ();
    g_assert_cmpint (referral_of (fixture, fixture->acme, NULL), ==, CL_REFERRAL_STATUS_NONE);
    g_clear_pointer (&drops, g_ptr_array_unref);
    drops = referral_drop_downs (fixture);
    g_assert_cmpuint (drops->len, ==, 1);
  }
}

static void
test_rounds (Fixture      *fixture,
             gconstpointer data)
{
  ClRoundStore *rounds = cl_context_get_round_store (fixture->base.context);
  g_autoptr(ClRound) round = cl_round_new (cl_application_get_id (fixture->acme),
                                            CL_ROUND_KIND_CODING);
  g_autoptr(GError) error = NULL;
  gint64 ada = cl_contact_get_id (fixture->ada);

  open_page (fixture, 1100);
  g_assert_null (find_row (fixture, "Acme — ML Engineer", "Live coding"));

  g_object_set (round, "title", "Live coding", "scheduled-at", CL_TEST_NOW + 24 * 3600, NULL);
  g_assert_true (cl_round_store_add_round (rounds, round, &error));
  g_assert_true (cl_round_store_set_interviewers (rounds, round, &ada, 1, &error));
  g_assert_no_error (error);
  cl_ui_flush ();
  g_assert_nonnull (find_row (fixture, "Acme — ML Engineer", "Live coding · tomorrow"));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "contact-interviewed-in");

  /* Narrow, the page alone. */
  cl_ui_resize (fixture->window, 360, 720);
  cl_ui_flush ();
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "contact-referrals-narrow");
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
link_ada (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_pipeline_store_set_referral (
    cl_context_get_pipeline_store (fixture->base.context), fixture->acme,
    cl_contact_get_id (fixture->ada), CL_REFERRAL_STATUS_AGREED, &error));
  g_assert_no_error (error);
}

static void
test_delete_simple (Fixture      *fixture,
                    gconstpointer data)
{
  AdwMessageDialog *dialog;
  gint64            bob = cl_contact_get_id (fixture->bob);

  open_page (fixture, 1100);
  g_assert_true (cl_contacts_view_show_contact (fixture->view, bob));
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (fixture->page), "_Delete Contact…"));
  dialog = dialog_headed ("Delete Bob Kahn?");
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "This cannot be undone.");
  g_assert_false (adw_message_dialog_has_response (dialog, "move"));
  adw_message_dialog_response (dialog, "delete");
  cl_ui_flush ();
  g_assert_null (cl_contact_store_find_contact (
    cl_context_get_contact_store (fixture->base.context), bob));
}

static void
test_delete_all (Fixture      *fixture,
                 gconstpointer data)
{
  AdwMessageDialog *dialog;

  link_ada (fixture);
  open_page (fixture, 1100);
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (fixture->page), "_Delete Contact…"));
  dialog = dialog_headed ("Delete Ada Lovelace?");
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "They refer you to 1 application. Move the referrals, interviews and "
                   "practice sessions to another contact, or delete them too? This cannot be "
                   "undone.");
  g_assert_true (adw_message_dialog_has_response (dialog, "move"));
  cl_ui_wait_for (is_allocated, dialog);
  cl_ui_wait_for_frame (GTK_WIDGET (dialog));
  cl_ui_save_shot (GTK_WIDGET (dialog), "contact-delete");
  adw_message_dialog_response (dialog, "delete");
  cl_ui_flush ();
  g_assert_cmpint (cl_application_get_referral_status (fixture->acme), ==,
                   CL_REFERRAL_STATUS_NONE);
  g_assert_cmpint (referral_of (fixture, fixture->acme, NULL), ==, CL_REFERRAL_STATUS_NONE);
}

static void
test_delete_move (Fixture      *fixture,
                  gconstpointer data)
{
  AdwMessageDialog *dialog;
  GtkSearchEntry   *entry;
  gint64            contact_id = 0;
  gint64            ada = cl_contact_get_id (fixture->ada);

  link_ada (fixture);
  open_page (fixture, 1100);
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (fixture->page), "_Delete Contact…"));
  adw_message_dialog_response (dialog_headed ("Delete Ada Lovelace?"), "move");
  cl_ui_flush ();
  dialog = dialog_headed ("Move to Another Contact");
  g_assert_nonnull (dialog);
  /* Nothing chosen, nothing to do. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "move"));
  entry = cl_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "kahn");
  g_signal_emit_by_name (entry, "search-changed");
  cl_ui_flush ();
  g_signal_emit_by_name (entry, "activate");
  cl_ui_flush ();
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "move"));
  cl_ui_wait_for (is_allocated, dialog);
  cl_ui_wait_for_frame (GTK_WIDGET (dialog));
  cl_ui_save_shot (GTK_WIDGET (dialog), "contact-delete-move");
  adw_message_dialog_response (dialog, "move");
  cl_ui_flush ();

  g_assert_null (cl_contact_store_find_contact (
    cl_context_get_contact_store (fixture->base.context), ada));
  g_assert_cmpint (referral_of (fixture, fixture->acme, &contact_id), ==,
                   CL_REFERRAL_STATUS_AGREED);
  g_assert_cmpint (contact_id, ==, cl_contact_get_id (fixture->bob));
  g_assert_cmpstr (cl_application_get_contact_names (fixture->acme), ==, "Bob Kahn");
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
  g_test_add ("/ui/contact-referrals/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("refer", test_refer);
  ADD ("rounds", test_rounds);
  ADD ("delete-simple", test_delete_simple);
  ADD ("delete-all", test_delete_all);
  ADD ("delete-move", test_delete_move);
#undef ADD

  return g_test_run ();
}
