/* cl-offer-details-section.h — title, level, dates, status and notes of an offer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-offer-section-base.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFER_DETAILS_SECTION (cl_offer_details_section_get_type ())
G_DECLARE_FINAL_TYPE (ClOfferDetailsSection, cl_offer_details_section, CL, OFFER_DETAILS_SECTION,
                      ClOfferSectionBase)

GtkWidget *cl_offer_details_section_new (void);

/* clang-format on */
G_END_DECLS
