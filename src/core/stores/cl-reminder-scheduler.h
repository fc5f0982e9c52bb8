/* cl-reminder-scheduler.h — one alarm, for the next reminder due
 *
 * Arms a single alarm of the clock for the next time a reminder not yet
 * told falls due — no polling — and arms it again whenever the reminders
 * change (the data, the settings) and after it rings.  The clock rings it
 * late neither after a suspend nor when the wall clock is set (it looks
 * again then).  When it rings, what is due is marked told and handed to
 * ::due for the desktop to show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-reminder-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_REMINDER_SCHEDULER (cl_reminder_scheduler_get_type ())
G_DECLARE_FINAL_TYPE (ClReminderScheduler, cl_reminder_scheduler, CL, REMINDER_SCHEDULER,
                      GObject)

/* More reminders than this, told at once, are one notification ("5
 * reminders while you were away"). */
#define CL_REMINDER_SCHEDULER_MAX_SINGLE 3

/* Signals: ::due (GPtrArray of ClReminder, oldest first; gboolean missed:
 * they fell due while CareerLens was not running). */
ClReminderScheduler *cl_reminder_scheduler_new        (ClReminderStore     *store,
                                                       ClClock             *clock);
/* Tells what fell due before now (missed), then arms the alarm. */
void                 cl_reminder_scheduler_start      (ClReminderScheduler *self);
/* When the alarm will ring; 0 when none is armed. */
gint64               cl_reminder_scheduler_get_armed_time (ClReminderScheduler *self);

/* clang-format on */
G_END_DECLS
