/* cl-prep-store.h — the learning objectives of the prep plan, per domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-objective.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_PREP_STORE (cl_prep_store_get_type ())
G_DECLARE_FINAL_TYPE (ClPrepStore, cl_prep_store, CL, PREP_STORE, ClStore)

ClPrepStore *cl_prep_store_new              (ClDatabase    *database,
                                             ClClock       *clock);

/* The objectives of @domain (ClObjective) by target date, those without one
 * last, then in the order they were added; the model lives as long as the
 * store and follows every change. */
GListModel  *cl_prep_store_get_objectives   (ClPrepStore   *self,
                                             ClPrepDomain   domain);
ClObjective *cl_prep_store_find_objective   (ClPrepStore   *self,
                                             gint64         objective_id);
/* The progress of @domain: returns how many of its objectives are not
 * dropped, and sets @out_done (may be NULL) to how many of those are done. */
guint        cl_prep_store_count_objectives (ClPrepStore   *self,
                                             ClPrepDomain   domain,
                                             guint         *out_done);

/* Saves a new objective (from cl_objective_new()); the object becomes the
 * shared one. */
gboolean     cl_prep_store_add_objective    (ClPrepStore   *self,
                                             ClObjective   *objective,
                                             GError       **error);
/* Saves an edited copy (cl_objective_copy()), its domain included. */
gboolean     cl_prep_store_update_objective (ClPrepStore   *self,
                                             ClObjective   *objective,
                                             GError       **error);
gboolean     cl_prep_store_delete_objective (ClPrepStore   *self,
                                             ClObjective   *objective,
                                             GError       **error);

/* clang-format on */
G_END_DECLS
