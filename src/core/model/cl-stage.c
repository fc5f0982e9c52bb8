/* cl-stage.c — a column of the pipeline
 *
 * Stages are changed by ClStageStore, which updates the shared object after
 * each committed change; the object mirrors its row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-stage"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-stage.h"

struct _ClStage
{
  ClModel     parent_instance;

  gint64      id;
  char       *name;
  guint       position;
  gboolean    is_open;
  ClMilestone milestone;
  gboolean    archived;
};

G_DEFINE_FINAL_TYPE (ClStage, cl_stage, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClStage, id),
  { "name", "name", CL_FIELD_STRING, G_STRUCT_OFFSET (ClStage, name),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM, .max_length = CL_STAGE_MAX_NAME_LENGTH,
    .label = N_ ("A stage name"), .message = N_ ("Enter a name for the stage.") },
  { "position", "position", CL_FIELD_UINT, G_STRUCT_OFFSET (ClStage, position),
    .flags = CL_FIELD_READ_ONLY },
  { "is-open", "is_open", CL_FIELD_BOOLEAN, G_STRUCT_OFFSET (ClStage, is_open),
    .default_value = TRUE },
  { "milestone", "milestone", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClStage, milestone),
    .flags = CL_FIELD_READ_ONLY, .value_type = cl_milestone_get_type,
    .default_value = CL_MILESTONE_NONE },
  { "archived", "archived", CL_FIELD_BOOLEAN, G_STRUCT_OFFSET (ClStage, archived),
    .flags = CL_FIELD_READ_ONLY },
};

static void
cl_stage_class_init (ClStageClass *klass)
{
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "stages", fields, G_N_ELEMENTS (fields));
}

static void
cl_stage_init (ClStage *self)
{
}

ClStage *
cl_stage_new (const char *name,
              gboolean    is_open)
{
  return g_object_new (CL_TYPE_STAGE, "name", name, "is-open", is_open, NULL);
}

gint64
cl_stage_get_id (ClStage *self)
{
  g_return_val_if_fail (CL_IS_STAGE (self), 0);
  return self->id;
}
const char *
cl_stage_get_name (ClStage *self)
{
  g_return_val_if_fail (CL_IS_STAGE (self), NULL);
  return self->name;
}
guint
cl_stage_get_position (ClStage *self)
{
  g_return_val_if_fail (CL_IS_STAGE (self), 0);
  return self->position;
}
gboolean
cl_stage_get_is_open (ClStage *self)
{
  g_return_val_if_fail (CL_IS_STAGE (self), FALSE);
  return self->is_open;
}
ClMilestone
cl_stage_get_milestone (ClStage *self)
{
  g_return_val_if_fail (CL_IS_STAGE (self), 0);
  return self->milestone;
}
gboolean
cl_stage_get_archived (ClStage *self)
{
  g_return_val_if_fail (CL_IS_STAGE (self), FALSE);
  return self->archived;
}
