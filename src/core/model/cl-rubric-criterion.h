/* cl-rubric-criterion.h — what a practice session is scored on, and what each level means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_RUBRIC_CRITERION (cl_rubric_criterion_get_type ())
G_DECLARE_FINAL_TYPE (ClRubricCriterion, cl_rubric_criterion, CL, RUBRIC_CRITERION, ClModel)

/* The levels a criterion is scored on. */
#define CL_RUBRIC_N_LEVELS 4

/* A new, unsaved criterion of @domain's own (id 0), named @name;
 * cl_practice_store_add_criterion() saves it after the domain's others. */
ClRubricCriterion *cl_rubric_criterion_new        (ClPrepDomain        domain,
                                                   const char         *name);
/* An edited copy, for cl_practice_store_update_criterion(). */
ClRubricCriterion *cl_rubric_criterion_copy       (ClRubricCriterion  *self);

gint64             cl_rubric_criterion_get_id     (ClRubricCriterion  *self);
/* Whether it is one of the four default criteria, which every domain
 * without criteria of its own is scored on; they cannot be edited. */
gboolean           cl_rubric_criterion_is_default (ClRubricCriterion  *self);
/* The default's key ("communication", "problem-solving", "technical-depth",
 * "testing"), or NULL for a domain's own. */
const char        *cl_rubric_criterion_get_key    (ClRubricCriterion  *self);
/* The domain of a domain's own criterion; -1 for a default one. */
int                cl_rubric_criterion_get_domain (ClRubricCriterion  *self);
/* The name shown: a default's, translated, or the user's. */
const char        *cl_rubric_criterion_get_name   (ClRubricCriterion  *self);
/* What level @level (1 to 4) means: a default's, translated, or what the user
 * wrote (NULL when nothing). */
const char        *cl_rubric_criterion_get_level  (ClRubricCriterion  *self,
                                                   guint               level);
/* For copies of a domain's own criterion; NULL or "" clears it. */
void               cl_rubric_criterion_set_level  (ClRubricCriterion  *self,
                                                   guint               level,
                                                   const char         *text);
/* Its place among its domain's criteria (or among the defaults), from 0. */
guint              cl_rubric_criterion_get_position (ClRubricCriterion *self);

/* The translated name of the default criterion @key, and what its level
 * @level means; NULL for an unknown key. */
const char        *cl_rubric_default_get_name     (const char         *key);
const char        *cl_rubric_default_get_level    (const char         *key,
                                                   guint               level);

/* clang-format on */
G_END_DECLS
