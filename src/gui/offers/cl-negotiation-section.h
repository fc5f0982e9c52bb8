/* cl-negotiation-section.h — an offer's negotiation: checks, plan, asks,
 * talking points, the log of rounds, and what changed since the start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_NEGOTIATION_SECTION (cl_negotiation_section_get_type ())
G_DECLARE_FINAL_TYPE (ClNegotiationSection, cl_negotiation_section, CL, NEGOTIATION_SECTION,
                      AdwBin)

/* The window actions the checks' banners activate: "New Offer…" when there
 * are fewer than two comparable offers, "Export Prep Sheet…" when the
 * deadline is close or past.  Without them the buttons are insensitive. */
#define CL_NEGOTIATION_NEW_OFFER_ACTION    "win.new-offer"
#define CL_NEGOTIATION_EXPORT_SHEET_ACTION "win.export-prep-sheet"

/* A section of the offer editor (ClOfferSection): these are its calls. */
GtkWidget *cl_negotiation_section_new          (void);

/* Shows @offer (the offer store's shared object) of @context, or nothing
 * when either is NULL.  What waits for the pause after typing is saved
 * first, into the offer shown until then.  The section follows the store
 * (the plan, asks, rounds and revisions, the other offers, the market
 * ranges) and the clock, so the checks are always those of now. */
void       cl_negotiation_section_set_offer    (ClNegotiationSection *self,
                                                ClContext            *context,
                                                ClOffer              *offer);
ClOffer   *cl_negotiation_section_get_offer    (ClNegotiationSection *self);

/* FALSE while a field holds what could not be saved ("valid", notified). */
gboolean   cl_negotiation_section_get_valid    (ClNegotiationSection *self);
/* Saves now what waits for the pause after typing. */
void       cl_negotiation_section_flush        (ClNegotiationSection *self);
/* After a flush: what was not saved, as sentences for the user; NULL when
 * all was. */
char      *cl_negotiation_section_get_unsaved  (ClNegotiationSection *self);

/* The banners shown for the checks that apply, in order (ClBanner; owned by
 * the section): what a test or a screen reader walks through. */
GPtrArray *cl_negotiation_section_get_banners  (ClNegotiationSection *self);

/* clang-format on */
G_END_DECLS
