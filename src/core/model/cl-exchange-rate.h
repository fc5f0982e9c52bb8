/* cl-exchange-rate.h — how many units of one currency one unit of another buys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_EXCHANGE_RATE (cl_exchange_rate_get_type ())
G_DECLARE_FINAL_TYPE (ClExchangeRate, cl_exchange_rate, CL, EXCHANGE_RATE, ClModel)

/* Rates are in millionths: 1.085 is 1085000. */
#define CL_EXCHANGE_RATE_ONE G_GINT64_CONSTANT (1000000)
#define CL_EXCHANGE_RATE_MAX G_GINT64_CONSTANT (1000000000000000)

/* A new, unsaved rate (id 0): one unit of @from_currency is @rate millionths
 * of a unit of @to_currency, as seen on @observed_on (YYYY-MM-DD).
 * ClOfferStore saves it. */
ClExchangeRate *cl_exchange_rate_new               (const char     *from_currency,
                                                    const char     *to_currency,
                                                    gint64          rate,
                                                    const char     *observed_on);
/* An edited copy, for cl_offer_store_update_exchange_rate(). */
ClExchangeRate *cl_exchange_rate_copy              (ClExchangeRate *self);

gint64          cl_exchange_rate_get_id            (ClExchangeRate *self);
const char     *cl_exchange_rate_get_from_currency (ClExchangeRate *self);
const char     *cl_exchange_rate_get_to_currency   (ClExchangeRate *self);
gint64          cl_exchange_rate_get_rate          (ClExchangeRate *self);
const char     *cl_exchange_rate_get_observed_on   (ClExchangeRate *self);

/* clang-format on */
G_END_DECLS
