/* cl-reminder-plan.c — when each reminder of the data falls due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-reminder-plan"

#include "config.h"

#include "cl-reminder-plan.h"

#define HOUR 3600

void
cl_reminder_settings_init (ClReminderSettings *settings)
{
  g_return_if_fail (settings != NULL);

  for (guint i = 0; i < CL_REMINDER_N_KINDS; i++)
    settings->enabled[i] = TRUE;
  settings->day_before_minutes = 18 * 60;
}

void
cl_planned_reminder_clear (ClPlannedReminder *reminder)
{
  g_clear_pointer (&reminder->key, g_free);
}

static const char *const source_names[] = {
  [CL_REMINDER_SOURCE_ROUND] = "round",
  [CL_REMINDER_SOURCE_FOLLOW_UP] = "follow-up",
  [CL_REMINDER_SOURCE_STAY] = "stay-in-touch",
  [CL_REMINDER_SOURCE_OFFER] = "offer",
  [CL_REMINDER_SOURCE_OBJECTIVE] = "objective",
  [CL_REMINDER_SOURCE_CUSTOM] = "custom",
};

char *
cl_reminder_plan_key (ClReminderSourceKind kind,
                      gint64               id,
                      const char          *lead)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (source_names), NULL);

  if (lead == NULL)
    return g_strdup_printf ("%s:%" G_GINT64_FORMAT, source_names[kind], id);
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%s", source_names[kind], id, lead);
}

/* @days after the local day of @at, at @minutes past local midnight, in
 * UTC.  A time a DST change skips is moved forward by the gap (GLib's
 * rule), one it repeats is taken the first time. */
static gint64
local_day_at (gint64     at,
              int        days,
              int        minutes,
              GTimeZone *zone)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (at);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (when, zone);
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) result = NULL;

  midnight = g_date_time_new (zone, g_date_time_get_year (local), g_date_time_get_month (local),
                              g_date_time_get_day_of_month (local), 0, 0, 0);
  /* Whole days on the calendar, not 24-hour steps. */
  day = g_date_time_add_days (midnight, days);
  result = g_date_time_new (zone, g_date_time_get_year (day), g_date_time_get_month (day),
                            g_date_time_get_day_of_month (day), minutes / 60, minutes % 60, 0);
  return g_date_time_to_unix (result);
}

static void
add (GArray              *planned,
     ClReminderKind       kind,
     ClReminderSourceKind source,
     gint64               id,
     const char          *lead,
     gint64               due_at,
     gint64               expires_at)
{
  ClPlannedReminder reminder = {
    cl_reminder_plan_key (source, id, lead),
    kind,
    id,
    due_at,
    expires_at,
    lead,
  };

  g_array_append_val (planned, reminder);
}

GArray *
cl_reminder_plan (const ClReminderSource   *sources,
                  guint                     n_sources,
                  const ClReminderSettings *settings,
                  GTimeZone                *zone)
{
  GArray *planned = g_array_new (FALSE, FALSE, sizeof (ClPlannedReminder));

  g_return_val_if_fail (settings != NULL, planned);
  g_return_val_if_fail (zone != NULL, planned);

  g_array_set_clear_func (planned, (GDestroyNotify) cl_planned_reminder_clear);
  for (guint i = 0; i < n_sources; i++)
    {
      const ClReminderSource *source = &sources[i];
      gint64                  end_of_day;

      switch (source->kind)
        {
        case CL_REMINDER_SOURCE_ROUND:
          if (!settings->enabled[CL_REMINDER_KIND_INTERVIEW])
            break;
          /* Both mean nothing once the round has begun. */
          add (planned, CL_REMINDER_KIND_INTERVIEW, source->kind, source->id, "day-before",
               local_day_at (source->at, -1, settings->day_before_minutes, zone), source->at);
          add (planned, CL_REMINDER_KIND_INTERVIEW, source->kind, source->id, "hour-before",
               source->at - HOUR, source->at);
          break;
        case CL_REMINDER_SOURCE_FOLLOW_UP:
          if (settings->enabled[CL_REMINDER_KIND_FOLLOW_UP])
            add (planned, CL_REMINDER_KIND_FOLLOW_UP, source->kind, source->id, "due", source->at,
                 G_MAXINT64);
          break;
        case CL_REMINDER_SOURCE_STAY:
          if (settings->enabled[CL_REMINDER_KIND_STAY_IN_TOUCH])
            add (planned, CL_REMINDER_KIND_STAY_IN_TOUCH, source->kind, source->id, "due",
                 source->at, G_MAXINT64);
          break;
        case CL_REMINDER_SOURCE_OFFER:
          if (!settings->enabled[CL_REMINDER_KIND_OFFER_DEADLINE])
            break;
          add (planned, CL_REMINDER_KIND_OFFER_DEADLINE, source->kind, source->id,
               "two-days-before", local_day_at (source->at, -2, 9 * 60, zone), source->at);
          add (planned, CL_REMINDER_KIND_OFFER_DEADLINE, source->kind, source->id, "on-the-day",
               local_day_at (source->at, 0, 9 * 60, zone), source->at);
          break;
        case CL_REMINDER_SOURCE_OBJECTIVE:
          if (!settings->enabled[CL_REMINDER_KIND_OBJECTIVE_DUE])
            break;
          /* At 09:00 on the target day, meaningful until the day is over. */
          end_of_day = local_day_at (source->at, 1, 0, zone);
          add (planned, CL_REMINDER_KIND_OBJECTIVE_DUE, source->kind, source->id, "due",
               local_day_at (source->at, 0, 9 * 60, zone), end_of_day);
          break;
        case CL_REMINDER_SOURCE_CUSTOM:
          if (settings->enabled[CL_REMINDER_KIND_CUSTOM])
            add (planned, CL_REMINDER_KIND_CUSTOM, source->kind, source->id, NULL, source->at,
                 G_MAXINT64);
          break;
        default:
          g_warn_if_reached ();
        }
    }
  return planned;
}
