/* cl-prep-plan.h — a prep plan worked back from an interview, and its progress
 *
 * Pure arithmetic on calendar dates written "YYYY-MM-DD" (as objectives keep
 * their target dates): the caller says what today is, from its ClClock
 * (g_date_time_format (cl_clock_now_local (clock), "%F")), so tests fix it.
 *
 * Scheduling backwards: the objectives are spread, in the order given, over
 * the days from today to the second day before the round.  The day before
 * the round is left free (no objective is due on it: it is for rest and a
 * light review), so a round tomorrow leaves no day to plan on.  Objective i
 * (of n, from 0) of equal weight is due at the end of day
 * ceil ((i + 1) × days / n) − 1, counting today as day 0: the last one on
 * the last day there is, the others evenly before it, several a day (their
 * numbers differing by at most one) when there are more objectives than
 * days.  With weights (the hours planned), each is due when the running
 * total of the weights up to and including it reaches its share of the days.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cl-objective.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_PREP_PLAN_ERROR (cl_prep_plan_error_quark ())

typedef enum
{
  CL_PREP_PLAN_ERROR_INVALID,  /* a date that is not YYYY-MM-DD, or a negative weight */
  CL_PREP_PLAN_ERROR_PASSED,   /* the round is today or before */
  CL_PREP_PLAN_ERROR_NO_DAYS,  /* the round is tomorrow: no day left but the free one */
} ClPrepPlanError;

GQuark    cl_prep_plan_error_quark    (void);

/* How many days the plan has between @today and a round on @round_date:
 * from today to the second day before the round, both included (0 for a
 * round tomorrow, and negative for one today or past).  FALSE with
 * CL_PREP_PLAN_ERROR_INVALID when a date is malformed. */
gboolean  cl_prep_plan_count_days     (const char     *today,
                                       const char     *round_date,
                                       int            *out_days,
                                       GError        **error);

/* Target dates, "YYYY-MM-DD", for @n_objectives objectives to finish
 * before a round on @round_date, in the order given (a new NULL-terminated
 * array of @n_objectives dates, never decreasing).  @weights (may be NULL:
 * all equal) are their hours planned, each >= 0; all 0 is all equal.  A
 * round today or past is CL_PREP_PLAN_ERROR_PASSED, a round tomorrow
 * CL_PREP_PLAN_ERROR_NO_DAYS, each with a message saying what to do.
 * @n_objectives 0 gives an empty array. */
GStrv     cl_prep_plan_schedule       (const char     *today,
                                       const char     *round_date,
                                       const double   *weights,
                                       guint           n_objectives,
                                       GError        **error);

/* The progress of a set of objectives (a domain, an application's).
 * Dropped objectives count nowhere. */
typedef struct
{
  guint        n_objectives;   /* not dropped */
  guint        n_done;
  guint        n_overdue;      /* not done, target date before today */
  double       hours_planned;  /* of the objectives not dropped */
  double       hours_spent;
  /* The next one due: of those neither done nor dropped with a target date,
   * the earliest (an overdue one first, being earlier), then the first
   * given; NULL when none has a date.  A reference the struct holds. */
  ClObjective *next;
  gboolean     next_overdue;
} ClPrepProgress;

/* Fills @out (overwriting it: clear one filled before) from @objectives
 * (@n_objectives of them) as of @today ("YYYY-MM-DD"). */
void      cl_prep_progress_compute    (ClPrepProgress *out,
                                       ClObjective   **objectives,
                                       guint           n_objectives,
                                       const char     *today);
/* The same for the items of @model (ClObjective). */
void      cl_prep_progress_compute_model (ClPrepProgress *out,
                                       GListModel     *model,
                                       const char     *today);
/* Drops the reference to the next objective; the struct can be reused. */
void      cl_prep_progress_clear      (ClPrepProgress *progress);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ClPrepProgress, cl_prep_progress_clear)

/* clang-format on */
G_END_DECLS
