/* test-negotiation-store.c — market ranges, exchange rates and each offer's negotiation
 *
 * What ClOfferStore keeps besides the offers: fields and validation of each
 * model, round trips through a reload, the models following every change
 * (their own, another program's), a negotiation round writing its numbers
 * into the offer with its revisions in one transaction, and what deleting
 * an offer takes with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <stdlib.h>

#include "cl-context.h"
#include "cl-test-util.h"

#define DAY G_GINT64_CONSTANT (86400)
/* An id that no row has. */
#define UNKNOWN_ID G_GINT64_CONSTANT (424242)

typedef struct
{
  ClTestFixture    base;
  ClOfferStore    *store;
  ClPipelineStore *pipeline;
  ClOffer         *offer; /* Acme AI, USD 180,000.00 base, 15% bonus, owned by the store */
  ClOffer         *other; /* Tensor Labs, EUR */
  gint64           offer_id;
  gint64           other_id;
} Fixture;

static ClOffer *
add_offer (Fixture    *fixture,
           const char *company,
           gint64      base,
           const char *currency)
{
  ClApplication *application =
    cl_test_add_application (fixture->pipeline, company, "Senior Machine Learning Engineer", 0);
  g_autoptr(ClOffer) offer = cl_offer_new (cl_application_get_id (application), base, currency);
  g_autoptr(GError) error = NULL;

  g_object_set (offer, "title", "Senior Machine Learning Engineer", "level", "L5", NULL);
  g_assert_true (cl_offer_store_add_offer (fixture->store, offer, &error));
  g_assert_no_error (error);
  return offer; /* owned by the store now */
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(ClOffer) copy = NULL;
  g_autoptr(GError) error = NULL;

  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_offer_store (fixture->base.context);
  fixture->pipeline = cl_context_get_pipeline_store (fixture->base.context);
  fixture->offer = add_offer (fixture, "Acme AI", 18000000, "USD");
  fixture->other = add_offer (fixture, "Tensor Labs", 9500000, "EUR");
  fixture->offer_id = cl_offer_get_id (fixture->offer);
  fixture->other_id = cl_offer_get_id (fixture->other);

  copy = cl_offer_copy (fixture->offer);
  g_object_set (copy, "bonus-basis-points", (gint64) 1500, "equity-shares", (gint64) 4000,
                "share-price", (gint64) 1234567, "sign-on", (gint64) 3000000, "sign-on-year2",
                (gint64) 1000000, NULL);
  g_assert_true (cl_offer_store_update_offer (fixture->store, copy, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  cl_test_fixture_teardown (&fixture->base);
}

static gint64
query (Fixture    *fixture,
       const char *sql)
{
  return cl_test_query_int64 (fixture->base.database, sql);
}

static char *
query_text (Fixture    *fixture,
            const char *sql)
{
  return cl_test_query_text (fixture->base.database, sql);
}

/* Dumps ------------------------------------------------------------------- */

static int
compare_pspecs (gconstpointer a,
                gconstpointer b)
{
  return g_strcmp0 ((*(GParamSpec **) a)->name, (*(GParamSpec **) b)->name);
}

/* Every property of @object, by name. */
static void
append_object (GString *out,
               gpointer object)
{
  guint                   n = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);

  qsort (pspecs, n, sizeof (GParamSpec *), compare_pspecs);
  g_string_append_printf (out, "%s {", G_OBJECT_TYPE_NAME (object));
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *contents = NULL;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &value);
      contents = g_strdup_value_contents (&value);
      g_string_append_printf (out, " %s=%s", pspecs[i]->name, contents);
    }
  g_string_append (out, " }\n");
}

static void
append_model (GString    *out,
              const char *title,
              GListModel *model)
{
  g_string_append_printf (out, "%s:\n", title);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      append_object (out, item);
    }
}

/* What the store shows: offers, ranges, rates, and each fixture offer's
 * plan, asks and rounds, in the models' order. */
static char *
dump_models (Fixture *fixture)
{
  GString     *out = g_string_new (NULL);
  const gint64 ids[] = { fixture->offer_id, fixture->other_id };

  append_model (out, "offers", cl_offer_store_get_offers (fixture->store));
  append_model (out, "ranges", cl_offer_store_get_market_ranges (fixture->store));
  append_model (out, "rates", cl_offer_store_get_exchange_rates (fixture->store));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      ClNegotiationPlan *plan = cl_offer_store_get_plan (fixture->store, ids[i]);

      g_string_append_printf (out, "offer %" G_GINT64_FORMAT " plan:\n", ids[i]);
      if (plan != NULL)
        append_object (out, plan);
      append_model (out, "asks", cl_offer_store_get_asks (fixture->store, ids[i]));
      append_model (out, "rounds", cl_offer_store_get_negotiation_rounds (fixture->store, ids[i]));
    }
  return g_string_free (out, FALSE);
}

static char *
dump_context (ClContext *context,
              gint64     offer_id,
              gint64     other_id)
{
  ClOfferStore *store = cl_context_get_offer_store (context);
  GString      *out = g_string_new (NULL);
  const gint64  ids[] = { offer_id, other_id };

  append_model (out, "ranges", cl_offer_store_get_market_ranges (store));
  append_model (out, "rates", cl_offer_store_get_exchange_rates (store));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      ClNegotiationPlan *plan = cl_offer_store_get_plan (store, ids[i]);

      if (plan != NULL)
        append_object (out, plan);
      append_model (out, "asks", cl_offer_store_get_asks (store, ids[i]));
      append_model (out, "rounds", cl_offer_store_get_negotiation_rounds (store, ids[i]));
    }
  return g_string_free (out, FALSE);
}

/* A new context on the same file shows what this one shows. */
static void
assert_reload_same (Fixture *fixture)
{
  g_autoptr(ClContext) again = cl_test_fixture_reload (&fixture->base);
  g_autofree char *shown = dump_context (fixture->base.context, fixture->offer_id,
                                         fixture->other_id);
  g_autofree char *read = dump_context (again, fixture->offer_id, fixture->other_id);

  g_assert_cmpstr (shown, ==, read);
}

/* Refusals ------------------------------------------------------------------ */

typedef gboolean (*SaveFunc) (Fixture *fixture,
                              gpointer object,
                              GError **error);

/* @save refuses @object with a validation error of @code about @field (and
 * @field2 if not NULL), saying @message if not NULL; the database, the
 * models and @object stay as they were and nothing is announced. */
static void
assert_refused (Fixture          *fixture,
                SaveFunc          save,
                gpointer          object,
                ClValidationError code,
                const char       *field,
                const char       *field2,
                const char       *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) given = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new (NULL);
  const char *const *fields;
  ClTestSnapshot     snapshot;
  ClTestChanges      changes;

  append_object (given, object);
  cl_test_snapshot_take (&snapshot, fixture->base.database, dump_models (fixture));
  cl_test_changes_watch (&changes, fixture->base.database);

  g_assert_false (save (fixture, object, &error));
  if (!g_error_matches (error, CL_VALIDATION_ERROR, (int) code) ||
      g_strcmp0 (cl_validation_error_get_field (error), field) != 0)
    g_error ("expected validation error %d about %s, got “%s” (%s %d) about %s", code, field,
             error->message, g_quark_to_string (error->domain), error->code,
             cl_validation_error_get_field (error));
  fields = cl_validation_error_get_fields (error);
  g_assert_cmpstr (fields[1], ==, field2);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);

  append_object (after, object);
  g_assert_cmpstr (after->str, ==, given->str);
  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database, dump_models (fixture));
  g_assert_cmpuint (changes.n_changes, ==, 0);
  cl_test_changes_clear (&changes);
}

/* The same for a refusal that is no validation error. */
static void
assert_refused_by_database (Fixture    *fixture,
                            SaveFunc    save,
                            gpointer    object,
                            int         code,
                            const char *message)
{
  g_autoptr(GError) error = NULL;
  ClTestSnapshot snapshot;
  ClTestChanges  changes;

  cl_test_snapshot_take (&snapshot, fixture->base.database, dump_models (fixture));
  cl_test_changes_watch (&changes, fixture->base.database);
  g_assert_false (save (fixture, object, &error));
  g_assert_error (error, CL_DATABASE_ERROR, code);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database, dump_models (fixture));
  g_assert_cmpuint (changes.n_changes, ==, 0);
  cl_test_changes_clear (&changes);
}

static gboolean
add_range (Fixture *fixture,
           gpointer object,
           GError **error)
{
  return cl_offer_store_add_market_range (fixture->store, object, error);
}

static gboolean
update_range (Fixture *fixture,
              gpointer object,
              GError **error)
{
  return cl_offer_store_update_market_range (fixture->store, object, error);
}

static gboolean
add_rate (Fixture *fixture,
          gpointer object,
          GError **error)
{
  return cl_offer_store_add_exchange_rate (fixture->store, object, error);
}

static gboolean
update_rate (Fixture *fixture,
             gpointer object,
             GError **error)
{
  return cl_offer_store_update_exchange_rate (fixture->store, object, error);
}

static gboolean
save_plan (Fixture *fixture,
           gpointer object,
           GError **error)
{
  return cl_offer_store_save_plan (fixture->store, object, error);
}

static gboolean
add_ask (Fixture *fixture,
         gpointer object,
         GError **error)
{
  return cl_offer_store_add_ask (fixture->store, fixture->offer_id, object, error);
}

static gboolean
update_ask (Fixture *fixture,
            gpointer object,
            GError **error)
{
  return cl_offer_store_update_ask (fixture->store, object, error);
}

static gboolean
add_round (Fixture *fixture,
           gpointer object,
           GError **error)
{
  return cl_offer_store_add_negotiation_round (fixture->store, fixture->offer_id, object, TRUE,
                                               error);
}

static gboolean
update_round (Fixture *fixture,
              gpointer object,
              GError **error)
{
  return cl_offer_store_update_negotiation_round (fixture->store, object, error);
}

/* Market ranges ----------------------------------------------------------------- */

static ClMarketRange *
new_range (const char       *source,
           const char       *currency,
           ClMarketComponent component,
           const char       *observed_on,
           gint64            p50)
{
  ClMarketRange *range = cl_market_range_new (source, currency, component);

  g_object_set (range, "observed-on", observed_on, "p50", p50, NULL);
  return range;
}

/* Adds through the store, which must succeed; the store keeps the object. */
static ClMarketRange *
keep_range (Fixture       *fixture,
            ClMarketRange *range)
{
  g_autoptr(ClMarketRange) owned = range;
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_offer_store_add_market_range (fixture->store, owned, &error));
  g_assert_no_error (error);
  return owned;
}

static void
test_market_range_add (Fixture      *fixture,
                       gconstpointer data)
{
  GListModel      *ranges = cl_offer_store_get_market_ranges (fixture->store);
  g_autofree char *rows = NULL;
  g_autofree char *expected = NULL;
  ClMarketRange   *full;
  ClMarketRange   *older;
  ClMarketRange   *undated;
  guint            n_items_changed = 0;

  g_assert_true (g_list_model_get_item_type (ranges) == CL_TYPE_MARKET_RANGE);
  cl_test_count_emissions (ranges, "items-changed", &n_items_changed);

  full = cl_market_range_new ("  Levels.fyi ", " usd", CL_MARKET_COMPONENT_TOTAL);
  g_object_set (full, "url", "https://www.levels.fyi/companies/acme/salaries", "observed-on",
                "2026-10-20", "role", " Senior Machine Learning Engineer ", "level", "L5",
                "location", "San Francisco, CA", "p25", (gint64) 21000000, "p50",
                (gint64) 25000000, "p75", (gint64) 29000000, "p90", (gint64) 34000000,
                "offer-id", fixture->offer_id, NULL);
  full = keep_range (fixture, full);
  older = keep_range (fixture, new_range ("Glassdoor", "USD", CL_MARKET_COMPONENT_BASE,
                                          "2026-09-01", 17000000));
  undated = keep_range (fixture, new_range ("A friend", "EUR", CL_MARKET_COMPONENT_EQUITY, NULL,
                                            -1));

  /* The object given became the shared one, saved as normalized. */
  g_assert_cmpint (cl_market_range_get_id (full), >, 0);
  g_assert_cmpstr (cl_market_range_get_source (full), ==, "Levels.fyi");
  g_assert_cmpstr (cl_market_range_get_currency (full), ==, "USD");
  g_assert_cmpstr (cl_market_range_get_role (full), ==, "Senior Machine Learning Engineer");
  g_assert_cmpuint (n_items_changed, ==, 3);

  /* The most recently retrieved first, undated ones last. */
  g_assert_cmpuint (g_list_model_get_n_items (ranges), ==, 3);
  {
    g_autoptr(ClMarketRange) first = g_list_model_get_item (ranges, 0);
    g_autoptr(ClMarketRange) second = g_list_model_get_item (ranges, 1);
    g_autoptr(ClMarketRange) third = g_list_model_get_item (ranges, 2);

    g_assert_true (first == full);
    g_assert_true (second == older);
    g_assert_true (third == undated);
  }

  rows = query_text (fixture, "SELECT source, url, observed_on, role, level, location, currency,"
                              " component, p25, p50, p75, p90, offer_id FROM market_ranges"
                              " ORDER BY id");
  expected = g_strdup_printf (
    "Levels.fyi|https://www.levels.fyi/companies/acme/salaries|2026-10-20|Senior Machine "
    "Learning Engineer|L5|San Francisco, CA|USD|total|21000000|25000000|29000000|34000000|"
    "%" G_GINT64_FORMAT "\n"
    "Glassdoor|NULL|2026-09-01|NULL|NULL|NULL|USD|base|NULL|17000000|NULL|NULL|NULL\n"
    "A friend|NULL|NULL|NULL|NULL|NULL|EUR|equity|NULL|NULL|NULL|NULL|NULL\n",
    fixture->offer_id);
  g_assert_cmpstr (rows, ==, expected);

  /* Every field comes back on reload. */
  {
    g_autoptr(ClContext) again = cl_test_fixture_reload (&fixture->base);
    GListModel *back = cl_offer_store_get_market_ranges (cl_context_get_offer_store (again));

    g_assert_cmpuint (g_list_model_get_n_items (back), ==, 3);
    for (guint i = 0; i < 3; i++)
      {
        g_autoptr(ClMarketRange) a = g_list_model_get_item (ranges, i);
        g_autoptr(ClMarketRange) b = g_list_model_get_item (back, i);

        g_assert_cmpint (cl_market_range_get_id (a), ==, cl_market_range_get_id (b));
        g_assert_true (cl_model_equal (CL_MODEL (a), CL_MODEL (b)));
      }
  }
  g_signal_handlers_disconnect_by_data (ranges, &n_items_changed);
}

static void
test_market_range_invalid (Fixture      *fixture,
                           gconstpointer data)
{
  static const struct
  {
    const char       *property;
    const char       *text;
    ClValidationError code;
    const char       *message;
  } texts[] = {
    { "source", "", CL_VALIDATION_ERROR_REQUIRED,
      "Say where the range comes from, such as Levels.fyi or Glassdoor." },
    { "source", " \t ", CL_VALIDATION_ERROR_REQUIRED, NULL },
    { "url", "ftp://levels.fyi", CL_VALIDATION_ERROR_FORMAT,
      "The address of the range must start with https:// or http://, name a site and hold no "
      "spaces, such as https://www.levels.fyi/." },
    { "observed-on", "2026-02-30", CL_VALIDATION_ERROR_FORMAT,
      "“2026-02-30” is not a date. Write the date retrieved as YYYY-MM-DD, or leave it empty." },
    { "observed-on", "last week", CL_VALIDATION_ERROR_FORMAT, NULL },
    { "currency", "", CL_VALIDATION_ERROR_REQUIRED, NULL },
    { "currency", "EURO", CL_VALIDATION_ERROR_FORMAT,
      "The currency must be an ISO 4217 code such as USD, EUR or GBP." },
    { "role", "ML\aEngineer", CL_VALIDATION_ERROR_FORMAT, NULL },
  };
  static const struct
  {
    gint64      p25, p50, p75, p90;
    const char *field;
    const char *field2;
    const char *message;
  } percentiles[] = {
    { -5, -1, -1, -1, "p25", NULL,
      "The 25th percentile must be between 0 and 999,999,999,999.99, or left empty." },
    { -1, G_GINT64_CONSTANT (100000000000000), -1, -1, "p50", NULL,
      "The 50th percentile must be between 0 and 999,999,999,999.99, or left empty." },
    { 200, 100, -1, -1, "p50", "p25", "The 50th percentile cannot be below the 25th." },
    { 100, -1, 99, -1, "p75", "p25", "The 75th percentile cannot be below the 25th." },
    { 100, 200, 300, 250, "p90", "p75", "The 90th percentile cannot be below the 75th." },
    { -1, 500, -1, 400, "p90", "p50", "The 90th percentile cannot be below the 50th." },
  };
  g_autofree char *long_source = g_strnfill (101, 'x');
  ClMarketRange   *saved;

  saved = keep_range (fixture, new_range ("Levels.fyi", "USD", CL_MARKET_COMPONENT_TOTAL,
                                          "2026-10-01", 100));

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(ClMarketRange) range = new_range ("Levels.fyi", "USD", CL_MARKET_COMPONENT_BASE,
                                                   NULL, 100);
      g_autoptr(ClMarketRange) copy = cl_market_range_copy (saved);

      g_object_set (range, texts[i].property, texts[i].text, NULL);
      g_object_set (copy, texts[i].property, texts[i].text, NULL);
      assert_refused (fixture, add_range, range, texts[i].code, texts[i].property, NULL,
                      texts[i].message);
      assert_refused (fixture, update_range, copy, texts[i].code, texts[i].property, NULL,
                      texts[i].message);
    }

  for (guint i = 0; i < G_N_ELEMENTS (percentiles); i++)
    {
      g_autoptr(ClMarketRange) range = cl_market_range_new ("Glassdoor", "USD",
                                                             CL_MARKET_COMPONENT_TOTAL);

      g_object_set (range, "p25", percentiles[i].p25, "p50", percentiles[i].p50, "p75",
                    percentiles[i].p75, "p90", percentiles[i].p90, NULL);
      assert_refused (fixture, add_range, range,
                      percentiles[i].field2 != NULL ? CL_VALIDATION_ERROR_INCONSISTENT
                                                    : CL_VALIDATION_ERROR_OUT_OF_RANGE,
                      percentiles[i].field, percentiles[i].field2, percentiles[i].message);
    }

  {
    g_autoptr(ClMarketRange) range = cl_market_range_new (long_source, "USD",
                                                           CL_MARKET_COMPONENT_TOTAL);

    assert_refused (fixture, add_range, range, CL_VALIDATION_ERROR_TOO_LONG, "source", NULL,
                    "The source can be at most 100 characters long.");
  }
  {
    g_autoptr(ClMarketRange) range = cl_market_range_new ("Levels.fyi", "USD",
                                                           CL_MARKET_COMPONENT_TOTAL);

    g_object_set (range, "offer-id", (gint64) -3, NULL);
    assert_refused (fixture, add_range, range, CL_VALIDATION_ERROR_OUT_OF_RANGE, "offer-id", NULL,
                    "Choose one of your offers, or none.");
    g_object_set (range, "offer-id", UNKNOWN_ID, NULL);
    assert_refused_by_database (fixture, add_range, range, CL_DATABASE_ERROR_NOT_FOUND,
                                "The offer this range was looked up for no longer exists. "
                                "Choose another offer, or none.");
    g_assert_cmpint (cl_market_range_get_id (range), ==, 0);
  }

  /* Equal percentiles and a range of one percentile are fine. */
  {
    ClMarketRange *flat = cl_market_range_new ("Glassdoor", "USD", CL_MARKET_COMPONENT_BONUS);

    g_object_set (flat, "p25", (gint64) 100, "p75", (gint64) 100, "p90", (gint64) 100, NULL);
    g_assert_true (cl_model_validate (CL_MODEL (flat), NULL));
    keep_range (fixture, flat);
  }
}

static void
test_market_range_update (Fixture      *fixture,
                          gconstpointer data)
{
  ClMarketRange *range = keep_range (fixture, new_range ("Levels.fyi", "USD",
                                                         CL_MARKET_COMPONENT_TOTAL, "2026-10-01",
                                                         20000000));
  g_autoptr(ClMarketRange) copy = cl_market_range_copy (range);
  GListModel *ranges = cl_offer_store_get_market_ranges (fixture->store);
  g_autoptr(GError) error = NULL;
  guint n_notifies = 0;
  guint n_negotiation = 0;

  cl_test_count_emissions (range, "notify", &n_notifies);
  cl_test_count_emissions (fixture->store, "negotiation-changed", &n_negotiation);

  /* Linked to an offer, then moved to the other one. */
  g_object_set (copy, "p50", (gint64) 21000000, "offer-id", fixture->offer_id, "level", "L5",
                NULL);
  g_assert_cmpuint (n_notifies, ==, 0);
  g_assert_true (cl_offer_store_update_market_range (fixture->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_notifies, >, 0);
  g_assert_cmpint (cl_market_range_get_p50 (range), ==, 21000000);
  g_assert_cmpint (cl_market_range_get_offer_id (range), ==, fixture->offer_id);
  g_assert_cmpstr (cl_market_range_get_level (range), ==, "L5");
  g_assert_cmpuint (n_negotiation, ==, 1);

  g_object_set (copy, "offer-id", fixture->other_id, NULL);
  g_assert_true (cl_offer_store_update_market_range (fixture->store, copy, &error));
  g_assert_no_error (error);
  /* Both offers' ranges changed. */
  g_assert_cmpuint (n_negotiation, ==, 3);
  g_assert_cmpint (cl_market_range_get_offer_id (range), ==, fixture->other_id);
  assert_reload_same (fixture);

  g_assert_true (cl_offer_store_delete_market_range (fixture->store, range, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ranges), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM market_ranges"), ==, 0);

  g_assert_false (cl_offer_store_update_market_range (fixture->store, copy, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (cl_offer_store_delete_market_range (fixture->store, copy, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_signal_handlers_disconnect_by_data (fixture->store, &n_negotiation);
}

/* The sources of @ranges, joined by ",". */
static char *
sources (GPtrArray *ranges)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ranges->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "," : "",
                            cl_market_range_get_source (g_ptr_array_index (ranges, i)));
  return g_string_free (out, FALSE);
}

static char *
find (Fixture          *fixture,
      ClOffer          *offer,
      ClMarketComponent component)
{
  g_autoptr(GPtrArray) found =
               cl_offer_store_find_market_ranges (fixture->store, offer, component);

  return sources (found);
}

static void
test_market_range_find (Fixture      *fixture,
                        gconstpointer data)
{
  struct
  {
    const char       *source;
    const char       *currency;
    const char       *role;
    const char       *level;
    ClMarketComponent component;
    const char       *observed_on;
  } rows[] = {
    { "same-role", "USD", "senior machine learning engineer ", "l5", CL_MARKET_COMPONENT_TOTAL,
      "2026-09-01" },
    { "no-role", "USD", NULL, "L5", CL_MARKET_COMPONENT_TOTAL, "2026-10-01" },
    { "no-level", "USD", "Senior Machine Learning Engineer", NULL, CL_MARKET_COMPONENT_TOTAL,
      "2026-08-01" },
    { "undated", "USD", NULL, NULL, CL_MARKET_COMPONENT_TOTAL, NULL },
    { "other-role", "USD", "Data Scientist", NULL, CL_MARKET_COMPONENT_TOTAL, "2026-10-02" },
    { "other-level", "USD", NULL, "L6", CL_MARKET_COMPONENT_TOTAL, "2026-10-02" },
    { "other-currency", "EUR", NULL, NULL, CL_MARKET_COMPONENT_TOTAL, "2026-10-02" },
    { "base", "USD", NULL, NULL, CL_MARKET_COMPONENT_BASE, "2026-10-02" },
  };
  g_autofree char *found = NULL;
  g_autoptr(ClOffer) untitled = cl_offer_copy (fixture->offer);
  ClMarketRange *linked;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      ClMarketRange *range = new_range (rows[i].source, rows[i].currency, rows[i].component,
                                        rows[i].observed_on, 100);

      g_object_set (range, "role", rows[i].role, "level", rows[i].level, NULL);
      keep_range (fixture, range);
    }

  /* Nothing linked: same currency, role and level (or empty), newest first. */
  found = find (fixture, fixture->offer, CL_MARKET_COMPONENT_TOTAL);
  g_assert_cmpstr (found, ==, "no-role,same-role,no-level,undated");
  g_free (found);
  found = find (fixture, fixture->offer, CL_MARKET_COMPONENT_BASE);
  g_assert_cmpstr (found, ==, "base");
  g_free (found);
  found = find (fixture, fixture->offer, CL_MARKET_COMPONENT_EQUITY);
  g_assert_cmpstr (found, ==, "");
  g_free (found);
  /* An offer without a title is placed by its application's role; without
   * a level it matches only ranges without one. */
  g_object_set (untitled, "title", NULL, "level", NULL, NULL);
  found = find (fixture, untitled, CL_MARKET_COMPONENT_TOTAL);
  g_assert_cmpstr (found, ==, "no-level,undated");
  g_free (found);

  /* A range looked up for the offer wins over any other, even one of
   * another role; it is not the other offer's. */
  linked = new_range ("linked", "USD", CL_MARKET_COMPONENT_TOTAL, "2026-01-01", 100);
  g_object_set (linked, "role", "Research Engineer", "offer-id", fixture->offer_id, NULL);
  keep_range (fixture, linked);
  found = find (fixture, fixture->offer, CL_MARKET_COMPONENT_TOTAL);
  g_assert_cmpstr (found, ==, "linked");
  g_free (found);
  found = find (fixture, fixture->offer, CL_MARKET_COMPONENT_BASE);
  g_assert_cmpstr (found, ==, "base");
  g_free (found);
  found = find (fixture, fixture->other, CL_MARKET_COMPONENT_TOTAL);
  g_assert_cmpstr (found, ==, "other-currency");
}

/* Exchange rates ------------------------------------------------------------------ */

static void
test_exchange_rates (Fixture      *fixture,
                     gconstpointer data)
{
  GListModel *rates = cl_offer_store_get_exchange_rates (fixture->store);
  g_autoptr(ClExchangeRate) eur_old = cl_exchange_rate_new ("eur", " usd ", 1085000, "2026-09-01");
  g_autoptr(ClExchangeRate) eur_new = cl_exchange_rate_new ("EUR", "USD", 1102500, "2026-10-30");
  g_autoptr(ClExchangeRate) gbp = cl_exchange_rate_new ("GBP", "USD", 1270000, "2026-10-01");
  g_autoptr(ClExchangeRate) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  guint            n_notifies = 0;

  g_assert_true (cl_offer_store_add_exchange_rate (fixture->store, gbp, &error));
  g_assert_true (cl_offer_store_add_exchange_rate (fixture->store, eur_old, &error));
  g_assert_true (cl_offer_store_add_exchange_rate (fixture->store, eur_new, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cl_exchange_rate_get_from_currency (eur_old), ==, "EUR");
  g_assert_cmpstr (cl_exchange_rate_get_to_currency (eur_old), ==, "USD");

  /* By pair, the most recent first. */
  g_assert_cmpuint (g_list_model_get_n_items (rates), ==, 3);
  {
    g_autoptr(ClExchangeRate) first = g_list_model_get_item (rates, 0);
    g_autoptr(ClExchangeRate) second = g_list_model_get_item (rates, 1);
    g_autoptr(ClExchangeRate) third = g_list_model_get_item (rates, 2);

    g_assert_true (first == eur_new);
    g_assert_true (second == eur_old);
    g_assert_true (third == gbp);
  }
  g_assert_true (cl_offer_store_find_exchange_rate (fixture->store, "eur", "USD") == eur_new);
  g_assert_null (cl_offer_store_find_exchange_rate (fixture->store, "USD", "EUR"));
  rows = query_text (fixture, "SELECT from_currency, to_currency, rate, observed_on"
                              " FROM exchange_rates ORDER BY id");
  g_assert_cmpstr (rows, ==,
                   "GBP|USD|1270000|2026-10-01\nEUR|USD|1085000|2026-09-01\n"
                   "EUR|USD|1102500|2026-10-30\n");
  assert_reload_same (fixture);

  /* An edit dated later makes the older one the current rate. */
  cl_test_count_emissions (eur_old, "notify", &n_notifies);
  copy = cl_exchange_rate_copy (eur_old);
  g_object_set (copy, "rate", (gint64) 1090000, "observed-on", "2026-10-31", NULL);
  g_assert_true (cl_offer_store_update_exchange_rate (fixture->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_notifies, ==, 2);
  g_assert_cmpint (cl_exchange_rate_get_rate (eur_old), ==, 1090000);
  g_assert_true (cl_offer_store_find_exchange_rate (fixture->store, "EUR", "USD") == eur_old);
  {
    g_autoptr(ClExchangeRate) first = g_list_model_get_item (rates, 0);

    g_assert_true (first == eur_old);
  }
  assert_reload_same (fixture);

  g_assert_true (cl_offer_store_delete_exchange_rate (fixture->store, eur_old, &error));
  g_assert_no_error (error);
  g_assert_true (cl_offer_store_find_exchange_rate (fixture->store, "EUR", "USD") == eur_new);
  g_assert_cmpuint (g_list_model_get_n_items (rates), ==, 2);
  g_assert_false (cl_offer_store_delete_exchange_rate (fixture->store, eur_old, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (cl_offer_store_update_exchange_rate (fixture->store, copy, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_signal_handlers_disconnect_by_data (eur_old, &n_notifies);
}

static void
test_exchange_rate_invalid (Fixture      *fixture,
                            gconstpointer data)
{
  static const struct
  {
    const char       *from;
    const char       *to;
    gint64            rate;
    const char       *observed_on;
    ClValidationError code;
    const char       *field;
    const char       *field2;
    const char       *message;
  } cases[] = {
    { "EUR", "eur ", 1000000, "2026-10-01", CL_VALIDATION_ERROR_INCONSISTENT, "to-currency",
      "from-currency",
      "A rate converts one currency into another: choose two different currencies." },
    { "EUR", "USD", 0, "2026-10-01", CL_VALIDATION_ERROR_OUT_OF_RANGE, "rate", NULL,
      "The rate must be more than 0, such as 1.085." },
    { "EUR", "USD", -1085000, "2026-10-01", CL_VALIDATION_ERROR_OUT_OF_RANGE, "rate", NULL,
      NULL },
    { "EUR", "USD", G_GINT64_CONSTANT (1000000000000001), "2026-10-01",
      CL_VALIDATION_ERROR_OUT_OF_RANGE, "rate", NULL, NULL },
    { "", "USD", 1000000, "2026-10-01", CL_VALIDATION_ERROR_REQUIRED, "from-currency", NULL,
      "The currency must be an ISO 4217 code such as USD, EUR or GBP." },
    { "EUR", "US$", 1000000, "2026-10-01", CL_VALIDATION_ERROR_FORMAT, "to-currency", NULL,
      NULL },
    { "EUR", "USD", 1000000, NULL, CL_VALIDATION_ERROR_REQUIRED, "observed-on", NULL,
      "Write the day of the rate as YYYY-MM-DD, such as 2026-11-01." },
    { "EUR", "USD", 1000000, "2026-13-01", CL_VALIDATION_ERROR_FORMAT, "observed-on", NULL,
      "Write the day of the rate as YYYY-MM-DD, such as 2026-11-01." },
  };
  g_autoptr(ClExchangeRate) saved = cl_exchange_rate_new ("EUR", "USD", 1085000, "2026-10-01");
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_offer_store_add_exchange_rate (fixture->store, saved, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ClExchangeRate) rate = cl_exchange_rate_new (cases[i].from, cases[i].to,
                                                              cases[i].rate, cases[i].observed_on);
      g_autoptr(ClExchangeRate) copy = cl_exchange_rate_copy (saved);

      g_object_set (copy, "from-currency", cases[i].from, "to-currency", cases[i].to, "rate",
                    cases[i].rate, "observed-on", cases[i].observed_on, NULL);
      assert_refused (fixture, add_rate, rate, cases[i].code, cases[i].field, cases[i].field2,
                      cases[i].message);
      assert_refused (fixture, update_rate, copy, cases[i].code, cases[i].field,
                      cases[i].field2, cases[i].message);
    }

  /* The edges of the rate. */
  {
    g_autoptr(ClExchangeRate) tiny = cl_exchange_rate_new ("JPY", "USD", 1, "2026-10-01");
    g_autoptr(ClExchangeRate) huge =
                 cl_exchange_rate_new ("USD", "VND", CL_EXCHANGE_RATE_MAX, "2026-10-01");

    g_assert_true (cl_offer_store_add_exchange_rate (fixture->store, tiny, &error));
    g_assert_true (cl_offer_store_add_exchange_rate (fixture->store, huge, &error));
    g_assert_no_error (error);
  }
}

/* Plans ------------------------------------------------------------------------- */

static void
test_plan (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr(ClNegotiationPlan) plan = cl_negotiation_plan_new (fixture->offer_id);
  g_autoptr(ClNegotiationPlan) copy = NULL;
  g_autoptr(ClNegotiationPlan) late = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) points = NULL;
  g_autofree char *row = NULL;
  g_autofree char *expected = NULL;
  guint            n_notifies = 0;
  guint            n_negotiation = 0;

  g_assert_null (cl_offer_store_get_plan (fixture->store, fixture->offer_id));
  cl_test_count_emissions (fixture->store, "negotiation-changed", &n_negotiation);

  g_object_set (plan, "target-total", (gint64) 25000000, "walk-away-total", (gint64) 21000000,
                "leverage-offer-id", fixture->other_id, "talking-points",
                "  Competing offer from Tensor Labs\r\n\n  Market median is higher \n", NULL);
  g_assert_true (cl_offer_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_negotiation, ==, 1);
  /* The new plan became the shared one. */
  g_assert_true (cl_offer_store_get_plan (fixture->store, fixture->offer_id) == plan);
  g_assert_cmpint (cl_negotiation_plan_get_id (plan), >, 0);
  g_assert_null (cl_offer_store_get_plan (fixture->store, fixture->other_id));
  points = cl_negotiation_plan_dup_talking_point_list (plan);
  g_assert_cmpuint (g_strv_length (points), ==, 2);
  g_assert_cmpstr (points[0], ==, "Competing offer from Tensor Labs");
  g_assert_cmpstr (points[1], ==, "Market median is higher");

  row = query_text (fixture, "SELECT offer_id, target_total, walk_away_total, leverage_offer_id,"
                             " talking_points FROM negotiation_plans");
  expected = g_strdup_printf ("%" G_GINT64_FORMAT "|25000000|21000000|%" G_GINT64_FORMAT
                              "|Competing offer from Tensor Labs\r\n\n  Market median is higher\n",
                              fixture->offer_id, fixture->other_id);
  g_assert_cmpstr (row, ==, expected);
  assert_reload_same (fixture);

  /* An edited copy. */
  cl_test_count_emissions (plan, "notify", &n_notifies);
  copy = cl_negotiation_plan_copy (plan);
  g_object_set (copy, "walk-away-total", (gint64) -1, "leverage-offer-id", (gint64) 0, NULL);
  g_assert_cmpuint (n_notifies, ==, 0);
  g_assert_true (cl_offer_store_save_plan (fixture->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_notifies, ==, 2);
  g_assert_cmpint (cl_negotiation_plan_get_walk_away_total (plan), ==, -1);
  g_assert_cmpint (cl_negotiation_plan_get_leverage_offer_id (plan), ==, 0);

  /* A second "new" plan for the same offer (another window) is written into
   * the one there is. */
  late = cl_negotiation_plan_new (fixture->offer_id);
  g_object_set (late, "target-total", (gint64) 26000000, NULL);
  g_assert_true (cl_offer_store_save_plan (fixture->store, late, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_negotiation_plan_get_id (late), ==, cl_negotiation_plan_get_id (plan));
  g_assert_true (cl_offer_store_get_plan (fixture->store, fixture->offer_id) == plan);
  g_assert_cmpint (cl_negotiation_plan_get_target_total (plan), ==, 26000000);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM negotiation_plans"), ==, 1);
  assert_reload_same (fixture);

  /* Refused. */
  g_object_set (copy, "leverage-offer-id", fixture->offer_id, NULL);
  assert_refused (fixture, save_plan, copy, CL_VALIDATION_ERROR_INCONSISTENT, "leverage-offer-id",
                  NULL, "An offer cannot be its own leverage. Choose another offer, or none.");
  g_object_set (copy, "leverage-offer-id", UNKNOWN_ID, NULL);
  assert_refused_by_database (fixture, save_plan, copy, CL_DATABASE_ERROR_NOT_FOUND,
                              "The offer chosen as leverage no longer exists. Choose another "
                              "offer, or none.");
  g_object_set (copy, "leverage-offer-id", (gint64) 0, "target-total", (gint64) -20, NULL);
  assert_refused (fixture, save_plan, copy, CL_VALIDATION_ERROR_OUT_OF_RANGE, "target-total", NULL,
                  "The target total must be between 0 and 999,999,999,999.99, or left empty.");
  g_object_set (copy, "target-total", (gint64) -1, "walk-away-total",
                CL_OFFER_MAX_AMOUNT + 1, NULL);
  assert_refused (fixture, save_plan, copy, CL_VALIDATION_ERROR_OUT_OF_RANGE, "walk-away-total",
                  NULL, NULL);
  {
    g_autoptr(ClNegotiationPlan) orphan = cl_negotiation_plan_new (UNKNOWN_ID);
    g_autoptr(ClNegotiationPlan) nobody = cl_negotiation_plan_new (0);
    g_autofree char *points_text = g_strnfill (100001, 'p');

    assert_refused_by_database (fixture, save_plan, orphan, CL_DATABASE_ERROR_NOT_FOUND,
                                "This offer no longer exists.");
    assert_refused (fixture, save_plan, nobody, CL_VALIDATION_ERROR_OUT_OF_RANGE, "offer-id",
                    NULL, "Choose the offer this plan is for.");
    g_object_set (orphan, "talking-points", points_text, NULL);
    assert_refused (fixture, save_plan, orphan, CL_VALIDATION_ERROR_TOO_LONG, "talking-points",
                    NULL, "The talking points can be at most 100000 characters long.");
  }
  /* A walk-away point above the target is the plan's warning, not a
   * refusal. */
  g_object_set (copy, "target-total", (gint64) 100, "walk-away-total", (gint64) 200, NULL);
  g_assert_true (cl_offer_store_save_plan (fixture->store, copy, &error));
  g_assert_no_error (error);

  g_signal_handlers_disconnect_by_data (plan, &n_notifies);
  g_signal_handlers_disconnect_by_data (fixture->store, &n_negotiation);
}

/* Asks ------------------------------------------------------------------------------ */

static ClNegotiationAsk *
keep_ask (Fixture          *fixture,
          gint64            offer_id,
          ClNegotiationAsk *ask)
{
  g_autoptr(ClNegotiationAsk) owned = ask;
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_offer_store_add_ask (fixture->store, offer_id, owned, &error));
  g_assert_no_error (error);
  return owned;
}

static void
test_asks (Fixture      *fixture,
           gconstpointer data)
{
  GListModel *asks = cl_offer_store_get_asks (fixture->store, fixture->offer_id);
  g_autoptr(ClNegotiationAsk) copy = NULL;
  g_autoptr(ClNegotiationAsk) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char  *rows = NULL;
  ClNegotiationAsk *base;
  ClNegotiationAsk *level;
  ClNegotiationAsk *sign_on;
  guint             n_items_changed = 0;
  guint             n_notifies = 0;

  g_assert_true (g_list_model_get_item_type (asks) == CL_TYPE_NEGOTIATION_ASK);
  g_assert_cmpuint (g_list_model_get_n_items (asks), ==, 0);
  /* The same model on each call. */
  g_assert_true (cl_offer_store_get_asks (fixture->store, fixture->offer_id) == asks);
  cl_test_count_emissions (asks, "items-changed", &n_items_changed);

  /* The first ask makes the plan. */
  base = cl_negotiation_ask_new (CL_ASK_KIND_BASE, 19500000, NULL);
  g_object_set (base, "priority", CL_ASK_PRIORITY_HIGH, NULL);
  base = keep_ask (fixture, fixture->offer_id, base);
  g_assert_nonnull (cl_offer_store_get_plan (fixture->store, fixture->offer_id));
  g_assert_cmpint (cl_negotiation_ask_get_plan_id (base), ==,
                   cl_negotiation_plan_get_id (
                     cl_offer_store_get_plan (fixture->store, fixture->offer_id)));
  g_assert_cmpuint (n_items_changed, ==, 1);
  level = keep_ask (fixture, fixture->offer_id,
                    cl_negotiation_ask_new (CL_ASK_KIND_LEVEL, -1, "  Staff (L6) "));
  sign_on = keep_ask (fixture, fixture->offer_id,
                      cl_negotiation_ask_new (CL_ASK_KIND_SIGN_ON, -1, "Cover the unvested RSUs"));
  keep_ask (fixture, fixture->other_id,
            cl_negotiation_ask_new (CL_ASK_KIND_START_DATE, -1, "2027-02-01"));
  g_assert_cmpuint (n_items_changed, ==, 3);

  /* In the order they were added; the object given is the shared one. */
  g_assert_cmpuint (g_list_model_get_n_items (asks), ==, 3);
  {
    g_autoptr(ClNegotiationAsk) first = g_list_model_get_item (asks, 0);
    g_autoptr(ClNegotiationAsk) last = g_list_model_get_item (asks, 2);

    g_assert_true (first == base);
    g_assert_true (last == sign_on);
  }
  g_assert_cmpuint (cl_negotiation_ask_get_position (base), ==, 0);
  g_assert_cmpuint (cl_negotiation_ask_get_position (level), ==, 1);
  g_assert_cmpuint (cl_negotiation_ask_get_position (sign_on), ==, 2);
  g_assert_cmpstr (cl_negotiation_ask_get_details (level), ==, "Staff (L6)");
  g_assert_cmpint (cl_negotiation_ask_get_priority (level), ==, CL_ASK_PRIORITY_MEDIUM);
  g_assert_cmpuint (g_list_model_get_n_items (cl_offer_store_get_asks (fixture->store,
                                                                       fixture->other_id)),
                    ==, 1);
  rows = query_text (fixture, "SELECT position, kind, amount, details, priority"
                              " FROM negotiation_asks ORDER BY id");
  g_assert_cmpstr (rows, ==,
                   "0|base|19500000|NULL|high\n1|level|NULL|Staff (L6)|medium\n"
                   "2|sign-on|NULL|Cover the unvested RSUs|medium\n0|start-date|NULL|2027-02-01|"
                   "medium\n");
  assert_reload_same (fixture);

  /* An edited copy keeps its place. */
  cl_test_count_emissions (sign_on, "notify", &n_notifies);
  copy = cl_negotiation_ask_copy (sign_on);
  g_object_set (copy, "amount", (gint64) 4000000, "priority", CL_ASK_PRIORITY_LOW, NULL);
  g_assert_true (cl_offer_store_update_ask (fixture->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_notifies, ==, 2);
  g_assert_cmpint (cl_negotiation_ask_get_amount (sign_on), ==, 4000000);
  g_assert_cmpuint (cl_negotiation_ask_get_position (sign_on), ==, 2);

  /* Refused, as added and as edited. */
  {
    g_autoptr(ClNegotiationAsk) empty_level = cl_negotiation_ask_new (CL_ASK_KIND_LEVEL, -1, " ");
    g_autoptr(ClNegotiationAsk) empty_date = cl_negotiation_ask_new (CL_ASK_KIND_START_DATE, -1,
                                                                      NULL);
    g_autoptr(ClNegotiationAsk) empty_other = cl_negotiation_ask_new (CL_ASK_KIND_OTHER, -1, NULL);
    g_autoptr(ClNegotiationAsk) empty_base = cl_negotiation_ask_new (CL_ASK_KIND_EQUITY, -1, NULL);
    g_autoptr(ClNegotiationAsk) priced_level = cl_negotiation_ask_new (CL_ASK_KIND_LEVEL, 100,
                                                                        "L6");
    g_autoptr(ClNegotiationAsk) negative = cl_negotiation_ask_new (CL_ASK_KIND_BASE, -7, NULL);
    g_autofree char *long_details = g_strnfill (1001, 'd');
    g_autoptr(ClNegotiationAsk) wordy = cl_negotiation_ask_new (CL_ASK_KIND_OTHER, -1,
                                                                 long_details);

    assert_refused (fixture, add_ask, empty_level, CL_VALIDATION_ERROR_REQUIRED, "details", NULL,
                    "Say which level you ask for, such as Staff.");
    assert_refused (fixture, add_ask, empty_date, CL_VALIDATION_ERROR_REQUIRED, "details", NULL,
                    "Say which start date you ask for.");
    assert_refused (fixture, add_ask, empty_other, CL_VALIDATION_ERROR_REQUIRED, "details", NULL,
                    "Say what you ask for.");
    assert_refused (fixture, add_ask, empty_base, CL_VALIDATION_ERROR_REQUIRED, "amount", NULL,
                    "Give the amount you ask for, or say what you ask for in the details.");
    assert_refused (fixture, add_ask, priced_level, CL_VALIDATION_ERROR_INCONSISTENT, "amount",
                    NULL,
                    "Only asks for base salary, equity or a sign-on bonus have an amount. Clear "
                    "the amount and say what you ask for in the details.");
    assert_refused (fixture, add_ask, negative, CL_VALIDATION_ERROR_OUT_OF_RANGE, "amount", NULL,
                    "The amount asked for must be between 0 and 999,999,999,999.99, or left "
                    "empty.");
    assert_refused (fixture, add_ask, wordy, CL_VALIDATION_ERROR_TOO_LONG, "details", NULL,
                    "The details can be at most 1000 characters long.");

    g_object_set (copy, "amount", (gint64) -1, "details", NULL, NULL);
    assert_refused (fixture, update_ask, copy, CL_VALIDATION_ERROR_REQUIRED, "amount", NULL, NULL);
    /* The kind changes with its words: a sign-on ask becomes "other". */
    g_object_set (copy, "kind", CL_ASK_KIND_OTHER, "details", "Relocation", NULL);
    g_assert_true (cl_offer_store_update_ask (fixture->store, copy, &error));
    g_assert_no_error (error);
    g_assert_cmpint (cl_negotiation_ask_get_kind (sign_on), ==, CL_ASK_KIND_OTHER);

    /* No offer: nothing made, no plan either. */
    g_assert_false (cl_offer_store_add_ask (fixture->store, UNKNOWN_ID, empty_level, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_REQUIRED);
    g_clear_error (&error);
    g_object_set (empty_level, "details", "Staff", NULL);
    g_assert_false (cl_offer_store_add_ask (fixture->store, UNKNOWN_ID, empty_level, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpint (cl_negotiation_ask_get_id (empty_level), ==, 0);
    g_assert_cmpint (query (fixture, "SELECT count(*) FROM negotiation_plans"), ==, 2);
  }

  /* Deleted: a gap is left, a new ask goes after the last. */
  gone = g_object_ref (level);
  g_assert_true (cl_offer_store_delete_ask (fixture->store, gone, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (asks), ==, 2);
  {
    ClNegotiationAsk *equity =
      keep_ask (fixture, fixture->offer_id, cl_negotiation_ask_new (CL_ASK_KIND_EQUITY, 1, NULL));
    g_autoptr(ClNegotiationAsk) last = g_list_model_get_item (asks, 2);

    g_assert_cmpuint (cl_negotiation_ask_get_position (equity), ==, 3);
    g_assert_true (last == equity);
  }
  g_assert_false (cl_offer_store_delete_ask (fixture->store, gone, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    g_autoptr(ClNegotiationAsk) stale = cl_negotiation_ask_copy (gone);

    g_assert_false (cl_offer_store_update_ask (fixture->store, stale, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  assert_reload_same (fixture);

  g_signal_handlers_disconnect_by_data (sign_on, &n_notifies);
  g_signal_handlers_disconnect_by_data (asks, &n_items_changed);
}

/* Rounds and revisions ------------------------------------------------------------- */

static ClNegotiationRound *
new_round (gint64 happened_at,
           gint64 base,
           gint64 bonus,
           gint64 sign_on,
           gint64 equity)
{
  ClNegotiationRound *round = cl_negotiation_round_new (happened_at);

  g_object_set (round, "asked", "Asked for 195k base", "offered-base", base, "offered-bonus",
                bonus, "offered-sign-on", sign_on, "offered-equity", equity, NULL);
  return round;
}

static ClNegotiationRound *
keep_round (Fixture            *fixture,
            ClNegotiationRound *round,
            gboolean            apply_numbers)
{
  g_autoptr(ClNegotiationRound) owned = round;
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_offer_store_add_negotiation_round (fixture->store, fixture->offer_id, owned,
                                                       apply_numbers, &error));
  g_assert_no_error (error);
  return owned;
}

static char *
revisions_text (Fixture *fixture)
{
  return query_text (fixture, "SELECT coalesce (negotiation_round_id, 0), base_salary,"
                              " bonus_basis_points, bonus_amount, sign_on, equity_amount,"
                              " equity_shares, share_price, refresher_amount"
                              " FROM offer_revisions ORDER BY id");
}

static void
test_rounds (Fixture      *fixture,
             gconstpointer data)
{
  GListModel *rounds = cl_offer_store_get_negotiation_rounds (fixture->store, fixture->offer_id);
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ClNegotiationRound) copy = NULL;
  g_autoptr(ClNegotiationRound) gone = NULL;
  g_autofree char    *text = NULL;
  g_autofree char    *expected = NULL;
  ClNegotiationRound *first;
  ClNegotiationRound *second;
  ClNegotiationRound *third;
  guint               n_offer_notifies = 0;
  guint               n_items_changed = 0;

  g_assert_true (g_list_model_get_item_type (rounds) == CL_TYPE_NEGOTIATION_ROUND);
  cl_test_count_emissions (fixture->offer, "notify", &n_offer_notifies);
  cl_test_count_emissions (rounds, "items-changed", &n_items_changed);

  /* Numbers noted but not applied: the plan and the initial revision are
   * made, the offer stays. */
  first = keep_round (fixture, new_round (CL_TEST_NOW - 3 * DAY, 19000000, -1, -1, -1), FALSE);
  g_assert_cmpint (cl_negotiation_round_get_id (first), >, 0);
  g_assert_nonnull (cl_offer_store_get_plan (fixture->store, fixture->offer_id));
  g_assert_cmpint (cl_negotiation_round_get_plan_id (first), ==,
                   cl_negotiation_plan_get_id (
                     cl_offer_store_get_plan (fixture->store, fixture->offer_id)));
  g_assert_cmpint (cl_offer_get_base_salary (fixture->offer), ==, 18000000);
  g_assert_cmpuint (n_offer_notifies, ==, 0);
  g_assert_cmpuint (n_items_changed, ==, 1);
  text = revisions_text (fixture);
  g_assert_cmpstr (text, ==, "0|18000000|1500|NULL|3000000|NULL|4000|1234567|NULL\n");
  g_clear_pointer (&text, g_free);

  /* Applied: base, bonus (now an amount) and equity (now an amount) change;
   * a revision of that round, the initial one written once only. */
  second = keep_round (fixture, new_round (CL_TEST_NOW - DAY, 19500000, 3000000, -1, 60000000),
                       TRUE);
  g_assert_cmpuint (n_offer_notifies, >, 0);
  g_assert_cmpint (cl_offer_get_base_salary (fixture->offer), ==, 19500000);
  g_assert_cmpint (cl_offer_get_bonus_amount (fixture->offer), ==, 3000000);
  g_assert_cmpint (cl_offer_get_bonus_basis_points (fixture->offer), ==, -1);
  g_assert_cmpint (cl_offer_get_equity_amount (fixture->offer), ==, 60000000);
  g_assert_cmpint (cl_offer_get_equity_shares (fixture->offer), ==, -1);
  g_assert_cmpint (cl_offer_get_share_price (fixture->offer), ==, -1);
  g_assert_cmpint (cl_offer_get_sign_on (fixture->offer), ==, 3000000);
  g_assert_cmpint (cl_offer_get_sign_on_year2 (fixture->offer), ==, 1000000);

  /* A smaller sign-on bonus than its year-2 part clears that part. */
  n_offer_notifies = 0;
  third = keep_round (fixture, new_round (CL_TEST_NOW - 2 * DAY, -1, -1, 500000, -1), TRUE);
  g_assert_cmpuint (n_offer_notifies, ==, 2);
  g_assert_cmpint (cl_offer_get_sign_on (fixture->offer), ==, 500000);
  g_assert_cmpint (cl_offer_get_sign_on_year2 (fixture->offer), ==, -1);
  /* No numbers: applying changes nothing and records no revision. */
  n_offer_notifies = 0;
  keep_round (fixture, cl_negotiation_round_new (CL_TEST_NOW), TRUE);
  g_assert_cmpuint (n_offer_notifies, ==, 0);

  text = revisions_text (fixture);
  expected = g_strdup_printf ("0|18000000|1500|NULL|3000000|NULL|4000|1234567|NULL\n"
                              "%" G_GINT64_FORMAT
                              "|19500000|NULL|3000000|3000000|60000000|NULL|NULL|NULL\n"
                              "%" G_GINT64_FORMAT
                              "|19500000|NULL|3000000|500000|60000000|NULL|NULL|NULL\n",
                              cl_negotiation_round_get_id (second),
                              cl_negotiation_round_get_id (third));
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM negotiation_plans"), ==, 1);

  /* The latest first. */
  g_assert_cmpuint (g_list_model_get_n_items (rounds), ==, 4);
  {
    g_autoptr(ClNegotiationRound) one = g_list_model_get_item (rounds, 1);
    g_autoptr(ClNegotiationRound) two = g_list_model_get_item (rounds, 2);
    g_autoptr(ClNegotiationRound) three = g_list_model_get_item (rounds, 3);

    g_assert_true (one == second);
    g_assert_true (two == third);
    g_assert_true (three == first);
  }

  /* Revisions, the oldest first, read on demand. */
  revisions = cl_offer_store_get_revisions (fixture->store, fixture->offer_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (revisions->len, ==, 3);
  g_assert_cmpint (cl_offer_revision_get_negotiation_round_id (g_ptr_array_index (revisions, 0)),
                   ==, 0);
  g_assert_cmpint (cl_offer_revision_get_base_salary (g_ptr_array_index (revisions, 0)), ==,
                   18000000);
  g_assert_cmpint (cl_offer_revision_get_share_price (g_ptr_array_index (revisions, 0)), ==,
                   1234567);
  g_assert_cmpint (cl_offer_revision_get_equity_amount (g_ptr_array_index (revisions, 0)), ==, -1);
  g_assert_cmpint (cl_offer_revision_get_recorded_at (g_ptr_array_index (revisions, 2)), ==,
                   CL_TEST_NOW);
  g_assert_cmpint (cl_offer_revision_get_offer_id (g_ptr_array_index (revisions, 2)), ==,
                   fixture->offer_id);
  g_assert_cmpint (cl_offer_revision_get_negotiation_round_id (g_ptr_array_index (revisions, 2)),
                   ==, cl_negotiation_round_get_id (third));
  g_clear_pointer (&revisions, g_ptr_array_unref);
  revisions = cl_offer_store_get_revisions (fixture->store, fixture->other_id, &error);
  g_assert_cmpuint (revisions->len, ==, 0);
  assert_reload_same (fixture);

  /* An edit is not applied again. */
  n_offer_notifies = 0;
  copy = cl_negotiation_round_copy (second);
  g_object_set (copy, "offered-base", (gint64) 20000000, "outcome",
                CL_NEGOTIATION_OUTCOME_IMPROVED, "response", "They met us halfway", NULL);
  g_assert_true (cl_offer_store_update_negotiation_round (fixture->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_negotiation_round_get_offered_base (second), ==, 20000000);
  g_assert_cmpint (cl_negotiation_round_get_outcome (second), ==, CL_NEGOTIATION_OUTCOME_IMPROVED);
  g_assert_cmpint (cl_offer_get_base_salary (fixture->offer), ==, 19500000);
  g_assert_cmpuint (n_offer_notifies, ==, 0);

  /* Deleted: its revision stays, linked to no round. */
  second = gone = g_object_ref (second);
  g_assert_true (cl_offer_store_delete_negotiation_round (fixture->store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rounds), ==, 3);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM offer_revisions"), ==, 3);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM offer_revisions"
                                   " WHERE negotiation_round_id IS NULL"),
                   ==, 2);
  g_assert_false (cl_offer_store_update_negotiation_round (fixture->store, copy, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (cl_offer_store_delete_negotiation_round (fixture->store, second, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Refused. */
  {
    g_autoptr(ClNegotiationRound) undated = cl_negotiation_round_new (0);
    g_autoptr(ClNegotiationRound) negative = new_round (CL_TEST_NOW, -5, -1, -1, -1);
    g_autoptr(ClNegotiationRound) huge = new_round (CL_TEST_NOW, -1, -1, -1,
                                                     CL_OFFER_MAX_AMOUNT + 1);
    g_autoptr(ClNegotiationRound) odd = cl_negotiation_round_new (CL_TEST_NOW);
    g_autofree char *long_text = g_strnfill (20001, 'r');

    assert_refused (fixture, add_round, undated, CL_VALIDATION_ERROR_OUT_OF_RANGE, "happened-at",
                    NULL, "Choose the day of this round.");
    assert_refused (fixture, add_round, negative, CL_VALIDATION_ERROR_OUT_OF_RANGE,
                    "offered-base", NULL,
                    "The base salary offered must be between 0 and 999,999,999,999.99, or left "
                    "empty.");
    assert_refused (fixture, add_round, huge, CL_VALIDATION_ERROR_OUT_OF_RANGE, "offered-equity",
                    NULL,
                    "The equity offered must be between 0 and 999,999,999,999.99, or left "
                    "empty.");
    g_object_set (odd, "response", long_text, NULL);
    assert_refused (fixture, add_round, odd, CL_VALIDATION_ERROR_TOO_LONG, "response", NULL,
                    "The response can be at most 20000 characters long.");
    g_object_set (odd, "response", NULL, "asked", "\x1b", NULL);
    assert_refused (fixture, add_round, odd, CL_VALIDATION_ERROR_FORMAT, "asked", NULL, NULL);
    g_object_set (copy, "offered-bonus", (gint64) -2, NULL);
    assert_refused (fixture, update_round, copy, CL_VALIDATION_ERROR_OUT_OF_RANGE,
                    "offered-bonus", NULL, NULL);
  }

  g_signal_handlers_disconnect_by_data (fixture->offer, &n_offer_notifies);
  g_signal_handlers_disconnect_by_data (rounds, &n_items_changed);
}

/* A round whose numbers cannot be written leaves nothing: no plan, no
 * round, no revision, the offer as it was, and nothing announced. */
static void
test_round_rollback (Fixture      *fixture,
                     gconstpointer data)
{
  static const struct
  {
    const char *operation;
    const char *table;
  } failures[] = {
    { "INSERT", "negotiation_plans" },
    { "INSERT", "offer_revisions" },
    { "INSERT", "negotiation_rounds" },
    { "UPDATE", "offers" },
  };
  g_autoptr(GError) error = NULL;
  ClTestSnapshot snapshot;
  ClTestChanges  changes;
  guint          n_offer_notifies = 0;

  cl_test_count_emissions (fixture->offer, "notify", &n_offer_notifies);
  cl_test_snapshot_take (&snapshot, fixture->base.database, dump_models (fixture));
  cl_test_changes_watch (&changes, fixture->base.database);

  for (guint i = 0; i < G_N_ELEMENTS (failures); i++)
    {
      g_autoptr(ClNegotiationRound) round = new_round (CL_TEST_NOW, 20000000, 1, 2, 3);

      cl_test_fail_on (fixture->base.database, failures[i].operation, failures[i].table);
      g_assert_false (cl_offer_store_add_negotiation_round (fixture->store, fixture->offer_id,
                                                            round, TRUE, &error));
      g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
      g_clear_error (&error);
      cl_test_heal (fixture->base.database);
      g_assert_cmpint (cl_negotiation_round_get_id (round), ==, 0);
      g_assert_cmpint (cl_negotiation_round_get_plan_id (round), ==, 0);
    }

  /* A file that cannot be written, a full disk. */
  {
    g_autoptr(ClNegotiationRound) round = new_round (CL_TEST_NOW, 20000000, -1, -1, -1);
    g_autofree char *long_text = cl_test_long_text ();

    cl_test_set_read_only (fixture->base.database);
    g_assert_false (cl_offer_store_add_negotiation_round (fixture->store, fixture->offer_id,
                                                          round, TRUE, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);

    g_object_set (round, "response", long_text, NULL);
    cl_test_set_disk_full (fixture->base.database);
    g_assert_false (cl_offer_store_add_negotiation_round (fixture->store, fixture->offer_id,
                                                          round, TRUE, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
  }

  /* The numbers fail the offer's own checks when written: the offer's row
   * holds a schedule the checks refuse (as another program could leave it). */
  {
    g_autoptr(ClNegotiationRound) round = new_round (CL_TEST_NOW, 20000000, -1, -1, -1);
    g_autofree char *sql = g_strdup_printf ("UPDATE offers SET vesting_years = 1,"
                                            " cliff_months = 24 WHERE id = %" G_GINT64_FORMAT,
                                            fixture->offer_id);
    g_autofree char *undo = g_strdup_printf ("UPDATE offers SET vesting_years = 4,"
                                             " cliff_months = 12 WHERE id = %" G_GINT64_FORMAT,
                                             fixture->offer_id);

    g_assert_cmpint (cl_test_exec (fixture->base.database, sql), ==, SQLITE_OK);
    g_assert_false (cl_offer_store_add_negotiation_round (fixture->store, fixture->offer_id,
                                                          round, TRUE, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_INCONSISTENT);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "cliff-months");
    g_clear_error (&error);
    g_assert_cmpint (cl_test_exec (fixture->base.database, undo), ==, SQLITE_OK);
  }

  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database, dump_models (fixture));
  g_assert_cmpuint (changes.n_changes, ==, 0);
  g_assert_cmpuint (n_offer_notifies, ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM negotiation_plans"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM offer_revisions"), ==, 0);
  cl_test_changes_clear (&changes);
  g_signal_handlers_disconnect_by_data (fixture->offer, &n_offer_notifies);

  /* The same round goes through once nothing stands in the way. */
  {
    g_autoptr(ClNegotiationRound) round = new_round (CL_TEST_NOW, 20000000, 1, 2, 3);

    g_assert_true (cl_offer_store_add_negotiation_round (fixture->store, fixture->offer_id, round,
                                                         TRUE, &error));
    g_assert_no_error (error);
    g_assert_cmpint (cl_offer_get_base_salary (fixture->offer), ==, 20000000);
    g_assert_cmpint (query (fixture, "SELECT count(*) FROM offer_revisions"), ==, 2);
  }
}

/* Asks and ranges refused by the database change nothing either. */
static void
test_rollback (Fixture      *fixture,
               gconstpointer data)
{
  ClNegotiationAsk *kept =
    keep_ask (fixture, fixture->other_id, cl_negotiation_ask_new (CL_ASK_KIND_BASE, 1, NULL));
  ClMarketRange *range = keep_range (fixture, new_range ("Levels.fyi", "USD",
                                                         CL_MARKET_COMPONENT_TOTAL, NULL, 1));
  g_autoptr(ClNegotiationAsk) ask = cl_negotiation_ask_new (CL_ASK_KIND_BASE, 1, NULL);
  g_autoptr(ClNegotiationAsk) ask_copy = cl_negotiation_ask_copy (kept);
  g_autoptr(ClMarketRange) range_copy = cl_market_range_copy (range);
  g_autoptr(ClExchangeRate) rate = cl_exchange_rate_new ("EUR", "USD", 1, "2026-10-01");
  g_autoptr(GError) error = NULL;
  ClTestSnapshot snapshot;
  ClTestChanges  changes;

  cl_test_snapshot_take (&snapshot, fixture->base.database, dump_models (fixture));
  cl_test_changes_watch (&changes, fixture->base.database);

  /* The ask would make the plan; failing at the ask takes the plan back. */
  cl_test_fail_on (fixture->base.database, "INSERT", "negotiation_asks");
  g_assert_false (cl_offer_store_add_ask (fixture->store, fixture->offer_id, ask, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);

  cl_test_set_read_only (fixture->base.database);
  g_object_set (ask_copy, "amount", (gint64) 5, NULL);
  g_object_set (range_copy, "p50", (gint64) 5, NULL);
  g_assert_false (cl_offer_store_update_ask (fixture->store, ask_copy, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (cl_offer_store_delete_ask (fixture->store, kept, &error));
  g_clear_error (&error);
  g_assert_false (cl_offer_store_update_market_range (fixture->store, range_copy, &error));
  g_clear_error (&error);
  g_assert_false (cl_offer_store_delete_market_range (fixture->store, range, &error));
  g_clear_error (&error);
  g_assert_false (cl_offer_store_add_exchange_rate (fixture->store, rate, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);

  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database, dump_models (fixture));
  g_assert_cmpuint (changes.n_changes, ==, 0);
  g_assert_cmpint (cl_negotiation_ask_get_id (ask), ==, 0);
  g_assert_cmpint (cl_exchange_rate_get_id (rate), ==, 0);
  cl_test_changes_clear (&changes);
}

/* Deleting an offer ---------------------------------------------------------------- */

static void
test_delete_offer (Fixture      *fixture,
                   gconstpointer data)
{
  GListModel *asks = cl_offer_store_get_asks (fixture->store, fixture->offer_id);
  GListModel *rounds = cl_offer_store_get_negotiation_rounds (fixture->store, fixture->offer_id);
  g_autoptr(ClNegotiationPlan) leveraged = cl_negotiation_plan_new (fixture->other_id);
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GError) error = NULL;
  ClMarketRange *linked;
  ClMarketRange *unlinked;
  guint          n_changed = 0;

  keep_ask (fixture, fixture->offer_id, cl_negotiation_ask_new (CL_ASK_KIND_BASE, 1, NULL));
  keep_round (fixture, new_round (CL_TEST_NOW, 19000000, -1, -1, -1), TRUE);
  linked = new_range ("Levels.fyi", "USD", CL_MARKET_COMPONENT_TOTAL, NULL, 1);
  g_object_set (linked, "offer-id", fixture->offer_id, NULL);
  linked = keep_range (fixture, linked);
  unlinked =
    keep_range (fixture, new_range ("Glassdoor", "USD", CL_MARKET_COMPONENT_BASE, NULL, 1));
  g_object_set (leveraged, "leverage-offer-id", fixture->offer_id, NULL);
  g_assert_true (cl_offer_store_save_plan (fixture->store, leveraged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (asks), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rounds), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM offer_revisions"), ==, 2);

  cl_test_count_emissions (linked, "notify::offer-id", &n_changed);
  g_assert_true (cl_offer_store_delete_offer (fixture->store, fixture->offer, NULL, &error));
  g_assert_no_error (error);

  /* Its plan, asks, rounds and revisions went with it. */
  g_assert_null (cl_offer_store_get_plan (fixture->store, fixture->offer_id));
  g_assert_cmpuint (g_list_model_get_n_items (asks), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rounds), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM negotiation_plans"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM negotiation_asks"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM negotiation_rounds"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM offer_revisions"), ==, 0);
  revisions = cl_offer_store_get_revisions (fixture->store, fixture->offer_id, &error);
  g_assert_cmpuint (revisions->len, ==, 0);
  /* Its range stays, linked to none; the other plan lost its leverage. */
  g_assert_cmpuint (g_list_model_get_n_items (cl_offer_store_get_market_ranges (fixture->store)),
                    ==, 2);
  g_assert_cmpint (cl_market_range_get_offer_id (linked), ==, 0);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpint (cl_market_range_get_offer_id (unlinked), ==, 0);
  g_assert_true (cl_offer_store_get_plan (fixture->store, fixture->other_id) == leveraged);
  g_assert_cmpint (cl_negotiation_plan_get_leverage_offer_id (leveraged), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  assert_reload_same (fixture);
  g_signal_handlers_disconnect_by_data (linked, &n_changed);
}

/* Changes from elsewhere ------------------------------------------------------------ */

static void
record_offer_cb (ClOfferStore *store,
                 gint64        offer_id,
                 GArray       *ids)
{
  g_array_append_val (ids, offer_id);
}

/* ::negotiation-changed names the offer; the models follow what another
 * program wrote. */
static void
test_follows_changes (Fixture      *fixture,
                      gconstpointer data)
{
  GListModel *asks = cl_offer_store_get_asks (fixture->store, fixture->offer_id);
  GListModel *rounds = cl_offer_store_get_negotiation_rounds (fixture->store, fixture->other_id);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(ClExchangeRate) rate = cl_exchange_rate_new ("EUR", "USD", 1085000, "2026-10-01");
  g_autoptr(GError) error = NULL;
  g_autofree char  *sql = NULL;
  ClNegotiationAsk *ask;

  g_signal_connect (fixture->store, "negotiation-changed", G_CALLBACK (record_offer_cb), ids);

  ask = keep_ask (fixture, fixture->offer_id, cl_negotiation_ask_new (CL_ASK_KIND_BASE, 1, NULL));
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, fixture->offer_id);
  /* A rate is no offer's: no signal, the model follows. */
  g_assert_true (cl_offer_store_add_exchange_rate (fixture->store, rate, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);

  /* Another program adds a round to the other offer's new plan, edits the
   * ask and the rate. */
  sql = g_strdup_printf ("INSERT INTO negotiation_plans (offer_id) VALUES (%" G_GINT64_FORMAT ");"
                         "INSERT INTO negotiation_rounds (plan_id, happened_at, outcome,"
                         " offered_base) VALUES (last_insert_rowid (), %" G_GINT64_FORMAT
                         ", 'unchanged', 9600000);"
                         "UPDATE negotiation_asks SET details = 'theirs';"
                         "UPDATE exchange_rates SET rate = 1090000",
                         fixture->other_id, CL_TEST_NOW);
  cl_test_exec_file (fixture->base.path, sql);
  g_assert_true (cl_database_check_external_changes (fixture->base.database));

  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, 0);
  g_assert_nonnull (cl_offer_store_get_plan (fixture->store, fixture->other_id));
  g_assert_cmpuint (g_list_model_get_n_items (rounds), ==, 1);
  {
    g_autoptr(ClNegotiationRound) round = g_list_model_get_item (rounds, 0);
    g_autoptr(ClNegotiationAsk) same = g_list_model_get_item (asks, 0);

    g_assert_cmpint (cl_negotiation_round_get_offered_base (round), ==, 9600000);
    g_assert_cmpint (cl_negotiation_round_get_outcome (round), ==,
                     CL_NEGOTIATION_OUTCOME_UNCHANGED);
    /* The same objects, with what was written. */
    g_assert_true (same == ask);
    g_assert_cmpstr (cl_negotiation_ask_get_details (ask), ==, "theirs");
  }
  g_assert_cmpint (cl_exchange_rate_get_rate (rate), ==, 1090000);
  assert_reload_same (fixture);

  g_signal_handlers_disconnect_by_data (fixture->store, ids);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/negotiation-store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("market-range/add", test_market_range_add);
  ADD ("market-range/invalid", test_market_range_invalid);
  ADD ("market-range/update-delete", test_market_range_update);
  ADD ("market-range/find", test_market_range_find);
  ADD ("exchange-rate/crud", test_exchange_rates);
  ADD ("exchange-rate/invalid", test_exchange_rate_invalid);
  ADD ("plan", test_plan);
  ADD ("asks", test_asks);
  ADD ("rounds", test_rounds);
  ADD ("rounds/rollback", test_round_rollback);
  ADD ("rollback", test_rollback);
  ADD ("delete-offer", test_delete_offer);
  ADD ("follows-changes", test_follows_changes);

#undef ADD

  return g_test_run ();
}
