/* cl-company-store.c — the employers, shared by applications and contacts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-company-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-company-store-private.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-object-list.h"
#include "cl-statement.h"
#include "cl-transaction.h"

struct _ClCompanyStore
{
  ClStore       parent_instance;

  ClObjectList *companies;
};

G_DEFINE_FINAL_TYPE (ClCompanyStore, cl_company_store, CL_TYPE_STORE)

static const char *
select_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("SELECT %s FROM companies",
                                              cl_model_class_get_columns (CL_TYPE_COMPANY, "")));
  return sql;
}

static gboolean
add_row_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  g_ptr_array_add (user_data, cl_model_new_from_row (CL_TYPE_COMPANY, stmt, 0));
  return TRUE;
}

static gpointer
cl_company_store_read (ClStore    *store,
                       ClDatabase *database,
                       GError    **error)
{
  g_autoptr(GPtrArray) companies = g_ptr_array_new_with_free_func (g_object_unref);

  if (!cl_database_foreach (database, add_row_cb, companies, error,
                            select_sql (), NULL))
    return NULL;
  return g_steal_pointer (&companies);
}

static void
cl_company_store_apply (ClStore *store,
                        gpointer data)
{
  cl_object_list_replace_all (CL_COMPANY_STORE (store)->companies, data);
}

static void
cl_company_store_free_read (gpointer data)
{
  g_ptr_array_unref (data);
}

/* Reads one company's row again into the list; NULL when it is gone. */
static ClCompany *
refresh (ClCompanyStore *self,
         gint64          id)
{
  static char *sql;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strconcat (select_sql (), " WHERE id = ?1", NULL));

  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_row_cb, rows, &error,
                            sql, "x", id))
    {
      g_warning ("Could not read company %" G_GINT64_FORMAT " again: %s", id, error->message);
      return cl_object_list_lookup (self->companies, id);
    }
  if (rows->len == 0)
    {
      cl_object_list_remove (self->companies, id);
      return NULL;
    }
  return cl_object_list_update (self->companies, g_ptr_array_index (rows, 0));
}

static void
cl_company_store_changed (ClStore     *store,
                          ClChangeSet *change_set)
{
  ClCompanyStore *self = CL_COMPANY_STORE (store);
  const gint64   *ids;
  guint           n_ids;

  if (cl_change_set_is_external (change_set))
    {
      CL_STORE_CLASS (cl_company_store_parent_class)->changed (store, change_set);
      return;
    }

  ids = cl_change_set_get_ids (change_set, CL_ENTITY_COMPANY, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    refresh (self, ids[i]);
}

ClCompany *
cl_company_store_get (ClCompanyStore *self,
                      gint64          company_id)
{
  ClCompany *company = cl_object_list_lookup (self->companies, company_id);

  return company != NULL ? company : refresh (self, company_id);
}

static void
cl_company_store_dispose (GObject *object)
{
  ClCompanyStore *self = CL_COMPANY_STORE (object);

  g_clear_pointer (&self->companies, cl_object_list_free);

  G_OBJECT_CLASS (cl_company_store_parent_class)->dispose (object);
}

static void
cl_company_store_class_init (ClCompanyStoreClass *klass)
{
  ClStoreClass *store_class = CL_STORE_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cl_company_store_dispose;
  store_class->read = cl_company_store_read;
  store_class->apply = cl_company_store_apply;
  store_class->free_read = cl_company_store_free_read;
  store_class->changed = cl_company_store_changed;
}

static void
cl_company_store_init (ClCompanyStore *self)
{
  self->companies = cl_object_list_new_by_name (CL_TYPE_COMPANY, "name");
}

ClCompanyStore *
cl_company_store_new (ClDatabase *database,
                      ClClock    *clock)
{
  return g_object_new (CL_TYPE_COMPANY_STORE, "database", database, "clock", clock, NULL);
}

GListModel *
cl_company_store_get_companies (ClCompanyStore *self)
{
  g_return_val_if_fail (CL_IS_COMPANY_STORE (self), NULL);

  return cl_object_list_get_model (self->companies);
}

ClCompany *
cl_company_store_find (ClCompanyStore *self,
                       gint64          company_id)
{
  g_return_val_if_fail (CL_IS_COMPANY_STORE (self), NULL);

  return cl_object_list_lookup (self->companies, company_id);
}

ClCompany *
cl_company_store_find_by_name (ClCompanyStore *self,
                               const char     *name)
{
  GListModel *model;
  guint       n;

  g_return_val_if_fail (CL_IS_COMPANY_STORE (self), NULL);

  model = cl_object_list_get_model (self->companies);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClCompany) company = g_list_model_get_item (model, i);

      if (cl_company_name_equal (cl_company_get_name (company), name))
        return company;
    }
  return NULL;
}

static gboolean
write_company (ClDatabase *database,
               ClCompany  *company,
               GError    **error)
{
  if (!cl_model_update (CL_MODEL (company), database, _ ("This company no longer exists."), error,
                        NULL, NULL))
    return FALSE;
  cl_database_touch (database, CL_TABLE_COMPANIES, CL_ENTITY_COMPANY, cl_company_get_id (company));
  return TRUE;
}

static gboolean
insert_company (ClDatabase *database,
                ClCompany  *company,
                gint64     *out_id,
                GError    **error)
{
  if (!cl_model_insert (CL_MODEL (company), database, out_id, error, NULL, NULL))
    return FALSE;
  cl_database_touch (database, CL_TABLE_COMPANIES, CL_ENTITY_COMPANY, *out_id);
  return TRUE;
}

gboolean
cl_company_store_resolve (ClCompanyStore *self,
                          ClCompany      *wanted,
                          ClCompany      *previous,
                          gint64         *out_company_id,
                          GError        **error)
{
  ClDatabase *database = cl_store_get_database (CL_STORE (self));
  g_autoptr(ClCompany) company = NULL;
  ClCompany *stored = NULL;
  gint64     found = 0;
  gint64     id;

  *out_company_id = 0;
  if (wanted == NULL || cl_model_is_blank (cl_company_get_name (wanted)))
    return TRUE;

  id = cl_company_get_id (wanted);
  company = CL_MODEL_COPY (wanted, ClCompany);
  cl_model_normalize (CL_MODEL (company));

  if (id != 0)
    stored = cl_company_store_find (self, id);
  if (stored != NULL &&
      cl_company_name_equal (cl_company_get_name (stored), cl_company_get_name (company)))
    {
      /* The same company; only what changed is written. */
      if (!cl_model_equal (CL_MODEL (stored), CL_MODEL (company)) &&
          !write_company (database, company, error))
        return FALSE;
      *out_company_id = id;
      return TRUE;
    }

  if (!cl_database_query_int64 (database, &found, NULL, error,
                                "SELECT id FROM companies WHERE name = ?1", "s",
                                cl_company_get_name (company)))
    return FALSE;

  if (found != 0)
    {
      ClCompanyType shown = previous != NULL ? cl_company_get_company_type (previous)
                                             : CL_COMPANY_TYPE_UNKNOWN;

      if (cl_company_get_company_type (company) != shown &&
          !cl_database_execute (database, error,
                                "UPDATE companies SET company_type = ?2 WHERE id = ?1", "xe", found,
                                CL_TYPE_COMPANY_TYPE, (int) cl_company_get_company_type (company)))
        return FALSE;
      if (cl_company_get_company_type (company) != shown)
        cl_database_touch (database, CL_TABLE_COMPANIES, CL_ENTITY_COMPANY, found);
      *out_company_id = found;
      return TRUE;
    }

  return insert_company (database, company, out_company_id, error);
}

gboolean
cl_company_store_update_company (ClCompanyStore *self,
                                 ClCompany      *company,
                                 GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClCompany) copy = NULL;
  gint64 id;
  gint64 other = 0;

  g_return_val_if_fail (CL_IS_COMPANY_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_COMPANY (company), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  id = cl_company_get_id (company);
  copy = CL_MODEL_COPY (company, ClCompany);
  cl_model_normalize (CL_MODEL (copy));
  if (!cl_model_validate (CL_MODEL (copy), error))
    return FALSE;

  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return FALSE;

  if (!cl_database_query_int64 (database, &other, NULL, error,
                                "SELECT id FROM companies WHERE name = ?1 AND id <> ?2", "sx",
                                cl_company_get_name (copy), id))
    return FALSE;
  if (other != 0)
    {
      const char      *fields[] = { "name", NULL };
      g_autofree char *message =
        g_strdup_printf (_ ("Another company is already called “%s”. Choose another name."),
                         cl_company_get_name (copy));

      g_propagate_error (error,
                         cl_validation_error_new (CL_VALIDATION_ERROR_DUPLICATE, fields, message));
      return FALSE;
    }

  if (!write_company (database, copy, error))
    return FALSE;

  return cl_transaction_commit (tx, error);
}
