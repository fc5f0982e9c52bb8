/* cl-offer.c — an offer received for an application
 *
 * The object mirrors a row of `offers`.  Views edit a copy and hand it to
 * ClOfferStore.  Optional amounts use -1 for "none", optional dates 0 (or
 * NULL for calendar dates).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-compensation.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-offer.h"
#include "cl-validation.h"

struct _ClOffer
{
  ClModel       parent_instance;

  gint64        id;
  gint64        application_id;
  char         *currency;
  gint64        base_salary;
  gint64        bonus_basis_points;
  gint64        bonus_amount;
  gint64        sign_on;
  gint64        sign_on_year2;
  guint         sign_on_clawback_months;
  gint64        equity_amount;
  gint64        equity_shares;
  gint64        share_price;
  ClVesting     vesting;
  guint         vesting_years;
  guint         cliff_months;
  char         *custom_vesting;
  gint64        refresher_amount;
  guint         refresher_from_year;
  ClVesting     refresher_vesting;
  gint64        retirement_match_basis_points;
  char         *benefits;
  char         *level;
  char         *title;
  char         *start_date;
  gint64        response_deadline;
  ClOfferStatus status;
  gint64        received_at;
  char         *notes;
};

G_DEFINE_FINAL_TYPE (ClOffer, cl_offer, CL_TYPE_MODEL)

/* The largest amount, in cents: 999,999,999,999.99 of any currency. */
#define MAX_AMOUNT CL_OFFER_MAX_AMOUNT

/* Optional amounts and percentages: -1 is "none".  The messages are whole
 * strings so that they can be translated. */
/* clang-format off */
#define AMOUNT_FIELD(prop, col, member, text)                                                \
  { prop, col, CL_FIELD_INT64, G_STRUCT_OFFSET (ClOffer, member), .flags = CL_FIELD_OPTIONAL, \
    .none = -1, .default_value = -1, .maximum = MAX_AMOUNT, .message = text }
#define PERCENT_FIELD(prop, col, member, text)                                               \
  { prop, col, CL_FIELD_INT64, G_STRUCT_OFFSET (ClOffer, member), .flags = CL_FIELD_OPTIONAL, \
    .none = -1, .default_value = -1, .maximum = 10000, .message = text }

static const ClField fields[] = {
  CL_FIELD_ID (ClOffer, id),
  { "application-id", "application_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClOffer, application_id),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_INSERT, .minimum = 1, .maximum = G_MAXINT64,
    .message = N_ ("Choose the application this offer is for.") },
  { "currency", "currency", CL_FIELD_STRING, G_STRUCT_OFFSET (ClOffer, currency),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM | CL_FIELD_UPPER, .check = CL_CHECK_CURRENCY,
    .message = N_ ("The currency must be an ISO 4217 code such as USD, EUR or GBP.") },
  { "base-salary", "base_salary", CL_FIELD_INT64, G_STRUCT_OFFSET (ClOffer, base_salary),
    .maximum = MAX_AMOUNT,
    .message = N_ ("The base salary must be between 0 and 999,999,999,999.99.") },
  PERCENT_FIELD ("bonus-basis-points", "bonus_basis_points", bonus_basis_points,
    N_ ("The target bonus must be between 0 and 100 percent, or left empty.")),
  AMOUNT_FIELD ("bonus-amount", "bonus_amount", bonus_amount,
    N_ ("The target bonus must be between 0 and 999,999,999,999.99, or left "
        "empty.")),
  AMOUNT_FIELD ("sign-on", "sign_on", sign_on,
    N_ ("The sign-on bonus must be between 0 and 999,999,999,999.99, or left "
        "empty.")),
  AMOUNT_FIELD ("sign-on-year2", "sign_on_year2", sign_on_year2,
    N_ ("The part of the sign-on bonus paid in year 2 must be between 0 and "
        "999,999,999,999.99, or left empty.")),
  { "sign-on-clawback-months", "sign_on_clawback_months", CL_FIELD_UINT,
    G_STRUCT_OFFSET (ClOffer, sign_on_clawback_months), .flags = CL_FIELD_OPTIONAL, .none = 0,
    .maximum = 120, .message = N_ ("The sign-on clawback can last at most 120 months.") },
  AMOUNT_FIELD ("equity-amount", "equity_amount", equity_amount,
    N_ ("The equity grant must be between 0 and 999,999,999,999.99, or left "
        "empty.")),
  { "equity-shares", "equity_shares", CL_FIELD_INT64, G_STRUCT_OFFSET (ClOffer, equity_shares),
    .flags = CL_FIELD_OPTIONAL, .none = -1, .default_value = -1,
    .maximum = CL_OFFER_MAX_SHARES,
    .message = N_ ("The number of shares must be a whole number up to 1,000,000,000,000, or left "
                   "empty.") },
  { "share-price", "share_price", CL_FIELD_INT64, G_STRUCT_OFFSET (ClOffer, share_price),
    .flags = CL_FIELD_OPTIONAL, .none = -1, .default_value = -1,
    .maximum = CL_OFFER_MAX_SHARE_PRICE,
    .message = N_ ("The share price must be between 0 and 1,000,000, or left empty.") },
  { "vesting", "vesting", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClOffer, vesting),
    .value_type = cl_vesting_get_type, .default_value = CL_VESTING_STANDARD },
  { "vesting-years", "vesting_years", CL_FIELD_UINT, G_STRUCT_OFFSET (ClOffer, vesting_years),
    .minimum = 1, .maximum = 10, .default_value = 4,
    .message = N_ ("Equity vests over 1 to 10 years.") },
  { "cliff-months", "cliff_months", CL_FIELD_UINT, G_STRUCT_OFFSET (ClOffer, cliff_months),
    .maximum = 60, .default_value = 12,
    .message =
      N_ ("The vesting cliff must be at most 60 months and not longer than the vesting.") },
  /* Kept in vesting_years by the store. */
  { "custom-vesting", NULL, CL_FIELD_STRING, G_STRUCT_OFFSET (ClOffer, custom_vesting),
    .max_length = 200 },
  AMOUNT_FIELD ("refresher-amount", "refresher_amount", refresher_amount,
    N_ ("The yearly refresher grant must be between 0 and 999,999,999,999.99, "
        "or left empty.")),
  { "refresher-from-year", "refresher_from_year", CL_FIELD_UINT,
    G_STRUCT_OFFSET (ClOffer, refresher_from_year), .minimum = 1, .maximum = 4,
    .default_value = 2, .message = N_ ("Refreshers start vesting in year 1, 2, 3 or 4.") },
  { "refresher-vesting", "refresher_vesting", CL_FIELD_ENUM,
    G_STRUCT_OFFSET (ClOffer, refresher_vesting), .value_type = cl_vesting_get_type,
    .default_value = CL_VESTING_STANDARD },
  PERCENT_FIELD ("retirement-match-basis-points", "retirement_match_basis_points",
                 retirement_match_basis_points,
    N_ ("The retirement match must be between 0 and 100 percent, or left "
        "empty.")),
  { "benefits", "benefits", CL_FIELD_STRING, G_STRUCT_OFFSET (ClOffer, benefits),
    .max_length = 10000, .label = N_ ("The other benefits") },
  { "level", "level", CL_FIELD_STRING, G_STRUCT_OFFSET (ClOffer, level), .flags = CL_FIELD_TRIM,
    .max_length = 100, .label = N_ ("The level") },
  { "title", "title", CL_FIELD_STRING, G_STRUCT_OFFSET (ClOffer, title), .flags = CL_FIELD_TRIM,
    .max_length = 200, .label = N_ ("The title") },
  { "start-date", "start_date", CL_FIELD_STRING, G_STRUCT_OFFSET (ClOffer, start_date),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_ISO_DATE,
    .message = N_ ("“%s” is not a date. Write the start date as YYYY-MM-DD, or leave it empty.") },
  { "response-deadline", "response_deadline", CL_FIELD_INT64,
    G_STRUCT_OFFSET (ClOffer, response_deadline), .flags = CL_FIELD_OPTIONAL, .none = 0 },
  { "status", "status", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClOffer, status),
    .value_type = cl_offer_status_get_type, .default_value = CL_OFFER_STATUS_RECEIVED },
  { "received-at", "received_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClOffer, received_at) },
  { "notes", "notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClOffer, notes),
    .max_length = 100000, .label = N_ ("The notes") },
};
/* clang-format on */

static void
add_problem (GPtrArray  *problems,
             const char *field_a,
             const char *field_b,
             const char *message)
{
  const char *names[] = { field_a, field_b, NULL };

  g_ptr_array_add (problems,
                   cl_validation_error_new (CL_VALIDATION_ERROR_INCONSISTENT, names, message));
}

gboolean
cl_offer_parse_custom_vesting (const char *text,
                               guint      *basis_points,
                               guint      *n_years)
{
  g_auto (GStrv) parts = NULL;
  guint n = 0;

  *n_years = 0;
  if (text == NULL || *text == '\0')
    return TRUE;

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 value;

      if (n == CL_OFFER_MAX_VESTING_YEARS ||
          !g_ascii_string_to_unsigned (parts[i], 10, 0, 10000, &value, NULL))
        return FALSE;
      basis_points[n++] = (guint) value;
    }
  *n_years = n;
  return TRUE;
}

/* How many years the grant vests over, as the schedule says. */
static guint
schedule_years (ClOffer *self)
{
  guint bp[CL_OFFER_MAX_VESTING_YEARS];
  guint n = 0;

  switch (self->vesting)
    {
    case CL_VESTING_FRONT_LOADED:
    case CL_VESTING_BACK_LOADED:
      return 4;
    case CL_VESTING_CUSTOM:
      if (!cl_offer_parse_custom_vesting (self->custom_vesting, bp, &n))
        return 0;
      return n;
    case CL_VESTING_STANDARD:
    default:
      return self->vesting_years;
    }
}

static void
cl_offer_validate (ClModel   *model,
                   GPtrArray *problems)
{
  ClOffer *self = CL_OFFER (model);
  guint    years;

  if (self->bonus_basis_points >= 0 && self->bonus_amount >= 0)
    add_problem (problems, "bonus-basis-points", "bonus-amount",
                 _ ("Give the target bonus as a percentage of base or as an amount, not both."));
  if (self->equity_amount >= 0 && (self->equity_shares >= 0 || self->share_price >= 0))
    add_problem (problems, "equity-amount", "equity-shares",
                 _ ("Give the equity grant as an amount or as shares × price, not both."));
  if (self->sign_on_year2 > 0 && self->sign_on_year2 > MAX (self->sign_on, 0))
    add_problem (problems, "sign-on-year2", "sign-on",
                 _ ("The part of the sign-on bonus paid in year 2 cannot be more than the whole "
                    "sign-on bonus."));
  if (self->refresher_vesting == CL_VESTING_CUSTOM)
    add_problem (problems, "refresher-vesting", NULL,
                 _ ("Refreshers vest on a standard, front-loaded or back-loaded schedule."));

  if (self->vesting == CL_VESTING_CUSTOM)
    {
      guint bp[CL_OFFER_MAX_VESTING_YEARS];
      guint n = 0;
      guint sum = 0;

      if (!cl_offer_parse_custom_vesting (self->custom_vesting, bp, &n) || n == 0)
        {
          add_problem (problems, "custom-vesting", NULL,
                       _ ("Give the percentage that vests in each year, such as 40 / 30 / 20 / "
                          "10, for 1 to 10 years."));
          return;
        }
      for (guint i = 0; i < n; i++)
        sum += bp[i];
      if (sum != 10000)
        {
          g_autofree char *message = NULL;

          /* Basis points, shown as a percentage with up to two decimals. */
          if (sum % 100 == 0)
            message = g_strdup_printf (_ ("The years add up to %u%%; they must add up to "
                                          "exactly 100%%."),
                                       sum / 100);
          else
            message = g_strdup_printf (_ ("The years add up to %u.%02u%%; they must add up to "
                                          "exactly 100%%."),
                                       sum / 100, sum % 100);
          add_problem (problems, "custom-vesting", NULL, message);
        }
    }

  years = schedule_years (self);
  if (self->cliff_months <= 60 && years >= 1 && self->cliff_months > years * 12)
    {
      g_autofree char *message = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE,
                     "The vesting cliff (%u months) cannot be longer than the schedule (%u year).",
                     "The vesting cliff (%u months) cannot be longer than the schedule (%u "
                     "years).",
                     years),
        self->cliff_months, years);

      add_problem (problems, "cliff-months", NULL, message);
    }
}

static void
cl_offer_class_init (ClOfferClass *klass)
{
  CL_MODEL_CLASS (klass)->validate = cl_offer_validate;
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "offers", fields, G_N_ELEMENTS (fields));
}

static void
cl_offer_init (ClOffer *self)
{
}

ClOffer *
cl_offer_new (gint64      application_id,
              gint64      base_salary,
              const char *currency)
{
  ClOffer *self =
    g_object_new (CL_TYPE_OFFER, "base-salary", base_salary, "currency", currency, NULL);

  cl_model_set_int64 (CL_MODEL (self), "application-id", application_id);
  return self;
}

ClOffer *
cl_offer_copy (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);

  return CL_MODEL_COPY (self, ClOffer);
}

gint64
cl_offer_get_id (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->id;
}

gint64
cl_offer_get_application_id (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->application_id;
}

const char *
cl_offer_get_currency (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);
  return self->currency;
}

gint64
cl_offer_get_base_salary (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->base_salary;
}

gint64
cl_offer_get_bonus_basis_points (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), -1);
  return self->bonus_basis_points;
}

gint64
cl_offer_get_bonus_amount (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), -1);
  return self->bonus_amount;
}

gint64
cl_offer_get_sign_on (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), -1);
  return self->sign_on;
}

gint64
cl_offer_get_sign_on_year2 (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), -1);
  return self->sign_on_year2;
}

guint
cl_offer_get_sign_on_clawback_months (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->sign_on_clawback_months;
}

gint64
cl_offer_get_equity_amount (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), -1);
  return self->equity_amount;
}

gint64
cl_offer_get_equity_shares (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), -1);
  return self->equity_shares;
}

gint64
cl_offer_get_share_price (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), -1);
  return self->share_price;
}

ClVesting
cl_offer_get_vesting (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->vesting;
}

guint
cl_offer_get_vesting_years (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->vesting_years;
}

guint
cl_offer_get_cliff_months (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->cliff_months;
}

const char *
cl_offer_get_custom_vesting (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);
  return self->custom_vesting;
}

gint64
cl_offer_get_refresher_amount (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), -1);
  return self->refresher_amount;
}

guint
cl_offer_get_refresher_from_year (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->refresher_from_year;
}

ClVesting
cl_offer_get_refresher_vesting (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->refresher_vesting;
}

gint64
cl_offer_get_retirement_match_basis_points (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), -1);
  return self->retirement_match_basis_points;
}

const char *
cl_offer_get_benefits (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);
  return self->benefits;
}

const char *
cl_offer_get_level (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);
  return self->level;
}

const char *
cl_offer_get_title (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);
  return self->title;
}

const char *
cl_offer_get_start_date (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);
  return self->start_date;
}

gint64
cl_offer_get_response_deadline (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->response_deadline;
}

ClOfferStatus
cl_offer_get_status (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->status;
}

gint64
cl_offer_get_received_at (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->received_at;
}

const char *
cl_offer_get_notes (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);
  return self->notes;
}

void
cl_offer_get_terms (ClOffer     *self,
                    ClCompTerms *terms)
{
  guint bp[CL_OFFER_MAX_VESTING_YEARS];
  guint n = 0;

  g_return_if_fail (CL_IS_OFFER (self));
  g_return_if_fail (terms != NULL);

  cl_comp_terms_init (terms, self->currency != NULL ? self->currency : "");
  terms->base = self->base_salary;
  terms->bonus_bp = self->bonus_basis_points;
  terms->bonus_amount = self->bonus_amount;
  terms->sign_on = self->sign_on;
  terms->sign_on_year2 = self->sign_on_year2;
  terms->sign_on_clawback_months = self->sign_on_clawback_months;
  terms->equity_amount = self->equity_amount;
  terms->equity_shares = self->equity_shares;
  terms->share_price = self->share_price;
  terms->vesting = self->vesting;
  terms->vesting_years = self->vesting_years;
  terms->cliff_months = self->cliff_months;
  terms->refresher_amount = self->refresher_amount;
  terms->refresher_from_year = self->refresher_from_year;
  terms->refresher_vesting = self->refresher_vesting;
  terms->retirement_match_bp = self->retirement_match_basis_points;

  if (self->vesting == CL_VESTING_CUSTOM &&
      cl_offer_parse_custom_vesting (self->custom_vesting, bp, &n))
    {
      for (guint i = 0; i < n; i++)
        terms->custom_bp[i] = bp[i];
      terms->n_custom = n;
      /* A custom schedule is as long as its years. */
      terms->vesting_years = n;
    }
  else if (self->vesting == CL_VESTING_FRONT_LOADED || self->vesting == CL_VESTING_BACK_LOADED)
    terms->vesting_years = 4;
}

gboolean
cl_offer_get_breakdown (ClOffer         *self,
                        ClCompBreakdown *breakdown,
                        GError         **error)
{
  ClCompTerms terms;

  g_return_val_if_fail (CL_IS_OFFER (self), FALSE);

  cl_offer_get_terms (self, &terms);
  return cl_compensation_compute (&terms, breakdown, error);
}
