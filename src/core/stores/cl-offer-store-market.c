/* cl-offer-store-market.c — market ranges and exchange rates
 *
 * Both are a few dozen rows at most, entered by hand: the store keeps them
 * all, and reads them all again after any change to them (or to an offer
 * that goes away and unlinks its ranges).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-model-private.h"
#include "cl-offer-store-private.h"
#include "cl-statement.h"

/* Dates are YYYY-MM-DD, so they sort as text; no date comes last. */
static int
compare_dates_newest_first (const char *a,
                            const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return -g_strcmp0 (a, b);
}

static int
compare_ids_newest_first (gpointer a,
                          gpointer b)
{
  gint64 x = cl_model_get_id (a);
  gint64 y = cl_model_get_id (b);

  return (x < y) - (x > y);
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  ClMarketRange *x = (ClMarketRange *) a;
  ClMarketRange *y = (ClMarketRange *) b;
  int            cmp = compare_dates_newest_first (cl_market_range_get_observed_on (x),
                                                   cl_market_range_get_observed_on (y));

  return cmp != 0 ? cmp : compare_ids_newest_first (x, y);
}

static int
compare_rates (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ClExchangeRate *x = (ClExchangeRate *) a;
  ClExchangeRate *y = (ClExchangeRate *) b;
  int             cmp = g_strcmp0 (cl_exchange_rate_get_from_currency (x),
                                   cl_exchange_rate_get_from_currency (y));

  if (cmp == 0)
    cmp = g_strcmp0 (cl_exchange_rate_get_to_currency (x), cl_exchange_rate_get_to_currency (y));
  if (cmp == 0)
    cmp = compare_dates_newest_first (cl_exchange_rate_get_observed_on (x),
                                      cl_exchange_rate_get_observed_on (y));
  return cmp != 0 ? cmp : compare_ids_newest_first (x, y);
}

void
cl_offer_store_init_market (ClOfferStore *self)
{
  self->market_ranges = cl_object_list_new (CL_TYPE_MARKET_RANGE, compare_ranges, NULL);
  self->exchange_rates = cl_object_list_new (CL_TYPE_EXCHANGE_RATE, compare_rates, NULL);
}

gboolean
cl_offer_store_read_market (ClDatabase       *database,
                            ClOfferStoreRows *rows,
                            GError          **error)
{
  rows->market_ranges =
    cl_offer_store_read_rows (database, CL_TYPE_MARKET_RANGE, "", "FROM market_ranges", 0, error);
  if (rows->market_ranges == NULL)
    return FALSE;
  rows->exchange_rates = cl_offer_store_read_rows (database, CL_TYPE_EXCHANGE_RATE, "",
                                                   "FROM exchange_rates", 0, error);
  return rows->exchange_rates != NULL;
}

void
cl_offer_store_apply_market (ClOfferStore     *self,
                             ClOfferStoreRows *rows)
{
  cl_offer_store_adopt_rows (self, rows->market_ranges);
  cl_offer_store_adopt_rows (self, rows->exchange_rates);
  cl_object_list_replace_all (self->market_ranges, g_steal_pointer (&rows->market_ranges));
  cl_object_list_replace_all (self->exchange_rates, g_steal_pointer (&rows->exchange_rates));
}

void
cl_offer_store_reload_market (ClOfferStore *self)
{
  ClOfferStoreRows rows = { NULL };
  g_autoptr(GError) error = NULL;

  if (!cl_offer_store_read_market (cl_store_get_database (CL_STORE (self)), &rows, &error))
    {
      g_warning ("Could not read the market ranges again: %s", error->message);
      g_clear_pointer (&rows.market_ranges, g_ptr_array_unref);
      return;
    }
  cl_offer_store_apply_market (self, &rows);
}

/* Market ranges -------------------------------------------------------------- */

GListModel *
cl_offer_store_get_market_ranges (ClOfferStore *self)
{
  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);

  return cl_object_list_get_model (self->market_ranges);
}

/* A normalized, valid copy. */
static gpointer
prepare (gpointer object,
         GError **error)
{
  g_autoptr(ClModel) copy = cl_model_copy (object);

  cl_model_normalize (copy);
  if (!cl_model_validate (copy, error))
    return NULL;
  return g_steal_pointer (&copy);
}

static gboolean
check_range_offer (ClDatabase    *database,
                   ClMarketRange *range,
                   GError       **error)
{
  if (cl_market_range_get_offer_id (range) == 0)
    return TRUE;
  return cl_database_require_row (database,
                                  _ ("The offer this range was looked up for no longer exists. "
                                     "Choose another offer, or none."),
                                  error, "SELECT 1 FROM offers WHERE id = ?1", "x",
                                  cl_market_range_get_offer_id (range));
}

gboolean
cl_offer_store_add_market_range (ClOfferStore  *self,
                                 ClMarketRange *range,
                                 GError       **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClMarketRange) copy = NULL;
  gint64 id = 0;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_MARKET_RANGE (range), FALSE);
  g_return_val_if_fail (cl_market_range_get_id (range) == 0, FALSE);

  copy = prepare (range, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !check_range_offer (database, copy, error) ||
      !cl_model_insert (CL_MODEL (copy), database, &id, error, NULL, NULL))
    return FALSE;
  cl_offer_store_touch_negotiation (tx, cl_market_range_get_offer_id (copy));
  return cl_offer_store_commit_adopting (self, tx, range, id, error);
}

gboolean
cl_offer_store_update_market_range (ClOfferStore  *self,
                                    ClMarketRange *range,
                                    GError       **error)
{
  const char *not_found = _ ("This market range no longer exists.");
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClMarketRange) copy = NULL;
  gint64 was_for = 0;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_MARKET_RANGE (range), FALSE);

  copy = prepare (range, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_query_int64 (database, &was_for, not_found, error,
                                "SELECT coalesce (offer_id, 0) FROM market_ranges WHERE id = ?1",
                                "x", cl_market_range_get_id (copy)) ||
      !check_range_offer (database, copy, error) ||
      !cl_model_update (CL_MODEL (copy), database, not_found, error, NULL, NULL))
    return FALSE;
  /* Both offers' ranges changed when it moves from one to another. */
  cl_offer_store_touch_negotiation (tx, was_for);
  cl_offer_store_touch_negotiation (tx, cl_market_range_get_offer_id (copy));
  return cl_transaction_commit (tx, error);
}

gboolean
cl_offer_store_delete_market_range (ClOfferStore  *self,
                                    ClMarketRange *range,
                                    GError       **error)
{
  const char *not_found = _ ("This market range no longer exists.");
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 was_for = 0;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_MARKET_RANGE (range), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_query_int64 (database, &was_for, not_found, error,
                                "SELECT coalesce (offer_id, 0) FROM market_ranges WHERE id = ?1",
                                "x", cl_market_range_get_id (range)) ||
      !cl_database_execute_one (database, not_found, error,
                                "DELETE FROM market_ranges WHERE id = ?1", "x",
                                cl_market_range_get_id (range)))
    return FALSE;
  cl_offer_store_touch_negotiation (tx, was_for);
  return cl_transaction_commit (tx, error);
}

/* Whether the range's @text (role or level) is empty or @wanted, as people
 * read them: spaces around and case do not count. */
static gboolean
matches (const char *text,
         const char *wanted)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *folded_a = NULL;
  g_autofree char *folded_b = NULL;

  if (cl_model_is_blank (text))
    return TRUE;
  if (cl_model_is_blank (wanted))
    return FALSE;
  a = g_strstrip (g_strdup (text));
  b = g_strstrip (g_strdup (wanted));
  folded_a = g_utf8_casefold (a, -1);
  folded_b = g_utf8_casefold (b, -1);
  return g_str_equal (folded_a, folded_b);
}

static gboolean
read_role_cb (sqlite3_stmt *stmt,
              gpointer      user_data,
              GError      **error)
{
  char **role = user_data;

  g_free (*role);
  *role = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return TRUE;
}

/* The offer's title, or else its application's role: what a range's role
 * is compared with. */
static char *
offer_role (ClOfferStore *self,
            ClOffer      *offer)
{
  g_autoptr(GError) error = NULL;
  char *role = NULL;

  if (!cl_model_is_blank (cl_offer_get_title (offer)))
    return g_strdup (cl_offer_get_title (offer));
  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), read_role_cb, &role, &error,
                            "SELECT role FROM applications WHERE id = ?1", "x",
                            cl_offer_get_application_id (offer)))
    g_debug ("Could not read the role of offer %" G_GINT64_FORMAT ": %s", cl_offer_get_id (offer),
             error->message);
  return role;
}

GPtrArray *
cl_offer_store_find_market_ranges (ClOfferStore     *self,
                                   ClOffer          *offer,
                                   ClMarketComponent component)
{
  g_autofree char *role = NULL;
  GListModel      *ranges;
  g_autoptr(GPtrArray) linked = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) alike = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);
  g_return_val_if_fail (CL_IS_OFFER (offer), NULL);

  role = offer_role (self, offer);
  /* The list is in the order asked for already. */
  ranges = cl_object_list_get_model (self->market_ranges);
  n = g_list_model_get_n_items (ranges);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClMarketRange) range = g_list_model_get_item (ranges, i);

      if (cl_market_range_get_component (range) != component)
        continue;
      if (cl_offer_get_id (offer) != 0 &&
          cl_market_range_get_offer_id (range) == cl_offer_get_id (offer))
        g_ptr_array_add (linked, g_object_ref (range));
      else if (linked->len == 0 &&
               g_ascii_strcasecmp (cl_market_range_get_currency (range),
                                   cl_offer_get_currency (offer) != NULL
                                     ? cl_offer_get_currency (offer)
                                     : "") == 0 &&
               matches (cl_market_range_get_role (range), role) &&
               matches (cl_market_range_get_level (range), cl_offer_get_level (offer)))
        g_ptr_array_add (alike, g_object_ref (range));
    }
  if (linked->len > 0)
    return g_steal_pointer (&linked);
  return g_steal_pointer (&alike);
}

/* Exchange rates --------------------------------------------------------------- */

GListModel *
cl_offer_store_get_exchange_rates (ClOfferStore *self)
{
  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);

  return cl_object_list_get_model (self->exchange_rates);
}

gboolean
cl_offer_store_add_exchange_rate (ClOfferStore   *self,
                                  ClExchangeRate *rate,
                                  GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClExchangeRate) copy = NULL;
  gint64 id = 0;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_EXCHANGE_RATE (rate), FALSE);
  g_return_val_if_fail (cl_exchange_rate_get_id (rate) == 0, FALSE);

  copy = prepare (rate, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !cl_model_insert (CL_MODEL (copy), database, &id, error, NULL, NULL))
    return FALSE;
  /* A rate is no offer's. */
  cl_offer_store_touch_negotiation (tx, 0);
  return cl_offer_store_commit_adopting (self, tx, rate, id, error);
}

gboolean
cl_offer_store_update_exchange_rate (ClOfferStore   *self,
                                     ClExchangeRate *rate,
                                     GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClExchangeRate) copy = NULL;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_EXCHANGE_RATE (rate), FALSE);

  copy = prepare (rate, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_model_update (CL_MODEL (copy), database, _ ("This exchange rate no longer exists."),
                        error, NULL, NULL))
    return FALSE;
  cl_offer_store_touch_negotiation (tx, 0);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_offer_store_delete_exchange_rate (ClOfferStore   *self,
                                     ClExchangeRate *rate,
                                     GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_EXCHANGE_RATE (rate), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute_one (database, _ ("This exchange rate no longer exists."), error,
                                "DELETE FROM exchange_rates WHERE id = ?1", "x",
                                cl_exchange_rate_get_id (rate)))
    return FALSE;
  cl_offer_store_touch_negotiation (tx, 0);
  return cl_transaction_commit (tx, error);
}

ClExchangeRate *
cl_offer_store_find_exchange_rate (ClOfferStore *self,
                                   const char   *from_currency,
                                   const char   *to_currency)
{
  GListModel *rates;
  guint       n;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);
  g_return_val_if_fail (from_currency != NULL && to_currency != NULL, NULL);

  /* By pair, the most recent first: the first of the pair is the one. */
  rates = cl_object_list_get_model (self->exchange_rates);
  n = g_list_model_get_n_items (rates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClExchangeRate) rate = g_list_model_get_item (rates, i);

      if (g_ascii_strcasecmp (cl_exchange_rate_get_from_currency (rate), from_currency) == 0 &&
          g_ascii_strcasecmp (cl_exchange_rate_get_to_currency (rate), to_currency) == 0)
        return rate; /* the list holds it */
    }
  return NULL;
}
