/* cl-offer-store-negotiation.c — each offer's plan, asks, rounds and revisions
 *
 * An offer has at most one plan, made by the first thing saved in it.  The
 * plans are few, so the store keeps them all and reads them all again after
 * a change to any (another offer going away may take a plan's leverage).
 * The asks and rounds of an offer become list models when first asked for,
 * and follow the changes that name their offer.  Revisions are read on
 * demand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-model-private.h"
#include "cl-offer-store-private.h"
#include "cl-statement.h"

#define ASKS_OF_OFFER \
  "FROM negotiation_asks a JOIN negotiation_plans p ON p.id = a.plan_id WHERE p.offer_id = ?1"
#define ROUNDS_OF_OFFER \
  "FROM negotiation_rounds r JOIN negotiation_plans p ON p.id = r.plan_id WHERE p.offer_id = ?1"

/* The terms a revision keeps, in the order of the columns of
 * offer_revisions after offer_id, recorded_at and negotiation_round_id. */
#define REVISION_TERMS \
  "base_salary, bonus_basis_points, bonus_amount, sign_on, equity_amount, equity_shares," \
  " share_price, refresher_amount"

static int
compare_asks (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  guint x = cl_negotiation_ask_get_position ((ClNegotiationAsk *) a);
  guint y = cl_negotiation_ask_get_position ((ClNegotiationAsk *) b);

  return (x > y) - (x < y);
}

static int
compare_rounds (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  gint64 x = cl_negotiation_round_get_happened_at ((ClNegotiationRound *) a);
  gint64 y = cl_negotiation_round_get_happened_at ((ClNegotiationRound *) b);

  if (x == y)
    {
      /* The one entered last first. */
      x = cl_negotiation_round_get_id ((ClNegotiationRound *) a);
      y = cl_negotiation_round_get_id ((ClNegotiationRound *) b);
    }
  return (x < y) - (x > y);
}

static void
negotiation_free (ClOfferNegotiation *negotiation)
{
  g_clear_pointer (&negotiation->asks, cl_object_list_free);
  g_clear_pointer (&negotiation->rounds, cl_object_list_free);
  g_free (negotiation);
}

void
cl_offer_store_init_negotiation (ClOfferStore *self)
{
  self->plans = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->negotiations = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                              (GDestroyNotify) negotiation_free);
}

gboolean
cl_offer_store_read_negotiation (ClDatabase       *database,
                                 ClOfferStoreRows *rows,
                                 GError          **error)
{
  rows->plans = cl_offer_store_read_rows (database, CL_TYPE_NEGOTIATION_PLAN, "",
                                          "FROM negotiation_plans", 0, error);
  if (rows->plans == NULL)
    return FALSE;
  rows->asks = cl_offer_store_read_rows (database, CL_TYPE_NEGOTIATION_ASK, "",
                                         "FROM negotiation_asks", 0, error);
  if (rows->asks == NULL)
    return FALSE;
  rows->rounds = cl_offer_store_read_rows (database, CL_TYPE_NEGOTIATION_ROUND, "",
                                           "FROM negotiation_rounds", 0, error);
  return rows->rounds != NULL;
}

/* Makes the plans those of @plans (just read), keeping the objects of the
 * plans already there; takes the array. */
static void
replace_plans (ClOfferStore *self,
               GPtrArray    *plans)
{
  g_autoptr(GPtrArray) fresh = plans;
  GHashTable *kept = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  cl_offer_store_adopt_rows (self, fresh);
  for (guint i = 0; i < fresh->len; i++)
    {
      ClNegotiationPlan *plan = g_ptr_array_index (fresh, i);
      gint64             offer_id = cl_negotiation_plan_get_offer_id (plan);
      ClNegotiationPlan *existing = g_hash_table_lookup (self->plans, &offer_id);

      if (existing != NULL && cl_negotiation_plan_get_id (existing) ==
                                cl_negotiation_plan_get_id (plan))
        {
          cl_model_assign (CL_MODEL (existing), CL_MODEL (plan), TRUE);
          plan = existing;
        }
      g_hash_table_insert (kept, cl_int64_key (offer_id), g_object_ref (plan));
    }
  g_hash_table_unref (self->plans);
  self->plans = kept;
}

static void
fill_models (ClOfferStore       *self,
             ClOfferNegotiation *negotiation,
             GPtrArray          *asks,
             GPtrArray          *rounds)
{
  cl_offer_store_adopt_rows (self, asks);
  cl_offer_store_adopt_rows (self, rounds);
  cl_object_list_replace_all (negotiation->asks, asks);
  cl_object_list_replace_all (negotiation->rounds, rounds);
}

/* Reads the asks and rounds of @offer_id into its models. */
static gboolean
refresh_models (ClOfferStore       *self,
                gint64              offer_id,
                ClOfferNegotiation *negotiation,
                GError            **error)
{
  ClDatabase *database = cl_store_get_database (CL_STORE (self));
  g_autoptr(GPtrArray) asks = NULL;
  g_autoptr(GPtrArray) rounds = NULL;

  asks = cl_offer_store_read_rows (database, CL_TYPE_NEGOTIATION_ASK, "a.", ASKS_OF_OFFER,
                                   offer_id, error);
  if (asks == NULL)
    return FALSE;
  rounds = cl_offer_store_read_rows (database, CL_TYPE_NEGOTIATION_ROUND, "r.", ROUNDS_OF_OFFER,
                                     offer_id, error);
  if (rounds == NULL)
    return FALSE;
  fill_models (self, negotiation, g_steal_pointer (&asks), g_steal_pointer (&rounds));
  return TRUE;
}

void
cl_offer_store_apply_negotiation (ClOfferStore     *self,
                                  ClOfferStoreRows *rows)
{
  g_autoptr(GPtrArray) asks = g_steal_pointer (&rows->asks);
  g_autoptr(GPtrArray) rounds = g_steal_pointer (&rows->rounds);
  g_autoptr(GHashTable) offer_of_plan = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                                g_free, g_free);
  GHashTableIter iter;
  gpointer       key, value;

  for (guint i = 0; i < rows->plans->len; i++)
    {
      ClNegotiationPlan *plan = g_ptr_array_index (rows->plans, i);

      g_hash_table_insert (offer_of_plan, cl_int64_key (cl_negotiation_plan_get_id (plan)),
                           cl_int64_key (cl_negotiation_plan_get_offer_id (plan)));
    }
  replace_plans (self, g_steal_pointer (&rows->plans));

  /* Each model made so far gets the rows of its offer. */
  g_hash_table_iter_init (&iter, self->negotiations);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64     offer_id = *(gint64 *) key;
      GPtrArray *its_asks = g_ptr_array_new_with_free_func (g_object_unref);
      GPtrArray *its_rounds = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < asks->len; i++)
        {
          gint64  plan_id = cl_negotiation_ask_get_plan_id (g_ptr_array_index (asks, i));
          gint64 *of = g_hash_table_lookup (offer_of_plan, &plan_id);

          if (of != NULL && *of == offer_id)
            g_ptr_array_add (its_asks, g_object_ref (g_ptr_array_index (asks, i)));
        }
      for (guint i = 0; i < rounds->len; i++)
        {
          gint64  plan_id = cl_negotiation_round_get_plan_id (g_ptr_array_index (rounds, i));
          gint64 *of = g_hash_table_lookup (offer_of_plan, &plan_id);

          if (of != NULL && *of == offer_id)
            g_ptr_array_add (its_rounds, g_object_ref (g_ptr_array_index (rounds, i)));
        }
      fill_models (self, value, its_asks, its_rounds);
    }
}

void
cl_offer_store_reload_negotiation (ClOfferStore *self,
                                   GArray       *offer_ids)
{
  ClDatabase *database = cl_store_get_database (CL_STORE (self));
  g_autoptr(GError) error = NULL;
  GPtrArray *plans;

  plans = cl_offer_store_read_rows (database, CL_TYPE_NEGOTIATION_PLAN, "",
                                    "FROM negotiation_plans", 0, &error);
  if (plans == NULL)
    g_warning ("Could not read the negotiation plans again: %s", error->message);
  else
    replace_plans (self, plans);

  for (guint i = 0; i < offer_ids->len; i++)
    {
      gint64              offer_id = g_array_index (offer_ids, gint64, i);
      ClOfferNegotiation *negotiation = g_hash_table_lookup (self->negotiations, &offer_id);

      g_clear_error (&error);
      if (negotiation != NULL && !refresh_models (self, offer_id, negotiation, &error))
        g_warning ("Could not read the negotiation of offer %" G_GINT64_FORMAT " again: %s",
                   offer_id, error->message);
    }
}

/* The models of @offer_id, made and filled on the first call. */
static ClOfferNegotiation *
ensure_models (ClOfferStore *self,
               gint64        offer_id)
{
  ClOfferNegotiation *negotiation = g_hash_table_lookup (self->negotiations, &offer_id);
  g_autoptr(GError) error = NULL;

  if (negotiation != NULL)
    return negotiation;

  negotiation = g_new0 (ClOfferNegotiation, 1);
  negotiation->asks = cl_object_list_new (CL_TYPE_NEGOTIATION_ASK, compare_asks, NULL);
  negotiation->rounds = cl_object_list_new (CL_TYPE_NEGOTIATION_ROUND, compare_rounds, NULL);
  g_hash_table_insert (self->negotiations, cl_int64_key (offer_id), negotiation);
  /* Empty for now if it cannot be read: the next change fills it. */
  if (!refresh_models (self, offer_id, negotiation, &error))
    g_warning ("Could not read the negotiation of offer %" G_GINT64_FORMAT ": %s", offer_id,
               error->message);
  return negotiation;
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
require_offer (ClDatabase *database,
               gint64      offer_id,
               GError    **error)
{
  return cl_database_require_row (database, _ ("This offer no longer exists."), error,
                                  "SELECT 1 FROM offers WHERE id = ?1", "x", offer_id);
}

/* The id of @offer_id's plan (0 if none) in @out_plan_id. */
static gboolean
find_plan (ClDatabase *database,
           gint64      offer_id,
           gint64     *out_plan_id,
           GError    **error)
{
  *out_plan_id = 0;
  return cl_database_query_int64 (database, out_plan_id, NULL, error,
                                  "SELECT id FROM negotiation_plans WHERE offer_id = ?1", "x",
                                  offer_id);
}

/* The id of @offer_id's plan, made now if it has none. */
static gboolean
ensure_plan (ClDatabase *database,
             gint64      offer_id,
             gint64     *out_plan_id,
             GError    **error)
{
  if (!require_offer (database, offer_id, error) ||
      !find_plan (database, offer_id, out_plan_id, error))
    return FALSE;
  if (*out_plan_id != 0)
    return TRUE;

  if (!cl_database_execute (database, error,
                            "INSERT INTO negotiation_plans (offer_id) VALUES (?1)", "x", offer_id))
    return FALSE;
  *out_plan_id = cl_database_last_insert_id (database);
  return TRUE;
}

/* The offer whose plan holds the row @id of @table, which must be of
 * @plan_id. */
static gboolean
offer_of_row (ClDatabase *database,
              const char *table,
              gint64      id,
              gint64      plan_id,
              const char *not_found,
              gint64     *out_offer_id,
              GError    **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT p.offer_id FROM %s t"
                                          " JOIN negotiation_plans p ON p.id = t.plan_id"
                                          " WHERE t.id = ?1 AND t.plan_id = ?2",
                                          table);

  return cl_database_query_int64 (database, out_offer_id, not_found, error, sql, "xx", id,
                                  plan_id);
}

/* Plans ---------------------------------------------------------------------- */

ClNegotiationPlan *
cl_offer_store_get_plan (ClOfferStore *self,
                         gint64        offer_id)
{
  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);

  return g_hash_table_lookup (self->plans, &offer_id);
}

gboolean
cl_offer_store_save_plan (ClOfferStore      *self,
                          ClNegotiationPlan *plan,
                          GError           **error)
{
  const char *not_found = _ ("This negotiation plan no longer exists.");
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClNegotiationPlan) copy = NULL;
  gint64 offer_id;
  gint64 leverage;
  gint64 id;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_NEGOTIATION_PLAN (plan), FALSE);

  copy = prepare (plan, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  offer_id = cl_negotiation_plan_get_offer_id (copy);
  leverage = cl_negotiation_plan_get_leverage_offer_id (copy);
  id = cl_negotiation_plan_get_id (copy);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !require_offer (database, offer_id, error))
    return FALSE;
  if (leverage != 0 &&
      !cl_database_require_row (database,
                                _ ("The offer chosen as leverage no longer exists. Choose "
                                   "another offer, or none."),
                                error, "SELECT 1 FROM offers WHERE id = ?1", "x", leverage))
    return FALSE;

  /* A new plan for an offer that got one meanwhile (an ask added in
   * another window) is written into that one rather than refused. */
  if (id == 0)
    {
      if (!find_plan (database, offer_id, &id, error))
        return FALSE;
      if (id == 0)
        {
          if (!cl_model_insert (CL_MODEL (copy), database, &id, error, NULL, NULL))
            return FALSE;
          cl_offer_store_touch_negotiation (tx, offer_id);
          return cl_offer_store_commit_adopting (self, tx, plan, id, error);
        }
      cl_model_set_int64 (CL_MODEL (copy), "id", id);
    }

  if (!cl_database_require_row (database, not_found, error,
                                "SELECT 1 FROM negotiation_plans WHERE id = ?1 AND offer_id = ?2",
                                "xx", id, offer_id) ||
      !cl_model_update (CL_MODEL (copy), database, not_found, error, NULL, NULL))
    return FALSE;
  cl_offer_store_touch_negotiation (tx, offer_id);
  if (!cl_transaction_commit (tx, error))
    return FALSE;

  /* The caller's new plan saved into the existing row: saving it again
   * writes the same row. */
  if (cl_negotiation_plan_get_id (plan) == 0)
    cl_model_set_int64 (CL_MODEL (plan), "id", id);
  return TRUE;
}

/* Asks ------------------------------------------------------------------------- */

GListModel *
cl_offer_store_get_asks (ClOfferStore *self,
                         gint64        offer_id)
{
  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);

  return cl_object_list_get_model (ensure_models (self, offer_id)->asks);
}

gboolean
cl_offer_store_add_ask (ClOfferStore     *self,
                        gint64            offer_id,
                        ClNegotiationAsk *ask,
                        GError          **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClNegotiationAsk) copy = NULL;
  gint64 plan_id = 0;
  gint64 position = 0;
  gint64 id = 0;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK (ask), FALSE);
  g_return_val_if_fail (cl_negotiation_ask_get_id (ask) == 0, FALSE);

  copy = prepare (ask, error);
  if (copy == NULL)
    return FALSE;

  /* The object becomes the shared one in the offer's model. */
  ensure_models (self, offer_id);
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !ensure_plan (database, offer_id, &plan_id, error) ||
      !cl_database_query_int64 (database, &position, NULL, error,
                                "SELECT coalesce (max (position) + 1, 0) FROM negotiation_asks"
                                " WHERE plan_id = ?1",
                                "x", plan_id))
    return FALSE;
  cl_model_set_int64 (CL_MODEL (copy), "plan-id", plan_id);
  if (!cl_model_insert (CL_MODEL (copy), database, &id, error, "position", "x", position))
    return FALSE;
  cl_offer_store_touch_negotiation (tx, offer_id);
  return cl_offer_store_commit_adopting (self, tx, ask, id, error);
}

gboolean
cl_offer_store_update_ask (ClOfferStore     *self,
                           ClNegotiationAsk *ask,
                           GError          **error)
{
  const char *not_found = _ ("This ask no longer exists.");
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClNegotiationAsk) copy = NULL;
  gint64 offer_id = 0;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK (ask), FALSE);

  copy = prepare (ask, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !offer_of_row (database, "negotiation_asks", cl_negotiation_ask_get_id (copy),
                     cl_negotiation_ask_get_plan_id (copy), not_found, &offer_id, error) ||
      !cl_model_update (CL_MODEL (copy), database, not_found, error, NULL, NULL))
    return FALSE;
  cl_offer_store_touch_negotiation (tx, offer_id);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_offer_store_delete_ask (ClOfferStore     *self,
                           ClNegotiationAsk *ask,
                           GError          **error)
{
  const char *not_found = _ ("This ask no longer exists.");
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 offer_id = 0;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK (ask), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !offer_of_row (database, "negotiation_asks", cl_negotiation_ask_get_id (ask),
                     cl_negotiation_ask_get_plan_id (ask), not_found, &offer_id, error) ||
      !cl_database_execute_one (database, not_found, error,
                                "DELETE FROM negotiation_asks WHERE id = ?1", "x",
                                cl_negotiation_ask_get_id (ask)))
    return FALSE;
  cl_offer_store_touch_negotiation (tx, offer_id);
  return cl_transaction_commit (tx, error);
}

/* Rounds -------------------------------------------------------------------------- */

GListModel *
cl_offer_store_get_negotiation_rounds (ClOfferStore *self,
                                       gint64        offer_id)
{
  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);

  return cl_object_list_get_model (ensure_models (self, offer_id)->rounds);
}

/* Records the offer's terms as they are now; @round_id 0 for none. */
static gboolean
record_revision (ClDatabase *database,
                 gint64      offer_id,
                 gint64      recorded_at,
                 gint64      round_id,
                 gboolean    if_first,
                 GError    **error)
{
  return cl_database_execute (database, error,
                              "INSERT INTO offer_revisions (offer_id, recorded_at,"
                              " negotiation_round_id, " REVISION_TERMS ")"
                              " SELECT id, ?2, ?3, " REVISION_TERMS " FROM offers WHERE id = ?1"
                              " AND NOT (?4 AND EXISTS (SELECT 1 FROM offer_revisions"
                              "   WHERE offer_id = ?1))",
                              "xxzb", offer_id, recorded_at, round_id, if_first);
}

/* The numbers that came back, as the offer's terms: the bonus and the equity
 * as amounts. */
static void
apply_numbers (ClOffer            *offer,
               ClNegotiationRound *round)
{
  gint64 base = cl_negotiation_round_get_offered_base (round);
  gint64 bonus = cl_negotiation_round_get_offered_bonus (round);
  gint64 sign_on = cl_negotiation_round_get_offered_sign_on (round);
  gint64 equity = cl_negotiation_round_get_offered_equity (round);

  if (base >= 0)
    g_object_set (offer, "base-salary", base, NULL);
  if (bonus >= 0)
    g_object_set (offer, "bonus-amount", bonus, "bonus-basis-points", (gint64) -1, NULL);
  if (sign_on >= 0)
    {
      g_object_set (offer, "sign-on", sign_on, NULL);
      if (cl_offer_get_sign_on_year2 (offer) > sign_on)
        g_object_set (offer, "sign-on-year2", (gint64) -1, NULL);
    }
  if (equity >= 0)
    g_object_set (offer, "equity-amount", equity, "equity-shares", (gint64) -1, "share-price",
                  (gint64) -1, NULL);
}

gboolean
cl_offer_store_add_negotiation_round (ClOfferStore       *self,
                                      gint64              offer_id,
                                      ClNegotiationRound *round,
                                      gboolean            apply_numbers_,
                                      GError            **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClNegotiationRound) copy = NULL;
  gint64 now;
  gint64 plan_id = 0;
  gint64 id = 0;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (round), FALSE);
  g_return_val_if_fail (cl_negotiation_round_get_id (round) == 0, FALSE);

  copy = prepare (round, error);
  if (copy == NULL)
    return FALSE;

  ensure_models (self, offer_id);
  database = cl_store_get_database (CL_STORE (self));
  now = cl_clock_now (cl_store_get_clock (CL_STORE (self)));
  tx = cl_transaction_begin (database, error);
  /* The terms before any round, so that "initial → now" can be shown. */
  if (tx == NULL || !ensure_plan (database, offer_id, &plan_id, error) ||
      !record_revision (database, offer_id, now, 0, TRUE, error))
    return FALSE;
  cl_model_set_int64 (CL_MODEL (copy), "plan-id", plan_id);
  if (!cl_model_insert (CL_MODEL (copy), database, &id, error, NULL, NULL))
    return FALSE;

  if (apply_numbers_ && cl_negotiation_round_has_numbers (copy))
    {
      g_autoptr(ClOffer) offer = cl_offer_store_read_offer (database, offer_id, error);

      if (offer == NULL)
        return FALSE;
      apply_numbers (offer, copy);
      if (!cl_offer_store_write_offer (self, tx, offer, error) ||
          !record_revision (database, offer_id, now, id, FALSE, error))
        return FALSE;
    }

  cl_offer_store_touch_negotiation (tx, offer_id);
  return cl_offer_store_commit_adopting (self, tx, round, id, error);
}

gboolean
cl_offer_store_update_negotiation_round (ClOfferStore       *self,
                                         ClNegotiationRound *round,
                                         GError            **error)
{
  const char *not_found = _ ("This negotiation round no longer exists.");
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClNegotiationRound) copy = NULL;
  gint64 offer_id = 0;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (round), FALSE);

  copy = prepare (round, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !offer_of_row (database, "negotiation_rounds", cl_negotiation_round_get_id (copy),
                     cl_negotiation_round_get_plan_id (copy), not_found, &offer_id, error) ||
      !cl_model_update (CL_MODEL (copy), database, not_found, error, NULL, NULL))
    return FALSE;
  cl_offer_store_touch_negotiation (tx, offer_id);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_offer_store_delete_negotiation_round (ClOfferStore       *self,
                                         ClNegotiationRound *round,
                                         GError            **error)
{
  const char *not_found = _ ("This negotiation round no longer exists.");
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 offer_id = 0;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (round), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  /* The revisions it made stay; the schema unlinks them. */
  if (tx == NULL ||
      !offer_of_row (database, "negotiation_rounds", cl_negotiation_round_get_id (round),
                     cl_negotiation_round_get_plan_id (round), not_found, &offer_id, error) ||
      !cl_database_execute_one (database, not_found, error,
                                "DELETE FROM negotiation_rounds WHERE id = ?1", "x",
                                cl_negotiation_round_get_id (round)))
    return FALSE;
  cl_offer_store_touch_negotiation (tx, offer_id);
  return cl_transaction_commit (tx, error);
}

/* Revisions ----------------------------------------------------------------------- */

GPtrArray *
cl_offer_store_get_revisions (ClOfferStore *self,
                              gint64        offer_id,
                              GError      **error)
{
  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);

  return cl_offer_store_read_rows (cl_store_get_database (CL_STORE (self)),
                                   CL_TYPE_OFFER_REVISION, "",
                                   "FROM offer_revisions WHERE offer_id = ?1"
                                   " ORDER BY recorded_at, id",
                                   offer_id, error);
}
