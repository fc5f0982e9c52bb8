/* cl-pipeline-store-private.h — what cl-pipeline-store.c and -moves.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-pipeline-store.h"
#include "cl-transaction.h"

G_BEGIN_DECLS
/* clang-format off */

/* The next change that brings @id onto the board uses @application as its
 * object (a new one just inserted, or an archived one coming back) rather
 * than a new object; cleared with cl_pipeline_store_adopt (self, NULL, 0). */
void      cl_pipeline_store_adopt          (ClPipelineStore  *self,
                                            ClApplication    *application,
                                            gint64            id);
/* FALSE with CL_DATABASE_ERROR_NOT_FOUND unless @application is this store's
 * object for a card on the board. */
gboolean  cl_pipeline_store_check_on_board (ClPipelineStore  *self,
                                            ClApplication    *application,
                                            GError          **error);
/* FALSE with CL_DATABASE_ERROR_NOT_FOUND unless @stage_id is on the board. */
gboolean  cl_pipeline_store_check_stage    (ClPipelineStore  *self,
                                            gint64            stage_id,
                                            GError          **error);
gint64    cl_pipeline_store_now            (ClPipelineStore  *self);

/* clang-format on */
G_END_DECLS
