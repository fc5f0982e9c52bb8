/* cl-red-flags-section.h — the warning signs noticed about an employer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-section-base.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_RED_FLAGS_SECTION (cl_red_flags_section_get_type ())
G_DECLARE_FINAL_TYPE (ClRedFlagsSection, cl_red_flags_section, CL, RED_FLAGS_SECTION,
                      ClSectionBase)

GtkWidget *cl_red_flags_section_new (void);

/* clang-format on */
G_END_DECLS
