/* cl-model.c — helpers shared by the model objects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-model"

#include "config.h"

#include <string.h>

#include "cl-model-private.h"

void
cl_model_get_field (gpointer    field,
                    GValue     *value,
                    GParamSpec *pspec)
{
  switch (G_PARAM_SPEC_VALUE_TYPE (pspec))
    {
    case G_TYPE_STRING: g_value_set_string (value, *(char **) field); break;
    case G_TYPE_INT64: g_value_set_int64 (value, *(gint64 *) field); break;
    case G_TYPE_UINT: g_value_set_uint (value, *(guint *) field); break;
    case G_TYPE_DOUBLE: g_value_set_double (value, *(double *) field); break;
    case G_TYPE_BOOLEAN: g_value_set_boolean (value, *(gboolean *) field); break;
    default: g_value_set_enum (value, *(int *) field); break;
    }
}

gboolean
cl_model_set_field (gpointer      field,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  gboolean changed = FALSE;

  switch (G_PARAM_SPEC_VALUE_TYPE (pspec))
    {
    case G_TYPE_STRING:
      {
        const char *text = g_value_get_string (value);

        /* Empty optional text is stored as NULL. */
        if (text != NULL && *text == '\0')
          text = NULL;
        if (g_strcmp0 (*(char **) field, text) != 0)
          {
            g_free (*(char **) field);
            *(char **) field = g_strdup (text);
            changed = TRUE;
          }
      }
      break;
    case G_TYPE_INT64:
      changed = *(gint64 *) field != g_value_get_int64 (value);
      *(gint64 *) field = g_value_get_int64 (value);
      break;
    case G_TYPE_UINT:
      changed = *(guint *) field != g_value_get_uint (value);
      *(guint *) field = g_value_get_uint (value);
      break;
    case G_TYPE_DOUBLE:
      changed = *(double *) field != g_value_get_double (value);
      *(double *) field = g_value_get_double (value);
      break;
    case G_TYPE_BOOLEAN:
      changed = *(gboolean *) field != g_value_get_boolean (value);
      *(gboolean *) field = g_value_get_boolean (value);
      break;
    default:
      changed = *(int *) field != g_value_get_enum (value);
      *(int *) field = g_value_get_enum (value);
      break;
    }

  return changed;
}

gboolean
cl_model_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
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
  const char *rest;

  if (text == NULL)
    return FALSE;

  if (g_ascii_strncasecmp (text, "https://", 8) == 0)
    rest = text + 8;
  else if (g_ascii_strncasecmp (text, "http://", 7) == 0)
    rest = text + 7;
  else
    return FALSE;

  return *rest != '\0' && *rest != '/' && !has_space (rest);
}

gboolean
cl_model_is_email (const char *text)
{
  const char *at;

  if (text == NULL)
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
  if (text == NULL || strlen (text) != 3)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    if (!g_ascii_isupper (text[i]))
      return FALSE;
  return TRUE;
}
