/* cl-database.c — the CareerLens SQLite database: open, migrate, refuse what is not ours
 *
 * Opening never writes to a file before it has been recognised as ours (or as
 * new and empty): a newer, foreign or corrupt file is refused and left byte for
 * byte as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cl-database-private.h"
#include "cl-enum-types.h"
#include "cl-migrations.h"

struct _ClDatabase
{
  GObject     parent_instance;

  sqlite3    *handle;
  char       *path;
  GHashTable *statements; /* SQL text → sqlite3_stmt */
  int         schema_version;
  int         fail_next_commit;
};

G_DEFINE_FINAL_TYPE (ClDatabase, cl_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (cl-database-error-quark, cl_database_error)

static const char sqlite_magic[16] = "SQLite format 3";

static void
cl_database_finalize (GObject *object)
{
  ClDatabase *self = (ClDatabase *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (cl_database_parent_class)->finalize (object);
}

static void
cl_database_class_init (ClDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cl_database_finalize;
}

static void
cl_database_init (ClDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
}

char *
cl_database_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "careerlens", "careerlens.db", NULL);
}

static int
error_code_for_rc (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      return CL_DATABASE_ERROR_FULL;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      return CL_DATABASE_ERROR_READ_ONLY;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return CL_DATABASE_ERROR_BUSY;
    case SQLITE_CONSTRAINT:
      return CL_DATABASE_ERROR_CONSTRAINT;
    case SQLITE_CORRUPT:
      return CL_DATABASE_ERROR_CORRUPT;
    case SQLITE_NOTADB:
      return CL_DATABASE_ERROR_NOT_CAREERLENS;
    default:
      return CL_DATABASE_ERROR_FAILED;
    }
}

static void
set_error_for_rc (sqlite3     *handle,
                  const char  *path,
                  int          rc,
                  GError     **error)
{
  const char *detail = handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc);
  int code = error_code_for_rc (rc);
  const char *where = path != NULL ? path : "";

  switch (code)
    {
    case CL_DATABASE_ERROR_FULL:
      g_set_error (error, CL_DATABASE_ERROR, code,
                   _("The disk holding “%s” is full. Free some space, then try again; nothing was changed."),
                   where);
      break;
    case CL_DATABASE_ERROR_READ_ONLY:
      g_set_error (error, CL_DATABASE_ERROR, code,
                   _("“%s” cannot be written. Check that the file and its folder are writable (%s)."),
                   where, detail);
      break;
    case CL_DATABASE_ERROR_BUSY:
      g_set_error (error, CL_DATABASE_ERROR, code,
                   _("“%s” is locked by another program. Close other copies of CareerLens, then try again."),
                   where);
      break;
    case CL_DATABASE_ERROR_CONSTRAINT:
      g_set_error (error, CL_DATABASE_ERROR, code,
                   _("The change was refused because it breaks a rule of the data (%s); nothing was changed."),
                   detail);
      break;
    case CL_DATABASE_ERROR_CORRUPT:
      g_set_error (error, CL_DATABASE_ERROR, code,
                   _("“%s” is damaged and cannot be read. Restore it from a backup; the file was left untouched."),
                   where);
      break;
    case CL_DATABASE_ERROR_NOT_CAREERLENS:
      g_set_error (error, CL_DATABASE_ERROR, code,
                   _("“%s” is not a CareerLens database. Choose another file; this one was left untouched."),
                   where);
      break;
    default:
      g_set_error (error, CL_DATABASE_ERROR, code,
                   _("Database error in “%s”: %s"), where, detail);
      break;
    }
}

void
cl_database_set_error (ClDatabase  *self,
                       int          rc,
                       GError     **error)
{
  g_return_if_fail (CL_IS_DATABASE (self));

  set_error_for_rc (self->handle, self->path, rc, error);
}

/* Reads the first bytes without SQLite, so a foreign file is recognised
 * before anything could touch it.  Returns the number of bytes read. */
static gssize
read_header (const char *path,
             guint8      header[100],
             GError    **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gssize n_read;

  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CL_DATABASE_ERROR,
                   saved_errno == EACCES ? CL_DATABASE_ERROR_READ_ONLY : CL_DATABASE_ERROR_FAILED,
                   _("Could not read “%s”: %s"), path, g_strerror (saved_errno));
      return -1;
    }

  n_read = read (fd, header, 100);
  close (fd);

  if (n_read < 0)
    g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FAILED,
                 _("Could not read “%s”: %s"), path, g_strerror (errno));

  return n_read;
}

static gboolean
create_empty_file (const char  *path,
                   GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY,
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* SQLite gives its WAL and shared-memory files the mode of the main file. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    {
      int saved_errno = errno;

      g_set_error (error, CL_DATABASE_ERROR,
                   saved_errno == ENOSPC ? CL_DATABASE_ERROR_FULL : CL_DATABASE_ERROR_READ_ONLY,
                   _("Could not create “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  if (fd >= 0)
    close (fd);

  return TRUE;
}

static gboolean
query_int (ClDatabase  *self,
           const char  *sql,
           int         *out_value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out_value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      set_error_for_rc (self->handle, self->path, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_integrity (ClDatabase  *self,
                 GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *result = NULL;
  int rc = sqlite3_prepare_v2 (self->handle, "PRAGMA quick_check(1)", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      set_error_for_rc (self->handle, self->path, rc, error);
      return FALSE;
    }

  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s). Restore it from a backup; the file was left untouched."),
                   self->path, result != NULL ? result : "?");
      return FALSE;
    }

  return TRUE;
}

/* Decides, reading only, whether the open file is ours, new, newer or foreign. */
static gboolean
check_identity (ClDatabase  *self,
                gboolean    *out_is_new,
                GError     **error)
{
  int application_id = 0;
  int user_version = 0;
  int n_objects = 0;

  if (!query_int (self, "PRAGMA application_id", &application_id, error) ||
      !query_int (self, "PRAGMA user_version", &user_version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_master", &n_objects, error))
    return FALSE;

  *out_is_new = FALSE;

  if (application_id == 0 && user_version == 0 && n_objects == 0)
    {
      *out_is_new = TRUE;
      self->schema_version = 0;
      return TRUE;
    }

  if (application_id != CL_DATABASE_APPLICATION_ID)
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_CAREERLENS,
                   _("“%s” is an SQLite file of another program, not a CareerLens database. "
                     "Choose another file; this one was left untouched."),
                   self->path);
      return FALSE;
    }

  if (user_version > CL_DATABASE_SCHEMA_VERSION)
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NEWER_VERSION,
                   _("“%s” was written by a newer version of CareerLens (data version %d; this "
                     "version reads up to %d). Update CareerLens to open it; the file was left untouched."),
                   self->path, user_version, CL_DATABASE_SCHEMA_VERSION);
      return FALSE;
    }

  self->schema_version = user_version;
  return TRUE;
}

ClDatabase *
cl_database_open (const char  *path,
                  GError     **error)
{
  g_autoptr(ClDatabase) self = NULL;
  guint8 header[100];
  gboolean is_new = FALSE;
  gssize n_header;
  int rc;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_CAREERLENS,
                   _("“%s” is a folder, not a CareerLens database."), path);
      return NULL;
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !create_empty_file (path, error))
    return NULL;

  n_header = read_header (path, header, error);
  if (n_header < 0)
    return NULL;

  if (n_header > 0 &&
      (n_header < 100 || memcmp (header, sqlite_magic, sizeof sqlite_magic) != 0))
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_CAREERLENS,
                   _("“%s” is not a CareerLens database. Choose another file; this one was left untouched."),
                   path);
      return NULL;
    }

  self = g_object_new (CL_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      /* Fall back to read-only only to tell the user why writing fails. */
      set_error_for_rc (self->handle, path, rc, error);
      return NULL;
    }

  sqlite3_busy_timeout (self->handle, 5000);

  if (!check_identity (self, &is_new, error))
    return NULL;

  if (!is_new && !check_integrity (self, error))
    return NULL;

  /* From here on the file is ours. */
  rc = sqlite3_exec (self->handle,
                     "PRAGMA journal_mode = WAL;"
                     "PRAGMA synchronous = NORMAL;"
                     "PRAGMA foreign_keys = ON;"
                     "PRAGMA trusted_schema = OFF;",
                     NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_for_rc (self->handle, path, rc, error);
      return NULL;
    }

  if (self->schema_version < CL_DATABASE_SCHEMA_VERSION)
    {
      if (!cl_migrations_run (self, self->schema_version, error))
        return NULL;
      self->schema_version = CL_DATABASE_SCHEMA_VERSION;
    }

  return g_steal_pointer (&self);
}

const char *
cl_database_get_path (ClDatabase *self)
{
  g_return_val_if_fail (CL_IS_DATABASE (self), NULL);

  return self->path;
}

int
cl_database_get_schema_version (ClDatabase *self)
{
  g_return_val_if_fail (CL_IS_DATABASE (self), -1);

  return self->schema_version;
}

sqlite3 *
cl_database_get_handle (ClDatabase *self)
{
  g_return_val_if_fail (CL_IS_DATABASE (self), NULL);

  return self->handle;
}

sqlite3_stmt *
cl_database_prepare (ClDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CL_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      cl_database_set_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
cl_database_begin (ClDatabase  *self,
                   GError     **error)
{
  int rc;

  g_return_val_if_fail (CL_IS_DATABASE (self), FALSE);

  /* IMMEDIATE takes the write lock now, so a busy database fails before any work. */
  rc = sqlite3_exec (self->handle, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      cl_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
cl_database_commit (ClDatabase  *self,
                    GError     **error)
{
  int rc;

  g_return_val_if_fail (CL_IS_DATABASE (self), FALSE);

  if (self->fail_next_commit != 0)
    {
      rc = self->fail_next_commit;
      self->fail_next_commit = 0;
      cl_database_set_error (self, rc, error);
      return FALSE;
    }

  rc = sqlite3_exec (self->handle, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      cl_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

void
cl_database_rollback (ClDatabase *self)
{
  g_return_if_fail (CL_IS_DATABASE (self));

  if (!sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
}

gboolean
cl_database_step_done (ClDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      cl_database_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gint64
cl_database_last_insert_id (ClDatabase *self)
{
  return sqlite3_last_insert_rowid (self->handle);
}

void
cl_database_fail_next_commit (ClDatabase *self,
                              int         sqlite_rc)
{
  self->fail_next_commit = sqlite_rc;
}

void
cl_database_bind_text (sqlite3_stmt *stmt,
                       int           column,
                       const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
}

char *
cl_database_column_dup (sqlite3_stmt *stmt,
                        int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

void
cl_database_bind_optional_int64 (sqlite3_stmt *stmt,
                                 int           column,
                                 gint64        value,
                                 gint64        none)
{
  if (value == none)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int64 (stmt, column, value);
}

gint64
cl_database_column_optional_int64 (sqlite3_stmt *stmt,
                                   int           column,
                                   gint64        none)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return none;
  return sqlite3_column_int64 (stmt, column);
}

int
cl_database_column_enum (sqlite3_stmt *stmt,
                         int           column,
                         GType         type,
                         int           fallback)
{
  int value = fallback;

  cl_enum_from_nick (type, (const char *) sqlite3_column_text (stmt, column), &value);
  return value;
}

gint64
cl_database_ensure_company (ClDatabase     *self,
                            const char     *name,
                            ClCompanyType   company_type,
                            GError        **error)
{
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

  g_return_val_if_fail (CL_IS_DATABASE (self), 0);

  stmt = cl_database_prepare (self,
                              "INSERT INTO companies (name, company_type) VALUES (trim(?1), ?2) "
                              "ON CONFLICT (name) DO UPDATE SET company_type = "
                              "  CASE WHEN excluded.company_type <> 'unknown' "
                              "       THEN excluded.company_type ELSE company_type END "
                              "RETURNING id",
                              error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, cl_enum_to_nick (CL_TYPE_COMPANY_TYPE, company_type), -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      cl_database_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return 0;
    }
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

gint64 *
cl_database_int64_key (gint64 value)
{
  return g_memdup2 (&value, sizeof value);
}

gboolean
cl_database_delete_row (ClDatabase  *self,
                        const char  *sql,
                        gint64       id,
                        const char  *not_found,
                        GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CL_IS_DATABASE (self), FALSE);

  if (!cl_database_begin (self, error))
    return FALSE;

  stmt = cl_database_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!cl_database_step_done (self, stmt, error))
    goto fail;

  if (sqlite3_changes (self->handle) != 1)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND, not_found);
      goto fail;
    }

  if (!cl_database_commit (self, error))
    goto fail;
  return TRUE;

fail:
  cl_database_rollback (self);
  return FALSE;
}
