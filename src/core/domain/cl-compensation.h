/* cl-compensation.h — total compensation by year, and offers compared
 *
 * Plain structs in, plain structs out, no database and no floating point:
 * money in cents, prices in 1/10,000 units, percentages in basis points,
 * rates in millionths (see cl-money.h), -1 for "none".  Every share of an
 * amount goes through cl_money_portion(), the one rounding rule.
 *
 * Year N (1 to CL_COMP_YEARS) of an offer is:
 *
 *   base salary;
 *   bonus: the amount, or the percentage of base;
 *   sign-on: what is paid that year (year 2's part, if any; the rest in
 *     year 1);
 *   equity: the grant's vesting in year N, taken as the difference of the
 *     rounded vested-so-far at the end of years N and N - 1, so the years
 *     add up to the grant exactly.  A cliff of more than 12 months vests
 *     nothing in the years that end before it; what they would have vested
 *     comes in the year the cliff ends (ceil (cliff / 12)).  A cliff of 12
 *     months or less changes nothing year by year;
 *   refreshers: the stated assumption — a refresher grant of the given value
 *     is made every year from the chosen year on, and each grant vests on
 *     its own 4-year schedule (standard 25/25/25/25, front-loaded
 *     33/33/22/12 or back-loaded 5/15/40/40) from the year it is granted,
 *     with no cliff.
 *
 * The 4-year total is the sum of the four yearly totals, exactly; the yearly
 * average is that total / 4 by the rounding rule.  The retirement match (a
 * percentage of base) is shown per year but is not part of any total.
 *
 * Market position and the negotiation checks are in cl-negotiation.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cl-enums.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_COMPENSATION_ERROR (cl_compensation_error_quark ())

typedef enum
{
  CL_COMPENSATION_ERROR_MISSING_RATE,  /* no exchange rate between two currencies */
  CL_COMPENSATION_ERROR_TOO_LARGE,     /* a converted figure beyond what gint64 holds */
} ClCompensationError;

GQuark        cl_compensation_error_quark (void);

#define CL_COMP_YEARS              4
#define CL_COMP_MAX_VESTING_YEARS  10
#define CL_COMP_MAX_CLAWBACK_MONTHS 120

typedef enum
{
  CL_COMP_BASE,
  CL_COMP_BONUS,
  CL_COMP_SIGN_ON,
  CL_COMP_EQUITY,
  CL_COMP_REFRESHERS,
  CL_COMP_N_COMPONENTS,
} ClCompComponent;

/* Translated: "Base salary", "Bonus", "Sign-on bonus", "Equity", "Refreshers". */
const char   *cl_comp_component_get_name  (ClCompComponent component);

/* Terms ------------------------------------------------------------------- */

/* The fields cl_compensation_check_terms() names in its errors
 * (cl_validation_error_get_fields()), as the offer's properties. */
#define CL_COMP_FIELD_CURRENCY            "currency"
#define CL_COMP_FIELD_BASE                "base-salary"
#define CL_COMP_FIELD_BONUS_PERCENT       "bonus-basis-points"
#define CL_COMP_FIELD_BONUS_AMOUNT        "bonus-amount"
#define CL_COMP_FIELD_SIGN_ON             "sign-on"
#define CL_COMP_FIELD_SIGN_ON_YEAR_2      "sign-on-year2"
#define CL_COMP_FIELD_CLAWBACK            "sign-on-clawback-months"
#define CL_COMP_FIELD_EQUITY_AMOUNT       "equity-amount"
#define CL_COMP_FIELD_EQUITY_SHARES       "equity-shares"
#define CL_COMP_FIELD_SHARE_PRICE         "share-price"
#define CL_COMP_FIELD_VESTING             "vesting"
#define CL_COMP_FIELD_VESTING_YEARS       "vesting-years"
#define CL_COMP_FIELD_VESTING_CUSTOM      "custom-vesting"
#define CL_COMP_FIELD_CLIFF               "cliff-months"
#define CL_COMP_FIELD_REFRESHER_AMOUNT    "refresher-amount"
#define CL_COMP_FIELD_REFRESHER_FROM_YEAR "refresher-from-year"
#define CL_COMP_FIELD_REFRESHER_VESTING   "refresher-vesting"
#define CL_COMP_FIELD_RETIREMENT_MATCH    "retirement-match-basis-points"

typedef struct
{
  char      currency[4];        /* ISO 4217, "USD" */
  gint64    base;               /* a year's base salary */
  gint64    bonus_bp;           /* target bonus as a percentage of base… */
  gint64    bonus_amount;       /* …or as an amount a year; at most one is set */
  gint64    sign_on;            /* the whole sign-on bonus */
  gint64    sign_on_year2;      /* the part of it paid in year 2; the rest in year 1 */
  guint     sign_on_clawback_months; /* 0: none; informational */
  gint64    equity_amount;      /* the grant's value… */
  gint64    equity_shares;      /* …or shares × share_price (1/10,000 units), the value */
  gint64    share_price;        /*   rounded by the rule */
  ClVesting vesting;
  guint     vesting_years;      /* 1 to 10; front- and back-loaded are 4 */
  gint64    custom_bp[CL_COMP_MAX_VESTING_YEARS]; /* CUSTOM: each year's share, */
  guint     n_custom;           /*   vesting_years of them, adding up to 10000 */
  guint     cliff_months;       /* 0 to vesting_years × 12 */
  gint64    refresher_amount;   /* the value of each yearly refresher grant */
  guint     refresher_from_year; /* 1 to 4: the year the first one starts vesting */
  ClVesting refresher_vesting;  /* not CUSTOM */
  gint64    retirement_match_bp; /* a percentage of base; not in the totals */
} ClCompTerms;

/* Nothing set (-1 everywhere), in @currency: standard vesting over 4 years
 * with a 12-month cliff, refreshers standard from year 2. */
void          cl_comp_terms_init          (ClCompTerms       *terms,
                                           const char        *currency);

/* FALSE with a CL_VALIDATION_ERROR (cl-validation.h) naming the fields
 * (CL_COMP_FIELD_…) when the terms cannot be computed: an amount negative
 * or too large, a percentage over 100%, both forms of the bonus or of the
 * equity, shares without a price, custom percentages not one a year or not
 * adding up to 100%, a cliff longer than the schedule… */
gboolean      cl_compensation_check_terms (const ClCompTerms *terms,
                                           GError           **error);

/* Each year's share of the grant under @terms' schedule, in basis points,
 * the cliff left aside (standard over 3 years: 3333, 3334, 3333); returns
 * how many years, 0 when the schedule is not valid. */
guint         cl_comp_terms_get_vesting_bp (const ClCompTerms *terms,
                                            gint64             out_bp[CL_COMP_MAX_VESTING_YEARS]);

/* Breakdown --------------------------------------------------------------- */

typedef struct
{
  char   currency[4];
  gint64 amounts[CL_COMP_N_COMPONENTS][CL_COMP_YEARS]; /* [component][year - 1] */
  gint64 year_totals[CL_COMP_YEARS];
  gint64 component_totals[CL_COMP_N_COMPONENTS];       /* over the four years */
  gint64 total;                                        /* = Σ year_totals */
  gint64 yearly_average;                               /* total / 4, rounded */
  gint64 retirement_match[CL_COMP_YEARS];              /* in no total */
  gint64 equity_grant;          /* the initial grant's value; 0 when none */
  gint64 equity_after;          /* the part of it vesting after year 4 */
} ClCompBreakdown;

/* Checks @terms (as cl_compensation_check_terms()) and fills @out. */
gboolean      cl_compensation_compute     (const ClCompTerms *terms,
                                           ClCompBreakdown   *out,
                                           GError           **error);

/* The figures as sentences for screen readers and the chart's description,
 * translated: "Year 1: $215,000 (Base salary $150,000, Bonus $22,500, …).
 * … 4-year total $905,000, yearly average $226,250." */
char         *cl_comp_breakdown_describe  (const ClCompBreakdown *breakdown);

/* Comparison -------------------------------------------------------------- */

/* 1 @from = @rate_micro / 1,000,000 @to, observed on @observed_on
 * ("YYYY-MM-DD"). */
typedef struct
{
  char   from[4];
  char   to[4];
  gint64 rate_micro;
  char   observed_on[11];
} ClCompRate;

/* Which offers hold the largest value of each row of the table.  Ties are
 * all marked; a row is not marked at all when every offer has the same
 * value there, nor when there is only one offer. */
typedef struct
{
  gboolean amounts[CL_COMP_N_COMPONENTS][CL_COMP_YEARS];
  gboolean year_totals[CL_COMP_YEARS];
  gboolean component_totals[CL_COMP_N_COMPONENTS];
  gboolean total;
  gboolean yearly_average;
  gboolean retirement_match[CL_COMP_YEARS];
} ClCompMarks;

typedef struct _ClCompComparison ClCompComparison;

/* @offers in @currency, for a table side by side.  Each offer in another
 * currency is converted with the newest rate (by @observed_on) from its
 * currency to @currency, or the inverse of the newest rate the other way
 * (amount × 1,000,000 / rate); on the same date a direct rate wins, then the
 * first in @rates.  Each cell (component × year, the retirement match, the
 * grant) is converted by the rounding rule, and every total is then the sum
 * of converted cells, so the converted table adds up as the original does.
 * Fails with CL_COMPENSATION_ERROR_MISSING_RATE naming the first missing
 * rate: "Add an exchange rate from EUR to USD to compare these offers." */
ClCompComparison *cl_compensation_compare (const ClCompBreakdown *const *offers,
                                           guint              n_offers,
                                           const char        *currency,
                                           const ClCompRate  *rates,
                                           guint              n_rates,
                                           GError           **error);
void          cl_comp_comparison_free     (ClCompComparison  *self);

guint         cl_comp_comparison_get_n_offers  (ClCompComparison *self);
const char   *cl_comp_comparison_get_currency  (ClCompComparison *self);
/* Offer @offer (in the order given) converted. */
const ClCompBreakdown *cl_comp_comparison_get_breakdown (ClCompComparison *self,
                                                         guint             offer);
/* The rate used for @offer, as it was given, or NULL when the offer is in
 * the comparison's currency; @out_inverse tells whether it was used the
 * other way. */
const ClCompRate *cl_comp_comparison_get_rate  (ClCompComparison *self,
                                                guint             offer,
                                                gboolean         *out_inverse);
/* For the table's caption, translated: "Converted at 1 EUR = 1.085 USD
 * (2025-01-14)." or "Converted at the inverse of 1 USD = 0.92 EUR
 * (2025-01-14)."; NULL when no rate was used. */
char         *cl_comp_comparison_describe_rate (ClCompComparison *self,
                                                guint             offer);
const ClCompMarks *cl_comp_comparison_get_marks (ClCompComparison *self,
                                                 guint             offer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClCompComparison, cl_comp_comparison_free)

/* clang-format on */
G_END_DECLS
