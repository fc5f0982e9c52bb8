/* cl-offers-section.h — the offers an application received, and adding one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-section-base.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFERS_SECTION (cl_offers_section_get_type ())
G_DECLARE_FINAL_TYPE (ClOffersSection, cl_offers_section, CL, OFFERS_SECTION, ClSectionBase)

GtkWidget *cl_offers_section_new (void);

/* clang-format on */
G_END_DECLS
