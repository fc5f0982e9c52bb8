/* cl-offer-store.c — the offers received, as a list model
 *
 * A search ends with a handful of offers, so they sit in one list in the
 * order they were added.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-model-private.h"
#include "cl-object-list.h"
#include "cl-offer-store.h"
#include "cl-statement.h"
#include "cl-transaction.h"

struct _ClOfferStore
{
  ClStore       parent_instance;

  ClObjectList *offers;   /* by id */
  ClOffer      *adopting; /* a new offer whose row the next change adds */
  gint64        adopting_id;
};

G_DEFINE_FINAL_TYPE (ClOfferStore, cl_offer_store, CL_TYPE_STORE)

static const char *
select_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql,
                       g_strdup_printf ("SELECT %s, (SELECT group_concat (basis_points, ',')"
                                        " FROM (SELECT basis_points FROM vesting_years v"
                                        " WHERE v.offer_id = o.id ORDER BY year))"
                                        " FROM offers o",
                                        cl_model_class_get_columns (CL_TYPE_OFFER, "o.")));
  return sql;
}

static gboolean
add_row_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  ClOffer *offer = cl_model_new_from_row (CL_TYPE_OFFER, stmt, 0);
  int      last = sqlite3_column_count (stmt) - 1;

  /* The custom schedule comes last, from vesting_years. */
  if (sqlite3_column_type (stmt, last) != SQLITE_NULL)
    g_object_set (offer, "custom-vesting", (const char *) sqlite3_column_text (stmt, last), NULL);
  g_ptr_array_add (user_data, offer);
  return TRUE;
}

static gpointer
cl_offer_store_read (ClStore    *store,
                     ClDatabase *database,
                     GError    **error)
{
  g_autoptr(GPtrArray) offers = g_ptr_array_new_with_free_func (g_object_unref);

  if (!cl_database_foreach (database, add_row_cb, offers, error, select_sql (), NULL))
    return NULL;
  return g_steal_pointer (&offers);
}

static void
cl_offer_store_apply (ClStore *store,
                      gpointer data)
{
  cl_object_list_replace_all (CL_OFFER_STORE (store)->offers, data);
}

static void
cl_offer_store_free_read (gpointer data)
{
  g_ptr_array_unref (data);
}

static void
cl_offer_store_changed (ClStore     *store,
                        ClChangeSet *change_set)
{
  ClOfferStore    *self = CL_OFFER_STORE (store);
  g_autofree char *sql = NULL;
  const gint64    *ids;
  guint            n_ids;

  if (cl_change_set_is_external (change_set))
    {
      CL_STORE_CLASS (cl_offer_store_parent_class)->changed (store, change_set);
      return;
    }

  ids = cl_change_set_get_ids (change_set, CL_ENTITY_OFFER, &n_ids);
  sql = g_strconcat (select_sql (), " WHERE o.id = ?1", NULL);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;
      ClOffer *fresh;

      if (!cl_database_foreach (cl_store_get_database (store), add_row_cb, rows, &error, sql, "x",
                                ids[i]))
        {
          g_warning ("Could not read offer %" G_GINT64_FORMAT " again: %s", ids[i], error->message);
          continue;
        }
      if (rows->len == 0)
        {
          cl_object_list_remove (self->offers, ids[i]);
          continue;
        }

      fresh = g_ptr_array_index (rows, 0);
      if (self->adopting != NULL && ids[i] == self->adopting_id)
        {
          cl_model_assign (CL_MODEL (self->adopting), CL_MODEL (fresh), TRUE);
          fresh = self->adopting;
        }
      cl_object_list_update (self->offers, fresh);
    }
}

static void
cl_offer_store_dispose (GObject *object)
{
  ClOfferStore *self = CL_OFFER_STORE (object);

  g_clear_pointer (&self->offers, cl_object_list_free);

  G_OBJECT_CLASS (cl_offer_store_parent_class)->dispose (object);
}

static void
cl_offer_store_class_init (ClOfferStoreClass *klass)
{
  ClStoreClass *store_class = CL_STORE_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cl_offer_store_dispose;
  store_class->read = cl_offer_store_read;
  store_class->apply = cl_offer_store_apply;
  store_class->free_read = cl_offer_store_free_read;
  store_class->changed = cl_offer_store_changed;
}

static void
cl_offer_store_init (ClOfferStore *self)
{
  self->offers = cl_object_list_new (CL_TYPE_OFFER, NULL, NULL);
}

ClOfferStore *
cl_offer_store_new (ClDatabase *database,
                    ClClock    *clock)
{
  return g_object_new (CL_TYPE_OFFER_STORE, "database", database, "clock", clock, NULL);
}

GListModel *
cl_offer_store_get_offers (ClOfferStore *self)
{
  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);

  return cl_object_list_get_model (self->offers);
}

ClOffer *
cl_offer_store_find_offer (ClOfferStore *self,
                           gint64        offer_id)
{
  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);

  return cl_object_list_lookup (self->offers, offer_id);
}

/* A normalized, valid copy, received now unless it says when. */
static ClOffer *
prepare (ClOfferStore *self,
         ClOffer      *offer,
         GError      **error)
{
  g_autoptr(ClOffer) copy = cl_offer_copy (offer);

  cl_model_normalize (CL_MODEL (copy));
  if (!cl_model_validate (CL_MODEL (copy), error))
    return NULL;
  if (cl_offer_get_received_at (copy) == 0)
    g_object_set (copy, "received-at", cl_clock_now (cl_store_get_clock (CL_STORE (self))), NULL);
  return g_steal_pointer (&copy);
}

/* The custom schedule's years, kept whatever the schedule in use so that
 * going back to "custom" finds them again. */
static gboolean
write_vesting_years (ClDatabase *database,
                     ClOffer    *offer,
                     gint64      id,
                     GError    **error)
{
  guint bp[CL_OFFER_MAX_VESTING_YEARS];
  guint n = 0;

  if (!cl_offer_parse_custom_vesting (cl_offer_get_custom_vesting (offer), bp, &n))
    n = 0;
  if (!cl_database_execute (database, error, "DELETE FROM vesting_years WHERE offer_id = ?1", "x",
                            id))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!cl_database_execute (database, error,
                              "INSERT INTO vesting_years (offer_id, year, basis_points)"
                              " VALUES (?1, ?2, ?3)",
                              "xii", id, (int) i + 1, (int) bp[i]))
      return FALSE;
  return TRUE;
}

static void
touch (ClTransaction *tx,
       ClOffer       *offer)
{
  cl_transaction_touch (tx, CL_TABLE_OFFERS, CL_ENTITY_OFFER, cl_offer_get_id (offer));
  /* The card shows the response deadline. */
  cl_transaction_touch (tx, CL_TABLE_OFFERS, CL_ENTITY_APPLICATION,
                        cl_offer_get_application_id (offer));
}

gboolean
cl_offer_store_add_offer (ClOfferStore *self,
                          ClOffer      *offer,
                          GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClOffer) copy = NULL;
  gint64   id = 0;
  gboolean committed;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OFFER (offer), FALSE);
  g_return_val_if_fail (cl_offer_get_id (offer) == 0, FALSE);

  copy = prepare (self, offer, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_require_row (database,
                                _ ("The application of this offer no longer exists. "
                                   "Open the application again, then add the offer."),
                                error, "SELECT 1 FROM applications WHERE id = ?1", "x",
                                cl_offer_get_application_id (copy)) ||
      !cl_model_insert (CL_MODEL (copy), database, &id, error, NULL, NULL) ||
      !write_vesting_years (database, copy, id, error))
    return FALSE;
  cl_model_set_int64 (CL_MODEL (copy), "id", id);
  touch (tx, copy);

  self->adopting = offer;
  self->adopting_id = id;
  committed = cl_transaction_commit (tx, error);
  self->adopting = NULL;
  return committed;
}

gboolean
cl_offer_store_update_offer (ClOfferStore *self,
                             ClOffer      *offer,
                             GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClOffer) copy = NULL;
  gboolean exists = FALSE;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OFFER (offer), FALSE);

  if (cl_offer_store_find_offer (self, cl_offer_get_id (offer)) == NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("This offer no longer exists."));
      return FALSE;
    }

  copy = prepare (self, offer, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_row_exists (database, &exists, error,
                               "SELECT 1 FROM offers WHERE id = ?1 AND application_id = ?2", "xx",
                               cl_offer_get_id (copy), cl_offer_get_application_id (copy)))
    return FALSE;
  if (!exists)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("This offer no longer exists."));
      return FALSE;
    }
  if (!cl_model_update (CL_MODEL (copy), database, _ ("This offer no longer exists."), error, NULL,
                        NULL) ||
      !write_vesting_years (database, copy, cl_offer_get_id (copy), error))
    return FALSE;
  touch (tx, copy);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_offer_store_delete_offer (ClOfferStore *self,
                             ClOffer      *offer,
                             GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OFFER (offer), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute_one (database, _ ("This offer no longer exists."), error,
                                "DELETE FROM offers WHERE id = ?1", "x", cl_offer_get_id (offer)))
    return FALSE;
  touch (tx, offer);
  return cl_transaction_commit (tx, error);
}
