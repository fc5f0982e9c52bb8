/* cl-application.c — one job application: a card on the board
 *
 * The object mirrors a row of `applications` (joined with its company).
 * Views may set properties for editing; nothing is saved until
 * ClPipelineStore is asked to.  Salary bounds use -1 for "not given".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-application.h"
#include "cl-database.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"

struct _ClApplication
{
  GObject              parent_instance;

  gint64               id;
  char                *company;
  ClCompanyType        company_type;
  char                *role;
  gint64               stage_id;
  guint                position;
  guint                interest;
  char                *posted_level;
  char                *target_level;
  guint                career_fit;
  char                *career_notes;
  guint                gut_feeling;
  ClApplicationSource  source;
  char                *job_url;
  char                *location;
  char                *notes;
  gint64               salary_min;
  gint64               salary_max;
  char                *salary_currency;
  gint64               created_at;
  gint64               updated_at;

  /* Facts from related rows, for the card; read-only for views. */
  ClReferralStatus     referral_status;
  guint                red_flag_count;
  gint64               next_at;
  ClNextKind           next_kind;
  char                *next_detail;
  char                *contact_names;

  char                *search_text; /* case-folded, built on demand */
};

G_DEFINE_FINAL_TYPE (ClApplication, cl_application, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_COMPANY,
  PROP_COMPANY_TYPE,
  PROP_ROLE,
  PROP_STAGE_ID,
  PROP_POSITION,
  PROP_INTEREST,
  PROP_POSTED_LEVEL,
  PROP_TARGET_LEVEL,
  PROP_CAREER_FIT,
  PROP_CAREER_NOTES,
  PROP_GUT_FEELING,
  PROP_SOURCE,
  PROP_JOB_URL,
  PROP_LOCATION,
  PROP_NOTES,
  PROP_SALARY_MIN,
  PROP_SALARY_MAX,
  PROP_SALARY_CURRENCY,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_REFERRAL_STATUS,
  PROP_RED_FLAG_COUNT,
  PROP_NEXT_AT,
  PROP_NEXT_KIND,
  PROP_NEXT_DETAIL,
  PROP_CONTACT_NAMES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cl_application_finalize (GObject *object)
{
  ClApplication *self = (ClApplication *) object;

  g_clear_pointer (&self->company, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->posted_level, g_free);
  g_clear_pointer (&self->target_level, g_free);
  g_clear_pointer (&self->career_notes, g_free);
  g_clear_pointer (&self->job_url, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->salary_currency, g_free);
  g_clear_pointer (&self->next_detail, g_free);
  g_clear_pointer (&self->contact_names, g_free);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (cl_application_parent_class)->finalize (object);
}

static gpointer
field_address (ClApplication *self,
               guint          prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_COMPANY: return &self->company;
    case PROP_COMPANY_TYPE: return &self->company_type;
    case PROP_ROLE: return &self->role;
    case PROP_STAGE_ID: return &self->stage_id;
    case PROP_POSITION: return &self->position;
    case PROP_INTEREST: return &self->interest;
    case PROP_POSTED_LEVEL: return &self->posted_level;
    case PROP_TARGET_LEVEL: return &self->target_level;
    case PROP_CAREER_FIT: return &self->career_fit;
    case PROP_CAREER_NOTES: return &self->career_notes;
    case PROP_GUT_FEELING: return &self->gut_feeling;
    case PROP_SOURCE: return &self->source;
    case PROP_JOB_URL: return &self->job_url;
    case PROP_LOCATION: return &self->location;
    case PROP_NOTES: return &self->notes;
    case PROP_SALARY_MIN: return &self->salary_min;
    case PROP_SALARY_MAX: return &self->salary_max;
    case PROP_SALARY_CURRENCY: return &self->salary_currency;
    case PROP_CREATED_AT: return &self->created_at;
    case PROP_UPDATED_AT: return &self->updated_at;
    case PROP_REFERRAL_STATUS: return &self->referral_status;
    case PROP_RED_FLAG_COUNT: return &self->red_flag_count;
    case PROP_NEXT_AT: return &self->next_at;
    case PROP_NEXT_KIND: return &self->next_kind;
    case PROP_NEXT_DETAIL: return &self->next_detail;
    case PROP_CONTACT_NAMES: return &self->contact_names;
    default: return NULL;
    }
}

static void
cl_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  gpointer field = field_address (CL_APPLICATION (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  cl_model_get_field (field, value, pspec);
}

static void
cl_application_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  gpointer field = field_address (CL_APPLICATION (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (cl_model_set_field (field, value, pspec))
    {
      switch (prop_id)
        {
        case PROP_COMPANY:
        case PROP_ROLE:
        case PROP_NOTES:
        case PROP_CONTACT_NAMES:
          g_clear_pointer (&CL_APPLICATION (object)->search_text, g_free);
          break;
        default:
          break;
        }
      g_object_notify_by_pspec (object, pspec);
    }
}

static void
cl_application_class_init (ClApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cl_application_finalize;
  object_class->get_property = cl_application_get_property;
  object_class->set_property = cl_application_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, NULL, flags);
  properties[PROP_COMPANY_TYPE] =
    g_param_spec_enum ("company-type", NULL, NULL, CL_TYPE_COMPANY_TYPE, CL_COMPANY_TYPE_UNKNOWN, flags);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);
  properties[PROP_STAGE_ID] = g_param_spec_int64 ("stage-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_INTEREST] = g_param_spec_uint ("interest", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_POSTED_LEVEL] = g_param_spec_string ("posted-level", NULL, NULL, NULL, flags);
  properties[PROP_TARGET_LEVEL] = g_param_spec_string ("target-level", NULL, NULL, NULL, flags);
  properties[PROP_CAREER_FIT] = g_param_spec_uint ("career-fit", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_CAREER_NOTES] = g_param_spec_string ("career-notes", NULL, NULL, NULL, flags);
  properties[PROP_GUT_FEELING] = g_param_spec_uint ("gut-feeling", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL, CL_TYPE_APPLICATION_SOURCE, CL_APPLICATION_SOURCE_OTHER, flags);
  properties[PROP_JOB_URL] = g_param_spec_string ("job-url", NULL, NULL, NULL, flags);
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, NULL, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_SALARY_MIN] = g_param_spec_int64 ("salary-min", NULL, NULL, -1, G_MAXINT64, -1, flags);
  properties[PROP_SALARY_MAX] = g_param_spec_int64 ("salary-max", NULL, NULL, -1, G_MAXINT64, -1, flags);
  properties[PROP_SALARY_CURRENCY] = g_param_spec_string ("salary-currency", NULL, NULL, NULL, flags);
  properties[PROP_CREATED_AT] = g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UPDATED_AT] = g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  properties[PROP_REFERRAL_STATUS] =
    g_param_spec_enum ("referral-status", NULL, NULL, CL_TYPE_REFERRAL_STATUS, CL_REFERRAL_STATUS_NONE, flags);
  properties[PROP_RED_FLAG_COUNT] = g_param_spec_uint ("red-flag-count", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_NEXT_AT] = g_param_spec_int64 ("next-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NEXT_KIND] =
    g_param_spec_enum ("next-kind", NULL, NULL, CL_TYPE_NEXT_KIND, CL_NEXT_KIND_NONE, flags);
  properties[PROP_NEXT_DETAIL] = g_param_spec_string ("next-detail", NULL, NULL, NULL, flags);
  properties[PROP_CONTACT_NAMES] = g_param_spec_string ("contact-names", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_application_init (ClApplication *self)
{
  self->source = CL_APPLICATION_SOURCE_OTHER;
  self->salary_min = -1;
  self->salary_max = -1;
}

ClApplication *
cl_application_new (const char *company,
                    const char *role)
{
  return g_object_new (CL_TYPE_APPLICATION, "company", company, "role", role, NULL);
}

gint64 cl_application_get_id (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->id; }
const char *cl_application_get_company (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), NULL); return self->company; }
ClCompanyType cl_application_get_company_type (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->company_type; }
const char *cl_application_get_role (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), NULL); return self->role; }
gint64 cl_application_get_stage_id (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->stage_id; }
guint cl_application_get_position (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->position; }
guint cl_application_get_interest (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->interest; }
const char *cl_application_get_posted_level (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), NULL); return self->posted_level; }
const char *cl_application_get_target_level (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), NULL); return self->target_level; }
guint cl_application_get_career_fit (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->career_fit; }
const char *cl_application_get_career_notes (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), NULL); return self->career_notes; }
guint cl_application_get_gut_feeling (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->gut_feeling; }
ClApplicationSource cl_application_get_source (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->source; }
const char *cl_application_get_job_url (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), NULL); return self->job_url; }
const char *cl_application_get_location (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), NULL); return self->location; }
const char *cl_application_get_notes (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), NULL); return self->notes; }
gint64 cl_application_get_salary_min (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), -1); return self->salary_min; }
gint64 cl_application_get_salary_max (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), -1); return self->salary_max; }
const char *cl_application_get_salary_currency (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), NULL); return self->salary_currency; }
gint64 cl_application_get_created_at (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->created_at; }
gint64 cl_application_get_updated_at (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->updated_at; }

ClReferralStatus cl_application_get_referral_status (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->referral_status; }
guint cl_application_get_red_flag_count (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->red_flag_count; }
gint64 cl_application_get_next_at (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->next_at; }
ClNextKind cl_application_get_next_kind (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), 0); return self->next_kind; }
const char *cl_application_get_next_detail (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), NULL); return self->next_detail; }
const char *cl_application_get_contact_names (ClApplication *self) { g_return_val_if_fail (CL_IS_APPLICATION (self), NULL); return self->contact_names; }

const char *
cl_application_get_search_text (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);

  if (self->search_text == NULL)
    {
      g_autofree char *joined = g_strjoin ("\n",
                                           self->company != NULL ? self->company : "",
                                           self->role != NULL ? self->role : "",
                                           self->notes != NULL ? self->notes : "",
                                           self->contact_names != NULL ? self->contact_names : "",
                                           NULL);
      g_autofree char *normalized = g_utf8_normalize (joined, -1, G_NORMALIZE_ALL_COMPOSE);

      self->search_text = g_utf8_casefold (normalized != NULL ? normalized : joined, -1);
    }
  return self->search_text;
}

const char *
cl_application_get_level (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);

  return self->target_level != NULL ? self->target_level : self->posted_level;
}

/* Undated things sort last, whatever the direction. */
int
cl_application_compare (ClApplication  *a,
                        ClApplication  *b,
                        ClPipelineSort  sort)
{
  switch (sort)
    {
    case CL_PIPELINE_SORT_NEXT_DATE:
      if ((a->next_at == 0) != (b->next_at == 0))
        return a->next_at == 0 ? 1 : -1;
      if (a->next_at != b->next_at)
        return a->next_at < b->next_at ? -1 : 1;
      break;
    case CL_PIPELINE_SORT_LEAST_INTERESTING:
    case CL_PIPELINE_SORT_MOST_INTERESTING:
      if ((a->interest == 0) != (b->interest == 0))
        return a->interest == 0 ? 1 : -1;
      if (a->interest != b->interest)
        return (a->interest < b->interest) == (sort == CL_PIPELINE_SORT_LEAST_INTERESTING) ? -1 : 1;
      break;
    case CL_PIPELINE_SORT_MANUAL:
    default:
      break;
    }

  if (a->position != b->position)
    return a->position < b->position ? -1 : 1;
  return 0;
}

gboolean
cl_application_validate (ClApplication  *self,
                         GError        **error)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), FALSE);

  if (cl_model_is_blank (self->company))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("Enter the company’s name."));
      return FALSE;
    }
  if (cl_model_is_blank (self->role))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("Enter the role you are applying for."));
      return FALSE;
    }
  if (g_utf8_strlen (self->company, -1) > 200 || g_utf8_strlen (self->role, -1) > 200)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("Company and role must be at most 200 characters long."));
      return FALSE;
    }
  if (self->salary_min >= 0 && self->salary_max >= 0 && self->salary_min > self->salary_max)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("The lowest salary of the posted range is above the highest."));
      return FALSE;
    }
  if (self->salary_currency != NULL && !cl_model_is_currency (self->salary_currency))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("The currency must be a three-letter code such as USD or EUR."));
      return FALSE;
    }
  if (self->job_url != NULL && !cl_model_is_web_url (self->job_url))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("The job posting address must start with https:// or http://."));
      return FALSE;
    }

  return TRUE;
}
