/* cl-date-time-row.h — when something happens: a day, a start and an end
 *
 * A round is edited as three entry rows — the day (with a calendar), the
 * start time and the end — rather than one compound row, so that each field
 * says what is wrong with it right below itself and the rows stack at any
 * width.  The end takes a time ("15:30") or a duration ("45 min", "1 h 30").
 * Everything is read and written in the local time zone and handed over as
 * Unix times (UTC).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS
/* clang-format off */

/* Reads a time of day written as 14:30 (or 9:05, or 14) into minutes after
 * midnight; blank text is none (-1).  Anything else fails with a
 * CL_VALIDATION_ERROR about @field saying how to write it. */
gboolean  cl_time_parse            (const char  *text,
                                    const char  *field,
                                    int         *out_minutes,
                                    GError     **error);
/* @minutes after midnight as 14:30; "" for a negative value. */
char     *cl_time_format           (int          minutes);

/* Reads an end as a time of day ("15:30", after @start_minutes) or a
 * duration ("45 min", "45m", "1 h 30", "1h30", "2 h"); blank is none (0).
 * Sets @out_duration to minutes.  An end at or before the start fails with a
 * CL_VALIDATION_ERROR_INCONSISTENT about @field, other text with _FORMAT. */
gboolean  cl_end_parse             (const char  *text,
                                    const char  *field,
                                    int          start_minutes,
                                    guint       *out_duration,
                                    GError     **error);
/* @duration minutes as "45 min", "1 h" or "1 h 30 min"; "" for 0. */
char     *cl_duration_format       (guint        duration);

/* Reads the three fields into a start (Unix time, 0 for none: a blank day)
 * and a duration (0: none).  A start time without a day, or an end without a
 * start time, is refused.  On failure, @out_field (may be NULL) says which of
 * @day_field, @start_field and @end_field is wrong. */
gboolean  cl_date_time_parse       (const char  *day_text,
                                    const char  *start_text,
                                    const char  *end_text,
                                    const char  *day_field,
                                    const char  *start_field,
                                    const char  *end_field,
                                    gint64      *out_starts_at,
                                    guint       *out_duration,
                                    const char **out_field,
                                    GError     **error);
/* The day, start time and end time of @starts_at (0: none) and @duration,
 * in local time, as the three fields show them. */
void      cl_date_time_format      (gint64       starts_at,
                                    guint        duration,
                                    char       **out_day,
                                    char       **out_start,
                                    char       **out_end);

/* Makes @day, @start and @end (entry rows titled for the user) one editor:
 * the day gets a calendar button, the times a hint of what they take. */
void      cl_date_time_rows_setup  (AdwEntryRow *day,
                                    AdwEntryRow *start,
                                    AdwEntryRow *end);

/* clang-format on */
G_END_DECLS
