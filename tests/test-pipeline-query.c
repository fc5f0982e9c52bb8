/* test-pipeline-query.c — search words and filters of the board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <string.h>

#include "cl-context.h"
#include "cl-pipeline-query.h"
#include "cl-test-util.h"

#define DAY (G_GINT64_CONSTANT (86400))

/* The applications are real cards: the facts the query looks at (company
 * type, referral, red flags, contact names, the day it was added) are
 * store-owned now, so they come from rows written through the stores rather
 * than from properties set on a bare object. */
typedef struct
{
  ClTestFixture    base;
  ClPipelineStore *pipeline;
  ClContactStore  *contacts;
  ClPipelineQuery *query;
  ClApplication   *apps[4]; /* A, B, C, D: their company names start with these letters */
  gint64           ids[4];
  gint64           dev_id; /* the contact whose referral C declined */
} Fixture;

static gint64
add_contact (ClContactStore *contacts,
             const char     *name)
{
  return cl_contact_get_id (cl_test_add_contact (contacts, name, NULL));
}

/* Adds an application when the clock shows @created_at; returns the shared
 * object. */
static ClApplication *
add_application (ClPipelineStore *pipeline,
                 ClClock         *clock,
                 gint64           created_at,
                 const char      *company,
                 ClCompanyType    company_type,
                 const char      *role,
                 const char      *first_property,
                 ...)
{
  g_autoptr(ClApplication) application = cl_application_new (company, role);
  g_autoptr(GError) error = NULL;
  va_list args;

  g_object_set (cl_application_get_company (application), "company-type", company_type, NULL);
  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (application), first_property, args);
  va_end (args);

  cl_clock_set (clock, created_at);
  g_assert_true (cl_pipeline_store_add_application (pipeline, application, 0, &error));
  g_assert_no_error (error);
  return application; /* owned by the store now */
}

static void
set_referral (ClPipelineStore *pipeline,
              ClApplication   *application,
              gint64           contact_id,
              ClReferralStatus status)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (
    cl_pipeline_store_set_referral (pipeline, application, contact_id, status, &error));
  g_assert_no_error (error);
}

static void
add_red_flag (ClRedFlagStore *red_flags,
              ClApplication  *application,
              ClRedFlagKind   kind)
{
  g_autoptr(GError) error = NULL;

  g_autoptr(ClRedFlag) flag = cl_red_flag_new (cl_application_get_id (application), kind, NULL);

  g_assert_true (cl_red_flag_store_save_flag (red_flags, flag, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);

  /* The rows, written through the stores of a first context… */
  {
    ClPipelineStore *pipeline = cl_context_get_pipeline_store (fixture->base.context);
    ClContactStore  *contacts = cl_context_get_contact_store (fixture->base.context);
    ClRedFlagStore  *flags = cl_context_get_red_flag_store (fixture->base.context);
    gint64           ana, ben, cleo, zoe;
    ClApplication   *a, *b, *c, *z;
    g_autofree char *sql = NULL;

    ana = add_contact (contacts, "Ana Costa");
    ben = add_contact (contacts, "Ben Smith");
    cleo = add_contact (contacts, "Cleo Adeyemi");
    zoe = add_contact (contacts, "Zoë Müller");
    fixture->dev_id = add_contact (contacts, "Dev Patel");

    a = add_application (pipeline, fixture->base.clock, CL_TEST_NOW + 1 * DAY, "Acme AI",
                         CL_COMPANY_TYPE_STARTUP, "Machine Learning Engineer",
                         "notes", "Team in Zürich, hybrid",
                         "interest", 4u,
                         "posted-level", "L5",
                         "target-level", "Staff",
                         NULL);
    b = add_application (pipeline, fixture->base.clock, CL_TEST_NOW + 2 * DAY, "Borealis Health",
                         CL_COMPANY_TYPE_SCALE_UP, "Applied Scientist",
                         "interest", 2u,
                         "posted-level", "Senior",
                         NULL);
    c = add_application (pipeline, fixture->base.clock, CL_TEST_NOW + 3 * DAY, "Cobalt Systems",
                         CL_COMPANY_TYPE_LISTED, "Data Scientist",
                         "notes", "Berlin office",
                         NULL);
    z = add_application (pipeline, fixture->base.clock, CL_TEST_NOW + 4 * DAY - 1, "Zephyr Labs",
                         CL_COMPANY_TYPE_STARTUP, "Research Engineer",
                         "notes", "Remote; ZÜRICH office optional",
                         "interest", 5u,
                         "posted-level", "L4",
                         NULL);
    cl_clock_set (fixture->base.clock, CL_TEST_NOW);

    set_referral (pipeline, a, ana, CL_REFERRAL_STATUS_SUBMITTED);
    add_red_flag (flags, a, CL_RED_FLAG_KIND_OVERWORK);
    set_referral (pipeline, b, ben, CL_REFERRAL_STATUS_ASKED);
    set_referral (pipeline, b, cleo, CL_REFERRAL_STATUS_ASKED);
    /* A declined referral still names its contact on the card. */
    set_referral (pipeline, c, fixture->dev_id, CL_REFERRAL_STATUS_DECLINED);
    add_red_flag (flags, c, CL_RED_FLAG_KIND_TURNOVER);
    add_red_flag (flags, c, CL_RED_FLAG_KIND_VAGUE_ROLE);

    fixture->ids[0] = cl_application_get_id (a);
    fixture->ids[1] = cl_application_get_id (b);
    fixture->ids[2] = cl_application_get_id (c);
    fixture->ids[3] = cl_application_get_id (z);

    /* Z knows Zoë from a call: no store writes interactions yet. */
    sql =
      g_strdup_printf ("INSERT INTO interactions (contact_id, application_id, occurred_at, channel)"
                       " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                       ", 'call')",
                       zoe, fixture->ids[3], CL_TEST_NOW);
    g_assert_cmpint (cl_test_exec (fixture->base.database, sql), ==, SQLITE_OK);
  }

  /* …and read by another, as the app reads them when it starts. */
  g_clear_object (&fixture->base.context);
  fixture->base.context = cl_test_fixture_reload (&fixture->base);
  fixture->pipeline = cl_context_get_pipeline_store (fixture->base.context);
  fixture->contacts = cl_context_get_contact_store (fixture->base.context);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->apps); i++)
    {
      fixture->apps[i] =
        g_object_ref (cl_pipeline_store_find_application (fixture->pipeline, fixture->ids[i]));
      g_assert_nonnull (fixture->apps[i]);
    }

  /* What the old fixture set by hand. */
  g_assert_cmpstr (cl_application_get_contact_names (fixture->apps[0]), ==, "Ana Costa");
  g_assert_cmpstr (cl_application_get_contact_names (fixture->apps[1]), ==,
                   "Ben Smith, Cleo Adeyemi");
  g_assert_cmpstr (cl_application_get_contact_names (fixture->apps[2]), ==, "Dev Patel");
  g_assert_cmpstr (cl_application_get_contact_names (fixture->apps[3]), ==, "Zoë Müller");
  g_assert_cmpint (cl_application_get_referral_status (fixture->apps[0]), ==,
                   CL_REFERRAL_STATUS_SUBMITTED);
  g_assert_cmpint (cl_application_get_referral_status (fixture->apps[1]), ==,
                   CL_REFERRAL_STATUS_ASKED);
  g_assert_cmpint (cl_application_get_referral_status (fixture->apps[2]), ==,
                   CL_REFERRAL_STATUS_DECLINED);
  g_assert_cmpint (cl_application_get_referral_status (fixture->apps[3]), ==,
                   CL_REFERRAL_STATUS_NONE);
  g_assert_cmpuint (cl_application_get_red_flag_count (fixture->apps[0]), ==, 1);
  g_assert_cmpuint (cl_application_get_red_flag_count (fixture->apps[2]), ==, 2);
  g_assert_cmpint (cl_application_get_created_at (fixture->apps[3]), ==, CL_TEST_NOW + 4 * DAY - 1);
  g_assert_cmpint (cl_application_get_company_type (fixture->apps[1]), ==,
                   CL_COMPANY_TYPE_SCALE_UP);

  fixture->query = cl_pipeline_query_new ();
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->apps); i++)
    g_clear_object (&fixture->apps[i]);
  g_clear_object (&fixture->query);
  cl_test_fixture_teardown (&fixture->base);
}

/* The first letters of the matching companies, e.g. "AD". */
static char *
matching (Fixture *fixture)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixture->apps); i++)
    if (cl_pipeline_query_matches (fixture->query, fixture->apps[i]))
      g_string_append_c (out, cl_application_get_company_name (fixture->apps[i])[0]);
  return g_string_free (out, FALSE);
}

/* clang-format off */
#define assert_matching(fixture, expected) \
  G_STMT_START { \
    g_autofree char *__m = matching (fixture); \
    g_assert_cmpstr (__m, ==, expected); \
  } G_STMT_END
/* clang-format on */

static void
assert_text_matches (Fixture    *fixture,
                     const char *text,
                     const char *expected)
{
  g_autofree char *found = NULL;

  cl_pipeline_query_set_text (fixture->query, text);
  found = matching (fixture);
  if (g_strcmp0 (found, expected) != 0)
    g_error ("“%s” matched “%s”, expected “%s”", text, found, expected);
}

/* Saves an edited copy of a card, which must succeed. */
static void
save (Fixture       *fixture,
      ClApplication *copy)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_pipeline_store_save_application (fixture->pipeline, copy, 0, &error));
  g_assert_no_error (error);
}

static void
test_text (Fixture      *fixture,
           gconstpointer data)
{
  static const struct
  {
    const char *text;
    const char *expected;
  } cases[] = {
    { NULL, "ABCZ" },
    { "", "ABCZ" },
    { "   ", "ABCZ" },
    /* Any case, accented letters included. */
    { "zürich", "AZ" },
    { "Zürich", "AZ" },
    { "ZÜRICH", "AZ" },
    { "zurich", "" },
    { "ACME", "A" },
    { "acme ai", "A" },
    /* Every word must match, wherever it is. */
    { "acme zürich", "A" },
    { "  acme \t zürich  ", "A" },
    { "acme berlin", "" },
    { "zürich engineer", "AZ" },
    { "zürich research", "Z" },
    /* Role, notes and contact names. */
    { "scientist", "BC" },
    { "berlin", "C" },
    { "cleo", "B" },
    { "smith cleo", "B" },
    { "müller", "Z" },
    { "MÜLLER", "Z" },
    { "zoë", "Z" },
    { "costa", "A" },
    { "nobody", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_text_matches (fixture, cases[i].text, cases[i].expected);

  cl_pipeline_query_set_text (fixture->query, "");
  g_assert_null (cl_pipeline_query_get_text (fixture->query));
  cl_pipeline_query_set_text (fixture->query, "Acme");
  g_assert_cmpstr (cl_pipeline_query_get_text (fixture->query), ==, "Acme");

  /* The search text follows edits of the application and its facts, saved
   * through the stores (the shared cards are not edited directly any more). */
  {
    g_autoptr(ClApplication) copy = cl_application_copy (fixture->apps[1]);

    g_object_set (copy, "notes", "Moving to Zürich", NULL);
    /* Not before it is saved. */
    assert_text_matches (fixture, "zürich", "AZ");
    save (fixture, copy);
  }
  assert_text_matches (fixture, "zürich", "ABZ");
  /* The referring contact renamed, through the contact store. */
  {
    g_autoptr(ClContact) copy = cl_contact_copy (cl_contact_store_find_contact (fixture->contacts,
                                                                                 fixture->dev_id));
    g_autoptr(GError) error = NULL;

    g_object_set (copy, "name", "Dana Ørsted", NULL);
    g_assert_true (cl_contact_store_update_contact (fixture->contacts, copy, &error));
    g_assert_no_error (error);
  }
  assert_text_matches (fixture, "ørsted", "C");
  assert_text_matches (fixture, "patel", "");
  {
    g_autoptr(ClApplication) copy = cl_application_copy (fixture->apps[2]);

    g_object_set (cl_application_get_company (copy), "name", "Quill Analytics", NULL);
    save (fixture, copy);
  }
  assert_text_matches (fixture, "quill ørsted", "Q");
  assert_text_matches (fixture, "cobalt", "");
  {
    g_autoptr(ClApplication) copy = cl_application_copy (fixture->apps[0]);

    g_object_set (copy, "role", "Platform Lead", NULL);
    save (fixture, copy);
  }
  assert_text_matches (fixture, "platform", "A");
  assert_text_matches (fixture, "machine", "");
}

static void
set_and_expect (Fixture    *fixture,
                const char *expected,
                const char *first_property,
                ...)
{
  va_list          args;
  g_autofree char *found = NULL;

  cl_pipeline_query_reset_filters (fixture->query);
  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (fixture->query), first_property, args);
  va_end (args);

  g_assert_true (cl_pipeline_query_has_filters (fixture->query));
  found = matching (fixture);
  if (g_strcmp0 (found, expected) != 0)
    g_error ("filter on %s matched “%s”, expected “%s”", first_property, found, expected);
}

static void
test_filters (Fixture      *fixture,
              gconstpointer data)
{
  const gint64 day2 = CL_TEST_NOW - CL_TEST_NOW % DAY + 2 * DAY; /* midnight before B was added */
  const gint64 day3 = day2 + DAY;

  g_assert_false (cl_pipeline_query_has_filters (fixture->query));
  assert_matching (fixture, "ABCZ");

  /* One at a time. */
  set_and_expect (fixture, "AZ", "company-type", (int) CL_COMPANY_TYPE_STARTUP, NULL);
  set_and_expect (fixture, "C", "company-type", (int) CL_COMPANY_TYPE_LISTED, NULL);
  set_and_expect (fixture, "", "company-type", (int) CL_COMPANY_TYPE_BIG_TECH, NULL);
  set_and_expect (fixture, "ABZ", "min-interest", 1u, NULL);
  set_and_expect (fixture, "AZ", "min-interest", 4u, NULL);
  set_and_expect (fixture, "Z", "min-interest", 5u, NULL);
  /* The level is the target level, else the posted one, in any case. */
  set_and_expect (fixture, "A", "level", "staff", NULL);
  set_and_expect (fixture, "A", "level", "  STAFF ", NULL);
  set_and_expect (fixture, "", "level", "L5", NULL);
  set_and_expect (fixture, "B", "level", "senior", NULL);
  set_and_expect (fixture, "Z", "level", "l4", NULL);
  set_and_expect (fixture, "Z", "level", "L", NULL);
  set_and_expect (fixture, "AC", "red-flags-only", TRUE, NULL);
  /* A declined referral is no referral. */
  set_and_expect (fixture, "AB", "referral-only", TRUE, NULL);
  /* Added on or after; added before. */
  set_and_expect (fixture, "BCZ", "added-after", day2, NULL);
  set_and_expect (fixture, "BCZ", "added-after", CL_TEST_NOW + 2 * DAY, NULL);
  set_and_expect (fixture, "CZ", "added-after", CL_TEST_NOW + 2 * DAY + 1, NULL);
  set_and_expect (fixture, "AB", "added-before", day3, NULL);
  set_and_expect (fixture, "A", "added-before", CL_TEST_NOW + 2 * DAY, NULL);
  set_and_expect (fixture, "AB", "added-before", CL_TEST_NOW + 2 * DAY + 1, NULL);

  /* Together, and with the words. */
  set_and_expect (fixture, "Z", "company-type", (int) CL_COMPANY_TYPE_STARTUP, "min-interest", 5u,
                  NULL);
  set_and_expect (fixture, "B", "added-after", day2, "added-before", day3, NULL);
  set_and_expect (fixture, "A", "red-flags-only", TRUE, "referral-only", TRUE, NULL);
  set_and_expect (fixture, "", "red-flags-only", TRUE, "company-type",
                  (int) CL_COMPANY_TYPE_SCALE_UP, NULL);
  set_and_expect (fixture, "AZ", "company-type", (int) CL_COMPANY_TYPE_STARTUP, "added-after",
                  day2 - DAY, "min-interest", 2u, NULL);
  cl_pipeline_query_set_text (fixture->query, "zürich");
  set_and_expect (fixture, "A", "red-flags-only", TRUE, NULL);
  set_and_expect (fixture, "Z", "level", "l4", NULL);
  cl_pipeline_query_set_text (fixture->query, "cleo");
  set_and_expect (fixture, "B", "referral-only", TRUE, "level", "senior", "added-before", day3,
                  NULL);
  set_and_expect (fixture, "", "referral-only", TRUE, "level", "staff", NULL);

  /* Resetting clears the filters, not the words. */
  cl_pipeline_query_reset_filters (fixture->query);
  g_assert_false (cl_pipeline_query_has_filters (fixture->query));
  g_assert_cmpstr (cl_pipeline_query_get_text (fixture->query), ==, "cleo");
  assert_matching (fixture, "B");
  cl_pipeline_query_set_text (fixture->query, NULL);
  assert_matching (fixture, "ABCZ");
  {
    int              company_type;
    guint            min_interest;
    g_autofree char *level = NULL;
    gboolean         red_flags_only, referral_only;
    gint64           added_after, added_before;

    g_object_get (fixture->query,
                  "company-type", &company_type,
                  "min-interest", &min_interest,
                  "level", &level,
                  "red-flags-only", &red_flags_only,
                  "referral-only", &referral_only,
                  "added-after", &added_after,
                  "added-before", &added_before,
                  NULL);
    g_assert_cmpint (company_type, ==, -1);
    g_assert_cmpuint (min_interest, ==, 0);
    g_assert_null (level);
    g_assert_false (red_flags_only);
    g_assert_false (referral_only);
    g_assert_cmpint (added_after, ==, 0);
    g_assert_cmpint (added_before, ==, 0);
  }

  /* A blank level is no filter. */
  g_object_set (fixture->query, "level", "   ", NULL);
  g_assert_false (cl_pipeline_query_has_filters (fixture->query));
  g_assert_cmpuint (cl_pipeline_query_count_filters (fixture->query), ==, 0);

  /* The filter button's count: one per filter, "added" once for both ends,
   * the words not at all. */
  cl_pipeline_query_set_text (fixture->query, "cleo");
  g_assert_cmpuint (cl_pipeline_query_count_filters (fixture->query), ==, 0);
  g_object_set (fixture->query, "company-type", (int) CL_COMPANY_TYPE_UNKNOWN, NULL);
  g_assert_cmpuint (cl_pipeline_query_count_filters (fixture->query), ==, 1);
  g_object_set (fixture->query, "added-after", day2, "added-before", day3, NULL);
  g_assert_cmpuint (cl_pipeline_query_count_filters (fixture->query), ==, 2);
  g_object_set (fixture->query, "min-interest", 3u, "level", "staff", "red-flags-only", TRUE,
                "referral-only", TRUE, NULL);
  g_assert_cmpuint (cl_pipeline_query_count_filters (fixture->query), ==, 6);
  cl_pipeline_query_reset_filters (fixture->query);
  g_assert_cmpuint (cl_pipeline_query_count_filters (fixture->query), ==, 0);
}

typedef struct
{
  GHashTable *counts; /* property name → number of notifications */
  guint       total;
} Notifications;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  Notifications *n = user_data;
  const char    *name = g_param_spec_get_name (pspec);

  g_hash_table_insert (n->counts, (gpointer) name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (n->counts, name)) +
                                         1));
  n->total++;
}

/* Checks that exactly @expected ("name,name") were each notified once since
 * the last check. */
static void
assert_notified (Notifications *n,
                 const char    *expected)
{
  g_auto(GStrv) names = g_strsplit (expected, ",", -1);
  guint n_expected = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (*names[i] == '\0')
        continue;
      n_expected++;
      if (GPOINTER_TO_UINT (g_hash_table_lookup (n->counts, names[i])) != 1)
        g_error ("“%s” notified %u times, expected once", names[i],
                 GPOINTER_TO_UINT (g_hash_table_lookup (n->counts, names[i])));
    }
  g_assert_cmpuint (n->total, ==, n_expected);
  g_hash_table_remove_all (n->counts);
  n->total = 0;
}

static void
test_notify (Fixture      *fixture,
             gconstpointer data)
{
  Notifications n = { g_hash_table_new (g_str_hash, g_str_equal), 0 };
  GObject      *query = G_OBJECT (fixture->query);

  g_signal_connect (query, "notify", G_CALLBACK (notify_cb), &n);

  /* Text: only real changes; "" is no text. */
  cl_pipeline_query_set_text (fixture->query, "acme");
  assert_notified (&n, "text");
  cl_pipeline_query_set_text (fixture->query, "acme");
  g_object_set (query, "text", "acme", NULL);
  assert_notified (&n, "");
  g_object_set (query, "text", "acme ai", NULL);
  assert_notified (&n, "text");
  cl_pipeline_query_set_text (fixture->query, "");
  assert_notified (&n, "text");
  cl_pipeline_query_set_text (fixture->query, NULL);
  cl_pipeline_query_set_text (fixture->query, "");
  assert_notified (&n, "");

  /* Each filter: once when it changes, never when set to what it is. */
  g_object_set (query, "company-type", (int) CL_COMPANY_TYPE_STARTUP, NULL);
  assert_notified (&n, "company-type");
  g_object_set (query, "company-type", (int) CL_COMPANY_TYPE_STARTUP, NULL);
  assert_notified (&n, "");
  g_object_set (query, "min-interest", 3u, NULL);
  g_object_set (query, "min-interest", 3u, NULL);
  assert_notified (&n, "min-interest");
  g_object_set (query, "level", "Staff", NULL);
  g_object_set (query, "level", " Staff ", NULL);
  assert_notified (&n, "level");
  g_object_set (query, "level", "staff", NULL);
  assert_notified (&n, "level");
  g_object_set (query, "red-flags-only", TRUE, NULL);
  g_object_set (query, "red-flags-only", TRUE, NULL);
  assert_notified (&n, "red-flags-only");
  g_object_set (query, "referral-only", FALSE, NULL);
  assert_notified (&n, "");
  g_object_set (query, "added-after", CL_TEST_NOW, NULL);
  g_object_set (query, "added-after", CL_TEST_NOW, NULL);
  assert_notified (&n, "added-after");
  g_object_set (query, "added-before", (gint64) 0, NULL);
  assert_notified (&n, "");

  /* Several at once: each changed one once. */
  g_object_set (query, "company-type", (int) CL_COMPANY_TYPE_STARTUP, "referral-only", TRUE,
                "added-before", CL_TEST_NOW + DAY, NULL);
  assert_notified (&n, "referral-only,added-before");

  /* Reset: once for each filter that was set, and not the text. */
  cl_pipeline_query_set_text (fixture->query, "acme");
  assert_notified (&n, "text");
  cl_pipeline_query_reset_filters (fixture->query);
  assert_notified (
    &n, "company-type,min-interest,level,red-flags-only,referral-only,added-after,added-before");
  cl_pipeline_query_reset_filters (fixture->query);
  assert_notified (&n, "");
  g_object_set (query, "level", "", NULL);
  g_object_set (query, "level", "  ", NULL);
  assert_notified (&n, "");
  g_object_set (query, "min-interest", 2u, NULL);
  assert_notified (&n, "min-interest");
  cl_pipeline_query_reset_filters (fixture->query);
  assert_notified (&n, "min-interest");
  g_assert_cmpstr (cl_pipeline_query_get_text (fixture->query), ==, "acme");

  g_signal_handlers_disconnect_by_data (query, &n);
  g_hash_table_unref (n.counts);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/pipeline-query/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("text", test_text);
  ADD ("filters", test_filters);
  ADD ("notify", test_notify);

#undef ADD

  return g_test_run ();
}
