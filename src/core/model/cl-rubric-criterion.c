/* cl-rubric-criterion.c — what a practice session is scored on, and what each level means
 *
 * The object mirrors a row of `rubric_criteria`.  The four default criteria
 * are rows with a key and no name: their names and levels are written here,
 * so they are translated; a domain's own criteria are rows with a name and
 * the levels the user wrote.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-rubric-criterion"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cl-model-private.h"
#include "cl-rubric-criterion.h"
#include "cl-validation.h"

struct _ClRubricCriterion
{
  ClModel parent_instance;

  gint64  id;
  gint64  domain_id; /* prep_domains.id, 0 for a default */
  char   *key;
  char   *name;
  char   *levels[CL_RUBRIC_N_LEVELS];
  guint   position;
};

G_DEFINE_FINAL_TYPE (ClRubricCriterion, cl_rubric_criterion, CL_TYPE_MODEL)

#define LEVEL(n) \
  { \
    "level-" #n, "level_" #n, CL_FIELD_STRING, G_STRUCT_OFFSET (ClRubricCriterion, levels[n - 1]), \
      .flags = CL_FIELD_TRIM, .max_length = 300, .label = N_ ("What level " #n " means") \
  }

static const ClField fields[] = {
  CL_FIELD_ID (ClRubricCriterion, id),
  { "domain-id", "domain_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClRubricCriterion, domain_id),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_INSERT | CL_FIELD_OPTIONAL, .none = 0, .minimum = 1,
    .maximum = CL_PREP_DOMAIN_INTERVIEW_TIPS + 1,
    .message = N_ ("Choose the domain this criterion scores.") },
  { "key", "key", CL_FIELD_STRING, G_STRUCT_OFFSET (ClRubricCriterion, key),
    .flags = CL_FIELD_READ_ONLY },
  { "name", "name", CL_FIELD_STRING, G_STRUCT_OFFSET (ClRubricCriterion, name),
    .flags = CL_FIELD_TRIM, .max_length = 100, .label = N_ ("The criterion’s name") },
  LEVEL (1),
  LEVEL (2),
  LEVEL (3),
  LEVEL (4),
  { "position", "position", CL_FIELD_UINT, G_STRUCT_OFFSET (ClRubricCriterion, position),
    .flags = CL_FIELD_READ_ONLY },
};

typedef struct
{
  const char *key;
  const char *name;
  const char *levels[CL_RUBRIC_N_LEVELS];
} Default;

/* What a partner can tell apart while listening, so that two partners give
 * the same session the same score. */
static const Default defaults[] = {
  { "communication",
    N_ ("Communication"),
    { N_ ("Hard to follow; long silences; the interviewer has to drag the reasoning out."),
      N_ ("Explains in fits and starts; rarely says what they are about to do."),
      N_ ("Thinks aloud and is easy to follow; sums up before moving on."),
      N_ ("Clear structure, checks in with the interviewer, explains trade-offs unprompted.") } },
  { "problem-solving",
    N_ ("Problem solving"),
    { N_ ("Starts coding or answering before understanding the question; gets stuck without a "
          "way forward."),
      N_ ("Asks some questions; finds an approach only with strong hints."),
      N_ ("Clarifies the problem, tries examples, reaches a working approach with light hints."),
      N_ ("Clarifies edge cases first, compares two approaches and picks one for stated "
          "reasons.") } },
  { "technical-depth",
    N_ ("Technical depth"),
    { N_ ("Key concepts are missing or wrong; cannot say why an approach works."),
      N_ ("Knows the textbook answer but not its costs or limits."),
      N_ ("Explains how and why it works, with correct complexity or trade-offs."),
      N_ ("Goes a level deeper when asked: alternatives, failure modes, what changes at "
          "scale.") } },
  { "testing",
    N_ ("Testing"),
    { N_ ("Does not check the answer; bugs are found by the interviewer."),
      N_ ("Runs through the happy path only when asked."),
      N_ ("Walks through an example unprompted and catches most of their own bugs."),
      N_ ("Tests edge cases (empty, one, huge, invalid) systematically and fixes what they "
          "find.") } },
};

static const Default *
find_default (const char *key)
{
  if (key == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    if (strcmp (defaults[i].key, key) == 0)
      return &defaults[i];
  return NULL;
}

static void
cl_rubric_criterion_validate (ClModel   *model,
                              GPtrArray *problems)
{
  ClRubricCriterion       *self = CL_RUBRIC_CRITERION (model);
  static const char *const names[] = { "name", NULL };

  if (self->key == NULL && cl_model_is_blank (self->name))
    g_ptr_array_add (problems,
                     cl_validation_error_new (CL_VALIDATION_ERROR_REQUIRED, names,
                                              _ ("Enter the criterion’s name, such as “Code "
                                                 "quality”.")));
}

static void
cl_rubric_criterion_class_init (ClRubricCriterionClass *klass)
{
  ClModelClass *model_class = CL_MODEL_CLASS (klass);

  model_class->validate = cl_rubric_criterion_validate;
  cl_model_class_set_fields (model_class, "rubric_criteria", fields, G_N_ELEMENTS (fields));
}

static void
cl_rubric_criterion_init (ClRubricCriterion *self)
{
}

ClRubricCriterion *
cl_rubric_criterion_new (ClPrepDomain domain,
                         const char  *name)
{
  ClRubricCriterion *self = g_object_new (CL_TYPE_RUBRIC_CRITERION, "name", name, NULL);

  /* An unknown domain stays 0 (none), which validation names. */
  if ((guint) domain <= CL_PREP_DOMAIN_INTERVIEW_TIPS)
    cl_model_set_int64 (CL_MODEL (self), "domain-id", (gint64) domain + 1);
  return self;
}

ClRubricCriterion *
cl_rubric_criterion_copy (ClRubricCriterion *self)
{
  g_return_val_if_fail (CL_IS_RUBRIC_CRITERION (self), NULL);

  return CL_MODEL_COPY (self, ClRubricCriterion);
}

gint64
cl_rubric_criterion_get_id (ClRubricCriterion *self)
{
  g_return_val_if_fail (CL_IS_RUBRIC_CRITERION (self), 0);
  return self->id;
}

gboolean
cl_rubric_criterion_is_default (ClRubricCriterion *self)
{
  g_return_val_if_fail (CL_IS_RUBRIC_CRITERION (self), FALSE);
  return self->key != NULL;
}

const char *
cl_rubric_criterion_get_key (ClRubricCriterion *self)
{
  g_return_val_if_fail (CL_IS_RUBRIC_CRITERION (self), NULL);
  return self->key;
}

int
cl_rubric_criterion_get_domain (ClRubricCriterion *self)
{
  g_return_val_if_fail (CL_IS_RUBRIC_CRITERION (self), -1);
  return self->domain_id > 0 ? (int) self->domain_id - 1 : -1;
}

const char *
cl_rubric_criterion_get_name (ClRubricCriterion *self)
{
  g_return_val_if_fail (CL_IS_RUBRIC_CRITERION (self), NULL);

  if (self->key != NULL)
    return cl_rubric_default_get_name (self->key);
  return self->name;
}

const char *
cl_rubric_criterion_get_level (ClRubricCriterion *self,
                               guint              level)
{
  g_return_val_if_fail (CL_IS_RUBRIC_CRITERION (self), NULL);
  g_return_val_if_fail (level >= 1 && level <= CL_RUBRIC_N_LEVELS, NULL);

  if (self->key != NULL)
    return cl_rubric_default_get_level (self->key, level);
  return self->levels[level - 1];
}

void
cl_rubric_criterion_set_level (ClRubricCriterion *self,
                               guint              level,
                               const char        *text)
{
  g_autofree char *name = NULL;

  g_return_if_fail (CL_IS_RUBRIC_CRITERION (self));
  g_return_if_fail (level >= 1 && level <= CL_RUBRIC_N_LEVELS);

  name = g_strdup_printf ("level-%u", level);
  g_object_set (self, name, text, NULL);
}

guint
cl_rubric_criterion_get_position (ClRubricCriterion *self)
{
  g_return_val_if_fail (CL_IS_RUBRIC_CRITERION (self), 0);
  return self->position;
}

const char *
cl_rubric_default_get_name (const char *key)
{
  const Default *entry = find_default (key);

  return entry != NULL ? _ (entry->name) : NULL;
}

const char *
cl_rubric_default_get_level (const char *key,
                             guint       level)
{
  const Default *entry = find_default (key);

  g_return_val_if_fail (level >= 1 && level <= CL_RUBRIC_N_LEVELS, NULL);

  return entry != NULL ? _ (entry->levels[level - 1]) : NULL;
}
