/* cl-objective.h — a learning objective of the prep plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cl-enums.h"

G_BEGIN_DECLS

#define CL_TYPE_OBJECTIVE (cl_objective_get_type ())
G_DECLARE_FINAL_TYPE (ClObjective, cl_objective, CL, OBJECTIVE, GObject)

/* A new, unsaved objective (id 0); ClPrepStore saves it. */
ClObjective       *cl_objective_new                       (ClPrepDomain  domain,
                                                           const char   *title);

gint64             cl_objective_get_id                    (ClObjective  *self);
ClPrepDomain       cl_objective_get_domain                (ClObjective  *self);
const char        *cl_objective_get_title                 (ClObjective  *self);
/* A calendar date, "YYYY-MM-DD", or NULL. */
const char        *cl_objective_get_target_date           (ClObjective  *self);
ClObjectiveStatus  cl_objective_get_status                (ClObjective  *self);
double             cl_objective_get_hours_planned         (ClObjective  *self);
double             cl_objective_get_hours_spent           (ClObjective  *self);
/* The application whose interview gave the objective; 0 for none. */
gint64             cl_objective_get_source_application_id (ClObjective  *self);
const char        *cl_objective_get_notes                 (ClObjective  *self);
gint64             cl_objective_get_created_at            (ClObjective  *self);

/* Validates the fields a user types; FALSE with CL_DATABASE_ERROR_INVALID and a
 * message naming the field. */
gboolean           cl_objective_validate                  (ClObjective  *self,
                                                           GError      **error);

G_END_DECLS
