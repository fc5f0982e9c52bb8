/* test-practice-store.c — practice partners, sessions and their scores, rubrics, the trend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-context.h"
#include "cl-test-util.h"

#define DAY G_GINT64_CONSTANT (86400)

/* The default criteria's ids (rows of v6.sql). */
enum
{
  COMMUNICATION = 1,
  PROBLEM_SOLVING,
  TECHNICAL_DEPTH,
  TESTING,
};

/* The stores this needs, without a whole context: practice data depends
 * on contacts alone. */
typedef struct
{
  char            *dir;
  ClDatabase      *database;
  ClClock         *clock;
  ClCompanyStore  *companies;
  ClContactStore  *contacts;
  ClPracticeStore *store;
  ClContact       *ada;
  ClContact       *bob;
} Fixture;

static void
load (ClStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_store_load (store, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  fixture->dir = cl_test_make_tmp_dir ();
  fixture->database = cl_test_open_database (fixture->dir, "careerlens.db");
  fixture->clock = cl_clock_new_fixed (CL_TEST_NOW);
  fixture->companies = cl_company_store_new (fixture->database, fixture->clock);
  fixture->contacts = cl_contact_store_new (fixture->database, fixture->clock, fixture->companies);
  fixture->store = cl_practice_store_new (fixture->database, fixture->clock);
  load (CL_STORE (fixture->companies));
  load (CL_STORE (fixture->contacts));
  load (CL_STORE (fixture->store));
  fixture->ada = cl_test_add_contact (fixture->contacts, "Ada Lovelace", NULL);
  fixture->bob = cl_test_add_contact (fixture->contacts, "Bob Kahn", NULL);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->contacts);
  g_clear_object (&fixture->companies);
  g_clear_object (&fixture->clock);
  cl_database_close (fixture->database);
  g_clear_object (&fixture->database);
  cl_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static gint64
count (Fixture    *fixture,
       const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return cl_test_query_int64 (fixture->database, sql);
}

static ClPartnership *
partner (Fixture   *fixture,
         ClContact *contact)
{
  g_autoptr(ClPartnership) partnership = cl_partnership_new (cl_contact_get_id (contact));
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_practice_store_add_partnership (fixture->store, partnership, &error));
  g_assert_no_error (error);
  return partnership; /* owned by the store now */
}

/* A session @days_ago days before the test clock's time, scored with the
 * (criterion, score) pairs of @scores, ended by 0. */
static ClPracticeSession *
add_session (Fixture       *fixture,
             ClPartnership *partnership,
             ClPrepDomain   domain,
             gint64         days_ago,
             const int     *scores)
{
  g_autoptr(ClPracticeSession) session =
               cl_practice_session_new (cl_partnership_get_id (partnership), domain,
                                        CL_TEST_NOW - days_ago * DAY);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; scores != NULL && scores[i] != 0; i += 2)
    cl_practice_session_set_score (session, scores[i], scores[i + 1]);
  g_assert_true (cl_practice_store_add_session (fixture->store, session, &error));
  g_assert_no_error (error);
  return session;
}

/* The sessions of @model as "days ago:domain:scores" items. */
static char *
describe_sessions (GListModel *model)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClPracticeSession) session = g_list_model_get_item (model, i);
      g_autoptr(GArray) scores = cl_practice_session_list_scores (session);

      g_string_append_printf (out, "%s%" G_GINT64_FORMAT ":%d:", i > 0 ? " " : "",
                              (CL_TEST_NOW - cl_practice_session_get_held_at (session)) / DAY,
                              cl_practice_session_get_domain (session));
      for (guint j = 0; j < scores->len; j++)
        g_string_append_printf (out, "%s%" G_GINT64_FORMAT "=%d", j > 0 ? "," : "",
                                g_array_index (scores, ClPracticeScore, j).criterion_id,
                                g_array_index (scores, ClPracticeScore, j).score);
    }
  return g_string_free (out, FALSE);
}

static char *
criteria_names (Fixture     *fixture,
                ClPrepDomain domain)
{
  GListModel *model = cl_practice_store_get_criteria (fixture->store, domain);
  GString    *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClRubricCriterion) criterion = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "," : "",
                              cl_rubric_criterion_get_name (criterion));
    }
  return g_string_free (out, FALSE);
}

static void
test_partnerships (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClPartnership) second = cl_partnership_new (cl_contact_get_id (fixture->ada));
  g_autoptr(ClPartnership) nobody = cl_partnership_new (0);
  g_autoptr(ClPartnership) gone = cl_partnership_new (9999);
  g_autoptr(ClPartnership) copy = NULL;
  GListModel      *model = cl_practice_store_get_partnerships (fixture->store);
  ClPartnership   *ada;
  g_autofree char *row = NULL;

  ada = partner (fixture, fixture->ada);
  g_assert_cmpint (cl_partnership_get_id (ada), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_true (cl_practice_store_find_partnership_for_contact (
                   fixture->store, cl_contact_get_id (fixture->ada)) == ada);
  g_assert_true (cl_practice_store_find_partnership (fixture->store,
                                                     cl_partnership_get_id (ada)) == ada);
  g_assert_null (cl_practice_store_find_partnership_for_contact (
    fixture->store, cl_contact_get_id (fixture->bob)));
  /* Started when added, active. */
  g_assert_cmpint (cl_partnership_get_started_at (ada), ==, CL_TEST_NOW);
  g_assert_true (cl_partnership_get_active (ada));

  /* One per contact. */
  g_assert_false (cl_practice_store_add_partnership (fixture->store, second, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==,
                   "You already practise with Ada Lovelace. Edit that partnership rather than "
                   "add another.");
  g_assert_cmpstr (cl_validation_error_get_field (error), ==, "contact-id");
  g_clear_error (&error);
  g_assert_cmpint (cl_partnership_get_id (second), ==, 0);

  g_assert_false (cl_practice_store_add_partnership (fixture->store, nobody, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (error->message, ==, "Choose the contact you practise with.");
  g_clear_error (&error);

  g_assert_false (cl_practice_store_add_partnership (fixture->store, gone, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "This contact no longer exists. Choose another one.");
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "practice_partnerships"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* An edited copy; the shared object follows. */
  copy = cl_partnership_copy (ada);
  g_object_set (copy, "field", "  Data engineering ", "seniority", "Staff", "i-offer",
                "behavioral mocks", "they-offer", "system design", "active", FALSE, NULL);
  g_assert_true (cl_practice_store_update_partnership (fixture->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cl_partnership_get_field (ada), ==, "Data engineering");
  g_assert_cmpstr (cl_partnership_get_seniority (ada), ==, "Staff");
  g_assert_false (cl_partnership_get_active (ada));
  row = cl_test_query_text (fixture->database,
                            "SELECT contact_id, i_offer, they_offer, started_at, active, field,"
                            " seniority, notes FROM practice_partnerships");
  {
    g_autofree char *expected =
      g_strdup_printf ("%" G_GINT64_FORMAT "|behavioral mocks|system design|%" G_GINT64_FORMAT
                       "|0|Data engineering|Staff|NULL\n",
                       cl_contact_get_id (fixture->ada), CL_TEST_NOW);

    g_assert_cmpstr (row, ==, expected);
  }

  /* Too long a field is refused, and nothing changes. */
  {
    g_autofree char *long_text = g_strnfill (101, 'x');

    g_object_set (copy, "field", long_text, NULL);
    g_assert_false (cl_practice_store_update_partnership (fixture->store, copy, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_TOO_LONG);
    g_clear_error (&error);
    g_assert_cmpstr (cl_partnership_get_field (ada), ==, "Data engineering");
  }

  /* Deleting it takes its sessions and their scores. */
  add_session (fixture, ada, CL_PREP_DOMAIN_CODING, 1, (const int[]){ COMMUNICATION, 3, 0 });
  g_assert_cmpint (count (fixture, "practice_scores"), ==, 1);
  g_assert_true (cl_practice_store_delete_partnership (fixture->store, ada, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cl_practice_store_get_sessions (fixture->store)),
                    ==, 0);
  g_assert_cmpint (count (fixture, "practice_sessions"), ==, 0);
  g_assert_cmpint (count (fixture, "practice_scores"), ==, 0);
  g_assert_cmpint (count (fixture, "contacts"), ==, 2);
}

/* Each refusal leaves nothing saved. */
static void
test_session_refusals (Fixture      *fixture,
                       gconstpointer data)
{
  ClPartnership *ada = partner (fixture, fixture->ada);
  gint64         pid = cl_partnership_get_id (ada);
  struct
  {
    gint64      partnership_id;
    int         domain;
    gint64      held_at;
    guint       minutes;
    int         criterion, score;
    GQuark      domain_quark;
    int         code;
    const char *field;
    const char *message;
  } cases[] = {
    { 0, 0, CL_TEST_NOW, 60, 0, 0, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE,
      "partnership-id", "Choose the partner you practised with." },
    { pid, 0, 0, 60, 0, 0, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE, "held-at",
      "Choose the day the session was held." },
    { pid, 0, CL_TEST_NOW, 0, 0, 0, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE,
      "duration-minutes", "Enter how long the session lasted, from 1 to 720 minutes." },
    { pid, 0, CL_TEST_NOW, 721, 0, 0, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE,
      "duration-minutes", "Enter how long the session lasted, from 1 to 720 minutes." },
    { pid, 0, CL_TEST_NOW, 60, COMMUNICATION, 5, CL_VALIDATION_ERROR,
      CL_VALIDATION_ERROR_OUT_OF_RANGE, "scores",
      "Each score is a level from 1 to 4. Choose a level, or leave the criterion unscored." },
    { pid, 0, CL_TEST_NOW, 60, COMMUNICATION, -1, CL_VALIDATION_ERROR,
      CL_VALIDATION_ERROR_OUT_OF_RANGE, "scores",
      "Each score is a level from 1 to 4. Choose a level, or leave the criterion unscored." },
    /* Tomorrow, just after midnight (the clock shows 09:00 UTC). */
    { pid, 0, CL_TEST_NOW + 15 * 3600, 60, 0, 0, CL_VALIDATION_ERROR,
      CL_VALIDATION_ERROR_OUT_OF_RANGE, "held-at",
      "This session is dated in the future. Log a session once it has taken place: choose "
      "today or an earlier day." },
    { pid + 1, 0, CL_TEST_NOW, 60, 0, 0, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND, NULL,
      "The partner of this session no longer exists. Choose another partner." },
    /* Found inside the transaction, after the row could have been written. */
    { pid, 0, CL_TEST_NOW, 60, 77, 2, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND, NULL,
      "A criterion you scored no longer exists or belongs to another domain. Score the "
      "criteria listed for this session’s domain." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ClPracticeSession) session = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      session = cl_practice_session_new (cases[i].partnership_id, cases[i].domain,
                                         cases[i].held_at);
      g_object_set (session, "duration-minutes", cases[i].minutes, NULL);
      cl_practice_session_set_score (session, TESTING, 2);
      if (cases[i].criterion != 0)
        cl_practice_session_set_score (session, cases[i].criterion, cases[i].score);
      g_assert_false (cl_practice_store_add_session (fixture->store, session, &error));
      g_assert_error (error, cases[i].domain_quark, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      if (cases[i].field != NULL)
        g_assert_cmpstr (cl_validation_error_get_field (error), ==, cases[i].field);
      g_assert_cmpint (cl_practice_session_get_id (session), ==, 0);
      g_assert_cmpint (count (fixture, "practice_sessions"), ==, 0);
      g_assert_cmpint (count (fixture, "practice_scores"), ==, 0);
      g_assert_cmpuint (
        g_list_model_get_n_items (cl_practice_store_get_sessions (fixture->store)), ==, 0);
    }

  /* Late today is not the future. */
  add_session (fixture, ada, CL_PREP_DOMAIN_CODING, 0, NULL);
  {
    g_autoptr(ClPracticeSession) late =
                 cl_practice_session_new (cl_partnership_get_id (ada), CL_PREP_DOMAIN_CODING,
                                          CL_TEST_NOW + 15 * 3600 - 1);
    g_autoptr(GError) error = NULL;

    g_assert_true (cl_practice_store_add_session (fixture->store, late, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (count (fixture, "practice_sessions"), ==, 2);
}

static void
test_sessions (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  ClPartnership *ada = partner (fixture, fixture->ada);
  ClPartnership *bob = partner (fixture, fixture->bob);
  GListModel    *all = cl_practice_store_get_sessions (fixture->store);
  GListModel    *coding = cl_practice_store_get_domain_sessions (fixture->store,
                                                                 CL_PREP_DOMAIN_CODING);
  GListModel    *behavioral =
    cl_practice_store_get_domain_sessions (fixture->store, CL_PREP_DOMAIN_BEHAVIORAL);
  GListModel *of_ada =
    cl_practice_store_get_partnership_sessions (fixture->store, cl_partnership_get_id (ada));
  ClPracticeSession *first, *second;
  g_autoptr(ClPracticeSession) copy = NULL;
  g_autofree char *text = NULL;

  first = add_session (fixture, ada, CL_PREP_DOMAIN_CODING, 10,
                       (const int[]){ COMMUNICATION, 2, TESTING, 1, 0 });
  second = add_session (fixture, bob, CL_PREP_DOMAIN_CODING, 3,
                        (const int[]){ PROBLEM_SOLVING, 4, 0 });
  add_session (fixture, ada, CL_PREP_DOMAIN_BEHAVIORAL, 5, NULL);
  g_assert_true (cl_practice_store_find_session (fixture->store,
                                                 cl_practice_session_get_id (first)) == first);
  g_assert_cmpint (cl_practice_session_get_score (first, COMMUNICATION), ==, 2);
  g_assert_cmpint (cl_practice_session_get_score (first, PROBLEM_SOLVING), ==, 0);
  g_assert_cmpuint (cl_practice_session_get_duration_minutes (first), ==, 60);
  g_assert_cmpint (cl_practice_session_get_role (first), ==, CL_PRACTICE_ROLE_CANDIDATE);
  g_assert_cmpfloat (cl_practice_session_get_mean_score (first), ==, 1.5);

  /* Newest first, in every list; Ada's list was asked for before any. */
  text = describe_sessions (all);
  g_assert_cmpstr (text, ==, "3:0:2=4 5:1: 10:0:1=2,4=1");
  g_clear_pointer (&text, g_free);
  text = describe_sessions (coding);
  g_assert_cmpstr (text, ==, "3:0:2=4 10:0:1=2,4=1");
  g_clear_pointer (&text, g_free);
  text = describe_sessions (behavioral);
  g_assert_cmpstr (text, ==, "5:1:");
  g_clear_pointer (&text, g_free);
  text = describe_sessions (of_ada);
  g_assert_cmpstr (text, ==, "5:1: 10:0:1=2,4=1");
  g_clear_pointer (&text, g_free);
  text = describe_sessions (
    cl_practice_store_get_partnership_sessions (fixture->store, cl_partnership_get_id (bob)));
  g_assert_cmpstr (text, ==, "3:0:2=4");
  g_clear_pointer (&text, g_free);
  text = cl_test_query_text (fixture->database,
                             "SELECT session_id, criterion_id, score FROM practice_scores"
                             " ORDER BY 1, 2");
  {
    g_autofree char *expected = g_strdup_printf (
      "%1$" G_GINT64_FORMAT "|1|2\n%1$" G_GINT64_FORMAT "|4|1\n%2$" G_GINT64_FORMAT "|2|4\n",
      cl_practice_session_get_id (first), cl_practice_session_get_id (second));

    g_assert_cmpstr (text, ==, expected);
  }
  g_clear_pointer (&text, g_free);

  /* An edited copy: scores changed, removed and added, another domain, a
   * role, a duration; the same instance moves to the behavioral list. */
  copy = cl_practice_session_copy (first);
  g_assert_true (cl_model_equal (CL_MODEL (copy), CL_MODEL (first)));
  cl_practice_session_set_score (copy, COMMUNICATION, 3);
  cl_practice_session_set_score (copy, TESTING, 0);
  cl_practice_session_set_score (copy, TECHNICAL_DEPTH, 4);
  g_assert_false (cl_model_equal (CL_MODEL (copy), CL_MODEL (first)));
  g_assert_cmpint (cl_practice_session_get_score (first, COMMUNICATION), ==, 2);
  g_object_set (copy, "domain", CL_PREP_DOMAIN_BEHAVIORAL, "role", CL_PRACTICE_ROLE_INTERVIEWER,
                "duration-minutes", 45, "notes", "STAR answers too long", NULL);
  g_assert_true (cl_practice_store_update_session (fixture->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_practice_session_get_score (first, COMMUNICATION), ==, 3);
  g_assert_cmpint (cl_practice_session_get_score (first, TESTING), ==, 0);
  g_assert_cmpint (cl_practice_session_get_domain (first), ==, CL_PREP_DOMAIN_BEHAVIORAL);
  g_assert_cmpint (cl_practice_session_get_role (first), ==, CL_PRACTICE_ROLE_INTERVIEWER);
  text = describe_sessions (behavioral);
  g_assert_cmpstr (text, ==, "5:1: 10:1:1=3,3=4");
  g_clear_pointer (&text, g_free);
  {
    g_autoptr(ClPracticeSession) item = g_list_model_get_item (behavioral, 1);

    g_assert_true (item == first);
  }
  text = describe_sessions (coding);
  g_assert_cmpstr (text, ==, "3:0:2=4");
  g_clear_pointer (&text, g_free);
  text = cl_test_query_text (fixture->database,
                             "SELECT s.domain_id, s.role, s.duration_minutes, s.notes,"
                             " group_concat (c.criterion_id || '=' || c.score)"
                             " FROM practice_sessions s JOIN practice_scores c"
                             " ON c.session_id = s.id WHERE s.id = (SELECT min (id) FROM"
                             " practice_sessions) GROUP BY s.id");
  g_assert_cmpstr (text, ==, "2|interviewer|45|STAR answers too long|1=3,3=4\n");
  g_clear_pointer (&text, g_free);

  /* A refused update changes nothing, scores included. */
  cl_practice_session_set_score (copy, COMMUNICATION, 1);
  g_object_set (copy, "duration-minutes", 0, NULL);
  g_assert_false (cl_practice_store_update_session (fixture->store, copy, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_cmpint (cl_practice_session_get_score (first, COMMUNICATION), ==, 3);
  g_assert_cmpint (cl_test_query_int64 (fixture->database,
                                        "SELECT score FROM practice_scores WHERE criterion_id = 1"),
                   ==, 3);

  /* Deleting takes its scores. */
  g_object_ref (second); /* the store lets go of it */
  g_assert_true (cl_practice_store_delete_session (fixture->store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (coding), ==, 0);
  g_assert_cmpint (count (fixture, "practice_scores"), ==, 2);
  g_assert_false (cl_practice_store_delete_session (fixture->store, second, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "This session no longer exists.");
  g_object_unref (second);
}

static void
test_criteria (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  ClPartnership *ada = partner (fixture, fixture->ada);
  GListModel    *coding = cl_practice_store_get_criteria (fixture->store, CL_PREP_DOMAIN_CODING);
  g_autoptr(ClRubricCriterion) quality = cl_rubric_criterion_new (CL_PREP_DOMAIN_CODING,
                                                                   " Code quality ");
  g_autoptr(ClRubricCriterion) speed = cl_rubric_criterion_new (CL_PREP_DOMAIN_CODING, "Speed");
  g_autoptr(ClRubricCriterion) star = cl_rubric_criterion_new (CL_PREP_DOMAIN_BEHAVIORAL, "STAR");
  g_autoptr(ClRubricCriterion) blank = cl_rubric_criterion_new (CL_PREP_DOMAIN_CODING, "  ");
  g_autoptr(ClRubricCriterion) copy = NULL;
  g_autoptr(ClRubricCriterion) first = NULL;
  g_autofree char *names = NULL;

  /* Every domain starts on the defaults, named and described in code. */
  for (guint domain = 0; domain <= CL_PREP_DOMAIN_INTERVIEW_TIPS; domain++)
    {
      names = criteria_names (fixture, domain);
      g_assert_cmpstr (names, ==, "Communication,Problem solving,Technical depth,Testing");
      g_clear_pointer (&names, g_free);
    }
  first = g_list_model_get_item (coding, 0);
  g_assert_true (cl_rubric_criterion_is_default (first));
  g_assert_cmpstr (cl_rubric_criterion_get_key (first), ==, "communication");
  g_assert_cmpint (cl_rubric_criterion_get_domain (first), ==, -1);
  g_assert_cmpstr (cl_rubric_criterion_get_level (first, 1), ==,
                   "Hard to follow; long silences; the interviewer has to drag the reasoning "
                   "out.");
  g_assert_cmpstr (cl_rubric_criterion_get_level (first, 4), ==,
                   "Clear structure, checks in with the interviewer, explains trade-offs "
                   "unprompted.");

  /* The defaults stay as they are. */
  copy = cl_rubric_criterion_copy (first);
  g_assert_false (cl_practice_store_update_criterion (fixture->store, copy, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The default criteria cannot be changed. Add criteria of this domain’s own "
                   "instead.");
  g_clear_error (&error);
  g_assert_false (cl_practice_store_delete_criterion (fixture->store, first, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&copy);

  g_assert_false (cl_practice_store_add_criterion (fixture->store, blank, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_REQUIRED);
  g_assert_cmpstr (error->message, ==, "Enter the criterion’s name, such as “Code quality”.");
  g_clear_error (&error);
  g_assert_cmpint (count (fixture, "rubric_criteria"), ==, 4);

  /* A domain's own replace the defaults for it alone, in the order added. */
  cl_rubric_criterion_set_level (quality, 1, "Names mean nothing");
  cl_rubric_criterion_set_level (quality, 4, " Reads like prose ");
  g_assert_true (cl_practice_store_add_criterion (fixture->store, quality, &error));
  g_assert_no_error (error);
  g_assert_true (cl_practice_store_add_criterion (fixture->store, speed, &error));
  g_assert_no_error (error);
  g_assert_true (cl_practice_store_add_criterion (fixture->store, star, &error));
  g_assert_no_error (error);
  names = criteria_names (fixture, CL_PREP_DOMAIN_CODING);
  g_assert_cmpstr (names, ==, "Code quality,Speed");
  g_clear_pointer (&names, g_free);
  names = criteria_names (fixture, CL_PREP_DOMAIN_BEHAVIORAL);
  g_assert_cmpstr (names, ==, "STAR");
  g_clear_pointer (&names, g_free);
  names = criteria_names (fixture, CL_PREP_DOMAIN_ML_SYSTEM_DESIGN);
  g_assert_cmpstr (names, ==, "Communication,Problem solving,Technical depth,Testing");
  g_clear_pointer (&names, g_free);
  g_assert_false (cl_rubric_criterion_is_default (quality));
  g_assert_cmpint (cl_rubric_criterion_get_domain (quality), ==, CL_PREP_DOMAIN_CODING);
  g_assert_cmpuint (cl_rubric_criterion_get_position (speed), ==, 1);
  g_assert_cmpuint (cl_rubric_criterion_get_position (star), ==, 0);
  g_assert_cmpstr (cl_rubric_criterion_get_level (quality, 4), ==, "Reads like prose");
  g_assert_null (cl_rubric_criterion_get_level (quality, 2));
  g_assert_true (cl_practice_store_find_criterion (fixture->store,
                                                   cl_rubric_criterion_get_id (quality)) ==
                 quality);

  /* A coding session can be scored on coding's criteria, not behavioral's. */
  add_session (fixture, ada, CL_PREP_DOMAIN_CODING, 2,
               (const int[]){ (int) cl_rubric_criterion_get_id (quality), 3, 0 });
  {
    gint64 pid = cl_partnership_get_id (ada);
    g_autoptr(ClPracticeSession) wrong =
                 cl_practice_session_new (pid, CL_PREP_DOMAIN_CODING, CL_TEST_NOW);

    cl_practice_session_set_score (wrong, cl_rubric_criterion_get_id (star), 2);
    g_assert_false (cl_practice_store_add_session (fixture->store, wrong, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpint (count (fixture, "practice_sessions"), ==, 1);
  }

  /* Renamed. */
  copy = cl_rubric_criterion_copy (speed);
  g_object_set (copy, "name", "Pace", NULL);
  g_assert_true (cl_practice_store_update_criterion (fixture->store, copy, &error));
  g_assert_no_error (error);
  names = criteria_names (fixture, CL_PREP_DOMAIN_CODING);
  g_assert_cmpstr (names, ==, "Code quality,Pace");
  g_clear_pointer (&names, g_free);

  /* Removing one takes its scores; with none left, the defaults are back. */
  g_assert_true (cl_practice_store_delete_criterion (fixture->store, quality, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "practice_scores"), ==, 0);
  g_assert_true (cl_practice_store_delete_criterion (fixture->store, speed, &error));
  g_assert_no_error (error);
  names = criteria_names (fixture, CL_PREP_DOMAIN_CODING);
  g_assert_cmpstr (names, ==, "Communication,Problem solving,Technical depth,Testing");
  g_clear_pointer (&names, g_free);
  {
    g_autoptr(ClRubricCriterion) again = g_list_model_get_item (coding, 0);

    g_assert_true (again == first); /* the same instance as before */
  }
}

static void
test_trend (Fixture      *fixture,
            gconstpointer data)
{
  ClPartnership *ada = partner (fixture, fixture->ada);
  ClPartnership *bob = partner (fixture, fixture->bob);
  g_autoptr(GArray) trend = NULL;
  g_autoptr(GArray) empty = NULL;
  ClTrendPoint *p;

  add_session (fixture, ada, CL_PREP_DOMAIN_CODING, 1,
               (const int[]){ COMMUNICATION, 1, PROBLEM_SOLVING, 2, TECHNICAL_DEPTH, 2, TESTING,
                              3, 0 });
  add_session (fixture, bob, CL_PREP_DOMAIN_CODING, 10,
               (const int[]){ COMMUNICATION, 2, PROBLEM_SOLVING, 2, TECHNICAL_DEPTH, 2, 0 });
  add_session (fixture, ada, CL_PREP_DOMAIN_CODING, 7, NULL); /* no scores: no point */
  add_session (fixture, ada, CL_PREP_DOMAIN_CODING, 5,
               (const int[]){ COMMUNICATION, 3, PROBLEM_SOLVING, 4, 0 });
  add_session (fixture, ada, CL_PREP_DOMAIN_CODING, 3,
               (const int[]){ COMMUNICATION, 3, PROBLEM_SOLVING, 2, TESTING, 2, 0 });
  add_session (fixture, ada, CL_PREP_DOMAIN_BEHAVIORAL, 4, (const int[]){ COMMUNICATION, 1, 0 });
  /* Bob's scores, the user interviewing him: not the user's trend. */
  {
    ClPracticeSession *interviewing = add_session (fixture, bob, CL_PREP_DOMAIN_CODING, 2,
                                                   (const int[]){ COMMUNICATION, 4, 0 });
    g_autoptr(ClPracticeSession) copy = cl_practice_session_copy (interviewing);
    g_autoptr(GError) error = NULL;

    g_object_set (copy, "role", CL_PRACTICE_ROLE_INTERVIEWER, NULL);
    g_assert_true (cl_practice_store_update_session (fixture->store, copy, &error));
    g_assert_no_error (error);
  }

  trend = cl_practice_store_get_trend (fixture->store, CL_PREP_DOMAIN_CODING);
  g_assert_cmpuint (trend->len, ==, 4);
  p = &g_array_index (trend, ClTrendPoint, 0);
  g_assert_cmpint (p->held_at, ==, CL_TEST_NOW - 10 * DAY);
  g_assert_cmpfloat (p->mean, ==, 2.0);
  g_assert_cmpuint (p->n_scored, ==, 3);
  p = &g_array_index (trend, ClTrendPoint, 1);
  g_assert_cmpint (p->held_at, ==, CL_TEST_NOW - 5 * DAY);
  g_assert_cmpfloat (p->mean, ==, 3.5);
  g_assert_cmpuint (p->n_scored, ==, 2);
  p = &g_array_index (trend, ClTrendPoint, 2);
  g_assert_cmpint (p->held_at, ==, CL_TEST_NOW - 3 * DAY);
  g_assert_cmpfloat_with_epsilon (p->mean, 7.0 / 3.0, 1e-12);
  g_assert_cmpuint (p->n_scored, ==, 3);
  p = &g_array_index (trend, ClTrendPoint, 3);
  g_assert_cmpint (p->held_at, ==, CL_TEST_NOW - 1 * DAY);
  g_assert_cmpfloat (p->mean, ==, 2.0);
  g_assert_cmpuint (p->n_scored, ==, 4);
  g_clear_pointer (&trend, g_array_unref);

  trend = cl_practice_store_get_trend (fixture->store, CL_PREP_DOMAIN_BEHAVIORAL);
  g_assert_cmpuint (trend->len, ==, 1);
  g_assert_cmpfloat (g_array_index (trend, ClTrendPoint, 0).mean, ==, 1.0);
  empty = cl_practice_store_get_trend (fixture->store, CL_PREP_DOMAIN_ML_FUNDAMENTALS);
  g_assert_cmpuint (empty->len, ==, 0);
}

static char *
dump (ClPracticeStore *store)
{
  GListModel      *partnerships = cl_practice_store_get_partnerships (store);
  g_autofree char *sessions = describe_sessions (cl_practice_store_get_sessions (store));
  GString         *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(ClPartnership) partnership = g_list_model_get_item (partnerships, i);

      g_string_append_printf (out, "%" G_GINT64_FORMAT "/%s ",
                              cl_partnership_get_contact_id (partnership),
                              cl_partnership_get_field (partnership));
    }
  g_string_append (out, sessions);
  return g_string_free (out, FALSE);
}

/* What another program writes, and a restart, show the same. */
static void
test_reload (Fixture      *fixture,
             gconstpointer data)
{
  ClPartnership *ada = partner (fixture, fixture->ada);
  g_autoptr(ClPracticeStore) again = cl_practice_store_new (fixture->database, fixture->clock);
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  g_autofree char *expected = NULL;

  add_session (fixture, ada, CL_PREP_DOMAIN_CODING, 2, (const int[]){ TESTING, 4, 0 });
  load (CL_STORE (again));
  text = dump (fixture->store);
  text_again = dump (again);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT "/(null) 2:0:4=4",
                              cl_contact_get_id (fixture->ada));
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpstr (text_again, ==, expected);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);

  cl_test_exec_file (cl_database_get_path (fixture->database),
                     "UPDATE practice_scores SET score = 1;"
                     "UPDATE practice_partnerships SET field = 'Robotics'");
  g_assert_true (cl_database_check_external_changes (fixture->database));
  text = dump (fixture->store);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT "/Robotics 2:0:4=1",
                              cl_contact_get_id (fixture->ada));
  g_assert_cmpstr (text, ==, expected);
}

/* Deleting a contact takes its partnership; merging moves the sessions,
 * whose scores follow them. */
static void
test_contacts (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  ClContactStore    *contacts = fixture->contacts;
  ClPartnership     *ada = partner (fixture, fixture->ada);
  ClPartnership     *bob = partner (fixture, fixture->bob);
  ClContact         *cleo = cl_test_add_contact (contacts, "Cleo", NULL);
  ClPracticeSession *session;
  GListModel        *of_bob;
  g_autofree char   *text = NULL;

  session = add_session (fixture, ada, CL_PREP_DOMAIN_CODING, 2,
                         (const int[]){ COMMUNICATION, 4, 0 });
  add_session (fixture, bob, CL_PREP_DOMAIN_CODING, 1, (const int[]){ TESTING, 3, 0 });
  of_bob = cl_practice_store_get_partnership_sessions (fixture->store,
                                                       cl_partnership_get_id (bob));
  /* What Bob's partnership lacks comes from Ada's; both notes are kept. */
  {
    g_autoptr(ClPartnership) copy = cl_partnership_copy (ada);

    g_object_set (copy, "field", "Compilers", "seniority", "Senior", "notes", "Tuesdays", NULL);
    g_assert_true (cl_practice_store_update_partnership (fixture->store, copy, &error));
    g_assert_no_error (error);
    g_clear_object (&copy);
    copy = cl_partnership_copy (bob);
    g_object_set (copy, "seniority", "Staff", "notes", "Prefers video", NULL);
    g_assert_true (cl_practice_store_update_partnership (fixture->store, copy, &error));
    g_assert_no_error (error);
  }

  g_assert_true (cl_contact_store_delete_contact_moving (contacts, fixture->ada, fixture->bob,
                                                         &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cl_practice_store_get_partnerships (fixture->store)),
                    ==, 1);
  text = describe_sessions (of_bob);
  g_assert_cmpstr (text, ==, "1:0:4=3 2:0:1=4");
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (cl_practice_session_get_partnership_id (session), ==,
                   cl_partnership_get_id (bob));
  g_assert_cmpstr (cl_partnership_get_field (bob), ==, "Compilers");
  g_assert_cmpstr (cl_partnership_get_seniority (bob), ==, "Staff");
  g_assert_cmpstr (cl_partnership_get_notes (bob), ==, "Prefers video\nTuesdays");
  g_assert_cmpint (count (fixture, "practice_scores"), ==, 2);

  g_assert_true (cl_contact_store_delete_contact (contacts, fixture->bob, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cl_practice_store_get_partnerships (fixture->store)),
                    ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cl_practice_store_get_sessions (fixture->store)),
                    ==, 0);
  g_assert_cmpint (count (fixture, "practice_scores"), ==, 0);
  g_assert_nonnull (partner (fixture, cleo));
}

/* The context gives views the store. */
/* "Practise with…" is one action: the contact, its role and the
 * partnership are saved together, or nothing is. */
static void
test_add_partner (Fixture      *fixture,
                  gconstpointer data)
{
  GListModel    *partnerships = cl_practice_store_get_partnerships (fixture->store);
  GListModel    *contacts = cl_contact_store_get_contacts (fixture->contacts);
  guint          n_contacts = g_list_model_get_n_items (contacts);
  ClPartnership *partnership = NULL;
  g_autoptr(ClContact) grace = cl_contact_new ("Grace Hopper");
  g_autoptr(ClContact) nobody = cl_contact_new ("   ");
  g_autoptr(GError) error = NULL;

  /* An existing contact gains the role. */
  g_assert_false (cl_contact_has_role (fixture->ada, CL_CONTACT_ROLE_PRACTICE_PARTNER));
  g_assert_true (cl_practice_store_add_partner (fixture->store, fixture->contacts, fixture->ada,
                                                &partnership, &error));
  g_assert_no_error (error);
  g_assert_nonnull (partnership);
  g_assert_cmpint (cl_partnership_get_contact_id (partnership), ==,
                   cl_contact_get_id (fixture->ada));
  g_assert_true (cl_contact_has_role (fixture->ada, CL_CONTACT_ROLE_PRACTICE_PARTNER));
  g_assert_cmpuint (g_list_model_get_n_items (partnerships), ==, 1);

  /* A name typed becomes a contact with the role. */
  g_assert_true (cl_practice_store_add_partner (fixture->store, fixture->contacts, grace, NULL,
                                                &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_contact_get_id (grace), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, n_contacts + 1);
  g_assert_true (cl_contact_has_role (
    cl_contact_store_find_contact (fixture->contacts, cl_contact_get_id (grace)),
    CL_CONTACT_ROLE_PRACTICE_PARTNER));
  g_assert_cmpuint (g_list_model_get_n_items (partnerships), ==, 2);

  /* Refused: a second partnership with Ada, and a blank name; nothing of
   * either is saved. */
  g_assert_false (cl_practice_store_add_partner (fixture->store, fixture->contacts, fixture->ada,
                                                 NULL, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (cl_practice_store_add_partner (fixture->store, fixture->contacts, nobody, NULL,
                                                 &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (partnerships), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, n_contacts + 1);
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM contacts"), ==,
                   n_contacts + 1);
}

static void
test_context (Fixture      *fixture,
              gconstpointer data)
{
  g_autoptr(ClContext) context = cl_context_new (fixture->database, fixture->clock);

  g_assert_true (CL_IS_PRACTICE_STORE (cl_context_get_practice_store (context)));
  g_assert_cmpstr (cl_practice_role_get_label (CL_PRACTICE_ROLE_INTERVIEWER), ==, "Interviewer");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/practice-store/partnerships", test_partnerships);
  ADD ("/practice-store/session-refusals", test_session_refusals);
  ADD ("/practice-store/sessions", test_sessions);
  ADD ("/practice-store/criteria", test_criteria);
  ADD ("/practice-store/trend", test_trend);
  ADD ("/practice-store/reload", test_reload);
  ADD ("/practice-store/contacts", test_contacts);
  ADD ("/practice-store/context", test_context);
  ADD ("/practice-store/add-partner", test_add_partner);
#undef ADD

  return g_test_run ();
}
