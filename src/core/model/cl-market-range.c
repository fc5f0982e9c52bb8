/* cl-market-range.c — a salary range looked up on a site such as Levels.fyi
 *
 * The object mirrors a row of `market_ranges`.  Views edit a copy and hand
 * it to ClOfferStore.  Percentiles are in cents, -1 for "none".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-market-range"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-market-range.h"
#include "cl-model-private.h"
#include "cl-offer.h"
#include "cl-validation.h"

struct _ClMarketRange
{
  ClModel           parent_instance;

  gint64            id;
  char             *source;
  char             *url;
  char             *observed_on;
  char             *role;
  char             *level;
  char             *location;
  char             *currency;
  ClMarketComponent component;
  gint64            p25;
  gint64            p50;
  gint64            p75;
  gint64            p90;
  gint64            offer_id;
};

G_DEFINE_FINAL_TYPE (ClMarketRange, cl_market_range, CL_TYPE_MODEL)

#define PERCENTILE(prop, member, text) \
  { \
    prop, prop, CL_FIELD_INT64, G_STRUCT_OFFSET (ClMarketRange, member), \
      .flags = CL_FIELD_OPTIONAL, .none = -1, .default_value = -1, \
      .maximum = CL_OFFER_MAX_AMOUNT, .message = text \
  }

/* clang-format off */
static const ClField fields[] = {
  CL_FIELD_ID (ClMarketRange, id),
  { "source", "source", CL_FIELD_STRING, G_STRUCT_OFFSET (ClMarketRange, source),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM, .max_length = 100, .label = N_ ("The source"),
    .message = N_ ("Say where the range comes from, such as Levels.fyi or Glassdoor.") },
  { "url", "url", CL_FIELD_STRING, G_STRUCT_OFFSET (ClMarketRange, url),
    .flags = CL_FIELD_TRIM, .max_length = 2000, .check = CL_CHECK_WEB_URL,
    .label = N_ ("The address of the range"),
    .message = N_ ("The address of the range must start with https:// or http://, name a site "
                   "and hold no spaces, such as https://www.levels.fyi/.") },
  { "observed-on", "observed_on", CL_FIELD_STRING, G_STRUCT_OFFSET (ClMarketRange, observed_on),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_ISO_DATE,
    .message = N_ ("“%s” is not a date. Write the date retrieved as YYYY-MM-DD, or leave it "
                   "empty.") },
  { "role", "role", CL_FIELD_STRING, G_STRUCT_OFFSET (ClMarketRange, role),
    .flags = CL_FIELD_TRIM, .max_length = 200, .label = N_ ("The role") },
  { "level", "level", CL_FIELD_STRING, G_STRUCT_OFFSET (ClMarketRange, level),
    .flags = CL_FIELD_TRIM, .max_length = 100, .label = N_ ("The level") },
  { "location", "location", CL_FIELD_STRING, G_STRUCT_OFFSET (ClMarketRange, location),
    .flags = CL_FIELD_TRIM, .max_length = 200, .label = N_ ("The location") },
  { "currency", "currency", CL_FIELD_STRING, G_STRUCT_OFFSET (ClMarketRange, currency),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM | CL_FIELD_UPPER, .check = CL_CHECK_CURRENCY,
    .message = N_ ("The currency must be an ISO 4217 code such as USD, EUR or GBP.") },
  { "component", "component", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClMarketRange, component),
    .value_type = cl_market_component_get_type, .default_value = CL_MARKET_COMPONENT_TOTAL },
  PERCENTILE ("p25", p25,
              N_ ("The 25th percentile must be between 0 and 999,999,999,999.99, or left empty.")),
  PERCENTILE ("p50", p50,
              N_ ("The 50th percentile must be between 0 and 999,999,999,999.99, or left empty.")),
  PERCENTILE ("p75", p75,
              N_ ("The 75th percentile must be between 0 and 999,999,999,999.99, or left empty.")),
  PERCENTILE ("p90", p90,
              N_ ("The 90th percentile must be between 0 and 999,999,999,999.99, or left empty.")),
  { "offer-id", "offer_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClMarketRange, offer_id),
    .flags = CL_FIELD_OPTIONAL, .none = 0, .maximum = G_MAXINT64,
    .message = N_ ("Choose one of your offers, or none.") },
};
/* clang-format on */

/* Each percentile below one before it, as a sentence of its own for
 * translators: [higher][lower] of 25, 50, 75, 90. */
static const char *const below[4][3] = {
  { NULL, NULL, NULL },
  { N_ ("The 50th percentile cannot be below the 25th."), NULL, NULL },
  { N_ ("The 75th percentile cannot be below the 25th."),
    N_ ("The 75th percentile cannot be below the 50th."), NULL },
  { N_ ("The 90th percentile cannot be below the 25th."),
    N_ ("The 90th percentile cannot be below the 50th."),
    N_ ("The 90th percentile cannot be below the 75th.") },
};

static void
cl_market_range_validate (ClModel   *model,
                          GPtrArray *problems)
{
  static const char *const names[] = { "p25", "p50", "p75", "p90" };
  ClMarketRange           *self = CL_MARKET_RANGE (model);
  const gint64             values[] = { self->p25, self->p50, self->p75, self->p90 };
  int                      previous = -1;

  /* Each percentile given against the one given before it: with the 50th
   * left out, the 75th still cannot be below the 25th. */
  for (int i = 0; i < 4; i++)
    {
      if (values[i] < 0)
        continue;
      if (previous >= 0 && values[i] < values[previous])
        {
          const char *pair[] = { names[i], names[previous], NULL };

          g_ptr_array_add (problems,
                           cl_validation_error_new (CL_VALIDATION_ERROR_INCONSISTENT, pair,
                                                    _ (below[i][previous])));
        }
      previous = i;
    }
}

static void
cl_market_range_class_init (ClMarketRangeClass *klass)
{
  CL_MODEL_CLASS (klass)->validate = cl_market_range_validate;
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "market_ranges", fields,
                             G_N_ELEMENTS (fields));
}

static void
cl_market_range_init (ClMarketRange *self)
{
}

ClMarketRange *
cl_market_range_new (const char       *source,
                     const char       *currency,
                     ClMarketComponent component)
{
  return g_object_new (CL_TYPE_MARKET_RANGE, "source", source, "currency", currency, "component",
                       component, NULL);
}

ClMarketRange *
cl_market_range_copy (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), NULL);
  return CL_MODEL_COPY (self, ClMarketRange);
}

gint64
cl_market_range_get_id (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), 0);
  return self->id;
}

const char *
cl_market_range_get_source (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), NULL);
  return self->source;
}

const char *
cl_market_range_get_url (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), NULL);
  return self->url;
}

const char *
cl_market_range_get_observed_on (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), NULL);
  return self->observed_on;
}

const char *
cl_market_range_get_role (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), NULL);
  return self->role;
}

const char *
cl_market_range_get_level (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), NULL);
  return self->level;
}

const char *
cl_market_range_get_location (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), NULL);
  return self->location;
}

const char *
cl_market_range_get_currency (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), NULL);
  return self->currency;
}

ClMarketComponent
cl_market_range_get_component (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), CL_MARKET_COMPONENT_TOTAL);
  return self->component;
}

gint64
cl_market_range_get_p25 (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), -1);
  return self->p25;
}

gint64
cl_market_range_get_p50 (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), -1);
  return self->p50;
}

gint64
cl_market_range_get_p75 (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), -1);
  return self->p75;
}

gint64
cl_market_range_get_p90 (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), -1);
  return self->p90;
}

gint64
cl_market_range_get_offer_id (ClMarketRange *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE (self), 0);
  return self->offer_id;
}
