/* bench-insights.c — how long the Insights view's numbers take on a large database
 *
 * Generates a season of 10,000 applications and 5,000 contacts (override
 * with --applications and --contacts) once, then times cl_insights_compute()
 * (funnel, outcomes, time in stage and activity, one read transaction) over
 * N_RUNS runs on one open database: the first run, which prepares the
 * statements and reads the pages from the file, and the median and maximum
 * of all.
 *
 * The generator places each application straight in its stage, so its
 * history is one row each.  The second case ("-walked") gives every
 * application the path a real one takes to its stage instead — from the
 * wishlist for some, through each step up to it, outcomes after one to four
 * steps — spread over the weeks after it was added, and times the same
 * again on that three-times-larger history.
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
#include "cl-database-private.h"
#include "cl-insights.h"
#include "cl-sample-generator.h"

#define N_RUNS 15
#define TARGET_MS 50.0
#define DAY (G_GINT64_CONSTANT (86400))

static void
exec_or_fail (sqlite3    *db,
              const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    cl_bench_fail ("%s: %s", sql, message);
}

static gint64
stage_of (sqlite3    *db,
          const char *milestone)
{
  sqlite3_stmt *stmt = NULL;
  gint64        id;

  if (sqlite3_prepare_v2 (db, "SELECT id FROM stages WHERE milestone = ?1", -1, &stmt, NULL) !=
        SQLITE_OK ||
      sqlite3_bind_text (stmt, 1, milestone, -1, SQLITE_STATIC) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    cl_bench_fail ("no stage for %s", milestone);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

/* Rewrites the history: each application walks to its stage (see above);
 * returns how many rows it wrote. */
static guint
walk_paths (ClDatabase *database,
            gint64      now)
{
  static const char *steps[] = { "applied", "screen", "technical", "onsite", "offer", "accepted" };
  static const char *outcomes[] = { "rejected", "withdrawn", "ghosted" };
  sqlite3           *db = cl_database_get_handle (database);
  sqlite3_stmt      *apps = NULL, *insert = NULL;
  gint64             wishlist = stage_of (db, "wishlist");
  gint64             step_ids[G_N_ELEMENTS (steps)];
  gint64             outcome_ids[G_N_ELEMENTS (outcomes)];
  guint              n_rows = 0;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    step_ids[i] = stage_of (db, steps[i]);
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    outcome_ids[i] = stage_of (db, outcomes[i]);

  exec_or_fail (db, "BEGIN IMMEDIATE");
  exec_or_fail (db, "DELETE FROM stage_history");
  if (sqlite3_prepare_v2 (db, "SELECT id, stage_id, created_at FROM applications ORDER BY id", -1,
                          &apps, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db,
                          "INSERT INTO stage_history (application_id, from_stage_id, to_stage_id,"
                          " from_position, to_position, moved_at) VALUES (?1, ?2, ?3, ?4, 0, ?5)",
                          -1, &insert, NULL) != SQLITE_OK)
    cl_bench_fail ("%s", sqlite3_errmsg (db));

  while (sqlite3_step (apps) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (apps, 0);
      gint64 stage_id = sqlite3_column_int64 (apps, 1);
      gint64 created_at = sqlite3_column_int64 (apps, 2);
      gint64 path[G_N_ELEMENTS (steps) + 2];
      guint  n = 0;
      gint64 span, previous = 0;

      if (id % 3 == 0 || stage_id == wishlist)
        path[n++] = wishlist;
      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        if (stage_id == step_ids[i])
          for (guint j = 0; j <= i; j++)
            path[n++] = step_ids[j];
      for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
        if (stage_id == outcome_ids[i])
          {
            for (guint j = 0; j <= id % 4; j++)
              path[n++] = step_ids[j];
            path[n++] = stage_id;
          }
      g_assert (n > 0 && path[n - 1] == stage_id);

      /* A week or two a step, ending before now. */
      span = MIN (now - created_at - 1, (gint64) (n - 1) * (7 + id % 8) * DAY);
      for (guint i = 0; i < n; i++)
        {
          sqlite3_reset (insert);
          sqlite3_bind_int64 (insert, 1, id);
          if (i == 0)
            {
              sqlite3_bind_null (insert, 2);
              sqlite3_bind_null (insert, 4);
            }
          else
            {
              sqlite3_bind_int64 (insert, 2, previous);
              sqlite3_bind_int64 (insert, 4, 0);
            }
          sqlite3_bind_int64 (insert, 3, path[i]);
          sqlite3_bind_int64 (insert, 5, created_at + (n > 1 ? span * i / (n - 1) : 0));
          if (sqlite3_step (insert) != SQLITE_DONE)
            cl_bench_fail ("%s", sqlite3_errmsg (db));
          previous = path[i];
          n_rows++;
        }
    }
  sqlite3_finalize (apps);
  sqlite3_finalize (insert);
  exec_or_fail (db, "COMMIT");
  /* As the file is when the app opens it: nothing left in the WAL. */
  exec_or_fail (db, "PRAGMA wal_checkpoint(TRUNCATE)");
  return n_rows;
}

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
  guint          n_rows;

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
  n_rows = walk_paths (database, now);
  g_print ("# walked: %u history rows for %u applications\n", n_rows, options.n_applications);
  bench_compute (database, now, options.n_applications, "insights-compute-walked");

  g_print ("# target: under %.0f ms\n", TARGET_MS);
  g_print ("bench: peak-rss %ld KiB\n", cl_bench_peak_rss_kib ());

  cl_bench_remove_tmp_dir ();
  return EXIT_SUCCESS;
}
