/* test-sheet.c — the sheet's pages, read back from the PDF
 *
 * Documents are written with cl_sheet_write_pdf() and read back with
 * poppler's pdftotext (-layout, so that a table row stays one line of text;
 * pages end with a form feed) and pdfinfo.  What must not be cut is checked
 * on Cairo's side: each page drawn on a recording surface has its ink inside
 * the content area.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "cl-sheet.h"
#include "cl-test-util.h"

typedef ClTestDirFixture Fixture;

#define fixture_set_up cl_test_dir_fixture_setup
#define fixture_tear_down cl_test_dir_fixture_teardown

/* The page (from 1) that holds @needle, which must be on exactly one. */
static guint
page_of (GStrv       pages,
         const char *needle)
{
  guint found = 0;

  for (guint p = 0; pages[p] != NULL; p++)
    if (strstr (pages[p], needle) != NULL)
      {
        g_assert_cmpuint (found, ==, 0);
        found = p + 1;
      }
  if (found == 0)
    g_error ("“%s” is on no page", needle);
  return found;
}

/* The first page (from 1) that holds @needle. */
static guint
first_page_of (GStrv       pages,
               const char *needle)
{
  for (guint p = 0; pages[p] != NULL; p++)
    if (strstr (pages[p], needle) != NULL)
      return p + 1;
  g_error ("“%s” is on no page", needle);
}

/* The line of @text that holds @needle. */
static char *
line_of (const char *text,
         const char *needle)
{
  const char *at = strstr (text, needle);
  const char *start, *end;

  g_assert_nonnull (at);
  for (start = at; start > text && start[-1] != '\n'; start--)
    ;
  end = strchr (at, '\n');
  return g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
}

static char *
without_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static char *
write_sheet (Fixture    *fixture,
             ClSheet    *sheet,
             ClPaper     paper,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (cl_sheet_write_pdf (sheet, paper, path, &error));
  g_assert_no_error (error);
  return path;
}

/* A sentence long enough to wrap on A4, starting with @marker. */
static char *
long_item (const char *marker)
{
  return g_strdup_printf ("%s: ask for the sign-on bonus to cover the unvested equity left "
                          "behind, and for the clawback to end after twelve months rather "
                          "than twenty-four, since the first year's refresher is not "
                          "guaranteed in writing.",
                          marker);
}

/* Every page of @layout, drawn on a recording surface at 10× (so that the
 * extents, in whole device units, are exact to 0.1 pt), has its ink inside
 * the content area of @width × @height. */
static void
assert_ink_inside (ClSheetLayout *layout,
                   double         width,
                   double         height)
{
  for (guint page = 0; page < cl_sheet_layout_get_n_pages (layout); page++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t         *cr = cairo_create (surface);
      double           x, y, w, h;

      cairo_scale (cr, 10.0, 10.0);
      cl_sheet_layout_draw_page (layout, cr, page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
      cairo_surface_destroy (surface);

      g_assert_cmpfloat (w, >, 0.0);
      g_assert_cmpfloat (x / 10.0, >=, -0.2);
      g_assert_cmpfloat (y / 10.0, >=, -0.2);
      g_assert_cmpfloat ((x + w) / 10.0, <=, width + 0.2);
      g_assert_cmpfloat ((y + h) / 10.0, <=, height + 0.2);
    }
}

/* Tests */

static void
test_paper (void)
{
  ClPaper paper = CL_PAPER_LETTER;
  double  width, height;

  cl_paper_get_size (CL_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  cl_paper_get_size (CL_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612.0);
  g_assert_cmpfloat (height, ==, 792.0);

  g_assert_true (cl_paper_from_string ("A4", &paper));
  g_assert_cmpint (paper, ==, CL_PAPER_A4);
  g_assert_true (cl_paper_from_string ("letter", &paper));
  g_assert_cmpint (paper, ==, CL_PAPER_LETTER);
  g_assert_false (cl_paper_from_string ("legal", &paper));
  g_assert_false (cl_paper_from_string ("", &paper));
  g_assert_false (cl_paper_from_string (NULL, &paper));
  g_assert_cmpint (paper, ==, CL_PAPER_LETTER);
  g_assert_cmpstr (cl_paper_to_string (CL_PAPER_A4), ==, "a4");
  g_assert_cmpstr (cl_paper_to_string (CL_PAPER_LETTER), ==, "letter");

  g_assert_cmpint (cl_paper_for_locale ("en_US.UTF-8"), ==, CL_PAPER_LETTER);
  g_assert_cmpint (cl_paper_for_locale ("fr_CA"), ==, CL_PAPER_LETTER);
  g_assert_cmpint (cl_paper_for_locale ("es_MX.utf8@euro"), ==, CL_PAPER_LETTER);
  g_assert_cmpint (cl_paper_for_locale ("en_GB.UTF-8"), ==, CL_PAPER_A4);
  g_assert_cmpint (cl_paper_for_locale ("de_DE"), ==, CL_PAPER_A4);
  g_assert_cmpint (cl_paper_for_locale ("en"), ==, CL_PAPER_A4);
  g_assert_cmpint (cl_paper_for_locale ("C.UTF-8"), ==, CL_PAPER_A4);
  g_assert_cmpint (cl_paper_for_locale ("POSIX"), ==, CL_PAPER_A4);
  g_assert_cmpint (cl_paper_for_locale ("en_USA"), ==, CL_PAPER_A4);
  g_assert_cmpint (cl_paper_for_locale (NULL), ==, CL_PAPER_A4);
}

static void
test_paper_default (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("LC_ALL"));

  /* With no locale set (the program has not called setlocale, or the one
   * named is not installed), what the environment asks for. */
  setlocale (LC_ALL, "C");
  g_setenv ("LC_ALL", "en_US.UTF-8", TRUE);
  g_assert_cmpint (cl_paper_default (), ==, CL_PAPER_LETTER);
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  g_assert_cmpint (cl_paper_default (), ==, CL_PAPER_A4);
  g_setenv ("LC_ALL", "C", TRUE);
  g_assert_cmpint (cl_paper_default (), ==, CL_PAPER_A4);

  /* A locale that is installed says it itself. */
  if (setlocale (LC_PAPER, "en_US.UTF-8") != NULL)
    {
      g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
      g_assert_cmpint (cl_paper_default (), ==, CL_PAPER_LETTER);
      setlocale (LC_ALL, "C");
    }

  if (saved != NULL)
    g_setenv ("LC_ALL", saved, TRUE);
  else
    g_unsetenv ("LC_ALL");
}

static void
test_every_block (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr(ClSheet) sheet = cl_sheet_new ("Negotiation prep: Acme", "Prepared 2 December 2026");
  const char      *headers[] = { "Component", "Acme", "Globex" };
  const char      *row[] = { "Base salary", "180,000", "175,500" };
  const char      *empty_cell[] = { "Sign-on", NULL, "20,000" };
  g_autofree char *path = NULL;
  g_autofree char *pages_count = NULL;
  g_autofree char *title = NULL;
  g_autofree char *creator = NULL;
  const char      *expected[] = {
         "Negotiation prep: Acme",
         "Prepared 2 December 2026",
         "Offers compared",
         "Year one",
         "Plain words of a paragraph.",
         "Muted words of a note.",
         "A bulleted talking point.",
         "Walk-away",
         "165,000 USD",
         "Response deadline",
         "5 December 2026",
         "Component",
         "Globex",
         "Sign-on",
         "20,000",
         "Converted at 1 EUR = 1.08 USD",
         "After the table.",
         "Page 1 of 1",
         "•",
  };
  g_auto(GStrv) pages = NULL;
  ClSheetTable *table;

  if (!cl_test_have_poppler ())
    return;

  cl_sheet_add_heading (sheet, 1, "Offers compared");
  cl_sheet_add_heading (sheet, 2, "Year one");
  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, "Plain words of a paragraph.");
  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_MUTED, "Muted words of a note.");
  cl_sheet_add_bullet (sheet, "A bulleted talking point.");
  cl_sheet_add_key_value (sheet, "Walk-away", "165,000 USD");
  cl_sheet_add_key_value (sheet, "Response deadline", "5 December 2026");
  table = cl_sheet_add_table (sheet, 3, headers);
  cl_sheet_table_set_alignment (table, 1, CL_SHEET_ALIGN_RIGHT);
  cl_sheet_table_set_alignment (table, 2, CL_SHEET_ALIGN_RIGHT);
  g_assert_cmpuint (cl_sheet_table_add_row (table, row), ==, 0);
  g_assert_cmpuint (cl_sheet_table_add_row (table, empty_cell), ==, 1);
  cl_sheet_table_set_bold (table, 0, 1, TRUE);
  cl_sheet_table_set_note (table, "Converted at 1 EUR = 1.08 USD");
  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, "After the table.");
  g_assert_cmpstr (cl_sheet_get_title (sheet), ==, "Negotiation prep: Acme");

  path = write_sheet (fixture, sheet, CL_PAPER_A4, "blocks.pdf");
  pages = cl_test_pdf_pages (path);
  g_assert_cmpuint (g_strv_length (pages), ==, 1);
  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    g_assert_cmpuint (cl_test_count_occurrences (pages[0], expected[e]), ==, 1);
  /* A table row is one line, its cells in order. */
  {
    g_autofree char *line = line_of (pages[0], "Base salary");
    g_autofree char *kv = line_of (pages[0], "Walk-away");

    g_assert_nonnull (g_strstr_len (line, -1, "180,000"));
    g_assert_true (strstr (line, "180,000") < strstr (line, "175,500"));
    g_assert_nonnull (strstr (kv, "165,000 USD"));
  }

  pages_count = cl_test_pdf_info (path, "Pages");
  title = cl_test_pdf_info (path, "Title");
  creator = cl_test_pdf_info (path, "Creator");
  g_assert_cmpstr (pages_count, ==, "1");
  g_assert_cmpstr (title, ==, "Negotiation prep: Acme");
  g_assert_cmpstr (creator, ==, "CareerLens");
}

static void
test_page_sizes (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr(ClSheet) sheet = cl_sheet_new ("Sizes", "Prepared today");
  g_autofree char *a4 = NULL;
  g_autofree char *letter = NULL;
  g_autofree char *a4_size = NULL;
  g_autofree char *letter_size = NULL;

  if (!cl_test_have_poppler ())
    return;

  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, "One paragraph.");
  a4 = write_sheet (fixture, sheet, CL_PAPER_A4, "a4.pdf");
  letter = write_sheet (fixture, sheet, CL_PAPER_LETTER, "letter.pdf");
  a4_size = cl_test_pdf_info (a4, "Page size");
  letter_size = cl_test_pdf_info (letter, "Page size");
  g_assert_cmpstr (a4_size, ==, "595.276 x 841.89 pts (A4)");
  g_assert_cmpstr (letter_size, ==, "612 x 792 pts (letter)");
}

/* Every page says which it is, and repeats the header line. */
static void
assert_page_furniture (GStrv       pages,
                       const char *header_line)
{
  guint n = g_strv_length (pages);

  for (guint p = 0; p < n; p++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", p + 1, n);

      g_assert_cmpuint (cl_test_count_occurrences (pages[p], footer), ==, 1);
      g_assert_cmpuint (cl_test_count_occurrences (pages[p], header_line), ==, 1);
    }
}

static void
test_long_list (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(ClSheet) sheet = cl_sheet_new ("Talking points", "Prepared 2 December 2026");
  g_autoptr(ClSheetLayout) layout = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  double width, height;

  if (!cl_test_have_poppler ())
    return;

  cl_sheet_add_heading (sheet, 1, "Talking points");
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *marker = g_strdup_printf ("point-%03u", i);
      g_autofree char *item = long_item (marker);

      cl_sheet_add_bullet (sheet, item);
    }

  path = write_sheet (fixture, sheet, CL_PAPER_A4, "list.pdf");
  pages = cl_test_pdf_pages (path);
  g_assert_cmpuint (g_strv_length (pages), >=, 3);
  assert_page_furniture (pages, "Prepared 2 December 2026");

  text = g_strjoinv ("", pages);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *marker = g_strdup_printf ("point-%03u", i);

      g_assert_cmpuint (cl_test_count_occurrences (text, marker), ==, 1);
    }
  /* Each item wraps, and moves whole: its first and last words on one page. */
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *marker = g_strdup_printf ("point-%03u", i);

      (void) page_of (pages, marker);
    }
  g_assert_cmpuint (cl_test_count_occurrences (text, "in writing."), ==, 60);

  cl_paper_get_size (CL_PAPER_A4, &width, &height);
  layout = cl_sheet_layout_new (sheet, width, height, CL_SHEET_MARGIN_PT);
  g_assert_cmpuint (cl_sheet_layout_get_n_pages (layout), ==, g_strv_length (pages));
  assert_ink_inside (layout, width - 2 * CL_SHEET_MARGIN_PT, height - 2 * CL_SHEET_MARGIN_PT);
}

static void
test_long_table (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr(ClSheet) sheet = cl_sheet_new (NULL, "Market ranges");
  const char      *headers[] = { "HdrSource", "HdrLevel", "HdrAmount" };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  ClSheetTable *table;
  guint         n_pages, first_page = 0, last_page = 0;

  if (!cl_test_have_poppler ())
    return;

  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, "Before the table.");
  table = cl_sheet_add_table (sheet, 3, headers);
  cl_sheet_table_set_alignment (table, 2, CL_SHEET_ALIGN_RIGHT);
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *source = g_strdup_printf ("row-%03u", i);
      g_autofree char *level = g_strdup_printf ("level-%03u", i);
      g_autofree char *amount = g_strdup_printf ("%u,%03u.00", 100 + i, i);
      const char      *cells[] = { source, level, amount };
      guint            row = cl_sheet_table_add_row (table, cells);

      if (i % 7 == 0)
        cl_sheet_table_set_bold (table, row, 2, TRUE);
    }
  cl_sheet_table_set_note (table, "note-after-table");
  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, "After the table.");

  path = write_sheet (fixture, sheet, CL_PAPER_LETTER, "table.pdf");
  pages = cl_test_pdf_pages (path);
  n_pages = g_strv_length (pages);
  g_assert_cmpuint (n_pages, >=, 3);
  assert_page_furniture (pages, "Market ranges");

  text = g_strjoinv ("", pages);
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *source = g_strdup_printf ("row-%03u", i);
      g_autofree char *level = g_strdup_printf ("level-%03u", i);
      g_autofree char *amount = g_strdup_printf ("%u,%03u.00", 100 + i, i);
      guint            page = page_of (pages, source);
      g_autofree char *line = line_of (pages[page - 1], source);

      g_assert_cmpuint (cl_test_count_occurrences (text, source), ==, 1);
      /* Not split: the row's cells on one line of one page. */
      g_assert_nonnull (strstr (line, level));
      g_assert_nonnull (strstr (line, amount));
      if (i == 0)
        first_page = page;
      last_page = page;
    }
  g_assert_cmpuint (last_page, >, first_page);

  /* The header on every page the table is on, once; above the rows. */
  for (guint p = first_page; p <= last_page; p++)
    {
      const char *page = pages[p - 1];

      g_assert_cmpuint (cl_test_count_occurrences (page, "HdrSource"), ==, 1);
      g_assert_cmpuint (cl_test_count_occurrences (page, "HdrAmount"), ==, 1);
      g_assert_true (strstr (page, "HdrSource") < strstr (page, "row-"));
    }
  g_assert_cmpuint (cl_test_count_occurrences (text, "HdrSource"), ==, last_page - first_page + 1);
  /* The note stays with the last row. */
  g_assert_cmpuint (page_of (pages, "note-after-table"), ==, last_page);
}

static void
test_long_word (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(ClSheet) sheet = cl_sheet_new ("Sources", "Prepared 2 December 2026");
  g_autoptr(ClSheetLayout) layout = NULL;
  g_autoptr(GString) url = g_string_new ("https://www.levels.fyi/companies/acme/salaries/");
  const char      *headers[] = { "Source", "URL" };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_auto(GStrv) pages = NULL;
  ClSheetTable *table;
  double        width, height;

  if (!cl_test_have_poppler ())
    return;

  for (guint i = 0; i < 400; i++)
    g_string_append_c (url, "abcdefghijklmnopqrstuvwxyz0123456789"[(i * 7) % 36]);

  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, url->str);
  cl_sheet_add_bullet (sheet, url->str);
  cl_sheet_add_key_value (sheet, "Source", url->str);
  /* A label as long as a URL wraps in its column, beside its value. */
  cl_sheet_add_key_value (sheet, url->str, "value");
  table = cl_sheet_add_table (sheet, 2, headers);
  cl_sheet_table_add_row (table, (const char *const[]){ "Levels.fyi", url->str });

  path = write_sheet (fixture, sheet, CL_PAPER_A4, "word.pdf");
  pages = cl_test_pdf_pages (path);
  text = g_strjoinv ("", pages);
  flat = without_spaces (text);
  /* Wrapped, not cut, and no hyphen added: all of it, four times, once the
   * line breaks are gone (the long label shares its lines with its value). */
  g_assert_cmpuint (cl_test_count_occurrences (flat, url->str), ==, 4);
  g_assert_cmpuint (cl_test_count_occurrences (flat, "-"), ==, 0);

  cl_paper_get_size (CL_PAPER_A4, &width, &height);
  layout = cl_sheet_layout_new (sheet, width, height, CL_SHEET_MARGIN_PT);
  assert_ink_inside (layout, width - 2 * CL_SHEET_MARGIN_PT, height - 2 * CL_SHEET_MARGIN_PT);
}

/* A table too wide for the page, and a row taller than one. */
static void
test_oversized (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(ClSheet) sheet = cl_sheet_new ("Oversized", "Header");
  g_autoptr(ClSheetLayout) layout = NULL;
  g_autoptr(GString) tall = g_string_new (NULL);
  const char      *wide_headers[] = { "Component", "Acme Corporation International", "Globex",
                                      "Initech", "Umbrella", "Hooli", "Vandelay Industries" };
  const char      *wide_row[] = { "Base", "180,000,000.00", "175,500,000.00", "170,000,000.00",
                                  "165,000,000.00", "160,000,000.00", "155,000,000.00" };
  const char      *headers[] = { "Ask", "Detail" };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  ClSheetTable *table;
  double        width, height;

  if (!cl_test_have_poppler ())
    return;

  table = cl_sheet_add_table (sheet, 7, wide_headers);
  for (guint c = 1; c < 7; c++)
    cl_sheet_table_set_alignment (table, c, CL_SHEET_ALIGN_RIGHT);
  cl_sheet_table_add_row (table, wide_row);

  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (tall, "word-%04u ", i);
  table = cl_sheet_add_table (sheet, 2, headers);
  cl_sheet_table_add_row (table, (const char *const[]){ "Equity", tall->str });
  cl_sheet_table_add_row (table, (const char *const[]){ "after-tall-row", "short" });

  path = write_sheet (fixture, sheet, CL_PAPER_A4, "oversized.pdf");
  pages = cl_test_pdf_pages (path);
  g_assert_cmpuint (g_strv_length (pages), >=, 3);
  text = g_strjoinv ("", pages);
  for (guint i = 0; i < 1500; i++)
    {
      g_autofree char *word = g_strdup_printf ("word-%04u", i);

      g_assert_cmpuint (cl_test_count_occurrences (text, word), ==, 1);
    }
  g_assert_cmpuint (cl_test_count_occurrences (text, "after-tall-row"), ==, 1);
  g_assert_cmpuint (cl_test_count_occurrences (text, "Hooli"), ==, 1);

  cl_paper_get_size (CL_PAPER_A4, &width, &height);
  layout = cl_sheet_layout_new (sheet, width, height, CL_SHEET_MARGIN_PT);
  assert_ink_inside (layout, width - 2 * CL_SHEET_MARGIN_PT, height - 2 * CL_SHEET_MARGIN_PT);
}

/* A paragraph of three pages splits between lines: every word once. */
static void
test_long_paragraph (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr(ClSheet) sheet = cl_sheet_new ("Notes", "Header");
  g_autoptr(GString) words = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;

  if (!cl_test_have_poppler ())
    return;

  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (words, "w%04u ", i);
  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, "Opening paragraph.");
  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, words->str);

  path = write_sheet (fixture, sheet, CL_PAPER_A4, "paragraph.pdf");
  pages = cl_test_pdf_pages (path);
  g_assert_cmpuint (g_strv_length (pages), >=, 2);
  /* It starts on the first page, below the opening paragraph. */
  g_assert_cmpuint (page_of (pages, "w0000"), ==, 1);
  text = g_strjoinv ("", pages);
  for (guint i = 0; i < 1500; i++)
    {
      g_autofree char *word = g_strdup_printf ("w%04u", i);

      g_assert_cmpuint (cl_test_count_occurrences (text, word), ==, 1);
    }
}

/* Wherever the page ends, a heading is on the page of what follows it, and
 * a table's header on the page of its first row.  The filler moves the
 * heading down a line at a time past the end of the first page. */
static void
test_keep_with_next (Fixture      *fixture,
                     gconstpointer data)
{
  const char *headers[] = { "HdrName", "HdrValue" };

  if (!cl_test_have_poppler ())
    return;

  for (guint filler = 30; filler <= 60; filler++)
    {
      g_autoptr(ClSheet) sheet = cl_sheet_new (NULL, "Header");
      g_autofree char *name = g_strdup_printf ("keep-%u.pdf", filler);
      g_autofree char *path = NULL;
      g_auto(GStrv) pages = NULL;
      ClSheetTable *table;

      for (guint i = 0; i < filler; i++)
        cl_sheet_add_bullet (sheet, "Filler line.");
      cl_sheet_add_heading (sheet, 1, "heading-one");
      cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, "after-one");

      cl_sheet_add_page_break (sheet);
      for (guint i = 0; i < filler; i++)
        cl_sheet_add_bullet (sheet, "Filler line.");
      cl_sheet_add_heading (sheet, 2, "heading-two");
      table = cl_sheet_add_table (sheet, 2, headers);
      cl_sheet_table_add_row (table, (const char *const[]){ "first-row", "1" });
      cl_sheet_table_add_row (table, (const char *const[]){ "second-row", "2" });

      path = write_sheet (fixture, sheet, CL_PAPER_A4, name);
      pages = cl_test_pdf_pages (path);
      g_assert_cmpuint (page_of (pages, "heading-one"), ==, page_of (pages, "after-one"));
      /* (The header is repeated when the second row goes on the next page.) */
      g_assert_cmpuint (page_of (pages, "heading-two"), ==, first_page_of (pages, "HdrName"));
      g_assert_cmpuint (first_page_of (pages, "HdrName"), ==, page_of (pages, "first-row"));
      g_assert_cmpuint (first_page_of (pages, "HdrName"), <=, page_of (pages, "second-row"));
      g_assert_cmpuint (page_of (pages, "heading-two"), >, page_of (pages, "after-one"));
      g_test_message ("%u filler lines: heading on page %u", filler,
                      page_of (pages, "heading-one"));
      g_unlink (path);
    }
}

static void
test_page_break_and_empty (Fixture      *fixture,
                           gconstpointer data)
{
  g_autoptr(ClSheet) empty = cl_sheet_new (NULL, NULL);
  g_autoptr(ClSheet) sheet = cl_sheet_new (NULL, "Two offers");
  g_autoptr(ClSheetLayout) layout = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;
  double width, height;

  cl_paper_get_size (CL_PAPER_LETTER, &width, &height);
  layout = cl_sheet_layout_new (empty, width, height, CL_SHEET_MARGIN_PT);
  g_assert_cmpuint (cl_sheet_layout_get_n_pages (layout), ==, 1);
  g_clear_pointer (&layout, cl_sheet_layout_unref);

  /* A break on an empty page does nothing, nor one at the end; two in a row
   * make one new page. */
  cl_sheet_add_page_break (sheet);
  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, "offer-acme");
  cl_sheet_add_page_break (sheet);
  cl_sheet_add_page_break (sheet);
  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, "offer-globex");
  cl_sheet_add_page_break (sheet);
  layout = cl_sheet_layout_new (sheet, width, height, CL_SHEET_MARGIN_PT);
  g_assert_cmpuint (cl_sheet_layout_get_n_pages (layout), ==, 2);

  if (!cl_test_have_poppler ())
    return;
  path = write_sheet (fixture, sheet, CL_PAPER_LETTER, "breaks.pdf");
  pages = cl_test_pdf_pages (path);
  g_assert_cmpuint (g_strv_length (pages), ==, 2);
  g_assert_cmpuint (page_of (pages, "offer-acme"), ==, 1);
  g_assert_cmpuint (page_of (pages, "offer-globex"), ==, 2);
  g_assert_cmpuint (page_of (pages, "Page 2 of 2"), ==, 2);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The names in @dir, sorted, joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_write_fails (ClSheet    *sheet,
                    const char *path,
                    const char *reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("Could not write “%s”: %s", path, reason);

  g_assert_false (cl_sheet_write_pdf (sheet, CL_PAPER_A4, path, &error));
  g_assert_error (error, CL_SHEET_ERROR, CL_SHEET_ERROR_WRITE);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_unwritable (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr(ClSheet) sheet = cl_sheet_new ("Unwritable", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", "sheet.pdf", NULL);
  g_autofree char *file = g_build_filename (fixture->dir, "file", NULL);
  g_autofree char *under_file = g_build_filename (file, "sheet.pdf", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "folder", NULL);
  g_autofree char *read_only = g_build_filename (fixture->dir, "read-only", NULL);
  g_autofree char *in_read_only = g_build_filename (read_only, "sheet.pdf", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *folder_listing = NULL;

  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, "Text.");
  g_assert_true (g_file_set_contents (file, "a file", -1, NULL));
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (read_only, 0500), ==, 0);

  assert_write_fails (sheet, missing, g_strerror (ENOENT));
  assert_write_fails (sheet, under_file, g_strerror (ENOTDIR));
  /* Written, then it cannot take the name: the copy is removed. */
  assert_write_fails (sheet, folder, g_strerror (EISDIR));
  if (geteuid () != 0)
    assert_write_fails (sheet, in_read_only, g_strerror (EACCES));

  /* Nothing left behind. */
  listing = list_dir (fixture->dir);
  folder_listing = list_dir (folder);
  g_assert_cmpstr (listing, ==, "file folder read-only");
  g_assert_cmpstr (folder_listing, ==, "");
  g_assert_false (g_file_test (in_read_only, G_FILE_TEST_EXISTS));
}

static void
test_replace (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr(ClSheet) sheet = cl_sheet_new ("Replace", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "sheet.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  gsize            length;

  cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, "New text.");
  g_assert_true (g_file_set_contents (path, "an older file, not a PDF", -1, NULL));

  g_assert_true (cl_sheet_write_pdf (sheet, CL_PAPER_LETTER, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  listing = list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "sheet.pdf");

  if (cl_test_have_poppler ())
    {
      g_auto(GStrv) pages = cl_test_pdf_pages (path);

      g_assert_cmpuint (page_of (pages, "New text."), ==, 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sheet/paper", test_paper);
  g_test_add_func ("/sheet/paper-default", test_paper_default);

#define ADD(name, func) \
  g_test_add ("/sheet/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("every-block", test_every_block);
  ADD ("page-sizes", test_page_sizes);
  ADD ("long-list", test_long_list);
  ADD ("long-table", test_long_table);
  ADD ("long-word", test_long_word);
  ADD ("oversized", test_oversized);
  ADD ("long-paragraph", test_long_paragraph);
  ADD ("keep-with-next", test_keep_with_next);
  ADD ("page-break-and-empty", test_page_break_and_empty);
  ADD ("unwritable", test_unwritable);
  ADD ("replace", test_replace);

#undef ADD

  return g_test_run ();
}
