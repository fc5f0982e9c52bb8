/* test-insights.c — funnel, outcomes, time in stage and activity, by hand
 *
 * The applications are written through the stores with the clock set to
 * each step's time, so the history rows are the ones the app writes; every
 * expected number below is counted from the timeline in season_set_up().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-context.h"
#include "cl-enum-types.h"
#include "cl-insights.h"
#include "cl-test-util.h"

#define DAY (G_GINT64_CONSTANT (86400))
#define HOUR (G_GINT64_CONSTANT (3600))

/* Monday 2026-10-26 00:00 UTC: the week of CL_TEST_NOW (a Sunday). */
#define WEEK_OF_NOW G_GINT64_CONSTANT (1792972800)
/* Monday 2026-10-05 00:00 UTC, day 0 of the season below: three weeks earlier. */
#define SEASON_START (WEEK_OF_NOW - 21 * DAY)

/* The default stages, by board position. */
enum
{
  WISHLIST,
  APPLIED,
  SCREEN,
  TECHNICAL,
  ONSITE,
  OFFER,
  ACCEPTED,
  REJECTED,
  WITHDRAWN,
  GHOSTED,
  N_DEFAULT_STAGES
};

typedef struct
{
  ClTestFixture    base;
  ClPipelineStore *store;
  ClStageStore    *stages;
  gint64           stage_ids[N_DEFAULT_STAGES];
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  GListModel *stages;

  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_pipeline_store (fixture->base.context);
  fixture->stages = cl_context_get_stage_store (fixture->base.context);

  stages = cl_pipeline_store_get_stages (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, N_DEFAULT_STAGES);
  for (guint i = 0; i < N_DEFAULT_STAGES; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);

      fixture->stage_ids[i] = cl_stage_get_id (stage);
    }
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  cl_test_fixture_teardown (&fixture->base);
}

static gint64
at_day (double day)
{
  return SEASON_START + (gint64) (day * DAY);
}

/* Adds an application to @stage when the clock shows @created_at. */
static ClApplication *
add_at (Fixture            *fixture,
        gint64              created_at,
        const char         *company,
        ClCompanyType       company_type,
        ClApplicationSource source,
        guint               stage)
{
  g_autoptr(ClApplication) application = cl_application_new (company, "ML Engineer");
  g_autoptr(GError) error = NULL;

  g_object_set (cl_application_get_company (application), "company-type", company_type, NULL);
  g_object_set (application, "source", source, NULL);
  cl_clock_set (fixture->base.clock, created_at);
  g_assert_true (cl_pipeline_store_add_application (fixture->store, application,
                                                    fixture->stage_ids[stage], &error));
  g_assert_no_error (error);
  return application; /* owned by the store now */
}

static ClApplication *
add (Fixture            *fixture,
     double              day,
     const char         *company,
     ClCompanyType       company_type,
     ClApplicationSource source,
     guint               stage)
{
  return add_at (fixture, at_day (day), company, company_type, source, stage);
}

static void
move_to_id_at (Fixture       *fixture,
               ClApplication *application,
               gint64         when,
               gint64         stage_id,
               guint          position)
{
  g_autoptr(ClPipelineMove) move = NULL;
  g_autoptr(GError) error = NULL;

  cl_clock_set (fixture->base.clock, when);
  g_assert_true (cl_pipeline_store_move_application (fixture->store, application, stage_id,
                                                     position, &move, &error));
  g_assert_no_error (error);
  g_assert_nonnull (move); /* it did move */
}

static void
move (Fixture       *fixture,
      ClApplication *application,
      double         day,
      guint          stage)
{
  move_to_id_at (fixture, application, at_day (day), fixture->stage_ids[stage], G_MAXUINT);
}

static ClInsights *
compute_at (Fixture   *fixture,
            gint64     now,
            GTimeZone *tz)
{
  g_autoptr(GError) error = NULL;
  ClInsights *insights = cl_insights_compute (fixture->base.database, now, tz, &error);

  g_assert_no_error (error);
  g_assert_nonnull (insights);
  return insights;
}

static ClInsights *
compute (Fixture   *fixture,
         GTimeZone *tz)
{
  return compute_at (fixture, CL_TEST_NOW, tz);
}

/* Dumps, to compare with one string: "count/rate" for the funnel (rate to
 * three decimals, "-" for -1); "nick applications onsite offers
 * rejections" for outcomes; "name stays median" for time in stage;
 * "index:added/moves" for the weeks that have any. */

static char *
funnel_dump (ClInsights *insights)
{
  const ClFunnelRow *rows = cl_insights_get_funnel (insights);
  GString           *out = g_string_new (NULL);

  for (guint i = 0; i < CL_FUNNEL_N_STEPS; i++)
    {
      g_assert_cmpint (rows[i].step, ==, i);
      g_string_append_printf (out, "%s%u/", i > 0 ? " " : "", rows[i].count);
      if (rows[i].rate == -1)
        g_string_append (out, "-");
      else
        {
          g_assert_cmpfloat (rows[i].rate, >=, 0);
          g_assert_cmpfloat (rows[i].rate, <=, 1);
          g_string_append_printf (out, "%.3f", rows[i].rate);
        }
    }
  return g_string_free (out, FALSE);
}

static char *
outcomes_dump (const ClOutcomeRow *rows,
               guint               n_rows,
               GType               type)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (out, "%s%s %u %u %u %u", i > 0 ? "; " : "",
                            rows[i].group < 0 ? "others" : cl_enum_to_nick (type, rows[i].group),
                            rows[i].applications, rows[i].reached_onsite, rows[i].offers,
                            rows[i].rejections);
  return g_string_free (out, FALSE);
}

static char *
company_types_dump (ClInsights *insights)
{
  guint               n = G_MAXUINT;
  const ClOutcomeRow *rows = cl_insights_get_by_company_type (insights, &n);

  g_assert_cmpuint (n, !=, G_MAXUINT);
  return outcomes_dump (rows, n, CL_TYPE_COMPANY_TYPE);
}

static char *
sources_dump (ClInsights *insights)
{
  guint               n = G_MAXUINT;
  const ClOutcomeRow *rows = cl_insights_get_by_source (insights, &n);

  g_assert_cmpuint (n, !=, G_MAXUINT);
  return outcomes_dump (rows, n, CL_TYPE_APPLICATION_SOURCE);
}

static char *
time_dump (ClInsights *insights)
{
  guint                 n = G_MAXUINT;
  const ClStageTimeRow *rows = cl_insights_get_time_in_stage (insights, &n);
  GString              *out = g_string_new (NULL);

  g_assert_cmpuint (n, !=, G_MAXUINT);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (rows[i].stage_id, >, 0);
      g_assert_true ((rows[i].stays == 0) == (rows[i].median_days == -1));
      g_string_append_printf (out, "%s%s %u %g", i > 0 ? "; " : "", rows[i].name, rows[i].stays,
                              rows[i].median_days);
    }
  return g_string_free (out, FALSE);
}

static char *
activity_dump (ClInsights *insights)
{
  const ClActivityRow *rows = cl_insights_get_activity (insights);
  GString             *out = g_string_new (NULL);

  for (guint i = 0; i < CL_INSIGHTS_WEEKS; i++)
    if (rows[i].added > 0 || rows[i].moves > 0)
      g_string_append_printf (out, "%s%u:%u/%u", out->len > 0 ? " " : "", i, rows[i].added,
                              rows[i].moves);
  return g_string_free (out, FALSE);
}

/* The weeks up to that of CL_TEST_NOW in UTC, seven days apart. */
static void
assert_utc_weeks (ClInsights *insights)
{
  const ClActivityRow *rows = cl_insights_get_activity (insights);

  for (guint i = 0; i < CL_INSIGHTS_WEEKS; i++)
    g_assert_cmpint (rows[i].week_start, ==,
                     WEEK_OF_NOW - (gint64) (CL_INSIGHTS_WEEKS - 1 - i) * 7 * DAY);
}

/* clang-format off */
#define assert_dump(func, insights, expected) \
  G_STMT_START { \
    g_autofree char *__dump = func (insights); \
    g_assert_cmpstr (__dump, ==, expected); \
  } G_STMT_END
/* clang-format on */

static void
assert_describe (char       *text,
                 const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

/* The season: day d is at_day (d); stays in days.
 *
 *   A1 Acme      startup  referral   wishlist 0, applied 1, screen 3, technical 5,
 *                                    onsite 10, offer 20, accepted 25
 *   A2 Borealis  startup  cold       applied 0, screen 3, rejected 7 (Monday 00:00)
 *   A3 Cobalt    big-tech job-board  applied 1, onsite 4 (skips two steps), rejected 9
 *   A4 Delta     big-tech referral   applied 1, technical 3, screen 4.5 (back), technical 6
 *   A5 Echo      listed   recruiter  wishlist 12, nothing else
 *   A6 Foxtrot   listed   cold       applied 200 days before day 0, offer 8, archived 9
 *   A7 Golf      startup  cold       wishlist 13, rejected 13.5 (never applied)
 *   A8 India     unknown  network    applied 0, screen 1, ghosted 2
 *   A9 Juliet    startup  other      applied 0, reordered within applied 1, withdrawn 4
 */
static void
season_set_up (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  ClApplication *a1, *a2, *a3, *a4, *a6, *a7, *a8, *a9;

  a1 = add (fixture, 0, "Acme", CL_COMPANY_TYPE_STARTUP, CL_APPLICATION_SOURCE_REFERRAL, WISHLIST);
  a2 = add (fixture, 0, "Borealis", CL_COMPANY_TYPE_STARTUP, CL_APPLICATION_SOURCE_COLD, APPLIED);
  a8 = add (fixture, 0, "India", CL_COMPANY_TYPE_UNKNOWN, CL_APPLICATION_SOURCE_NETWORK, APPLIED);
  a9 = add (fixture, 0, "Juliet", CL_COMPANY_TYPE_STARTUP, CL_APPLICATION_SOURCE_OTHER, APPLIED);
  a3 = add (fixture, 1, "Cobalt", CL_COMPANY_TYPE_BIG_TECH, CL_APPLICATION_SOURCE_JOB_BOARD,
            APPLIED);
  a4 = add (fixture, 1, "Delta", CL_COMPANY_TYPE_BIG_TECH, CL_APPLICATION_SOURCE_REFERRAL,
            APPLIED);
  add (fixture, 12, "Echo", CL_COMPANY_TYPE_LISTED, CL_APPLICATION_SOURCE_RECRUITER, WISHLIST);
  a6 = add (fixture, -200, "Foxtrot", CL_COMPANY_TYPE_LISTED, CL_APPLICATION_SOURCE_COLD, APPLIED);
  a7 = add (fixture, 13, "Golf", CL_COMPANY_TYPE_STARTUP, CL_APPLICATION_SOURCE_COLD, WISHLIST);

  /* Juliet came after Borealis and India in "Applied": to the top of it,
   * while they are still there. */
  g_assert_cmpuint (cl_application_get_position (a9), ==, 2);
  move_to_id_at (fixture, a9, at_day (1), fixture->stage_ids[APPLIED], 0);
  g_assert_cmpuint (cl_application_get_position (a9), ==, 0);

  move (fixture, a1, 1, APPLIED);
  move (fixture, a1, 3, SCREEN);
  move (fixture, a1, 5, TECHNICAL);
  move (fixture, a1, 10, ONSITE);
  move (fixture, a1, 20, OFFER);
  move (fixture, a1, 25, ACCEPTED);

  move (fixture, a2, 3, SCREEN);
  move (fixture, a2, 7, REJECTED);

  move (fixture, a3, 4, ONSITE);
  move (fixture, a3, 9, REJECTED);

  move (fixture, a4, 3, TECHNICAL);
  move (fixture, a4, 4.5, SCREEN);
  move (fixture, a4, 6, TECHNICAL);

  move (fixture, a6, 8, OFFER);
  cl_clock_set (fixture->base.clock, at_day (9));
  g_assert_true (cl_pipeline_store_archive_application (fixture->store, a6, &error));
  g_assert_no_error (error);

  move (fixture, a7, 13.5, REJECTED);

  move (fixture, a8, 1, SCREEN);
  move (fixture, a8, 2, GHOSTED);

  move (fixture, a9, 4, WITHDRAWN);

  cl_clock_set (fixture->base.clock, CL_TEST_NOW);

  /* What the timeline wrote: 9 first placements, 18 stage changes and the
   * reorder. */
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM stage_history"),
                   ==, 9 + 18 + 1);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM applications"
                                        " WHERE archived_at IS NOT NULL"),
                   ==, 1);
}

static void
test_empty (Fixture      *fixture,
            gconstpointer data)
{
  g_autoptr(ClInsights) insights = compute (fixture, NULL);
  guint n = G_MAXUINT;

  g_assert_cmpuint (cl_insights_get_total (insights), ==, 0);
  /* Nothing reached any step, and no rate divides by a zero. */
  assert_dump (funnel_dump, insights, "0/- 0/- 0/- 0/- 0/- 0/-");
  assert_dump (company_types_dump, insights, "");
  /* Referral and the other sources are always there to compare. */
  assert_dump (sources_dump, insights, "referral 0 0 0 0; others 0 0 0 0");
  cl_insights_get_time_in_stage (insights, &n);
  g_assert_cmpuint (n, ==, N_DEFAULT_STAGES);
  assert_dump (time_dump, insights,
               "Wishlist 0 -1; Applied 0 -1; Recruiter screen 0 -1; Technical screen 0 -1;"
               " Onsite / final loop 0 -1; Offer 0 -1; Accepted 0 -1; Rejected 0 -1;"
               " Withdrawn 0 -1; Ghosted 0 -1");
  assert_dump (activity_dump, insights, "");
  assert_utc_weeks (insights);

  assert_describe (cl_insights_describe_funnel (insights), "No applications yet.");
  {
    const ClOutcomeRow *rows = cl_insights_get_by_source (insights, &n);

    assert_describe (cl_insights_describe_outcomes (rows, n, TRUE),
                     "No application has reached “Applied” yet.");
    rows = cl_insights_get_by_company_type (insights, &n);
    assert_describe (cl_insights_describe_outcomes (rows, n, FALSE),
                     "No application has reached “Applied” yet.");
  }
  assert_describe (cl_insights_describe_time_in_stage (insights),
                   "No application has left a stage yet.");
  assert_describe (cl_insights_describe_activity (insights),
                   "Nothing added or moved in the last 26 weeks.");
}

/* A wishlist that never went further, then one application in "Applied". */
static void
test_wishlist_only (Fixture      *fixture,
                    gconstpointer data)
{
  ClApplication *dream;

  dream = add (fixture, 0, "Dream Co", CL_COMPANY_TYPE_BIG_TECH, CL_APPLICATION_SOURCE_REFERRAL,
               WISHLIST);

  {
    g_autoptr(ClInsights) insights = compute (fixture, NULL);

    g_assert_cmpuint (cl_insights_get_total (insights), ==, 1);
    assert_dump (funnel_dump, insights, "0/- 0/- 0/- 0/- 0/- 0/-");
    assert_dump (company_types_dump, insights, "");
    assert_dump (sources_dump, insights, "referral 0 0 0 0; others 0 0 0 0");
    assert_dump (activity_dump, insights, "22:1/0");
    assert_describe (cl_insights_describe_funnel (insights),
                     "No application has reached “Applied” yet.");
  }

  /* A second stage entered ends the wishlist stay: half a day. */
  move (fixture, dream, 0.5, APPLIED);
  {
    g_autoptr(ClInsights) insights = compute (fixture, NULL);

    /* "Recruiter screen" divides by one; after it, by zero. */
    assert_dump (funnel_dump, insights, "1/- 0/0.000 0/- 0/- 0/- 0/-");
    assert_dump (company_types_dump, insights, "big-tech 1 0 0 0");
    assert_dump (sources_dump, insights, "referral 1 0 0 0; others 0 0 0 0");
    assert_dump (activity_dump, insights, "22:1/1");
    assert_describe (cl_insights_describe_funnel (insights),
                     "Applied 1, Recruiter screen 0 (0 %), Technical screen 0, Onsite 0,"
                     " Offer 0, Accepted 0");
    assert_describe (cl_insights_describe_time_in_stage (insights),
                     "Wishlist: median 0.5 days over 1 stay; Applied: no completed stays;"
                     " Recruiter screen: no completed stays; Technical screen: no completed"
                     " stays; Onsite / final loop: no completed stays; Offer: no completed"
                     " stays; Accepted: no completed stays; Rejected: no completed stays;"
                     " Withdrawn: no completed stays; Ghosted: no completed stays");
  }
}

static void
test_funnel (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(ClInsights) insights = NULL;

  season_set_up (fixture);
  insights = compute (fixture, NULL);

  /* Everything but the wishlist-only Echo and Golf applied (7); A1, A2, A3,
   * A4, A6, A8 reached the screen (A3 by skipping to onsite); A1, A3, A4, A6
   * a technical screen (A6 skipping to offer); A1, A3, A6 onsite (A3 then
   * rejected); A1 and the archived A6 an offer; A1 accepted. */
  g_assert_cmpuint (cl_insights_get_total (insights), ==, 9);
  assert_dump (funnel_dump, insights, "7/- 6/0.857 4/0.667 3/0.750 2/0.667 1/0.500");
  assert_describe (cl_insights_describe_funnel (insights),
                   "Applied 7, Recruiter screen 6 (86 %), Technical screen 4 (67 %),"
                   " Onsite 3 (75 %), Offer 2 (67 %), Accepted 1 (50 %)");
}

static void
test_outcomes (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(ClInsights) insights = NULL;
  const ClOutcomeRow *rows;
  guint               n;

  season_set_up (fixture);
  insights = compute (fixture, NULL);

  /* Golf (startup) and Echo (listed) never applied: left out, Golf's
   * rejection too.  Unknown and listed tie at one: the enum's order. */
  assert_dump (company_types_dump, insights,
               "startup 3 1 1 1; big-tech 2 1 0 1; unknown 1 0 0 0; listed 1 1 1 0");
  /* No recruiter row: Echo, its only one, never applied. */
  assert_dump (sources_dump, insights,
               "referral 2 1 1 0; others 5 2 1 2; cold 2 1 1 1; job-board 1 1 0 1;"
               " network 1 0 0 0; other 1 0 0 0");

  rows = cl_insights_get_by_company_type (insights, &n);
  assert_describe (cl_insights_describe_outcomes (rows, n, FALSE),
                   "Startup: 3 applications, 1 reached onsite, 1 offer, 1 rejection;"
                   " Big tech: 2 applications, 1 reached onsite, 0 offers, 1 rejection;"
                   " Unknown: 1 application, 0 reached onsite, 0 offers, 0 rejections;"
                   " Listed company: 1 application, 1 reached onsite, 1 offer, 0 rejections");
  rows = cl_insights_get_by_source (insights, &n);
  assert_describe (cl_insights_describe_outcomes (rows, 3, TRUE),
                   "Referral: 2 applications, 1 reached onsite, 1 offer, 0 rejections;"
                   " Every other source: 5 applications, 2 reached onsite, 1 offer,"
                   " 2 rejections;"
                   " Cold application: 2 applications, 1 reached onsite, 1 offer, 1 rejection");
}

static void
test_time_in_stage (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr(ClInsights) insights = NULL;

  season_set_up (fixture);
  insights = compute (fixture, NULL);

  /* Wishlist: A1 1, A7 0.5.  Applied: A8 1, A1 2, A4 2, A2 3, A3 3, A9 4
   * (its reorder does not end the stay), A6 208.  Screen: A8 1, A4 1.5,
   * A1 2, A2 4.  Technical: A4 1.5, A1 5 (A4's second stay is not over).
   * Onsite: A3 5, A1 10.  Offer: A1 5 (A6's is not over: archived).  The
   * outcomes hold applications that never left. */
  assert_dump (time_dump, insights,
               "Wishlist 2 0.75; Applied 7 3; Recruiter screen 4 1.75; Technical screen 2 3.25;"
               " Onsite / final loop 2 7.5; Offer 1 5; Accepted 0 -1; Rejected 0 -1;"
               " Withdrawn 0 -1; Ghosted 0 -1");
  assert_describe (cl_insights_describe_time_in_stage (insights),
                   "Wishlist: median 0.8 days over 2 stays; Applied: median 3 days over 7 stays;"
                   " Recruiter screen: median 1.8 days over 4 stays; Technical screen: median"
                   " 3.3 days over 2 stays; Onsite / final loop: median 7.5 days over 2 stays;"
                   " Offer: median 5 days over 1 stay; Accepted: no completed stays;"
                   " Rejected: no completed stays; Withdrawn: no completed stays;"
                   " Ghosted: no completed stays");
}

static void
test_activity (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(ClInsights) insights = NULL;

  season_set_up (fixture);
  insights = compute (fixture, NULL);

  /* Week 22 (from day 0): 6 added; moves A1 1, 3, 5, A2 3, A3 4, A4 3, 4.5,
   * 6, A8 1, 2, A9 4 (not its reorder).  Week 23 (from day 7): Echo and
   * Golf added; A2 at exactly day 7, A1 10, A3 9, A6 8, A7 13.5.  Then A1
   * alone.  Foxtrot, added 200 days before, is older than the weeks shown. */
  assert_dump (activity_dump, insights, "22:6/11 23:2/5 24:0/1 25:0/1");
  assert_utc_weeks (insights);
  assert_describe (cl_insights_describe_activity (insights),
                   "In the last 26 weeks: 8 applications added, 18 stage changes."
                   " Week of 5 Oct: 6 added, 11 moved. Week of 12 Oct: 2 added, 5 moved."
                   " Week of 19 Oct: 0 added, 1 moved. Week of 26 Oct: 0 added, 1 moved.");
}

/* Every one of the weeks, at both ends: a move at each Monday 00:00, one
 * more in the last second of the odd weeks, an application added in the
 * last second of every third week; what is before the first week is left
 * out. */
static void
test_activity_every_week (Fixture      *fixture,
                          gconstpointer data)
{
  gint64           first_week = WEEK_OF_NOW - (CL_INSIGHTS_WEEKS - 1) * 7 * DAY;
  ClApplication   *application;
  GString         *expected = g_string_new (NULL);
  g_autofree char *dump = NULL;
  guint            stage = SCREEN;

  application = add_at (fixture, first_week - 1, "Weekly", CL_COMPANY_TYPE_STARTUP,
                        CL_APPLICATION_SOURCE_COLD, APPLIED);
  move_to_id_at (fixture, application, first_week - 1, fixture->stage_ids[ONSITE], G_MAXUINT);
  for (guint i = 0; i < CL_INSIGHTS_WEEKS; i++)
    {
      gint64 start = first_week + (gint64) i * 7 * DAY;

      stage = stage == SCREEN ? TECHNICAL : SCREEN;
      move_to_id_at (fixture, application, start, fixture->stage_ids[stage], G_MAXUINT);
      if (i % 2 == 1)
        {
          stage = stage == SCREEN ? TECHNICAL : SCREEN;
          move_to_id_at (fixture, application, start + 7 * DAY - 1, fixture->stage_ids[stage],
                         G_MAXUINT);
        }
      if (i % 3 == 0)
        add_at (fixture, start + 7 * DAY - 1, "Weekly", CL_COMPANY_TYPE_STARTUP,
                CL_APPLICATION_SOURCE_COLD, WISHLIST);
      g_string_append_printf (expected, "%s%u:%u/%u", i > 0 ? " " : "", i, i % 3 == 0,
                              i % 2 == 1 ? 2 : 1);
    }

  {
    g_autoptr(ClInsights) insights = compute_at (fixture, WEEK_OF_NOW + 7 * DAY - 1, NULL);

    assert_utc_weeks (insights);
    dump = activity_dump (insights);
    g_assert_cmpstr (dump, ==, expected->str);
  }
  g_string_free (expected, TRUE);
}

/* Weeks in Berlin: 2026-10-25 is when summer time ends there, so the week
 * from Monday 19 October 00:00 CEST (Sunday 22:00 UTC) lasts 7 days and an
 * hour, to Monday 26 October 00:00 CET (Sunday 23:00 UTC). */
static void
test_time_zone (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  gint64         berlin_week = WEEK_OF_NOW - HOUR;
  gint64         berlin_week_before = WEEK_OF_NOW - 7 * DAY - 2 * HOUR;
  ClApplication *before, *early;

  if (berlin == NULL)
    {
      g_test_skip ("no time zone data for Europe/Berlin");
      return;
    }

  /* Added on Saturday 17 October, both weeks 23; moved on Monday 19
   * October 00:30 CEST, Sunday 22:30 UTC: week 24 in Berlin, 23 in UTC. */
  before = add_at (fixture, berlin_week_before - DAY, "Before", CL_COMPANY_TYPE_STARTUP,
                   CL_APPLICATION_SOURCE_COLD, APPLIED);
  move_to_id_at (fixture, before, berlin_week_before + 30 * 60, fixture->stage_ids[SCREEN],
                 G_MAXUINT);
  /* Sunday 22:30 UTC is Sunday 23:30 in Berlin; 23:30 UTC is Monday 00:30
   * there: both week 24 in UTC. */
  early = add_at (fixture, WEEK_OF_NOW - 90 * 60, "Early", CL_COMPANY_TYPE_STARTUP,
                  CL_APPLICATION_SOURCE_COLD, APPLIED);
  add_at (fixture, WEEK_OF_NOW - 30 * 60, "Late", CL_COMPANY_TYPE_STARTUP,
          CL_APPLICATION_SOURCE_COLD, APPLIED);
  /* A second before Monday 00:00 in Berlin, and at it. */
  move_to_id_at (fixture, early, berlin_week - 1, fixture->stage_ids[SCREEN], G_MAXUINT);
  move_to_id_at (fixture, early, berlin_week, fixture->stage_ids[TECHNICAL], G_MAXUINT);
  cl_clock_set (fixture->base.clock, CL_TEST_NOW);

  {
    g_autoptr(ClInsights) insights = compute (fixture, berlin);
    const ClActivityRow *rows = cl_insights_get_activity (insights);

    g_assert_cmpint (rows[CL_INSIGHTS_WEEKS - 1].week_start, ==, berlin_week);
    g_assert_cmpint (rows[CL_INSIGHTS_WEEKS - 2].week_start, ==, berlin_week_before);
    /* Summer time all along before: seven days apart, 22:00 UTC. */
    for (guint i = 0; i < CL_INSIGHTS_WEEKS - 1; i++)
      g_assert_cmpint (rows[i].week_start, ==,
                       berlin_week_before - (gint64) (CL_INSIGHTS_WEEKS - 2 - i) * 7 * DAY);
    assert_dump (activity_dump, insights, "23:1/0 24:1/2 25:1/1");
    assert_describe (cl_insights_describe_activity (insights),
                     "In the last 26 weeks: 3 applications added, 3 stage changes."
                     " Week of 12 Oct: 1 added, 0 moved. Week of 19 Oct: 1 added, 2 moved."
                     " Week of 26 Oct: 1 added, 1 moved.");
  }
  /* Sunday 1 November 23:30 UTC is already Monday in Berlin: a week later. */
  {
    g_autoptr(ClInsights) insights = compute_at (fixture, WEEK_OF_NOW + 7 * DAY - 30 * 60, berlin);
    const ClActivityRow *rows = cl_insights_get_activity (insights);

    g_assert_cmpint (rows[CL_INSIGHTS_WEEKS - 1].week_start, ==, berlin_week + 7 * DAY);
    g_assert_cmpint (rows[CL_INSIGHTS_WEEKS - 2].week_start, ==, berlin_week);
    assert_dump (activity_dump, insights, "22:1/0 23:1/2 24:1/1");
  }
  {
    g_autoptr(ClInsights) insights = compute (fixture, utc);

    assert_utc_weeks (insights);
    assert_dump (activity_dump, insights, "23:1/1 24:2/2");
  }
  /* No zone: local time, UTC in the test environment. */
  {
    g_autoptr(ClInsights) insights = compute (fixture, NULL);

    g_assert_cmpstr (g_getenv ("TZ"), ==, "UTC");
    assert_utc_weeks (insights);
    assert_dump (activity_dump, insights, "23:1/1 24:2/2");
  }
}

/* A stage without a milestone adds no step; an archived stage has no row. */
static void
test_custom_stage (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  ClApplication *application;
  ClStage       *take_home;

  take_home = cl_stage_store_add_stage (fixture->stages, "Take-home", TRUE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (take_home);
  g_assert_cmpint (cl_stage_get_milestone (take_home), ==, CL_MILESTONE_NONE);

  application = add (fixture, 0, "Kilo", CL_COMPANY_TYPE_AGENCY, CL_APPLICATION_SOURCE_EVENT,
                     APPLIED);
  move_to_id_at (fixture, application, at_day (1), cl_stage_get_id (take_home), G_MAXUINT);
  {
    g_autoptr(ClInsights) insights = compute (fixture, NULL);

    assert_dump (funnel_dump, insights, "1/- 0/0.000 0/- 0/- 0/- 0/-");
    assert_dump (sources_dump, insights, "referral 0 0 0 0; others 1 0 0 0; event 1 0 0 0");
  }

  move (fixture, application, 3, TECHNICAL);
  {
    g_autoptr(ClInsights) insights = compute (fixture, NULL);

    assert_dump (funnel_dump, insights, "1/- 1/1.000 1/1.000 0/0.000 0/- 0/-");
    /* New open stages go after the last open one, before the outcomes. */
    assert_dump (time_dump, insights,
                 "Wishlist 0 -1; Applied 1 1; Recruiter screen 0 -1; Technical screen 0 -1;"
                 " Onsite / final loop 0 -1; Offer 0 -1; Take-home 1 2; Accepted 0 -1;"
                 " Rejected 0 -1; Withdrawn 0 -1; Ghosted 0 -1");
  }

  g_assert_true (cl_stage_store_archive_stage (fixture->stages, take_home, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(ClInsights) insights = compute (fixture, NULL);

    assert_dump (time_dump, insights,
                 "Wishlist 0 -1; Applied 1 1; Recruiter screen 0 -1; Technical screen 0 -1;"
                 " Onsite / final loop 0 -1; Offer 0 -1; Accepted 0 -1; Rejected 0 -1;"
                 " Withdrawn 0 -1; Ghosted 0 -1");
  }
}

static void
test_boxed (Fixture      *fixture,
            gconstpointer data)
{
  ClInsights *insights = compute (fixture, NULL);
  ClInsights *copy;

  g_assert_true (G_TYPE_IS_BOXED (CL_TYPE_INSIGHTS));
  copy = g_boxed_copy (CL_TYPE_INSIGHTS, insights);
  g_assert_true (copy == insights);
  g_assert_true (cl_insights_ref (insights) == insights);
  cl_insights_unref (insights);
  g_boxed_free (CL_TYPE_INSIGHTS, copy);
  /* Still alive: the first reference is left. */
  g_assert_cmpuint (cl_insights_get_total (insights), ==, 0);
  cl_insights_unref (insights);
}

static void
test_database_error (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  ClInsights *insights;

  season_set_up (fixture);
  g_assert_cmpint (cl_test_exec (fixture->base.database,
                                 "ALTER TABLE stage_history RENAME TO stage_history_gone"),
                   ==, SQLITE_OK);

  insights = cl_insights_compute (fixture->base.database, CL_TEST_NOW, NULL, &error);
  g_assert_null (insights);
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FAILED);
}

static void
test_labels (void)
{
  static const char *expected[] = {
    "Applied",
    "Recruiter screen",
    "Technical screen",
    "Onsite",
    "Offer",
    "Accepted",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (expected) == CL_FUNNEL_N_STEPS);
  for (guint i = 0; i < CL_FUNNEL_N_STEPS; i++)
    g_assert_cmpstr (cl_funnel_step_get_label (i), ==, expected[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/insights/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("empty", test_empty);
  ADD ("wishlist-only", test_wishlist_only);
  ADD ("funnel", test_funnel);
  ADD ("outcomes", test_outcomes);
  ADD ("time-in-stage", test_time_in_stage);
  ADD ("activity", test_activity);
  ADD ("activity-every-week", test_activity_every_week);
  ADD ("time-zone", test_time_zone);
  ADD ("custom-stage", test_custom_stage);
  ADD ("boxed", test_boxed);
  ADD ("database-error", test_database_error);
  g_test_add_func ("/insights/labels", test_labels);

  return g_test_run ();
}
