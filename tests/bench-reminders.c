/* bench-reminders.c — planning the reminders of a large search
 *
 * On the generated database (10,000 applications, 5,000 contacts unless
 * told otherwise), with the clock at the sample's today:
 *  - reminders-load: reading what asks for reminders and planning them
 *    (what every change that touches rounds, contacts, offers or
 *    objectives costs, once per idle);
 *  - reminders-replan: planning again without reading (the settings or
 *    the clock changed);
 *  - reminders-next: the next time one falls due (the one alarm's time);
 *  - reminders-deliver: marking what is due told, in one transaction.
 * Prints "bench: <name> …" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-bench"

#include "config.h"

#include <stdlib.h>

#include "cl-bench-util.h"
#include "cl-sample-generator.h"

#define N_RUNS 5

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ClClock) clock = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ClContext) context = NULL;
  g_autoptr(GPtrArray) told = NULL;
  g_autofree char *path = NULL;
  ClSampleOptions  options = {
     0,
  };
  ClSampleCounts   counts;
  ClReminderStore *store;
  double           load_ms[N_RUNS], replan_ms[N_RUNS], next_ms[N_RUNS], deliver_ms;
  gint64           started, next = 0;
  guint            n_reminders;

  if (!cl_bench_parse_options (&argc, &argv, &options))
    return 2;
  path = cl_bench_make_database_path ();
  options.today = CL_SAMPLE_NOW;
  clock = cl_clock_new_fixed (cl_sample_get_now (&options));
  if (!cl_sample_generate_file (path, &options, &counts, &error))
    cl_bench_fail ("%s", error->message);
  context = cl_context_open (path, clock, &error);
  if (context == NULL)
    cl_bench_fail ("%s", error->message);
  store = cl_context_get_reminder_store (context);

  for (guint i = 0; i < N_RUNS; i++)
    {
      started = g_get_monotonic_time ();
      if (!cl_store_load (CL_STORE (store), &error))
        cl_bench_fail ("%s", error->message);
      load_ms[i] = cl_bench_ms_since (started);

      started = g_get_monotonic_time ();
      cl_reminder_store_refresh (store);
      replan_ms[i] = cl_bench_ms_since (started);

      started = g_get_monotonic_time ();
      next = cl_reminder_store_get_next_time (store);
      next_ms[i] = cl_bench_ms_since (started);
    }
  n_reminders = g_list_model_get_n_items (cl_reminder_store_get_reminders (store));

  started = g_get_monotonic_time ();
  told = cl_reminder_store_deliver_due (store, &error);
  deliver_ms = cl_bench_ms_since (started);
  if (told == NULL)
    cl_bench_fail ("%s", error->message);

  g_print ("bench: reminders-load median %.1f ms (%u reminders listed, %u applications, %u "
           "rounds, %u contacts)\n",
           cl_bench_median (load_ms, N_RUNS), n_reminders, counts.n_applications,
           counts.n_rounds, counts.n_contacts);
  g_print ("bench: reminders-replan median %.1f ms\n", cl_bench_median (replan_ms, N_RUNS));
  g_print ("bench: reminders-next median %.3f ms (next in %" G_GINT64_FORMAT " s)\n",
           cl_bench_median (next_ms, N_RUNS), next != 0 ? next - cl_clock_now (clock) : 0);
  g_print ("bench: reminders-deliver %.1f ms (%u told of those overdue)\n", deliver_ms,
           told->len);
  g_print ("bench: peak-rss %ld KiB\n", cl_bench_peak_rss_kib ());

  g_clear_object (&context);
  cl_bench_remove_tmp_dir ();
  return EXIT_SUCCESS;
}
