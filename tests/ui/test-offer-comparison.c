/* test-offer-comparison.c — offers side by side: the table, its best marks, rates and chart
 *
 * Four offers — Acme and Cirrus in USD, Borealis in EUR, all three received
 * or being negotiated, and Dunmore in GBP, declined — and a rate of
 * 1.085 from EUR to USD.  The comparison starts with the three open offers
 * in USD, the most common currency; the table shows each figure exactly as
 * converted, marks the best of each row (both offers on a tie), says which
 * rate it used, and the chart tells the same figures.  Deleting the rate
 * brings the missing-rate message, whose button opens the rate dialog:
 * invalid input is refused beside its field and nothing is saved; a valid
 * rate brings the table back.  Fewer than two offers chosen shows an empty
 * state; a currency another offer needs without a rate asks for it; the
 * page follows an offer edited in the store; and it draws at 1280 and at
 * 360 px wide, light and dark, without warnings (screenshots are saved
 * when CAREERLENS_TEST_SHOTS names a folder).
 * Exits 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-offer-comparison"

#include "config.h"

#include <string.h>

#include "cl-exchange-rate-dialog.h"
#include "cl-money.h"
#include "cl-offer-comparison.h"
#include "cl-offers-view.h"
#include "cl-sample-generator.h"
#include "cl-stacked-bar-chart.h"
#include "cl-ui-test-util.h"
#include "cl-window.h"

#define OFFER_STAGE 5

typedef struct
{
  ClTestFixture      base;
  GtkWindow         *window;
  ClOfferComparison *view;
  ClOffer           *acme;
  ClOffer           *borealis;
  ClOffer           *cirrus;
  ClOffer           *dunmore;
} Fixture;

static ClOffer *
add_offer (Fixture      *fixture,
           const char   *company,
           const char   *currency,
           gint64        base,
           ClOfferStatus status)
{
  ClApplication *application =
    cl_ui_add_application (fixture->base.context, company, "ML Engineer", OFFER_STAGE);
  g_autoptr(ClOffer) offer = cl_offer_new (cl_application_get_id (application), base, currency);
  g_autoptr(GError) error = NULL;

  g_object_set (offer, "title", "ML Engineer", "status", status, NULL);
  g_assert_true (cl_offer_store_add_offer (cl_context_get_offer_store (fixture->base.context),
                                           offer, &error));
  g_assert_no_error (error);
  return offer; /* the store keeps it */
}

static void
update_offer (Fixture    *fixture,
              ClOffer    *offer,
              const char *first_property,
              ...)
{
  g_autoptr(ClOffer) copy = cl_offer_copy (offer);
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (copy), first_property, args);
  va_end (args);
  g_assert_true (cl_offer_store_update_offer (cl_context_get_offer_store (fixture->base.context),
                                              copy, &error));
  g_assert_no_error (error);
}

static ClExchangeRate *
add_rate (Fixture    *fixture,
          const char *from,
          const char *to,
          gint64      rate,
          const char *day)
{
  g_autoptr(ClExchangeRate) object = cl_exchange_rate_new (from, to, rate, day);
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_offer_store_add_exchange_rate (
    cl_context_get_offer_store (fixture->base.context), object, &error));
  g_assert_no_error (error);
  return object;
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  cl_ui_flush ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  cl_test_fixture_teardown (&fixture->base);
}

/* Acme: $180,000 base, 15% bonus, $20,000 sign-on, $200,000 of equity over
 * four years (standard, a 12-month cliff): $277,000 in year 1, $257,000
 * after.  Borealis: €150,000 base, a €15,000 bonus: $179,025 a year at
 * 1.085.  Cirrus: $180,000 base (Acme's: a tie), 10% bonus, $100,000 of
 * equity: $223,000 a year.  Dunmore, declined: £120,000. */
static void
add_offers (Fixture *fixture)
{
  fixture->acme = add_offer (fixture, "Acme", "USD", 18000000, CL_OFFER_STATUS_RECEIVED);
  update_offer (fixture, fixture->acme, "bonus-basis-points", (gint64) 1500, "sign-on",
                (gint64) 2000000, "equity-amount", (gint64) 20000000, NULL);
  fixture->borealis = add_offer (fixture, "Borealis", "EUR", 15000000,
                                 CL_OFFER_STATUS_NEGOTIATING);
  update_offer (fixture, fixture->borealis, "bonus-amount", (gint64) 1500000, NULL);
  fixture->cirrus = add_offer (fixture, "Cirrus", "USD", 18000000, CL_OFFER_STATUS_RECEIVED);
  update_offer (fixture, fixture->cirrus, "bonus-basis-points", (gint64) 1000, "equity-amount",
                (gint64) 10000000, NULL);
  fixture->dunmore = add_offer (fixture, "Dunmore", "GBP", 12000000, CL_OFFER_STATUS_DECLINED);
  add_rate (fixture, "EUR", "USD", 1085000, "2026-10-30");
}

static void
open_view (Fixture *fixture,
           int      width)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = CL_OFFER_COMPARISON (cl_offer_comparison_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_set_default_size (fixture->window, width, 800);
  cl_offer_comparison_set_context (fixture->view, fixture->base.context);
  gtk_window_present (fixture->window);
  cl_ui_wait_for (cl_ui_is_mapped, fixture->view);
  cl_ui_resize (fixture->window, width, 800);
}

static GtkStack *
result_stack (Fixture *fixture)
{
  g_autoptr(GPtrArray) stacks = cl_ui_find_widgets (GTK_WIDGET (fixture->view), GTK_TYPE_STACK);

  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "missing-rate") != NULL)
      return g_ptr_array_index (stacks, i);
  g_error ("no result stack");
}

static const char *
shown_page (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (result_stack (fixture));
}

static AdwStatusPage *
shown_status_page (Fixture *fixture)
{
  GtkWidget *child = gtk_stack_get_visible_child (result_stack (fixture));

  g_assert_true (ADW_IS_STATUS_PAGE (child));
  return ADW_STATUS_PAGE (child);
}

static gboolean
shows_comparison (gpointer data)
{
  Fixture *fixture = data;

  return cl_offer_comparison_get_comparison (fixture->view) != NULL &&
         g_strcmp0 (shown_page (fixture), "comparison") == 0;
}

static gboolean
shows_missing_rate (gpointer data)
{
  return g_strcmp0 (shown_page (data), "missing-rate") == 0;
}

/* The cell of @row for @column reads @text, marked best or not. */
static void
assert_cell (Fixture    *fixture,
             const char *row,
             guint       column,
             const char *text,
             gboolean    best)
{
  gboolean    is_best = !best;
  const char *shown = cl_offer_comparison_get_cell (fixture->view, row, column, &is_best, NULL);

  if (g_strcmp0 (shown, text) != 0 || is_best != best)
    g_error ("%s, column %u: “%s”%s, not “%s”%s", row, column, shown, is_best ? " (best)" : "",
             text, best ? " (best)" : "");
}

static void
assert_row (Fixture    *fixture,
            const char *row,
            const char *acme,
            gboolean    acme_best,
            const char *borealis,
            gboolean    borealis_best,
            const char *cirrus,
            gboolean    cirrus_best)
{
  assert_cell (fixture, row, 0, acme, acme_best);
  assert_cell (fixture, row, 1, borealis, borealis_best);
  assert_cell (fixture, row, 2, cirrus, cirrus_best);
}

static GtkLabel *
rates_used_label (Fixture *fixture)
{
  g_autoptr(GPtrArray) labels = cl_ui_find_widgets (GTK_WIDGET (fixture->view), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), "Converted at") != NULL)
      return g_ptr_array_index (labels, i);
  return NULL;
}

/* Renders the page; nothing is wider than the window, and the chart draws
 * its bars in the accent colour. */
static void
check_rendering (Fixture    *fixture,
                 const char *shot)
{
  GtkWidget *chart = cl_ui_find_widget (GTK_WIDGET (fixture->view), CL_TYPE_STACKED_BAR_CHART);
  int        window_width = gtk_widget_get_width (GTK_WIDGET (fixture->window));
  g_autoptr(GdkTexture) page = NULL;

  cl_ui_wait_for_frame (GTK_WIDGET (fixture->view));
  page = cl_ui_render (GTK_WIDGET (fixture->view));

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), <=, window_width);
  if (gtk_widget_get_mapped (chart))
    {
      g_autoptr(GdkTexture) texture = cl_ui_render (chart);
      GdkRGBA accent;

      g_assert_cmpint (gtk_widget_get_width (chart), <=, window_width);
      cl_chart_lookup_color (chart, "accent_bg_color", &accent);
      g_assert_cmpuint (cl_ui_count_pixels (texture, &accent), >, 200);
    }
  if (shot != NULL)
    {
      g_autofree char *whole = g_strconcat (shot, "-whole", NULL);
      /* The page's content at its full height, below the scrolling: the
       * first clamp (status pages have their own). */
      g_autoptr(GPtrArray) clamps = cl_ui_find_widgets (GTK_WIDGET (fixture->view),
                                                         ADW_TYPE_CLAMP);

      cl_ui_save_shot (GTK_WIDGET (fixture->window), shot);
      cl_ui_save_shot (g_ptr_array_index (clamps, 0), whole);
    }
}

/* Tests -------------------------------------------------------------------- */

static void
test_table (Fixture      *fixture,
            gconstpointer data)
{
  ClStackedBarChart *chart;
  const char        *description;
  const char        *spoken = NULL;
  GtkLabel          *rates;

  add_offers (fixture);
  open_view (fixture, 1280);
  cl_ui_wait_for (shows_comparison, fixture);

  /* The open offers, in the most common of their currencies. */
  g_assert_true (cl_offer_comparison_get_chosen (fixture->view, cl_offer_get_id (fixture->acme)));
  g_assert_true (cl_offer_comparison_get_chosen (fixture->view,
                                                 cl_offer_get_id (fixture->borealis)));
  g_assert_true (cl_offer_comparison_get_chosen (fixture->view, cl_offer_get_id (fixture->cirrus)));
  g_assert_false (cl_offer_comparison_get_chosen (fixture->view,
                                                  cl_offer_get_id (fixture->dunmore)));
  g_assert_cmpstr (cl_offer_comparison_get_currency (fixture->view), ==, "USD");
  g_assert_cmpuint (cl_comp_comparison_get_n_offers (cl_offer_comparison_get_comparison (
                      fixture->view)),
                    ==, 3);

  /* Exact figures, converted by the rounding rule; a tie marks both. */
  assert_row (fixture, "year1-base", "$180,000", TRUE, "$162,750", FALSE, "$180,000", TRUE);
  assert_row (fixture, "year1-bonus", "$27,000", TRUE, "$16,275", FALSE, "$18,000", FALSE);
  assert_row (fixture, "year1-sign-on", "$20,000", TRUE, "$0", FALSE, "$0", FALSE);
  assert_row (fixture, "year1-equity", "$50,000", TRUE, "$0", FALSE, "$25,000", FALSE);
  assert_row (fixture, "year1-total", "$277,000", TRUE, "$179,025", FALSE, "$223,000", FALSE);
  assert_row (fixture, "year4-total", "$257,000", TRUE, "$179,025", FALSE, "$223,000", FALSE);
  assert_row (fixture, "total", "$1,048,000", TRUE, "$716,100", FALSE, "$892,000", FALSE);
  assert_row (fixture, "average", "$262,000", TRUE, "$179,025", FALSE, "$223,000", FALSE);
  /* No offer has a sign-on bonus in year 2, nor refreshers: no such rows. */
  g_assert_null (cl_offer_comparison_get_cell (fixture->view, "year2-sign-on", 0, NULL, NULL));
  g_assert_null (cl_offer_comparison_get_cell (fixture->view, "year1-refreshers", 0, NULL, NULL));

  /* Screen readers hear the mark with the figure. */
  cl_offer_comparison_get_cell (fixture->view, "year1-base", 2, NULL, &spoken);
  g_assert_cmpstr (spoken, ==, "Cirrus, Base salary in year 1: $180,000, the best");
  cl_offer_comparison_get_cell (fixture->view, "year1-base", 1, NULL, &spoken);
  g_assert_cmpstr (spoken, ==, "Borealis, Base salary in year 1: $162,750");

  /* Which rate converted Borealis, and of which day. */
  rates = rates_used_label (fixture);
  g_assert_nonnull (rates);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (rates)));
  g_assert_nonnull (strstr (gtk_label_get_text (rates), "Borealis: "));
  g_assert_nonnull (strstr (gtk_label_get_text (rates), "1 EUR = 1.085 USD"));
  g_assert_nonnull (strstr (gtk_label_get_text (rates), "2026-10-30"));

  /* The chart says the same figures. */
  chart = cl_ui_find_widget (GTK_WIDGET (fixture->view), CL_TYPE_STACKED_BAR_CHART);
  g_assert_cmpuint (cl_stacked_bar_chart_get_n_groups (chart), ==, 3);
  description = cl_stacked_bar_chart_get_description (chart);
  g_test_message ("%s", description);
  g_assert_true (g_str_has_prefix (description, "Acme: Year 1 $277,000 (Base salary $180,000, "
                                                "Bonus $27,000, Sign-on bonus $20,000, Equity "
                                                "$50,000); Year 2 $257,000 "));
  g_assert_nonnull (strstr (description, " Borealis: Year 1 $179,025 (Base salary $162,750, "
                                         "Bonus $16,275); "));

  check_rendering (fixture, "offer-comparison-1280");
  cl_ui_resize (fixture->window, 360, 800);
  check_rendering (fixture, "offer-comparison-360");
}

/* In euros, the dollar offers go through the inverse of the one rate. */
static void
test_currency (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *acme_base = NULL;
  g_autofree char *cirrus_bonus = NULL;

  add_offers (fixture);
  open_view (fixture, 1280);
  cl_ui_wait_for (shows_comparison, fixture);

  cl_offer_comparison_set_currency (fixture->view, "EUR");
  g_assert_cmpstr (cl_offer_comparison_get_currency (fixture->view), ==, "EUR");
  g_assert_true (shows_comparison (fixture));
  acme_base = cl_money_format (cl_money_portion (18000000, CL_RATE_SCALE, 1085000, 1), "EUR");
  cirrus_bonus = cl_money_format (cl_money_portion (1800000, CL_RATE_SCALE, 1085000, 1), "EUR");
  g_assert_cmpstr (acme_base, ==, "€165,898.62");
  assert_row (fixture, "year1-base", acme_base, TRUE, "€150,000", FALSE, acme_base, TRUE);
  assert_cell (fixture, "year1-bonus", 2, cirrus_bonus, FALSE);

  /* A currency none of the chosen offers is in is refused. */
  cl_offer_comparison_set_currency (fixture->view, "GBP");
  g_assert_cmpstr (cl_offer_comparison_get_currency (fixture->view), ==, "USD");
}

typedef struct
{
  Fixture *fixture;
  guint    n_rates;
} RateCount;

static ClExchangeRateDialog *
find_rate_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (CL_IS_EXCHANGE_RATE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return CL_EXCHANGE_RATE_DIALOG (window);
    }
  return NULL;
}

static gboolean
has_rate_dialog (gpointer data)
{
  ClExchangeRateDialog *dialog = find_rate_dialog ();

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

static gboolean
no_rate_dialog (gpointer data)
{
  return find_rate_dialog () == NULL;
}

static const char *
field_text (ClExchangeRateDialog *dialog,
            const char           *title)
{
  return gtk_editable_get_text (
    GTK_EDITABLE (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title)));
}

static void
type_into (ClExchangeRateDialog *dialog,
           const char           *title,
           const char           *text)
{
  gtk_editable_set_text (
    GTK_EDITABLE (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title)), text);
}

/* The messages shown below the fields. */
static char *
shown_messages (ClExchangeRateDialog *dialog)
{
  g_autoptr(GPtrArray) labels = cl_ui_find_widgets (GTK_WIDGET (dialog), GTK_TYPE_LABEL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_has_css_class (label, "error") && gtk_widget_is_visible (label))
        {
          if (text->len > 0)
            g_string_append_c (text, '|');
          g_string_append (text, gtk_label_get_text (GTK_LABEL (label)));
        }
    }
  return g_string_free (text, FALSE);
}

static guint
n_rates (Fixture *fixture)
{
  return g_list_model_get_n_items (
    cl_offer_store_get_exchange_rates (cl_context_get_offer_store (fixture->base.context)));
}

/* No rate: the message says which is missing, and its button adds it
 * through the dialog — after refusing what is not a rate. */
static void
test_missing_rate (Fixture      *fixture,
                   gconstpointer data)
{
  ClOfferStore *store = cl_context_get_offer_store (fixture->base.context);
  g_autoptr(GError) error = NULL;
  ClExchangeRateDialog *dialog;
  AdwStatusPage        *page;
  g_autofree char      *messages = NULL;

  add_offers (fixture);
  open_view (fixture, 1280);
  cl_ui_wait_for (shows_comparison, fixture);

  g_assert_true (cl_offer_store_delete_exchange_rate (
    store, cl_offer_store_find_exchange_rate (store, "EUR", "USD"), &error));
  g_assert_no_error (error);
  cl_ui_wait_for (shows_missing_rate, fixture);
  g_assert_null (cl_offer_comparison_get_comparison (fixture->view));
  page = shown_status_page (fixture);
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "An Exchange Rate Is Missing");
  g_test_message ("%s", adw_status_page_get_description (page));
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "EUR"));
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "USD"));
  check_rendering (fixture, "offer-comparison-missing-rate");

  cl_ui_activate (cl_ui_find_button (GTK_WIDGET (page), "_Add Exchange Rate…"));
  cl_ui_wait_for (has_rate_dialog, NULL);
  dialog = find_rate_dialog ();
  /* The pair that is missing, and the day of the clock. */
  g_assert_cmpstr (field_text (dialog, "_From"), ==, "EUR");
  g_assert_cmpstr (field_text (dialog, "_To"), ==, "USD");
  g_assert_cmpstr (field_text (dialog, "_Day Seen"), ==, "2026-11-01");
  g_assert_cmpstr (field_text (dialog, "_Rate"), ==, "");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));

  /* What is not a rate, or not a currency, is said beside it; nothing can
   * be saved. */
  type_into (dialog, "_Rate", "1.0x5");
  messages = shown_messages (dialog);
  g_test_message ("%s", messages);
  cl_ui_wait_for_frame (GTK_WIDGET (dialog));
  cl_ui_save_shot (GTK_WIDGET (dialog), "exchange-rate-dialog-invalid");
  g_assert_cmpstr (messages, !=, "");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_free (messages);
  type_into (dialog, "_Rate", "0");
  messages = shown_messages (dialog);
  g_assert_cmpstr (messages, !=, "");
  g_free (messages);
  type_into (dialog, "_Rate", "1.0851234");
  messages = shown_messages (dialog);
  g_assert_cmpstr (messages, !=, "");
  g_free (messages);
  type_into (dialog, "_Rate", "1.085");
  type_into (dialog, "_To", "EU");
  messages = shown_messages (dialog);
  /* Not wrong yet while it is being typed. */
  g_assert_cmpstr (messages, ==, "");
  g_free (messages);
  type_into (dialog, "_To", "EUR");
  messages = shown_messages (dialog);
  g_assert_nonnull (strstr (messages, "EUR"));
  g_free (messages);
  type_into (dialog, "_To", "XYZ");
  messages = shown_messages (dialog);
  g_assert_cmpstr (messages, !=, "");
  g_free (messages);
  type_into (dialog, "_Day Seen", "2026-02-30");
  messages = shown_messages (dialog);
  g_assert_nonnull (strstr (messages, "|"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_cmpuint (n_rates (fixture), ==, 0);
  g_assert_true (shows_missing_rate (fixture));

  /* Corrected: Save saves, and the table is back. */
  type_into (dialog, "_To", "usd");
  type_into (dialog, "_Day Seen", "2026-10-31");
  g_free (messages);
  messages = shown_messages (dialog);
  g_assert_cmpstr (messages, ==, "");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  cl_ui_wait_for (no_rate_dialog, NULL);
  g_assert_cmpuint (n_rates (fixture), ==, 1);
  g_assert_cmpstr (cl_exchange_rate_get_to_currency (
                     cl_offer_store_find_exchange_rate (store, "EUR", "USD")),
                   ==, "USD");
  cl_ui_wait_for (shows_comparison, fixture);
  assert_row (fixture, "year1-base", "$180,000", TRUE, "$162,750", FALSE, "$180,000", TRUE);
  g_assert_nonnull (strstr (gtk_label_get_text (rates_used_label (fixture)), "2026-10-31"));
}

/* Fewer than two offers chosen: an empty state, the checks still there to
 * choose again; a declined offer chosen in another currency asks its rate. */
static void
test_selection (Fixture      *fixture,
                gconstpointer data)
{
  AdwStatusPage *page;

  add_offers (fixture);
  open_view (fixture, 1280);
  cl_ui_wait_for (shows_comparison, fixture);

  cl_offer_comparison_set_chosen (fixture->view, cl_offer_get_id (fixture->acme), FALSE);
  g_assert_true (shows_comparison (fixture));
  g_assert_cmpuint (cl_comp_comparison_get_n_offers (cl_offer_comparison_get_comparison (
                      fixture->view)),
                    ==, 2);
  assert_cell (fixture, "year1-base", 0, "$162,750", FALSE);
  assert_cell (fixture, "year1-base", 1, "$180,000", TRUE);

  cl_offer_comparison_set_chosen (fixture->view, cl_offer_get_id (fixture->cirrus), FALSE);
  g_assert_cmpstr (shown_page (fixture), ==, "empty");
  g_assert_null (cl_offer_comparison_get_comparison (fixture->view));
  page = shown_status_page (fixture);
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "Choose Two or More Offers");
  g_assert_cmpuint (cl_stacked_bar_chart_get_n_groups (
                      cl_ui_find_widget (GTK_WIDGET (fixture->view), CL_TYPE_STACKED_BAR_CHART)),
                    ==, 0);
  check_rendering (fixture, NULL);

  /* Borealis and the declined Dunmore: EUR and GBP, one each; the first is
   * the default, and GBP has no rate to it. */
  cl_offer_comparison_set_chosen (fixture->view, cl_offer_get_id (fixture->dunmore), TRUE);
  g_assert_cmpstr (cl_offer_comparison_get_currency (fixture->view), ==, "EUR");
  g_assert_cmpstr (shown_page (fixture), ==, "missing-rate");
  g_assert_nonnull (strstr (adw_status_page_get_description (shown_status_page (fixture)),
                            "GBP"));

  /* The user's choices stay while the offers change. */
  update_offer (fixture, fixture->acme, "base-salary", (gint64) 19000000, NULL);
  cl_ui_flush ();
  g_assert_false (cl_offer_comparison_get_chosen (fixture->view, cl_offer_get_id (fixture->acme)));
  g_assert_true (cl_offer_comparison_get_chosen (fixture->view,
                                                 cl_offer_get_id (fixture->dunmore)));
}

static gboolean
shows_new_base (gpointer data)
{
  Fixture *fixture = data;

  return g_strcmp0 (cl_offer_comparison_get_cell (fixture->view, "year1-base", 2, NULL, NULL),
                    "$190,000") == 0;
}

/* Edits in the store reach the table, without reopening anything. */
static void
test_follows_changes (Fixture      *fixture,
                      gconstpointer data)
{
  add_offers (fixture);
  open_view (fixture, 1280);
  cl_ui_wait_for (shows_comparison, fixture);

  update_offer (fixture, fixture->cirrus, "base-salary", (gint64) 19000000, NULL);
  cl_ui_wait_for (shows_new_base, fixture);
  /* No longer a tie. */
  assert_row (fixture, "year1-base", "$180,000", FALSE, "$162,750", FALSE, "$190,000", TRUE);

  /* A newer rate is used. */
  add_rate (fixture, "EUR", "USD", 1100000, "2026-10-31");
  cl_ui_flush ();
  cl_ui_wait_for (shows_comparison, fixture);
  assert_cell (fixture, "year1-base", 1, "$165,000", FALSE);

  /* A new open offer is chosen at once. */
  add_offer (fixture, "Eastwind", "USD", 10000000, CL_OFFER_STATUS_RECEIVED);
  cl_ui_flush ();
  cl_ui_wait_for (shows_comparison, fixture);
  g_assert_cmpuint (cl_comp_comparison_get_n_offers (cl_offer_comparison_get_comparison (
                      fixture->view)),
                    ==, 4);
  assert_cell (fixture, "year1-base", 3, "$100,000", FALSE);
}

/* No offers, then one: nothing to compare, and the page says why. */
static void
test_too_few_offers (Fixture      *fixture,
                     gconstpointer data)
{
  open_view (fixture, 1280);
  g_assert_cmpstr (shown_page (fixture), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (shown_status_page (fixture)), ==,
                   "Not Enough Offers to Compare");
  check_rendering (fixture, NULL);
  add_offer (fixture, "Acme", "USD", 18000000, CL_OFFER_STATUS_RECEIVED);
  cl_ui_flush ();
  g_assert_cmpstr (shown_page (fixture), ==, "empty");
  cl_ui_resize (fixture->window, 360, 800);
  check_rendering (fixture, NULL);
}

static GtkWidget *
find_compare_button (GtkWidget *root)
{
  g_autoptr(GPtrArray) toggles = cl_ui_find_widgets (root, GTK_TYPE_TOGGLE_BUTTON);

  for (guint i = 0; i < toggles->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (toggles, i)),
                   "win.compare-offers") == 0)
      return g_ptr_array_index (toggles, i);
  g_error ("no Compare Offers button");
}

static gboolean
has_comparison_widget (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GPtrArray) found = cl_ui_find_widgets (GTK_WIDGET (fixture->window),
                                                    CL_TYPE_OFFER_COMPARISON);

  fixture->view = found->len == 1 ? g_ptr_array_index (found, 0) : NULL;
  return fixture->view != NULL && gtk_widget_get_mapped (GTK_WIDGET (fixture->view));
}

static gboolean
transition_over (gpointer stack)
{
  return !gtk_stack_get_transition_running (stack);
}

/* In the window: the Offers page's header has a Compare toggle, which
 * shows the offers side by side instead of the list, and back. */
static void
test_window (Fixture      *fixture,
             gconstpointer data)
{
  ClOffersView *offers;
  AdwViewStack *pages;
  GtkWidget    *button;

  add_offers (fixture);
  fixture->window = g_object_new (CL_TYPE_WINDOW, "context", fixture->base.context, NULL);
  gtk_window_set_default_size (fixture->window, 1280, 800);
  gtk_window_present (fixture->window);
  pages = cl_ui_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK);
  offers = cl_ui_find_widget (GTK_WIDGET (fixture->window), CL_TYPE_OFFERS_VIEW);
  button = find_compare_button (GTK_WIDGET (fixture->window));

  adw_view_stack_set_visible_child_name (pages, "pipeline");
  g_assert_false (gtk_widget_get_visible (button));
  adw_view_stack_set_visible_child_name (pages, "offers");
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_false (cl_offers_view_get_comparing (offers));

  cl_ui_activate (GTK_BUTTON (button));
  g_assert_true (cl_offers_view_get_comparing (offers));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  cl_ui_wait_for (has_comparison_widget, fixture);
  cl_ui_wait_for (shows_comparison, fixture);
  assert_row (fixture, "year1-base", "$180,000", TRUE, "$162,750", FALSE, "$180,000", TRUE);
  cl_ui_wait_for (transition_over, gtk_widget_get_parent (GTK_WIDGET (fixture->view)));
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->view));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "window-compare-1280");

  cl_ui_activate (GTK_BUTTON (button));
  g_assert_false (cl_offers_view_get_comparing (offers));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (
                     GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (fixture->view)))),
                   ==, "offers");
}

/* The sample search (with the rates its offers need), light and dark, wide
 * and narrow. */
static void
test_sample (Fixture      *fixture,
             gconstpointer data)
{
  ClSampleOptions  options = { .n_applications = 300, .n_contacts = 10, .seed = 7 };
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_sample_generate (fixture->base.context, &options, NULL, &error));
  g_assert_no_error (error);

  open_view (fixture, 1280);
  cl_ui_wait_for (shows_comparison, fixture);
  g_test_message ("%u offers compared in %s",
                  cl_comp_comparison_get_n_offers (cl_offer_comparison_get_comparison (
                    fixture->view)),
                  cl_offer_comparison_get_currency (fixture->view));
  check_rendering (fixture, "sample-1280-light");
  cl_ui_resize (fixture->window, 360, 800);
  check_rendering (fixture, "sample-360-light");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  cl_ui_flush ();
  check_rendering (fixture, "sample-360-dark");
  cl_ui_resize (fixture->window, 1280, 800);
  check_rendering (fixture, "sample-1280-dark");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    return 77;
  adw_init ();
  {
    /* The app's style, as AdwApplication loads it: the marks are bold. */
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/offer-comparison/table", test_table);
  ADD ("/offer-comparison/currency", test_currency);
  ADD ("/offer-comparison/missing-rate", test_missing_rate);
  ADD ("/offer-comparison/selection", test_selection);
  ADD ("/offer-comparison/follows-changes", test_follows_changes);
  ADD ("/offer-comparison/too-few-offers", test_too_few_offers);
  ADD ("/offer-comparison/window", test_window);
  ADD ("/offer-comparison/sample", test_sample);
#undef ADD

  return g_test_run ();
}
