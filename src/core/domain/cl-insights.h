/* cl-insights.h — what the search says: funnel, outcomes, time in stage, activity
 *
 * Everything is computed in SQLite with aggregates over the applications,
 * their stages' milestones and the stage history; nothing loads every row
 * into C.  Archived applications count.  The result is an immutable,
 * reference-counted snapshot.
 *
 * The funnel rule: an application has *reached* a step when its current
 * stage, or any stage in its history, carries that step's milestone or a
 * later one (applied < screen < technical < onsite < offer < accepted).
 * Wishlist never counts as applied; rejected, withdrawn and ghosted are not
 * steps, so such an application counts only for the steps it reached before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-database.h"
#include "cl-enums.h"

G_BEGIN_DECLS
/* clang-format off */

typedef enum
{
  CL_FUNNEL_APPLIED,
  CL_FUNNEL_SCREEN,     /* "Recruiter screen" */
  CL_FUNNEL_TECHNICAL,  /* "Technical screen" */
  CL_FUNNEL_ONSITE,
  CL_FUNNEL_OFFER,
  CL_FUNNEL_ACCEPTED,
  CL_FUNNEL_N_STEPS,
} ClFunnelStep;

typedef struct
{
  ClFunnelStep step;
  guint        count;  /* applications that reached it */
  double       rate;   /* count / previous step's count, 0…1; -1 for the first
                        * step and when the previous step's count is 0 */
} ClFunnelRow;

/* Outcomes of one group of applications (a company type, or a source). */
typedef struct
{
  int   group;           /* a ClCompanyType or a ClApplicationSource; -1 for
                          * "every source but referral" */
  guint applications;    /* that reached "applied" (wishlist is left out) */
  guint reached_onsite;
  guint offers;          /* reached the offer step */
  guint rejections;      /* now in a stage whose milestone is rejected */
} ClOutcomeRow;

typedef struct
{
  gint64 stage_id;
  char  *name;           /* the stage's name */
  guint  stays;          /* completed stays (entered, then left) */
  double median_days;    /* median length of those stays; -1 when stays is 0 */
} ClStageTimeRow;

typedef struct
{
  gint64 week_start;     /* Unix time of Monday 00:00 in the time zone used */
  guint  added;          /* applications created that week */
  guint  moves;          /* stage changes that week (first placements left out) */
} ClActivityRow;

#define CL_INSIGHTS_WEEKS 26

typedef struct _ClInsights ClInsights;

#define CL_TYPE_INSIGHTS (cl_insights_get_type ())
GType         cl_insights_get_type          (void) G_GNUC_CONST;

/* Computes every insight at @now (Unix time) with weeks in @tz (NULL: local
 * time).  Fails only on a database error. */
ClInsights   *cl_insights_compute           (ClDatabase    *database,
                                             gint64         now,
                                             GTimeZone     *tz,
                                             GError       **error);
ClInsights   *cl_insights_ref               (ClInsights    *self);
void          cl_insights_unref             (ClInsights    *self);

/* Applications in the database, archived included, wishlist included. */
guint         cl_insights_get_total         (ClInsights    *self);

/* CL_FUNNEL_N_STEPS rows, in step order. */
const ClFunnelRow    *cl_insights_get_funnel          (ClInsights *self);
/* One row per company type that has applications, most applications first. */
const ClOutcomeRow   *cl_insights_get_by_company_type (ClInsights *self,
                                                       guint      *n_rows);
/* Referral first, then -1 ("every other source"), then one row per other
 * source that has applications, most applications first. */
const ClOutcomeRow   *cl_insights_get_by_source       (ClInsights *self,
                                                       guint      *n_rows);
/* One row per stage that is not archived, in board order. */
const ClStageTimeRow *cl_insights_get_time_in_stage   (ClInsights *self,
                                                       guint      *n_rows);
/* CL_INSIGHTS_WEEKS rows, oldest first; the last is the week of @now. */
const ClActivityRow  *cl_insights_get_activity        (ClInsights *self);

/* Translated names of the funnel steps: "Applied", "Recruiter screen"… */
const char   *cl_funnel_step_get_label      (ClFunnelStep   step);

/* The numbers as one sentence for screen readers and tables, translated:
 * "Applied 120, Recruiter screen 45 (38 %), Technical screen 20 (44 %), …";
 * an empty search says so. */
char         *cl_insights_describe_funnel   (ClInsights    *self);
char         *cl_insights_describe_outcomes (const ClOutcomeRow *rows,
                                             guint          n_rows,
                                             gboolean       by_source);
char         *cl_insights_describe_time_in_stage (ClInsights *self);
char         *cl_insights_describe_activity (ClInsights    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClInsights, cl_insights_unref)

/* clang-format on */
G_END_DECLS
