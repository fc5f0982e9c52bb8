/* test-deletion.c — deletes captured and put back exactly, through the schema's keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-context.h"
#include "cl-deletion-private.h"
#include "cl-statement.h"
#include "cl-test-util.h"
#include "cl-transaction.h"

typedef struct
{
  ClTestFixture    base;
  ClDatabase      *db;
  ClPipelineStore *pipeline;
  ClTestChanges    changes;

  /* The application to delete, with something in every table that depends
   * on it, and another one beside it. */
  gint64           app;
  gint64           other_app;
  gint64           stage;
  gint64           ana;   /* contact: interviewer, referrer */
  gint64           ben;   /* contact: interviewer only */
  gint64           round; /* with two interviewers, a journal entry, a reminder */
  gint64           other_round;
  gint64           journal; /* tied to round */
  gint64           offer;
  gint64           leverage_offer;
  gint64           other_offer;   /* of other_app, whose plan uses offer as leverage */
  gint64           interaction;   /* of ana, about app (SET NULL) */
  gint64           objective;     /* from app (SET NULL) */
  gint64           both_reminder; /* of app and of round: two paths */
  guint            n_rows;        /* rows that deleting app removes */
} Fixture;

/* Runs printf-formatted SQL, which must succeed; the id of the last row. */
G_GNUC_PRINTF (2, 3)
static gint64
exec (Fixture    *fixture,
      const char *format,
      ...)
{
  g_autofree char *sql = NULL;
  va_list          args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);

  if (cl_test_exec (fixture->db, sql) != SQLITE_OK)
    g_error ("“%s” failed: %s", sql, sqlite3_errmsg (cl_database_get_handle (fixture->db)));
  return sqlite3_last_insert_rowid (cl_database_get_handle (fixture->db));
}

G_GNUC_PRINTF (2, 3)
static gint64
query (Fixture    *fixture,
       const char *format,
       ...)
{
  g_autofree char *sql = NULL;
  va_list          args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  return cl_test_query_int64 (fixture->db, sql);
}

static gint64
add_application (Fixture    *fixture,
                 const char *company,
                 gint64      stage_id)
{
  return cl_application_get_id (cl_test_add_application (fixture->pipeline, company,
                                                         "Machine Learning Engineer", stage_id));
}

static gint64
add_round (Fixture    *fixture,
           gint64      application_id,
           const char *title)
{
  g_autoptr(ClRound) round = cl_round_new (application_id, CL_ROUND_KIND_CODING);
  g_autoptr(GError) error = NULL;

  g_object_set (round, "title", title, "scheduled-at", CL_TEST_NOW + 86400, NULL);
  g_assert_true (cl_round_store_add_round (cl_context_get_round_store (fixture->base.context),
                                           round, &error));
  g_assert_no_error (error);
  return cl_round_get_id (round);
}

static gint64
add_offer (Fixture *fixture,
           gint64   application_id,
           gint64   base_salary)
{
  g_autoptr(ClOffer) offer = cl_offer_new (application_id, base_salary, "EUR");
  g_autoptr(GError) error = NULL;

  g_object_set (offer, "bonus-basis-points", (gint64) 1250, NULL);
  g_assert_true (cl_offer_store_add_offer (cl_context_get_offer_store (fixture->base.context),
                                           offer, &error));
  g_assert_no_error (error);
  return cl_offer_get_id (offer);
}

/* An objective preparing for @application_id, or for none (0). */
static gint64
add_objective (Fixture    *fixture,
               const char *title,
               gint64      application_id)
{
  ClPrepStore *store = cl_context_get_prep_store (fixture->base.context);
  g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, title);
  g_autoptr(GError) error = NULL;

  if (application_id != 0)
    g_assert_true (cl_prep_store_add_objective_for_application (store, objective, application_id,
                                                                &error));
  else
    g_assert_true (cl_prep_store_add_objective (store, objective, &error));
  g_assert_no_error (error);
  return cl_objective_get_id (objective);
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  ClContactStore *contacts;
  ClApplication  *application;
  gint64          second_stage;
  gint64          plan;
  gint64          reminder;
  gint64          n_history;
  g_autoptr(GError) error = NULL;

  cl_test_fixture_setup (&fixture->base);
  fixture->db = fixture->base.database;
  fixture->pipeline = cl_context_get_pipeline_store (fixture->base.context);
  contacts = cl_context_get_contact_store (fixture->base.context);

  fixture->stage = query (fixture, "SELECT id FROM stages WHERE archived = 0 ORDER BY position");
  second_stage = query (fixture, "SELECT id FROM stages WHERE archived = 0"
                                 " ORDER BY position LIMIT 1 OFFSET 1");
  fixture->other_app = add_application (fixture, "Tensor Labs", fixture->stage);
  fixture->app = add_application (fixture, "Acme AI", fixture->stage);
  /* Two moves: stage history, and the card ends last of the first stage. */
  application = cl_pipeline_store_find_application (fixture->pipeline, fixture->app);
  g_assert_true (cl_pipeline_store_move_application (fixture->pipeline, application, second_stage,
                                                     0, NULL, &error));
  g_assert_true (cl_pipeline_store_move_application (fixture->pipeline, application,
                                                     fixture->stage, 99, NULL, &error));
  g_assert_no_error (error);
  /* Every storage class, in columns whose affinity keeps it as it is. */
  exec (fixture,
        "UPDATE applications SET description = X'00FF10', posted_level = '5', salary_min = 90000,"
        " notes = 'Ünïcode, \"quoted\"' WHERE id = %" G_GINT64_FORMAT,
        fixture->app);

  fixture->ana = cl_contact_get_id (cl_test_add_contact (contacts, "Ana", "Acme AI"));
  fixture->ben = cl_contact_get_id (cl_test_add_contact (contacts, "Ben", NULL));

  fixture->round = add_round (fixture, fixture->app, "Coding");
  fixture->other_round = add_round (fixture, fixture->app, "System design");
  exec (fixture,
        "INSERT INTO round_interviewers (round_id, contact_id) VALUES"
        " (%1$" G_GINT64_FORMAT ", %3$" G_GINT64_FORMAT "), (%1$" G_GINT64_FORMAT
        ", %4$" G_GINT64_FORMAT "), (%2$" G_GINT64_FORMAT ", %3$" G_GINT64_FORMAT ")",
        fixture->round, fixture->other_round, fixture->ana, fixture->ben);

  fixture->journal = exec (fixture,
                           "INSERT INTO journal_entries (application_id, round_id, written_at,"
                           " kind, body) VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                           ", 1793500000, 'feedback', 'Went well')",
                           fixture->app, fixture->round);
  exec (fixture,
        "INSERT INTO journal_entries (application_id, written_at, body)"
        " VALUES (%" G_GINT64_FORMAT ", 1793510000, 'Ask about the team')",
        fixture->app);

  application = cl_pipeline_store_find_application (fixture->pipeline, fixture->app);
  exec (fixture,
        "INSERT INTO red_flags (application_id, kind, label, note) VALUES"
        " (%1$" G_GINT64_FORMAT ", 'overwork', NULL, 'Weekend on-call'),"
        " (%1$" G_GINT64_FORMAT ", 'other', 'No office visit', NULL)",
        fixture->app);
  g_assert_true (cl_pipeline_store_set_referral (fixture->pipeline, application, fixture->ana,
                                                 CL_REFERRAL_STATUS_AGREED, &error));
  g_assert_no_error (error);
  exec (fixture,
        "INSERT INTO application_keywords (application_id, term_key, state, count) VALUES"
        " (%1$" G_GINT64_FORMAT ", 'ml.pytorch', 'accepted', 3),"
        " (%1$" G_GINT64_FORMAT ", 'coding.graphs', 'proposed', 1)",
        fixture->app);

  fixture->offer = add_offer (fixture, fixture->app, 150000);
  fixture->leverage_offer = add_offer (fixture, fixture->app, 140000);
  fixture->other_offer = add_offer (fixture, fixture->other_app, 130000);
  exec (fixture,
        "INSERT INTO vesting_years (offer_id, year, basis_points) VALUES"
        " (%1$" G_GINT64_FORMAT ", 1, 4000), (%1$" G_GINT64_FORMAT ", 2, 3350),"
        " (%1$" G_GINT64_FORMAT ", 3, 2650)",
        fixture->offer);
  plan = exec (fixture,
               "INSERT INTO negotiation_plans (offer_id, target_total, leverage_offer_id,"
               " talking_points) VALUES (%" G_GINT64_FORMAT ", 180000, %" G_GINT64_FORMAT
               ", 'Competing offer')",
               fixture->offer, fixture->leverage_offer);
  exec (fixture,
        "INSERT INTO negotiation_rounds (plan_id, happened_at, asked, outcome) VALUES"
        " (%1$" G_GINT64_FORMAT ", 1793400000, '+10k', 'improved'),"
        " (%1$" G_GINT64_FORMAT ", 1793450000, '+5k', 'unchanged')",
        plan);
  /* Another application's plan using this offer as leverage: SET NULL. */
  exec (fixture,
        "INSERT INTO negotiation_plans (offer_id, leverage_offer_id)"
        " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
        fixture->other_offer, fixture->offer);
  exec (fixture,
        "INSERT INTO market_ranges (source, currency, p50, offer_id) VALUES"
        " ('levels', 'EUR', 150000, %" G_GINT64_FORMAT "), ('survey', 'EUR', 120000, NULL)",
        fixture->offer);

  exec (fixture,
        "INSERT INTO reminders (kind, title, due_at, application_id, created_at)"
        " VALUES ('follow-up', 'Write to Acme', 1793600000, %" G_GINT64_FORMAT ", 1793500000)",
        fixture->app);
  fixture->both_reminder =
    exec (fixture,
          "INSERT INTO reminders (kind, title, due_at, application_id, round_id, created_at)"
          " VALUES ('interview', 'Coding round', 1793610000, %" G_GINT64_FORMAT
          ", %" G_GINT64_FORMAT ", 1793500000)",
          fixture->app, fixture->round);
  exec (fixture,
        "INSERT INTO reminders (kind, title, due_at, offer_id, created_at)"
        " VALUES ('offer-deadline', 'Answer Acme', 1793620000, %" G_GINT64_FORMAT
        ", 1793500000)",
        fixture->offer);
  reminder = exec (fixture,
                   "INSERT INTO reminders (kind, title, due_at, contact_id, created_at)"
                   " VALUES ('stay-in-touch', 'Coffee with Ana', 1793630000, %" G_GINT64_FORMAT
                   ", 1793500000)",
                   fixture->ana);
  g_assert_cmpint (reminder, >, 0);

  fixture->interaction = exec (fixture,
                               "INSERT INTO interactions (contact_id, application_id, occurred_at,"
                               " channel, summary) VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                               ", 1793300000, 'call', 'Intro')",
                               fixture->ana, fixture->app);
  exec (fixture,
        "INSERT INTO interactions (contact_id, application_id, occurred_at)"
        " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 1793300500)",
        fixture->ana, fixture->other_app);
  fixture->objective = add_objective (fixture, "Graph algorithms", fixture->app);
  add_objective (fixture, "Heaps", 0);
  exec (fixture,
        "UPDATE objectives SET hours_planned = 2.5 WHERE id = %" G_GINT64_FORMAT,
        fixture->objective);
  exec (fixture,
        "INSERT INTO resources (domain_id, objective_id, title) VALUES (1, %" G_GINT64_FORMAT
        ", 'Graph book')",
        fixture->objective);
  exec (fixture,
        "INSERT INTO accounts (uuid, site, username, application_id, created_at)"
        " VALUES ('6f1c4d2e-8a3b-4c5d-9e7f-0a1b2c3d4e5f', 'Acme careers', 'me', %" G_GINT64_FORMAT
        ", 1793000000)",
        fixture->app);

  /* The application, its stage history (added, two moves), 2 rounds, 3
   * interviewers, 2 journal entries, 2 red flags, a referral, 2 keywords, 2
   * offers, 3 vesting years, a plan, 2 negotiation rounds, 3 reminders, an
   * objective's link to it. */
  n_history = query (fixture, "SELECT count(*) FROM stage_history"
                              " WHERE application_id = %" G_GINT64_FORMAT,
                     fixture->app);
  g_assert_cmpint (n_history, >=, 2);
  fixture->n_rows = 1 + (guint) n_history + 2 + 3 + 2 + 2 + 1 + 2 + 2 + 3 + 1 + 2 + 3 + 1;

  cl_test_changes_watch (&fixture->changes, fixture->db);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  cl_test_changes_clear (&fixture->changes);
  cl_test_fixture_teardown (&fixture->base);
}

/* The names of the database's tables, sqlite_sequence included, with
 * whether each has a rowid. */
static GStrv
table_lines (Fixture *fixture)
{
  g_autofree char *text = cl_test_query_text (fixture->db,
                                              "SELECT name, wr FROM pragma_table_list"
                                              " WHERE schema = 'main' AND type = 'table'"
                                              " AND name <> 'sqlite_schema' ORDER BY name");

  return g_strsplit (g_strchomp (text), "\n", -1);
}

/* Every row of every table with its storage class (quote() writes 1, 1.0,
 * '1' and X'01' apart) and its rowid: equal dumps are equal databases. */
static char *
dump (Fixture *fixture)
{
  g_auto(GStrv) tables = table_lines (fixture);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_auto(GStrv) line = g_strsplit (tables[i], "|", 2);
      g_autofree char *columns_sql =
        g_strdup_printf ("SELECT name FROM pragma_table_info ('%s')", line[0]);
      g_autofree char *columns = cl_test_query_text (fixture->db, columns_sql);
      g_auto(GStrv) names = g_strsplit (g_strchomp (columns), "\n", -1);
      g_autoptr(GString) select = g_string_new ("SELECT ");
      g_autoptr(GString) order = g_string_new (" ORDER BY ");
      g_autofree char *rows = NULL;

      if (g_strcmp0 (line[1], "0") == 0)
        {
          g_string_append (select, "quote (rowid), ");
          g_string_append (order, "rowid, ");
        }
      for (guint j = 0; names[j] != NULL; j++)
        {
          g_string_append_printf (select, "%squote (\"%s\")", j > 0 ? ", " : "", names[j]);
          g_string_append_printf (order, "%s\"%s\"", j > 0 ? ", " : "", names[j]);
        }
      g_string_append_printf (select, " FROM \"%s\"%s", line[0], order->str);
      rows = cl_test_query_text (fixture->db, select->str);
      g_string_append_printf (out, "== %s\n%s", line[0], rows);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gint64
count_rows (Fixture *fixture)
{
  g_auto(GStrv) tables = table_lines (fixture);
  gint64 total = 0;

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_auto(GStrv) line = g_strsplit (tables[i], "|", 2);

      if (g_strcmp0 (line[0], "sqlite_sequence") != 0)
        total += query (fixture, "SELECT count(*) FROM \"%s\"", line[0]);
    }
  return total;
}

/* Captures and deletes @id of @table in one transaction, as the stores
 * will, checking that the capture holds exactly the rows the delete removed. */
static ClDeletion *
delete_row (Fixture    *fixture,
            const char *table,
            gint64      id)
{
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", table);
  gint64           before;

  tx = cl_transaction_begin (fixture->db, &error);
  g_assert_no_error (error);
  deletion = cl_deletion_capture (fixture->db, table, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deletion);
  g_assert_cmpstr (cl_deletion_get_table (deletion), ==, table);
  g_assert_cmpint (cl_deletion_get_id (deletion), ==, id);

  before = count_rows (fixture);
  g_assert_true (cl_database_execute (fixture->db, &error, sql, "x", id));
  g_assert_no_error (error);
  g_assert_cmpint (before - count_rows (fixture), ==, cl_deletion_get_n_rows (deletion));

  /* What the stores will touch, for the views to drop what is gone. */
  if (g_str_equal (table, "applications"))
    cl_transaction_touch (tx, CL_TABLE_APPLICATIONS, CL_ENTITY_APPLICATION, id);
  else if (g_str_equal (table, "contacts"))
    cl_transaction_touch (tx, CL_TABLE_CONTACTS, CL_ENTITY_CONTACT, id);
  else
    cl_transaction_touch (tx, CL_TABLE_INTERVIEW_ROUNDS, CL_ENTITY_ROUND, id);
  g_assert_true (cl_transaction_commit (tx, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&deletion);
}

static gboolean
restore (Fixture    *fixture,
         ClDeletion *deletion,
         GError    **error)
{
  g_autoptr(ClTransaction) tx = cl_transaction_begin (fixture->db, error);

  return tx != NULL && cl_deletion_restore (deletion, fixture->db, error) &&
         cl_transaction_commit (tx, error);
}

static void
assert_ids (const ClChangeSet *change_set,
            ClTable            table,
            ClEntity           entity,
            gint64             id)
{
  g_autoptr(GArray) ids = cl_change_set_get_ids_in (change_set, table, entity);
  gboolean found = FALSE;

  for (guint i = 0; i < ids->len; i++)
    found = found || g_array_index (ids, gint64, i) == id;
  if (!found)
    g_error ("The change set lacks id %" G_GINT64_FORMAT " of table %d, entity %d", id, table,
             entity);
}

static void
test_application (Fixture      *fixture,
                  gconstpointer data)
{
  g_autofree char *before = dump (fixture);
  g_autofree char *after = NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  ClChangeSet *change_set;
  gint64       position;
  guint        n_changes;

  position = query (fixture, "SELECT position FROM applications WHERE id = %" G_GINT64_FORMAT,
                    fixture->app);
  deletion = delete_row (fixture, "applications", fixture->app);
  g_assert_cmpuint (cl_deletion_get_n_rows (deletion), ==, fixture->n_rows);
  g_assert_null (cl_pipeline_store_find_application (fixture->pipeline, fixture->app));

  /* Gone, or cleared. */
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM reminders"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM vesting_years"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM round_interviewers"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM negotiation_plans"
                                   " WHERE leverage_offer_id IS NULL"),
                   ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM interactions"
                                   " WHERE application_id IS NULL"),
                   ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM market_ranges WHERE offer_id IS NULL"),
                   ==, 2);
  /* (The objective stays; its link to the application goes.) */
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM objectives"), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM objective_applications"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM accounts"
                                   " WHERE application_id IS NULL"),
                   ==, 1);

  /* The deleted row's own columns. */
  g_assert_cmpint (cl_deletion_get_int64 (deletion, "position", -1), ==, position);
  g_assert_cmpint (cl_deletion_get_int64 (deletion, "STAGE_ID", -1), ==, fixture->stage);
  g_assert_cmpint (cl_deletion_get_int64 (deletion, "id", -1), ==, fixture->app);
  g_assert_cmpint (cl_deletion_get_int64 (deletion, "salary_min", -1), ==, 90000);
  g_assert_cmpint (cl_deletion_get_int64 (deletion, "deadline", -7), ==, -7);
  g_assert_cmpint (cl_deletion_get_int64 (deletion, "no_such_column", -8), ==, -8);

  n_changes = fixture->changes.n_changes;
  g_assert_true (restore (fixture, deletion, &error));
  g_assert_no_error (error);
  after = dump (fixture);
  g_assert_cmpstr (after, ==, before);

  /* One ::changed naming what the stores read again. */
  g_assert_cmpuint (fixture->changes.n_changes, ==, n_changes + 1);
  change_set = fixture->changes.last;
  assert_ids (change_set, CL_TABLE_APPLICATIONS, CL_ENTITY_APPLICATION, fixture->app);
  assert_ids (change_set, CL_TABLE_APPLICATIONS, CL_ENTITY_STAGE, fixture->stage);
  assert_ids (change_set, CL_TABLE_STAGE_HISTORY, CL_ENTITY_APPLICATION, fixture->app);
  assert_ids (change_set, CL_TABLE_INTERVIEW_ROUNDS, CL_ENTITY_APPLICATION, fixture->app);
  assert_ids (change_set, CL_TABLE_INTERVIEW_ROUNDS, CL_ENTITY_ROUND, fixture->round);
  assert_ids (change_set, CL_TABLE_INTERVIEW_ROUNDS, CL_ENTITY_CONTACT, fixture->ben);
  assert_ids (change_set, CL_TABLE_REFERRALS, CL_ENTITY_CONTACT, fixture->ana);
  assert_ids (change_set, CL_TABLE_OFFERS, CL_ENTITY_OFFER, fixture->offer);
  assert_ids (change_set, CL_TABLE_NEGOTIATION, CL_ENTITY_OFFER, fixture->other_offer);
  assert_ids (change_set, CL_TABLE_REMINDERS, CL_ENTITY_REMINDER, fixture->both_reminder);
  assert_ids (change_set, CL_TABLE_INTERACTIONS, CL_ENTITY_APPLICATION, fixture->app);
  assert_ids (change_set, CL_TABLE_INTERACTIONS, CL_ENTITY_CONTACT, fixture->ana);
  assert_ids (change_set, CL_TABLE_OBJECTIVES, CL_ENTITY_OBJECTIVE, fixture->objective);
  assert_ids (change_set, CL_TABLE_ACCOUNTS, CL_ENTITY_APPLICATION, fixture->app);
  g_assert_nonnull (cl_pipeline_store_find_application (fixture->pipeline, fixture->app));
}

static void
test_round (Fixture      *fixture,
            gconstpointer data)
{
  g_autofree char *before = dump (fixture);
  g_autofree char *after = NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;

  deletion = delete_row (fixture, "interview_rounds", fixture->round);
  /* The round, its two interviewers and its reminder. */
  g_assert_cmpuint (cl_deletion_get_n_rows (deletion), ==, 4);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM journal_entries"
                                   " WHERE id = %" G_GINT64_FORMAT " AND round_id IS NULL",
                          fixture->journal),
                   ==, 1);
  g_assert_cmpint (cl_deletion_get_int64 (deletion, "application_id", 0), ==, fixture->app);

  g_assert_true (restore (fixture, deletion, &error));
  g_assert_no_error (error);
  after = dump (fixture);
  g_assert_cmpstr (after, ==, before);
  assert_ids (fixture->changes.last, CL_TABLE_INTERVIEW_ROUNDS, CL_ENTITY_APPLICATION,
              fixture->app);
  assert_ids (fixture->changes.last, CL_TABLE_JOURNAL_ENTRIES, CL_ENTITY_ROUND, fixture->round);
  assert_ids (fixture->changes.last, CL_TABLE_JOURNAL_ENTRIES, CL_ENTITY_APPLICATION,
              fixture->app);
}

/* A restore that fails, then one that works once the way is clear. */
static void
assert_restore_fails (Fixture    *fixture,
                      ClDeletion *deletion)
{
  g_autofree char *before = dump (fixture);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changes = fixture->changes.n_changes;

  g_assert_false (restore (fixture, deletion, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_test_message ("%s", error->message);
  after = dump (fixture);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fixture->changes.n_changes, ==, n_changes);
}

static void
test_id_taken (Fixture      *fixture,
               gconstpointer data)
{
  g_autofree char *before = dump (fixture);
  g_autofree char *after = NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(ClDeletion) contact = NULL;
  g_autoptr(GError) error = NULL;
  gint64 history;

  history = query (fixture,
                   "SELECT min(id) FROM stage_history WHERE application_id = %" G_GINT64_FORMAT,
                   fixture->app);
  deletion = delete_row (fixture, "applications", fixture->app);

  /* Another application took its id (and its free place on the board)… */
  exec (fixture,
        "INSERT INTO applications (id, company_id, role, stage_id, position, created_at,"
        " updated_at) SELECT %" G_GINT64_FORMAT ", company_id, 'Intruder', stage_id,"
        " %" G_GINT64_FORMAT ", 0, 0 FROM applications WHERE id = %" G_GINT64_FORMAT,
        fixture->app, cl_deletion_get_int64 (deletion, "position", -1), fixture->other_app);
  assert_restore_fails (fixture, deletion);
  exec (fixture, "DELETE FROM applications WHERE id = %" G_GINT64_FORMAT, fixture->app);

  /* …another application's history took an id of its history… */
  exec (fixture,
        "INSERT INTO stage_history (id, application_id, to_stage_id, to_position, moved_at)"
        " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 0, 1)",
        history, fixture->other_app, fixture->stage);
  assert_restore_fails (fixture, deletion);
  exec (fixture, "DELETE FROM stage_history WHERE id = %" G_GINT64_FORMAT, history);

  /* …or a contact its round named is gone. */
  contact = delete_row (fixture, "contacts", fixture->ben);
  assert_restore_fails (fixture, deletion);

  /* With the contact back, it all comes back: a failed restore can be tried again. */
  g_assert_true (restore (fixture, contact, &error));
  g_assert_no_error (error);
  g_assert_true (restore (fixture, deletion, &error));
  g_assert_no_error (error);
  after = dump (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_missing (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr(ClTransaction) tx = cl_transaction_begin (fixture->db, NULL);
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;

  deletion = cl_deletion_capture (fixture->db, "applications", fixture->app + 1000, &error);
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_assert_null (deletion);
}

/* A row reached through two keys (application and round) is captured once:
 * inserting it twice would fail on its id. */
static void
test_two_paths (Fixture      *fixture,
                gconstpointer data)
{
  gint64           app = add_application (fixture, "Solo", fixture->stage);
  gint64           round = add_round (fixture, app, "Only round");
  gint64           reminder;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  guint n_history;

  reminder = exec (fixture,
                   "INSERT INTO reminders (kind, title, due_at, application_id, round_id,"
                   " created_at) VALUES ('interview', 'Only round', 1793610000, %" G_GINT64_FORMAT
                   ", %" G_GINT64_FORMAT ", 1793500000)",
                   app, round);
  n_history = (guint) query (fixture, "SELECT count(*) FROM stage_history"
                                      " WHERE application_id = %" G_GINT64_FORMAT,
                             app);
  before = dump (fixture);

  deletion = delete_row (fixture, "applications", app);
  g_assert_cmpuint (cl_deletion_get_n_rows (deletion), ==, 1 + n_history + 1 + 1);
  g_assert_true (restore (fixture, deletion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM reminders WHERE id = %" G_GINT64_FORMAT,
                          reminder),
                   ==, 1);
  after = dump (fixture);
  g_assert_cmpstr (after, ==, before);
}

/* A reference set again since the delete is a newer edit, which stays. */
static void
test_newer_edit (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr(ClDeletion) deletion = delete_row (fixture, "applications", fixture->app);
  g_autoptr(GError) error = NULL;

  exec (fixture,
        "UPDATE interactions SET application_id = %" G_GINT64_FORMAT
        " WHERE id = %" G_GINT64_FORMAT,
        fixture->other_app, fixture->interaction);
  exec (fixture, "DELETE FROM accounts");
  g_assert_true (restore (fixture, deletion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (fixture, "SELECT application_id FROM interactions"
                                   " WHERE id = %" G_GINT64_FORMAT,
                          fixture->interaction),
                   ==, fixture->other_app);
  g_assert_cmpint (query (fixture, "SELECT application_id FROM objective_applications"
                                   " WHERE objective_id = %" G_GINT64_FORMAT,
                          fixture->objective),
                   ==, fixture->app);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM accounts"), ==, 0);
}

/* Tables the schema does not have, to show nothing is listed by hand: a
 * rowid table without an INTEGER PRIMARY KEY, WITHOUT ROWID tables with
 * composite keys, SET NULL and SET DEFAULT references, composite foreign
 * keys (named and implicit parent columns), and a RESTRICT one. */
static void
test_any_schema (Fixture      *fixture,
                 gconstpointer data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(ClDeletion) early = NULL;
  g_autoptr(GError) error = NULL;

  /* Read with the schema as it was, so that the change is noticed. */
  {
    g_autoptr(ClTransaction) tx = cl_transaction_begin (fixture->db, &error);

    early = cl_deletion_capture (fixture->db, "applications", fixture->app, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (cl_deletion_get_n_rows (early), ==, fixture->n_rows);

  exec (fixture,
        "CREATE TABLE x_notes (body TEXT, application_id INTEGER"
        " REFERENCES applications (id) ON DELETE CASCADE);"
        "CREATE TABLE x_labels (label TEXT PRIMARY KEY, application_id INTEGER"
        " REFERENCES applications (id) ON DELETE SET NULL, weight REAL) WITHOUT ROWID;"
        "CREATE TABLE x_pins (b TEXT, a INTEGER, application_id INTEGER NOT NULL"
        " REFERENCES applications ON DELETE CASCADE, PRIMARY KEY (a, b)) WITHOUT ROWID;"
        "CREATE TABLE x_pin_notes (id INTEGER PRIMARY KEY, pa INTEGER, pb TEXT, note BLOB,"
        " FOREIGN KEY (pb, pa) REFERENCES x_pins (b, a) ON DELETE CASCADE);"
        "CREATE TABLE x_links (id INTEGER PRIMARY KEY, application_id INTEGER"
        " REFERENCES applications ON DELETE CASCADE, pa INTEGER, pb TEXT,"
        " FOREIGN KEY (pa, pb) REFERENCES x_pins (a, b) ON DELETE SET NULL);"
        "CREATE TABLE x_pin_marks (mark TEXT PRIMARY KEY, pa INTEGER, pb TEXT,"
        " FOREIGN KEY (pa, pb) REFERENCES x_pins ON DELETE SET NULL) WITHOUT ROWID;"
        "CREATE TABLE x_defaults (id INTEGER PRIMARY KEY, application_id INTEGER DEFAULT 0"
        " REFERENCES applications (id) ON DELETE SET DEFAULT);"
        "CREATE TABLE x_locks (id INTEGER PRIMARY KEY, round_id INTEGER"
        " REFERENCES interview_rounds (id) ON DELETE RESTRICT)");
  exec (fixture,
        "INSERT INTO x_notes (rowid, body, application_id) VALUES"
        " (7, 'seven', %1$" G_GINT64_FORMAT "), (42, 'forty-two', %1$" G_GINT64_FORMAT "),"
        " (43, 'other', %2$" G_GINT64_FORMAT ");"
        "INSERT INTO x_labels VALUES ('hot', %1$" G_GINT64_FORMAT ", 0.25),"
        " ('cold', %2$" G_GINT64_FORMAT ", 1);"
        "INSERT INTO x_pins VALUES ('p', 1, %1$" G_GINT64_FORMAT "), ('q', 2, %2$" G_GINT64_FORMAT
        ");"
        "INSERT INTO x_pin_notes (id, pa, pb, note) VALUES (5, 1, 'p', X'CAFE'), (6, 2, 'q', NULL);"
        "INSERT INTO x_links VALUES (9, %1$" G_GINT64_FORMAT ", 1, 'p');"
        "INSERT INTO x_pin_marks VALUES ('m1', 1, 'p'), ('m2', 2, 'q');"
        "INSERT INTO x_defaults (id, application_id) VALUES (3, %1$" G_GINT64_FORMAT ");",
        fixture->app, fixture->other_app);
  /* SET DEFAULT sets 0, which must name a row for the delete to pass. */
  exec (fixture,
        "INSERT INTO applications (id, company_id, role, stage_id, position, created_at,"
        " updated_at, archived_at) SELECT 0, company_id, 'Default', stage_id, 0, 0, 0, 0"
        " FROM applications WHERE id = %" G_GINT64_FORMAT,
        fixture->other_app);
  before = dump (fixture);

  /* A round held by a RESTRICT key: captured, but the delete is refused. */
  {
    g_autoptr(ClTransaction) tx = cl_transaction_begin (fixture->db, &error);
    g_autoptr(ClDeletion) locked = NULL;

    exec (fixture, "INSERT INTO x_locks (round_id) VALUES (%" G_GINT64_FORMAT ")", fixture->round);
    locked = cl_deletion_capture (fixture->db, "interview_rounds", fixture->round, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (cl_deletion_get_n_rows (locked), ==, 4);
    g_assert_false (cl_database_execute (fixture->db, &error,
                                         "DELETE FROM interview_rounds WHERE id = ?1", "x",
                                         fixture->round));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
    g_clear_error (&error);
  }

  deletion = delete_row (fixture, "applications", fixture->app);
  /* The notes 7 and 42, the pin and its note, the link, besides the rest.
   * The link is met before the pin it refers to, and must go in after it. */
  g_assert_cmpuint (cl_deletion_get_n_rows (deletion), ==, fixture->n_rows + 5);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM x_labels WHERE application_id IS NULL"),
                   ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM x_pin_marks WHERE pa IS NULL"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT application_id FROM x_defaults WHERE id = 3"), ==, 0);

  g_assert_true (restore (fixture, deletion, &error));
  g_assert_no_error (error);
  after = dump (fixture);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/deletion/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("application", test_application);
  ADD ("round", test_round);
  ADD ("id-taken", test_id_taken);
  ADD ("missing", test_missing);
  ADD ("two-paths", test_two_paths);
  ADD ("newer-edit", test_newer_edit);
  ADD ("any-schema", test_any_schema);

#undef ADD

  return g_test_run ();
}
