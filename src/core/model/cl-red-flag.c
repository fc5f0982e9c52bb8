/* cl-red-flag.c — one warning sign noticed about an employer
 *
 * The object mirrors a row of `red_flags`, or, with id 0, a listed kind not
 * stored yet.  Views edit a copy and hand it to ClRedFlagStore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-red-flag"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-red-flag.h"
#include "cl-validation.h"

struct _ClRedFlag
{
  ClModel       parent_instance;

  gint64        id;
  gint64        application_id;
  ClRedFlagKind kind;
  char         *label;
  gboolean      checked;
  char         *note;
};

G_DEFINE_FINAL_TYPE (ClRedFlag, cl_red_flag, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClRedFlag, id),
  { "application-id", "application_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClRedFlag, application_id),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_INSERT, .minimum = 1, .maximum = G_MAXINT64,
    .message = N_ ("Choose the application this red flag belongs to.") },
  /* The kind is chosen once: a listed flag never turns into one's own. */
  { "kind", "kind", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClRedFlag, kind),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_INSERT, .value_type = cl_red_flag_kind_get_type,
    .default_value = CL_RED_FLAG_KIND_OTHER },
  { "label", "label", CL_FIELD_STRING, G_STRUCT_OFFSET (ClRedFlag, label),
    .flags = CL_FIELD_TRIM, .max_length = 200, .label = N_ ("The red flag") },
  { "checked", "checked", CL_FIELD_BOOLEAN, G_STRUCT_OFFSET (ClRedFlag, checked),
    .default_value = TRUE },
  { "note", "note", CL_FIELD_STRING, G_STRUCT_OFFSET (ClRedFlag, note),
    .flags = CL_FIELD_TRIM, .max_length = 2000, .label = N_ ("The note") },
};

static void
cl_red_flag_validate (ClModel   *model,
                      GPtrArray *problems)
{
  ClRedFlag  *self = CL_RED_FLAG (model);
  const char *label[] = { "label", NULL };

  /* The schema's rule: a label exactly for a flag of one's own. */
  if (self->kind == CL_RED_FLAG_KIND_OTHER && cl_model_is_blank (self->label))
    g_ptr_array_add (problems,
                     cl_validation_error_new (CL_VALIDATION_ERROR_REQUIRED, label,
                                              _ ("Say in a few words what worries you.")));
  else if (self->kind != CL_RED_FLAG_KIND_OTHER && self->label != NULL)
    g_ptr_array_add (problems,
                     cl_validation_error_new (CL_VALIDATION_ERROR_INCONSISTENT, label,
                                              _ ("A listed red flag keeps its own wording; "
                                                 "add a flag of your own instead.")));
}

static void
cl_red_flag_class_init (ClRedFlagClass *klass)
{
  ClModelClass *model_class = CL_MODEL_CLASS (klass);

  model_class->validate = cl_red_flag_validate;
  cl_model_class_set_fields (model_class, "red_flags", fields, G_N_ELEMENTS (fields));
}

static void
cl_red_flag_init (ClRedFlag *self)
{
}

ClRedFlag *
cl_red_flag_new (gint64        application_id,
                 ClRedFlagKind kind,
                 const char   *label)
{
  ClRedFlag *self = g_object_new (CL_TYPE_RED_FLAG, "label", label, NULL);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_set_enum (g_value_init (&value, CL_TYPE_RED_FLAG_KIND), kind);
  cl_model_set_int64 (CL_MODEL (self), "application-id", application_id);
  cl_model_set_value (CL_MODEL (self), "kind", &value);
  return self;
}

ClRedFlag *
cl_red_flag_copy (ClRedFlag *self)
{
  g_return_val_if_fail (CL_IS_RED_FLAG (self), NULL);
  return CL_MODEL_COPY (self, ClRedFlag);
}

gint64
cl_red_flag_get_id (ClRedFlag *self)
{
  g_return_val_if_fail (CL_IS_RED_FLAG (self), 0);
  return self->id;
}

gint64
cl_red_flag_get_application_id (ClRedFlag *self)
{
  g_return_val_if_fail (CL_IS_RED_FLAG (self), 0);
  return self->application_id;
}

ClRedFlagKind
cl_red_flag_get_kind (ClRedFlag *self)
{
  g_return_val_if_fail (CL_IS_RED_FLAG (self), CL_RED_FLAG_KIND_OTHER);
  return self->kind;
}

const char *
cl_red_flag_get_label (ClRedFlag *self)
{
  g_return_val_if_fail (CL_IS_RED_FLAG (self), NULL);
  return self->label;
}

const char *
cl_red_flag_get_title (ClRedFlag *self)
{
  g_return_val_if_fail (CL_IS_RED_FLAG (self), NULL);
  return self->label != NULL ? self->label : cl_red_flag_kind_get_label (self->kind);
}

gboolean
cl_red_flag_get_checked (ClRedFlag *self)
{
  g_return_val_if_fail (CL_IS_RED_FLAG (self), FALSE);
  return self->checked;
}

const char *
cl_red_flag_get_note (ClRedFlag *self)
{
  g_return_val_if_fail (CL_IS_RED_FLAG (self), NULL);
  return self->note;
}
