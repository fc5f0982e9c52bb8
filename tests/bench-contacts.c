/* bench-contacts.c — the Contacts page's work at 5,000 contacts
 *
 * Generates 10,000 applications and 5,000 contacts (override with
 * --applications and --contacts) once, then times:
 *  - contacts-load: reading every contact into the store's model (what
 *    opening the page waits for when the app starts);
 *  - contacts-search: one keystroke of the page's search, that is
 *    cl_contact_search_matches() over every contact, for each prefix of a
 *    few queries typed letter by letter (the p95 is the target: 8 ms);
 *  - vcard-export: every contact as vCard 4.0;
 *  - vcard-import: those cards read, matched and added to an empty
 *    database in one transaction.
 *
 * Prints "bench: <name> … ms" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-bench"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cl-bench-util.h"
#include "cl-contact-cards.h"
#include "cl-contact-search.h"
#include "cl-context.h"
#include "cl-sample-generator.h"

#define SEARCH_TARGET_MS 8.0

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static ClContext *
open_context (const char *path,
              ClClock    *clock)
{
  g_autoptr(GError) error = NULL;
  ClContext *context = cl_context_open_full (path, CL_DATABASE_OPEN_CREATE, clock, &error);

  if (context == NULL)
    cl_bench_fail ("%s", error->message);
  return context;
}

static void
bench_search (GListModel *contacts)
{
  static const char *queries[] = { "machine learning", "recruiter deep", "ana", "referrals" };
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = g_list_model_get_n_items (contacts);
  guint n_matches = 0;

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (gsize len = 1; len <= strlen (queries[q]); len++)
      {
        g_autofree char *typed = g_strndup (queries[q], len);
        g_autoptr(ClContactSearch) search = NULL;
        gint64 started = g_get_monotonic_time ();
        double ms;

        search = cl_contact_search_new (typed, 0);
        n_matches = 0;
        for (guint i = 0; i < n; i++)
          {
            ClContact *contact = g_list_model_get_item (contacts, i);

            n_matches += cl_contact_search_matches (search, contact);
            g_object_unref (contact);
          }
        ms = cl_bench_ms_since (started);
        g_array_append_val (times, ms);
      }
  g_array_sort (times, compare_doubles);
  g_print ("bench: contacts-search p95 %.2f ms (%u keystrokes over %u contacts)\n",
           g_array_index (times, double, (times->len * 95) / 100), times->len, n);
  g_print ("bench: contacts-search-max %.2f ms\n", g_array_index (times, double, times->len - 1));
  g_print ("# target: a keystroke under %.0f ms (p95); last query kept %u\n", SEARCH_TARGET_MS,
           n_matches);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ClContext) context = NULL;
  g_autoptr(ClContext) empty = NULL;
  g_autoptr(ClClock) clock = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *empty_path = NULL;
  g_autofree char *cards = NULL;
  ClSampleOptions  options = {
     0,
  };
  ClSampleCounts counts;
  GListModel    *contacts;
  gint64         started;
  gsize          length = 0;

  if (!cl_bench_parse_options (&argc, &argv, &options))
    return 2;
  path = cl_bench_make_database_path ();
  options.today = CL_SAMPLE_NOW;
  if (!cl_sample_generate_file (path, &options, &counts, &error))
    cl_bench_fail ("%s", error->message);

  clock = cl_clock_new_fixed (CL_SAMPLE_NOW);
  started = g_get_monotonic_time ();
  context = open_context (path, clock);
  contacts = cl_contact_store_get_contacts (cl_context_get_contact_store (context));
  g_print ("bench: contacts-load median %.1f ms (the whole database; %u contacts)\n",
           cl_bench_ms_since (started), g_list_model_get_n_items (contacts));
  if (g_list_model_get_n_items (contacts) != counts.n_contacts)
    cl_bench_fail ("%u contacts read, %u written", g_list_model_get_n_items (contacts),
                   counts.n_contacts);

  bench_search (contacts);

  started = g_get_monotonic_time ();
  cards = cl_contact_cards_export (contacts, &length);
  g_print ("bench: vcard-export median %.1f ms (%u cards, %" G_GSIZE_FORMAT " bytes)\n",
           cl_bench_ms_since (started), g_list_model_get_n_items (contacts), length);

  empty_path = g_strconcat (path, "-import.db", NULL);
  empty = open_context (empty_path, clock);
  started = g_get_monotonic_time ();
  {
    ClContactStore *store = cl_context_get_contact_store (empty);
    g_autoptr(ClContactImport) import = cl_contact_import_new (store, cards, length, &error);
    guint n_new = 0, n_present = 0;

    if (import == NULL)
      cl_bench_fail ("%s", error->message);
    /* The sample has people of one name at one company: those are merged. */
    cl_contact_import_count (import, &n_new, &n_present, NULL);
    if (n_new + n_present != counts.n_contacts)
      cl_bench_fail ("%u cards of %u could be imported", n_new + n_present, counts.n_contacts);
    if (!cl_contact_import_commit (import, &error))
      cl_bench_fail ("%s", error->message);
    g_print ("bench: vcard-import median %.1f ms (%u new contacts, %u merged, one transaction)\n",
             cl_bench_ms_since (started), n_new, n_present);
    if (g_list_model_get_n_items (cl_contact_store_get_contacts (store)) != n_new)
      cl_bench_fail ("the import kept %u of %u contacts",
                     g_list_model_get_n_items (cl_contact_store_get_contacts (store)),
                     counts.n_contacts);
  }
  g_print ("bench: peak-rss %ld KiB\n", cl_bench_peak_rss_kib ());

  cl_context_close (empty);
  cl_context_close (context);
  cl_bench_remove_tmp_dir ();
  return EXIT_SUCCESS;
}
