/* test-prep-plan.c — scheduling back from a round, and progress arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-prep-plan.h"

/* The dates joined by ",", or the error's code and message; frees them. */
static char *
schedule_text (const char   *today,
               const char   *round_date,
               const double *weights,
               guint         n)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) dates = cl_prep_plan_schedule (today, round_date, weights, n, &error);

  if (dates == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == CL_PREP_PLAN_ERROR);
      return g_strdup_printf ("error %d: %s", error->code, error->message);
    }
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (dates), ==, n);
  return g_strjoinv (",", dates);
}

#define ASSERT_SCHEDULE(today, round, weights, n, expected) \
  G_STMT_START \
  { \
    g_autofree char *text_ = schedule_text (today, round, weights, n); \
    g_assert_cmpstr (text_, ==, expected); \
  } \
  G_STMT_END

static void
test_count_days (void)
{
  g_autoptr(GError) error = NULL;
  int days = 99;

  g_assert_true (cl_prep_plan_count_days ("2026-12-01", "2026-12-11", &days, &error));
  g_assert_no_error (error);
  g_assert_cmpint (days, ==, 9);
  /* Across a month, a year and a leap day. */
  g_assert_true (cl_prep_plan_count_days ("2028-02-27", "2028-03-02", &days, NULL));
  g_assert_cmpint (days, ==, 3);
  g_assert_true (cl_prep_plan_count_days ("2026-12-30", "2027-01-02", &days, NULL));
  g_assert_cmpint (days, ==, 2);
  g_assert_true (cl_prep_plan_count_days ("2026-12-01", "2026-12-02", &days, NULL));
  g_assert_cmpint (days, ==, 0);
  g_assert_true (cl_prep_plan_count_days ("2026-12-01", "2026-12-01", &days, NULL));
  g_assert_cmpint (days, ==, -1);
  g_assert_true (cl_prep_plan_count_days ("2026-12-01", "2026-11-20", &days, NULL));
  g_assert_cmpint (days, ==, -12);

  days = 99;
  g_assert_false (cl_prep_plan_count_days ("2026-12-01", "2026-02-30", &days, &error));
  g_assert_error (error, CL_PREP_PLAN_ERROR, CL_PREP_PLAN_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "“2026-02-30” is not a date written YYYY-MM-DD.");
  g_assert_cmpint (days, ==, 99);
  g_clear_error (&error);
  g_assert_false (cl_prep_plan_count_days ("1 Dec", "2026-12-30", &days, &error));
  g_assert_cmpstr (error->message, ==, "“1 Dec” is not a date written YYYY-MM-DD.");
  g_clear_error (&error);
  g_assert_false (cl_prep_plan_count_days ("2026-12-01", "2026-12-3x", &days, NULL));
  g_assert_false (cl_prep_plan_count_days ("2026-12-01", "2026-12-013", &days, NULL));
  g_assert_false (cl_prep_plan_count_days ("2026-12-01", "+026-12-01", &days, NULL));
  g_assert_false (cl_prep_plan_count_days (NULL, "2026-12-01", &days, NULL));
}

static void
test_schedule_even (void)
{
  /* Nine days to plan on (1st to 9th; the 10th is free): evenly, the last
   * on the 9th. */
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-11", NULL, 3, "2026-12-03,2026-12-06,2026-12-09");
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-11", NULL, 1, "2026-12-09");
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-12", NULL, 5,
                   "2026-12-02,2026-12-04,2026-12-06,2026-12-08,2026-12-10");
  /* As many as days: one a day, from today. */
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-05", NULL, 3, "2026-12-01,2026-12-02,2026-12-03");
  /* Across the end of a year. */
  ASSERT_SCHEDULE ("2026-12-30", "2027-01-03", NULL, 2, "2026-12-31,2027-01-01");
  /* None to plan. */
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-11", NULL, 0, "");
}

static void
test_schedule_crowded (void)
{
  /* Seven objectives on three days: 2, 2 and 3, in the order given. */
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-05", NULL, 7,
                   "2026-12-01,2026-12-01,2026-12-02,2026-12-02,"
                   "2026-12-03,2026-12-03,2026-12-03");
  /* One day left (the round the day after tomorrow): all today. */
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-03", NULL, 3, "2026-12-01,2026-12-01,2026-12-01");
}

static void
test_schedule_weighted (void)
{
  const double hours[] = { 1, 1, 8 };
  const double front[] = { 6, 2, 2 };
  const double zero_first[] = { 0, 3, 3 };
  const double none[] = { 0, 0, 0, 0 };
  const double decimals[] = { 0.1, 0.2, 0.7 };
  const double negative[] = { 1, -2 };

  /* Ten days: 10% of them, 20%, all. */
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-12", hours, 3, "2026-12-01,2026-12-02,2026-12-10");
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-12", front, 3, "2026-12-06,2026-12-08,2026-12-10");
  /* Nothing to do is due at once; the others share the days. */
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-12", zero_first, 3, "2026-12-01,2026-12-05,2026-12-10");
  /* No hours anywhere: as if equal. */
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-05", none, 4,
                   "2026-12-01,2026-12-02,2026-12-03,2026-12-03");
  /* 0.1 + 0.2 is not 0.3 in binary: still the 3rd of 10 days. */
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-12", decimals, 3, "2026-12-01,2026-12-03,2026-12-10");
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-12", negative, 2,
                   "error 0: Hours planned must be a number of hours, 0 or more.");
}

static void
test_schedule_too_late (void)
{
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-02", NULL, 2,
                   "error 2: This round is tomorrow: today is best kept for rest and a light "
                   "review. Set target dates by hand if you still want them.");
  ASSERT_SCHEDULE ("2026-12-01", "2026-12-01", NULL, 2,
                   "error 1: This round is today: there is no time left to plan for it. Choose "
                   "a round still to come.");
  ASSERT_SCHEDULE ("2026-12-01", "2026-11-28", NULL, 2,
                   "error 1: This round has passed. Choose a round still to come.");
  ASSERT_SCHEDULE ("2026-12-01", "2026-11-28", NULL, 0,
                   "error 1: This round has passed. Choose a round still to come.");
  ASSERT_SCHEDULE ("2026-12-01", "someday", NULL, 2,
                   "error 0: “someday” is not a date written YYYY-MM-DD.");
}

static ClObjective *
objective (const char       *title,
           ClObjectiveStatus status,
           const char       *date,
           double            planned,
           double            spent)
{
  ClObjective *objective = cl_objective_new (CL_PREP_DOMAIN_CODING, title);

  g_object_set (objective, "status", status, "target-date", date, "hours-planned", planned,
                "hours-spent", spent, NULL);
  return objective;
}

static void
test_progress (void)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(ClPrepProgress) progress = { 0 };

  g_ptr_array_add (all, objective ("Heaps", CL_OBJECTIVE_STATUS_DONE, "2026-11-20", 4, 5));
  g_ptr_array_add (all, objective ("Graphs", CL_OBJECTIVE_STATUS_IN_PROGRESS, "2026-12-05", 6,
                                   2.5));
  g_ptr_array_add (all, objective ("Tries", CL_OBJECTIVE_STATUS_PLANNED, "2026-12-03", 3, 0));
  g_ptr_array_add (all, objective ("Undated", CL_OBJECTIVE_STATUS_PLANNED, NULL, 2, 0));
  /* Dropped: counts nowhere, however early. */
  g_ptr_array_add (all, objective ("Dropped", CL_OBJECTIVE_STATUS_DROPPED, "2026-11-01", 10, 1));

  cl_prep_progress_compute (&progress, (ClObjective **) all->pdata, all->len, "2026-12-01");
  g_assert_cmpuint (progress.n_objectives, ==, 4);
  g_assert_cmpuint (progress.n_done, ==, 1);
  g_assert_cmpuint (progress.n_overdue, ==, 0);
  g_assert_cmpfloat (progress.hours_planned, ==, 15);
  g_assert_cmpfloat (progress.hours_spent, ==, 7.5);
  g_assert_true (progress.next == g_ptr_array_index (all, 2));
  g_assert_false (progress.next_overdue);

  /* Days later: Tries is overdue, and next; Graphs is due today, not
   * overdue. */
  cl_prep_progress_clear (&progress);
  cl_prep_progress_compute (&progress, (ClObjective **) all->pdata, all->len, "2026-12-05");
  g_assert_cmpuint (progress.n_overdue, ==, 1);
  g_assert_true (progress.next == g_ptr_array_index (all, 2));
  g_assert_true (progress.next_overdue);

  /* Two on the same day: the first given. */
  g_object_set (g_ptr_array_index (all, 1), "target-date", "2026-12-03", NULL);
  cl_prep_progress_clear (&progress);
  cl_prep_progress_compute (&progress, (ClObjective **) all->pdata, all->len, "2026-12-01");
  g_assert_true (progress.next == g_ptr_array_index (all, 1));

  /* Only undated or finished ones: no next. */
  cl_prep_progress_clear (&progress);
  cl_prep_progress_compute (&progress, (ClObjective **) all->pdata + 3, 2, "2026-12-01");
  g_assert_cmpuint (progress.n_objectives, ==, 1);
  g_assert_cmpfloat (progress.hours_planned, ==, 2);
  g_assert_null (progress.next);
  g_assert_false (progress.next_overdue);

  /* None. */
  cl_prep_progress_clear (&progress);
  cl_prep_progress_compute (&progress, NULL, 0, "2026-12-01");
  g_assert_cmpuint (progress.n_objectives, ==, 0);
  g_assert_cmpfloat (progress.hours_spent, ==, 0);
  g_assert_null (progress.next);

  /* From a model, the same as from the array. */
  {
    g_autoptr(GListStore) store = g_list_store_new (CL_TYPE_OBJECTIVE);

    for (guint i = 0; i < all->len; i++)
      g_list_store_append (store, g_ptr_array_index (all, i));
    cl_prep_progress_clear (&progress);
    cl_prep_progress_compute_model (&progress, G_LIST_MODEL (store), "2026-12-05");
    g_assert_cmpuint (progress.n_objectives, ==, 4);
    g_assert_cmpuint (progress.n_done, ==, 1);
    g_assert_cmpuint (progress.n_overdue, ==, 2);
    g_assert_true (progress.next == g_ptr_array_index (all, 1));
    g_assert_true (progress.next_overdue);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prep-plan/count-days", test_count_days);
  g_test_add_func ("/prep-plan/schedule-even", test_schedule_even);
  g_test_add_func ("/prep-plan/schedule-crowded", test_schedule_crowded);
  g_test_add_func ("/prep-plan/schedule-weighted", test_schedule_weighted);
  g_test_add_func ("/prep-plan/schedule-too-late", test_schedule_too_late);
  g_test_add_func ("/prep-plan/progress", test_progress);

  return g_test_run ();
}
