/* cl-migrations.c — forward schema migrations, one transaction each
 *
 * Each version's SQL is a file of schema/ compiled into the resources; the
 * code here adds what SQL cannot say, such as the default stages in the
 * user's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-migrations"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-core-resources.h"
#include "cl-migrations.h"
#include "cl-statement.h"
#include "cl-transaction.h"

typedef struct
{
  const char *name;
  const char *milestone;
  gboolean    is_open;
} DefaultStage;

/* Stage names are the user's to edit, so the defaults are stored translated. */
static const DefaultStage default_stages[] = {
  { N_ ("Wishlist"), "wishlist", TRUE },
  { N_ ("Applied"), "applied", TRUE },
  { N_ ("Recruiter screen"), "screen", TRUE },
  { N_ ("Technical screen"), "technical", TRUE },
  { N_ ("Onsite / final loop"), "onsite", TRUE },
  { N_ ("Offer"), "offer", TRUE },
  { N_ ("Accepted"), "accepted", FALSE },
  { N_ ("Rejected"), "rejected", FALSE },
  { N_ ("Withdrawn"), "withdrawn", FALSE },
  { N_ ("Ghosted"), "ghosted", FALSE },
};

GBytes *
cl_migrations_get_schema (int version)
{
  static gsize     registered = 0;
  g_autofree char *path = NULL;

  if (g_once_init_enter (&registered))
    {
      cl_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }

  path = g_strdup_printf ("/com/example/CareerLens/schema/v%d.sql", version);
  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

static gboolean
exec_schema (ClDatabase *db,
             int         version,
             GError    **error)
{
  g_autoptr(GBytes) sql = cl_migrations_get_schema (version);
  int rc;

  /* The resource is nul-terminated. */
  g_return_val_if_fail (sql != NULL, FALSE);
  rc = sqlite3_exec (cl_database_get_handle (db), g_bytes_get_data (sql, NULL), NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      cl_database_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate_to_v1 (ClDatabase *db,
               GError    **error)
{
  if (!exec_schema (db, 1, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (default_stages); i++)
    if (!cl_database_execute (db, error,
                              "INSERT INTO stages (name, position, is_open, milestone) "
                              "VALUES (?1, ?2, ?3, ?4)",
                              "subs", _ (default_stages[i].name), i, default_stages[i].is_open,
                              default_stages[i].milestone))
      return FALSE;

  return TRUE;
}

static gboolean
migrate_to_v2 (ClDatabase *db,
               GError    **error)
{
  return exec_schema (db, 2, error);
}

static gboolean
migrate_to_v3 (ClDatabase *db,
               GError    **error)
{
  return exec_schema (db, 3, error);
}

static gboolean
migrate_to_v4 (ClDatabase *db,
               GError    **error)
{
  return exec_schema (db, 4, error);
}

static gboolean
migrate_to_v5 (ClDatabase *db,
               GError    **error)
{
  return exec_schema (db, 5, error);
}

static gboolean
migrate_to_v6 (ClDatabase *db,
               GError    **error)
{
  return exec_schema (db, 6, error);
}

static gboolean
migrate_to_v7 (ClDatabase *db,
               GError    **error)
{
  return exec_schema (db, 7, error);
}

static gboolean
migrate_to_v8 (ClDatabase *db,
               GError    **error)
{
  return exec_schema (db, 8, error);
}

typedef gboolean (*MigrationFunc) (ClDatabase *db, GError **error);

/* migrations[i] takes the schema from version i to version i + 1. */
static const MigrationFunc migrations[] = {
  migrate_to_v1,
  migrate_to_v2,
  migrate_to_v3,
  migrate_to_v4,
  migrate_to_v5,
  migrate_to_v6,
  migrate_to_v7,
  migrate_to_v8,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == CL_DATABASE_SCHEMA_VERSION);

/* Rows that break a foreign key, as "table rowid → parent"; NULL when none. */
static char *
describe_foreign_key_problems (ClDatabase *db)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) problems = NULL;

  if (sqlite3_prepare_v2 (cl_database_get_handle (db), "PRAGMA foreign_key_check", -1, &stmt,
                          NULL) != SQLITE_OK)
    return g_strdup ("PRAGMA foreign_key_check failed");

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (problems == NULL)
        problems = g_string_new (NULL);
      else
        g_string_append (problems, ", ");
      g_string_append_printf (problems, "%s %" G_GINT64_FORMAT " → %s",
                              (const char *) sqlite3_column_text (stmt, 0),
                              (gint64) sqlite3_column_int64 (stmt, 1),
                              (const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_finalize (stmt);

  return problems == NULL ? NULL : g_string_free (g_steal_pointer (&problems), FALSE);
}

static gboolean
run_one (ClDatabase *db,
         int         version,
         GError    **error)
{
  g_autoptr(ClTransaction) tx = cl_transaction_begin (db, error);
  g_autofree char *pragmas = NULL;
  g_autofree char *broken = NULL;

  if (tx == NULL)
    return FALSE;

  pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                             CL_DATABASE_APPLICATION_ID, version + 1);

  if (!migrations[version](db, error) ||
      sqlite3_exec (cl_database_get_handle (db), pragmas, NULL, NULL, NULL) != SQLITE_OK)
    return FALSE;

  /* Foreign keys are off while tables are rebuilt: check them by hand. */
  broken = describe_foreign_key_problems (db);
  if (broken != NULL)
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CORRUPT,
                   _ ("Rows refer to rows that do not exist (%s)."), broken);
      return FALSE;
    }

  return cl_transaction_commit (tx, error);
}

gboolean
cl_migrations_run (ClDatabase *db,
                   int         from_version,
                   int         to_version,
                   GError    **error)
{
  sqlite3 *handle = cl_database_get_handle (db);
  gboolean ok = TRUE;

  g_return_val_if_fail (from_version >= 0, FALSE);
  g_return_val_if_fail (to_version <= CL_DATABASE_SCHEMA_VERSION, FALSE);

  /* As SQLite's own recipe for changing a table's shape: with foreign keys
   * on, dropping a rebuilt table would cascade into its children.  The
   * pragma only takes effect outside a transaction. */
  if (sqlite3_exec (handle, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL) != SQLITE_OK)
    {
      cl_database_set_error (db, sqlite3_errcode (handle), error);
      return FALSE;
    }

  for (int version = from_version; ok && version < to_version; version++)
    {
      ok = run_one (db, version, error);
      if (!ok)
        {
          if (error != NULL && *error == NULL)
            cl_database_set_error (db, sqlite3_errcode (handle), error);
          g_prefix_error (error, _ ("Could not upgrade the database to version %d: "), version + 1);
        }
      else
        g_debug ("Migrated database to schema version %d", version + 1);
    }

  if (sqlite3_exec (handle, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK && ok)
    {
      cl_database_set_error (db, sqlite3_errcode (handle), error);
      return FALSE;
    }

  /* The tables later versions rebuild leave free pages behind; a new file
   * starts without them (cheap while it is empty). */
  if (ok && from_version == 0 && sqlite3_exec (handle, "VACUUM", NULL, NULL, NULL) != SQLITE_OK)
    {
      cl_database_set_error (db, sqlite3_errcode (handle), error);
      return FALSE;
    }

  return ok;
}
