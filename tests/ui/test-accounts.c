/* test-accounts.c — the Accounts window, the account form and the
 * application page's Career Portal, against the session's real keyring
 *
 * Over a temporary database: Add Account saves the metadata in SQLite and
 * the password in gnome-keyring only (looked up back through the vault);
 * refused fields are said beside the field with nothing saved; the form
 * edits, relabels, changes and removes a password; Copy Password puts it on
 * the clipboard and the clipboard is cleared after the setting's seconds
 * unless something else was copied since; Delete removes the keyring item;
 * an application's page lists its accounts and adds one for it; deleting
 * the application asks what to do with them.  /ui/accounts/without-keyring
 * runs only on a bus with no Secret Service (CAREERLENS_TEST_NO_KEYRING=1):
 * the banner says so, the password field is off, the rest still saves and
 * the password typed is in no file.  Warnings are fatal.  Exits 77
 * (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-accounts"

#include "config.h"

#include <string.h>

#include "cl-account-dialog.h"
#include "cl-account-row.h"
#include "cl-accounts-window.h"
#include "cl-application-page.h"
#include "cl-banner.h"
#include "cl-posting-section.h"
#include "cl-secret-clipboard.h"
#include "cl-ui-test-util.h"

#define SECRET "Hq4-lantern-CL-7373"

typedef struct
{
  ClTestFixture base;
  GtkWindow    *window;
} Fixture;

static ClAccountStore *
store_of (Fixture *fixture)
{
  return cl_context_get_account_store (fixture->base.context);
}

static ClSecretVault *
vault_of (Fixture *fixture)
{
  return cl_context_get_secret_vault (fixture->base.context);
}

static gboolean
without_keyring (void)
{
  return g_strcmp0 (g_getenv ("CAREERLENS_TEST_NO_KEYRING"), "1") == 0;
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
  GList *windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  cl_secret_clipboard_clear_now ();
  while (cl_secret_vault_get_n_forgetting (vault_of (fixture)) > 0 ||
         cl_secret_vault_get_busy (vault_of (fixture)))
    g_main_context_iteration (NULL, TRUE);
  cl_ui_flush ();
  cl_test_fixture_teardown (&fixture->base);
}

/* The keyring, directly ------------------------------------------------------- */

static void
result_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static char *
lookup (Fixture   *fixture,
        ClAccount *account)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *secret, *copy;

  cl_secret_vault_lookup_async (vault_of (fixture), cl_account_get_uuid (account), NULL,
                                result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  secret = cl_secret_vault_lookup_finish (vault_of (fixture), result, &error);
  g_assert_no_error (error);
  copy = g_strdup (secret);
  cl_secret_vault_free_secret (secret);
  return copy;
}

static void
store_password (Fixture    *fixture,
                ClAccount  *account,
                const char *secret)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  cl_secret_vault_store_async (vault_of (fixture), account, secret, NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (cl_secret_vault_store_finish (vault_of (fixture), result, &error));
  g_assert_no_error (error);
}

static ClAccount *
add_account (Fixture    *fixture,
             const char *site,
             const char *username,
             const char *url,
             gint64      application_id)
{
  g_autoptr(ClAccount) account = cl_account_new (site);
  g_autoptr(GError) error = NULL;

  g_object_set (account, "username", username, "url", url, "application-id", application_id,
                NULL);
  g_assert_true (cl_account_store_add_account (store_of (fixture), account, &error));
  g_assert_no_error (error);
  return account; /* the store keeps it */
}

/* Saves @widget as drawn once the changes made so far are. */
static void
shot (gpointer    widget,
      const char *name)
{
  cl_ui_wait_for_frame (widget);
  cl_ui_save_shot (widget, name);
}

/* Windows ---------------------------------------------------------------------- */

static ClAccountsWindow *
open_window (Fixture *fixture)
{
  ClAccountsWindow *window = cl_accounts_window_new (NULL, fixture->base.context);

  fixture->window = GTK_WINDOW (window);
  gtk_window_present (GTK_WINDOW (window));
  cl_ui_wait_for (cl_ui_is_mapped, window);
  cl_ui_wait_for_frame (GTK_WIDGET (window));
  return window;
}

static gboolean
dialog_open_cb (gpointer data)
{
  GList   *windows = gtk_window_list_toplevels ();
  gboolean found = FALSE;

  for (GList *l = windows; l != NULL; l = l->next)
    if (CL_IS_ACCOUNT_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      {
        *(ClAccountDialog **) data = l->data;
        found = TRUE;
      }
  g_list_free (windows);
  return found;
}

static ClAccountDialog *
wait_for_dialog (void)
{
  ClAccountDialog *dialog = NULL;

  cl_ui_wait_for (dialog_open_cb, &dialog);
  cl_ui_wait_for_frame (GTK_WIDGET (dialog));
  return dialog;
}

static gboolean
no_dialog_cb (gpointer data)
{
  ClAccountDialog *dialog = NULL;

  return !dialog_open_cb (&dialog);
}

static AdwEntryRow *
row (GtkWidget  *dialog,
     const char *title)
{
  return cl_ui_find_row (dialog, ADW_TYPE_ENTRY_ROW, title);
}

static void
type_into (GtkWidget  *dialog,
           const char *title,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, title)), text);
}

static gboolean
password_ready_cb (gpointer data)
{
  return gtk_widget_get_sensitive (data);
}

static void
press_enter_in (GtkWidget  *dialog,
                const char *title)
{
  g_signal_emit_by_name (row (dialog, title), "entry-activated");
}

static gboolean
has_n_accounts (Fixture *fixture,
                guint    n)
{
  return g_list_model_get_n_items (cl_account_store_get_accounts (store_of (fixture))) == n;
}

static gboolean
one_account_cb (gpointer data)
{
  return has_n_accounts (data, 1);
}

static gboolean
no_accounts_cb (gpointer data)
{
  return has_n_accounts (data, 0) && cl_secret_vault_get_n_forgetting (vault_of (data)) == 0;
}

static gboolean
armed_cb (gpointer data)
{
  return cl_secret_clipboard_is_armed ();
}

typedef struct
{
  GtkWindow *parent;
  GtkWindow *found;
} Transient;

static gboolean
transient_shown_cb (gpointer data)
{
  Transient *transient = data;
  GList     *windows = gtk_window_list_toplevels ();

  transient->found = NULL;
  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_mapped (l->data) &&
        gtk_window_get_transient_for (l->data) == transient->parent)
      transient->found = l->data;
  g_list_free (windows);
  return transient->found != NULL;
}

/* The message dialog shown over @parent, once it is. */
static AdwMessageDialog *
wait_for_message (GtkWindow *parent)
{
  Transient transient = { parent, NULL };

  cl_ui_wait_for (transient_shown_cb, &transient);
  return ADW_MESSAGE_DIALOG (transient.found);
}

static gboolean password_shown_cb (gpointer data);

/* Cases ---------------------------------------------------------------------------- */

static void
test_add (Fixture      *fixture,
          gconstpointer data)
{
  ClAccountsWindow *window;
  ClAccountDialog  *dialog;
  g_autofree char  *secret = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  ClAccount *account;

  if (without_keyring ())
    {
      g_test_skip ("runs on a bus with a keyring");
      return;
    }
  window = open_window (fixture);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (cl_ui_find_widget (GTK_WIDGET (window),
                                                                        GTK_TYPE_STACK)),
                   ==, "empty");
  shot (GTK_WIDGET (window), "accounts-empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "accounts.add", NULL));
  dialog = wait_for_dialog ();
  /* The keyboard starts in the site. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)),
                                         GTK_WIDGET (row (GTK_WIDGET (dialog), "Site"))));
  cl_ui_wait_for (password_ready_cb, row (GTK_WIDGET (dialog), "Password"));
  /* The show/hide button says what it does ("GtkImage" in libadwaita 1.2). */
  gtk_test_accessible_assert_property (
    cl_ui_find_icon_button (GTK_WIDGET (row (GTK_WIDGET (dialog), "Password")),
                            "view-reveal-symbolic"),
    GTK_ACCESSIBLE_PROPERTY_LABEL, "Show or Hide the Password");
  type_into (GTK_WIDGET (dialog), "Site", "LinkedIn");
  type_into (GTK_WIDGET (dialog), "Address", "https://www.linkedin.com/login");
  type_into (GTK_WIDGET (dialog), "Username", "ada@example.com");
  type_into (GTK_WIDGET (dialog), "Password", SECRET);
  type_into (GTK_WIDGET (dialog), "Notes", "Two-factor by app");
  shot (GTK_WIDGET (dialog), "account-dialog-add");
  press_enter_in (GTK_WIDGET (dialog), "Password");
  cl_ui_wait_for (no_dialog_cb, NULL);

  g_assert_true (has_n_accounts (fixture, 1));
  account = g_list_model_get_item (cl_account_store_get_accounts (store_of (fixture)), 0);
  g_object_unref (account);
  g_assert_cmpstr (cl_account_get_site (account), ==, "LinkedIn");
  g_assert_cmpstr (cl_account_get_username (account), ==, "ada@example.com");
  g_assert_cmpstr (cl_account_get_url (account), ==, "https://www.linkedin.com/login");
  g_assert_cmpstr (cl_account_get_notes (account), ==, "Two-factor by app");
  secret = lookup (fixture, account);
  g_assert_cmpstr (secret, ==, SECRET);
  /* Not in SQLite, in any column. */
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM accounts WHERE site || url ||"
                                        " username || notes || uuid LIKE '%" SECRET "%'"),
                   ==, 0);

  cl_ui_wait_for_frame (GTK_WIDGET (window));
  rows = cl_ui_find_widgets (GTK_WIDGET (window), CL_TYPE_ACCOUNT_ROW);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   "ada@example.com");
  shot (GTK_WIDGET (window), "accounts-list");

  /* As narrow as a phone. */
  gtk_window_destroy (GTK_WINDOW (window));
  window = cl_accounts_window_new (NULL, fixture->base.context);
  fixture->window = GTK_WINDOW (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  cl_ui_wait_for (cl_ui_is_mapped, window);
  cl_ui_wait_for_frame (GTK_WIDGET (window));
  {
    int minimum = 0;

    gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                        NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
  }
  shot (GTK_WIDGET (window), "accounts-list-narrow");
  dialog = cl_account_dialog_new (GTK_WINDOW (window), fixture->base.context, account, 0);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
  gtk_window_present (GTK_WINDOW (dialog));
  dialog = wait_for_dialog ();
  {
    int minimum = 0;

    gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                        NULL, NULL);
    g_assert_cmpint (minimum, <=, 360);
  }
  cl_ui_wait_for (password_shown_cb, row (GTK_WIDGET (dialog), "Password"));
  shot (GTK_WIDGET (dialog), "account-dialog-narrow");
}

static void
test_refusals (Fixture      *fixture,
               gconstpointer data)
{
  ClAccountsWindow *window = open_window (fixture);
  ClAccountDialog  *dialog;

  cl_accounts_window_add_account (window);
  dialog = wait_for_dialog ();
  if (!without_keyring ())
    cl_ui_wait_for (password_ready_cb, row (GTK_WIDGET (dialog), "Password"));

  /* No site: said beside it, nothing saved, the form stays. */
  type_into (GTK_WIDGET (dialog), "Username", "ada");
  press_enter_in (GTK_WIDGET (dialog), "Username");
  cl_ui_flush ();
  g_assert_true (cl_ui_message_shown (GTK_WIDGET (dialog),
                                      "Enter the site this account is on, such as LinkedIn or "
                                      "Acme Careers."));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row (GTK_WIDGET (dialog), "Site")),
                                           "error"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));

  /* A malformed address. */
  type_into (GTK_WIDGET (dialog), "Site", "Glassdoor");
  type_into (GTK_WIDGET (dialog), "Address", "glassdoor dot com");
  press_enter_in (GTK_WIDGET (dialog), "Site");
  cl_ui_flush ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row (GTK_WIDGET (dialog), "Address")),
                                           "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row (GTK_WIDGET (dialog), "Site")),
                                            "error"));
  shot (GTK_WIDGET (dialog), "account-dialog-refused");
  g_assert_true (has_n_accounts (fixture, 0));
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM accounts"),
                   ==, 0);

  /* Escape leaves without saving. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  cl_ui_wait_for (no_dialog_cb, NULL);
  g_assert_true (has_n_accounts (fixture, 0));
}

static gboolean
password_shown_cb (gpointer data)
{
  AdwEntryRow *password = data;

  return gtk_widget_get_sensitive (GTK_WIDGET (password)) &&
         *gtk_editable_get_text (GTK_EDITABLE (password)) != '\0';
}

static void
open_row (GtkWidget *window,
          guint      index)
{
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (window, CL_TYPE_ACCOUNT_ROW);

  g_assert_cmpuint (rows->len, >, index);
  g_signal_emit_by_name (g_ptr_array_index (rows, index), "activate");
}

static void
test_edit (Fixture      *fixture,
           gconstpointer data)
{
  ClAccount        *account;
  ClAccountsWindow *window;
  ClAccountDialog  *dialog;
  g_autofree char  *secret = NULL;

  if (without_keyring ())
    {
      g_test_skip ("runs on a bus with a keyring");
      return;
    }
  account = add_account (fixture, "Levels.fyi", "ada", NULL, 0);
  store_password (fixture, account, SECRET);
  window = open_window (fixture);

  /* The password is read without blocking, then shown (hidden). */
  open_row (GTK_WIDGET (window), 0);
  dialog = wait_for_dialog ();
  cl_ui_wait_for (password_shown_cb, row (GTK_WIDGET (dialog), "Password"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (GTK_WIDGET (dialog), "Password"))),
                   ==, SECRET);
  shot (GTK_WIDGET (dialog), "account-dialog-edit");

  /* A new username: the password follows, under the new name. */
  type_into (GTK_WIDGET (dialog), "Username", "ada.lovelace");
  press_enter_in (GTK_WIDGET (dialog), "Username");
  cl_ui_wait_for (no_dialog_cb, NULL);
  g_assert_cmpstr (cl_account_get_username (account), ==, "ada.lovelace");
  secret = lookup (fixture, account);
  g_assert_cmpstr (secret, ==, SECRET);
  g_clear_pointer (&secret, g_free);

  /* A new password. */
  open_row (GTK_WIDGET (window), 0);
  dialog = wait_for_dialog ();
  cl_ui_wait_for (password_shown_cb, row (GTK_WIDGET (dialog), "Password"));
  type_into (GTK_WIDGET (dialog), "Password", "new-" SECRET);
  press_enter_in (GTK_WIDGET (dialog), "Password");
  cl_ui_wait_for (no_dialog_cb, NULL);
  secret = lookup (fixture, account);
  g_assert_cmpstr (secret, ==, "new-" SECRET);
  g_clear_pointer (&secret, g_free);

  /* Emptied: no password any more. */
  open_row (GTK_WIDGET (window), 0);
  dialog = wait_for_dialog ();
  cl_ui_wait_for (password_shown_cb, row (GTK_WIDGET (dialog), "Password"));
  type_into (GTK_WIDGET (dialog), "Password", "");
  press_enter_in (GTK_WIDGET (dialog), "Password");
  cl_ui_wait_for (no_dialog_cb, NULL);
  g_assert_null (lookup (fixture, account));
}

typedef struct
{
  GdkClipboard *clipboard;
  char         *text;
  gboolean      done;
} ClipboardRead;

static void
read_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ClipboardRead *read = user_data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  read->done = TRUE;
}

/* What the clipboard holds as text now; NULL when nothing. */
static char *
clipboard_text (GtkWidget *widget)
{
  ClipboardRead read = { gtk_widget_get_clipboard (widget), NULL, FALSE };

  if (gdk_clipboard_get_formats (read.clipboard) == NULL ||
      !gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (read.clipboard),
                                          G_TYPE_STRING))
    return NULL;
  gdk_clipboard_read_text_async (read.clipboard, NULL, read_text_cb, &read);
  while (!read.done)
    g_main_context_iteration (NULL, TRUE);
  return read.text;
}

static gboolean
not_armed_cb (gpointer data)
{
  return !cl_secret_clipboard_is_armed ();
}

static void
test_copy (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID_BASE);
  ClAccountsWindow *window;
  ClAccount        *account;
  GtkButton        *copy;
  g_autofree char  *text = NULL;

  if (without_keyring ())
    {
      g_test_skip ("runs on a bus with a keyring");
      return;
    }
  g_settings_set_uint (settings, "password-clear-seconds", 1);
  account = add_account (fixture, "Prepfully", "ada", "https://prepfully.com", 0);
  store_password (fixture, account, SECRET);
  window = open_window (fixture);
  copy = cl_ui_find_icon_button (GTK_WIDGET (window), "edit-copy-symbolic");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (copy)), ==, "Copy Password");

  /* Copied, then cleared once the second has passed. */
  cl_ui_click (copy);
  cl_ui_wait_for (armed_cb, NULL);
  text = clipboard_text (GTK_WIDGET (window));
  g_assert_cmpstr (text, ==, SECRET);
  g_clear_pointer (&text, g_free);
  cl_ui_wait_for (not_armed_cb, NULL);
  text = clipboard_text (GTK_WIDGET (window));
  g_assert_null (text);

  /* What the user copied since is left alone. */
  cl_ui_wait_for (password_ready_cb, copy);
  cl_ui_click (copy);
  cl_ui_wait_for (armed_cb, NULL);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), "my own text");
  cl_ui_wait_for (not_armed_cb, NULL);
  text = clipboard_text (GTK_WIDGET (window));
  g_assert_cmpstr (text, ==, "my own text");
}

static void
test_delete (Fixture      *fixture,
             gconstpointer data)
{
  ClAccountsWindow *window;
  ClAccountDialog  *dialog;
  AdwMessageDialog *confirm;
  ClAccount        *account;

  if (without_keyring ())
    {
      g_test_skip ("runs on a bus with a keyring");
      return;
    }
  account = add_account (fixture, "Interview Query", "ada", NULL, 0);
  store_password (fixture, account, SECRET);
  g_object_ref (account);
  window = open_window (fixture);
  open_row (GTK_WIDGET (window), 0);
  dialog = wait_for_dialog ();
  cl_ui_wait_for (password_shown_cb, row (GTK_WIDGET (dialog), "Password"));
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (dialog), "_Delete Account…"));
  confirm = wait_for_message (GTK_WINDOW (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (confirm), ==,
                   "Delete the Interview Query Account?");
  adw_message_dialog_response (confirm, "delete");
  cl_ui_wait_for (no_dialog_cb, NULL);
  g_assert_true (has_n_accounts (fixture, 0));
  while (cl_secret_vault_get_n_forgetting (vault_of (fixture)) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (lookup (fixture, account));
  g_object_unref (account);
}

static void
test_application_page (Fixture      *fixture,
                       gconstpointer data)
{
  ClApplication     *application;
  ClApplicationPage *page;
  ClAccountDialog   *dialog;
  AdwMessageDialog  *confirm;
  ClAccount         *account;
  g_autoptr(GPtrArray) rows = NULL;

  if (without_keyring ())
    {
      g_test_skip ("runs on a bus with a keyring");
      return;
    }
  application = cl_ui_add_application (fixture->base.context, "Acme", "ML Engineer", 0);
  page = cl_application_page_new (NULL, fixture->base.context, application);
  gtk_window_present (GTK_WINDOW (page));
  cl_ui_wait_for (cl_ui_is_mapped, page);
  g_assert_true (gtk_widget_get_visible (
    GTK_WIDGET (cl_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Account"))));

  /* Added from the page: for this application. */
  cl_ui_scroll_to (GTK_WIDGET (cl_ui_find_button (GTK_WIDGET (page), "Add _Account…")));
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (page), "Add _Account…"));
  dialog = wait_for_dialog ();
  cl_ui_wait_for (password_ready_cb, row (GTK_WIDGET (dialog), "Password"));
  g_assert_cmpstr (adw_action_row_get_subtitle (cl_ui_find_row (GTK_WIDGET (dialog),
                                                                ADW_TYPE_ACTION_ROW,
                                                                "Application")),
                   ==, "Acme — ML Engineer");
  type_into (GTK_WIDGET (dialog), "Site", "Acme Careers");
  type_into (GTK_WIDGET (dialog), "Username", "ada");
  type_into (GTK_WIDGET (dialog), "Password", SECRET);
  press_enter_in (GTK_WIDGET (dialog), "Password");
  cl_ui_wait_for (no_dialog_cb, NULL);
  cl_ui_wait_for (one_account_cb, fixture);
  cl_ui_flush ();
  rows = cl_ui_find_widgets (GTK_WIDGET (page), CL_TYPE_ACCOUNT_ROW);
  g_assert_cmpuint (rows->len, ==, 1);
  account = g_object_ref (cl_account_row_get_account (g_ptr_array_index (rows, 0)));
  g_assert_cmpint (cl_account_get_application_id (account), ==,
                   cl_application_get_id (application));
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   "Acme Careers · ada");
  shot (cl_ui_find_widget (GTK_WIDGET (page), CL_TYPE_POSTING_SECTION), "application-page-account");

  /* Deleting the application asks about its account. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.delete", NULL));
  confirm = wait_for_message (GTK_WINDOW (page));
  g_assert_true (adw_message_dialog_has_response (confirm, "delete-accounts"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "(Acme Careers)"));
  shot (GTK_WIDGET (confirm), "delete-application-accounts");
  adw_message_dialog_response (confirm, "delete-accounts");
  cl_ui_wait_for (no_accounts_cb, fixture);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM applications"),
                   ==, 0);
  g_assert_null (lookup (fixture, account));
  g_object_unref (account);
}

static void
test_without_keyring (Fixture      *fixture,
                      gconstpointer data)
{
  ClAccountsWindow *window;
  ClAccountDialog  *dialog;
  ClBanner         *banner;
  AdwEntryRow      *password;
  g_autofree char  *contents = NULL;
  g_autofree char  *sites = NULL;
  gsize             length = 0;

  if (!without_keyring ())
    {
      g_test_skip ("runs on a bus without a keyring (CAREERLENS_TEST_NO_KEYRING=1)");
      return;
    }
  window = open_window (fixture);
  banner = cl_ui_find_widget (GTK_WIDGET (window), CL_TYPE_BANNER);
  cl_ui_wait_for (cl_ui_is_mapped, banner);
  g_assert_cmpstr (cl_banner_get_title (banner), ==,
                   "Passwords can’t be saved: no keyring (Secret Service) is running on this "
                   "desktop, and CareerLens will not keep them anywhere else.");
  shot (GTK_WIDGET (window), "accounts-no-keyring");

  cl_accounts_window_add_account (window);
  dialog = wait_for_dialog ();
  password = row (GTK_WIDGET (dialog), "Password");
  cl_ui_wait_for (cl_ui_is_mapped, cl_ui_find_widget (GTK_WIDGET (dialog), CL_TYPE_BANNER));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (password)));
  shot (GTK_WIDGET (dialog), "account-dialog-no-keyring");

  /* The rest saves; a password put there anyway goes nowhere. */
  type_into (GTK_WIDGET (dialog), "Site", "Glassdoor");
  type_into (GTK_WIDGET (dialog), "Username", "ada@example.com");
  gtk_editable_set_text (GTK_EDITABLE (password), SECRET);
  press_enter_in (GTK_WIDGET (dialog), "Username");
  cl_ui_wait_for (no_dialog_cb, NULL);
  g_assert_true (has_n_accounts (fixture, 1));
  sites = cl_test_query_text (fixture->base.database, "SELECT site FROM accounts");
  g_assert_cmpstr (sites, ==, "Glassdoor\n");
  /* Neither in the database nor in its log. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *path = g_strconcat (fixture->base.path, i == 0 ? "" : "-wal", NULL);

      g_clear_pointer (&contents, g_free);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 0);
      g_assert_null (g_strstr_len (contents, (gssize) length, SECRET));
    }
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
  g_test_add ("/ui/accounts/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("add", test_add);
  ADD ("refusals", test_refusals);
  ADD ("edit", test_edit);
  ADD ("copy", test_copy);
  ADD ("delete", test_delete);
  ADD ("application-page", test_application_page);
  ADD ("without-keyring", test_without_keyring);
#undef ADD

  return g_test_run ();
}
