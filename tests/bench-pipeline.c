/* bench-pipeline.c — how long opening a large database takes
 *
 * Generates a season of 10,000 applications and 5,000 contacts (override
 * with --applications and --contacts), then times, over five runs each,
 * cl_context_open() (open, integrity check, every store loaded) and loading
 * the pipeline store alone (its company and stage stores loaded first, not
 * timed), and what one user action costs to commit: a card moved to
 * another stage, one transaction, with synchronous=FULL (what the app uses:
 * an fsync per commit) and, for comparison, NORMAL.  Prints "bench: <name>
 * median <ms> ms" lines and the peak resident memory.  The sample is dated around CL_SAMPLE_NOW, so that runs on any day
 * time the same data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "cl-database-private.h"
#include "cl-sample-generator.h"

#define N_RUNS 5
#define N_COMMITS 40

static char *tmp_dir;

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (tmp_dir == NULL)
    return;
  dir = g_dir_open (tmp_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static double
elapsed_ms (gint64 started)
{
  return (g_get_monotonic_time () - started) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  gint n_applications = 10000;
  gint n_contacts = 5000;
  const GOptionEntry entries[] = {
    { "applications", 'a', 0, G_OPTION_ARG_INT, &n_applications, "Applications to generate", "N" },
    { "contacts", 'c', 0, G_OPTION_ARG_INT, &n_contacts, "Contacts to generate", "M" },
    { NULL }
  };
  g_autoptr(GOptionContext) option_context = g_option_context_new (NULL);
  g_autoptr(ClClock) clock = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ClSampleOptions options = { 0, };
  ClSampleCounts counts;
  double context_ms[N_RUNS];
  double pipeline_ms[N_RUNS];
  struct rusage usage;
  gint64 started;
  guint n_loaded = 0;

  g_option_context_add_main_entries (option_context, entries, NULL);
  if (!g_option_context_parse (option_context, &argc, &argv, &error) ||
      n_applications < 0 || n_contacts < 0)
    {
      g_printerr ("bench-pipeline: %s\n", error != NULL ? error->message : "counts must not be negative");
      return 2;
    }

  tmp_dir = g_dir_make_tmp ("careerlens-bench-XXXXXX", &error);
  if (tmp_dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (tmp_dir, "bench.db", NULL);

  options.n_applications = (guint) n_applications;
  options.n_contacts = (guint) n_contacts;
  options.seed = 1;
  options.today = CL_SAMPLE_NOW;
  clock = cl_clock_new_fixed (cl_sample_get_now (&options));

  started = g_get_monotonic_time ();
  if (!cl_sample_generate_file (path, &options, &counts, &error))
    {
      remove_tmp_dir ();
      g_error ("%s", error->message);
    }
  g_print ("bench: generate median %.1f ms (1 run: %u applications, %u rounds, %u offers,"
           " %u follow-ups, %u contacts, %u objectives)\n",
           elapsed_ms (started), counts.n_applications, counts.n_rounds, counts.n_offers,
           counts.n_follow_ups, counts.n_contacts, counts.n_objectives);

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(ClContext) context = NULL;

      started = g_get_monotonic_time ();
      context = cl_context_open (path, clock, &error);
      context_ms[i] = elapsed_ms (started);
      if (context == NULL)
        g_error ("%s", error->message);
      n_loaded = g_list_model_get_n_items (cl_pipeline_store_get_applications (cl_context_get_pipeline_store (context)));
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

        if (!cl_store_load (CL_STORE (companies), &error) || !cl_store_load (CL_STORE (stages), &error))
          g_error ("%s", error->message);
        store = cl_pipeline_store_new (database, clock, companies, stages);

        started = g_get_monotonic_time ();
        if (!cl_store_load (CL_STORE (store), &error))
          g_error ("%s", error->message);
        pipeline_ms[i] = elapsed_ms (started);
        g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (store)), ==,
                          options.n_applications);
      }
  }

  /* One move per commit, back and forth between the first two stages. */
  for (guint mode = 0; mode < 2; mode++)
    {
      g_autoptr(ClContext) context = cl_context_open (path, clock, &error);
      ClPipelineStore *store;
      ClApplication *application;
      double commit_ms[N_COMMITS];
      gint64 stages[2];

      if (context == NULL)
        g_error ("%s", error->message);
      store = cl_context_get_pipeline_store (context);
      for (guint i = 0; i < 2; i++)
        {
          g_autoptr(ClStage) stage = g_list_model_get_item (cl_pipeline_store_get_stages (store), i);

          stages[i] = cl_stage_get_id (stage);
        }
      application = g_list_model_get_item (cl_pipeline_store_get_stage_applications (store, stages[0]), 0);
      g_object_unref (application); /* the store keeps it */
      if (mode == 1 &&
          sqlite3_exec (cl_database_get_handle (cl_context_get_database (context)),
                        "PRAGMA synchronous = NORMAL", NULL, NULL, NULL) != SQLITE_OK)
        g_error ("could not set synchronous = NORMAL");

      for (guint i = 0; i < N_COMMITS; i++)
        {
          started = g_get_monotonic_time ();
          if (!cl_pipeline_store_move_application (store, application, stages[(i + 1) % 2], 0, NULL, &error))
            g_error ("%s", error->message);
          commit_ms[i] = elapsed_ms (started);
        }
      g_print ("bench: move-commit-%s median %.2f ms (%u moves)\n", mode == 0 ? "synchronous-full" : "synchronous-normal",
               median (commit_ms, N_COMMITS), N_COMMITS);
    }

  g_print ("bench: context-open median %.1f ms\n", median (context_ms, N_RUNS));
  g_print ("bench: pipeline-load median %.1f ms\n", median (pipeline_ms, N_RUNS));

  getrusage (RUSAGE_SELF, &usage);
  g_print ("bench: peak-rss %ld KiB\n", usage.ru_maxrss);

  remove_tmp_dir ();
  return EXIT_SUCCESS;
}
