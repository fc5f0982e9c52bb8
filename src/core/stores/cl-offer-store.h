/* cl-offer-store.h — the offers received, their market ranges and their negotiation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-deletion.h"
#include "cl-exchange-rate.h"
#include "cl-market-range.h"
#include "cl-negotiation-ask.h"
#include "cl-negotiation-plan.h"
#include "cl-negotiation-round.h"
#include "cl-offer-revision.h"
#include "cl-offer.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFER_STORE (cl_offer_store_get_type ())
G_DECLARE_FINAL_TYPE (ClOfferStore, cl_offer_store, CL, OFFER_STORE, ClStore)

/* Besides its models, emits ::negotiation-changed (gint64 offer_id, 0 for
 * "maybe any") after each committed change to an offer's plan, asks, rounds
 * or revisions, whoever made it: what is read on demand (revisions) or may
 * appear (a plan) is read again then. */
ClOfferStore *cl_offer_store_new          (ClDatabase    *database,
                                           ClClock       *clock);

/* Offers ------------------------------------------------------------------ */

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
/* Deletes an offer with its vesting years, negotiation plan (asks, rounds)
 * and revisions; market ranges looked up for it stay, linked to none, and a
 * plan using it as leverage loses its leverage.  @out_deletion (may be
 * NULL) receives what Undo needs. */
gboolean      cl_offer_store_delete_offer (ClOfferStore  *self,
                                           ClOffer       *offer,
                                           ClDeletion   **out_deletion,
                                           GError       **error);
/* Brings a deleted offer back exactly, with all that went or was unlinked
 * with it. */
gboolean      cl_offer_store_undo_delete  (ClOfferStore  *self,
                                           ClDeletion    *deletion,
                                           GError       **error);

/* Market ranges ------------------------------------------------------------ */

/* Every market range (ClMarketRange), the most recently retrieved first
 * (undated ones last); lives as long as the store and follows every change. */
GListModel   *cl_offer_store_get_market_ranges   (ClOfferStore      *self);
/* Saves a new range (from cl_market_range_new()); the object becomes the
 * shared one.  Its offer, if any, must exist. */
gboolean      cl_offer_store_add_market_range    (ClOfferStore      *self,
                                                  ClMarketRange     *range,
                                                  GError           **error);
/* Saves an edited copy (cl_market_range_copy()). */
gboolean      cl_offer_store_update_market_range (ClOfferStore      *self,
                                                  ClMarketRange     *range,
                                                  GError           **error);
gboolean      cl_offer_store_delete_market_range (ClOfferStore      *self,
                                                  ClMarketRange     *range,
                                                  GError           **error);
/* The ranges of @component to place @offer in (shared ClMarketRange, in a
 * new array): those looked up for it (linked to it) if there are any;
 * otherwise those in the offer's currency whose role is the offer's title
 * (ignoring case and spaces around) or empty, and whose level is the
 * offer's level or empty.  The most recently retrieved first. */
GPtrArray    *cl_offer_store_find_market_ranges  (ClOfferStore      *self,
                                                  ClOffer           *offer,
                                                  ClMarketComponent  component);

/* Exchange rates ----------------------------------------------------------- */

/* Every exchange rate (ClExchangeRate) by currency pair, then the most
 * recent first; lives as long as the store and follows every change. */
GListModel     *cl_offer_store_get_exchange_rates   (ClOfferStore   *self);
/* Saves a new rate (from cl_exchange_rate_new()); the object becomes the
 * shared one. */
gboolean        cl_offer_store_add_exchange_rate    (ClOfferStore   *self,
                                                     ClExchangeRate *rate,
                                                     GError        **error);
/* Saves an edited copy (cl_exchange_rate_copy()). */
gboolean        cl_offer_store_update_exchange_rate (ClOfferStore   *self,
                                                     ClExchangeRate *rate,
                                                     GError        **error);
gboolean        cl_offer_store_delete_exchange_rate (ClOfferStore   *self,
                                                     ClExchangeRate *rate,
                                                     GError        **error);
/* The most recent rate entered from @from_currency to @to_currency (ignoring
 * case), or NULL: the rate of the other direction is not turned around. */
ClExchangeRate *cl_offer_store_find_exchange_rate   (ClOfferStore   *self,
                                                     const char     *from_currency,
                                                     const char     *to_currency);

/* Negotiation plans ----------------------------------------------------------- */

/* The shared plan of @offer_id, or NULL when it has none yet; it follows
 * every change. */
ClNegotiationPlan *cl_offer_store_get_plan  (ClOfferStore      *self,
                                             gint64             offer_id);
/* Saves a plan: a new one (cl_negotiation_plan_new(), id 0) is added and
 * becomes the shared one (if the offer got a plan meanwhile, that plan is
 * written instead); an edited copy (cl_negotiation_plan_copy()) is written
 * into its row.  The offer and the leverage offer, if any, must exist. */
gboolean           cl_offer_store_save_plan (ClOfferStore      *self,
                                             ClNegotiationPlan *plan,
                                             GError           **error);

/* Negotiation asks -------------------------------------------------------------- */

/* The asks of @offer_id's plan (ClNegotiationAsk) in the order they were
 * added; made on the first call (empty while there is no plan), then kept
 * as long as the store and following every change. */
GListModel   *cl_offer_store_get_asks     (ClOfferStore      *self,
                                           gint64             offer_id);
/* Saves a new ask (cl_negotiation_ask_new()) after the plan's others,
 * making the plan too if the offer has none, in one transaction; the object
 * becomes the shared one. */
gboolean      cl_offer_store_add_ask      (ClOfferStore      *self,
                                           gint64             offer_id,
                                           ClNegotiationAsk  *ask,
                                           GError           **error);
/* Saves an edited copy (cl_negotiation_ask_copy()), its place kept. */
gboolean      cl_offer_store_update_ask   (ClOfferStore      *self,
                                           ClNegotiationAsk  *ask,
                                           GError           **error);
gboolean      cl_offer_store_delete_ask   (ClOfferStore      *self,
                                           ClNegotiationAsk  *ask,
                                           GError           **error);

/* Negotiation rounds ------------------------------------------------------------ */

/* The rounds of @offer_id's negotiation (ClNegotiationRound), the latest
 * first; made on the first call, then kept and following every change. */
GListModel   *cl_offer_store_get_negotiation_rounds   (ClOfferStore        *self,
                                                       gint64               offer_id);
/* Saves a new round (cl_negotiation_round_new()) in one transaction: makes
 * the plan if the offer has none; records the offer's terms as its first
 * revision ("initial") if it has none yet; adds the round; and with
 * @apply_numbers, if the round carries numbers, writes them into the offer
 * (the bonus and the equity become amounts, replacing a percentage or
 * shares × price; a year-2 part larger than a new sign-on bonus is cleared)
 * with the checks of cl_offer_store_update_offer(), then records the new
 * terms as a revision of that round.  Any failure leaves nothing.  The
 * object becomes the shared one. */
gboolean      cl_offer_store_add_negotiation_round    (ClOfferStore        *self,
                                                       gint64               offer_id,
                                                       ClNegotiationRound  *round,
                                                       gboolean             apply_numbers,
                                                       GError             **error);
/* Saves an edited copy (cl_negotiation_round_copy()); its numbers are not
 * written into the offer again. */
gboolean      cl_offer_store_update_negotiation_round (ClOfferStore        *self,
                                                       ClNegotiationRound  *round,
                                                       GError             **error);
/* Deletes a round; the revisions it made stay, linked to no round. */
gboolean      cl_offer_store_delete_negotiation_round (ClOfferStore        *self,
                                                       ClNegotiationRound  *round,
                                                       GError             **error);

/* Offer revisions ------------------------------------------------------------------ */

/* @offer_id's revisions (ClOfferRevision), the oldest first, read now into a
 * new array; NULL with @error set on failure. */
GPtrArray    *cl_offer_store_get_revisions (ClOfferStore  *self,
                                            gint64         offer_id,
                                            GError       **error);

/* What the offers say together ------------------------------------------------- */

/* The checks of cl_negotiation_check() for @offer (ClNegotiationCheck): its
 * plan, the other open offers, the market median of its total, the
 * leverage offer's status and its deadline, now. */
GPtrArray    *cl_offer_store_check_negotiation        (ClOfferStore      *self,
                                                       ClOffer           *offer);
/* Where @value (what: "Year-1 total", "Base salary") of @offer sits in its
 * newest matching range of @component in its currency: "Year-1 total
 * $243,000 is between the 50th and 75th percentile of Levels.fyi (MLE, L5;
 * retrieved 2026-11-30): 25th $200,000 · 50th $230,000 · …."; NULL when no
 * range places it. */
char         *cl_offer_store_describe_market_position (ClOfferStore      *self,
                                                       ClOffer           *offer,
                                                       ClMarketComponent  component,
                                                       const char        *what,
                                                       gint64             value);
/* @offers (ClOffer) side by side in @currency (NULL: the one most of them
 * are in), through the exchange rates entered. */
ClCompComparison *cl_offer_store_compare              (ClOfferStore      *self,
                                                       GPtrArray         *offers,
                                                       const char        *currency,
                                                       GError           **error);

/* clang-format on */
G_END_DECLS
