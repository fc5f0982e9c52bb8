/* cl-negotiation-round.h — one exchange of a negotiation: what was asked, what came back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_NEGOTIATION_ROUND (cl_negotiation_round_get_type ())
G_DECLARE_FINAL_TYPE (ClNegotiationRound, cl_negotiation_round, CL, NEGOTIATION_ROUND, ClModel)

/* A new, unsaved round (id 0) that took place at @happened_at (Unix time),
 * its outcome pending and no numbers back yet;
 * cl_offer_store_add_negotiation_round() saves it in an offer's plan. */
ClNegotiationRound  *cl_negotiation_round_new                 (gint64              happened_at);
/* An edited copy, for cl_offer_store_update_negotiation_round(). */
ClNegotiationRound  *cl_negotiation_round_copy                (ClNegotiationRound *self);

gint64               cl_negotiation_round_get_id              (ClNegotiationRound *self);
/* The plan it belongs to; 0 until saved. */
gint64               cl_negotiation_round_get_plan_id         (ClNegotiationRound *self);
gint64               cl_negotiation_round_get_happened_at     (ClNegotiationRound *self);
const char          *cl_negotiation_round_get_asked           (ClNegotiationRound *self);
const char          *cl_negotiation_round_get_response        (ClNegotiationRound *self);
ClNegotiationOutcome cl_negotiation_round_get_outcome         (ClNegotiationRound *self);
/* What came back as numbers, in cents of the offer's currency (the bonus
 * and the equity grant as amounts); -1 when not given. */
gint64               cl_negotiation_round_get_offered_base    (ClNegotiationRound *self);
gint64               cl_negotiation_round_get_offered_bonus   (ClNegotiationRound *self);
gint64               cl_negotiation_round_get_offered_sign_on (ClNegotiationRound *self);
gint64               cl_negotiation_round_get_offered_equity  (ClNegotiationRound *self);
/* Whether any number came back. */
gboolean             cl_negotiation_round_has_numbers         (ClNegotiationRound *self);

/* clang-format on */
G_END_DECLS
