/* cl-offer-revision.c — an offer's terms as they stood at one moment
 *
 * The object mirrors a row of `offer_revisions`: the terms before the first
 * negotiation round, then after each round whose numbers were written into
 * the offer.  Only the store writes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-revision"

#include "config.h"

#include "cl-model-private.h"
#include "cl-offer-revision.h"

struct _ClOfferRevision
{
  ClModel parent_instance;

  gint64  id;
  gint64  offer_id;
  gint64  recorded_at;
  gint64  negotiation_round_id;
  gint64  base_salary;
  gint64  bonus_basis_points;
  gint64  bonus_amount;
  gint64  sign_on;
  gint64  equity_amount;
  gint64  equity_shares;
  gint64  share_price;
  gint64  refresher_amount;
};

G_DEFINE_FINAL_TYPE (ClOfferRevision, cl_offer_revision, CL_TYPE_MODEL)

#define TERM(prop, col, member) \
  { \
    prop, col, CL_FIELD_INT64, G_STRUCT_OFFSET (ClOfferRevision, member), \
      .flags = CL_FIELD_READ_ONLY | CL_FIELD_OPTIONAL, .none = -1, .default_value = -1 \
  }

/* clang-format off */
static const ClField fields[] = {
  CL_FIELD_ID (ClOfferRevision, id),
  { "offer-id", "offer_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClOfferRevision, offer_id),
    .flags = CL_FIELD_READ_ONLY },
  { "recorded-at", "recorded_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClOfferRevision, recorded_at),
    .flags = CL_FIELD_READ_ONLY },
  { "negotiation-round-id", "negotiation_round_id", CL_FIELD_INT64,
    G_STRUCT_OFFSET (ClOfferRevision, negotiation_round_id),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_OPTIONAL, .none = 0 },
  { "base-salary", "base_salary", CL_FIELD_INT64, G_STRUCT_OFFSET (ClOfferRevision, base_salary),
    .flags = CL_FIELD_READ_ONLY },
  TERM ("bonus-basis-points", "bonus_basis_points", bonus_basis_points),
  TERM ("bonus-amount", "bonus_amount", bonus_amount),
  TERM ("sign-on", "sign_on", sign_on),
  TERM ("equity-amount", "equity_amount", equity_amount),
  TERM ("equity-shares", "equity_shares", equity_shares),
  TERM ("share-price", "share_price", share_price),
  TERM ("refresher-amount", "refresher_amount", refresher_amount),
};
/* clang-format on */

static void
cl_offer_revision_class_init (ClOfferRevisionClass *klass)
{
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "offer_revisions", fields,
                             G_N_ELEMENTS (fields));
}

static void
cl_offer_revision_init (ClOfferRevision *self)
{
}

gint64
cl_offer_revision_get_id (ClOfferRevision *self)
{
  g_return_val_if_fail (CL_IS_OFFER_REVISION (self), 0);
  return self->id;
}

gint64
cl_offer_revision_get_offer_id (ClOfferRevision *self)
{
  g_return_val_if_fail (CL_IS_OFFER_REVISION (self), 0);
  return self->offer_id;
}

gint64
cl_offer_revision_get_recorded_at (ClOfferRevision *self)
{
  g_return_val_if_fail (CL_IS_OFFER_REVISION (self), 0);
  return self->recorded_at;
}

gint64
cl_offer_revision_get_negotiation_round_id (ClOfferRevision *self)
{
  g_return_val_if_fail (CL_IS_OFFER_REVISION (self), 0);
  return self->negotiation_round_id;
}

gint64
cl_offer_revision_get_base_salary (ClOfferRevision *self)
{
  g_return_val_if_fail (CL_IS_OFFER_REVISION (self), 0);
  return self->base_salary;
}

gint64
cl_offer_revision_get_bonus_basis_points (ClOfferRevision *self)
{
  g_return_val_if_fail (CL_IS_OFFER_REVISION (self), -1);
  return self->bonus_basis_points;
}

gint64
cl_offer_revision_get_bonus_amount (ClOfferRevision *self)
{
  g_return_val_if_fail (CL_IS_OFFER_REVISION (self), -1);
  return self->bonus_amount;
}

gint64
cl_offer_revision_get_sign_on (ClOfferRevision *self)
{
  g_return_val_if_fail (CL_IS_OFFER_REVISION (self), -1);
  return self->sign_on;
}

gint64
cl_offer_revision_get_equity_amount (ClOfferRevision *self)
{
  g_return_val_if_fail (CL_IS_OFFER_REVISION (self), -1);
  return self->equity_amount;
}

gint64
cl_offer_revision_get_equity_shares (ClOfferRevision *self)
{
  g_return_val_if_fail (CL_IS_OFFER_REVISION (self), -1);
  return self->equity_shares;
}

gint64
cl_offer_revision_get_share_price (ClOfferRevision *self)
{
  g_return_val_if_fail (CL_IS_OFFER_REVISION (self), -1);
  return self->share_price;
}

gint64
cl_offer_revision_get_refresher_amount (ClOfferRevision *self)
{
  g_return_val_if_fail (CL_IS_OFFER_REVISION (self), -1);
  return self->refresher_amount;
}
