/* cl-object-list.c — a store's list model of model objects, by id and in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-object-list"

#include "config.h"

#include "cl-model-private.h"
#include "cl-object-list.h"
#include "cl-statement.h"

struct _ClObjectList
{
  GListStore      *store;
  GHashTable      *by_id; /* id → object (borrowed from store) */
  GCompareDataFunc compare;
  gpointer         user_data;
  const char      *key_property; /* for cl_object_list_new_by_name () */
};

/* Each object's sort key, made when it enters the list or changes. */
static GQuark
sort_key_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("cl-object-list-sort-key");
  return quark;
}

static void
make_key (ClObjectList *self,
          gpointer      object)
{
  if (self->key_property != NULL)
    {
      g_autofree char *name = NULL;
      g_autofree char *folded = NULL;

      g_object_get (object, self->key_property, &name, NULL);
      folded = g_utf8_casefold (name != NULL ? name : "", -1);
      g_object_set_qdata_full (object, sort_key_quark (), g_utf8_collate_key (folded, -1), g_free);
    }
}

ClObjectList *
cl_object_list_new_by_name (GType       type,
                            const char *property)
{
  ClObjectList *self = cl_object_list_new (type, NULL, NULL);

  self->key_property = g_intern_string (property);
  return self;
}

ClObjectList *
cl_object_list_new (GType            type,
                    GCompareDataFunc compare,
                    gpointer         user_data)
{
  ClObjectList *self = g_new0 (ClObjectList, 1);

  self->store = g_list_store_new (type);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->compare = compare;
  self->user_data = user_data;
  return self;
}

void
cl_object_list_free (ClObjectList *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->by_id);
  g_object_unref (self->store);
  g_free (self);
}

GListModel *
cl_object_list_get_model (ClObjectList *self)
{
  return G_LIST_MODEL (self->store);
}

gpointer
cl_object_list_lookup (ClObjectList *self,
                       gint64        id)
{
  return g_hash_table_lookup (self->by_id, &id);
}

static int
compare_items (ClObjectList *self,
               gconstpointer a,
               gconstpointer b)
{
  int    cmp = 0;
  gint64 x, y;

  if (self->key_property != NULL)
    cmp = g_strcmp0 (g_object_get_qdata ((GObject *) a, sort_key_quark ()),
                     g_object_get_qdata ((GObject *) b, sort_key_quark ()));
  else if (self->compare != NULL)
    cmp = self->compare (a, b, self->user_data);

  if (cmp != 0)
    return cmp;
  /* Ties in id order, so the order never depends on history. */
  x = cl_model_get_id ((ClModel *) a);
  y = cl_model_get_id ((ClModel *) b);
  return (x > y) - (x < y);
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  return compare_items (user_data, a, b);
}

static int
compare_pointers_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  return compare_items (user_data, *(gpointer *) a, *(gpointer *) b);
}

static void
insert (ClObjectList *self,
        gpointer      object)
{
  g_list_store_insert_sorted (self->store, object, compare_cb, self);
}

/* Whether the item at @index is still between its neighbours. */
static gboolean
in_order (ClObjectList *self,
          guint         index)
{
  GListModel *model = G_LIST_MODEL (self->store);
  guint       n = g_list_model_get_n_items (model);
  g_autoptr(GObject) item = g_list_model_get_item (model, index);

  if (index > 0)
    {
      g_autoptr(GObject) before = g_list_model_get_item (model, index - 1);

      if (compare_items (self, before, item) > 0)
        return FALSE;
    }
  if (index + 1 < n)
    {
      g_autoptr(GObject) after = g_list_model_get_item (model, index + 1);

      if (compare_items (self, item, after) > 0)
        return FALSE;
    }
  return TRUE;
}

gpointer
cl_object_list_update (ClObjectList *self,
                       gpointer      fresh)
{
  gint64   id = cl_model_get_id (fresh);
  gpointer existing = cl_object_list_lookup (self, id);
  guint    index;

  if (existing == NULL)
    {
      g_hash_table_insert (self->by_id, cl_int64_key (id), fresh);
      make_key (self, fresh);
      insert (self, fresh);
      return fresh;
    }

  cl_model_assign (existing, fresh, TRUE);
  make_key (self, existing);
  if (g_list_store_find (self->store, existing, &index) && !in_order (self, index))
    {
      g_object_ref (existing);
      g_list_store_remove (self->store, index);
      insert (self, existing);
      g_object_unref (existing);
    }
  return existing;
}

gboolean
cl_object_list_remove (ClObjectList *self,
                       gint64        id)
{
  gpointer existing = cl_object_list_lookup (self, id);
  guint    index;

  if (existing == NULL || !g_list_store_find (self->store, existing, &index))
    return FALSE;

  g_hash_table_remove (self->by_id, &id);
  g_list_store_remove (self->store, index);
  return TRUE;
}

void
cl_object_list_replace_all (ClObjectList *self,
                            GPtrArray    *objects)
{
  g_autoptr(GPtrArray) fresh = objects;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GListModel *model = G_LIST_MODEL (self->store);
  guint       n = g_list_model_get_n_items (model);
  gboolean    same = TRUE;

  for (guint i = 0; i < fresh->len; i++)
    {
      gpointer object = g_ptr_array_index (fresh, i);
      gint64   id = cl_model_get_id (object);
      gpointer existing = cl_object_list_lookup (self, id);

      if (existing != NULL)
        {
          cl_model_assign (existing, object, TRUE);
          object = existing;
        }
      make_key (self, object);
      g_ptr_array_add (items, g_object_ref (object));
      g_hash_table_insert (by_id, cl_int64_key (id), object);
    }

  g_ptr_array_sort_with_data (items, compare_pointers_cb, self);

  /* Views keep their place when nothing came, went or moved. */
  if (items->len != n)
    same = FALSE;
  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      same = item == g_ptr_array_index (items, i);
    }

  if (!same)
    g_list_store_splice (self->store, 0, n, items->pdata, items->len);
  g_hash_table_unref (self->by_id);
  self->by_id = g_steal_pointer (&by_id);
}
