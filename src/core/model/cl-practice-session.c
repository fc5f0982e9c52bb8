/* cl-practice-session.c — a mock interview held with a practice partner, and its scores
 *
 * The object mirrors a row of `practice_sessions`.  Its scores, rows of
 * `practice_scores`, are a set whose size depends on the domain's rubric, so
 * they are no column: the "scores" field holds them as text,
 * "criterion=score" pairs by criterion id ("1=3;4=2"), which lets copies,
 * comparisons and the store's updates carry them as any other field (the
 * way ClContact keeps its e-mail addresses).  ClPracticeStore writes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-practice-session"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-practice-session.h"
#include "cl-validation.h"

/* A session longer than a working day is a typing mistake. */
#define MAX_MINUTES 720

struct _ClPracticeSession
{
  ClModel        parent_instance;

  gint64         id;
  gint64         partnership_id;
  ClPrepDomain   domain;
  gint64         held_at;
  guint          duration_minutes;
  ClPracticeRole role;
  char          *notes;
  char          *scores;
};

G_DEFINE_FINAL_TYPE (ClPracticeSession, cl_practice_session, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClPracticeSession, id),
  { "partnership-id", "partnership_id", CL_FIELD_INT64,
    G_STRUCT_OFFSET (ClPracticeSession, partnership_id), .minimum = 1, .maximum = G_MAXINT64,
    .message = N_ ("Choose the partner you practised with.") },
  { "domain", "domain_id", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClPracticeSession, domain),
    .flags = CL_FIELD_ENUM_ROW_ID, .value_type = cl_prep_domain_get_type,
    .default_value = CL_PREP_DOMAIN_CODING,
    .message = N_ ("Choose the domain the session practised.") },
  { "held-at", "held_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClPracticeSession, held_at),
    .minimum = 1, .maximum = G_MAXINT64, .message = N_ ("Choose the day the session was held.") },
  /* NULL (0) only in rows logged before durations were asked for. */
  { "duration-minutes", "duration_minutes", CL_FIELD_UINT,
    G_STRUCT_OFFSET (ClPracticeSession, duration_minutes), .minimum = 1, .maximum = MAX_MINUTES,
    .default_value = 60,
    .message = N_ ("Enter how long the session lasted, from 1 to 720 minutes.") },
  { "role", "role", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClPracticeSession, role),
    .value_type = cl_practice_role_get_type, .default_value = CL_PRACTICE_ROLE_CANDIDATE,
    .message = N_ ("Choose whether you were the candidate or the interviewer.") },
  { "notes", "notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClPracticeSession, notes) },
  { "scores", NULL, CL_FIELD_STRING, G_STRUCT_OFFSET (ClPracticeSession, scores) },
};

/* The pairs of @text (ClPracticeScore), by criterion id. */
static GArray *
parse_scores (const char *text)
{
  GArray *scores = g_array_new (FALSE, FALSE, sizeof (ClPracticeScore));
  g_auto(GStrv) pairs = NULL;

  if (text == NULL)
    return scores;
  pairs = g_strsplit (text, ";", -1);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      ClPracticeScore score;
      char           *end = NULL;

      score.criterion_id = g_ascii_strtoll (pairs[i], &end, 10);
      if (end == NULL || *end != '=')
        continue;
      score.score = (int) g_ascii_strtoll (end + 1, NULL, 10);
      g_array_append_val (scores, score);
    }
  return scores;
}

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  gint64 x = ((const ClPracticeScore *) a)->criterion_id;
  gint64 y = ((const ClPracticeScore *) b)->criterion_id;

  return (x > y) - (x < y);
}

/* Writes @scores back, sorted, so that equal sets are equal text. */
static void
set_scores (ClPracticeSession *self,
            GArray            *scores)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GValue) value = G_VALUE_INIT;

  g_array_sort (scores, compare_scores);
  for (guint i = 0; i < scores->len; i++)
    {
      ClPracticeScore *score = &g_array_index (scores, ClPracticeScore, i);

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT "=%d", i > 0 ? ";" : "",
                              score->criterion_id, score->score);
    }
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text->len > 0 ? text->str : NULL);
  cl_model_set_value (CL_MODEL (self), "scores", &value);
}

static void
cl_practice_session_validate (ClModel   *model,
                              GPtrArray *problems)
{
  ClPracticeSession *self = CL_PRACTICE_SESSION (model);
  g_autoptr(GArray) scores = parse_scores (self->scores);
  static const char *const names[] = { "scores", NULL };

  for (guint i = 0; i < scores->len; i++)
    {
      ClPracticeScore *score = &g_array_index (scores, ClPracticeScore, i);

      if (score->criterion_id <= 0)
        {
          g_ptr_array_add (problems,
                           cl_validation_error_new (CL_VALIDATION_ERROR_INCONSISTENT, names,
                                                    _ ("A score belongs to no criterion. Score "
                                                       "the criteria the domain lists.")));
          return;
        }
      if (score->score < CL_PRACTICE_SCORE_MIN || score->score > CL_PRACTICE_SCORE_MAX)
        {
          g_ptr_array_add (problems,
                           cl_validation_error_new (CL_VALIDATION_ERROR_OUT_OF_RANGE, names,
                                                    _ ("Each score is a level from 1 to 4. "
                                                       "Choose a level, or leave the criterion "
                                                       "unscored.")));
          return;
        }
    }
}

static void
cl_practice_session_class_init (ClPracticeSessionClass *klass)
{
  ClModelClass *model_class = CL_MODEL_CLASS (klass);

  model_class->validate = cl_practice_session_validate;
  cl_model_class_set_fields (model_class, "practice_sessions", fields, G_N_ELEMENTS (fields));
}

static void
cl_practice_session_init (ClPracticeSession *self)
{
  self->duration_minutes = 60;
}

ClPracticeSession *
cl_practice_session_new (gint64       partnership_id,
                         ClPrepDomain domain,
                         gint64       held_at)
{
  return g_object_new (CL_TYPE_PRACTICE_SESSION, "partnership-id", partnership_id, "domain",
                       domain, "held-at", held_at, NULL);
}

ClPracticeSession *
cl_practice_session_copy (ClPracticeSession *self)
{
  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (self), NULL);

  return CL_MODEL_COPY (self, ClPracticeSession);
}

gint64
cl_practice_session_get_id (ClPracticeSession *self)
{
  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (self), 0);
  return self->id;
}
gint64
cl_practice_session_get_partnership_id (ClPracticeSession *self)
{
  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (self), 0);
  return self->partnership_id;
}
ClPrepDomain
cl_practice_session_get_domain (ClPracticeSession *self)
{
  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (self), 0);
  return self->domain;
}
gint64
cl_practice_session_get_held_at (ClPracticeSession *self)
{
  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (self), 0);
  return self->held_at;
}
guint
cl_practice_session_get_duration_minutes (ClPracticeSession *self)
{
  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (self), 0);
  return self->duration_minutes;
}
ClPracticeRole
cl_practice_session_get_role (ClPracticeSession *self)
{
  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (self), 0);
  return self->role;
}
const char *
cl_practice_session_get_notes (ClPracticeSession *self)
{
  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (self), NULL);
  return self->notes;
}

int
cl_practice_session_get_score (ClPracticeSession *self,
                               gint64             criterion_id)
{
  g_autoptr(GArray) scores = NULL;

  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (self), 0);

  scores = parse_scores (self->scores);
  for (guint i = 0; i < scores->len; i++)
    if (g_array_index (scores, ClPracticeScore, i).criterion_id == criterion_id)
      return g_array_index (scores, ClPracticeScore, i).score;
  return 0;
}

void
cl_practice_session_set_score (ClPracticeSession *self,
                               gint64             criterion_id,
                               int                score)
{
  g_autoptr(GArray) scores = NULL;
  ClPracticeScore added = { criterion_id, score };

  g_return_if_fail (CL_IS_PRACTICE_SESSION (self));

  scores = parse_scores (self->scores);
  for (guint i = 0; i < scores->len; i++)
    if (g_array_index (scores, ClPracticeScore, i).criterion_id == criterion_id)
      {
        g_array_remove_index (scores, i);
        break;
      }
  if (score != 0)
    g_array_append_val (scores, added);
  set_scores (self, scores);
}

void
cl_practice_session_clear_scores (ClPracticeSession *self)
{
  g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (ClPracticeScore));

  g_return_if_fail (CL_IS_PRACTICE_SESSION (self));

  set_scores (self, none);
}

GArray *
cl_practice_session_list_scores (ClPracticeSession *self)
{
  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (self), NULL);

  return parse_scores (self->scores);
}

guint
cl_practice_session_get_n_scores (ClPracticeSession *self)
{
  g_autoptr(GArray) scores = NULL;

  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (self), 0);

  scores = parse_scores (self->scores);
  return scores->len;
}

double
cl_practice_session_get_mean_score (ClPracticeSession *self)
{
  g_autoptr(GArray) scores = NULL;
  int sum = 0;

  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (self), 0);

  scores = parse_scores (self->scores);
  if (scores->len == 0)
    return 0;
  for (guint i = 0; i < scores->len; i++)
    sum += g_array_index (scores, ClPracticeScore, i).score;
  return (double) sum / scores->len;
}
