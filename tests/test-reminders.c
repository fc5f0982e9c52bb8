/* test-reminders.c — when reminders fall due, and the clock's alarms
 *
 * The plan is checked with exact times in Europe/Berlin and
 * America/New_York, across their DST changes: "the day before at 18:00" is
 * 18:00 local of that calendar day, never 24 hours back.  The fixed clock
 * rings an alarm once it is set past it, and never before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <stdio.h>

#include "cl-clock.h"
#include "cl-context.h"
#include "cl-reminder-plan.h"
#include "cl-reminder-scheduler.h"
#include "cl-test-util.h"

/* @text ("2026-12-09 18:00") local to @zone, as Unix time. */
static gint64
at (GTimeZone  *zone,
    const char *text)
{
  int year, month, day, hour, minute;
  g_autoptr(GDateTime) when = NULL;

  g_assert_cmpint (sscanf (text, "%d-%d-%d %d:%d", &year, &month, &day, &hour, &minute), ==, 5);
  when = g_date_time_new (zone, year, month, day, hour, minute, 0);
  return g_date_time_to_unix (when);
}

static gint64
utc (const char *text)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_utc ();

  return at (zone, text);
}

static const ClPlannedReminder *
find (GArray     *planned,
      const char *key)
{
  for (guint i = 0; i < planned->len; i++)
    {
      const ClPlannedReminder *reminder = &g_array_index (planned, ClPlannedReminder, i);

      if (g_str_equal (reminder->key, key))
        return reminder;
    }
  g_error ("no reminder %s", key);
}

static GArray *
plan_one (ClReminderSourceKind      kind,
          gint64                    id,
          gint64                    when,
          const ClReminderSettings *settings,
          GTimeZone                *zone)
{
  ClReminderSource source = { kind, id, when };

  return cl_reminder_plan (&source, 1, settings, zone);
}

static void
test_round (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  ClReminderSettings settings;
  g_autoptr(GArray) planned = NULL;
  const ClPlannedReminder *reminder;

  g_assert_nonnull (berlin);
  cl_reminder_settings_init (&settings);
  planned = plan_one (CL_REMINDER_SOURCE_ROUND, 12, at (berlin, "2026-12-10 10:00"), &settings,
                      berlin);
  g_assert_cmpuint (planned->len, ==, 2);
  reminder = find (planned, "round:12:day-before");
  g_assert_cmpint (reminder->kind, ==, CL_REMINDER_KIND_INTERVIEW);
  g_assert_cmpint (reminder->source_id, ==, 12);
  g_assert_cmpint (reminder->due_at, ==, utc ("2026-12-09 17:00"));
  g_assert_cmpint (reminder->expires_at, ==, utc ("2026-12-10 09:00"));
  reminder = find (planned, "round:12:hour-before");
  g_assert_cmpint (reminder->due_at, ==, utc ("2026-12-10 08:00"));
  g_clear_pointer (&planned, g_array_unref);

  /* The time of the day before is the user's; a kind turned off asks for
   * nothing. */
  settings.day_before_minutes = 20 * 60 + 30;
  planned = plan_one (CL_REMINDER_SOURCE_ROUND, 12, at (berlin, "2026-12-10 10:00"), &settings,
                      berlin);
  g_assert_cmpint (find (planned, "round:12:day-before")->due_at, ==, utc ("2026-12-09 19:30"));
  g_clear_pointer (&planned, g_array_unref);
  settings.enabled[CL_REMINDER_KIND_INTERVIEW] = FALSE;
  planned = plan_one (CL_REMINDER_SOURCE_ROUND, 12, at (berlin, "2026-12-10 10:00"), &settings,
                      berlin);
  g_assert_cmpuint (planned->len, ==, 0);
}

static void
test_other_kinds (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  ClReminderSettings settings;
  ClReminderSource   sources[] = {
      { CL_REMINDER_SOURCE_OFFER, 3, 0 },
      { CL_REMINDER_SOURCE_OBJECTIVE, 9, 0 },
      { CL_REMINDER_SOURCE_FOLLOW_UP, 7, 0 },
      { CL_REMINDER_SOURCE_STAY, 7, 0 },
      { CL_REMINDER_SOURCE_CUSTOM, 5, 0 },
  };
  g_autoptr(GArray) planned = NULL;
  const ClPlannedReminder *reminder;

  sources[0].at = at (berlin, "2026-12-15 17:00");
  sources[1].at = at (berlin, "2026-12-20 00:00");
  sources[2].at = at (berlin, "2026-12-08 12:00");
  sources[3].at = at (berlin, "2026-12-11 08:15");
  sources[4].at = at (berlin, "2026-12-24 16:45");
  cl_reminder_settings_init (&settings);
  planned = cl_reminder_plan (sources, G_N_ELEMENTS (sources), &settings, berlin);
  g_assert_cmpuint (planned->len, ==, 6);

  /* Two days before at 09:00, and at 09:00 on the day. */
  reminder = find (planned, "offer:3:two-days-before");
  g_assert_cmpint (reminder->kind, ==, CL_REMINDER_KIND_OFFER_DEADLINE);
  g_assert_cmpint (reminder->due_at, ==, utc ("2026-12-13 08:00"));
  g_assert_cmpint (reminder->expires_at, ==, utc ("2026-12-15 16:00"));
  g_assert_cmpint (find (planned, "offer:3:on-the-day")->due_at, ==, utc ("2026-12-15 08:00"));
  /* An objective: 09:00 on its day, until the day is over. */
  reminder = find (planned, "objective:9:due");
  g_assert_cmpint (reminder->due_at, ==, utc ("2026-12-20 08:00"));
  g_assert_cmpint (reminder->expires_at, ==, utc ("2026-12-20 23:00"));
  /* Follow-ups, stay-in-touch and the user's own: when asked, for good. */
  reminder = find (planned, "follow-up:7:due");
  g_assert_cmpint (reminder->kind, ==, CL_REMINDER_KIND_FOLLOW_UP);
  g_assert_cmpint (reminder->due_at, ==, utc ("2026-12-08 11:00"));
  g_assert_cmpint (reminder->expires_at, ==, G_MAXINT64);
  g_assert_cmpint (find (planned, "stay-in-touch:7:due")->kind, ==,
                   CL_REMINDER_KIND_STAY_IN_TOUCH);
  reminder = find (planned, "custom:5");
  g_assert_null (reminder->lead);
  g_assert_cmpint (reminder->due_at, ==, utc ("2026-12-24 15:45"));
  g_clear_pointer (&planned, g_array_unref);

  for (guint kind = 0; kind < CL_REMINDER_N_KINDS; kind++)
    settings.enabled[kind] = FALSE;
  planned = cl_reminder_plan (sources, G_N_ELEMENTS (sources), &settings, berlin);
  g_assert_cmpuint (planned->len, ==, 0);
}

/* Europe/Berlin: summer time from 2027-03-28 02:00 (CET → CEST), back on
 * 2026-10-25 03:00 (CEST → CET). */
static void
test_dst_berlin (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  ClReminderSettings settings;
  g_autoptr(GArray) planned = NULL;

  cl_reminder_settings_init (&settings);
  /* The round is the day after the change: the day before is the change's
   * day, 18:00 CEST (16:00 UTC), 23 hours of clock before. */
  planned = plan_one (CL_REMINDER_SOURCE_ROUND, 1, at (berlin, "2027-03-29 10:00"), &settings,
                      berlin);
  g_assert_cmpint (find (planned, "round:1:day-before")->due_at, ==, utc ("2027-03-28 16:00"));
  g_assert_cmpint (find (planned, "round:1:hour-before")->due_at, ==, utc ("2027-03-29 07:00"));
  g_clear_pointer (&planned, g_array_unref);
  /* On the change's day: the day before is still winter time. */
  planned = plan_one (CL_REMINDER_SOURCE_ROUND, 1, at (berlin, "2027-03-28 10:00"), &settings,
                      berlin);
  g_assert_cmpint (find (planned, "round:1:day-before")->due_at, ==, utc ("2027-03-27 17:00"));
  /* An hour before 03:30 CEST is 01:30 CET: one real hour. */
  g_clear_pointer (&planned, g_array_unref);
  planned = plan_one (CL_REMINDER_SOURCE_ROUND, 1, at (berlin, "2027-03-28 03:30"), &settings,
                      berlin);
  g_assert_cmpint (find (planned, "round:1:hour-before")->due_at, ==, utc ("2027-03-28 00:30"));
  g_clear_pointer (&planned, g_array_unref);
  /* Autumn: the day before a round on 2026-10-26 is the long day, 18:00 CET. */
  planned = plan_one (CL_REMINDER_SOURCE_ROUND, 1, at (berlin, "2026-10-26 09:00"), &settings,
                      berlin);
  g_assert_cmpint (find (planned, "round:1:day-before")->due_at, ==, utc ("2026-10-25 17:00"));
}

/* America/New_York: daylight time from 2027-03-14, back on 2027-11-07. */
static void
test_dst_new_york (void)
{
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  ClReminderSettings settings;
  g_autoptr(GArray) planned = NULL;
  const ClPlannedReminder *reminder;

  g_assert_nonnull (new_york);
  cl_reminder_settings_init (&settings);
  planned = plan_one (CL_REMINDER_SOURCE_ROUND, 2, at (new_york, "2027-03-15 10:00"), &settings,
                      new_york);
  g_assert_cmpint (find (planned, "round:2:day-before")->due_at, ==, utc ("2027-03-14 22:00"));
  g_clear_pointer (&planned, g_array_unref);
  /* An objective due on the day the clocks go back: 09:00 EST; the day is
   * 25 hours long. */
  planned = plan_one (CL_REMINDER_SOURCE_OBJECTIVE, 4, at (new_york, "2027-11-07 00:00"),
                      &settings, new_york);
  reminder = find (planned, "objective:4:due");
  g_assert_cmpint (reminder->due_at, ==, utc ("2027-11-07 14:00"));
  g_assert_cmpint (reminder->expires_at, ==, utc ("2027-11-08 05:00"));
  g_assert_cmpint (reminder->expires_at - at (new_york, "2027-11-07 00:00"), ==, 25 * 3600);
  g_clear_pointer (&planned, g_array_unref);
  /* An offer due the Monday after: two days before is the Saturday. */
  planned = plan_one (CL_REMINDER_SOURCE_OFFER, 8, at (new_york, "2027-11-08 17:00"), &settings,
                      new_york);
  g_assert_cmpint (find (planned, "offer:8:two-days-before")->due_at, ==,
                   utc ("2027-11-06 13:00"));
  g_assert_cmpint (find (planned, "offer:8:on-the-day")->due_at, ==, utc ("2027-11-08 14:00"));
}

static void
count_cb (gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
flush (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_alarms (void)
{
  g_autoptr(ClClock) clock = cl_clock_new_fixed (1800000000);
  guint rung = 0, other = 0, past = 0;
  guint removed;

  cl_clock_add_alarm (clock, 1800000100, count_cb, &rung, NULL);
  removed = cl_clock_add_alarm (clock, 1800000050, count_cb, &other, NULL);
  flush ();
  g_assert_cmpuint (rung, ==, 0);

  /* Not a second early. */
  cl_clock_advance (clock, 99);
  flush ();
  g_assert_cmpuint (rung, ==, 0);
  g_assert_cmpuint (other, ==, 1);
  cl_clock_advance (clock, 1);
  flush ();
  g_assert_cmpuint (rung, ==, 1);
  /* Once. */
  cl_clock_advance (clock, 1000);
  flush ();
  g_assert_cmpuint (rung, ==, 1);

  /* Already due: from the main loop, not at once. */
  cl_clock_add_alarm (clock, 1800000000, count_cb, &past, NULL);
  g_assert_cmpuint (past, ==, 0);
  flush ();
  g_assert_cmpuint (past, ==, 1);

  /* Removed before it rings: never. */
  rung = 0;
  removed = cl_clock_add_alarm (clock, 1800005000, count_cb, &rung, NULL);
  cl_clock_remove_alarm (clock, removed);
  cl_clock_remove_alarm (clock, 0);
  cl_clock_advance (clock, 10000);
  flush ();
  g_assert_cmpuint (rung, ==, 0);

  /* The clock set back: the alarm waits for the new time to come. */
  cl_clock_add_alarm (clock, cl_clock_now (clock) + 60, count_cb, &rung, NULL);
  cl_clock_advance (clock, -3600);
  flush ();
  g_assert_cmpuint (rung, ==, 0);
  cl_clock_advance (clock, 3660);
  flush ();
  g_assert_cmpuint (rung, ==, 1);
}

/* The store ------------------------------------------------------------------- */

typedef struct
{
  ClTestFixture    base;
  ClReminderStore *store;
  GTimeZone       *berlin;
  gint64           round;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  ClApplication   *application;
  g_autofree char *sql = NULL;

  cl_test_fixture_setup (&fixture->base);
  fixture->berlin = g_time_zone_new_identifier ("Europe/Berlin");
  fixture->store = cl_context_get_reminder_store (fixture->base.context);
  cl_reminder_store_set_time_zone (fixture->store, fixture->berlin);
  /* Now is 2026-11-01 10:00 in Berlin; a coding round on the 3rd at 10:00. */
  application = cl_test_add_application (cl_context_get_pipeline_store (fixture->base.context),
                                         "Acme", "ML Engineer", 0);
  sql = g_strdup_printf ("INSERT INTO interview_rounds (application_id, position, kind,"
                         " scheduled_at, status) VALUES (%" G_GINT64_FORMAT ", 0, 'coding',"
                         " %" G_GINT64_FORMAT ", 'scheduled')",
                         cl_application_get_id (application),
                         at (fixture->berlin, "2026-11-03 10:00"));
  g_assert_cmpint (cl_test_exec (fixture->base.database, sql), ==, SQLITE_OK);
  fixture->round = cl_test_query_int64 (fixture->base.database,
                                        "SELECT max(id) FROM interview_rounds");
  g_assert_true (cl_store_load (CL_STORE (fixture->store), NULL));
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_time_zone_unref (fixture->berlin);
  cl_test_fixture_teardown (&fixture->base);
}

/* "key@time[!]" of each reminder listed (! for delivered), in order. */
static char *
listing (ClReminderStore *store)
{
  GListModel *reminders = cl_reminder_store_get_reminders (store);
  GString    *out = g_string_new (NULL);

  /* (What was committed is read from an idle; now, here.) */
  cl_reminder_store_refresh (store);
  for (guint i = 0; i < g_list_model_get_n_items (reminders); i++)
    {
      g_autoptr(ClReminder) reminder = g_list_model_get_item (reminders, i);
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (cl_reminder_get_time (reminder));
      g_autofree char *text = g_date_time_format (when, "%F %R");

      g_string_append_printf (out, "%s%s@%s%s", i > 0 ? " " : "", cl_reminder_get_key (reminder),
                              text, cl_reminder_get_delivered (reminder) ? "!" : "");
    }
  return g_string_free (out, FALSE);
}

static char *
deliver (ClReminderStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) told = cl_reminder_store_deliver_due (store, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < told->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "",
                            cl_reminder_get_key (g_ptr_array_index (told, i)));
  return g_string_free (out, FALSE);
}

#define ASSERT_TEXT(expr, expected) \
  G_STMT_START \
  { \
    g_autofree char *text_ = (expr); \
    g_assert_cmpstr (text_, ==, (expected)); \
  } \
  G_STMT_END

static ClReminder *
find_listed (ClReminderStore *store,
             const char      *key)
{
  GListModel *reminders = cl_reminder_store_get_reminders (store);

  cl_reminder_store_refresh (store);
  for (guint i = 0; i < g_list_model_get_n_items (reminders); i++)
    {
      g_autoptr(ClReminder) reminder = g_list_model_get_item (reminders, i);

      if (g_str_equal (cl_reminder_get_key (reminder), key))
        return reminder; /* the list keeps it */
    }
  g_error ("%s is not listed", key);
}

static void
test_store_deliver (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr(ClContext) restarted = NULL;
  g_autofree char *day_before = g_strdup_printf ("round:%" G_GINT64_FORMAT ":day-before",
                                                 fixture->round);
  ClReminderStore *again;

  /* (The expected keys name the fixture's round, 1.) */
  g_assert_cmpint (fixture->round, ==, 1);
  ASSERT_TEXT (listing (fixture->store),
               "round:1:day-before@2026-11-02 17:00 round:1:hour-before@2026-11-03 08:00");
  g_assert_cmpint (cl_reminder_store_get_next_time (fixture->store), ==,
                   utc ("2026-11-02 17:00"));
  ASSERT_TEXT (deliver (fixture->store), "");

  /* Due: told once, and not again after a restart. */
  cl_clock_set (fixture->base.clock, utc ("2026-11-02 17:00"));
  ASSERT_TEXT (deliver (fixture->store), day_before);
  ASSERT_TEXT (deliver (fixture->store), "");
  ASSERT_TEXT (listing (fixture->store),
               "round:1:day-before@2026-11-02 17:00! round:1:hour-before@2026-11-03 08:00");
  g_assert_cmpint (cl_reminder_store_get_next_time (fixture->store), ==,
                   utc ("2026-11-03 08:00"));
  restarted = cl_test_fixture_reload (&fixture->base);
  again = cl_context_get_reminder_store (restarted);
  cl_reminder_store_set_time_zone (again, fixture->berlin);
  ASSERT_TEXT (deliver (again), "");

  /* The round begins: its reminders mean nothing any more. */
  cl_clock_set (fixture->base.clock, utc ("2026-11-03 09:00"));
  cl_reminder_store_refresh (fixture->store);
  ASSERT_TEXT (listing (fixture->store), "");
  g_assert_cmpint (cl_reminder_store_get_next_time (fixture->store), ==, 0);
}

static void
test_store_missed (Fixture      *fixture,
                   gconstpointer data)
{
  /* Away over both: only the latest of the round is told, both are kept
   * told. */
  cl_clock_set (fixture->base.clock, utc ("2026-11-03 08:30"));
  ASSERT_TEXT (deliver (fixture->store), "round:1:hour-before");
  ASSERT_TEXT (listing (fixture->store),
               "round:1:day-before@2026-11-02 17:00! round:1:hour-before@2026-11-03 08:00!");
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM reminders WHERE delivered_at = "
                                        "1793694600 AND round_id = 1"),
                   ==, 2);
}

static void
test_store_moved_and_deleted (Fixture      *fixture,
                              gconstpointer data)
{
  g_autofree char *sql = NULL;

  cl_clock_set (fixture->base.clock, utc ("2026-11-02 17:00"));
  ASSERT_TEXT (deliver (fixture->store), "round:1:day-before");
  /* Moved a day later: the day before is asked again, at its new time. */
  sql = g_strdup_printf ("UPDATE interview_rounds SET scheduled_at = %" G_GINT64_FORMAT,
                         at (fixture->berlin, "2026-11-04 10:00"));
  g_assert_cmpint (cl_test_exec (fixture->base.database, sql), ==, SQLITE_OK);
  g_assert_true (cl_store_load (CL_STORE (fixture->store), NULL));
  ASSERT_TEXT (listing (fixture->store),
               "round:1:day-before@2026-11-03 17:00 round:1:hour-before@2026-11-04 08:00");
  /* Deleted: its reminders and their kept states go. */
  g_assert_cmpint (cl_test_exec (fixture->base.database, "DELETE FROM interview_rounds"), ==,
                   SQLITE_OK);
  g_assert_true (cl_store_load (CL_STORE (fixture->store), NULL));
  ASSERT_TEXT (listing (fixture->store), "");
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM reminders"),
                   ==, 0);
}

static void
test_store_snooze_done (Fixture      *fixture,
                        gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  ClReminderSettings settings;

  cl_clock_set (fixture->base.clock, utc ("2026-11-02 17:00"));
  ASSERT_TEXT (deliver (fixture->store), "round:1:day-before");
  /* Snoozed an hour: told again then. */
  g_assert_false (cl_reminder_store_snooze (fixture->store,
                                            find_listed (fixture->store, "round:1:day-before"),
                                            utc ("2026-11-02 16:00"), &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_true (cl_reminder_store_snooze (fixture->store,
                                           find_listed (fixture->store, "round:1:day-before"),
                                           utc ("2026-11-02 18:00"), &error));
  g_assert_no_error (error);
  ASSERT_TEXT (listing (fixture->store),
               "round:1:day-before@2026-11-02 18:00 round:1:hour-before@2026-11-03 08:00");
  g_assert_cmpint (cl_reminder_store_get_next_time (fixture->store), ==,
                   utc ("2026-11-02 18:00"));
  cl_clock_set (fixture->base.clock, utc ("2026-11-02 18:00"));
  ASSERT_TEXT (deliver (fixture->store), "round:1:day-before");
  /* Done: no longer listed, nor told. */
  g_assert_true (cl_reminder_store_done (fixture->store,
                                         find_listed (fixture->store, "round:1:hour-before"),
                                         &error));
  g_assert_no_error (error);
  ASSERT_TEXT (listing (fixture->store), "round:1:day-before@2026-11-02 18:00!");
  cl_clock_set (fixture->base.clock, utc ("2026-11-03 08:00"));
  ASSERT_TEXT (deliver (fixture->store), "");

  /* Interviews turned off in Preferences: none. */
  cl_reminder_settings_init (&settings);
  settings.enabled[CL_REMINDER_KIND_INTERVIEW] = FALSE;
  cl_reminder_store_set_settings (fixture->store, &settings);
  ASSERT_TEXT (listing (fixture->store), "");
}

static void
test_store_custom (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64           id = 0;
  g_autofree char *key = NULL;
  ClReminder      *reminder;

  /* Refused: a time gone, no title, an item gone; nothing saved. */
  g_assert_false (cl_reminder_store_add_custom (fixture->store, 1, 0, 0, 0,
                                                utc ("2026-10-31 12:00"), "Send the slides",
                                                NULL, &id, &error));
  g_assert_true (cl_validation_error_is_about (error, "due-at"));
  g_clear_error (&error);
  g_assert_false (cl_reminder_store_add_custom (fixture->store, 1, 0, 0, 0,
                                                utc ("2026-11-05 12:00"), "  ", NULL, &id,
                                                &error));
  g_assert_true (cl_validation_error_is_about (error, "title"));
  g_clear_error (&error);
  g_assert_false (cl_reminder_store_add_custom (fixture->store, 0, 0, 0, 99,
                                                utc ("2026-11-05 12:00"), "Counter", NULL, &id,
                                                &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM reminders"),
                   ==, 0);

  /* On the application: listed, told at its time, deleted. */
  g_assert_true (cl_reminder_store_add_custom (fixture->store, 1, 0, 0, 0,
                                               utc ("2026-11-02 12:00"), " Send the slides ",
                                               "To the panel", &id, &error));
  g_assert_no_error (error);
  key = g_strdup_printf ("custom:%" G_GINT64_FORMAT, id);
  reminder = find_listed (fixture->store, key);
  g_assert_cmpstr (cl_reminder_get_title (reminder), ==, "Send the slides");
  g_assert_cmpstr (cl_reminder_get_note (reminder), ==, "To the panel");
  g_assert_cmpint (cl_reminder_get_application_id (reminder), ==, 1);
  g_assert_cmpint (cl_reminder_store_get_next_time (fixture->store), ==,
                   utc ("2026-11-02 12:00"));
  cl_clock_set (fixture->base.clock, utc ("2026-11-02 12:00"));
  ASSERT_TEXT (deliver (fixture->store), key);
  g_assert_true (cl_reminder_store_delete_custom (fixture->store, find_listed (fixture->store, key),
                                                  &error));
  g_assert_no_error (error);
  ASSERT_TEXT (listing (fixture->store),
               "round:1:day-before@2026-11-02 17:00 round:1:hour-before@2026-11-03 08:00");
}

/* The scheduler ------------------------------------------------------------------ */

typedef struct
{
  GPtrArray *batches; /* char *: "missed|key key…" or "on time|key…" */
} Told;

static void
due_cb (ClReminderScheduler *scheduler,
        GPtrArray           *reminders,
        gboolean             missed,
        Told                *told)
{
  GString *batch = g_string_new (missed ? "missed|" : "on time|");

  for (guint i = 0; i < reminders->len; i++)
    g_string_append_printf (batch, "%s%s", i > 0 ? " " : "",
                            cl_reminder_get_key (g_ptr_array_index (reminders, i)));
  g_ptr_array_add (told->batches, g_string_free (batch, FALSE));
}

static char *
batches (Told *told)
{
  g_ptr_array_add (told->batches, NULL);
  {
    g_autofree char *text = g_strjoinv ("; ", (char **) told->batches->pdata);

    g_ptr_array_set_size (told->batches, 0);
    return g_steal_pointer (&text);
  }
}

static void
run_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_scheduler (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(ClReminderScheduler) scheduler = NULL;
  g_autoptr(ClReminderScheduler) after_restart = NULL;
  g_autoptr(ClContext) restarted = NULL;
  g_autofree char *sql = NULL;
  Told             told = { g_ptr_array_new_with_free_func (g_free) };

  scheduler = cl_reminder_scheduler_new (fixture->store, fixture->base.clock);
  g_signal_connect (scheduler, "due", G_CALLBACK (due_cb), &told);
  cl_reminder_scheduler_start (scheduler);
  run_main_loop ();
  ASSERT_TEXT (batches (&told), "");
  /* One alarm, for the first due. */
  g_assert_cmpint (cl_reminder_scheduler_get_armed_time (scheduler), ==,
                   utc ("2026-11-02 17:00"));

  /* Not a second early; then told on time, and the alarm moves on. */
  cl_clock_set (fixture->base.clock, utc ("2026-11-02 16:59"));
  run_main_loop ();
  ASSERT_TEXT (batches (&told), "");
  cl_clock_set (fixture->base.clock, utc ("2026-11-02 17:00"));
  run_main_loop ();
  ASSERT_TEXT (batches (&told), "on time|round:1:day-before");
  g_assert_cmpint (cl_reminder_scheduler_get_armed_time (scheduler), ==,
                   utc ("2026-11-03 08:00"));

  /* The round moved: the alarm follows. */
  sql = g_strdup_printf ("UPDATE interview_rounds SET scheduled_at = %" G_GINT64_FORMAT,
                         at (fixture->berlin, "2026-11-03 12:00"));
  g_assert_cmpint (cl_test_exec (fixture->base.database, sql), ==, SQLITE_OK);
  g_assert_true (cl_store_load (CL_STORE (fixture->store), NULL));
  run_main_loop ();
  g_assert_cmpint (cl_reminder_scheduler_get_armed_time (scheduler), ==,
                   utc ("2026-11-03 10:00"));

  /* CareerLens not running while it fell due: told once at the next start,
   * as missed; never again. */
  g_clear_object (&scheduler);
  cl_clock_set (fixture->base.clock, utc ("2026-11-03 10:30"));
  restarted = cl_test_fixture_reload (&fixture->base);
  cl_reminder_store_set_time_zone (cl_context_get_reminder_store (restarted), fixture->berlin);
  after_restart = cl_reminder_scheduler_new (cl_context_get_reminder_store (restarted),
                                             fixture->base.clock);
  g_signal_connect (after_restart, "due", G_CALLBACK (due_cb), &told);
  cl_reminder_scheduler_start (after_restart);
  run_main_loop ();
  ASSERT_TEXT (batches (&told), "missed|round:1:hour-before");
  g_assert_cmpint (cl_reminder_scheduler_get_armed_time (after_restart), ==, 0);
  g_clear_object (&after_restart);
  after_restart = cl_reminder_scheduler_new (cl_context_get_reminder_store (restarted),
                                             fixture->base.clock);
  g_signal_connect (after_restart, "due", G_CALLBACK (due_cb), &told);
  cl_reminder_scheduler_start (after_restart);
  run_main_loop ();
  ASSERT_TEXT (batches (&told), "");
  g_ptr_array_unref (told.batches);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reminders/plan/round", test_round);
  g_test_add_func ("/reminders/plan/other-kinds", test_other_kinds);
  g_test_add_func ("/reminders/plan/dst-berlin", test_dst_berlin);
  g_test_add_func ("/reminders/plan/dst-new-york", test_dst_new_york);
  g_test_add_func ("/reminders/clock-alarms", test_alarms);
#define ADD(path, func) \
  g_test_add ("/reminders/store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("deliver", test_store_deliver);
  ADD ("missed", test_store_missed);
  ADD ("moved-and-deleted", test_store_moved_and_deleted);
  ADD ("snooze-done", test_store_snooze_done);
  ADD ("custom", test_store_custom);
  g_test_add ("/reminders/scheduler", Fixture, NULL, fixture_set_up, test_scheduler,
              fixture_tear_down);
#undef ADD

  return g_test_run ();
}
