/* test-offer-store.c — offers: fields, validation, copies, rollbacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-context.h"
#include "cl-test-util.h"

typedef struct
{
  ClTestFixture    base;
  ClOfferStore    *store;
  ClPipelineStore *pipeline;
  gint64           application_id;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  ClApplication *application;

  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_offer_store (fixture->base.context);
  fixture->pipeline = cl_context_get_pipeline_store (fixture->base.context);
  application = cl_test_add_application (fixture->pipeline, "Acme AI", "Senior MLE", 0);
  fixture->application_id = cl_application_get_id (application);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  cl_test_fixture_teardown (&fixture->base);
}

static ClOffer *
add (Fixture *fixture,
     gint64   base_salary)
{
  g_autoptr(ClOffer) offer = cl_offer_new (fixture->application_id, base_salary, "EUR");
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_offer_store_add_offer (fixture->store, offer, &error));
  g_assert_no_error (error);
  return offer; /* owned by the store now */
}

/* Saves an edited copy, which must succeed. */
static void
save (Fixture *fixture,
      ClOffer *copy)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_offer_store_update_offer (fixture->store, copy, &error));
  g_assert_no_error (error);
}

static const char offer_sql[] =
  "SELECT base_salary, currency, bonus_basis_points, sign_on, sign_on_clawback_months,"
  " equity_amount, vesting, vesting_years, cliff_months, level, title, start_date,"
  " response_deadline, status, received_at, notes FROM offers ORDER BY id";

static void
test_add (Fixture      *fixture,
          gconstpointer data)
{
  GListModel *offers = cl_offer_store_get_offers (fixture->store);
  g_autoptr(ClOffer) full = cl_offer_new (fixture->application_id, 185000, "USD");
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *expected = NULL;
  ClOffer         *plain;

  g_assert_true (g_list_model_get_item_type (offers) == CL_TYPE_OFFER);

  /* Defaults: nothing optional, standard 4-year vesting with a 1-year cliff. */
  plain = add (fixture, 120000);
  g_assert_cmpint (cl_offer_get_id (plain), >, 0);
  g_assert_cmpint (cl_offer_get_received_at (plain), ==, CL_TEST_NOW);
  g_assert_cmpint (cl_offer_get_bonus_basis_points (plain), ==, -1);
  g_assert_cmpint (cl_offer_get_sign_on (plain), ==, -1);
  g_assert_cmpint (cl_offer_get_equity_amount (plain), ==, -1);
  g_assert_cmpuint (cl_offer_get_vesting_years (plain), ==, 4);
  g_assert_cmpuint (cl_offer_get_cliff_months (plain), ==, 12);
  g_assert_cmpint (cl_offer_get_status (plain), ==, CL_OFFER_STATUS_RECEIVED);
  g_assert_true (cl_offer_store_find_offer (fixture->store, cl_offer_get_id (plain)) == plain);

  g_object_set (full,
                "bonus-basis-points", (gint64) 1500,
                "sign-on", (gint64) 30000,
                "sign-on-clawback-months", 12u,
                "equity-amount", (gint64) 400000,
                "vesting", CL_VESTING_BACK_LOADED,
                "vesting-years", 4u,
                "cliff-months", 0u,
                "level", "L5",
                "title", "Senior Machine Learning Engineer",
                "start-date", "2027-01-04",
                "response-deadline", CL_TEST_NOW + 7 * 86400,
                "status", CL_OFFER_STATUS_NEGOTIATING,
                "received-at", CL_TEST_NOW - 86400,
                "notes", "Recruiter hinted at room on equity",
                NULL);
  g_assert_true (cl_offer_store_add_offer (fixture->store, full, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_offer_get_received_at (full), ==, CL_TEST_NOW - 86400);

  rows = cl_test_query_text (fixture->base.database, offer_sql);
  expected = g_strdup_printf (
    "120000|EUR|NULL|NULL|NULL|NULL|standard|4|12|NULL|NULL|NULL|NULL|received|%" G_GINT64_FORMAT
    "|NULL\n"
    "185000|USD|1500|30000|12|400000|back-loaded|4|0|L5|Senior Machine Learning"
    " Engineer|2027-01-04|%" G_GINT64_FORMAT "|negotiating|%" G_GINT64_FORMAT
    "|Recruiter hinted at room on equity\n",
    CL_TEST_NOW, CL_TEST_NOW + 7 * 86400, CL_TEST_NOW - 86400);
  g_assert_cmpstr (rows, ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 2);

  /* Every field comes back on reload. */
  {
    g_autoptr(ClContext) again_context = cl_test_fixture_reload (&fixture->base);
    ClOfferStore *again = cl_context_get_offer_store (again_context);
    ClOffer      *back;

    back = cl_offer_store_find_offer (again, cl_offer_get_id (full));
    g_assert_nonnull (back);
    g_assert_cmpint (cl_offer_get_application_id (back), ==, fixture->application_id);
    g_assert_cmpint (cl_offer_get_base_salary (back), ==, 185000);
    g_assert_cmpstr (cl_offer_get_currency (back), ==, "USD");
    g_assert_cmpint (cl_offer_get_bonus_basis_points (back), ==, 1500);
    g_assert_cmpint (cl_offer_get_sign_on (back), ==, 30000);
    g_assert_cmpuint (cl_offer_get_sign_on_clawback_months (back), ==, 12);
    g_assert_cmpint (cl_offer_get_equity_amount (back), ==, 400000);
    g_assert_cmpint (cl_offer_get_vesting (back), ==, CL_VESTING_BACK_LOADED);
    g_assert_cmpuint (cl_offer_get_vesting_years (back), ==, 4);
    g_assert_cmpuint (cl_offer_get_cliff_months (back), ==, 0);
    g_assert_cmpstr (cl_offer_get_level (back), ==, "L5");
    g_assert_cmpstr (cl_offer_get_title (back), ==, "Senior Machine Learning Engineer");
    g_assert_cmpstr (cl_offer_get_start_date (back), ==, "2027-01-04");
    g_assert_cmpint (cl_offer_get_response_deadline (back), ==, CL_TEST_NOW + 7 * 86400);
    g_assert_cmpint (cl_offer_get_status (back), ==, CL_OFFER_STATUS_NEGOTIATING);
    g_assert_cmpint (cl_offer_get_received_at (back), ==, CL_TEST_NOW - 86400);
    g_assert_cmpstr (cl_offer_get_notes (back), ==, "Recruiter hinted at room on equity");

    back = cl_offer_store_find_offer (again, cl_offer_get_id (plain));
    g_assert_cmpint (cl_offer_get_bonus_basis_points (back), ==, -1);
    g_assert_cmpint (cl_offer_get_sign_on (back), ==, -1);
    g_assert_cmpint (cl_offer_get_equity_amount (back), ==, -1);
    g_assert_cmpint (cl_offer_get_response_deadline (back), ==, 0);
    g_assert_null (cl_offer_get_start_date (back));
  }
}

typedef struct
{
  const char       *property;
  GType             type;
  gint64            number;
  double            real;
  const char       *text;
  ClValidationError code;
} BadField;

static void
test_invalid (Fixture      *fixture,
              gconstpointer data)
{
  /* Validation errors are CL_VALIDATION_ERROR now (no longer
   * CL_DATABASE_ERROR_INVALID), with a code and the field they are about.
   * The application is a read-only property: its case is below. */
  static const BadField cases[] = {
    { "base-salary", G_TYPE_INT64, -1, 0, NULL, CL_VALIDATION_ERROR_OUT_OF_RANGE },
    { "currency", G_TYPE_STRING, 0, 0, NULL, CL_VALIDATION_ERROR_REQUIRED },
    { "currency", G_TYPE_STRING, 0, 0, "  ", CL_VALIDATION_ERROR_REQUIRED },
    { "currency", G_TYPE_STRING, 0, 0, "EURO", CL_VALIDATION_ERROR_FORMAT },
    { "currency", G_TYPE_STRING, 0, 0, "E1R", CL_VALIDATION_ERROR_FORMAT },
    { "currency", G_TYPE_STRING, 0, 0, "US", CL_VALIDATION_ERROR_FORMAT },
    { "bonus-basis-points", G_TYPE_INT64, -5, 0, NULL, CL_VALIDATION_ERROR_OUT_OF_RANGE },
    { "bonus-basis-points", G_TYPE_INT64, 10001, 0, NULL, CL_VALIDATION_ERROR_OUT_OF_RANGE },
    { "sign-on", G_TYPE_INT64, -100, 0, NULL, CL_VALIDATION_ERROR_OUT_OF_RANGE },
    { "equity-amount", G_TYPE_INT64, -2, 0, NULL, CL_VALIDATION_ERROR_OUT_OF_RANGE },
    { "vesting-years", G_TYPE_UINT, 0, 0, NULL, CL_VALIDATION_ERROR_OUT_OF_RANGE },
    { "vesting-years", G_TYPE_UINT, 11, 0, NULL, CL_VALIDATION_ERROR_OUT_OF_RANGE },
    { "cliff-months", G_TYPE_UINT, 61, 0, NULL, CL_VALIDATION_ERROR_OUT_OF_RANGE },
    { "sign-on-clawback-months", G_TYPE_UINT, 500, 0, NULL, CL_VALIDATION_ERROR_OUT_OF_RANGE },
    { "start-date", G_TYPE_STRING, 0, 0, "next Monday", CL_VALIDATION_ERROR_FORMAT },
    { "start-date", G_TYPE_STRING, 0, 0, "2027-02-29", CL_VALIDATION_ERROR_FORMAT },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = cl_test_dump_database (fixture->base.database);
  g_autofree char *after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ClOffer) offer = cl_offer_new (fixture->application_id, 100000, "EUR");

      switch (cases[i].type)
        {
        case G_TYPE_INT64: g_object_set (offer, cases[i].property, cases[i].number, NULL); break;
        case G_TYPE_UINT:
          g_object_set (offer, cases[i].property, (guint) cases[i].number, NULL);
          break;
        case G_TYPE_DOUBLE: g_object_set (offer, cases[i].property, cases[i].real, NULL); break;
        default: g_object_set (offer, cases[i].property, cases[i].text, NULL); break;
        }

      g_assert_false (cl_model_validate (CL_MODEL (offer), NULL));
      g_assert_false (cl_offer_store_add_offer (fixture->store, offer, &error));
      if (!g_error_matches (error, CL_VALIDATION_ERROR, (gint) cases[i].code) ||
          g_strcmp0 (cl_validation_error_get_field (error), cases[i].property) != 0)
        g_error ("%s: expected validation error %d about it, got “%s” about %s", cases[i].property,
                 cases[i].code, error->message, cl_validation_error_get_field (error));
      g_clear_error (&error);
    }

  /* No application (set by the constructor only). */
  {
    g_autoptr(ClOffer) offer = cl_offer_new (0, 100000, "EUR");

    g_assert_false (cl_offer_store_add_offer (fixture->store, offer, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "application-id");
    g_clear_error (&error);
  }

  /* A cliff longer than the vesting: each fine alone, wrong together. */
  {
    g_autoptr(ClOffer) offer = cl_offer_new (fixture->application_id, 100000, "EUR");

    g_object_set (offer, "vesting-years", 1u, "cliff-months", 24u, NULL);
    g_assert_false (cl_offer_store_add_offer (fixture->store, offer, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_INCONSISTENT);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "cliff-months");
    g_clear_error (&error);
  }

  /* A currency in small letters is no longer refused: it is saved in capitals
   * (normalized before it is checked).  Checked only here, not saved. */
  {
    g_autoptr(ClOffer) offer = cl_offer_new (fixture->application_id, 100000, " usd ");

    g_assert_true (cl_model_validate (CL_MODEL (offer), NULL));
  }

  /* Validation comes before any SQL: even a file that cannot be written
   * says what is wrong with the offer. */
  {
    g_autoptr(ClOffer) offer = cl_offer_new (fixture->application_id, -5, "EUR");

    cl_test_set_read_only (fixture->base.database);
    g_assert_false (cl_offer_store_add_offer (fixture->store, offer, &error));
    cl_test_heal (fixture->base.database);
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
    g_clear_error (&error);
  }

  /* An application that does not exist. */
  {
    g_autoptr(ClOffer) offer = cl_offer_new (999, 100000, "EUR");

    g_assert_false (cl_offer_store_add_offer (fixture->store, offer, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_assert_cmpint (cl_offer_get_id (offer), ==, 0);
    g_clear_error (&error);
  }

  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (g_list_model_get_n_items (cl_offer_store_get_offers (fixture->store)), ==, 0);
}

static void
test_update (Fixture      *fixture,
             gconstpointer data)
{
  ClOffer *offer = add (fixture, 120000);
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;

  {
    g_autoptr(ClOffer) copy = cl_offer_copy (offer);

    g_object_set (copy,
                  "base-salary", (gint64) 130000,
                  "status", CL_OFFER_STATUS_ACCEPTED,
                  "bonus-basis-points", (gint64) 1000,
                  NULL);
    save (fixture, copy);
    g_assert_cmpint (cl_offer_get_base_salary (offer), ==, 130000);
    g_assert_cmpint (cl_offer_get_bonus_basis_points (offer), ==, 1000);

    g_object_set (copy, "bonus-basis-points", (gint64) -1, NULL);
    save (fixture, copy);
    g_assert_cmpint (cl_offer_get_bonus_basis_points (offer), ==, -1);
  }

  rows = cl_test_query_text (fixture->base.database,
                             "SELECT base_salary, status, bonus_basis_points FROM offers");
  g_assert_cmpstr (rows, ==, "130000|accepted|NULL\n");

  {
    g_autoptr(ClOffer) copy = cl_offer_copy (offer);

    g_object_set (copy, "cliff-months", 99u, NULL);
    g_assert_false (cl_offer_store_update_offer (fixture->store, copy, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "cliff-months");
    g_clear_error (&error);
    g_assert_cmpuint (cl_offer_get_cliff_months (offer), ==, 12);
  }

  {
    g_autoptr(ClOffer) stranger = cl_offer_new (fixture->application_id, 1, "EUR");

    g_assert_false (cl_offer_store_update_offer (fixture->store, stranger, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  }
}

static void
test_delete (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(ClOffer) a = g_object_ref (add (fixture, 100000));
  ClOffer *b = add (fixture, 110000);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64           a_id = cl_offer_get_id (a);

  sql = g_strdup_printf (
    "INSERT INTO vesting_years (offer_id, year, basis_points)"
    " VALUES (%" G_GINT64_FORMAT ", 1, 4000);"
    "INSERT INTO negotiation_plans (offer_id, target_total) VALUES (%" G_GINT64_FORMAT ", 250000)",
    a_id, a_id);
  g_assert_cmpint (cl_test_exec (fixture->base.database, sql), ==, SQLITE_OK);

  g_assert_true (cl_offer_store_delete_offer (fixture->store, a, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (cl_offer_store_find_offer (fixture->store, a_id));
  g_assert_cmpuint (g_list_model_get_n_items (cl_offer_store_get_offers (fixture->store)), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM offers"),
                   ==, 1);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM vesting_years"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM negotiation_plans"),
                   ==, 0);

  g_assert_false (cl_offer_store_delete_offer (fixture->store, a, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (cl_offer_store_delete_offer (fixture->store, b, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (cl_offer_store_get_offers (fixture->store)), ==, 0);
}

/* Undo puts a deleted offer back exactly: its row, its vesting years and its
 * plan, and the market range linked to it. */
static void
test_undo_delete (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr(ClOffer) a = g_object_ref (add (fixture, 100000));
  gint64 a_id = cl_offer_get_id (a);
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char   *sql = NULL;
  g_autofree char   *before = NULL;
  g_autofree char   *gone = NULL;
  g_autofree char   *after = NULL;
  ClOffer           *back;
  static const char *dump = "SELECT group_concat(row, '|') FROM ("
                            " SELECT 'o' || id || ',' || base_salary || ',' || currency AS row"
                            " FROM offers"
                            " UNION ALL SELECT 'v' || offer_id || ',' || year || ','"
                            " || basis_points FROM vesting_years"
                            " UNION ALL SELECT 'p' || offer_id || ',' || target_total"
                            " FROM negotiation_plans"
                            " UNION ALL SELECT 'm' || id || ',' || ifnull(offer_id, 'none')"
                            " FROM market_ranges ORDER BY 1)";

  sql = g_strdup_printf (
    "INSERT INTO vesting_years (offer_id, year, basis_points)"
    " VALUES (%" G_GINT64_FORMAT ", 1, 4000);"
    "INSERT INTO negotiation_plans (offer_id, target_total) VALUES (%" G_GINT64_FORMAT ", 250000);"
    "INSERT INTO market_ranges (source, currency, component, p25, p50, p75, p90, offer_id)"
    " VALUES ('Levels.fyi', 'USD', 'total', 1, 2, 3, 4, %" G_GINT64_FORMAT ")",
    a_id, a_id, a_id);
  g_assert_cmpint (cl_test_exec (fixture->base.database, sql), ==, SQLITE_OK);
  before = cl_test_query_text (fixture->base.database, dump);

  g_assert_true (cl_offer_store_delete_offer (fixture->store, a, &deletion, &error));
  g_assert_no_error (error);
  g_assert_nonnull (deletion);
  g_assert_null (cl_offer_store_find_offer (fixture->store, a_id));
  gone = cl_test_query_text (fixture->base.database, dump);
  g_assert_cmpstr (gone, !=, before);

  g_assert_true (cl_offer_store_undo_delete (fixture->store, deletion, &error));
  g_assert_no_error (error);
  after = cl_test_query_text (fixture->base.database, dump);
  g_assert_cmpstr (after, ==, before);
  back = cl_offer_store_find_offer (fixture->store, a_id);
  g_assert_nonnull (back);
  g_assert_cmpint (cl_offer_get_base_salary (back), ==, 100000);
  g_assert_cmpuint (g_list_model_get_n_items (cl_offer_store_get_offers (fixture->store)), ==, 1);
}

static const char *
or_null (const char *text)
{
  return text != NULL ? text : "NULL";
}

/* Every field of every offer of the store, and the card's next date. */
static char *
models_dump (Fixture *fixture)
{
  GListModel    *offers = cl_offer_store_get_offers (fixture->store);
  ClApplication *card =
    cl_pipeline_store_find_application (fixture->pipeline, fixture->application_id);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (offers); i++)
    {
      g_autoptr(ClOffer) offer = g_list_model_get_item (offers, i);

      g_string_append_printf (out,
                              "%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT
                              "|%s|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%u|%" G_GINT64_FORMAT
                              "|%d|%u|%u|%s|%s|%s|%" G_GINT64_FORMAT "|%d|%" G_GINT64_FORMAT
                              "|%s\n",
                              cl_offer_get_id (offer), cl_offer_get_application_id (offer),
                              cl_offer_get_base_salary (offer),
                              or_null (cl_offer_get_currency (offer)),
                              cl_offer_get_bonus_basis_points (offer), cl_offer_get_sign_on (offer),
                              cl_offer_get_sign_on_clawback_months (offer),
                              cl_offer_get_equity_amount (offer),
                              (int) cl_offer_get_vesting (offer),
                              cl_offer_get_vesting_years (offer), cl_offer_get_cliff_months (offer),
                              or_null (cl_offer_get_level (offer)),
                              or_null (cl_offer_get_title (offer)),
                              or_null (cl_offer_get_start_date (offer)),
                              cl_offer_get_response_deadline (offer),
                              (int) cl_offer_get_status (offer), cl_offer_get_received_at (offer),
                              or_null (cl_offer_get_notes (offer)));
    }
  g_string_append_printf (out, "card next %" G_GINT64_FORMAT " %d\n",
                          cl_application_get_next_at (card),
                          (int) cl_application_get_next_kind (card));
  return g_string_free (out, FALSE);
}

/* A view edits a copy: the shared object does not change until the copy is
 * saved, then shows what was saved (trimmed, in capitals), and the card
 * shows the new deadline. */
static void
test_copy (Fixture      *fixture,
           gconstpointer data)
{
  ClOffer *offer = add (fixture, 120000);
  g_autoptr(ClOffer) copy = cl_offer_copy (offer);
  ClApplication *card =
    cl_pipeline_store_find_application (fixture->pipeline, fixture->application_id);
  gint64 deadline = CL_TEST_NOW + 5 * 86400;
  g_autoptr(GError) error = NULL;
  guint         n_notifies = 0;
  ClTestChanges changes;

  g_assert_true (copy != offer);
  g_assert_true (cl_model_equal (CL_MODEL (copy), CL_MODEL (offer)));
  g_assert_cmpint (cl_offer_get_application_id (copy), ==, fixture->application_id);
  cl_test_count_emissions (offer, "notify", &n_notifies);
  cl_test_changes_watch (&changes, fixture->base.database);

  g_object_set (copy,
                "base-salary", (gint64) 135000,
                "currency", " usd ",
                "level", "  L5 ",
                "title", " Senior MLE ",
                "start-date", " 2027-01-04 ",
                "response-deadline", deadline,
                "status", CL_OFFER_STATUS_NEGOTIATING,
                NULL);
  g_assert_cmpuint (n_notifies, ==, 0);
  g_assert_cmpint (cl_offer_get_base_salary (offer), ==, 120000);
  g_assert_cmpstr (cl_offer_get_currency (offer), ==, "EUR");
  g_assert_null (cl_offer_get_level (offer));
  g_assert_cmpint (cl_application_get_next_at (card), ==, 0);
  g_assert_cmpuint (changes.n_changes, ==, 0);

  save (fixture, copy);
  g_assert_cmpuint (changes.n_changes, ==, 1);
  g_assert_cmpuint (n_notifies, >, 0);
  g_assert_true (cl_offer_store_find_offer (fixture->store, cl_offer_get_id (copy)) == offer);
  g_assert_cmpint (cl_offer_get_base_salary (offer), ==, 135000);
  g_assert_cmpstr (cl_offer_get_currency (offer), ==, "USD");
  g_assert_cmpstr (cl_offer_get_level (offer), ==, "L5");
  g_assert_cmpstr (cl_offer_get_title (offer), ==, "Senior MLE");
  g_assert_cmpstr (cl_offer_get_start_date (offer), ==, "2027-01-04");
  g_assert_cmpint (cl_offer_get_response_deadline (offer), ==, deadline);
  g_assert_cmpint (cl_offer_get_status (offer), ==, CL_OFFER_STATUS_NEGOTIATING);
  g_assert_cmpint (cl_offer_get_received_at (offer), ==, CL_TEST_NOW);
  {
    g_autofree char *row = cl_test_query_text (fixture->base.database,
                                               "SELECT currency, level, start_date FROM offers");

    g_assert_cmpstr (row, ==, "USD|L5|2027-01-04\n");
  }
  /* The card's next date followed, with no refresh by hand. */
  g_assert_cmpint (cl_application_get_next_at (card), ==, deadline);
  g_assert_cmpint (cl_application_get_next_kind (card), ==, CL_NEXT_KIND_OFFER_DEADLINE);

  /* A reload reads the same. */
  {
    g_autoptr(ClContext) again = cl_test_fixture_reload (&fixture->base);
    ClOffer *back =
      cl_offer_store_find_offer (cl_context_get_offer_store (again), cl_offer_get_id (offer));

    g_assert_nonnull (back);
    g_assert_true (cl_model_equal (CL_MODEL (back), CL_MODEL (offer)));
    g_assert_cmpint (cl_offer_get_received_at (back), ==, cl_offer_get_received_at (offer));
  }

  g_signal_handlers_disconnect_by_data (offer, &n_notifies);
  cl_test_changes_clear (&changes);
}

/* A failed save changes neither the rows nor the models. */
static void
test_rollback (Fixture      *fixture,
               gconstpointer data)
{
  GListModel *offers = cl_offer_store_get_offers (fixture->store);
  ClOffer    *a = add (fixture, 100000);
  g_autoptr(GError) error = NULL;
  ClTestSnapshot snapshot;
  ClTestChanges  changes;

  cl_test_snapshot_take (&snapshot, fixture->base.database, models_dump (fixture));
  cl_test_changes_watch (&changes, fixture->base.database);
  cl_clock_advance (fixture->base.clock, 10);

  /* add, on a full disk, then failing at its insert */
  {
    g_autoptr(ClOffer) b = cl_offer_new (fixture->application_id, 5, "EUR");
    g_autofree char *notes = cl_test_long_text ();

    g_object_set (b, "notes", notes, "response-deadline", CL_TEST_NOW + 86400, NULL);
    cl_test_set_disk_full (fixture->base.database);
    g_assert_false (cl_offer_store_add_offer (fixture->store, b, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    g_assert_cmpint (cl_offer_get_id (b), ==, 0);
    g_assert_cmpint (cl_offer_get_received_at (b), ==, 0);

    cl_test_fail_on (fixture->base.database, "INSERT", "offers");
    g_assert_false (cl_offer_store_add_offer (fixture->store, b, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    g_assert_cmpint (cl_offer_get_id (b), ==, 0);
  }

  /* update, on a file that became read-only, then failing at its statement */
  {
    g_autoptr(ClOffer) copy = cl_offer_copy (a);

    g_object_set (copy, "base-salary", (gint64) 1, "response-deadline", CL_TEST_NOW + 86400, NULL);
    cl_test_set_read_only (fixture->base.database);
    g_assert_false (cl_offer_store_update_offer (fixture->store, copy, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    cl_test_fail_on (fixture->base.database, "UPDATE", "offers");
    g_assert_false (cl_offer_store_update_offer (fixture->store, copy, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    g_assert_cmpint (cl_offer_get_base_salary (a), ==, 100000);
  }

  /* delete */
  cl_test_fail_on (fixture->base.database, "DELETE", "offers");
  g_assert_false (cl_offer_store_delete_offer (fixture->store, a, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);

  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database, models_dump (fixture));
  g_assert_cmpuint (changes.n_changes, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 1);
  g_assert_true (cl_offer_store_find_offer (fixture->store, cl_offer_get_id (a)) == a);
  cl_test_changes_clear (&changes);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/offer-store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("add", test_add);
  ADD ("invalid", test_invalid);
  ADD ("update", test_update);
  ADD ("copy", test_copy);
  ADD ("delete", test_delete);
  ADD ("undo-delete", test_undo_delete);
  ADD ("rollback", test_rollback);

#undef ADD

  return g_test_run ();
}
