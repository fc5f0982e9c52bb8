/* cl-posting-section.h — the job posting: address, salary, dates, documents, description
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-section-base.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_POSTING_SECTION (cl_posting_section_get_type ())
G_DECLARE_FINAL_TYPE (ClPostingSection, cl_posting_section, CL, POSTING_SECTION, ClSectionBase)

GtkWidget *cl_posting_section_new (void);

/* clang-format on */
G_END_DECLS
