/* test-prep-store.c — learning objectives per domain: order, progress, copies, rollbacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <string.h>

#include "cl-context.h"
#include "cl-test-util.h"

typedef struct
{
  ClTestFixture base;
  ClPrepStore  *store;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_prep_store (fixture->base.context);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  cl_test_fixture_teardown (&fixture->base);
}

static ClObjective *
add (Fixture     *fixture,
     ClPrepDomain domain,
     const char  *title,
     const char  *target_date)
{
  g_autoptr(ClObjective) objective = cl_objective_new (domain, title);
  g_autoptr(GError) error = NULL;

  g_object_set (objective, "target-date", target_date, NULL);
  g_assert_true (cl_prep_store_add_objective (fixture->store, objective, &error));
  g_assert_no_error (error);
  return objective; /* owned by the store now */
}

/* Saves an edited copy, which must succeed. */
static void
save (Fixture     *fixture,
      ClObjective *copy)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_prep_store_update_objective (fixture->store, copy, &error));
  g_assert_no_error (error);
}

static char *
titles (ClPrepStore *store,
        ClPrepDomain domain)
{
  GListModel *model = cl_prep_store_get_objectives (store, domain);
  GString    *out = g_string_new (NULL);

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

  for (ClPrepDomain domain = CL_PREP_DOMAIN_CODING; domain <= CL_PREP_DOMAIN_INTERVIEW_TIPS;
       domain++)
    {
      g_autofree char *list = titles (store, domain);

      g_string_append_printf (out, "%d:%s;", domain, list);
    }
  return g_string_free (out, FALSE);
}

static void
test_add (Fixture      *fixture,
          gconstpointer data)
{
  g_autoptr(ClObjective) full =
               cl_objective_new (CL_PREP_DOMAIN_ML_SYSTEM_DESIGN, "  Feature stores ");
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  g_autofree char *row = NULL;
  ClObjective     *graphs;

  add (fixture, CL_PREP_DOMAIN_CODING, "Undated 1", NULL);
  graphs = add (fixture, CL_PREP_DOMAIN_CODING, "Graphs", "2026-12-01");
  add (fixture, CL_PREP_DOMAIN_CODING, "Heaps", "2026-11-15");
  add (fixture, CL_PREP_DOMAIN_CODING, "Undated 2", NULL);
  add (fixture, CL_PREP_DOMAIN_CODING, "Tries", "2026-12-01");
  add (fixture, CL_PREP_DOMAIN_BEHAVIORAL, "STAR stories", "2026-11-10");

  g_assert_cmpint (cl_objective_get_id (graphs), >, 0);
  g_assert_cmpint (cl_objective_get_created_at (graphs), ==, CL_TEST_NOW);
  g_assert_true (cl_prep_store_find_objective (fixture->store, cl_objective_get_id (graphs)) ==
                 graphs);
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
  row = cl_test_query_text (
    fixture->base.database,
    "SELECT d.key, o.domain_id, o.title, o.target_date, o.status, o.hours_planned,"
    " o.hours_spent, o.term_key, o.notes FROM objectives o"
    " JOIN prep_domains d ON d.id = o.domain_id WHERE o.title LIKE 'Feature%'");
  g_assert_cmpstr (
    row, ==,
    "ml-system-design|4|Feature stores|2027-01-31|in-progress|12.5|3.25|NULL|Feast, Tecton\n");
}

static void
test_invalid (Fixture      *fixture,
              gconstpointer data)
{
  /* Validation errors are CL_VALIDATION_ERROR now (no longer
   * CL_DATABASE_ERROR_INVALID), naming the field. */
  static const char *bad_dates[] = {
    "2026-02-30",
    "2026-13-01",
    "2026-00-10",
    "2026-1-5",
    "26-01-05",
    "2026/01/05",
    "tomorrow",
    "2026-01-05T10:00",
    "0000-01-01",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = cl_test_dump_database (fixture->base.database);
  g_autofree char *after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, "Heaps");

      g_object_set (objective, "target-date", bad_dates[i], NULL);
      g_assert_false (cl_model_validate_field (CL_MODEL (objective), "target-date", NULL));
      g_assert_false (cl_prep_store_add_objective (fixture->store, objective, &error));
      g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_FORMAT);
      g_assert_cmpstr (cl_validation_error_get_field (error), ==, "target-date");
      g_clear_error (&error);
    }

  {
    g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, " ");

    g_assert_false (cl_prep_store_add_objective (fixture->store, objective, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_REQUIRED);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "title");
    g_clear_error (&error);
  }

  {
    /* (NaN and infinities are refused by the properties themselves.) */
    const double bad_hours[] = { -0.5, -0.5, 1e9, 1e9 };

    for (guint i = 0; i < G_N_ELEMENTS (bad_hours); i++)
      {
        g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, "Heaps");

        const char *property = i % 2 == 0 ? "hours-spent" : "hours-planned";

        g_object_set (objective, property, bad_hours[i], NULL);
        g_assert_false (cl_prep_store_add_objective (fixture->store, objective, &error));
        g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
        g_assert_cmpstr (cl_validation_error_get_field (error), ==, property);
        g_clear_error (&error);
      }
  }

  /* An application that does not exist. */
  {
    g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, "Heaps");

    g_assert_false (cl_prep_store_add_objective_for_application (fixture->store, objective, 999,
                                                                 &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_assert_cmpstr (error->message, ==,
                     "One of the applications this objective prepares for no longer exists. "
                     "Choose the applications again.");
    g_clear_error (&error);
    g_assert_cmpint (cl_objective_get_id (objective), ==, 0);
  }

  /* A leap day is a date. */
  {
    g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, "Heaps");

    g_object_set (objective, "target-date", "2028-02-29", NULL);
    g_assert_true (cl_model_validate (CL_MODEL (objective), NULL));
    /* Spaces around a date are dropped when saved. */
    g_object_set (objective, "target-date", " 2028-02-29 ", NULL);
    g_assert_true (cl_model_validate (CL_MODEL (objective), NULL));
  }

  /* Updates are checked as adds are; the shared object is left alone. */
  {
    ClObjective *kept = NULL;
    g_autoptr(ClObjective) copy = NULL;

    /* (What the cases above did not change, before this one adds a row.) */
    after = cl_test_dump_database (fixture->base.database);
    g_assert_cmpstr (before, ==, after);
    g_clear_pointer (&after, g_free);

    kept = add (fixture, CL_PREP_DOMAIN_CODING, "Kept", "2026-11-10");
    copy = cl_objective_copy (kept);
    g_free (before);
    before = cl_test_dump_database (fixture->base.database);
    g_object_set (copy, "target-date", "2026-11-31", NULL);
    g_assert_false (cl_prep_store_update_objective (fixture->store, copy, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_FORMAT);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "target-date");
    g_clear_error (&error);
    g_assert_cmpstr (cl_objective_get_target_date (kept), ==, "2026-11-10");
    after = cl_test_dump_database (fixture->base.database);
    g_assert_cmpstr (before, ==, after);
    g_clear_pointer (&after, g_free);
    g_assert_true (cl_prep_store_delete_objective (fixture->store, kept, &error));
    g_assert_no_error (error);
    g_free (before);
    before = cl_test_dump_database (fixture->base.database);
  }

  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (cl_prep_store_count_objectives (fixture->store, CL_PREP_DOMAIN_CODING, NULL),
                    ==, 0);
}

/* Validation comes before any SQL: even a file that cannot be written
 * should say what is wrong with the objective.
 * Before: the prep store validated after BEGIN IMMEDIATE, so a read-only
 * (or locked) file hid the validation error behind READ_ONLY (or BUSY). */
static void
test_validate_before_sql (Fixture      *fixture,
                          gconstpointer data)
{
  ClObjective *kept = add (fixture, CL_PREP_DOMAIN_CODING, "Kept", NULL);
  g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, "  ");
  g_autoptr(ClObjective) copy = cl_objective_copy (kept);
  g_autoptr(GError) error = NULL;

  g_object_set (copy, "target-date", "someday", NULL);
  cl_test_set_read_only (fixture->base.database);
  g_assert_false (cl_prep_store_add_objective (fixture->store, objective, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_REQUIRED);
  g_clear_error (&error);
  g_assert_false (cl_prep_store_update_objective (fixture->store, copy, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_FORMAT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  g_assert_null (cl_objective_get_target_date (kept));
}

/* The ids of @array (gint64) as "1,2,3"; frees it. */
static char *
ids_text (GArray *array)
{
  GString *out = g_string_new (NULL);

  g_assert_nonnull (array);
  for (guint i = 0; i < array->len; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            g_array_index (array, gint64, i));
  g_array_unref (array);
  return g_string_free (out, FALSE);
}

/* The titles of @array (ClObjective) as "A,B"; frees it. */
static char *
objectives_text (GPtrArray *array)
{
  GString *out = g_string_new (NULL);

  g_assert_nonnull (array);
  for (guint i = 0; i < array->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "," : "",
                            cl_objective_get_title (g_ptr_array_index (array, i)));
  g_ptr_array_unref (array);
  return g_string_free (out, FALSE);
}

static void
record_application_cb (ClPrepStore *store,
                       gint64       application_id,
                       GString     *out)
{
  g_string_append_printf (out, "%" G_GINT64_FORMAT ";", application_id);
}

static ClRound *
add_round (Fixture *fixture,
           gint64   application_id)
{
  ClRoundStore *rounds = cl_context_get_round_store (fixture->base.context);
  g_autoptr(ClRound) round = cl_round_new (application_id, CL_ROUND_KIND_CODING);
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_round_store_add_round (rounds, round, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&round);
}

static void
test_links (Fixture      *fixture,
            gconstpointer data)
{
  ClPipelineStore *pipeline = cl_context_get_pipeline_store (fixture->base.context);
  gint64           acme = cl_application_get_id (cl_test_add_application (pipeline, "Acme AI",
                                                                          "Applied Scientist", 0));
  gint64           initech = cl_application_get_id (cl_test_add_application (pipeline, "Initech",
                                                                             "ML Engineer", 0));
  gint64           globex = cl_application_get_id (cl_test_add_application (pipeline, "Globex",
                                                                            "Data Scientist", 0));
  g_autoptr(ClRound) acme_round = add_round (fixture, acme);
  g_autoptr(ClRound) globex_round = add_round (fixture, globex);
  g_autoptr(GString) signalled = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  ClObjective     *transformers;
  ClObjective     *heaps;
  ClObjective     *undated;
  ClTestChanges    changes;

  g_signal_connect (fixture->store, "application-objectives-changed",
                    G_CALLBACK (record_application_cb), signalled);
  cl_test_changes_watch (&changes, fixture->base.database);

  /* Added with its first link, in one transaction: one change. */
  transformers = cl_objective_new (CL_PREP_DOMAIN_ML_FUNDAMENTALS, "Transformers");
  g_object_set (transformers, "target-date", "2026-12-10", "term-key", "ml.transformers", NULL);
  g_assert_true (cl_prep_store_add_objective_for_application (fixture->store, transformers, acme,
                                                              &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_changes, ==, 1);
  g_assert_true (cl_change_set_contains (changes.last, CL_ENTITY_APPLICATION, acme));
  /* The object given became the shared one. */
  g_assert_true (cl_prep_store_find_objective (fixture->store,
                                               cl_objective_get_id (transformers)) ==
                 transformers);
  g_object_unref (transformers);
  g_assert_cmpstr (cl_objective_get_term_key (transformers), ==, "ml.transformers");
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ";", acme);
  g_assert_cmpstr (signalled->str, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_string_truncate (signalled, 0);

  text = ids_text (cl_prep_store_get_application_ids (fixture->store,
                                                      cl_objective_get_id (transformers), &error));
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, acme);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);

  heaps = add (fixture, CL_PREP_DOMAIN_CODING, "Heaps", "2026-12-01");
  undated = add (fixture, CL_PREP_DOMAIN_BEHAVIORAL, "STAR stories", NULL);
  g_assert_cmpstr (signalled->str, ==, "");

  /* Two applications (one given twice) and a round of a third. */
  {
    const gint64 apps[] = { initech, acme, initech };
    const gint64 rounds[] = { cl_round_get_id (globex_round) };

    g_assert_true (cl_prep_store_set_links (fixture->store, heaps, apps, G_N_ELEMENTS (apps),
                                            rounds, G_N_ELEMENTS (rounds), &error));
    g_assert_no_error (error);
  }
  text = ids_text (cl_prep_store_get_application_ids (fixture->store, cl_objective_get_id (heaps),
                                                      &error));
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT, acme, initech);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);
  text = ids_text (cl_prep_store_get_round_ids (fixture->store, cl_objective_get_id (heaps),
                                                &error));
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, cl_round_get_id (globex_round));
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);
  /* Every application gained an objective, Globex through its round. */
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ";%" G_GINT64_FORMAT ";%" G_GINT64_FORMAT ";",
                              acme, initech, globex);
  g_assert_cmpstr (signalled->str, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_string_truncate (signalled, 0);

  {
    const gint64 apps[] = { acme };

    g_assert_true (cl_prep_store_set_links (fixture->store, undated, apps, 1, NULL, 0, &error));
    g_assert_no_error (error);
  }

  /* Per application: by date, undated last. */
  text = objectives_text (cl_prep_store_list_for_application (fixture->store, acme, &error));
  g_assert_cmpstr (text, ==, "Heaps,Transformers,STAR stories");
  g_clear_pointer (&text, g_free);
  text = objectives_text (cl_prep_store_list_for_application (fixture->store, initech, &error));
  g_assert_cmpstr (text, ==, "Heaps");
  g_clear_pointer (&text, g_free);
  text = objectives_text (cl_prep_store_list_for_application (fixture->store, globex, &error));
  g_assert_cmpstr (text, ==, "Heaps");
  g_clear_pointer (&text, g_free);
  text = objectives_text (cl_prep_store_list_for_round (fixture->store,
                                                        cl_round_get_id (globex_round), &error));
  g_assert_cmpstr (text, ==, "Heaps");
  g_clear_pointer (&text, g_free);
  text = objectives_text (cl_prep_store_list_for_round (fixture->store,
                                                        cl_round_get_id (acme_round), &error));
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);
  text = objectives_text (cl_prep_store_list_for_application (fixture->store, 999, &error));
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);
  {
    g_autoptr(GPtrArray) shared = cl_prep_store_list_for_application (fixture->store, initech,
                                                                       &error);

    g_assert_true (g_ptr_array_index (shared, 0) == heaps);
  }

  /* Editing a linked objective tells its applications' pages. */
  g_string_truncate (signalled, 0);
  {
    g_autoptr(ClObjective) copy = cl_objective_copy (undated);

    g_object_set (copy, "title", "STAR stories, five of them", NULL);
    save (fixture, copy);
  }
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ";", acme);
  g_assert_cmpstr (signalled->str, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_string_truncate (signalled, 0);

  /* Ids that do not exist: refused with what to do, nothing changed. */
  before = cl_test_dump_database (fixture->base.database);
  changes.n_changes = 0;
  {
    const gint64 apps[] = { initech, 999 };
    const gint64 rounds[] = { 999 };

    g_assert_false (cl_prep_store_set_links (fixture->store, heaps, apps, 2, NULL, 0, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_assert_cmpstr (error->message, ==,
                     "One of the applications this objective prepares for no longer exists. "
                     "Choose the applications again.");
    g_clear_error (&error);
    g_assert_false (cl_prep_store_set_links (fixture->store, heaps, apps, 1, rounds, 1, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_assert_cmpstr (error->message, ==,
                     "One of the interview rounds this objective prepares for no longer exists. "
                     "Choose the rounds again.");
    g_clear_error (&error);
  }
  {
    g_autoptr(ClObjective) gone = cl_objective_new (CL_PREP_DOMAIN_CODING, "Gone");
    g_autofree char *dump = NULL;

    /* (Added and deleted: its id is no longer a row.) */
    g_assert_true (cl_prep_store_add_objective (fixture->store, gone, &error));
    g_assert_true (cl_prep_store_delete_objective (fixture->store, gone, &error));
    g_assert_no_error (error);
    dump = cl_test_dump_database (fixture->base.database);
    g_assert_cmpstr (dump, ==, before);
    changes.n_changes = 0;
    g_assert_false (cl_prep_store_set_links (fixture->store, gone, NULL, 0, NULL, 0, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_assert_cmpstr (error->message, ==, "This objective no longer exists.");
    g_clear_error (&error);
  }
  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&after, g_free);
  g_assert_cmpuint (changes.n_changes, ==, 0);
  g_assert_cmpstr (signalled->str, ==, "");

  /* Unlinking everything tells the applications it left. */
  g_assert_true (cl_prep_store_set_links (fixture->store, heaps, NULL, 0, NULL, 0, &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ";%" G_GINT64_FORMAT ";%" G_GINT64_FORMAT ";",
                              acme, initech, globex);
  g_assert_cmpstr (signalled->str, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_string_truncate (signalled, 0);
  text = objectives_text (cl_prep_store_list_for_application (fixture->store, initech, &error));
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);

  /* Deleting an objective takes its links, and says so. */
  g_assert_true (cl_prep_store_delete_objective (fixture->store, transformers, &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ";", acme);
  g_assert_cmpstr (signalled->str, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_string_truncate (signalled, 0);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM objective_applications"),
                   ==, 1);

  /* Deleting the application takes the last link, not the objective. */
  {
    ClApplication *application = cl_pipeline_store_find_application (pipeline, acme);

    g_assert_true (cl_pipeline_store_delete_application (pipeline, application, NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM objective_applications"),
                   ==, 0);
  g_assert_nonnull (cl_prep_store_find_objective (fixture->store, cl_objective_get_id (undated)));
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM pragma_foreign_key_check"),
                   ==, 0);

  g_signal_handlers_disconnect_by_data (fixture->store, signalled);
  cl_test_changes_clear (&changes);
}

static void
test_update (Fixture      *fixture,
             gconstpointer data)
{
  ClObjective *a = add (fixture, CL_PREP_DOMAIN_CODING, "A", "2026-11-10");
  /* Held, as a view showing it would: see test_domain_change_unreferenced. */
  g_autoptr(ClObjective) b = g_object_ref (add (fixture, CL_PREP_DOMAIN_CODING, "B", "2026-11-20"));
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;

  add (fixture, CL_PREP_DOMAIN_CODING, "C", NULL);

  /* A later date moves it down. */
  {
    g_autoptr(ClObjective) copy = cl_objective_copy (a);

    g_object_set (copy, "target-date", "2026-11-30", NULL);
    save (fixture, copy);
  }
  list = all_titles (fixture->store);
  g_assert_cmpstr (list, ==, "0:B,A,C;1:;2:;3:;4:;");
  g_clear_pointer (&list, g_free);

  /* No date puts it after the dated ones, and before later undated ones. */
  {
    g_autoptr(ClObjective) copy = cl_objective_copy (a);

    g_object_set (copy, "target-date", NULL, NULL);
    save (fixture, copy);
  }
  g_assert_null (cl_objective_get_target_date (a));
  list = all_titles (fixture->store);
  g_assert_cmpstr (list, ==, "0:B,A,C;1:;2:;3:;4:;");
  g_clear_pointer (&list, g_free);

  /* Another domain: the same shared object moves to that domain's model. */
  {
    g_autoptr(ClObjective) copy = cl_objective_copy (b);

    g_object_set (copy, "domain", CL_PREP_DOMAIN_INTERVIEW_TIPS, "title", "B2", "hours-spent", 2.0,
                  NULL);
    save (fixture, copy);
  }
  g_assert_true (cl_prep_store_find_objective (fixture->store, cl_objective_get_id (b)) == b);
  g_assert_cmpint (cl_objective_get_domain (b), ==, CL_PREP_DOMAIN_INTERVIEW_TIPS);
  {
    GListModel *tips =
      cl_prep_store_get_objectives (fixture->store, CL_PREP_DOMAIN_INTERVIEW_TIPS);
    g_autoptr(ClObjective) first = g_list_model_get_item (tips, 0);

    g_assert_true (first == b);
  }
  list = all_titles (fixture->store);
  g_assert_cmpstr (list, ==, "0:A,C;1:;2:;3:;4:B2;");
  g_clear_pointer (&list, g_free);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT domain_id FROM objectives WHERE title = 'B2'"),
                   ==, 5);

  /* The same after a reload. */
  {
    g_autoptr(ClContext) again_context = cl_test_fixture_reload (&fixture->base);
    ClPrepStore     *again = cl_context_get_prep_store (again_context);
    g_autofree char *reloaded = NULL;
    ClObjective     *b_again;

    reloaded = all_titles (again);
    g_assert_cmpstr (reloaded, ==, "0:A,C;1:;2:;3:;4:B2;");
    b_again = cl_prep_store_find_objective (again, cl_objective_get_id (b));
    g_assert_cmpfloat (cl_objective_get_hours_spent (b_again), ==, 2.0);
  }
}

static void
test_count (Fixture      *fixture,
            gconstpointer data)
{
  ClObjective *done = add (fixture, CL_PREP_DOMAIN_BEHAVIORAL, "Done", NULL);
  ClObjective *dropped = add (fixture, CL_PREP_DOMAIN_BEHAVIORAL, "Dropped", NULL);
  g_autoptr(GError) error = NULL;
  guint n_done = 99;

  add (fixture, CL_PREP_DOMAIN_BEHAVIORAL, "Planned", NULL);
  add (fixture, CL_PREP_DOMAIN_CODING, "Elsewhere", NULL);

  {
    g_autoptr(ClObjective) copy = cl_objective_copy (done);

    g_object_set (copy, "status", CL_OBJECTIVE_STATUS_DONE, NULL);
    save (fixture, copy);
  }
  {
    g_autoptr(ClObjective) copy = cl_objective_copy (dropped);

    g_object_set (copy, "status", CL_OBJECTIVE_STATUS_DROPPED, NULL);
    save (fixture, copy);
  }

  g_assert_cmpuint (cl_prep_store_count_objectives (fixture->store, CL_PREP_DOMAIN_BEHAVIORAL,
                                                    &n_done),
                    ==, 2);
  g_assert_cmpuint (n_done, ==, 1);
  g_assert_cmpuint (cl_prep_store_count_objectives (fixture->store, CL_PREP_DOMAIN_CODING, &n_done),
                    ==, 1);
  g_assert_cmpuint (n_done, ==, 0);
  g_assert_cmpuint (cl_prep_store_count_objectives (fixture->store, CL_PREP_DOMAIN_ML_SYSTEM_DESIGN,
                                                    NULL),
                    ==, 0);
}

static void
test_delete (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(ClObjective) a = g_object_ref (add (fixture, CL_PREP_DOMAIN_CODING, "A", NULL));
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  gint64           id = cl_objective_get_id (a);

  add (fixture, CL_PREP_DOMAIN_CODING, "B", NULL);
  g_assert_true (cl_prep_store_delete_objective (fixture->store, a, &error));
  g_assert_no_error (error);
  g_assert_null (cl_prep_store_find_objective (fixture->store, id));
  list = all_titles (fixture->store);
  g_assert_cmpstr (list, ==, "0:B;1:;2:;3:;4:;");
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM objectives"),
                   ==, 1);

  g_assert_false (cl_prep_store_delete_objective (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
}

/* Every field of every objective, domain by domain, as the views see them. */
static char *
models_dump (ClContext *context)
{
  ClPrepStore *store = cl_context_get_prep_store (context);
  GString     *out = g_string_new (NULL);

  for (ClPrepDomain domain = CL_PREP_DOMAIN_CODING; domain <= CL_PREP_DOMAIN_INTERVIEW_TIPS;
       domain++)
    {
      GListModel *model = cl_prep_store_get_objectives (store, domain);

      g_string_append_printf (out, "%d:", domain);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(ClObjective) objective = g_list_model_get_item (model, i);
          const char *date = cl_objective_get_target_date (objective);
          const char *notes = cl_objective_get_notes (objective);

          g_string_append_printf (out,
                                  "%" G_GINT64_FORMAT "|%s|%s|%d|%g|%g|%s|%s|%" G_GINT64_FORMAT
                                  ";",
                                  cl_objective_get_id (objective),
                                  cl_objective_get_title (objective), date != NULL ? date : "NULL",
                                  (int) cl_objective_get_status (objective),
                                  cl_objective_get_hours_planned (objective),
                                  cl_objective_get_hours_spent (objective),
                                  cl_objective_get_term_key (objective) != NULL
                                    ? cl_objective_get_term_key (objective)
                                    : "NULL",
                                  notes != NULL ? notes : "NULL",
                                  cl_objective_get_created_at (objective));
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* A view edits a copy: the shared object does not change until the copy is
 * saved, then shows what was saved (trimmed), in its new place. */
static void
test_copy (Fixture      *fixture,
           gconstpointer data)
{
  ClObjective *heaps = add (fixture, CL_PREP_DOMAIN_CODING, "Heaps", "2026-11-20");
  g_autoptr(ClObjective) copy = cl_objective_copy (heaps);
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  guint            n_notifies = 0;
  ClTestChanges    changes;

  add (fixture, CL_PREP_DOMAIN_CODING, "Graphs", "2026-11-15");
  g_assert_true (copy != heaps);
  g_assert_true (cl_model_equal (CL_MODEL (copy), CL_MODEL (heaps)));
  cl_test_count_emissions (heaps, "notify", &n_notifies);
  cl_test_changes_watch (&changes, fixture->base.database);

  g_object_set (copy,
                "title", "  Heaps and intervals ",
                "target-date", " 2026-11-10 ",
                "status", CL_OBJECTIVE_STATUS_IN_PROGRESS,
                "hours-planned", 6.0,
                "hours-spent", 1.5,
                "notes", "Leetcode list",
                NULL);
  g_assert_cmpuint (n_notifies, ==, 0);
  g_assert_cmpstr (cl_objective_get_title (heaps), ==, "Heaps");
  g_assert_cmpstr (cl_objective_get_target_date (heaps), ==, "2026-11-20");
  g_assert_cmpint (cl_objective_get_status (heaps), ==, CL_OBJECTIVE_STATUS_PLANNED);
  list = all_titles (fixture->store);
  g_assert_cmpstr (list, ==, "0:Graphs,Heaps;1:;2:;3:;4:;");
  g_clear_pointer (&list, g_free);
  g_assert_cmpuint (changes.n_changes, ==, 0);

  save (fixture, copy);
  g_assert_cmpuint (changes.n_changes, ==, 1);
  g_assert_cmpuint (n_notifies, >, 0);
  g_assert_true (cl_prep_store_find_objective (fixture->store, cl_objective_get_id (copy)) ==
                 heaps);
  g_assert_cmpstr (cl_objective_get_title (heaps), ==, "Heaps and intervals");
  g_assert_cmpstr (cl_objective_get_target_date (heaps), ==, "2026-11-10");
  g_assert_cmpint (cl_objective_get_status (heaps), ==, CL_OBJECTIVE_STATUS_IN_PROGRESS);
  g_assert_cmpfloat (cl_objective_get_hours_planned (heaps), ==, 6.0);
  g_assert_cmpfloat (cl_objective_get_hours_spent (heaps), ==, 1.5);
  g_assert_cmpstr (cl_objective_get_notes (heaps), ==, "Leetcode list");
  g_assert_cmpint (cl_objective_get_created_at (heaps), ==, CL_TEST_NOW);
  /* Its earlier date puts it first now. */
  list = all_titles (fixture->store);
  g_assert_cmpstr (list, ==, "0:Heaps and intervals,Graphs;1:;2:;3:;4:;");

  /* A reload reads the same. */
  cl_test_fixture_assert_reload_same (&fixture->base, models_dump);

  g_signal_handlers_disconnect_by_data (heaps, &n_notifies);
  cl_test_changes_clear (&changes);
}

/* A failed save changes neither the rows nor the models. */
static void
test_rollback (Fixture      *fixture,
               gconstpointer data)
{
  /* Held, as a view showing it would: see test_domain_change_unreferenced. */
  g_autoptr(ClObjective) a = g_object_ref (add (fixture, CL_PREP_DOMAIN_CODING, "A", "2026-11-10"));
  g_autoptr(ClObjective) copy = cl_objective_copy (a);
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  ClTestSnapshot   snapshot;
  ClTestChanges    changes;

  add (fixture, CL_PREP_DOMAIN_CODING, "B", "2026-11-20");
  cl_test_snapshot_take (&snapshot, fixture->base.database, models_dump (fixture->base.context));
  cl_test_changes_watch (&changes, fixture->base.database);

  /* add, on a full disk, then failing at its insert */
  {
    g_autoptr(ClObjective) c = cl_objective_new (CL_PREP_DOMAIN_CODING, "C");
    g_autofree char *notes = cl_test_long_text ();

    g_object_set (c, "notes", notes, NULL);
    cl_test_set_disk_full (fixture->base.database);
    g_assert_false (cl_prep_store_add_objective (fixture->store, c, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    g_assert_cmpint (cl_objective_get_id (c), ==, 0);

    cl_test_fail_on (fixture->base.database, "INSERT", "objectives");
    g_assert_false (cl_prep_store_add_objective (fixture->store, c, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    g_assert_cmpint (cl_objective_get_id (c), ==, 0);
  }

  /* update to another domain, on a file that became read-only, then failing
   * at its statement */
  g_object_set (copy, "target-date", "2026-12-31", "domain", CL_PREP_DOMAIN_BEHAVIORAL, NULL);
  cl_test_set_read_only (fixture->base.database);
  g_assert_false (cl_prep_store_update_objective (fixture->store, copy, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  cl_test_fail_on (fixture->base.database, "UPDATE", "objectives");
  g_assert_false (cl_prep_store_update_objective (fixture->store, copy, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);

  /* delete */
  cl_test_fail_on (fixture->base.database, "DELETE", "objectives");
  g_assert_false (cl_prep_store_delete_objective (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);

  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database,
                                     models_dump (fixture->base.context));
  g_assert_cmpuint (changes.n_changes, ==, 0);
  /* The models keep the shared object in its saved place; only the copy
   * holds the unsaved edit. */
  {
    GListModel *coding = cl_prep_store_get_objectives (fixture->store, CL_PREP_DOMAIN_CODING);
    g_autoptr(ClObjective) first = g_list_model_get_item (coding, 0);

    g_assert_cmpuint (g_list_model_get_n_items (coding), ==, 2);
    g_assert_true (first == a);
    g_assert_cmpstr (cl_objective_get_target_date (a), ==, "2026-11-10");
    g_assert_cmpint (cl_objective_get_domain (a), ==, CL_PREP_DOMAIN_CODING);
    g_assert_cmpuint (g_list_model_get_n_items (
                        cl_prep_store_get_objectives (fixture->store, CL_PREP_DOMAIN_BEHAVIORAL)),
                      ==, 0);
  }

  /* Saving the same copy again moves it. */
  save (fixture, copy);
  list = all_titles (fixture->store);
  g_assert_cmpstr (list, ==, "0:B;1:A;2:;3:;4:;");
  g_assert_cmpint (cl_objective_get_domain (a), ==, CL_PREP_DOMAIN_BEHAVIORAL);
  g_assert_cmpuint (changes.n_changes, ==, 1);
  cl_test_changes_clear (&changes);
}

/* An objective moved to another domain while only the store holds it.
 *
 * Before: the store released the moving object before putting it in its new
 * list, so with no other reference it was used after being freed.  The move
 * runs in a subprocess so that a crash fails only this test. */
static void
test_domain_change_unreferenced (Fixture      *fixture,
                                 gconstpointer data)
{
  if (g_test_subprocess ())
    {
      ClObjective *a = add (fixture, CL_PREP_DOMAIN_CODING, "A", NULL);
      g_autoptr(ClObjective) copy = cl_objective_copy (a);
      g_autofree char *list = NULL;
      gint64           id = cl_objective_get_id (a);

      g_object_set (copy, "domain", CL_PREP_DOMAIN_BEHAVIORAL, NULL);
      save (fixture, copy);
      list = all_titles (fixture->store);
      g_assert_cmpstr (list, ==, "0:;1:A;2:;3:;4:;");
      g_assert_cmpint (cl_objective_get_domain (cl_prep_store_find_objective (fixture->store, id)),
                       ==, CL_PREP_DOMAIN_BEHAVIORAL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_reload (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *title = g_strdup_printf ("Objective %u", i);
      g_autofree char *date = NULL;

      if (g_rand_boolean (rand))
        date = g_strdup_printf ("2026-%02d-%02d", g_rand_int_range (rand, 1, 13),
                                g_rand_int_range (rand, 1, 29));
      add (fixture, g_rand_int_range (rand, 0, 5), title, date);
    }

  cl_test_fixture_assert_reload_same (&fixture->base, models_dump);
}

static void
test_progress (Fixture      *fixture,
               gconstpointer data)
{
  g_auto(ClPrepProgress) progress = { 0 };
  ClObjective *old = add (fixture, CL_PREP_DOMAIN_CODING, "Old", "2026-10-20");
  ClObjective *soon = add (fixture, CL_PREP_DOMAIN_CODING, "Soon", "2026-11-03");
  ClObjective *done = add (fixture, CL_PREP_DOMAIN_CODING, "Done", "2026-10-01");
  ClObjective *dropped = add (fixture, CL_PREP_DOMAIN_CODING, "Dropped", "2026-10-02");

  add (fixture, CL_PREP_DOMAIN_BEHAVIORAL, "Elsewhere", "2026-10-01");
  {
    g_autoptr(ClObjective) copy = cl_objective_copy (done);

    g_object_set (copy, "status", CL_OBJECTIVE_STATUS_DONE, "hours-planned", 4.0,
                  "hours-spent", 5.0, NULL);
    save (fixture, copy);
  }
  {
    g_autoptr(ClObjective) copy = cl_objective_copy (dropped);

    g_object_set (copy, "status", CL_OBJECTIVE_STATUS_DROPPED, "hours-planned", 9.0, NULL);
    save (fixture, copy);
  }
  {
    g_autoptr(ClObjective) copy = cl_objective_copy (soon);

    g_object_set (copy, "hours-planned", 2.5, "hours-spent", 0.5, NULL);
    save (fixture, copy);
  }

  /* Today is 2026-11-01 (CL_TEST_NOW). */
  cl_prep_store_get_progress (fixture->store, CL_PREP_DOMAIN_CODING, &progress);
  g_assert_cmpuint (progress.n_objectives, ==, 3);
  g_assert_cmpuint (progress.n_done, ==, 1);
  g_assert_cmpuint (progress.n_overdue, ==, 1);
  g_assert_cmpfloat (progress.hours_planned, ==, 6.5);
  g_assert_cmpfloat (progress.hours_spent, ==, 5.5);
  g_assert_true (progress.next == old);
  g_assert_true (progress.next_overdue);

  /* Done with the old one: the next is the coming one. */
  {
    g_autoptr(ClObjective) copy = cl_objective_copy (old);

    g_object_set (copy, "status", CL_OBJECTIVE_STATUS_DONE, NULL);
    save (fixture, copy);
  }
  cl_prep_progress_clear (&progress);
  cl_prep_store_get_progress (fixture->store, CL_PREP_DOMAIN_CODING, &progress);
  g_assert_cmpuint (progress.n_done, ==, 2);
  g_assert_cmpuint (progress.n_overdue, ==, 0);
  g_assert_true (progress.next == soon);
  g_assert_false (progress.next_overdue);

  cl_prep_progress_clear (&progress);
  cl_prep_store_get_progress (fixture->store, CL_PREP_DOMAIN_ML_FUNDAMENTALS, &progress);
  g_assert_cmpuint (progress.n_objectives, ==, 0);
  g_assert_null (progress.next);
}

/* The dates of the coding objectives, in the list's order, "title=date". */
static char *
dated_titles (Fixture *fixture)
{
  GListModel *model = cl_prep_store_get_objectives (fixture->store, CL_PREP_DOMAIN_CODING);
  GString    *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClObjective) objective = g_list_model_get_item (model, i);
      const char *date = cl_objective_get_target_date (objective);

      g_string_append_printf (out, "%s%s=%s", i > 0 ? "," : "", cl_objective_get_title (objective),
                              date != NULL ? date : "none");
    }
  return g_string_free (out, FALSE);
}

static void
test_plan_for_round (Fixture      *fixture,
                     gconstpointer data)
{
  ClPipelineStore *pipeline = cl_context_get_pipeline_store (fixture->base.context);
  ClRoundStore    *rounds = cl_context_get_round_store (fixture->base.context);
  gint64           app = cl_application_get_id (cl_test_add_application (pipeline, "Acme AI",
                                                                         "Applied Scientist", 0));
  g_autoptr(ClRound) round = add_round (fixture, app);
  ClObjective *objectives[3];
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  objectives[0] = add (fixture, CL_PREP_DOMAIN_CODING, "Arrays", NULL);
  objectives[1] = add (fixture, CL_PREP_DOMAIN_CODING, "Graphs", "2027-01-01");
  objectives[2] = add (fixture, CL_PREP_DOMAIN_CODING, "Dynamic programming", NULL);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(ClObjective) copy = cl_objective_copy (objectives[i]);

      g_object_set (copy, "hours-planned", i == 2 ? 8.0 : 1.0, NULL);
      save (fixture, copy);
    }

  /* No date yet. */
  before = cl_test_dump_database (fixture->base.database);
  g_assert_false (cl_prep_store_plan_for_round (fixture->store, round, objectives, 3, FALSE,
                                                &error));
  g_assert_error (error, CL_PREP_PLAN_ERROR, CL_PREP_PLAN_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "This round has no date yet. Give it one: the plan is worked back from it.");
  g_clear_error (&error);

  /* Tomorrow, then today (2026-11-01). */
  {
    g_autoptr(ClRound) copy = cl_round_copy (round);

    g_object_set (copy, "scheduled-at", CL_TEST_NOW + 24 * 3600, NULL);
    g_assert_true (cl_round_store_update_round (rounds, copy, &error));
    g_assert_no_error (error);
    g_assert_false (cl_prep_store_plan_for_round (fixture->store, copy, objectives, 3, FALSE,
                                                  &error));
    g_assert_error (error, CL_PREP_PLAN_ERROR, CL_PREP_PLAN_ERROR_NO_DAYS);
    g_clear_error (&error);
    g_object_set (copy, "scheduled-at", CL_TEST_NOW + 3600, NULL);
    g_assert_false (cl_prep_store_plan_for_round (fixture->store, copy, objectives, 3, FALSE,
                                                  &error));
    g_assert_error (error, CL_PREP_PLAN_ERROR, CL_PREP_PLAN_ERROR_PASSED);
    g_clear_error (&error);
    g_free (before);
    before = cl_test_dump_database (fixture->base.database);
  }
  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&after, g_free);

  /* 2026-11-11 at 10:00: nine days, the 10th left free. */
  {
    g_autoptr(ClRound) copy = cl_round_copy (round);

    g_object_set (copy, "scheduled-at", CL_TEST_NOW + 10 * 24 * 3600 + 3600, NULL);
    g_assert_true (cl_round_store_update_round (rounds, copy, &error));
    g_assert_no_error (error);
    g_clear_object (&round);
    round = g_steal_pointer (&copy);
  }
  g_assert_true (cl_prep_store_plan_for_round (fixture->store, round, objectives, 3, FALSE,
                                               &error));
  g_assert_no_error (error);
  text = dated_titles (fixture);
  g_assert_cmpstr (text, ==,
                   "Arrays=2026-11-03,Graphs=2026-11-06,Dynamic programming=2026-11-09");
  g_clear_pointer (&text, g_free);
  text = objectives_text (cl_prep_store_list_for_round (fixture->store, cl_round_get_id (round),
                                                        &error));
  g_assert_cmpstr (text, ==, "Arrays,Graphs,Dynamic programming");
  g_clear_pointer (&text, g_free);
  /* Through its round, the application shows them. */
  text = objectives_text (cl_prep_store_list_for_application (fixture->store, app, &error));
  g_assert_cmpstr (text, ==, "Arrays,Graphs,Dynamic programming");
  g_clear_pointer (&text, g_free);

  /* By hours, in another order: 1 h, 8 h, 1 h over nine days: due when
   * 10%, 90% and all of the hours are done (days 0.9, 8.1 and 9, rounded
   * up). */
  {
    ClObjective *order[] = { objectives[1], objectives[2], objectives[0] };

    g_assert_true (cl_prep_store_plan_for_round (fixture->store, round, order, 3, TRUE, &error));
    g_assert_no_error (error);
  }
  text = dated_titles (fixture);
  g_assert_cmpstr (text, ==,
                   "Graphs=2026-11-01,Arrays=2026-11-09,Dynamic programming=2026-11-09");
  g_clear_pointer (&text, g_free);

  /* A failure half-way (the first date written, its link to another round
   * refused) changes no date. */
  {
    g_autoptr(ClRound) other = add_round (fixture, app);
    g_autoptr(ClRound) copy = cl_round_copy (other);

    g_object_set (copy, "scheduled-at", CL_TEST_NOW + 20 * 24 * 3600, NULL);
    g_assert_true (cl_round_store_update_round (rounds, copy, &error));
    g_assert_no_error (error);
    g_free (before);
    before = cl_test_dump_database (fixture->base.database);
    cl_test_fail_on (fixture->base.database, "INSERT", "objective_rounds");
    g_assert_false (cl_prep_store_plan_for_round (fixture->store, copy, objectives, 3, FALSE,
                                                  &error));
  }
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);
  text = dated_titles (fixture);
  g_assert_cmpstr (text, ==,
                   "Graphs=2026-11-01,Arrays=2026-11-09,Dynamic programming=2026-11-09");
}

/* "key:state:count:objective" of @application_id's terms; fails on error. */
static char *
keywords_text (Fixture *fixture,
               gint64   application_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) keywords = cl_prep_store_get_keyword_states (fixture->store, application_id,
                                                                  &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < keywords->len; i++)
    {
      ClFoundKeyword *keyword = &g_array_index (keywords, ClFoundKeyword, i);

      g_string_append_printf (out, "%s%s:%d:%u:%" G_GINT64_FORMAT, i > 0 ? ";" : "",
                              keyword->term_key, (int) keyword->state, keyword->count,
                              keyword->objective_id);
    }
  return g_string_free (out, FALSE);
}

static void
test_keywords (Fixture      *fixture,
               gconstpointer data)
{
  ClPipelineStore *pipeline = cl_context_get_pipeline_store (fixture->base.context);
  gint64           app = cl_application_get_id (cl_test_add_application (pipeline, "Acme AI",
                                                                         "Applied Scientist", 0));
  g_autoptr(GString) signalled = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  ClObjective     *objective;

  g_signal_connect (fixture->store, "application-objectives-changed",
                    G_CALLBACK (record_application_cb), signalled);

  g_assert_true (cl_prep_store_set_keyword_state (fixture->store, app, "ml.transformers",
                                                  CL_KEYWORD_STATE_PROPOSED, 3, &error));
  g_assert_true (cl_prep_store_set_keyword_state (fixture->store, app, "coding.graphs",
                                                  CL_KEYWORD_STATE_PROPOSED, 1, &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ";%" G_GINT64_FORMAT ";", app, app);
  g_assert_cmpstr (signalled->str, ==, expected);
  g_clear_pointer (&expected, g_free);
  /* Dismissed, found once more. */
  g_assert_true (cl_prep_store_set_keyword_state (fixture->store, app, "coding.graphs",
                                                  CL_KEYWORD_STATE_DISMISSED, 2, &error));
  g_assert_no_error (error);
  text = keywords_text (fixture, app);
  g_assert_cmpstr (text, ==, "coding.graphs:2:2:0;ml.transformers:0:3:0");
  g_clear_pointer (&text, g_free);

  /* Refused: no such application, no key; nothing changed. */
  before = cl_test_dump_database (fixture->base.database);
  g_assert_false (cl_prep_store_set_keyword_state (fixture->store, 999, "ml.rag",
                                                   CL_KEYWORD_STATE_PROPOSED, 1, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "This application no longer exists.");
  g_clear_error (&error);
  g_assert_false (cl_prep_store_set_keyword_state (fixture->store, app, "",
                                                   CL_KEYWORD_STATE_PROPOSED, 1, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(ClObjective) bad = cl_objective_new (CL_PREP_DOMAIN_ML_FUNDAMENTALS, "Attention");

    /* Failing after the objective is added adds neither. */
    cl_test_fail_on (fixture->base.database, "UPDATE", "application_keywords");
    g_assert_false (cl_prep_store_accept_keyword (fixture->store, app, "ml.transformers", 0, bad,
                                                  &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    g_assert_cmpint (cl_objective_get_id (bad), ==, 0);
    g_assert_null (cl_objective_get_term_key (bad));
  }
  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);

  /* Accepting: the objective (with the term's key, linked to the
   * application) and the state, at once; the count stays. */
  objective = cl_objective_new (CL_PREP_DOMAIN_ML_FUNDAMENTALS, "Transformers and attention");
  g_assert_true (cl_prep_store_accept_keyword (fixture->store, app, "ml.transformers", 0, objective,
                                               &error));
  g_assert_no_error (error);
  g_assert_true (cl_prep_store_find_objective (fixture->store, cl_objective_get_id (objective)) ==
                 objective);
  g_object_unref (objective);
  g_assert_cmpstr (cl_objective_get_term_key (objective), ==, "ml.transformers");
  g_assert_cmpint (cl_test_objective_application (fixture->store, cl_objective_get_id (objective)),
                   ==, app);
  text = keywords_text (fixture, app);
  expected = g_strdup_printf ("coding.graphs:2:2:0;ml.transformers:1:3:%" G_GINT64_FORMAT,
                              cl_objective_get_id (objective));
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);

  /* A new term accepted at once counts once; a later count keeps the
   * objective; deleting the objective leaves the term accepted, without it. */
  {
    g_autoptr(ClObjective) rag = cl_objective_new (CL_PREP_DOMAIN_ML_SYSTEM_DESIGN, "RAG");

    g_object_set (rag, "term-key", "ml.rag-own", NULL);
    g_assert_true (cl_prep_store_accept_keyword (fixture->store, app, "ml.rag", 3, rag, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (cl_objective_get_term_key (rag), ==, "ml.rag-own");
  }
  g_assert_true (cl_prep_store_set_keyword_state (fixture->store, app, "ml.transformers",
                                                  CL_KEYWORD_STATE_ACCEPTED, 5, &error));
  g_assert_true (cl_prep_store_delete_objective (fixture->store, objective, &error));
  g_assert_no_error (error);
  text = keywords_text (fixture, app);
  g_assert_nonnull (strstr (text, ";ml.rag:1:3:"));
  g_assert_true (g_str_has_suffix (text, ";ml.transformers:1:5:0"));
  g_clear_pointer (&text, g_free);
  text = keywords_text (fixture, 999);
  g_assert_cmpstr (text, ==, "");

  g_signal_handlers_disconnect_by_data (fixture->store, signalled);
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
  ADD ("validate-before-sql", test_validate_before_sql);
  ADD ("links", test_links);
  ADD ("update", test_update);
  ADD ("copy", test_copy);
  ADD ("domain-change-unreferenced", test_domain_change_unreferenced);
  ADD ("count", test_count);
  ADD ("delete", test_delete);
  ADD ("rollback", test_rollback);
  ADD ("reload", test_reload);
  ADD ("progress", test_progress);
  ADD ("plan-for-round", test_plan_for_round);
  ADD ("keywords", test_keywords);

#undef ADD

  return g_test_run ();
}
