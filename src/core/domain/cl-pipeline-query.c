/* cl-pipeline-query.c — what the board's search and filters ask for
 *
 * Matching runs for every card on each keystroke, so it only compares
 * case-folded text the application caches and plain numbers.
 *
 * Properties (all notify on change): "text"; "company-type" (-1 for any);
 * "min-interest" (0 for any); "level" (text within the level, NULL for any);
 * "red-flags-only"; "referral-only"; "added-after" and "added-before" (Unix
 * times on the day the application was added, 0 for open-ended).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-pipeline-query"

#include "config.h"

#include <string.h>

#include "cl-pipeline-query.h"

struct _ClPipelineQuery
{
  GObject  parent_instance;

  char    *text;
  char   **words; /* case-folded words of text */
  int      company_type;
  guint    min_interest;
  char    *level;
  char    *level_folded;
  gboolean red_flags_only;
  gboolean referral_only;
  gint64   added_after;
  gint64   added_before;
};

G_DEFINE_FINAL_TYPE (ClPipelineQuery, cl_pipeline_query, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TEXT,
  PROP_COMPANY_TYPE,
  PROP_MIN_INTEREST,
  PROP_LEVEL,
  PROP_RED_FLAGS_ONLY,
  PROP_REFERRAL_ONLY,
  PROP_ADDED_AFTER,
  PROP_ADDED_BEFORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cl_pipeline_query_finalize (GObject *object)
{
  ClPipelineQuery *self = (ClPipelineQuery *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->level, g_free);
  g_clear_pointer (&self->level_folded, g_free);

  G_OBJECT_CLASS (cl_pipeline_query_parent_class)->finalize (object);
}

static void
cl_pipeline_query_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ClPipelineQuery *self = CL_PIPELINE_QUERY (object);

  switch (prop_id)
    {
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_COMPANY_TYPE: g_value_set_int (value, self->company_type); break;
    case PROP_MIN_INTEREST: g_value_set_uint (value, self->min_interest); break;
    case PROP_LEVEL: g_value_set_string (value, self->level); break;
    case PROP_RED_FLAGS_ONLY: g_value_set_boolean (value, self->red_flags_only); break;
    case PROP_REFERRAL_ONLY: g_value_set_boolean (value, self->referral_only); break;
    case PROP_ADDED_AFTER: g_value_set_int64 (value, self->added_after); break;
    case PROP_ADDED_BEFORE: g_value_set_int64 (value, self->added_before); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_level (ClPipelineQuery *self,
           const char      *level)
{
  g_autofree char *trimmed = level != NULL ? g_strstrip (g_strdup (level)) : NULL;

  if (trimmed != NULL && *trimmed == '\0')
    g_clear_pointer (&trimmed, g_free);
  if (g_strcmp0 (trimmed, self->level) == 0)
    return;

  g_free (self->level);
  g_free (self->level_folded);
  self->level = g_steal_pointer (&trimmed);
  self->level_folded = self->level != NULL ? g_utf8_casefold (self->level, -1) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

/* clang-format off */
#define SET_AND_NOTIFY(field, new_value, prop) \
  G_STMT_START { \
    if (self->field != (new_value)) \
      { \
        self->field = (new_value); \
        g_object_notify_by_pspec (object, properties[prop]); \
      } \
  } G_STMT_END
/* clang-format on */

static void
cl_pipeline_query_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ClPipelineQuery *self = CL_PIPELINE_QUERY (object);

  switch (prop_id)
    {
    case PROP_TEXT: cl_pipeline_query_set_text (self, g_value_get_string (value)); break;
    case PROP_COMPANY_TYPE: SET_AND_NOTIFY (company_type, g_value_get_int (value), prop_id); break;
    case PROP_MIN_INTEREST: SET_AND_NOTIFY (min_interest, g_value_get_uint (value), prop_id); break;
    case PROP_LEVEL: set_level (self, g_value_get_string (value)); break;
    case PROP_RED_FLAGS_ONLY:
      SET_AND_NOTIFY (red_flags_only, g_value_get_boolean (value), prop_id);
      break;
    case PROP_REFERRAL_ONLY:
      SET_AND_NOTIFY (referral_only, g_value_get_boolean (value), prop_id);
      break;
    case PROP_ADDED_AFTER: SET_AND_NOTIFY (added_after, g_value_get_int64 (value), prop_id); break;
    case PROP_ADDED_BEFORE:
      SET_AND_NOTIFY (added_before, g_value_get_int64 (value), prop_id);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_pipeline_query_class_init (ClPipelineQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cl_pipeline_query_finalize;
  object_class->get_property = cl_pipeline_query_get_property;
  object_class->set_property = cl_pipeline_query_set_property;

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_COMPANY_TYPE] =
    g_param_spec_int ("company-type", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_MIN_INTEREST] = g_param_spec_uint ("min-interest", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_LEVEL] = g_param_spec_string ("level", NULL, NULL, NULL, flags);
  properties[PROP_RED_FLAGS_ONLY] =
    g_param_spec_boolean ("red-flags-only", NULL, NULL, FALSE, flags);
  properties[PROP_REFERRAL_ONLY] = g_param_spec_boolean ("referral-only", NULL, NULL, FALSE, flags);
  properties[PROP_ADDED_AFTER] =
    g_param_spec_int64 ("added-after", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ADDED_BEFORE] =
    g_param_spec_int64 ("added-before", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_pipeline_query_init (ClPipelineQuery *self)
{
  self->company_type = -1;
}

ClPipelineQuery *
cl_pipeline_query_new (void)
{
  return g_object_new (CL_TYPE_PIPELINE_QUERY, NULL);
}

void
cl_pipeline_query_set_text (ClPipelineQuery *self,
                            const char      *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (CL_IS_PIPELINE_QUERY (self));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (text, self->text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_pointer (&self->words, g_strfreev);
  if (text != NULL)
    {
      g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);

      folded = g_utf8_casefold (normalized != NULL ? normalized : text, -1);
      self->words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
cl_pipeline_query_get_text (ClPipelineQuery *self)
{
  g_return_val_if_fail (CL_IS_PIPELINE_QUERY (self), NULL);

  return self->text;
}

guint
cl_pipeline_query_count_filters (ClPipelineQuery *self)
{
  g_return_val_if_fail (CL_IS_PIPELINE_QUERY (self), 0);

  /* "Added" is one filter whichever of its bounds is set. */
  return (self->company_type >= 0) + (self->min_interest > 0) + (self->level != NULL) +
         (self->red_flags_only != FALSE) + (self->referral_only != FALSE) +
         (self->added_after > 0 || self->added_before > 0);
}

gboolean
cl_pipeline_query_has_filters (ClPipelineQuery *self)
{
  return cl_pipeline_query_count_filters (self) > 0;
}

void
cl_pipeline_query_reset_filters (ClPipelineQuery *self)
{
  g_return_if_fail (CL_IS_PIPELINE_QUERY (self));

  g_object_freeze_notify (G_OBJECT (self));
  g_object_set (self,
                "company-type", -1,
                "min-interest", 0,
                "level", NULL,
                "red-flags-only", FALSE,
                "referral-only", FALSE,
                "added-after", (gint64) 0,
                "added-before", (gint64) 0,
                NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
cl_pipeline_query_matches (ClPipelineQuery *self,
                           ClApplication   *application)
{
  gint64 created;

  g_return_val_if_fail (CL_IS_PIPELINE_QUERY (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  if (self->company_type >= 0 &&
      (int) cl_application_get_company_type (application) != self->company_type)
    return FALSE;
  if (cl_application_get_interest (application) < self->min_interest)
    return FALSE;
  if (self->red_flags_only && cl_application_get_red_flag_count (application) == 0)
    return FALSE;
  if (self->referral_only &&
      (cl_application_get_referral_status (application) == CL_REFERRAL_STATUS_NONE ||
       cl_application_get_referral_status (application) == CL_REFERRAL_STATUS_DECLINED))
    return FALSE;

  created = cl_application_get_created_at (application);
  if (self->added_after > 0 && created < self->added_after)
    return FALSE;
  if (self->added_before > 0 && created >= self->added_before)
    return FALSE;

  if (self->level_folded != NULL)
    {
      const char      *level = cl_application_get_level (application);
      g_autofree char *folded = level != NULL ? g_utf8_casefold (level, -1) : NULL;

      if (folded == NULL || strstr (folded, self->level_folded) == NULL)
        return FALSE;
    }

  if (self->words != NULL)
    {
      const char *haystack = cl_application_get_search_text (application);

      for (guint i = 0; self->words[i] != NULL; i++)
        if (*self->words[i] != '\0' && strstr (haystack, self->words[i]) == NULL)
          return FALSE;
    }

  return TRUE;
}
