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
#include "cl-migrations.h"

struct _ClDatabase
{
  GObject      parent_instance;

  sqlite3     *handle;
  char        *path;
  GHashTable  *statements; /* SQL text → sqlite3_stmt */
  int          schema_version;
  gboolean     wal;
  gboolean     reader;

  guint        depth;        /* open transactions, the outermost included */
  ClChangeSet *pending;      /* what the open outermost transaction touched */
  gint64       data_version; /* PRAGMA data_version at the last look */
  guint        poll_id;
};

G_DEFINE_FINAL_TYPE (ClDatabase, cl_database, G_TYPE_OBJECT)

/* clang-format off */
G_DEFINE_QUARK (cl-database-error-quark, cl_database_error)
/* clang-format on */

enum
{
  CHANGED,
  N_SIGNALS
};

static guint      signals[N_SIGNALS];

static const char sqlite_magic[16] = "SQLite format 3";

static void
finalize_statements (ClDatabase *self)
{
  g_hash_table_remove_all (self->statements);
}

void
cl_database_close (ClDatabase *self)
{
  g_return_if_fail (CL_IS_DATABASE (self));

  g_clear_handle_id (&self->poll_id, g_source_remove);
  if (self->handle == NULL)
    return;

  if (self->depth > 0)
    g_critical ("Closing “%s” with a transaction still open; it is rolled back", self->path);

  finalize_statements (self);
  /* The last connection to close checkpoints and removes the WAL by itself;
   * a TRUNCATE checkpoint first makes the one file whole even if another
   * connection (a backup, the command line) still has it open. */
  if (self->wal && !self->reader && !sqlite3_db_readonly (self->handle, "main"))
    sqlite3_wal_checkpoint_v2 (self->handle, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  sqlite3_close_v2 (self->handle);
  self->handle = NULL;
}

static void
cl_database_finalize (GObject *object)
{
  ClDatabase *self = (ClDatabase *) object;

  cl_database_close (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending, cl_change_set_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (cl_database_parent_class)->finalize (object);
}

static void
cl_database_class_init (ClDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cl_database_finalize;

  /**
   * ClDatabase::changed:
   * @change_set: what the committed transaction touched, or an external
   *   change set when another program wrote to the file
   *
   * Emitted after each outermost transaction that touched something has
   * committed, never on rollback.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  CL_TYPE_CHANGE_SET | G_SIGNAL_TYPE_STATIC_SCOPE);
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
set_error_for_rc (sqlite3    *handle,
                  const char *path,
                  int         rc,
                  GError    **error)
{
  const char *detail = handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc);
  int         code = error_code_for_rc (rc);
  const char *where = path != NULL ? path : "";

  switch (code)
    {
    case CL_DATABASE_ERROR_FULL:
      g_set_error (
        error, CL_DATABASE_ERROR, code,
        _ ("The disk holding “%s” is full. Free some space, then try again; nothing was changed."),
        where);
      break;
    case CL_DATABASE_ERROR_READ_ONLY:
      g_set_error (
        error, CL_DATABASE_ERROR, code,
        _ ("“%s” cannot be written. Check that the file and its folder are writable (%s)."), where,
        detail);
      break;
    case CL_DATABASE_ERROR_BUSY:
      g_set_error (
        error, CL_DATABASE_ERROR, code,
        _ ("“%s” is locked by another program. Close other copies of CareerLens, then try again."),
        where);
      break;
    case CL_DATABASE_ERROR_CONSTRAINT:
      g_set_error (
        error, CL_DATABASE_ERROR, code,
        _ (
          "The change was refused because it breaks a rule of the data (%s); nothing was changed."),
        detail);
      break;
    case CL_DATABASE_ERROR_CORRUPT:
      g_set_error (error, CL_DATABASE_ERROR, code,
                   _ ("“%s” is damaged and cannot be read. Restore it from a backup; "
                      "the file was left untouched."),
                   where);
      break;
    case CL_DATABASE_ERROR_NOT_CAREERLENS:
      g_set_error (
        error, CL_DATABASE_ERROR, code,
        _ ("“%s” is not a CareerLens database. Choose another file; this one was left untouched."),
        where);
      break;
    default:
      g_set_error (error, CL_DATABASE_ERROR, code,
                   _ ("Database error in “%s”: %s"), where, detail);
      break;
    }
}

void
cl_database_set_error (ClDatabase *self,
                       int         rc,
                       GError    **error)
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
  int    fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gssize n_read;

  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CL_DATABASE_ERROR,
                   saved_errno == EACCES ? CL_DATABASE_ERROR_READ_ONLY : CL_DATABASE_ERROR_FAILED,
                   _ ("Could not read “%s”: %s"), path, g_strerror (saved_errno));
      return -1;
    }

  n_read = read (fd, header, 100);
  close (fd);

  if (n_read < 0)
    g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FAILED,
                 _ ("Could not read “%s”: %s"), path, g_strerror (errno));

  return n_read;
}

static gboolean
create_empty_file (const char *path,
                   GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int              fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY,
                   _ ("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* SQLite gives its WAL and shared-memory files the mode of the main file. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    {
      int saved_errno = errno;

      g_set_error (error, CL_DATABASE_ERROR,
                   saved_errno == ENOSPC ? CL_DATABASE_ERROR_FULL : CL_DATABASE_ERROR_READ_ONLY,
                   _ ("Could not create “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  if (fd >= 0)
    close (fd);

  return TRUE;
}

static gboolean
query_int (ClDatabase *self,
           const char *sql,
           int        *out_value,
           GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  int           rc = sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL);

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
check_integrity (ClDatabase *self,
                 GError    **error)
{
  sqlite3_stmt    *stmt = NULL;
  g_autofree char *result = NULL;
  int              rc = sqlite3_prepare_v2 (self->handle, "PRAGMA quick_check(1)", -1, &stmt, NULL);

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
      g_set_error (
        error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CORRUPT,
        _ ("“%s” is damaged (%s). Restore it from a backup; the file was left untouched."),
        self->path, result != NULL ? result : "?");
      return FALSE;
    }

  return TRUE;
}

/* Decides, reading only, whether the open file is ours, new, newer or foreign. */
static gboolean
check_identity (ClDatabase *self,
                gboolean   *out_is_new,
                GError    **error)
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
                   _ ("“%s” is an SQLite file of another program, not a CareerLens database. "
                      "Choose another file; this one was left untouched."),
                   self->path);
      return FALSE;
    }

  if (user_version > CL_DATABASE_SCHEMA_VERSION)
    {
      g_set_error (
        error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NEWER_VERSION,
        _ ("“%s” was written by a newer version of CareerLens (data version %d; this "
           "version reads up to %d). Update CareerLens to open it; the file was left untouched."),
        self->path, user_version, CL_DATABASE_SCHEMA_VERSION);
      return FALSE;
    }

  self->schema_version = user_version;
  return TRUE;
}

/* Gives an empty file the mode of a new database before SQLite writes to it:
 * SQLite gives its WAL and shared-memory files the mode of the main file. */
static gboolean
make_private (const char *path,
              GError    **error)
{
  if (g_chmod (path, 0600) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY,
                   _ ("Could not make “%s” private: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

static char *
query_text (ClDatabase *self,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char         *text = NULL;

  if (sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static gint64
read_data_version (ClDatabase *self)
{
  int version = 0;

  if (!query_int (self, "PRAGMA data_version", &version, NULL))
    return -1;
  return version;
}

ClDatabase *
cl_database_open (const char *path,
                  GError    **error)
{
  return cl_database_open_full (path, CL_DATABASE_OPEN_CREATE | CL_DATABASE_OPEN_INITIALISE_EMPTY,
                                error);
}

ClDatabase *
cl_database_open_full (const char         *path,
                       ClDatabaseOpenFlags flags,
                       GError            **error)
{
  g_autoptr(ClDatabase) self = NULL;
  g_autofree char *journal_mode = NULL;
  guint8           header[100];
  gboolean         is_new = FALSE;
  gboolean         created = FALSE;
  gssize           n_header;
  int              rc;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_CAREERLENS,
                   _ ("“%s” is a folder, not a CareerLens database."), path);
      return NULL;
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!(flags & CL_DATABASE_OPEN_CREATE))
        {
          g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                       _ ("There is no CareerLens database at “%s”. Check the path."), path);
          return NULL;
        }
      if (!create_empty_file (path, error))
        return NULL;
      created = TRUE;
    }

  n_header = read_header (path, header, error);
  if (n_header < 0)
    return NULL;

  if (n_header == 0 && !created)
    {
      if (!(flags & CL_DATABASE_OPEN_INITIALISE_EMPTY))
        {
          g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_EMPTY,
                       _ (
                         "“%s” is an empty file, not a CareerLens database. It was left untouched; "
                         "open it in CareerLens itself to start a new database there."),
                       path);
          return NULL;
        }
      if (!make_private (path, error))
        return NULL;
    }

  if (n_header > 0 &&
      (n_header < 100 || memcmp (header, sqlite_magic, sizeof sqlite_magic) != 0))
    {
      g_set_error (
        error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_CAREERLENS,
        _ ("“%s” is not a CareerLens database. Choose another file; this one was left untouched."),
        path);
      return NULL;
    }

  self = g_object_new (CL_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->reader = (flags & CL_DATABASE_OPEN_READER) != 0;

  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_error_for_rc (self->handle, path, rc, error);
      return NULL;
    }

  sqlite3_busy_timeout (self->handle, 5000);

  if (!check_identity (self, &is_new, error))
    return NULL;

  if (!is_new && !(flags & CL_DATABASE_OPEN_CHECKED) && !check_integrity (self, error))
    return NULL;

  /* From here on the file is ours.  FULL: every commit reaches the disk
   * before it returns, so a move the board shows survives a power cut. */
  rc = sqlite3_exec (self->handle,
                     "PRAGMA synchronous = FULL;"
                     "PRAGMA foreign_keys = ON;"
                     "PRAGMA trusted_schema = OFF;",
                     NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_for_rc (self->handle, path, rc, error);
      return NULL;
    }

  /* The pragma answers with the mode in force, which is not WAL where the
   * file system cannot share memory between processes (some network file
   * systems): the rollback journal with FULL syncs is as safe, only slower. */
  journal_mode = query_text (self, "PRAGMA journal_mode = WAL");
  if (journal_mode == NULL)
    {
      set_error_for_rc (self->handle, path, sqlite3_errcode (self->handle), error);
      return NULL;
    }
  self->wal = g_ascii_strcasecmp (journal_mode, "wal") == 0;
  if (!self->wal)
    g_message ("“%s” cannot use a write-ahead log here; journal mode is %s", path, journal_mode);

  if (self->schema_version < CL_DATABASE_SCHEMA_VERSION)
    {
      if (!cl_migrations_run (self, self->schema_version, CL_DATABASE_SCHEMA_VERSION, error))
        return NULL;
      self->schema_version = CL_DATABASE_SCHEMA_VERSION;
    }

  self->data_version = read_data_version (self);
  return g_steal_pointer (&self);
}

gboolean
cl_database_is_open (ClDatabase *self)
{
  g_return_val_if_fail (CL_IS_DATABASE (self), FALSE);

  return self->handle != NULL;
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

void
cl_database_set_busy_timeout (ClDatabase *self,
                              guint       milliseconds)
{
  g_return_if_fail (CL_IS_DATABASE (self));
  g_return_if_fail (self->handle != NULL);

  sqlite3_busy_timeout (self->handle, (int) MIN (milliseconds, (guint) G_MAXINT));
}

gboolean
cl_database_checkpoint (ClDatabase *self,
                        GError    **error)
{
  int rc;

  g_return_val_if_fail (CL_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->handle != NULL, FALSE);

  if (!self->wal)
    return TRUE;

  rc = sqlite3_wal_checkpoint_v2 (self->handle, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      cl_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
cl_database_check_external_changes (ClDatabase *self)
{
  g_autoptr(ClChangeSet) change_set = NULL;
  gint64 version;

  g_return_val_if_fail (CL_IS_DATABASE (self), FALSE);

  /* Inside a transaction the snapshot is ours; look again after it. */
  if (self->handle == NULL || self->depth > 0)
    return FALSE;

  version = read_data_version (self);
  if (version < 0 || version == self->data_version)
    return FALSE;

  self->data_version = version;
  g_debug ("“%s” was changed by another program", self->path);
  change_set = cl_change_set_new_external ();
  g_signal_emit (self, signals[CHANGED], 0, change_set);
  return TRUE;
}

static gboolean
poll_cb (gpointer user_data)
{
  cl_database_check_external_changes (user_data);
  return G_SOURCE_CONTINUE;
}

void
cl_database_set_poll_interval (ClDatabase *self,
                               guint       seconds)
{
  g_return_if_fail (CL_IS_DATABASE (self));

  g_clear_handle_id (&self->poll_id, g_source_remove);
  if (seconds > 0 && self->handle != NULL)
    self->poll_id = g_timeout_add_seconds_full (G_PRIORITY_LOW, seconds, poll_cb, self, NULL);
}

sqlite3 *
cl_database_get_handle (ClDatabase *self)
{
  g_return_val_if_fail (CL_IS_DATABASE (self), NULL);

  return self->handle;
}

sqlite3_stmt *
cl_database_prepare (ClDatabase *self,
                     const char *sql,
                     GError    **error)
{
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (CL_IS_DATABASE (self), NULL);
  g_return_val_if_fail (self->handle != NULL, NULL);

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

gint64
cl_database_last_insert_id (ClDatabase *self)
{
  return sqlite3_last_insert_rowid (self->handle);
}

int
cl_database_changes (ClDatabase *self)
{
  return sqlite3_changes (self->handle);
}

/* Transactions (see cl-transaction.c) ------------------------------------ */

guint
cl_database_get_depth (ClDatabase *self)
{
  return self->depth;
}

void
cl_database_enter (ClDatabase *self)
{
  if (self->depth++ == 0)
    self->pending = cl_change_set_new ();
}

guint
cl_database_get_touch_mark (ClDatabase *self)
{
  return self->pending != NULL ? cl_change_set_get_length (self->pending) : 0;
}

void
cl_database_touch (ClDatabase *self,
                   ClTable     table,
                   ClEntity    entity,
                   gint64      id)
{
  g_return_if_fail (CL_IS_DATABASE (self));
  g_return_if_fail (self->depth > 0);

  cl_change_set_add (self->pending, table, entity, id);
}

void
cl_database_leave (ClDatabase *self,
                   guint       mark,
                   gboolean    committed)
{
  g_autoptr(ClChangeSet) change_set = NULL;

  g_return_if_fail (self->depth > 0);

  if (!committed)
    cl_change_set_truncate (self->pending, mark);
  if (--self->depth > 0)
    return;

  change_set = g_steal_pointer (&self->pending);
  /* Our own commits leave data_version alone; what is new to us now is only
   * what others wrote meanwhile, which the next look reports. */
  if (committed && !cl_change_set_is_empty (change_set))
    g_signal_emit (self, signals[CHANGED], 0, change_set);
}
