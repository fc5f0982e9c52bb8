/* cl-negotiation.c — where an offer sits in a market range, and the checks
 * of a negotiation plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-negotiation"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-money.h"
#include "cl-negotiation.h"
#include "cl-validation.h"

static gboolean
fail (GError          **error,
      ClValidationError code,
      const char       *field,
      const char       *other_field,
      const char       *message)
{
  const char *fields[] = { field, other_field, NULL };

  g_propagate_error (error, cl_validation_error_new (code, fields, message));
  return FALSE;
}

/* Market position ----------------------------------------------------------- */

static const guint percentiles[] = { 25, 50, 75, 90 };

ClMarketPosition
cl_market_position (gint64 value,
                    gint64 p25,
                    gint64 p50,
                    gint64 p75,
                    gint64 p90)
{
  const gint64     values[] = { p25, p50, p75, p90 };
  ClMarketPosition position = { 0, 0 };
  ClMarketPosition unknown = { 0, 0 };
  gint64           previous = G_MININT64;
  gboolean         any = FALSE;

  if (value < 0)
    return unknown;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      if (values[i] < 0)
        continue;
      if (values[i] < previous)
        return unknown;
      previous = values[i];
      any = TRUE;
      if (value >= values[i])
        position.at_or_above = percentiles[i];
      else if (position.below == 0)
        position.below = percentiles[i];
    }
  return any ? position : unknown;
}

gboolean
cl_market_position_is_known (ClMarketPosition position)
{
  return position.at_or_above != 0 || position.below != 0;
}

char *
cl_market_position_describe (ClMarketPosition position)
{
  if (position.at_or_above == 0 && position.below == 0)
    return NULL;
  if (position.at_or_above == 0)
    /* Translators: %u is 25, 50, 75 or 90: “below the 25th percentile” */
    return g_strdup_printf (_ ("below the %uth percentile"), position.below);
  if (position.below == 0)
    /* Translators: %u is 25, 50, 75 or 90: “above the 90th percentile” */
    return g_strdup_printf (_ ("above the %uth percentile"), position.at_or_above);
  /* Translators: two of 25, 50, 75 and 90: “between the 50th and 75th percentile” */
  return g_strdup_printf (_ ("between the %uth and %uth percentile"), position.at_or_above,
                          position.below);
}

gboolean
cl_market_check_percentiles (gint64   p25,
                             gint64   p50,
                             gint64   p75,
                             gint64   p90,
                             GError **error)
{
  static const char *const fields[] = { "p25", "p50", "p75", "p90" };
  const gint64             values[] = { p25, p50, p75, p90 };
  gint                     previous = -1;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      if (values[i] == -1)
        continue;
      if (values[i] < 0)
        return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, fields[i], NULL,
                     _ ("A percentile cannot be negative."));
      if (values[i] > CL_MONEY_MAX_CENTS)
        return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, fields[i], NULL,
                     _ ("A percentile can be at most 999,999,999,999.99."));
      if (previous >= 0 && values[i] < values[previous])
        {
          g_autofree char *message = g_strdup_printf (
            /* Translators: two of 25, 50, 75 and 90:
             * “The 50th percentile cannot be below the 25th.” */
            _ ("The %uth percentile cannot be below the %uth."), percentiles[i],
            percentiles[previous]);

          return fail (error, CL_VALIDATION_ERROR_INCONSISTENT, fields[i], fields[previous],
                       message);
        }
      previous = (gint) i;
    }
  return TRUE;
}

/* Negotiation checks -------------------------------------------------------- */

void
cl_negotiation_check_free (ClNegotiationCheck *check)
{
  if (check == NULL)
    return;
  g_free (check->message);
  g_free (check);
}

static void
add_check (GPtrArray             *checks,
           ClNegotiationCheckKind kind,
           char                  *message)
{
  ClNegotiationCheck *check = g_new0 (ClNegotiationCheck, 1);

  check->kind = kind;
  check->message = message;
  g_ptr_array_add (checks, check);
}

GPtrArray *
cl_negotiation_check (const ClNegotiationFacts *facts)
{
  GPtrArray  *checks;
  const char *currency;

  g_return_val_if_fail (facts != NULL, NULL);

  checks = g_ptr_array_new_with_free_func ((GDestroyNotify) cl_negotiation_check_free);
  currency = facts->currency != NULL && cl_currency_is_known (facts->currency) ? facts->currency
                                                                               : NULL;

  if (facts->n_other_offers < 1)
    add_check (checks, CL_NEGOTIATION_CHECK_FEW_OFFERS,
               g_strdup (_ ("This is your only offer: the article advises two comparable offers "
                            "before negotiating.")));

  if (facts->target_total >= 0 && facts->market_median_total >= 0 &&
      facts->target_total < facts->market_median_total)
    {
      char *message;

      if (currency != NULL)
        {
          g_autofree char *target = cl_money_format (facts->target_total, currency);
          g_autofree char *median = cl_money_format (facts->market_median_total, currency);

          /* Translators: two amounts, “Your target of $180,000 is below the
           * market median of $195,000.” */
          message = g_strdup_printf (_ ("Your target of %s is below the market median of %s."),
                                     target, median);
        }
      else
        message = g_strdup (_ ("Your target is below the market median."));
      add_check (checks, CL_NEGOTIATION_CHECK_TARGET_BELOW_MARKET, message);
    }

  if (facts->target_total >= 0 && facts->walk_away_total >= 0 &&
      facts->walk_away_total > facts->target_total)
    {
      char *message;

      if (currency != NULL)
        {
          g_autofree char *walk_away = cl_money_format (facts->walk_away_total, currency);
          g_autofree char *target = cl_money_format (facts->target_total, currency);

          message = g_strdup_printf (
            /* Translators: two amounts, the walk-away point and the target */
            _ ("Your walk-away point of %s is above your target of %s: the worst case you "
               "accept cannot be more than what you aim for."),
            walk_away, target);
        }
      else
        message = g_strdup (_ ("Your walk-away point is above your target: the worst case you "
                               "accept cannot be more than what you aim for."));
      add_check (checks, CL_NEGOTIATION_CHECK_WALK_AWAY_ABOVE_TARGET, message);
    }

  if (facts->leverage_status == CL_OFFER_STATUS_EXPIRED)
    add_check (checks, CL_NEGOTIATION_CHECK_LEVERAGE_EXPIRED,
               g_strdup (_ ("The offer you use as leverage has expired: it no longer backs your "
                            "asks.")));
  else if (facts->leverage_status == CL_OFFER_STATUS_DECLINED)
    add_check (checks, CL_NEGOTIATION_CHECK_LEVERAGE_DECLINED,
               g_strdup (_ ("You declined the offer you use as leverage: it no longer backs your "
                            "asks.")));

  if (facts->response_deadline > 0)
    {
      gint64 left = facts->response_deadline - facts->now;

      if (left <= 0)
        add_check (checks, CL_NEGOTIATION_CHECK_DEADLINE_PASSED,
                   g_strdup (_ ("The response deadline has passed.")));
      else if (left <= CL_NEGOTIATION_DEADLINE_SOON_SECONDS)
        {
          guint hours = (guint) (left / 3600);

          add_check (checks, CL_NEGOTIATION_CHECK_DEADLINE_SOON,
                     hours == 0
                       ? g_strdup (_ ("The response is due in less than an hour."))
                       : g_strdup_printf (ngettext ("The response is due in %u hour.",
                                                    "The response is due in %u hours.", hours),
                                          hours));
        }
    }
  return checks;
}
