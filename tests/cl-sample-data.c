/* cl-sample-data.c — writes a realistic CareerLens database for trying the app
 *
 *   cl-sample-data --applications 300 --contacts 150 --seed 7 --today 2026-11-01 sample.db
 *
 * The data is dated around --today (default: the current day), so that the
 * board has things coming up on that day.  Equal options, --today included,
 * give equal data.  Exit status: 0 written, 1 not written (the file exists,
 * or the disk failed), 2 bad options.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-sample"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cl-sample-generator.h"

#define MAX_ROWS 1000000

/* Days the sample reaches back and ahead stay within GDateTime's range. */
#define MIN_YEAR 2000
#define MAX_YEAR 9998

static int
usage_error (const char *message)
{
  g_printerr ("%s: %s\n", g_get_prgname (), message);
  g_printerr ("Run “%s --help” to see the options.\n", g_get_prgname ());
  return 2;
}

/* @text as the Unix time of 00:00 UTC on that day; FALSE unless it is a real
 * calendar date written YYYY-MM-DD within MIN_YEAR…MAX_YEAR. */
static gboolean
parse_day (const char *text,
           gint64     *out_unix_time)
{
  g_autoptr(GDateTime) day = NULL;
  guint year, month, date;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  date = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || date < 1 ||
      !g_date_valid_dmy ((GDateDay) date, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  day = g_date_time_new_utc ((gint) year, (gint) month, (gint) date, 0, 0, 0);
  if (day == NULL)
    return FALSE;
  *out_unix_time = g_date_time_to_unix (day);
  return TRUE;
}

/* The current day (in the local time zone) as 00:00 UTC on that date. */
static gint64
current_day (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day =
               g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                                    g_date_time_get_day_of_month (now), 0, 0, 0);

  return g_date_time_to_unix (day);
}

int
main (int   argc,
      char *argv[])
{
  gint             n_applications = 300;
  gint             n_contacts = 150;
  gint64           seed = 1;
  g_autofree char *today = NULL;
  g_auto(GStrv) outputs = NULL;
  const GOptionEntry entries[] = {
    { "applications", 'a', 0, G_OPTION_ARG_INT, &n_applications,
      "How many applications to write (default 300)", "N" },
    { "contacts", 'c', 0, G_OPTION_ARG_INT, &n_contacts,
      "How many contacts to write (default 150)", "M" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed,
      "Seed of the random choices, 0 to 4294967295 (default 1)", "S" },
    { "today", 't', 0, G_OPTION_ARG_STRING, &today,
      "The day the search is looked at, which the data is dated around (default: the current day)",
      "YYYY-MM-DD" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &outputs, NULL, "OUTPUT.db" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  ClSampleOptions  options;
  ClSampleCounts   counts;
  gint64           started;
  g_autofree char *message = NULL;
  g_autofree char *day_text = NULL;

  g_set_prgname ("cl-sample-data");
  context = g_option_context_new (NULL);
  g_option_context_set_summary (
    context, "Writes a new CareerLens database filled with a realistic, made-up job\n"
             "search, dated around --today. The same options, --today included,\n"
             "always give the same data.");
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
  if (today == NULL)
    options.today = current_day ();
  else if (!parse_day (today, &options.today))
    {
      message = g_strdup_printf (
        "--today takes a calendar date written YYYY-MM-DD, from %d-01-01 to %d-12-31,"
        " such as 2026-11-01; “%s” is not one.",
        MIN_YEAR, MAX_YEAR, today);
      return usage_error (message);
    }
  {
    g_autoptr(GDateTime) day = g_date_time_new_from_unix_utc (options.today);

    day_text = g_date_time_format (day, "%Y-%m-%d");
  }

  started = g_get_monotonic_time ();
  if (!cl_sample_generate_file (outputs[0], &options, &counts, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }

  g_print ("Wrote %u applications (%u interview rounds, %u journal entries, %u offers,"
           " %u referrals, %u red flags, %u deadlines, %u follow-ups), %u negotiation plans"
           " (%u asks, %u rounds), %u market ranges, %u exchange rates, %u contacts and"
           " %u objectives to %s with seed %u, dated around %s, in %.2f s\n",
           counts.n_applications, counts.n_rounds, counts.n_journal_entries, counts.n_offers,
           counts.n_referrals, counts.n_red_flags, counts.n_deadlines, counts.n_follow_ups,
           counts.n_negotiation_plans, counts.n_negotiation_asks, counts.n_negotiation_rounds,
           counts.n_market_ranges, counts.n_exchange_rates, counts.n_contacts,
           counts.n_objectives, outputs[0], options.seed, day_text,
           (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  return EXIT_SUCCESS;
}
