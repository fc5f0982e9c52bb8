/* cl-offer-store-facts.c — what the offers say once put together
 *
 * The negotiation checks, the position in the market and the comparison
 * need several of the store's lists at once; the views and the prep sheet
 * ask here so that they say the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cl-money.h"
#include "cl-negotiation.h"
#include "cl-offer-store.h"

static gboolean
is_open (ClOffer *offer)
{
  ClOfferStatus status = cl_offer_get_status (offer);

  return status == CL_OFFER_STATUS_RECEIVED || status == CL_OFFER_STATUS_NEGOTIATING;
}

/* The newest range of @component in @offer's currency with the percentile
 * @want known (p50 when 50…), or any known one when @want is 0. */
static ClMarketRange *
find_range (ClOfferStore     *self,
            ClOffer          *offer,
            ClMarketComponent component,
            guint             want)
{
  g_autoptr(GPtrArray) ranges = cl_offer_store_find_market_ranges (self, offer, component);

  for (guint i = 0; i < ranges->len; i++)
    {
      ClMarketRange *range = g_ptr_array_index (ranges, i);
      gint64         p50 = cl_market_range_get_p50 (range);
      gboolean       any = p50 >= 0 || cl_market_range_get_p25 (range) >= 0 ||
                     cl_market_range_get_p75 (range) >= 0 || cl_market_range_get_p90 (range) >= 0;

      if (g_ascii_strcasecmp (cl_market_range_get_currency (range),
                              cl_offer_get_currency (offer)) != 0)
        continue;
      if ((want == 50 && p50 >= 0) || (want == 0 && any))
        return g_object_ref (range);
    }
  return NULL;
}

GPtrArray *
cl_offer_store_check_negotiation (ClOfferStore *self,
                                  ClOffer      *offer)
{
  GListModel        *offers;
  ClNegotiationPlan *plan;
  g_autoptr(ClMarketRange) median = NULL;
  ClNegotiationFacts facts = {
    .target_total = -1,
    .walk_away_total = -1,
    .market_median_total = -1,
    .leverage_status = -1,
  };

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);
  g_return_val_if_fail (CL_IS_OFFER (offer), NULL);

  offers = cl_offer_store_get_offers (self);
  for (guint i = 0; i < g_list_model_get_n_items (offers); i++)
    {
      g_autoptr(ClOffer) other = g_list_model_get_item (offers, i);

      if (cl_offer_get_id (other) != cl_offer_get_id (offer) && is_open (other))
        facts.n_other_offers++;
    }

  plan = cl_offer_store_get_plan (self, cl_offer_get_id (offer));
  if (plan != NULL)
    {
      ClOffer *leverage = NULL;

      facts.target_total = cl_negotiation_plan_get_target_total (plan);
      facts.walk_away_total = cl_negotiation_plan_get_walk_away_total (plan);
      if (cl_negotiation_plan_get_leverage_offer_id (plan) > 0)
        leverage =
          cl_offer_store_find_offer (self, cl_negotiation_plan_get_leverage_offer_id (plan));
      if (leverage != NULL)
        facts.leverage_status = (int) cl_offer_get_status (leverage);
    }

  median = find_range (self, offer, CL_MARKET_COMPONENT_TOTAL, 50);
  if (median != NULL)
    facts.market_median_total = cl_market_range_get_p50 (median);

  /* An answered offer has no deadline left to watch. */
  if (is_open (offer))
    facts.response_deadline = cl_offer_get_response_deadline (offer);
  facts.now = cl_clock_now (cl_store_get_clock (CL_STORE (self)));
  facts.currency = cl_offer_get_currency (offer);

  return cl_negotiation_check (&facts);
}

char *
cl_offer_store_describe_market_position (ClOfferStore     *self,
                                         ClOffer          *offer,
                                         ClMarketComponent component,
                                         const char       *what,
                                         gint64            value)
{
  g_autoptr(ClMarketRange) range = NULL;
  g_autofree char *position_text = NULL;
  g_autofree char *amount = NULL;
  g_autoptr(GString) source = NULL;
  g_autoptr(GString) percentiles = NULL;
  ClMarketPosition position;
  const char      *currency = cl_offer_get_currency (offer);
  struct
  {
    guint  percentile;
    gint64 value;
  } known[4];

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);
  g_return_val_if_fail (CL_IS_OFFER (offer), NULL);

  range = find_range (self, offer, component, 0);
  if (range == NULL || value < 0)
    return NULL;

  position = cl_market_position (value, cl_market_range_get_p25 (range),
                                 cl_market_range_get_p50 (range), cl_market_range_get_p75 (range),
                                 cl_market_range_get_p90 (range));
  position_text = cl_market_position_describe (position);
  if (position_text == NULL)
    return NULL;

  /* "Levels.fyi (Senior MLE, L5, Zurich; retrieved 2026-11-30)" */
  source = g_string_new (cl_market_range_get_source (range));
  {
    const char *parts[] = { cl_market_range_get_role (range), cl_market_range_get_level (range),
                            cl_market_range_get_location (range) };
    g_autoptr(GString) inner = g_string_new (NULL);

    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      if (parts[i] != NULL)
        g_string_append_printf (inner, "%s%s", inner->len > 0 ? ", " : "", parts[i]);
    if (cl_market_range_get_observed_on (range) != NULL)
      {
        if (inner->len > 0)
          g_string_append (inner, "; ");
        g_string_append_printf (inner, _ ("retrieved %s"), cl_market_range_get_observed_on (range));
      }
    if (inner->len > 0)
      g_string_append_printf (source, " (%s)", inner->str);
  }

  known[0].percentile = 25;
  known[0].value = cl_market_range_get_p25 (range);
  known[1].percentile = 50;
  known[1].value = cl_market_range_get_p50 (range);
  known[2].percentile = 75;
  known[2].value = cl_market_range_get_p75 (range);
  known[3].percentile = 90;
  known[3].value = cl_market_range_get_p90 (range);
  percentiles = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      g_autofree char *figure = NULL;

      if (known[i].value < 0)
        continue;
      figure = cl_money_format (known[i].value, currency);
      if (percentiles->len > 0)
        g_string_append (percentiles, " · ");
      /* TRANSLATORS: a percentile and its value: "50th $230,000" */
      g_string_append_printf (percentiles, _ ("%uth %s"), known[i].percentile, figure);
    }

  amount = cl_money_format (value, currency);
  /* TRANSLATORS: "Year-1 total $243,000 is between the 50th and 75th
   * percentile of Levels.fyi (MLE, L5; retrieved 2026-11-30): 25th $200,000 · …" */
  return g_strdup_printf (_ ("%s %s is %s of %s: %s."), what, amount, position_text, source->str,
                          percentiles->str);
}

/* The currency most of @offers are in; the first offer's on a tie. */
static const char *
most_common_currency (GPtrArray *offers)
{
  const char *best = NULL;
  guint       best_count = 0;

  for (guint i = 0; i < offers->len; i++)
    {
      const char *currency = cl_offer_get_currency (g_ptr_array_index (offers, i));
      guint       count = 0;

      for (guint j = 0; j < offers->len; j++)
        count += g_strcmp0 (currency, cl_offer_get_currency (g_ptr_array_index (offers, j))) == 0;
      if (count > best_count)
        {
          best = currency;
          best_count = count;
        }
    }
  return best;
}

ClCompComparison *
cl_offer_store_compare (ClOfferStore *self,
                        GPtrArray    *offers,
                        const char   *currency,
                        GError      **error)
{
  g_autoptr(GArray) breakdowns = NULL;
  g_autoptr(GPtrArray) pointers = NULL;
  g_autoptr(GArray) rates = NULL;
  GListModel *rate_model;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);
  g_return_val_if_fail (offers != NULL && offers->len > 0, NULL);

  if (currency == NULL)
    currency = most_common_currency (offers);

  breakdowns = g_array_sized_new (FALSE, TRUE, sizeof (ClCompBreakdown), offers->len);
  g_array_set_size (breakdowns, offers->len);
  for (guint i = 0; i < offers->len; i++)
    {
      ClOffer *offer = g_ptr_array_index (offers, i);

      if (!cl_offer_get_breakdown (offer, &g_array_index (breakdowns, ClCompBreakdown, i), error))
        return NULL;
    }
  pointers = g_ptr_array_sized_new (offers->len);
  for (guint i = 0; i < offers->len; i++)
    g_ptr_array_add (pointers, &g_array_index (breakdowns, ClCompBreakdown, i));

  rate_model = cl_offer_store_get_exchange_rates (self);
  rates = g_array_new (FALSE, TRUE, sizeof (ClCompRate));
  for (guint i = 0; i < g_list_model_get_n_items (rate_model); i++)
    {
      g_autoptr(ClExchangeRate) rate = g_list_model_get_item (rate_model, i);
      ClCompRate r = { { 0 } };

      g_strlcpy (r.from, cl_exchange_rate_get_from_currency (rate), sizeof r.from);
      g_strlcpy (r.to, cl_exchange_rate_get_to_currency (rate), sizeof r.to);
      r.rate_micro = cl_exchange_rate_get_rate (rate);
      g_strlcpy (r.observed_on, cl_exchange_rate_get_observed_on (rate), sizeof r.observed_on);
      g_array_append_val (rates, r);
    }

  return cl_compensation_compare ((const ClCompBreakdown *const *) pointers->pdata, offers->len,
                                  currency, (const ClCompRate *) rates->data, rates->len, error);
}
