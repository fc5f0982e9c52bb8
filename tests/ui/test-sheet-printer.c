/* test-sheet-printer.c — the prep sheet printed and exported from the window
 *
 * Prints through GtkPrintOperation into a PDF without a dialog
 * (GTK_PRINT_OPERATION_ACTION_EXPORT) and reads it back with pdftotext: it
 * must say what cl_sheet_write_pdf() of the same sheet says, page for page,
 * on as many pages as the layout has.  Export PDF… is driven through its
 * file chooser (GTK's own dialog here, with no portal running) and through
 * the function that writes.  Exits 77 (skipped) only when there is no
 * display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-sheet-printer"

#include "config.h"

#include <string.h>

#include "cl-money.h"
#include "cl-prep-sheet.h"
#include "cl-sheet-printer.h"
#include "cl-ui-test-util.h"
#include "cl-window.h"

#define N_POINTS 40

typedef struct
{
  ClTestFixture base;
  ClOfferStore *store;
  GSettings    *settings;
  ClOffer      *acme;  /* negotiating, with a plan: owned by the store */
  ClOffer      *beta;  /* received */
  ClOffer      *gamma; /* declined: not on the sheet unless chosen */
} Fixture;

static ClOffer *
add_offer (Fixture      *fixture,
           const char   *company,
           const char   *role,
           gint64        base,
           ClOfferStatus status)
{
  ClApplication *application = cl_ui_add_application (fixture->base.context, company, role, 0);
  g_autoptr(ClOffer) offer = cl_offer_new (cl_application_get_id (application), base, "USD");
  g_autoptr(ClOffer) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_offer_store_add_offer (fixture->store, offer, &error));
  g_assert_no_error (error);
  copy = cl_offer_copy (offer);
  g_object_set (copy, "status", status, "bonus-basis-points", (gint64) 1000, "equity-amount",
                (gint64) 20000000, "level", "L5", NULL);
  g_assert_true (cl_offer_store_update_offer (fixture->store, copy, &error));
  g_assert_no_error (error);
  return offer;
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(ClMarketRange) range = NULL;
  g_autoptr(ClNegotiationPlan) plan = NULL;
  g_autoptr(GString) points = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_offer_store (fixture->base.context);
  fixture->settings = g_settings_new (APPLICATION_ID_BASE);
  g_settings_reset (fixture->settings, "page-setup");

  fixture->acme = add_offer (fixture, "Acme AI", "Senior MLE", 18500000,
                             CL_OFFER_STATUS_NEGOTIATING);
  fixture->beta = add_offer (fixture, "Beta Labs", "ML Engineer", 17000000,
                             CL_OFFER_STATUS_RECEIVED);
  fixture->gamma = add_offer (fixture, "Gamma Robotics", "Research Engineer", 20000000,
                              CL_OFFER_STATUS_DECLINED);

  range = cl_market_range_new ("Levels.fyi", "USD", CL_MARKET_COMPONENT_TOTAL);
  g_object_set (range, "level", "L5", "observed-on", "2026-10-28", "p25", (gint64) 20000000,
                "p50", (gint64) 23000000, "p75", (gint64) 26000000, "p90", (gint64) 30000000,
                NULL);
  g_assert_true (cl_offer_store_add_market_range (fixture->store, range, &error));
  g_assert_no_error (error);

  /* Enough talking points for several pages. */
  for (guint i = 1; i <= N_POINTS; i++)
    g_string_append_printf (points,
                            "point-%03u: my evaluation pipelines cut the team's model review "
                            "time, which is worth a higher base\n",
                            i);
  plan = cl_negotiation_plan_new (cl_offer_get_id (fixture->acme));
  g_object_set (plan, "target-total", (gint64) 26000000, "walk-away-total", (gint64) 24000000,
                "talking-points", points->str, NULL);
  g_assert_true (cl_offer_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_clear_object (&fixture->settings);
  cl_ui_flush ();
  cl_test_fixture_teardown (&fixture->base);
}

/* Helpers ------------------------------------------------------------------ */

static char *
tmp_path (Fixture    *fixture,
          const char *name)
{
  return g_build_filename (fixture->base.dir, name, NULL);
}

/* Prints @sheet through GtkPrintOperation into @path, as Print… would but
 * without the dialog. */
static void
print_to_pdf (ClSheetPrinter *printer,
              ClSheet        *sheet,
              const char     *path)
{
  g_autoptr(GtkPrintOperation) operation = cl_sheet_printer_new_operation (printer, sheet);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static guint
layout_pages (ClSheet *sheet,
              ClPaper  paper)
{
  double width, height;
  g_autoptr(ClSheetLayout) layout = NULL;

  cl_paper_get_size (paper, &width, &height);
  layout = cl_sheet_layout_new (sheet, width, height, CL_SHEET_MARGIN_PT);
  return cl_sheet_layout_get_n_pages (layout);
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *pages = cl_test_pdf_info (path, "Pages");

  return (guint) g_ascii_strtoull (pages, NULL, 10);
}

static void
assert_same_pages (const char *printed,
                   const char *written)
{
  g_auto(GStrv) a = cl_test_pdf_pages (printed);
  g_auto(GStrv) b = cl_test_pdf_pages (written);

  g_assert_cmpuint (g_strv_length (a), ==, g_strv_length (b));
  for (guint i = 0; a[i] != NULL; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

static char *
year_total (ClOffer *offer,
            guint    year)
{
  ClCompBreakdown breakdown;

  g_assert_true (cl_offer_get_breakdown (offer, &breakdown, NULL));
  return cl_money_format (breakdown.year_totals[year], cl_offer_get_currency (offer));
}

static GtkPageSetup *
page_setup_for (const char        *paper_name,
                GtkPageOrientation orientation)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (paper_name);

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, orientation);
  return setup;
}

/* Tests -------------------------------------------------------------------- */

static void
test_print_to_pdf (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr(ClSheetPrinter) printer = cl_sheet_printer_new (fixture->settings, NULL);
  g_autoptr(ClSheet) sheet = cl_sheet_printer_build_prep_sheet (fixture->base.context, NULL, NULL);
  g_autofree char *printed = tmp_path (fixture, "printed.pdf");
  g_autofree char *written = tmp_path (fixture, "written.pdf");
  g_autofree char *size = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GVariant) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;
  static const char *sections[] = {
    "Negotiation Prep Sheet",
    "Acme AI — Senior MLE (L5)",
    "Beta Labs — ML Engineer (L5)",
    "Total compensation by year",
    "Market range",
    "Year-1 total $253,500 is between the 50th and 75th percentile of Levels.fyi",
    "Negotiation plan",
    "Talking points",
    "Comparison",
  };

  if (!cl_test_have_poppler ())
    return;

  /* Nothing remembered: the locale's paper (A4 in C.UTF-8), upright. */
  g_assert_cmpint (cl_sheet_printer_get_paper (printer), ==, CL_PAPER_A4);
  print_to_pdf (printer, sheet, printed);
  g_assert_true (cl_sheet_write_pdf (sheet, CL_PAPER_A4, written, &error));
  g_assert_no_error (error);

  /* The same pages, with the same words and figures, as many as laid out. */
  assert_same_pages (printed, written);
  g_assert_cmpuint (pdf_pages (printed), ==, layout_pages (sheet, CL_PAPER_A4));
  g_assert_cmpuint (pdf_pages (printed), >=, 2);
  size = cl_test_pdf_info (printed, "Page size");
  g_assert_true (g_str_has_prefix (size, "595.") && strstr (size, "x 841.") != NULL);

  pages = cl_test_pdf_pages (printed);
  text = g_strjoinv ("\n", pages);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (strstr (text, sections[i]) == NULL)
      g_error ("“%s” is not on the printed sheet:\n%s", sections[i], text);
  for (guint y = 0; y < CL_COMP_YEARS; y++)
    {
      g_autofree char *acme = year_total (fixture->acme, y);
      g_autofree char *beta = year_total (fixture->beta, y);

      g_assert_nonnull (strstr (text, acme));
      g_assert_nonnull (strstr (text, beta));
    }
  for (guint i = 1; i <= N_POINTS; i++)
    {
      g_autofree char *marker = g_strdup_printf ("point-%03u", i);

      g_assert_cmpuint (cl_test_count_occurrences (text, marker), ==, 1);
    }
  g_assert_null (strstr (text, "Gamma"));

  /* A print that went through remembers its page setup. */
  saved = g_settings_get_value (fixture->settings, "page-setup");
  g_assert_cmpuint (g_variant_n_children (saved), >, 0);
  g_assert_cmpint (cl_sheet_printer_get_paper (printer), ==, CL_PAPER_A4);
}

static void
test_letter_remembered (Fixture      *fixture,
                        gconstpointer data)
{
  g_autoptr(ClSheetPrinter) printer = cl_sheet_printer_new (fixture->settings, NULL);
  g_autoptr(ClSheetPrinter) later = NULL;
  g_autoptr(ClSheet) sheet = cl_sheet_printer_build_prep_sheet (fixture->base.context, NULL, NULL);
  g_autoptr(GtkPageSetup) letter = page_setup_for (GTK_PAPER_NAME_LETTER,
                                                    GTK_PAGE_ORIENTATION_PORTRAIT);
  g_autoptr(GtkPageSetup) landscape = page_setup_for (GTK_PAPER_NAME_LETTER,
                                                       GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_autoptr(GtkPageSetup) legal = page_setup_for (GTK_PAPER_NAME_LEGAL,
                                                   GTK_PAGE_ORIENTATION_PORTRAIT);
  g_autoptr(GtkPageSetup) a4 = page_setup_for (GTK_PAPER_NAME_A4, GTK_PAGE_ORIENTATION_PORTRAIT);
  g_autoptr(GtkPageSetup) remembered = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *printed = tmp_path (fixture, "printed.pdf");
  g_autofree char *exported = tmp_path (fixture, "exported.pdf");
  g_autofree char *written = tmp_path (fixture, "written.pdf");
  g_autofree char *size = NULL;
  g_autofree char *exported_size = NULL;
  g_autoptr(GError) error = NULL;

  /* Which paper a page setup is, either way up; any other is the locale's. */
  g_assert_cmpint (cl_sheet_printer_paper_for_setup (letter), ==, CL_PAPER_LETTER);
  g_assert_cmpint (cl_sheet_printer_paper_for_setup (landscape), ==, CL_PAPER_LETTER);
  g_assert_cmpint (cl_sheet_printer_paper_for_setup (a4), ==, CL_PAPER_A4);
  g_assert_cmpint (cl_sheet_printer_paper_for_setup (legal), ==, cl_paper_default ());
  g_assert_cmpint (cl_sheet_printer_paper_for_setup (NULL), ==, cl_paper_default ());

  if (!cl_test_have_poppler ())
    return;

  cl_sheet_printer_set_page_setup (printer, letter);
  /* Another window's printer reads it from the settings. */
  later = cl_sheet_printer_new (fixture->settings, NULL);
  remembered = cl_sheet_printer_get_page_setup (later);
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_paper_width (remembered, GTK_UNIT_POINTS),
                                  612, 0.01);
  g_assert_cmpint (cl_sheet_printer_get_paper (later), ==, CL_PAPER_LETTER);

  /* Printing starts from it… */
  print_to_pdf (later, sheet, printed);
  size = cl_test_pdf_info (printed, "Page size");
  g_assert_true (g_str_has_prefix (size, "612 x 792"));
  g_assert_cmpuint (pdf_pages (printed), ==, layout_pages (sheet, CL_PAPER_LETTER));
  g_assert_true (cl_sheet_write_pdf (sheet, CL_PAPER_LETTER, written, &error));
  g_assert_no_error (error);
  assert_same_pages (printed, written);

  /* …and the PDF is written on its paper. */
  file = g_file_new_for_path (exported);
  g_assert_true (cl_sheet_printer_export_to (later, sheet, file, &error));
  g_assert_no_error (error);
  exported_size = cl_test_pdf_info (exported, "Page size");
  g_assert_true (g_str_has_prefix (exported_size, "612 x 792"));
  assert_same_pages (exported, written);
}

static guint
count_toasts (GtkWidget *overlay)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (overlay);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_str_equal (G_OBJECT_TYPE_NAME (child), "AdwToastWidget"))
      n++;
  return n;
}

static void
test_export_to (Fixture      *fixture,
                gconstpointer data)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  g_autoptr(ClSheetPrinter) printer = NULL;
  g_autoptr(ClSheet) sheet = cl_sheet_printer_build_prep_sheet (fixture->base.context, NULL, NULL);
  g_autofree char *path = tmp_path (fixture, "Negotiation prep sheet.pdf");
  g_autofree char *written = tmp_path (fixture, "written.pdf");
  g_autofree char *missing = tmp_path (fixture, "no such folder/sheet.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;

  if (!cl_test_have_poppler ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), gtk_label_new ("content"));
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  cl_ui_wait_for (cl_ui_is_mapped, window);
  printer = cl_sheet_printer_new (fixture->settings, ADW_TOAST_OVERLAY (overlay));

  g_assert_cmpstr (cl_sheet_printer_get_suggested_name (), ==, "Negotiation prep sheet.pdf");
  g_assert_true (cl_sheet_printer_export_to (printer, sheet, file, &error));
  g_assert_no_error (error);
  cl_ui_flush ();
  g_assert_cmpuint (count_toasts (overlay), ==, 1);
  g_assert_true (cl_sheet_write_pdf (sheet, CL_PAPER_A4, written, &error));
  g_assert_no_error (error);
  assert_same_pages (path, written);

  /* A folder that is not there: the reason, naming the file, and no toast. */
  g_assert_false (cl_sheet_printer_export_to (printer, sheet, nowhere, &error));
  g_assert_error (error, CL_SHEET_ERROR, CL_SHEET_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  cl_ui_flush ();
  g_assert_cmpuint (count_toasts (overlay), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_selected_first (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr(ClSheet) sheet = NULL;
  g_autofree char *path = tmp_path (fixture, "chosen.pdf");
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ClOffer) declined = NULL;
  const char *gamma, *acme, *beta;

  if (!cl_test_have_poppler ())
    return;

  /* The chosen offer first, then the open ones, once each. */
  sheet = cl_sheet_printer_build_prep_sheet (fixture->base.context, fixture->gamma, NULL);
  g_assert_true (cl_sheet_write_pdf (sheet, CL_PAPER_A4, path, &error));
  g_assert_no_error (error);
  pages = cl_test_pdf_pages (path);
  text = g_strjoinv ("\n", pages);
  gamma = strstr (text, "Gamma Robotics — Research Engineer");
  acme = strstr (text, "Acme AI — Senior MLE");
  beta = strstr (text, "Beta Labs — ML Engineer");
  g_assert_nonnull (gamma);
  g_assert_nonnull (acme);
  g_assert_nonnull (beta);
  g_assert_true (gamma < acme && gamma < beta);
  g_clear_pointer (&sheet, cl_sheet_unref);
  sheet = cl_sheet_printer_build_prep_sheet (fixture->base.context, fixture->beta, NULL);
  g_assert_nonnull (sheet);

  /* No open offer and none chosen: no sheet. */
  for (guint i = 0; i < 2; i++)
    {
      ClOffer *offer = i == 0 ? fixture->acme : fixture->beta;

      declined = cl_offer_copy (offer);
      g_object_set (declined, "status", CL_OFFER_STATUS_DECLINED, NULL);
      g_assert_true (cl_offer_store_update_offer (fixture->store, declined, &error));
      g_assert_no_error (error);
      g_clear_object (&declined);
    }
  g_assert_null (cl_sheet_printer_build_prep_sheet (fixture->base.context, NULL, NULL));
}

/* The comparison on the sheet is in the currency the Compare In combo shows,
 * through the stored rate; one no offer on the sheet is in is ignored. */
static void
test_comparison_currency (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr(ClOffer) euro = cl_offer_copy (fixture->beta);
  g_autoptr(ClExchangeRate) rate = cl_exchange_rate_new ("USD", "EUR", 920000, "2026-11-30");
  g_autoptr(GError) error = NULL;
  const char *currencies[] = { "EUR", "USD", "JPY" };

  if (!cl_test_have_poppler ())
    return;

  g_object_set (euro, "currency", "EUR", NULL);
  g_assert_true (cl_offer_store_update_offer (fixture->store, euro, &error));
  g_assert_no_error (error);
  g_assert_true (cl_offer_store_add_exchange_rate (fixture->store, rate, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (currencies); i++)
    {
      g_autoptr(ClSheet) sheet =
                   cl_sheet_printer_build_prep_sheet (fixture->base.context, NULL, currencies[i]);
      g_autofree char *path = tmp_path (fixture, "currency.pdf");
      g_auto(GStrv) pages = NULL;
      g_autofree char *text = NULL;
      const char      *comparison;

      g_assert_true (cl_sheet_write_pdf (sheet, CL_PAPER_A4, path, &error));
      g_assert_no_error (error);
      pages = cl_test_pdf_pages (path);
      text = g_strjoinv ("\n", pages);
      comparison = strstr (text, "Comparison");
      g_assert_nonnull (comparison);
      if (i == 0)
        /* Acme's year 1, $253,500 at 0.92. */
        g_assert_nonnull (strstr (comparison, "€233,220"));
      else if (i == 1)
        /* Beta's year 1 (€170,000 + 10 % + €50,000 of equity) at 1 / 0.92. */
        g_assert_nonnull (strstr (comparison, "$253,500"));
      g_assert_null (strstr (comparison, "JPY"));
    }
}

/* The window ----------------------------------------------------------------- */

static GtkWidget *
prep_sheet_button (ClWindow *window)
{
  g_autoptr(GPtrArray) buttons = cl_ui_find_widgets (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_menu_button_get_icon_name (g_ptr_array_index (buttons, i)),
                   "document-print-symbolic") == 0)
      return g_ptr_array_index (buttons, i);
  g_error ("no Prep Sheet button");
}

static void
show_page (ClWindow   *window,
           const char *page)
{
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page",
                                  g_variant_new_string (page));
  cl_ui_flush ();
}

static GtkWidget *
find_toplevel (GType type)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
chooser_shown (gpointer data)
{

  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static gboolean
chooser_has_file (gpointer data)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (data);

  return file != NULL &&
         g_strcmp0 (g_file_peek_path (file), g_object_get_data (data, "want")) == 0;
}

static gboolean
file_written (gpointer data)
{

  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

static void
test_window_actions (Fixture      *fixture,
                     gconstpointer data)
{
  ClWindow        *window = g_object_new (CL_TYPE_WINDOW, "context", fixture->base.context, NULL);
  GtkWidget       *button = prep_sheet_button (window);
  GtkWidget       *chooser;
  g_autofree char *path = tmp_path (fixture, "Negotiation prep sheet.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(ClOffer) declined = NULL;

  gtk_window_present (GTK_WINDOW (window));
  cl_ui_wait_for (cl_ui_is_mapped, window);

  /* On the Offers page only, and ready: there are open offers. */
  show_page (window, "pipeline");
  g_assert_false (gtk_widget_get_visible (button));
  show_page (window, "offers");
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Print or Export the Prep Sheet");

  /* Export PDF… through its chooser, GTK's own with no portal running,
   * with the declined offer open in the page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-offer", "x",
                                             cl_offer_get_id (fixture->gamma)));
  cl_ui_flush ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-prep-sheet", NULL));
  cl_ui_wait_for (chooser_shown, NULL);
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  /* Typed as a whole path: GTK 4.8's chooser, told of a folder while it
   * shows, says it cannot list it when it is asked to save. */
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==,
                   "Negotiation prep sheet.pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), path);
  g_object_set_data (G_OBJECT (chooser), "want", (gpointer) path);
  cl_ui_wait_for (chooser_has_file, chooser);
  cl_ui_click (cl_ui_find_button (chooser, "_Export"));
  cl_ui_wait_for (file_written, path);
  if (cl_test_have_poppler ())
    {
      g_auto(GStrv) pages = cl_test_pdf_pages (path);
      g_autofree char *text = g_strjoinv ("\n", pages);
      const char      *chosen = strstr (text, "Gamma Robotics — Research Engineer");

      g_assert_cmpuint (g_strv_length (pages), >=, 2);
      /* The offer the page shows goes first, though it was declined. */
      g_assert_nonnull (chosen);
      g_assert_true (chosen < strstr (text, "Acme AI — Senior MLE"));
    }

  /* Without an open offer, the button says why it does nothing. */
  for (guint i = 0; i < 2; i++)
    {
      declined = cl_offer_copy (i == 0 ? fixture->acme : fixture->beta);
      g_object_set (declined, "status", CL_OFFER_STATUS_EXPIRED, NULL);
      g_assert_true (cl_offer_store_update_offer (fixture->store, declined, &error));
      g_assert_no_error (error);
      g_clear_object (&declined);
    }
  cl_ui_flush ();
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==,
                   "The prep sheet needs an offer that is received or being negotiated");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* The checks read English words, and A4 is the paper of no territory. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LC_PAPER");
  g_unsetenv ("LANG");
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    return 77;
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/sheet-printer/print-to-pdf", test_print_to_pdf);
  ADD ("/sheet-printer/letter-remembered", test_letter_remembered);
  ADD ("/sheet-printer/export-to", test_export_to);
  ADD ("/sheet-printer/selected-first", test_selected_first);
  ADD ("/sheet-printer/comparison-currency", test_comparison_currency);
  ADD ("/sheet-printer/window-actions", test_window_actions);
#undef ADD

  return g_test_run ();
}
