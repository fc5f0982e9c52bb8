/* cl-offers-view.h — the Offers page: every offer, and the one chosen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFERS_VIEW (cl_offers_view_get_type ())
G_DECLARE_FINAL_TYPE (ClOffersView, cl_offers_view, CL, OFFERS_VIEW, GtkWidget)

void        cl_offers_view_set_context   (ClOffersView *self,
                                          ClContext    *context);
/* The offers as listed: open ones (received, negotiating) first by their
 * response deadline, then the others, the latest received first. */
GListModel *cl_offers_view_get_offers    (ClOffersView *self);
/* The offer the editor shows, or NULL. */
ClOffer    *cl_offers_view_get_selected  (ClOffersView *self);
/* Selects the offer @offer_id and shows it (alone, when the window is
 * narrow); FALSE when there is no such offer. */
gboolean    cl_offers_view_show_offer    (ClOffersView *self,
                                          gint64        offer_id);
/* Opens the dialog that adds an offer. */
void        cl_offers_view_new_offer     (ClOffersView *self);
/* Whether the page shows the offers side by side (ClOfferComparison)
 * instead of the list and the editor ("comparing"). */
gboolean    cl_offers_view_get_comparing (ClOffersView *self);
void        cl_offers_view_set_comparing (ClOffersView *self,
                                          gboolean      comparing);
/* The currency the comparison shows ("Compare In"), for the prep sheet to
 * use the same; NULL while the comparison was never opened. */
const char *cl_offers_view_get_comparison_currency (ClOffersView *self);

/* clang-format on */
G_END_DECLS
