/* test-pipeline-query.c — search words and filters of the board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <string.h>

#include "cl-pipeline-query.h"
#include "cl-test-util.h"

#define DAY (G_GINT64_CONSTANT (86400))

typedef struct
{
  ClPipelineQuery *query;
  ClApplication   *apps[4];  /* A, B, C, D: their company names start with these letters */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->query = cl_pipeline_query_new ();

  fixture->apps[0] = g_object_new (CL_TYPE_APPLICATION,
                                   "company", "Acme AI",
                                   "role", "Machine Learning Engineer",
                                   "notes", "Team in Zürich, hybrid",
                                   "contact-names", "Ana Costa",
                                   "company-type", CL_COMPANY_TYPE_STARTUP,
                                   "interest", 4u,
                                   "posted-level", "L5",
                                   "target-level", "Staff",
                                   "red-flag-count", 1u,
                                   "referral-status", CL_REFERRAL_STATUS_SUBMITTED,
                                   "created-at", CL_TEST_NOW + 1 * DAY,
                                   NULL);
  fixture->apps[1] = g_object_new (CL_TYPE_APPLICATION,
                                   "company", "Borealis Health",
                                   "role", "Applied Scientist",
                                   "contact-names", "Ben Smith, Cleo Adeyemi",
                                   "company-type", CL_COMPANY_TYPE_SCALE_UP,
                                   "interest", 2u,
                                   "posted-level", "Senior",
                                   "referral-status", CL_REFERRAL_STATUS_ASKED,
                                   "created-at", CL_TEST_NOW + 2 * DAY,
                                   NULL);
  fixture->apps[2] = g_object_new (CL_TYPE_APPLICATION,
                                   "company", "Cobalt Systems",
                                   "role", "Data Scientist",
                                   "notes", "Berlin office",
                                   "company-type", CL_COMPANY_TYPE_LISTED,
                                   "red-flag-count", 2u,
                                   "referral-status", CL_REFERRAL_STATUS_DECLINED,
                                   "created-at", CL_TEST_NOW + 3 * DAY,
                                   NULL);
  fixture->apps[3] = g_object_new (CL_TYPE_APPLICATION,
                                   "company", "Zephyr Labs",
                                   "role", "Research Engineer",
                                   "notes", "Remote; ZÜRICH office optional",
                                   "contact-names", "Zoë Müller",
                                   "company-type", CL_COMPANY_TYPE_STARTUP,
                                   "interest", 5u,
                                   "posted-level", "L4",
                                   "created-at", CL_TEST_NOW + 4 * DAY - 1,
                                   NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->apps); i++)
    g_clear_object (&fixture->apps[i]);
  g_clear_object (&fixture->query);
}

/* The first letters of the matching companies, e.g. "AD". */
static char *
matching (Fixture *fixture)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixture->apps); i++)
    if (cl_pipeline_query_matches (fixture->query, fixture->apps[i]))
      g_string_append_c (out, cl_application_get_company (fixture->apps[i])[0]);
  return g_string_free (out, FALSE);
}

#define assert_matching(fixture, expected) \
  G_STMT_START { \
    g_autofree char *__m = matching (fixture); \
    g_assert_cmpstr (__m, ==, expected); \
  } G_STMT_END

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

static void
test_text (Fixture       *fixture,
           gconstpointer  data)
{
  static const struct { const char *text; const char *expected; } cases[] = {
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

  /* The search text follows edits of the application and its facts. */
  g_object_set (fixture->apps[1], "notes", "Moving to Zürich", NULL);
  assert_text_matches (fixture, "zürich", "ABZ");
  g_object_set (fixture->apps[2], "contact-names", "Dana Ørsted", NULL);
  assert_text_matches (fixture, "ørsted", "C");
  g_object_set (fixture->apps[2], "company", "Quill Analytics", NULL);
  assert_text_matches (fixture, "quill ørsted", "Q");
  g_object_set (fixture->apps[0], "role", "Platform Lead", NULL);
  assert_text_matches (fixture, "platform", "A");
  assert_text_matches (fixture, "machine", "");
}

static void
set_and_expect (Fixture    *fixture,
                const char *expected,
                const char *first_property,
                ...)
{
  va_list args;
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
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  const gint64 day2 = CL_TEST_NOW - CL_TEST_NOW % DAY + 2 * DAY;  /* midnight before B was added */
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
  set_and_expect (fixture, "Z", "company-type", (int) CL_COMPANY_TYPE_STARTUP, "min-interest", 5u, NULL);
  set_and_expect (fixture, "B", "added-after", day2, "added-before", day3, NULL);
  set_and_expect (fixture, "A", "red-flags-only", TRUE, "referral-only", TRUE, NULL);
  set_and_expect (fixture, "", "red-flags-only", TRUE, "company-type", (int) CL_COMPANY_TYPE_SCALE_UP, NULL);
  set_and_expect (fixture, "AZ", "company-type", (int) CL_COMPANY_TYPE_STARTUP, "added-after", day2 - DAY,
                  "min-interest", 2u, NULL);
  cl_pipeline_query_set_text (fixture->query, "zürich");
  set_and_expect (fixture, "A", "red-flags-only", TRUE, NULL);
  set_and_expect (fixture, "Z", "level", "l4", NULL);
  cl_pipeline_query_set_text (fixture->query, "cleo");
  set_and_expect (fixture, "B", "referral-only", TRUE, "level", "senior", "added-before", day3, NULL);
  set_and_expect (fixture, "", "referral-only", TRUE, "level", "staff", NULL);

  /* Resetting clears the filters, not the words. */
  cl_pipeline_query_reset_filters (fixture->query);
  g_assert_false (cl_pipeline_query_has_filters (fixture->query));
  g_assert_cmpstr (cl_pipeline_query_get_text (fixture->query), ==, "cleo");
  assert_matching (fixture, "B");
  cl_pipeline_query_set_text (fixture->query, NULL);
  assert_matching (fixture, "ABCZ");
  {
    int company_type;
    guint min_interest;
    g_autofree char *level = NULL;
    gboolean red_flags_only, referral_only;
    gint64 added_after, added_before;

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
}

typedef struct
{
  GHashTable *counts;  /* property name → number of notifications */
  guint       total;
} Notifications;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  Notifications *n = user_data;
  const char *name = g_param_spec_get_name (pspec);

  g_hash_table_insert (n->counts, (gpointer) name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (n->counts, name)) + 1));
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
test_notify (Fixture       *fixture,
             gconstpointer  data)
{
  Notifications n = { g_hash_table_new (g_str_hash, g_str_equal), 0 };
  GObject *query = G_OBJECT (fixture->query);

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
  assert_notified (&n, "company-type,min-interest,level,red-flags-only,referral-only,added-after,added-before");
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
