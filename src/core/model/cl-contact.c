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
#include <string.h>

#include "cl-contact.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-validation.h"

struct _ClContact
{
  ClModel    parent_instance;

  gint64     id;
  char      *name;
  ClCompany *company;
  char      *title;
  guint      roles;
  char      *how_met;
  gint64     met_event_id;
  char      *emails; /* "label\taddress" lines, see cl_contact_values_parse() */
  char      *phones;
  char      *tags; /* "tag, tag" */
  char      *linkedin_url;
  char      *portfolio_url;
  char      *github_url;
  char      *notes;
  char      *vcard_uid;
  guint      cadence_days;
  gint64     last_contacted;
  gint64     next_follow_up;
  gint64     snoozed_until;
  gint64     created_at;
  gint64     updated_at;
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
  /* A bit set of ClContactRole (CL_CONTACT_ROLE_BIT). */
  { "roles", "roles", CL_FIELD_UINT, G_STRUCT_OFFSET (ClContact, roles),
    .maximum = CL_CONTACT_ROLES_ALL, .message = N_ ("Choose roles from the list.") },
  { "how-met", "how_met", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, how_met),
    .flags = CL_FIELD_TRIM, .max_length = 500, .label = N_ ("How you met") },
  { "met-event-id", "met_event_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClContact, met_event_id),
    .flags = CL_FIELD_OPTIONAL, .none = 0, .maximum = G_MAXINT64 },
  /* Kept in contact_emails, contact_phones and contact_tags by the store. */
  { "emails", NULL, CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, emails) },
  { "phones", NULL, CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, phones) },
  { "tags", NULL, CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, tags) },
  { "linkedin-url", "linkedin_url", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, linkedin_url),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_WEB_URL,
    .message = N_ ("The LinkedIn address must start with https:// or http://, name a site and "
                   "hold no spaces, such as https://www.linkedin.com/in/name.") },
  { "portfolio-url", "portfolio_url", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, portfolio_url),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_WEB_URL,
    .message = N_ ("The portfolio address must start with https:// or http://, name a site and "
                   "hold no spaces, such as https://example.com.") },
  { "github-url", "github_url", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, github_url),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_WEB_URL,
    .message = N_ ("The GitHub address must start with https:// or http://, name a site and "
                   "hold no spaces, such as https://github.com/name.") },
  { "notes", "notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, notes) },
  /* Given once, when the contact is added (from its vCard, or made up). */
  { "vcard-uid", "vcard_uid", CL_FIELD_STRING, G_STRUCT_OFFSET (ClContact, vcard_uid),
    .flags = CL_FIELD_INSERT | CL_FIELD_TRIM, .max_length = 500,
    .label = N_ ("The vCard UID") },
  /* Ten years: a longer cadence is a typing mistake. */
  { "cadence-days", "cadence_days", CL_FIELD_UINT, G_STRUCT_OFFSET (ClContact, cadence_days),
    .flags = CL_FIELD_OPTIONAL, .none = 0, .maximum = 3650,
    .message = N_ ("Choose a stay-in-touch cadence of at most 3650 days, or none.") },
  { "next-follow-up", "next_follow_up", CL_FIELD_INT64, G_STRUCT_OFFSET (ClContact, next_follow_up),
    .flags = CL_FIELD_OPTIONAL, .none = 0 },
  /* Store-owned: the follow-up's snooze, and the newest interaction's time
   * (kept by the database's triggers). */
  { "snoozed-until", "snoozed_until", CL_FIELD_INT64, G_STRUCT_OFFSET (ClContact, snoozed_until),
    .flags = CL_FIELD_OPTIONAL | CL_FIELD_READ_ONLY, .none = 0 },
  { "last-contacted", "last_contacted", CL_FIELD_INT64, G_STRUCT_OFFSET (ClContact, last_contacted),
    .flags = CL_FIELD_OPTIONAL | CL_FIELD_READ_ONLY, .none = 0 },
  { "created-at", "created_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClContact, created_at),
    .flags = CL_FIELD_READ_ONLY },
  { "updated-at", "updated_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClContact, updated_at),
    .flags = CL_FIELD_READ_ONLY },
};

void
cl_contact_value_free (ClContactValue *value)
{
  if (value == NULL)
    return;
  g_free (value->value);
  g_free (value);
}

ClContactValue *
cl_contact_value_new (ClContactLabel label,
                      const char    *value)
{
  ClContactValue *self = g_new0 (ClContactValue, 1);

  self->label = label;
  self->value = g_strdup (value);
  return self;
}

static const char *
label_nick (ClContactLabel label)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CL_TYPE_CONTACT_LABEL);
  GEnumValue *value = g_enum_get_value (klass, label);

  return value != NULL ? value->value_nick : "other";
}

GPtrArray *
cl_contact_values_parse (const char *text)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CL_TYPE_CONTACT_LABEL);
  GPtrArray *values = g_ptr_array_new_with_free_func ((GDestroyNotify) cl_contact_value_free);
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char            *tab = strchr (lines[i], '\t');
      GEnumValue      *nick = NULL;
      g_autofree char *value = NULL;

      if (tab != NULL)
        {
          *tab = '\0';
          nick = g_enum_get_value_by_nick (klass, lines[i]);
        }
      value = g_strstrip (g_strdup (tab != NULL ? tab + 1 : lines[i]));
      if (*value == '\0')
        continue;
      g_ptr_array_add (values, cl_contact_value_new (nick != NULL ? (ClContactLabel) nick->value
                                                                  : CL_CONTACT_LABEL_OTHER,
                                                     value));
    }
  return values;
}

char *
cl_contact_values_format (GPtrArray *values)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; values != NULL && i < values->len; i++)
    {
      ClContactValue  *value = g_ptr_array_index (values, i);
      g_autofree char *stripped = g_strstrip (g_strdup (value->value != NULL ? value->value : ""));

      if (*stripped == '\0')
        continue;
      /* A value holds no line break or tab: they would end it. */
      g_strdelimit (stripped, "\t\n\r", ' ');
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s\t%s", label_nick (value->label), stripped);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

GStrv
cl_contact_tags_parse (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char            *tag = g_strstrip (parts[i]);
      g_autofree char *folded = NULL;

      if (*tag == '\0')
        continue;
      /* Tags are one whatever their case, as contact_tags.tag is NOCASE. */
      folded = g_utf8_casefold (tag, -1);
      if (g_hash_table_contains (seen, folded))
        continue;
      g_hash_table_add (seen, g_steal_pointer (&folded));
      g_strv_builder_add (builder, tag);
    }
  return g_strv_builder_end (builder);
}

static void
add_problem (GPtrArray  *problems,
             const char *field,
             int         code,
             char       *message)
{
  const char *names[] = { field, NULL };

  g_ptr_array_add (problems, cl_validation_error_new (code, names, message));
  g_free (message);
}

static void
validate_lists (ClContact *self,
                GPtrArray *problems)
{
  g_autoptr(GPtrArray) emails = cl_contact_values_parse (self->emails);
  g_autoptr(GPtrArray) phones = cl_contact_values_parse (self->phones);
  g_auto(GStrv) tags = cl_contact_tags_parse (self->tags);

  for (guint i = 0; i < emails->len; i++)
    {
      ClContactValue *email = g_ptr_array_index (emails, i);

      if (!cl_model_is_email (email->value) || strlen (email->value) > 254)
        {
          add_problem (problems, "emails", CL_VALIDATION_ERROR_FORMAT,
                       g_strdup_printf (_ ("“%s” is not an email address. Write it as "
                                           "name@example.com."),
                                        email->value));
          break;
        }
    }
  for (guint i = 0; i < phones->len; i++)
    {
      ClContactValue *phone = g_ptr_array_index (phones, i);

      if (g_utf8_strlen (phone->value, -1) > 50 || !g_utf8_validate (phone->value, -1, NULL))
        {
          add_problem (problems, "phones", CL_VALIDATION_ERROR_TOO_LONG,
                       g_strdup_printf (_ ("The phone number “%.20s…” is too long: a number can "
                                           "be at most 50 characters long."),
                                        phone->value));
          break;
        }
    }
  for (guint i = 0; tags[i] != NULL; i++)
    if (g_utf8_strlen (tags[i], -1) > 50)
      {
        add_problem (problems, "tags", CL_VALIDATION_ERROR_TOO_LONG,
                     g_strdup_printf (_ ("The tag “%.20s…” is too long: a tag can be at most 50 "
                                         "characters long."),
                                      tags[i]));
        break;
      }
}

static void
cl_contact_validate (ClModel   *model,
                     GPtrArray *problems)
{
  ClContact  *self = CL_CONTACT (model);
  const char *company[] = { "company", NULL };
  g_autoptr(GPtrArray) company_problems = NULL;

  validate_lists (self, problems);
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
guint
cl_contact_get_roles (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), 0);
  return self->roles;
}
gboolean
cl_contact_has_role (ClContact    *self,
                     ClContactRole role)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), FALSE);
  return (self->roles & CL_CONTACT_ROLE_BIT (role)) != 0;
}
const char *
cl_contact_get_how_met (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->how_met;
}
gint64
cl_contact_get_met_event_id (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), 0);
  return self->met_event_id;
}
const char *
cl_contact_get_emails (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->emails;
}
const char *
cl_contact_get_phones (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->phones;
}
const char *
cl_contact_get_tags (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->tags;
}
char *
cl_contact_dup_first_email (ClContact *self)
{
  g_autoptr(GPtrArray) emails = NULL;

  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  emails = cl_contact_values_parse (self->emails);
  return emails->len > 0 ? g_strdup (((ClContactValue *) emails->pdata[0])->value) : NULL;
}
const char *
cl_contact_get_github_url (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->github_url;
}
void
cl_contact_set_vcard_uid (ClContact  *self,
                          const char *uid)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (CL_IS_CONTACT (self));
  g_return_if_fail (self->id == 0);

  g_value_set_string (g_value_init (&value, G_TYPE_STRING), uid);
  cl_model_set_value (CL_MODEL (self), "vcard-uid", &value);
}

const char *
cl_contact_get_vcard_uid (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), NULL);
  return self->vcard_uid;
}
gint64
cl_contact_get_snoozed_until (ClContact *self)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), 0);
  return self->snoozed_until;
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
