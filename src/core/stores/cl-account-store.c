/* cl-account-store.c — the user's job-site accounts, without their passwords
 *
 * Few rows (tens): any change to accounts or applications (whose deletion
 * clears accounts.application_id) reads the table again; the list keeps its
 * instances.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-account-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-account-store.h"
#include "cl-model-private.h"
#include "cl-object-list.h"
#include "cl-statement.h"
#include "cl-transaction.h"

struct _ClAccountStore
{
  ClStore        parent_instance;

  ClSecretVault *vault;
  ClObjectList  *accounts;
  ClAccount     *adopting; /* a new account whose row the next change adds */
  gint64         adopting_id;
};

G_DEFINE_FINAL_TYPE (ClAccountStore, cl_account_store, CL_TYPE_STORE)

static const char *
select_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("SELECT %s FROM accounts ORDER BY id",
                                              cl_model_class_get_columns (CL_TYPE_ACCOUNT, "")));
  return sql;
}

static gboolean
add_row_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  g_ptr_array_add (user_data, cl_model_new_from_row (CL_TYPE_ACCOUNT, stmt, 0));
  return TRUE;
}

static gpointer
cl_account_store_read (ClStore    *store,
                       ClDatabase *database,
                       GError    **error)
{
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func (g_object_unref);

  if (!cl_database_foreach (database, add_row_cb, accounts, error, select_sql (), NULL))
    return NULL;
  return g_steal_pointer (&accounts);
}

static void
cl_account_store_apply (ClStore *store,
                        gpointer data)
{
  ClAccountStore *self = CL_ACCOUNT_STORE (store);
  GPtrArray      *accounts = data;

  /* A new row added by this store is the object that was given. */
  for (guint i = 0; i < accounts->len && self->adopting != NULL; i++)
    {
      ClAccount *fresh = g_ptr_array_index (accounts, i);

      if (cl_account_get_id (fresh) == self->adopting_id &&
          cl_object_list_lookup (self->accounts, self->adopting_id) == NULL)
        {
          cl_model_assign (CL_MODEL (self->adopting), CL_MODEL (fresh), TRUE);
          g_ptr_array_index (accounts, i) = g_object_ref (self->adopting);
          g_object_unref (fresh);
        }
    }
  cl_object_list_replace_all (self->accounts, accounts);
}

static void
cl_account_store_free_read (gpointer data)
{
  g_ptr_array_unref (data);
}

/* Whether @change_set touched an application one of the accounts is for:
 * deleting it cleared their application_id (the board's moves and edits
 * of other applications, by far the most frequent, read nothing). */
static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 first = *(const gint64 *) a, second = *(const gint64 *) b;

  return (first > second) - (first < second);
}

/* Whether @change_set touched an application one of the accounts is for:
 * deleting it cleared their application_id (the board's moves and edits
 * of other applications, by far the most frequent, read nothing). */
static gboolean
names_an_application_of_ours (ClAccountStore *self,
                              ClChangeSet    *change_set)
{
  GListModel *accounts = cl_object_list_get_model (self->accounts);
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) touched = NULL;
  guint i = 0, j = 0;

  if (!cl_change_set_has_table (change_set, CL_TABLE_APPLICATIONS))
    return FALSE;
  for (guint k = 0; k < g_list_model_get_n_items (accounts); k++)
    {
      g_autoptr(ClAccount) account = g_list_model_get_item (accounts, k);
      gint64 id = cl_account_get_application_id (account);

      if (id != 0)
        g_array_append_val (ours, id);
    }
  if (ours->len == 0)
    return FALSE;
  g_array_sort (ours, compare_ids);
  /* Both sorted: one walk. */
  touched = cl_change_set_get_ids_in (change_set, CL_TABLE_APPLICATIONS, CL_ENTITY_APPLICATION);
  while (i < ours->len && j < touched->len)
    {
      int order = compare_ids (&g_array_index (ours, gint64, i),
                               &g_array_index (touched, gint64, j));

      if (order == 0)
        return TRUE;
      if (order < 0)
        i++;
      else
        j++;
    }
  return FALSE;
}

static void
cl_account_store_changed (ClStore     *store,
                          ClChangeSet *change_set)
{
  g_autoptr(GError) error = NULL;

  if (cl_change_set_is_external (change_set))
    {
      CL_STORE_CLASS (cl_account_store_parent_class)->changed (store, change_set);
      return;
    }
  if (!cl_change_set_has_table (change_set, CL_TABLE_ACCOUNTS) &&
      !names_an_application_of_ours (CL_ACCOUNT_STORE (store), change_set))
    return;
  if (!cl_store_load (store, &error))
    g_warning ("Could not read the accounts again: %s", error->message);
}

static void
cl_account_store_dispose (GObject *object)
{
  ClAccountStore *self = CL_ACCOUNT_STORE (object);

  g_clear_pointer (&self->accounts, cl_object_list_free);
  g_clear_object (&self->vault);

  G_OBJECT_CLASS (cl_account_store_parent_class)->dispose (object);
}

static void
cl_account_store_class_init (ClAccountStoreClass *klass)
{
  ClStoreClass *store_class = CL_STORE_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cl_account_store_dispose;
  store_class->read = cl_account_store_read;
  store_class->apply = cl_account_store_apply;
  store_class->free_read = cl_account_store_free_read;
  store_class->changed = cl_account_store_changed;
}

static void
cl_account_store_init (ClAccountStore *self)
{
  /* By site as people read it (collation keys made once per change). */
  self->accounts = cl_object_list_new_by_name (CL_TYPE_ACCOUNT, "site");
}

ClAccountStore *
cl_account_store_new (ClDatabase    *database,
                      ClClock       *clock,
                      ClSecretVault *vault)
{
  ClAccountStore *self;

  g_return_val_if_fail (CL_IS_SECRET_VAULT (vault), NULL);

  self = g_object_new (CL_TYPE_ACCOUNT_STORE, "database", database, "clock", clock, NULL);
  self->vault = g_object_ref (vault);
  return self;
}

ClSecretVault *
cl_account_store_get_vault (ClAccountStore *self)
{
  g_return_val_if_fail (CL_IS_ACCOUNT_STORE (self), NULL);
  return self->vault;
}

GListModel *
cl_account_store_get_accounts (ClAccountStore *self)
{
  g_return_val_if_fail (CL_IS_ACCOUNT_STORE (self), NULL);
  return cl_object_list_get_model (self->accounts);
}

ClAccount *
cl_account_store_find_account (ClAccountStore *self,
                               gint64          account_id)
{
  g_return_val_if_fail (CL_IS_ACCOUNT_STORE (self), NULL);
  return cl_object_list_lookup (self->accounts, account_id);
}

GListModel *
cl_account_store_list_for_application (ClAccountStore *self,
                                       gint64          application_id)
{
  GListModel *all;
  GListStore *list;

  g_return_val_if_fail (CL_IS_ACCOUNT_STORE (self), NULL);

  all = cl_object_list_get_model (self->accounts);
  list = g_list_store_new (CL_TYPE_ACCOUNT);
  for (guint i = 0; application_id != 0 && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(ClAccount) account = g_list_model_get_item (all, i);

      if (cl_account_get_application_id (account) == application_id)
        g_list_store_append (list, account);
    }
  return G_LIST_MODEL (list);
}

/* A normalized, valid copy, before any SQL. */
static ClAccount *
prepare (ClAccount *account,
         GError   **error)
{
  g_autoptr(ClAccount) copy = cl_account_copy (account);

  cl_model_normalize (CL_MODEL (copy));
  if (!cl_model_validate (CL_MODEL (copy), error))
    return NULL;
  return g_steal_pointer (&copy);
}

/* Inside the transaction: the application (if any) still exists. */
static gboolean
check_application (ClDatabase *database,
                   ClAccount  *copy,
                   GError    **error)
{
  gint64 application_id = cl_account_get_application_id (copy);

  return application_id == 0 ||
         cl_database_require_row (database,
                                  _ ("The application this account belongs to no longer "
                                     "exists. Choose another application, or none."),
                                  error, "SELECT 1 FROM applications WHERE id = ?1", "x",
                                  application_id);
}

gboolean
cl_account_store_check_account (ClAccountStore *self,
                                ClAccount      *account,
                                GError        **error)
{
  g_autoptr(ClAccount) copy = NULL;

  g_return_val_if_fail (CL_IS_ACCOUNT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ACCOUNT (account), FALSE);

  copy = prepare (account, error);
  return copy != NULL && check_application (cl_store_get_database (CL_STORE (self)), copy, error);
}

static void
set_uuid (ClAccount  *account,
          const char *uuid)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, uuid);
  cl_model_set_value (CL_MODEL (account), "uuid", &value);
  g_value_unset (&value);
}

void
cl_account_store_reserve_uuid (ClAccountStore *self,
                               ClAccount      *account)
{
  g_autofree char *uuid = NULL;

  g_return_if_fail (CL_IS_ACCOUNT_STORE (self));
  g_return_if_fail (CL_IS_ACCOUNT (account));
  g_return_if_fail (cl_account_get_id (account) == 0);

  if (cl_account_get_uuid (account) != NULL)
    return;
  /* Random (version 4): never the UUID of an account deleted before. */
  uuid = g_uuid_string_random ();
  set_uuid (account, uuid);
}

static void
touch (ClTransaction *tx,
       ClAccount     *account)
{
  /* Accounts have no entity of their own: the application they belong to
   * names them (0 for none). */
  cl_transaction_touch (tx, CL_TABLE_ACCOUNTS, CL_ENTITY_APPLICATION,
                        cl_account_get_application_id (account));
}

gboolean
cl_account_store_add_account (ClAccountStore *self,
                              ClAccount      *account,
                              GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClAccount) copy = NULL;
  g_autofree char *uuid = NULL;
  gint64           id = 0;
  gboolean         committed;

  g_return_val_if_fail (CL_IS_ACCOUNT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ACCOUNT (account), FALSE);
  g_return_val_if_fail (cl_account_get_id (account) == 0, FALSE);

  copy = prepare (account, error);
  if (copy == NULL)
    return FALSE;
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  /* Random (version 4): never the UUID of an account deleted before. */
  uuid = cl_account_get_uuid (account) != NULL ? g_strdup (cl_account_get_uuid (account))
                                               : g_uuid_string_random ();
  if (tx == NULL || !check_application (database, copy, error) ||
      !cl_model_insert (CL_MODEL (copy), database, &id, error, "uuid, created_at", "sx", uuid,
                        cl_clock_now (cl_store_get_clock (CL_STORE (self)))))
    return FALSE;
  touch (tx, copy);

  self->adopting = account;
  self->adopting_id = id;
  committed = cl_transaction_commit (tx, error);
  self->adopting = NULL;

  /* Inside a caller's transaction nothing adopted it yet. */
  if (committed && cl_account_get_id (account) == 0)
    {
      set_uuid (account, uuid);
      cl_model_set_int64 (CL_MODEL (account), "id", id);
    }
  return committed;
}

gboolean
cl_account_store_update_account (ClAccountStore *self,
                                 ClAccount      *account,
                                 GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClAccount) copy = NULL;
  ClAccount *shared;

  g_return_val_if_fail (CL_IS_ACCOUNT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ACCOUNT (account), FALSE);

  shared = cl_object_list_lookup (self->accounts, cl_account_get_id (account));
  if (shared == NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("This account no longer exists."));
      return FALSE;
    }
  copy = prepare (account, error);
  if (copy == NULL)
    return FALSE;
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !check_application (database, copy, error) ||
      !cl_model_update (CL_MODEL (copy), database, _ ("This account no longer exists."), error,
                        NULL, NULL))
    return FALSE;
  touch (tx, shared);
  touch (tx, copy);
  return cl_transaction_commit (tx, error);
}

static gboolean
add_uuid_cb (sqlite3_stmt *stmt,
             gpointer      user_data,
             GError      **error)
{
  g_ptr_array_add (user_data, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  return TRUE;
}

gboolean
cl_account_store_delete_account (ClAccountStore *self,
                                 ClAccount      *account,
                                 GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (CL_IS_ACCOUNT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ACCOUNT (account), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  /* The UUID as stored, whatever the object says. */
  if (tx == NULL ||
      !cl_database_foreach (database, add_uuid_cb, uuids, error,
                            "SELECT uuid FROM accounts WHERE id = ?1", "x",
                            cl_account_get_id (account)) ||
      !cl_database_execute_one (database, _ ("This account no longer exists."), error,
                                "DELETE FROM accounts WHERE id = ?1", "x",
                                cl_account_get_id (account)))
    return FALSE;
  touch (tx, account);
  if (!cl_transaction_commit (tx, error))
    return FALSE;
  for (guint i = 0; i < uuids->len; i++)
    cl_secret_vault_forget (self->vault, g_ptr_array_index (uuids, i));
  return TRUE;
}

gboolean
cl_account_store_delete_application (ClAccountStore  *self,
                                     ClPipelineStore *pipeline_store,
                                     ClApplication   *application,
                                     gboolean         with_accounts,
                                     ClDeletion     **out_deletion,
                                     GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  gint64 id;

  g_return_val_if_fail (CL_IS_ACCOUNT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_PIPELINE_STORE (pipeline_store), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  id = cl_application_get_id (application);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return FALSE;
  if (with_accounts &&
      (!cl_database_foreach (database, add_uuid_cb, uuids, error,
                             "SELECT uuid FROM accounts WHERE application_id = ?1", "x", id) ||
       !cl_database_execute (database, error, "DELETE FROM accounts WHERE application_id = ?1",
                             "x", id)))
    return FALSE;
  if (uuids->len > 0)
    cl_transaction_touch (tx, CL_TABLE_ACCOUNTS, CL_ENTITY_APPLICATION, id);
  /* Captured after the accounts went: Undo does not bring them back
   * without their passwords. */
  if (!cl_pipeline_store_delete_application (pipeline_store, application, out_deletion, error) ||
      !cl_transaction_commit (tx, error))
    {
      if (out_deletion != NULL && *out_deletion != NULL)
        g_clear_pointer (out_deletion, cl_deletion_unref);
      return FALSE;
    }
  for (guint i = 0; i < uuids->len; i++)
    cl_secret_vault_forget (self->vault, g_ptr_array_index (uuids, i));
  return TRUE;
}
