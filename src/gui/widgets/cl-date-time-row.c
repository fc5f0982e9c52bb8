/* cl-date-time-row.c — when something happens: a day, a start and an end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-date-time-row"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "cl-date-row.h"
#include "cl-date-time-row.h"
#include "cl-validation.h"

#define MINUTES_PER_DAY (24 * 60)

static GError *
problem (ClValidationError code,
         const char       *field,
         const char       *message)
{
  const char *fields[] = { field, NULL };

  return cl_validation_error_new (code, fields, message);
}

static gboolean
match (const char  *pattern,
       const char  *text,
       GMatchInfo **out_info)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_CASELESS, 0, NULL);

  g_assert (regex != NULL);
  return g_regex_match (regex, text, 0, out_info);
}

/* A group of @info as a number; -1 when it matched nothing. */
static int
group_number (GMatchInfo *info,
              int         group)
{
  g_autofree char *digits = g_match_info_fetch (info, group);

  return digits != NULL && *digits != '\0' ? atoi (digits) : -1;
}

/* "14:30", "9:05", "14" */
static gboolean
read_time (const char *text,
           int        *out_minutes)
{
  g_autoptr(GMatchInfo) info = NULL;
  int hours, minutes;

  if (!match ("^([0-9]{1,2})(?:[:.h]([0-9]{2}))?$", text, &info))
    return FALSE;

  hours = group_number (info, 1);
  minutes = MAX (group_number (info, 2), 0);
  if (hours > 23 || minutes > 59)
    return FALSE;

  *out_minutes = hours * 60 + minutes;
  return TRUE;
}

gboolean
cl_time_parse (const char *text,
               const char *field,
               int        *out_minutes,
               GError    **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_val_if_fail (out_minutes != NULL, FALSE);

  if (*stripped == '\0')
    {
      *out_minutes = -1;
      return TRUE;
    }
  if (!read_time (stripped, out_minutes))
    {
      g_propagate_error (error, problem (CL_VALIDATION_ERROR_FORMAT, field,
                                         _ ("Write a time of day as hours:minutes, "
                                            "such as 14:30.")));
      return FALSE;
    }
  return TRUE;
}

char *
cl_time_format (int minutes)
{
  if (minutes < 0)
    return g_strdup ("");
  return g_strdup_printf ("%02d:%02d", (minutes / 60) % 24, minutes % 60);
}

/* "45 min", "45m", "1 h 30", "1h30", "2 h", "1 h 30 min" */
static gboolean
read_duration (const char *text,
               guint      *out_duration)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *minute_unit = NULL;
  int              hours, minutes;

  if (!match ("^(?:([0-9]{1,2})\\s*(?:h|hr|hrs|hour|hours))?\\s*"
              "(?:([0-9]{1,4})\\s*(m|min|mins|minute|minutes)?)?$",
              text, &info))
    return FALSE;

  hours = group_number (info, 1);
  minutes = group_number (info, 2);
  minute_unit = g_match_info_fetch (info, 3);
  /* A bare number says neither hours nor minutes. */
  if (hours < 0 && (minutes < 0 || minute_unit == NULL || *minute_unit == '\0'))
    return FALSE;
  if (hours >= 0 && minutes > 59)
    return FALSE;

  *out_duration = (guint) (MAX (hours, 0) * 60 + MAX (minutes, 0));
  return TRUE;
}

gboolean
cl_end_parse (const char *text,
              const char *field,
              int         start_minutes,
              guint      *out_duration,
              GError    **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  int              end_minutes;

  g_return_val_if_fail (out_duration != NULL, FALSE);

  if (*stripped == '\0')
    {
      *out_duration = 0;
      return TRUE;
    }

  if (strchr (stripped, ':') != NULL && read_time (stripped, &end_minutes))
    {
      if (start_minutes >= 0 && end_minutes <= start_minutes)
        {
          g_propagate_error (error,
                             problem (CL_VALIDATION_ERROR_INCONSISTENT, field,
                                      _ ("The end must come after the start. Write a later "
                                         "time or a duration, such as 45 min.")));
          return FALSE;
        }
      *out_duration = (guint) (end_minutes - MAX (start_minutes, 0));
      return TRUE;
    }

  if (!read_duration (stripped, out_duration))
    {
      g_propagate_error (error, problem (CL_VALIDATION_ERROR_FORMAT, field,
                                         _ ("Write the end as a time, such as 15:30, or as a "
                                            "duration, such as 45 min or 1 h 30.")));
      return FALSE;
    }
  if (*out_duration == 0 || *out_duration > MINUTES_PER_DAY)
    {
      g_propagate_error (error, problem (CL_VALIDATION_ERROR_OUT_OF_RANGE, field,
                                         _ ("A duration lasts more than 0 minutes and at "
                                            "most a day.")));
      return FALSE;
    }
  return TRUE;
}

char *
cl_duration_format (guint duration)
{
  if (duration == 0)
    return g_strdup ("");
  if (duration < 60)
    /* Translators: a duration in minutes. */
    return g_strdup_printf (_ ("%u min"), duration);
  if (duration % 60 == 0)
    /* Translators: a duration in whole hours. */
    return g_strdup_printf (_ ("%u h"), duration / 60);
  /* Translators: a duration in hours and minutes. */
  return g_strdup_printf (_ ("%u h %u min"), duration / 60, duration % 60);
}

gboolean
cl_date_time_parse (const char  *day_text,
                    const char  *start_text,
                    const char  *end_text,
                    const char  *day_field,
                    const char  *start_field,
                    const char  *end_field,
                    gint64      *out_starts_at,
                    guint       *out_duration,
                    const char **out_field,
                    GError     **error)
{
  gint64 day = 0;
  int    start = -1;
  guint  duration = 0;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) starts = NULL;

  g_return_val_if_fail (out_starts_at != NULL && out_duration != NULL, FALSE);

#define FAIL_ON(field_name) \
  G_STMT_START \
  { \
    if (out_field != NULL) \
      *out_field = (field_name); \
    return FALSE; \
  } \
  G_STMT_END

  if (!cl_date_parse (day_text, day_field, &day, error))
    FAIL_ON (day_field);
  if (!cl_time_parse (start_text, start_field, &start, error))
    FAIL_ON (start_field);
  if (!cl_end_parse (end_text, end_field, start, &duration, error))
    FAIL_ON (end_field);

  if (day == 0 && start >= 0)
    {
      g_propagate_error (error, problem (CL_VALIDATION_ERROR_INCONSISTENT, day_field,
                                         _ ("Write the day too, such as 2026-03-14.")));
      FAIL_ON (day_field);
    }
  if (start < 0 && duration > 0 && end_text != NULL && strchr (end_text, ':') != NULL)
    {
      g_propagate_error (error, problem (CL_VALIDATION_ERROR_INCONSISTENT, start_field,
                                         _ ("Write when it starts too, such as 14:00.")));
      FAIL_ON (start_field);
    }
#undef FAIL_ON

  if (day == 0)
    {
      *out_starts_at = 0;
      *out_duration = duration;
      return TRUE;
    }

  /* The local day at that time of day: daylight saving time is the
   * time zone's business, not a fixed offset's. */
  midnight = g_date_time_new_from_unix_local (day);
  starts = g_date_time_new_local (g_date_time_get_year (midnight),
                                  g_date_time_get_month (midnight),
                                  g_date_time_get_day_of_month (midnight),
                                  MAX (start, 0) / 60, MAX (start, 0) % 60, 0);
  *out_starts_at = g_date_time_to_unix (starts);
  *out_duration = duration;
  return TRUE;
}

void
cl_date_time_format (gint64 starts_at,
                     guint  duration,
                     char **out_day,
                     char **out_start,
                     char **out_end)
{
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;

  if (starts_at == 0)
    {
      *out_day = g_strdup ("");
      *out_start = g_strdup ("");
      *out_end = cl_duration_format (duration);
      return;
    }

  starts = g_date_time_new_from_unix_local (starts_at);
  *out_day = g_date_time_format (starts, "%Y-%m-%d");
  *out_start = g_date_time_format (starts, "%H:%M");
  if (duration == 0)
    {
      *out_end = g_strdup ("");
      return;
    }
  ends = g_date_time_add_minutes (starts, (int) duration);
  /* An end on the next day reads better as a duration. */
  if (g_date_time_get_day_of_year (ends) != g_date_time_get_day_of_year (starts))
    *out_end = cl_duration_format (duration);
  else
    *out_end = g_date_time_format (ends, "%H:%M");
}

void
cl_date_time_rows_setup (AdwEntryRow *day,
                         AdwEntryRow *start,
                         AdwEntryRow *end)
{
  g_return_if_fail (ADW_IS_ENTRY_ROW (day));
  g_return_if_fail (ADW_IS_ENTRY_ROW (start));
  g_return_if_fail (ADW_IS_ENTRY_ROW (end));

  cl_date_row_add_calendar (day);
  gtk_editable_set_width_chars (GTK_EDITABLE (start), 5);
  gtk_widget_set_tooltip_text (GTK_WIDGET (day), _ ("Year-month-day, such as 2026-03-14"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (start), _ ("Hours:minutes, such as 14:00"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (end),
                               _ ("A time, such as 15:00, or a duration, such as 45 min"));
}
