/* bench-insights.c — how long the Insights view's numbers take on a large database
 *
 * Generates a season of 10,000 applications and 5,000 contacts (override
 * with --applications and --contacts) once, then times cl_insights_compute()
 * (funnel, outcomes, time in stage and activity, one read transaction) over
 * N_RUNS runs on one open database: the first run, which prepares the
 * statements and reads the pages from the file, and the median and maximum
 * of all.
 *
 * The generator walks each application to its stage step by step, so the
 * history holds about 2.3 rows an application.
 *
 * Prints "bench: <name> … ms" lines — wall time, and the thread's CPU time,
 * which other programs on a busy machine change less — and the peak
 * resident memory.  The
 * sample is dated around CL_SAMPLE_NOW, so that runs on any day time the
 * same data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-bench"

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "cl-bench-util.h"
#include "cl-insights.h"
#include "cl-sample-generator.h"

#define N_RUNS 15
#define TARGET_MS 50.0

/* CPU time of this thread, in milliseconds. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    cl_bench_fail ("no thread CPU clock");
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Times N_RUNS computations and prints them as @name. */
static void
bench_compute (ClDatabase *database,
               gint64      now,
               guint       n_applications,
               const char *name)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;
  double compute_ms[N_RUNS];
  double cpu_ms[N_RUNS];
  guint  n_applied = 0, n_moves = 0;
  gint64 started;
  double cpu_started;

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(ClInsights) insights = NULL;

      cpu_started = thread_cpu_ms ();
      started = g_get_monotonic_time ();
      insights = cl_insights_compute (database, now, utc, &error);
      compute_ms[i] = cl_bench_ms_since (started);
      cpu_ms[i] = thread_cpu_ms () - cpu_started;
      if (insights == NULL)
        cl_bench_fail ("%s", error->message);

      /* What was computed, so that a query that finds nothing does not
       * pass for a fast one. */
      g_assert_cmpuint (cl_insights_get_total (insights), ==, n_applications);
      n_applied = cl_insights_get_funnel (insights)[CL_FUNNEL_APPLIED].count;
      n_moves = 0;
      for (guint w = 0; w < CL_INSIGHTS_WEEKS; w++)
        n_moves += cl_insights_get_activity (insights)[w].moves;
    }
  g_assert_cmpuint (n_applied, >, 0);

  g_print ("bench: %s-first %.1f ms\n", name, compute_ms[0]);
  g_print ("bench: %s-max %.1f ms\n", name, cl_bench_maximum (compute_ms, N_RUNS));
  g_print ("bench: %s median %.1f ms (%u runs: %u applications, %u applied,"
           " %u stage changes in %u weeks)\n",
           name, cl_bench_median (compute_ms, N_RUNS), N_RUNS, n_applications, n_applied, n_moves,
           CL_INSIGHTS_WEEKS);
  g_print ("bench: %s-cpu median %.1f ms\n", name, cl_bench_median (cpu_ms, N_RUNS));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ClDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ClSampleOptions  options = {
     0,
  };
  ClSampleCounts counts;
  gint64         started, now;

  if (!cl_bench_parse_options (&argc, &argv, &options))
    return 2;
  path = cl_bench_make_database_path ();

  options.today = CL_SAMPLE_NOW;
  now = cl_sample_get_now (&options);

  started = g_get_monotonic_time ();
  if (!cl_sample_generate_file (path, &options, &counts, &error))
    cl_bench_fail ("%s", error->message);
  g_print ("bench: generate median %.1f ms (1 run: %u applications, %u contacts)\n",
           cl_bench_ms_since (started), counts.n_applications, counts.n_contacts);

  database = cl_database_open (path, &error);
  if (database == NULL)
    cl_bench_fail ("%s", error->message);

  bench_compute (database, now, options.n_applications, "insights-compute");

  g_print ("# target: under %.0f ms\n", TARGET_MS);
  g_print ("bench: peak-rss %ld KiB\n", cl_bench_peak_rss_kib ());

  cl_bench_remove_tmp_dir ();
  return EXIT_SUCCESS;
}
