/* cl-negotiation-round-row.h — one round of a negotiation log, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_NEGOTIATION_ROUND_ROW (cl_negotiation_round_row_get_type ())
G_DECLARE_FINAL_TYPE (ClNegotiationRoundRow, cl_negotiation_round_row, CL,
                      NEGOTIATION_ROUND_ROW, AdwExpanderRow)

/* A row showing @round (the offer store's shared object) of @offer:
 * collapsed, when it was, its outcome, what was asked, what came back and
 * the numbers; expanded, its day, time, what was asked, the response, the
 * outcome and the numbers that came back (in the offer's currency, checked
 * as typed), each saved through cl_offer_store_update_negotiation_round()
 * as soon as the user is done with it.  The row follows the round's and
 * the offer's notifications, and asks its owner to delete the round
 * (::delete-requested). */
ClNegotiationRoundRow *cl_negotiation_round_row_new         (ClContext             *context,
                                                             ClOffer               *offer,
                                                             ClNegotiationRound    *round);
ClNegotiationRound    *cl_negotiation_round_row_get_round   (ClNegotiationRoundRow *self);
/* The ClInstantApply helpers of its fields (owned by the row). */
GPtrArray             *cl_negotiation_round_row_get_applies (ClNegotiationRoundRow *self);
/* What the row's heading says: "Sun 1 Nov 2026, 09:00 · Improved". */
const char            *cl_negotiation_round_row_get_heading (ClNegotiationRoundRow *self);
/* "Base $200,000 · Sign-on $20,000", or NULL when no number came back. */
char                  *cl_negotiation_round_describe_numbers (ClNegotiationRound   *round,
                                                              const char           *currency);

/* clang-format on */
G_END_DECLS
