/* cl-stage.c — a column of the pipeline
 *
 * Stages are changed only by ClPipelineStore, which sets the properties after
 * each committed change; the object mirrors its row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-stage"

#include "config.h"

#include "cl-enum-types.h"
#include "cl-stage.h"

struct _ClStage
{
  GObject     parent_instance;
  gint64      id;
  char       *name;
  guint       position;
  gboolean    is_open;
  ClMilestone milestone;
  gboolean    archived;
};

G_DEFINE_FINAL_TYPE (ClStage, cl_stage, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POSITION,
  PROP_IS_OPEN,
  PROP_MILESTONE,
  PROP_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cl_stage_finalize (GObject *object)
{
  ClStage *self = (ClStage *) object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (cl_stage_parent_class)->finalize (object);
}

static void
cl_stage_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ClStage *self = CL_STAGE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_POSITION: g_value_set_uint (value, self->position); break;
    case PROP_IS_OPEN: g_value_set_boolean (value, self->is_open); break;
    case PROP_MILESTONE: g_value_set_enum (value, self->milestone); break;
    case PROP_ARCHIVED: g_value_set_boolean (value, self->archived); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_stage_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  ClStage *self = CL_STAGE (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      if (g_strcmp0 (self->name, g_value_get_string (value)) != 0)
        {
          g_free (self->name);
          self->name = g_value_dup_string (value);
          changed = TRUE;
        }
      break;
    case PROP_POSITION:
      changed = self->position != g_value_get_uint (value);
      self->position = g_value_get_uint (value);
      break;
    case PROP_IS_OPEN:
      changed = self->is_open != g_value_get_boolean (value);
      self->is_open = g_value_get_boolean (value);
      break;
    case PROP_MILESTONE:
      changed = (int) self->milestone != g_value_get_enum (value);
      self->milestone = g_value_get_enum (value);
      break;
    case PROP_ARCHIVED:
      changed = self->archived != g_value_get_boolean (value);
      self->archived = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

static void
cl_stage_class_init (ClStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cl_stage_finalize;
  object_class->get_property = cl_stage_get_property;
  object_class->set_property = cl_stage_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_IS_OPEN] = g_param_spec_boolean ("is-open", NULL, NULL, TRUE, flags);
  properties[PROP_MILESTONE] =
    g_param_spec_enum ("milestone", NULL, NULL, CL_TYPE_MILESTONE, CL_MILESTONE_NONE, flags);
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_stage_init (ClStage *self)
{
  self->is_open = TRUE;
}

gint64 cl_stage_get_id (ClStage *self) { g_return_val_if_fail (CL_IS_STAGE (self), 0); return self->id; }
const char *cl_stage_get_name (ClStage *self) { g_return_val_if_fail (CL_IS_STAGE (self), NULL); return self->name; }
guint cl_stage_get_position (ClStage *self) { g_return_val_if_fail (CL_IS_STAGE (self), 0); return self->position; }
gboolean cl_stage_get_is_open (ClStage *self) { g_return_val_if_fail (CL_IS_STAGE (self), FALSE); return self->is_open; }
ClMilestone cl_stage_get_milestone (ClStage *self) { g_return_val_if_fail (CL_IS_STAGE (self), 0); return self->milestone; }
gboolean cl_stage_get_archived (ClStage *self) { g_return_val_if_fail (CL_IS_STAGE (self), FALSE); return self->archived; }
