/* cl-market-range.h — a salary range looked up on a site such as Levels.fyi
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_MARKET_RANGE (cl_market_range_get_type ())
G_DECLARE_FINAL_TYPE (ClMarketRange, cl_market_range, CL, MARKET_RANGE, ClModel)

/* A new, unsaved range (id 0) from @source ("Levels.fyi", "Glassdoor") in
 * @currency, for @component; its percentiles are "none" (-1) until set.
 * ClOfferStore saves it. */
ClMarketRange     *cl_market_range_new             (const char        *source,
                                                    const char        *currency,
                                                    ClMarketComponent  component);
/* An edited copy, for cl_offer_store_update_market_range(). */
ClMarketRange     *cl_market_range_copy            (ClMarketRange     *self);

gint64             cl_market_range_get_id          (ClMarketRange     *self);
const char        *cl_market_range_get_source      (ClMarketRange     *self);
const char        *cl_market_range_get_url         (ClMarketRange     *self);
/* The date retrieved, YYYY-MM-DD, or NULL. */
const char        *cl_market_range_get_observed_on (ClMarketRange     *self);
const char        *cl_market_range_get_role        (ClMarketRange     *self);
const char        *cl_market_range_get_level       (ClMarketRange     *self);
const char        *cl_market_range_get_location    (ClMarketRange     *self);
const char        *cl_market_range_get_currency    (ClMarketRange     *self);
ClMarketComponent  cl_market_range_get_component   (ClMarketRange     *self);
/* The percentiles in cents of the range's currency; -1 when not given. */
gint64             cl_market_range_get_p25         (ClMarketRange     *self);
gint64             cl_market_range_get_p50         (ClMarketRange     *self);
gint64             cl_market_range_get_p75         (ClMarketRange     *self);
gint64             cl_market_range_get_p90         (ClMarketRange     *self);
/* The offer the range was looked up for; 0 for none. */
gint64             cl_market_range_get_offer_id    (ClMarketRange     *self);

/* clang-format on */
G_END_DECLS
