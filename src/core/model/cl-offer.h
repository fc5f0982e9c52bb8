/* cl-offer.h — an offer received for an application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFER (cl_offer_get_type ())
G_DECLARE_FINAL_TYPE (ClOffer, cl_offer, CL, OFFER, ClModel)

/* A new, unsaved offer (id 0) for @application_id; ClOfferStore saves it. */
ClOffer       *cl_offer_new                         (gint64      application_id,
                                                     gint64      base_salary,
                                                     const char *currency);
/* An edited copy, for cl_offer_store_update_offer(). */
ClOffer       *cl_offer_copy                        (ClOffer    *self);

gint64         cl_offer_get_id                      (ClOffer    *self);
gint64         cl_offer_get_application_id          (ClOffer    *self);
/* Money is in whole units of the offer's currency. */
gint64         cl_offer_get_base_salary             (ClOffer    *self);
/* Three upper-case letters, such as "EUR". */
const char    *cl_offer_get_currency                (ClOffer    *self);
/* Target bonus in percent of base; -1 when none. */
double         cl_offer_get_bonus_percent           (ClOffer    *self);
/* -1 when none. */
gint64         cl_offer_get_sign_on                 (ClOffer    *self);
/* Months during which the sign-on bonus is paid back on leaving; 0 for none. */
guint          cl_offer_get_sign_on_clawback_months (ClOffer    *self);
/* Value of the equity grant; -1 when none. */
gint64         cl_offer_get_equity_amount           (ClOffer    *self);
ClVesting      cl_offer_get_vesting                 (ClOffer    *self);
guint          cl_offer_get_vesting_years           (ClOffer    *self);
guint          cl_offer_get_cliff_months            (ClOffer    *self);
const char    *cl_offer_get_level                   (ClOffer    *self);
const char    *cl_offer_get_title                   (ClOffer    *self);
/* A calendar date, "YYYY-MM-DD", or NULL. */
const char    *cl_offer_get_start_date              (ClOffer    *self);
/* Unix time; 0 when there is no deadline. */
gint64         cl_offer_get_response_deadline       (ClOffer    *self);
ClOfferStatus  cl_offer_get_status                  (ClOffer    *self);
gint64         cl_offer_get_received_at             (ClOffer    *self);
const char    *cl_offer_get_notes                   (ClOffer    *self);

/* clang-format on */
G_END_DECLS
