/* cl-application.c — one job application: a card on the board
 *
 * The object mirrors a row of `applications`, with its company shared with
 * the company's other applications and contacts.  Views edit a copy and
 * hand it to ClPipelineStore.  Salary bounds use -1 for "not given"; the card
 * facts are ClCardFacts' and read-only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-application.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-validation.h"

struct _ClApplication
{
  ClModel             parent_instance;

  gint64              id;
  ClCompany          *company;
  char               *role;
  gint64              stage_id;
  guint               position;
  guint               interest;
  char               *posted_level;
  char               *target_level;
  guint               career_fit;
  char               *career_notes;
  guint               gut_feeling;
  ClApplicationSource source;
  char               *job_url;
  char               *location;
  char               *notes;
  gint64              salary_min;
  gint64              salary_max;
  char               *salary_currency;
  ClWorkMode          work_mode;
  char               *documents_sent;
  gint64              deadline;
  gint64              applied_at;
  char               *red_flag_notes;
  ClFormatSource      format_source_kind;
  char               *format_source_url;
  gint64              format_source_contact_id;
  char               *format_source_notes;
  gint64              created_at;
  gint64              updated_at;

  /* Facts from related rows, for the card (ClCardFacts). */
  ClReferralStatus    referral_status;
  guint               red_flag_count;
  gint64              next_at;
  ClNextKind          next_kind;
  char               *next_detail;
  char               *contact_names;

  char               *search_text;     /* case-folded, built on demand */
  ClCompany          *watched_company; /* whose renames change search_text */
};

G_DEFINE_FINAL_TYPE (ClApplication, cl_application, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClApplication, id),
  { "company", NULL, CL_FIELD_OBJECT, G_STRUCT_OFFSET (ClApplication, company),
    .flags = CL_FIELD_READ_ONLY, .value_type = cl_company_get_type },
  { "role", "role", CL_FIELD_STRING, G_STRUCT_OFFSET (ClApplication, role),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM, .max_length = 200,
    .label = N_ ("The role"), .message = N_ ("Enter the role you are applying for.") },
  { "stage-id", "stage_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClApplication, stage_id),
    .flags = CL_FIELD_READ_ONLY },
  { "position", "position", CL_FIELD_UINT, G_STRUCT_OFFSET (ClApplication, position),
    .flags = CL_FIELD_READ_ONLY },
  { "interest", "interest", CL_FIELD_UINT, G_STRUCT_OFFSET (ClApplication, interest),
    .maximum = 5, .message = N_ ("Rate your interest from 1 to 5, or leave it unrated.") },
  { "posted-level", "posted_level", CL_FIELD_STRING, G_STRUCT_OFFSET (ClApplication, posted_level),
    .flags = CL_FIELD_TRIM, .max_length = 100, .label = N_ ("The posted level") },
  { "target-level", "target_level", CL_FIELD_STRING, G_STRUCT_OFFSET (ClApplication, target_level),
    .flags = CL_FIELD_TRIM, .max_length = 100, .label = N_ ("The level you aim for") },
  { "career-fit", "career_fit", CL_FIELD_UINT, G_STRUCT_OFFSET (ClApplication, career_fit),
    .maximum = 5, .message = N_ ("Rate the career fit from 1 to 5, or leave it unrated.") },
  { "career-notes", "career_notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClApplication, career_notes),
    .flags = CL_FIELD_TRIM },
  { "gut-feeling", "gut_feeling", CL_FIELD_UINT, G_STRUCT_OFFSET (ClApplication, gut_feeling),
    .maximum = 5, .message = N_ ("Rate your gut feeling from 1 to 5, or leave it unrated.") },
  { "source", "source", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClApplication, source),
    .value_type = cl_application_source_get_type, .default_value = CL_APPLICATION_SOURCE_OTHER },
  { "job-url", "job_url", CL_FIELD_STRING, G_STRUCT_OFFSET (ClApplication, job_url),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_WEB_URL,
    .message = N_ ("The job posting address must start with https:// or http://, name a site "
                   "and hold no spaces, such as https://example.com/jobs/42.") },
  { "location", "location", CL_FIELD_STRING, G_STRUCT_OFFSET (ClApplication, location),
    .flags = CL_FIELD_TRIM, .max_length = 200, .label = N_ ("The location") },
  { "notes", "notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClApplication, notes) },
  { "salary-min", "salary_min", CL_FIELD_INT64, G_STRUCT_OFFSET (ClApplication, salary_min),
    .flags = CL_FIELD_OPTIONAL, .none = -1, .default_value = -1, .maximum = G_MAXINT64,
    .message = N_ ("The lowest salary cannot be negative.") },
  { "salary-max", "salary_max", CL_FIELD_INT64, G_STRUCT_OFFSET (ClApplication, salary_max),
    .flags = CL_FIELD_OPTIONAL, .none = -1, .default_value = -1, .maximum = G_MAXINT64,
    .message = N_ ("The highest salary cannot be negative.") },
  { "salary-currency", "salary_currency", CL_FIELD_STRING,
    G_STRUCT_OFFSET (ClApplication, salary_currency),
    .flags = CL_FIELD_TRIM | CL_FIELD_UPPER, .check = CL_CHECK_CURRENCY,
    .message = N_ ("The currency must be an ISO 4217 code such as USD, EUR or GBP.") },
  { "work-mode", "work_mode", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClApplication, work_mode),
    .flags = CL_FIELD_OPTIONAL, .none = CL_WORK_MODE_NONE, .value_type = cl_work_mode_get_type,
    .default_value = CL_WORK_MODE_NONE },
  { "documents-sent", "documents_sent", CL_FIELD_STRING,
    G_STRUCT_OFFSET (ClApplication, documents_sent),
    .flags = CL_FIELD_TRIM, .max_length = 2000, .label = N_ ("The list of documents sent") },
  /* Dates are the Unix time of the day's local midnight; 0 when not set. */
  { "deadline", "deadline", CL_FIELD_INT64, G_STRUCT_OFFSET (ClApplication, deadline),
    .flags = CL_FIELD_OPTIONAL, .none = 0 },
  { "applied-at", "applied_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClApplication, applied_at),
    .flags = CL_FIELD_OPTIONAL, .none = 0 },
  { "red-flag-notes", "red_flag_notes", CL_FIELD_STRING,
    G_STRUCT_OFFSET (ClApplication, red_flag_notes),
    .flags = CL_FIELD_TRIM, .max_length = 20000, .label = N_ ("The notes on red flags") },
  { "format-source-kind", "format_source_kind", CL_FIELD_ENUM,
    G_STRUCT_OFFSET (ClApplication, format_source_kind),
    .flags = CL_FIELD_OPTIONAL, .none = CL_FORMAT_SOURCE_NONE,
    .value_type = cl_format_source_get_type, .default_value = CL_FORMAT_SOURCE_NONE },
  { "format-source-url", "format_source_url", CL_FIELD_STRING,
    G_STRUCT_OFFSET (ClApplication, format_source_url),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_WEB_URL,
    .message = N_ ("The link to where the format was described must start with https:// or "
                   "http://, name a site and hold no spaces, such as https://example.com/guide.") },
  { "format-source-contact-id", "format_source_contact_id", CL_FIELD_INT64,
    G_STRUCT_OFFSET (ClApplication, format_source_contact_id),
    .flags = CL_FIELD_OPTIONAL, .none = 0, .maximum = G_MAXINT64,
    .message = N_ ("Choose the contact who described the format from your contacts.") },
  { "format-source-notes", "format_source_notes", CL_FIELD_STRING,
    G_STRUCT_OFFSET (ClApplication, format_source_notes),
    .flags = CL_FIELD_TRIM, .max_length = 2000, .label = N_ ("The notes on the format’s source") },
  { "created-at", "created_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClApplication, created_at),
    .flags = CL_FIELD_READ_ONLY },
  { "updated-at", "updated_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClApplication, updated_at),
    .flags = CL_FIELD_READ_ONLY },
  { "referral-status", NULL, CL_FIELD_ENUM, G_STRUCT_OFFSET (ClApplication, referral_status),
    .flags = CL_FIELD_READ_ONLY, .value_type = cl_referral_status_get_type },
  { "red-flag-count", NULL, CL_FIELD_UINT, G_STRUCT_OFFSET (ClApplication, red_flag_count),
    .flags = CL_FIELD_READ_ONLY },
  { "next-at", NULL, CL_FIELD_INT64, G_STRUCT_OFFSET (ClApplication, next_at),
    .flags = CL_FIELD_READ_ONLY },
  { "next-kind", NULL, CL_FIELD_ENUM, G_STRUCT_OFFSET (ClApplication, next_kind),
    .flags = CL_FIELD_READ_ONLY, .value_type = cl_next_kind_get_type },
  { "next-detail", NULL, CL_FIELD_STRING, G_STRUCT_OFFSET (ClApplication, next_detail),
    .flags = CL_FIELD_READ_ONLY },
  { "contact-names", NULL, CL_FIELD_STRING, G_STRUCT_OFFSET (ClApplication, contact_names),
    .flags = CL_FIELD_READ_ONLY },
};

static void
forget_search_text (ClApplication *self)
{
  g_clear_pointer (&self->search_text, g_free);
}

static void
cl_application_field_changed (ClModel       *model,
                              const ClField *field)
{
  ClApplication *self = CL_APPLICATION (model);

  if (g_str_equal (field->name, "company"))
    {
      /* A renamed company changes what a search finds. */
      if (self->watched_company != NULL)
        g_signal_handlers_disconnect_by_func (self->watched_company, forget_search_text, self);
      g_set_object (&self->watched_company, self->company);
      if (self->company != NULL)
        g_signal_connect_swapped (self->company, "notify::name", G_CALLBACK (forget_search_text),
                                  self);
      forget_search_text (self);
    }
  else if (g_str_equal (field->name, "role") || g_str_equal (field->name, "notes") ||
           g_str_equal (field->name, "contact-names"))
    forget_search_text (self);
}

static void
cl_application_validate (ClModel   *model,
                         GPtrArray *problems)
{
  ClApplication *self = CL_APPLICATION (model);
  const char    *company[] = { "company", NULL };
  const char    *salary[] = { "salary-min", "salary-max", NULL };

  /* The company's own problems are the application's "company" field's. */
  if (self->company == NULL)
    g_ptr_array_add (problems, cl_validation_error_new (CL_VALIDATION_ERROR_REQUIRED, company,
                                                        _ ("Enter the company’s name.")));
  else
    {
      g_autoptr(GPtrArray) company_problems = cl_model_validate_all (CL_MODEL (self->company));

      for (guint i = 0; i < company_problems->len; i++)
        {
          const GError *problem = g_ptr_array_index (company_problems, i);

          g_ptr_array_add (problems,
                           cl_validation_error_new (problem->code, company, problem->message));
        }
    }

  if (self->format_source_contact_id != 0 && self->format_source_kind != CL_FORMAT_SOURCE_CONTACT)
    {
      const char *source[] = { "format-source-kind", "format-source-contact-id", NULL };

      g_ptr_array_add (
        problems, cl_validation_error_new (CL_VALIDATION_ERROR_INCONSISTENT, source,
                                           _ ("Choose “A contact” as where the format came "
                                              "from to link a contact.")));
    }

  if (self->salary_min >= 0 && self->salary_max >= 0 && self->salary_min > self->salary_max)
    g_ptr_array_add (
      problems,
      cl_validation_error_new (CL_VALIDATION_ERROR_INCONSISTENT, salary,
                               _ ("The lowest salary of the posted range is above the highest.")));
}

static void
cl_application_finalize (GObject *object)
{
  ClApplication *self = CL_APPLICATION (object);

  if (self->watched_company != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_company, forget_search_text, self);
  g_clear_object (&self->watched_company);
  forget_search_text (self);

  G_OBJECT_CLASS (cl_application_parent_class)->finalize (object);
}

static void
cl_application_class_init (ClApplicationClass *klass)
{
  ClModelClass *model_class = CL_MODEL_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = cl_application_finalize;
  model_class->validate = cl_application_validate;
  model_class->field_changed = cl_application_field_changed;
  cl_model_class_set_fields (model_class, "applications", fields, G_N_ELEMENTS (fields));
}

static void
cl_application_init (ClApplication *self)
{
}

ClApplication *
cl_application_new (const char *company,
                    const char *role)
{
  ClApplication *self = g_object_new (CL_TYPE_APPLICATION, "role", role, NULL);
  g_autoptr(ClCompany) employer = cl_company_new (company);

  cl_model_set_object (CL_MODEL (self), "company", employer);
  return self;
}

ClApplication *
cl_application_copy (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);

  return CL_MODEL_COPY (self, ClApplication);
}

ClCompany *
cl_application_get_company (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);

  return self->company;
}

const char *
cl_application_get_company_name (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);

  return self->company != NULL ? cl_company_get_name (self->company) : NULL;
}

ClCompanyType
cl_application_get_company_type (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), CL_COMPANY_TYPE_UNKNOWN);

  return self->company != NULL ? cl_company_get_company_type (self->company)
                               : CL_COMPANY_TYPE_UNKNOWN;
}

gint64
cl_application_get_id (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->id;
}
const char *
cl_application_get_role (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->role;
}
gint64
cl_application_get_stage_id (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->stage_id;
}
guint
cl_application_get_position (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->position;
}
guint
cl_application_get_interest (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->interest;
}
const char *
cl_application_get_posted_level (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->posted_level;
}
const char *
cl_application_get_target_level (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->target_level;
}
guint
cl_application_get_career_fit (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->career_fit;
}
const char *
cl_application_get_career_notes (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->career_notes;
}
guint
cl_application_get_gut_feeling (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->gut_feeling;
}
ClApplicationSource
cl_application_get_source (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->source;
}
const char *
cl_application_get_job_url (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->job_url;
}
const char *
cl_application_get_location (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->location;
}
const char *
cl_application_get_notes (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->notes;
}
gint64
cl_application_get_salary_min (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), -1);
  return self->salary_min;
}
gint64
cl_application_get_salary_max (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), -1);
  return self->salary_max;
}
const char *
cl_application_get_salary_currency (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->salary_currency;
}
gint64
cl_application_get_created_at (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->created_at;
}
gint64
cl_application_get_updated_at (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->updated_at;
}

ClReferralStatus
cl_application_get_referral_status (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->referral_status;
}
guint
cl_application_get_red_flag_count (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->red_flag_count;
}
gint64
cl_application_get_next_at (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->next_at;
}
ClNextKind
cl_application_get_next_kind (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->next_kind;
}
const char *
cl_application_get_next_detail (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->next_detail;
}
const char *
cl_application_get_contact_names (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->contact_names;
}

const char *
cl_application_get_search_text (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);

  if (self->search_text == NULL)
    {
      const char      *company = cl_application_get_company_name (self);
      g_autofree char *joined = g_strjoin ("\n",
                                           company != NULL ? company : "",
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
cl_application_compare (ClApplication *a,
                        ClApplication *b,
                        ClPipelineSort sort)
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

ClWorkMode
cl_application_get_work_mode (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), CL_WORK_MODE_NONE);
  return self->work_mode;
}

const char *
cl_application_get_documents_sent (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->documents_sent;
}

gint64
cl_application_get_deadline (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->deadline;
}

gint64
cl_application_get_applied_at (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->applied_at;
}

const char *
cl_application_get_red_flag_notes (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->red_flag_notes;
}

ClFormatSource
cl_application_get_format_source_kind (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), CL_FORMAT_SOURCE_NONE);
  return self->format_source_kind;
}

const char *
cl_application_get_format_source_url (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->format_source_url;
}

gint64
cl_application_get_format_source_contact_id (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), 0);
  return self->format_source_contact_id;
}

const char *
cl_application_get_format_source_notes (ClApplication *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION (self), NULL);
  return self->format_source_notes;
}
