/* cl-market-range-row.h — one market range in a list, with its buttons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_MARKET_RANGE_ROW (cl_market_range_row_get_type ())
G_DECLARE_FINAL_TYPE (ClMarketRangeRow, cl_market_range_row, CL, MARKET_RANGE_ROW, AdwActionRow)

/* A row showing the shared @range, and following its changes: its source
 * and component, its percentiles, what it is for (role, level, location,
 * the offer it was looked up for) and when it was retrieved.  Its buttons
 * open the range's address, ask to edit it (::edit-requested, also on
 * activating the row) and delete it with Undo (cl_market_range_delete()). */
GtkWidget     *cl_market_range_row_new       (ClContext        *context,
                                              ClMarketRange    *range);
ClMarketRange *cl_market_range_row_get_range (ClMarketRangeRow *self);

/* "Acme AI — Senior MLE": the offer's company, and its title or else its
 * application's role. */
char          *cl_market_describe_offer      (ClContext        *context,
                                              ClOffer          *offer);
/* "25th $200,000 · 50th $230,000 · 75th $260,000 · 90th $300,000", the
 * percentiles given, in the range's currency; NULL when none is. */
char          *cl_market_describe_percentiles (ClMarketRange   *range);

/* Deletes @range and says so in a toast, on the toast overlay around
 * @from, whose Undo adds it back; a failure is told the same way. */
void           cl_market_range_delete        (GtkWidget        *from,
                                              ClContext        *context,
                                              ClMarketRange    *range);

/* clang-format on */
G_END_DECLS
