/* cl-offer-revision.h — an offer's terms as they stood at one moment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFER_REVISION (cl_offer_revision_get_type ())
G_DECLARE_FINAL_TYPE (ClOfferRevision, cl_offer_revision, CL, OFFER_REVISION, ClModel)

/* Revisions are recorded by ClOfferStore (cl_offer_store_add_negotiation_round())
 * and read with cl_offer_store_get_revisions(); every field is read-only. */

gint64  cl_offer_revision_get_id                   (ClOfferRevision *self);
gint64  cl_offer_revision_get_offer_id             (ClOfferRevision *self);
gint64  cl_offer_revision_get_recorded_at          (ClOfferRevision *self);
/* The negotiation round whose numbers made it; 0 for the terms as first
 * received ("initial"), or when that round was deleted since. */
gint64  cl_offer_revision_get_negotiation_round_id (ClOfferRevision *self);
/* As in ClOffer: cents, basis points, 1/10,000 of a unit for the share
 * price; -1 for "none". */
gint64  cl_offer_revision_get_base_salary          (ClOfferRevision *self);
gint64  cl_offer_revision_get_bonus_basis_points   (ClOfferRevision *self);
gint64  cl_offer_revision_get_bonus_amount         (ClOfferRevision *self);
gint64  cl_offer_revision_get_sign_on              (ClOfferRevision *self);
gint64  cl_offer_revision_get_equity_amount        (ClOfferRevision *self);
gint64  cl_offer_revision_get_equity_shares        (ClOfferRevision *self);
gint64  cl_offer_revision_get_share_price          (ClOfferRevision *self);
gint64  cl_offer_revision_get_refresher_amount     (ClOfferRevision *self);

/* clang-format on */
G_END_DECLS
