/* cl-objective-row.h — an objective in its domain's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-objective.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OBJECTIVE_ROW (cl_objective_row_get_type ())
G_DECLARE_FINAL_TYPE (ClObjectiveRow, cl_objective_row, CL, OBJECTIVE_ROW, AdwActionRow)

/* A row following @objective (the store's shared object); @today is
 * "YYYY-MM-DD", for saying what is overdue. */
GtkWidget   *cl_objective_row_new           (ClObjective    *objective,
                                             const char     *today);
ClObjective *cl_objective_row_get_objective (ClObjectiveRow *self);
/* What the subtitle says of @objective: status, target day, hours. */
char        *cl_objective_row_describe      (ClObjective    *objective,
                                             const char     *today);

/* @iso ("YYYY-MM-DD") as "12 Dec" in @today's year, else "12 Dec 2027". */
char        *cl_objective_row_format_day    (const char     *iso,
                                             const char     *today);

/* clang-format on */
G_END_DECLS
