/* cl-negotiation-plan.h — how the user means to negotiate one offer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_NEGOTIATION_PLAN (cl_negotiation_plan_get_type ())
G_DECLARE_FINAL_TYPE (ClNegotiationPlan, cl_negotiation_plan, CL, NEGOTIATION_PLAN, ClModel)

/* A new, unsaved plan (id 0) for @offer_id, with no target, walk-away point
 * or leverage; cl_offer_store_save_plan() saves it. */
ClNegotiationPlan *cl_negotiation_plan_new                   (gint64             offer_id);
/* An edited copy, for cl_offer_store_save_plan(). */
ClNegotiationPlan *cl_negotiation_plan_copy                  (ClNegotiationPlan *self);

gint64             cl_negotiation_plan_get_id                (ClNegotiationPlan *self);
gint64             cl_negotiation_plan_get_offer_id          (ClNegotiationPlan *self);
/* Totals in cents of the offer's currency; -1 when not given. */
gint64             cl_negotiation_plan_get_target_total      (ClNegotiationPlan *self);
gint64             cl_negotiation_plan_get_walk_away_total   (ClNegotiationPlan *self);
/* The competing offer used as leverage; 0 for none. */
gint64             cl_negotiation_plan_get_leverage_offer_id (ClNegotiationPlan *self);
/* The talking points as typed, one a line. */
const char        *cl_negotiation_plan_get_talking_points    (ClNegotiationPlan *self);
/* The talking points one by one, trimmed, blank lines left out: a new
 * NULL-terminated array (empty when there are none). */
char             **cl_negotiation_plan_dup_talking_point_list (ClNegotiationPlan *self);

/* clang-format on */
G_END_DECLS
