/* cl-negotiation.h — where an offer sits in a market range, and the checks
 * of a negotiation plan
 *
 * Amounts in cents as in cl-money.h, -1 for "none".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cl-enums.h"

G_BEGIN_DECLS
/* clang-format off */

/* Market position --------------------------------------------------------- */

/* Where a value sits in a market range: the highest known percentile it
 * reaches (25, 50, 75 or 90; 0 when it is below every known one) and the
 * lowest known percentile above it (0 when it reaches every known one).
 * Exactly at a percentile counts as reaching it: the median itself is
 * "between the 50th and 75th percentile".  Both 0: unknown (no value, no
 * percentile known, or percentiles out of order). */
typedef struct
{
  guint at_or_above;
  guint below;
} ClMarketPosition;

/* Percentiles are -1 when unknown. */
ClMarketPosition cl_market_position          (gint64            value,
                                              gint64            p25,
                                              gint64            p50,
                                              gint64            p75,
                                              gint64            p90);
gboolean      cl_market_position_is_known    (ClMarketPosition  position);
/* Translated: "below the 25th percentile", "between the 50th and 75th
 * percentile", "above the 90th percentile" (a value at the 90th included);
 * NULL when unknown. */
char         *cl_market_position_describe    (ClMarketPosition  position);
/* FALSE with a CL_VALIDATION_ERROR naming the percentile ("p50"…) when a
 * known one is negative, too large, or below a lower one. */
gboolean      cl_market_check_percentiles    (gint64            p25,
                                              gint64            p50,
                                              gint64            p75,
                                              gint64            p90,
                                              GError          **error);

/* Negotiation checks ------------------------------------------------------ */

typedef enum
{
  CL_NEGOTIATION_CHECK_FEW_OFFERS,             /* no other comparable offer */
  CL_NEGOTIATION_CHECK_TARGET_BELOW_MARKET,
  CL_NEGOTIATION_CHECK_WALK_AWAY_ABOVE_TARGET,
  CL_NEGOTIATION_CHECK_LEVERAGE_EXPIRED,
  CL_NEGOTIATION_CHECK_LEVERAGE_DECLINED,
  CL_NEGOTIATION_CHECK_DEADLINE_SOON,          /* within 48 hours */
  CL_NEGOTIATION_CHECK_DEADLINE_PASSED,
} ClNegotiationCheckKind;

#define CL_NEGOTIATION_DEADLINE_SOON_SECONDS (48 * 3600)

typedef struct
{
  guint       n_other_offers;      /* other offers received or negotiating: with this
                                    * one, the comparable offers in hand */
  gint64      target_total;        /* -1: none */
  gint64      walk_away_total;     /* -1: none */
  gint64      market_median_total; /* -1: none */
  int         leverage_status;     /* the ClOfferStatus of the offer used as
                                    * leverage, -1: none */
  gint64      response_deadline;   /* Unix time, 0: none */
  gint64      now;                 /* Unix time */
  const char *currency;            /* of the totals, for the messages; NULL: the
                                    * messages leave the numbers out */
} ClNegotiationFacts;

typedef struct
{
  ClNegotiationCheckKind kind;
  char                  *message;  /* translated, for a banner */
} ClNegotiationCheck;

void          cl_negotiation_check_free   (ClNegotiationCheck *check);

/* The checks that apply, in the order of ClNegotiationCheckKind: fewer than
 * two comparable offers (this one and n_other_offers), a target below the
 * market median, a walk-away point above the target, a leverage offer
 * expired or declined, a deadline within 48 hours (at 48 hours exactly
 * included) or past.  A GPtrArray of ClNegotiationCheck that frees them. */
GPtrArray    *cl_negotiation_check        (const ClNegotiationFacts *facts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClNegotiationCheck, cl_negotiation_check_free)

/* clang-format on */
G_END_DECLS
