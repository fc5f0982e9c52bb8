/* cl-offer-store.h — the offers received, as a list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-offer.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFER_STORE (cl_offer_store_get_type ())
G_DECLARE_FINAL_TYPE (ClOfferStore, cl_offer_store, CL, OFFER_STORE, ClStore)

ClOfferStore *cl_offer_store_new          (ClDatabase    *database,
                                           ClClock       *clock);

/* Every offer in the order it was added (ClOffer); the model lives as long as
 * the store and follows every change. */
GListModel   *cl_offer_store_get_offers   (ClOfferStore  *self);
ClOffer      *cl_offer_store_find_offer   (ClOfferStore  *self,
                                           gint64         offer_id);

/* Saves a new offer (from cl_offer_new()), received now unless its
 * received-at says when; the object becomes the shared one.
 * Fails with CL_DATABASE_ERROR_NOT_FOUND if the application does not exist. */
gboolean      cl_offer_store_add_offer    (ClOfferStore  *self,
                                           ClOffer       *offer,
                                           GError       **error);
/* Saves an edited copy (cl_offer_copy()), all but its application. */
gboolean      cl_offer_store_update_offer (ClOfferStore  *self,
                                           ClOffer       *offer,
                                           GError       **error);
/* Deletes an offer with its vesting years and negotiation plan. */
gboolean      cl_offer_store_delete_offer (ClOfferStore  *self,
                                           ClOffer       *offer,
                                           GError       **error);

/* clang-format on */
G_END_DECLS
