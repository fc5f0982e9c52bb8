/* cl-pipeline-store.h — stages and applications, as list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cl-application.h"
#include "cl-clock.h"
#include "cl-database.h"
#include "cl-stage.h"

G_BEGIN_DECLS

#define CL_TYPE_PIPELINE_STORE (cl_pipeline_store_get_type ())
G_DECLARE_FINAL_TYPE (ClPipelineStore, cl_pipeline_store, CL, PIPELINE_STORE, GObject)

ClPipelineStore *cl_pipeline_store_new                  (ClDatabase       *database,
                                                         ClClock          *clock);
/* Reads every stage and every application that is not archived. */
gboolean         cl_pipeline_store_load                 (ClPipelineStore  *self,
                                                         GError          **error);

/* Stages that are not archived, in the user's order (ClStage). */
GListModel      *cl_pipeline_store_get_stages           (ClPipelineStore  *self);
/* All applications that are not archived, in no particular order (ClApplication). */
GListModel      *cl_pipeline_store_get_applications     (ClPipelineStore  *self);
/* The applications of one stage in their manual order; the model lives as long
 * as the store and follows every change. */
GListModel      *cl_pipeline_store_get_stage_applications (ClPipelineStore *self,
                                                         gint64            stage_id);

ClStage         *cl_pipeline_store_find_stage           (ClPipelineStore  *self,
                                                         gint64            stage_id);
ClApplication   *cl_pipeline_store_find_application     (ClPipelineStore  *self,
                                                         gint64            application_id);

/* Saves a new application at the end of @stage_id (0: the first open stage),
 * recording its first stage-history row; sets its id, position and times. */
gboolean         cl_pipeline_store_add_application      (ClPipelineStore  *self,
                                                         ClApplication    *application,
                                                         gint64            stage_id,
                                                         GError          **error);
/* Saves the editable fields of a stored application. */
gboolean         cl_pipeline_store_update_application   (ClPipelineStore  *self,
                                                         ClApplication    *application,
                                                         GError          **error);
/* Moves to @position (clamped to the end) of @stage_id, keeping positions dense
 * in both stages and appending a stage-history row. */
gboolean         cl_pipeline_store_move_application     (ClPipelineStore  *self,
                                                         ClApplication    *application,
                                                         gint64            stage_id,
                                                         guint             position,
                                                         GError          **error);
/* Hides an application from the board; its data and history stay. */
gboolean         cl_pipeline_store_archive_application (ClPipelineStore  *self,
                                                         ClApplication    *application,
                                                         GError          **error);

G_END_DECLS
