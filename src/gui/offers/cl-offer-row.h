/* cl-offer-row.h — an offer in the list: company, role, status, year 1, deadline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFER_ROW (cl_offer_row_get_type ())
G_DECLARE_FINAL_TYPE (ClOfferRow, cl_offer_row, CL, OFFER_ROW, GtkWidget)

GtkWidget  *cl_offer_row_new            (void);
/* Shows @offer (may be NULL) and follows its changes; @context gives its
 * application and the time. */
void        cl_offer_row_set_offer      (ClOfferRow *self,
                                         ClContext  *context,
                                         ClOffer    *offer);
ClOffer    *cl_offer_row_get_offer      (ClOfferRow *self);
/* What a screen reader says for the row: "Deep Lattice, ML Engineer,
 * Negotiating, year 1 $215,000, Answer by Fri 4 Dec". */
const char *cl_offer_row_get_description (ClOfferRow *self);

/* clang-format on */
G_END_DECLS
