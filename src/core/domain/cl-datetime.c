/* cl-datetime.c — dates in the words people use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-datetime"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-datetime.h"

/* Days from @now's calendar day to @when's. */
static int
day_difference (GDateTime *when,
                GDateTime *now)
{
  GDate a, b;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_date_set_dmy (&b, g_date_time_get_day_of_month (when), g_date_time_get_month (when),
                  g_date_time_get_year (when));
  return g_date_days_between (&a, &b);
}

char *
cl_format_relative (GDateTime *when,
                    GDateTime *now)
{
  g_autofree char *time = NULL;
  int              days;

  g_return_val_if_fail (when != NULL && now != NULL, NULL);

  days = day_difference (when, now);
  /* Translators: a time of day, in strftime format */
  time = g_date_time_format (when, C_ ("time of day", "%H:%M"));

  if (days == 0)
    /* Translators: %s is a time of day */
    return g_strdup_printf (_ ("today %s"), time);
  if (days == 1)
    /* Translators: %s is a time of day */
    return g_strdup_printf (_ ("tomorrow %s"), time);
  if (days == -1)
    /* Translators: %s is a time of day */
    return g_strdup_printf (_ ("yesterday %s"), time);
  if (days > 1 && days < 7)
    /* Translators: weekday and time, in strftime format */
    return g_date_time_format (when, C_ ("this week", "%A %H:%M"));
  if (g_date_time_get_year (when) == g_date_time_get_year (now))
    /* Translators: day and month, in strftime format */
    return g_date_time_format (when, C_ ("this year", "%-d %b"));
  /* Translators: day, month and year, in strftime format */
  return g_date_time_format (when, C_ ("another year", "%-d %b %Y"));
}
