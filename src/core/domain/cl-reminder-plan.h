/* cl-reminder-plan.h — when each reminder of the data falls due
 *
 * Pure computation, no SQL and no clock: given what the data holds (rounds,
 * contacts, offers, objectives, the user's own reminders), the settings and
 * a time zone, the reminders it asks for, each with a stable key naming its
 * source and lead ("round:12:day-before"), its due time in UTC, and the
 * moment after which it means nothing any more (the round has begun, the
 * deadline's day is over).  Local times are worked out in @zone, so a day
 * with a DST change moves "the day before at 18:00" to 18:00 of that day,
 * neither skipped nor repeated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS
/* clang-format off */

typedef enum
{
  CL_REMINDER_KIND_INTERVIEW,
  CL_REMINDER_KIND_FOLLOW_UP,
  CL_REMINDER_KIND_STAY_IN_TOUCH,
  CL_REMINDER_KIND_OFFER_DEADLINE,
  CL_REMINDER_KIND_OBJECTIVE_DUE,
  CL_REMINDER_KIND_CUSTOM,
} ClReminderKind;

#define CL_REMINDER_N_KINDS (CL_REMINDER_KIND_CUSTOM + 1)

/* What the user chose in Preferences. */
typedef struct
{
  gboolean enabled[CL_REMINDER_N_KINDS];
  int      day_before_minutes; /* the time of "the day before", minutes after midnight */
} ClReminderSettings;

/* Every kind on, the day before at 18:00. */
void cl_reminder_settings_init (ClReminderSettings *settings);

/* One source of reminders, as the store read it. */
typedef enum
{
  CL_REMINDER_SOURCE_ROUND,     /* at: the round's start */
  CL_REMINDER_SOURCE_FOLLOW_UP, /* at: the contact's next follow-up */
  CL_REMINDER_SOURCE_STAY,      /* at: when the cadence runs out */
  CL_REMINDER_SOURCE_OFFER,     /* at: the response deadline */
  CL_REMINDER_SOURCE_OBJECTIVE, /* at: local midnight of the target day */
  CL_REMINDER_SOURCE_CUSTOM,    /* at: when the user asked */
} ClReminderSourceKind;

typedef struct
{
  ClReminderSourceKind kind;
  gint64               id; /* the round, contact, offer, objective or reminder row */
  gint64               at;
} ClReminderSource;

/* A reminder due.  @key is stable for its source and lead, so that what
 * was delivered or snoozed is known again after a restart. */
typedef struct
{
  char          *key;
  ClReminderKind kind;
  gint64         source_id;
  gint64         due_at;     /* UTC */
  gint64         expires_at; /* UTC; G_MAXINT64 when it never does */
  /* The lead of a derived reminder ("day-before", "hour-before",
   * "two-days-before", "on-the-day", "due"), NULL for the user's own. */
  const char    *lead;
} ClPlannedReminder;

void cl_planned_reminder_clear (ClPlannedReminder *reminder);

/* The reminders @sources ask for under @settings (kinds turned off ask for
 * none), as a new array of ClPlannedReminder (freed with it), in no
 * particular order.  Times of the day are local to @zone. */
GArray *cl_reminder_plan (const ClReminderSource   *sources,
                          guint                     n_sources,
                          const ClReminderSettings *settings,
                          GTimeZone                *zone);

/* The key of a reminder ("round:12:day-before", "custom:5"). */
char   *cl_reminder_plan_key (ClReminderSourceKind kind,
                              gint64               id,
                              const char          *lead);

/* clang-format on */
G_END_DECLS
