/* cl-market-section.h — where an offer sits in the market, and the ranges that say so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_MARKET_SECTION (cl_market_section_get_type ())
G_DECLARE_FINAL_TYPE (ClMarketSection, cl_market_section, CL, MARKET_SECTION, AdwBin)

/* A section of the offer editor (ClOfferSection), after its totals. */
GtkWidget  *cl_market_section_new            (void);
/* Shows where @offer (the offer store's shared one; NULL: nothing) sits:
 * its year-1 total and its base against the matching ranges
 * (cl_offer_store_describe_market_position()), worked out again whenever
 * the offer or a range changes, then those ranges, to add, edit and
 * delete, and "All Market Ranges…". */
void        cl_market_section_set_offer      (ClMarketSection *self,
                                              ClContext       *context,
                                              ClOffer         *offer);
ClOffer    *cl_market_section_get_offer      (ClMarketSection *self);
/* Opens the dialog that adds a range for the offer (as "Add Market
 * Range…"), or lists every range ("All Market Ranges…"); returns it. */
GtkWindow  *cl_market_section_add_range      (ClMarketSection *self);
GtkWindow  *cl_market_section_show_all       (ClMarketSection *self);

/* clang-format on */
G_END_DECLS
