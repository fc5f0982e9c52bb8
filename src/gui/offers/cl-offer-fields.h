/* cl-offer-fields.h — how the Offers page reads and shows an offer's values
 *
 * The one place the page turns typed text into an offer's exact integers and
 * back (through cl-money.h): amounts in the offer's currency, percentages,
 * share prices and counts, months, years, the custom schedule.  The labels
 * of its choices and the figures its rows show are here too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-compensation.h"
#include "cl-offer.h"

G_BEGIN_DECLS
/* clang-format off */

/* Reads @text, typed for the offer's property @property, into @copy (an
 * edited copy, cl_offer_copy()), as the field's user means it: an amount
 * in the copy's currency, a percentage ("15", "12.5%"), "40 / 30 / 20 / 10"
 * for the custom schedule…  Blank is "none" where the value is optional.
 * FALSE with a CL_VALIDATION_ERROR naming @property, whose message says
 * what to write, when the text cannot be read; the model's own checks (the
 * custom years adding up to 100%…) are left to cl_model_validate_field(). */
gboolean     cl_offer_field_parse       (ClOffer     *copy,
                                         const char  *property,
                                         const char  *text,
                                         GError     **error);
/* What the field of @property shows for @offer's value ("" for none), as
 * cl_offer_field_parse() reads it back: "120,000.50", "15%", "123.4567". */
char        *cl_offer_field_format      (ClOffer     *offer,
                                         const char  *property);

/* The 4-year breakdown of @offer (cl_offer_get_breakdown()); FALSE with
 * @error saying what is missing. */
gboolean     cl_offer_compute           (ClOffer          *offer,
                                         ClCompBreakdown  *out,
                                         GError          **error);
/* Year 1's total, formatted in the offer's currency, or NULL when it cannot
 * be computed. */
char        *cl_offer_format_year1      (ClOffer     *offer);

/* "Received", "Negotiating", "Accepted", "Declined", "Expired". */
const char  *cl_offer_status_get_label  (ClOfferStatus status);
/* Every status label in the enum's order, NULL-terminated, for a combo. */
const char * const *cl_offer_status_get_labels (void);
/* "Standard, equal years", "Front-loaded, 33/33/22/12"…, in the enum's order. */
const char * const *cl_vesting_get_labels  (void);
/* Whether the offer still waits for an answer: received or negotiating. */
gboolean     cl_offer_is_open           (ClOffer     *offer);
/* "Answer by Fri 4 Dec", "Answer by Fri 4 Dec 2027" (another year),
 * "Deadline passed", or NULL without a deadline; @now a Unix time. */
char        *cl_offer_describe_deadline (ClOffer     *offer,
                                         gint64       now);

/* clang-format on */
G_END_DECLS
