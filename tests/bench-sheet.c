/* bench-sheet.c — how long laying out and writing a five-page prep sheet takes
 *
 * Builds a sheet shaped like the negotiation prep sheet — three offers
 * compared by component and year, market ranges, targets, asks, 63 talking
 * points and a negotiation log — that fills five A4 pages (51 to 75 points
 * would), then
 * times N_RUNS runs of cl_sheet_write_pdf() (layout, drawing, the PDF with
 * its fonts, the file synced and renamed into place): the first run, which
 * loads the fonts, and the median and maximum of all; and, apart, the
 * layout alone.
 *
 * Prints "bench: <name> … ms" lines — wall time, and the thread's CPU time —
 * and the peak resident memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <time.h>

#include "cl-bench-util.h"
#include "cl-sheet.h"

#define N_RUNS 10
#define N_PAGES 5
#define TARGET_MS 200.0

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    cl_bench_fail ("no thread CPU clock");
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
add_comparison (ClSheet *sheet)
{
  const char   *headers[] = { "Component", "Acme", "Globex", "Initech" };
  const char   *components[] = { "Base salary", "Target bonus", "Sign-on", "Equity", "Refreshers",
                                 "Retirement match" };
  ClSheetTable *table = cl_sheet_add_table (sheet, 4, headers);

  for (guint c = 1; c < 4; c++)
    cl_sheet_table_set_alignment (table, c, CL_SHEET_ALIGN_RIGHT);
  for (guint year = 1; year <= 4; year++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (components); i++)
        {
          g_autofree char *label = g_strdup_printf ("Year %u: %s", year, components[i]);
          g_autofree char *a = g_strdup_printf ("%u,%03u.00 USD", 100 + 13 * i, 150 * year);
          g_autofree char *b = g_strdup_printf ("%u,%03u.00 USD", 95 + 17 * i, 125 * year);
          g_autofree char *c = g_strdup_printf ("%u,%03u.00 USD", 90 + 19 * i, 240 * year);
          const char      *cells[] = { label, a, b, c };
          guint            row = cl_sheet_table_add_row (table, cells);

          cl_sheet_table_set_bold (table, row, 1 + (i + year) % 3, TRUE);
        }
    }
  cl_sheet_table_set_note (table, "Globex converted at 1 EUR = 1.0800 USD, the rate entered on "
                                  "30 November 2026. Equity at the last round's price.");
}

static ClSheet *
make_sheet (void)
{
  ClSheet      *sheet = cl_sheet_new ("Negotiation prep sheet", "Prepared 2 December 2026");
  const char   *range_headers[] = { "Source", "Component", "P25", "P50", "P75", "P90" };
  const char   *log_headers[] = { "Date", "Asked", "Came back", "Outcome" };
  ClSheetTable *table;

  cl_sheet_add_heading (sheet, 1, "Offers compared");
  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL,
                          "Three offers, each total by year with its components; the best "
                          "value of each row in bold.");
  add_comparison (sheet);

  cl_sheet_add_heading (sheet, 1, "Market ranges");
  table = cl_sheet_add_table (sheet, 6, range_headers);
  for (guint c = 2; c < 6; c++)
    cl_sheet_table_set_alignment (table, c, CL_SHEET_ALIGN_RIGHT);
  for (guint i = 0; i < 8; i++)
    {
      const char *cells[] = { i % 2 ? "Glassdoor" : "Levels.fyi", i % 3 ? "Base" : "Total",
                              "160,000", "182,500", "205,000", "231,000" };

      cl_sheet_table_add_row (table, cells);
    }
  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_MUTED,
                          "https://www.levels.fyi/companies/acme/salaries/software-engineer/"
                          "levels/l5?country=254&offset=0&limit=50, retrieved 28 November 2026.");

  cl_sheet_add_heading (sheet, 1, "Targets");
  cl_sheet_add_key_value (sheet, "Target total", "260,000 USD in year 1");
  cl_sheet_add_key_value (sheet, "Walk-away", "235,000 USD in year 1");
  cl_sheet_add_key_value (sheet, "Leverage", "Globex, expires 9 December 2026");
  cl_sheet_add_key_value (sheet, "Response deadline", "5 December 2026, 17:00");

  cl_sheet_add_heading (sheet, 1, "Asks");
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *ask = g_strdup_printf ("Priority %u: raise the base by %u,000 USD, "
                                              "citing the market median.",
                                              i + 1, 5 + i);

      cl_sheet_add_bullet (sheet, ask);
    }

  cl_sheet_add_heading (sheet, 1, "Talking points");
  for (guint i = 0; i < 63; i++)
    {
      g_autofree char *point = g_strdup_printf ("Point %u: the role's scope matches the next "
                                                "level, the team is growing, and the competing "
                                                "offer's equity vests sooner; ask for the "
                                                "sign-on to cover what is left behind.",
                                                i + 1);

      cl_sheet_add_bullet (sheet, point);
    }

  cl_sheet_add_heading (sheet, 1, "Negotiation log");
  table = cl_sheet_add_table (sheet, 4, log_headers);
  for (guint i = 0; i < 16; i++)
    {
      g_autofree char *date = g_strdup_printf ("%u November 2026", 10 + i);
      const char      *cells[] = { date, "Base +10,000", "Base +6,000, sign-on +5,000",
                                   "Countered" };

      cl_sheet_table_add_row (table, cells);
    }
  return sheet;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ClSheet) sheet = make_sheet ();
  g_autoptr(GError) error = NULL;
  g_autofree char *database = cl_bench_make_database_path ();
  g_autofree char *dir = g_path_get_dirname (database);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  double           write_ms[N_RUNS], cpu_ms[N_RUNS], layout_ms[N_RUNS];
  double           width, height, cpu_started;
  guint            n_pages = 0;
  gint64           started;
  GStatBuf         info;

  cl_paper_get_size (CL_PAPER_A4, &width, &height);
  for (guint i = 0; i < N_RUNS; i++)
    {
      cpu_started = thread_cpu_ms ();
      started = g_get_monotonic_time ();
      if (!cl_sheet_write_pdf (sheet, CL_PAPER_A4, path, &error))
        cl_bench_fail ("%s", error->message);
      write_ms[i] = cl_bench_ms_since (started);
      cpu_ms[i] = thread_cpu_ms () - cpu_started;
    }
  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(ClSheetLayout) layout = NULL;

      started = g_get_monotonic_time ();
      layout = cl_sheet_layout_new (sheet, width, height, CL_SHEET_MARGIN_PT);
      layout_ms[i] = cl_bench_ms_since (started);
      n_pages = cl_sheet_layout_get_n_pages (layout);
    }
  /* What was timed is the sheet it says. */
  if (n_pages != N_PAGES)
    cl_bench_fail ("the sheet has %u pages, not %u", n_pages, N_PAGES);
  if (g_stat (path, &info) != 0)
    cl_bench_fail ("no %s", path);

  g_print ("bench: sheet-5-pages-first %.1f ms\n", write_ms[0]);
  g_print ("bench: sheet-5-pages-max %.1f ms\n", cl_bench_maximum (write_ms, N_RUNS));
  g_print ("bench: sheet-5-pages median %.1f ms (%u runs: %u A4 pages, %ld KiB PDF)\n",
           cl_bench_median (write_ms, N_RUNS), N_RUNS, n_pages, (long) info.st_size / 1024);
  g_print ("bench: sheet-5-pages-cpu median %.1f ms\n", cl_bench_median (cpu_ms, N_RUNS));
  g_print ("bench: sheet-layout median %.1f ms (layout alone)\n",
           cl_bench_median (layout_ms, N_RUNS));
  g_print ("# target: under %.0f ms\n", TARGET_MS);
  g_print ("bench: peak-rss %ld KiB\n", cl_bench_peak_rss_kib ());

  cl_bench_remove_tmp_dir ();
  return EXIT_SUCCESS;
}
