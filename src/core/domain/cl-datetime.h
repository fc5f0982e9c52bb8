/* cl-datetime.h — dates in the words people use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS
/* clang-format off */

/* @when relative to @now, both local times: "today 14:00", "tomorrow 10:00",
 * "yesterday 09:30", "Friday 10:00" (within a week ahead), "12 Dec", or
 * "12 Dec 2027" in another year. */
char *cl_format_relative (GDateTime *when,
                          GDateTime *now);

/* clang-format on */
G_END_DECLS
