/* cl-schedule-dialog.h — plan a domain's objectives back from an interview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_SCHEDULE_DIALOG (cl_schedule_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ClScheduleDialog, cl_schedule_dialog, CL, SCHEDULE_DIALOG, AdwMessageDialog)

/* Proposes target dates for @domain's open objectives before an upcoming
 * round the user picks; "schedule" saves them (and links each objective to
 * the round) in one transaction. */
ClScheduleDialog *cl_schedule_dialog_new        (GtkWindow        *parent,
                                                 ClContext        *context,
                                                 ClPrepDomain      domain);
/* The dates proposed, one line per objective chosen: "Title: YYYY-MM-DD";
 * or the reason there are none. */
char             *cl_schedule_dialog_get_preview (ClScheduleDialog *self);

/* clang-format on */
G_END_DECLS
