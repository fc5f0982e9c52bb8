/* cl-model.h — the base of the model objects: fields described once
 *
 * A model object (ClApplication, ClCompany, ClContact…) mirrors a row.  Its
 * class describes each field once (see cl-model-private.h); properties,
 * copies, validation and the SQL mapping all come from that description.
 * Views never change the objects a store shares: they edit a copy and hand
 * it to the store, which saves it in one transaction and then updates the
 * shared object.  Fields the store owns (id, position, card facts…) are
 * read-only properties.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cl-validation.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_MODEL (cl_model_get_type ())
G_DECLARE_DERIVABLE_TYPE (ClModel, cl_model, CL, MODEL, GObject)

typedef struct _ClField ClField;

struct _ClModelClass
{
  GObjectClass    parent_class;

  /* Checks that involve several fields, after each field's own checks;
   * appends a GError from cl_validation_error_new() for each problem. */
  void          (*validate)      (ClModel    *self,
                                  GPtrArray  *problems);
  /* A field's value changed (on any path: properties, copies, the store). */
  void          (*field_changed) (ClModel        *self,
                                  const ClField  *field);

  /*< private >*/
  const ClField  *fields;
  guint           n_fields;
  GParamSpec    **pspecs;
  gpointer        padding[4];
};

/* The row's id; 0 for an object not saved yet. */
gint64      cl_model_get_id             (ClModel      *self);

/* A new object of the same type with the same values, store-owned ones
 * included; objects it holds (an application's company) are copied too. */
ClModel    *cl_model_copy               (ClModel      *self);

/* Whether the fields a user edits hold the same values in both. */
gboolean    cl_model_equal              (ClModel      *a,
                                         ClModel      *b);

/* The first problem as a CL_VALIDATION_ERROR naming its field(s). */
gboolean    cl_model_validate           (ClModel      *self,
                                         GError      **error);
/* Every problem (GError), in field order; empty when there is none. */
GPtrArray  *cl_model_validate_all       (ClModel      *self);
/* The problems of one field alone, as in a form that checks as one types. */
gboolean    cl_model_validate_field     (ClModel      *self,
                                         const char   *name,
                                         GError      **error);

/* Reads a whole, non-negative amount as typed: digits, perhaps grouped with
 * spaces ("85 000"); empty text is "none" (-1).  FALSE for anything else. */
gboolean    cl_parse_amount             (const char   *text,
                                         gint64       *out_amount);

#define CL_MODEL_COPY(obj, Type) ((Type *) cl_model_copy (CL_MODEL (obj)))

/* clang-format on */
G_END_DECLS
