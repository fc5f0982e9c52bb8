/* test-prep-sheet.c — the negotiation prep sheet, written as a PDF and read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <string.h>

#include "cl-context.h"
#include "cl-money.h"
#include "cl-negotiation.h"
#include "cl-prep-sheet.h"
#include "cl-test-util.h"
#include "cl-transfer.h"

#define N_POINTS 60

typedef struct
{
  ClTestFixture base;
  ClOfferStore *store;
  ClOffer      *acme; /* USD, negotiating, with the whole plan */
  ClOffer      *beta; /* EUR, received, shares × price */
  ClOffer      *gone; /* declined: not on the sheet */
} Fixture;

static ClOffer *
add_offer (Fixture    *fixture,
           const char *company,
           const char *role,
           gint64      base,
           const char *currency)
{
  ClPipelineStore *pipeline = cl_context_get_pipeline_store (fixture->base.context);
  ClApplication   *application = cl_test_add_application (pipeline, company, role, 0);
  g_autoptr(ClOffer) offer = cl_offer_new (cl_application_get_id (application), base, currency);
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_offer_store_add_offer (fixture->store, offer, &error));
  g_assert_no_error (error);
  return offer;
}

static void
update (Fixture    *fixture,
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
  g_assert_true (cl_offer_store_update_offer (fixture->store, copy, &error));
  g_assert_no_error (error);
}

/* A point long enough to wrap, with a marker word found once. */
static char *
talking_point (guint i)
{
  return g_strdup_printf ("point-%03u: the team ships models to production every week, and my "
                          "experience running evaluation pipelines at scale lowers their risk",
                          i);
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(ClNegotiationPlan) plan = NULL;
  g_autoptr(ClNegotiationAsk) ask = NULL;
  g_autoptr(ClNegotiationAsk) level = NULL;
  g_autoptr(ClNegotiationRound) round = NULL;
  g_autoptr(ClMarketRange) range = NULL;
  g_autoptr(ClExchangeRate) rate = NULL;
  g_autoptr(GString) points = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_offer_store (fixture->base.context);

  fixture->acme = add_offer (fixture, "Acme AI", "Senior MLE", 18500000, "USD");
  update (fixture, fixture->acme, "bonus-basis-points", (gint64) 1500, "sign-on",
          (gint64) 3000000, "sign-on-year2", (gint64) 1000000, "sign-on-clawback-months", 12u,
          "equity-amount", (gint64) 40000000, "refresher-amount", (gint64) 4000000, "level", "L5",
          "status", CL_OFFER_STATUS_NEGOTIATING, "response-deadline",
          CL_TEST_NOW + 36 * 3600, NULL);
  fixture->beta = add_offer (fixture, "Beta Labs", "ML Engineer", 15000000, "EUR");
  update (fixture, fixture->beta, "equity-shares", (gint64) 1000, "share-price",
          (gint64) 1234567, "vesting", CL_VESTING_BACK_LOADED, NULL);
  fixture->gone = add_offer (fixture, "Gamma", "Research Engineer", 20000000, "USD");
  update (fixture, fixture->gone, "status", CL_OFFER_STATUS_DECLINED, NULL);

  rate = cl_exchange_rate_new ("EUR", "USD", 1085000, "2026-11-30");
  g_assert_true (cl_offer_store_add_exchange_rate (fixture->store, rate, &error));
  g_assert_no_error (error);

  range = cl_market_range_new ("Levels.fyi", "USD", CL_MARKET_COMPONENT_TOTAL);
  g_object_set (range, "role", "Senior MLE", "observed-on", "2026-11-28", "p25",
                (gint64) 22000000, "p50", (gint64) 26000000, "p75", (gint64) 30000000, "p90",
                (gint64) 36000000, NULL);
  g_assert_true (cl_offer_store_add_market_range (fixture->store, range, &error));
  g_assert_no_error (error);

  for (guint i = 1; i <= N_POINTS; i++)
    {
      g_autofree char *point = talking_point (i);

      g_string_append_printf (points, "%s\n", point);
    }
  plan = cl_negotiation_plan_new (cl_offer_get_id (fixture->acme));
  g_object_set (plan, "target-total", (gint64) 32000000, "walk-away-total", (gint64) 27000000,
                "leverage-offer-id", cl_offer_get_id (fixture->beta), "talking-points",
                points->str, NULL);
  g_assert_true (cl_offer_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);

  ask = cl_negotiation_ask_new (CL_ASK_KIND_BASE, 20000000, "match the market median");
  g_object_set (ask, "priority", CL_ASK_PRIORITY_HIGH, NULL);
  g_assert_true (cl_offer_store_add_ask (fixture->store, cl_offer_get_id (fixture->acme), ask,
                                         &error));
  g_assert_no_error (error);
  level = cl_negotiation_ask_new (CL_ASK_KIND_LEVEL, -1, "Staff (L6)");
  g_object_set (level, "priority", CL_ASK_PRIORITY_LOW, NULL);
  g_assert_true (cl_offer_store_add_ask (fixture->store, cl_offer_get_id (fixture->acme), level,
                                         &error));
  g_assert_no_error (error);

  round = cl_negotiation_round_new (CL_TEST_NOW - 86400);
  g_object_set (round, "asked", "Base of $200,000", "response", "Met halfway.", "outcome",
                CL_NEGOTIATION_OUTCOME_IMPROVED, "offered-base", (gint64) 19200000, NULL);
  g_assert_true (cl_offer_store_add_negotiation_round (
    fixture->store, cl_offer_get_id (fixture->acme), round, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_offer_get_base_salary (fixture->acme), ==, 19200000);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  cl_test_fixture_teardown (&fixture->base);
}

static char *
year_total (ClOffer *offer,
            guint    year)
{
  ClCompBreakdown breakdown;
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_offer_get_breakdown (offer, &breakdown, &error));
  g_assert_no_error (error);
  return cl_money_format (breakdown.year_totals[year], cl_offer_get_currency (offer));
}

static char *
write_sheet (Fixture    *fixture,
             const char *name,
             ClPaper     paper)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_prep_sheet_export (fixture->base.context, path, paper, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void
test_sections (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char   *text = NULL;
  static const char *expected[] = {
    "Negotiation Prep Sheet",
    "Acme AI — Senior MLE (L5)",
    "Beta Labs — ML Engineer",
    "Total compensation by year",
    "Initial → now",
    "Market range",
    "between the 75th and 90th percentile",
    "Negotiation plan",
    "Target total",
    "$320,000",
    "Walk-away point",
    "$270,000",
    "Leverage",
    "Asks",
    "match the market median",
    "Staff (L6)",
    "Talking points",
    "Negotiation log",
    "Met halfway.",
    "Answer by",
    "Comparison",
    "Converted at 1 EUR = 1.085 USD (2026-11-30).",
    "Watch out:",
    "prepared",
  };

  if (!cl_test_have_poppler ())
    return;

  path = write_sheet (fixture, "sheet.pdf", CL_PAPER_A4);
  pages = cl_test_pdf_pages (path);
  text = g_strjoinv ("\n", pages);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” is not on the sheet:\n%s", expected[i], text);

  /* Only the open offers. */
  g_assert_null (strstr (text, "Gamma"));

  /* Each offer's four yearly totals, as computed. */
  for (guint y = 0; y < CL_COMP_YEARS; y++)
    {
      g_autofree char *acme = year_total (fixture->acme, y);
      g_autofree char *beta = year_total (fixture->beta, y);

      if (strstr (text, acme) == NULL || strstr (text, beta) == NULL)
        g_error ("Year %u's totals %s and %s are not both on the sheet", y + 1, acme, beta);
    }

  /* Every talking point once, however the pages break. */
  for (guint i = 1; i <= N_POINTS; i++)
    {
      g_autofree char *marker = g_strdup_printf ("point-%03u", i);

      g_assert_cmpuint (cl_test_count_occurrences (text, marker), ==, 1);
    }
  g_assert_cmpuint (g_strv_length (pages), >=, 3);
  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", p + 1, g_strv_length (pages));

      g_assert_nonnull (strstr (pages[p], footer));
    }
}

static void
test_paper (Fixture      *fixture,
            gconstpointer data)
{
  g_autofree char *a4 = NULL;
  g_autofree char *letter = NULL;
  g_autofree char *a4_size = NULL;
  g_autofree char *letter_size = NULL;

  if (!cl_test_have_poppler ())
    return;

  a4 = write_sheet (fixture, "a4.pdf", CL_PAPER_A4);
  letter = write_sheet (fixture, "letter.pdf", CL_PAPER_LETTER);
  a4_size = cl_test_pdf_info (a4, "Page size");
  letter_size = cl_test_pdf_info (letter, "Page size");
  g_assert_cmpstr (a4_size, ==, "595.276 x 841.89 pts (A4)");
  g_assert_cmpstr (letter_size, ==, "612 x 792 pts (letter)");
}

/* Through the dispatch the command line uses: the extension chooses. */
static void
test_transfer (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, "Sheet.PDF", NULL);
  g_autofree char *size = NULL;
  g_autoptr(GError) error = NULL;
  ClTransferOptions options;

  if (!cl_test_have_poppler ())
    return;

  cl_transfer_options_init (&options);
  options.paper = CL_PAPER_LETTER;
  g_assert_true (cl_transfer_export (fixture->base.context, path, &options, &error));
  g_assert_no_error (error);
  size = cl_test_pdf_info (path, "Page size");
  g_assert_cmpstr (size, ==, "612 x 792 pts (letter)");
}

static void
test_no_offers (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, "none.pdf", NULL);
  g_autoptr(GError) error = NULL;

  update (fixture, fixture->acme, "status", CL_OFFER_STATUS_ACCEPTED, NULL);
  update (fixture, fixture->beta, "status", CL_OFFER_STATUS_EXPIRED, NULL);

  g_assert_false (cl_prep_sheet_export (fixture->base.context, path, CL_PAPER_A4, NULL, &error));
  g_assert_error (error, CL_PREP_SHEET_ERROR, CL_PREP_SHEET_ERROR_NO_OFFERS);
  g_assert_nonnull (strstr (error->message, "no offer received or being negotiated"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_unwritable (Fixture      *fixture,
                 gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, "missing", "sheet.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (cl_prep_sheet_export (fixture->base.context, path, CL_PAPER_A4, NULL, &error));
  g_assert_error (error, CL_SHEET_ERROR, CL_SHEET_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, path));
}

/* One offer: no comparison, and the check for a second offer. */
static void
test_one_offer (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(GPtrArray) offers = g_ptr_array_new ();
  g_autoptr(ClSheet) sheet = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  gboolean few = FALSE;

  update (fixture, fixture->beta, "status", CL_OFFER_STATUS_DECLINED, NULL);
  checks = cl_offer_store_check_negotiation (fixture->store, fixture->acme);
  for (guint i = 0; i < checks->len; i++)
    {
      ClNegotiationCheck *check = g_ptr_array_index (checks, i);

      few |= check->kind == CL_NEGOTIATION_CHECK_FEW_OFFERS;
      /* The leverage offer was declined, the deadline is 36 hours away. */
    }
  g_assert_true (few);
  g_assert_cmpuint (checks->len, ==, 3);

  g_ptr_array_add (offers, fixture->acme);
  sheet = cl_prep_sheet_build (fixture->base.context, offers, NULL);
  g_assert_nonnull (sheet);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/prep-sheet/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("sections", test_sections);
  ADD ("paper", test_paper);
  ADD ("transfer", test_transfer);
  ADD ("no-offers", test_no_offers);
  ADD ("unwritable", test_unwritable);
  ADD ("one-offer", test_one_offer);
#undef ADD

  return g_test_run ();
}
