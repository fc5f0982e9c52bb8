/* cl-keyword-plan.h — what the prep plan makes of the terms of a job
 * description: which it covers already, what to propose for the others,
 * and the study prompt for the user's own LLM
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-keywords.h"
#include "cl-prep-store.h"

G_BEGIN_DECLS
/* clang-format off */

/* The terms the plan covers: term key → the first ClObjective (not
 * dropped) that covers it, borrowed from @store.  An objective covers the
 * term it was proposed for, and every term its title names. */
GHashTable *cl_keyword_plan_find_covered    (ClPrepStore         *store,
                                             ClKeywordTaxonomy   *taxonomy);
/* The title of the objective proposed for a term not covered yet. */
char       *cl_keyword_plan_propose_title   (const ClKeywordTerm *term);
/* A ready prompt naming the term, the role, the level and the company (each
 * of the last three may be NULL or empty), to paste into an LLM as one
 * source among others; translated. */
char       *cl_keyword_plan_study_prompt    (const ClKeywordTerm *term,
                                             const char          *role,
                                             const char          *level,
                                             const char          *company);

/* clang-format on */
G_END_DECLS
