/* cl-offer.h — an offer received for an application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-compensation.h"
#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFER (cl_offer_get_type ())
G_DECLARE_FINAL_TYPE (ClOffer, cl_offer, CL, OFFER, ClModel)

/* A new, unsaved offer (id 0) for @application_id; ClOfferStore saves it. */
ClOffer       *cl_offer_new                                 (gint64      application_id,
                                                             gint64      base_salary,
                                                             const char *currency);
/* Money is in hundredths of the offer's currency ("cents"), share prices in
 * 1/10,000 of it, percentages in basis points (1% = 100); -1 is "none". */
#define CL_OFFER_MAX_AMOUNT        G_GINT64_CONSTANT (99999999999999)
#define CL_OFFER_MAX_SHARES        G_GINT64_CONSTANT (1000000000000)
#define CL_OFFER_MAX_SHARE_PRICE   G_GINT64_CONSTANT (10000000000)
#define CL_OFFER_MAX_VESTING_YEARS 10

/* An edited copy, for cl_offer_store_update_offer(). */
ClOffer       *cl_offer_copy                                (ClOffer    *self);

gint64         cl_offer_get_id                              (ClOffer    *self);
gint64         cl_offer_get_application_id                  (ClOffer    *self);
const char    *cl_offer_get_currency                        (ClOffer    *self);
gint64         cl_offer_get_base_salary                     (ClOffer    *self);
gint64         cl_offer_get_bonus_basis_points              (ClOffer    *self);
gint64         cl_offer_get_bonus_amount                    (ClOffer    *self);
gint64         cl_offer_get_sign_on                         (ClOffer    *self);
gint64         cl_offer_get_sign_on_year2                   (ClOffer    *self);
guint          cl_offer_get_sign_on_clawback_months         (ClOffer    *self);
gint64         cl_offer_get_equity_amount                   (ClOffer    *self);
gint64         cl_offer_get_equity_shares                   (ClOffer    *self);
gint64         cl_offer_get_share_price                     (ClOffer    *self);
ClVesting      cl_offer_get_vesting                         (ClOffer    *self);
guint          cl_offer_get_vesting_years                   (ClOffer    *self);
guint          cl_offer_get_cliff_months                    (ClOffer    *self);
const char    *cl_offer_get_custom_vesting                  (ClOffer    *self);
gint64         cl_offer_get_refresher_amount                (ClOffer    *self);
guint          cl_offer_get_refresher_from_year             (ClOffer    *self);
ClVesting      cl_offer_get_refresher_vesting               (ClOffer    *self);
gint64         cl_offer_get_retirement_match_basis_points   (ClOffer    *self);
const char    *cl_offer_get_benefits                        (ClOffer    *self);
const char    *cl_offer_get_level                           (ClOffer    *self);
const char    *cl_offer_get_title                           (ClOffer    *self);
const char    *cl_offer_get_start_date                      (ClOffer    *self);
gint64         cl_offer_get_response_deadline               (ClOffer    *self);
ClOfferStatus  cl_offer_get_status                          (ClOffer    *self);
gint64         cl_offer_get_received_at                     (ClOffer    *self);
const char    *cl_offer_get_notes                           (ClOffer    *self);

/* A custom schedule as kept in "custom-vesting": the basis points of each
 * year, "4000,3000,2000,1000".  FALSE if @text is not such a list. */
gboolean       cl_offer_parse_custom_vesting                (const char *text,
                                                             guint      *basis_points,
                                                             guint      *n_years);

/* The offer's terms for the arithmetic of cl-compensation.h, and its total
 * compensation by year (FALSE when the terms cannot be computed: shares
 * without a price, a custom schedule not adding up…). */
void           cl_offer_get_terms                           (ClOffer         *self,
                                                             ClCompTerms     *terms);
gboolean       cl_offer_get_breakdown                       (ClOffer         *self,
                                                             ClCompBreakdown *breakdown,
                                                             GError         **error);

/* clang-format on */
G_END_DECLS
