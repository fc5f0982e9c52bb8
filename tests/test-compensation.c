/* test-compensation.c — total compensation by year, by hand
 *
 * Every expected figure is in cents and computed by hand in the comment
 * beside it, with the rule: a share is rounded to the nearest cent (whole
 * unit for JPY), halves away from zero, and a grant's years are differences
 * of rounded running totals.  Then the comparison through exchange rates,
 * the best-value marks, the market position and each negotiation check, and
 * a property test over generated terms (a GRand with a fixed seed).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <string.h>

#include "cl-compensation.h"
#include "cl-money.h"
#include "cl-negotiation.h"
#include "cl-validation.h"

#define SEED 20250114
#define HOUR G_GINT64_CONSTANT (3600)

/* An expected breakdown: a row per component, a column per year. */
#define TABLE (const gint64[CL_COMP_N_COMPONENTS][CL_COMP_YEARS])

/* $1 = 100 cents. */
#define USD(units) ((gint64) (units) *100)

enum
{
  B = CL_COMP_BASE,
  BO = CL_COMP_BONUS,
  S = CL_COMP_SIGN_ON,
  E = CL_COMP_EQUITY,
  R = CL_COMP_REFRESHERS,
};

static ClCompTerms
terms_in (const char *currency)
{
  ClCompTerms terms;

  cl_comp_terms_init (&terms, currency);
  return terms;
}

static ClCompBreakdown
compute (const ClCompTerms *terms)
{
  g_autoptr(GError) error = NULL;
  ClCompBreakdown breakdown;

  if (!cl_compensation_compute (terms, &breakdown, &error))
    g_error ("terms refused: %s", error->message);
  return breakdown;
}

/* @expected: one row per component, one column per year. */
static void
assert_breakdown (const ClCompBreakdown *breakdown,
                  const gint64           expected[CL_COMP_N_COMPONENTS][CL_COMP_YEARS],
                  const gint64           year_totals[CL_COMP_YEARS],
                  gint64                 total,
                  gint64                 yearly_average)
{
  gint64 sum = 0;

  for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
    {
      gint64 component_sum = 0;

      for (guint y = 0; y < CL_COMP_YEARS; y++)
        {
          if (breakdown->amounts[c][y] != expected[c][y])
            g_error ("%s, year %u: %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT,
                     cl_comp_component_get_name (c), y + 1, breakdown->amounts[c][y],
                     expected[c][y]);
          component_sum += expected[c][y];
        }
      g_assert_cmpint (breakdown->component_totals[c], ==, component_sum);
    }
  for (guint y = 0; y < CL_COMP_YEARS; y++)
    {
      g_assert_cmpint (breakdown->year_totals[y], ==, year_totals[y]);
      sum += year_totals[y];
    }
  /* The four years add up to the total, exactly. */
  g_assert_cmpint (sum, ==, total);
  g_assert_cmpint (breakdown->total, ==, total);
  g_assert_cmpint (breakdown->yearly_average, ==, yearly_average);
}

/* Vesting ------------------------------------------------------------------- */

static void
test_standard (void)
{
  ClCompTerms     terms = terms_in ("USD");
  ClCompBreakdown b;

  /* Base $150,000; bonus 15% = $22,500; sign-on $20,000 in year 1; a
   * $200,000 grant, 25% a year after a 12-month cliff: $50,000 a year. */
  terms.base = USD (150000);
  terms.bonus_bp = 1500;
  terms.sign_on = USD (20000);
  terms.equity_amount = USD (200000);
  terms.cliff_months = 12;
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [B] = { 15000000, 15000000, 15000000, 15000000 },
                      [BO] = { 2250000, 2250000, 2250000, 2250000 },
                      [S] = { 2000000, 0, 0, 0 },
                      [E] = { 5000000, 5000000, 5000000, 5000000 },
                    },
                    /* 150,000 + 22,500 + 20,000 + 50,000 = 242,500; then 222,500 */
                    (const gint64[]){ 24250000, 22250000, 22250000, 22250000 },
                    /* 242,500 + 3 × 222,500 = 910,000; / 4 = 227,500 */
                    91000000, 22750000);
  g_assert_cmpint (b.equity_grant, ==, USD (200000));
  g_assert_cmpint (b.equity_after, ==, 0);
  g_assert_cmpstr (b.currency, ==, "USD");
}

static void
test_front_loaded (void)
{
  ClCompTerms     terms = terms_in ("USD");
  ClCompBreakdown b;

  /* Base $100,000; $100,000 vesting 33/33/22/12. */
  terms.base = USD (100000);
  terms.equity_amount = USD (100000);
  terms.vesting = CL_VESTING_FRONT_LOADED;
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [B] = { 10000000, 10000000, 10000000, 10000000 },
                      [E] = { 3300000, 3300000, 2200000, 1200000 },
                    },
                    (const gint64[]){ 13300000, 13300000, 12200000, 11200000 },
                    /* 133,000 + 133,000 + 122,000 + 112,000 = 500,000; / 4 = 125,000 */
                    50000000, 12500000);
}

static void
test_back_loaded (void)
{
  ClCompTerms     terms = terms_in ("USD");
  ClCompBreakdown b;

  /* A grant of $123,456.79 = 12,345,679 cents vesting 5/15/40/40:
   *   vested by year 1:  5% = 617,283.95   → 617,284
   *   by year 2:        20% = 2,469,135.8  → 2,469,136
   *   by year 3:        60% = 7,407,407.4  → 7,407,407
   *   by year 4:       100% = 12,345,679
   * each year the difference: 617,284; 1,851,852; 4,938,271; 4,938,272 —
   * 12,345,679 in all, where rounding each year alone (617,284; 1,851,852;
   * 4,938,272; 4,938,272) would give a cent too many. */
  terms.base = USD (100000);
  terms.equity_amount = 12345679;
  terms.vesting = CL_VESTING_BACK_LOADED;
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [B] = { 10000000, 10000000, 10000000, 10000000 },
                      [E] = { 617284, 1851852, 4938271, 4938272 },
                    },
                    (const gint64[]){ 10617284, 11851852, 14938271, 14938272 },
                    /* 40,000,000 + 12,345,679 = 52,345,679; / 4 = 13,086,419.75 → 13,086,420 */
                    52345679, 13086420);
}

static void
test_custom (void)
{
  ClCompTerms     terms = terms_in ("USD");
  ClCompBreakdown b;

  /* Base $80,000; $50,000 vesting 40/30/20/10. */
  terms.base = USD (80000);
  terms.equity_amount = USD (50000);
  terms.vesting = CL_VESTING_CUSTOM;
  terms.n_custom = 4;
  memcpy (terms.custom_bp, (gint64[]){ 4000, 3000, 2000, 1000 }, 4 * sizeof (gint64));
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [B] = { 8000000, 8000000, 8000000, 8000000 },
                      [E] = { 2000000, 1500000, 1000000, 500000 },
                    },
                    (const gint64[]){ 10000000, 9500000, 9000000, 8500000 },
                    /* 100,000 + 95,000 + 90,000 + 85,000 = 370,000; / 4 = 92,500 */
                    37000000, 9250000);
}

static void
test_custom_remainder (void)
{
  ClCompTerms     terms = terms_in ("USD");
  ClCompBreakdown b;

  /* $100,000.01 = 10,000,001 cents over 3 years, 33.33/33.33/33.34:
   *   by year 1: 33.33% = 3,333,000.3333 → 3,333,000
   *   by year 2: 66.66% = 6,666,000.6666 → 6,666,001
   *   by year 3: 100%   = 10,000,001
   * years 3,333,000; 3,333,001; 3,334,000: the grant to the cent.  Each
   * year alone would round to 3,333,000 + 3,333,000 + 3,334,000, a cent
   * short.  No base: the total is the grant. */
  terms.equity_amount = 10000001;
  terms.vesting = CL_VESTING_CUSTOM;
  terms.vesting_years = 3;
  terms.n_custom = 3;
  memcpy (terms.custom_bp, (gint64[]){ 3333, 3333, 3334 }, 3 * sizeof (gint64));
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [E] = { 3333000, 3333001, 3334000, 0 },
                    },
                    (const gint64[]){ 3333000, 3333001, 3334000, 0 },
                    /* 10,000,001 / 4 = 2,500,000.25 → 2,500,000 */
                    10000001, 2500000);
  g_assert_cmpint (b.equity_after, ==, 0);
}

static void
test_longer_schedule (void)
{
  ClCompTerms     terms = terms_in ("USD");
  ClCompBreakdown b;

  /* $100,000 over 5 years, standard: $20,000 a year; year 5 is outside
   * the four years and shown as vesting later. */
  terms.equity_amount = USD (100000);
  terms.vesting_years = 5;
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [E] = { 2000000, 2000000, 2000000, 2000000 },
                    },
                    (const gint64[]){ 2000000, 2000000, 2000000, 2000000 }, 8000000, 2000000);
  g_assert_cmpint (b.equity_grant, ==, 10000000);
  g_assert_cmpint (b.equity_after, ==, 2000000);

  /* Over 3 years, standard: thirds of $100,000 =
   *   by year 1: 3,333,333.33 → 3,333,333; by year 2: 6,666,666.67 →
   *   6,666,667; by year 3: 10,000,000 → 3,333,333; 3,333,334; 3,333,333. */
  terms.vesting_years = 3;
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [E] = { 3333333, 3333334, 3333333, 0 },
                    },
                    (const gint64[]){ 3333333, 3333334, 3333333, 0 }, 10000000, 2500000);
}

static void
test_cliff (void)
{
  ClCompTerms     terms = terms_in ("USD");
  ClCompBreakdown b;

  /* Base $120,000; $100,000 over 4 years, 25% a year.  An 18-month cliff:
   * year 1 ends before it and vests nothing; year 2, where it ends, vests
   * years 1 and 2: $50,000. */
  terms.base = USD (120000);
  terms.equity_amount = USD (100000);
  terms.cliff_months = 18;
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [B] = { 12000000, 12000000, 12000000, 12000000 },
                      [E] = { 0, 5000000, 2500000, 2500000 },
                    },
                    (const gint64[]){ 12000000, 17000000, 14500000, 14500000 },
                    /* 120,000 + 170,000 + 145,000 + 145,000 = 580,000; / 4 = 145,000 */
                    58000000, 14500000);

  /* 36 months: years 1 and 2 vest nothing, year 3 vests 75%. */
  terms.base = -1;
  terms.cliff_months = 36;
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [E] = { 0, 0, 7500000, 2500000 },
                    },
                    (const gint64[]){ 0, 0, 7500000, 2500000 }, 10000000, 2500000);

  /* 13 months is already past year 1; 48 months (the whole schedule)
   * vests everything in year 4. */
  terms.cliff_months = 13;
  b = compute (&terms);
  g_assert_cmpint (b.amounts[E][0], ==, 0);
  g_assert_cmpint (b.amounts[E][1], ==, 5000000);
  terms.cliff_months = 48;
  b = compute (&terms);
  g_assert_cmpint (b.amounts[E][2], ==, 0);
  g_assert_cmpint (b.amounts[E][3], ==, 10000000);

  /* 12 months or less changes nothing year by year. */
  for (guint months = 0; months <= 12; months += 6)
    {
      terms.cliff_months = months;
      b = compute (&terms);
      for (guint y = 0; y < CL_COMP_YEARS; y++)
        g_assert_cmpint (b.amounts[E][y], ==, 2500000);
    }
}

/* Bonus and sign-on --------------------------------------------------------- */

static void
test_bonus_percent (void)
{
  ClCompTerms     terms = terms_in ("USD");
  ClCompBreakdown b;

  /* Base $123,456.78 at 12.5%: 1,543,209.75 cents → 1,543,210. */
  terms.base = 12345678;
  terms.bonus_bp = 1250;
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [B] = { 12345678, 12345678, 12345678, 12345678 },
                      [BO] = { 1543210, 1543210, 1543210, 1543210 },
                    },
                    (const gint64[]){ 13888888, 13888888, 13888888, 13888888 }, 55555552,
                    13888888);

  /* A half cent goes up: $123,456.76 × 12.5% = 1,543,209.5 → 1,543,210. */
  terms.base = 12345676;
  b = compute (&terms);
  g_assert_cmpint (b.amounts[BO][0], ==, 1543210);
  /* 12,345,676 + 1,543,210 = 13,888,886 a year; × 4 = 55,555,544. */
  g_assert_cmpint (b.total, ==, 55555544);

  /* No base: nothing to take a percentage of. */
  terms.base = -1;
  b = compute (&terms);
  g_assert_cmpint (b.total, ==, 0);
}

static void
test_bonus_amount (void)
{
  ClCompTerms     terms = terms_in ("USD");
  ClCompBreakdown b;

  /* Base $100,000 and a $15,000 bonus: $115,000 a year. */
  terms.base = USD (100000);
  terms.bonus_amount = USD (15000);
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [B] = { 10000000, 10000000, 10000000, 10000000 },
                      [BO] = { 1500000, 1500000, 1500000, 1500000 },
                    },
                    (const gint64[]){ 11500000, 11500000, 11500000, 11500000 }, 46000000,
                    11500000);
}

static void
test_sign_on_split (void)
{
  ClCompTerms      terms = terms_in ("USD");
  ClCompBreakdown  b;
  g_autofree char *description = NULL;

  /* Base $100,000; a $30,000 sign-on, $10,000 of it paid in year 2 and
   * clawed back over 24 months (informational): $20,000 in year 1. */
  terms.base = USD (100000);
  terms.sign_on = USD (30000);
  terms.sign_on_year2 = USD (10000);
  terms.sign_on_clawback_months = 24;
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [B] = { 10000000, 10000000, 10000000, 10000000 },
                      [S] = { 2000000, 1000000, 0, 0 },
                    },
                    (const gint64[]){ 12000000, 11000000, 10000000, 10000000 },
                    /* 430,000 / 4 = 107,500 */
                    43000000, 10750000);

  description = cl_comp_breakdown_describe (&b);
  g_assert_cmpstr (description, ==,
                   "Year 1: $120,000 (Base salary $100,000, Sign-on bonus $20,000). "
                   "Year 2: $110,000 (Base salary $100,000, Sign-on bonus $10,000). "
                   "Year 3: $100,000 (Base salary $100,000). "
                   "Year 4: $100,000 (Base salary $100,000). "
                   "4-year total $430,000, yearly average $107,500.");

  /* All of it in year 2. */
  terms.sign_on_year2 = terms.sign_on;
  b = compute (&terms);
  g_assert_cmpint (b.amounts[S][0], ==, 0);
  g_assert_cmpint (b.amounts[S][1], ==, 3000000);
}

/* Shares × price ------------------------------------------------------------ */

static void
test_shares_times_price (void)
{
  ClCompTerms     terms = terms_in ("USD");
  ClCompBreakdown b;

  /* 1,234 shares × $123.4567 = $152,345.5678: 1,234 × 1,234,567 (in
   * 1/10,000 units) = 1,523,455,678 → / 100 = 15,234,556.78 cents →
   * 15,234,557.  Standard over 4 years:
   *   by year 1: / 4 = 3,808,639.25  → 3,808,639
   *   by year 2: / 2 = 7,617,278.5   → 7,617,279 (half away from zero)
   *   by year 3: × 3/4 = 11,425,917.75 → 11,425,918
   *   by year 4: 15,234,557
   * years 3,808,639; 3,808,640; 3,808,639; 3,808,639. */
  terms.equity_shares = 1234;
  terms.share_price = 1234567;
  b = compute (&terms);
  g_assert_cmpint (b.equity_grant, ==, 15234557);
  assert_breakdown (&b,
                    TABLE{
                      [E] = { 3808639, 3808640, 3808639, 3808639 },
                    },
                    (const gint64[]){ 3808639, 3808640, 3808639, 3808639 },
                    /* 15,234,557 / 4 = 3,808,639.25 → 3,808,639 */
                    15234557, 3808639);
}

/* Refreshers ---------------------------------------------------------------- */

static void
test_refreshers_standard (void)
{
  ClCompTerms     terms = terms_in ("USD");
  ClCompBreakdown b;

  /* Base $100,000; a $40,000 refresher every year from year 2, each 25% a
   * year ($10,000) from its own year: year 2 has one grant vesting, year 3
   * two, year 4 three. */
  terms.base = USD (100000);
  terms.refresher_amount = USD (40000);
  terms.refresher_from_year = 2;
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [B] = { 10000000, 10000000, 10000000, 10000000 },
                      [R] = { 0, 1000000, 2000000, 3000000 },
                    },
                    (const gint64[]){ 10000000, 11000000, 12000000, 13000000 },
                    /* 460,000 / 4 = 115,000 */
                    46000000, 11500000);

  /* $10,000.01 from year 1: each grant vests, by the end of its year 1 to
   * 4, 250,000.25 → 250,000; 500,000.5 → 500,001; 750,000.75 → 750,001;
   * 1,000,001: its years are 250,000; 250,001; 250,000; 250,000.
   *   year 1: 250,000
   *   year 2: 250,001 + 250,000 = 500,001
   *   year 3: 250,000 + 250,001 + 250,000 = 750,001
   *   year 4: 250,000 + 250,000 + 250,001 + 250,000 = 1,000,001 */
  terms.base = -1;
  terms.refresher_amount = 1000001;
  terms.refresher_from_year = 1;
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [R] = { 250000, 500001, 750001, 1000001 },
                    },
                    (const gint64[]){ 250000, 500001, 750001, 1000001 },
                    /* 2,500,003 / 4 = 625,000.75 → 625,001 */
                    2500003, 625001);
}

static void
test_refreshers_front_loaded (void)
{
  ClCompTerms     terms = terms_in ("USD");
  ClCompBreakdown b;

  /* $10,000 a year from year 1, each 33/33/22/12: a grant's years are
   * 330,000; 330,000; 220,000; 120,000.
   *   year 1: 330,000
   *   year 2: 330,000 + 330,000 = 660,000
   *   year 3: 220,000 + 330,000 + 330,000 = 880,000
   *   year 4: 120,000 + 220,000 + 330,000 + 330,000 = 1,000,000 */
  terms.refresher_amount = USD (10000);
  terms.refresher_from_year = 1;
  terms.refresher_vesting = CL_VESTING_FRONT_LOADED;
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [R] = { 330000, 660000, 880000, 1000000 },
                    },
                    (const gint64[]){ 330000, 660000, 880000, 1000000 },
                    /* 2,870,000 / 4 = 717,500 */
                    2870000, 717500);

  /* From year 3: the first grant's years 1 and 2, then the second's year 1. */
  terms.refresher_from_year = 3;
  b = compute (&terms);
  g_assert_cmpint (b.amounts[R][0], ==, 0);
  g_assert_cmpint (b.amounts[R][1], ==, 0);
  g_assert_cmpint (b.amounts[R][2], ==, 330000);
  g_assert_cmpint (b.amounts[R][3], ==, 660000);

  /* Back-loaded from year 4: 5% of the one grant. */
  terms.refresher_from_year = 4;
  terms.refresher_vesting = CL_VESTING_BACK_LOADED;
  b = compute (&terms);
  g_assert_cmpint (b.amounts[R][3], ==, 50000);
  g_assert_cmpint (b.total, ==, 50000);
}

static void
test_retirement_match (void)
{
  ClCompTerms     terms = terms_in ("USD");
  ClCompBreakdown b;

  /* 4.5% of $100,000.10 = 450,000.45 cents → 450,000, each year, in no
   * total. */
  terms.base = 10000010;
  terms.retirement_match_bp = 450;
  b = compute (&terms);
  for (guint y = 0; y < CL_COMP_YEARS; y++)
    {
      g_assert_cmpint (b.retirement_match[y], ==, 450000);
      g_assert_cmpint (b.year_totals[y], ==, 10000010);
    }
  g_assert_cmpint (b.total, ==, 40000040);
}

/* JPY ----------------------------------------------------------------------- */

static void
test_jpy (void)
{
  ClCompTerms     terms = terms_in ("JPY");
  ClCompBreakdown b;

  /* Whole yen (100 "cents").  Base ¥1,234,567 = 123,456,700; bonus 15% =
   * 18,518,505 → ¥185,185.05 → 18,518,500.  A grant of ¥1,000,001 =
   * 100,000,100, standard:
   *   by year 1: 25,000,025 → 25,000,000 (¥0.25 down)
   *   by year 2: 50,000,050 → 50,000,100 (¥0.50 up, away from zero)
   *   by year 3: 75,000,075 → 75,000,100
   *   by year 4: 100,000,100
   * years 25,000,000; 25,000,100; 25,000,000; 25,000,000. */
  terms.base = 123456700;
  terms.bonus_bp = 1500;
  terms.equity_amount = 100000100;
  b = compute (&terms);
  assert_breakdown (&b,
                    TABLE{
                      [B] = { 123456700, 123456700, 123456700, 123456700 },
                      [BO] = { 18518500, 18518500, 18518500, 18518500 },
                      [E] = { 25000000, 25000100, 25000000, 25000000 },
                    },
                    (const gint64[]){ 166975200, 166975300, 166975200, 166975200 },
                    /* 667,900,900 / 4 = 166,975,225 → ¥1,669,752 = 166,975,200 */
                    667900900, 166975200);
  for (guint y = 0; y < CL_COMP_YEARS; y++)
    g_assert_cmpint (b.year_totals[y] % 100, ==, 0);
}

/* Bad terms ----------------------------------------------------------------- */

static void
assert_refused (const ClCompTerms *terms,
                ClValidationError  code,
                const char        *field,
                const char        *message)
{
  g_autoptr(GError) error = NULL;
  ClCompBreakdown breakdown;

  g_assert_false (cl_compensation_check_terms (terms, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, (gint) code);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpstr (cl_validation_error_get_field (error), ==, field);
  g_clear_error (&error);
  g_assert_false (cl_compensation_compute (terms, &breakdown, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, (gint) code);
}

static void
test_bad_terms (void)
{
  ClCompTerms terms;
  g_autoptr(GError) error = NULL;

  terms = terms_in ("XYZ");
  assert_refused (&terms, CL_VALIDATION_ERROR_FORMAT, "currency",
                  "“XYZ” is not an ISO 4217 currency code. Choose one such as USD or EUR.");

  terms = terms_in ("USD");
  terms.base = -5;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "base-salary",
                  "The base salary cannot be negative.");
  terms.base = CL_MONEY_MAX_CENTS + 1;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "base-salary",
                  "The base salary can be at most $999,999,999,999.99.");

  /* Yen are whole. */
  terms = terms_in ("JPY");
  terms.sign_on = 12345;
  assert_refused (&terms, CL_VALIDATION_ERROR_FORMAT, "sign-on",
                  "JPY has no decimal places: write a whole amount, such as 120000.");

  terms = terms_in ("USD");
  terms.bonus_bp = 10001;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "bonus-basis-points",
                  "The target bonus must be between 0% and 100% of base.");
  terms.bonus_bp = 1000;
  terms.bonus_amount = 100;
  assert_refused (&terms, CL_VALIDATION_ERROR_INCONSISTENT, "bonus-basis-points",
                  "Give the target bonus as a percentage of base or as an amount, not both.");
  g_assert_false (cl_compensation_check_terms (&terms, &error));
  g_assert_true (cl_validation_error_is_about (error, "bonus-amount"));
  g_clear_error (&error);

  terms = terms_in ("USD");
  terms.sign_on_year2 = 100;
  assert_refused (&terms, CL_VALIDATION_ERROR_INCONSISTENT, "sign-on-year2",
                  "Enter the sign-on bonus before the part of it paid in year 2.");
  terms.sign_on = 99;
  assert_refused (&terms, CL_VALIDATION_ERROR_INCONSISTENT, "sign-on-year2",
                  "The part of the sign-on bonus paid in year 2 cannot be more than the "
                  "sign-on bonus.");
  terms = terms_in ("USD");
  terms.sign_on_clawback_months = 121;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "sign-on-clawback-months",
                  "The sign-on clawback can last at most 120 months.");

  terms = terms_in ("USD");
  terms.equity_amount = 100;
  terms.equity_shares = 10;
  assert_refused (&terms, CL_VALIDATION_ERROR_INCONSISTENT, "equity-amount",
                  "Give the equity as an amount or as shares × price, not both.");
  terms.equity_amount = -1;
  assert_refused (&terms, CL_VALIDATION_ERROR_REQUIRED, "share-price",
                  "Enter the share price to value the shares.");
  terms.equity_shares = -1;
  terms.share_price = 10000;
  assert_refused (&terms, CL_VALIDATION_ERROR_REQUIRED, "equity-shares",
                  "Enter the number of shares granted.");
  terms.share_price = CL_SHARE_PRICE_MAX + 1;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "share-price",
                  "The share price must be between 0 and 1,000,000.");
  /* 10^12 shares at 1,000,000: far beyond the largest amount. */
  terms.equity_shares = CL_SHARES_MAX;
  terms.share_price = CL_SHARE_PRICE_MAX;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "equity-shares",
                  "The shares are worth more than $999,999,999,999.99, the largest amount.");

  terms = terms_in ("USD");
  terms.vesting_years = 0;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "vesting-years",
                  "Equity vests over 1 to 10 years.");
  terms.vesting_years = 11;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "vesting-years",
                  "Equity vests over 1 to 10 years.");
  terms.vesting_years = 5;
  terms.vesting = CL_VESTING_FRONT_LOADED;
  assert_refused (&terms, CL_VALIDATION_ERROR_INCONSISTENT, "vesting-years",
                  "Front-loaded vesting (33/33/22/12) is over 4 years: choose 4 years, or a "
                  "custom schedule.");
  terms.vesting = CL_VESTING_BACK_LOADED;
  assert_refused (&terms, CL_VALIDATION_ERROR_INCONSISTENT, "vesting-years",
                  "Back-loaded vesting (5/15/40/40) is over 4 years: choose 4 years, or a "
                  "custom schedule.");

  /* Custom: one a year, adding up to 100%. */
  terms = terms_in ("USD");
  terms.vesting = CL_VESTING_CUSTOM;
  terms.n_custom = 3;
  memcpy (terms.custom_bp, (gint64[]){ 4000, 3000, 3000 }, 3 * sizeof (gint64));
  assert_refused (&terms, CL_VALIDATION_ERROR_INCONSISTENT, "custom-vesting",
                  "Give one percentage for each year of vesting: 4 of them.");
  terms.n_custom = 4;
  terms.custom_bp[2] = 2000;
  terms.custom_bp[3] = 500;
  assert_refused (&terms, CL_VALIDATION_ERROR_INCONSISTENT, "custom-vesting",
                  "The yearly vesting percentages add up to 95%; they must add up to exactly "
                  "100%.");
  terms.custom_bp[3] = 1050;
  assert_refused (&terms, CL_VALIDATION_ERROR_INCONSISTENT, "custom-vesting",
                  "The yearly vesting percentages add up to 100.5%; they must add up to "
                  "exactly 100%.");
  terms.custom_bp[3] = -1000;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "custom-vesting",
                  "Each year’s vesting must be between 0% and 100%.");

  /* A cliff longer than the schedule. */
  terms = terms_in ("USD");
  terms.cliff_months = 49;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "cliff-months",
                  "The cliff (49 months) is longer than the 4-year vesting schedule.");
  terms.vesting_years = 1;
  terms.cliff_months = 13;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "cliff-months",
                  "The cliff (13 months) is longer than the 1-year vesting schedule.");

  terms = terms_in ("USD");
  terms.refresher_amount = 100;
  terms.refresher_from_year = 5;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "refresher-from-year",
                  "Refreshers start vesting in year 1, 2, 3 or 4.");
  terms.refresher_from_year = 0;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "refresher-from-year",
                  "Refreshers start vesting in year 1, 2, 3 or 4.");
  terms.refresher_from_year = 1;
  terms.refresher_vesting = CL_VESTING_CUSTOM;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "refresher-vesting",
                  "Refreshers vest on a standard, front-loaded or back-loaded schedule.");

  terms = terms_in ("USD");
  terms.retirement_match_bp = 20000;
  assert_refused (&terms, CL_VALIDATION_ERROR_OUT_OF_RANGE, "retirement-match-basis-points",
                  "The retirement match must be between 0% and 100% of base.");

  /* What the UI starts from is fine. */
  terms = terms_in ("USD");
  g_assert_true (cl_compensation_check_terms (&terms, NULL));
}

static void
test_vesting_bp (void)
{
  ClCompTerms terms = terms_in ("USD");
  gint64      bp[CL_COMP_MAX_VESTING_YEARS];

  g_assert_cmpuint (cl_comp_terms_get_vesting_bp (&terms, bp), ==, 4);
  for (guint k = 0; k < 4; k++)
    g_assert_cmpint (bp[k], ==, 2500);

  /* Thirds: 3,333.33 → 3,333; 6,666.67 → 6,667: 3333, 3334, 3333. */
  terms.vesting_years = 3;
  g_assert_cmpuint (cl_comp_terms_get_vesting_bp (&terms, bp), ==, 3);
  g_assert_cmpint (bp[0], ==, 3333);
  g_assert_cmpint (bp[1], ==, 3334);
  g_assert_cmpint (bp[2], ==, 3333);

  terms.vesting_years = 4;
  terms.vesting = CL_VESTING_FRONT_LOADED;
  g_assert_cmpuint (cl_comp_terms_get_vesting_bp (&terms, bp), ==, 4);
  g_assert_cmpint (bp[0], ==, 3300);
  g_assert_cmpint (bp[3], ==, 1200);
  terms.vesting = CL_VESTING_BACK_LOADED;
  g_assert_cmpuint (cl_comp_terms_get_vesting_bp (&terms, bp), ==, 4);
  g_assert_cmpint (bp[0], ==, 500);
  g_assert_cmpint (bp[2], ==, 4000);

  terms.vesting = CL_VESTING_CUSTOM;
  terms.n_custom = 2;
  g_assert_cmpuint (cl_comp_terms_get_vesting_bp (&terms, bp), ==, 0);
}

static void
test_component_names (void)
{
  g_assert_cmpstr (cl_comp_component_get_name (CL_COMP_BASE), ==, "Base salary");
  g_assert_cmpstr (cl_comp_component_get_name (CL_COMP_BONUS), ==, "Bonus");
  g_assert_cmpstr (cl_comp_component_get_name (CL_COMP_SIGN_ON), ==, "Sign-on bonus");
  g_assert_cmpstr (cl_comp_component_get_name (CL_COMP_EQUITY), ==, "Equity");
  g_assert_cmpstr (cl_comp_component_get_name (CL_COMP_REFRESHERS), ==, "Refreshers");
}

/* Comparison ---------------------------------------------------------------- */

static const ClCompRate rates[] = {
  { "EUR", "USD", 1050000, "2024-12-01" },
  { "EUR", "USD", 1085000, "2025-01-14" },
  { "GBP", "EUR", 1190000, "2025-01-14" },
};

/* A: $100,000 base.  B: €90,000 base and a €5,000.03 sign-on. */
static void
two_offers (ClCompBreakdown *a,
            ClCompBreakdown *b)
{
  ClCompTerms terms = terms_in ("USD");

  terms.base = USD (100000);
  *a = compute (&terms);
  terms = terms_in ("EUR");
  terms.base = 9000000;
  terms.sign_on = 500003;
  *b = compute (&terms);
}

static void
test_compare_rate (void)
{
  g_autoptr(ClCompComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  ClCompBreakdown        a, b;
  const ClCompBreakdown *offers[] = { &a, &b };
  const ClCompBreakdown *converted;
  const ClCompMarks     *marks_a, *marks_b;
  const ClCompRate      *rate;
  gboolean               inverse = TRUE;
  g_autofree char       *caption = NULL;

  two_offers (&a, &b);
  comparison = cl_compensation_compare (offers, 2, "USD", rates, G_N_ELEMENTS (rates), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cl_comp_comparison_get_n_offers (comparison), ==, 2);
  g_assert_cmpstr (cl_comp_comparison_get_currency (comparison), ==, "USD");

  /* A is in USD already. */
  g_assert_null (cl_comp_comparison_get_rate (comparison, 0, NULL));
  g_assert_null (cl_comp_comparison_describe_rate (comparison, 0));
  g_assert_cmpint (cl_comp_comparison_get_breakdown (comparison, 0)->total, ==, 40000000);

  /* B at the newest EUR → USD rate, 1.085 of 2025-01-14:
   *   base 9,000,000 × 1.085 = 9,765,000
   *   sign-on 500,003 × 1.085 = 542,503.255 → 542,503
   *   year 1 = 9,765,000 + 542,503 = 10,307,503; years 2–4 9,765,000
   *   total 10,307,503 + 29,295,000 = 39,602,503; / 4 = 9,900,625.75 → 9,900,626 */
  rate = cl_comp_comparison_get_rate (comparison, 1, &inverse);
  g_assert_nonnull (rate);
  g_assert_false (inverse);
  g_assert_cmpstr (rate->observed_on, ==, "2025-01-14");
  g_assert_cmpint (rate->rate_micro, ==, 1085000);
  caption = cl_comp_comparison_describe_rate (comparison, 1);
  g_assert_cmpstr (caption, ==, "Converted at 1 EUR = 1.085 USD (2025-01-14).");

  converted = cl_comp_comparison_get_breakdown (comparison, 1);
  g_assert_cmpstr (converted->currency, ==, "USD");
  assert_breakdown (converted,
                    TABLE{
                      [B] = { 9765000, 9765000, 9765000, 9765000 },
                      [S] = { 542503, 0, 0, 0 },
                    },
                    (const gint64[]){ 10307503, 9765000, 9765000, 9765000 }, 39602503, 9900626);

  /* Best: A's base every year, B's sign-on and year 1; A's other years,
   * total and average.  Sign-on in years 2–4 and the empty rows: no mark. */
  marks_a = cl_comp_comparison_get_marks (comparison, 0);
  marks_b = cl_comp_comparison_get_marks (comparison, 1);
  for (guint y = 0; y < CL_COMP_YEARS; y++)
    {
      g_assert_true (marks_a->amounts[B][y]);
      g_assert_false (marks_b->amounts[B][y]);
      g_assert_false (marks_a->amounts[E][y] || marks_b->amounts[E][y]);
      g_assert_false (marks_a->retirement_match[y] || marks_b->retirement_match[y]);
    }
  g_assert_true (marks_b->amounts[S][0]);
  g_assert_false (marks_a->amounts[S][0]);
  g_assert_false (marks_a->amounts[S][1] || marks_b->amounts[S][1]);
  g_assert_true (marks_b->year_totals[0]);
  g_assert_false (marks_a->year_totals[0]);
  g_assert_true (marks_a->year_totals[1]);
  g_assert_true (marks_a->total);
  g_assert_false (marks_b->total);
  g_assert_true (marks_a->yearly_average);
  g_assert_true (marks_b->component_totals[S]);
  g_assert_true (marks_a->component_totals[B]);
  g_assert_false (marks_a->component_totals[E] || marks_b->component_totals[E]);
}

static void
test_compare_inverse_rate (void)
{
  g_autoptr(ClCompComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  const ClCompRate usd_eur[] = {
    { "USD", "EUR", 920000, "2025-01-14" },
  };
  ClCompBreakdown        a, b;
  const ClCompBreakdown *offers[] = { &a, &b };
  gboolean               inverse = FALSE;
  g_autofree char       *caption = NULL;

  two_offers (&a, &b);
  comparison = cl_compensation_compare (offers, 2, "USD", usd_eur, 1, &error);
  g_assert_no_error (error);

  /* Only USD → EUR 0.92: EUR amounts are divided by it.
   *   base 9,000,000 / 0.92 = 9,782,608.696 → 9,782,609
   *   sign-on 500,003 / 0.92 = 543,481.52 → 543,482
   *   year 1 = 10,326,091; total 10,326,091 + 3 × 9,782,609 = 39,673,918;
   *   / 4 = 9,918,479.5 → 9,918,480 */
  g_assert_nonnull (cl_comp_comparison_get_rate (comparison, 1, &inverse));
  g_assert_true (inverse);
  caption = cl_comp_comparison_describe_rate (comparison, 1);
  g_assert_cmpstr (caption, ==, "Converted at the inverse of 1 USD = 0.92 EUR (2025-01-14).");
  assert_breakdown (cl_comp_comparison_get_breakdown (comparison, 1),
                    TABLE{
                      [B] = { 9782609, 9782609, 9782609, 9782609 },
                      [S] = { 543482, 0, 0, 0 },
                    },
                    (const gint64[]){ 10326091, 9782609, 9782609, 9782609 }, 39673918, 9918480);
  g_assert_true (cl_comp_comparison_get_marks (comparison, 0)->total);

  /* Compared in EUR instead: A goes through the same rate directly,
   * 10,000,000 × 0.92 = 9,200,000 a year; B stays as it is. */
  g_clear_pointer (&comparison, cl_comp_comparison_free);
  comparison = cl_compensation_compare (offers, 2, "EUR", usd_eur, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cl_comp_comparison_get_breakdown (comparison, 0)->total, ==, 36800000);
  g_assert_cmpint (cl_comp_comparison_get_breakdown (comparison, 1)->total, ==, 36500003);
  g_assert_false (cl_comp_comparison_get_rate (comparison, 0, &inverse) == NULL);
  g_assert_false (inverse);
  g_assert_null (cl_comp_comparison_get_rate (comparison, 1, NULL));
  g_assert_true (cl_comp_comparison_get_marks (comparison, 0)->total);
}

static void
test_compare_rate_choice (void)
{
  g_autoptr(ClCompComparison) comparison = NULL;
  const ClCompRate both[] = {
    { "USD", "EUR", 920000, "2025-02-01" },
    { "EUR", "USD", 1085000, "2025-01-14" },
    { "EUR", "USD", 1090000, "2025-02-01" },
    { "EUR", "USD", 1095000, "2025-02-01" },
    { "EUR", "USD", 0, "2025-03-01" }, /* not rates: left out */
    { "EUR", "USD", CL_RATE_MAX + 1, "2025-03-01" },
  };
  ClCompBreakdown        a, b;
  const ClCompBreakdown *offers[] = { &a, &b };
  const ClCompRate      *rate;
  gboolean               inverse = TRUE;

  two_offers (&a, &b);
  /* The newest date; on it the direct rate over the inverted one, then the
   * first given. */
  comparison = cl_compensation_compare (offers, 2, "USD", both, G_N_ELEMENTS (both), NULL);
  rate = cl_comp_comparison_get_rate (comparison, 1, &inverse);
  g_assert_false (inverse);
  g_assert_cmpint (rate->rate_micro, ==, 1090000);

  /* A newer inverse rate wins over an older direct one. */
  g_clear_pointer (&comparison, cl_comp_comparison_free);
  comparison = cl_compensation_compare (offers, 2, "USD", both, 2, NULL);
  rate = cl_comp_comparison_get_rate (comparison, 1, &inverse);
  g_assert_true (inverse);
  g_assert_cmpint (rate->rate_micro, ==, 920000);
}

static void
test_compare_missing_rate (void)
{
  g_autoptr(GError) error = NULL;
  ClCompTerms            terms = terms_in ("GBP");
  ClCompBreakdown        a, b, c;
  const ClCompBreakdown *offers[] = { &a, &b, &c };

  two_offers (&a, &b);
  terms.base = USD (70000);
  c = compute (&terms);

  /* GBP → EUR exists, GBP → USD does not. */
  g_assert_null (cl_compensation_compare (offers, 3, "USD", rates, G_N_ELEMENTS (rates), &error));
  g_assert_error (error, CL_COMPENSATION_ERROR, CL_COMPENSATION_ERROR_MISSING_RATE);
  g_assert_cmpstr (error->message, ==,
                   "Add an exchange rate from GBP to USD to compare these offers.");
  g_clear_error (&error);

  /* In EUR with only GBP → EUR, USD → EUR is the one missing. */
  g_assert_null (cl_compensation_compare (offers, 3, "EUR", &rates[2], 1, &error));
  g_assert_cmpstr (error->message, ==,
                   "Add an exchange rate from USD to EUR to compare these offers.");
  g_clear_error (&error);

  g_assert_null (cl_compensation_compare (offers, 3, "ABC", rates, 1, &error));
  g_assert_error (error, CL_MONEY_ERROR, CL_MONEY_ERROR_UNKNOWN_CURRENCY);
}

static void
test_compare_too_large (void)
{
  g_autoptr(GError) error = NULL;
  const ClCompRate       huge[] = { { "EUR", "USD", CL_RATE_MAX, "2025-01-14" } };
  ClCompTerms            terms = terms_in ("EUR");
  ClCompBreakdown        a;
  const ClCompBreakdown *offers[] = { &a };

  terms.base = CL_MONEY_MAX_CENTS;
  a = compute (&terms);
  g_assert_null (cl_compensation_compare (offers, 1, "USD", huge, 1, &error));
  g_assert_error (error, CL_COMPENSATION_ERROR, CL_COMPENSATION_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "The amounts are too large to convert from EUR to USD.");
}

static void
test_compare_ties (void)
{
  g_autoptr(ClCompComparison) comparison = NULL;
  ClCompTerms            terms = terms_in ("USD");
  ClCompBreakdown        a, b, c;
  const ClCompBreakdown *offers[] = { &a, &b, &c };

  /* A and B tie on base ($100,000), C has $90,000; only B has a bonus;
   * nobody has equity. */
  terms.base = USD (100000);
  a = compute (&terms);
  terms.bonus_amount = USD (1);
  b = compute (&terms);
  terms.base = USD (90000);
  terms.bonus_amount = -1;
  c = compute (&terms);

  comparison = cl_compensation_compare (offers, 3, "USD", NULL, 0, NULL);
  for (guint y = 0; y < CL_COMP_YEARS; y++)
    {
      g_assert_true (cl_comp_comparison_get_marks (comparison, 0)->amounts[B][y]);
      g_assert_true (cl_comp_comparison_get_marks (comparison, 1)->amounts[B][y]);
      g_assert_false (cl_comp_comparison_get_marks (comparison, 2)->amounts[B][y]);
      /* Only B has a bonus. */
      g_assert_false (cl_comp_comparison_get_marks (comparison, 0)->amounts[BO][y]);
      g_assert_true (cl_comp_comparison_get_marks (comparison, 1)->amounts[BO][y]);
      /* Nobody has equity: nothing to mark. */
      for (guint i = 0; i < 3; i++)
        g_assert_false (cl_comp_comparison_get_marks (comparison, i)->amounts[E][y]);
    }
  g_assert_true (cl_comp_comparison_get_marks (comparison, 1)->total);
  g_assert_false (cl_comp_comparison_get_marks (comparison, 0)->total);

  /* One offer alone: no marks at all. */
  g_clear_pointer (&comparison, cl_comp_comparison_free);
  comparison = cl_compensation_compare (offers, 1, "USD", NULL, 0, NULL);
  g_assert_false (cl_comp_comparison_get_marks (comparison, 0)->total);
  g_assert_false (cl_comp_comparison_get_marks (comparison, 0)->amounts[B][0]);

  /* No offers. */
  g_clear_pointer (&comparison, cl_comp_comparison_free);
  comparison = cl_compensation_compare (NULL, 0, "USD", NULL, 0, NULL);
  g_assert_cmpuint (cl_comp_comparison_get_n_offers (comparison), ==, 0);
}

/* The property: any terms add up ------------------------------------------- */

/* -1, or an amount on the currency's step (whole yen: multiples of 100). */
static gint64
random_amount (GRand *rand,
               gint64 quantum)
{
  gint64 amount;

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0: return -1;
    case 1: amount = g_rand_int_range (rand, 0, 100); break;
    case 2: amount = g_rand_int_range (rand, 0, G_MAXINT32); break;
    default: amount = ((gint64) g_rand_int (rand) << 14 | g_rand_int (rand)) % CL_MONEY_MAX_CENTS;
    }
  return amount - amount % quantum;
}

static void
random_terms (GRand       *rand,
              ClCompTerms *terms)
{
  static const char *const currencies[] = { "USD", "EUR", "JPY", "BHD", "KRW" };
  gint64                   left = CL_PERCENT_SCALE;
  gint64                   quantum;

  cl_comp_terms_init (terms, currencies[g_rand_int_range (rand, 0, G_N_ELEMENTS (currencies))]);
  quantum = cl_currency_get_quantum (terms->currency);
  terms->base = random_amount (rand, quantum);
  if (g_rand_boolean (rand))
    terms->bonus_bp = g_rand_int_range (rand, 0, CL_PERCENT_SCALE + 1);
  else
    terms->bonus_amount = random_amount (rand, quantum);
  terms->sign_on = random_amount (rand, quantum);
  if (terms->sign_on > 0 && g_rand_boolean (rand))
    {
      terms->sign_on_year2 = g_rand_int_range (rand, 0, G_MAXINT32) % (terms->sign_on + 1);
      terms->sign_on_year2 -= terms->sign_on_year2 % quantum;
    }
  if (g_rand_boolean (rand))
    terms->equity_amount = random_amount (rand, quantum);
  else
    {
      terms->equity_shares = g_rand_int_range (rand, 0, 1000000);
      terms->share_price = g_rand_int_range (rand, 0, G_MAXINT32);
    }
  terms->vesting = (ClVesting) g_rand_int_range (rand, 0, CL_VESTING_CUSTOM + 1);
  terms->vesting_years = terms->vesting == CL_VESTING_FRONT_LOADED ||
                             terms->vesting == CL_VESTING_BACK_LOADED
                           ? 4
                           : (guint) g_rand_int_range (rand, 1, CL_COMP_MAX_VESTING_YEARS + 1);
  if (terms->vesting == CL_VESTING_CUSTOM)
    {
      terms->n_custom = terms->vesting_years;
      for (guint k = 0; k + 1 < terms->n_custom; k++)
        {
          terms->custom_bp[k] = g_rand_int_range (rand, 0, (gint32) left + 1);
          left -= terms->custom_bp[k];
        }
      terms->custom_bp[terms->n_custom - 1] = left;
    }
  terms->cliff_months = (guint) g_rand_int_range (rand, 0, (gint32) terms->vesting_years * 12 + 1);
  terms->refresher_amount = random_amount (rand, quantum);
  terms->refresher_from_year = (guint) g_rand_int_range (rand, 1, CL_COMP_YEARS + 1);
  terms->refresher_vesting = (ClVesting) g_rand_int_range (rand, 0, CL_VESTING_CUSTOM);
  terms->retirement_match_bp = g_rand_boolean (rand) ? -1 : g_rand_int_range (rand, 0, 2001);
}

static void
test_property (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  const ClCompRate to_usd[] = {
    { "EUR", "USD", 1085000, "2025-01-14" },
    { "USD", "JPY", 156250000, "2025-01-14" },
    { "BHD", "USD", 2652520, "2025-01-14" },
    { "USD", "KRW", 1450000000, "2025-01-14" },
  };

  for (guint i = 0; i < 5000; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ClCompComparison) comparison = NULL;
      ClCompTerms            terms;
      ClCompBreakdown        b;
      const ClCompBreakdown *offers[] = { &b };
      const ClCompBreakdown *converted;
      gint64                 quantum, sum = 0, vested = 0;

      random_terms (rand, &terms);
      if (!cl_compensation_compute (&terms, &b, &error))
        {
          /* Only shares × price may be worth too much; anything else is a
           * bug in the generator or the checks. */
          g_assert_true (cl_validation_error_is_about (error, "equity-shares"));
          continue;
        }
      quantum = cl_currency_get_quantum (terms.currency);

      for (guint y = 0; y < CL_COMP_YEARS; y++)
        {
          gint64 year = 0;

          for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
            {
              g_assert_cmpint (b.amounts[c][y], >=, 0);
              year += b.amounts[c][y];
            }
          g_assert_cmpint (year, ==, b.year_totals[y]);
          sum += b.year_totals[y];
          vested += b.amounts[E][y];
        }
      g_assert_cmpint (sum, ==, b.total);
      sum = 0;
      for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
        sum += b.component_totals[c];
      g_assert_cmpint (sum, ==, b.total);
      /* The grant, to the cent: what vests in the four years and after. */
      g_assert_cmpint (vested + b.equity_after, ==, b.equity_grant);
      g_assert_cmpint (b.equity_after, >=, 0);
      /* Rounded shares stay on the currency's step. */
      for (guint y = 0; y < CL_COMP_YEARS; y++)
        {
          g_assert_cmpint (b.amounts[E][y] % quantum, ==, 0);
          g_assert_cmpint (b.amounts[R][y] % quantum, ==, 0);
          if (terms.bonus_bp >= 0)
            g_assert_cmpint (b.amounts[BO][y] % quantum, ==, 0);
        }

      /* Converted, the table still adds up. */
      comparison = cl_compensation_compare (offers, 1, "USD", to_usd, G_N_ELEMENTS (to_usd),
                                            &error);
      g_assert_no_error (error);
      converted = cl_comp_comparison_get_breakdown (comparison, 0);
      sum = 0;
      for (guint y = 0; y < CL_COMP_YEARS; y++)
        {
          gint64 year = 0;

          for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
            year += converted->amounts[c][y];
          g_assert_cmpint (year, ==, converted->year_totals[y]);
          sum += year;
        }
      g_assert_cmpint (sum, ==, converted->total);
    }
}

/* Market position ----------------------------------------------------------- */

static void
assert_position (gint64      value,
                 gint64      p25,
                 gint64      p50,
                 gint64      p75,
                 gint64      p90,
                 const char *expected)
{
  ClMarketPosition position = cl_market_position (value, p25, p50, p75, p90);
  g_autofree char *text = cl_market_position_describe (position);

  g_assert_cmpstr (text, ==, expected);
  g_assert_true (cl_market_position_is_known (position) == (expected != NULL));
}

static void
test_market_position (void)
{
  ClMarketPosition position;

  /* 25th 100, 50th 200, 75th 300, 90th 400.  At a percentile counts as
   * reaching it. */
  assert_position (0, 100, 200, 300, 400, "below the 25th percentile");
  assert_position (99, 100, 200, 300, 400, "below the 25th percentile");
  assert_position (100, 100, 200, 300, 400, "between the 25th and 50th percentile");
  assert_position (150, 100, 200, 300, 400, "between the 25th and 50th percentile");
  assert_position (199, 100, 200, 300, 400, "between the 25th and 50th percentile");
  assert_position (200, 100, 200, 300, 400, "between the 50th and 75th percentile");
  assert_position (299, 100, 200, 300, 400, "between the 50th and 75th percentile");
  assert_position (300, 100, 200, 300, 400, "between the 75th and 90th percentile");
  assert_position (399, 100, 200, 300, 400, "between the 75th and 90th percentile");
  assert_position (400, 100, 200, 300, 400, "above the 90th percentile");
  assert_position (G_MAXINT64, 100, 200, 300, 400, "above the 90th percentile");

  position = cl_market_position (250, 100, 200, 300, 400);
  g_assert_cmpuint (position.at_or_above, ==, 50);
  g_assert_cmpuint (position.below, ==, 75);

  /* Equal percentiles: the highest one reached. */
  assert_position (300, 100, 200, 300, 300, "above the 90th percentile");

  /* Unknown percentiles: the nearest known ones. */
  assert_position (350, 100, 200, 300, -1, "above the 75th percentile");
  assert_position (250, 100, -1, 300, 400, "between the 25th and 75th percentile");
  assert_position (50, -1, 200, -1, -1, "below the 50th percentile");
  assert_position (250, -1, 200, -1, -1, "above the 50th percentile");

  /* Nothing to say: no value, no percentile, or percentiles out of order. */
  assert_position (-1, 100, 200, 300, 400, NULL);
  assert_position (250, -1, -1, -1, -1, NULL);
  assert_position (250, 300, 200, 400, 500, NULL);
}

static void
test_market_percentiles (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_market_check_percentiles (100, 200, 300, 400, NULL));
  g_assert_true (cl_market_check_percentiles (100, 100, 100, 100, NULL));
  g_assert_true (cl_market_check_percentiles (-1, -1, -1, -1, NULL));
  g_assert_true (cl_market_check_percentiles (100, -1, 300, -1, NULL));

  g_assert_false (cl_market_check_percentiles (200, 100, 300, 400, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_INCONSISTENT);
  g_assert_cmpstr (error->message, ==, "The 50th percentile cannot be below the 25th.");
  g_assert_cmpstr (cl_validation_error_get_field (error), ==, "p50");
  g_assert_true (cl_validation_error_is_about (error, "p25"));
  g_clear_error (&error);

  /* Compared with the nearest known one below. */
  g_assert_false (cl_market_check_percentiles (300, -1, -1, 200, &error));
  g_assert_cmpstr (error->message, ==, "The 90th percentile cannot be below the 25th.");
  g_clear_error (&error);

  g_assert_false (cl_market_check_percentiles (-5, 100, 200, 300, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (error->message, ==, "A percentile cannot be negative.");
  g_clear_error (&error);

  g_assert_false (cl_market_check_percentiles (1, 2, 3, CL_MONEY_MAX_CENTS + 1, &error));
  g_assert_cmpstr (cl_validation_error_get_field (error), ==, "p90");
}

/* Negotiation checks -------------------------------------------------------- */

#define NOW G_GINT64_CONSTANT (1792972800)

/* Nothing to warn about: one other offer, target above the median, walk-away
 * below the target, a leverage offer still open, three days left. */
static ClNegotiationFacts
calm_facts (void)
{
  ClNegotiationFacts facts = {
    .n_other_offers = 1,
    .target_total = USD (200000),
    .walk_away_total = USD (180000),
    .market_median_total = USD (190000),
    .leverage_status = CL_OFFER_STATUS_RECEIVED,
    .response_deadline = NOW + 72 * HOUR,
    .now = NOW,
    .currency = "USD",
  };

  return facts;
}

/* The checks' kinds, and their messages joined by "|". */
static char *
run_checks (const ClNegotiationFacts *facts,
            GString                  *kinds)
{
  g_autoptr(GPtrArray) checks = cl_negotiation_check (facts);
  GString *messages = g_string_new (NULL);

  g_string_truncate (kinds, 0);
  for (guint i = 0; i < checks->len; i++)
    {
      const ClNegotiationCheck *check = g_ptr_array_index (checks, i);

      g_string_append_printf (kinds, "%s%d", i > 0 ? "," : "", check->kind);
      g_string_append_printf (messages, "%s%s", i > 0 ? "|" : "", check->message);
    }
  return g_string_free (messages, FALSE);
}

static void
assert_checks (const ClNegotiationFacts *facts,
               const char               *expected_kinds,
               const char               *expected_messages)
{
  g_autoptr(GString) kinds = g_string_new (NULL);
  g_autofree char *messages = run_checks (facts, kinds);

  g_assert_cmpstr (kinds->str, ==, expected_kinds);
  g_assert_cmpstr (messages, ==, expected_messages);
}

static void
test_negotiation_checks (void)
{
  ClNegotiationFacts facts = calm_facts ();
  g_autofree char   *few = g_strdup_printf ("%d", CL_NEGOTIATION_CHECK_FEW_OFFERS);
  g_autofree char   *below = g_strdup_printf ("%d", CL_NEGOTIATION_CHECK_TARGET_BELOW_MARKET);
  g_autofree char   *walk = g_strdup_printf ("%d", CL_NEGOTIATION_CHECK_WALK_AWAY_ABOVE_TARGET);
  g_autofree char   *expired = g_strdup_printf ("%d", CL_NEGOTIATION_CHECK_LEVERAGE_EXPIRED);
  g_autofree char   *declined = g_strdup_printf ("%d", CL_NEGOTIATION_CHECK_LEVERAGE_DECLINED);
  g_autofree char   *soon = g_strdup_printf ("%d", CL_NEGOTIATION_CHECK_DEADLINE_SOON);
  g_autofree char   *passed = g_strdup_printf ("%d", CL_NEGOTIATION_CHECK_DEADLINE_PASSED);
  g_autofree char   *all = NULL;

  assert_checks (&facts, "", "");

  /* Fewer than two comparable offers: this one alone. */
  facts.n_other_offers = 0;
  assert_checks (&facts, few,
                 "This is your only offer: the article advises two comparable offers before "
                 "negotiating.");
  facts.n_other_offers = 3;
  assert_checks (&facts, "", "");

  /* Target below the median; at the median is fine. */
  facts = calm_facts ();
  facts.target_total = USD (180000);
  facts.walk_away_total = -1;
  facts.market_median_total = USD (195000);
  assert_checks (&facts, below,
                 "Your target of $180,000 is below the market median of $195,000.");
  facts.currency = NULL;
  assert_checks (&facts, below, "Your target is below the market median.");
  facts.market_median_total = USD (180000);
  assert_checks (&facts, "", "");
  facts.market_median_total = -1;
  assert_checks (&facts, "", "");

  /* Walk-away above the target; equal is fine. */
  facts = calm_facts ();
  facts.walk_away_total = USD (200000) + 50;
  assert_checks (&facts, walk,
                 "Your walk-away point of $200,000.50 is above your target of $200,000: the "
                 "worst case you accept cannot be more than what you aim for.");
  facts.currency = "EUR";
  assert_checks (&facts, walk,
                 "Your walk-away point of €200,000.50 is above your target of €200,000: the "
                 "worst case you accept cannot be more than what you aim for.");
  facts.walk_away_total = facts.target_total;
  assert_checks (&facts, "", "");
  facts.target_total = -1;
  facts.walk_away_total = USD (500000);
  assert_checks (&facts, "", "");

  /* The leverage offer. */
  facts = calm_facts ();
  facts.leverage_status = CL_OFFER_STATUS_EXPIRED;
  assert_checks (&facts, expired,
                 "The offer you use as leverage has expired: it no longer backs your asks.");
  facts.leverage_status = CL_OFFER_STATUS_DECLINED;
  assert_checks (&facts, declined,
                 "You declined the offer you use as leverage: it no longer backs your asks.");
  facts.leverage_status = CL_OFFER_STATUS_NEGOTIATING;
  assert_checks (&facts, "", "");
  facts.leverage_status = CL_OFFER_STATUS_ACCEPTED;
  assert_checks (&facts, "", "");
  facts.leverage_status = -1;
  assert_checks (&facts, "", "");

  /* The deadline: 48 hours exactly is within 48 hours. */
  facts = calm_facts ();
  facts.response_deadline = NOW + 48 * HOUR + 1;
  assert_checks (&facts, "", "");
  facts.response_deadline = NOW + 48 * HOUR;
  assert_checks (&facts, soon, "The response is due in 48 hours.");
  facts.response_deadline = NOW + HOUR + 59 * 60;
  assert_checks (&facts, soon, "The response is due in 1 hour.");
  facts.response_deadline = NOW + 1;
  assert_checks (&facts, soon, "The response is due in less than an hour.");
  facts.response_deadline = NOW;
  assert_checks (&facts, passed, "The response deadline has passed.");
  facts.response_deadline = NOW - 30 * 24 * HOUR;
  assert_checks (&facts, passed, "The response deadline has passed.");
  facts.response_deadline = 0;
  assert_checks (&facts, "", "");

  /* All at once, in order. */
  facts.n_other_offers = 0;
  facts.target_total = USD (100);
  facts.walk_away_total = USD (200);
  facts.market_median_total = USD (300);
  facts.leverage_status = CL_OFFER_STATUS_EXPIRED;
  facts.response_deadline = NOW + HOUR;
  all = g_strjoin (",", few, below, walk, expired, soon, NULL);
  {
    g_autoptr(GString) kinds = g_string_new (NULL);
    g_autofree char *messages = run_checks (&facts, kinds);

    g_assert_cmpstr (kinds->str, ==, all);
    (void) messages;
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compensation/standard", test_standard);
  g_test_add_func ("/compensation/front-loaded", test_front_loaded);
  g_test_add_func ("/compensation/back-loaded", test_back_loaded);
  g_test_add_func ("/compensation/custom", test_custom);
  g_test_add_func ("/compensation/custom-remainder", test_custom_remainder);
  g_test_add_func ("/compensation/longer-schedule", test_longer_schedule);
  g_test_add_func ("/compensation/cliff", test_cliff);
  g_test_add_func ("/compensation/bonus-percent", test_bonus_percent);
  g_test_add_func ("/compensation/bonus-amount", test_bonus_amount);
  g_test_add_func ("/compensation/sign-on-split", test_sign_on_split);
  g_test_add_func ("/compensation/shares-times-price", test_shares_times_price);
  g_test_add_func ("/compensation/refreshers-standard", test_refreshers_standard);
  g_test_add_func ("/compensation/refreshers-front-loaded", test_refreshers_front_loaded);
  g_test_add_func ("/compensation/retirement-match", test_retirement_match);
  g_test_add_func ("/compensation/jpy", test_jpy);
  g_test_add_func ("/compensation/bad-terms", test_bad_terms);
  g_test_add_func ("/compensation/vesting-bp", test_vesting_bp);
  g_test_add_func ("/compensation/component-names", test_component_names);
  g_test_add_func ("/compensation/compare/rate", test_compare_rate);
  g_test_add_func ("/compensation/compare/inverse-rate", test_compare_inverse_rate);
  g_test_add_func ("/compensation/compare/rate-choice", test_compare_rate_choice);
  g_test_add_func ("/compensation/compare/missing-rate", test_compare_missing_rate);
  g_test_add_func ("/compensation/compare/too-large", test_compare_too_large);
  g_test_add_func ("/compensation/compare/ties", test_compare_ties);
  g_test_add_func ("/compensation/property", test_property);
  g_test_add_func ("/compensation/market/position", test_market_position);
  g_test_add_func ("/compensation/market/percentiles", test_market_percentiles);
  g_test_add_func ("/compensation/negotiation/checks", test_negotiation_checks);

  return g_test_run ();
}
