/* cl-offer-totals-section.h — total compensation by year, component by component
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-offer-section-base.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFER_TOTALS_SECTION (cl_offer_totals_section_get_type ())
G_DECLARE_FINAL_TYPE (ClOfferTotalsSection, cl_offer_totals_section, CL, OFFER_TOTALS_SECTION,
                      ClOfferSectionBase)

GtkWidget *cl_offer_totals_section_new (void);

/* clang-format on */
G_END_DECLS
