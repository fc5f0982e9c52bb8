/* cl-model.c — the base of the model objects: fields described once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "cl-database-private.h"
#include "cl-model-private.h"
#include "cl-money.h"
#include "cl-statement.h"

/* What the class keeps besides its fields: the SQL made from them. */
typedef struct
{
  char       *table;
  GHashTable *strings;  /* key ("columns:a.") → SQL text */
  int         id_index; /* of the "id" field, or -1 */
} ClassData;

G_DEFINE_ABSTRACT_TYPE (ClModel, cl_model, G_TYPE_OBJECT)

static GQuark
class_data_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("cl-model-class-data");
  return quark;
}

static ClassData *
class_data (GType type)
{
  return g_type_get_qdata (type, class_data_quark ());
}

#define FIELD_AT(self, field) ((gpointer) ((guint8 *) (self) + (field)->offset))

static ClModelClass *
model_class (gpointer self)
{
  return CL_MODEL_GET_CLASS (self);
}

/* Properties -------------------------------------------------------------- */

static GParamSpec *
make_pspec (const ClField *field)
{
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  if (!(field->flags & CL_FIELD_READ_ONLY))
    flags |= G_PARAM_WRITABLE;

  /* The ranges are the C type's: a form may hold any value for a while, and
   * validation, not GObject, says what is wrong with it. */
  switch (field->type)
    {
    case CL_FIELD_STRING:
      return g_param_spec_string (field->name, NULL, NULL, NULL, flags);
    case CL_FIELD_INT64:
      return g_param_spec_int64 (field->name, NULL, NULL, G_MININT64, G_MAXINT64,
                                 field->default_value, flags);
    case CL_FIELD_UINT:
      return g_param_spec_uint (field->name, NULL, NULL, 0, G_MAXUINT,
                                (guint) field->default_value, flags);
    case CL_FIELD_DOUBLE:
      return g_param_spec_double (field->name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE,
                                  (double) field->default_value, flags);
    case CL_FIELD_BOOLEAN:
      return g_param_spec_boolean (field->name, NULL, NULL, field->default_value != 0, flags);
    case CL_FIELD_ENUM:
      return g_param_spec_enum (field->name, NULL, NULL, field->value_type (),
                                (int) field->default_value, flags);
    case CL_FIELD_OBJECT:
      return g_param_spec_object (field->name, NULL, NULL, field->value_type (), flags);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
get_field (gpointer       self,
           const ClField *field,
           GValue        *value)
{
  gpointer at = FIELD_AT (self, field);

  switch (field->type)
    {
    case CL_FIELD_STRING: g_value_set_string (value, *(char **) at); break;
    case CL_FIELD_INT64: g_value_set_int64 (value, *(gint64 *) at); break;
    case CL_FIELD_UINT: g_value_set_uint (value, *(guint *) at); break;
    case CL_FIELD_DOUBLE: g_value_set_double (value, *(double *) at); break;
    case CL_FIELD_BOOLEAN: g_value_set_boolean (value, *(gboolean *) at); break;
    case CL_FIELD_ENUM: g_value_set_enum (value, *(int *) at); break;
    case CL_FIELD_OBJECT: g_value_set_object (value, *(gpointer *) at); break;
    default: g_return_if_reached ();
    }
}

/* Stores @value; returns whether the field changed. */
static gboolean
set_field (gpointer       self,
           const ClField *field,
           const GValue  *value)
{
  gpointer at = FIELD_AT (self, field);

  switch (field->type)
    {
    case CL_FIELD_STRING:
      {
        const char *text = g_value_get_string (value);

        /* Empty optional text is stored as NULL. */
        if (text != NULL && *text == '\0')
          text = NULL;
        if (g_strcmp0 (*(char **) at, text) == 0)
          return FALSE;
        g_free (*(char **) at);
        *(char **) at = g_strdup (text);
        return TRUE;
      }
    case CL_FIELD_INT64:
      if (*(gint64 *) at == g_value_get_int64 (value))
        return FALSE;
      *(gint64 *) at = g_value_get_int64 (value);
      return TRUE;
    case CL_FIELD_UINT:
      if (*(guint *) at == g_value_get_uint (value))
        return FALSE;
      *(guint *) at = g_value_get_uint (value);
      return TRUE;
    case CL_FIELD_DOUBLE:
      if (*(double *) at == g_value_get_double (value))
        return FALSE;
      *(double *) at = g_value_get_double (value);
      return TRUE;
    case CL_FIELD_BOOLEAN:
      if (*(gboolean *) at == g_value_get_boolean (value))
        return FALSE;
      *(gboolean *) at = g_value_get_boolean (value);
      return TRUE;
    case CL_FIELD_ENUM:
      if (*(int *) at == g_value_get_enum (value))
        return FALSE;
      *(int *) at = g_value_get_enum (value);
      return TRUE;
    case CL_FIELD_OBJECT:
      return g_set_object ((GObject **) at, g_value_get_object (value));
    default:
      g_return_val_if_reached (FALSE);
    }
}

static void
changed (ClModel       *self,
         const ClField *field)
{
  ClModelClass *klass = model_class (self);

  if (klass->field_changed != NULL)
    klass->field_changed (self, field);
  g_object_notify_by_pspec (G_OBJECT (self), klass->pspecs[field - klass->fields]);
}

static void
cl_model_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ClModelClass *klass = model_class (object);

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  get_field (object, &klass->fields[prop_id - 1], value);
}

static void
cl_model_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  ClModelClass *klass = model_class (object);

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (set_field (object, &klass->fields[prop_id - 1], value))
    changed (CL_MODEL (object), &klass->fields[prop_id - 1]);
}

void
cl_model_class_set_fields (ClModelClass  *klass,
                           const char    *table,
                           const ClField *fields,
                           guint          n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GType         type = G_TYPE_FROM_CLASS (klass);
  ClassData    *data;

  g_return_if_fail (klass->fields == NULL);

  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->pspecs = g_new0 (GParamSpec *, n_fields);

  object_class->get_property = cl_model_get_property;
  object_class->set_property = cl_model_set_property;

  data = g_new0 (ClassData, 1);
  data->table = g_strdup (table);
  data->strings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  data->id_index = -1;
  g_type_set_qdata (type, class_data_quark (), data);

  for (guint i = 0; i < n_fields; i++)
    {
      klass->pspecs[i] = make_pspec (&fields[i]);
      g_object_class_install_property (object_class, i + 1, klass->pspecs[i]);
      if (g_str_equal (fields[i].name, "id"))
        data->id_index = (int) i;
    }
}

const ClField *
cl_model_class_find_field (ClModelClass *klass,
                           const char   *name)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].name, name))
      return &klass->fields[i];
  return NULL;
}

/* Object ------------------------------------------------------------------- */

static void
cl_model_finalize (GObject *object)
{
  ClModelClass *klass = model_class (object);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      gpointer at = FIELD_AT (object, &klass->fields[i]);

      if (klass->fields[i].type == CL_FIELD_STRING)
        g_clear_pointer ((char **) at, g_free);
      else if (klass->fields[i].type == CL_FIELD_OBJECT)
        g_clear_object ((GObject **) at);
    }

  G_OBJECT_CLASS (cl_model_parent_class)->finalize (object);
}

/* While instances are initialised the class is still the base class's, so
 * the defaults of the subclass's fields are set here; properties given to
 * g_object_new() are set after this. */
static void
cl_model_constructed (GObject *object)
{
  ClModelClass *klass = model_class (object);

  G_OBJECT_CLASS (cl_model_parent_class)->constructed (object);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ClField *field = &klass->fields[i];
      gpointer       at = FIELD_AT (object, field);

      switch (field->type)
        {
        case CL_FIELD_INT64: *(gint64 *) at = field->default_value; break;
        case CL_FIELD_UINT: *(guint *) at = (guint) field->default_value; break;
        case CL_FIELD_DOUBLE: *(double *) at = (double) field->default_value; break;
        case CL_FIELD_BOOLEAN: *(gboolean *) at = field->default_value != 0; break;
        case CL_FIELD_ENUM: *(int *) at = (int) field->default_value; break;
        case CL_FIELD_STRING:
        case CL_FIELD_OBJECT:
        default:
          break;
        }
    }
}

static void
cl_model_class_init (ClModelClass *klass)
{
  G_OBJECT_CLASS (klass)->constructed = cl_model_constructed;
  G_OBJECT_CLASS (klass)->finalize = cl_model_finalize;
}

static void
cl_model_init (ClModel *self)
{
}

gint64
cl_model_get_id (ClModel *self)
{
  ClassData *data;

  g_return_val_if_fail (CL_IS_MODEL (self), 0);

  data = class_data (G_OBJECT_TYPE (self));
  if (data == NULL || data->id_index < 0)
    return 0;
  return *(gint64 *) FIELD_AT (self, &model_class (self)->fields[data->id_index]);
}

static void
copy_value (gpointer       dest,
            gpointer       src,
            const ClField *field)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (
                          model_class (src)->pspecs[field - model_class (src)->fields]));
  get_field (src, field, &value);
  if (set_field (dest, field, &value))
    changed (dest, field);
}

ClModel *
cl_model_copy (ClModel *self)
{
  ClModelClass *klass;
  ClModel      *copy;

  g_return_val_if_fail (CL_IS_MODEL (self), NULL);

  klass = model_class (self);
  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ClField *field = &klass->fields[i];

      if (field->type == CL_FIELD_OBJECT)
        {
          GObject *held = *(GObject **) FIELD_AT (self, field);
          g_autoptr(GObject) held_copy = held != NULL && CL_IS_MODEL (held)
                                            ? G_OBJECT (cl_model_copy (CL_MODEL (held)))
                                            : (held != NULL ? g_object_ref (held) : NULL);

          g_set_object ((GObject **) FIELD_AT (copy, field), held_copy);
          if (klass->field_changed != NULL)
            klass->field_changed (copy, field);
        }
      else
        copy_value (copy, self, field);
    }
  return copy;
}

static gboolean
field_equal (gpointer       a,
             gpointer       b,
             const ClField *field)
{
  gpointer x = FIELD_AT (a, field);
  gpointer y = FIELD_AT (b, field);

  switch (field->type)
    {
    case CL_FIELD_STRING: return g_strcmp0 (*(char **) x, *(char **) y) == 0;
    case CL_FIELD_INT64: return *(gint64 *) x == *(gint64 *) y;
    case CL_FIELD_UINT: return *(guint *) x == *(guint *) y;
    case CL_FIELD_DOUBLE: return *(double *) x == *(double *) y;
    case CL_FIELD_BOOLEAN: return !*(gboolean *) x == !*(gboolean *) y;
    case CL_FIELD_ENUM: return *(int *) x == *(int *) y;
    case CL_FIELD_OBJECT:
      {
        gpointer p = *(gpointer *) x;
        gpointer q = *(gpointer *) y;

        if (p == q)
          return TRUE;
        if (p == NULL || q == NULL || !CL_IS_MODEL (p) || !CL_IS_MODEL (q))
          return FALSE;
        return cl_model_get_id (p) == cl_model_get_id (q) && cl_model_equal (p, q);
      }
    default:
      g_return_val_if_reached (FALSE);
    }
}

gboolean
cl_model_equal (ClModel *a,
                ClModel *b)
{
  ClModelClass *klass;

  g_return_val_if_fail (CL_IS_MODEL (a) && CL_IS_MODEL (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  klass = model_class (a);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ClField *field = &klass->fields[i];

      if ((field->flags & CL_FIELD_READ_ONLY) && field->type != CL_FIELD_OBJECT)
        continue;
      if (!field_equal (a, b, field))
        return FALSE;
    }
  return TRUE;
}

void
cl_model_assign (ClModel *self,
                 ClModel *source,
                 gboolean store_owned)
{
  ClModelClass *klass;

  g_return_if_fail (CL_IS_MODEL (self) && CL_IS_MODEL (source));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (source));

  klass = model_class (self);
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ClField *field = &klass->fields[i];

      if (field->type == CL_FIELD_OBJECT)
        continue;
      if ((field->flags & CL_FIELD_READ_ONLY) && !store_owned)
        continue;
      copy_value (self, source, field);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
cl_model_set_value (ClModel      *self,
                    const char   *name,
                    const GValue *value)
{
  const ClField *field;

  g_return_if_fail (CL_IS_MODEL (self));

  field = cl_model_class_find_field (model_class (self), name);
  g_return_if_fail (field != NULL);

  if (set_field (self, field, value))
    changed (self, field);
}

void
cl_model_set_int64 (ClModel    *self,
                    const char *name,
                    gint64      value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_set_int64 (g_value_init (&v, G_TYPE_INT64), value);
  cl_model_set_value (self, name, &v);
}

void
cl_model_set_uint (ClModel    *self,
                   const char *name,
                   guint       value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_set_uint (g_value_init (&v, G_TYPE_UINT), value);
  cl_model_set_value (self, name, &v);
}

void
cl_model_set_object (ClModel    *self,
                     const char *name,
                     gpointer    object)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_set_object (g_value_init (&v, G_TYPE_OBJECT), object);
  cl_model_set_value (self, name, &v);
}

void
cl_model_normalize (ClModel *self)
{
  ClModelClass *klass;

  g_return_if_fail (CL_IS_MODEL (self));

  klass = model_class (self);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ClField   *field = &klass->fields[i];
      char           **at = FIELD_AT (self, field);
      g_autofree char *text = NULL;

      if (field->type == CL_FIELD_OBJECT && *(gpointer *) at != NULL)
        cl_model_normalize (*(gpointer *) at);
      if (field->type != CL_FIELD_STRING || *at == NULL ||
          !(field->flags & (CL_FIELD_TRIM | CL_FIELD_UPPER)))
        continue;

      text = g_strdup (*at);
      if (field->flags & CL_FIELD_TRIM)
        g_strstrip (text);
      if (field->flags & CL_FIELD_UPPER)
        for (char *p = text; *p != '\0'; p++)
          *p = g_ascii_toupper (*p);

      if (g_strcmp0 (text, *at) != 0)
        {
          g_auto(GValue) value = G_VALUE_INIT;

          g_value_set_string (g_value_init (&value, G_TYPE_STRING), text);
          if (set_field (self, field, &value))
            changed (self, field);
        }
    }
}

/* Validation --------------------------------------------------------------- */

gboolean
cl_model_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  /* Bad bytes are not blank, though read as UTF-8 regardless an overlong
   * "\xc0\xa0" would be a space. */
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
has_space (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (g_unichar_isspace (g_utf8_get_char (text)))
      return TRUE;
  return FALSE;
}

gboolean
cl_model_is_web_url (const char *text)
{
  const char      *rest;
  g_autofree char *host = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  if (g_ascii_strncasecmp (text, "https://", 8) == 0)
    rest = text + 8;
  else if (g_ascii_strncasecmp (text, "http://", 7) == 0)
    rest = text + 7;
  else
    return FALSE;

  if (has_space (rest))
    return FALSE;
  /* "https://?q=1" or "https://:443" name no site. */
  return g_uri_split_network (text, G_URI_FLAGS_NONE, NULL, &host, NULL, NULL) && host != NULL &&
         *host != '\0';
}

gboolean
cl_model_is_email (const char *text)
{
  const char *at;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  at = strchr (text, '@');
  return at != NULL && at != text && at[1] != '\0' &&
         strchr (at + 1, '@') == NULL && !has_space (text);
}

gboolean
cl_model_is_iso_date (const char *text)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  return year >= 1 && month >= 1 && month <= 12 && day >= 1 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

gboolean
cl_model_is_currency (const char *text)
{
  char code[4];

  if (text == NULL || strlen (text) != 3)
    return FALSE;

  /* Capitals are what is saved; the check is on the code whatever its case. */
  for (guint i = 0; i < 3; i++)
    code[i] = g_ascii_toupper (text[i]);
  code[3] = '\0';
  return cl_currency_is_known (code);
}

gboolean
cl_parse_amount (const char *text,
                 gint64     *out_amount)
{
  g_autoptr(GString) digits = g_string_new (NULL);

  g_return_val_if_fail (out_amount != NULL, FALSE);

  /* Read as UTF-8 regardless, an overlong "\xc0\xb5" would be a 5. */
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= '0' && c <= '9')
        g_string_append_c (digits, (char) c);
      else if (!g_unichar_isspace (c))
        return FALSE;
    }

  if (digits->len == 0)
    *out_amount = -1;
  else if (digits->len > 15)
    return FALSE;
  else
    *out_amount = g_ascii_strtoll (digits->str, NULL, 10);
  return TRUE;
}

/* A message that may hold one %s for the value; filled in without printf,
 * so a translation can never be read as a format. */
static char *
fill_message (const char *message,
              const char *value)
{
  g_autoptr(GString) text = g_string_new (message);

  g_string_replace (text, "%s", value != NULL ? value : "", 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_problem (GPtrArray        *problems,
             const ClField    *field,
             ClValidationError code,
             const char       *message)
{
  const char *fields[] = { field->name, NULL };

  g_ptr_array_add (problems, cl_validation_error_new (code, fields, message));
}

static gboolean
passes_check (ClFieldCheck check,
              const char  *text)
{
  switch (check)
    {
    case CL_CHECK_WEB_URL: return cl_model_is_web_url (text);
    case CL_CHECK_EMAIL: return cl_model_is_email (text);
    case CL_CHECK_CURRENCY: return cl_model_is_currency (text);
    case CL_CHECK_ISO_DATE: return cl_model_is_iso_date (text);
    case CL_CHECK_NONE:
    default:
      return TRUE;
    }
}

static void
validate_text (const ClField *field,
               const char    *text,
               GPtrArray     *problems)
{
  g_autofree char *trimmed = NULL;

  /* Text pasted from elsewhere may be anything: refuse it before reading it
   * as UTF-8.  Tabs and line breaks are text; other control characters are
   * not, and would end up unseen in exports and on the card. */
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      add_problem (problems, field, CL_VALIDATION_ERROR_FORMAT,
                   _ ("This text holds bytes that are not valid text. Paste it again as plain "
                      "text."));
      return;
    }
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) && c != '\t' && c != '\n' && c != '\r')
        {
          add_problem (problems, field, CL_VALIDATION_ERROR_FORMAT,
                       _ ("This text holds invisible control characters. Remove them or type "
                          "the text again."));
          return;
        }
    }

  trimmed = text != NULL ? g_strstrip (g_strdup (text)) : NULL;
  /* The length of what is saved: text that is not trimmed (a description
   * kept as pasted) counts its spaces too, even when it holds nothing else. */
  if (field->max_length > 0 && text != NULL &&
      g_utf8_strlen (field->flags & CL_FIELD_TRIM ? trimmed : text, -1) >
        (glong) field->max_length)
    {
      /* Translators: the first %s names a field, e.g. “The role” */
      g_autofree char *message =
        g_strdup_printf (_ ("%s can be at most %u characters long."),
                         field->label != NULL ? _ (field->label) : field->name, field->max_length);

      add_problem (problems, field, CL_VALIDATION_ERROR_TOO_LONG, message);
      return;
    }

  if (cl_model_is_blank (text))
    {
      if (field->flags & CL_FIELD_REQUIRED)
        add_problem (problems, field, CL_VALIDATION_ERROR_REQUIRED,
                     field->message != NULL ? _ (field->message)
                                            : _ ("This field cannot be empty."));
      return;
    }

  if (field->check != CL_CHECK_NONE)
    {
      /* What is saved is trimmed (and perhaps capitalised): check that. */
      g_autofree char *value = g_strdup (field->flags & CL_FIELD_TRIM ? trimmed : text);

      if (field->flags & CL_FIELD_UPPER)
        for (char *p = value; *p != '\0'; p++)
          *p = g_ascii_toupper (*p);

      if (!passes_check (field->check, value))
        {
          g_autofree char *message = fill_message (_ (field->message), text);

          add_problem (problems, field, CL_VALIDATION_ERROR_FORMAT, message);
        }
    }
}

static void
validate_number (const ClField *field,
                 double         value,
                 GPtrArray     *problems)
{
  if ((field->flags & CL_FIELD_OPTIONAL) && value == (double) field->none)
    return;
  if (field->minimum == 0 && field->maximum == 0)
    return;
  if (isfinite (value) && value >= (double) field->minimum && value <= (double) field->maximum)
    return;

  if (field->message != NULL)
    add_problem (problems, field, CL_VALIDATION_ERROR_OUT_OF_RANGE, _ (field->message));
  else
    {
      /* Translators: %s names a field, e.g. “The interest”; then the bounds */
      g_autofree char *message =
        g_strdup_printf (_ ("%s must be between %" G_GINT64_FORMAT " and %" G_GINT64_FORMAT "."),
                         field->label != NULL ? _ (field->label) : field->name, field->minimum,
                         field->maximum);

      add_problem (problems, field, CL_VALIDATION_ERROR_OUT_OF_RANGE, message);
    }
}

static void
validate_one (ClModel       *self,
              const ClField *field,
              GPtrArray     *problems)
{
  gpointer at = FIELD_AT (self, field);

  switch (field->type)
    {
    case CL_FIELD_STRING:
      validate_text (field, *(char **) at, problems);
      break;
    case CL_FIELD_INT64:
      validate_number (field, (double) *(gint64 *) at, problems);
      break;
    case CL_FIELD_UINT:
      validate_number (field, (double) *(guint *) at, problems);
      break;
    case CL_FIELD_DOUBLE:
      validate_number (field, *(double *) at, problems);
      break;
    case CL_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->value_type ());

        if (g_enum_get_value (enum_class, *(int *) at) == NULL)
          add_problem (problems, field, CL_VALIDATION_ERROR_OUT_OF_RANGE,
                       field->message != NULL ? _ (field->message)
                                              : _ ("Choose one of the values offered."));
      }
      break;
    case CL_FIELD_BOOLEAN:
    case CL_FIELD_OBJECT:
    default:
      break;
    }
}

GPtrArray *
cl_model_validate_all (ClModel *self)
{
  GPtrArray    *problems;
  ClModelClass *klass;

  g_return_val_if_fail (CL_IS_MODEL (self), NULL);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  klass = model_class (self);
  for (guint i = 0; i < klass->n_fields; i++)
    if (!(klass->fields[i].flags & CL_FIELD_READ_ONLY) ||
        (klass->fields[i].flags & CL_FIELD_INSERT))
      validate_one (self, &klass->fields[i], problems);

  if (klass->validate != NULL)
    klass->validate (self, problems);
  return problems;
}

gboolean
cl_model_validate (ClModel *self,
                   GError **error)
{
  g_autoptr(GPtrArray) problems = cl_model_validate_all (self);

  if (problems->len == 0)
    return TRUE;
  g_propagate_error (error, g_error_copy (g_ptr_array_index (problems, 0)));
  return FALSE;
}

gboolean
cl_model_validate_field (ClModel    *self,
                         const char *name,
                         GError    **error)
{
  g_autoptr(GPtrArray) problems = cl_model_validate_all (self);

  for (guint i = 0; i < problems->len; i++)
    if (cl_validation_error_is_about (g_ptr_array_index (problems, i), name))
      {
        g_propagate_error (error, g_error_copy (g_ptr_array_index (problems, i)));
        return FALSE;
      }
  return TRUE;
}

/* SQL ----------------------------------------------------------------------- */

static gboolean
is_bound (const ClField *field,
          gboolean       for_insert)
{
  if (field->column == NULL)
    return FALSE;
  if (!(field->flags & CL_FIELD_READ_ONLY))
    return TRUE;
  return for_insert && (field->flags & CL_FIELD_INSERT);
}

/* Stores build their SQL on the thread that loads: one at a time, and a
 * string may be made of others. */
static GRecMutex cache_lock;

/* A string made once per class and key. */
static const char *
cached (GType       type,
        const char *key,
        char *(*make) (ClModelClass *klass, gconstpointer arg),
        gconstpointer arg)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  ClassData  *data = class_data (type);
  const char *text;

  g_return_val_if_fail (data != NULL, NULL);

  g_rec_mutex_lock (&cache_lock);
  text = g_hash_table_lookup (data->strings, key);
  if (text == NULL)
    {
      char *made = make ((ClModelClass *) klass, arg);

      g_hash_table_insert (data->strings, g_strdup (key), made);
      text = made;
    }
  g_rec_mutex_unlock (&cache_lock);
  return text;
}

static char *
make_columns (ClModelClass *klass,
              gconstpointer prefix)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (klass->fields[i].column == NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append_printf (out, "%s%s", (const char *) prefix, klass->fields[i].column);
    }
  return g_string_free (out, FALSE);
}

const char *
cl_model_class_get_columns (GType       type,
                            const char *prefix)
{
  g_autofree char *key = g_strconcat ("columns:", prefix, NULL);

  return cached (type, key, make_columns, prefix);
}

static char *
make_bound_columns (ClModelClass *klass,
                    gconstpointer for_insert)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (!is_bound (&klass->fields[i], GPOINTER_TO_INT (for_insert)))
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, klass->fields[i].column);
    }
  return g_string_free (out, FALSE);
}

const char *
cl_model_class_get_bound_columns (GType    type,
                                  gboolean for_insert)
{
  return cached (type, for_insert ? "bound:insert" : "bound:update", make_bound_columns,
                 GINT_TO_POINTER (for_insert));
}

typedef struct
{
  gboolean for_insert;
  guint    first;
  gboolean assignments;
} ListArgs;

static char *
make_list (ClModelClass *klass,
           gconstpointer arg)
{
  const ListArgs *args = arg;
  GString        *out = g_string_new (NULL);
  guint           param = args->first;

  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (!is_bound (&klass->fields[i], args->for_insert))
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      if (args->assignments)
        g_string_append_printf (out, "%s = ?%u", klass->fields[i].column, param++);
      else
        g_string_append_printf (out, "?%u", param++);
    }
  return g_string_free (out, FALSE);
}

const char *
cl_model_class_get_assignments (GType type,
                                guint first)
{
  ListArgs         args = { FALSE, first, TRUE };
  g_autofree char *key = g_strdup_printf ("assign:%u", first);

  return cached (type, key, make_list, &args);
}

const char *
cl_model_class_get_parameters (GType    type,
                               gboolean for_insert,
                               guint    first)
{
  ListArgs         args = { for_insert, first, FALSE };
  g_autofree char *key = g_strdup_printf ("places:%d:%u", for_insert, first);

  return cached (type, key, make_list, &args);
}

guint
cl_model_class_get_n_bound (GType    type,
                            gboolean for_insert)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  ClModelClass *model = (ClModelClass *) klass;
  guint         n = 0;

  for (guint i = 0; i < model->n_fields; i++)
    n += is_bound (&model->fields[i], for_insert) ? 1 : 0;
  return n;
}

gpointer
cl_model_new_from_row (GType         type,
                       sqlite3_stmt *stmt,
                       int           first_column)
{
  ClModel      *self = g_object_new (type, NULL);
  ClModelClass *klass = model_class (self);
  int           column = first_column;

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ClField *field = &klass->fields[i];
      gpointer       at = FIELD_AT (self, field);
      gboolean       is_null;

      if (field->column == NULL)
        continue;

      is_null = sqlite3_column_type (stmt, column) == SQLITE_NULL;
      switch (field->type)
        {
        case CL_FIELD_STRING:
          g_free (*(char **) at);
          *(char **) at = cl_column_dup (stmt, column);
          if (*(char **) at != NULL && **(char **) at == '\0')
            g_clear_pointer ((char **) at, g_free);
          break;
        case CL_FIELD_INT64:
          *(gint64 *) at = is_null ? field->none : sqlite3_column_int64 (stmt, column);
          break;
        case CL_FIELD_UINT:
          *(guint *) at =
            is_null ? (guint) field->none : (guint) sqlite3_column_int64 (stmt, column);
          break;
        case CL_FIELD_DOUBLE:
          *(double *) at = is_null ? (double) field->none : sqlite3_column_double (stmt, column);
          break;
        case CL_FIELD_BOOLEAN:
          *(gboolean *) at = sqlite3_column_int (stmt, column) != 0;
          break;
        case CL_FIELD_ENUM:
          if (field->flags & CL_FIELD_ENUM_ROW_ID)
            *(int *) at =
              is_null ? (int) field->default_value : sqlite3_column_int (stmt, column) - 1;
          else
            *(int *) at =
              cl_column_enum (stmt, column, field->value_type (), (int) field->default_value);
          break;
        case CL_FIELD_OBJECT:
        default:
          g_assert_not_reached ();
        }
      if (klass->field_changed != NULL)
        klass->field_changed (self, field);
      column++;
    }
  return self;
}

int
cl_model_bind (ClModel      *self,
               sqlite3_stmt *stmt,
               int           first,
               gboolean      for_insert)
{
  ClModelClass *klass;
  int           param = first;

  g_return_val_if_fail (CL_IS_MODEL (self), first);

  klass = model_class (self);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const ClField *field = &klass->fields[i];
      gpointer       at = FIELD_AT (self, field);

      if (!is_bound (field, for_insert))
        continue;

      switch (field->type)
        {
        case CL_FIELD_STRING:
          if (*(char **) at == NULL)
            sqlite3_bind_null (stmt, param);
          else
            sqlite3_bind_text (stmt, param, *(char **) at, -1, SQLITE_TRANSIENT);
          break;
        case CL_FIELD_INT64:
          if ((field->flags & CL_FIELD_OPTIONAL) && *(gint64 *) at == field->none)
            sqlite3_bind_null (stmt, param);
          else
            sqlite3_bind_int64 (stmt, param, *(gint64 *) at);
          break;
        case CL_FIELD_UINT:
          if ((field->flags & CL_FIELD_OPTIONAL) && *(guint *) at == (guint) field->none)
            sqlite3_bind_null (stmt, param);
          else
            sqlite3_bind_int64 (stmt, param, *(guint *) at);
          break;
        case CL_FIELD_DOUBLE:
          if ((field->flags & CL_FIELD_OPTIONAL) && *(double *) at == (double) field->none)
            sqlite3_bind_null (stmt, param);
          else
            sqlite3_bind_double (stmt, param, *(double *) at);
          break;
        case CL_FIELD_BOOLEAN:
          sqlite3_bind_int (stmt, param, *(gboolean *) at ? 1 : 0);
          break;
        case CL_FIELD_ENUM:
          {
            g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->value_type ());
            GEnumValue *value = g_enum_get_value (enum_class, *(int *) at);

            if ((field->flags & CL_FIELD_OPTIONAL) && *(int *) at == (int) field->none)
              sqlite3_bind_null (stmt, param);
            else if (value != NULL && (field->flags & CL_FIELD_ENUM_ROW_ID))
              sqlite3_bind_int (stmt, param, *(int *) at + 1);
            else if (value != NULL)
              sqlite3_bind_text (stmt, param, value->value_nick, -1, SQLITE_STATIC);
            else
              sqlite3_bind_null (stmt, param);
          }
          break;
        case CL_FIELD_OBJECT:
        default:
          g_assert_not_reached ();
        }
      param++;
    }
  return param;
}

/* "company_id, updated_at" → "company_id = ?4, updated_at = ?5" from ?@first;
 * for an INSERT, "?4, ?5". */
static char *
extra_list (const char *extra_columns,
            guint       first,
            gboolean    assignments)
{
  g_auto(GStrv) columns = g_strsplit (extra_columns != NULL ? extra_columns : "", ",", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; columns[i] != NULL; i++)
    {
      g_strstrip (columns[i]);
      if (*columns[i] == '\0')
        continue;
      g_string_append (out, ", ");
      if (assignments)
        g_string_append_printf (out, "%s = ?%u", columns[i], first++);
      else
        g_string_append_printf (out, "?%u", first++);
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *extra;
  gboolean    insert;
} StatementArgs;

static char *
make_statement (ClModelClass *klass,
                gconstpointer arg)
{
  const StatementArgs *args = arg;
  GType                type = G_TYPE_FROM_CLASS (klass);
  ClassData           *data = class_data (type);
  guint                n_bound = cl_model_class_get_n_bound (type, args->insert);
  g_autofree char     *extras = NULL;

  if (args->insert)
    {
      extras = extra_list (args->extra, n_bound + 1, FALSE);
      return g_strdup_printf ("INSERT INTO %s (%s%s%s) VALUES (%s%s)", data->table,
                              cl_model_class_get_bound_columns (type, TRUE),
                              args->extra != NULL && *args->extra != '\0' ? ", " : "",
                              args->extra != NULL ? args->extra : "",
                              cl_model_class_get_parameters (type, TRUE, 1), extras);
    }

  extras = extra_list (args->extra, n_bound + 2, TRUE);
  return g_strdup_printf ("UPDATE %s SET %s%s WHERE id = ?1", data->table,
                          cl_model_class_get_assignments (type, 2), extras);
}

static sqlite3_stmt *
prepare_write (ClModel    *self,
               ClDatabase *database,
               gboolean    insert,
               const char *extra_columns,
               const char *binds,
               va_list     args,
               GError    **error)
{
  StatementArgs    statement_args = { extra_columns, insert };
  g_autofree char *key = g_strdup_printf ("%s:%s", insert ? "insert" : "update",
                                          extra_columns != NULL ? extra_columns : "");
  const char      *sql = cached (G_OBJECT_TYPE (self), key, make_statement, &statement_args);
  sqlite3_stmt    *stmt = cl_database_prepare (database, sql, error);
  int              next;

  if (stmt == NULL)
    return NULL;

  if (insert)
    next = cl_model_bind (self, stmt, 1, TRUE);
  else
    {
      sqlite3_bind_int64 (stmt, 1, cl_model_get_id (self));
      next = cl_model_bind (self, stmt, 2, FALSE);
    }

  /* The extra values follow the object's. */
  if (!cl_statement_bind_valist (stmt, next, binds, args))
    return NULL;
  return stmt;
}

static int
step_once (ClDatabase   *database,
           sqlite3_stmt *stmt,
           GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    cl_database_set_error (database, rc, error);
  return rc;
}

gboolean
cl_model_insert (ClModel    *self,
                 ClDatabase *database,
                 gint64     *out_id,
                 GError    **error,
                 const char *extra_columns,
                 const char *binds,
                 ...)
{
  sqlite3_stmt *stmt;
  va_list       args;

  g_return_val_if_fail (CL_IS_MODEL (self), FALSE);

  va_start (args, binds);
  stmt = prepare_write (self, database, TRUE, extra_columns, binds, args, error);
  va_end (args);
  if (stmt == NULL || step_once (database, stmt, error) != SQLITE_DONE)
    return FALSE;

  *out_id = cl_database_last_insert_id (database);
  return TRUE;
}

gboolean
cl_model_update (ClModel    *self,
                 ClDatabase *database,
                 const char *not_found,
                 GError    **error,
                 const char *extra_columns,
                 const char *binds,
                 ...)
{
  sqlite3_stmt *stmt;
  va_list       args;

  g_return_val_if_fail (CL_IS_MODEL (self), FALSE);

  va_start (args, binds);
  stmt = prepare_write (self, database, FALSE, extra_columns, binds, args, error);
  va_end (args);
  if (stmt == NULL || step_once (database, stmt, error) != SQLITE_DONE)
    return FALSE;

  if (cl_database_changes (database) != 1)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }
  return TRUE;
}

gboolean
cl_model_check_text (const ClField *field,
                     const char    *text,
                     GError       **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

  g_return_val_if_fail (field != NULL && field->type == CL_FIELD_STRING, FALSE);

  validate_text (field, text, problems);
  if (problems->len == 0)
    return TRUE;
  g_propagate_error (error, g_error_copy (g_ptr_array_index (problems, 0)));
  return FALSE;
}
