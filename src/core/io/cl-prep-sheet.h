/* cl-prep-sheet.h — the negotiation prep sheet: offers, comparison, market, plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-context.h"
#include "cl-sheet.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_PREP_SHEET_ERROR (cl_prep_sheet_error_quark ())

typedef enum
{
  CL_PREP_SHEET_ERROR_NO_OFFERS,  /* nothing to put on the sheet */
} ClPrepSheetError;

GQuark    cl_prep_sheet_error_quark   (void);

/* The offers a sheet is made of when none are chosen: those received or
 * being negotiated, the nearest response deadline first (ClOffer). */
GPtrArray *cl_prep_sheet_get_open_offers (ClContext  *context);

/* The sheet for @offers (ClOffer, at least one): for each, its per-year
 * totals and components, "initial → now" once it was negotiated, its
 * position in the market ranges, the checks, target and walk-away, asks by
 * priority, talking points, the negotiation log and the response deadline;
 * then the comparison when there are two or more, in @currency (NULL: the
 * offers' most common one) through the stored exchange rates.  Dated by the
 * context's clock. */
ClSheet  *cl_prep_sheet_build         (ClContext  *context,
                                       GPtrArray  *offers,
                                       const char *currency);

/* Writes the sheet of the open offers to @path as a PDF on @paper, their
 * comparison in @currency (may be NULL: see cl_prep_sheet_build()); fails
 * with CL_PREP_SHEET_ERROR_NO_OFFERS when there are none. */
gboolean  cl_prep_sheet_export        (ClContext  *context,
                                       const char *path,
                                       ClPaper     paper,
                                       const char *currency,
                                       GError    **error);

/* clang-format on */
G_END_DECLS
