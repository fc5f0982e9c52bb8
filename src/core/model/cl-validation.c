/* cl-validation.c — why a value cannot be saved, and which field it is in
 *
 * An extended GError (GLib 2.68) carries the names of the fields, so a form
 * puts the message beside the right row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-validation"

#include "config.h"

#include "cl-validation.h"

typedef struct
{
  char **fields;
} ClValidationErrorPrivate;

static void
cl_validation_error_private_init (ClValidationErrorPrivate *priv)
{
  priv->fields = NULL;
}

static void
cl_validation_error_private_copy (const ClValidationErrorPrivate *src,
                                  ClValidationErrorPrivate       *dest)
{
  dest->fields = g_strdupv (src->fields);
}

static void
cl_validation_error_private_clear (ClValidationErrorPrivate *priv)
{
  g_clear_pointer (&priv->fields, g_strfreev);
}

G_DEFINE_EXTENDED_ERROR (ClValidationError, cl_validation_error)

GError *
cl_validation_error_new (ClValidationError  code,
                         const char *const *fields,
                         const char        *message)
{
  GError                   *error = g_error_new_literal (CL_VALIDATION_ERROR, code, message);
  ClValidationErrorPrivate *priv = cl_validation_error_get_private (error);

  priv->fields = g_strdupv ((char **) fields);
  return error;
}

const char *const *
cl_validation_error_get_fields (const GError *error)
{
  ClValidationErrorPrivate *priv;

  if (error == NULL || error->domain != CL_VALIDATION_ERROR)
    return NULL;
  priv = cl_validation_error_get_private (error);
  return (const char *const *) priv->fields;
}

const char *
cl_validation_error_get_field (const GError *error)
{
  const char *const *fields = cl_validation_error_get_fields (error);

  return fields != NULL ? fields[0] : NULL;
}

gboolean
cl_validation_error_is_about (const GError *error,
                              const char   *field)
{
  const char *const *fields = cl_validation_error_get_fields (error);

  return fields != NULL && g_strv_contains (fields, field);
}
