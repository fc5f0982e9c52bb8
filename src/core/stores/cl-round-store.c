/* cl-round-store.c — the interview rounds of applications
 *
 * An application has a handful of rounds, read when its detail page opens,
 * so lists are built on demand.  Each change is one transaction; the round
 * object is updated only after it has committed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-round-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-database-private.h"
#include "cl-enum-types.h"
#include "cl-round-store.h"

struct _ClRoundStore
{
  GObject     parent_instance;

  ClDatabase *database;
  ClClock    *clock;
};

G_DEFINE_FINAL_TYPE (ClRoundStore, cl_round_store, G_TYPE_OBJECT)

enum {
  ROUNDS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cl_round_store_dispose (GObject *object)
{
  ClRoundStore *self = (ClRoundStore *) object;

  g_clear_object (&self->clock);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (cl_round_store_parent_class)->dispose (object);
}

static void
cl_round_store_class_init (ClRoundStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cl_round_store_dispose;

  /**
   * ClRoundStore::rounds-changed:
   * @application_id: the application whose rounds changed
   */
  signals[ROUNDS_CHANGED] =
    g_signal_new ("rounds-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
cl_round_store_init (ClRoundStore *self)
{
}

ClRoundStore *
cl_round_store_new (ClDatabase *database,
                    ClClock    *clock)
{
  ClRoundStore *self;

  g_return_val_if_fail (CL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CL_IS_CLOCK (clock), NULL);

  self = g_object_new (CL_TYPE_ROUND_STORE, NULL);
  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  return self;
}

static ClRound *
round_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *title = cl_database_column_dup (stmt, 4);
  g_autofree char *notes = cl_database_column_dup (stmt, 8);

  return g_object_new (CL_TYPE_ROUND,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "application-id", sqlite3_column_int64 (stmt, 1),
                       "position", (guint) sqlite3_column_int (stmt, 2),
                       "kind", cl_database_column_enum (stmt, 3, CL_TYPE_ROUND_KIND, CL_ROUND_KIND_OTHER),
                       "title", title,
                       "scheduled-at", cl_database_column_optional_int64 (stmt, 5, 0),
                       "duration-minutes", (guint) sqlite3_column_int (stmt, 6),
                       "status", cl_database_column_enum (stmt, 7, CL_TYPE_ROUND_STATUS, CL_ROUND_STATUS_PLANNED),
                       "notes", notes,
                       NULL);
}

GListModel *
cl_round_store_list_for_application (ClRoundStore  *self,
                                     gint64         application_id,
                                     GError       **error)
{
  g_autoptr(GListStore) rounds = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), NULL);

  stmt = cl_database_prepare (self->database,
                              "SELECT id, application_id, position, kind, title, scheduled_at,"
                              " duration_minutes, status, notes FROM interview_rounds"
                              " WHERE application_id = ?1 ORDER BY position, id",
                              error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, application_id);

  rounds = g_list_store_new (CL_TYPE_ROUND);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(ClRound) round = round_from_row (stmt);

      g_list_store_append (rounds, round);
    }

  if (rc != SQLITE_DONE)
    {
      cl_database_set_error (self->database, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (g_steal_pointer (&rounds));
}

/* Binds the editable fields shared by INSERT and UPDATE as ?2 … ?7. */
static void
bind_editable_fields (sqlite3_stmt *stmt,
                      ClRound      *round)
{
  sqlite3_bind_text (stmt, 2, cl_enum_to_nick (CL_TYPE_ROUND_KIND, cl_round_get_kind (round)),
                     -1, SQLITE_STATIC);
  cl_database_bind_text (stmt, 3, cl_round_get_title (round));
  cl_database_bind_optional_int64 (stmt, 4, cl_round_get_scheduled_at (round), 0);
  cl_database_bind_optional_int64 (stmt, 5, cl_round_get_duration_minutes (round), 0);
  sqlite3_bind_text (stmt, 6, cl_enum_to_nick (CL_TYPE_ROUND_STATUS, cl_round_get_status (round)),
                     -1, SQLITE_STATIC);
  cl_database_bind_text (stmt, 7, cl_round_get_notes (round));
}

/* Inside the transaction: the position after the application's last round,
 * or FALSE with CL_DATABASE_ERROR_NOT_FOUND when the application is gone. */
static gboolean
next_position (ClRoundStore  *self,
               gint64         application_id,
               guint         *out_position,
               GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = cl_database_prepare (self->database,
                              "SELECT (SELECT coalesce(max(position) + 1, 0) FROM interview_rounds"
                              "        WHERE application_id = ?1)"
                              " FROM applications WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, application_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_position = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("The application of this round no longer exists. "
                             "Open the application again, then add the round."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      cl_database_set_error (self->database, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
cl_round_store_add_round (ClRoundStore  *self,
                          ClRound       *round,
                          GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 application_id;
  gint64 id;
  guint position = 0;

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ROUND (round), FALSE);
  g_return_val_if_fail (cl_round_get_id (round) == 0, FALSE);

  if (!cl_round_validate (round, error))
    return FALSE;

  application_id = cl_round_get_application_id (round);

  if (!cl_database_begin (self->database, error))
    return FALSE;

  if (!next_position (self, application_id, &position, error))
    goto fail;

  stmt = cl_database_prepare (self->database,
                              "INSERT INTO interview_rounds (application_id, kind, title, scheduled_at,"
                              " duration_minutes, status, notes, position)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                              error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, application_id);
  bind_editable_fields (stmt, round);
  sqlite3_bind_int (stmt, 8, (int) position);
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;

  id = cl_database_last_insert_id (self->database);

  if (!cl_database_commit (self->database, error))
    goto fail;

  g_object_set (round, "id", id, "position", position, NULL);
  g_signal_emit (self, signals[ROUNDS_CHANGED], 0, application_id);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_round_store_update_round (ClRoundStore  *self,
                             ClRound       *round,
                             GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ROUND (round), FALSE);

  if (!cl_round_validate (round, error))
    return FALSE;

  if (!cl_database_begin (self->database, error))
    return FALSE;

  stmt = cl_database_prepare (self->database,
                              "UPDATE interview_rounds SET kind = ?2, title = ?3, scheduled_at = ?4,"
                              " duration_minutes = ?5, status = ?6, notes = ?7"
                              " WHERE id = ?1 AND application_id = ?8",
                              error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, cl_round_get_id (round));
  bind_editable_fields (stmt, round);
  sqlite3_bind_int64 (stmt, 8, cl_round_get_application_id (round));
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;

  if (sqlite3_changes (cl_database_get_handle (self->database)) != 1)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This round no longer exists."));
      goto fail;
    }

  if (!cl_database_commit (self->database, error))
    goto fail;

  g_signal_emit (self, signals[ROUNDS_CHANGED], 0, cl_round_get_application_id (round));
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_round_store_delete_round (ClRoundStore  *self,
                             ClRound       *round,
                             GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 application_id = 0;
  int position = 0;
  int rc;

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ROUND (round), FALSE);

  if (!cl_database_begin (self->database, error))
    return FALSE;

  /* The stored place counts, not the object's, which a view may hold stale. */
  stmt = cl_database_prepare (self->database,
                              "SELECT application_id, position FROM interview_rounds WHERE id = ?1",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, cl_round_get_id (round));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      application_id = sqlite3_column_int64 (stmt, 0);
      position = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This round no longer exists."));
      goto fail;
    }
  if (rc != SQLITE_ROW)
    {
      cl_database_set_error (self->database, rc, error);
      goto fail;
    }

  stmt = cl_database_prepare (self->database, "DELETE FROM interview_rounds WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, cl_round_get_id (round));
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;

  stmt = cl_database_prepare (self->database,
                              "UPDATE interview_rounds SET position = position - 1"
                              " WHERE application_id = ?1 AND position > ?2",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, application_id);
  sqlite3_bind_int (stmt, 2, position);
  if (!cl_database_step_done (self->database, stmt, error) ||
      !cl_database_commit (self->database, error))
    goto fail;

  g_signal_emit (self, signals[ROUNDS_CHANGED], 0, application_id);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}
