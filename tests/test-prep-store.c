/* test-prep-store.c — learning objectives per domain: order, progress, rollbacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-pipeline-store.h"
#include "cl-prep-store.h"
#include "cl-test-util.h"

typedef struct
{
  char        *dir;
  ClDatabase  *database;
  ClClock     *clock;
  ClPrepStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = cl_test_make_tmp_dir ();
  fixture->database = cl_test_open_database (fixture->dir, "careerlens.db");
  fixture->clock = cl_clock_new_fixed (CL_TEST_NOW);
  fixture->store = cl_prep_store_new (fixture->database, fixture->clock);
  cl_prep_store_load (fixture->store, &error);
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

static ClObjective *
add (Fixture      *fixture,
     ClPrepDomain  domain,
     const char   *title,
     const char   *target_date)
{
  g_autoptr(ClObjective) objective = cl_objective_new (domain, title);
  g_autoptr(GError) error = NULL;

  g_object_set (objective, "target-date", target_date, NULL);
  g_assert_true (cl_prep_store_add_objective (fixture->store, objective, &error));
  g_assert_no_error (error);
  return objective;  /* owned by the store now */
}

static char *
titles (ClPrepStore  *store,
        ClPrepDomain  domain)
{
  GListModel *model = cl_prep_store_get_objectives (store, domain);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClObjective) objective = g_list_model_get_item (model, i);

      g_assert_cmpint (cl_objective_get_domain (objective), ==, domain);
      g_string_append_printf (out, "%s%s", i > 0 ? "," : "", cl_objective_get_title (objective));
    }
  return g_string_free (out, FALSE);
}

static char *
all_titles (ClPrepStore *store)
{
  GString *out = g_string_new (NULL);

  for (ClPrepDomain domain = CL_PREP_DOMAIN_CODING; domain <= CL_PREP_DOMAIN_INTERVIEW_TIPS; domain++)
    {
      g_autofree char *list = titles (store, domain);

      g_string_append_printf (out, "%d:%s;", domain, list);
    }
  return g_string_free (out, FALSE);
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(ClObjective) full = cl_objective_new (CL_PREP_DOMAIN_ML_SYSTEM_DESIGN, "  Feature stores ");
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  g_autofree char *row = NULL;
  ClObjective *graphs;

  add (fixture, CL_PREP_DOMAIN_CODING, "Undated 1", NULL);
  graphs = add (fixture, CL_PREP_DOMAIN_CODING, "Graphs", "2026-12-01");
  add (fixture, CL_PREP_DOMAIN_CODING, "Heaps", "2026-11-15");
  add (fixture, CL_PREP_DOMAIN_CODING, "Undated 2", NULL);
  add (fixture, CL_PREP_DOMAIN_CODING, "Tries", "2026-12-01");
  add (fixture, CL_PREP_DOMAIN_BEHAVIORAL, "STAR stories", "2026-11-10");

  g_assert_cmpint (cl_objective_get_id (graphs), >, 0);
  g_assert_cmpint (cl_objective_get_created_at (graphs), ==, CL_TEST_NOW);
  g_assert_true (cl_prep_store_find_objective (fixture->store, cl_objective_get_id (graphs)) == graphs);
  g_assert_null (cl_prep_store_find_objective (fixture->store, 999));

  list = all_titles (fixture->store);
  g_assert_cmpstr (list, ==, "0:Heaps,Graphs,Tries,Undated 1,Undated 2;1:STAR stories;2:;3:;4:;");

  g_object_set (full,
                "target-date", "2027-01-31",
                "status", CL_OBJECTIVE_STATUS_IN_PROGRESS,
                "hours-planned", 12.5,
                "hours-spent", 3.25,
                "notes", "Feast, Tecton",
                NULL);
  g_assert_true (cl_prep_store_add_objective (fixture->store, full, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cl_objective_get_title (full), ==, "Feature stores");

  /* prep_domains.id is the domain + 1. */
  row = cl_test_query_text (fixture->database,
                            "SELECT d.key, o.domain_id, o.title, o.target_date, o.status, o.hours_planned,"
                            " o.hours_spent, o.source_application_id, o.notes FROM objectives o"
                            " JOIN prep_domains d ON d.id = o.domain_id WHERE o.title LIKE 'Feature%'");
  g_assert_cmpstr (row, ==, "ml-system-design|4|Feature stores|2027-01-31|in-progress|12.5|3.25|NULL|Feast, Tecton\n");
}

static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  static const char *bad_dates[] = {
    "2026-02-30", "2026-13-01", "2026-00-10", "2026-1-5", "26-01-05", "2026/01/05", "tomorrow",
    "2026-01-05T10:00", "0000-01-01",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = cl_test_dump_database (fixture->database);
  g_autofree char *after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, "Heaps");

      g_object_set (objective, "target-date", bad_dates[i], NULL);
      g_assert_false (cl_prep_store_add_objective (fixture->store, objective, &error));
      g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
      g_clear_error (&error);
    }

  {
    g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, " ");

    g_assert_false (cl_prep_store_add_objective (fixture->store, objective, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
  }

  {
    /* (NaN and infinities are refused by the properties themselves.) */
    const double bad_hours[] = { -0.5, -0.5, 1e9, 1e9 };

    for (guint i = 0; i < G_N_ELEMENTS (bad_hours); i++)
      {
        g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, "Heaps");

        g_object_set (objective, i % 2 == 0 ? "hours-spent" : "hours-planned", bad_hours[i], NULL);
        g_assert_false (cl_prep_store_add_objective (fixture->store, objective, &error));
        g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
        g_clear_error (&error);
      }
  }

  /* An application that does not exist. */
  {
    g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, "Heaps");

    g_object_set (objective, "source-application-id", (gint64) 999, NULL);
    g_assert_false (cl_prep_store_add_objective (fixture->store, objective, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  /* A leap day is a date. */
  {
    g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, "Heaps");

    g_object_set (objective, "target-date", "2028-02-29", NULL);
    g_assert_true (cl_objective_validate (objective, NULL));
  }

  after = cl_test_dump_database (fixture->database);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (cl_prep_store_count_objectives (fixture->store, CL_PREP_DOMAIN_CODING, NULL), ==, 0);
}

static void
test_source_application (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(ClPipelineStore) pipeline = cl_pipeline_store_new (fixture->database, fixture->clock);
  g_autoptr(ClApplication) application = cl_application_new ("Acme AI", "Applied Scientist");
  g_autoptr(GError) error = NULL;
  ClObjective *objective;

  g_assert_true (cl_pipeline_store_load (pipeline, &error));
  g_assert_true (cl_pipeline_store_add_application (pipeline, application, 0, &error));
  g_assert_no_error (error);

  objective = add (fixture, CL_PREP_DOMAIN_ML_FUNDAMENTALS, "Transformers", NULL);
  g_object_set (objective, "source-application-id", cl_application_get_id (application), NULL);
  g_assert_true (cl_prep_store_update_objective (fixture->store, objective, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT source_application_id FROM objectives"),
                   ==, cl_application_get_id (application));
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  ClObjective *a = add (fixture, CL_PREP_DOMAIN_CODING, "A", "2026-11-10");
  ClObjective *b = add (fixture, CL_PREP_DOMAIN_CODING, "B", "2026-11-20");
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;

  add (fixture, CL_PREP_DOMAIN_CODING, "C", NULL);

  /* A later date moves it down. */
  g_object_set (a, "target-date", "2026-11-30", NULL);
  g_assert_true (cl_prep_store_update_objective (fixture->store, a, &error));
  g_assert_no_error (error);
  list = all_titles (fixture->store);
  g_assert_cmpstr (list, ==, "0:B,A,C;1:;2:;3:;4:;");
  g_clear_pointer (&list, g_free);

  /* No date puts it after the dated ones, and before later undated ones. */
  g_object_set (a, "target-date", NULL, NULL);
  g_assert_true (cl_prep_store_update_objective (fixture->store, a, &error));
  g_assert_no_error (error);
  list = all_titles (fixture->store);
  g_assert_cmpstr (list, ==, "0:B,A,C;1:;2:;3:;4:;");
  g_clear_pointer (&list, g_free);

  /* Another domain. */
  g_object_set (b, "domain", CL_PREP_DOMAIN_INTERVIEW_TIPS, "title", "B2", "hours-spent", 2.0, NULL);
  g_assert_true (cl_prep_store_update_objective (fixture->store, b, &error));
  g_assert_no_error (error);
  list = all_titles (fixture->store);
  g_assert_cmpstr (list, ==, "0:A,C;1:;2:;3:;4:B2;");
  g_clear_pointer (&list, g_free);
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT domain_id FROM objectives WHERE title = 'B2'"),
                   ==, 5);

  /* The same after a reload. */
  {
    g_autoptr(ClPrepStore) again = cl_prep_store_new (fixture->database, fixture->clock);
    g_autofree char *reloaded = NULL;
    ClObjective *b_again;

    g_assert_true (cl_prep_store_load (again, &error));
    reloaded = all_titles (again);
    g_assert_cmpstr (reloaded, ==, "0:A,C;1:;2:;3:;4:B2;");
    b_again = cl_prep_store_find_objective (again, cl_objective_get_id (b));
    g_assert_cmpfloat (cl_objective_get_hours_spent (b_again), ==, 2.0);
  }
}

static void
test_count (Fixture       *fixture,
            gconstpointer  data)
{
  ClObjective *done = add (fixture, CL_PREP_DOMAIN_BEHAVIORAL, "Done", NULL);
  ClObjective *dropped = add (fixture, CL_PREP_DOMAIN_BEHAVIORAL, "Dropped", NULL);
  g_autoptr(GError) error = NULL;
  guint n_done = 99;

  add (fixture, CL_PREP_DOMAIN_BEHAVIORAL, "Planned", NULL);
  add (fixture, CL_PREP_DOMAIN_CODING, "Elsewhere", NULL);

  g_object_set (done, "status", CL_OBJECTIVE_STATUS_DONE, NULL);
  g_assert_true (cl_prep_store_update_objective (fixture->store, done, &error));
  g_object_set (dropped, "status", CL_OBJECTIVE_STATUS_DROPPED, NULL);
  g_assert_true (cl_prep_store_update_objective (fixture->store, dropped, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (cl_prep_store_count_objectives (fixture->store, CL_PREP_DOMAIN_BEHAVIORAL, &n_done), ==, 2);
  g_assert_cmpuint (n_done, ==, 1);
  g_assert_cmpuint (cl_prep_store_count_objectives (fixture->store, CL_PREP_DOMAIN_CODING, &n_done), ==, 1);
  g_assert_cmpuint (n_done, ==, 0);
  g_assert_cmpuint (cl_prep_store_count_objectives (fixture->store, CL_PREP_DOMAIN_ML_SYSTEM_DESIGN, NULL), ==, 0);
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(ClObjective) a = g_object_ref (add (fixture, CL_PREP_DOMAIN_CODING, "A", NULL));
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  gint64 id = cl_objective_get_id (a);

  add (fixture, CL_PREP_DOMAIN_CODING, "B", NULL);
  g_assert_true (cl_prep_store_delete_objective (fixture->store, a, &error));
  g_assert_no_error (error);
  g_assert_null (cl_prep_store_find_objective (fixture->store, id));
  list = all_titles (fixture->store);
  g_assert_cmpstr (list, ==, "0:B;1:;2:;3:;4:;");
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM objectives"), ==, 1);

  g_assert_false (cl_prep_store_delete_objective (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
}

static void
test_rollback (Fixture       *fixture,
               gconstpointer  data)
{
  ClObjective *a = add (fixture, CL_PREP_DOMAIN_CODING, "A", "2026-11-10");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *models = NULL;
  g_autofree char *models_after = NULL;

  add (fixture, CL_PREP_DOMAIN_CODING, "B", "2026-11-20");
  before = cl_test_dump_database (fixture->database);
  models = all_titles (fixture->store);

  {
    g_autoptr(ClObjective) c = cl_objective_new (CL_PREP_DOMAIN_CODING, "C");

    cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
    g_assert_false (cl_prep_store_add_objective (fixture->store, c, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
    g_clear_error (&error);
    g_assert_cmpint (cl_objective_get_id (c), ==, 0);
  }

  g_object_set (a, "target-date", "2026-12-31", "domain", CL_PREP_DOMAIN_BEHAVIORAL, NULL);
  cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
  g_assert_false (cl_prep_store_update_objective (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
  g_clear_error (&error);

  cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
  g_assert_false (cl_prep_store_delete_objective (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
  g_clear_error (&error);

  after = cl_test_dump_database (fixture->database);
  g_assert_cmpstr (before, ==, after);
  /* The models keep the saved places (the object holds the unsaved edit). */
  {
    GListModel *coding = cl_prep_store_get_objectives (fixture->store, CL_PREP_DOMAIN_CODING);
    g_autoptr(ClObjective) first = g_list_model_get_item (coding, 0);

    g_assert_cmpuint (g_list_model_get_n_items (coding), ==, 2);
    g_assert_true (first == a);
    g_assert_cmpuint (g_list_model_get_n_items (cl_prep_store_get_objectives (fixture->store,
                                                                              CL_PREP_DOMAIN_BEHAVIORAL)), ==, 0);
  }

  /* Saving again moves it. */
  g_assert_true (cl_prep_store_update_objective (fixture->store, a, &error));
  g_assert_no_error (error);
  models_after = all_titles (fixture->store);
  g_assert_cmpstr (models_after, ==, "0:B;1:A;2:;3:;4:;");
  (void) models;
}

static void
test_reload (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(ClPrepStore) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *title = g_strdup_printf ("Objective %u", i);
      g_autofree char *date = NULL;

      if (g_rand_boolean (rand))
        date = g_strdup_printf ("2026-%02d-%02d", g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
      add (fixture, g_rand_int_range (rand, 0, 5), title, date);
    }
  before = all_titles (fixture->store);

  again = cl_prep_store_new (fixture->database, fixture->clock);
  g_assert_true (cl_prep_store_load (again, &error));
  g_assert_no_error (error);
  after = all_titles (again);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/prep-store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("add", test_add);
  ADD ("invalid", test_invalid);
  ADD ("source-application", test_source_application);
  ADD ("update", test_update);
  ADD ("count", test_count);
  ADD ("delete", test_delete);
  ADD ("rollback", test_rollback);
  ADD ("reload", test_reload);

#undef ADD

  return g_test_run ();
}
