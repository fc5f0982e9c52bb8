/* cl-exchange-rate-dialog.h — asks for an exchange rate and its date, and saves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-offer-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_EXCHANGE_RATE_DIALOG (cl_exchange_rate_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ClExchangeRateDialog, cl_exchange_rate_dialog, CL, EXCHANGE_RATE_DIALOG,
                      AdwMessageDialog)

/* Edits @rate (a shared one), or adds a new rate when it is NULL. */
ClExchangeRateDialog *cl_exchange_rate_dialog_new      (GtkWindow            *parent,
                                                        ClOfferStore         *store,
                                                        ClExchangeRate       *rate);
/* What a new rate's fields start with: the pair ("EUR", "USD"; either may be
 * NULL) and the day (YYYY-MM-DD). */
void                  cl_exchange_rate_dialog_set_pair (ClExchangeRateDialog *self,
                                                        const char           *from_currency,
                                                        const char           *to_currency);
void                  cl_exchange_rate_dialog_set_day  (ClExchangeRateDialog *self,
                                                        const char           *day);

/* clang-format on */
G_END_DECLS
