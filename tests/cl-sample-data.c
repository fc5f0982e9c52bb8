/* cl-sample-data.c — writes a realistic CareerLens database for trying the app
 *
 *   cl-sample-data --applications 300 --contacts 150 --seed 7 sample.db
 *
 * Equal options give equal data.  Exit status: 0 written, 1 not written
 * (the file exists, or the disk failed), 2 bad options.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-sample"

#include "config.h"

#include <stdlib.h>

#include "cl-sample-generator.h"

#define MAX_ROWS 1000000

static int
usage_error (const char *message)
{
  g_printerr ("%s: %s\n", g_get_prgname (), message);
  g_printerr ("Run “%s --help” to see the options.\n", g_get_prgname ());
  return 2;
}

int
main (int   argc,
      char *argv[])
{
  gint n_applications = 300;
  gint n_contacts = 150;
  gint64 seed = 1;
  g_auto(GStrv) outputs = NULL;
  const GOptionEntry entries[] = {
    { "applications", 'a', 0, G_OPTION_ARG_INT, &n_applications,
      "How many applications to write (default 300)", "N" },
    { "contacts", 'c', 0, G_OPTION_ARG_INT, &n_contacts,
      "How many contacts to write (default 150)", "M" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed,
      "Seed of the random choices, 0 to 4294967295 (default 1)", "S" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &outputs, NULL, "OUTPUT.db" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  ClSampleOptions options;
  ClSampleCounts counts;
  gint64 started;
  g_autofree char *message = NULL;

  g_set_prgname ("cl-sample-data");
  context = g_option_context_new ("OUTPUT.db");
  g_option_context_set_summary (context,
                                "Writes a new CareerLens database filled with a realistic, made-up job\n"
                                "search. The same options always give the same data.");
  g_option_context_add_main_entries (context, entries, NULL);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);

  if (outputs == NULL || outputs[0] == NULL)
    return usage_error ("Name the database file to write, e.g. “sample.db”.");
  if (outputs[1] != NULL)
    return usage_error ("Name exactly one database file to write.");
  if (n_applications < 0 || n_applications > MAX_ROWS)
    {
      message = g_strdup_printf ("--applications must be between 0 and %d.", MAX_ROWS);
      return usage_error (message);
    }
  if (n_contacts < 0 || n_contacts > MAX_ROWS)
    {
      message = g_strdup_printf ("--contacts must be between 0 and %d.", MAX_ROWS);
      return usage_error (message);
    }
  if (seed < 0 || seed > G_MAXUINT32)
    return usage_error ("--seed must be between 0 and 4294967295.");

  options.n_applications = (guint) n_applications;
  options.n_contacts = (guint) n_contacts;
  options.seed = (guint32) seed;

  started = g_get_monotonic_time ();
  if (!cl_sample_generate_file (outputs[0], &options, &counts, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }

  g_print ("Wrote %u applications (%u interview rounds, %u offers, %u referrals, %u red flags,"
           " %u deadlines), %u contacts and %u objectives to %s with seed %u in %.2f s\n",
           counts.n_applications, counts.n_rounds, counts.n_offers, counts.n_referrals,
           counts.n_red_flags, counts.n_deadlines, counts.n_contacts,
           counts.n_objectives, outputs[0], options.seed,
           (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return EXIT_SUCCESS;
}
