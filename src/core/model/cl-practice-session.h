/* cl-practice-session.h — a mock interview held with a practice partner, and its scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_PRACTICE_SESSION (cl_practice_session_get_type ())
G_DECLARE_FINAL_TYPE (ClPracticeSession, cl_practice_session, CL, PRACTICE_SESSION, ClModel)

/* The scores are levels of a rubric criterion (ClRubricCriterion). */
#define CL_PRACTICE_SCORE_MIN 1
#define CL_PRACTICE_SCORE_MAX 4

/* A session's score for one criterion. */
typedef struct
{
  gint64 criterion_id;
  int    score;
} ClPracticeScore;

/* A new, unsaved session (id 0), an hour long, the user as the candidate;
 * cl_practice_store_add_session() saves it.  @held_at is a Unix time. */
ClPracticeSession *cl_practice_session_new                 (gint64              partnership_id,
                                                            ClPrepDomain        domain,
                                                            gint64              held_at);
/* An edited copy (scores included), for cl_practice_store_update_session(). */
ClPracticeSession *cl_practice_session_copy                (ClPracticeSession  *self);

gint64             cl_practice_session_get_id              (ClPracticeSession  *self);
gint64             cl_practice_session_get_partnership_id  (ClPracticeSession  *self);
ClPrepDomain       cl_practice_session_get_domain          (ClPracticeSession  *self);
gint64             cl_practice_session_get_held_at         (ClPracticeSession  *self);
/* 1 to 720; 0 for a session logged before durations were asked for. */
guint              cl_practice_session_get_duration_minutes (ClPracticeSession *self);
ClPracticeRole     cl_practice_session_get_role            (ClPracticeSession  *self);
const char        *cl_practice_session_get_notes           (ClPracticeSession  *self);

/* Scores ------------------------------------------------------------------
 * Kept in the "scores" property as "criterion=score" text (see the .c) so
 * that copies and comparisons carry them: use these rather than the text. */

/* The score given for @criterion_id, or 0 when it was not scored. */
int                cl_practice_session_get_score           (ClPracticeSession  *self,
                                                            gint64              criterion_id);
/* Scores @criterion_id (1 to 4; validation refuses anything else); 0
 * removes its score.  Notifies "scores".  For copies: the store's objects
 * change only through the store. */
void               cl_practice_session_set_score           (ClPracticeSession  *self,
                                                            gint64              criterion_id,
                                                            int                 score);
/* Forgets every score. */
void               cl_practice_session_clear_scores        (ClPracticeSession  *self);
/* The scores (ClPracticeScore) by criterion id, in a new array. */
GArray            *cl_practice_session_list_scores         (ClPracticeSession  *self);
guint              cl_practice_session_get_n_scores        (ClPracticeSession  *self);
/* The mean of the scores, or 0 when there is none. */
double             cl_practice_session_get_mean_score      (ClPracticeSession  *self);

/* clang-format on */
G_END_DECLS
