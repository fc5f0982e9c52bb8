/* test-resource-store.c — prep resources per domain: validation, edits, starter set
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
  ClResourceStore *store;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_resource_store (fixture->base.context);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  cl_test_fixture_teardown (&fixture->base);
}

/* "title[kind,done,objective]" of @domain's resources, in order. */
static char *
listing (Fixture     *fixture,
         ClPrepDomain domain)
{
  GListModel *model = cl_resource_store_get_resources (fixture->store, domain);
  GString    *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClResource) resource = g_list_model_get_item (model, i);

      g_assert_cmpint (cl_resource_get_domain (resource), ==, domain);
      g_string_append_printf (out, "%s%s[%d,%d,%" G_GINT64_FORMAT "]", i > 0 ? ";" : "",
                              cl_resource_get_title (resource),
                              (int) cl_resource_get_kind (resource),
                              cl_resource_get_done (resource),
                              cl_resource_get_objective_id (resource));
    }
  return g_string_free (out, FALSE);
}

static void
assert_invalid (Fixture    *fixture,
                const char *property,
                const char *value,
                int         code)
{
  g_autoptr(ClResource) resource = cl_resource_new (CL_PREP_DOMAIN_CODING, "NeetCode");
  g_autoptr(GError) error = NULL;

  g_object_set (resource, property, value, NULL);
  g_assert_false (cl_resource_store_add_resource (fixture->store, resource, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, code);
  g_assert_cmpstr (cl_validation_error_get_field (error), ==, property);
  g_assert_cmpint (cl_resource_get_id (resource), ==, 0);
}

static void
test_add (Fixture      *fixture,
          gconstpointer data)
{
  g_autoptr(ClResource) d2l = cl_resource_new (CL_PREP_DOMAIN_ML_FUNDAMENTALS,
                                                " Dive into Deep Learning ");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = cl_test_dump_database (fixture->base.database);
  g_autofree char *after = NULL;
  g_autofree char *row = NULL;
  g_autofree char *text = NULL;
  g_autofree char *long_title = g_strnfill (201, 'a');

  assert_invalid (fixture, "title", "  ", CL_VALIDATION_ERROR_REQUIRED);
  assert_invalid (fixture, "title", long_title, CL_VALIDATION_ERROR_TOO_LONG);
  assert_invalid (fixture, "url", "d2l.ai", CL_VALIDATION_ERROR_FORMAT);
  assert_invalid (fixture, "url", "ftp://d2l.ai", CL_VALIDATION_ERROR_FORMAT);
  assert_invalid (fixture, "url", "https://d2l .ai", CL_VALIDATION_ERROR_FORMAT);
  {
    g_autoptr(ClResource) resource = cl_resource_new (CL_PREP_DOMAIN_CODING, "Graphs");

    g_object_set (resource, "url", "www.example.com", NULL);
    g_assert_false (cl_model_validate (CL_MODEL (resource), &error));
    g_assert_cmpstr (error->message, ==,
                     "The address must start with https:// or http://, name a site and hold no "
                     "spaces, such as https://d2l.ai. Leave it empty for a printed book.");
    g_clear_error (&error);

    g_object_set (resource, "url", NULL, "objective-id", (gint64) 999, NULL);
    g_assert_false (cl_resource_store_add_resource (fixture->store, resource, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_assert_cmpstr (error->message, ==,
                     "The objective this resource serves no longer exists. Choose another "
                     "objective, or none.");
    g_clear_error (&error);
  }
  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);

  g_object_set (d2l, "kind", CL_RESOURCE_KIND_BOOK, "url", " https://d2l.ai ", "notes",
                "Chapters 10-11", NULL);
  g_assert_true (cl_resource_store_add_resource (fixture->store, d2l, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_resource_get_id (d2l), >, 0);
  /* The object given is the shared one, as saved. */
  g_assert_true (cl_resource_store_find_resource (fixture->store, cl_resource_get_id (d2l)) ==
                 d2l);
  g_assert_cmpstr (cl_resource_get_title (d2l), ==, "Dive into Deep Learning");
  g_assert_cmpstr (cl_resource_get_url (d2l), ==, "https://d2l.ai");
  g_assert_cmpint (cl_resource_get_created_at (d2l), ==, CL_TEST_NOW);
  g_assert_null (cl_resource_get_starter_key (d2l));
  row = cl_test_query_text (fixture->base.database,
                            "SELECT domain_id, objective_id, title, kind, url, done, notes,"
                            " starter_key, created_at = 1793523600 FROM resources");
  g_assert_cmpstr (row, ==,
                   "3|NULL|Dive into Deep Learning|book|https://d2l.ai|0|Chapters 10-11|NULL|1\n");
  text = listing (fixture, CL_PREP_DOMAIN_ML_FUNDAMENTALS);
  g_assert_cmpstr (text, ==, "Dive into Deep Learning[0,0,0]");
}

static void
test_edit (Fixture      *fixture,
           gconstpointer data)
{
  ClPrepStore *prep = cl_context_get_prep_store (fixture->base.context);
  g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, "Graphs");
  g_autoptr(ClResource) book = cl_resource_new (CL_PREP_DOMAIN_CODING, "Skiena");
  g_autoptr(ClResource) site = cl_resource_new (CL_PREP_DOMAIN_CODING, "NeetCode");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (cl_prep_store_add_objective (prep, objective, &error));
  g_assert_no_error (error);
  g_object_set (book, "kind", CL_RESOURCE_KIND_BOOK, "objective-id",
                cl_objective_get_id (objective), NULL);
  g_assert_true (cl_resource_store_add_resource (fixture->store, book, &error));
  g_assert_true (cl_resource_store_add_resource (fixture->store, site, &error));
  g_assert_no_error (error);
  text = listing (fixture, CL_PREP_DOMAIN_CODING);
  {
    g_autofree char *expected = g_strdup_printf ("Skiena[0,0,%" G_GINT64_FORMAT "];NeetCode[6,0,0]",
                                                 cl_objective_get_id (objective));

    g_assert_cmpstr (text, ==, expected);
  }
  g_clear_pointer (&text, g_free);

  g_assert_true (cl_resource_store_set_done (fixture->store, site, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (cl_resource_get_done (site));

  /* An edited copy moves the same object to another domain. */
  {
    g_autoptr(ClResource) copy = cl_resource_copy (site);

    g_object_set (copy, "domain", CL_PREP_DOMAIN_INTERVIEW_TIPS, "kind", CL_RESOURCE_KIND_SITE,
                  "title", "NeetCode roadmap", NULL);
    g_assert_cmpstr (cl_resource_get_title (site), ==, "NeetCode");
    g_assert_true (cl_resource_store_update_resource (fixture->store, copy, &error));
    g_assert_no_error (error);
  }
  g_assert_true (cl_resource_store_find_resource (fixture->store, cl_resource_get_id (site)) ==
                 site);
  text = listing (fixture, CL_PREP_DOMAIN_INTERVIEW_TIPS);
  g_assert_cmpstr (text, ==, "NeetCode roadmap[2,1,0]");
  g_clear_pointer (&text, g_free);

  /* Deleting its objective leaves the book without one. */
  g_assert_true (cl_prep_store_delete_objective (prep, objective, &error));
  g_assert_no_error (error);
  text = listing (fixture, CL_PREP_DOMAIN_CODING);
  g_assert_cmpstr (text, ==, "Skiena[0,0,0]");
  g_clear_pointer (&text, g_free);
  g_assert_true (cl_resource_store_find_resource (fixture->store, cl_resource_get_id (book)) ==
                 book);

  g_assert_true (cl_resource_store_delete_resource (fixture->store, book, &error));
  g_assert_no_error (error);
  text = listing (fixture, CL_PREP_DOMAIN_CODING);
  g_assert_cmpstr (text, ==, "");
  g_assert_false (cl_resource_store_delete_resource (fixture->store, book, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (cl_resource_store_set_done (fixture->store, book, TRUE, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
}

static void
test_starter (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint            n_added = 99;
  guint            n_total = 0;
  ClTestChanges    changes;

  cl_test_changes_watch (&changes, fixture->base.database);
  g_assert_true (cl_resource_store_add_starter_resources (fixture->store,
                                                          CL_PREP_DOMAIN_ML_SYSTEM_DESIGN,
                                                          &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 6);
  g_assert_cmpuint (changes.n_changes, ==, 1);
  text = cl_test_query_text (fixture->base.database,
                             "SELECT starter_key, title, kind, url FROM resources ORDER BY id"
                             " LIMIT 3");
  g_assert_cmpstr (text, ==,
                   "ml-system-design.dmls|Designing Machine Learning Systems (Chip Huyen)|book|"
                   "NULL\n"
                   "ml-system-design.rules-of-ml|Rules of Machine Learning (Google)|site|"
                   "https://developers.google.com/machine-learning/guides/rules-of-ml\n"
                   "ml-system-design.system-design-primer|The System Design Primer|site|"
                   "https://github.com/donnemartin/system-design-primer\n");
  g_clear_pointer (&text, g_free);

  /* Twice adds nothing; one deleted comes back, alone. */
  g_assert_true (cl_resource_store_add_starter_resources (fixture->store,
                                                          CL_PREP_DOMAIN_ML_SYSTEM_DESIGN,
                                                          &n_added, &error));
  g_assert_cmpuint (n_added, ==, 0);
  {
    GListModel *model =
      cl_resource_store_get_resources (fixture->store, CL_PREP_DOMAIN_ML_SYSTEM_DESIGN);
    g_autoptr(ClResource) first = g_list_model_get_item (model, 0);

    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);
    g_assert_cmpstr (cl_resource_get_starter_key (first), ==, "ml-system-design.dmls");
    g_assert_true (cl_resource_store_delete_resource (fixture->store, first, &error));
  }
  g_assert_true (cl_resource_store_add_starter_resources (fixture->store,
                                                          CL_PREP_DOMAIN_ML_SYSTEM_DESIGN,
                                                          &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 1);

  /* A failure half-way adds none of a domain's set. */
  {
    g_autofree char *before = cl_test_dump_database (fixture->base.database);
    g_autofree char *after = NULL;

    cl_test_fail_on (fixture->base.database, "INSERT", "resources");
    n_added = 99;
    g_assert_false (cl_resource_store_add_starter_resources (fixture->store, CL_PREP_DOMAIN_CODING,
                                                             &n_added, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    g_assert_cmpuint (n_added, ==, 0);
    cl_test_heal (fixture->base.database);
    after = cl_test_dump_database (fixture->base.database);
    g_assert_cmpstr (before, ==, after);
  }

  /* Every domain has 5 to 10 entries, valid (URLs included), keys unique. */
  for (ClPrepDomain domain = CL_PREP_DOMAIN_CODING; domain <= CL_PREP_DOMAIN_INTERVIEW_TIPS;
       domain++)
    {
      g_assert_true (cl_resource_store_add_starter_resources (fixture->store, domain, &n_added,
                                                              &error));
      g_assert_no_error (error);
      if (domain != CL_PREP_DOMAIN_ML_SYSTEM_DESIGN)
        {
          g_assert_cmpuint (n_added, >=, 5);
          g_assert_cmpuint (n_added, <=, 10);
        }
      n_total += g_list_model_get_n_items (
        cl_resource_store_get_resources (fixture->store, domain));
    }
  g_assert_cmpuint (n_total, ==, 28);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(DISTINCT starter_key) FROM resources"),
                   ==, 28);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM resources WHERE url IS NOT NULL"
                                        " AND url NOT LIKE 'https://%'"),
                   ==, 0);
  cl_test_changes_clear (&changes);

  /* A reload shows the same. */
  {
    g_autoptr(ClContext) again = cl_test_fixture_reload (&fixture->base);
    GListModel *model = cl_resource_store_get_resources (cl_context_get_resource_store (again),
                                                         CL_PREP_DOMAIN_CODING);
    g_autoptr(ClResource) first = g_list_model_get_item (model, 0);

    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);
    g_assert_cmpstr (cl_resource_get_title (first), ==, "NeetCode");
    g_assert_cmpstr (cl_resource_get_url (first), ==, "https://neetcode.io");
    g_assert_cmpint (cl_resource_get_kind (first), ==, CL_RESOURCE_KIND_SITE);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/resource-store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("add", test_add);
  ADD ("edit", test_edit);
  ADD ("starter", test_starter);

#undef ADD

  return g_test_run ();
}
