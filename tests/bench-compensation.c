/* bench-compensation.c — how long comparing ten offers takes
 *
 * Ten offers with every component (bonus as percent or amount, a sign-on
 * split over two years, equity as shares × price on each vesting schedule
 * with cliffs, refreshers, a retirement match) in four currencies; one
 * comparison computes the ten breakdowns and compares them in USD through
 * exchange rates.  A run times N_REPEATS comparisons; the median and
 * maximum of N_RUNS runs are printed per comparison, in microseconds, as
 * "bench: <name> … µs" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cl-bench-util.h"
#include "cl-compensation.h"

#define N_OFFERS 10
#define N_RUNS 15
#define N_REPEATS 2000

static const char *const currencies[] = { "USD", "EUR", "GBP", "JPY" };

static const ClCompRate  rates[] = {
   { "EUR", "USD", 1085000, "2025-01-14" },
   { "EUR", "USD", 1050000, "2024-12-01" },
   { "GBP", "USD", 1265000, "2025-01-14" },
   { "USD", "JPY", 156250000, "2025-01-14" },
};

static void
make_terms (ClCompTerms terms[N_OFFERS])
{
  for (guint i = 0; i < N_OFFERS; i++)
    {
      ClCompTerms *t = &terms[i];
      gint64       unit = g_str_equal (currencies[i % 4], "JPY") ? 150 : 1;

      cl_comp_terms_init (t, currencies[i % 4]);
      t->base = (15000000 + (gint64) i * 123456) * unit / 100 * 100;
      if (i % 2 == 0)
        t->bonus_bp = 1000 + i * 125;
      else
        t->bonus_amount = 2000000 * unit;
      t->sign_on = 3000000 * unit;
      t->sign_on_year2 = 1000000 * unit;
      t->sign_on_clawback_months = 12;
      t->equity_shares = 1000 + i * 37;
      t->share_price = 1234567 + i * 1111;
      t->vesting = (ClVesting) (i % 4);
      t->vesting_years = 4;
      if (t->vesting == CL_VESTING_CUSTOM)
        {
          t->n_custom = 4;
          t->custom_bp[0] = 4000;
          t->custom_bp[1] = 3000;
          t->custom_bp[2] = 2000;
          t->custom_bp[3] = 1000;
        }
      t->cliff_months = i % 3 == 0 ? 18 : 12;
      t->refresher_amount = 4000000 * unit;
      t->refresher_from_year = 1 + i % 3;
      t->refresher_vesting = (ClVesting) (i % 3);
      t->retirement_match_bp = 400;
    }
}

/* Computes the ten breakdowns and compares them; returns the first offer's
 * converted total, so that nothing is optimised away. */
static gint64
compare_once (const ClCompTerms terms[N_OFFERS])
{
  g_autoptr(ClCompComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  ClCompBreakdown        breakdowns[N_OFFERS];
  const ClCompBreakdown *offers[N_OFFERS];

  for (guint i = 0; i < N_OFFERS; i++)
    {
      if (!cl_compensation_compute (&terms[i], &breakdowns[i], &error))
        cl_bench_fail ("%s", error->message);
      offers[i] = &breakdowns[i];
    }
  comparison = cl_compensation_compare (offers, N_OFFERS, "USD", rates, G_N_ELEMENTS (rates),
                                        &error);
  if (comparison == NULL)
    cl_bench_fail ("%s", error->message);
  return cl_comp_comparison_get_breakdown (comparison, 0)->total;
}

int
main (int   argc,
      char *argv[])
{
  ClCompTerms terms[N_OFFERS];
  double      run_us[N_RUNS];
  gint64      check = 0;

  make_terms (terms);
  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 started = g_get_monotonic_time ();

      for (guint i = 0; i < N_REPEATS; i++)
        check ^= compare_once (terms);
      run_us[run] = cl_bench_ms_since (started) * 1000.0 / N_REPEATS;
    }
  g_assert_cmpint (compare_once (terms), >, 0);

  /* printf, not g_print: the µ stays UTF-8 in any locale. */
  printf ("bench: compare-10-offers-max %.2f µs\n", cl_bench_maximum (run_us, N_RUNS));
  printf ("bench: compare-10-offers median %.2f µs (%u runs of %u comparisons: %u offers in"
          " %u currencies, computed and compared in USD)\n",
          cl_bench_median (run_us, N_RUNS), N_RUNS, N_REPEATS, N_OFFERS,
          (guint) G_N_ELEMENTS (currencies));
  g_print ("bench: peak-rss %ld KiB\n", cl_bench_peak_rss_kib ());
  (void) check;
  return EXIT_SUCCESS;
}
