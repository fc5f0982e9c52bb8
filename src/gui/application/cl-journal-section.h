/* cl-journal-section.h — feedback, thoughts and lessons about an application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-section-base.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_JOURNAL_SECTION (cl_journal_section_get_type ())
G_DECLARE_FINAL_TYPE (ClJournalSection, cl_journal_section, CL, JOURNAL_SECTION, ClSectionBase)

/* The section (a ClApplicationSection): a form that adds an entry (dated
 * now by the context's clock unless changed), then the entries, newest
 * first, each edited in place and deleted with an Undo toast shown in the
 * nearest AdwToastOverlay above it. */
GtkWidget *cl_journal_section_new (void);

/* clang-format on */
G_END_DECLS
