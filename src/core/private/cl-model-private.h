/* cl-model-private.h — how a model class describes its fields, for src/core
 *
 *   static const ClField fields[] = {
 *     CL_FIELD_ID (ClRound, id),
 *     { "title", "title", CL_FIELD_STRING, G_STRUCT_OFFSET (ClRound, title),
 *       .flags = CL_FIELD_TRIM, .max_length = 200, .label = N_("The title") },
 *     …
 *   };
 *   cl_model_class_set_fields (CL_MODEL_CLASS (klass), "interview_rounds", fields,
 *                              G_N_ELEMENTS (fields));
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "cl-database.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

typedef enum
{
  CL_FIELD_STRING,   /* char *; empty text is NULL */
  CL_FIELD_INT64,
  CL_FIELD_UINT,
  CL_FIELD_DOUBLE,
  CL_FIELD_BOOLEAN,
  CL_FIELD_ENUM,     /* int; stored as the value's nick */
  CL_FIELD_OBJECT,   /* a ClModel the object holds (never a column) */
} ClFieldType;

typedef enum
{
  CL_FIELD_READ_ONLY = 1 << 0, /* set by the store: a read-only property, never bound */
  CL_FIELD_OPTIONAL  = 1 << 1, /* a number or enum whose .none is stored as NULL */
  CL_FIELD_REQUIRED  = 1 << 2, /* text that must not be blank */
  CL_FIELD_TRIM      = 1 << 3, /* spaces around text are dropped when saved */
  CL_FIELD_UPPER     = 1 << 4, /* ASCII letters are saved in capitals */
  CL_FIELD_INSERT    = 1 << 5, /* read-only, but bound when the row is added (a round's) */
  CL_FIELD_ENUM_ROW_ID = 1 << 6, /* an enum stored as the id of a fixed row: value + 1 */
} ClFieldFlags;

typedef enum
{
  CL_CHECK_NONE,
  CL_CHECK_WEB_URL,   /* http:// or https:// and a host, no spaces */
  CL_CHECK_EMAIL,     /* one @ with text on both sides, no spaces */
  CL_CHECK_CURRENCY,  /* three letters, such as EUR */
  CL_CHECK_ISO_DATE,  /* a real calendar date written YYYY-MM-DD */
} ClFieldCheck;

struct _ClField
{
  const char   *name;        /* the property, "job-url" */
  const char   *column;      /* the column of the class's table, or NULL */
  ClFieldType   type;
  gsize         offset;      /* of the value in the instance struct */
  ClFieldFlags  flags;
  GType       (*value_type) (void);  /* the enum, or the ClModel subclass */
  gint64        minimum;     /* numbers; both 0: no range */
  gint64        maximum;
  gint64        none;        /* an OPTIONAL number's "no value" (-1 or 0) */
  gint64        default_value;
  guint         max_length;  /* text, in characters; 0: no limit */
  ClFieldCheck  check;
  const char   *label;       /* N_(): "The job posting address", for generic messages */
  const char   *message;     /* N_(): said when the value is missing, malformed or out of range */
};

#define CL_FIELD_ID(Type, member) \
  { "id", "id", CL_FIELD_INT64, G_STRUCT_OFFSET (Type, member), .flags = CL_FIELD_READ_ONLY, \
    .maximum = G_MAXINT64 }

/* Installs the fields as properties, once, in class_init.  @table is the SQL
 * table the columns belong to. */
void          cl_model_class_set_fields     (ClModelClass   *klass,
                                             const char     *table,
                                             const ClField  *fields,
                                             guint           n_fields);
const ClField *cl_model_class_find_field    (ClModelClass   *klass,
                                             const char     *name);

/* Column lists for SQL, made once and kept with the class:
 *  - every column, each prefixed by @prefix ("a.id, a.role, …"), in field order;
 *  - the columns a store binds from the object: with @for_insert those of
 *    CL_FIELD_INSERT fields too;
 *  - "role = ?2, interest = ?3, …" for the same columns from ?@first. */
const char   *cl_model_class_get_columns    (GType           type,
                                             const char     *prefix);
const char   *cl_model_class_get_bound_columns (GType        type,
                                             gboolean        for_insert);
const char   *cl_model_class_get_assignments (GType          type,
                                             guint           first);
/* The SQL parameters "?1, ?2, …" for the bound columns, from ?@first. */
const char   *cl_model_class_get_parameters (GType          type,
                                             gboolean        for_insert,
                                             guint           first);
/* How many values cl_model_bind() binds. */
guint         cl_model_class_get_n_bound    (GType           type,
                                             gboolean        for_insert);

/* A new object of @type read from @stmt's columns from @first_column, in the
 * order of cl_model_class_get_columns(). */
gpointer      cl_model_new_from_row         (GType           type,
                                             sqlite3_stmt   *stmt,
                                             int             first_column);
/* Binds the columns a store writes from the object to ?@first…; returns the
 * next free parameter. */
int           cl_model_bind                 (ClModel        *self,
                                             sqlite3_stmt   *stmt,
                                             int             first,
                                             gboolean        for_insert);

/* Adds @self's row to its class's table: the columns bound from the object,
 * then @extra_columns ("company_id, created_at") with the values of @binds
 * (letters as in cl-statement.h).  @out_id gets the new row's id. */
gboolean      cl_model_insert               (ClModel        *self,
                                             ClDatabase     *database,
                                             gint64         *out_id,
                                             GError        **error,
                                             const char     *extra_columns,
                                             const char     *binds,
                                             ...);
/* Writes @self into its row (by id): the columns bound from the object, then
 * @extra_columns set to the values of @binds.  No such row is
 * CL_DATABASE_ERROR_NOT_FOUND with @not_found as the message. */
gboolean      cl_model_update               (ClModel        *self,
                                             ClDatabase     *database,
                                             const char     *not_found,
                                             GError        **error,
                                             const char     *extra_columns,
                                             const char     *binds,
                                             ...);

/* Trims and capitalises text fields as their flags say, before saving. */
void          cl_model_normalize            (ClModel        *self);

/* Gives @self the values of @source (same type), notifying what changed:
 * the fields a user edits, and with @store_owned the read-only ones too.
 * Object fields are left alone: the store sets the shared object. */
void          cl_model_assign               (ClModel        *self,
                                             ClModel        *source,
                                             gboolean        store_owned);

/* Sets one field, read-only ones included, notifying if it changed; for the
 * stores.  The value is the field's C type passed as in a GValue. */
void          cl_model_set_value            (ClModel        *self,
                                             const char     *name,
                                             const GValue   *value);
/* Convenience setters for store-owned fields. */
void          cl_model_set_int64            (ClModel        *self,
                                             const char     *name,
                                             gint64          value);
void          cl_model_set_uint             (ClModel        *self,
                                             const char     *name,
                                             guint           value);
void          cl_model_set_object           (ClModel        *self,
                                             const char     *name,
                                             gpointer        object);

/* Checks text kept outside a model object (a long description) as the
 * field @field would, with the same messages. */
gboolean      cl_model_check_text           (const ClField  *field,
                                             const char     *text,
                                             GError        **error);

/* The checks a form can apply to text alone. */
gboolean      cl_model_is_blank             (const char     *text);
gboolean      cl_model_is_web_url           (const char     *text);
gboolean      cl_model_is_email             (const char     *text);
gboolean      cl_model_is_iso_date          (const char     *text);
gboolean      cl_model_is_currency          (const char     *text);

/* clang-format on */
G_END_DECLS
