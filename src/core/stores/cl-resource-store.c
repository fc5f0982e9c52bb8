/* cl-resource-store.c — the books, courses and sites of the prep plan, per domain
 *
 * The table is small (tens of rows), so any change to resources or
 * objectives (whose deletion clears resources.objective_id) reads it all
 * again; the lists keep their instances.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-resource-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-object-list.h"
#include "cl-resource-store.h"
#include "cl-statement.h"
#include "cl-transaction.h"

#define N_DOMAINS (CL_PREP_DOMAIN_INTERVIEW_TIPS + 1)
#define STARTER_PATH "/com/example/CareerLens/prep-resources.json"

struct _ClResourceStore
{
  ClStore       parent_instance;

  ClObjectList *domains[N_DOMAINS];
  ClResource   *adopting; /* a new resource whose row the next change adds */
  gint64        adopting_id;
};

G_DEFINE_FINAL_TYPE (ClResourceStore, cl_resource_store, CL_TYPE_STORE)

static gboolean
valid_domain (ClPrepDomain domain)
{
  return (guint) domain < N_DOMAINS;
}

static const char *
select_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("SELECT %s FROM resources ORDER BY id",
                                              cl_model_class_get_columns (CL_TYPE_RESOURCE, "")));
  return sql;
}

static gboolean
add_row_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  g_ptr_array_add (user_data, cl_model_new_from_row (CL_TYPE_RESOURCE, stmt, 0));
  return TRUE;
}

static gpointer
cl_resource_store_read (ClStore    *store,
                        ClDatabase *database,
                        GError    **error)
{
  g_autoptr(GPtrArray) resources = g_ptr_array_new_with_free_func (g_object_unref);

  if (!cl_database_foreach (database, add_row_cb, resources, error, select_sql (), NULL))
    return NULL;
  return g_steal_pointer (&resources);
}

/* The shared object of @id, in whichever list. */
static ClResource *
lookup (ClResourceStore *self,
        gint64           id)
{
  for (guint domain = 0; domain < N_DOMAINS; domain++)
    {
      ClResource *resource = cl_object_list_lookup (self->domains[domain], id);

      if (resource != NULL)
        return resource;
    }
  return NULL;
}

static void
cl_resource_store_apply (ClStore *store,
                         gpointer data)
{
  ClResourceStore *self = CL_RESOURCE_STORE (store);
  g_autoptr(GPtrArray) resources = data;
  GPtrArray *groups[N_DOMAINS];

  for (guint domain = 0; domain < N_DOMAINS; domain++)
    groups[domain] = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < resources->len; i++)
    {
      ClResource  *fresh = g_ptr_array_index (resources, i);
      ClResource  *shared = lookup (self, cl_resource_get_id (fresh));
      ClPrepDomain domain = cl_resource_get_domain (fresh);

      if (!valid_domain (domain))
        continue;
      /* The same instance, whichever list it moves to; a new row added by
       * this store is the object that was given. */
      if (shared == NULL && self->adopting != NULL &&
          cl_resource_get_id (fresh) == self->adopting_id)
        shared = self->adopting;
      if (shared != NULL)
        {
          cl_model_assign (CL_MODEL (shared), CL_MODEL (fresh), TRUE);
          fresh = shared;
        }
      g_ptr_array_add (groups[domain], g_object_ref (fresh));
    }

  /* (replace_all keeps the instances it already holds, and takes the
   * others as given.) */
  for (guint domain = 0; domain < N_DOMAINS; domain++)
    cl_object_list_replace_all (self->domains[domain], groups[domain]);
}

static void
cl_resource_store_free_read (gpointer data)
{
  g_ptr_array_unref (data);
}

static void
cl_resource_store_changed (ClStore     *store,
                           ClChangeSet *change_set)
{
  g_autoptr(GError) error = NULL;

  if (cl_change_set_is_external (change_set))
    {
      CL_STORE_CLASS (cl_resource_store_parent_class)->changed (store, change_set);
      return;
    }
  if (!cl_change_set_has_table (change_set, CL_TABLE_RESOURCES) &&
      !cl_change_set_has_table (change_set, CL_TABLE_OBJECTIVES))
    return;
  if (!cl_store_load (store, &error))
    g_warning ("Could not read the prep resources again: %s", error->message);
}

static void
cl_resource_store_dispose (GObject *object)
{
  ClResourceStore *self = CL_RESOURCE_STORE (object);

  for (guint i = 0; i < N_DOMAINS; i++)
    g_clear_pointer (&self->domains[i], cl_object_list_free);

  G_OBJECT_CLASS (cl_resource_store_parent_class)->dispose (object);
}

static void
cl_resource_store_class_init (ClResourceStoreClass *klass)
{
  ClStoreClass *store_class = CL_STORE_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cl_resource_store_dispose;
  store_class->read = cl_resource_store_read;
  store_class->apply = cl_resource_store_apply;
  store_class->free_read = cl_resource_store_free_read;
  store_class->changed = cl_resource_store_changed;
}

static void
cl_resource_store_init (ClResourceStore *self)
{
  for (guint i = 0; i < N_DOMAINS; i++)
    self->domains[i] = cl_object_list_new (CL_TYPE_RESOURCE, NULL, NULL);
}

ClResourceStore *
cl_resource_store_new (ClDatabase *database,
                       ClClock    *clock)
{
  return g_object_new (CL_TYPE_RESOURCE_STORE, "database", database, "clock", clock, NULL);
}

GListModel *
cl_resource_store_get_resources (ClResourceStore *self,
                                 ClPrepDomain     domain)
{
  g_return_val_if_fail (CL_IS_RESOURCE_STORE (self), NULL);
  g_return_val_if_fail (valid_domain (domain), NULL);

  return cl_object_list_get_model (self->domains[domain]);
}

ClResource *
cl_resource_store_find_resource (ClResourceStore *self,
                                 gint64           resource_id)
{
  g_return_val_if_fail (CL_IS_RESOURCE_STORE (self), NULL);

  return lookup (self, resource_id);
}

/* A normalized, valid copy, before any SQL. */
static ClResource *
prepare (ClResource *resource,
         GError    **error)
{
  g_autoptr(ClResource) copy = cl_resource_copy (resource);

  cl_model_normalize (CL_MODEL (copy));
  if (!cl_model_validate (CL_MODEL (copy), error))
    return NULL;
  return g_steal_pointer (&copy);
}

/* Inside the transaction: the objective (if any) still exists. */
static gboolean
check_objective (ClDatabase *database,
                 ClResource *copy,
                 GError    **error)
{
  gint64 objective_id = cl_resource_get_objective_id (copy);

  return objective_id == 0 ||
         cl_database_require_row (database,
                                  _ ("The objective this resource serves no longer exists. "
                                     "Choose another objective, or none."),
                                  error, "SELECT 1 FROM objectives WHERE id = ?1", "x",
                                  objective_id);
}

static void
touch (ClTransaction *tx,
       ClResource    *resource)
{
  /* Resources have no entity of their own: the objective they serve names
   * them (0 for none). */
  cl_transaction_touch (tx, CL_TABLE_RESOURCES, CL_ENTITY_OBJECTIVE,
                        cl_resource_get_objective_id (resource));
}

/* Inserts @copy (valid) with @starter_key (may be NULL). */
static gboolean
insert (ClResourceStore *self,
        ClTransaction   *tx,
        ClResource      *copy,
        const char      *starter_key,
        gint64          *out_id,
        GError         **error)
{
  ClDatabase *database = cl_transaction_get_database (tx);

  if (!check_objective (database, copy, error) ||
      !cl_model_insert (CL_MODEL (copy), database, out_id, error, "starter_key, created_at", "sx",
                        starter_key, cl_clock_now (cl_store_get_clock (CL_STORE (self)))))
    return FALSE;
  touch (tx, copy);
  return TRUE;
}

gboolean
cl_resource_store_add_resource (ClResourceStore *self,
                                ClResource      *resource,
                                GError         **error)
{
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClResource) copy = NULL;
  gint64   id = 0;
  gboolean committed;

  g_return_val_if_fail (CL_IS_RESOURCE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_RESOURCE (resource), FALSE);
  g_return_val_if_fail (cl_resource_get_id (resource) == 0, FALSE);

  copy = prepare (resource, error);
  if (copy == NULL)
    return FALSE;
  tx = cl_transaction_begin (cl_store_get_database (CL_STORE (self)), error);
  if (tx == NULL || !insert (self, tx, copy, NULL, &id, error))
    return FALSE;

  self->adopting = resource;
  self->adopting_id = id;
  committed = cl_transaction_commit (tx, error);
  self->adopting = NULL;

  /* Inside a caller's transaction nothing adopted it yet. */
  if (committed && cl_resource_get_id (resource) == 0)
    cl_model_set_int64 (CL_MODEL (resource), "id", id);
  return committed;
}

gboolean
cl_resource_store_update_resource (ClResourceStore *self,
                                   ClResource      *resource,
                                   GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClResource) copy = NULL;
  ClResource *shared;

  g_return_val_if_fail (CL_IS_RESOURCE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_RESOURCE (resource), FALSE);

  shared = lookup (self, cl_resource_get_id (resource));
  if (shared == NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("This resource no longer exists."));
      return FALSE;
    }
  copy = prepare (resource, error);
  if (copy == NULL)
    return FALSE;
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !check_objective (database, copy, error) ||
      !cl_model_update (CL_MODEL (copy), database, _ ("This resource no longer exists."), error,
                        NULL, NULL))
    return FALSE;
  touch (tx, shared);
  touch (tx, copy);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_resource_store_delete_resource (ClResourceStore *self,
                                   ClResource      *resource,
                                   GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_RESOURCE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_RESOURCE (resource), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute_one (database, _ ("This resource no longer exists."), error,
                                "DELETE FROM resources WHERE id = ?1", "x",
                                cl_resource_get_id (resource)))
    return FALSE;
  touch (tx, resource);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_resource_store_set_done (ClResourceStore *self,
                            ClResource      *resource,
                            gboolean         done,
                            GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_RESOURCE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_RESOURCE (resource), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute_one (database, _ ("This resource no longer exists."), error,
                                "UPDATE resources SET done = ?2 WHERE id = ?1", "xb",
                                cl_resource_get_id (resource), done))
    return FALSE;
  touch (tx, resource);
  return cl_transaction_commit (tx, error);
}

/* The starter entries of @domain, from the resource compiled in (the file
 * is ours: a malformed one is a programming error, caught by the tests). */
static JsonArray *
starter_entries (ClPrepDomain domain)
{
  static JsonParser *parser;
  g_autoptr(GEnumClass) domains = g_type_class_ref (CL_TYPE_PREP_DOMAIN);
  JsonObject *root;

  if (g_once_init_enter (&parser))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      JsonParser *loaded = json_parser_new ();

      /* The migrations register the core resource on first use. */
      bytes = g_resources_lookup_data (STARTER_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL ||
          !json_parser_load_from_data (loaded, g_bytes_get_data (bytes, NULL),
                                       (gssize) g_bytes_get_size (bytes), &error))
        g_error ("The starter resources cannot be read: %s", error->message);
      g_once_init_leave (&parser, loaded);
    }

  root = json_node_get_object (json_parser_get_root (parser));
  return json_object_get_array_member (root,
                                       g_enum_get_value (domains, (int) domain)->value_nick);
}

gboolean
cl_resource_store_add_starter_resources (ClResourceStore *self,
                                         ClPrepDomain     domain,
                                         guint           *out_n_added,
                                         GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  JsonArray *entries;
  guint      n_added = 0;

  if (out_n_added != NULL)
    *out_n_added = 0;

  g_return_val_if_fail (CL_IS_RESOURCE_STORE (self), FALSE);
  g_return_val_if_fail (valid_domain (domain), FALSE);

  entries = starter_entries (domain);
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return FALSE;

  for (guint i = 0; entries != NULL && i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);
      const char *key = json_object_get_string_member (entry, "key");
      g_autoptr(ClResource) resource =
                   cl_resource_new (domain, json_object_get_string_member (entry, "title"));
      g_autoptr(ClResource) copy = NULL;
      gboolean exists = FALSE;
      gint64   id = 0;
      int      kind = CL_RESOURCE_KIND_OTHER;

      if (!cl_database_row_exists (database, &exists, error,
                                   "SELECT 1 FROM resources WHERE starter_key = ?1", "s", key))
        return FALSE;
      if (exists)
        continue;
      cl_enum_from_nick (CL_TYPE_RESOURCE_KIND, json_object_get_string_member (entry, "kind"),
                         &kind);
      g_object_set (resource, "kind", kind, "url",
                    json_object_has_member (entry, "url")
                      ? json_object_get_string_member (entry, "url")
                      : NULL,
                    NULL);
      copy = prepare (resource, error);
      if (copy == NULL || !insert (self, tx, copy, key, &id, error))
        return FALSE;
      n_added++;
    }

  if (!cl_transaction_commit (tx, error))
    return FALSE;
  if (out_n_added != NULL)
    *out_n_added = n_added;
  return TRUE;
}
