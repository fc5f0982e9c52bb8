/* test-account-store.c — job-site accounts in SQLite, their passwords in the
 * real keyring of the test session, and nowhere else
 *
 * Run inside build-aux/run-headless, which starts gnome-keyring on the
 * session bus.  The case /accounts/without-keyring runs only on a bus that
 * has no Secret Service (tests/meson.build starts one for it, with
 * CAREERLENS_TEST_NO_KEYRING=1), /accounts/locked-keyring only with a
 * keyring whose collection is locked and cannot be unlocked
 * (tests/with-locked-keyring).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <string.h>

#include "cl-backup.h"
#include "cl-context.h"
#include "cl-test-util.h"
#include "cl-transfer.h"

/* Distinctive enough that finding it anywhere means it leaked. */
#define SECRET "Zq7-horse-battery-CL-4242"
#define OTHER_SECRET "Xk9-staple-CL-9191"

typedef struct
{
  ClTestFixture   base;
  ClAccountStore *store;
  ClSecretVault  *vault;
  char           *log_path;
  GString        *log;
} Fixture;

static Fixture *logging_fixture;

/* Every message, debug included, as the app's log would hold it. */
static GLogWriterOutput
log_writer (GLogLevelFlags   level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  if (logging_fixture != NULL)
    for (gsize i = 0; i < n_fields; i++)
      if (g_str_equal (fields[i].key, "MESSAGE"))
        {
          g_string_append_len (logging_fixture->log, fields[i].value,
                               fields[i].length < 0 ? (gssize) strlen (fields[i].value)
                                                    : fields[i].length);
          g_string_append_c (logging_fixture->log, '\n');
        }
  /* Debug and info would go to stdout, among the TAP lines. */
  if (level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO))
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (level, fields, n_fields, user_data);
}

static gboolean
without_keyring (void)
{
  return g_strcmp0 (g_getenv ("CAREERLENS_TEST_NO_KEYRING"), "1") == 0 ||
         g_strcmp0 (g_getenv ("CAREERLENS_TEST_LOCKED_KEYRING"), "1") == 0;
}

static gboolean
locked_keyring (void)
{
  return g_strcmp0 (g_getenv ("CAREERLENS_TEST_LOCKED_KEYRING"), "1") == 0;
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_account_store (fixture->base.context);
  fixture->vault = cl_context_get_secret_vault (fixture->base.context);
  fixture->log = g_string_new (NULL);
  fixture->log_path = g_build_filename (fixture->base.dir, "test.log", NULL);
  logging_fixture = fixture;
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  logging_fixture = NULL;
  g_string_free (fixture->log, TRUE);
  g_free (fixture->log_path);
  cl_test_fixture_teardown (&fixture->base);
}

/* Async calls ----------------------------------------------------------------- */

static void
result_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static gboolean
check_vault (Fixture *fixture,
             GError **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  cl_secret_vault_check_async (fixture->vault, NULL, result_cb, &result);
  return cl_secret_vault_check_finish (fixture->vault, wait_for_result (&result), error);
}

/* Whether the keyring of the session is there; otherwise the test is
 * skipped, except in the headless session (where it must be). */
static gboolean
require_keyring (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  if (without_keyring ())
    {
      g_test_skip ("runs on a bus with a keyring");
      return FALSE;
    }
  if (check_vault (fixture, &error))
    return TRUE;
  if (g_strcmp0 (g_getenv ("CAREERLENS_HEADLESS"), "1") == 0)
    g_error ("The session's keyring does not answer: %s", error->message);
  g_test_skip ("no keyring on this session bus (run inside build-aux/run-headless)");
  return FALSE;
}

static void
store_secret (Fixture    *fixture,
              ClAccount  *account,
              const char *secret)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  cl_secret_vault_store_async (fixture->vault, account, secret, NULL, result_cb, &result);
  g_assert_true (cl_secret_vault_store_finish (fixture->vault, wait_for_result (&result), &error));
  g_assert_no_error (error);
}

static char *
lookup_secret (Fixture    *fixture,
               const char *uuid)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *secret;

  cl_secret_vault_lookup_async (fixture->vault, uuid, NULL, result_cb, &result);
  secret = cl_secret_vault_lookup_finish (fixture->vault, wait_for_result (&result), &error);
  g_assert_no_error (error);
  /* (A copy the test may g_free; the vault's is wiped.) */
  if (secret != NULL)
    {
      char *copy = g_strdup (secret);

      cl_secret_vault_free_secret (secret);
      return copy;
    }
  return NULL;
}

static void
wait_for_forgetting (Fixture *fixture)
{
  while (cl_secret_vault_get_n_forgetting (fixture->vault) > 0)
    g_main_context_iteration (NULL, TRUE);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* What `secret-tool search --all KEY VALUE…` prints about the items it finds
 * (their labels, then their attributes, sorted; the secret lines left out). */
static char *
keyring_search (const char *key,
                ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *both = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_auto(GStrv) lines = NULL;
  GString *items = g_string_new (NULL);
  int      status = 0;
  va_list  args;

  g_ptr_array_add (argv, (gpointer) "secret-tool");
  g_ptr_array_add (argv, (gpointer) "search");
  g_ptr_array_add (argv, (gpointer) "--all");
  va_start (args, key);
  for (const char *arg = key; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  /* secret-tool writes the labels to stdout and the attributes to stderr. */
  both = g_strconcat (out, err, NULL);
  lines = g_strsplit (both, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "label = ") || g_str_has_prefix (lines[i], "attribute."))
      g_ptr_array_add (kept, lines[i]);
  g_ptr_array_sort (kept, compare_lines);
  for (guint i = 0; i < kept->len; i++)
    g_string_append_printf (items, "%s\n", (char *) g_ptr_array_index (kept, i));
  return g_string_free (items, FALSE);
}

static char *
keyring_items (const char *uuid)
{
  return keyring_search ("account-uuid", uuid, NULL);
}

static ClAccount *
add_account (Fixture    *fixture,
             const char *site,
             const char *username,
             gint64      application_id)
{
  g_autoptr(ClAccount) account = cl_account_new (site);
  g_autoptr(GError) error = NULL;

  g_object_set (account, "username", username, "application-id", application_id, NULL);
  g_assert_true (cl_account_store_add_account (fixture->store, account, &error));
  g_assert_no_error (error);
  return cl_account_store_find_account (fixture->store, cl_account_get_id (account));
}

static gboolean
item_is (GListModel *model,
         guint       position,
         gpointer    object)
{
  g_autoptr(GObject) item = g_list_model_get_object (model, position);

  return item == object;
}

/* Files ----------------------------------------------------------------------- */

/* Adds to @found the files under @dir (recursively, not following links)
 * that hold @needle anywhere in their bytes. */
static void
find_in_tree (const char *dir,
              const char *needle,
              GPtrArray  *found)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize            length = 0; /* (g_strstr_len() reads past NUL bytes up to length.) */

      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        find_in_tree (path, needle, found);
      else if (g_file_test (path, G_FILE_TEST_IS_REGULAR) &&
               g_file_get_contents (path, &contents, &length, NULL) &&
               g_strstr_len (contents, (gssize) length, needle) != NULL)
        g_ptr_array_add (found, g_steal_pointer (&path));
    }
}

/* Writes a backup and every export into the fixture's folder, the log as
 * it stands, then asserts that @secret is in no file of the test's HOME and
 * temporary folder — the database and its -wal (still open) among them. */
static void
assert_secret_nowhere (Fixture    *fixture,
                       const char *secret)
{
  g_autofree char *backup = g_build_filename (fixture->base.dir, "backup.careerlens", NULL);
  g_autofree char *vcards = g_build_filename (fixture->base.dir, "contacts.vcf", NULL);
  g_autofree char *wal = g_strconcat (fixture->base.path, "-wal", NULL);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  ClTransferOptions options;

  g_assert_true (cl_backup_write (fixture->base.database, backup, &error));
  g_assert_no_error (error);
  cl_transfer_options_init (&options);
  g_assert_true (cl_transfer_export (fixture->base.context, vcards, &options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (fixture->log_path, fixture->log->str, -1, &error));
  g_assert_no_error (error);
  /* The searched files are there: a search of nothing finds nothing. */
  g_assert_true (g_file_test (wal, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));

  find_in_tree (fixture->base.dir, secret, found);
  find_in_tree (g_get_home_dir (), secret, found);
  for (guint i = 0; i < found->len; i++)
    g_printerr ("The secret is in %s\n", (char *) g_ptr_array_index (found, i));
  g_assert_cmpuint (found->len, ==, 0);
}

/* Cases ------------------------------------------------------------------------ */

static void
test_fields (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(ClAccount) blank = cl_account_new ("  ");
  g_autoptr(ClAccount) bad_url = cl_account_new ("LinkedIn");
  g_autoptr(ClAccount) gone_app = cl_account_new ("Acme Careers");
  g_autoptr(ClAccount) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) for_app = NULL;
  g_autofree char *label = NULL;
  g_autofree char *row = NULL;
  g_autofree char *columns = NULL;
  ClApplication   *application;
  ClAccount       *linkedin, *acme, *other;
  GListModel      *all;

  g_assert_false (cl_account_store_add_account (fixture->store, blank, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_REQUIRED);
  g_assert_cmpstr (cl_validation_error_get_field (error), ==, "site");
  g_clear_error (&error);
  g_object_set (bad_url, "url", "linkedin.com/login", NULL);
  g_assert_false (cl_account_store_add_account (fixture->store, bad_url, &error));
  g_assert_cmpstr (cl_validation_error_get_field (error), ==, "url");
  g_clear_error (&error);
  g_object_set (gone_app, "application-id", (gint64) 999, NULL);
  g_assert_false (cl_account_store_add_account (fixture->store, gone_app, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM accounts"),
                   ==, 0);

  application = cl_test_add_application (cl_context_get_pipeline_store (fixture->base.context),
                                         "Acme", "ML Engineer", 0);
  linkedin = add_account (fixture, " LinkedIn ", "ada@example.com ", 0);
  acme = add_account (fixture, "acme careers", "ada", cl_application_get_id (application));
  other = add_account (fixture, "LinkedIn", "bob@example.com", 0);

  /* Trimmed; a random UUID each, never the id. */
  g_assert_cmpstr (cl_account_get_site (linkedin), ==, "LinkedIn");
  g_assert_cmpstr (cl_account_get_username (linkedin), ==, "ada@example.com");
  g_assert_true (g_uuid_string_is_valid (cl_account_get_uuid (linkedin)));
  g_assert_cmpstr (cl_account_get_uuid (linkedin), !=, cl_account_get_uuid (other));
  g_assert_cmpint (cl_account_get_created_at (linkedin), ==, CL_TEST_NOW);
  label = cl_account_dup_keyring_label (linkedin);
  g_assert_cmpstr (label, ==, "CareerLens: LinkedIn (ada@example.com)");

  /* By site as people read it, then username. */
  all = cl_account_store_get_accounts (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
  g_assert_true (item_is (all, 0, acme));
  g_assert_true (item_is (all, 1, linkedin));
  g_assert_true (item_is (all, 2, other));
  for_app = cl_account_store_list_for_application (fixture->store,
                                                   cl_application_get_id (application));
  g_assert_cmpuint (g_list_model_get_n_items (for_app), ==, 1);

  /* An edit keeps the UUID. */
  copy = cl_account_copy (acme);
  g_object_set (copy, "site", "Acme Careers", "url", "https://careers.acme.example/login",
                "notes", "SSO with Google", NULL);
  g_assert_true (cl_account_store_update_account (fixture->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cl_account_get_site (acme), ==, "Acme Careers");
  g_assert_cmpstr (cl_account_get_uuid (acme), ==, cl_account_get_uuid (copy));
  row = cl_test_query_text (fixture->base.database,
                            "SELECT site || '|' || url || '|' || notes FROM accounts WHERE id = 2");
  g_assert_cmpstr (row, ==, "Acme Careers|https://careers.acme.example/login|SSO with Google\n");

  /* The table holds no column that could take a password. */
  columns = cl_test_query_text (fixture->base.database, "SELECT group_concat(name, ',')"
                                                        " FROM pragma_table_info('accounts')");
  g_assert_cmpstr (columns, ==, "id,uuid,site,url,username,application_id,notes,created_at\n");
}

static void
test_keyring_round_trip (Fixture      *fixture,
                         gconstpointer data)
{
  g_autoptr(ClAccount) before = NULL;
  g_autoptr(ClAccount) renamed = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *items = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *expected = NULL;
  ClAccount       *account;

  if (!require_keyring (fixture))
    return;
  g_assert_null (cl_secret_vault_get_problem (fixture->vault));

  account = add_account (fixture, "LinkedIn", "ada@example.com", 0);
  uuid = g_strdup (cl_account_get_uuid (account));
  g_assert_null (lookup_secret (fixture, uuid));

  /* Store, look up. */
  store_secret (fixture, account, SECRET);
  secret = lookup_secret (fixture, uuid);
  g_assert_cmpstr (secret, ==, SECRET);
  g_clear_pointer (&secret, g_free);

  /* The item as designed, the secret in no attribute. */
  items = keyring_items (uuid);
  expected = g_strdup_printf ("attribute.account-uuid = %s\n"
                              "attribute.site = LinkedIn\n"
                              "attribute.username = ada@example.com\n"
                              "label = CareerLens: LinkedIn (ada@example.com)\n",
                              uuid);
  g_assert_cmpstr (items, ==, expected);
  /* (secret-tool does not print the schema: search by it.) */
  g_clear_pointer (&items, g_free);
  items = keyring_search ("xdg:schema", CL_SECRET_VAULT_SCHEMA_NAME, "account-uuid", uuid, NULL);
  g_assert_cmpstr (items, ==, expected);
  g_clear_pointer (&items, g_free);
  items = keyring_search ("xdg:schema", "org.example.Other", "account-uuid", uuid, NULL);
  g_assert_cmpstr (items, ==, "");

  /* Change: one item still, with the new secret. */
  store_secret (fixture, account, OTHER_SECRET);
  secret = lookup_secret (fixture, uuid);
  g_assert_cmpstr (secret, ==, OTHER_SECRET);
  g_clear_pointer (&secret, g_free);
  g_clear_pointer (&items, g_free);
  items = keyring_items (uuid);
  g_assert_cmpuint (cl_test_count_occurrences (items, "label = "), ==, 1);

  /* A new username moves the password to an item that says so. */
  before = cl_account_copy (account);
  renamed = cl_account_copy (account);
  g_object_set (renamed, "username", "ada.lovelace@example.com", NULL);
  g_assert_true (cl_account_store_update_account (fixture->store, renamed, &error));
  g_assert_no_error (error);
  cl_secret_vault_relabel_async (fixture->vault, before, renamed, NULL, result_cb, &result);
  g_assert_true (cl_secret_vault_relabel_finish (fixture->vault, wait_for_result (&result),
                                                 &error));
  g_assert_no_error (error);
  g_clear_pointer (&items, g_free);
  items = keyring_items (uuid);
  g_assert_cmpuint (cl_test_count_occurrences (items, "label = "), ==, 1);
  g_assert_nonnull (strstr (items, "label = CareerLens: LinkedIn (ada.lovelace@example.com)\n"));
  g_assert_nonnull (strstr (items, "attribute.username = ada.lovelace@example.com\n"));
  secret = lookup_secret (fixture, uuid);
  g_assert_cmpstr (secret, ==, OTHER_SECRET);
  g_clear_pointer (&secret, g_free);

  /* Deleting the row deletes the item. */
  g_assert_true (cl_account_store_delete_account (fixture->store, account, &error));
  g_assert_no_error (error);
  wait_for_forgetting (fixture);
  g_assert_null (lookup_secret (fixture, uuid));
  g_clear_pointer (&items, g_free);
  items = keyring_items (uuid);
  g_assert_cmpstr (items, ==, "");
  g_assert_null (cl_account_store_find_account (fixture->store, 1));
}

static void
test_delete_application (Fixture      *fixture,
                         gconstpointer data)
{
  ClPipelineStore *pipeline = cl_context_get_pipeline_store (fixture->base.context);
  ClApplication   *acme = cl_test_add_application (pipeline, "Acme", "ML Engineer", 0);
  ClApplication   *initech = cl_test_add_application (pipeline, "Initech", "MLE", 0);
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *portal_uuid = NULL;
  g_autofree char *sso_uuid = NULL;
  g_autofree char *kept_uuid = NULL;
  g_autofree char *secret = NULL;
  ClAccount       *portal, *sso, *kept, *linkedin;

  if (!require_keyring (fixture))
    return;

  portal = add_account (fixture, "Acme Careers", "ada", cl_application_get_id (acme));
  sso = add_account (fixture, "Acme SSO", "ada", cl_application_get_id (acme));
  kept = add_account (fixture, "Initech Jobs", "ada", cl_application_get_id (initech));
  linkedin = add_account (fixture, "LinkedIn", "ada", 0);
  portal_uuid = g_strdup (cl_account_get_uuid (portal));
  sso_uuid = g_strdup (cl_account_get_uuid (sso));
  kept_uuid = g_strdup (cl_account_get_uuid (kept));
  store_secret (fixture, portal, SECRET);
  store_secret (fixture, sso, OTHER_SECRET);
  store_secret (fixture, kept, SECRET);
  store_secret (fixture, linkedin, SECRET);

  /* With its accounts: rows and passwords go; Undo brings the application
   * back without them. */
  g_assert_true (cl_account_store_delete_application (fixture->store, pipeline, acme, TRUE,
                                                      &deletion, &error));
  g_assert_no_error (error);
  wait_for_forgetting (fixture);
  g_assert_null (lookup_secret (fixture, portal_uuid));
  g_assert_null (lookup_secret (fixture, sso_uuid));
  g_assert_cmpuint (g_list_model_get_n_items (cl_account_store_get_accounts (fixture->store)), ==,
                    2);
  g_assert_true (cl_pipeline_store_undo_delete (pipeline, deletion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM applications"),
                   ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cl_account_store_get_accounts (fixture->store)), ==,
                    2);

  /* Without: the account stays, with its password, for no application. */
  g_assert_true (cl_account_store_delete_application (fixture->store, pipeline, initech, FALSE,
                                                      NULL, &error));
  g_assert_no_error (error);
  wait_for_forgetting (fixture);
  g_assert_cmpint (cl_account_get_application_id (kept), ==, 0);
  secret = lookup_secret (fixture, kept_uuid);
  g_assert_cmpstr (secret, ==, SECRET);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM accounts"),
                   ==, 2);
}

static void
test_nowhere_else (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr(ClContext) reloaded = NULL;
  g_autofree char *secret = NULL;
  ClAccount       *account;

  if (!require_keyring (fixture))
    return;

  account = add_account (fixture, "Levels.fyi", "ada@example.com", 0);
  store_secret (fixture, account, SECRET);
  g_debug ("stored the password of %s", cl_account_get_uuid (account));
  reloaded = cl_test_fixture_reload (&fixture->base);
  g_assert_cmpuint (g_list_model_get_n_items (
                      cl_account_store_get_accounts (cl_context_get_account_store (reloaded))),
                    ==, 1);
  secret = lookup_secret (fixture, cl_account_get_uuid (account));
  g_assert_cmpstr (secret, ==, SECRET);
  /* The metadata does go into backups. */
  assert_secret_nowhere (fixture, SECRET);
  {
    g_autofree char *backup = g_build_filename (fixture->base.dir, "backup.careerlens", NULL);
    g_autoptr(ClDatabase) copy = cl_database_open (backup, NULL);
    g_autofree char *sites = NULL;

    g_assert_nonnull (copy);
    sites = cl_test_query_text (copy, "SELECT site FROM accounts");
    g_assert_cmpstr (sites, ==, "Levels.fyi\n");
  }
}

static void
forget_failed_cb (ClSecretVault *vault,
                  const char    *uuid,
                  const char    *message)
{
  g_assert_true (g_uuid_string_is_valid (uuid));
  g_assert_cmpstr (message, ==,
                   "The deleted account’s password could not be removed from the keyring: no "
                   "keyring (Secret Service) is running on this desktop. Passwords and Keys can "
                   "remove it.");
}

static void
test_without_keyring (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  ClAccount *account;

  if (!without_keyring () || locked_keyring ())
    {
      g_test_skip ("runs on a bus without a keyring (CAREERLENS_TEST_NO_KEYRING=1)");
      return;
    }

  g_assert_false (check_vault (fixture, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "Passwords can’t be saved: no keyring"));
  g_assert_nonnull (strstr (error->message, "CareerLens will not keep them anywhere else."));
  g_assert_nonnull (cl_secret_vault_get_problem (fixture->vault));
  g_clear_error (&error);

  /* The account is kept, its password nowhere. */
  account = add_account (fixture, "Glassdoor", "ada@example.com", 0);
  cl_secret_vault_store_async (fixture->vault, account, SECRET, NULL, result_cb, &result);
  g_assert_false (cl_secret_vault_store_finish (fixture->vault, wait_for_result (&result),
                                                &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_false (cl_secret_vault_get_busy (fixture->vault));
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM accounts"),
                   ==, 1);
  assert_secret_nowhere (fixture, SECRET);

  /* Deleting it still works, and says the keyring could not be reached. */
  {
    guint failed = 0;

    g_signal_connect (fixture->vault, "forget-failed", G_CALLBACK (forget_failed_cb), NULL);
    cl_test_count_emissions (fixture->vault, "forget-failed", &failed);
    g_assert_true (cl_account_store_delete_account (fixture->store, account, NULL));
    wait_for_forgetting (fixture);
    g_signal_handlers_disconnect_by_data (fixture->vault, &failed);
    g_assert_cmpuint (failed, ==, 1);
  }
}

/* The keyring is there, its collection locked, and no prompt can unlock it
 * (as when the user cancels the prompt): refused, said, kept nowhere. */
static void
test_locked_keyring (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  ClAccount *account;

  if (!locked_keyring ())
    {
      g_test_skip ("runs with a locked keyring (tests/with-locked-keyring)");
      return;
    }

  /* The service answers: nothing to say yet. */
  g_assert_true (check_vault (fixture, &error));
  g_assert_no_error (error);
  g_assert_null (cl_secret_vault_get_problem (fixture->vault));

  account = add_account (fixture, "Prepfully", "ada@example.com", 0);
  cl_secret_vault_store_async (fixture->vault, account, SECRET, NULL, result_cb, &result);
  g_assert_false (cl_secret_vault_store_finish (fixture->vault, wait_for_result (&result),
                                                &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==,
                   "Passwords can’t be saved: the keyring is locked and was not unlocked, and "
                   "CareerLens will not keep them anywhere else.");
  g_assert_cmpstr (cl_secret_vault_get_problem (fixture->vault), ==,
                   "the keyring is locked and was not unlocked");
  assert_secret_nowhere (fixture, SECRET);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (log_writer, NULL, NULL);
  g_log_set_debug_enabled (TRUE);

#define ADD(path, func) \
  g_test_add ("/accounts/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("fields", test_fields);
  ADD ("keyring-round-trip", test_keyring_round_trip);
  ADD ("delete-application", test_delete_application);
  ADD ("nowhere-else", test_nowhere_else);
  ADD ("without-keyring", test_without_keyring);
  ADD ("locked-keyring", test_locked_keyring);
#undef ADD

  return g_test_run ();
}
