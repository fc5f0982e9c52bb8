/* cl-stage.h — a column of the pipeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_STAGE (cl_stage_get_type ())
G_DECLARE_FINAL_TYPE (ClStage, cl_stage, CL, STAGE, ClModel)

/* The longest name a stage may have, in characters. */
#define CL_STAGE_MAX_NAME_LENGTH 60

/* A stage not saved yet; ClStageStore adds it. */
ClStage     *cl_stage_new           (const char *name,
                                     gboolean    is_open);

gint64       cl_stage_get_id        (ClStage    *self);
const char  *cl_stage_get_name      (ClStage    *self);
guint        cl_stage_get_position  (ClStage    *self);
gboolean     cl_stage_get_is_open   (ClStage    *self);
ClMilestone  cl_stage_get_milestone (ClStage    *self);
gboolean     cl_stage_get_archived  (ClStage    *self);

/* clang-format on */
G_END_DECLS
