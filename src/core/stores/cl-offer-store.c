/* cl-offer-store.c — the offers received, as a list model
 *
 * A search ends with a handful of offers, so they sit in one list in the
 * order they were added.  Their market ranges and exchange rates
 * (cl-offer-store-market.c) and their negotiation
 * (cl-offer-store-negotiation.c) are few rows too: the store keeps them all
 * and follows every change to them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cl-deletion-private.h"
#include "cl-model-private.h"
#include "cl-offer-store-private.h"
#include "cl-statement.h"

G_DEFINE_FINAL_TYPE (ClOfferStore, cl_offer_store, CL_TYPE_STORE)

enum
{
  NEGOTIATION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

gpointer
cl_offer_store_adopt_row (ClOfferStore *self,
                          gpointer      fresh)
{
  g_autoptr(ClModel) row = fresh;

  if (self->adopting == NULL || G_OBJECT_TYPE (self->adopting) != G_OBJECT_TYPE (row) ||
      cl_model_get_id (row) != self->adopting_id)
    return g_steal_pointer (&row);

  cl_model_assign (self->adopting, row, TRUE);
  return g_object_ref (self->adopting);
}

void
cl_offer_store_adopt_rows (ClOfferStore *self,
                           GPtrArray    *rows)
{
  if (self->adopting == NULL)
    return;
  for (guint i = 0; i < rows->len; i++)
    rows->pdata[i] = cl_offer_store_adopt_row (self, rows->pdata[i]);
}

gboolean
cl_offer_store_commit_adopting (ClOfferStore  *self,
                                ClTransaction *tx,
                                gpointer       object,
                                gint64         id,
                                GError       **error)
{
  gboolean committed;

  self->adopting = object;
  self->adopting_id = id;
  committed = cl_transaction_commit (tx, error);
  self->adopting = NULL;
  self->adopting_id = 0;
  return committed;
}

typedef struct
{
  GType      type;
  GPtrArray *rows;
} Reading;

static gboolean
add_model_row_cb (sqlite3_stmt *stmt,
                  gpointer      user_data,
                  GError      **error)
{
  Reading *reading = user_data;

  g_ptr_array_add (reading->rows, cl_model_new_from_row (reading->type, stmt, 0));
  return TRUE;
}

GPtrArray *
cl_offer_store_read_rows (ClDatabase *database,
                          GType       type,
                          const char *prefix,
                          const char *tail,
                          gint64      id,
                          GError    **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql =
    g_strdup_printf ("SELECT %s %s", cl_model_class_get_columns (type, prefix), tail);
  Reading  reading = { type, rows };
  gboolean ok;

  if (strstr (tail, "?1") != NULL)
    ok = cl_database_foreach (database, add_model_row_cb, &reading, error, sql, "x", id);
  else
    ok = cl_database_foreach (database, add_model_row_cb, &reading, error, sql, NULL);
  return ok ? g_steal_pointer (&rows) : NULL;
}

void
cl_offer_store_touch_negotiation (ClTransaction *tx,
                                  gint64         offer_id)
{
  cl_transaction_touch (tx, CL_TABLE_NEGOTIATION, CL_ENTITY_OFFER, offer_id);
}

ClOffer *
cl_offer_store_read_offer (ClDatabase *database,
                           gint64      offer_id,
                           GError    **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = g_strconcat (select_sql (), " WHERE o.id = ?1", NULL);

  if (!cl_database_foreach (database, add_row_cb, rows, error, sql, "x", offer_id))
    return NULL;
  if (rows->len == 0)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("This offer no longer exists."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (rows, 0));
}

static void
rows_free (ClOfferStoreRows *rows)
{
  g_clear_pointer (&rows->offers, g_ptr_array_unref);
  g_clear_pointer (&rows->market_ranges, g_ptr_array_unref);
  g_clear_pointer (&rows->exchange_rates, g_ptr_array_unref);
  g_clear_pointer (&rows->plans, g_ptr_array_unref);
  g_clear_pointer (&rows->asks, g_ptr_array_unref);
  g_clear_pointer (&rows->rounds, g_ptr_array_unref);
  g_free (rows);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClOfferStoreRows, rows_free)

static gpointer
cl_offer_store_read (ClStore    *store,
                     ClDatabase *database,
                     GError    **error)
{
  g_autoptr(ClOfferStoreRows) rows = g_new0 (ClOfferStoreRows, 1);

  rows->offers = g_ptr_array_new_with_free_func (g_object_unref);
  if (!cl_database_foreach (database, add_row_cb, rows->offers, error, select_sql (), NULL) ||
      !cl_offer_store_read_market (database, rows, error) ||
      !cl_offer_store_read_negotiation (database, rows, error))
    return NULL;
  return g_steal_pointer (&rows);
}

static void
cl_offer_store_apply (ClStore *store,
                      gpointer data)
{
  ClOfferStore *self = CL_OFFER_STORE (store);
  g_autoptr(ClOfferStoreRows) rows = data;

  cl_object_list_replace_all (self->offers, g_steal_pointer (&rows->offers));
  cl_offer_store_apply_market (self, rows);
  cl_offer_store_apply_negotiation (self, rows);
}

static void
cl_offer_store_free_read (gpointer data)
{
  rows_free (data);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Sorts @ids and drops the ones repeated. */
static void
sort_unique (GArray *ids)
{
  guint n = 0;

  g_array_sort (ids, compare_ids);
  for (guint i = 0; i < ids->len; i++)
    if (n == 0 || g_array_index (ids, gint64, i) != g_array_index (ids, gint64, n - 1))
      g_array_index (ids, gint64, n++) = g_array_index (ids, gint64, i);
  g_array_set_size (ids, n);
}

/* Reads the offer @id again; returns FALSE if it is gone. */
static gboolean
refresh_offer (ClOfferStore *self,
               gint64        id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClOffer) fresh = cl_offer_store_read_offer (cl_store_get_database (CL_STORE (self)),
                                                         id, &error);

  if (fresh == NULL)
    {
      if (!g_error_matches (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND))
        {
          g_warning ("Could not read offer %" G_GINT64_FORMAT " again: %s", id, error->message);
          return TRUE;
        }
      cl_object_list_remove (self->offers, id);
      return FALSE;
    }

  fresh = cl_offer_store_adopt_row (self, g_steal_pointer (&fresh));
  cl_object_list_update (self->offers, fresh);
  return TRUE;
}

static void
cl_offer_store_changed (ClStore     *store,
                        ClChangeSet *change_set)
{
  ClOfferStore *self = CL_OFFER_STORE (store);
  g_autoptr(GArray) negotiated = NULL;
  const gint64 *ids;
  guint         n_ids;

  if (cl_change_set_is_external (change_set))
    {
      CL_STORE_CLASS (cl_offer_store_parent_class)->changed (store, change_set);
      g_signal_emit (self, signals[NEGOTIATION_CHANGED], 0, (gint64) 0);
      return;
    }

  /* Negotiation rows name their offer; rows of no offer (exchange rates)
   * name 0. */
  negotiated = cl_change_set_get_ids_in (change_set, CL_TABLE_NEGOTIATION, CL_ENTITY_OFFER);

  ids = cl_change_set_get_ids (change_set, CL_ENTITY_OFFER, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      gint64 id = ids[i];

      /* A deleted offer took its plan with it, unlinked its market ranges
       * and perhaps took another plan's leverage. */
      if (id != 0 && !refresh_offer (self, id))
        g_array_append_val (negotiated, id);
    }

  if (negotiated->len == 0)
    return;

  sort_unique (negotiated);
  cl_offer_store_reload_market (self);
  cl_offer_store_reload_negotiation (self, negotiated);
  for (guint i = 0; i < negotiated->len; i++)
    if (g_array_index (negotiated, gint64, i) != 0)
      g_signal_emit (self, signals[NEGOTIATION_CHANGED], 0, g_array_index (negotiated, gint64, i));
}

static void
cl_offer_store_dispose (GObject *object)
{
  ClOfferStore *self = CL_OFFER_STORE (object);

  g_clear_pointer (&self->offers, cl_object_list_free);
  g_clear_pointer (&self->market_ranges, cl_object_list_free);
  g_clear_pointer (&self->exchange_rates, cl_object_list_free);
  g_clear_pointer (&self->plans, g_hash_table_unref);
  g_clear_pointer (&self->negotiations, g_hash_table_unref);

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

  /**
   * ClOfferStore::negotiation-changed:
   * @offer_id: the offer whose negotiation changed, or 0 for any
   */
  signals[NEGOTIATION_CHANGED] =
    g_signal_new ("negotiation-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
cl_offer_store_init (ClOfferStore *self)
{
  self->offers = cl_object_list_new (CL_TYPE_OFFER, NULL, NULL);
  cl_offer_store_init_market (self);
  cl_offer_store_init_negotiation (self);
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
  gint64 id = 0;

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
  return cl_offer_store_commit_adopting (self, tx, offer, id, error);
}

/* Writes @copy (prepared) into its row, which must still be of the same
 * application. */
static gboolean
write_prepared (ClDatabase    *database,
                ClTransaction *tx,
                ClOffer       *copy,
                GError       **error)
{
  gboolean exists = FALSE;

  if (!cl_database_row_exists (database, &exists, error,
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
  return TRUE;
}

gboolean
cl_offer_store_write_offer (ClOfferStore  *self,
                            ClTransaction *tx,
                            ClOffer       *offer,
                            GError       **error)
{
  g_autoptr(ClOffer) copy = prepare (self, offer, error);

  return copy != NULL && write_prepared (cl_transaction_get_database (tx), tx, copy, error);
}

gboolean
cl_offer_store_update_offer (ClOfferStore *self,
                             ClOffer      *offer,
                             GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClOffer) copy = NULL;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OFFER (offer), FALSE);

  if (cl_offer_store_find_offer (self, cl_offer_get_id (offer)) == NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("This offer no longer exists."));
      return FALSE;
    }

  /* What is wrong with the offer is said before any SQL. */
  copy = prepare (self, offer, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !write_prepared (database, tx, copy, error))
    return FALSE;
  return cl_transaction_commit (tx, error);
}

gboolean
cl_offer_store_delete_offer (ClOfferStore *self,
                             ClOffer      *offer,
                             ClDeletion  **out_deletion,
                             GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClDeletion) deletion = NULL;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OFFER (offer), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return FALSE;
  deletion = cl_deletion_capture (database, "offers", cl_offer_get_id (offer), error);
  if (deletion == NULL)
    {
      if (error != NULL && g_error_matches (*error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND))
        {
          g_clear_error (error);
          g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                               _ ("This offer no longer exists."));
        }
      return FALSE;
    }
  if (!cl_database_execute_one (database, _ ("This offer no longer exists."), error,
                                "DELETE FROM offers WHERE id = ?1", "x", cl_offer_get_id (offer)))
    return FALSE;
  touch (tx, offer);
  /* Its plan, asks, rounds and revisions went with it. */
  cl_offer_store_touch_negotiation (tx, cl_offer_get_id (offer));
  if (!cl_transaction_commit (tx, error))
    return FALSE;
  if (out_deletion != NULL)
    *out_deletion = g_steal_pointer (&deletion);
  return TRUE;
}

gboolean
cl_offer_store_undo_delete (ClOfferStore *self,
                            ClDeletion   *deletion,
                            GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 id;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (deletion != NULL, FALSE);
  g_return_val_if_fail (g_str_equal (cl_deletion_get_table (deletion), "offers"), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  id = cl_deletion_get_id (deletion);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !cl_deletion_restore (deletion, database, error))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_OFFERS, CL_ENTITY_OFFER, id);
  cl_transaction_touch (tx, CL_TABLE_OFFERS, CL_ENTITY_APPLICATION,
                        cl_deletion_get_int64 (deletion, "application_id", 0));
  cl_offer_store_touch_negotiation (tx, id);
  return cl_transaction_commit (tx, error);
}
