/* test-sample-data.c — cl-sample-data writes the same valid data for the same options,
 * dated around the day --today names
 *
 * Run with the path of the cl-sample-data executable as argument.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "cl-context.h"
#include "cl-sample-generator.h"
#include "cl-test-util.h"

static const char       *sample_data_path;

typedef ClTestDirFixture Fixture;

/* Runs cl-sample-data with @args (NULL-terminated); returns its exit status. */
static int
run (char      **out_stdout,
     char      **out_stderr,
     const char *first_arg,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int     wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, (char *) sample_data_path);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* The child's output must not mix with this test's TAP output. */
  g_spawn_sync (NULL, (char **) argv->pdata, NULL,
                (out_stdout == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL : 0) |
                  (out_stderr == NULL ? G_SPAWN_STDERR_TO_DEV_NULL : 0),
                NULL, NULL, out_stdout, out_stderr, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

/* 09:00 UTC on @day ("YYYY-MM-DD"): the time the sample of that day is
 * looked at. */
static gint64
now_of (const char *day)
{
  int year, month, date;
  g_autoptr(GDateTime) at = NULL;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &year, &month, &date), ==, 3);
  at = g_date_time_new_utc (year, month, date, 9, 0, 0);
  g_assert_nonnull (at);
  return g_date_time_to_unix (at);
}

/* @sql with every "NOW" replaced by @now, as a number. */
static gint64
query_at (ClDatabase *database,
          gint64      now,
          const char *sql)
{
  g_autoptr(GString) text = g_string_new (sql);
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, now);

  g_string_replace (text, "NOW", number, 0);
  return cl_test_query_int64 (database, text->str);
}

static char *
dump_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClDatabase) database = cl_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (database);
  return cl_test_dump_database (database);
}

static void
test_deterministic (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *a = g_build_filename (fixture->dir, "a.db", NULL);
  g_autofree char *b = g_build_filename (fixture->dir, "b.db", NULL);
  g_autofree char *c = g_build_filename (fixture->dir, "c.db", NULL);
  g_autofree char *d = g_build_filename (fixture->dir, "d.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *dump_a = NULL;
  g_autofree char *dump_b = NULL;
  g_autofree char *dump_c = NULL;
  g_autofree char *dump_d = NULL;

  g_assert_cmpint (run (&out, &err, "--applications", "400", "--contacts", "120", "--seed", "11",
                        "--today", "2027-03-15", a, NULL),
                   ==, 0);
  g_assert_cmpstr (err, ==, "");
  /* One summary line. */
  g_assert_nonnull (strstr (out, "400 applications"));
  g_assert_nonnull (strstr (out, "120 contacts"));
  g_assert_nonnull (strstr (out, "follow-ups"));
  g_assert_nonnull (strstr (out, "negotiation plans"));
  g_assert_nonnull (strstr (out, "market ranges"));
  g_assert_nonnull (strstr (out, "2027-03-15"));
  g_assert_true (g_str_has_suffix (out, "\n"));
  g_assert_true (strchr (out, '\n') == out + strlen (out) - 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (&out, &err, "-a", "400", "-c", "120", "-s", "11", "-t", "2027-03-15", b,
                        NULL),
                   ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (&out, &err, "--applications", "400", "--contacts", "120", "--seed", "12",
                        "--today", "2027-03-15", c, NULL),
                   ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (&out, &err, "--applications", "400", "--contacts", "120", "--seed", "11",
                        "--today", "2027-03-16", d, NULL),
                   ==, 0);

  dump_a = dump_file (a);
  dump_b = dump_file (b);
  dump_c = dump_file (c);
  dump_d = dump_file (d);
  g_assert_cmpuint (strlen (dump_a), >, 10000);
  g_assert_cmpstr (dump_a, ==, dump_b);
  g_assert_cmpstr (dump_a, !=, dump_c);
  /* Another day dates the same search otherwise. */
  g_assert_cmpstr (dump_a, !=, dump_d);
  {
    const char *sql = "SELECT a.id, c.name, a.role, a.stage_id, a.position FROM applications a"
                      " JOIN companies c ON c.id = a.company_id ORDER BY a.id";
    g_autoptr(ClDatabase) database_a = cl_database_open (a, NULL);
    g_autoptr(ClDatabase) database_d = cl_database_open (d, NULL);
    g_autofree char *cards_a = cl_test_query_text (database_a, sql);
    g_autofree char *cards_d = cl_test_query_text (database_d, sql);

    g_assert_cmpstr (cards_a, ==, cards_d);
    g_assert_cmpint (cl_test_query_int64 (database_d, "SELECT max(created_at) FROM applications") -
                       cl_test_query_int64 (database_a, "SELECT max(created_at) FROM applications"),
                     ==, 86400);
  }
}

static void
test_contents (Fixture      *fixture,
               gconstpointer data)
{
  const char      *today = "2027-05-20";
  const gint64     now = now_of (today);
  g_autofree char *path = g_build_filename (fixture->dir, "sample.db", NULL);
  g_autoptr(ClDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *per_domain = NULL;
  g_autofree char *out = NULL;

  g_assert_cmpint (run (&out, NULL, "--applications", "600", "--contacts", "200", "--today", today,
                        path, NULL),
                   ==, 0);

  database = cl_database_open (path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM applications"), ==, 600);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM contacts"), ==, 200);
  /* Each application walked to its stage: its latest step is where it is,
   * and most took more than one. */
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stage_history"), >, 1000);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM applications a WHERE stage_id IS NOT"
                                        " (SELECT to_stage_id FROM stage_history h"
                                        "   WHERE h.application_id = a.id"
                                        "   ORDER BY moved_at DESC, id DESC LIMIT 1)"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stage_history"
                                                  " WHERE from_stage_id IS NULL"),
                   ==, 600);
  /* Every stage is used, the early ones most. */
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(DISTINCT stage_id) FROM applications"),
                   ==, 10);
  g_assert_cmpint (
    cl_test_query_int64 (database, "SELECT (SELECT count(*) FROM applications a JOIN stages s"
                                   "        ON s.id = a.stage_id WHERE s.milestone = 'applied')"
                                   "     > (SELECT count(*) FROM applications a JOIN stages s"
                                   "        ON s.id = a.stage_id WHERE s.milestone = 'onsite')"),
    ==, 1);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(DISTINCT company_type) FROM companies"),
                   >=, 6);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT min(interest) FROM applications"), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT max(interest) FROM applications"), ==, 5);
  /* Applications spread over the months before today, none after it. */
  g_assert_cmpint (query_at (database, now,
                             "SELECT count(*) FROM applications WHERE created_at > NOW"),
                   ==, 0);
  g_assert_cmpint (
    query_at (database, now,
              "SELECT count(*) FROM applications WHERE created_at < NOW - 120 * 86400"),
    >, 0);
  g_assert_cmpint (
    query_at (database, now,
              "SELECT count(*) FROM applications WHERE created_at > NOW - 30 * 86400"),
    >, 0);
  g_assert_cmpint (query_at (database, now, "SELECT count(*) FROM contacts WHERE created_at > NOW"),
                   ==, 0);
  /* No rounds before the recruiter screen; at most four for open loops. */
  g_assert_cmpint (
    cl_test_query_int64 (database, "SELECT count(*) FROM interview_rounds r JOIN applications a"
                                   " ON a.id = r.application_id JOIN stages s ON s.id = a.stage_id"
                                   " WHERE s.milestone IN ('wishlist', 'applied')"),
    ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM interview_rounds"), >, 0);
  g_assert_cmpint (
    cl_test_query_int64 (database, "SELECT max(n) FROM (SELECT count(*) AS n FROM interview_rounds"
                                   " GROUP BY application_id)"),
    <=, 4);
  /* Rounds behind today (held: never still "scheduled") and in the coming
   * weeks (scheduled: never held yet). */
  g_assert_cmpint (query_at (database, now,
                             "SELECT count(*) FROM interview_rounds WHERE scheduled_at < NOW"),
                   >, 100);
  g_assert_cmpint (query_at (database, now,
                             "SELECT count(*) FROM interview_rounds WHERE scheduled_at BETWEEN NOW"
                             " AND NOW + 22 * 86400"),
                   >, 30);
  g_assert_cmpint (
    query_at (
      database, now,
      "SELECT count(*) FROM interview_rounds WHERE (scheduled_at < NOW) = (status = 'scheduled')"),
    ==, 0);
  /* One offer for each application in Offer or Accepted, and only those. */
  g_assert_cmpint (
    cl_test_query_int64 (database,
                         "SELECT count(*) FROM applications a JOIN stages s ON s.id = a.stage_id"
                         " WHERE s.milestone IN ('offer', 'accepted')"
                         " AND (SELECT count(*) FROM offers o WHERE o.application_id = a.id) <> 1"),
    ==, 0);
  g_assert_cmpint (cl_test_query_int64 (
                     database,
                     "SELECT count(*) FROM offers o JOIN applications a ON a.id = o.application_id"
                     " JOIN stages s ON s.id = a.stage_id"
                     " WHERE s.milestone NOT IN ('offer', 'accepted')"),
                   ==, 0);
  g_assert_cmpint (
    query_at (database, now,
              "SELECT count(*) FROM offers WHERE received_at > NOW OR response_deadline < NOW"
              " OR start_date <= date (NOW, 'unixepoch')"),
    ==, 0);
  /* Each offer still open has a plan: a target 10–20% above the year-1 base
   * and bonus it had before any round (down to whole thousands), a
   * walk-away point below the target, two to four asks, and up to two
   * rounds for those under negotiation, dated since the offer came. */
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM offers o"
                                        " WHERE (o.status IN ('received', 'negotiating'))"
                                        " <> EXISTS (SELECT 1 FROM negotiation_plans p"
                                        "   WHERE p.offer_id = o.id)"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM negotiation_plans"), >, 3);
  g_assert_cmpint (
    cl_test_query_int64 (database,
                         "SELECT count(*) FROM negotiation_plans p"
                         " JOIN offers o ON o.id = p.offer_id"
                         " LEFT JOIN offer_revisions r ON r.offer_id = o.id"
                         "   AND r.negotiation_round_id IS NULL"
                         " WHERE p.walk_away_total >= p.target_total OR p.talking_points IS NULL"
                         " OR p.target_total * 100 NOT BETWEEN"
                         "   (coalesce (r.base_salary, o.base_salary) * (10000 + coalesce"
                         "   (r.bonus_basis_points, o.bonus_basis_points, 0)) / 10000) * 108"
                         "   AND (coalesce (r.base_salary, o.base_salary) * (10000 + coalesce"
                         "   (r.bonus_basis_points, o.bonus_basis_points, 0)) / 10000) * 120"),
    ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM negotiation_plans p"
                                        " WHERE (SELECT count(*) FROM negotiation_asks a"
                                        "   WHERE a.plan_id = p.id) NOT BETWEEN 2 AND 4"),
                   ==, 0);
  g_assert_cmpint (
    cl_test_query_int64 (database, "SELECT count(DISTINCT kind) FROM negotiation_asks"), >=, 4);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT max(n) FROM (SELECT count(r.id) AS n"
                                        " FROM negotiation_plans p LEFT JOIN negotiation_rounds r"
                                        " ON r.plan_id = p.id GROUP BY p.id)"),
                   <=, 2);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM negotiation_rounds"), >, 0);
  g_assert_cmpint (
    query_at (database, now,
              "SELECT count(*) FROM negotiation_rounds r"
              " JOIN negotiation_plans p ON p.id = r.plan_id JOIN offers o ON o.id = p.offer_id"
              " WHERE r.happened_at < o.received_at OR r.happened_at > NOW"
              " OR o.status <> 'negotiating'"),
    ==, 0);
  /* The numbers that came back were written into the offer: an initial
   * revision, one per round with numbers, the latest as the offer is now. */
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM negotiation_plans p"
                                        " WHERE EXISTS (SELECT 1 FROM negotiation_rounds r"
                                        "   WHERE r.plan_id = p.id)"
                                        " <> (SELECT count(*) FROM offer_revisions v"
                                        "   WHERE v.offer_id = p.offer_id"
                                        "   AND v.negotiation_round_id IS NULL)"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT (SELECT count(*) FROM offer_revisions)"
                                        " - (SELECT count(*) FROM offer_revisions"
                                        "    WHERE negotiation_round_id IS NULL)"
                                        " - (SELECT count(*) FROM negotiation_rounds"
                                        "    WHERE coalesce (offered_base, offered_bonus,"
                                        "    offered_sign_on, offered_equity) IS NOT NULL)"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM offers o JOIN offer_revisions v"
                                        " ON v.id = (SELECT max(id) FROM offer_revisions"
                                        "   WHERE offer_id = o.id)"
                                        " WHERE v.base_salary <> o.base_salary"),
                   ==, 0);
  /* Two or three ranges for each currency of the offers, of total and base
   * pay, from Levels.fyi and Glassdoor; a rate to US dollars for each other
   * currency. */
  g_assert_cmpint (cl_test_query_int64 (
                     database,
                     "SELECT count(*) FROM (SELECT DISTINCT currency FROM offers) c"
                     " WHERE (SELECT count(*) FROM market_ranges m WHERE m.currency = c.currency)"
                     "   NOT BETWEEN 2 AND 3"
                     " OR NOT EXISTS (SELECT 1 FROM market_ranges m WHERE m.currency = c.currency"
                     "   AND m.component = 'total')"
                     " OR NOT EXISTS (SELECT 1 FROM market_ranges m WHERE m.currency = c.currency"
                     "   AND m.component = 'base')"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM market_ranges WHERE source NOT IN"
                                        " ('Levels.fyi', 'Glassdoor') OR p50 IS NULL"
                                        " OR currency NOT IN (SELECT currency FROM offers)"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM (SELECT DISTINCT currency FROM offers"
                                        " WHERE currency <> 'USD') c WHERE (SELECT count(*)"
                                        " FROM exchange_rates e WHERE e.from_currency = c.currency"
                                        " AND e.to_currency = 'USD') <> 1"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM exchange_rates"), ==,
                   cl_test_query_int64 (database, "SELECT count(DISTINCT currency) FROM offers"
                                                  " WHERE currency <> 'USD'"));
  /* The counts said are those written. */
  {
    g_autofree char *said = g_strdup_printf (
      "%" G_GINT64_FORMAT " negotiation plans (%" G_GINT64_FORMAT " asks, %" G_GINT64_FORMAT
      " rounds), %" G_GINT64_FORMAT " market ranges, %" G_GINT64_FORMAT " exchange rates",
      cl_test_query_int64 (database, "SELECT count(*) FROM negotiation_plans"),
      cl_test_query_int64 (database, "SELECT count(*) FROM negotiation_asks"),
      cl_test_query_int64 (database, "SELECT count(*) FROM negotiation_rounds"),
      cl_test_query_int64 (database, "SELECT count(*) FROM market_ranges"),
      cl_test_query_int64 (database, "SELECT count(*) FROM exchange_rates"));

    if (strstr (out, said) == NULL)
      g_error ("“%s” not in “%s”", said, out);
  }
  /* Two or three objectives per prep domain, their target dates around today. */
  per_domain = cl_test_query_text (database,
                                   "SELECT count(*) BETWEEN 2 AND 3 FROM prep_domains d"
                                   " LEFT JOIN objectives o ON o.domain_id = d.id GROUP BY d.id");
  g_assert_cmpstr (per_domain, ==, "1\n1\n1\n1\n1\n");
  g_assert_cmpint (
    query_at (database, now,
              "SELECT count(*) FROM objectives WHERE target_date NOT BETWEEN"
              " date (NOW, 'unixepoch', '-21 days') AND date (NOW, 'unixepoch', '+40 days')"),
    ==, 0);
  g_assert_cmpint (
    query_at (database, now,
              "SELECT count(*) FROM objectives WHERE target_date > date (NOW, 'unixepoch')"),
    >, 0);
  /* About half of them prepare for an application. */
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM objective_applications"),
                   >, 0);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM objectives o WHERE NOT EXISTS"
                                        " (SELECT 1 FROM objective_applications l"
                                        "  WHERE l.objective_id = o.id)"),
                   >, 0);
  /* Card facts: referrals on about 15%, one or two red flags on about 10%,
   * a coming round for every running loop, deadlines on the wishlist (most
   * ahead, some passed), follow-ups on applications waiting for news. */
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(DISTINCT application_id) FROM referrals"),
                   >=, 600 * 8 / 100);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(DISTINCT application_id) FROM referrals"),
                   <=, 600 * 25 / 100);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(DISTINCT status) FROM referrals"),
                   ==, 4);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(DISTINCT application_id) FROM red_flags"),
                   >=, 600 * 5 / 100);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(DISTINCT application_id) FROM red_flags"),
                   <=, 600 * 18 / 100);
  g_assert_cmpint (
    cl_test_query_int64 (
      database, "SELECT max(n) FROM (SELECT count(*) AS n FROM red_flags GROUP BY application_id)"),
    ==, 2);
  g_assert_cmpint (
    query_at (database, now,
              "SELECT count(*) FROM applications a JOIN stages s ON s.id = a.stage_id"
              " WHERE s.milestone IN ('screen', 'technical', 'onsite')"
              " AND NOT EXISTS (SELECT 1 FROM interview_rounds r WHERE r.application_id = a.id"
              "   AND r.status = 'scheduled' AND r.scheduled_at > NOW)"),
    ==, 0);
  g_assert_cmpint (
    cl_test_query_int64 (database,
                         "SELECT count(*) FROM applications a JOIN stages s ON s.id = a.stage_id"
                         " WHERE a.deadline IS NOT NULL AND s.milestone <> 'wishlist'"),
    ==, 0);
  g_assert_cmpint (query_at (database, now,
                             "SELECT count(*) FROM applications WHERE deadline > NOW"),
                   >, 0);
  g_assert_cmpint (query_at (database, now,
                             "SELECT count(*) FROM applications WHERE deadline < NOW"),
                   >, 0);
  g_assert_cmpint (query_at (database, now,
                             "SELECT count(*) FROM reminders WHERE kind = 'follow-up'"
                             " AND due_at < NOW AND done_at IS NOT NULL"),
                   >, 0);
  g_assert_cmpint (query_at (database, now,
                             "SELECT count(*) FROM reminders WHERE kind = 'follow-up'"
                             " AND due_at > NOW AND done_at IS NULL"),
                   >, 0);
  g_assert_cmpint (query_at (database, now,
                             "SELECT count(*) FROM reminders"
                             " WHERE done_at > NOW OR created_at > NOW OR done_at < created_at"),
                   ==, 0);
  g_assert_cmpint (
    cl_test_query_int64 (
      database, "SELECT count(*) FROM reminders r JOIN applications a ON a.id = r.application_id"
                " JOIN stages s ON s.id = a.stage_id WHERE s.milestone = 'wishlist'"),
    ==, 0);

  /* The board reads them back as the cards' facts, on that day. */
  {
    g_autoptr(ClClock) clock = cl_clock_new_fixed (now);
    g_autoptr(ClContext) context = cl_context_new (database, clock);
    ClPipelineStore *store = cl_context_get_pipeline_store (context);
    GListModel      *applications = cl_pipeline_store_get_applications (store);
    guint            n_referred = 0, n_flagged = 0, n_rounds = 0, n_deadlines = 0, n_follow_ups = 0;
    guint            n_open = 0, n_open_ahead = 0, n_loops_without_next = 0;

    g_assert_true (cl_context_load (context, &error));
    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
      {
        g_autoptr(ClApplication) application = g_list_model_get_item (applications, i);
        ClStage *stage =
          cl_pipeline_store_find_stage (store, cl_application_get_stage_id (application));
        ClNextKind kind = cl_application_get_next_kind (application);

        n_referred += cl_application_get_referral_status (application) != CL_REFERRAL_STATUS_NONE;
        n_flagged += cl_application_get_red_flag_count (application) > 0;
        n_rounds += kind == CL_NEXT_KIND_ROUND;
        n_deadlines += kind == CL_NEXT_KIND_DEADLINE;
        n_follow_ups += kind == CL_NEXT_KIND_FOLLOW_UP;
        /* Only a follow-up not done yet may be overdue. */
        if (kind != CL_NEXT_KIND_NONE && kind != CL_NEXT_KIND_FOLLOW_UP)
          g_assert_cmpint (cl_application_get_next_at (application), >=, now);
        if (kind == CL_NEXT_KIND_NONE &&
            (cl_stage_get_milestone (stage) == CL_MILESTONE_SCREEN ||
             cl_stage_get_milestone (stage) == CL_MILESTONE_TECHNICAL ||
             cl_stage_get_milestone (stage) == CL_MILESTONE_ONSITE))
          n_loops_without_next++;
        if (cl_stage_get_is_open (stage))
          {
            n_open++;
            n_open_ahead += cl_application_get_next_at (application) > now;
          }
      }
    g_assert_cmpint (n_referred, ==,
                     cl_test_query_int64 (database,
                                          "SELECT count(DISTINCT application_id) FROM referrals"));
    g_assert_cmpint (n_flagged, ==,
                     cl_test_query_int64 (database,
                                          "SELECT count(DISTINCT application_id) FROM red_flags"));
    /* Every running loop shows its coming round, or a follow-up before it
     * (follow-ups are a card's next too since the sample has them). */
    g_assert_cmpint (n_rounds, >, 0);
    g_assert_cmpuint (n_loops_without_next, ==, 0);
    g_assert_cmpint (n_deadlines, >, 0);
    g_assert_cmpint (n_follow_ups, >, 0);
    /* A good share of the open cards have something coming. */
    g_test_message ("%u of %u open cards have a next date after %s", n_open_ahead, n_open, today);
    g_assert_cmpuint (n_open, >, 300);
    g_assert_cmpuint (n_open_ahead * 100, >=, n_open * 20);
  }

  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM pragma_foreign_key_check"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM contact_emails"
                                                  " WHERE address NOT LIKE '%_@_%'"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM contact_emails"), >, 100);
  /* Last contacted is the newest interaction, for everyone. */
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM interactions"), >, 20);
  g_assert_cmpint (cl_test_query_int64 (
                     database, "SELECT count(*) FROM contacts c WHERE last_contacted IS NOT"
                               " (SELECT max(occurred_at) FROM interactions i"
                               "  WHERE i.contact_id = c.id)"),
                   ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(DISTINCT vcard_uid) = count(*)"
                                                  " FROM contacts"),
                   ==, 1);
}

/* Without --today, the data is dated around the current day. */
static void
test_default_today (Fixture      *fixture,
                    gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "today.db", NULL);
  g_autofree char *out = NULL;
  g_autoptr(ClDatabase) database = NULL;
  g_autoptr(GDateTime) local = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (local, "%Y-%m-%d");
  gint64           real_now = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_cmpint (run (&out, NULL, "--applications", "60", "--contacts", "10", path, NULL), ==, 0);
  database = cl_database_open (path, NULL);
  g_assert_nonnull (database);

  /* (Around midnight the day may have turned since it was written.) */
  if (strstr (out, today) == NULL)
    {
      g_test_skip ("the day changed while the sample was written");
      return;
    }
  g_assert_cmpint (query_at (database, now_of (today),
                             "SELECT count(*) FROM applications WHERE created_at > NOW"),
                   ==, 0);
  g_assert_cmpint (
    query_at (database, real_now,
              "SELECT count(*) FROM interview_rounds WHERE scheduled_at > NOW - 86400"
              " AND scheduled_at < NOW + 30 * 86400"),
    >, 0);
}

static void
test_bad_options (Fixture      *fixture,
                  gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "x.db", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "y.db", NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (run (NULL, &err, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--help"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (NULL, &err, "--applications", "-5", path, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--applications"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (NULL, &err, "--contacts", "many", path, NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "--seed", "-1", path, NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "--colour", path, NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, path, other, NULL), ==, 2);
  g_clear_pointer (&err, g_free);

  /* Days that are not dates, or not written YYYY-MM-DD, say so. */
  {
    static const char *bad_days[] = {
      "not a date",
      "2026-02-30",
      "2026-13-01",
      "2026-00-10",
      "2026-1-5",
      "26-01-05",
      "2026/01/05",
      "2026-01-05T09:00",
      "",
      "0000-01-01",
      "99999-01-01",
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad_days); i++)
      {
        if (run (NULL, &err, "--today", bad_days[i], path, NULL) != 2)
          g_error ("--today “%s” was not refused as a bad option", bad_days[i]);
        g_assert_nonnull (strstr (err, "--today"));
        g_assert_nonnull (strstr (err, "YYYY-MM-DD"));
        if (*bad_days[i] != '\0')
          g_assert_nonnull (strstr (err, bad_days[i]));
        g_clear_pointer (&err, g_free);
      }
    g_assert_cmpint (run (NULL, &err, "--today", path, NULL), ==, 2);
    g_clear_pointer (&err, g_free);
  }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
}

static void
test_refuses_existing (Fixture      *fixture,
                       gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "mine.db", NULL);
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "my own data", -1, NULL));
  g_assert_cmpint (run (NULL, &err, "--applications", "3", path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "already exists"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "my own data");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    g_error ("Usage: %s PATH-TO-cl-sample-data", argv[0]);
  sample_data_path = argv[1];

#define ADD(name, func) \
  g_test_add ("/sample-data/" name, Fixture, NULL, cl_test_dir_fixture_setup, func, \
              cl_test_dir_fixture_teardown)

  ADD ("deterministic", test_deterministic);
  ADD ("contents", test_contents);
  ADD ("default-today", test_default_today);
  ADD ("bad-options", test_bad_options);
  ADD ("refuses-existing", test_refuses_existing);

#undef ADD

  return g_test_run ();
}
