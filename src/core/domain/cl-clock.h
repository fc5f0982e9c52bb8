/* cl-clock.h — the time source every time-dependent module is given
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CLOCK (cl_clock_get_type ())
G_DECLARE_FINAL_TYPE (ClClock, cl_clock, CL, CLOCK, GObject)

/* The system's clock.  It emits ::minute-changed, ::hour-changed and
 * ::day-changed (local time) as they happen, and looks again after the
 * computer wakes from suspend. */
ClClock   *cl_clock_new_system (void);
/* A clock that stands still at @unix_time until set or advanced, for tests;
 * setting or advancing it emits the signals of the boundaries it crosses. */
ClClock   *cl_clock_new_fixed  (gint64   unix_time);
gint64     cl_clock_now        (ClClock *self);
GDateTime *cl_clock_now_local  (ClClock *self);
void       cl_clock_set        (ClClock *self,
                                gint64   unix_time);
void       cl_clock_advance    (ClClock *self,
                                gint64   seconds);
/* Looks at the time again now, emitting what changed since the last look
 * (the system clock does it itself on waking up). */
void       cl_clock_resync     (ClClock *self);

/* Calls @func (with @user_data) once the clock reads @unix_time or later,
 * from the main loop, then forgets the alarm (@destroy frees @user_data).
 * The system clock arms one timer for it and checks the wall clock when
 * the timer fires, every minute, and after a resume, so that a suspend or
 * a clock set forward or back neither loses nor advances it; a fixed clock
 * rings it when set or advanced past it.  An alarm already due rings from
 * an idle.  Returns an id for cl_clock_remove_alarm(). */
typedef void (*ClClockAlarmFunc) (gpointer user_data);
guint      cl_clock_add_alarm    (ClClock         *self,
                                  gint64           unix_time,
                                  ClClockAlarmFunc func,
                                  gpointer         user_data,
                                  GDestroyNotify   destroy);
/* Forgets an alarm that has not rung (an id of 0 is ignored). */
void       cl_clock_remove_alarm (ClClock         *self,
                                  guint            id);

/* clang-format on */
G_END_DECLS
