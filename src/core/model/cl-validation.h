/* cl-validation.h — why a value cannot be saved, and which field it is in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS
/* clang-format off */

#define CL_VALIDATION_ERROR (cl_validation_error_quark ())

typedef enum
{
  CL_VALIDATION_ERROR_REQUIRED,      /* left empty, and must not be */
  CL_VALIDATION_ERROR_TOO_LONG,
  CL_VALIDATION_ERROR_OUT_OF_RANGE,
  CL_VALIDATION_ERROR_FORMAT,        /* not an address, a date, a currency code… */
  CL_VALIDATION_ERROR_INCONSISTENT,  /* fine alone, wrong with another field */
  CL_VALIDATION_ERROR_DUPLICATE,     /* another one already has this value */
} ClValidationError;

GQuark       cl_validation_error_quark      (void);

/* A CL_VALIDATION_ERROR naming the fields (property names such as "job-url")
 * the problem is in; @fields is NULL-terminated. */
GError      *cl_validation_error_new        (ClValidationError   code,
                                             const char * const *fields,
                                             const char         *message);
/* The first field a validation error names, or NULL for any other error. */
const char  *cl_validation_error_get_field  (const GError       *error);
/* Every field it names (NULL-terminated), or NULL. */
const char * const *cl_validation_error_get_fields (const GError *error);
/* Whether @error is a validation error about @field. */
gboolean     cl_validation_error_is_about   (const GError       *error,
                                             const char         *field);

/* clang-format on */
G_END_DECLS
