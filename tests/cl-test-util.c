/* cl-test-util.c — temporary folders, fixtures and SQL probes for the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cl-test-util.h"

char *
cl_test_make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("careerlens-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

void
cl_test_remove_tree (const char *path)
{
  if (path == NULL)
    return;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      /* Folders a test made read-only must be opened again to be emptied. */
      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      if (dir != NULL)
        while ((name = g_dir_read_name (dir)) != NULL)
          {
            g_autofree char *child = g_build_filename (path, name, NULL);

            cl_test_remove_tree (child);
          }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

ClDatabase *
cl_test_open_database (const char *dir,
                       const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  ClDatabase      *database = cl_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (database);
  return database;
}

void
cl_test_dir_fixture_setup (ClTestDirFixture *fixture,
                           gconstpointer     data)
{
  fixture->dir = cl_test_make_tmp_dir ();
}

void
cl_test_dir_fixture_teardown (ClTestDirFixture *fixture,
                              gconstpointer     data)
{
  cl_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

void
cl_test_fixture_setup (ClTestFixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = cl_test_make_tmp_dir ();
  fixture->database = cl_test_open_database (fixture->dir, "careerlens.db");
  fixture->path = g_strdup (cl_database_get_path (fixture->database));
  fixture->clock = cl_clock_new_fixed (CL_TEST_NOW);
  fixture->context = cl_context_new (fixture->database, fixture->clock);
  g_assert_true (cl_context_load (fixture->context, &error));
  g_assert_no_error (error);
}

void
cl_test_fixture_teardown (ClTestFixture *fixture)
{
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->clock);
  g_clear_object (&fixture->database);
  cl_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

ClContext *
cl_test_fixture_reload (ClTestFixture *fixture)
{
  ClContext *context = cl_context_new (fixture->database, fixture->clock);
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_context_load (context, &error));
  g_assert_no_error (error);
  return context;
}

void
cl_test_fixture_assert_reload_same (ClTestFixture *fixture,
                                    ClTestDumpFunc dump)
{
  g_autoptr(ClContext) again = cl_test_fixture_reload (fixture);
  g_autofree char *shown = dump (fixture->context);
  g_autofree char *read = dump (again);

  g_assert_cmpstr (shown, ==, read);
}

ClApplication *
cl_test_add_application (ClPipelineStore *store,
                         const char      *company,
                         const char      *role,
                         gint64           stage_id)
{
  g_autoptr(ClApplication) application = cl_application_new (company, role);
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_pipeline_store_add_application (store, application, stage_id, &error));
  g_assert_no_error (error);
  return application; /* owned by the store now */
}

ClContact *
cl_test_add_contact (ClContactStore *store,
                     const char     *name,
                     const char     *company)
{
  g_autoptr(ClContact) contact = cl_contact_new (name);
  g_autoptr(GError) error = NULL;

  cl_contact_set_company_name (contact, company);
  g_assert_true (cl_contact_store_add_contact (store, contact, &error));
  g_assert_no_error (error);
  return contact; /* owned by the store now */
}

gint64
cl_test_query_int64 (ClDatabase *database,
                     const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64        value = -1;
  int           rc;

  rc = sqlite3_prepare_v2 (cl_database_get_handle (database), sql, -1, &stmt, NULL);
  g_assert_cmpint (rc, ==, SQLITE_OK);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  else
    g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  return value;
}

static void
append_rows (GString      *out,
             sqlite3_stmt *stmt)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int n_columns = sqlite3_column_count (stmt);

      for (int i = 0; i < n_columns; i++)
        {
          if (i > 0)
            g_string_append_c (out, '|');
          if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
            g_string_append (out, "NULL");
          else
            g_string_append (out, (const char *) sqlite3_column_text (stmt, i));
        }
      g_string_append_c (out, '\n');
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
}

char *
cl_test_query_text (ClDatabase *database,
                    const char *sql)
{
  GString      *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int           rc;

  rc = sqlite3_prepare_v2 (cl_database_get_handle (database), sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (cl_database_get_handle (database)));

  append_rows (out, stmt);
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

int
cl_test_exec (ClDatabase *database,
              const char *sql)
{
  return sqlite3_exec (cl_database_get_handle (database), sql, NULL, NULL, NULL) & 0xff;
}

void
cl_test_exec_file (const char *path,
                   const char *sql)
{
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
}

char *
cl_test_dump_database (ClDatabase *database)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *tables = NULL;
  g_auto(GStrv) names = NULL;

  tables = cl_test_query_text (database,
                               "SELECT name FROM sqlite_master WHERE type = 'table'"
                               " AND name NOT LIKE 'sqlite_%' ORDER BY name");
  names = g_strsplit (g_strchomp (tables), "\n", -1);

  for (guint i = 0; names[i] != NULL && *names[i] != '\0'; i++)
    {
      /* Every table's key is its first column, or its first two. */
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1, 2", names[i]);
      g_autofree char *rows = cl_test_query_text (database, sql);

      g_string_append_printf (out, "== %s\n%s", names[i], rows);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
cl_test_snapshot_take (ClTestSnapshot *snapshot,
                       ClDatabase     *database,
                       char           *models)
{
  snapshot->rows = cl_test_dump_database (database);
  snapshot->models = models;
}

void
cl_test_snapshot_assert_unchanged (ClTestSnapshot *snapshot,
                                   ClDatabase     *database,
                                   char           *models)
{
  g_autofree char *rows = cl_test_dump_database (database);
  g_autofree char *models_now = models;

  g_assert_cmpstr (rows, ==, snapshot->rows);
  g_assert_cmpstr (models_now, ==, snapshot->models);
  g_clear_pointer (&snapshot->rows, g_free);
  g_clear_pointer (&snapshot->models, g_free);
}

void
cl_test_set_read_only (ClDatabase *database)
{
  g_assert_cmpint (cl_test_exec (database, "PRAGMA query_only = ON"), ==, SQLITE_OK);
}

void
cl_test_set_disk_full (ClDatabase *database)
{
  gint64           pages = cl_test_query_int64 (database, "PRAGMA page_count");
  g_autofree char *sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages);

  /* Free pages would be used before the file grows. */
  g_assert_cmpint (cl_test_query_int64 (database, "PRAGMA freelist_count"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, sql), ==, pages);
}

void
cl_test_fail_on (ClDatabase *database,
                 const char *operation,
                 const char *table)
{
  g_autofree char *sql =
    g_strdup_printf ("CREATE TEMP TRIGGER cl_test_fail_%s_%s AFTER %s ON main.%s"
                     " BEGIN SELECT RAISE (ABORT, 'made to fail by the test'); END",
                     operation, table, operation, table);

  g_assert_cmpint (cl_test_exec (database, sql), ==, SQLITE_OK);
}

void
cl_test_heal (ClDatabase *database)
{
  g_autofree char *triggers = cl_test_query_text (database,
                                                  "SELECT name FROM temp.sqlite_master"
                                                  " WHERE type = 'trigger'");
  g_auto(GStrv) names = g_strsplit (g_strchomp (triggers), "\n", -1);

  for (guint i = 0; names[i] != NULL; i++)
    if (*names[i] != '\0')
      {
        g_autofree char *sql = g_strdup_printf ("DROP TRIGGER temp.%s", names[i]);

        g_assert_cmpint (cl_test_exec (database, sql), ==, SQLITE_OK);
      }
  g_assert_cmpint (cl_test_exec (database, "PRAGMA query_only = OFF"), ==, SQLITE_OK);
  cl_test_query_int64 (database, "PRAGMA max_page_count = 1073741823");
}

char *
cl_test_long_text (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 4000; i++)
    g_string_append_printf (text, "%u ", i);
  return g_string_free (text, FALSE);
}

static void
changed_cb (ClDatabase    *database,
            ClChangeSet   *change_set,
            ClTestChanges *changes)
{
  changes->n_changes++;
  g_clear_pointer (&changes->last, cl_change_set_unref);
  changes->last = cl_change_set_ref (change_set);
}

void
cl_test_changes_watch (ClTestChanges *changes,
                       ClDatabase    *database)
{
  memset (changes, 0, sizeof *changes);
  changes->database = g_object_ref (database);
  changes->handler = g_signal_connect (database, "changed", G_CALLBACK (changed_cb), changes);
}

void
cl_test_changes_clear (ClTestChanges *changes)
{
  if (changes->database != NULL)
    g_clear_signal_handler (&changes->handler, changes->database);
  g_clear_object (&changes->database);
  g_clear_pointer (&changes->last, cl_change_set_unref);
  changes->n_changes = 0;
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

gulong
cl_test_count_emissions (gpointer    instance,
                         const char *detailed_signal,
                         guint      *counter)
{
  /* Swapped: the counter comes first, and the signal's own arguments do not
   * matter. */
  return g_signal_connect_swapped (instance, detailed_signal, G_CALLBACK (count_cb), counter);
}

gboolean
cl_test_have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext != NULL && pdfinfo != NULL)
    return TRUE;
  g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
  return FALSE;
}

static char *
run_tool (const char *tool,
          const char *option,
          const char *path)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { tool, "-enc", "UTF-8", option, path, "-", NULL };
  char       *out = NULL;
  int         status;

  if (strcmp (tool, "pdfinfo") == 0)
    argv[5] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

/* The text of every page: element i is page i + 1. */
GStrv
cl_test_pdf_pages (const char *path)
{
  g_autofree char *text = run_tool ("pdftotext", "-layout", path);
  GStrv            pages = g_strsplit (text, "\f", -1);
  guint            n = g_strv_length (pages);

  /* The last page ends with a form feed too. */
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpstr (pages[n - 1], ==, "");
  g_free (pages[n - 1]);
  pages[n - 1] = NULL;
  return pages;
}

/* pdfinfo's value for @key ("Pages", "Page size"…), trimmed. */
char *
cl_test_pdf_info (const char *path,
                  const char *key)
{
  g_autofree char *info = run_tool ("pdfinfo", "-isodates", path);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  return NULL;
}

guint
cl_test_count_occurrences (const char *haystack,
                           const char *needle)
{
  guint       n = 0;
  const char *at = haystack;

  while ((at = strstr (at, needle)) != NULL)
    {
      n++;
      at += strlen (needle);
    }
  return n;
}

gint64
cl_test_objective_application (ClPrepStore *store,
                               gint64       objective_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = cl_prep_store_get_application_ids (store, objective_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, <=, 1);
  return ids->len == 0 ? 0 : g_array_index (ids, gint64, 0);
}
