/* cl-red-flag-store.c — the red flags checklist of each application
 *
 * The checklist is read when an application's page opens: every listed
 * kind, stored or not, then the user's own flags.  A listed kind's row is
 * made the first time it is checked and kept when unchecked, with its note.
 * The card counts the checked ones (ClCardFacts).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-red-flag-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-red-flag-store.h"
#include "cl-statement.h"
#include "cl-transaction.h"

struct _ClRedFlagStore
{
  ClStore parent_instance;
};

G_DEFINE_FINAL_TYPE (ClRedFlagStore, cl_red_flag_store, CL_TYPE_STORE)

enum
{
  FLAGS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cl_red_flag_store_changed (ClStore     *store,
                           ClChangeSet *change_set)
{
  cl_store_emit_per_application (store, change_set, CL_TABLE_RED_FLAGS, signals[FLAGS_CHANGED]);
}

static void
cl_red_flag_store_class_init (ClRedFlagStoreClass *klass)
{
  CL_STORE_CLASS (klass)->changed = cl_red_flag_store_changed;

  /**
   * ClRedFlagStore::flags-changed:
   * @application_id: the application whose red flags changed, or 0 for any
   */
  signals[FLAGS_CHANGED] =
    g_signal_new ("flags-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
cl_red_flag_store_init (ClRedFlagStore *self)
{
}

ClRedFlagStore *
cl_red_flag_store_new (ClDatabase *database,
                       ClClock    *clock)
{
  return g_object_new (CL_TYPE_RED_FLAG_STORE, "database", database, "clock", clock, NULL);
}

typedef struct
{
  ClRedFlag *listed[CL_RED_FLAG_KIND_OTHER];
  GPtrArray *own;
} Checklist;

static gboolean
add_row_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  Checklist    *list = user_data;
  ClRedFlag    *flag = cl_model_new_from_row (CL_TYPE_RED_FLAG, stmt, 0);
  ClRedFlagKind kind = cl_red_flag_get_kind (flag);

  if (kind < CL_RED_FLAG_KIND_OTHER && list->listed[kind] == NULL)
    list->listed[kind] = flag;
  else
    g_ptr_array_add (list->own, flag);
  return TRUE;
}

GListModel *
cl_red_flag_store_list_for_application (ClRedFlagStore *self,
                                        gint64          application_id,
                                        GError        **error)
{
  static char *sql;
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func (g_object_unref);
  Checklist   list = { { NULL }, own };
  GListStore *flags;
  gboolean    ok;

  g_return_val_if_fail (CL_IS_RED_FLAG_STORE (self), NULL);

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("SELECT %s FROM red_flags"
                                              " WHERE application_id = ?1 ORDER BY id",
                                              cl_model_class_get_columns (CL_TYPE_RED_FLAG, "")));

  ok = cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_row_cb, &list, error, sql,
                            "x", application_id);

  flags = g_list_store_new (CL_TYPE_RED_FLAG);
  for (guint kind = 0; kind < CL_RED_FLAG_KIND_OTHER; kind++)
    {
      g_autoptr(ClRedFlag) flag = list.listed[kind];

      if (flag == NULL)
        {
          /* Not stored yet: an unchecked entry of the list. */
          flag = cl_red_flag_new (application_id, kind, NULL);
          g_object_set (flag, "checked", FALSE, NULL);
        }
      g_list_store_append (flags, flag);
    }
  for (guint i = 0; i < own->len; i++)
    g_list_store_append (flags, g_ptr_array_index (own, i));

  if (!ok)
    {
      g_object_unref (flags);
      return NULL;
    }
  return G_LIST_MODEL (flags);
}

static void
touch (ClTransaction *tx,
       gint64         application_id)
{
  /* The card's badge counts the checked flags. */
  cl_transaction_touch (tx, CL_TABLE_RED_FLAGS, CL_ENTITY_APPLICATION, application_id);
}

gboolean
cl_red_flag_store_save_flag (ClRedFlagStore *self,
                             ClRedFlag      *flag,
                             GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClRedFlag) copy = NULL;
  const char   *not_found = _ ("This red flag no longer exists.");
  gint64        application_id;
  gint64        id;
  ClRedFlagKind kind;

  g_return_val_if_fail (CL_IS_RED_FLAG_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_RED_FLAG (flag), FALSE);

  copy = cl_red_flag_copy (flag);
  cl_model_normalize (CL_MODEL (copy));
  if (!cl_model_validate (CL_MODEL (copy), error))
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  application_id = cl_red_flag_get_application_id (copy);
  kind = cl_red_flag_get_kind (copy);
  id = cl_red_flag_get_id (copy);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_require_row (database, _ ("This application no longer exists."), error,
                                "SELECT 1 FROM applications WHERE id = ?1", "x", application_id))
    return FALSE;

  /* A listed kind shown unstored may have been stored since (another
   * window): save into that row rather than make a second. */
  if (id == 0 && kind != CL_RED_FLAG_KIND_OTHER)
    {
      if (!cl_database_query_int64 (database, &id, NULL, error,
                                    "SELECT coalesce ((SELECT id FROM red_flags"
                                    " WHERE application_id = ?1 AND kind = ?2), 0)",
                                    "xe", application_id, CL_TYPE_RED_FLAG_KIND, (int) kind))
        return FALSE;
      cl_model_set_int64 (CL_MODEL (copy), "id", id);
    }

  if (id == 0)
    {
      if (!cl_model_insert (CL_MODEL (copy), database, &id, error, NULL, NULL))
        return FALSE;
    }
  else if (!cl_database_require_row (database, not_found, error,
                                     "SELECT 1 FROM red_flags"
                                     " WHERE id = ?1 AND application_id = ?2",
                                     "xx", id, application_id) ||
           !cl_model_update (CL_MODEL (copy), database, not_found, error, NULL, NULL))
    return FALSE;
  touch (tx, application_id);

  if (!cl_transaction_commit (tx, error))
    return FALSE;

  cl_model_assign (CL_MODEL (flag), CL_MODEL (copy), FALSE);
  cl_model_set_int64 (CL_MODEL (flag), "id", id);
  return TRUE;
}

gboolean
cl_red_flag_store_delete_flag (ClRedFlagStore *self,
                               ClRedFlag      *flag,
                               GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_RED_FLAG_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_RED_FLAG (flag), FALSE);

  if (cl_red_flag_get_kind (flag) != CL_RED_FLAG_KIND_OTHER)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _ ("A listed red flag cannot be removed; uncheck it instead."));
      return FALSE;
    }

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute_one (database, _ ("This red flag no longer exists."), error,
                                "DELETE FROM red_flags WHERE id = ?1 AND application_id = ?2", "xx",
                                cl_red_flag_get_id (flag), cl_red_flag_get_application_id (flag)))
    return FALSE;
  touch (tx, cl_red_flag_get_application_id (flag));
  return cl_transaction_commit (tx, error);
}
