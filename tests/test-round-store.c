/* test-round-store.c — interview rounds: order, validation, copies, rollbacks
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
  ClRoundStore    *store;
  ClPipelineStore *pipeline;
  gint64           application_id;
  gint64           other_application_id;
  GArray          *changes; /* gint64 application ids of ::rounds-changed */
} Fixture;

static void
rounds_changed_cb (ClRoundStore *store,
                   gint64        application_id,
                   Fixture      *fixture)
{
  g_array_append_val (fixture->changes, application_id);
}

static gint64
add_application (Fixture    *fixture,
                 const char *company)
{
  return cl_application_get_id (cl_test_add_application (fixture->pipeline, company,
                                                         "Machine Learning Engineer", 0));
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_round_store (fixture->base.context);
  fixture->pipeline = cl_context_get_pipeline_store (fixture->base.context);
  fixture->application_id = add_application (fixture, "Acme AI");
  fixture->other_application_id = add_application (fixture, "Tensor Labs");
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (fixture->store, "rounds-changed", G_CALLBACK (rounds_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  cl_test_fixture_teardown (&fixture->base);
  g_clear_pointer (&fixture->changes, g_array_unref);
}

static ClRound *
add (Fixture    *fixture,
     gint64      application_id,
     ClRoundKind kind,
     const char *title)
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
  g_autoptr(GListModel) rounds =
               cl_round_store_list_for_application (fixture->store, application_id, &error);
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
test_add (Fixture      *fixture,
          gconstpointer data)
{
  g_autoptr(ClRound) screen =
               add (fixture, fixture->application_id, CL_ROUND_KIND_RECRUITER, "Screen");
  g_autoptr(ClRound) coding =
               add (fixture, fixture->application_id, CL_ROUND_KIND_CODING, "Coding");
  g_autoptr(ClRound) other =
               add (fixture, fixture->other_application_id, CL_ROUND_KIND_BEHAVIORAL, "Values");
  g_autoptr(ClRound) design =
               cl_round_new (fixture->application_id, CL_ROUND_KIND_ML_SYSTEM_DESIGN);
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

  row = cl_test_query_text (
    fixture->base.database,
    "SELECT kind, title, scheduled_at - 1793523600, duration_minutes, status, notes"
    " FROM interview_rounds WHERE title LIKE 'Design%'");
  g_assert_cmpstr (
    row, ==,
    "ml-system-design|Design a feed ranker|604800|60|scheduled|Ask about the feature store\n");
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM interview_rounds"
                                        " WHERE scheduled_at IS NULL AND duration_minutes IS NULL"),
                   ==, 3);

  /* Read back with every field. */
  {
    g_autoptr(GListModel) rounds =
                 cl_round_store_list_for_application (fixture->store, fixture->application_id,
                                                      &error);
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
test_invalid (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = cl_test_dump_database (fixture->base.database);
  g_autofree char *after = NULL;

  /* Validation errors are CL_VALIDATION_ERROR now (no longer
   * CL_DATABASE_ERROR_INVALID), naming the field. */
  {
    g_autoptr(ClRound) round = cl_round_new (0, CL_ROUND_KIND_CODING);

    g_assert_false (cl_model_validate (CL_MODEL (round), &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "application-id");
    g_clear_error (&error);
    g_assert_false (cl_round_store_add_round (fixture->store, round, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "application-id");
    g_clear_error (&error);
  }
  {
    g_autoptr(ClRound) round = cl_round_new (fixture->application_id, CL_ROUND_KIND_CODING);

    g_object_set (round, "duration-minutes", 24u * 60u + 1u, NULL);
    g_assert_false (cl_round_store_add_round (fixture->store, round, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "duration-minutes");
    g_clear_error (&error);
    /* A whole day is still a duration. */
    g_object_set (round, "duration-minutes", 24u * 60u, NULL);
    g_assert_true (cl_model_validate (CL_MODEL (round), NULL));
  }
  {
    g_autofree char *title = g_strnfill (201, 'x');
    g_autoptr(ClRound) round = cl_round_new (fixture->application_id, CL_ROUND_KIND_CODING);

    g_object_set (round, "title", title, NULL);
    g_assert_false (cl_round_store_add_round (fixture->store, round, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_TOO_LONG);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "title");
    g_clear_error (&error);
  }
  /* Validation comes before any SQL: even a file that cannot be written
   * says what is wrong with the round. */
  {
    g_autoptr(ClRound) round = cl_round_new (fixture->application_id, CL_ROUND_KIND_CODING);

    g_object_set (round, "duration-minutes", 5000u, NULL);
    cl_test_set_read_only (fixture->base.database);
    g_assert_false (cl_round_store_add_round (fixture->store, round, &error));
    cl_test_heal (fixture->base.database);
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
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

  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  /* …and updates are checked as adds are. */
  {
    g_autoptr(ClRound) round =
                 add (fixture, fixture->application_id, CL_ROUND_KIND_CODING, "Coding");
    g_autoptr(ClRound) copy = cl_round_copy (round);
    guint n_changes = fixture->changes->len;

    g_free (before);
    before = cl_test_dump_database (fixture->base.database);
    g_object_set (copy, "duration-minutes", 5000u, NULL);
    g_assert_false (cl_round_store_update_round (fixture->store, copy, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "duration-minutes");
    g_clear_error (&error);
    g_free (after);
    after = cl_test_dump_database (fixture->base.database);
    g_assert_cmpstr (before, ==, after);
    g_assert_cmpuint (fixture->changes->len, ==, n_changes);
  }
}

static void
test_update (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(ClRound) round = add (fixture, fixture->application_id, CL_ROUND_KIND_CODING, "Coding");
  g_autoptr(ClRound) copy = cl_round_copy (round);
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;

  g_object_set (copy,
                "kind", CL_ROUND_KIND_TAKE_HOME,
                "title", "Take-home",
                "status", CL_ROUND_STATUS_PASSED,
                "scheduled-at", CL_TEST_NOW,
                "duration-minutes", 240u,
                NULL);
  g_assert_true (cl_round_store_update_round (fixture->store, copy, &error));
  g_assert_no_error (error);
  row = cl_test_query_text (
    fixture->base.database,
    "SELECT kind, title, status, duration_minutes, position FROM interview_rounds");
  g_assert_cmpstr (row, ==, "take-home|Take-home|passed|240|0\n");
  g_clear_pointer (&row, g_free);
  /* The object the copy was made from is left as it was. */
  g_assert_cmpint (cl_round_get_kind (round), ==, CL_ROUND_KIND_CODING);
  g_assert_cmpstr (cl_round_get_title (round), ==, "Coding");

  /* Back to "none". */
  g_object_set (copy, "scheduled-at", (gint64) 0, "duration-minutes", 0u, "title", "", NULL);
  g_assert_true (cl_round_store_update_round (fixture->store, copy, &error));
  g_assert_no_error (error);
  row = cl_test_query_text (fixture->base.database,
                            "SELECT scheduled_at, duration_minutes, title FROM interview_rounds");
  g_assert_cmpstr (row, ==, "NULL|NULL|NULL\n");

  /* Neither its application nor its place can be changed by an update: they
   * are read-only properties, and the stored ones count. */
  {
    GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (copy), "application-id");

    g_assert_nonnull (pspec);
    g_assert_false (pspec->flags & G_PARAM_WRITABLE);
    pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (copy), "position");
    g_assert_false (pspec->flags & G_PARAM_WRITABLE);
  }

  /* A round that is gone (deleted behind the store's back). */
  g_assert_cmpint (cl_test_exec (fixture->base.database,
                                 "DELETE FROM interview_rounds"),
                   ==, SQLITE_OK);
  g_assert_false (cl_round_store_update_round (fixture->store, copy, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpuint (fixture->changes->len, ==, 3);
}

/* The round store shares no objects: a view lists the rounds, edits a copy of
 * one and saves it; the object it listed stays as it was until the view lists
 * them again on ::rounds-changed, and then shows what was saved (trimmed). */
static void
test_copy (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr(ClRound) added = add (fixture, fixture->application_id, CL_ROUND_KIND_CODING, "Coding");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rounds =
               cl_round_store_list_for_application (fixture->store, fixture->application_id,
                                                    &error);
  g_autoptr(ClRound) shown = g_list_model_get_item (rounds, 0);
  g_autoptr(ClRound) copy = cl_round_copy (shown);
  ClApplication *card =
    cl_pipeline_store_find_application (fixture->pipeline, fixture->application_id);
  gint64 when = CL_TEST_NOW + 3 * 86400;

  g_assert_no_error (error);
  g_assert_true (cl_model_equal (CL_MODEL (copy), CL_MODEL (shown)));
  g_assert_cmpint (cl_round_get_id (copy), ==, cl_round_get_id (added));
  g_array_set_size (fixture->changes, 0);

  g_object_set (copy,
                "title", "  Pair programming  ",
                "notes", "Bring a laptop",
                "scheduled-at", when,
                "status", CL_ROUND_STATUS_SCHEDULED,
                NULL);
  g_assert_cmpstr (cl_round_get_title (shown), ==, "Coding");
  g_assert_cmpint (cl_round_get_scheduled_at (shown), ==, 0);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  g_assert_cmpint (cl_application_get_next_at (card), ==, 0);

  g_assert_true (cl_round_store_update_round (fixture->store, copy, &error));
  g_assert_no_error (error);

  /* The saved object is the copy, normalized; the listed one is untouched. */
  g_assert_cmpstr (cl_round_get_title (copy), ==, "Pair programming");
  g_assert_cmpstr (cl_round_get_title (shown), ==, "Coding");
  g_assert_cmpuint (fixture->changes->len, ==, 1);
  g_assert_cmpint (g_array_index (fixture->changes, gint64, 0), ==, fixture->application_id);

  /* Listed again: the saved values. */
  {
    g_autoptr(GListModel) again =
                 cl_round_store_list_for_application (fixture->store, fixture->application_id,
                                                      &error);
    g_autoptr(ClRound) fresh = g_list_model_get_item (again, 0);

    g_assert_no_error (error);
    g_assert_cmpstr (cl_round_get_title (fresh), ==, "Pair programming");
    g_assert_cmpstr (cl_round_get_notes (fresh), ==, "Bring a laptop");
    g_assert_cmpint (cl_round_get_scheduled_at (fresh), ==, when);
    g_assert_cmpuint (cl_round_get_position (fresh), ==, 0);
    g_assert_true (cl_model_equal (CL_MODEL (fresh), CL_MODEL (copy)));
  }

  /* The card's next date followed, with no refresh by hand. */
  g_assert_cmpint (cl_application_get_next_at (card), ==, when);
  g_assert_cmpint (cl_application_get_next_kind (card), ==, CL_NEXT_KIND_ROUND);
}

static void
test_delete (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(ClRound) a = add (fixture, fixture->application_id, CL_ROUND_KIND_RECRUITER, "A");
  g_autoptr(ClRound) b = add (fixture, fixture->application_id, CL_ROUND_KIND_CODING, "B");
  g_autoptr(ClRound) c = add (fixture, fixture->application_id, CL_ROUND_KIND_BEHAVIORAL, "C");
  g_autoptr(ClRound) d = add (fixture, fixture->application_id, CL_ROUND_KIND_HIRING_MANAGER, "D");
  g_autoptr(ClRound) other =
               add (fixture, fixture->other_application_id, CL_ROUND_KIND_CODING, "X");
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  g_autofree char *positions = NULL;

  g_assert_true (cl_round_store_delete_round (fixture->store, b, NULL, &error));
  g_assert_no_error (error);
  list = listing (fixture, fixture->application_id);
  g_assert_cmpstr (list, ==, "A@0,C@1,D@2");
  g_clear_pointer (&list, g_free);

  g_assert_true (cl_round_store_delete_round (fixture->store, a, NULL, &error));
  g_assert_no_error (error);
  list = listing (fixture, fixture->application_id);
  g_assert_cmpstr (list, ==, "C@0,D@1");
  g_clear_pointer (&list, g_free);

  /* Dense in SQL too; the other application is untouched. */
  positions = cl_test_query_text (fixture->base.database,
                                  "SELECT application_id, group_concat(position) FROM"
                                  " (SELECT application_id, position FROM interview_rounds"
                                  "  ORDER BY application_id, position) GROUP BY application_id");
  {
    g_autofree char *expected =
      g_strdup_printf ("%" G_GINT64_FORMAT "|0,1\n%" G_GINT64_FORMAT "|0\n",
                       fixture->application_id, fixture->other_application_id);
    g_assert_cmpstr (positions, ==, expected);
  }

  /* A new round goes at the end. */
  {
    g_autoptr(ClRound) e = add (fixture, fixture->application_id, CL_ROUND_KIND_OTHER, "E");

    g_assert_cmpuint (cl_round_get_position (e), ==, 2);
  }

  /* Deleting twice is an error. */
  g_assert_false (cl_round_store_delete_round (fixture->store, a, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  (void) c;
  (void) d;
  (void) other;
}

/* The rounds of the application and its card, as the views see them. */
static char *
models_dump (Fixture *fixture)
{
  g_autofree char *list = listing (fixture, fixture->application_id);
  ClApplication   *card =
    cl_pipeline_store_find_application (fixture->pipeline, fixture->application_id);

  return g_strdup_printf ("%s;%" G_GINT64_FORMAT ";%d", list, cl_application_get_next_at (card),
                          (int) cl_application_get_next_kind (card));
}

/* A failed save changes neither the rows nor what the views show. */
static void
test_rollback (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(ClRound) a = add (fixture, fixture->application_id, CL_ROUND_KIND_RECRUITER, "A");
  g_autoptr(ClRound) b = add (fixture, fixture->application_id, CL_ROUND_KIND_CODING, "B");
  g_autoptr(ClRound) b_copy = NULL;
  g_autoptr(GError) error = NULL;
  ClTestSnapshot snapshot;
  guint          n_changes;

  /* B is the card's next step. */
  b_copy = cl_round_copy (b);
  g_object_set (b_copy, "scheduled-at", CL_TEST_NOW + 86400, "status", CL_ROUND_STATUS_SCHEDULED,
                NULL);
  g_assert_true (cl_round_store_update_round (fixture->store, b_copy, &error));
  g_assert_no_error (error);

  cl_test_snapshot_take (&snapshot, fixture->base.database, models_dump (fixture));
  n_changes = fixture->changes->len;

  /* add, on a full disk, then failing at its insert */
  {
    g_autoptr(ClRound) c = cl_round_new (fixture->application_id, CL_ROUND_KIND_CODING);
    g_autofree char *notes = cl_test_long_text ();

    g_object_set (c, "notes", notes, "scheduled-at", CL_TEST_NOW + 3600, "status",
                  CL_ROUND_STATUS_SCHEDULED, NULL);
    cl_test_set_disk_full (fixture->base.database);
    g_assert_false (cl_round_store_add_round (fixture->store, c, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    g_assert_cmpint (cl_round_get_id (c), ==, 0);
    g_assert_cmpuint (cl_round_get_position (c), ==, 0);

    cl_test_fail_on (fixture->base.database, "INSERT", "interview_rounds");
    g_assert_false (cl_round_store_add_round (fixture->store, c, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    g_assert_cmpint (cl_round_get_id (c), ==, 0);
  }

  /* update, on a file that became read-only */
  {
    g_autoptr(ClRound) copy = cl_round_copy (b_copy);

    g_object_set (copy, "status", CL_ROUND_STATUS_FAILED, "title", " B2 ", NULL);
    cl_test_set_read_only (fixture->base.database);
    g_assert_false (cl_round_store_update_round (fixture->store, copy, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    /* The object handed in keeps the edit, unsaved (not even trimmed). */
    g_assert_cmpstr (cl_round_get_title (copy), ==, " B2 ");
    g_assert_cmpint (cl_round_get_status (b_copy), ==, CL_ROUND_STATUS_SCHEDULED);
  }

  /* delete, failing after the row went, as the later rounds move up */
  cl_test_fail_on (fixture->base.database, "UPDATE", "interview_rounds");
  g_assert_false (cl_round_store_delete_round (fixture->store, a, NULL, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);

  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database, models_dump (fixture));
  g_assert_cmpuint (fixture->changes->len, ==, n_changes);

  /* And everything works afterwards. */
  g_assert_true (cl_round_store_delete_round (fixture->store, a, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *list = listing (fixture, fixture->application_id);

    g_assert_cmpstr (list, ==, "B@0");
  }
  g_assert_cmpuint (fixture->changes->len, ==, n_changes + 1);
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
  ADD ("copy", test_copy);
  ADD ("delete", test_delete);
  ADD ("rollback", test_rollback);

#undef ADD

  return g_test_run ();
}
