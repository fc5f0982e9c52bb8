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

static gpointer
cl_round_store_read (ClStore    *store,
                     ClDatabase *database,
                     GError    **error)
{
  /* Nothing is kept: a non-NULL token for "read". */
  return GINT_TO_POINTER (1);
}

static void
cl_round_store_apply (ClStore *store,
                      gpointer data)
{
}

static void
cl_round_store_free_read (gpointer data)
{
}

static void
cl_round_store_changed (ClStore     *store,
                        ClChangeSet *change_set)
{
  g_autoptr(GArray) ids = NULL;

  if (cl_change_set_is_external (change_set))
    {
      g_signal_emit (store, signals[ROUNDS_CHANGED], 0, (gint64) 0);
      return;
    }

  ids = cl_change_set_get_ids_in (change_set, CL_TABLE_INTERVIEW_ROUNDS, CL_ENTITY_APPLICATION);
  for (guint i = 0; i < ids->len; i++)
    g_signal_emit (store, signals[ROUNDS_CHANGED], 0, g_array_index (ids, gint64, i));
}

static void
cl_round_store_class_init (ClRoundStoreClass *klass)
{
  ClStoreClass *store_class = CL_STORE_CLASS (klass);

  store_class->read = cl_round_store_read;
  store_class->apply = cl_round_store_apply;
  store_class->free_read = cl_round_store_free_read;
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
                             GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  const char *not_found = _ ("This round no longer exists.");
  gint64      application_id = 0;
  gint64      position = 0;

  g_return_val_if_fail (CL_IS_ROUND_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ROUND (round), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);

  /* The stored place counts, not the object's, which a view may hold stale. */
  if (tx == NULL ||
      !cl_database_query_int64 (database, &application_id, not_found, error,
                                "SELECT application_id FROM interview_rounds WHERE id = ?1", "x",
                                cl_round_get_id (round)) ||
      !cl_database_query_int64 (database, &position, not_found, error,
                                "SELECT position FROM interview_rounds WHERE id = ?1", "x",
                                cl_round_get_id (round)) ||
      !cl_database_execute (database, error, "DELETE FROM interview_rounds WHERE id = ?1", "x",
                            cl_round_get_id (round)) ||
      !cl_database_execute (database, error,
                            "UPDATE interview_rounds SET position = position - 1"
                            " WHERE application_id = ?1 AND position > ?2",
                            "xx", application_id, position))
    return FALSE;
  touch (tx, cl_round_get_id (round), application_id);
  return cl_transaction_commit (tx, error);
}
