/* test-contact-import.c — vCard files on the Contacts page: the import
 * preview, its Import and Cancel, a bad file, a drop, and the exports
 *
 * Builds the Contacts page over a temporary database holding Ada (with an
 * email address) and Bob, writes .vcf files to the fixture's folder and
 * opens their preview as contacts.import and a drop do: two new cards, one
 * that matches Ada by her address, one without a name.  The rows and their
 * fates are read from the list as shown; Import adds two contacts and
 * updates Ada without duplicating her or her address; Cancel and a refused
 * commit write nothing; a file of binary garbage says why it cannot be
 * imported.  The exports are written to files and read back with
 * cl_vcard_read().  Warnings are fatal.  Exits 77 (skipped) only when there
 * is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-contact-import"

#include "config.h"

#include <string.h>

#include "cl-contact-import-dialog.h"
#include "cl-contact-import-item.h"
#include "cl-contacts-view.h"
#include "cl-ui-test-util.h"
#include "cl-vcard.h"

typedef struct
{
  ClTestFixture   base;
  ClContactStore *store;
  ClContact      *ada; /* the store's */
  ClContact      *bob;
  GtkWindow      *window;
  GtkWidget      *overlay;
  ClContactsView *view;
} Fixture;

/* Two new people, Ada again under another name but her address (in
 * capitals), a card without a name, and Ada by her name and company: two
 * cards for one contact, which is updated once. */
static const char mixed_file[] =
  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nORG:US Navy\r\n"
  "EMAIL;TYPE=WORK:grace@navy.example\r\nEND:VCARD\r\n"
  "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Alan Turing\r\nEND:VCARD\r\n"
  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada King\r\nTITLE:Countess\r\n"
  "EMAIL:ADA@engines.example\r\nTEL;TYPE=CELL:+44 20 7946 0000\r\nEND:VCARD\r\n"
  "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\n"
  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nORG:Analytical Engines\r\n"
  "NOTE:A second card for her, from another phone\r\nEND:VCARD\r\n";

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(ClContact) copy = NULL;
  g_autoptr(GError) error = NULL;

  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_contact_store (fixture->base.context);
  copy = cl_contact_copy (cl_test_add_contact (fixture->store, "Ada Lovelace",
                                               "Analytical Engines"));
  g_object_set (copy, "emails", "work\tada@engines.example", NULL);
  g_assert_true (cl_contact_store_update_contact (fixture->store, copy, &error));
  g_assert_no_error (error);
  fixture->ada = cl_contact_store_find_contact (fixture->store, cl_contact_get_id (copy));
  fixture->bob = cl_test_add_contact (fixture->store, "Bob Kahn", "DARPA");
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (CL_IS_CONTACT_IMPORT_DIALOG (l->data))
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
open_view (Fixture *fixture)
{
  fixture->overlay = adw_toast_overlay_new ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = g_object_new (CL_TYPE_CONTACTS_VIEW, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (fixture->overlay), GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->window, fixture->overlay);
  gtk_window_set_default_size (fixture->window, 1280, 800);
  cl_contacts_view_set_context (fixture->view, fixture->base.context);
  gtk_window_present (fixture->window);
  cl_ui_wait_for (is_allocated, fixture->view);
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gsize       length)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, (gssize) length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static gboolean
dialog_ready (gpointer data)
{
  return cl_contact_import_dialog_is_ready (data) && gtk_widget_get_mapped (data) &&
         gtk_widget_get_width (data) > 0;
}

/* Opens the preview of a new file @name holding @contents, @width wide (0:
 * its default), and waits until it is read and shown. */
static ClContactImportDialog *
open_dialog_sized (Fixture    *fixture,
                   const char *name,
                   const char *contents,
                   gsize       length,
                   int         width)
{
  g_autoptr(GFile) file = write_file (fixture, name, contents, length);
  ClContactImportDialog *dialog =
    CL_CONTACT_IMPORT_DIALOG (cl_contacts_view_import_file (fixture->view, file));

  g_assert_nonnull (dialog);
  if (width > 0)
    gtk_window_set_default_size (GTK_WINDOW (dialog), width, 640);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == fixture->window);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  cl_ui_wait_for (dialog_ready, dialog);
  cl_ui_wait_for_frame (GTK_WIDGET (dialog));
  return dialog;
}

static ClContactImportDialog *
open_dialog (Fixture    *fixture,
             const char *name,
             const char *contents,
             gsize       length)
{
  return open_dialog_sized (fixture, name, contents, length, 0);
}

static guint
n_contacts (Fixture *fixture)
{
  return g_list_model_get_n_items (cl_contact_store_get_contacts (fixture->store));
}

static ClContact *
find_contact (Fixture    *fixture,
              const char *name)
{
  GListModel *contacts = cl_contact_store_get_contacts (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(ClContact) contact = g_list_model_get_item (contacts, i);

      if (g_strcmp0 (cl_contact_get_name (contact), name) == 0)
        return contact;
    }
  return NULL;
}

/* Whether a visible label below @root reads @text. */
static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  g_autoptr(GPtrArray) labels = cl_ui_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_is_visible (label) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The title of the toast the overlay shows, or NULL. */
static char *
toast_title (Fixture *fixture)
{
  for (GtkWidget *child = gtk_widget_get_first_child (fixture->overlay); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_str_equal (G_OBJECT_TYPE_NAME (child), "AdwToastWidget"))
      {
        g_autoptr(AdwToast) toast = NULL;

        g_object_get (child, "toast", &toast, NULL);
        return g_strdup (adw_toast_get_title (toast));
      }
  return NULL;
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* *@weak becomes NULL once @dialog is gone (a closed dialog may go at once). */
static void
watch (ClContactImportDialog *dialog,
       gpointer              *weak)
{
  *weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), weak);
}

/* The rows of the list, as shown, and the Import -------------------------------- */

static void
test_import (Fixture      *fixture,
             gconstpointer data)
{
  static const char     *names[] = { "Grace Hopper", "Alan Turing", "Ada King", "Card 4",
                                     "Ada Lovelace" };
  static const char     *outcomes[] = { "New", "New", "Updates Ada Lovelace",
                                        "Unreadable: This card has no name.",
                                        "Updates Ada Lovelace" };
  ClContactImportDialog *dialog;
  GListModel            *items;
  gpointer               weak = NULL;
  GtkListView           *list;
  g_autofree char       *toast = NULL;
  g_autofree char       *emails = NULL;
  gint64                 ada_id = cl_contact_get_id (fixture->ada);

  open_view (fixture);
  dialog = open_dialog (fixture, "mixed.vcf", mixed_file, strlen (mixed_file));
  cl_ui_save_shot (GTK_WIDGET (dialog), "contact-import-mixed");
  /* As narrow as a phone: the rows wrap their words, nothing is cut.  (A
   * dialog shown is not resized without a window manager: a second one.) */
  {
    ClContactImportDialog *narrow = open_dialog_sized (fixture, "mixed.vcf", mixed_file,
                                                       strlen (mixed_file), 360);

    cl_ui_save_shot (GTK_WIDGET (narrow), "contact-import-mixed-narrow");
    gtk_window_destroy (GTK_WINDOW (narrow));
    cl_ui_flush ();
  }

  g_assert_null (cl_contact_import_dialog_get_error (dialog));
  items = cl_contact_import_dialog_get_items (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 5);
  list = cl_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_VIEW);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(ClContactImportItem) item = g_list_model_get_item (items, i);

      g_assert_cmpstr (cl_contact_import_item_get_name (item), ==, names[i]);
      g_assert_cmpstr (cl_contact_import_item_get_outcome (item), ==, outcomes[i]);
      /* Each row is on screen with its words. */
      g_assert_true (shows_label (GTK_WIDGET (list), names[i]));
      g_assert_true (shows_label (GTK_WIDGET (list), outcomes[i]));
    }
  g_assert_true (shows_label (GTK_WIDGET (list), "US Navy"));
  g_assert_true (shows_label (GTK_WIDGET (dialog), "mixed.vcf"));
  g_assert_true (shows_label (GTK_WIDGET (dialog), "2 new, 2 already present, 1 unreadable"));
  /* The keyboard starts in the list; Enter there imports (see below). */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)),
                                         GTK_WIDGET (list)) ||
                 gtk_root_get_focus (GTK_ROOT (dialog)) == GTK_WIDGET (list));

  g_assert_cmpuint (n_contacts (fixture), ==, 2);
  watch (dialog, &weak);
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (dialog), "_Import"));
  cl_ui_wait_for (is_gone, &weak);

  /* Two added, Ada updated in place: a title she lacked, her number, her
   * address once. */
  g_assert_cmpuint (n_contacts (fixture), ==, 4);
  g_assert_nonnull (find_contact (fixture, "Grace Hopper"));
  g_assert_nonnull (find_contact (fixture, "Alan Turing"));
  g_assert_null (find_contact (fixture, "Ada King"));
  g_assert_null (find_contact (fixture, "Card 4"));
  fixture->ada = cl_contact_store_find_contact (fixture->store, ada_id);
  g_assert_cmpstr (cl_contact_get_name (fixture->ada), ==, "Ada Lovelace");
  g_assert_cmpstr (cl_contact_get_title (fixture->ada), ==, "Countess");
  emails = g_ascii_strdown (cl_contact_get_emails (fixture->ada), -1);
  g_assert_cmpuint (cl_test_count_occurrences (emails, "ada@engines.example"), ==, 1);
  g_assert_nonnull (strstr (cl_contact_get_phones (fixture->ada), "7946"));
  /* The second card of hers, matched by name and company, added its note. */
  g_assert_cmpstr (cl_contact_get_notes (fixture->ada), ==,
                   "A second card for her, from another phone");
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database, "SELECT COUNT(*) FROM contacts"),
                   ==, 4);

  cl_ui_flush ();
  toast = toast_title (fixture);
  g_assert_cmpstr (toast, ==, "2 contacts added, 1 updated");
}

/* Enter imports with the focus in the list. */
static void
test_enter (Fixture      *fixture,
            gconstpointer data)
{
  ClContactImportDialog *dialog;
  GtkWidget             *focus;
  gpointer               weak = NULL;

  open_view (fixture);
  dialog = open_dialog (fixture, "mixed.vcf", mixed_file, strlen (mixed_file));
  watch (dialog, &weak);
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_nonnull (focus);
  g_assert_false (GTK_IS_BUTTON (focus));
  {
    GtkEventController *keys = NULL;
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (dialog));

    /* The capture-phase shortcut that sees Enter before the row does. */
    for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_SHORTCUT_CONTROLLER (controller) &&
            gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
          keys = controller;
      }
    g_assert_nonnull (keys);
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (keys), 0);

      g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                   GTK_WIDGET (dialog), NULL));
    }
  }
  cl_ui_wait_for (is_gone, &weak);
  g_assert_cmpuint (n_contacts (fixture), ==, 4);
}

/* Cancel, and Escape, write nothing. */
static void
test_cancel (Fixture      *fixture,
             gconstpointer data)
{
  ClContactImportDialog *dialog;
  ClTestSnapshot         snapshot = { 0 };
  gpointer               weak = NULL;

  open_view (fixture);
  cl_test_snapshot_take (&snapshot, fixture->base.database, g_strdup (""));
  dialog = open_dialog (fixture, "mixed.vcf", mixed_file, strlen (mixed_file));
  watch (dialog, &weak);
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (dialog), "_Cancel"));
  cl_ui_wait_for (is_gone, &weak);
  g_assert_cmpuint (n_contacts (fixture), ==, 2);
  g_assert_null (cl_contact_get_title (cl_contact_store_find_contact (
    fixture->store, cl_contact_get_id (fixture->ada))));

  dialog = open_dialog (fixture, "mixed.vcf", mixed_file, strlen (mixed_file));
  watch (dialog, &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
  cl_ui_wait_for (is_gone, &weak);
  g_assert_cmpuint (n_contacts (fixture), ==, 2);
  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database, g_strdup (""));
}

/* The database refuses half-way: said in the dialog, nothing written, and
 * Import can be tried again. */
static void
test_refused (Fixture      *fixture,
              gconstpointer data)
{
  ClContactImportDialog *dialog;
  ClTestSnapshot         snapshot = { 0 };
  const char            *error;
  gpointer               weak = NULL;

  open_view (fixture);
  dialog = open_dialog (fixture, "mixed.vcf", mixed_file, strlen (mixed_file));
  cl_test_snapshot_take (&snapshot, fixture->base.database, g_strdup (""));
  cl_test_fail_on (fixture->base.database, "UPDATE", "contacts");
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (dialog), "_Import"));
  cl_ui_flush ();
  error = cl_contact_import_dialog_get_error (dialog);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error, "Nothing was imported: "));
  g_assert_true (shows_label (GTK_WIDGET (dialog), error));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  cl_ui_wait_for_frame (GTK_WIDGET (dialog));
  cl_ui_save_shot (GTK_WIDGET (dialog), "contact-import-refused");
  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database, g_strdup (""));
  g_assert_cmpuint (n_contacts (fixture), ==, 2);

  cl_test_heal (fixture->base.database);
  watch (dialog, &weak);
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (dialog), "_Import"));
  cl_ui_wait_for (is_gone, &weak);
  g_assert_cmpuint (n_contacts (fixture), ==, 4);
}

/* Files without cards ----------------------------------------------------------- */

static gboolean
import_enabled (ClContactImportDialog *dialog)
{
  return gtk_widget_get_sensitive (GTK_WIDGET (cl_ui_find_button (GTK_WIDGET (dialog),
                                                                  "_Import")));
}

static void
test_garbage (Fixture      *fixture,
              gconstpointer data)
{
  static const guchar    garbage[] = { 0x7f, 'E', 'L', 'F', 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe,
                                       0x00, 0x13, 0x37, 0x80, 0x81, 0x00, 0xc3, 0x28, 0x00, 0x01 };
  ClContactImportDialog *dialog;
  ClTestSnapshot         snapshot = { 0 };

  open_view (fixture);
  cl_test_snapshot_take (&snapshot, fixture->base.database, g_strdup (""));
  dialog = open_dialog (fixture, "garbage.vcf", (const char *) garbage, sizeof garbage);
  cl_ui_save_shot (GTK_WIDGET (dialog), "contact-import-garbage");
  g_assert_cmpstr (cl_contact_import_dialog_get_error (dialog), ==,
                   "This file is not text, so it holds no contact cards (vCard).");
  g_assert_null (cl_contact_import_dialog_get_import (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_import_dialog_get_items (dialog)), ==, 0);
  {
    AdwStatusPage *page = cl_ui_find_widget (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE);

    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
    g_assert_cmpstr (adw_status_page_get_title (page), ==, "“garbage.vcf” Cannot Be Imported");
  }
  g_assert_false (import_enabled (dialog));
  /* Nor does the action (Enter's) do anything. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
  cl_ui_flush ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* An empty file, one that cannot be read, and one of unreadable cards only. */
  dialog = open_dialog (fixture, "empty.vcf", "", 0);
  g_assert_cmpstr (cl_contact_import_dialog_get_error (dialog), ==, "The file is empty.");
  gtk_window_destroy (GTK_WINDOW (dialog));
  {
    g_autoptr(GFile) missing = g_file_new_build_filename (fixture->base.dir, "gone.vcf", NULL);

    dialog = CL_CONTACT_IMPORT_DIALOG (cl_contacts_view_import_file (fixture->view, missing));
    cl_ui_wait_for (dialog_ready, dialog);
    g_assert_true (g_str_has_prefix (cl_contact_import_dialog_get_error (dialog),
                                     "Could not read “gone.vcf”: "));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  {
    static const char nameless[] = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:who?\r\nEND:VCARD\r\n";

    dialog = open_dialog (fixture, "nameless.vcf", nameless, strlen (nameless));
    g_assert_null (cl_contact_import_dialog_get_error (dialog));
    g_assert_cmpuint (g_list_model_get_n_items (cl_contact_import_dialog_get_items (dialog)), ==,
                      1);
    g_assert_false (import_enabled (dialog));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  cl_ui_flush ();
  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database, g_strdup (""));
}

/* What the reading guessed is said on the card's row. */
static void
test_notice (Fixture      *fixture,
             gconstpointer data)
{
  /* Latin-1 without CHARSET, as old phones write it. */
  static const char      latin1[] = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ren\xe9 Dupont\r\n"
                                    "END:VCARD\r\n";
  ClContactImportDialog *dialog;
  g_autoptr(ClContactImportItem) item = NULL;

  open_view (fixture);
  dialog = open_dialog (fixture, "latin1.vcf", latin1, strlen (latin1));
  item = g_list_model_get_item (cl_contact_import_dialog_get_items (dialog), 0);
  g_assert_cmpstr (cl_contact_import_item_get_name (item), ==, "Ren\u00e9 Dupont");
  g_assert_cmpstr (cl_contact_import_item_get_outcome (item), ==,
                   "New \u2014 Some of this card\u2019s text was not UTF-8 and was read as "
                   "Windows-1252.");
  g_assert_true (shows_label (GTK_WIDGET (dialog), cl_contact_import_item_get_outcome (item)));
}

/* A dropped file opens the same preview. */
static void
test_drop (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr(GFile) file = write_file (fixture, "dropped.vcf", mixed_file, strlen (mixed_file));
  g_autoptr(GListModel) controllers = NULL;
  g_autoptr(GList) toplevels = NULL;
  GtkDropTarget         *target = NULL;
  GValue                 value = G_VALUE_INIT;
  gboolean               done = FALSE;
  ClContactImportDialog *dialog = NULL;

  open_view (fixture);
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->view));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, g_slist_prepend (NULL, g_object_ref (file)));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &done);
  g_value_unset (&value);
  g_assert_true (done);

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (CL_IS_CONTACT_IMPORT_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  cl_ui_wait_for (dialog_ready, dialog);
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_import_dialog_get_items (dialog)), ==, 5);
  g_assert_true (shows_label (GTK_WIDGET (dialog), "dropped.vcf"));
}

/* The menus ------------------------------------------------------------------- */

/* The actions of @button's menu, in order, joined by spaces. */
static char *
menu_actions (GtkMenuButton *button)
{
  GMenuModel *menu = gtk_menu_button_get_menu_model (button);
  GString    *actions = g_string_new (NULL);
  GQueue      models = G_QUEUE_INIT;

  g_queue_push_tail (&models, menu);
  while (!g_queue_is_empty (&models))
    {
      GMenuModel *model = g_queue_pop_head (&models);

      for (int i = 0; i < g_menu_model_get_n_items (model); i++)
        {
          g_autofree char *action = NULL;
          GMenuModel      *section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

          if (section != NULL)
            {
              g_queue_push_tail (&models, section);
              g_object_unref (section);
            }
          else if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s",
                                                    &action))
            g_string_append_printf (actions, "%s%s", actions->len > 0 ? " " : "", action);
        }
    }
  return g_string_free (actions, FALSE);
}

static GtkMenuButton *
find_menu_button (GtkWidget  *root,
                  const char *tooltip)
{
  g_autoptr(GPtrArray) buttons = cl_ui_find_widgets (root, GTK_TYPE_MENU_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), tooltip) == 0)
      return g_ptr_array_index (buttons, i);
  g_assert_not_reached ();
}

static void
test_menus (Fixture      *fixture,
            gconstpointer data)
{
  g_autofree char *view_actions = NULL;
  g_autofree char *page_actions = NULL;
  GtkMenuButton   *button;

  open_view (fixture);
  button = find_menu_button (GTK_WIDGET (fixture->view), "Contacts Menu");
  g_assert_cmpstr (gtk_menu_button_get_icon_name (button), ==, "view-more-symbolic");
  view_actions = menu_actions (button);
  g_assert_cmpstr (view_actions, ==,
                   "contacts.import contacts.export-all contacts.export-shown");
  page_actions = menu_actions (find_menu_button (GTK_WIDGET (fixture->view), "Contact Menu"));
  g_assert_cmpstr (page_actions, ==, "contacts.export-contact");
  /* The empty state offers the import too, enabled once there is a context. */
  g_assert_true (gtk_widget_get_sensitive (
    GTK_WIDGET (cl_ui_find_button (GTK_WIDGET (fixture->view), "_Import vCards…"))));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (
                     cl_ui_find_button (GTK_WIDGET (fixture->view), "_Import vCards…"))),
                   ==, "contacts.import");
}

/* Exports --------------------------------------------------------------------- */

static GPtrArray *
read_back (GFile *file)
{
  g_autofree char *contents = NULL;
  gsize            length = 0;
  g_autoptr(GError) error = NULL;
  GPtrArray *cards;

  g_file_load_contents (file, NULL, &contents, &length, NULL, &error);
  g_assert_no_error (error);
  cards = cl_vcard_read (contents, length, &error);
  g_assert_no_error (error);
  return cards;
}

static char *
names_of (GPtrArray *cards)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < cards->len; i++)
    {
      ClVCardCard *card = g_ptr_array_index (cards, i);

      g_assert_null (card->problem);
      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", card->full_name);
    }
  return g_string_free (names, FALSE);
}

static void
test_export (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(GFile) file = g_file_new_build_filename (fixture->base.dir, "out.vcf", NULL);
  g_autoptr(GError) error = NULL;
  GtkEditable *search;

  cl_test_add_contact (fixture->store, "Grace Hopper", "US Navy");
  open_view (fixture);

  g_assert_true (cl_contacts_view_export_to (fixture->view, CL_CONTACTS_EXPORT_ALL, file, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) cards = read_back (file);
    g_autofree char *names = names_of (cards);

    g_assert_cmpuint (cards->len, ==, 3);
    g_assert_cmpstr (names, ==, "Ada Lovelace, Bob Kahn, Grace Hopper");
    g_assert_cmpstr (((ClVCardCard *) g_ptr_array_index (cards, 0))->organization, ==,
                     "Analytical Engines");
  }

  /* The shown ones: the result of the search. */
  {
    g_autoptr(GPtrArray) entries = cl_ui_find_widgets (GTK_WIDGET (fixture->view),
                                                        GTK_TYPE_SEARCH_ENTRY);

    /* The page's pickers have theirs. */
    search = NULL;
    for (guint i = 0; i < entries->len; i++)
      {
        g_autofree char *placeholder = NULL;

        g_object_get (g_ptr_array_index (entries, i), "placeholder-text", &placeholder, NULL);
        if (g_strcmp0 (placeholder, "Search contacts") == 0)
          search = g_ptr_array_index (entries, i);
      }
    g_assert_nonnull (search);
  }
  gtk_editable_set_text (search, "a");
  g_signal_emit_by_name (search, "search-changed");
  cl_ui_flush ();
  gtk_editable_set_text (search, "navy");
  g_signal_emit_by_name (search, "search-changed");
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (cl_contacts_view_get_contacts (fixture->view)), ==,
                    1);
  g_assert_true (cl_contacts_view_export_to (fixture->view, CL_CONTACTS_EXPORT_SHOWN, file,
                                             &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) cards = read_back (file);
    g_autofree char *names = names_of (cards);

    g_assert_cmpstr (names, ==, "Grace Hopper");
  }

  /* One contact: the page's. */
  gtk_editable_set_text (search, "");
  g_signal_emit_by_name (search, "search-changed");
  cl_ui_flush ();
  g_assert_true (cl_contacts_view_show_contact (fixture->view, cl_contact_get_id (fixture->bob)));
  g_assert_true (cl_contacts_view_export_to (fixture->view, CL_CONTACTS_EXPORT_SELECTED, file,
                                             &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) cards = read_back (file);
    g_autofree char *names = names_of (cards);

    g_assert_cmpstr (names, ==, "Bob Kahn");
    g_assert_cmpstr (((ClVCardCard *) g_ptr_array_index (cards, 0))->uid, ==,
                     cl_contact_get_vcard_uid (fixture->bob));
  }

  /* A file that cannot be written says why. */
  {
    g_autoptr(GFile) nowhere = g_file_new_build_filename (fixture->base.dir, "no-such-folder",
                                                           "out.vcf", NULL);

    g_assert_false (cl_contacts_view_export_to (fixture->view, CL_CONTACTS_EXPORT_ALL, nowhere,
                                                &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  }
}

/* Many cards: read while the window goes on, listed, quickly. */
static void
test_large (Fixture      *fixture,
            gconstpointer data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) images = NULL;
  ClContactImportDialog *dialog;
  gint64                 start;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (text,
                            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person %u\r\nORG:Company %u\r\n"
                            "EMAIL:person%u@example.com\r\nEND:VCARD\r\n",
                            i, i % 50, i);
  open_view (fixture);
  start = g_get_monotonic_time ();
  dialog = open_dialog (fixture, "large.vcf", text->str, text->len);
  g_test_message ("5,000 cards read, matched and shown in %.0f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_import_dialog_get_items (dialog)), ==,
                    5000);
  /* Only what is on screen has rows. */
  images = cl_ui_find_widgets (GTK_WIDGET (dialog), GTK_TYPE_IMAGE);
  g_assert_cmpuint (images->len, <, 500);
  g_assert_true (shows_label (GTK_WIDGET (dialog), "5000 new, 0 already present"));
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
  g_test_add ("/ui/contact-import/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("import", test_import);
  ADD ("enter", test_enter);
  ADD ("cancel", test_cancel);
  ADD ("refused", test_refused);
  ADD ("garbage", test_garbage);
  ADD ("notice", test_notice);
  ADD ("drop", test_drop);
  ADD ("menus", test_menus);
  ADD ("export", test_export);
  ADD ("large", test_large);
#undef ADD

  return g_test_run ();
}
