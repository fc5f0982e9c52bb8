/* test-offer-store.c — offers: fields, validation, rollbacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-offer-store.h"
#include "cl-pipeline-store.h"
#include "cl-test-util.h"

typedef struct
{
  char         *dir;
  ClDatabase   *database;
  ClClock      *clock;
  ClOfferStore *store;
  gint64        application_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(ClPipelineStore) pipeline = NULL;
  g_autoptr(ClApplication) application = cl_application_new ("Acme AI", "Senior MLE");
  g_autoptr(GError) error = NULL;

  fixture->dir = cl_test_make_tmp_dir ();
  fixture->database = cl_test_open_database (fixture->dir, "careerlens.db");
  fixture->clock = cl_clock_new_fixed (CL_TEST_NOW);

  pipeline = cl_pipeline_store_new (fixture->database, fixture->clock);
  g_assert_true (cl_pipeline_store_load (pipeline, &error));
  g_assert_true (cl_pipeline_store_add_application (pipeline, application, 0, &error));
  g_assert_no_error (error);
  fixture->application_id = cl_application_get_id (application);

  fixture->store = cl_offer_store_new (fixture->database, fixture->clock);
  cl_offer_store_load (fixture->store, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->clock);
  g_clear_object (&fixture->database);
  cl_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static ClOffer *
add (Fixture *fixture,
     gint64   base_salary)
{
  g_autoptr(ClOffer) offer = cl_offer_new (fixture->application_id, base_salary, "EUR");
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_offer_store_add_offer (fixture->store, offer, &error));
  g_assert_no_error (error);
  return offer;  /* owned by the store now */
}

static const char offer_sql[] =
  "SELECT base_salary, currency, bonus_percent, sign_on, sign_on_clawback_months, equity_amount,"
  " vesting, vesting_years, cliff_months, level, title, start_date, response_deadline, status,"
  " received_at, notes FROM offers ORDER BY id";

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  GListModel *offers = cl_offer_store_get_offers (fixture->store);
  g_autoptr(ClOffer) full = cl_offer_new (fixture->application_id, 185000, "USD");
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *expected = NULL;
  ClOffer *plain;

  g_assert_true (g_list_model_get_item_type (offers) == CL_TYPE_OFFER);

  /* Defaults: nothing optional, standard 4-year vesting with a 1-year cliff. */
  plain = add (fixture, 120000);
  g_assert_cmpint (cl_offer_get_id (plain), >, 0);
  g_assert_cmpint (cl_offer_get_received_at (plain), ==, CL_TEST_NOW);
  g_assert_cmpfloat (cl_offer_get_bonus_percent (plain), ==, -1);
  g_assert_cmpint (cl_offer_get_sign_on (plain), ==, -1);
  g_assert_cmpint (cl_offer_get_equity_amount (plain), ==, -1);
  g_assert_cmpuint (cl_offer_get_vesting_years (plain), ==, 4);
  g_assert_cmpuint (cl_offer_get_cliff_months (plain), ==, 12);
  g_assert_cmpint (cl_offer_get_status (plain), ==, CL_OFFER_STATUS_RECEIVED);
  g_assert_true (cl_offer_store_find_offer (fixture->store, cl_offer_get_id (plain)) == plain);

  g_object_set (full,
                "bonus-percent", 15.0,
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

  rows = cl_test_query_text (fixture->database, offer_sql);
  expected = g_strdup_printf ("120000|EUR|NULL|NULL|NULL|NULL|standard|4|12|NULL|NULL|NULL|NULL|received|%"
                              G_GINT64_FORMAT "|NULL\n"
                              "185000|USD|15.0|30000|12|400000|back-loaded|4|0|L5|Senior Machine Learning"
                              " Engineer|2027-01-04|%" G_GINT64_FORMAT "|negotiating|%" G_GINT64_FORMAT
                              "|Recruiter hinted at room on equity\n",
                              CL_TEST_NOW, CL_TEST_NOW + 7 * 86400, CL_TEST_NOW - 86400);
  g_assert_cmpstr (rows, ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 2);

  /* Every field comes back on reload. */
  {
    g_autoptr(ClOfferStore) again = cl_offer_store_new (fixture->database, fixture->clock);
    ClOffer *back;

    g_assert_true (cl_offer_store_load (again, &error));
    back = cl_offer_store_find_offer (again, cl_offer_get_id (full));
    g_assert_nonnull (back);
    g_assert_cmpint (cl_offer_get_application_id (back), ==, fixture->application_id);
    g_assert_cmpint (cl_offer_get_base_salary (back), ==, 185000);
    g_assert_cmpstr (cl_offer_get_currency (back), ==, "USD");
    g_assert_cmpfloat (cl_offer_get_bonus_percent (back), ==, 15.0);
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
    g_assert_cmpfloat (cl_offer_get_bonus_percent (back), ==, -1);
    g_assert_cmpint (cl_offer_get_sign_on (back), ==, -1);
    g_assert_cmpint (cl_offer_get_equity_amount (back), ==, -1);
    g_assert_cmpint (cl_offer_get_response_deadline (back), ==, 0);
    g_assert_null (cl_offer_get_start_date (back));
  }
}

typedef struct
{
  const char *property;
  GType       type;
  gint64      number;
  double      real;
  const char *text;
} BadField;

static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  static const BadField cases[] = {
    { "application-id", G_TYPE_INT64, 0, 0, NULL },
    { "base-salary", G_TYPE_INT64, -1, 0, NULL },
    { "currency", G_TYPE_STRING, 0, 0, NULL },
    { "currency", G_TYPE_STRING, 0, 0, "usd" },
    { "currency", G_TYPE_STRING, 0, 0, "EURO" },
    { "currency", G_TYPE_STRING, 0, 0, "E1R" },
    { "bonus-percent", G_TYPE_DOUBLE, 0, -5, NULL },
    { "bonus-percent", G_TYPE_DOUBLE, 0, 1500, NULL },
    { "sign-on", G_TYPE_INT64, -100, 0, NULL },
    { "equity-amount", G_TYPE_INT64, -2, 0, NULL },
    { "vesting-years", G_TYPE_UINT, 0, 0, NULL },
    { "vesting-years", G_TYPE_UINT, 11, 0, NULL },
    { "cliff-months", G_TYPE_UINT, 61, 0, NULL },
    { "sign-on-clawback-months", G_TYPE_UINT, 500, 0, NULL },
    { "start-date", G_TYPE_STRING, 0, 0, "next Monday" },
    { "start-date", G_TYPE_STRING, 0, 0, "2027-02-29" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = cl_test_dump_database (fixture->database);
  g_autofree char *after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ClOffer) offer = cl_offer_new (fixture->application_id, 100000, "EUR");

      switch (cases[i].type)
        {
        case G_TYPE_INT64: g_object_set (offer, cases[i].property, cases[i].number, NULL); break;
        case G_TYPE_UINT: g_object_set (offer, cases[i].property, (guint) cases[i].number, NULL); break;
        case G_TYPE_DOUBLE: g_object_set (offer, cases[i].property, cases[i].real, NULL); break;
        default: g_object_set (offer, cases[i].property, cases[i].text, NULL); break;
        }

      g_assert_false (cl_offer_store_add_offer (fixture->store, offer, &error));
      if (!g_error_matches (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID))
        g_error ("%s: expected an invalid-input error", cases[i].property);
      g_clear_error (&error);
    }

  /* An application that does not exist. */
  {
    g_autoptr(ClOffer) offer = cl_offer_new (999, 100000, "EUR");

    g_assert_false (cl_offer_store_add_offer (fixture->store, offer, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  after = cl_test_dump_database (fixture->database);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (g_list_model_get_n_items (cl_offer_store_get_offers (fixture->store)), ==, 0);
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  ClOffer *offer = add (fixture, 120000);
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;

  g_object_set (offer,
                "base-salary", (gint64) 130000,
                "status", CL_OFFER_STATUS_ACCEPTED,
                "bonus-percent", 10.0,
                NULL);
  g_assert_true (cl_offer_store_update_offer (fixture->store, offer, &error));
  g_assert_no_error (error);

  g_object_set (offer, "bonus-percent", -1.0, NULL);
  g_assert_true (cl_offer_store_update_offer (fixture->store, offer, &error));
  g_assert_no_error (error);

  rows = cl_test_query_text (fixture->database, "SELECT base_salary, status, bonus_percent FROM offers");
  g_assert_cmpstr (rows, ==, "130000|accepted|NULL\n");

  g_object_set (offer, "cliff-months", 99u, NULL);
  g_assert_false (cl_offer_store_update_offer (fixture->store, offer, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  {
    g_autoptr(ClOffer) stranger = cl_offer_new (fixture->application_id, 1, "EUR");

    g_assert_false (cl_offer_store_update_offer (fixture->store, stranger, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  }
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(ClOffer) a = g_object_ref (add (fixture, 100000));
  ClOffer *b = add (fixture, 110000);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 a_id = cl_offer_get_id (a);

  sql = g_strdup_printf ("INSERT INTO vesting_years (offer_id, year, percent) VALUES (%" G_GINT64_FORMAT
                         ", 1, 40);"
                         "INSERT INTO negotiation_plans (offer_id, target_total) VALUES (%" G_GINT64_FORMAT
                         ", 250000)", a_id, a_id);
  g_assert_cmpint (cl_test_exec (fixture->database, sql), ==, SQLITE_OK);

  g_assert_true (cl_offer_store_delete_offer (fixture->store, a, &error));
  g_assert_no_error (error);
  g_assert_null (cl_offer_store_find_offer (fixture->store, a_id));
  g_assert_cmpuint (g_list_model_get_n_items (cl_offer_store_get_offers (fixture->store)), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM offers"), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM vesting_years"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM negotiation_plans"), ==, 0);

  g_assert_false (cl_offer_store_delete_offer (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (cl_offer_store_delete_offer (fixture->store, b, &error));
  g_assert_cmpuint (g_list_model_get_n_items (cl_offer_store_get_offers (fixture->store)), ==, 0);
}

static void
test_rollback (Fixture       *fixture,
               gconstpointer  data)
{
  GListModel *offers = cl_offer_store_get_offers (fixture->store);
  ClOffer *a = add (fixture, 100000);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = cl_test_dump_database (fixture->database);
  g_autofree char *after = NULL;

  cl_clock_advance (fixture->clock, 10);
  {
    g_autoptr(ClOffer) b = cl_offer_new (fixture->application_id, 5, "EUR");

    cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
    g_assert_false (cl_offer_store_add_offer (fixture->store, b, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
    g_clear_error (&error);
    g_assert_cmpint (cl_offer_get_id (b), ==, 0);
    g_assert_cmpint (cl_offer_get_received_at (b), ==, 0);
  }

  g_object_set (a, "base-salary", (gint64) 1, NULL);
  cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
  g_assert_false (cl_offer_store_update_offer (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
  g_clear_error (&error);

  cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
  g_assert_false (cl_offer_store_delete_offer (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
  g_clear_error (&error);

  after = cl_test_dump_database (fixture->database);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 1);
  g_assert_true (cl_offer_store_find_offer (fixture->store, cl_offer_get_id (a)) == a);
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
  ADD ("delete", test_delete);
  ADD ("rollback", test_rollback);

#undef ADD

  return g_test_run ();
}
