/* cl-date-row.h — a day typed as 2026-03-14, or picked from a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS
/* clang-format off */

/* Reads a day written as YYYY-MM-DD into the Unix time of its local
 * midnight; blank text is no day (0).  Anything else, 2026-02-30 included,
 * fails with a CL_VALIDATION_ERROR about @field saying how to write it. */
gboolean  cl_date_parse           (const char   *text,
                                   const char   *field,
                                   gint64       *out_day,
                                   GError      **error);
/* The day of @day (a Unix time) as YYYY-MM-DD in local time; "" for 0. */
char     *cl_date_format          (gint64        day);

/* Adds a button to @row that opens a calendar; the day picked is written
 * into the row as YYYY-MM-DD (and the row's ::changed follows). */
void      cl_date_row_add_calendar (AdwEntryRow *row);

/* clang-format on */
G_END_DECLS
