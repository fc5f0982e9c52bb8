/* cl-offer-store-private.h — what cl-offer-store.c, -market.c and -negotiation.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-object-list.h"
#include "cl-offer-store.h"
#include "cl-transaction.h"

G_BEGIN_DECLS
/* clang-format off */

/* The asks and rounds of one offer's negotiation, as list models. */
typedef struct
{
  ClObjectList *asks;   /* by position */
  ClObjectList *rounds; /* the latest first */
} ClOfferNegotiation;

struct _ClOfferStore
{
  ClStore       parent_instance;

  ClObjectList *offers;         /* by id */
  ClObjectList *market_ranges;  /* the most recently retrieved first */
  ClObjectList *exchange_rates; /* by pair, the most recent first */
  GHashTable   *plans;          /* offer id → ClNegotiationPlan */
  GHashTable   *negotiations;   /* offer id → ClOfferNegotiation, made on demand */
  ClModel      *adopting;       /* a new object whose row the next change adds */
  gint64        adopting_id;
};

/* Everything the store shows, as read() reads it (any thread). */
typedef struct
{
  GPtrArray *offers;
  GPtrArray *market_ranges;
  GPtrArray *exchange_rates;
  GPtrArray *plans;
  GPtrArray *asks;   /* of every plan */
  GPtrArray *rounds; /* of every plan */
} ClOfferStoreRows;

/* cl-offer-store.c */

/* @fresh (just read, owned), or, if it is the row of the object being
 * adopted, that object with @fresh's values; returns an owned reference. */
gpointer  cl_offer_store_adopt_row          (ClOfferStore     *self,
                                             gpointer          fresh);
/* The same for each object of @rows. */
void      cl_offer_store_adopt_rows         (ClOfferStore     *self,
                                             GPtrArray        *rows);
/* Commits @tx; the change it announces makes @object the shared object of
 * the new row @id. */
gboolean  cl_offer_store_commit_adopting    (ClOfferStore     *self,
                                             ClTransaction    *tx,
                                             gpointer          object,
                                             gint64            id,
                                             GError          **error);
/* The rows of @type read by "SELECT <its columns, each after @prefix>
 * @tail"; a ?1 in @tail is @id.  NULL with @error set on failure. */
GPtrArray *cl_offer_store_read_rows         (ClDatabase       *database,
                                             GType             type,
                                             const char       *prefix,
                                             const char       *tail,
                                             gint64            id,
                                             GError          **error);
/* Names @offer_id's negotiation rows (plan, asks, rounds, revisions) as
 * changed; 0 for rows of no offer (exchange rates, a range of none). */
void      cl_offer_store_touch_negotiation  (ClTransaction    *tx,
                                             gint64            offer_id);
/* The offer's row, read now (with its custom vesting); NULL with
 * CL_DATABASE_ERROR_NOT_FOUND if it is gone. */
ClOffer  *cl_offer_store_read_offer         (ClDatabase       *database,
                                             gint64            offer_id,
                                             GError          **error);
/* Writes @offer (any object of an existing offer) into its row after the
 * checks of cl_offer_store_update_offer(), and names it as changed. */
gboolean  cl_offer_store_write_offer        (ClOfferStore     *self,
                                             ClTransaction    *tx,
                                             ClOffer          *offer,
                                             GError          **error);

/* cl-offer-store-market.c */

void      cl_offer_store_init_market        (ClOfferStore     *self);
gboolean  cl_offer_store_read_market        (ClDatabase       *database,
                                             ClOfferStoreRows *rows,
                                             GError          **error);
/* Puts what was read into the models; takes the arrays. */
void      cl_offer_store_apply_market       (ClOfferStore     *self,
                                             ClOfferStoreRows *rows);
/* Reads the ranges and rates again, after a change to them. */
void      cl_offer_store_reload_market      (ClOfferStore     *self);

/* cl-offer-store-negotiation.c */

void      cl_offer_store_init_negotiation   (ClOfferStore     *self);
gboolean  cl_offer_store_read_negotiation   (ClDatabase       *database,
                                             ClOfferStoreRows *rows,
                                             GError          **error);
/* Puts what was read into the plans and the models made so far; takes the
 * arrays. */
void      cl_offer_store_apply_negotiation  (ClOfferStore     *self,
                                             ClOfferStoreRows *rows);
/* Reads every plan again (a plan may lose its leverage to another offer's
 * change), and the asks and rounds of each of @offer_ids (gint64) that has
 * models. */
void      cl_offer_store_reload_negotiation (ClOfferStore     *self,
                                             GArray           *offer_ids);

/* clang-format on */
G_END_DECLS
