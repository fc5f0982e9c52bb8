/* cl-round-store.c — the interview rounds of applications
 *
 * An application has a handful of rounds, read when its page opens, so lists
 * are built on demand.  Each change is one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-round-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-deletion-private.h"
#include "cl-model-private.h"
#include "cl-round-store.h"
#include "cl-statement.h"
#include "cl-transaction.h"

struct _ClRoundStore
{
  ClStore parent_instance;
};

G_DEFINE_FINAL_TYPE (ClRoundStore, cl_round_store, CL_TYPE_STORE)

enum
{
  ROUNDS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cl_round_store_changed (ClStore     *store,
                        ClChangeSet *change_set)
{
  cl_store_emit_per_application (store, change_set, CL_TABLE_INTERVIEW_ROUNDS,
                                 signals[ROUNDS_CHANGED]);
}

static void
cl_round_store_class_init (ClRoundStoreClass *klass)
{
  ClStoreClass *store_class = CL_STORE_CLASS (klass);

  store_class->changed = cl_round_store_changed;

  /**
   * ClRoundStore::rounds-changed:
   * @application_id: the application whose rounds changed, or 0 for any
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
  return g_object_new (CL_TYPE_ROUND_STORE, "database", database, "clock", clock, NULL);
}

static gboolean
add_row_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  g_autoptr(ClRound) round = cl_model_new_from_row (CL_TYPE_ROUND, stmt, 0);

  g_list_store_append (user_data, round);
  return TRUE;
}

GListModel *
cl_round_store_list_for_application (ClRoundStore *self,
                                     gint64        application_id,
                                     GError      **error)
{
  static char *sql;
  g_autoptr(GListStore) rounds = NULL;

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), NULL);

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("SELECT %s FROM interview_rounds"
                                              " WHERE application_id = ?1 ORDER BY position, id",
                                              cl_model_class_get_columns (CL_TYPE_ROUND, "")));

  rounds = g_list_store_new (CL_TYPE_ROUND);
  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_row_cb, rounds, error,
                            sql, "x", application_id))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&rounds));
}

static void
touch (ClTransaction *tx,
       gint64         round_id,
       gint64         application_id)
{
  cl_transaction_touch (tx, CL_TABLE_INTERVIEW_ROUNDS, CL_ENTITY_ROUND, round_id);
  /* The card's next date comes from its rounds. */
  cl_transaction_touch (tx, CL_TABLE_INTERVIEW_ROUNDS, CL_ENTITY_APPLICATION, application_id);
}

/* A normalized, valid copy of what is to be saved. */
static ClRound *
prepare (ClRound *round,
         GError **error)
{
  g_autoptr(ClRound) copy = cl_round_copy (round);

  cl_model_normalize (CL_MODEL (copy));
  if (!cl_model_validate (CL_MODEL (copy), error))
    return NULL;
  return g_steal_pointer (&copy);
}

gboolean
cl_round_store_add_round (ClRoundStore *self,
                          ClRound      *round,
                          GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClRound) copy = NULL;
  gint64 application_id;
  gint64 position = 0;
  gint64 id = 0;

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ROUND (round), FALSE);
  g_return_val_if_fail (cl_round_get_id (round) == 0, FALSE);

  copy = prepare (round, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  application_id = cl_round_get_application_id (copy);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_query_int64 (
        database, &position,
        _ ("The application of this round no longer exists. "
           "Open the application again, then add the round."),
        error,
        "SELECT (SELECT coalesce (max (position) + 1, 0) FROM interview_rounds"
        "        WHERE application_id = ?1)"
        " FROM applications WHERE id = ?1",
        "x", application_id) ||
      !cl_model_insert (CL_MODEL (copy), database, &id, error, "position", "x", position))
    return FALSE;
  touch (tx, id, application_id);

  if (!cl_transaction_commit (tx, error))
    return FALSE;

  /* A round is no shared object: the caller's becomes the saved one. */
  cl_model_assign (CL_MODEL (round), CL_MODEL (copy), FALSE);
  cl_model_set_int64 (CL_MODEL (round), "id", id);
  cl_model_set_uint (CL_MODEL (round), "position", (guint) position);
  return TRUE;
}

gboolean
cl_round_store_update_round (ClRoundStore *self,
                             ClRound      *round,
                             GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClRound) copy = NULL;
  gboolean exists = FALSE;

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ROUND (round), FALSE);

  copy = prepare (round, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !cl_database_row_exists (
                      database, &exists, error,
                      "SELECT 1 FROM interview_rounds WHERE id = ?1 AND application_id = ?2", "xx",
                      cl_round_get_id (copy), cl_round_get_application_id (copy)))
    return FALSE;
  if (!exists)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("This round no longer exists."));
      return FALSE;
    }
  if (!cl_model_update (CL_MODEL (copy), database, _ ("This round no longer exists."), error, NULL,
                        NULL))
    return FALSE;
  touch (tx, cl_round_get_id (copy), cl_round_get_application_id (copy));

  if (!cl_transaction_commit (tx, error))
    return FALSE;

  cl_model_assign (CL_MODEL (round), CL_MODEL (copy), FALSE);
  return TRUE;
}

gboolean
cl_round_store_delete_round (ClRoundStore *self,
                             ClRound      *round,
                             ClDeletion  **out_deletion,
                             GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  gint64 application_id;

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ROUND (round), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);

  /* The stored place counts, not the object's, which a view may hold stale. */
  if (tx == NULL ||
      (deletion = cl_deletion_capture (database, "interview_rounds", cl_round_get_id (round),
                                       error)) == NULL)
    {
      if (error != NULL && g_error_matches (*error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND))
        {
          g_clear_error (error);
          g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                               _ ("This round no longer exists."));
        }
      return FALSE;
    }
  application_id = cl_deletion_get_int64 (deletion, "application_id", 0);
  if (!cl_database_execute (database, error, "DELETE FROM interview_rounds WHERE id = ?1", "x",
                            cl_round_get_id (round)) ||
      !cl_database_execute (database, error,
                            "UPDATE interview_rounds SET position = position - 1"
                            " WHERE application_id = ?1 AND position > ?2",
                            "xx", application_id,
                            cl_deletion_get_int64 (deletion, "position", 0)))
    return FALSE;
  touch (tx, cl_round_get_id (round), application_id);
  if (!cl_transaction_commit (tx, error))
    return FALSE;

  if (out_deletion != NULL)
    *out_deletion = g_steal_pointer (&deletion);
  return TRUE;
}

gboolean
cl_round_store_undo_delete (ClRoundStore *self,
                            ClDeletion   *deletion,
                            GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 application_id;

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), FALSE);
  g_return_val_if_fail (deletion != NULL, FALSE);
  g_return_val_if_fail (g_str_equal (cl_deletion_get_table (deletion), "interview_rounds"), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  application_id = cl_deletion_get_int64 (deletion, "application_id", 0);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute (database, error,
                            "UPDATE interview_rounds SET position = position + 1"
                            " WHERE application_id = ?1 AND position >= ?2",
                            "xx", application_id,
                            cl_deletion_get_int64 (deletion, "position", 0)) ||
      !cl_deletion_restore (deletion, database, error))
    return FALSE;
  touch (tx, cl_deletion_get_id (deletion), application_id);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_round_store_move_round (ClRoundStore *self,
                           ClRound      *round,
                           guint         position,
                           GError      **error)
{
  const char *not_found = _ ("This round no longer exists.");
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 application_id = 0;
  gint64 from = 0;
  gint64 last = 0;
  gint64 to;

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ROUND (round), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_query_int64 (database, &application_id, not_found, error,
                                "SELECT application_id FROM interview_rounds WHERE id = ?1", "x",
                                cl_round_get_id (round)) ||
      !cl_database_query_int64 (database, &from, not_found, error,
                                "SELECT position FROM interview_rounds WHERE id = ?1", "x",
                                cl_round_get_id (round)) ||
      !cl_database_query_int64 (database, &last, not_found, error,
                                "SELECT max (position) FROM interview_rounds"
                                " WHERE application_id = ?1",
                                "x", application_id))
    return FALSE;

  to = MIN ((gint64) position, last);
  if (to == from)
    return TRUE;

  /* The rounds between the two places shift by one towards the old place. */
  if (!cl_database_execute (database, error,
                            "UPDATE interview_rounds"
                            " SET position = position + (CASE WHEN ?2 > ?3 THEN 1 ELSE -1 END)"
                            " WHERE application_id = ?1 AND id <> ?4"
                            " AND position BETWEEN min (?2, ?3) AND max (?2, ?3)",
                            "xxxx", application_id, from, to, cl_round_get_id (round)) ||
      !cl_database_execute (database, error,
                            "UPDATE interview_rounds SET position = ?2 WHERE id = ?1", "xx",
                            cl_round_get_id (round), to))
    return FALSE;
  touch (tx, cl_round_get_id (round), application_id);
  if (!cl_transaction_commit (tx, error))
    return FALSE;

  cl_model_set_uint (CL_MODEL (round), "position", (guint) to);
  return TRUE;
}

static gboolean
add_id_cb (sqlite3_stmt *stmt,
           gpointer      user_data,
           GError      **error)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);

  g_array_append_val ((GArray *) user_data, id);
  return TRUE;
}

GArray *
cl_round_store_get_interviewers (ClRoundStore *self,
                                 gint64        round_id,
                                 GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), NULL);

  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_id_cb, ids, error,
                            "SELECT c.id FROM round_interviewers ri"
                            " JOIN contacts c ON c.id = ri.contact_id"
                            " WHERE ri.round_id = ?1 ORDER BY c.name COLLATE NOCASE, c.id",
                            "x", round_id))
    return NULL;
  return g_steal_pointer (&ids);
}

gboolean
cl_round_store_set_interviewers (ClRoundStore *self,
                                 ClRound      *round,
                                 const gint64 *contact_ids,
                                 guint         n_ids,
                                 GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 round_id;

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ROUND (round), FALSE);
  g_return_val_if_fail (n_ids == 0 || contact_ids != NULL, FALSE);

  database = cl_store_get_database (CL_STORE (self));
  round_id = cl_round_get_id (round);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_require_row (database, _ ("This round no longer exists."), error,
                                "SELECT 1 FROM interview_rounds WHERE id = ?1", "x", round_id) ||
      !cl_database_execute (database, error, "DELETE FROM round_interviewers WHERE round_id = ?1",
                            "x", round_id))
    return FALSE;

  for (guint i = 0; i < n_ids; i++)
    {
      if (!cl_database_require_row (database,
                                    _ ("One of the interviewers is no longer among your "
                                       "contacts. Choose them again."),
                                    error, "SELECT 1 FROM contacts WHERE id = ?1", "x",
                                    contact_ids[i]) ||
          !cl_database_execute (database, error,
                                "INSERT OR IGNORE INTO round_interviewers (round_id, contact_id)"
                                " VALUES (?1, ?2)",
                                "xx", round_id, contact_ids[i]))
        return FALSE;
      cl_transaction_touch (tx, CL_TABLE_INTERVIEW_ROUNDS, CL_ENTITY_CONTACT, contact_ids[i]);
    }
  touch (tx, round_id, cl_round_get_application_id (round));
  return cl_transaction_commit (tx, error);
}

static void
interviewed_round_clear (gpointer data)
{
  ClInterviewedRound *link = data;

  g_clear_object (&link->round);
  g_clear_pointer (&link->company_name, g_free);
  g_clear_pointer (&link->role, g_free);
}

static gboolean
add_interviewed_round_cb (sqlite3_stmt *stmt,
                          gpointer      user_data,
                          GError      **error)
{
  ClInterviewedRound link = {
    .company_name = cl_column_dup (stmt, 0),
    .role = cl_column_dup (stmt, 1),
    .archived = sqlite3_column_type (stmt, 2) != SQLITE_NULL,
    .round = cl_model_new_from_row (CL_TYPE_ROUND, stmt, 3),
  };

  g_array_append_val ((GArray *) user_data, link);
  return TRUE;
}

GArray *
cl_round_store_list_for_interviewer (ClRoundStore *self,
                                     gint64        contact_id,
                                     GError      **error)
{
  static char *sql;
  g_autoptr(GArray) links = g_array_new (FALSE, TRUE, sizeof (ClInterviewedRound));

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), NULL);

  if (g_once_init_enter (&sql))
    g_once_init_leave (
      &sql, g_strdup_printf ("SELECT c.name, a.role, a.archived_at, %s FROM round_interviewers ri"
                             " JOIN interview_rounds r ON r.id = ri.round_id"
                             " JOIN applications a ON a.id = r.application_id"
                             " LEFT JOIN companies c ON c.id = a.company_id"
                             " WHERE ri.contact_id = ?1"
                             " ORDER BY r.scheduled_at IS NULL, r.scheduled_at DESC,"
                             " c.name COLLATE NOCASE, a.id, r.position",
                             cl_model_class_get_columns (CL_TYPE_ROUND, "r.")));

  g_array_set_clear_func (links, interviewed_round_clear);
  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_interviewed_round_cb,
                            links, error, sql, "x", contact_id))
    return NULL;
  return g_steal_pointer (&links);
}
