/* cl-transaction.c — one user action, one transaction, and they compose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-transaction"

#include "config.h"

#include "cl-transaction.h"

/* A commit that changed this many rows (an import, a stage archived with
 * its applications) is checkpointed at once, so the one file holds it. */
#define LARGE_WRITE_ROWS 2000

struct _ClTransaction
{
  ClDatabase *database;
  guint       level;         /* 1 for the outermost */
  guint       mark;          /* touches before this level began */
  int         total_changes; /* sqlite3_total_changes() when it began */
  gboolean    closed;        /* committed, or rolled back */
};

static gboolean
exec (ClDatabase *database,
      const char *sql,
      GError    **error)
{
  int rc = sqlite3_exec (cl_database_get_handle (database), sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      cl_database_set_error (database, rc, error);
      return FALSE;
    }
  return TRUE;
}

static ClTransaction *
begin (ClDatabase *database,
       const char *outermost_sql,
       GError    **error)
{
  ClTransaction *self;
  guint          level;

  g_return_val_if_fail (CL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (cl_database_is_open (database), NULL);

  level = cl_database_get_depth (database) + 1;
  if (level == 1)
    {
      if (!exec (database, outermost_sql, error))
        return NULL;
    }
  else
    {
      g_autofree char *sql = g_strdup_printf ("SAVEPOINT cl_%u", level);

      if (!exec (database, sql, error))
        return NULL;
    }

  self = g_new0 (ClTransaction, 1);
  self->database = g_object_ref (database);
  self->level = level;
  cl_database_enter (database);
  self->mark = cl_database_get_touch_mark (database);
  self->total_changes = sqlite3_total_changes (cl_database_get_handle (database));
  return self;
}

ClTransaction *
cl_transaction_begin (ClDatabase *database,
                      GError    **error)
{
  /* IMMEDIATE takes the write lock now, so a busy database fails before any work. */
  return begin (database, "BEGIN IMMEDIATE", error);
}

ClTransaction *
cl_transaction_begin_read (ClDatabase *database,
                           GError    **error)
{
  return begin (database, "BEGIN DEFERRED", error);
}

ClDatabase *
cl_transaction_get_database (ClTransaction *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->database;
}

void
cl_transaction_touch (ClTransaction *self,
                      ClTable        table,
                      ClEntity       entity,
                      gint64         id)
{
  g_return_if_fail (self != NULL && !self->closed);

  cl_database_touch (self->database, table, entity, id);
}

gboolean
cl_transaction_commit (ClTransaction *self,
                       GError       **error)
{
  sqlite3 *handle;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->closed, FALSE);
  g_return_val_if_fail (self->level == cl_database_get_depth (self->database), FALSE);

  handle = cl_database_get_handle (self->database);
  if (self->level > 1)
    {
      g_autofree char *sql = g_strdup_printf ("RELEASE cl_%u", self->level);

      if (!exec (self->database, sql, error))
        return FALSE;
      self->closed = TRUE;
      cl_database_leave (self->database, self->mark, TRUE);
      return TRUE;
    }

  if (!exec (self->database, "COMMIT", error))
    return FALSE;
  self->closed = TRUE;

  if (sqlite3_total_changes (handle) - self->total_changes >= LARGE_WRITE_ROWS)
    {
      g_autoptr(GError) checkpoint_error = NULL;

      /* The data is committed whatever happens here. */
      if (!cl_database_checkpoint (self->database, &checkpoint_error))
        g_debug ("Checkpoint after a large write: %s", checkpoint_error->message);
    }

  /* Emits ::changed: listeners see the committed state before this returns. */
  cl_database_leave (self->database, self->mark, TRUE);
  return TRUE;
}

void
cl_transaction_free (ClTransaction *self)
{
  if (self == NULL)
    return;

  if (!self->closed)
    {
      sqlite3 *handle = cl_database_get_handle (self->database);

      if (self->level != cl_database_get_depth (self->database))
        g_critical ("Transactions freed out of order (level %u of %u)",
                    self->level, cl_database_get_depth (self->database));

      if (self->level > 1)
        {
          g_autofree char *sql = g_strdup_printf ("ROLLBACK TO cl_%u; RELEASE cl_%u",
                                                  self->level, self->level);

          sqlite3_exec (handle, sql, NULL, NULL, NULL);
        }
      else if (!sqlite3_get_autocommit (handle))
        {
          /* Some failures (a full disk) have rolled back already. */
          sqlite3_exec (handle, "ROLLBACK", NULL, NULL, NULL);
        }
      cl_database_leave (self->database, self->mark, FALSE);
    }

  g_object_unref (self->database);
  g_free (self);
}
