/* bench-pipeline.c — how long opening a large database takes
 *
 * Generates a season of 10,000 applications and 5,000 contacts (override
 * with --applications and --contacts), then times, over five runs each,
 * cl_context_open() (open, integrity check, every store loaded) and loading
 * the pipeline store alone (its company and stage stores loaded first, not
 * timed), and what one user action costs to commit: a card moved to
 * another stage, one transaction, with synchronous=FULL (what the app uses:
 * an fsync per commit) and, for comparison, NORMAL.  Prints "bench: <name>
 * median <ms> ms" lines and the peak resident memory.  The sample is dated around CL_SAMPLE_NOW, so
 * that runs on any day time the same data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-bench"

#include "config.h"

#include <stdlib.h>

#include "cl-bench-util.h"
#include "cl-database-private.h"
#include "cl-sample-generator.h"

#define N_RUNS 5
#define N_COMMITS 40

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ClClock) clock = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ClSampleOptions  options = {
     0,
  };
  ClSampleCounts counts;
  double         context_ms[N_RUNS];
  double         pipeline_ms[N_RUNS];
  gint64         started;
  guint          n_loaded = 0;

  if (!cl_bench_parse_options (&argc, &argv, &options))
    return 2;
  path = cl_bench_make_database_path ();

  options.today = CL_SAMPLE_NOW;
  clock = cl_clock_new_fixed (cl_sample_get_now (&options));

  started = g_get_monotonic_time ();
  if (!cl_sample_generate_file (path, &options, &counts, &error))
    cl_bench_fail ("%s", error->message);
  g_print ("bench: generate median %.1f ms (1 run: %u applications, %u rounds, %u offers,"
           " %u follow-ups, %u contacts, %u objectives)\n",
           cl_bench_ms_since (started), counts.n_applications, counts.n_rounds, counts.n_offers,
           counts.n_follow_ups, counts.n_contacts, counts.n_objectives);

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(ClContext) context = NULL;

      started = g_get_monotonic_time ();
      context = cl_context_open (path, clock, &error);
      context_ms[i] = cl_bench_ms_since (started);
      if (context == NULL)
        g_error ("%s", error->message);
      n_loaded = g_list_model_get_n_items (
        cl_pipeline_store_get_applications (cl_context_get_pipeline_store (context)));
    }
  g_assert_cmpuint (n_loaded, ==, options.n_applications);

  {
    g_autoptr(ClDatabase) database = cl_database_open (path, &error);

    if (database == NULL)
      g_error ("%s", error->message);

    for (guint i = 0; i < N_RUNS; i++)
      {
        g_autoptr(ClCompanyStore) companies = cl_company_store_new (database, clock);
        g_autoptr(ClStageStore) stages = cl_stage_store_new (database, clock);
        g_autoptr(ClPipelineStore) store = NULL;

        if (!cl_store_load (CL_STORE (companies), &error) ||
            !cl_store_load (CL_STORE (stages), &error))
          g_error ("%s", error->message);
        store = cl_pipeline_store_new (database, clock, companies, stages);

        started = g_get_monotonic_time ();
        if (!cl_store_load (CL_STORE (store), &error))
          g_error ("%s", error->message);
        pipeline_ms[i] = cl_bench_ms_since (started);
        g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (store)), ==,
                          options.n_applications);
      }
  }

  /* One move per commit, back and forth between the first two stages. */
  for (guint mode = 0; mode < 2; mode++)
    {
      g_autoptr(ClContext) context = cl_context_open (path, clock, &error);
      ClPipelineStore *store;
      ClApplication   *application;
      double           commit_ms[N_COMMITS];
      gint64           stages[2];

      if (context == NULL)
        g_error ("%s", error->message);
      store = cl_context_get_pipeline_store (context);
      for (guint i = 0; i < 2; i++)
        {
          g_autoptr(ClStage) stage =
                       g_list_model_get_item (cl_pipeline_store_get_stages (store), i);

          stages[i] = cl_stage_get_id (stage);
        }
      application =
        g_list_model_get_item (cl_pipeline_store_get_stage_applications (store, stages[0]), 0);
      g_object_unref (application); /* the store keeps it */
      if (mode == 1 &&
          sqlite3_exec (cl_database_get_handle (cl_context_get_database (context)),
                        "PRAGMA synchronous = NORMAL", NULL, NULL, NULL) != SQLITE_OK)
        g_error ("could not set synchronous = NORMAL");

      for (guint i = 0; i < N_COMMITS; i++)
        {
          started = g_get_monotonic_time ();
          if (!cl_pipeline_store_move_application (store, application, stages[(i + 1) % 2], 0, NULL,
                                                   &error))
            g_error ("%s", error->message);
          commit_ms[i] = cl_bench_ms_since (started);
        }
      g_print ("bench: move-commit-%s median %.2f ms (%u moves)\n",
               mode == 0 ? "synchronous-full" : "synchronous-normal",
               cl_bench_median (commit_ms, N_COMMITS), N_COMMITS);
    }

  g_print ("bench: context-open median %.1f ms\n", cl_bench_median (context_ms, N_RUNS));
  g_print ("bench: pipeline-load median %.1f ms\n", cl_bench_median (pipeline_ms, N_RUNS));

  g_print ("bench: peak-rss %ld KiB\n", cl_bench_peak_rss_kib ());

  cl_bench_remove_tmp_dir ();
  return EXIT_SUCCESS;
}
