/* cl-objective.h — a learning objective of the prep plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OBJECTIVE (cl_objective_get_type ())
G_DECLARE_FINAL_TYPE (ClObjective, cl_objective, CL, OBJECTIVE, ClModel)

/* A new, unsaved objective (id 0); ClPrepStore saves it. */
ClObjective       *cl_objective_new                       (ClPrepDomain  domain,
                                                           const char   *title);
/* An edited copy, for cl_prep_store_update_objective(). */
ClObjective       *cl_objective_copy                      (ClObjective  *self);

gint64             cl_objective_get_id                    (ClObjective  *self);
ClPrepDomain       cl_objective_get_domain                (ClObjective  *self);
const char        *cl_objective_get_title                 (ClObjective  *self);
/* A calendar date, "YYYY-MM-DD", or NULL. */
const char        *cl_objective_get_target_date           (ClObjective  *self);
ClObjectiveStatus  cl_objective_get_status                (ClObjective  *self);
double             cl_objective_get_hours_planned         (ClObjective  *self);
double             cl_objective_get_hours_spent           (ClObjective  *self);
/* The key of the keyword-taxonomy term the objective was proposed for
 * ("ml.transformers"), or NULL.  The applications and rounds it prepares
 * for are links kept by ClPrepStore (cl_prep_store_get_application_ids()). */
const char        *cl_objective_get_term_key              (ClObjective  *self);
const char        *cl_objective_get_notes                 (ClObjective  *self);
gint64             cl_objective_get_created_at            (ClObjective  *self);

/* clang-format on */
G_END_DECLS
