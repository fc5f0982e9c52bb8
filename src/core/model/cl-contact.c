/* cl-contact.c — a person met during the search
 *
 * The object mirrors a row of `contacts`, with its company (if any) shared.
 * Views edit a copy and hand it to ClContactStore.  Optional numbers use 0
 * for "none".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-contact.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-validation.h"

struct _ClContact
{
  ClModel       parent_instance;

  gint64        id;
  char         *name;
  ClCompany    *company;
  char         *title;
  ClContactRole role;
  char         *how_met;
  char         *email;
  char         *phone;
  char         *linkedin_url;
  char         *portfolio_url;
  char         *notes;
  guint         cadence_days;
  gint64        last_contacted;
  gint64        next_follow_up;
  gint64        created_at;
  gint64        updated_at;
};

G_DEFINE_FINAL_TYPE (ClContact, cl_contact, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClContact, id),
  { "name", "name", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, name),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM, .max_length = 200, .label = N_ ("The name"),
    .message = N_ ("Enter the contact’s name.") },
  { "company", NULL, CL_FIELD_OBJECT, G_STRUCT_OFFSET (ClContact, company),
    .flags = CL_FIELD_READ_ONLY, .value_type = cl_company_get_type },
  { "title", "title", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, title), .flags = CL_FIELD_TRIM,
    .max_length = 200, .label = N_ ("The title") },
  { "role", "role", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClContact, role),
    .value_type = cl_contact_role_get_type, .default_value = CL_CONTACT_ROLE_OTHER },
  { "how-met", "how_met", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, how_met),
    .flags = CL_FIELD_TRIM },
  { "email", "email", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, email), .flags = CL_FIELD_TRIM,
    .check = CL_CHECK_EMAIL,
    .message =
      N_ ("“%s” is not an email address. Write it as name@example.com, or leave it empty.") },
  { "phone", "phone", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, phone), .flags = CL_FIELD_TRIM,
    .max_length = 50, .label = N_ ("The phone number") },
  { "linkedin-url", "linkedin_url", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, linkedin_url),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_WEB_URL,
    .message = N_ ("The LinkedIn address must start with https:// or http://, name a site and "
                   "hold no spaces, such as https://www.linkedin.com/in/name.") },
  { "portfolio-url", "portfolio_url", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, portfolio_url),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_WEB_URL,
    .message = N_ ("The portfolio address must start with https:// or http://, name a site and "
                   "hold no spaces, such as https://example.com.") },
  { "notes", "notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, notes) },
  /* Ten years: a longer cadence is a typing mistake. */
  { "cadence-days", "cadence_days", CL_FIELD_UINT, G_STRUCT_OFFSET (ClContact, cadence_days),
    .flags = CL_FIELD_OPTIONAL, .none = 0, .maximum = 3650,
    .message = N_ ("Choose a stay-in-touch cadence of at most 3650 days, or none.") },
  { "last-contacted", "last_contacted", CL_FIELD_INT64, G_STRUCT_OFFSET (ClContact, last_contacted),
    .flags = CL_FIELD_OPTIONAL, .none = 0 },
  { "next-follow-up", "next_follow_up", CL_FIELD_INT64, G_STRUCT_OFFSET (ClContact, next_follow_up),
    .flags = CL_FIELD_OPTIONAL, .none = 0 },
  { "created-at", "created_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClContact, created_at),
    .flags = CL_FIELD_READ_ONLY },
  { "updated-at", "updated_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClContact, updated_at),
    .flags = CL_FIELD_READ_ONLY },
};

static void
cl_contact_validate (ClModel   *model,
                     GPtrArray *problems)
{
  ClContact  *self = CL_CONTACT (model);
  const char *company[] = { "company", NULL };
  g_autoptr(GPtrArray) company_problems = NULL;

  if (self->company == NULL)
    return;

  /* The company's own problems are the contact's "company" field's. */
  company_problems = cl_model_validate_all (CL_MODEL (self->company));
  for (guint i = 0; i < company_problems->len; i++)
    {
      const GError *problem = g_ptr_array_index (company_problems, i);

      g_ptr_array_add (problems,
                       cl_validation_error_new (problem->code, company, problem->message));
    }
}

static void
cl_contact_class_init (ClContactClass *klass)
{
  CL_MODEL_CLASS (klass)->validate = cl_contact_validate;
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "contacts", fields, G_N_ELEMENTS (fields));
}

static void
cl_contact_init (ClContact *self)
{
}

ClContact *
cl_contact_new (const char *name)
{
  return g_object_new (CL_TYPE_CONTACT, "name", name, NULL);
}

ClContact *
cl_contact_copy (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);

  return CL_MODEL_COPY (self, ClContact);
}

void
cl_contact_set_company_name (ClContact  *self,
                             const char *name)
{
  g_autoptr(ClCompany) company = NULL;

  g_return_if_fail (CL_IS_CONTACT (self));

  if (!cl_model_is_blank (name))
    {
      /* Keep the company when only the spelling of its name changes. */
      company =
        self->company != NULL ? CL_MODEL_COPY (self->company, ClCompany) : cl_company_new (NULL);
      g_object_set (company, "name", name, NULL);
    }
  cl_model_set_object (CL_MODEL (self), "company", company);
}

const char *
cl_contact_get_company_name (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);

  return self->company != NULL ? cl_company_get_name (self->company) : NULL;
}

gint64
cl_contact_get_id (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), 0);
  return self->id;
}
const char *
cl_contact_get_name (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->name;
}
ClCompany *
cl_contact_get_company (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->company;
}
const char *
cl_contact_get_title (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->title;
}
ClContactRole
cl_contact_get_role (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), 0);
  return self->role;
}
const char *
cl_contact_get_how_met (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->how_met;
}
const char *
cl_contact_get_email (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->email;
}
const char *
cl_contact_get_phone (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->phone;
}
const char *
cl_contact_get_linkedin_url (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->linkedin_url;
}
const char *
cl_contact_get_portfolio_url (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->portfolio_url;
}
const char *
cl_contact_get_notes (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->notes;
}
guint
cl_contact_get_cadence_days (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), 0);
  return self->cadence_days;
}
gint64
cl_contact_get_last_contacted (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), 0);
  return self->last_contacted;
}
gint64
cl_contact_get_next_follow_up (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), 0);
  return self->next_follow_up;
}
gint64
cl_contact_get_created_at (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), 0);
  return self->created_at;
}
gint64
cl_contact_get_updated_at (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), 0);
  return self->updated_at;
}
