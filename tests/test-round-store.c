/* test-round-store.c — interview rounds: order, validation, rollbacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-pipeline-store.h"
#include "cl-round-store.h"
#include "cl-test-util.h"

typedef struct
{
  char         *dir;
  ClDatabase   *database;
  ClClock      *clock;
  ClRoundStore *store;
  gint64        application_id;
  gint64        other_application_id;
  GArray       *changes;  /* gint64 application ids of ::rounds-changed */
} Fixture;

static void
rounds_changed_cb (ClRoundStore *store,
                   gint64        application_id,
                   Fixture      *fixture)
{
  g_array_append_val (fixture->changes, application_id);
}

static gint64
add_application (ClDatabase *database,
                 ClClock    *clock,
                 const char *company)
{
  g_autoptr(ClPipelineStore) pipeline = cl_pipeline_store_new (database, clock);
  g_autoptr(ClApplication) application = cl_application_new (company, "Machine Learning Engineer");
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_pipeline_store_load (pipeline, &error));
  g_assert_true (cl_pipeline_store_add_application (pipeline, application, 0, &error));
  g_assert_no_error (error);
  return cl_application_get_id (application);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = cl_test_make_tmp_dir ();
  fixture->database = cl_test_open_database (fixture->dir, "careerlens.db");
  fixture->clock = cl_clock_new_fixed (CL_TEST_NOW);
  fixture->store = cl_round_store_new (fixture->database, fixture->clock);
  fixture->application_id = add_application (fixture->database, fixture->clock, "Acme AI");
  fixture->other_application_id = add_application (fixture->database, fixture->clock, "Tensor Labs");
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (fixture->store, "rounds-changed", G_CALLBACK (rounds_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->clock);
  g_clear_object (&fixture->database);
  g_clear_pointer (&fixture->changes, g_array_unref);
  cl_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static ClRound *
add (Fixture     *fixture,
     gint64       application_id,
     ClRoundKind  kind,
     const char  *title)
{
  ClRound *round = cl_round_new (application_id, kind);
  g_autoptr(GError) error = NULL;

  g_object_set (round, "title", title, NULL);
  g_assert_true (cl_round_store_add_round (fixture->store, round, &error));
  g_assert_no_error (error);
  return round;
}

/* "title@position,…" of the application's rounds, from the store. */
static char *
listing (Fixture *fixture,
         gint64   application_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rounds = cl_round_store_list_for_application (fixture->store, application_id, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (rounds) == CL_TYPE_ROUND);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(ClRound) round = g_list_model_get_item (rounds, i);

      g_assert_cmpuint (cl_round_get_position (round), ==, i);
      g_assert_cmpint (cl_round_get_application_id (round), ==, application_id);
      g_string_append_printf (out, "%s%s@%u", i > 0 ? "," : "", cl_round_get_title (round),
                              cl_round_get_position (round));
    }
  return g_string_free (out, FALSE);
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(ClRound) screen = add (fixture, fixture->application_id, CL_ROUND_KIND_RECRUITER, "Screen");
  g_autoptr(ClRound) coding = add (fixture, fixture->application_id, CL_ROUND_KIND_CODING, "Coding");
  g_autoptr(ClRound) other = add (fixture, fixture->other_application_id, CL_ROUND_KIND_BEHAVIORAL, "Values");
  g_autoptr(ClRound) design = cl_round_new (fixture->application_id, CL_ROUND_KIND_ML_SYSTEM_DESIGN);
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  g_autofree char *row = NULL;

  g_assert_cmpint (cl_round_get_id (screen), >, 0);
  g_assert_cmpuint (cl_round_get_position (screen), ==, 0);
  g_assert_cmpuint (cl_round_get_position (coding), ==, 1);
  g_assert_cmpuint (cl_round_get_position (other), ==, 0);

  g_object_set (design,
                "title", "Design a feed ranker",
                "scheduled-at", CL_TEST_NOW + 7 * 86400,
                "duration-minutes", 60u,
                "status", CL_ROUND_STATUS_SCHEDULED,
                "notes", "Ask about the feature store",
                NULL);
  g_assert_true (cl_round_store_add_round (fixture->store, design, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_round_get_position (design), ==, 2);

  list = listing (fixture, fixture->application_id);
  g_assert_cmpstr (list, ==, "Screen@0,Coding@1,Design a feed ranker@2");
  g_clear_pointer (&list, g_free);
  list = listing (fixture, fixture->other_application_id);
  g_assert_cmpstr (list, ==, "Values@0");
  g_clear_pointer (&list, g_free);
  list = listing (fixture, 999);
  g_assert_cmpstr (list, ==, "");

  row = cl_test_query_text (fixture->database,
                            "SELECT kind, title, scheduled_at - 1793523600, duration_minutes, status, notes"
                            " FROM interview_rounds WHERE title LIKE 'Design%'");
  g_assert_cmpstr (row, ==, "ml-system-design|Design a feed ranker|604800|60|scheduled|Ask about the feature store\n");
  g_assert_cmpint (cl_test_query_int64 (fixture->database,
                                        "SELECT count(*) FROM interview_rounds"
                                        " WHERE scheduled_at IS NULL AND duration_minutes IS NULL"), ==, 3);

  /* Read back with every field. */
  {
    g_autoptr(GListModel) rounds = cl_round_store_list_for_application (fixture->store, fixture->application_id, &error);
    g_autoptr(ClRound) back = g_list_model_get_item (rounds, 2);

    g_assert_cmpint (cl_round_get_id (back), ==, cl_round_get_id (design));
    g_assert_cmpint (cl_round_get_kind (back), ==, CL_ROUND_KIND_ML_SYSTEM_DESIGN);
    g_assert_cmpint (cl_round_get_scheduled_at (back), ==, CL_TEST_NOW + 7 * 86400);
    g_assert_cmpuint (cl_round_get_duration_minutes (back), ==, 60);
    g_assert_cmpint (cl_round_get_status (back), ==, CL_ROUND_STATUS_SCHEDULED);
    g_assert_cmpstr (cl_round_get_notes (back), ==, "Ask about the feature store");
  }

  g_assert_cmpuint (fixture->changes->len, ==, 4);
  g_assert_cmpint (g_array_index (fixture->changes, gint64, 2), ==, fixture->other_application_id);
}

static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = cl_test_dump_database (fixture->database);
  g_autofree char *after = NULL;

  {
    g_autoptr(ClRound) round = cl_round_new (0, CL_ROUND_KIND_CODING);

    g_assert_false (cl_round_store_add_round (fixture->store, round, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    g_autoptr(ClRound) round = cl_round_new (fixture->application_id, CL_ROUND_KIND_CODING);

    g_object_set (round, "duration-minutes", 24u * 60u + 1u, NULL);
    g_assert_false (cl_round_store_add_round (fixture->store, round, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    g_autofree char *title = g_strnfill (201, 'x');
    g_autoptr(ClRound) round = cl_round_new (fixture->application_id, CL_ROUND_KIND_CODING);

    g_object_set (round, "title", title, NULL);
    g_assert_false (cl_round_store_add_round (fixture->store, round, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* An application that does not exist: a clear error, not an SQL one. */
  {
    g_autoptr(ClRound) round = cl_round_new (999, CL_ROUND_KIND_CODING);

    g_assert_false (cl_round_store_add_round (fixture->store, round, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_assert_cmpint (cl_round_get_id (round), ==, 0);
    g_clear_error (&error);
  }

  after = cl_test_dump_database (fixture->database);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(ClRound) round = add (fixture, fixture->application_id, CL_ROUND_KIND_CODING, "Coding");
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;

  g_object_set (round,
                "kind", CL_ROUND_KIND_TAKE_HOME,
                "title", "Take-home",
                "status", CL_ROUND_STATUS_PASSED,
                "scheduled-at", CL_TEST_NOW,
                "duration-minutes", 240u,
                NULL);
  g_assert_true (cl_round_store_update_round (fixture->store, round, &error));
  g_assert_no_error (error);
  row = cl_test_query_text (fixture->database,
                            "SELECT kind, title, status, duration_minutes, position FROM interview_rounds");
  g_assert_cmpstr (row, ==, "take-home|Take-home|passed|240|0\n");
  g_clear_pointer (&row, g_free);

  /* Back to "none". */
  g_object_set (round, "scheduled-at", (gint64) 0, "duration-minutes", 0u, "title", "", NULL);
  g_assert_true (cl_round_store_update_round (fixture->store, round, &error));
  g_assert_no_error (error);
  row = cl_test_query_text (fixture->database, "SELECT scheduled_at, duration_minutes, title FROM interview_rounds");
  g_assert_cmpstr (row, ==, "NULL|NULL|NULL\n");

  /* A round that is gone. */
  g_assert_cmpint (cl_test_exec (fixture->database, "DELETE FROM interview_rounds"), ==, SQLITE_OK);
  g_assert_false (cl_round_store_update_round (fixture->store, round, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpuint (fixture->changes->len, ==, 3);
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(ClRound) a = add (fixture, fixture->application_id, CL_ROUND_KIND_RECRUITER, "A");
  g_autoptr(ClRound) b = add (fixture, fixture->application_id, CL_ROUND_KIND_CODING, "B");
  g_autoptr(ClRound) c = add (fixture, fixture->application_id, CL_ROUND_KIND_BEHAVIORAL, "C");
  g_autoptr(ClRound) d = add (fixture, fixture->application_id, CL_ROUND_KIND_HIRING_MANAGER, "D");
  g_autoptr(ClRound) other = add (fixture, fixture->other_application_id, CL_ROUND_KIND_CODING, "X");
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  g_autofree char *positions = NULL;

  g_assert_true (cl_round_store_delete_round (fixture->store, b, &error));
  g_assert_no_error (error);
  list = listing (fixture, fixture->application_id);
  g_assert_cmpstr (list, ==, "A@0,C@1,D@2");
  g_clear_pointer (&list, g_free);

  g_assert_true (cl_round_store_delete_round (fixture->store, a, &error));
  g_assert_no_error (error);
  list = listing (fixture, fixture->application_id);
  g_assert_cmpstr (list, ==, "C@0,D@1");
  g_clear_pointer (&list, g_free);

  /* Dense in SQL too; the other application is untouched. */
  positions = cl_test_query_text (fixture->database,
                                  "SELECT application_id, group_concat(position) FROM"
                                  " (SELECT application_id, position FROM interview_rounds"
                                  "  ORDER BY application_id, position) GROUP BY application_id");
  {
    g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT "|0,1\n%" G_GINT64_FORMAT "|0\n",
                                                 fixture->application_id, fixture->other_application_id);
    g_assert_cmpstr (positions, ==, expected);
  }

  /* A new round goes at the end. */
  {
    g_autoptr(ClRound) e = add (fixture, fixture->application_id, CL_ROUND_KIND_OTHER, "E");

    g_assert_cmpuint (cl_round_get_position (e), ==, 2);
  }

  /* Deleting twice is an error. */
  g_assert_false (cl_round_store_delete_round (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  (void) c; (void) d; (void) other;
}

static void
test_rollback (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(ClRound) a = add (fixture, fixture->application_id, CL_ROUND_KIND_RECRUITER, "A");
  g_autoptr(ClRound) b = add (fixture, fixture->application_id, CL_ROUND_KIND_CODING, "B");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = cl_test_dump_database (fixture->database);
  g_autofree char *after = NULL;
  guint n_changes = fixture->changes->len;

  {
    g_autoptr(ClRound) c = cl_round_new (fixture->application_id, CL_ROUND_KIND_CODING);

    cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
    g_assert_false (cl_round_store_add_round (fixture->store, c, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
    g_clear_error (&error);
    g_assert_cmpint (cl_round_get_id (c), ==, 0);
    g_assert_cmpuint (cl_round_get_position (c), ==, 0);
  }

  g_object_set (b, "status", CL_ROUND_STATUS_FAILED, NULL);
  cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
  g_assert_false (cl_round_store_update_round (fixture->store, b, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
  g_clear_error (&error);

  cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
  g_assert_false (cl_round_store_delete_round (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
  g_clear_error (&error);

  after = cl_test_dump_database (fixture->database);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->changes->len, ==, n_changes);

  /* And everything works afterwards. */
  g_assert_true (cl_round_store_delete_round (fixture->store, a, &error));
  g_assert_no_error (error);
  {
    g_autofree char *list = listing (fixture, fixture->application_id);

    g_assert_cmpstr (list, ==, "B@0");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/round-store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("add", test_add);
  ADD ("invalid", test_invalid);
  ADD ("update", test_update);
  ADD ("delete", test_delete);
  ADD ("rollback", test_rollback);

#undef ADD

  return g_test_run ();
}
