/* test-application-record.c — what the application page keeps: red flags,
 * journal, rounds' interviewers and order, deleting with Undo, description,
 * history and referral
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cl-test-util.h"

typedef struct
{
  ClTestFixture    base;
  ClPipelineStore *pipeline;
  ClApplication   *app; /* in the first stage, with another card after it */
  ClApplication   *after;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->pipeline = cl_context_get_pipeline_store (fixture->base.context);
  fixture->app = cl_test_add_application (fixture->pipeline, "Acme AI", "ML Engineer", 0);
  fixture->after = cl_test_add_application (fixture->pipeline, "Beta", "Data Scientist", 0);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  cl_test_fixture_teardown (&fixture->base);
}

static gint64
app_id (Fixture *fixture)
{
  return cl_application_get_id (fixture->app);
}

static ClRound *
add_round (Fixture    *fixture,
           ClRoundKind kind,
           const char *title)
{
  g_autoptr(GError) error = NULL;
  ClRound *round = cl_round_new (app_id (fixture), kind);

  g_object_set (round, "title", title, NULL);
  g_assert_true (cl_round_store_add_round (cl_context_get_round_store (fixture->base.context),
                                           round, &error));
  g_assert_no_error (error);
  return round;
}

static char *
round_titles (Fixture *fixture)
{
  return cl_test_query_text (fixture->base.database,
                             "SELECT position, title FROM interview_rounds ORDER BY position");
}

/* Red flags ------------------------------------------------------------------ */

static void
on_changed (gpointer instance,
            gint64   application_id,
            gpointer user_data)
{
  g_array_append_val ((GArray *) user_data, application_id);
}

static void
test_red_flags (Fixture      *fixture,
                gconstpointer data)
{
  ClRedFlagStore *store = cl_context_get_red_flag_store (fixture->base.context);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GArray) signalled = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(ClRedFlag) ghosting = NULL;
  g_autoptr(ClRedFlag) own = cl_red_flag_new (app_id (fixture), CL_RED_FLAG_KIND_OTHER,
                                               "  No office visit  ");
  g_autoptr(ClRedFlag) second = cl_red_flag_new (app_id (fixture), CL_RED_FLAG_KIND_OTHER,
                                                  "Salary only after the final round");
  g_autofree char *rows = NULL;

  g_signal_connect (store, "flags-changed", G_CALLBACK (on_changed), signalled);

  /* The whole checklist, nothing stored yet. */
  list = cl_red_flag_store_list_for_application (store, app_id (fixture), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, CL_RED_FLAG_KIND_OTHER);
  for (guint i = 0; i < CL_RED_FLAG_KIND_OTHER; i++)
    {
      g_autoptr(ClRedFlag) flag = g_list_model_get_item (list, i);

      g_assert_cmpint (cl_red_flag_get_kind (flag), ==, i);
      g_assert_cmpint (cl_red_flag_get_id (flag), ==, 0);
      g_assert_false (cl_red_flag_get_checked (flag));
      g_assert_cmpstr (cl_red_flag_get_title (flag), ==, cl_red_flag_kind_get_label (i));
    }

  /* Checking one stores it; the card counts it. */
  ghosting = g_list_model_get_item (list, CL_RED_FLAG_KIND_GHOSTING);
  g_object_set (ghosting, "checked", TRUE, "note", "Three weeks of silence", NULL);
  g_assert_true (cl_red_flag_store_save_flag (store, ghosting, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_red_flag_get_id (ghosting), >, 0);
  g_assert_cmpuint (cl_application_get_red_flag_count (fixture->app), ==, 1);
  g_assert_cmpuint (signalled->len, ==, 1);
  g_assert_cmpint (g_array_index (signalled, gint64, 0), ==, app_id (fixture));

  /* Any number of one's own, trimmed. */
  g_assert_true (cl_red_flag_store_save_flag (store, own, &error));
  g_assert_true (cl_red_flag_store_save_flag (store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_application_get_red_flag_count (fixture->app), ==, 3);
  g_assert_cmpstr (cl_red_flag_get_label (own), ==, "No office visit");

  /* Unchecked, a listed flag keeps its note and leaves the badge. */
  g_object_set (ghosting, "checked", FALSE, NULL);
  g_assert_true (cl_red_flag_store_save_flag (store, ghosting, &error));
  g_assert_cmpuint (cl_application_get_red_flag_count (fixture->app), ==, 2);
  rows = cl_test_query_text (fixture->base.database,
                             "SELECT kind, label, checked, note FROM red_flags ORDER BY id");
  g_assert_cmpstr (rows, ==,
                   "ghosting|NULL|0|Three weeks of silence\n"
                   "other|No office visit|1|NULL\n"
                   "other|Salary only after the final round|1|NULL\n");

  /* Read again: listed kinds in order, then one's own as added. */
  g_clear_object (&list);
  list = cl_red_flag_store_list_for_application (store, app_id (fixture), &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, CL_RED_FLAG_KIND_OTHER + 2);
  {
    g_autoptr(ClRedFlag) read = g_list_model_get_item (list, CL_RED_FLAG_KIND_GHOSTING);
    g_autoptr(ClRedFlag) last = g_list_model_get_item (list, CL_RED_FLAG_KIND_OTHER + 1);

    g_assert_cmpstr (cl_red_flag_get_note (read), ==, "Three weeks of silence");
    g_assert_false (cl_red_flag_get_checked (read));
    g_assert_cmpstr (cl_red_flag_get_title (last), ==, "Salary only after the final round");
  }

  /* A listed flag is unchecked, never deleted; one's own goes. */
  g_assert_false (cl_red_flag_store_delete_flag (store, ghosting, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (cl_red_flag_store_delete_flag (store, own, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_application_get_red_flag_count (fixture->app), ==, 1);
  g_assert_false (cl_red_flag_store_delete_flag (store, own, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);

  g_signal_handlers_disconnect_by_data (store, signalled);
}

/* Journal --------------------------------------------------------------------- */

static void
test_journal (Fixture      *fixture,
              gconstpointer data)
{
  ClJournalStore *store = cl_context_get_journal_store (fixture->base.context);
  ClPrepStore    *prep = cl_context_get_prep_store (fixture->base.context);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) signalled = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(ClRound) onsite = add_round (fixture, CL_ROUND_KIND_ML_SYSTEM_DESIGN, "Design");
  const char *lesson = "  Review feature stores\nand online serving  ";
  g_autoptr(ClJournalEntry) older = cl_journal_entry_new (
    app_id (fixture), CL_JOURNAL_KIND_FEEDBACK, "Strong on retrieval", CL_TEST_NOW - 86400);
  g_autoptr(ClJournalEntry) newer =
               cl_journal_entry_new (app_id (fixture), CL_JOURNAL_KIND_LESSON, lesson, CL_TEST_NOW);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_signal_connect (store, "entries-changed", G_CALLBACK (on_changed), signalled);

  g_object_set (older, "round-id", cl_round_get_id (onsite), NULL);
  g_assert_true (cl_journal_store_add_entry (store, older, &error));
  g_assert_true (cl_journal_store_add_entry (store, newer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (signalled->len, ==, 2);

  /* Newest first, the body trimmed but its lines kept. */
  list = cl_journal_store_list_for_application (store, app_id (fixture), &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(ClJournalEntry) first = g_list_model_get_item (list, 0);
    g_autoptr(ClJournalEntry) second = g_list_model_get_item (list, 1);

    g_assert_cmpstr (cl_journal_entry_get_body (first), ==,
                     "Review feature stores\nand online serving");
    g_assert_cmpint (cl_journal_entry_get_round_id (second), ==, cl_round_get_id (onsite));
  }

  /* Tied to a round of another application: refused, nothing saved. */
  {
    g_autoptr(ClJournalEntry) copy = cl_journal_entry_copy (newer);
    g_autoptr(ClRound) foreign = cl_round_new (cl_application_get_id (fixture->after),
                                                CL_ROUND_KIND_CODING);

    g_assert_true (cl_round_store_add_round (cl_context_get_round_store (fixture->base.context),
                                             foreign, &error));
    before = cl_test_dump_database (fixture->base.database);
    g_object_set (copy, "round-id", cl_round_get_id (foreign), NULL);
    g_assert_false (cl_journal_store_update_entry (store, copy, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    after = cl_test_dump_database (fixture->base.database);
    g_assert_cmpstr (before, ==, after);
    g_clear_pointer (&before, g_free);
    g_clear_pointer (&after, g_free);
  }

  /* Edited through a copy. */
  {
    g_autoptr(ClJournalEntry) copy = cl_journal_entry_copy (older);
    g_autofree char *body = NULL;

    g_object_set (copy, "body", "Strong on retrieval; weak on ranking metrics", NULL);
    g_assert_true (cl_journal_store_update_entry (store, copy, &error));
    g_assert_no_error (error);
    body = cl_test_query_text (fixture->base.database,
                               "SELECT body FROM journal_entries WHERE kind = 'feedback'");

    g_assert_cmpstr (body, ==, "Strong on retrieval; weak on ranking metrics\n");
  }

  /* "Make a learning objective…": the objective, linked both ways, at once. */
  {
    const char *title = "Feature stores and online serving";
    g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_ML_SYSTEM_DESIGN, title);
    ClObjective *shared;

    g_assert_true (cl_journal_store_make_objective (store, newer, objective, &error));
    g_assert_no_error (error);
    g_assert_cmpint (cl_journal_entry_get_objective_id (newer), >, 0);
    shared = cl_prep_store_find_objective (prep, cl_journal_entry_get_objective_id (newer));
    g_assert_nonnull (shared);
    g_assert_cmpstr (cl_objective_get_title (shared), ==, "Feature stores and online serving");
    g_assert_cmpint (cl_objective_get_domain (shared), ==, CL_PREP_DOMAIN_ML_SYSTEM_DESIGN);
    g_assert_cmpint (cl_test_objective_application (prep, cl_objective_get_id (shared)), ==,
                     app_id (fixture));
  }

  /* A failure half-way saves neither the objective nor the link. */
  {
    g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, "Graphs");

    before = cl_test_dump_database (fixture->base.database);
    cl_test_fail_on (fixture->base.database, "UPDATE", "journal_entries");
    g_assert_false (cl_journal_store_make_objective (store, older, objective, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    after = cl_test_dump_database (fixture->base.database);
    g_assert_cmpstr (before, ==, after);
    g_assert_cmpint (cl_journal_entry_get_objective_id (older), ==, 0);
    g_clear_pointer (&before, g_free);
    g_clear_pointer (&after, g_free);
  }

  /* Deleted, then back exactly. */
  before = cl_test_dump_database (fixture->base.database);
  g_assert_true (cl_journal_store_delete_entry (store, newer, &deletion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM journal_entries"),
                   ==, 1);
  g_assert_true (cl_journal_store_undo_delete (store, deletion, &error));
  g_assert_no_error (error);
  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);

  g_signal_handlers_disconnect_by_data (store, signalled);
}

/* Rounds --------------------------------------------------------------------- */

static void
test_rounds (Fixture      *fixture,
             gconstpointer data)
{
  ClRoundStore   *store = cl_context_get_round_store (fixture->base.context);
  ClContactStore *contacts = cl_context_get_contact_store (fixture->base.context);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClRound) screen = add_round (fixture, CL_ROUND_KIND_RECRUITER, "Screen");
  g_autoptr(ClRound) coding = add_round (fixture, CL_ROUND_KIND_CODING, "Coding");
  g_autoptr(ClRound) design = add_round (fixture, CL_ROUND_KIND_ML_SYSTEM_DESIGN, "Design");
  ClContact *zoe = cl_test_add_contact (contacts, "Zoë Müller", "Acme AI");
  ClContact *ana = cl_test_add_contact (contacts, "Ana Costa", NULL);
  gint64     ids[] = { cl_contact_get_id (zoe), cl_contact_get_id (ana) };
  g_autoptr(GArray) interviewers = NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  g_autofree char *order = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* Reordered: the others shift, positions stay dense. */
  g_assert_true (cl_round_store_move_round (store, design, 0, &error));
  g_assert_no_error (error);
  order = round_titles (fixture);
  g_assert_cmpstr (order, ==, "0|Design\n1|Screen\n2|Coding\n");
  g_clear_pointer (&order, g_free);
  g_assert_true (cl_round_store_move_round (store, design, 99, &error));
  order = round_titles (fixture);
  g_assert_cmpstr (order, ==, "0|Screen\n1|Coding\n2|Design\n");
  g_clear_pointer (&order, g_free);
  g_assert_cmpuint (cl_round_get_position (design), ==, 2);

  /* Interviewers, by name; the card names them. */
  g_assert_true (cl_round_store_set_interviewers (store, coding, ids, G_N_ELEMENTS (ids), &error));
  g_assert_no_error (error);
  interviewers = cl_round_store_get_interviewers (store, cl_round_get_id (coding), &error);
  g_assert_cmpuint (interviewers->len, ==, 2);
  g_assert_cmpint (g_array_index (interviewers, gint64, 0), ==, cl_contact_get_id (ana));
  g_assert_cmpint (g_array_index (interviewers, gint64, 1), ==, cl_contact_get_id (zoe));
  g_assert_nonnull (strstr (cl_application_get_contact_names (fixture->app), "Zoë Müller"));

  /* An unknown contact: refused, the interviewers as they were. */
  {
    gint64 bad[] = { cl_contact_get_id (ana), 9999 };

    before = cl_test_dump_database (fixture->base.database);
    g_assert_false (cl_round_store_set_interviewers (store, coding, bad, 2, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    after = cl_test_dump_database (fixture->base.database);
    g_assert_cmpstr (before, ==, after);
    g_clear_pointer (&before, g_free);
    g_clear_pointer (&after, g_free);
  }

  /* Deleted with its interviewers; Undo brings back all, in its place. */
  {
    g_autoptr(ClJournalEntry) entry = NULL;

    entry = cl_journal_entry_new (app_id (fixture), CL_JOURNAL_KIND_FEEDBACK,
                                  "Two graph problems", CL_TEST_NOW);

    g_object_set (entry, "round-id", cl_round_get_id (coding), NULL);
    g_assert_true (cl_journal_store_add_entry (cl_context_get_journal_store (fixture->base.context),
                                               entry, &error));
  }
  before = cl_test_dump_database (fixture->base.database);
  g_assert_true (cl_round_store_delete_round (store, coding, &deletion, &error));
  g_assert_no_error (error);
  order = round_titles (fixture);
  g_assert_cmpstr (order, ==, "0|Screen\n1|Design\n");
  g_clear_pointer (&order, g_free);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM round_interviewers"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM journal_entries"
                                        " WHERE round_id IS NULL"),
                   ==, 1);
  g_assert_null (strstr (cl_application_get_contact_names (fixture->app) != NULL
                           ? cl_application_get_contact_names (fixture->app)
                           : "",
                         "Zoë"));
  g_assert_true (cl_round_store_undo_delete (store, deletion, &error));
  g_assert_no_error (error);
  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);
  g_assert_nonnull (strstr (cl_application_get_contact_names (fixture->app), "Zoë Müller"));
  (void) screen;
}

/* Deleting an application --------------------------------------------------- */

static char *
board (Fixture *fixture)
{
  GListModel *apps = cl_pipeline_store_get_stage_applications (
    fixture->pipeline, cl_application_get_stage_id (fixture->after));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (apps); i++)
    {
      g_autoptr(ClApplication) app = g_list_model_get_item (apps, i);

      g_string_append_printf (text, "%s/%u ", cl_application_get_company_name (app),
                              cl_application_get_position (app));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_delete (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(ClRound) round = add_round (fixture, CL_ROUND_KIND_CODING, "Coding");
  ClContact *ana = cl_test_add_contact (cl_context_get_contact_store (fixture->base.context),
                                        "Ana Costa", NULL);
  g_autoptr(ClRedFlag) flag = cl_red_flag_new (app_id (fixture), CL_RED_FLAG_KIND_OVERWORK, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *shown = NULL;
  gint64           id = app_id (fixture);

  g_assert_true (cl_red_flag_store_save_flag (cl_context_get_red_flag_store (fixture->base.context),
                                              flag, &error));
  g_assert_true (cl_pipeline_store_set_referral (fixture->pipeline, fixture->app,
                                                 cl_contact_get_id (ana),
                                                 CL_REFERRAL_STATUS_SUBMITTED, &error));
  g_assert_no_error (error);
  cl_test_exec (fixture->base.database,
                "INSERT INTO offers (application_id, base_salary, currency, received_at)"
                " VALUES (1, 180000, 'EUR', 1)");
  shown = board (fixture);
  g_assert_cmpstr (shown, ==, "Acme AI/0 Beta/1 ");
  g_clear_pointer (&shown, g_free);

  before = cl_test_dump_database (fixture->base.database);
  g_assert_true (cl_pipeline_store_delete_application (fixture->pipeline, fixture->app, &deletion,
                                                       &error));
  g_assert_no_error (error);
  g_assert_null (cl_pipeline_store_find_application (fixture->pipeline, id));
  shown = board (fixture);
  g_assert_cmpstr (shown, ==, "Beta/0 ");
  g_clear_pointer (&shown, g_free);
  for (guint i = 0; i < 5; i++)
    {
      const char      *tables[] = { "interview_rounds", "red_flags", "referrals", "offers",
                                    "stage_history" };
      g_autofree char *sql =
        g_strdup_printf ("SELECT count(*) FROM %s WHERE application_id = %" G_GINT64_FORMAT,
                         tables[i], id);

      g_assert_cmpint (cl_test_query_int64 (fixture->base.database, sql), ==, 0);
    }

  /* Undo: every row back, the card where it was, its facts too. */
  g_assert_true (cl_pipeline_store_undo_delete (fixture->pipeline, deletion, &error));
  g_assert_no_error (error);
  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);
  shown = board (fixture);
  g_assert_cmpstr (shown, ==, "Acme AI/0 Beta/1 ");
  g_clear_pointer (&shown, g_free);
  {
    ClApplication *back = cl_pipeline_store_find_application (fixture->pipeline, id);

    g_assert_nonnull (back);
    g_assert_cmpuint (cl_application_get_red_flag_count (back), ==, 1);
    g_assert_cmpint (cl_application_get_referral_status (back), ==, CL_REFERRAL_STATUS_SUBMITTED);
  }

  /* Undo twice: refused, nothing changed. */
  g_assert_false (cl_pipeline_store_undo_delete (fixture->pipeline, deletion, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);

  /* An archived application too, and it stays archived. */
  {
    /* Archived, it leaves the board's models: keep it. */
    g_autoptr(ClApplication) beta = g_object_ref (fixture->after);
    gint64 beta_id = cl_application_get_id (beta);
    g_autoptr(ClDeletion) archived = NULL;

    g_assert_true (cl_pipeline_store_archive_application (fixture->pipeline, beta, &error));
    g_clear_pointer (&before, g_free);
    before = cl_test_dump_database (fixture->base.database);
    g_assert_true (cl_pipeline_store_delete_application (fixture->pipeline, beta, &archived,
                                                         &error));
    g_assert_no_error (error);
    g_assert_true (cl_pipeline_store_undo_delete (fixture->pipeline, archived, &error));
    g_assert_no_error (error);
    g_clear_pointer (&after, g_free);
    after = cl_test_dump_database (fixture->base.database);
    g_assert_cmpstr (before, ==, after);
    g_assert_null (cl_pipeline_store_find_application (fixture->pipeline, beta_id));
  }
  (void) round;
}

/* A stage got shorter meanwhile: the card comes back last, positions dense. */
static void
test_delete_stage_shorter (Fixture      *fixture,
                           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  g_autofree char *shown = NULL;

  g_assert_true (cl_pipeline_store_delete_application (fixture->pipeline, fixture->after,
                                                       &deletion, &error));
  g_assert_true (cl_pipeline_store_archive_application (fixture->pipeline, fixture->app, &error));
  g_assert_true (cl_pipeline_store_undo_delete (fixture->pipeline, deletion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT position FROM applications WHERE role ="
                                        " 'Data Scientist'"),
                   ==, 0);
}

/* Description, history, referral ---------------------------------------------- */

static void
test_record (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  const char      *pasted = "  About the role\r\n\r\n\t• Ship models\n  ";
  g_autofree char *read = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *huge = g_strnfill (100001, 'x');
  g_autoptr(GArray) history = NULL;
  GListModel *stages = cl_pipeline_store_get_stages (fixture->pipeline);
  g_autoptr(ClStage) second = g_list_model_get_item (stages, 1);
  gint64           first_stage = cl_application_get_stage_id (fixture->app);
  gint64           contact = -1;
  ClReferralStatus status = CL_REFERRAL_STATUS_ASKED;
  ClContact       *ana = cl_test_add_contact (cl_context_get_contact_store (fixture->base.context),
                                              "Ana Costa", NULL);
  ClContact       *ben = cl_test_add_contact (cl_context_get_contact_store (fixture->base.context),
                                              "Ben Smith", NULL);

  /* The description, exactly as pasted. */
  read = cl_pipeline_store_get_description (fixture->pipeline, fixture->app, &error);
  g_assert_no_error (error);
  g_assert_null (read);
  g_assert_true (cl_pipeline_store_set_description (fixture->pipeline, fixture->app, pasted,
                                                    &error));
  g_assert_no_error (error);
  read = cl_pipeline_store_get_description (fixture->pipeline, fixture->app, &error);
  g_assert_cmpstr (read, ==, pasted);

  /* Refused whole: too long, bad bytes, control characters. */
  before = cl_test_dump_database (fixture->base.database);
  g_assert_false (cl_pipeline_store_set_description (fixture->pipeline, fixture->app, huge,
                                                     &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_TOO_LONG);
  g_clear_error (&error);
  g_assert_false (cl_pipeline_store_set_description (fixture->pipeline, fixture->app,
                                                     "Role\xc3\x28", &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (cl_pipeline_store_set_description (fixture->pipeline, fixture->app,
                                                     "Bell\a", &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_FORMAT);
  g_clear_error (&error);
  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);

  /* Emptied: none. */
  g_assert_true (cl_pipeline_store_set_description (fixture->pipeline, fixture->app, "", &error));
  g_clear_pointer (&read, g_free);
  read = cl_pipeline_store_get_description (fixture->pipeline, fixture->app, &error);
  g_assert_null (read);

  /* History, oldest first. */
  cl_clock_set (fixture->base.clock, CL_TEST_NOW + 3600);
  g_assert_true (cl_pipeline_store_move_application (fixture->pipeline, fixture->app,
                                                     cl_stage_get_id (second), 0, NULL, &error));
  g_assert_no_error (error);
  history = cl_pipeline_store_get_history (fixture->pipeline, app_id (fixture), &error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpint (g_array_index (history, ClHistoryStep, 0).from_stage_id, ==, 0);
  g_assert_cmpint (g_array_index (history, ClHistoryStep, 0).to_stage_id, ==, first_stage);
  g_assert_cmpint (g_array_index (history, ClHistoryStep, 1).from_stage_id, ==, first_stage);
  g_assert_cmpint (g_array_index (history, ClHistoryStep, 1).to_stage_id, ==,
                   cl_stage_get_id (second));
  g_assert_cmpint (g_array_index (history, ClHistoryStep, 1).moved_at, ==, CL_TEST_NOW + 3600);

  /* The referral: none, then the latest asked. */
  g_assert_false (cl_pipeline_store_get_referral (fixture->pipeline, fixture->app, &contact,
                                                  &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (contact, ==, 0);
  g_assert_cmpint (status, ==, CL_REFERRAL_STATUS_NONE);
  g_assert_true (cl_pipeline_store_set_referral (fixture->pipeline, fixture->app,
                                                 cl_contact_get_id (ana), CL_REFERRAL_STATUS_ASKED,
                                                 &error));
  cl_clock_set (fixture->base.clock, CL_TEST_NOW + 7200);
  g_assert_true (cl_pipeline_store_set_referral (fixture->pipeline, fixture->app,
                                                 cl_contact_get_id (ben), CL_REFERRAL_STATUS_AGREED,
                                                 &error));
  g_assert_true (cl_pipeline_store_get_referral (fixture->pipeline, fixture->app, &contact,
                                                 &status, &error));
  g_assert_cmpint (contact, ==, cl_contact_get_id (ben));
  g_assert_cmpint (status, ==, CL_REFERRAL_STATUS_AGREED);
}

/* One referrer, replaced in one transaction, someone new added with it. */
static void
test_referrer (Fixture      *fixture,
               gconstpointer data)
{
  ClContactStore *contacts = cl_context_get_contact_store (fixture->base.context);
  g_autoptr(GError) error = NULL;
  ClContact *ana = cl_test_add_contact (contacts, "Ana Costa", NULL);
  g_autoptr(ClContact) newcomer = cl_contact_new ("Dev Patel");
  g_autoptr(ClContact) refused = cl_contact_new ("Eve Stone");
  g_autofree char *rows = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (cl_pipeline_store_set_referrer (fixture->pipeline, fixture->app, contacts, ana,
                                                 CL_REFERRAL_STATUS_ASKED, &error));
  g_assert_no_error (error);
  g_assert_true (cl_pipeline_store_set_referrer (fixture->pipeline, fixture->app, contacts,
                                                 newcomer, CL_REFERRAL_STATUS_AGREED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_contact_get_id (newcomer), >, 0);
  rows = cl_test_query_text (fixture->base.database,
                             "SELECT c.name, r.status FROM referrals r"
                             " JOIN contacts c ON c.id = r.contact_id");
  g_assert_cmpstr (rows, ==, "Dev Patel|agreed\n");
  g_assert_cmpint (cl_application_get_referral_status (fixture->app), ==,
                   CL_REFERRAL_STATUS_AGREED);

  /* A failure keeps the old referrer and adds no contact. */
  before = cl_test_dump_database (fixture->base.database);
  cl_test_fail_on (fixture->base.database, "INSERT", "referrals");
  g_assert_false (cl_pipeline_store_set_referrer (fixture->pipeline, fixture->app, contacts,
                                                  refused, CL_REFERRAL_STATUS_ASKED, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);

  /* None: every referral goes. */
  g_assert_true (cl_pipeline_store_set_referrer (fixture->pipeline, fixture->app, contacts, NULL,
                                                 CL_REFERRAL_STATUS_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM referrals"),
                   ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/application-record/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("red-flags", test_red_flags);
  ADD ("journal", test_journal);
  ADD ("rounds", test_rounds);
  ADD ("delete", test_delete);
  ADD ("delete-stage-shorter", test_delete_stage_shorter);
  ADD ("record", test_record);
  ADD ("referrer", test_referrer);
#undef ADD

  return g_test_run ();
}
