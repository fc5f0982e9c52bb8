/* cl-negotiation-ask-row.h — one ask of a negotiation plan, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_NEGOTIATION_ASK_ROW (cl_negotiation_ask_row_get_type ())
G_DECLARE_FINAL_TYPE (ClNegotiationAskRow, cl_negotiation_ask_row, CL, NEGOTIATION_ASK_ROW,
                      AdwExpanderRow)

/* A row showing @ask (the offer store's shared object) of @offer: collapsed,
 * what is asked and how important it is; expanded, its kind, amount (in the
 * offer's currency, checked as typed), details and priority, each saved
 * through cl_offer_store_update_ask() as soon as the user is done with it.
 * The row follows the ask's and the offer's notifications, and asks its
 * owner to delete the ask (::delete-requested). */
ClNegotiationAskRow *cl_negotiation_ask_row_new         (ClContext           *context,
                                                         ClOffer             *offer,
                                                         ClNegotiationAsk    *ask);
ClNegotiationAsk    *cl_negotiation_ask_row_get_ask     (ClNegotiationAskRow *self);
/* The ClInstantApply helpers of its fields (owned by the row). */
GPtrArray           *cl_negotiation_ask_row_get_applies (ClNegotiationAskRow *self);
/* "Base salary: $200,000": what the row's heading says. */
const char          *cl_negotiation_ask_row_get_heading (ClNegotiationAskRow *self);
/* Expands the row and puts the keyboard focus on its first field. */
void                 cl_negotiation_ask_row_edit        (ClNegotiationAskRow *self);

/* clang-format on */
G_END_DECLS
