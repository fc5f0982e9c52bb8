/* cl-negotiation-ask-dialog.h — asks what to ask for, and adds it to a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_NEGOTIATION_ASK_DIALOG (cl_negotiation_ask_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ClNegotiationAskDialog, cl_negotiation_ask_dialog, CL,
                      NEGOTIATION_ASK_DIALOG, AdwMessageDialog)

/* A dialog asking for an ask's kind, amount (in @offer's currency, checked
 * as typed), details and priority; "Add Ask" saves it in @offer's plan
 * through cl_offer_store_add_ask() and emits ::ask-added with the shared
 * ask.  When the store refuses, the dialog stays open with what was typed
 * and the reason under the field. */
ClNegotiationAskDialog *cl_negotiation_ask_dialog_new (GtkWindow *parent,
                                                       ClContext *context,
                                                       ClOffer   *offer);

/* clang-format on */
G_END_DECLS
