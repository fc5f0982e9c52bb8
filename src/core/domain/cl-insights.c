/* cl-insights.c — what the search says: funnel, outcomes, time in stage, activity
 *
 * Three statements in one read snapshot: the furthest step each application
 * reached, summed for the funnel and per company type and source; the
 * completed stays per stage with their median; the week counts.  Only
 * aggregates come back to C.
 *
 * A history row whose stage is the one it came from records a card
 * reordered within its column: it neither ends a stay nor is a stage change,
 * so every query leaves such rows out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-insights"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-insights.h"
#include "cl-statement.h"
#include "cl-transaction.h"

#define SECONDS_PER_DAY 86400.0

struct _ClInsights
{
  gatomicrefcount ref_count;
  GTimeZone      *tz; /* the weeks' time zone, to name them */
  gint64          now;
  guint           total;
  ClFunnelRow     funnel[CL_FUNNEL_N_STEPS];
  GArray         *by_company_type; /* ClOutcomeRow */
  GArray         *by_source;       /* ClOutcomeRow */
  GArray         *time_in_stage;   /* ClStageTimeRow */
  ClActivityRow   activity[CL_INSIGHTS_WEEKS];
};

G_DEFINE_BOXED_TYPE (ClInsights, cl_insights, cl_insights_ref, cl_insights_unref)

ClInsights *
cl_insights_ref (ClInsights *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cl_insights_unref (ClInsights *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_time_zone_unref (self->tz);
  g_clear_pointer (&self->by_company_type, g_array_unref);
  g_clear_pointer (&self->by_source, g_array_unref);
  g_array_unref (self->time_in_stage);
  g_free (self);
}

static void
stage_time_row_clear (gpointer data)
{
  ClStageTimeRow *row = data;

  g_free (row->name);
}

/* Funnel and outcomes ------------------------------------------------------- */

/* The milestone a funnel step stands for; the steps' milestones follow each
 * other in ClMilestone. */
static ClMilestone
step_milestone (ClFunnelStep step)
{
  return CL_MILESTONE_APPLIED + (ClMilestone) step;
}

/* "CASE @table.milestone WHEN 'applied' THEN 1 … ELSE 0 END": a stage's step,
 * from 1 (applied) to CL_FUNNEL_N_STEPS (accepted), 0 for any other milestone
 * or none.  Built from the enum's nicks, the form stored in stages.milestone. */
static char *
rank_case (const char *table)
{
  GString *sql = g_string_new (NULL);

  g_string_printf (sql, "CASE %s.milestone", table);
  for (guint step = 0; step < CL_FUNNEL_N_STEPS; step++)
    g_string_append_printf (sql, " WHEN '%s' THEN %u",
                            cl_enum_to_nick (CL_TYPE_MILESTONE, step_milestone (step)), step + 1);
  g_string_append (sql, " ELSE 0 END");
  return g_string_free (sql, FALSE);
}

/* One row per company type and source that have applications: how many,
 * how many reached each step, and the rejections among those that applied.
 * C adds these few rows up into the funnel and the two outcome tables. */
enum
{
  COL_COMPANY_TYPE,
  COL_SOURCE,
  COL_COUNT,
  COL_STEPS,
  COL_REJECTIONS = COL_STEPS + CL_FUNNEL_N_STEPS,
};

static const char *
outcomes_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    {
      g_autofree char *current_rank = rank_case ("cur");
      g_autofree char *history_rank = rank_case ("hs");
      GString         *sums = g_string_new (NULL);

      for (guint step = 0; step < CL_FUNNEL_N_STEPS; step++)
        g_string_append_printf (sums, ", sum (reach >= %u)", step + 1);

      /* Each application's furthest step: its stage's, or the furthest of
       * the stages it was ever placed in.  A join grouped by application
       * rather than a subquery for each: it runs in the order of the
       * applications and of stage_history_by_application, without sorting. */
      g_once_init_leave (
        &sql, g_strdup_printf (
                "SELECT company_type, source, count (*)%s, sum (reach >= 1 AND rejected)"
                "  FROM (SELECT max (%s, coalesce (max (%s), 0)) AS reach,"
                "               cur.milestone IS '%s' AS rejected,"
                "               c.company_type AS company_type, a.source AS source"
                "          FROM applications a"
                "          JOIN stages cur ON cur.id = a.stage_id"
                "          JOIN companies c ON c.id = a.company_id"
                "          LEFT JOIN stage_history h ON h.application_id = a.id"
                "          LEFT JOIN stages hs ON hs.id = h.to_stage_id"
                "         GROUP BY a.id)"
                " GROUP BY company_type, source",
                sums->str, current_rank, history_rank,
                cl_enum_to_nick (CL_TYPE_MILESTONE, CL_MILESTONE_REJECTED)));
      g_string_free (sums, TRUE);
    }
  return sql;
}

#define N_COMPANY_TYPES (CL_COMPANY_TYPE_OTHER + 1)
#define N_SOURCES (CL_APPLICATION_SOURCE_OTHER + 1)

typedef struct
{
  ClInsights  *insights;
  ClOutcomeRow by_company_type[N_COMPANY_TYPES];
  ClOutcomeRow by_source[N_SOURCES];
} OutcomeSums;

static void
outcome_add (ClOutcomeRow       *sum,
             const ClOutcomeRow *row)
{
  sum->applications += row->applications;
  sum->reached_onsite += row->reached_onsite;
  sum->offers += row->offers;
  sum->rejections += row->rejections;
}

static gboolean
outcome_row_cb (sqlite3_stmt *stmt,
                gpointer      user_data,
                GError      **error)
{
  OutcomeSums *sums = user_data;
  ClInsights  *self = sums->insights;
  int          type = cl_column_enum (stmt, COL_COMPANY_TYPE, CL_TYPE_COMPANY_TYPE,
                                      CL_COMPANY_TYPE_UNKNOWN);
  int          source = cl_column_enum (stmt, COL_SOURCE, CL_TYPE_APPLICATION_SOURCE,
                                        CL_APPLICATION_SOURCE_OTHER);
  ClOutcomeRow row = {
    .applications = (guint) sqlite3_column_int64 (stmt, COL_STEPS + CL_FUNNEL_APPLIED),
    .reached_onsite = (guint) sqlite3_column_int64 (stmt, COL_STEPS + CL_FUNNEL_ONSITE),
    .offers = (guint) sqlite3_column_int64 (stmt, COL_STEPS + CL_FUNNEL_OFFER),
    .rejections = (guint) sqlite3_column_int64 (stmt, COL_REJECTIONS),
  };

  self->total += (guint) sqlite3_column_int64 (stmt, COL_COUNT);
  for (guint step = 0; step < CL_FUNNEL_N_STEPS; step++)
    self->funnel[step].count += (guint) sqlite3_column_int64 (stmt, COL_STEPS + step);
  outcome_add (&sums->by_company_type[type], &row);
  outcome_add (&sums->by_source[source], &row);
  return TRUE;
}

/* Most applications first; the enum's order between equals, so that the
 * order never depends on the query plan. */
static int
compare_outcomes (gconstpointer a,
                  gconstpointer b)
{
  const ClOutcomeRow *x = a, *y = b;

  if (x->applications != y->applications)
    return x->applications > y->applications ? -1 : 1;
  return (x->group > y->group) - (x->group < y->group);
}

/* The groups with applications, most first, after the @n_first rows @first. */
static GArray *
outcome_rows_new (ClOutcomeRow       *sums,
                  guint               n_groups,
                  const ClOutcomeRow *first,
                  guint               n_first)
{
  GArray *rows = g_array_sized_new (FALSE, FALSE, sizeof (ClOutcomeRow), n_groups + n_first);

  for (guint group = 0; group < n_groups; group++)
    if (sums[group].applications > 0)
      {
        sums[group].group = (int) group;
        g_array_append_val (rows, sums[group]);
      }
  g_array_sort (rows, compare_outcomes);
  if (n_first > 0)
    g_array_prepend_vals (rows, first, n_first);
  return rows;
}

/* The company types with applications; the sources as the header orders
 * them: referral, every other source together (-1), then each other one. */
static void
arrange_outcomes (ClInsights  *self,
                  OutcomeSums *sums)
{
  ClOutcomeRow first[2] = {
    sums->by_source[CL_APPLICATION_SOURCE_REFERRAL],
    { .group = -1 },
  };

  first[0].group = CL_APPLICATION_SOURCE_REFERRAL;
  for (guint source = 0; source < N_SOURCES; source++)
    if (source != CL_APPLICATION_SOURCE_REFERRAL)
      outcome_add (&first[1], &sums->by_source[source]);
  sums->by_source[CL_APPLICATION_SOURCE_REFERRAL].applications = 0; /* already first */

  self->by_company_type = outcome_rows_new (sums->by_company_type, N_COMPANY_TYPES, NULL, 0);
  self->by_source = outcome_rows_new (sums->by_source, N_SOURCES, first, G_N_ELEMENTS (first));
}

static void
compute_rates (ClInsights *self)
{
  for (guint step = 0; step < CL_FUNNEL_N_STEPS; step++)
    {
      ClFunnelRow *row = &self->funnel[step];
      guint        previous = step > 0 ? self->funnel[step - 1].count : 0;

      row->step = step;
      row->rate = previous > 0 ? (double) row->count / previous : -1;
    }
}

/* Time in stage -------------------------------------------------------------- */

/* A stay begins with the history row placing the application in a stage and
 * ends with its next row; the median is the middle stay, or the mean of the
 * middle two. */
static const char time_in_stage_sql[] =
  "WITH entries (stage_id, entered_at, left_at) AS ("
  "   SELECT to_stage_id, moved_at,"
  "          lead (moved_at) OVER (PARTITION BY application_id ORDER BY moved_at, id)"
  "     FROM stage_history"
  "    WHERE from_stage_id IS NULL OR from_stage_id <> to_stage_id),"
  " stays (stage_id, days, n, total) AS ("
  "   SELECT stage_id, (left_at - entered_at) / ?1,"
  "          row_number () OVER (PARTITION BY stage_id ORDER BY left_at - entered_at),"
  "          count (*) OVER (PARTITION BY stage_id)"
  "     FROM entries WHERE left_at IS NOT NULL),"
  " medians (stage_id, stays, median) AS ("
  "   SELECT stage_id, max (total), avg (days) FROM stays"
  "    WHERE n IN ((total + 1) / 2, (total + 2) / 2) GROUP BY stage_id)"
  " SELECT s.id, s.name, coalesce (m.stays, 0), coalesce (m.median, -1)"
  "   FROM stages s LEFT JOIN medians m ON m.stage_id = s.id"
  "  WHERE s.archived = 0 ORDER BY s.position";

static gboolean
stage_time_row_cb (sqlite3_stmt *stmt,
                   gpointer      user_data,
                   GError      **error)
{
  ClStageTimeRow row = {
    .stage_id = sqlite3_column_int64 (stmt, 0),
    .name = cl_column_dup (stmt, 1),
    .stays = (guint) sqlite3_column_int64 (stmt, 2),
    .median_days = sqlite3_column_double (stmt, 3),
  };

  g_array_append_val (user_data, row);
  return TRUE;
}

/* Activity ------------------------------------------------------------------- */

/* Monday 00:00 of the week of @now and of the CL_INSIGHTS_WEEKS - 1 weeks
 * before, and of the week after, in @tz.  Each Monday is found on the
 * calendar, since a week across a change of daylight saving time is not
 * seven times 86,400 seconds. */
static void
week_bounds (gint64     now,
             GTimeZone *tz,
             gint64     bounds[CL_INSIGHTS_WEEKS + 1])
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
  GDate monday;

  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  g_date_subtract_days (&monday, g_date_time_get_day_of_week (local) - 1);
  g_date_subtract_days (&monday, 7 * (CL_INSIGHTS_WEEKS - 1));

  for (guint i = 0; i <= CL_INSIGHTS_WEEKS; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new (tz, g_date_get_year (&monday),
                                                     g_date_get_month (&monday),
                                                     g_date_get_day (&monday), 0, 0, 0);

      bounds[i] = g_date_time_to_unix (start);
      g_date_add_days (&monday, 7);
    }
}

/* The week of moved_at among weeks [@lo, @hi) (?N + 1 is the start of week
 * N): a binary search, five comparisons a row rather than one a week. */
static void
append_week_of (GString *sql,
                guint    lo,
                guint    hi)
{
  guint mid = (lo + hi) / 2;

  if (hi - lo == 1)
    {
      g_string_append_printf (sql, "%u", lo);
      return;
    }
  g_string_append_printf (sql, "CASE WHEN moved_at < ?%u THEN ", mid + 1);
  append_week_of (sql, lo, mid);
  g_string_append (sql, " ELSE ");
  append_week_of (sql, mid, hi);
  g_string_append (sql, " END");
}

/* One row a week, ?1 … ?CL_INSIGHTS_WEEKS + 1 its bounds.  The added
 * applications are counted a week at a time on applications_by_created; the
 * stage changes in one scan of the history. */
static const char *
activity_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    {
      GString *weeks = g_string_new (NULL);
      GString *week_of = g_string_new (NULL);

      for (guint i = 0; i < CL_INSIGHTS_WEEKS; i++)
        g_string_append_printf (weeks, "%s(%u, ?%u, ?%u)", i > 0 ? ", " : "", i, i + 1, i + 2);
      append_week_of (week_of, 0, CL_INSIGHTS_WEEKS);
      g_once_init_leave (
        &sql, g_strdup_printf (
                "WITH weeks (i, start, stop) AS (VALUES %s),"
                " moves (i, n) AS ("
                "   SELECT %s, count (*) FROM stage_history"
                "    WHERE moved_at >= ?1 AND moved_at < ?%u"
                "      AND from_stage_id IS NOT NULL AND from_stage_id <> to_stage_id"
                "    GROUP BY 1)"
                " SELECT weeks.i,"
                "   (SELECT count (*) FROM applications"
                "     WHERE created_at >= start AND created_at < stop),"
                "   coalesce (moves.n, 0)"
                "  FROM weeks LEFT JOIN moves ON moves.i = weeks.i ORDER BY weeks.i",
                weeks->str, week_of->str, CL_INSIGHTS_WEEKS + 1));
      g_string_free (weeks, TRUE);
      g_string_free (week_of, TRUE);
    }
  return sql;
}

static gboolean
compute_activity (ClInsights *self,
                  ClDatabase *database,
                  GError    **error)
{
  gint64        bounds[CL_INSIGHTS_WEEKS + 1];
  sqlite3_stmt *stmt;
  int           rc;

  week_bounds (self->now, self->tz, bounds);
  for (guint i = 0; i < CL_INSIGHTS_WEEKS; i++)
    self->activity[i].week_start = bounds[i];

  stmt = cl_database_prepare (database, activity_sql (), error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i <= CL_INSIGHTS_WEEKS; i++)
    sqlite3_bind_int64 (stmt, (int) i + 1, bounds[i]);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int i = sqlite3_column_int (stmt, 0);

      g_assert (i >= 0 && i < CL_INSIGHTS_WEEKS);
      self->activity[i].added = (guint) sqlite3_column_int64 (stmt, 1);
      self->activity[i].moves = (guint) sqlite3_column_int64 (stmt, 2);
    }
  if (rc != SQLITE_DONE)
    cl_database_set_error (database, rc, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

/* Computing ------------------------------------------------------------------ */

ClInsights *
cl_insights_compute (ClDatabase *database,
                     gint64      now,
                     GTimeZone  *tz,
                     GError    **error)
{
  g_autoptr(ClInsights) self = NULL;
  g_autoptr(ClTransaction) tx = NULL;
  OutcomeSums sums = {
    0,
  };

  g_return_val_if_fail (CL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (ClInsights, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->tz = tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_local ();
  self->now = now;
  sums.insights = self;
  self->time_in_stage = g_array_new (FALSE, FALSE, sizeof (ClStageTimeRow));
  g_array_set_clear_func (self->time_in_stage, stage_time_row_clear);

  /* One snapshot, so that the numbers agree with each other. */
  tx = cl_transaction_begin_read (database, error);
  if (tx == NULL ||
      !cl_database_foreach (database, outcome_row_cb, &sums, error, outcomes_sql (), "") ||
      !cl_database_foreach (database, stage_time_row_cb, self->time_in_stage, error,
                            time_in_stage_sql, "d", SECONDS_PER_DAY) ||
      !compute_activity (self, database, error) ||
      !cl_transaction_commit (tx, error))
    return NULL;

  compute_rates (self);
  arrange_outcomes (self, &sums);
  return g_steal_pointer (&self);
}

guint
cl_insights_get_total (ClInsights *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->total;
}

const ClFunnelRow *
cl_insights_get_funnel (ClInsights *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->funnel;
}

static const ClOutcomeRow *
outcome_rows (GArray *rows,
              guint  *n_rows)
{
  if (n_rows != NULL)
    *n_rows = rows->len;
  return (const ClOutcomeRow *) rows->data;
}

const ClOutcomeRow *
cl_insights_get_by_company_type (ClInsights *self,
                                 guint      *n_rows)
{
  g_return_val_if_fail (self != NULL, NULL);

  return outcome_rows (self->by_company_type, n_rows);
}

const ClOutcomeRow *
cl_insights_get_by_source (ClInsights *self,
                           guint      *n_rows)
{
  g_return_val_if_fail (self != NULL, NULL);

  return outcome_rows (self->by_source, n_rows);
}

const ClStageTimeRow *
cl_insights_get_time_in_stage (ClInsights *self,
                               guint      *n_rows)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_rows != NULL)
    *n_rows = self->time_in_stage->len;
  return (const ClStageTimeRow *) self->time_in_stage->data;
}

const ClActivityRow *
cl_insights_get_activity (ClInsights *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->activity;
}

/* Words ---------------------------------------------------------------------- */

const char *
cl_funnel_step_get_label (ClFunnelStep step)
{
  switch (step)
    {
    case CL_FUNNEL_APPLIED: return _ ("Applied");
    case CL_FUNNEL_SCREEN: return _ ("Recruiter screen");
    case CL_FUNNEL_TECHNICAL: return _ ("Technical screen");
    case CL_FUNNEL_ONSITE: return _ ("Onsite");
    case CL_FUNNEL_OFFER: return _ ("Offer");
    case CL_FUNNEL_ACCEPTED: return _ ("Accepted");
    case CL_FUNNEL_N_STEPS:
    default: g_return_val_if_reached (NULL);
    }
}

/* A rate as a whole percentage. */
static int
percent (double rate)
{
  return (int) (rate * 100 + 0.5);
}

static char *
no_applications_yet (void)
{
  /* Translators: %s is the first step of the funnel, "Applied" */
  return g_strdup_printf (_ ("No application has reached “%s” yet."),
                          cl_funnel_step_get_label (CL_FUNNEL_APPLIED));
}

char *
cl_insights_describe_funnel (ClInsights *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->total == 0)
    return g_strdup (_ ("No applications yet."));
  if (self->funnel[CL_FUNNEL_APPLIED].count == 0)
    return no_applications_yet ();

  out = g_string_new (NULL);
  for (guint step = 0; step < CL_FUNNEL_N_STEPS; step++)
    {
      const ClFunnelRow *row = &self->funnel[step];
      const char        *label = cl_funnel_step_get_label (step);

      if (step > 0)
        /* Translators: between the steps of "Applied 120, Recruiter screen 45 (38 %), …" */
        g_string_append (out, C_ ("funnel", ", "));
      if (row->rate >= 0)
        /* Translators: a funnel step, its count and the percentage of the
         * previous step's count that reached it: "Recruiter screen 45 (38 %)" */
        g_string_append_printf (out, _ ("%s %u (%d %%)"), label, row->count, percent (row->rate));
      else
        /* Translators: a funnel step and its count: "Applied 120" */
        g_string_append_printf (out, _ ("%s %u"), label, row->count);
    }
  return g_string_free (out, FALSE);
}

static const char *
outcome_group_label (int      group,
                     gboolean by_source)
{
  if (!by_source)
    return cl_company_type_get_label (group);
  if (group < 0)
    return _ ("Every other source");
  return cl_application_source_get_label (group);
}

char *
cl_insights_describe_outcomes (const ClOutcomeRow *rows,
                               guint               n_rows,
                               gboolean            by_source)
{
  GString *out = NULL;

  g_return_val_if_fail (rows != NULL || n_rows == 0, NULL);

  for (guint i = 0; i < n_rows; i++)
    {
      const ClOutcomeRow *row = &rows[i];
      g_autofree char    *applications = NULL;
      g_autofree char    *onsite = NULL;
      g_autofree char    *offers = NULL;
      g_autofree char    *rejections = NULL;

      /* Referral and the sum of the others are there even when empty. */
      if (row->applications == 0)
        continue;

      applications = g_strdup_printf (
        ngettext ("%u application", "%u applications", row->applications), row->applications);
      onsite = g_strdup_printf (ngettext ("%u reached onsite", "%u reached onsite",
                                          row->reached_onsite),
                                row->reached_onsite);
      offers = g_strdup_printf (ngettext ("%u offer", "%u offers", row->offers), row->offers);
      rejections = g_strdup_printf (ngettext ("%u rejection", "%u rejections", row->rejections),
                                    row->rejections);

      if (out == NULL)
        out = g_string_new (NULL);
      else
        /* Translators: between the groups of "Referral: 12 applications, …; Cold: …" */
        g_string_append (out, C_ ("outcomes", "; "));
      /* Translators: a group (a company type or a source), then its
       * applications, how many reached onsite, offers and rejections:
       * "Startup: 12 applications, 4 reached onsite, 2 offers, 3 rejections" */
      g_string_append_printf (out, _ ("%s: %s, %s, %s, %s"),
                              outcome_group_label (row->group, by_source), applications, onsite,
                              offers, rejections);
    }

  if (out == NULL)
    return no_applications_yet ();
  return g_string_free (out, FALSE);
}

/* Days with at most one decimal: "4", "2.5". */
static char *
format_days (double days)
{
  gint64 tenths = (gint64) (days * 10 + 0.5);

  if (tenths % 10 == 0)
    return g_strdup_printf (ngettext ("%u day", "%u days", (gulong) (tenths / 10)),
                            (guint) (tenths / 10));
  /* Translators: a number of days with one decimal, "2.5 days" */
  return g_strdup_printf (_ ("%.1f days"), tenths / 10.0);
}

char *
cl_insights_describe_time_in_stage (ClInsights *self)
{
  GString *out;
  guint    n_stays = 0;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->time_in_stage->len; i++)
    n_stays += g_array_index (self->time_in_stage, ClStageTimeRow, i).stays;
  if (n_stays == 0)
    return g_strdup (_ ("No application has left a stage yet."));

  out = g_string_new (NULL);
  for (guint i = 0; i < self->time_in_stage->len; i++)
    {
      const ClStageTimeRow *row = &g_array_index (self->time_in_stage, ClStageTimeRow, i);

      if (i > 0)
        /* Translators: between the stages of "Applied: median 4 days over 12 stays; …" */
        g_string_append (out, C_ ("time in stage", "; "));
      if (row->stays == 0)
        /* Translators: %s is a stage's name */
        g_string_append_printf (out, _ ("%s: no completed stays"), row->name);
      else
        {
          g_autofree char *days = format_days (row->median_days);

          g_string_append_printf (out,
                                  /* Translators: a stage's name, the median time
                                   * applications spent in it ("4 days") and how
                                   * many stays that is over */
                                  ngettext ("%s: median %s over %u stay",
                                            "%s: median %s over %u stays", row->stays),
                                  row->name, days, row->stays);
        }
    }
  return g_string_free (out, FALSE);
}

char *
cl_insights_describe_activity (ClInsights *self)
{
  g_autofree char *added = NULL;
  g_autofree char *moves = NULL;
  g_autoptr(GDateTime) utc_now = NULL;
  g_autoptr(GDateTime) now = NULL;
  GString *out;
  guint    n_added = 0, n_moves = 0;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < CL_INSIGHTS_WEEKS; i++)
    {
      n_added += self->activity[i].added;
      n_moves += self->activity[i].moves;
    }
  if (n_added == 0 && n_moves == 0)
    return g_strdup_printf (ngettext ("Nothing added or moved in the last %u week.",
                                      "Nothing added or moved in the last %u weeks.",
                                      CL_INSIGHTS_WEEKS),
                            CL_INSIGHTS_WEEKS);

  added = g_strdup_printf (ngettext ("%u application added", "%u applications added", n_added),
                           n_added);
  moves = g_strdup_printf (ngettext ("%u stage change", "%u stage changes", n_moves), n_moves);
  out = g_string_new (NULL);
  g_string_append_printf (out,
                          /* Translators: "In the last 26 weeks: 40 applications
                           * added, 85 stage changes." */
                          ngettext ("In the last %u week: %s, %s.",
                                    "In the last %u weeks: %s, %s.", CL_INSIGHTS_WEEKS),
                          CL_INSIGHTS_WEEKS, added, moves);

  utc_now = g_date_time_new_from_unix_utc (self->now);
  now = g_date_time_to_timezone (utc_now, self->tz);
  for (guint i = 0; i < CL_INSIGHTS_WEEKS; i++)
    {
      const ClActivityRow *row = &self->activity[i];
      g_autoptr(GDateTime) utc = NULL;
      g_autoptr(GDateTime) start = NULL;
      g_autofree char *date = NULL;

      if (row->added == 0 && row->moves == 0)
        continue;
      utc = g_date_time_new_from_unix_utc (row->week_start);
      start = g_date_time_to_timezone (utc, self->tz);
      if (g_date_time_get_year (start) == g_date_time_get_year (now))
        /* Translators: day and month, in strftime format */
        date = g_date_time_format (start, C_ ("this year", "%-d %b"));
      else
        /* Translators: day, month and year, in strftime format */
        date = g_date_time_format (start, C_ ("another year", "%-d %b %Y"));
      g_string_append_c (out, ' ');
      /* Translators: the Monday a week starts on ("4 May"), then how many
       * applications were added and how many were moved to another stage
       * that week */
      g_string_append_printf (out, _ ("Week of %s: %u added, %u moved."), date, row->added,
                              row->moves);
    }
  return g_string_free (out, FALSE);
}
