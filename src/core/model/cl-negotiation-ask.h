/* cl-negotiation-ask.h — one thing asked for in a negotiation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_NEGOTIATION_ASK (cl_negotiation_ask_get_type ())
G_DECLARE_FINAL_TYPE (ClNegotiationAsk, cl_negotiation_ask, CL, NEGOTIATION_ASK, ClModel)

/* A new, unsaved ask (id 0) of medium priority: @amount (cents, -1 for none)
 * for the kinds that take one (cl_ask_kind_takes_amount()), @details in
 * words (may be NULL).  cl_offer_store_add_ask() saves it in an offer's
 * plan. */
ClNegotiationAsk *cl_negotiation_ask_new          (ClAskKind         kind,
                                                   gint64            amount,
                                                   const char       *details);
/* An edited copy, for cl_offer_store_update_ask(). */
ClNegotiationAsk *cl_negotiation_ask_copy         (ClNegotiationAsk *self);

gint64            cl_negotiation_ask_get_id       (ClNegotiationAsk *self);
/* The plan it belongs to; 0 until saved. */
gint64            cl_negotiation_ask_get_plan_id  (ClNegotiationAsk *self);
/* Its place among the plan's asks (0-based, in the order they were added;
 * a deleted ask leaves a gap). */
guint             cl_negotiation_ask_get_position (ClNegotiationAsk *self);
ClAskKind         cl_negotiation_ask_get_kind     (ClNegotiationAsk *self);
/* In cents of the offer's currency; -1 when not given. */
gint64            cl_negotiation_ask_get_amount   (ClNegotiationAsk *self);
const char       *cl_negotiation_ask_get_details  (ClNegotiationAsk *self);
ClAskPriority     cl_negotiation_ask_get_priority (ClNegotiationAsk *self);

/* clang-format on */
G_END_DECLS
