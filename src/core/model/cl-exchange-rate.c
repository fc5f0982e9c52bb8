/* cl-exchange-rate.c — how many units of one currency one unit of another buys
 *
 * The object mirrors a row of `exchange_rates`, entered by the user with the
 * day it was seen (the app never fetches rates).  Views edit a copy and hand
 * it to ClOfferStore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-exchange-rate"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-exchange-rate.h"
#include "cl-model-private.h"
#include "cl-validation.h"

struct _ClExchangeRate
{
  ClModel parent_instance;

  gint64  id;
  char   *from_currency;
  char   *to_currency;
  gint64  rate;
  char   *observed_on;
};

G_DEFINE_FINAL_TYPE (ClExchangeRate, cl_exchange_rate, CL_TYPE_MODEL)

/* clang-format off */
static const ClField fields[] = {
  CL_FIELD_ID (ClExchangeRate, id),
  { "from-currency", "from_currency", CL_FIELD_STRING,
    G_STRUCT_OFFSET (ClExchangeRate, from_currency),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM | CL_FIELD_UPPER, .check = CL_CHECK_CURRENCY,
    .message = N_ ("The currency must be an ISO 4217 code such as USD, EUR or GBP.") },
  { "to-currency", "to_currency", CL_FIELD_STRING, G_STRUCT_OFFSET (ClExchangeRate, to_currency),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM | CL_FIELD_UPPER, .check = CL_CHECK_CURRENCY,
    .message = N_ ("The currency must be an ISO 4217 code such as USD, EUR or GBP.") },
  { "rate", "rate", CL_FIELD_INT64, G_STRUCT_OFFSET (ClExchangeRate, rate),
    .minimum = 1, .maximum = CL_EXCHANGE_RATE_MAX, .default_value = CL_EXCHANGE_RATE_ONE,
    .message = N_ ("The rate must be more than 0, such as 1.085.") },
  /* Said the same whether left empty or malformed: the message holds no %s. */
  { "observed-on", "observed_on", CL_FIELD_STRING, G_STRUCT_OFFSET (ClExchangeRate, observed_on),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM, .check = CL_CHECK_ISO_DATE,
    .message = N_ ("Write the day of the rate as YYYY-MM-DD, such as 2026-11-01.") },
};
/* clang-format on */

static void
cl_exchange_rate_validate (ClModel   *model,
                           GPtrArray *problems)
{
  ClExchangeRate  *self = CL_EXCHANGE_RATE (model);
  const char      *names[] = { "to-currency", "from-currency", NULL };
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (self->from_currency == NULL || self->to_currency == NULL)
    return;

  /* As saved: trimmed and in capitals. */
  from = g_strstrip (g_strdup (self->from_currency));
  to = g_strstrip (g_strdup (self->to_currency));
  if (g_ascii_strcasecmp (from, to) == 0)
    g_ptr_array_add (problems,
                     cl_validation_error_new (CL_VALIDATION_ERROR_INCONSISTENT, names,
                                              _ ("A rate converts one currency into another: "
                                                 "choose two different currencies.")));
}

static void
cl_exchange_rate_class_init (ClExchangeRateClass *klass)
{
  CL_MODEL_CLASS (klass)->validate = cl_exchange_rate_validate;
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "exchange_rates", fields,
                             G_N_ELEMENTS (fields));
}

static void
cl_exchange_rate_init (ClExchangeRate *self)
{
}

ClExchangeRate *
cl_exchange_rate_new (const char *from_currency,
                      const char *to_currency,
                      gint64      rate,
                      const char *observed_on)
{
  return g_object_new (CL_TYPE_EXCHANGE_RATE, "from-currency", from_currency, "to-currency",
                       to_currency, "rate", rate, "observed-on", observed_on, NULL);
}

ClExchangeRate *
cl_exchange_rate_copy (ClExchangeRate *self)
{
  g_return_val_if_fail (CL_IS_EXCHANGE_RATE (self), NULL);
  return CL_MODEL_COPY (self, ClExchangeRate);
}

gint64
cl_exchange_rate_get_id (ClExchangeRate *self)
{
  g_return_val_if_fail (CL_IS_EXCHANGE_RATE (self), 0);
  return self->id;
}

const char *
cl_exchange_rate_get_from_currency (ClExchangeRate *self)
{
  g_return_val_if_fail (CL_IS_EXCHANGE_RATE (self), NULL);
  return self->from_currency;
}

const char *
cl_exchange_rate_get_to_currency (ClExchangeRate *self)
{
  g_return_val_if_fail (CL_IS_EXCHANGE_RATE (self), NULL);
  return self->to_currency;
}

gint64
cl_exchange_rate_get_rate (ClExchangeRate *self)
{
  g_return_val_if_fail (CL_IS_EXCHANGE_RATE (self), 0);
  return self->rate;
}

const char *
cl_exchange_rate_get_observed_on (ClExchangeRate *self)
{
  g_return_val_if_fail (CL_IS_EXCHANGE_RATE (self), NULL);
  return self->observed_on;
}
