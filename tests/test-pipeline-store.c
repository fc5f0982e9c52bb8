/* test-pipeline-store.c — stages, applications, moves and rollbacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-pipeline-store.h"
#include "cl-test-util.h"

typedef struct
{
  char            *dir;
  ClDatabase      *database;
  ClClock         *clock;
  ClPipelineStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = cl_test_make_tmp_dir ();
  fixture->database = cl_test_open_database (fixture->dir, "careerlens.db");
  fixture->clock = cl_clock_new_fixed (CL_TEST_NOW);
  fixture->store = cl_pipeline_store_new (fixture->database, fixture->clock);
  cl_pipeline_store_load (fixture->store, &error);
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

static gint64
stage_id_at (ClPipelineStore *store,
             guint            index)
{
  g_autoptr(ClStage) stage = g_list_model_get_item (cl_pipeline_store_get_stages (store), index);

  g_assert_nonnull (stage);
  return cl_stage_get_id (stage);
}

static ClApplication *
add (Fixture    *fixture,
     const char *company,
     const char *role,
     gint64      stage_id)
{
  g_autoptr(ClApplication) application = cl_application_new (company, role);
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_pipeline_store_add_application (fixture->store, application, stage_id, &error));
  g_assert_no_error (error);
  return application;  /* owned by the store now */
}

/* "stage:id@position,…" for every stage of the models, in model order, with
 * each object's own stage and position checked against its place. */
static char *
model_dump (ClPipelineStore *store)
{
  GString *out = g_string_new (NULL);
  GListModel *stages = cl_pipeline_store_get_stages (store);
  guint n_total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);
      GListModel *list = cl_pipeline_store_get_stage_applications (store, cl_stage_get_id (stage));
      guint n = g_list_model_get_n_items (list);

      if (n == 0)
        continue;
      g_string_append_printf (out, "%" G_GINT64_FORMAT ":", cl_stage_get_id (stage));
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(ClApplication) application = g_list_model_get_item (list, j);

          g_assert_cmpint (cl_application_get_stage_id (application), ==, cl_stage_get_id (stage));
          g_assert_cmpuint (cl_application_get_position (application), ==, j);
          g_assert_true (cl_pipeline_store_find_application (store, cl_application_get_id (application))
                         == application);
          g_string_append_printf (out, "%s%" G_GINT64_FORMAT "@%u", j > 0 ? "," : "",
                                  cl_application_get_id (application), j);
        }
      g_string_append_c (out, ';');
      n_total += n;
    }

  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (store)), ==, n_total);
  return g_string_free (out, FALSE);
}

/* The same dump, from SQL. */
static char *
sql_dump (ClDatabase *database)
{
  g_autofree char *rows =
    cl_test_query_text (database,
                        "SELECT stage_id || ':' || group_concat(id || '@' || position, ',') || ';'"
                        " FROM (SELECT stage_id, id, position FROM applications"
                        "       WHERE archived_at IS NULL ORDER BY stage_id, position)"
                        " GROUP BY stage_id ORDER BY stage_id");
  GString *out = g_string_new (NULL);

  for (const char *p = rows; *p != '\0'; p++)
    if (*p != '\n')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* Positions are dense and unique in every stage, in SQL and in the models,
 * and both agree. */
static void
assert_consistent (Fixture *fixture)
{
  g_autofree char *model = model_dump (fixture->store);
  g_autofree char *sql = sql_dump (fixture->database);
  g_autofree char *not_dense = NULL;

  g_assert_cmpstr (model, ==, sql);

  not_dense = cl_test_query_text (fixture->database,
                                  "SELECT stage_id FROM applications WHERE archived_at IS NULL"
                                  " GROUP BY stage_id"
                                  " HAVING count(*) <> count(DISTINCT position) OR min(position) <> 0"
                                  "     OR max(position) <> count(*) - 1");
  g_assert_cmpstr (not_dense, ==, "");
}

static void
test_default_stages (Fixture       *fixture,
                     gconstpointer  data)
{
  static const struct { const char *name; gboolean is_open; ClMilestone milestone; } expected[] = {
    { "Wishlist", TRUE, CL_MILESTONE_WISHLIST },
    { "Applied", TRUE, CL_MILESTONE_APPLIED },
    { "Recruiter screen", TRUE, CL_MILESTONE_SCREEN },
    { "Technical screen", TRUE, CL_MILESTONE_TECHNICAL },
    { "Onsite / final loop", TRUE, CL_MILESTONE_ONSITE },
    { "Offer", TRUE, CL_MILESTONE_OFFER },
    { "Accepted", FALSE, CL_MILESTONE_ACCEPTED },
    { "Rejected", FALSE, CL_MILESTONE_REJECTED },
    { "Withdrawn", FALSE, CL_MILESTONE_WITHDRAWN },
    { "Ghosted", FALSE, CL_MILESTONE_GHOSTED },
  };
  GListModel *stages = cl_pipeline_store_get_stages (fixture->store);

  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, G_N_ELEMENTS (expected));
  g_assert_true (g_list_model_get_item_type (stages) == CL_TYPE_STAGE);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);

      g_assert_cmpstr (cl_stage_get_name (stage), ==, expected[i].name);
      g_assert_cmpint (cl_stage_get_is_open (stage), ==, expected[i].is_open);
      g_assert_cmpint (cl_stage_get_milestone (stage), ==, expected[i].milestone);
      g_assert_cmpuint (cl_stage_get_position (stage), ==, i);
      g_assert_false (cl_stage_get_archived (stage));
      g_assert_true (cl_pipeline_store_find_stage (fixture->store, cl_stage_get_id (stage)) == stage);
    }

  g_assert_null (cl_pipeline_store_find_stage (fixture->store, 999));
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (fixture->store)), ==, 0);
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  gint64 first = stage_id_at (fixture->store, 0);
  gint64 applied = stage_id_at (fixture->store, 1);
  ClApplication *a, *b, *c;
  g_autofree char *history = NULL;

  a = add (fixture, "Acme AI", "Machine Learning Engineer", 0);
  g_assert_cmpint (cl_application_get_id (a), >, 0);
  g_assert_cmpint (cl_application_get_stage_id (a), ==, first);
  g_assert_cmpuint (cl_application_get_position (a), ==, 0);
  g_assert_cmpint (cl_application_get_created_at (a), ==, CL_TEST_NOW);
  g_assert_cmpint (cl_application_get_updated_at (a), ==, CL_TEST_NOW);

  cl_clock_advance (fixture->clock, 60);
  b = add (fixture, "  ACME ai ", "Senior MLE", 0);
  g_assert_cmpuint (cl_application_get_position (b), ==, 1);
  g_assert_cmpstr (cl_application_get_company (b), ==, "ACME ai");
  c = add (fixture, "Tensor Labs", "Research Engineer", applied);
  g_assert_cmpint (cl_application_get_stage_id (c), ==, applied);
  g_assert_cmpuint (cl_application_get_position (c), ==, 0);

  /* One company, whatever the case and spaces. */
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM companies"), ==, 2);
  g_assert_cmpint (cl_test_query_int64 (fixture->database,
                                        "SELECT count(DISTINCT company_id) FROM applications"), ==, 2);

  /* Each addition is in the stage history, from nowhere. */
  history = cl_test_query_text (fixture->database,
                                "SELECT application_id, from_stage_id, to_stage_id, from_position,"
                                " to_position, moved_at FROM stage_history ORDER BY id");
  {
    g_autofree char *expected =
      g_strdup_printf ("%" G_GINT64_FORMAT "|NULL|%" G_GINT64_FORMAT "|NULL|0|%" G_GINT64_FORMAT "\n"
                       "%" G_GINT64_FORMAT "|NULL|%" G_GINT64_FORMAT "|NULL|1|%" G_GINT64_FORMAT "\n"
                       "%" G_GINT64_FORMAT "|NULL|%" G_GINT64_FORMAT "|NULL|0|%" G_GINT64_FORMAT "\n",
                       cl_application_get_id (a), first, CL_TEST_NOW,
                       cl_application_get_id (b), first, CL_TEST_NOW + 60,
                       cl_application_get_id (c), applied, CL_TEST_NOW + 60);
    g_assert_cmpstr (history, ==, expected);
  }

  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (fixture->store)), ==, 3);
  assert_consistent (fixture);
}

static void
test_add_invalid (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct { const char *company; const char *role; } cases[] = {
    { NULL, "Machine Learning Engineer" },
    { "", "Machine Learning Engineer" },
    { "  \t", "Machine Learning Engineer" },
    { "Acme", NULL },
    { "Acme", "   " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ClApplication) application = cl_application_new (cases[i].company, cases[i].role);
      g_autoptr(GError) error = NULL;

      g_assert_false (cl_pipeline_store_add_application (fixture->store, application, 0, &error));
      g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
      g_assert_cmpint (cl_application_get_id (application), ==, 0);
    }

  {
    g_autoptr(ClApplication) application = cl_application_new ("Acme", "MLE");
    g_autoptr(GError) error = NULL;

    g_object_set (application, "job-url", "acme.example/jobs/1", NULL);
    g_assert_false (cl_pipeline_store_add_application (fixture->store, application, 0, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  }

  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM applications"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM companies"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM stage_history"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (fixture->store)), ==, 0);
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  ClApplication *a = add (fixture, "Acme AI", "Machine Learning Engineer", 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;

  cl_clock_advance (fixture->clock, 3600);
  g_object_set (a,
                "role", "Staff Machine Learning Engineer",
                "interest", 4u,
                "company", "Borealis",
                "company-type", CL_COMPANY_TYPE_SCALE_UP,
                "salary-min", (gint64) 150000,
                "salary-max", (gint64) 190000,
                "salary-currency", "EUR",
                "job-url", "https://borealis.example/jobs/42",
                NULL);
  g_assert_true (cl_pipeline_store_update_application (fixture->store, a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_application_get_updated_at (a), ==, CL_TEST_NOW + 3600);

  row = cl_test_query_text (fixture->database,
                            "SELECT c.name, c.company_type, a.role, a.interest, a.salary_min,"
                            " a.salary_max, a.salary_currency, a.job_url, a.updated_at"
                            " FROM applications a JOIN companies c ON c.id = a.company_id");
  {
    g_autofree char *expected =
      g_strdup_printf ("Borealis|scale-up|Staff Machine Learning Engineer|4|150000|190000|EUR|"
                       "https://borealis.example/jobs/42|%" G_GINT64_FORMAT "\n", CL_TEST_NOW + 3600);
    g_assert_cmpstr (row, ==, expected);
  }

  /* Invalid edits are refused before SQL. */
  g_object_set (a, "salary-min", (gint64) 200000, NULL);
  g_assert_false (cl_pipeline_store_update_application (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT salary_min FROM applications"), ==, 150000);

  /* Reloading gives the saved values. */
  {
    g_autoptr(ClPipelineStore) again = cl_pipeline_store_new (fixture->database, fixture->clock);
    ClApplication *b;

    g_assert_true (cl_pipeline_store_load (again, &error));
    b = cl_pipeline_store_find_application (again, cl_application_get_id (a));
    g_assert_nonnull (b);
    g_assert_cmpstr (cl_application_get_company (b), ==, "Borealis");
    g_assert_cmpint (cl_application_get_company_type (b), ==, CL_COMPANY_TYPE_SCALE_UP);
    g_assert_cmpstr (cl_application_get_role (b), ==, "Staff Machine Learning Engineer");
    g_assert_cmpuint (cl_application_get_interest (b), ==, 4);
    g_assert_cmpint (cl_application_get_salary_max (b), ==, 190000);
    g_assert_cmpint (cl_application_get_salary_min (b), ==, 150000);
  }
}

static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  gint64 wishlist = stage_id_at (fixture->store, 0);
  gint64 applied = stage_id_at (fixture->store, 1);
  ClApplication *apps[5];
  g_autoptr(GError) error = NULL;
  gint64 n_history;

  for (guint i = 0; i < G_N_ELEMENTS (apps); i++)
    {
      g_autofree char *company = g_strdup_printf ("Company %u", i);

      apps[i] = add (fixture, company, "Applied Scientist", wishlist);
    }
  add (fixture, "Other", "Data Scientist", applied);
  n_history = cl_test_query_int64 (fixture->database, "SELECT count(*) FROM stage_history");
  assert_consistent (fixture);

  /* Within a stage, down then up. */
  cl_clock_advance (fixture->clock, 10);
  g_assert_true (cl_pipeline_store_move_application (fixture->store, apps[0], wishlist, 3, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_application_get_position (apps[0]), ==, 3);
  assert_consistent (fixture);

  g_assert_true (cl_pipeline_store_move_application (fixture->store, apps[4], wishlist, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_application_get_position (apps[4]), ==, 0);
  assert_consistent (fixture);

  /* A position past the end is clamped. */
  g_assert_true (cl_pipeline_store_move_application (fixture->store, apps[1], wishlist, 99, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_application_get_position (apps[1]), ==, 4);
  assert_consistent (fixture);

  /* Between stages, into the middle and to the end. */
  g_assert_true (cl_pipeline_store_move_application (fixture->store, apps[2], applied, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_application_get_stage_id (apps[2]), ==, applied);
  g_assert_cmpuint (cl_application_get_position (apps[2]), ==, 0);
  g_assert_cmpint (cl_application_get_updated_at (apps[2]), ==, CL_TEST_NOW + 10);
  assert_consistent (fixture);

  g_assert_true (cl_pipeline_store_move_application (fixture->store, apps[3], applied, G_MAXUINT, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_application_get_position (apps[3]), ==, 2);
  assert_consistent (fixture);

  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stage_applications (fixture->store, wishlist)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stage_applications (fixture->store, applied)), ==, 3);

  /* Every move is in the history, with where it came from. */
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM stage_history"),
                   ==, n_history + 5);
  {
    g_autofree char *sql =
      g_strdup_printf ("SELECT from_stage_id || '>' || to_stage_id || ' ' || from_position || '>'"
                       " || to_position FROM stage_history WHERE application_id = %" G_GINT64_FORMAT
                       " ORDER BY id DESC LIMIT 1", cl_application_get_id (apps[2]));
    g_autofree char *last = cl_test_query_text (fixture->database, sql);
    g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT ">%" G_GINT64_FORMAT " 1>0\n",
                                                 wishlist, applied);

    g_assert_cmpstr (last, ==, expected);
  }

  /* A move to the same place changes nothing. */
  g_assert_true (cl_pipeline_store_move_application (fixture->store, apps[2], applied, 0, NULL, &error));
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM stage_history"),
                   ==, n_history + 5);

  /* The same models after a reload. */
  {
    g_autoptr(ClPipelineStore) again = cl_pipeline_store_new (fixture->database, fixture->clock);
    g_autofree char *before = model_dump (fixture->store);
    g_autofree char *after = NULL;

    g_assert_true (cl_pipeline_store_load (again, &error));
    after = model_dump (again);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_move_missing_stage (Fixture       *fixture,
                         gconstpointer  data)
{
  ClApplication *a = add (fixture, "Acme", "MLE", 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = cl_test_dump_database (fixture->database);
  g_autofree char *models = model_dump (fixture->store);
  g_autofree char *after = NULL;
  g_autofree char *models_after = NULL;

  g_assert_false (cl_pipeline_store_move_application (fixture->store, a, 999, 0, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);

  after = cl_test_dump_database (fixture->database);
  models_after = model_dump (fixture->store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (models, ==, models_after);
}

static void
test_archive (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 wishlist = stage_id_at (fixture->store, 0);
  ClApplication *a = add (fixture, "A", "MLE", wishlist);
  ClApplication *b = add (fixture, "B", "MLE", wishlist);
  ClApplication *c = add (fixture, "C", "MLE", wishlist);
  g_autoptr(GError) error = NULL;
  gint64 b_id = cl_application_get_id (b);
  GListModel *list = cl_pipeline_store_get_stage_applications (fixture->store, wishlist);

  g_assert_true (cl_pipeline_store_archive_application (fixture->store, b, &error));
  g_assert_no_error (error);
  g_assert_null (cl_pipeline_store_find_application (fixture->store, b_id));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpuint (cl_application_get_position (a), ==, 0);
  g_assert_cmpuint (cl_application_get_position (c), ==, 1);
  assert_consistent (fixture);

  /* The row and its history stay. */
  g_assert_cmpint (cl_test_query_int64 (fixture->database,
                                        "SELECT count(*) FROM applications WHERE archived_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM stage_history"), ==, 3);

  /* Archived applications do not come back on reload. */
  {
    g_autoptr(ClPipelineStore) again = cl_pipeline_store_new (fixture->database, fixture->clock);

    g_assert_true (cl_pipeline_store_load (again, &error));
    g_assert_null (cl_pipeline_store_find_application (again, b_id));
    g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (again)), ==, 2);
  }

  /* New ones go after the remaining ones. */
  g_assert_cmpuint (cl_application_get_position (add (fixture, "D", "MLE", wishlist)), ==, 2);
  assert_consistent (fixture);
}

typedef struct
{
  char *sql;
  char *models;
} Snapshot;

static void
snapshot_take (Fixture  *fixture,
               Snapshot *snapshot)
{
  snapshot->sql = cl_test_dump_database (fixture->database);
  snapshot->models = model_dump (fixture->store);
}

static void
snapshot_assert_unchanged (Fixture  *fixture,
                           Snapshot *snapshot)
{
  g_autofree char *sql = cl_test_dump_database (fixture->database);
  g_autofree char *models = model_dump (fixture->store);

  g_assert_cmpstr (sql, ==, snapshot->sql);
  g_assert_cmpstr (models, ==, snapshot->models);
  g_clear_pointer (&snapshot->sql, g_free);
  g_clear_pointer (&snapshot->models, g_free);
}

static void
test_rollback (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 wishlist = stage_id_at (fixture->store, 0);
  gint64 applied = stage_id_at (fixture->store, 1);
  ClApplication *a = add (fixture, "A", "MLE", wishlist);
  ClApplication *b = add (fixture, "B", "MLE", wishlist);
  g_autoptr(GError) error = NULL;
  Snapshot snapshot;

  cl_clock_advance (fixture->clock, 100);

  /* add */
  snapshot_take (fixture, &snapshot);
  {
    g_autoptr(ClApplication) c = cl_application_new ("New company", "MLE");

    cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
    g_assert_false (cl_pipeline_store_add_application (fixture->store, c, wishlist, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
    g_clear_error (&error);
    g_assert_cmpint (cl_application_get_id (c), ==, 0);
  }
  snapshot_assert_unchanged (fixture, &snapshot);

  /* move within and between stages */
  snapshot_take (fixture, &snapshot);
  cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
  g_assert_false (cl_pipeline_store_move_application (fixture->store, a, wishlist, 1, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
  g_clear_error (&error);
  cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
  g_assert_false (cl_pipeline_store_move_application (fixture->store, a, applied, 0, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
  g_clear_error (&error);
  g_assert_cmpint (cl_application_get_stage_id (a), ==, wishlist);
  g_assert_cmpuint (cl_application_get_position (a), ==, 0);
  g_assert_cmpint (cl_application_get_updated_at (a), ==, CL_TEST_NOW);
  snapshot_assert_unchanged (fixture, &snapshot);

  /* update */
  snapshot_take (fixture, &snapshot);
  g_object_set (b, "interest", 5u, NULL);
  cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
  g_assert_false (cl_pipeline_store_update_application (fixture->store, b, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
  g_clear_error (&error);
  g_assert_cmpint (cl_application_get_updated_at (b), ==, CL_TEST_NOW);
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT max(interest) FROM applications"), ==, 0);
  snapshot_assert_unchanged (fixture, &snapshot);

  /* archive */
  snapshot_take (fixture, &snapshot);
  cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
  g_assert_false (cl_pipeline_store_archive_application (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
  g_clear_error (&error);
  snapshot_assert_unchanged (fixture, &snapshot);

  /* The database is usable afterwards, and a reload agrees with the models. */
  g_assert_true (cl_pipeline_store_move_application (fixture->store, a, applied, 0, NULL, &error));
  g_assert_no_error (error);
  assert_consistent (fixture);
  {
    g_autoptr(ClPipelineStore) again = cl_pipeline_store_new (fixture->database, fixture->clock);
    g_autofree char *before = model_dump (fixture->store);
    g_autofree char *after = NULL;

    g_assert_true (cl_pipeline_store_load (again, &error));
    after = model_dump (again);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_reload (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClPipelineStore) again = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GListModel *first_list;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *company = g_strdup_printf ("Company %u", i % 7);

      add (fixture, company, "MLE", stage_id_at (fixture->store, i % 10));
    }
  before = model_dump (fixture->store);

  again = cl_pipeline_store_new (fixture->database, fixture->clock);
  g_assert_true (cl_pipeline_store_load (again, &error));
  after = model_dump (again);
  g_assert_cmpstr (before, ==, after);

  /* Loading again keeps the per-stage models views hold. */
  first_list = cl_pipeline_store_get_stage_applications (again, stage_id_at (again, 0));
  g_assert_true (cl_pipeline_store_load (again, &error));
  g_assert_no_error (error);
  g_assert_true (cl_pipeline_store_get_stage_applications (again, stage_id_at (again, 0)) == first_list);
  g_assert_cmpuint (g_list_model_get_n_items (first_list), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/pipeline-store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("default-stages", test_default_stages);
  ADD ("add", test_add);
  ADD ("add-invalid", test_add_invalid);
  ADD ("update", test_update);
  ADD ("move", test_move);
  ADD ("move-missing-stage", test_move_missing_stage);
  ADD ("archive", test_archive);
  ADD ("rollback", test_rollback);
  ADD ("reload", test_reload);

#undef ADD

  return g_test_run ();
}
