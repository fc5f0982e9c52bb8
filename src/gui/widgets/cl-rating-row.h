/* cl-rating-row.h — a row that rates something from 1 to 5
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS
/* clang-format off */

#define CL_RATING_MAX 5

#define CL_TYPE_RATING_ROW (cl_rating_row_get_type ())
G_DECLARE_FINAL_TYPE (ClRatingRow, cl_rating_row, CL, RATING_ROW, AdwActionRow)

/* Five star buttons after the row's title: pressing the third ("3 of 5" to
 * a screen reader) rates 3, which each star then describes ("Rated 3 of
 * 5"); pressing the rated star again clears the rating (0, "Not rated").
 * Each star is a toggle button of its own (Tab, Space); Left and Right (as
 * the text reads), Home and End, and the digits 0–5 change the rating from
 * any of them. */
GtkWidget *cl_rating_row_new       (void);
guint      cl_rating_row_get_value (ClRatingRow *self);
void       cl_rating_row_set_value (ClRatingRow *self,
                                    guint        value);

/* clang-format on */
G_END_DECLS
