/* cl-pipeline-query.h — what the board's search and filters ask for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cl-application.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_PIPELINE_QUERY (cl_pipeline_query_get_type ())
G_DECLARE_FINAL_TYPE (ClPipelineQuery, cl_pipeline_query, CL, PIPELINE_QUERY, GObject)

ClPipelineQuery *cl_pipeline_query_new          (void);
/* Words typed in the search bar; every word must appear in the company, role,
 * notes or contact names, in any case. */
void             cl_pipeline_query_set_text     (ClPipelineQuery *self,
                                                 const char      *text);
const char      *cl_pipeline_query_get_text     (ClPipelineQuery *self);
/* TRUE when any filter other than the text is set. */
gboolean         cl_pipeline_query_has_filters  (ClPipelineQuery *self);
/* How many filters other than the text are set (for the filter button). */
guint            cl_pipeline_query_count_filters (ClPipelineQuery *self);
/* Clears the filters (not the text). */
void             cl_pipeline_query_reset_filters (ClPipelineQuery *self);
gboolean         cl_pipeline_query_matches      (ClPipelineQuery *self,
                                                 ClApplication   *application);

/* clang-format on */
G_END_DECLS
