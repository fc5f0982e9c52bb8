/* cl-offer-compensation-section.h — what an offer pays: salary, bonus, equity, benefits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-offer-section-base.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFER_COMPENSATION_SECTION (cl_offer_compensation_section_get_type ())
G_DECLARE_FINAL_TYPE (ClOfferCompensationSection, cl_offer_compensation_section, CL,
                      OFFER_COMPENSATION_SECTION, ClOfferSectionBase)

GtkWidget *cl_offer_compensation_section_new (void);

/* clang-format on */
G_END_DECLS
