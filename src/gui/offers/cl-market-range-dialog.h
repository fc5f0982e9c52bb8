/* cl-market-range-dialog.h — the fields of a market range, saved together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_MARKET_RANGE_DIALOG (cl_market_range_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ClMarketRangeDialog, cl_market_range_dialog, CL, MARKET_RANGE_DIALOG,
                      AdwWindow)

/* A dialog editing the shared @range, or adding one when @range is NULL.
 * @offer (may be NULL) is the offer it was opened from: a new range takes
 * its currency, title and level, and "For this offer" links the range to
 * it.  Each field is read as it is typed and says below itself what is
 * wrong; Add (Save) is enabled once every field reads, and saves the range
 * in one transaction; the dialog then emits ::saved and closes. */
ClMarketRangeDialog *cl_market_range_dialog_new  (GtkWindow           *parent,
                                                  ClContext           *context,
                                                  ClMarketRange       *range,
                                                  ClOffer             *offer);
/* What Add (Save) does: FALSE, saving nothing, while a field cannot be
 * read (it says why) or when the store refused (the dialog says why). */
gboolean             cl_market_range_dialog_save (ClMarketRangeDialog *self);

/* clang-format on */
G_END_DECLS
