/* cl-market-ranges-dialog.h — every market range entered, to add, edit and delete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_MARKET_RANGES_DIALOG (cl_market_ranges_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ClMarketRangesDialog, cl_market_ranges_dialog, CL, MARKET_RANGES_DIALOG,
                      AdwWindow)

/* A window listing every market range (the offer store's, the most
 * recently retrieved first) as it changes.  @offer (may be NULL) is the
 * offer it was opened from, handed to the range dialogs it opens
 * (cl_market_range_dialog_new()). */
ClMarketRangesDialog *cl_market_ranges_dialog_new       (GtkWindow            *parent,
                                                         ClContext            *context,
                                                         ClOffer              *offer);
/* Opens the dialog that adds a range; returns it. */
GtkWindow            *cl_market_ranges_dialog_add_range (ClMarketRangesDialog *self);

/* clang-format on */
G_END_DECLS
