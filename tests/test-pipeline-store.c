/* test-pipeline-store.c — stages, applications, moves and rollbacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <string.h>

#include "cl-context.h"
#include "cl-enum-types.h"
#include "cl-test-util.h"

typedef struct
{
  ClTestFixture    base;
  ClPipelineStore *store;
  ClStageStore    *stages;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_pipeline_store (fixture->base.context);
  fixture->stages = cl_context_get_stage_store (fixture->base.context);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  cl_test_fixture_teardown (&fixture->base);
}

static gint64
stage_id_at (ClPipelineStore *store,
             guint            index)
{
  g_autoptr(ClStage) stage = g_list_model_get_item (cl_pipeline_store_get_stages (store), index);

  g_assert_nonnull (stage);
  return cl_stage_get_id (stage);
}

/* "stage:id@position,…" for every stage of the models, in model order, with
 * each object's own stage and position checked against its place. */
static char *
model_dump (ClContext *context)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (context);
  GString         *out = g_string_new (NULL);
  GListModel      *stages = cl_pipeline_store_get_stages (store);
  guint            n_total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);
      GListModel *list = cl_pipeline_store_get_stage_applications (store, cl_stage_get_id (stage));
      guint       n = g_list_model_get_n_items (list);

      if (n == 0)
        continue;
      g_string_append_printf (out, "%" G_GINT64_FORMAT ":", cl_stage_get_id (stage));
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(ClApplication) application = g_list_model_get_item (list, j);

          g_assert_cmpint (cl_application_get_stage_id (application), ==, cl_stage_get_id (stage));
          g_assert_cmpuint (cl_application_get_position (application), ==, j);
          g_assert_true (cl_pipeline_store_find_application (store, cl_application_get_id (
                                                                      application)) == application);
          g_string_append_printf (out, "%s%" G_GINT64_FORMAT "@%u", j > 0 ? "," : "",
                                  cl_application_get_id (application), j);
        }
      g_string_append_c (out, ';');
      n_total += n;
    }

  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (store)), ==,
                    n_total);
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
  g_autofree char *model = model_dump (fixture->base.context);
  g_autofree char *sql = sql_dump (fixture->base.database);
  g_autofree char *not_dense = NULL;

  g_assert_cmpstr (model, ==, sql);

  not_dense =
    cl_test_query_text (fixture->base.database,
                        "SELECT stage_id FROM applications WHERE archived_at IS NULL"
                        " GROUP BY stage_id"
                        " HAVING count(*) <> count(DISTINCT position) OR min(position) <> 0"
                        "     OR max(position) <> count(*) - 1");
  g_assert_cmpstr (not_dense, ==, "");
}

/* The rows and the board's models, as what fails must leave them. */
static void
snapshot_take (Fixture        *fixture,
               ClTestSnapshot *snapshot)
{
  cl_test_snapshot_take (snapshot, fixture->base.database, model_dump (fixture->base.context));
}

static void
snapshot_assert_unchanged (Fixture        *fixture,
                           ClTestSnapshot *snapshot)
{
  cl_test_snapshot_assert_unchanged (snapshot, fixture->base.database,
                                     model_dump (fixture->base.context));
}

static void
test_default_stages (Fixture      *fixture,
                     gconstpointer data)
{
  static const struct
  {
    const char *name;
    gboolean    is_open;
    ClMilestone milestone;
  } expected[] = {
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
      g_assert_true (cl_pipeline_store_find_stage (fixture->store, cl_stage_get_id (stage)) ==
                     stage);
    }

  g_assert_null (cl_pipeline_store_find_stage (fixture->store, 999));
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (fixture->store)),
                    ==, 0);
}

static void
test_add (Fixture      *fixture,
          gconstpointer data)
{
  gint64           first = stage_id_at (fixture->store, 0);
  gint64           applied = stage_id_at (fixture->store, 1);
  ClApplication   *a, *b, *c;
  g_autofree char *history = NULL;

  a = cl_test_add_application (fixture->store, "Acme AI", "Machine Learning Engineer", 0);
  g_assert_cmpint (cl_application_get_id (a), >, 0);
  g_assert_cmpint (cl_application_get_stage_id (a), ==, first);
  g_assert_cmpuint (cl_application_get_position (a), ==, 0);
  g_assert_cmpint (cl_application_get_created_at (a), ==, CL_TEST_NOW);
  g_assert_cmpint (cl_application_get_updated_at (a), ==, CL_TEST_NOW);

  cl_clock_advance (fixture->base.clock, 60);
  b = cl_test_add_application (fixture->store, "  ACME ai ", "  Senior MLE ", 0);
  g_assert_cmpuint (cl_application_get_position (b), ==, 1);
  /* The card shows what is saved: the company it links to, the role trimmed. */
  g_assert_cmpstr (cl_application_get_company_name (b), ==, "Acme AI");
  g_assert_true (cl_application_get_company (b) == cl_application_get_company (a));
  g_assert_cmpstr (cl_application_get_role (b), ==, "Senior MLE");
  c = cl_test_add_application (fixture->store, "Tensor Labs", "Research Engineer", applied);
  g_assert_cmpint (cl_application_get_stage_id (c), ==, applied);
  g_assert_cmpuint (cl_application_get_position (c), ==, 0);

  /* One company, whatever the case and spaces. */
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM companies"),
                   ==, 2);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(DISTINCT company_id) FROM applications"),
                   ==, 2);

  /* Each addition is in the stage history, from nowhere. */
  history = cl_test_query_text (fixture->base.database,
                                "SELECT application_id, from_stage_id, to_stage_id, from_position,"
                                " to_position, moved_at FROM stage_history ORDER BY id");
  {
    g_autofree char *expected =
      g_strdup_printf ("%" G_GINT64_FORMAT "|NULL|%" G_GINT64_FORMAT "|NULL|0|%" G_GINT64_FORMAT
                       "\n"
                       "%" G_GINT64_FORMAT "|NULL|%" G_GINT64_FORMAT "|NULL|1|%" G_GINT64_FORMAT
                       "\n"
                       "%" G_GINT64_FORMAT "|NULL|%" G_GINT64_FORMAT "|NULL|0|%" G_GINT64_FORMAT
                       "\n",
                       cl_application_get_id (a), first, CL_TEST_NOW, cl_application_get_id (b),
                       first, CL_TEST_NOW + 60, cl_application_get_id (c), applied,
                       CL_TEST_NOW + 60);
    g_assert_cmpstr (history, ==, expected);
  }

  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (fixture->store)),
                    ==, 3);
  assert_consistent (fixture);
}

static void
test_add_invalid (Fixture      *fixture,
                  gconstpointer data)
{
  static const struct
  {
    const char *company;
    const char *role;
    const char *field;
  } cases[] = {
    { NULL, "Machine Learning Engineer", "company" },
    { "", "Machine Learning Engineer", "company" },
    { "  \t", "Machine Learning Engineer", "company" },
    { "Acme", NULL, "role" },
    { "Acme", "   ", "role" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ClApplication) application = cl_application_new (cases[i].company, cases[i].role);
      g_autoptr(GError) error = NULL;

      g_assert_false (cl_pipeline_store_add_application (fixture->store, application, 0, &error));
      g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_REQUIRED);
      g_assert_cmpstr (cl_validation_error_get_field (error), ==, cases[i].field);
      g_assert_cmpint (cl_application_get_id (application), ==, 0);
    }

  {
    g_autoptr(ClApplication) application = cl_application_new ("Acme", "MLE");
    g_autoptr(GError) error = NULL;

    g_object_set (application, "job-url", "acme.example/jobs/1", NULL);
    g_assert_false (cl_pipeline_store_add_application (fixture->store, application, 0, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_FORMAT);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "job-url");
  }

  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM applications"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM companies"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM stage_history"),
                   ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (fixture->store)),
                    ==, 0);
}

static void
test_update (Fixture      *fixture,
             gconstpointer data)
{
  ClApplication *a = cl_test_add_application (fixture->store, "Acme AI",
                                              "Machine Learning Engineer", 0);
  g_autoptr(ClApplication) copy = cl_application_copy (a);
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;

  cl_clock_advance (fixture->base.clock, 3600);
  g_object_set (copy,
                "role", "Staff Machine Learning Engineer",
                "interest", 4u,
                "salary-min", (gint64) 150000,
                "salary-max", (gint64) 190000,
                "salary-currency", " eur ",
                "job-url", "https://borealis.example/jobs/42",
                NULL);
  g_object_set (cl_application_get_company (copy),
                "name", "Borealis",
                "company-type", CL_COMPANY_TYPE_SCALE_UP,
                NULL);

  /* Editing the copy leaves the shared object alone until it is saved. */
  g_assert_cmpstr (cl_application_get_role (a), ==, "Machine Learning Engineer");
  g_assert_cmpstr (cl_application_get_company_name (a), ==, "Acme AI");

  g_assert_true (cl_pipeline_store_save_application (fixture->store, copy, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_application_get_updated_at (a), ==, CL_TEST_NOW + 3600);
  g_assert_cmpstr (cl_application_get_role (a), ==, "Staff Machine Learning Engineer");
  g_assert_cmpstr (cl_application_get_salary_currency (a), ==, "EUR");
  g_assert_cmpstr (cl_application_get_company_name (a), ==, "Borealis");
  g_assert_cmpint (cl_application_get_company_type (a), ==, CL_COMPANY_TYPE_SCALE_UP);

  row = cl_test_query_text (fixture->base.database,
                            "SELECT c.name, c.company_type, a.role, a.interest, a.salary_min,"
                            " a.salary_max, a.salary_currency, a.job_url, a.updated_at"
                            " FROM applications a JOIN companies c ON c.id = a.company_id");
  {
    g_autofree char *expected =
      g_strdup_printf ("Borealis|scale-up|Staff Machine Learning Engineer|4|150000|190000|EUR|"
                       "https://borealis.example/jobs/42|%" G_GINT64_FORMAT "\n",
                       CL_TEST_NOW + 3600);
    g_assert_cmpstr (row, ==, expected);
  }

  /* Invalid edits are refused before SQL, naming the fields. */
  g_object_set (copy, "salary-min", (gint64) 200000, NULL);
  g_assert_false (cl_pipeline_store_save_application (fixture->store, copy, 0, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_INCONSISTENT);
  g_assert_true (cl_validation_error_is_about (error, "salary-min"));
  g_assert_true (cl_validation_error_is_about (error, "salary-max"));
  g_clear_error (&error);
  g_assert_cmpint (cl_application_get_salary_min (a), ==, 150000);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT salary_min FROM applications"),
                   ==, 150000);

  /* Reloading gives the saved values. */
  {
    g_autoptr(ClContext) again_context = cl_test_fixture_reload (&fixture->base);
    ClPipelineStore *again = cl_context_get_pipeline_store (again_context);
    ClApplication   *b;
    b = cl_pipeline_store_find_application (again, cl_application_get_id (a));
    g_assert_nonnull (b);
    g_assert_cmpstr (cl_application_get_company_name (b), ==, "Borealis");
    g_assert_cmpint (cl_application_get_company_type (b), ==, CL_COMPANY_TYPE_SCALE_UP);
    g_assert_cmpstr (cl_application_get_role (b), ==, "Staff Machine Learning Engineer");
    g_assert_cmpuint (cl_application_get_interest (b), ==, 4);
    g_assert_cmpint (cl_application_get_salary_max (b), ==, 190000);
    g_assert_cmpint (cl_application_get_salary_min (b), ==, 150000);
  }
}

static void
test_move (Fixture      *fixture,
           gconstpointer data)
{
  gint64         wishlist = stage_id_at (fixture->store, 0);
  gint64         applied = stage_id_at (fixture->store, 1);
  ClApplication *apps[5];
  g_autoptr(GError) error = NULL;
  gint64 n_history;

  for (guint i = 0; i < G_N_ELEMENTS (apps); i++)
    {
      g_autofree char *company = g_strdup_printf ("Company %u", i);

      apps[i] = cl_test_add_application (fixture->store, company, "Applied Scientist", wishlist);
    }
  cl_test_add_application (fixture->store, "Other", "Data Scientist", applied);
  n_history = cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM stage_history");
  assert_consistent (fixture);

  /* Within a stage, down then up. */
  cl_clock_advance (fixture->base.clock, 10);
  g_assert_true (
    cl_pipeline_store_move_application (fixture->store, apps[0], wishlist, 3, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_application_get_position (apps[0]), ==, 3);
  assert_consistent (fixture);

  g_assert_true (
    cl_pipeline_store_move_application (fixture->store, apps[4], wishlist, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_application_get_position (apps[4]), ==, 0);
  assert_consistent (fixture);

  /* A position past the end is clamped. */
  g_assert_true (
    cl_pipeline_store_move_application (fixture->store, apps[1], wishlist, 99, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_application_get_position (apps[1]), ==, 4);
  assert_consistent (fixture);

  /* Between stages, into the middle and to the end. */
  g_assert_true (
    cl_pipeline_store_move_application (fixture->store, apps[2], applied, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_application_get_stage_id (apps[2]), ==, applied);
  g_assert_cmpuint (cl_application_get_position (apps[2]), ==, 0);
  g_assert_cmpint (cl_application_get_updated_at (apps[2]), ==, CL_TEST_NOW + 10);
  assert_consistent (fixture);

  g_assert_true (
    cl_pipeline_store_move_application (fixture->store, apps[3], applied, G_MAXUINT, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_application_get_position (apps[3]), ==, 2);
  assert_consistent (fixture);

  g_assert_cmpuint (g_list_model_get_n_items (
                      cl_pipeline_store_get_stage_applications (fixture->store, wishlist)),
                    ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (
                      cl_pipeline_store_get_stage_applications (fixture->store, applied)),
                    ==, 3);

  /* Every move is in the history, with where it came from. */
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM stage_history"),
                   ==, n_history + 5);
  {
    g_autofree char *sql =
      g_strdup_printf ("SELECT from_stage_id || '>' || to_stage_id || ' ' || from_position || '>'"
                       " || to_position FROM stage_history WHERE application_id = %" G_GINT64_FORMAT
                       " ORDER BY id DESC LIMIT 1",
                       cl_application_get_id (apps[2]));
    g_autofree char *last = cl_test_query_text (fixture->base.database, sql);
    g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT ">%" G_GINT64_FORMAT " 1>0\n",
                                                 wishlist, applied);

    g_assert_cmpstr (last, ==, expected);
  }

  /* A move to the same place changes nothing. */
  g_assert_true (
    cl_pipeline_store_move_application (fixture->store, apps[2], applied, 0, NULL, &error));
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM stage_history"),
                   ==, n_history + 5);

  /* The same models after a reload. */
  cl_test_fixture_assert_reload_same (&fixture->base, model_dump);
}

static void
test_move_missing_stage (Fixture      *fixture,
                         gconstpointer data)
{
  ClApplication *a = cl_test_add_application (fixture->store, "Acme", "MLE", 0);
  g_autoptr(GError) error = NULL;
  ClTestSnapshot snapshot;

  snapshot_take (fixture, &snapshot);
  g_assert_false (cl_pipeline_store_move_application (fixture->store, a, 999, 0, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  snapshot_assert_unchanged (fixture, &snapshot);
}

static void
test_archive (Fixture      *fixture,
              gconstpointer data)
{
  gint64         wishlist = stage_id_at (fixture->store, 0);
  ClApplication *a = cl_test_add_application (fixture->store, "A", "MLE", wishlist);
  ClApplication *b = cl_test_add_application (fixture->store, "B", "MLE", wishlist);
  ClApplication *c = cl_test_add_application (fixture->store, "C", "MLE", wishlist);
  g_autoptr(GError) error = NULL;
  gint64      b_id = cl_application_get_id (b);
  GListModel *list = cl_pipeline_store_get_stage_applications (fixture->store, wishlist);

  g_assert_true (cl_pipeline_store_archive_application (fixture->store, b, &error));
  g_assert_no_error (error);
  g_assert_null (cl_pipeline_store_find_application (fixture->store, b_id));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpuint (cl_application_get_position (a), ==, 0);
  g_assert_cmpuint (cl_application_get_position (c), ==, 1);
  assert_consistent (fixture);

  /* The row and its history stay. */
  g_assert_cmpint (
    cl_test_query_int64 (fixture->base.database,
                         "SELECT count(*) FROM applications WHERE archived_at IS NOT NULL"),
    ==, 1);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM stage_history"),
                   ==, 3);

  /* Archived applications do not come back on reload. */
  {
    g_autoptr(ClContext) again_context = cl_test_fixture_reload (&fixture->base);
    ClPipelineStore *again = cl_context_get_pipeline_store (again_context);
    g_assert_null (cl_pipeline_store_find_application (again, b_id));
    g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (again)), ==, 2);
  }

  /* New ones go after the remaining ones. */
  {
    ClApplication *d = cl_test_add_application (fixture->store, "D", "MLE", wishlist);

    g_assert_cmpuint (cl_application_get_position (d), ==, 2);
  }
  assert_consistent (fixture);
}

static void
test_rollback (Fixture      *fixture,
               gconstpointer data)
{
  gint64         wishlist = stage_id_at (fixture->store, 0);
  gint64         applied = stage_id_at (fixture->store, 1);
  ClApplication *a = cl_test_add_application (fixture->store, "A", "MLE", wishlist);
  ClApplication *b = cl_test_add_application (fixture->store, "B", "MLE", wishlist);
  g_autoptr(GError) error = NULL;
  ClTestSnapshot snapshot;

  cl_clock_advance (fixture->base.clock, 100);

  /* add, on a full disk */
  snapshot_take (fixture, &snapshot);
  {
    g_autoptr(ClApplication) c = cl_application_new ("New company", "MLE");
    g_autofree char *notes = cl_test_long_text ();

    g_object_set (c, "notes", notes, NULL);
    cl_test_set_disk_full (fixture->base.database);
    g_assert_false (cl_pipeline_store_add_application (fixture->store, c, wishlist, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    g_assert_cmpint (cl_application_get_id (c), ==, 0);
  }
  snapshot_assert_unchanged (fixture, &snapshot);

  /* move within and between stages, failing at its last statement */
  snapshot_take (fixture, &snapshot);
  cl_test_fail_on (fixture->base.database, "INSERT", "stage_history");
  g_assert_false (
    cl_pipeline_store_move_application (fixture->store, a, wishlist, 1, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (cl_pipeline_store_move_application (fixture->store, a, applied, 0, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  g_assert_cmpint (cl_application_get_stage_id (a), ==, wishlist);
  g_assert_cmpuint (cl_application_get_position (a), ==, 0);
  g_assert_cmpint (cl_application_get_updated_at (a), ==, CL_TEST_NOW);
  snapshot_assert_unchanged (fixture, &snapshot);

  /* save, on a file that became read-only, and with a move that fails */
  snapshot_take (fixture, &snapshot);
  {
    g_autoptr(ClApplication) copy = cl_application_copy (b);

    g_object_set (copy, "interest", 5u, NULL);
    cl_test_set_read_only (fixture->base.database);
    g_assert_false (cl_pipeline_store_save_application (fixture->store, copy, 0, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);

    /* Fields and move are one transaction: the failed move takes the fields back. */
    cl_test_fail_on (fixture->base.database, "INSERT", "stage_history");
    g_assert_false (cl_pipeline_store_save_application (fixture->store, copy, applied, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
  }
  g_assert_cmpuint (cl_application_get_interest (b), ==, 0);
  g_assert_cmpint (cl_application_get_updated_at (b), ==, CL_TEST_NOW);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT max(interest) FROM applications"),
                   ==, 0);
  snapshot_assert_unchanged (fixture, &snapshot);

  /* archive, failing after the card left its place */
  snapshot_take (fixture, &snapshot);
  cl_test_fail_on (fixture->base.database, "UPDATE", "applications");
  g_assert_false (cl_pipeline_store_archive_application (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  snapshot_assert_unchanged (fixture, &snapshot);

  /* The database is usable afterwards, and a reload agrees with the models. */
  g_assert_true (cl_pipeline_store_move_application (fixture->store, a, applied, 0, NULL, &error));
  g_assert_no_error (error);
  assert_consistent (fixture);
  cl_test_fixture_assert_reload_same (&fixture->base, model_dump);
}

static void
test_reload (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClContext) again_context = NULL;
  ClPipelineStore *again;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(ClApplication) first = NULL;
  GListModel *first_list;
  guint       n_list_changes = 0;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *company = g_strdup_printf ("Company %u", i % 7);

      cl_test_add_application (fixture->store, company, "MLE",
                               stage_id_at (fixture->store, i % 10));
    }
  before = model_dump (fixture->base.context);

  again_context = cl_test_fixture_reload (&fixture->base);
  again = cl_context_get_pipeline_store (again_context);
  after = model_dump (again_context);
  g_assert_cmpstr (before, ==, after);

  /* Loading again keeps the per-stage models views hold, their objects,
   * and says nothing when nothing changed. */
  first_list = cl_pipeline_store_get_stage_applications (again, stage_id_at (again, 0));
  first = g_list_model_get_item (first_list, 0);
  cl_test_count_emissions (first_list, "items-changed", &n_list_changes);
  g_assert_true (cl_store_load (CL_STORE (again), &error));
  g_assert_no_error (error);
  g_assert_true (cl_pipeline_store_get_stage_applications (again, stage_id_at (again, 0)) ==
                 first_list);
  g_assert_cmpuint (g_list_model_get_n_items (first_list), ==, 3);
  {
    g_autoptr(ClApplication) still = g_list_model_get_item (first_list, 0);

    g_assert_true (still == first);
  }
  g_assert_cmpuint (n_list_changes, ==, 0);
  g_signal_handlers_disconnect_by_data (first_list, &n_list_changes);
}

/* Every row of applications and stage_history, for exact comparisons. */
static char *
moves_dump (ClDatabase *database)
{
  g_autofree char *applications =
    cl_test_query_text (database, "SELECT * FROM applications ORDER BY id");
  g_autofree char *history =
    cl_test_query_text (database, "SELECT * FROM stage_history ORDER BY id");

  return g_strconcat (applications, "==\n", history, NULL);
}

/* "id:name@position(open);…" of the stage model, each stage's position
 * checked against its place. */
static char *
stages_model_dump (ClContext *context)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (context);
  GListModel      *stages = cl_pipeline_store_get_stages (store);
  GString         *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);

      g_assert_cmpuint (cl_stage_get_position (stage), ==, i);
      g_assert_false (cl_stage_get_archived (stage));
      g_string_append_printf (out, "%" G_GINT64_FORMAT ":%s@%u(%d);", cl_stage_get_id (stage),
                              cl_stage_get_name (stage), i, cl_stage_get_is_open (stage));
    }
  return g_string_free (out, FALSE);
}

static char *
stages_sql_dump (ClDatabase *database)
{
  g_autofree char *rows = cl_test_query_text (
    database, "SELECT group_concat (s, '') FROM"
              " (SELECT id || ':' || name || '@' || position || '(' || is_open || ');' AS s"
              "  FROM stages WHERE archived = 0 ORDER BY position, id)");

  return g_strdup (g_strchomp (rows));
}

/* The stage model and the stages table agree and positions are 0 … n-1. */
static void
assert_stages_consistent (Fixture *fixture)
{
  g_autofree char *model = stages_model_dump (fixture->base.context);
  g_autofree char *sql = stages_sql_dump (fixture->base.database);

  g_assert_cmpstr (model, ==, sql);
  g_assert_cmpint (
    cl_test_query_int64 (fixture->base.database,
                         "SELECT count(*) <> count(DISTINCT position) OR min(position) <> 0"
                         " OR max(position) <> count(*) - 1 FROM stages WHERE archived = 0"),
    ==, 0);
}

static void
fill_stage (Fixture        *fixture,
            gint64          stage_id,
            const char     *prefix,
            ClApplication **apps,
            guint           n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *company = g_strdup_printf ("%s%u", prefix, i);

      apps[i] = cl_test_add_application (fixture->store, company, "MLE", stage_id);
    }
}

static void
test_undo_exact (Fixture      *fixture,
                 gconstpointer data)
{
  gint64         wishlist = stage_id_at (fixture->store, 0);
  gint64         applied = stage_id_at (fixture->store, 1);
  ClApplication *w[4], *a[3];
  g_autoptr(GError) error = NULL;
  struct
  {
    ClApplication **app;
    gint64          to;
    guint           position;
  } cases[] = {
    { &w[1], 0, 1 },  /* to another stage, in the middle */
    { &w[0], 0, 99 }, /* to the end of another stage */
    { &w[3], 0, 0 },  /* to the front of another stage */
    { &w[0], 0, 2 },  /* down within its stage */
    { &w[3], 0, 0 },  /* up within its stage */
  };

  fill_stage (fixture, wishlist, "W", w, G_N_ELEMENTS (w));
  fill_stage (fixture, applied, "A", a, G_N_ELEMENTS (a));
  cases[0].to = cases[1].to = cases[2].to = applied;
  cases[3].to = cases[4].to = wishlist;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ClApplication *app = *cases[i].app;
      g_autoptr(ClPipelineMove) move = NULL;
      g_autofree char *before = NULL;
      g_autofree char *models_before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *models_after = NULL;
      gint64           from_stage = cl_application_get_stage_id (app);
      guint            from_position = cl_application_get_position (app);
      gint64           updated_at = cl_application_get_updated_at (app);
      gint64           n_history;

      cl_clock_advance (fixture->base.clock, 60);
      before = moves_dump (fixture->base.database);
      models_before = model_dump (fixture->base.context);
      n_history = cl_test_query_int64 (fixture->base.database,
                                       "SELECT count(*) FROM stage_history");

      g_assert_true (cl_pipeline_store_move_application (fixture->store, app, cases[i].to,
                                                         cases[i].position, &move, &error));
      g_assert_no_error (error);
      g_assert_nonnull (move);
      g_assert_cmpint (move->application_id, ==, cl_application_get_id (app));
      g_assert_cmpint (move->from_stage_id, ==, from_stage);
      g_assert_cmpuint (move->from_position, ==, from_position);
      g_assert_cmpint (move->to_stage_id, ==, cases[i].to);
      g_assert_cmpuint (move->to_position, ==, cl_application_get_position (app));
      g_assert_cmpint (move->previous_updated_at, ==, updated_at);
      g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                            "SELECT max(id) FROM stage_history"),
                       ==, move->history_id);
      g_assert_cmpint (cl_application_get_updated_at (app), ==, cl_clock_now (fixture->base.clock));
      assert_consistent (fixture);

      cl_clock_advance (fixture->base.clock, 5);
      g_assert_true (cl_pipeline_store_undo_move (fixture->store, move, &error));
      g_assert_no_error (error);

      /* Every row as it was: the card, its neighbours in both stages, its
       * updated time; only the move's history row is gone. */
      after = moves_dump (fixture->base.database);
      models_after = model_dump (fixture->base.context);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpstr (models_after, ==, models_before);
      g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                            "SELECT count(*) FROM stage_history"),
                       ==, n_history);
      g_assert_cmpint (cl_application_get_stage_id (app), ==, from_stage);
      g_assert_cmpuint (cl_application_get_position (app), ==, from_position);
      g_assert_cmpint (cl_application_get_updated_at (app), ==, updated_at);
      assert_consistent (fixture);
    }

  /* A move to where the card already is records nothing to undo. */
  {
    g_autoptr(ClPipelineMove) move = NULL;

    g_assert_true (
      cl_pipeline_store_move_application (fixture->store, w[2], wishlist, 2, &move, &error));
    g_assert_no_error (error);
    g_assert_null (move);
  }

  /* The undone state survives a reload. */
  cl_test_fixture_assert_reload_same (&fixture->base, model_dump);
}

static void
test_undo_twice (Fixture      *fixture,
                 gconstpointer data)
{
  gint64         wishlist = stage_id_at (fixture->store, 0);
  gint64         applied = stage_id_at (fixture->store, 1);
  ClApplication *w[3];
  g_autoptr(ClPipelineMove) move = NULL;
  g_autoptr(GError) error = NULL;
  ClTestSnapshot snapshot;

  fill_stage (fixture, wishlist, "W", w, G_N_ELEMENTS (w));
  cl_clock_advance (fixture->base.clock, 60);
  g_assert_true (
    cl_pipeline_store_move_application (fixture->store, w[0], applied, 0, &move, &error));
  g_assert_true (cl_pipeline_store_undo_move (fixture->store, move, &error));
  g_assert_no_error (error);

  snapshot_take (fixture, &snapshot);
  g_assert_false (cl_pipeline_store_undo_move (fixture->store, move, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  snapshot_assert_unchanged (fixture, &snapshot);
  g_assert_cmpint (cl_application_get_updated_at (w[0]), ==, CL_TEST_NOW);
  assert_consistent (fixture);

  /* Even when the card has moved on since: history ids are never reused, so
   * the stale record names no row and nothing changes. */
  g_assert_true (cl_pipeline_store_move_application (fixture->store, w[0],
                                                     stage_id_at (fixture->store, 2), 0, NULL,
                                                     &error));
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT max(id) FROM stage_history"),
                   >, move->history_id);
  snapshot_take (fixture, &snapshot);
  g_assert_false (cl_pipeline_store_undo_move (fixture->store, move, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  snapshot_assert_unchanged (fixture, &snapshot);

  /* An archived card cannot be undone onto the board. */
  {
    g_autoptr(ClPipelineMove) second = NULL;

    g_assert_true (
      cl_pipeline_store_move_application (fixture->store, w[1], applied, 0, &second, &error));
    g_assert_true (cl_pipeline_store_archive_application (fixture->store, w[1], &error));
    snapshot_take (fixture, &snapshot);
    g_assert_false (cl_pipeline_store_undo_move (fixture->store, second, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    snapshot_assert_unchanged (fixture, &snapshot);
  }
}

static void
test_undo_after_another_move (Fixture      *fixture,
                              gconstpointer data)
{
  gint64         wishlist = stage_id_at (fixture->store, 0);
  gint64         applied = stage_id_at (fixture->store, 1);
  gint64         onsite = stage_id_at (fixture->store, 4);
  ClApplication *w[4], *a[2];
  g_autoptr(ClPipelineMove) first = NULL;
  g_autoptr(ClPipelineMove) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  fill_stage (fixture, wishlist, "W", w, G_N_ELEMENTS (w));
  fill_stage (fixture, applied, "A", a, G_N_ELEMENTS (a));
  cl_test_add_application (fixture->store, "O", "MLE", onsite);

  cl_clock_advance (fixture->base.clock, 60);
  g_assert_true (
    cl_pipeline_store_move_application (fixture->store, w[1], applied, 1, &first, &error));
  cl_clock_advance (fixture->base.clock, 60);
  g_assert_true (
    cl_pipeline_store_move_application (fixture->store, w[1], onsite, 0, &second, &error));
  g_assert_no_error (error);
  assert_consistent (fixture);

  /* The first move can no longer be undone: the card has moved since, and
   * that later move's history row depends on it. */
  {
    ClTestSnapshot snapshot;

    snapshot_take (fixture, &snapshot);
    g_assert_false (cl_pipeline_store_undo_move (fixture->store, first, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
    snapshot_assert_unchanged (fixture, &snapshot);
  }

  /* Undoing the latest first, then the one before, puts it back where it first was. */
  g_assert_true (cl_pipeline_store_undo_move (fixture->store, second, &error));
  g_assert_no_error (error);
  g_assert_true (cl_pipeline_store_undo_move (fixture->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_application_get_stage_id (w[1]), ==, wishlist);
  g_assert_cmpuint (cl_application_get_position (w[1]), ==, 1);
  g_assert_cmpint (cl_application_get_updated_at (w[1]), ==, CL_TEST_NOW);
  for (guint i = 0; i < G_N_ELEMENTS (w); i++)
    g_assert_cmpuint (cl_application_get_position (w[i]), ==, i);
  assert_consistent (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (
                      cl_pipeline_store_get_stage_applications (fixture->store, onsite)),
                    ==, 1);

  /* Both history rows went. */
  sql = g_strdup_printf ("SELECT count(*) FROM stage_history WHERE id IN (%" G_GINT64_FORMAT
                         ", %" G_GINT64_FORMAT ")",
                         first->history_id, second->history_id);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database, sql), ==, 0);

  /* When the stage has become shorter, the card goes to its end. */
  {
    g_autoptr(ClPipelineMove) third = NULL;

    g_assert_true (
      cl_pipeline_store_move_application (fixture->store, w[3], applied, 0, &third, &error));
    g_assert_true (
      cl_pipeline_store_move_application (fixture->store, w[0], applied, 0, NULL, &error));
    g_assert_true (
      cl_pipeline_store_move_application (fixture->store, w[1], applied, 0, NULL, &error));
    g_assert_true (cl_pipeline_store_undo_move (fixture->store, third, &error));
    g_assert_no_error (error);
    g_assert_cmpint (cl_application_get_stage_id (w[3]), ==, wishlist);
    g_assert_cmpuint (cl_application_get_position (w[3]), ==, 1);
    assert_consistent (fixture);
  }
}

static void
run_concurrent_undo (Fixture *fixture,
                     gboolean latest_first)
{
  gint64         wishlist = stage_id_at (fixture->store, 0);
  gint64         applied = stage_id_at (fixture->store, 1);
  ClApplication *w[4], *a[3];
  g_autoptr(ClPipelineMove) move_a = NULL;
  g_autoptr(ClPipelineMove) move_b = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64           n_history;

  fill_stage (fixture, wishlist, "W", w, G_N_ELEMENTS (w));
  fill_stage (fixture, applied, "A", a, G_N_ELEMENTS (a));
  before = moves_dump (fixture->base.database);
  n_history = cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM stage_history");

  cl_clock_advance (fixture->base.clock, 60);
  g_assert_true (
    cl_pipeline_store_move_application (fixture->store, w[0], applied, 0, &move_a, &error));
  cl_clock_advance (fixture->base.clock, 60);
  g_assert_true (
    cl_pipeline_store_move_application (fixture->store, w[2], applied, 0, &move_b, &error));
  g_assert_no_error (error);
  assert_consistent (fixture);

  cl_clock_advance (fixture->base.clock, 60);
  g_assert_true (
    cl_pipeline_store_undo_move (fixture->store, latest_first ? move_b : move_a, &error));
  g_assert_no_error (error);
  assert_consistent (fixture);
  g_assert_true (
    cl_pipeline_store_undo_move (fixture->store, latest_first ? move_a : move_b, &error));
  g_assert_no_error (error);
  assert_consistent (fixture);

  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM stage_history"),
                   ==, n_history);
  g_assert_cmpint (cl_application_get_stage_id (w[0]), ==, wishlist);
  g_assert_cmpint (cl_application_get_stage_id (w[2]), ==, wishlist);
  g_assert_cmpuint (g_list_model_get_n_items (
                      cl_pipeline_store_get_stage_applications (fixture->store, applied)),
                    ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (a); i++)
    g_assert_cmpuint (cl_application_get_position (a[i]), ==, i);

  after = moves_dump (fixture->base.database);
  if (latest_first)
    {
      /* Undone in reverse order, everything is exactly as before. */
      g_assert_cmpstr (after, ==, before);
    }
  else
    {
      /* Out of order, each card takes its recorded place among the cards
       * there at the time: dense, but w[2] lands at 1 as recorded. */
      g_assert_cmpuint (cl_application_get_position (w[0]), ==, 0);
      g_assert_cmpuint (cl_application_get_position (w[2]), ==, 1);
      g_assert_cmpuint (cl_application_get_position (w[1]), ==, 2);
      g_assert_cmpuint (cl_application_get_position (w[3]), ==, 3);
    }
}

static void
test_undo_concurrent_latest_first (Fixture      *fixture,
                                   gconstpointer data)
{
  run_concurrent_undo (fixture, TRUE);
}

static void
test_undo_concurrent_oldest_first (Fixture      *fixture,
                                   gconstpointer data)
{
  run_concurrent_undo (fixture, FALSE);
}

static void
test_unarchive (Fixture      *fixture,
                gconstpointer data)
{
  gint64         wishlist = stage_id_at (fixture->store, 0);
  ClApplication *w[4];
  g_autoptr(ClApplication) held = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *models_before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *models_after = NULL;

  fill_stage (fixture, wishlist, "W", w, G_N_ELEMENTS (w));
  held = g_object_ref (w[1]); /* what an undo toast keeps */
  before = cl_test_query_text (fixture->base.database, "SELECT * FROM applications ORDER BY id");
  models_before = model_dump (fixture->base.context);

  cl_clock_advance (fixture->base.clock, 60);
  g_assert_true (cl_pipeline_store_archive_application (fixture->store, held, &error));
  g_assert_no_error (error);
  assert_consistent (fixture);

  g_assert_true (cl_pipeline_store_unarchive_application (fixture->store, held, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_application_get_position (held), ==, 1);
  g_assert_true (
    cl_pipeline_store_find_application (fixture->store, cl_application_get_id (held)) == held);
  after = cl_test_query_text (fixture->base.database, "SELECT * FROM applications ORDER BY id");
  models_after = model_dump (fixture->base.context);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (models_after, ==, models_before);
  assert_consistent (fixture);

  /* Twice is refused, and changes nothing. */
  g_assert_false (cl_pipeline_store_unarchive_application (fixture->store, held, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  assert_consistent (fixture);

  /* When the stage got shorter meanwhile, it goes to the end. */
  g_assert_true (cl_pipeline_store_archive_application (fixture->store, w[3], &error));
  g_assert_true (cl_pipeline_store_archive_application (fixture->store, w[2], &error));
  g_assert_true (cl_pipeline_store_archive_application (fixture->store, held, &error));
  g_assert_true (cl_pipeline_store_unarchive_application (fixture->store, held, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_application_get_position (held), ==, 1);
  assert_consistent (fixture);

  /* A failed commit leaves it archived. */
  g_assert_true (cl_pipeline_store_archive_application (fixture->store, held, &error));
  {
    ClTestSnapshot snapshot;

    snapshot_take (fixture, &snapshot);
    cl_test_set_read_only (fixture->base.database);
    g_assert_false (cl_pipeline_store_unarchive_application (fixture->store, held, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    snapshot_assert_unchanged (fixture, &snapshot);
    g_assert_null (
      cl_pipeline_store_find_application (fixture->store, cl_application_get_id (held)));
  }
}

static void
test_archive_stage (Fixture      *fixture,
                    gconstpointer data)
{
  GListModel *stages = cl_pipeline_store_get_stages (fixture->store);
  g_autoptr(ClStage) screen = g_list_model_get_item (stages, 2);
  g_autoptr(ClStage) technical = g_list_model_get_item (stages, 3);
  gint64         screen_id = cl_stage_get_id (screen);
  gint64         technical_id = cl_stage_get_id (technical);
  ClApplication *s[3], *t[2];
  g_autoptr(GError) error = NULL;
  g_autofree char *history = NULL;
  GString         *expected = g_string_new (NULL);
  g_autofree char *expected_text = NULL;
  ClTestSnapshot   snapshot;
  gint64           n_history;

  fill_stage (fixture, screen_id, "S", s, G_N_ELEMENTS (s));
  fill_stage (fixture, technical_id, "T", t, G_N_ELEMENTS (t));
  n_history = cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM stage_history");

  /* Not without a stage for its applications, nor onto itself. */
  snapshot_take (fixture, &snapshot);
  g_assert_false (cl_stage_store_archive_stage (fixture->stages, screen, NULL, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cl_stage_store_archive_stage (fixture->stages, screen, screen, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  snapshot_assert_unchanged (fixture, &snapshot);
  assert_stages_consistent (fixture);

  cl_clock_advance (fixture->base.clock, 3600);
  g_assert_true (cl_stage_store_archive_stage (fixture->stages, screen, technical, NULL, &error));
  g_assert_no_error (error);

  /* In order, after those already there, each with a history row. */
  for (guint i = 0; i < G_N_ELEMENTS (t); i++)
    g_assert_cmpuint (cl_application_get_position (t[i]), ==, i);
  for (guint i = 0; i < G_N_ELEMENTS (s); i++)
    {
      g_assert_cmpint (cl_application_get_stage_id (s[i]), ==, technical_id);
      g_assert_cmpuint (cl_application_get_position (s[i]), ==, G_N_ELEMENTS (t) + i);
      g_assert_cmpint (cl_application_get_updated_at (s[i]), ==, CL_TEST_NOW + 3600);
      g_string_append_printf (expected,
                              "%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%u|%" G_GINT64_FORMAT
                              "|%u|%" G_GINT64_FORMAT "\n",
                              cl_application_get_id (s[i]), screen_id, i, technical_id,
                              (guint) G_N_ELEMENTS (t) + i, CL_TEST_NOW + 3600);
    }
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM stage_history"),
                   ==, n_history + G_N_ELEMENTS (s));
  history =
    cl_test_query_text (fixture->base.database,
                        "SELECT application_id, from_stage_id, from_position, to_stage_id,"
                        " to_position, moved_at FROM stage_history WHERE from_stage_id IS NOT NULL"
                        " ORDER BY id");
  expected_text = g_string_free (expected, FALSE);
  g_assert_cmpstr (history, ==, expected_text);
  assert_consistent (fixture);

  /* The stage is gone from the board, the others are renumbered. */
  g_assert_true (cl_stage_get_archived (screen));
  g_assert_null (cl_pipeline_store_find_stage (fixture->store, screen_id));
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, 9);
  g_assert_cmpuint (cl_stage_get_position (technical), ==, 2);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM stages WHERE archived = 1"),
                   ==, 1);
  assert_stages_consistent (fixture);

  /* The same after a reload. */
  cl_test_fixture_assert_reload_same (&fixture->base, model_dump);
  cl_test_fixture_assert_reload_same (&fixture->base, stages_model_dump);

  /* An empty stage needs no target. */
  {
    g_autoptr(ClStage) offer = g_list_model_get_item (stages, 4);

    g_assert_cmpstr (cl_stage_get_name (offer), ==, "Offer");
    g_assert_true (cl_stage_store_archive_stage (fixture->stages, offer, NULL, NULL, &error));
    g_assert_no_error (error);
    assert_stages_consistent (fixture);
  }
}

static void
test_archive_last_open_stage (Fixture      *fixture,
                              gconstpointer data)
{
  GListModel *stages = cl_pipeline_store_get_stages (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClStage) wishlist = g_list_model_get_item (stages, 0);
  ClTestSnapshot snapshot;

  /* Archive every open stage but the first: Applied … Offer. */
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, 1);

      g_assert_true (cl_stage_get_is_open (stage));
      g_assert_true (cl_stage_store_archive_stage (fixture->stages, stage, NULL, NULL, &error));
      g_assert_no_error (error);
      assert_stages_consistent (fixture);
    }
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, 5);

  snapshot_take (fixture, &snapshot);
  g_assert_false (cl_stage_store_archive_stage (fixture->stages, wishlist, NULL, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(ClStage) closed = g_list_model_get_item (stages, 1);

    g_assert_false (cl_stage_store_archive_stage (fixture->stages, wishlist, closed, NULL, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
  }
  snapshot_assert_unchanged (fixture, &snapshot);
  assert_stages_consistent (fixture);

  /* A closed stage can still go. */
  {
    g_autoptr(ClStage) closed = g_list_model_get_item (stages, 4);

    g_assert_false (cl_stage_get_is_open (closed));
    g_assert_true (cl_stage_store_archive_stage (fixture->stages, closed, wishlist, NULL, &error));
    g_assert_no_error (error);
    assert_stages_consistent (fixture);
  }
}

static void
test_stage_editing (Fixture      *fixture,
                    gconstpointer data)
{
  GListModel *stages = cl_pipeline_store_get_stages (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClStage) first = g_list_model_get_item (stages, 0);
  g_autofree char   *too_long = g_strnfill (61, 'x');
  ClStage           *added;
  ClTestSnapshot     snapshot;
  static const char *blanks[] = { "", "   ", "\t\n", NULL };

  /* Add: trimmed; open, so after the last open stage and before the outcomes. */
  added = cl_stage_store_add_stage (fixture->stages, "  Take-home  ", TRUE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (added);
  g_assert_cmpstr (cl_stage_get_name (added), ==, "Take-home");
  g_assert_cmpuint (cl_stage_get_position (added), ==, 6);
  {
    g_autoptr(ClStage) accepted = g_list_model_get_item (stages, 7);

    g_assert_cmpstr (cl_stage_get_name (accepted), ==, "Accepted");
  }
  g_assert_true (cl_pipeline_store_find_stage (fixture->store, cl_stage_get_id (added)) == added);
  assert_stages_consistent (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      snapshot_take (fixture, &snapshot);
      g_assert_null (cl_stage_store_add_stage (fixture->stages, blanks[i], TRUE, &error));
      g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_REQUIRED);
      g_assert_cmpstr (cl_validation_error_get_field (error), ==, "name");
      g_clear_error (&error);
      g_assert_false (cl_stage_store_rename_stage (fixture->stages, first, blanks[i], &error));
      g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_REQUIRED);
      g_clear_error (&error);
      snapshot_assert_unchanged (fixture, &snapshot);
      g_assert_cmpstr (cl_stage_get_name (first), ==, "Wishlist");
      g_assert_cmpuint (g_list_model_get_n_items (stages), ==, 11);
      assert_stages_consistent (fixture);
    }
  g_assert_false (cl_stage_store_rename_stage (fixture->stages, first, too_long, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_TOO_LONG);
  g_clear_error (&error);

  /* Another stage's name, in any case and with spaces, is refused. */
  {
    static const char *taken[] = { "Applied", "applied", "  APPLIED ", "take-HOME" };

    for (guint i = 0; i < G_N_ELEMENTS (taken); i++)
      {
        snapshot_take (fixture, &snapshot);
        g_assert_null (cl_stage_store_add_stage (fixture->stages, taken[i], TRUE, &error));
        g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_DUPLICATE);
        g_assert_cmpstr (cl_validation_error_get_field (error), ==, "name");
        g_clear_error (&error);
        g_assert_false (cl_stage_store_rename_stage (fixture->stages, first, taken[i], &error));
        g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_DUPLICATE);
        g_clear_error (&error);
        snapshot_assert_unchanged (fixture, &snapshot);
      }
    /* Its own name in other capitals is a rename. */
    g_assert_true (cl_stage_store_rename_stage (fixture->stages, added, "Take-Home", &error));
    g_assert_no_error (error);
    g_assert_cmpstr (cl_stage_get_name (added), ==, "Take-Home");
  }

  /* Rename. */
  g_assert_true (cl_stage_store_rename_stage (fixture->stages, first, " Dream jobs ", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cl_stage_get_name (first), ==, "Dream jobs");
  assert_stages_consistent (fixture);

  /* Move: to the front, the back, the middle, past the end, and nowhere. */
  {
    static const guint targets[] = { 0, 10, 4, 99, 5, 5, 6 };

    for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
      {
        guint expected = MIN (targets[i], 10u);

        g_assert_true (cl_stage_store_move_stage (fixture->stages, added, targets[i], &error));
        g_assert_no_error (error);
        g_assert_cmpuint (cl_stage_get_position (added), ==, expected);
        {
          g_autoptr(ClStage) there = g_list_model_get_item (stages, expected);

          g_assert_true (there == added);
        }
        assert_stages_consistent (fixture);
      }
    g_assert_true (cl_stage_store_move_stage (fixture->stages, first, 7, &error));
    g_assert_cmpuint (cl_stage_get_position (first), ==, 7);
    assert_stages_consistent (fixture);
  }

  /* Open and close; the last open stage stays open. */
  {
    guint n = g_list_model_get_n_items (stages);

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);

        if (stage != added && cl_stage_get_is_open (stage))
          g_assert_true (cl_stage_store_set_stage_open (fixture->stages, stage, FALSE, &error));
        g_assert_no_error (error);
      }
    g_assert_true (cl_stage_get_is_open (added));
    snapshot_take (fixture, &snapshot);
    g_assert_false (cl_stage_store_set_stage_open (fixture->stages, added, FALSE, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
    snapshot_assert_unchanged (fixture, &snapshot);
    g_assert_true (cl_stage_get_is_open (added));
    g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                          "SELECT count(*) FROM stages WHERE is_open = 1"),
                     ==, 1);

    g_assert_true (cl_stage_store_set_stage_open (fixture->stages, first, TRUE, &error));
    g_assert_true (cl_stage_get_is_open (first));
    g_assert_true (cl_stage_store_set_stage_open (fixture->stages, added, FALSE, &error));
    g_assert_no_error (error);
    assert_stages_consistent (fixture);
  }

  /* A reload gives the same stages. */
  cl_test_fixture_assert_reload_same (&fixture->base, stages_model_dump);

  /* New applications go to the first open stage. */
  {
    ClApplication *application = cl_test_add_application (fixture->store, "Acme", "MLE", 0);

    g_assert_cmpint (cl_application_get_stage_id (application), ==, cl_stage_get_id (first));
  }
}

/* The board's models and the stage model, one after the other. */
static char *
full_model_dump (ClContext *context)
{
  g_autofree char *models = model_dump (context);
  g_autofree char *stages = stages_model_dump (context);

  return g_strconcat (models, "\n", stages, NULL);
}

/* A snapshot whose models include the stage model. */
static void
full_snapshot_take (Fixture        *fixture,
                    ClTestSnapshot *snapshot)
{
  cl_test_snapshot_take (snapshot, fixture->base.database, full_model_dump (fixture->base.context));
}

static void
full_snapshot_assert_unchanged (Fixture        *fixture,
                                ClTestSnapshot *snapshot)
{
  cl_test_snapshot_assert_unchanged (snapshot, fixture->base.database,
                                     full_model_dump (fixture->base.context));
}

static void
test_rollback_editing (Fixture      *fixture,
                       gconstpointer data)
{
  GListModel *stages = cl_pipeline_store_get_stages (fixture->store);
  g_autoptr(ClStage) wishlist = g_list_model_get_item (stages, 0);
  g_autoptr(ClStage) applied = g_list_model_get_item (stages, 1);
  ClApplication *w[3];
  g_autoptr(ClPipelineMove) move = NULL;
  g_autoptr(GError) error = NULL;
  ClTestSnapshot snapshot;

  fill_stage (fixture, cl_stage_get_id (wishlist), "W", w, G_N_ELEMENTS (w));
  cl_clock_advance (fixture->base.clock, 100);

  /* move */
  full_snapshot_take (fixture, &snapshot);
  cl_test_fail_on (fixture->base.database, "INSERT", "stage_history");
  g_assert_false (cl_pipeline_store_move_application (fixture->store, w[0],
                                                      cl_stage_get_id (applied), 0, &move, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  g_assert_null (move);
  full_snapshot_assert_unchanged (fixture, &snapshot);

  /* undo */
  g_assert_true (cl_pipeline_store_move_application (fixture->store, w[0],
                                                     cl_stage_get_id (applied), 0, &move, &error));
  full_snapshot_take (fixture, &snapshot);
  cl_test_fail_on (fixture->base.database, "DELETE", "stage_history");
  g_assert_false (cl_pipeline_store_undo_move (fixture->store, move, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  g_assert_cmpint (cl_application_get_updated_at (w[0]), ==, CL_TEST_NOW + 100);
  full_snapshot_assert_unchanged (fixture, &snapshot);
  /* … and can be retried. */
  g_assert_true (cl_pipeline_store_undo_move (fixture->store, move, &error));
  g_assert_no_error (error);
  assert_consistent (fixture);

  /* archive_stage */
  full_snapshot_take (fixture, &snapshot);
  cl_test_fail_on (fixture->base.database, "UPDATE", "stages");
  g_assert_false (cl_stage_store_archive_stage (fixture->stages, wishlist, applied, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  g_assert_false (cl_stage_get_archived (wishlist));
  for (guint i = 0; i < G_N_ELEMENTS (w); i++)
    g_assert_cmpint (cl_application_get_updated_at (w[i]), ==, CL_TEST_NOW);
  full_snapshot_assert_unchanged (fixture, &snapshot);

  /* rename, open, move and add a stage */
  full_snapshot_take (fixture, &snapshot);
  cl_test_set_read_only (fixture->base.database);
  g_assert_false (cl_stage_store_rename_stage (fixture->stages, wishlist, "Maybe", &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_cmpstr (cl_stage_get_name (wishlist), ==, "Wishlist");
  g_assert_false (cl_stage_store_set_stage_open (fixture->stages, wishlist, FALSE, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_true (cl_stage_get_is_open (wishlist));
  cl_test_heal (fixture->base.database);
  cl_test_fail_on (fixture->base.database, "UPDATE", "stages");
  g_assert_false (cl_stage_store_move_stage (fixture->stages, wishlist, 5, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  cl_test_fail_on (fixture->base.database, "INSERT", "stages");
  g_assert_null (cl_stage_store_add_stage (fixture->stages, "Later", TRUE, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  full_snapshot_assert_unchanged (fixture, &snapshot);

  /* Everything still works afterwards. */
  g_assert_true (cl_stage_store_archive_stage (fixture->stages, wishlist, applied, NULL, &error));
  g_assert_no_error (error);
  assert_consistent (fixture);
  assert_stages_consistent (fixture);
}

/* What the card shows, as one line. */
static char *
facts (ClApplication *application)
{
  return g_strdup_printf ("referral=%d flags=%u next=%" G_GINT64_FORMAT "/%d/%s names=%s",
                          cl_application_get_referral_status (application),
                          cl_application_get_red_flag_count (application),
                          cl_application_get_next_at (application),
                          cl_application_get_next_kind (application),
                          cl_application_get_next_detail (application),
                          cl_application_get_contact_names (application));
}

static void
assert_facts (ClApplication   *application,
              ClReferralStatus referral,
              guint            n_flags,
              gint64           next_at,
              ClNextKind       next_kind,
              const char      *next_detail,
              const char      *names)
{
  g_assert_cmpint (cl_application_get_referral_status (application), ==, referral);
  g_assert_cmpuint (cl_application_get_red_flag_count (application), ==, n_flags);
  g_assert_cmpint (cl_application_get_next_at (application), ==, next_at);
  g_assert_cmpint (cl_application_get_next_kind (application), ==, next_kind);
  g_assert_cmpstr (cl_application_get_next_detail (application), ==, next_detail);
  g_assert_cmpstr (cl_application_get_contact_names (application), ==, names);
}

static gint64
add_contact (Fixture    *fixture,
             const char *name)
{
  ClContactStore *contacts = cl_context_get_contact_store (fixture->base.context);

  return cl_contact_get_id (cl_test_add_contact (contacts, name, NULL));
}

/* Writes @format with another connection, as another program (or a part of
 * CareerLens that has no store yet) would. */
static void
exec_printf (Fixture    *fixture,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
exec_printf (Fixture    *fixture,
             const char *format,
             ...)
{
  g_autofree char *sql = NULL;
  va_list          args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  cl_test_exec_file (fixture->base.path, sql);
}

/* What the window does when it gains the focus: look for others' writes. */
static void
notice_others (Fixture *fixture)
{
  g_assert_true (cl_database_check_external_changes (fixture->base.database));
}

static void
test_facts (Fixture      *fixture,
            gconstpointer data)
{
  const gint64   now = CL_TEST_NOW;
  const gint64   hour = 3600;
  ClRoundStore  *rounds = cl_context_get_round_store (fixture->base.context);
  gint64         stage = stage_id_at (fixture->store, 3);
  ClApplication *a = cl_test_add_application (fixture->store, "Acme", "MLE", stage);
  ClApplication *other = cl_test_add_application (fixture->store, "Other", "MLE", stage);
  gint64         id = cl_application_get_id (a);
  gint64         ana = add_contact (fixture, "Ana Costa");
  gint64         ben = add_contact (fixture, "Ben Smith");
  g_autoptr(GError) error = NULL;

  assert_facts (a, CL_REFERRAL_STATUS_NONE, 0, 0, CL_NEXT_KIND_NONE, NULL, NULL);

  /* Rounds: only a coming planned or scheduled one counts. */
  {
    static const struct
    {
      gint64        offset;
      ClRoundStatus status;
      ClRoundKind   kind;
    } cases[] = {
      { -2 * 3600, CL_ROUND_STATUS_SCHEDULED, CL_ROUND_KIND_CODING },
      { 24 * 3600, CL_ROUND_STATUS_CANCELLED, CL_ROUND_KIND_BEHAVIORAL },
      { 72 * 3600, CL_ROUND_STATUS_SCHEDULED, CL_ROUND_KIND_ML_SYSTEM_DESIGN },
      { 96 * 3600, CL_ROUND_STATUS_PLANNED, CL_ROUND_KIND_HIRING_MANAGER },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(ClRound) round = cl_round_new (id, cases[i].kind);

        g_object_set (round, "scheduled-at", now + cases[i].offset, "status", cases[i].status,
                      NULL);
        g_assert_true (cl_round_store_add_round (rounds, round, &error));
        g_assert_no_error (error);
      }
    /* An unscheduled round is not dated. */
    {
      g_autoptr(ClRound) round = cl_round_new (id, CL_ROUND_KIND_OTHER);

      g_assert_true (cl_round_store_add_round (rounds, round, &error));
    }
  }
  /* Saved through the round store: the card follows by itself. */
  assert_facts (a, CL_REFERRAL_STATUS_NONE, 0, now + 72 * hour, CL_NEXT_KIND_ROUND,
                cl_round_kind_get_label (CL_ROUND_KIND_ML_SYSTEM_DESIGN), NULL);

  /* An earlier follow-up reminder wins; done ones and other kinds do not count. */
  exec_printf (fixture,
               "INSERT INTO reminders (kind, title, due_at, done_at, application_id, created_at)"
               " VALUES ('follow-up', 'Old thank-you note', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
               ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
               now + hour, now, id, now);
  exec_printf (fixture,
               "INSERT INTO reminders (kind, title, due_at, application_id, created_at)"
               " VALUES ('custom', 'Something else', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
               ", %" G_GINT64_FORMAT ")",
               now + hour, id, now);
  notice_others (fixture);
  g_assert_cmpint (cl_application_get_next_kind (a), ==, CL_NEXT_KIND_ROUND);

  exec_printf (fixture,
               "INSERT INTO reminders (kind, title, due_at, application_id, created_at)"
               " VALUES ('follow-up', 'Ask the recruiter | about the team', %" G_GINT64_FORMAT
               ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
               now + 24 * hour, id, now);
  notice_others (fixture);
  assert_facts (a, CL_REFERRAL_STATUS_NONE, 0, now + 24 * hour, CL_NEXT_KIND_FOLLOW_UP,
                "Ask the recruiter | about the team", NULL);

  /* Snoozed past the round, the round comes first again. */
  exec_printf (fixture,
               "UPDATE reminders SET snoozed_until = %" G_GINT64_FORMAT " WHERE title LIKE 'Ask%%'",
               now + 100 * hour);
  notice_others (fixture);
  g_assert_cmpint (cl_application_get_next_kind (a), ==, CL_NEXT_KIND_ROUND);

  /* The application's deadline, when it is still ahead. */
  exec_printf (fixture,
               "UPDATE applications SET deadline = %" G_GINT64_FORMAT
               " WHERE id = %" G_GINT64_FORMAT,
               now - hour, id);
  notice_others (fixture);
  g_assert_cmpint (cl_application_get_next_kind (a), ==, CL_NEXT_KIND_ROUND);
  exec_printf (fixture,
               "UPDATE applications SET deadline = %" G_GINT64_FORMAT
               " WHERE id = %" G_GINT64_FORMAT,
               now + 12 * hour, id);
  notice_others (fixture);
  assert_facts (a, CL_REFERRAL_STATUS_NONE, 0, now + 12 * hour, CL_NEXT_KIND_DEADLINE, NULL, NULL);

  /* An offer's response deadline, while the offer is open. */
  exec_printf (fixture,
               "INSERT INTO offers (application_id, base_salary, currency, response_deadline,"
               " status, received_at) VALUES (%" G_GINT64_FORMAT
               ", 100000, 'EUR', %" G_GINT64_FORMAT ", 'declined', %" G_GINT64_FORMAT ")",
               id, now + 2 * hour, now);
  notice_others (fixture);
  g_assert_cmpint (cl_application_get_next_kind (a), ==, CL_NEXT_KIND_DEADLINE);
  exec_printf (fixture, "UPDATE offers SET status = 'negotiating'");
  notice_others (fixture);
  assert_facts (a, CL_REFERRAL_STATUS_NONE, 0, now + 2 * hour, CL_NEXT_KIND_OFFER_DEADLINE, NULL,
                NULL);

  /* Time passes: what is behind drops out, as the clock ticks. */
  cl_clock_advance (fixture->base.clock, 50 * hour);
  assert_facts (a, CL_REFERRAL_STATUS_NONE, 0, now + 72 * hour, CL_NEXT_KIND_ROUND,
                cl_round_kind_get_label (CL_ROUND_KIND_ML_SYSTEM_DESIGN), NULL);
  cl_clock_set (fixture->base.clock, now);
  exec_printf (fixture, "UPDATE offers SET status = 'accepted'");
  exec_printf (fixture, "UPDATE applications SET deadline = NULL");
  notice_others (fixture);

  /* Referrals: the most advanced one shows. */
  g_assert_true (
    cl_pipeline_store_set_referral (fixture->store, a, ben, CL_REFERRAL_STATUS_ASKED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_application_get_referral_status (a), ==, CL_REFERRAL_STATUS_ASKED);
  g_assert_cmpstr (cl_application_get_contact_names (a), ==, "Ben Smith");
  g_assert_true (
    cl_pipeline_store_set_referral (fixture->store, a, ana, CL_REFERRAL_STATUS_DECLINED, &error));
  g_assert_cmpint (cl_application_get_referral_status (a), ==, CL_REFERRAL_STATUS_ASKED);
  g_assert_cmpstr (cl_application_get_contact_names (a), ==, "Ana Costa, Ben Smith");
  g_assert_true (
    cl_pipeline_store_set_referral (fixture->store, a, ben, CL_REFERRAL_STATUS_SUBMITTED, &error));
  g_assert_cmpint (cl_application_get_referral_status (a), ==, CL_REFERRAL_STATUS_SUBMITTED);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM referrals"),
                   ==, 2);
  g_assert_true (
    cl_pipeline_store_set_referral (fixture->store, a, ben, CL_REFERRAL_STATUS_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_application_get_referral_status (a), ==, CL_REFERRAL_STATUS_DECLINED);
  g_assert_cmpstr (cl_application_get_contact_names (a), ==, "Ana Costa");
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM referrals"),
                   ==, 1);
  g_assert_true (
    cl_pipeline_store_set_referral (fixture->store, a, ana, CL_REFERRAL_STATUS_AGREED, &error));
  g_assert_cmpint (cl_application_get_referral_status (a), ==, CL_REFERRAL_STATUS_AGREED);
  {
    g_autofree char *row =
      cl_test_query_text (fixture->base.database,
                          "SELECT status, asked_at, updated_at FROM referrals");
    g_autofree char *expected =
      g_strdup_printf ("agreed|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "\n", now, now);

    g_assert_cmpstr (row, ==, expected);
  }

  /* An unknown contact or application: a clear error, nothing saved. */
  {
    ClTestSnapshot   snapshot;
    g_autofree char *before = facts (a);
    g_autofree char *after = NULL;

    snapshot_take (fixture, &snapshot);
    g_assert_false (
      cl_pipeline_store_set_referral (fixture->store, a, 9999, CL_REFERRAL_STATUS_ASKED, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "contact"));
    g_clear_error (&error);
    snapshot_assert_unchanged (fixture, &snapshot);
    after = facts (a);
    g_assert_cmpstr (before, ==, after);
  }

  /* Red flags: the card counts the checked ones. */
  {
    ClRedFlagStore *flags = cl_context_get_red_flag_store (fixture->base.context);
    g_autoptr(ClRedFlag) overwork =
                 cl_red_flag_new (cl_application_get_id (a), CL_RED_FLAG_KIND_OVERWORK, NULL);
    ClRedFlagKind scripted_kind = CL_RED_FLAG_KIND_SCRIPTED_INTERVIEWERS;
    g_autoptr(ClRedFlag) scripted =
                 cl_red_flag_new (cl_application_get_id (a), scripted_kind, NULL);
    g_autoptr(ClRedFlag) elsewhere =
                 cl_red_flag_new (cl_application_get_id (other), CL_RED_FLAG_KIND_OVERWORK, NULL);
    g_autoptr(ClRedFlag) again =
                 cl_red_flag_new (cl_application_get_id (a), CL_RED_FLAG_KIND_OVERWORK, NULL);
    g_autofree char *rows = NULL;

    g_object_set (overwork, "note", "  On-call every other week  ", NULL);
    g_assert_true (cl_red_flag_store_save_flag (flags, overwork, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (cl_application_get_red_flag_count (a), ==, 1);
    g_object_set (scripted, "note", "   ", NULL);
    g_assert_true (cl_red_flag_store_save_flag (flags, scripted, &error));
    g_assert_cmpuint (cl_application_get_red_flag_count (a), ==, 2);
    g_assert_true (cl_red_flag_store_save_flag (flags, elsewhere, &error));
    g_assert_cmpuint (cl_application_get_red_flag_count (other), ==, 1);
    rows = cl_test_query_text (fixture->base.database,
                               "SELECT kind, note FROM red_flags ORDER BY id");
    g_assert_cmpstr (
      rows, ==, "overwork|On-call every other week\nscripted-interviewers|NULL\noverwork|NULL\n");

    /* A second one of a listed kind lands in the first one's row. */
    g_object_set (again, "checked", FALSE, NULL);
    g_assert_true (cl_red_flag_store_save_flag (flags, again, &error));
    g_assert_no_error (error);
    g_assert_cmpint (cl_red_flag_get_id (again), ==, cl_red_flag_get_id (overwork));
    g_assert_cmpuint (cl_application_get_red_flag_count (a), ==, 1);
    g_assert_cmpuint (cl_application_get_red_flag_count (other), ==, 1);
    g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                          "SELECT count(*) FROM red_flags"),
                     ==, 3);
  }

  /* Interviewers and people met about it are named too. */
  {
    g_autoptr(GListModel) list = cl_round_store_list_for_application (rounds, id, &error);
    g_autoptr(ClRound) round = g_list_model_get_item (list, 0);
    gint64 cleo = add_contact (fixture, "Cleo Adeyemi");

    exec_printf (fixture,
                 "INSERT INTO round_interviewers (round_id, contact_id) VALUES (%" G_GINT64_FORMAT
                 ", %" G_GINT64_FORMAT "), (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                 cl_round_get_id (round), cleo, cl_round_get_id (round), ana);
    exec_printf (fixture,
                 "INSERT INTO interactions (contact_id, application_id, occurred_at)"
                 " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                 ben, id, now);
    notice_others (fixture);
    assert_facts (a, CL_REFERRAL_STATUS_AGREED, 1, now + 72 * hour, CL_NEXT_KIND_ROUND,
                  cl_round_kind_get_label (CL_ROUND_KIND_ML_SYSTEM_DESIGN),
                  "Ana Costa, Ben Smith, Cleo Adeyemi");
  }

  /* A failed commit changes neither the rows nor the card. */
  {
    ClTestSnapshot   snapshot;
    g_autofree char *before = facts (a);
    g_autofree char *after = NULL;

    snapshot_take (fixture, &snapshot);
    cl_test_set_read_only (fixture->base.database);
    {
      g_autoptr(ClRedFlag) turnover =
                   cl_red_flag_new (cl_application_get_id (a), CL_RED_FLAG_KIND_TURNOVER, NULL);

      g_assert_false (cl_red_flag_store_save_flag (
        cl_context_get_red_flag_store (fixture->base.context), turnover, &error));
      g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
      g_clear_error (&error);
      g_assert_cmpint (cl_red_flag_get_id (turnover), ==, 0);
    }
    g_assert_false (cl_pipeline_store_set_referral (fixture->store, a, ana,
                                                    CL_REFERRAL_STATUS_SUBMITTED, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    snapshot_assert_unchanged (fixture, &snapshot);
    after = facts (a);
    g_assert_cmpstr (before, ==, after);
  }

  /* A new store reading the same file shows the same facts. */
  {
    g_autoptr(ClContext) again_context = cl_test_fixture_reload (&fixture->base);
    ClPipelineStore *again = cl_context_get_pipeline_store (again_context);
    ClApplication   *apps[] = { a, other };
    for (guint i = 0; i < G_N_ELEMENTS (apps); i++)
      {
        ClApplication *loaded =
          cl_pipeline_store_find_application (again, cl_application_get_id (apps[i]));
        g_autofree char *before = facts (apps[i]);
        g_autofree char *after = facts (loaded);

        g_assert_cmpstr (before, ==, after);
      }
  }
}

/* A change made through any store reaches every card it concerns, and only
 * those, with one ::changed per action; nothing is refreshed by hand. */
static void
test_cross_store (Fixture      *fixture,
                  gconstpointer data)
{
  ClRoundStore   *rounds = cl_context_get_round_store (fixture->base.context);
  ClContactStore *contacts = cl_context_get_contact_store (fixture->base.context);
  gint64          stage = stage_id_at (fixture->store, 3);
  ClApplication  *a = cl_test_add_application (fixture->store, "Acme", "MLE", stage);
  ClApplication  *b = cl_test_add_application (fixture->store, "Beta", "MLE", stage);
  gint64          tomorrow = CL_TEST_NOW + 24 * 3600;
  /* Held: it is deleted below. */
  g_autoptr(ClContact) ana = g_object_ref (cl_test_add_contact (contacts, "Ana Costa", NULL));
  g_autoptr(GError) error = NULL;
  guint         b_notifies = 0;
  ClTestChanges changes;

  g_assert_true (cl_pipeline_store_set_referral (fixture->store, a, cl_contact_get_id (ana),
                                                 CL_REFERRAL_STATUS_AGREED, &error));
  g_assert_cmpstr (cl_application_get_contact_names (a), ==, "Ana Costa");

  cl_test_changes_watch (&changes, fixture->base.database);
  cl_test_count_emissions (b, "notify", &b_notifies);

  /* A round for tomorrow: the card's "next" shows it. */
  {
    g_autoptr(ClRound) round = cl_round_new (cl_application_get_id (a), CL_ROUND_KIND_CODING);

    g_object_set (round, "scheduled-at", tomorrow, "status", CL_ROUND_STATUS_SCHEDULED, NULL);
    g_assert_true (cl_round_store_add_round (rounds, round, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (changes.n_changes, ==, 1);
    g_assert_cmpint (cl_application_get_next_at (a), ==, tomorrow);
    g_assert_cmpint (cl_application_get_next_kind (a), ==, CL_NEXT_KIND_ROUND);

    /* Moved by a day: the card follows. */
    g_object_set (round, "scheduled-at", tomorrow + 24 * 3600, NULL);
    g_assert_true (cl_round_store_update_round (rounds, round, &error));
    g_assert_cmpint (cl_application_get_next_at (a), ==, tomorrow + 24 * 3600);

    /* Deleted: nothing is next. */
    g_assert_true (cl_round_store_delete_round (rounds, round, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (cl_application_get_next_at (a), ==, 0);
    g_assert_cmpint (cl_application_get_next_kind (a), ==, CL_NEXT_KIND_NONE);
  }

  /* The referring contact renamed, then deleted. */
  {
    g_autoptr(ClContact) copy = cl_contact_copy (ana);

    g_object_set (copy, "name", "Ana Costa-Lopes", NULL);
    g_assert_true (cl_contact_store_update_contact (contacts, copy, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (cl_application_get_contact_names (a), ==, "Ana Costa-Lopes");
    g_assert_cmpint (cl_application_get_referral_status (a), ==, CL_REFERRAL_STATUS_AGREED);

    g_assert_true (cl_contact_store_delete_contact (contacts, ana, &error));
    g_assert_no_error (error);
    g_assert_null (cl_application_get_contact_names (a));
    g_assert_cmpint (cl_application_get_referral_status (a), ==, CL_REFERRAL_STATUS_NONE);
  }

  /* None of it was about the other card. */
  g_assert_cmpuint (b_notifies, ==, 0);
  g_signal_handlers_disconnect_by_data (b, &b_notifies);
  cl_test_changes_clear (&changes);
}

/* The company is one object shared by its applications (and contacts). */
static void
test_companies (Fixture      *fixture,
                gconstpointer data)
{
  ClApplication  *a = cl_test_add_application (fixture->store, "acme robotics", "MLE", 0);
  ClApplication  *b = cl_test_add_application (fixture->store, "Acme Robotics",
                                               "Research Engineer", 0);
  ClCompanyStore *companies = cl_context_get_company_store (fixture->base.context);
  g_autoptr(GError) error = NULL;

  /* The first spelling is the company's; the second links to it. */
  g_assert_true (cl_application_get_company (a) == cl_application_get_company (b));
  g_assert_cmpstr (cl_application_get_company_name (b), ==, "acme robotics");
  g_assert_cmpuint (g_list_model_get_n_items (cl_company_store_get_companies (companies)), ==, 1);

  /* A rename that only changes the case is saved, for both cards. */
  {
    g_autoptr(ClApplication) copy = cl_application_copy (a);

    g_object_set (cl_application_get_company (copy), "name", "Acme Robotics", NULL);
    g_assert_true (cl_pipeline_store_save_application (fixture->store, copy, 0, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (cl_application_get_company_name (a), ==, "Acme Robotics");
    g_assert_cmpstr (cl_application_get_company_name (b), ==, "Acme Robotics");
    g_assert_cmpint (
      cl_test_query_int64 (fixture->base.database,
                           "SELECT count(*) FROM companies WHERE name = 'Acme Robotics'"
                           " COLLATE BINARY"),
      ==, 1);
  }

  /* The type set on one application is the company's: the other card shows it. */
  {
    g_autoptr(ClApplication) copy = cl_application_copy (b);

    g_object_set (cl_application_get_company (copy), "company-type", CL_COMPANY_TYPE_STARTUP, NULL);
    g_assert_true (cl_pipeline_store_save_application (fixture->store, copy, 0, &error));
    g_assert_cmpint (cl_application_get_company_type (a), ==, CL_COMPANY_TYPE_STARTUP);
    g_assert_cmpint (cl_application_get_company_type (b), ==, CL_COMPANY_TYPE_STARTUP);
  }

  /* …and can be set back to Unknown. */
  {
    g_autoptr(ClApplication) copy = cl_application_copy (a);
    g_autofree char *stored = NULL;

    g_object_set (cl_application_get_company (copy), "company-type", CL_COMPANY_TYPE_UNKNOWN, NULL);
    g_assert_true (cl_pipeline_store_save_application (fixture->store, copy, 0, &error));
    stored = cl_test_query_text (fixture->base.database, "SELECT company_type FROM companies");

    g_assert_cmpint (cl_application_get_company_type (b), ==, CL_COMPANY_TYPE_UNKNOWN);
    g_assert_cmpstr (stored, ==, "unknown\n");
  }

  /* Another name links the application elsewhere and leaves the company alone. */
  {
    g_autoptr(ClApplication) copy = cl_application_copy (b);
    ClCompany *acme = cl_application_get_company (a);

    g_object_set (cl_application_get_company (copy), "name", "Borealis", NULL);
    g_assert_true (cl_pipeline_store_save_application (fixture->store, copy, 0, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (cl_application_get_company_name (b), ==, "Borealis");
    g_assert_cmpstr (cl_company_get_name (acme), ==, "Acme Robotics");
    g_assert_true (cl_application_get_company (a) == acme);
    g_assert_cmpuint (g_list_model_get_n_items (cl_company_store_get_companies (companies)), ==, 2);
  }

  /* Edited directly, a company may not take another's name. */
  {
    g_autoptr(ClCompany) copy = CL_MODEL_COPY (cl_application_get_company (b), ClCompany);

    g_object_set (copy, "name", "ACME ROBOTICS", NULL);
    g_assert_false (cl_company_store_update_company (companies, copy, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_DUPLICATE);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "name");
    g_clear_error (&error);
    g_object_set (copy, "name", "Borealis AI", "website", "https://borealis.example", NULL);
    g_assert_true (cl_company_store_update_company (companies, copy, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (cl_application_get_company_name (b), ==, "Borealis AI");
  }
}

/* Two writers (two connections, as the command line beside a window) keep
 * the order whole: positions come from the database, not from a model. */
static void
test_two_writers (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr(ClDatabase) second_db = NULL;
  g_autoptr(ClContext) second = NULL;
  gint64         wishlist = stage_id_at (fixture->store, 0);
  gint64         applied = stage_id_at (fixture->store, 1);
  ClApplication *w[4];
  g_autoptr(GError) error = NULL;

  fill_stage (fixture, wishlist, "W", w, G_N_ELEMENTS (w));
  second_db = cl_database_open (fixture->base.path, &error);
  g_assert_no_error (error);
  second = cl_context_new (second_db, fixture->base.clock);
  g_assert_true (cl_context_load (second, &error));

  /* The other writer adds and moves cards this store has not seen. */
  {
    ClPipelineStore *theirs = cl_context_get_pipeline_store (second);
    g_autoptr(ClApplication) x = cl_application_new ("X", "MLE");
    ClApplication *their_w0 =
      cl_pipeline_store_find_application (theirs, cl_application_get_id (w[0]));

    g_assert_true (cl_pipeline_store_add_application (theirs, x, wishlist, &error));
    g_assert_true (cl_pipeline_store_move_application (theirs, their_w0, applied, 0, NULL, &error));
    g_assert_no_error (error);
  }

  /* This store moves and adds from a stale picture, and the order stays dense. */
  g_assert_true (
    cl_pipeline_store_move_application (fixture->store, w[3], wishlist, 0, NULL, &error));
  g_assert_no_error (error);
  cl_test_add_application (fixture->store, "Y", "MLE", wishlist);
  g_assert_cmpint (cl_test_query_int64 (
                     fixture->base.database,
                     "SELECT count(*) <> count(DISTINCT position) OR max(position) <> count(*) - 1"
                     " FROM applications WHERE stage_id = 1 AND archived_at IS NULL"),
                   ==, 0);

  /* Once it notices the other's writes, the models agree with the file. */
  g_assert_true (cl_database_check_external_changes (fixture->base.database));
  assert_consistent (fixture);
}

static void
test_undo_archive_stage (Fixture      *fixture,
                         gconstpointer data)
{
  GListModel *stages = cl_pipeline_store_get_stages (fixture->store);
  g_autoptr(ClStage) screen = g_list_model_get_item (stages, 2);
  g_autoptr(ClStage) technical = g_list_model_get_item (stages, 3);
  g_autoptr(ClStageArchive) archive = NULL;
  ClApplication *s[3], *t[2];
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *models_before = NULL;
  g_autofree char *stages_before = NULL;

  fill_stage (fixture, cl_stage_get_id (screen), "S", s, G_N_ELEMENTS (s));
  fill_stage (fixture, cl_stage_get_id (technical), "T", t, G_N_ELEMENTS (t));
  before = cl_test_dump_database (fixture->base.database);
  models_before = model_dump (fixture->base.context);
  stages_before = stages_model_dump (fixture->base.context);

  cl_clock_advance (fixture->base.clock, 600);
  g_assert_true (
    cl_stage_store_archive_stage (fixture->stages, screen, technical, &archive, &error));
  g_assert_no_error (error);
  g_assert_nonnull (archive);
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, 9);

  g_assert_true (cl_stage_store_undo_archive (fixture->stages, archive, &error));
  g_assert_no_error (error);
  {
    g_autofree char *after = cl_test_dump_database (fixture->base.database);
    g_autofree char *models_after = model_dump (fixture->base.context);
    g_autofree char *stages_after = stages_model_dump (fixture->base.context);

    g_assert_cmpstr (after, ==, before);
    g_assert_cmpstr (models_after, ==, models_before);
    g_assert_cmpstr (stages_after, ==, stages_before);
  }
  assert_consistent (fixture);
  assert_stages_consistent (fixture);

  /* Once one of its applications moved on, it is refused. */
  g_clear_pointer (&archive, cl_stage_archive_unref);
  g_assert_true (
    cl_stage_store_archive_stage (fixture->stages, screen, technical, &archive, &error));
  g_assert_true (cl_pipeline_store_move_application (fixture->store, s[1],
                                                     stage_id_at (fixture->store, 0), 0, NULL,
                                                     &error));
  {
    ClTestSnapshot snapshot;

    snapshot_take (fixture, &snapshot);
    g_assert_false (cl_stage_store_undo_archive (fixture->stages, archive, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
    snapshot_assert_unchanged (fixture, &snapshot);
  }
}

static void
test_red_flag_labels (void)
{
  static const char *nicks[] = {
    "overwork",
    "ghosting",
    "turnover",
    "scripted-interviewers",
    "evasive-answers",
    "vague-role",
    "other",
  };

  for (ClRedFlagKind kind = CL_RED_FLAG_KIND_OVERWORK; kind <= CL_RED_FLAG_KIND_OTHER; kind++)
    {
      int parsed = -1;

      g_assert_cmpstr (cl_enum_to_nick (CL_TYPE_RED_FLAG_KIND, kind), ==, nicks[kind]);
      g_assert_true (cl_enum_from_nick (CL_TYPE_RED_FLAG_KIND, nicks[kind], &parsed));
      g_assert_cmpint (parsed, ==, kind);
      g_assert_nonnull (cl_red_flag_kind_get_label (kind));
      g_assert_cmpstr (cl_red_flag_kind_get_label (kind), !=, "");
    }
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
  ADD ("undo-exact", test_undo_exact);
  ADD ("undo-twice", test_undo_twice);
  ADD ("undo-after-another-move", test_undo_after_another_move);
  ADD ("undo-concurrent-latest-first", test_undo_concurrent_latest_first);
  ADD ("undo-concurrent-oldest-first", test_undo_concurrent_oldest_first);
  ADD ("unarchive", test_unarchive);
  ADD ("archive-stage", test_archive_stage);
  ADD ("archive-last-open-stage", test_archive_last_open_stage);
  ADD ("stage-editing", test_stage_editing);
  ADD ("rollback-editing", test_rollback_editing);
  ADD ("facts", test_facts);
  ADD ("cross-store", test_cross_store);
  ADD ("companies", test_companies);
  ADD ("two-writers", test_two_writers);
  ADD ("undo-archive-stage", test_undo_archive_stage);

#undef ADD

  g_test_add_func ("/pipeline-store/red-flag-labels", test_red_flag_labels);

  return g_test_run ();
}
