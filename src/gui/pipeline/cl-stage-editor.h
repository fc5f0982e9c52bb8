/* cl-stage-editor.h — rename, reorder, open or close, add and archive stages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-pipeline-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_STAGE_EDITOR (cl_stage_editor_get_type ())
G_DECLARE_FINAL_TYPE (ClStageEditor, cl_stage_editor, CL, STAGE_EDITOR, AdwPreferencesWindow)

ClStageEditor *cl_stage_editor_new (GtkWindow       *parent,
                                    ClPipelineStore *store);

/* clang-format on */
G_END_DECLS
