/* cl-rounds-section.h — the interview format: where it came from, and the rounds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-section-base.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_ROUNDS_SECTION (cl_rounds_section_get_type ())
G_DECLARE_FINAL_TYPE (ClRoundsSection, cl_rounds_section, CL, ROUNDS_SECTION, ClSectionBase)

/* The section (a ClApplicationSection); rounds are added with the Add Round
 * button, moved by dragging or Alt+Up/Down ("rounds.move-up"/"-down" on the
 * round holding the focus) and deleted with an Undo toast shown in the
 * nearest AdwToastOverlay above it. */
GtkWidget *cl_rounds_section_new (void);

/* clang-format on */
G_END_DECLS
