/* cl-overview-section.h — the job: company, role, stage, level, place, source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-application-section.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OVERVIEW_SECTION (cl_overview_section_get_type ())
G_DECLARE_FINAL_TYPE (ClOverviewSection, cl_overview_section, CL, OVERVIEW_SECTION, AdwBin)

GtkWidget *cl_overview_section_new (void);

/* clang-format on */
G_END_DECLS
