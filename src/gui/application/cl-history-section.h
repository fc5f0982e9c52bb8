/* cl-history-section.h — the stages an application went through, read-only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-section-base.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_HISTORY_SECTION (cl_history_section_get_type ())
G_DECLARE_FINAL_TYPE (ClHistorySection, cl_history_section, CL, HISTORY_SECTION, ClSectionBase)

GtkWidget *cl_history_section_new (void);

/* clang-format on */
G_END_DECLS
