/* cl-negotiation-round-dialog.h — logs one round of a negotiation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_NEGOTIATION_ROUND_DIALOG (cl_negotiation_round_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ClNegotiationRoundDialog, cl_negotiation_round_dialog, CL,
                      NEGOTIATION_ROUND_DIALOG, AdwMessageDialog)

/* A dialog asking when a round of @offer's negotiation was (now, by the
 * context's clock, to start with), what was asked, what came back, its
 * outcome and the numbers that came back (base, bonus, sign-on, equity:
 * each optional, in the offer's currency, checked as typed), with a switch
 * "Update the offer with these numbers" (on).  "Log Round" saves it
 * through cl_offer_store_add_negotiation_round() and emits ::round-added
 * with the shared round; when the store refuses, the dialog stays open
 * with the reason. */
ClNegotiationRoundDialog *cl_negotiation_round_dialog_new (GtkWindow *parent,
                                                           ClContext *context,
                                                           ClOffer   *offer);

/* clang-format on */
G_END_DECLS
