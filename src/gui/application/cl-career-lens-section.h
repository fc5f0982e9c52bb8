/* cl-career-lens-section.h — how the job fits the user: career map, interest, gut feeling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-section-base.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CAREER_LENS_SECTION (cl_career_lens_section_get_type ())
G_DECLARE_FINAL_TYPE (ClCareerLensSection, cl_career_lens_section, CL, CAREER_LENS_SECTION,
                      ClSectionBase)

GtkWidget *cl_career_lens_section_new (void);

/* clang-format on */
G_END_DECLS
