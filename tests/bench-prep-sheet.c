/* bench-prep-sheet.c — comparing offers and writing the prep sheet, on sample data
 *
 * On the generated database (10,000 applications unless told otherwise):
 * the comparison of 10 offers through the store (their breakdowns, the
 * exchange rates, the table), and the negotiation prep sheet of as many
 * open offers as make 5 pages, built, laid out and written as a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-bench"

#include "config.h"

#include <glib/gstdio.h>

#include "cl-bench-util.h"
#include "cl-prep-sheet.h"

#define N_RUNS 10
#define N_COMPARED 10
#define N_PAGES 5
#define TARGET_MS 200.0

static void
bench_compare (ClContext *context)
{
  ClOfferStore *store = cl_context_get_offer_store (context);
  GListModel   *offers = cl_offer_store_get_offers (store);
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);
  double ms[N_RUNS];

  for (guint i = 0; i < g_list_model_get_n_items (offers) && chosen->len < N_COMPARED; i++)
    g_ptr_array_add (chosen, g_list_model_get_item (offers, i));
  if (chosen->len < N_COMPARED)
    cl_bench_fail ("the sample has %u offers, not %u", chosen->len, N_COMPARED);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(ClCompComparison) comparison = NULL;
      g_autoptr(GError) error = NULL;
      gint64 started = g_get_monotonic_time ();

      comparison = cl_offer_store_compare (store, chosen, "USD", &error);
      ms[run] = cl_bench_ms_since (started);
      if (comparison == NULL)
        cl_bench_fail ("%s", error->message);
    }
  g_print ("bench: compare-10-offers-store median %.3f ms (%u runs)\n",
           cl_bench_median (ms, N_RUNS), N_RUNS);
}

/* The first open offers whose sheet has N_PAGES pages. */
static GPtrArray *
offers_for_pages (ClContext *context)
{
  g_autoptr(GPtrArray) open = cl_prep_sheet_get_open_offers (context);
  GPtrArray *chosen = g_ptr_array_new_with_free_func (g_object_unref);
  double     width, height;

  cl_paper_get_size (CL_PAPER_A4, &width, &height);
  for (guint i = 0; i < open->len; i++)
    {
      g_autoptr(ClSheet) sheet = NULL;
      g_autoptr(ClSheetLayout) layout = NULL;

      g_ptr_array_add (chosen, g_object_ref (g_ptr_array_index (open, i)));
      sheet = cl_prep_sheet_build (context, chosen, NULL);
      layout = cl_sheet_layout_new (sheet, width, height, CL_SHEET_MARGIN_PT);
      if (cl_sheet_layout_get_n_pages (layout) >= N_PAGES)
        {
          if (cl_sheet_layout_get_n_pages (layout) > N_PAGES)
            g_ptr_array_set_size (chosen, chosen->len - 1);
          return chosen;
        }
    }
  return chosen;
}

static void
bench_sheet (ClContext  *context,
             const char *dir)
{
  g_autoptr(GPtrArray) offers = offers_for_pages (context);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  double           build_ms[N_RUNS], write_ms[N_RUNS];
  guint            n_pages = 0;
  double           width, height;

  cl_paper_get_size (CL_PAPER_A4, &width, &height);
  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(ClSheet) sheet = NULL;
      g_autoptr(ClSheetLayout) layout = NULL;
      g_autoptr(GError) error = NULL;
      gint64 started = g_get_monotonic_time ();

      sheet = cl_prep_sheet_build (context, offers, NULL);
      build_ms[run] = cl_bench_ms_since (started);
      if (!cl_sheet_write_pdf (sheet, CL_PAPER_A4, path, &error))
        cl_bench_fail ("%s", error->message);
      write_ms[run] = cl_bench_ms_since (started);

      layout = cl_sheet_layout_new (sheet, width, height, CL_SHEET_MARGIN_PT);
      n_pages = cl_sheet_layout_get_n_pages (layout);
    }
  if (n_pages != N_PAGES)
    cl_bench_fail ("the sheet of %u offers has %u pages, not %u", offers->len, n_pages, N_PAGES);

  g_print ("bench: prep-sheet-build median %.1f ms\n", cl_bench_median (build_ms, N_RUNS));
  g_print ("bench: prep-sheet-5-pages median %.1f ms (%u runs: %u offers, %u A4 pages, "
           "built, laid out and written)\n",
           cl_bench_median (write_ms, N_RUNS), N_RUNS, offers->len, n_pages);
  g_print ("bench: prep-sheet-5-pages-max %.1f ms\n", cl_bench_maximum (write_ms, N_RUNS));
  g_print ("# target: under %.0f ms\n", TARGET_MS);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ClContext) context = NULL;
  g_autoptr(ClClock) clock = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  ClSampleOptions  options = {
     0,
  };
  ClSampleCounts counts;
  gint64         started;

  if (!cl_bench_parse_options (&argc, &argv, &options))
    return 2;
  path = cl_bench_make_database_path ();
  dir = g_path_get_dirname (path);

  options.today = CL_SAMPLE_NOW;
  started = g_get_monotonic_time ();
  if (!cl_sample_generate_file (path, &options, &counts, &error))
    cl_bench_fail ("%s", error->message);
  g_print ("bench: generate median %.1f ms (1 run: %u applications, %u contacts, %u offers)\n",
           cl_bench_ms_since (started), counts.n_applications, counts.n_contacts,
           counts.n_offers);

  clock = cl_clock_new_fixed (cl_sample_get_now (&options));
  context = cl_context_open_full (path, CL_DATABASE_OPEN_EXISTING, clock, &error);
  if (context == NULL)
    cl_bench_fail ("%s", error->message);

  bench_compare (context);
  bench_sheet (context, dir);
  g_print ("bench: peak-rss %ld KiB\n", cl_bench_peak_rss_kib ());

  cl_context_close (context);
  cl_bench_remove_tmp_dir ();
  return EXIT_SUCCESS;
}
