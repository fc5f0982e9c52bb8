/* cl-compensation.c — total compensation by year, and offers compared
 *
 * A vesting schedule is kept as exact running fractions — the share vested
 * by the end of each year, over one denominator (k / n for standard vesting
 * over n years, basis points over 10000 for the others) — so a year's equity
 * is the difference of two rounded running totals and the years add up to
 * the grant with no remainder left over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-compensation"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cl-compensation.h"
#include "cl-money.h"
#include "cl-validation.h"

/* clang-format off */
G_DEFINE_QUARK (cl-compensation-error-quark, cl_compensation_error)
/* clang-format on */

#define MONTHS_PER_YEAR 12
/* Front- and back-loaded vesting, and every refresher grant, are 4-year. */
#define PRESET_YEARS 4

/* The presets: each year's share in basis points. */
static const gint64 front_loaded_bp[PRESET_YEARS] = { 3300, 3300, 2200, 1200 };
static const gint64 back_loaded_bp[PRESET_YEARS] = { 500, 1500, 4000, 4000 };

const char *
cl_comp_component_get_name (ClCompComponent component)
{
  switch (component)
    {
    case CL_COMP_BASE: return _ ("Base salary");
    case CL_COMP_BONUS: return _ ("Bonus");
    case CL_COMP_SIGN_ON: return _ ("Sign-on bonus");
    case CL_COMP_EQUITY: return _ ("Equity");
    case CL_COMP_REFRESHERS: return _ ("Refreshers");
    case CL_COMP_N_COMPONENTS:
    default: g_return_val_if_reached (NULL);
    }
}

/* Schedules ----------------------------------------------------------------- */

typedef struct
{
  guint  n_years;
  gint64 denominator;
  gint64 cumulative[CL_COMP_MAX_VESTING_YEARS + 1]; /* vested by the end of year k */
} Schedule;

static void
schedule_from_bp (Schedule     *schedule,
                  const gint64 *bp,
                  guint         n_years)
{
  schedule->n_years = n_years;
  schedule->denominator = CL_PERCENT_SCALE;
  schedule->cumulative[0] = 0;
  for (guint k = 1; k <= n_years; k++)
    schedule->cumulative[k] = schedule->cumulative[k - 1] + bp[k - 1];
}

static void
schedule_standard (Schedule *schedule,
                   guint     n_years)
{
  schedule->n_years = n_years;
  schedule->denominator = n_years;
  for (guint k = 0; k <= n_years; k++)
    schedule->cumulative[k] = k;
}

/* @vesting over @n_years (custom: @custom_bp); the terms are checked. */
static void
schedule_init (Schedule     *schedule,
               ClVesting     vesting,
               guint         n_years,
               const gint64 *custom_bp)
{
  switch (vesting)
    {
    case CL_VESTING_FRONT_LOADED:
      schedule_from_bp (schedule, front_loaded_bp, PRESET_YEARS);
      break;
    case CL_VESTING_BACK_LOADED:
      schedule_from_bp (schedule, back_loaded_bp, PRESET_YEARS);
      break;
    case CL_VESTING_CUSTOM:
      schedule_from_bp (schedule, custom_bp, n_years);
      break;
    case CL_VESTING_STANDARD:
    default:
      schedule_standard (schedule, n_years);
      break;
    }
}

/* A cliff of more than a year: the years that end before it vest nothing
 * and the year it ends in catches up. */
static void
schedule_apply_cliff (Schedule *schedule,
                      guint     cliff_months)
{
  for (guint k = 1; k <= schedule->n_years; k++)
    if (k * MONTHS_PER_YEAR < cliff_months)
      schedule->cumulative[k] = 0;
}

/* The part of @grant vested by the end of year @year (0 for none yet). */
static gint64
schedule_vested (const Schedule *schedule,
                 gint64          grant,
                 guint           year,
                 gint64          quantum)
{
  year = MIN (year, schedule->n_years);
  return cl_money_portion (grant, schedule->cumulative[year], schedule->denominator, quantum);
}

/* What of @grant vests in year @year (1-based): a difference of rounded
 * running totals. */
static gint64
schedule_year (const Schedule *schedule,
               gint64          grant,
               guint           year,
               gint64          quantum)
{
  return schedule_vested (schedule, grant, year, quantum) -
         schedule_vested (schedule, grant, year - 1, quantum);
}

/* Terms --------------------------------------------------------------------- */

void
cl_comp_terms_init (ClCompTerms *terms,
                    const char  *currency)
{
  g_return_if_fail (terms != NULL);

  memset (terms, 0, sizeof *terms);
  g_strlcpy (terms->currency, currency != NULL ? currency : "", sizeof terms->currency);
  terms->base = -1;
  terms->bonus_bp = -1;
  terms->bonus_amount = -1;
  terms->sign_on = -1;
  terms->sign_on_year2 = -1;
  terms->equity_amount = -1;
  terms->equity_shares = -1;
  terms->share_price = -1;
  terms->vesting = CL_VESTING_STANDARD;
  terms->vesting_years = 4;
  terms->cliff_months = MONTHS_PER_YEAR;
  terms->refresher_amount = -1;
  terms->refresher_from_year = 2;
  terms->refresher_vesting = CL_VESTING_STANDARD;
  terms->retirement_match_bp = -1;
}

static gboolean
fail (GError          **error,
      ClValidationError code,
      const char       *field,
      const char       *other_field,
      const char       *message)
{
  const char *fields[] = { field, other_field, NULL };

  g_propagate_error (error, cl_validation_error_new (code, fields, message));
  return FALSE;
}

/* An optional amount: -1, or 0 to CL_MONEY_MAX_CENTS. */
static gboolean
check_amount (gint64      value,
              const char *currency,
              const char *field,
              const char *negative_message,
              const char *label,
              GError    **error)
{
  if (value == -1)
    return TRUE;
  if (value < 0)
    return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, field, NULL, negative_message);
  if (value > CL_MONEY_MAX_CENTS)
    {
      g_autofree char *largest = cl_money_format (CL_MONEY_MAX_CENTS, currency);
      /* Translators: “The base salary can be at most $999,999,999,999.99.” */
      g_autofree char *message = g_strdup_printf (_ ("%s can be at most %s."), label, largest);

      return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, field, NULL, message);
    }
  /* Whole units in a currency without cents, as cl_money_parse() reads them. */
  if (value % cl_currency_get_quantum (currency) != 0)
    {
      g_autofree char *message = g_strdup_printf (
        /* Translators: %s is a currency code, “JPY” */
        _ ("%s has no decimal places: write a whole amount, such as 120000."), currency);

      return fail (error, CL_VALIDATION_ERROR_FORMAT, field, NULL, message);
    }
  return TRUE;
}

static gboolean
check_percent (gint64      value,
               const char *field,
               const char *message,
               GError    **error)
{
  if (value != -1 && (value < 0 || value > CL_PERCENT_SCALE))
    return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, field, NULL, message);
  return TRUE;
}

static gboolean
check_vesting_enum (ClVesting   vesting,
                    const char *field,
                    GError    **error)
{
  if ((guint) vesting > CL_VESTING_CUSTOM)
    return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, field, NULL,
                 _ ("Choose standard, front-loaded, back-loaded or custom vesting."));
  return TRUE;
}

static gboolean
check_amounts (const ClCompTerms *terms,
               GError           **error)
{
  const char *c = terms->currency;

  return check_amount (terms->base, c, CL_COMP_FIELD_BASE,
                       _ ("The base salary cannot be negative."), _ ("The base salary"), error) &&
         check_amount (terms->bonus_amount, c, CL_COMP_FIELD_BONUS_AMOUNT,
                       _ ("The target bonus cannot be negative."), _ ("The target bonus"),
                       error) &&
         check_amount (terms->sign_on, c, CL_COMP_FIELD_SIGN_ON,
                       _ ("The sign-on bonus cannot be negative."), _ ("The sign-on bonus"),
                       error) &&
         check_amount (terms->sign_on_year2, c, CL_COMP_FIELD_SIGN_ON_YEAR_2,
                       _ ("The part of the sign-on bonus paid in year 2 cannot be negative."),
                       _ ("The part of the sign-on bonus paid in year 2"), error) &&
         check_amount (terms->equity_amount, c, CL_COMP_FIELD_EQUITY_AMOUNT,
                       _ ("The equity grant cannot be negative."), _ ("The equity grant"),
                       error) &&
         check_amount (terms->refresher_amount, c, CL_COMP_FIELD_REFRESHER_AMOUNT,
                       _ ("A refresher grant cannot be negative."), _ ("A refresher grant"),
                       error) &&
         check_percent (terms->bonus_bp, CL_COMP_FIELD_BONUS_PERCENT,
                        /* xgettext:no-c-format */
                        _ ("The target bonus must be between 0% and 100% of base."), error) &&
         check_percent (terms->retirement_match_bp, CL_COMP_FIELD_RETIREMENT_MATCH,
                        /* xgettext:no-c-format */
                        _ ("The retirement match must be between 0% and 100% of base."), error);
}

/* The grant's value: the amount, or shares × price by the rule. */
static gint64
equity_grant (const ClCompTerms *terms)
{
  if (terms->equity_amount >= 0)
    return terms->equity_amount;
  if (terms->equity_shares >= 0 && terms->share_price >= 0)
    /* Price in 1/10,000 units is 1/100 cents. */
    return cl_money_portion (terms->equity_shares, terms->share_price, 100,
                             cl_currency_get_quantum (terms->currency));
  return 0;
}

static gboolean
check_equity (const ClCompTerms *terms,
              GError           **error)
{
  gboolean has_shares = terms->equity_shares != -1;
  gboolean has_price = terms->share_price != -1;

  if (has_shares && (terms->equity_shares < 0 || terms->equity_shares > CL_SHARES_MAX))
    return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, CL_COMP_FIELD_EQUITY_SHARES, NULL,
                 _ ("The number of shares must be between 0 and 1,000,000,000,000."));
  if (has_price && (terms->share_price < 0 || terms->share_price > CL_SHARE_PRICE_MAX))
    return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, CL_COMP_FIELD_SHARE_PRICE, NULL,
                 _ ("The share price must be between 0 and 1,000,000."));
  if (terms->equity_amount != -1 && (has_shares || has_price))
    return fail (error, CL_VALIDATION_ERROR_INCONSISTENT, CL_COMP_FIELD_EQUITY_AMOUNT,
                 has_shares ? CL_COMP_FIELD_EQUITY_SHARES : CL_COMP_FIELD_SHARE_PRICE,
                 _ ("Give the equity as an amount or as shares × price, not both."));
  if (has_shares && !has_price)
    return fail (error, CL_VALIDATION_ERROR_REQUIRED, CL_COMP_FIELD_SHARE_PRICE, NULL,
                 _ ("Enter the share price to value the shares."));
  if (has_price && !has_shares)
    return fail (error, CL_VALIDATION_ERROR_REQUIRED, CL_COMP_FIELD_EQUITY_SHARES, NULL,
                 _ ("Enter the number of shares granted."));
  if (has_shares && equity_grant (terms) > CL_MONEY_MAX_CENTS)
    {
      g_autofree char *largest = cl_money_format (CL_MONEY_MAX_CENTS, terms->currency);
      g_autofree char *message =
        /* Translators: %s is the largest amount, “$999,999,999,999.99” */
        g_strdup_printf (_ ("The shares are worth more than %s, the largest amount."), largest);

      return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, CL_COMP_FIELD_EQUITY_SHARES,
                   CL_COMP_FIELD_SHARE_PRICE, message);
    }
  return TRUE;
}

static const char *
preset_years_message (ClVesting vesting)
{
  return vesting == CL_VESTING_FRONT_LOADED
           ? _ ("Front-loaded vesting (33/33/22/12) is over 4 years: choose 4 years, or a "
                "custom schedule.")
           : _ ("Back-loaded vesting (5/15/40/40) is over 4 years: choose 4 years, or a custom "
                "schedule.");
}

static gboolean
check_vesting (const ClCompTerms *terms,
               GError           **error)
{
  gint64 sum = 0;

  if (!check_vesting_enum (terms->vesting, CL_COMP_FIELD_VESTING, error))
    return FALSE;
  if (terms->vesting_years < 1 || terms->vesting_years > CL_COMP_MAX_VESTING_YEARS)
    return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, CL_COMP_FIELD_VESTING_YEARS, NULL,
                 _ ("Equity vests over 1 to 10 years."));
  if ((terms->vesting == CL_VESTING_FRONT_LOADED || terms->vesting == CL_VESTING_BACK_LOADED) &&
      terms->vesting_years != PRESET_YEARS)
    return fail (error, CL_VALIDATION_ERROR_INCONSISTENT, CL_COMP_FIELD_VESTING_YEARS,
                 CL_COMP_FIELD_VESTING, preset_years_message (terms->vesting));

  if (terms->vesting == CL_VESTING_CUSTOM)
    {
      if (terms->n_custom != terms->vesting_years)
        {
          g_autofree char *message = g_strdup_printf (
            ngettext ("Give one percentage for each year of vesting: %u of them.",
                      "Give one percentage for each year of vesting: %u of them.",
                      terms->vesting_years),
            terms->vesting_years);

          return fail (error, CL_VALIDATION_ERROR_INCONSISTENT, CL_COMP_FIELD_VESTING_CUSTOM,
                       CL_COMP_FIELD_VESTING_YEARS, message);
        }
      for (guint k = 0; k < terms->n_custom; k++)
        {
          if (terms->custom_bp[k] < 0 || terms->custom_bp[k] > CL_PERCENT_SCALE)
            return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, CL_COMP_FIELD_VESTING_CUSTOM,
                         NULL,
                         /* xgettext:no-c-format */
                         _ ("Each year’s vesting must be between 0% and 100%."));
          sum += terms->custom_bp[k];
        }
      if (sum != CL_PERCENT_SCALE)
        {
          g_autofree char *total = cl_percent_format (sum);
          g_autofree char *message = g_strdup_printf (
            /* Translators: %s is a percentage, “95%” */
            _ ("The yearly vesting percentages add up to %s; they must add up to exactly 100%%."),
            total);

          return fail (error, CL_VALIDATION_ERROR_INCONSISTENT, CL_COMP_FIELD_VESTING_CUSTOM,
                       NULL, message);
        }
    }

  if (terms->cliff_months > terms->vesting_years * MONTHS_PER_YEAR)
    {
      g_autofree char *months = g_strdup_printf (
        ngettext ("%u month", "%u months", terms->cliff_months), terms->cliff_months);
      g_autofree char *message = g_strdup_printf (
        /* Translators: “The cliff (60 months) is longer than the 4-year vesting schedule.” */
        ngettext ("The cliff (%s) is longer than the %u-year vesting schedule.",
                  "The cliff (%s) is longer than the %u-year vesting schedule.",
                  terms->vesting_years),
        months, terms->vesting_years);

      return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, CL_COMP_FIELD_CLIFF,
                   CL_COMP_FIELD_VESTING_YEARS, message);
    }
  return TRUE;
}

gboolean
cl_compensation_check_terms (const ClCompTerms *terms,
                             GError           **error)
{
  g_autoptr(GError) currency_error = NULL;

  g_return_val_if_fail (terms != NULL, FALSE);

  if (!cl_currency_check (terms->currency, &currency_error))
    return fail (error, CL_VALIDATION_ERROR_FORMAT, CL_COMP_FIELD_CURRENCY, NULL,
                 currency_error->message);
  if (!check_amounts (terms, error))
    return FALSE;
  if (terms->bonus_bp != -1 && terms->bonus_amount != -1)
    return fail (error, CL_VALIDATION_ERROR_INCONSISTENT, CL_COMP_FIELD_BONUS_PERCENT,
                 CL_COMP_FIELD_BONUS_AMOUNT,
                 _ ("Give the target bonus as a percentage of base or as an amount, not both."));
  if (terms->sign_on_year2 != -1 && terms->sign_on == -1)
    return fail (error, CL_VALIDATION_ERROR_INCONSISTENT, CL_COMP_FIELD_SIGN_ON_YEAR_2,
                 CL_COMP_FIELD_SIGN_ON,
                 _ ("Enter the sign-on bonus before the part of it paid in year 2."));
  if (terms->sign_on_year2 > terms->sign_on)
    return fail (error, CL_VALIDATION_ERROR_INCONSISTENT, CL_COMP_FIELD_SIGN_ON_YEAR_2,
                 CL_COMP_FIELD_SIGN_ON,
                 _ ("The part of the sign-on bonus paid in year 2 cannot be more than the "
                    "sign-on bonus."));
  if (terms->sign_on_clawback_months > CL_COMP_MAX_CLAWBACK_MONTHS)
    return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, CL_COMP_FIELD_CLAWBACK, NULL,
                 _ ("The sign-on clawback can last at most 120 months."));
  if (!check_equity (terms, error) || !check_vesting (terms, error))
    return FALSE;

  if (terms->refresher_amount != -1)
    {
      if (terms->refresher_from_year < 1 || terms->refresher_from_year > CL_COMP_YEARS)
        return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, CL_COMP_FIELD_REFRESHER_FROM_YEAR,
                     NULL, _ ("Refreshers start vesting in year 1, 2, 3 or 4."));
      if (!check_vesting_enum (terms->refresher_vesting, CL_COMP_FIELD_REFRESHER_VESTING, error))
        return FALSE;
      if (terms->refresher_vesting == CL_VESTING_CUSTOM)
        return fail (error, CL_VALIDATION_ERROR_OUT_OF_RANGE, CL_COMP_FIELD_REFRESHER_VESTING,
                     NULL,
                     _ ("Refreshers vest on a standard, front-loaded or back-loaded schedule."));
    }
  return TRUE;
}

guint
cl_comp_terms_get_vesting_bp (const ClCompTerms *terms,
                              gint64             out_bp[CL_COMP_MAX_VESTING_YEARS])
{
  Schedule schedule;

  g_return_val_if_fail (terms != NULL, 0);
  g_return_val_if_fail (out_bp != NULL, 0);

  if (!check_vesting (terms, NULL))
    return 0;
  schedule_init (&schedule, terms->vesting, terms->vesting_years, terms->custom_bp);
  for (guint k = 1; k <= schedule.n_years; k++)
    out_bp[k - 1] = schedule_year (&schedule, CL_PERCENT_SCALE, k, 1);
  return schedule.n_years;
}

/* Breakdown ----------------------------------------------------------------- */

static void
breakdown_sum (ClCompBreakdown *out,
               gint64           quantum)
{
  out->total = 0;
  memset (out->year_totals, 0, sizeof out->year_totals);
  for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
    {
      out->component_totals[c] = 0;
      for (guint y = 0; y < CL_COMP_YEARS; y++)
        {
          out->component_totals[c] += out->amounts[c][y];
          out->year_totals[y] += out->amounts[c][y];
        }
    }
  for (guint y = 0; y < CL_COMP_YEARS; y++)
    out->total += out->year_totals[y];
  out->yearly_average = cl_money_portion (out->total, 1, CL_COMP_YEARS, quantum);
}

gboolean
cl_compensation_compute (const ClCompTerms *terms,
                         ClCompBreakdown   *out,
                         GError           **error)
{
  gint64   quantum, base, bonus, grant;
  Schedule schedule, refresher;

  g_return_val_if_fail (terms != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!cl_compensation_check_terms (terms, error))
    return FALSE;

  memset (out, 0, sizeof *out);
  memcpy (out->currency, terms->currency, sizeof out->currency);
  quantum = cl_currency_get_quantum (terms->currency);

  base = MAX (terms->base, 0);
  if (terms->bonus_amount >= 0)
    bonus = terms->bonus_amount;
  else if (terms->bonus_bp >= 0)
    bonus = cl_money_portion (base, terms->bonus_bp, CL_PERCENT_SCALE, quantum);
  else
    bonus = 0;

  schedule_init (&schedule, terms->vesting, terms->vesting_years, terms->custom_bp);
  schedule_apply_cliff (&schedule, terms->cliff_months);
  grant = equity_grant (terms);
  out->equity_grant = grant;
  out->equity_after = grant - schedule_vested (&schedule, grant, CL_COMP_YEARS, quantum);

  schedule_init (&refresher, terms->refresher_vesting, PRESET_YEARS, NULL);

  for (guint year = 1; year <= CL_COMP_YEARS; year++)
    {
      guint y = year - 1;

      out->amounts[CL_COMP_BASE][y] = base;
      out->amounts[CL_COMP_BONUS][y] = bonus;
      out->amounts[CL_COMP_EQUITY][y] = schedule_year (&schedule, grant, year, quantum);

      /* Every grant made so far, in the year of its own schedule it is in. */
      if (terms->refresher_amount > 0)
        for (guint from = terms->refresher_from_year; from <= year; from++)
          out->amounts[CL_COMP_REFRESHERS][y] +=
            schedule_year (&refresher, terms->refresher_amount, year - from + 1, quantum);

      if (terms->retirement_match_bp >= 0)
        out->retirement_match[y] =
          cl_money_portion (base, terms->retirement_match_bp, CL_PERCENT_SCALE, quantum);
    }
  if (terms->sign_on >= 0)
    {
      gint64 year2 = MAX (terms->sign_on_year2, 0);

      out->amounts[CL_COMP_SIGN_ON][0] = terms->sign_on - year2;
      out->amounts[CL_COMP_SIGN_ON][1] = year2;
    }

  breakdown_sum (out, quantum);
  return TRUE;
}

char *
cl_comp_breakdown_describe (const ClCompBreakdown *breakdown)
{
  GString         *out = g_string_new (NULL);
  g_autofree char *total = NULL;
  g_autofree char *average = NULL;

  g_return_val_if_fail (breakdown != NULL, NULL);

  for (guint y = 0; y < CL_COMP_YEARS; y++)
    {
      g_autofree char *year_total =
        cl_money_format (breakdown->year_totals[y], breakdown->currency);
      g_autoptr(GString) parts = g_string_new (NULL);

      for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
        {
          g_autofree char *amount = NULL;

          if (breakdown->amounts[c][y] == 0)
            continue;
          amount = cl_money_format (breakdown->amounts[c][y], breakdown->currency);
          if (parts->len > 0)
            /* Translators: between the components of a year, “base salary $150,000, bonus …” */
            g_string_append (parts, C_ ("components", ", "));
          /* Translators: a component and its amount, “Bonus $22,500” */
          g_string_append_printf (parts, C_ ("component", "%s %s"),
                                  cl_comp_component_get_name (c), amount);
        }
      if (y > 0)
        g_string_append_c (out, ' ');
      if (parts->len > 0)
        /* Translators: “Year 1: $215,000 (Base salary $150,000, Bonus $22,500, …).” */
        g_string_append_printf (out, _ ("Year %u: %s (%s)."), y + 1, year_total, parts->str);
      else
        /* Translators: “Year 1: $0.” */
        g_string_append_printf (out, _ ("Year %u: %s."), y + 1, year_total);
    }

  total = cl_money_format (breakdown->total, breakdown->currency);
  average = cl_money_format (breakdown->yearly_average, breakdown->currency);
  g_string_append_c (out, ' ');
  /* Translators: “4-year total $905,000, yearly average $226,250.” */
  g_string_append_printf (out, _ ("4-year total %s, yearly average %s."), total, average);
  return g_string_free (out, FALSE);
}

/* Comparison ---------------------------------------------------------------- */

struct _ClCompComparison
{
  char             currency[4];
  guint            n_offers;
  ClCompBreakdown *breakdowns;
  ClCompMarks     *marks;
  ClCompRate      *rates;   /* the rate each offer used */
  gboolean        *inverse; /* whether it was used the other way */
  gboolean        *has_rate;
};

void
cl_comp_comparison_free (ClCompComparison *self)
{
  if (self == NULL)
    return;
  g_free (self->breakdowns);
  g_free (self->marks);
  g_free (self->rates);
  g_free (self->inverse);
  g_free (self->has_rate);
  g_free (self);
}

/* The newest rate from @from to @to, or the other way; NULL when none. */
static const ClCompRate *
find_rate (const ClCompRate *rates,
           guint             n_rates,
           const char       *from,
           const char       *to,
           gboolean         *out_inverse)
{
  const ClCompRate *best = NULL;
  gboolean          best_inverse = FALSE;

  for (guint i = 0; i < n_rates; i++)
    {
      const ClCompRate *rate = &rates[i];
      gboolean          direct = strcmp (rate->from, from) == 0 && strcmp (rate->to, to) == 0;
      gboolean          inverse = strcmp (rate->from, to) == 0 && strcmp (rate->to, from) == 0;
      int               newer;

      if ((!direct && !inverse) || rate->rate_micro <= 0 || rate->rate_micro > CL_RATE_MAX)
        continue;
      newer = best == NULL ? 1 : strcmp (rate->observed_on, best->observed_on);
      /* On the same day, a direct rate over an inverted one. */
      if (newer > 0 || (newer == 0 && direct && best_inverse))
        {
          best = rate;
          best_inverse = inverse;
        }
    }
  *out_inverse = best_inverse;
  return best;
}

static gboolean
convert (gint64           *value,
         const ClCompRate *rate,
         gboolean          inverse,
         gint64            quantum)
{
  if (rate == NULL)
    return TRUE;
  if (inverse)
    return cl_money_portion_checked (*value, CL_RATE_SCALE, rate->rate_micro, quantum, value);
  return cl_money_portion_checked (*value, rate->rate_micro, CL_RATE_SCALE, quantum, value);
}

static gboolean
add_checked (gint64 *sum,
             gint64  value)
{
  return !__builtin_add_overflow (*sum, value, sum);
}

/* @in in the comparison's currency, totals re-added from the converted
 * cells. */
static gboolean
convert_breakdown (const ClCompBreakdown *in,
                   const char            *currency,
                   const ClCompRate      *rate,
                   gboolean               inverse,
                   ClCompBreakdown       *out)
{
  gint64 quantum = cl_currency_get_quantum (currency);

  *out = *in;
  memcpy (out->currency, currency, sizeof out->currency);
  if (rate == NULL)
    return TRUE;

  for (guint y = 0; y < CL_COMP_YEARS; y++)
    {
      for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
        if (!convert (&out->amounts[c][y], rate, inverse, quantum))
          return FALSE;
      if (!convert (&out->retirement_match[y], rate, inverse, quantum))
        return FALSE;
    }
  if (!convert (&out->equity_grant, rate, inverse, quantum) ||
      !convert (&out->equity_after, rate, inverse, quantum))
    return FALSE;

  out->total = 0;
  for (guint y = 0; y < CL_COMP_YEARS; y++)
    {
      out->year_totals[y] = 0;
      for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
        if (!add_checked (&out->year_totals[y], out->amounts[c][y]))
          return FALSE;
      if (!add_checked (&out->total, out->year_totals[y]))
        return FALSE;
    }
  for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
    {
      out->component_totals[c] = 0;
      for (guint y = 0; y < CL_COMP_YEARS; y++)
        if (!add_checked (&out->component_totals[c], out->amounts[c][y]))
          return FALSE;
    }
  out->yearly_average = cl_money_portion (out->total, 1, CL_COMP_YEARS, quantum);
  return TRUE;
}

/* The rows of the comparison table, each a figure of ClCompBreakdown and a
 * mark of ClCompMarks: the cells, the year totals, the component totals,
 * the 4-year total, the average, the retirement match. */
enum
{
  ROW_CELLS = 0,
  ROW_YEAR_TOTALS = ROW_CELLS + CL_COMP_N_COMPONENTS * CL_COMP_YEARS,
  ROW_COMPONENT_TOTALS = ROW_YEAR_TOTALS + CL_COMP_YEARS,
  ROW_TOTAL = ROW_COMPONENT_TOTALS + CL_COMP_N_COMPONENTS,
  ROW_AVERAGE,
  ROW_RETIREMENT_MATCH,
  N_ROWS = ROW_RETIREMENT_MATCH + CL_COMP_YEARS,
};

static gint64
row_value (const ClCompBreakdown *breakdown,
           guint                  row)
{
  if (row < ROW_YEAR_TOTALS)
    return breakdown->amounts[row / CL_COMP_YEARS][row % CL_COMP_YEARS];
  if (row < ROW_COMPONENT_TOTALS)
    return breakdown->year_totals[row - ROW_YEAR_TOTALS];
  if (row < ROW_TOTAL)
    return breakdown->component_totals[row - ROW_COMPONENT_TOTALS];
  if (row == ROW_TOTAL)
    return breakdown->total;
  if (row == ROW_AVERAGE)
    return breakdown->yearly_average;
  return breakdown->retirement_match[row - ROW_RETIREMENT_MATCH];
}

static gboolean *
row_mark (ClCompMarks *marks,
          guint        row)
{
  if (row < ROW_YEAR_TOTALS)
    return &marks->amounts[row / CL_COMP_YEARS][row % CL_COMP_YEARS];
  if (row < ROW_COMPONENT_TOTALS)
    return &marks->year_totals[row - ROW_YEAR_TOTALS];
  if (row < ROW_TOTAL)
    return &marks->component_totals[row - ROW_COMPONENT_TOTALS];
  if (row == ROW_TOTAL)
    return &marks->total;
  if (row == ROW_AVERAGE)
    return &marks->yearly_average;
  return &marks->retirement_match[row - ROW_RETIREMENT_MATCH];
}

/* Marks, row by row, the offers holding the largest value; none when there
 * is nothing to choose between. */
static void
mark_best (ClCompComparison *self)
{
  if (self->n_offers < 2)
    return;
  for (guint row = 0; row < N_ROWS; row++)
    {
      gint64   first = row_value (&self->breakdowns[0], row);
      gint64   best = first;
      gboolean all_equal = TRUE;

      for (guint i = 1; i < self->n_offers; i++)
        {
          gint64 value = row_value (&self->breakdowns[i], row);

          all_equal = all_equal && value == first;
          best = MAX (best, value);
        }
      if (all_equal)
        continue;
      for (guint i = 0; i < self->n_offers; i++)
        *row_mark (&self->marks[i], row) = row_value (&self->breakdowns[i], row) == best;
    }
}

ClCompComparison *
cl_compensation_compare (const ClCompBreakdown *const *offers,
                         guint                         n_offers,
                         const char                   *currency,
                         const ClCompRate             *rates,
                         guint                         n_rates,
                         GError                      **error)
{
  g_autoptr(ClCompComparison) self = NULL;
  g_autoptr(GError) currency_error = NULL;

  g_return_val_if_fail (offers != NULL || n_offers == 0, NULL);
  g_return_val_if_fail (rates != NULL || n_rates == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!cl_currency_check (currency, error))
    return NULL;

  self = g_new0 (ClCompComparison, 1);
  g_strlcpy (self->currency, currency, sizeof self->currency);
  self->n_offers = n_offers;
  self->breakdowns = g_new0 (ClCompBreakdown, MAX (n_offers, 1));
  self->marks = g_new0 (ClCompMarks, MAX (n_offers, 1));
  self->rates = g_new0 (ClCompRate, MAX (n_offers, 1));
  self->inverse = g_new0 (gboolean, MAX (n_offers, 1));
  self->has_rate = g_new0 (gboolean, MAX (n_offers, 1));

  for (guint i = 0; i < n_offers; i++)
    {
      const ClCompBreakdown *offer = offers[i];
      const ClCompRate      *rate = NULL;

      if (strcmp (offer->currency, currency) != 0)
        {
          rate = find_rate (rates, n_rates, offer->currency, currency, &self->inverse[i]);
          if (rate == NULL)
            {
              g_set_error (error, CL_COMPENSATION_ERROR, CL_COMPENSATION_ERROR_MISSING_RATE,
                           /* Translators: two currency codes, “from EUR to USD” */
                           _ ("Add an exchange rate from %s to %s to compare these offers."),
                           offer->currency, currency);
              return NULL;
            }
          self->rates[i] = *rate;
          self->has_rate[i] = TRUE;
        }
      if (!convert_breakdown (offer, currency, rate, self->inverse[i], &self->breakdowns[i]))
        {
          g_set_error (error, CL_COMPENSATION_ERROR, CL_COMPENSATION_ERROR_TOO_LARGE,
                       /* Translators: two currency codes, “from EUR to USD” */
                       _ ("The amounts are too large to convert from %s to %s."),
                       offer->currency, currency);
          return NULL;
        }
    }

  mark_best (self);
  return g_steal_pointer (&self);
}

guint
cl_comp_comparison_get_n_offers (ClCompComparison *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_offers;
}

const char *
cl_comp_comparison_get_currency (ClCompComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->currency;
}

const ClCompBreakdown *
cl_comp_comparison_get_breakdown (ClCompComparison *self,
                                  guint             offer)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (offer < self->n_offers, NULL);

  return &self->breakdowns[offer];
}

const ClCompRate *
cl_comp_comparison_get_rate (ClCompComparison *self,
                             guint             offer,
                             gboolean         *out_inverse)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (offer < self->n_offers, NULL);

  if (out_inverse != NULL)
    *out_inverse = self->inverse[offer];
  return self->has_rate[offer] ? &self->rates[offer] : NULL;
}

char *
cl_comp_comparison_describe_rate (ClCompComparison *self,
                                  guint             offer)
{
  const ClCompRate *rate;
  gboolean          inverse;
  g_autofree char  *value = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (offer < self->n_offers, NULL);

  rate = cl_comp_comparison_get_rate (self, offer, &inverse);
  if (rate == NULL)
    return NULL;
  value = cl_rate_format (rate->rate_micro);
  if (inverse)
    /* Translators: “Converted at the inverse of 1 USD = 0.92 EUR (2025-01-14).” */
    return g_strdup_printf (_ ("Converted at the inverse of 1 %s = %s %s (%s)."), rate->from,
                            value, rate->to, rate->observed_on);
  /* Translators: “Converted at 1 EUR = 1.085 USD (2025-01-14).” */
  return g_strdup_printf (_ ("Converted at 1 %s = %s %s (%s)."), rate->from, value, rate->to,
                          rate->observed_on);
}

const ClCompMarks *
cl_comp_comparison_get_marks (ClCompComparison *self,
                              guint             offer)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (offer < self->n_offers, NULL);

  return &self->marks[offer];
}
