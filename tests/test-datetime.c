/* test-datetime.c — relative dates and the orders of the cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-application.h"
#include "cl-datetime.h"
#include "cl-model-private.h"

static void
assert_relative (int         now_year,
                 int         now_month,
                 int         now_day,
                 int         now_hour,
                 int         now_minute,
                 int         year,
                 int         month,
                 int         day,
                 int         hour,
                 int         minute,
                 const char *expected)
{
  g_autoptr(GDateTime) now =
               g_date_time_new_utc (now_year, now_month, now_day, now_hour, now_minute, 0);
  g_autoptr(GDateTime) when = g_date_time_new_utc (year, month, day, hour, minute, 0);
  g_autofree char *text = cl_format_relative (when, now);

  if (g_strcmp0 (text, expected) != 0)
    g_error ("%04d-%02d-%02d %02d:%02d seen from %04d-%02d-%02d %02d:%02d: “%s”, expected “%s”",
             year, month, day, hour, minute, now_year, now_month, now_day, now_hour, now_minute,
             text, expected);
}

static void
test_relative (void)
{
  /* Seen from Sunday 1 November 2026, 09:00. */
#define FROM_NOW(y, mo, d, h, mi, expected) \
  assert_relative (2026, 11, 1, 9, 0, y, mo, d, h, mi, expected)
  FROM_NOW (2026, 11, 1, 14, 0, "today 14:00");
  FROM_NOW (2026, 11, 1, 0, 0, "today 00:00");
  FROM_NOW (2026, 11, 1, 23, 59, "today 23:59");
  FROM_NOW (2026, 11, 1, 8, 5, "today 08:05");
  FROM_NOW (2026, 11, 2, 10, 0, "tomorrow 10:00");
  FROM_NOW (2026, 10, 31, 9, 30, "yesterday 09:30");
  /* The coming week by weekday. */
  FROM_NOW (2026, 11, 3, 10, 0, "Tuesday 10:00");
  FROM_NOW (2026, 11, 6, 16, 30, "Friday 16:30");
  FROM_NOW (2026, 11, 7, 23, 0, "Saturday 23:00");
  /* A week ahead or more, and the past before yesterday: the date. */
  FROM_NOW (2026, 11, 8, 10, 0, "8 Nov");
  FROM_NOW (2026, 12, 12, 10, 0, "12 Dec");
  FROM_NOW (2026, 10, 30, 10, 0, "30 Oct");
  FROM_NOW (2026, 10, 26, 10, 0, "26 Oct");
  FROM_NOW (2026, 1, 1, 0, 0, "1 Jan");
  /* Another year. */
  FROM_NOW (2027, 12, 12, 10, 0, "12 Dec 2027");
  FROM_NOW (2025, 11, 1, 9, 0, "1 Nov 2025");
#undef FROM_NOW

  /* Calendar days, not spans of 24 hours. */
  assert_relative (2026, 11, 1, 23, 30, 2026, 11, 2, 0, 15, "tomorrow 00:15");
  assert_relative (2026, 11, 2, 0, 15, 2026, 11, 1, 23, 30, "yesterday 23:30");
  assert_relative (2026, 11, 1, 0, 0, 2026, 11, 1, 23, 59, "today 23:59");
  /* Over the turn of the year. */
  assert_relative (2026, 12, 31, 23, 30, 2027, 1, 1, 0, 15, "tomorrow 00:15");
  assert_relative (2027, 1, 1, 8, 0, 2026, 12, 31, 22, 0, "yesterday 22:00");
  assert_relative (2026, 12, 30, 12, 0, 2027, 1, 2, 10, 0, "Saturday 10:00");
  assert_relative (2026, 12, 30, 12, 0, 2027, 1, 10, 10, 0, "10 Jan 2027");
  assert_relative (2027, 1, 2, 12, 0, 2026, 12, 28, 10, 0, "28 Dec 2026");
  /* Over a leap day. */
  assert_relative (2028, 2, 28, 12, 0, 2028, 2, 29, 10, 0, "tomorrow 10:00");
  assert_relative (2028, 2, 28, 12, 0, 2028, 3, 1, 10, 0, "Wednesday 10:00");
}

/* Positions are the letters' order: a = 0, b = 1, … */
typedef struct
{
  guint  interest;
  gint64 next_at;
} Card;

static const Card cards[] = {
  { 3, 0 },   /* a */
  { 0, 500 }, /* b */
  { 5, 200 }, /* c */
  { 3, 200 }, /* d */
  { 1, 0 },   /* e */
  { 0, 100 }, /* f */
  { 5, 0 },   /* g */
};

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  return cl_application_compare (*(ClApplication **) a, *(ClApplication **) b,
                                 GPOINTER_TO_INT (user_data));
}

static char *
sorted (GPtrArray     *applications,
        ClPipelineSort sort)
{
  g_autoptr(GPtrArray) copy = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  /* Start from the reverse order, so that ties must be broken by position. */
  for (guint i = applications->len; i > 0; i--)
    g_ptr_array_add (copy, applications->pdata[i - 1]);
  g_ptr_array_sort_with_data (copy, compare_cb, GINT_TO_POINTER (sort));
  for (guint i = 0; i < copy->len; i++)
    g_string_append_c (out, (char) ('a' + cl_application_get_position (copy->pdata[i])));
  return g_string_free (out, FALSE);
}

static void
test_compare (void)
{
  static const struct
  {
    ClPipelineSort sort;
    const char    *expected;
  } orders[] = {
    { CL_PIPELINE_SORT_MANUAL, "abcdefg" },
    /* Soonest first; undated last, in manual order. */
    { CL_PIPELINE_SORT_NEXT_DATE, "fcdbaeg" },
    /* Unrated (0) last whichever the direction. */
    { CL_PIPELINE_SORT_LEAST_INTERESTING, "eadcgbf" },
    { CL_PIPELINE_SORT_MOST_INTERESTING, "cgadebf" },
  };
  g_autoptr(GPtrArray) applications = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      ClApplication *application = cl_application_new ("Acme", "MLE");

      /* Position and next date are the store's to set (read-only properties). */
      cl_model_set_uint (CL_MODEL (application), "position", i);
      cl_model_set_int64 (CL_MODEL (application), "next-at", cards[i].next_at);
      g_object_set (application, "interest", cards[i].interest, NULL);
      g_ptr_array_add (applications, application);
    }

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      g_autofree char *order = sorted (applications, orders[i].sort);

      g_assert_cmpstr (order, ==, orders[i].expected);

      /* A consistent order: antisymmetric, and 0 only for the same card. */
      for (guint j = 0; j < applications->len; j++)
        for (guint k = 0; k < applications->len; k++)
          {
            int jk = cl_application_compare (applications->pdata[j], applications->pdata[k],
                                             orders[i].sort);
            int kj = cl_application_compare (applications->pdata[k], applications->pdata[j],
                                             orders[i].sort);

            g_assert_cmpint (jk, ==, -kj);
            g_assert_cmpint (jk == 0, ==, j == k);
          }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/datetime/relative", test_relative);
  g_test_add_func ("/datetime/compare", test_compare);

  return g_test_run ();
}
