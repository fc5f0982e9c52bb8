/* test-database.c — opening, refusing, migrating and backing up the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cl-backup.h"
#include "cl-context.h"
#include "cl-migrations.h"
#include "cl-test-util.h"
#include "cl-transaction.h"

typedef ClTestDirFixture Fixture;

/* Adds @n applications through the store, so the file holds real rows. */
static void
add_applications (ClDatabase *database,
                  guint       n)
{
  g_autoptr(ClClock) clock = cl_clock_new_fixed (CL_TEST_NOW);
  g_autoptr(ClContext) context = cl_context_new (database, clock);
  ClPipelineStore *store = cl_context_get_pipeline_store (context);
  g_autoptr(GError) error = NULL;

  cl_context_load (context, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *company = g_strdup_printf ("Company %u", i % 37);
      g_autofree char *role = g_strdup_printf ("Machine Learning Engineer %u — a role with a long"
                                               " description to fill pages",
                                               i);
      g_autoptr(ClApplication) application = cl_application_new (company, role);

      g_object_set (application, "notes", role, "interest", i % 6, NULL);
      cl_pipeline_store_add_application (store, application, 0, &error);
      g_assert_no_error (error);
    }
}

static gboolean
has_sidecar_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  return g_file_test (wal, G_FILE_TEST_EXISTS) || g_file_test (shm, G_FILE_TEST_EXISTS) ||
         g_file_test (journal, G_FILE_TEST_EXISTS);
}

/* Opening @path must fail with @code and leave the file byte for byte as it was. */
static void
assert_refused_untouched (const char *path,
                          int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClDatabase) database = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize            before_len = 0;
  gsize            after_len = 0;

  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
  g_assert_false (has_sidecar_files (path));

  database = cl_database_open (path, &error);
  g_assert_error (error, CL_DATABASE_ERROR, code);
  g_assert_null (database);
  g_assert_nonnull (strstr (error->message, path));

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpuint (before_len, ==, after_len);
  g_assert_cmpint (memcmp (before, after, before_len), ==, 0);
  g_assert_false (has_sidecar_files (path));
}

static void
test_create_nested (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "new", "nested", NULL);
  g_autofree char *path = g_build_filename (folder, "careerlens.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClDatabase) database = NULL;
  GStatBuf st;

  database = cl_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (database);
  g_assert_cmpstr (cl_database_get_path (database), ==, path);
  g_assert_cmpint (cl_database_get_schema_version (database), ==, CL_DATABASE_SCHEMA_VERSION);

  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (cl_test_query_int64 (database, "PRAGMA user_version"), ==,
                   CL_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (cl_test_query_int64 (database, "PRAGMA application_id"), ==,
                   CL_DATABASE_APPLICATION_ID);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stages"), ==, 10);
}

static void
test_reopen (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(ClDatabase) database = cl_test_open_database (fixture->dir, "careerlens.db");
  g_autofree char *dump = NULL;
  g_autofree char *dump_again = NULL;

  add_applications (database, 3);
  dump = cl_test_dump_database (database);
  g_clear_object (&database);

  database = cl_test_open_database (fixture->dir, "careerlens.db");
  g_assert_cmpint (cl_database_get_schema_version (database), ==, CL_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM applications"), ==, 3);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stages"), ==, 10);
  dump_again = cl_test_dump_database (database);
  g_assert_cmpstr (dump, ==, dump_again);
}

static void
test_pragmas (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr(ClDatabase) database = cl_test_open_database (fixture->dir, "careerlens.db");
  g_autofree char *journal_mode = cl_test_query_text (database, "PRAGMA journal_mode");

  g_assert_cmpstr (journal_mode, ==, "wal\n");
  /* FULL: a commit is on the disk before it returns. */
  g_assert_cmpint (cl_test_query_int64 (database, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (cl_test_query_int64 (database, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (database, "PRAGMA trusted_schema"), ==, 0);

  /* And they hold again after reopening. */
  g_clear_object (&database);
  database = cl_test_open_database (fixture->dir, "careerlens.db");
  g_assert_cmpint (cl_test_query_int64 (database, "PRAGMA foreign_keys"), ==, 1);
}

static void
test_refuse_newer (Fixture      *fixture,
                   gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "newer.db", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(ClDatabase) database = cl_test_open_database (fixture->dir, "newer.db");

  add_applications (database, 2);
  g_clear_object (&database);

  sql = g_strdup_printf ("PRAGMA user_version = %d", CL_DATABASE_SCHEMA_VERSION + 1);
  cl_test_exec_file (path, sql);

  assert_refused_untouched (path, CL_DATABASE_ERROR_NEWER_VERSION);
}

static void
test_refuse_text (Fixture      *fixture,
                  gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "notes.db", NULL);

  g_assert_true (g_file_set_contents (path, "Call the recruiter back on Monday.\n", -1, NULL));
  assert_refused_untouched (path, CL_DATABASE_ERROR_NOT_CAREERLENS);

  /* Longer than an SQLite header, still not one. */
  g_assert_true (g_file_set_contents (path,
                                      "SQLite format 2 is not what this file is; it only looks a"
                                      " little like a database header, and it is long enough to"
                                      " be read as one.\n",
                                      -1, NULL));
  assert_refused_untouched (path, CL_DATABASE_ERROR_NOT_CAREERLENS);
}

static void
test_refuse_foreign (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *wal_path = g_build_filename (fixture->dir, "other-wal.db", NULL);

  cl_test_exec_file (path,
                     "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                     "INSERT INTO notes (body) VALUES ('mine, not CareerLens’s');");
  assert_refused_untouched (path, CL_DATABASE_ERROR_NOT_CAREERLENS);

  /* Another program's file in WAL mode, which SQLite reads through a -shm. */
  cl_test_exec_file (wal_path,
                     "PRAGMA journal_mode = WAL;"
                     "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                     "INSERT INTO notes (body) VALUES ('also not ours');");
  assert_refused_untouched (wal_path, CL_DATABASE_ERROR_NOT_CAREERLENS);
}

/* Writes seeded garbage over [@offset, @offset + @length) of @path. */
static void
scribble (const char *path,
          gsize       offset,
          gsize       length)
{
  g_autofree char *contents = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (offset + length, <=, len);
  for (gsize i = 0; i < length; i++)
    contents[offset + i] = (char) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
}

static void
test_refuse_corrupt (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "corrupt.db", NULL);
  g_autofree char *page_path = g_build_filename (fixture->dir, "corrupt-page.db", NULL);
  g_autoptr(ClDatabase) database = NULL;
  gint64   page_size;
  gint64   n_pages;
  GStatBuf st;

  /* Every page after the first scribbled over. */
  database = cl_test_open_database (fixture->dir, "corrupt.db");
  add_applications (database, 300);
  page_size = cl_test_query_int64 (database, "PRAGMA page_size");
  g_clear_object (&database);
  g_assert_false (has_sidecar_files (path));

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  n_pages = st.st_size / page_size;
  g_assert_cmpint (n_pages, >, 8);
  scribble (path, page_size, st.st_size - page_size);
  assert_refused_untouched (path, CL_DATABASE_ERROR_CORRUPT);

  /* One data page in the middle, the schema intact. */
  database = cl_test_open_database (fixture->dir, "corrupt-page.db");
  add_applications (database, 300);
  g_clear_object (&database);

  g_assert_cmpint (g_stat (page_path, &st), ==, 0);
  n_pages = st.st_size / page_size;
  scribble (page_path, (n_pages / 2) * page_size, page_size);
  assert_refused_untouched (page_path, CL_DATABASE_ERROR_CORRUPT);
}

static void
test_refuse_folder (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClDatabase) database = cl_database_open (fixture->dir, &error);

  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_CAREERLENS);
  g_assert_null (database);
  g_assert_true (g_file_test (fixture->dir, G_FILE_TEST_IS_DIR));
}

static void
test_refuse_unwritable (Fixture      *fixture,
                        gconstpointer data)
{
  g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *path = g_build_filename (locked, "careerlens.db", NULL);
  g_autofree char *nested = g_build_filename (locked, "sub", "careerlens.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClDatabase) database = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("Permission bits do not stop root");
      return;
    }

  g_assert_cmpint (g_mkdir (locked, 0700), ==, 0);
  g_assert_cmpint (g_chmod (locked, 0500), ==, 0);

  database = cl_database_open (path, &error);
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
  g_assert_null (database);
  g_clear_error (&error);

  database = cl_database_open (nested, &error);
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
  g_assert_null (database);

  g_chmod (locked, 0700);
}

typedef struct
{
  const char *sql;
  int         rc;
} Violation;

static void
test_constraints (Fixture      *fixture,
                  gconstpointer data)
{
  static const Violation violations[] = {
    /* CHECKs */
    { "UPDATE applications SET interest = 6 WHERE id = 1", SQLITE_CONSTRAINT },
    { "UPDATE applications SET interest = -1 WHERE id = 1", SQLITE_CONSTRAINT },
    { "UPDATE applications SET role = '   ' WHERE id = 1", SQLITE_CONSTRAINT },
    { "UPDATE applications SET source = 'carrier-pigeon' WHERE id = 1", SQLITE_CONSTRAINT },
    { "UPDATE applications SET salary_min = 200, salary_max = 100 WHERE id = 1",
      SQLITE_CONSTRAINT },
    { "UPDATE applications SET salary_currency = 'EURO' WHERE id = 1", SQLITE_CONSTRAINT },
    { "UPDATE applications SET work_mode = 'moon' WHERE id = 1", SQLITE_CONSTRAINT },
    { "UPDATE stages SET is_open = 2 WHERE id = 1", SQLITE_CONSTRAINT },
    { "UPDATE stages SET milestone = 'lunch' WHERE id = 1", SQLITE_CONSTRAINT },
    { "INSERT INTO companies (name) VALUES ('acme')", SQLITE_CONSTRAINT },
    { "INSERT INTO companies (name, company_type) VALUES ('New', 'cartel')", SQLITE_CONSTRAINT },
    { "INSERT INTO contacts (name, roles, vcard_uid, created_at, updated_at)"
      " VALUES ('A', 256, 'u1', 0, 0)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO contacts (name, cadence_days, vcard_uid, created_at, updated_at)"
      " VALUES ('A', 0, 'u2', 0, 0)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO contacts (name, created_at, updated_at) VALUES ('No UID', 0, 0)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO contact_emails (contact_id, position, label, address) VALUES (1, 0, 'fax', 'a')",
      SQLITE_CONSTRAINT },
    { "INSERT INTO interview_rounds (application_id, position, kind) VALUES (1, 0, 'karaoke')",
      SQLITE_CONSTRAINT },
    { "INSERT INTO interview_rounds (application_id, position, kind, duration_minutes)"
      " VALUES (1, 0, 'coding', 0)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO journal_entries (application_id, written_at, body) VALUES (1, 0, ' ')",
      SQLITE_CONSTRAINT },
    { "INSERT INTO objectives (domain_id, title, target_date, created_at)"
      " VALUES (1, 'Heaps', '2026-02-30', 0)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO objectives (domain_id, title, hours_spent, created_at)"
      " VALUES (1, 'Heaps', -1, 0)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO offers (application_id, base_salary, currency, received_at)"
      " VALUES (1, 100, 'EURO', 0)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO offers (application_id, base_salary, currency, vesting_years, received_at)"
      " VALUES (1, 100, 'EUR', 11, 0)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO practice_sessions (partnership_id, domain_id, held_at, duration_minutes)"
      " VALUES (1, 1, 0, 0)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO objectives (domain_id, title, term_key, created_at) VALUES (1, 'A', '', 0)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO application_keywords (application_id, term_key, state)"
      " VALUES (1, 'ml.rag', 'maybe')",
      SQLITE_CONSTRAINT },
    { "INSERT INTO market_ranges (source, currency, p25, p50)"
      " VALUES ('Levels.fyi', 'USD', 200, 100)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO red_flags (application_id, kind) VALUES (1, 'overwork'), (1, 'overwork')",
      SQLITE_CONSTRAINT },
    /* Foreign keys */
    { "UPDATE applications SET stage_id = 999 WHERE id = 1", SQLITE_CONSTRAINT },
    { "UPDATE applications SET company_id = 999 WHERE id = 1", SQLITE_CONSTRAINT },
    { "DELETE FROM stages WHERE id = 1", SQLITE_CONSTRAINT },
    { "DELETE FROM companies WHERE name = 'Acme'", SQLITE_CONSTRAINT },
    { "INSERT INTO interview_rounds (application_id, position, kind) VALUES (999, 0, 'coding')",
      SQLITE_CONSTRAINT },
    { "INSERT INTO stage_history (application_id, to_stage_id, to_position, moved_at)"
      " VALUES (1, 999, 0, 0)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO objectives (domain_id, title, created_at) VALUES (6, 'Heaps', 0)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO offers (application_id, base_salary, currency, received_at)"
      " VALUES (999, 100, 'EUR', 0)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO referrals (application_id, contact_id, updated_at) VALUES (1, 999, 0)",
      SQLITE_CONSTRAINT },
    { "DELETE FROM prep_domains WHERE id = 1", SQLITE_CONSTRAINT },
    { "INSERT INTO objective_applications (objective_id, application_id) VALUES (1, 999)",
      SQLITE_CONSTRAINT },
    { "INSERT INTO objective_rounds (objective_id, round_id) VALUES (999, 1)",
      SQLITE_CONSTRAINT },
  };
  g_autoptr(ClDatabase) database = cl_test_open_database (fixture->dir, "careerlens.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_applications (database, 1);
  g_assert_cmpint (cl_test_exec (database, "UPDATE companies SET name = 'Acme'"), ==, SQLITE_OK);
  g_assert_cmpint (cl_test_exec (database,
                                 "INSERT INTO objectives (domain_id, title, created_at)"
                                 " VALUES (1, 'Dynamic programming', 0)"),
                   ==, SQLITE_OK);
  before = cl_test_dump_database (database);

  for (guint i = 0; i < G_N_ELEMENTS (violations); i++)
    {
      int rc = cl_test_exec (database, violations[i].sql);

      if (rc != violations[i].rc)
        g_error ("“%s” gave %d (%s), expected %d", violations[i].sql, rc,
                 sqlite3_errmsg (cl_database_get_handle (database)), violations[i].rc);
    }

  after = cl_test_dump_database (database);
  g_assert_cmpstr (before, ==, after);

  /* Deleting an application takes its dependent rows with it. */
  g_assert_cmpint (
    cl_test_exec (database,
                  "INSERT INTO contacts (name, vcard_uid, created_at, updated_at)"
                  "  VALUES ('Ada', 'u:ada', 0, 0);"
                  "INSERT INTO interview_rounds (application_id, position, kind)"
                  "  VALUES (1, 0, 'coding');"
                  "INSERT INTO round_interviewers (round_id, contact_id) VALUES (1, 1);"
                  "INSERT INTO journal_entries (application_id, round_id, written_at, body)"
                  "  VALUES (1, 1, 0, 'Went well');"
                  "INSERT INTO red_flags (application_id, kind) VALUES (1, 'vague-role');"
                  "INSERT INTO referrals (application_id, contact_id, updated_at) VALUES (1, 1, 0);"
                  "INSERT INTO offers (application_id, base_salary, currency, received_at)"
                  "  VALUES (1, 100000, 'EUR', 0);"
                  "INSERT INTO vesting_years (offer_id, year, basis_points) VALUES (1, 1, 2500);"
                  "INSERT INTO interactions (contact_id, application_id, occurred_at)"
                  "  VALUES (1, 1, 0);"
                  "INSERT INTO objective_applications (objective_id, application_id)"
                  "  VALUES (1, 1);"
                  "INSERT INTO objective_rounds (objective_id, round_id) VALUES (1, 1);"),
    ==, SQLITE_OK);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stage_history"), ==, 1);

  g_assert_cmpint (cl_test_exec (database, "DELETE FROM applications WHERE id = 1"), ==, SQLITE_OK);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM interview_rounds"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM round_interviewers"), ==,
                   0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM journal_entries"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stage_history"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM red_flags"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM referrals"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM offers"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM vesting_years"), ==, 0);
  /* (An objective's links go, the objective stays.) */
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM objectives"), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM objective_applications"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM objective_rounds"), ==, 0);
  /* … and sets weaker links to NULL. */
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM interactions"), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (
                     database, "SELECT count(*) FROM interactions WHERE application_id IS NULL"),
                   ==, 1);

  /* Now empty, the stage and the company can go. */
  g_assert_cmpint (cl_test_exec (database, "DELETE FROM companies WHERE name = 'Acme'"), ==,
                   SQLITE_OK);

  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM pragma_foreign_key_check"),
                   ==, 0);
}

static void
test_migrate_empty_file (Fixture      *fixture,
                         gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClDatabase) database = NULL;
  g_autofree char *stages = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));

  database = cl_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cl_database_get_schema_version (database), ==, CL_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (cl_test_query_int64 (database, "PRAGMA user_version"), ==,
                   CL_DATABASE_SCHEMA_VERSION);
  g_assert_cmpint (cl_test_query_int64 (database, "PRAGMA application_id"), ==,
                   CL_DATABASE_APPLICATION_ID);

  stages = cl_test_query_text (database,
                               "SELECT position, milestone, is_open FROM stages ORDER BY position");
  g_assert_cmpstr (stages, ==,
                   "0|wishlist|1\n1|applied|1\n2|screen|1\n3|technical|1\n4|onsite|1\n"
                   "5|offer|1\n6|accepted|0\n7|rejected|0\n8|withdrawn|0\n9|ghosted|0\n");
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM prep_domains"), ==, 5);
}

static void
test_backup (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(ClDatabase) database = cl_test_open_database (fixture->dir, "careerlens.db");
  g_autofree char *backup_path = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autofree char *db_path = g_build_filename (fixture->dir, "careerlens.db", NULL);
  g_autoptr(ClDatabase) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *backup_dump = NULL;

  add_applications (database, 25);
  dump = cl_test_dump_database (database);

  g_assert_true (cl_backup_write (database, backup_path, &error));
  g_assert_no_error (error);

  backup = cl_database_open (backup_path, &error);
  g_assert_no_error (error);
  backup_dump = cl_test_dump_database (backup);
  g_assert_cmpstr (dump, ==, backup_dump);
  g_clear_object (&backup);

  /* A second backup replaces the first. */
  add_applications (database, 5);
  g_assert_true (cl_backup_write (database, backup_path, &error));
  g_assert_no_error (error);
  backup = cl_database_open (backup_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cl_test_query_int64 (backup, "SELECT count(*) FROM applications"), ==, 30);
  g_clear_object (&backup);

  /* The open database itself is refused, and stays whole. */
  g_assert_false (cl_backup_write (database, db_path, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM applications"), ==, 30);
  g_clear_object (&database);

  database = cl_test_open_database (fixture->dir, "careerlens.db");
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM applications"), ==, 30);
}

/* A version 1 file as an older CareerLens left it, with data, and with an
 * order it could leave broken: a gap, and two cards on one place. */
static void
make_v1_file (const char *path)
{
  g_autoptr(GBytes) v1 = cl_migrations_get_schema (1);
  g_autofree char *sql = NULL;

  g_assert_nonnull (v1);
  sql = g_strdup_printf (
    "%s"
    "INSERT INTO stages (id, name, position, is_open, milestone) VALUES"
    "  (1, 'Wishlist', 0, 1, 'wishlist'), (2, 'Applied', 1, 1, 'applied'),"
    "  (3, 'Old', 1, 0, NULL);"
    "UPDATE stages SET archived = 1 WHERE id = 3;"
    "INSERT INTO companies (id, name) VALUES (1, 'Acme'), (2, 'Beta');"
    "INSERT INTO applications (id, company_id, role, stage_id, position,"
    "  created_at, updated_at, archived_at) VALUES"
    "  (1, 1, 'MLE', 1, 0, 1, 1, NULL), (2, 2, 'MLE', 1, 2, 1, 1, NULL),"
    "  (3, 1, 'Staff', 1, 2, 1, 1, NULL), (4, 2, 'Intern', 2, 5, 1, 1, NULL),"
    "  (5, 1, 'Archived', 1, 0, 1, 1, 9);"
    "INSERT INTO stage_history (application_id, to_stage_id, to_position, moved_at)"
    "  VALUES (1, 1, 0, 1);"
    "PRAGMA application_id = %d; PRAGMA user_version = 1;",
    (const char *) g_bytes_get_data (v1, NULL), CL_DATABASE_APPLICATION_ID);
  cl_test_exec_file (path, sql);
}

static void
test_migrate_v1 (Fixture      *fixture,
                 gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "v1.db", NULL);
  g_autoptr(ClDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *stages = NULL;

  make_v1_file (path);
  database = cl_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cl_test_query_int64 (database, "PRAGMA user_version"), ==,
                   CL_DATABASE_SCHEMA_VERSION);

  /* Renumbered, keeping the order (position, then id); archived rows aside. */
  order = cl_test_query_text (database,
                              "SELECT id, stage_id, position FROM applications"
                              " WHERE archived_at IS NULL ORDER BY stage_id, position");
  g_assert_cmpstr (order, ==, "1|1|0\n2|1|1\n3|1|2\n4|2|0\n");
  stages =
    cl_test_query_text (database,
                        "SELECT id, position FROM stages WHERE archived = 0 ORDER BY position");
  g_assert_cmpstr (stages, ==, "1|0\n2|1\n");
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM applications"), ==, 5);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stage_history"), ==, 1);

  /* The database itself now refuses two live cards on one place… */
  g_assert_cmpint (cl_test_exec (database, "UPDATE applications SET position = 0 WHERE id = 2"),
                   ==, SQLITE_CONSTRAINT);
  /* …but not an archived card on a live card's place, nor two stages apart. */
  g_assert_cmpint (cl_test_exec (database, "UPDATE applications SET position = 1 WHERE id = 5"), ==,
                   SQLITE_OK);
  g_assert_cmpint (cl_test_exec (database, "UPDATE stages SET position = 0 WHERE id = 2"), ==,
                   SQLITE_CONSTRAINT);

  /* Opening again migrates nothing. */
  g_clear_object (&database);
  database = cl_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cl_database_get_schema_version (database), ==, CL_DATABASE_SCHEMA_VERSION);
}

/* A version 2 file with what v3 reshapes: free-text format sources, red
 * flags (one "other" with a note, one listed kind) and journal entries. */
static void
make_v2_file (const char *path)
{
  g_autoptr(GBytes) v1 = cl_migrations_get_schema (1);
  g_autoptr(GBytes) v2 = cl_migrations_get_schema (2);
  g_autofree char *sql = NULL;

  sql = g_strdup_printf (
    "%s%s"
    "INSERT INTO stages (id, name, position, is_open, milestone) VALUES"
    "  (1, 'Applied', 0, 1, 'applied');"
    "INSERT INTO companies (id, name) VALUES (1, 'Acme');"
    "INSERT INTO applications (id, company_id, role, stage_id, position, format_source,"
    "  created_at, updated_at) VALUES"
    "  (1, 1, 'MLE', 1, 0, 'Glassdoor, 2025 reviews', 1, 1),"
    "  (2, 1, 'Staff', 1, 1, '   ', 1, 1), (3, 1, 'Intern', 1, 2, NULL, 1, 1);"
    "INSERT INTO red_flags (id, application_id, kind, note) VALUES"
    "  (1, 1, 'overwork', 'Asked about weekends'), (2, 1, 'other', 'No office visit'),"
    "  (3, 2, 'other', NULL);"
    "INSERT INTO journal_entries (id, application_id, written_at, kind, body) VALUES"
    "  (1, 1, 5, 'lesson', 'Review transformers');"
    "PRAGMA application_id = %d; PRAGMA user_version = 2;",
    (const char *) g_bytes_get_data (v1, NULL), (const char *) g_bytes_get_data (v2, NULL),
    CL_DATABASE_APPLICATION_ID);
  cl_test_exec_file (path, sql);
}

static void
test_migrate_v2 (Fixture      *fixture,
                 gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "v2.db", NULL);
  g_autoptr(ClDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sources = NULL;
  g_autofree char *flags = NULL;
  g_autofree char *journal = NULL;

  make_v2_file (path);
  database = cl_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cl_database_get_schema_version (database), ==, CL_DATABASE_SCHEMA_VERSION);

  /* The free text stays as notes; only real text makes the kind "other". */
  sources = cl_test_query_text (database,
                                "SELECT id, format_source_kind, format_source_notes,"
                                " format_source_url, format_source_contact_id"
                                " FROM applications ORDER BY id");
  g_assert_cmpstr (sources, ==, "1|other|Glassdoor, 2025 reviews|NULL|NULL\n2|NULL|   |NULL|NULL\n"
                                "3|NULL|NULL|NULL|NULL\n");

  /* Flags keep their ids, are checked, and an "other" one has a label. */
  flags = cl_test_query_text (database, "SELECT id, application_id, kind, label, checked, note"
                                        " FROM red_flags ORDER BY id");
  g_assert_cmpstr (flags, ==,
                   "1|1|overwork|NULL|1|Asked about weekends\n2|1|other|No office visit|1|NULL\n"
                   "3|2|other|Other|1|NULL\n");

  /* Several flags of one's own, still one of each listed kind. */
  g_assert_cmpint (cl_test_exec (database, "INSERT INTO red_flags (application_id, kind, label)"
                                           " VALUES (1, 'other', 'Second own flag')"),
                   ==, SQLITE_OK);
  g_assert_cmpint (cl_test_exec (database, "INSERT INTO red_flags (application_id, kind)"
                                           " VALUES (1, 'overwork')"),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (cl_test_exec (database, "INSERT INTO red_flags (application_id, kind)"
                                           " VALUES (1, 'other')"),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (cl_test_exec (database, "INSERT INTO red_flags (application_id, kind, label)"
                                           " VALUES (1, 'ghosting', 'Labelled')"),
                   ==, SQLITE_CONSTRAINT);

  journal = cl_test_query_text (database, "SELECT id, body, objective_id FROM journal_entries");
  g_assert_cmpstr (journal, ==, "1|Review transformers|NULL\n");
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM pragma_foreign_key_check"),
                   ==, 0);
}

/* Writes @path as CareerLens @version wrote it: the schemas up to @version,
 * then @data (SQL), with the file's application id and version. */
static void
write_old_file (const char *path,
                int         version,
                const char *data)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  for (int v = 1; v <= version; v++)
    {
      g_autoptr(GBytes) schema = cl_migrations_get_schema (v);

      g_string_append (sql, g_bytes_get_data (schema, NULL));
    }
  g_string_append (sql, data);
  g_string_append_printf (sql, "PRAGMA application_id = %d; PRAGMA user_version = %d;",
                          CL_DATABASE_APPLICATION_ID, version);
  cl_test_exec_file (path, sql->str);
}

/* A version 4 file with contacts as v1 kept them: one role, one email and
 * phone, a typed "last contacted" (newer than the interactions for Ada,
 * older for Bob), and the rows that point at contacts. */
static void
make_v4_contacts_file (const char *path)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *pragmas = NULL;

  for (int version = 1; version <= 4; version++)
    {
      g_autoptr(GBytes) schema = cl_migrations_get_schema (version);

      g_string_append (sql, g_bytes_get_data (schema, NULL));
    }
  g_string_append (
    sql,
    "INSERT INTO stages (id, name, position, is_open, milestone) VALUES"
    "  (1, 'Applied', 0, 1, 'applied');"
    "INSERT INTO companies (id, name) VALUES (1, 'Acme');"
    "INSERT INTO applications (id, company_id, role, stage_id, position, created_at,"
    "  updated_at) VALUES (1, 1, 'MLE', 1, 0, 1, 1);"
    "INSERT INTO contacts (id, name, company_id, title, role, how_met, email, phone,"
    "  linkedin_url, notes, cadence_days, last_contacted, next_follow_up, created_at,"
    "  updated_at) VALUES"
    "  (1, 'Ada', 1, 'Recruiter', 'recruiter', 'Job fair', ' ada@acme.example ', '+1 555 0100',"
    "   'https://linkedin.com/in/ada', 'Kind', 30, 5000, 9000, 10, 20),"
    "  (2, 'Bob', NULL, NULL, 'practice-partner', NULL, '  ', NULL, NULL, NULL, 99999, 100,"
    "   NULL, 10, 20),"
    "  (3, 'Cy', NULL, NULL, 'other', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 10, 20);"
    "INSERT INTO interactions (id, contact_id, application_id, occurred_at, channel, summary)"
    "  VALUES (1, 1, 1, 4000, 'email', 'Intro'), (2, 2, NULL, 200, 'call', 'Mock interview');"
    "INSERT INTO events (id, name, kind) VALUES (1, 'NeurIPS', 'conference');"
    "INSERT INTO event_attendance (event_id, contact_id) VALUES (1, 1);"
    "INSERT INTO referrals (application_id, contact_id, updated_at) VALUES (1, 1, 0);");
  pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 4;",
                             CL_DATABASE_APPLICATION_ID);
  g_string_append (sql, pragmas);
  cl_test_exec_file (path, sql->str);
}

static void
test_migrate_v4_contacts (Fixture      *fixture,
                          gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "v4.db", NULL);
  g_autoptr(ClDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contacts = NULL;
  g_autofree char *emails = NULL;
  g_autofree char *interactions = NULL;

  make_v4_contacts_file (path);
  database = cl_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cl_database_get_schema_version (database), ==, CL_DATABASE_SCHEMA_VERSION);

  /* One role becomes its bit; a cadence past ten years is cut to ten. */
  contacts = cl_test_query_text (database,
                                 "SELECT id, name, company_id, roles, how_met, linkedin_url,"
                                 " cadence_days, next_follow_up, last_contacted,"
                                 " vcard_uid LIKE 'urn:uuid:%-4%', created_at, updated_at"
                                 " FROM contacts ORDER BY id");
  g_assert_cmpstr (contacts, ==,
                   "1|Ada|1|1|Job fair|https://linkedin.com/in/ada|30|9000|5000|1|10|20\n"
                   "2|Bob|NULL|64|NULL|NULL|3650|NULL|200|1|10|20\n"
                   "3|Cy|NULL|128|NULL|NULL|NULL|NULL|NULL|1|10|20\n");
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(DISTINCT vcard_uid) FROM contacts"),
                   ==, 3);
  emails = cl_test_query_text (database,
                               "SELECT contact_id, position, label, address FROM contact_emails"
                               " UNION ALL SELECT contact_id, position, label, number"
                               " FROM contact_phones");
  g_assert_cmpstr (emails, ==, "1|0|other|ada@acme.example\n1|0|other|+1 555 0100\n");

  /* Ada's typed date, newer than her interactions, became one; Bob's did not. */
  interactions = cl_test_query_text (database,
                                     "SELECT id, contact_id, application_id, occurred_at, channel,"
                                     " summary FROM interactions ORDER BY id");
  g_assert_cmpstr (interactions, ==,
                   "1|1|1|4000|email|Intro\n2|2|NULL|200|call|Mock interview\n"
                   "3|1|NULL|5000|other|NULL\n");
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM event_attendance"), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM referrals"), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM pragma_foreign_key_check"),
                   ==, 0);

  /* From now on the triggers keep "last contacted", whoever writes. */
  g_assert_cmpint (cl_test_exec (database, "INSERT INTO interactions (contact_id, occurred_at,"
                                           " channel) VALUES (3, 7000, 'event')"),
                   ==, SQLITE_OK);
  g_assert_cmpint (cl_test_exec (database, "DELETE FROM interactions WHERE id = 3"), ==, SQLITE_OK);
  g_assert_cmpint (cl_test_exec (database,
                                 "UPDATE interactions SET contact_id = 3 WHERE id = 2"),
                   ==, SQLITE_OK);
  g_free (contacts);
  contacts = cl_test_query_text (database, "SELECT id, last_contacted FROM contacts ORDER BY id");
  g_assert_cmpstr (contacts, ==, "1|4000\n2|NULL\n3|7000\n");
  /* A deleted event leaves the people met there. */
  g_assert_cmpint (cl_test_exec (database, "UPDATE contacts SET met_event_id = 1 WHERE id = 1;"
                                           "DELETE FROM events"),
                   ==, SQLITE_OK);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM contacts"
                                                  " WHERE met_event_id IS NULL"),
                   ==, 3);
}

/* A version 5 file with what schema 6 rebuilds: objectives with and without
 * a source application (one with more hours than v6 allows), the rows that
 * point at objectives, v1 practice sessions with 1-5 scores and an overall
 * score, and found keywords. */
static void
make_v5_prep_file (const char *path)
{
  write_old_file (
    path, 5,
    "INSERT INTO stages (id, name, position, is_open, milestone) VALUES"
    "  (1, 'Applied', 0, 1, 'applied');"
    "INSERT INTO companies (id, name) VALUES (1, 'Acme'), (2, 'Initech');"
    "INSERT INTO applications (id, company_id, role, stage_id, position, created_at,"
    "  updated_at) VALUES (1, 1, 'MLE', 1, 0, 1, 1), (2, 2, 'Data Scientist', 1, 1, 2, 2);"
    "INSERT INTO interview_rounds (id, application_id, position, kind) VALUES (1, 1, 0, 'coding');"
    "INSERT INTO contacts (id, name, roles, vcard_uid, created_at, updated_at)"
    "  VALUES (1, 'Ada', 64, 'u:ada', 0, 0);"
    "INSERT INTO objectives (id, domain_id, title, target_date, status, hours_planned,"
    "  hours_spent, source_application_id, notes, created_at) VALUES"
    "  (1, 1, 'Heaps', '2026-12-01', 'planned', 3.5, 1, 1, 'Leetcode', 100),"
    "  (2, 4, 'Feature stores', NULL, 'done', 20000, 12, NULL, NULL, 200),"
    "  (3, 3, 'Transformers', NULL, 'in-progress', 0, 0, 2, NULL, 300);"
    "INSERT INTO journal_entries (id, application_id, round_id, written_at, kind, body,"
    "  objective_id) VALUES (1, 1, 1, 0, 'lesson', 'Study heaps', 1);"
    "INSERT INTO resources (id, domain_id, objective_id, title, kind) VALUES"
    "  (1, 1, 1, 'CLRS', 'book');"
    "INSERT INTO reminders (id, kind, title, due_at, objective_id, created_at) VALUES"
    "  (1, 'objective-due', 'Heaps', 5000, 1, 0);"
    "INSERT INTO practice_partnerships (id, contact_id) VALUES (1, 1);"
    "INSERT INTO practice_sessions (id, partnership_id, domain_id, held_at, score_communication,"
    "  score_problem_solving, score_technical, score_overall, notes) VALUES"
    "  (1, 1, 1, 1000, 1, 2, 3, NULL, 'Good'),"
    "  (2, 1, 3, 2000, 4, 5, NULL, 4, NULL),"
    "  (3, 1, 1, 3000, NULL, NULL, NULL, 5, 'Tough'),"
    "  (4, 1, 2, 4000, 5, 5, 5, 2, '');"
    "INSERT INTO application_keywords (application_id, keyword, domain) VALUES"
    "  (1, 'pytorch', 'ml-fundamentals'), (1, 'graphs', 'coding'),"
    "  (2, 'rag', 'ml-system-design');");
}

/* A version 6 file with accounts (v1's table, which had no UUID), one of
 * them for an application. */
static void
test_migrate_v6_accounts (Fixture      *fixture,
                          gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "v6.db", NULL);
  g_autoptr(ClDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;

  write_old_file (
    path, 6,
    "INSERT INTO stages (id, name, position, is_open, milestone) VALUES"
    "  (1, 'Applied', 0, 1, 'applied');"
    "INSERT INTO companies (id, name) VALUES (1, 'Acme');"
    "INSERT INTO applications (id, company_id, role, stage_id, position, created_at,"
    "  updated_at) VALUES (1, 1, 'MLE', 1, 0, 1, 1);"
    "INSERT INTO accounts (id, site, url, username, application_id, notes, created_at) VALUES"
    "  (3, 'LinkedIn', 'https://www.linkedin.com', 'ada@example.com', NULL, NULL, 10),"
    "  (7, 'Acme Careers', NULL, 'ada', 1, 'SSO', 20);");

  database = cl_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cl_database_get_schema_version (database), ==, CL_DATABASE_SCHEMA_VERSION);

  /* Every account as it was, each with a UUID of its own. */
  rows = cl_test_query_text (database,
                             "SELECT id, site, url, username, application_id, notes, created_at"
                             " FROM accounts ORDER BY id");
  g_assert_cmpstr (rows, ==,
                   "3|LinkedIn|https://www.linkedin.com|ada@example.com|NULL|NULL|10\n"
                   "7|Acme Careers|NULL|ada|1|SSO|20\n");
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(DISTINCT uuid) FROM accounts"), ==,
                   2);
  for (gint64 id = 3; id <= 7; id += 4)
    {
      g_autofree char *query =
        g_strdup_printf ("SELECT uuid FROM accounts WHERE id = %" G_GINT64_FORMAT, id);
      g_autofree char *uuid = cl_test_query_text (database, query);

      g_strchomp (uuid);
      g_assert_true (g_uuid_string_is_valid (uuid));
      g_assert_cmpint (uuid[14], ==, '4');
    }
  /* Still deleted with… nothing: an application's deletion leaves them. */
  g_assert_cmpint (cl_test_exec (database, "DELETE FROM applications"), ==, SQLITE_OK);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM accounts"
                                                  " WHERE application_id IS NULL"),
                   ==, 2);
}

/* A version 7 file with reminders of v1's shape: each is kept, with no
 * source and not delivered, and a source names one reminder only. */
static void
test_migrate_v7_reminders (Fixture      *fixture,
                           gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "v7.db", NULL);
  g_autoptr(ClDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;

  write_old_file (
    path, 7,
    "INSERT INTO stages (id, name, position, is_open, milestone) VALUES"
    "  (1, 'Applied', 0, 1, 'applied');"
    "INSERT INTO companies (id, name) VALUES (1, 'Acme');"
    "INSERT INTO applications (id, company_id, role, stage_id, position, created_at,"
    "  updated_at) VALUES (1, 1, 'MLE', 1, 0, 1, 1);"
    "INSERT INTO reminders (id, kind, title, body, due_at, snoozed_until, done_at,"
    "  application_id, created_at) VALUES"
    "  (1, 'follow-up', 'Write to Ada', NULL, 5000, NULL, NULL, 1, 10),"
    "  (2, 'custom', 'Send the take-home', 'By email', 6000, 6500, 7000, 1, 20);");

  database = cl_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cl_database_get_schema_version (database), ==, CL_DATABASE_SCHEMA_VERSION);
  rows = cl_test_query_text (database,
                             "SELECT id, kind, title, body, due_at, snoozed_until, done_at,"
                             " application_id, created_at, source_key, delivered_at"
                             " FROM reminders ORDER BY id");
  g_assert_cmpstr (rows, ==,
                   "1|follow-up|Write to Ada|NULL|5000|NULL|NULL|1|10|NULL|NULL\n"
                   "2|custom|Send the take-home|By email|6000|6500|7000|1|20|NULL|NULL\n");
  g_assert_cmpint (cl_test_exec (database,
                                 "INSERT INTO reminders (kind, title, due_at, created_at,"
                                 " source_key) VALUES ('interview', 'Coding', 1, 1,"
                                 " 'round:1:day-before')"),
                   ==, SQLITE_OK);
  g_assert_cmpint (cl_test_exec (database,
                                 "INSERT INTO reminders (kind, title, due_at, created_at,"
                                 " source_key) VALUES ('interview', 'Coding', 2, 1,"
                                 " 'round:1:day-before')"),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (cl_test_exec (database,
                                 "INSERT INTO reminders (kind, title, due_at, created_at,"
                                 " source_key) VALUES ('custom', 'x', 2, 1, '')"),
                   ==, SQLITE_CONSTRAINT);
}

static void
test_migrate_v5_prep (Fixture      *fixture,
                      gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "v5.db", NULL);
  g_autoptr(ClDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *objectives = NULL;
  g_autofree char *links = NULL;
  g_autofree char *children = NULL;
  g_autofree char *sessions = NULL;
  g_autofree char *scores = NULL;
  g_autofree char *keywords = NULL;

  make_v5_prep_file (path);
  database = cl_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cl_database_get_schema_version (database), ==, CL_DATABASE_SCHEMA_VERSION);

  /* Every objective, as it was but for hours past the new limit. */
  objectives = cl_test_query_text (database,
                                   "SELECT id, domain_id, title, target_date, status,"
                                   " hours_planned, hours_spent, term_key, notes, created_at"
                                   " FROM objectives ORDER BY id");
  g_assert_cmpstr (objectives, ==,
                   "1|1|Heaps|2026-12-01|planned|3.5|1.0|NULL|Leetcode|100\n"
                   "2|4|Feature stores|NULL|done|10000.0|12.0|NULL|NULL|200\n"
                   "3|3|Transformers|NULL|in-progress|0.0|0.0|NULL|NULL|300\n");
  /* The source application became the first link. */
  links = cl_test_query_text (database,
                              "SELECT 'a', objective_id, application_id FROM objective_applications"
                              " UNION ALL SELECT 'r', objective_id, round_id FROM objective_rounds"
                              " ORDER BY 1, 2, 3");
  g_assert_cmpstr (links, ==, "a|1|1\na|3|2\n");
  /* What pointed at objectives still does. */
  children = cl_test_query_text (database,
                                 "SELECT 'j', id, objective_id FROM journal_entries"
                                 " UNION ALL SELECT 'r', id, objective_id FROM resources"
                                 " UNION ALL SELECT 'm', id, objective_id FROM reminders"
                                 " ORDER BY 1");
  g_assert_cmpstr (children, ==, "j|1|1\nm|1|1\nr|1|1\n");
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM resources"
                                                  " WHERE starter_key IS NULL AND notes IS NULL"
                                                  " AND created_at = 0"),
                   ==, 1);

  /* The overall score, which has no criterion, went into the notes. */
  sessions = cl_test_query_text (database,
                                 "SELECT id, partnership_id, domain_id, held_at, duration_minutes,"
                                 " role, replace (notes, char(10), '/') FROM practice_sessions"
                                 " ORDER BY id");
  g_assert_cmpstr (sessions, ==,
                   "1|1|1|1000|NULL|candidate|Good\n"
                   "2|1|3|2000|NULL|candidate|Overall: 4/5\n"
                   "3|1|1|3000|NULL|candidate|Tough/Overall: 5/5\n"
                   "4|1|2|4000|NULL|candidate|Overall: 2/5\n");
  /* 1 2 3 4 5 became 1 2 3 3 4 on the default criteria; none for a score
   * not given. */
  scores = cl_test_query_text (database,
                               "SELECT s.session_id, c.key, s.score FROM practice_scores s"
                               " JOIN rubric_criteria c ON c.id = s.criterion_id"
                               " ORDER BY s.session_id, c.position");
  g_assert_cmpstr (scores, ==,
                   "1|communication|1\n1|problem-solving|2\n1|technical-depth|3\n"
                   "2|communication|3\n2|problem-solving|4\n"
                   "4|communication|4\n4|problem-solving|4\n4|technical-depth|4\n");

  /* Found keywords are kept by their text, proposed once each. */
  keywords = cl_test_query_text (database,
                                 "SELECT application_id, term_key, state, count, objective_id"
                                 " FROM application_keywords ORDER BY 1, 2");
  g_assert_cmpstr (keywords, ==,
                   "1|graphs|proposed|1|NULL\n1|pytorch|proposed|1|NULL\n"
                   "2|rag|proposed|1|NULL\n");

  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM pragma_foreign_key_check"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "PRAGMA foreign_keys"), ==, 1);

  /* The new tables' keys hold: deleting an application takes its links,
   * not its objectives; deleting an objective takes the rest of them. */
  g_assert_cmpint (cl_test_exec (database, "DELETE FROM applications WHERE id = 2"), ==,
                   SQLITE_OK);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM objectives"), ==, 3);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM objective_applications"),
                   ==, 1);
  g_assert_cmpint (cl_test_exec (database, "UPDATE application_keywords SET objective_id = 1"
                                           " WHERE term_key = 'graphs';"
                                           "DELETE FROM objectives WHERE id = 1"),
                   ==, SQLITE_OK);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM objective_applications"),
                   ==, 0);
  g_free (keywords);
  keywords = cl_test_query_text (database, "SELECT term_key, objective_id FROM"
                                           " application_keywords ORDER BY 1");
  g_assert_cmpstr (keywords, ==, "graphs|NULL\npytorch|NULL\n");
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM pragma_foreign_key_check"),
                   ==, 0);
}

/* A version 1 file with offers, custom vesting, a market range and a
 * negotiation plan with a round, all in whole units and REAL percentages,
 * and a reminder that must survive the offers' table being rebuilt. */
static void
make_v1_offers_file (const char *path)
{
  g_autoptr(GBytes) v1 = cl_migrations_get_schema (1);
  g_autofree char *sql = NULL;

  sql = g_strdup_printf (
    "%s"
    "INSERT INTO stages (id, name, position, is_open, milestone) VALUES"
    "  (1, 'Offer', 0, 1, 'offer');"
    "INSERT INTO companies (id, name) VALUES (1, 'Acme');"
    "INSERT INTO applications (id, company_id, role, stage_id, position, created_at,"
    "  updated_at) VALUES (1, 1, 'MLE', 1, 0, 1, 1), (2, 1, 'Staff MLE', 1, 1, 1, 1);"
    "INSERT INTO offers (id, application_id, base_salary, currency, bonus_percent,"
    "  bonus_amount, sign_on, sign_on_clawback_months, equity_shares, equity_amount,"
    "  share_price, vesting, vesting_years, cliff_months, refresher_amount, level, status,"
    "  received_at, notes) VALUES"
    "  (1, 1, 185000, 'usd', 15.5, NULL, 30000, 12, 1234, NULL, 123.45671, 'custom', 3, 12,"
    "   50000, 'L5', 'negotiating', 100, NULL),"
    "  (2, 2, 150000, 'EUR', 10, 12000, NULL, NULL, 10, 400000, 12.5, 'standard', 4, 12,"
    "   NULL, NULL, 'received', 200, 'Relocation paid');"
    "INSERT INTO vesting_years (offer_id, year, percent) VALUES"
    "  (1, 1, 40), (1, 2, 33.33), (1, 3, 26.67);"
    "INSERT INTO market_ranges (id, source, role, currency, p25, p50, p75, p90, offer_id)"
    "  VALUES (1, 'Levels.fyi', 'MLE', 'USD', 180000, 210000, 250000, 300000, 1);"
    "INSERT INTO negotiation_plans (id, offer_id, target_total, walk_away_total,"
    "  leverage_offer_id, ask_base, ask_equity, ask_level, talking_points) VALUES"
    "  (1, 1, 320000, 260000, 2, 200000, NULL, 'L6', 'Competing offer from Beta');"
    "INSERT INTO negotiation_rounds (id, plan_id, happened_at, asked, outcome) VALUES"
    "  (1, 1, 300, '+15k base', 'improved');"
    "INSERT INTO reminders (id, kind, title, due_at, offer_id, created_at) VALUES"
    "  (1, 'offer-deadline', 'Answer Acme', 500, 1, 1);"
    "PRAGMA application_id = %d; PRAGMA user_version = 1;",
    (const char *) g_bytes_get_data (v1, NULL), CL_DATABASE_APPLICATION_ID);
  cl_test_exec_file (path, sql);
}

static void
test_migrate_v1_offers (Fixture      *fixture,
                        gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "v1-offers.db", NULL);
  g_autoptr(ClDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *offers = NULL;
  g_autofree char *vesting = NULL;
  g_autofree char *ranges = NULL;
  g_autofree char *plans = NULL;
  g_autofree char *asks = NULL;
  g_autofree char *rounds = NULL;
  g_autofree char *reminders = NULL;

  make_v1_offers_file (path);
  database = cl_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cl_database_get_schema_version (database), ==, CL_DATABASE_SCHEMA_VERSION);

  /* Whole units become cents, REAL percentages basis points, a REAL price
   * ten-thousandths; where v1 had both forms the amount stays. */
  offers = cl_test_query_text (database,
                               "SELECT id, currency, base_salary, bonus_basis_points, bonus_amount,"
                               " sign_on, sign_on_clawback_months, equity_amount, equity_shares,"
                               " share_price, vesting, vesting_years, cliff_months,"
                               " refresher_amount, refresher_from_year, refresher_vesting,"
                               " typeof (share_price), status, notes FROM offers ORDER BY id");
  g_assert_cmpstr (offers, ==,
                   "1|USD|18500000|1550|NULL|3000000|12|NULL|1234|1234567|custom|3|12|5000000|2|"
                   "standard|integer|negotiating|NULL\n"
                   "2|EUR|15000000|NULL|1200000|NULL|NULL|40000000|NULL|NULL|standard|4|12|NULL|"
                   "2|standard|null|received|Relocation paid\n"
                   "Target bonus also given as 10.0% of base.\n");

  vesting = cl_test_query_text (database, "SELECT offer_id, year, basis_points, typeof"
                                          " (basis_points) FROM vesting_years ORDER BY year");
  g_assert_cmpstr (vesting, ==, "1|1|4000|integer\n1|2|3333|integer\n1|3|2667|integer\n");

  ranges = cl_test_query_text (database, "SELECT source, component, p25, p50, p75, p90, offer_id"
                                         " FROM market_ranges");
  g_assert_cmpstr (ranges, ==, "Levels.fyi|total|18000000|21000000|25000000|30000000|1\n");

  plans = cl_test_query_text (database, "SELECT id, offer_id, target_total, walk_away_total,"
                                        " leverage_offer_id, talking_points"
                                        " FROM negotiation_plans");
  g_assert_cmpstr (plans, ==, "1|1|32000000|26000000|2|Competing offer from Beta\n");
  asks = cl_test_query_text (database, "SELECT plan_id, kind, amount, details, priority"
                                       " FROM negotiation_asks ORDER BY position");
  g_assert_cmpstr (asks, ==, "1|base|20000000|NULL|medium\n1|level|NULL|L6|medium\n");

  /* Children of rebuilt tables are all still there. */
  rounds = cl_test_query_text (database, "SELECT id, plan_id, asked, outcome, offered_base"
                                         " FROM negotiation_rounds");
  g_assert_cmpstr (rounds, ==, "1|1|+15k base|improved|NULL\n");
  reminders = cl_test_query_text (database, "SELECT id, offer_id FROM reminders");
  g_assert_cmpstr (reminders, ==, "1|1\n");
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM pragma_foreign_key_check"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "PRAGMA foreign_keys"), ==, 1);

  /* The rebuilt tables keep their rules: one form of bonus, cascades. */
  g_assert_cmpint (cl_test_exec (database, "UPDATE offers SET bonus_amount = 1 WHERE id = 1"), ==,
                   SQLITE_CONSTRAINT);
  g_assert_cmpint (cl_test_exec (database, "DELETE FROM offers WHERE id = 1"), ==, SQLITE_OK);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM vesting_years"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM negotiation_asks"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM reminders"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT offer_id IS NULL FROM market_ranges"),
                   ==, 1);
}

static void
test_transactions (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr(ClDatabase) database = cl_test_open_database (fixture->dir, "careerlens.db");
  g_autoptr(GError) error = NULL;
  ClTestChanges changes;

  cl_test_changes_watch (&changes, database);

  /* Nested: a savepoint whose touches join the outer transaction's. */
  {
    g_autoptr(ClTransaction) outer = cl_transaction_begin (database, &error);

    g_assert_no_error (error);
    cl_transaction_touch (outer, CL_TABLE_APPLICATIONS, CL_ENTITY_APPLICATION, 7);
    g_assert_cmpint (cl_test_exec (database, "INSERT INTO companies (name) VALUES ('Outer')"), ==,
                     SQLITE_OK);
    {
      g_autoptr(ClTransaction) inner = cl_transaction_begin (database, &error);

      g_assert_no_error (error);
      g_assert_cmpint (cl_test_exec (database, "INSERT INTO companies (name) VALUES ('Inner')"), ==,
                       SQLITE_OK);
      cl_transaction_touch (inner, CL_TABLE_COMPANIES, CL_ENTITY_COMPANY, 2);
      g_assert_true (cl_transaction_commit (inner, &error));
      g_assert_no_error (error);
    }
    {
      /* A savepoint given up: its rows and its touches go. */
      g_autoptr(ClTransaction) dropped = cl_transaction_begin (database, &error);

      g_assert_cmpint (cl_test_exec (database, "INSERT INTO companies (name) VALUES ('Dropped')"),
                       ==, SQLITE_OK);
      cl_transaction_touch (dropped, CL_TABLE_CONTACTS, CL_ENTITY_CONTACT, 3);
    }
    g_assert_cmpuint (changes.n_changes, ==, 0);
    g_assert_true (cl_transaction_commit (outer, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (changes.n_changes, ==, 1);
  g_assert_true (cl_change_set_contains (changes.last, CL_ENTITY_APPLICATION, 7));
  g_assert_true (cl_change_set_contains (changes.last, CL_ENTITY_COMPANY, 2));
  g_assert_false (cl_change_set_has_entity (changes.last, CL_ENTITY_CONTACT));
  g_assert_false (cl_change_set_is_external (changes.last));
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM companies"), ==, 2);

  /* Rolled back: nothing stays, nothing is said. */
  {
    g_autoptr(ClTransaction) tx = cl_transaction_begin (database, &error);

    g_assert_cmpint (cl_test_exec (database, "INSERT INTO companies (name) VALUES ('Gone')"), ==,
                     SQLITE_OK);
    cl_transaction_touch (tx, CL_TABLE_COMPANIES, CL_ENTITY_COMPANY, 9);
  }
  g_assert_cmpuint (changes.n_changes, ==, 1);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM companies"), ==, 2);

  /* A transaction that touched nothing says nothing. */
  {
    g_autoptr(ClTransaction) tx = cl_transaction_begin (database, &error);

    g_assert_true (cl_transaction_commit (tx, &error));
  }
  g_assert_cmpuint (changes.n_changes, ==, 1);

  cl_test_changes_clear (&changes);
}

static void
test_busy (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr(ClDatabase) database = cl_test_open_database (fixture->dir, "careerlens.db");
  g_autofree char *path = g_build_filename (fixture->dir, "careerlens.db", NULL);
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  /* Another program holds the write lock. */
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  cl_database_set_busy_timeout (database, 20);
  tx = cl_transaction_begin (database, &error);
  g_assert_null (tx);
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_BUSY);

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
}

static void
test_external_changes (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr(ClDatabase) database = cl_test_open_database (fixture->dir, "careerlens.db");
  g_autofree char *path = g_build_filename (fixture->dir, "careerlens.db", NULL);
  g_autoptr(GError) error = NULL;
  ClTestChanges changes;

  cl_test_changes_watch (&changes, database);
  g_assert_false (cl_database_check_external_changes (database));

  /* Our own commits are not news. */
  {
    g_autoptr(ClTransaction) tx = cl_transaction_begin (database, &error);

    g_assert_cmpint (cl_test_exec (database, "INSERT INTO companies (name) VALUES ('Ours')"), ==,
                     SQLITE_OK);
    cl_transaction_touch (tx, CL_TABLE_COMPANIES, CL_ENTITY_COMPANY, 1);
    g_assert_true (cl_transaction_commit (tx, &error));
  }
  g_assert_cmpuint (changes.n_changes, ==, 1);
  g_assert_false (cl_database_check_external_changes (database));
  g_assert_cmpuint (changes.n_changes, ==, 1);

  /* Another program's are, once. */
  cl_test_exec_file (path, "INSERT INTO companies (name) VALUES ('Theirs')");
  g_assert_true (cl_database_check_external_changes (database));
  g_assert_cmpuint (changes.n_changes, ==, 2);
  g_assert_true (cl_change_set_is_external (changes.last));
  g_assert_false (cl_database_check_external_changes (database));

  cl_test_changes_clear (&changes);
}

/* The promise of one file: after a clean close, the .db alone has it all. */
static void
test_one_file (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "careerlens.db", NULL);
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(ClDatabase) database = cl_test_open_database (fixture->dir, "careerlens.db");
  g_autoptr(ClDatabase) reopened = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  gsize    length;

  add_applications (database, 40);
  cl_database_close (database);
  g_assert_false (cl_database_is_open (database));
  cl_database_close (database);
  g_assert_true (g_stat (wal, &st) != 0 || st.st_size == 0);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  reopened = cl_database_open (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cl_test_query_int64 (reopened, "SELECT count(*) FROM applications"), ==, 40);
  g_assert_cmpint (cl_test_query_int64 (reopened, "SELECT count(*) FROM stages"), ==, 10);
}

/* Only the app itself makes an empty file a database, and then a private one;
 * a command that is only to read never creates or initialises anything. */
static void
test_open_flags (Fixture      *fixture,
                 gconstpointer data)
{
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.db", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autoptr(ClDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  int      fd;

  fd = g_open (empty, O_WRONLY | O_CREAT, 0644);
  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_assert_cmpint (g_chmod (empty, 0644), ==, 0);

  database = cl_database_open_full (empty, CL_DATABASE_OPEN_EXISTING, &error);
  g_assert_null (database);
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_cmpint (g_stat (empty, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);
  g_assert_false (has_sidecar_files (empty));

  database = cl_database_open_full (missing, CL_DATABASE_OPEN_EXISTING, &error);
  g_assert_null (database);
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  database = cl_database_open (empty, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (empty, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/database/" name, Fixture, NULL, cl_test_dir_fixture_setup, func, \
              cl_test_dir_fixture_teardown)

  ADD ("create-nested", test_create_nested);
  ADD ("reopen", test_reopen);
  ADD ("pragmas", test_pragmas);
  ADD ("refuse/newer", test_refuse_newer);
  ADD ("refuse/text", test_refuse_text);
  ADD ("refuse/foreign", test_refuse_foreign);
  ADD ("refuse/corrupt", test_refuse_corrupt);
  ADD ("refuse/folder", test_refuse_folder);
  ADD ("refuse/unwritable", test_refuse_unwritable);
  ADD ("constraints", test_constraints);
  ADD ("migrate-empty-file", test_migrate_empty_file);
  ADD ("backup", test_backup);
  ADD ("migrate-v1", test_migrate_v1);
  ADD ("migrate-v2", test_migrate_v2);
  ADD ("migrate-v1-offers", test_migrate_v1_offers);
  ADD ("migrate-v4-contacts", test_migrate_v4_contacts);
  ADD ("migrate-v5-prep", test_migrate_v5_prep);
  ADD ("migrate-v6-accounts", test_migrate_v6_accounts);
  ADD ("migrate-v7-reminders", test_migrate_v7_reminders);
  ADD ("transactions", test_transactions);
  ADD ("busy", test_busy);
  ADD ("external-changes", test_external_changes);
  ADD ("one-file", test_one_file);
  ADD ("open-flags", test_open_flags);

#undef ADD

  return g_test_run ();
}
