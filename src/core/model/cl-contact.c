/* cl-contact.c — a person met during the search
 *
 * The object mirrors a row of `contacts` (joined with its company).  Views
 * may set properties for editing; nothing is saved until ClContactStore is
 * asked to.  Optional numbers use 0 for "none".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-contact.h"
#include "cl-database.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"

/* Ten years: a longer cadence is a typing mistake. */
#define MAX_CADENCE_DAYS 3650

struct _ClContact
{
  GObject        parent_instance;

  gint64         id;
  char          *name;
  char          *company;
  char          *title;
  ClContactRole  role;
  char          *how_met;
  char          *email;
  char          *phone;
  char          *linkedin_url;
  char          *portfolio_url;
  char          *notes;
  guint          cadence_days;
  gint64         last_contacted;
  gint64         next_follow_up;
  gint64         created_at;
  gint64         updated_at;
};

G_DEFINE_FINAL_TYPE (ClContact, cl_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_COMPANY,
  PROP_TITLE,
  PROP_ROLE,
  PROP_HOW_MET,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_LINKEDIN_URL,
  PROP_PORTFOLIO_URL,
  PROP_NOTES,
  PROP_CADENCE_DAYS,
  PROP_LAST_CONTACTED,
  PROP_NEXT_FOLLOW_UP,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cl_contact_finalize (GObject *object)
{
  ClContact *self = (ClContact *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->company, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->how_met, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->linkedin_url, g_free);
  g_clear_pointer (&self->portfolio_url, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (cl_contact_parent_class)->finalize (object);
}

static gpointer
field_address (ClContact *self,
               guint      prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_NAME: return &self->name;
    case PROP_COMPANY: return &self->company;
    case PROP_TITLE: return &self->title;
    case PROP_ROLE: return &self->role;
    case PROP_HOW_MET: return &self->how_met;
    case PROP_EMAIL: return &self->email;
    case PROP_PHONE: return &self->phone;
    case PROP_LINKEDIN_URL: return &self->linkedin_url;
    case PROP_PORTFOLIO_URL: return &self->portfolio_url;
    case PROP_NOTES: return &self->notes;
    case PROP_CADENCE_DAYS: return &self->cadence_days;
    case PROP_LAST_CONTACTED: return &self->last_contacted;
    case PROP_NEXT_FOLLOW_UP: return &self->next_follow_up;
    case PROP_CREATED_AT: return &self->created_at;
    case PROP_UPDATED_AT: return &self->updated_at;
    default: return NULL;
    }
}

static void
cl_contact_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  gpointer field = field_address (CL_CONTACT (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  cl_model_get_field (field, value, pspec);
}

static void
cl_contact_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  gpointer field = field_address (CL_CONTACT (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (cl_model_set_field (field, value, pspec))
    g_object_notify_by_pspec (object, pspec);
}

static void
cl_contact_class_init (ClContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cl_contact_finalize;
  object_class->get_property = cl_contact_get_property;
  object_class->set_property = cl_contact_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, CL_TYPE_CONTACT_ROLE, CL_CONTACT_ROLE_OTHER, flags);
  properties[PROP_HOW_MET] = g_param_spec_string ("how-met", NULL, NULL, NULL, flags);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, NULL, flags);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, NULL, flags);
  properties[PROP_LINKEDIN_URL] = g_param_spec_string ("linkedin-url", NULL, NULL, NULL, flags);
  properties[PROP_PORTFOLIO_URL] = g_param_spec_string ("portfolio-url", NULL, NULL, NULL, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_CADENCE_DAYS] = g_param_spec_uint ("cadence-days", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_LAST_CONTACTED] =
    g_param_spec_int64 ("last-contacted", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NEXT_FOLLOW_UP] =
    g_param_spec_int64 ("next-follow-up", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CREATED_AT] = g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UPDATED_AT] = g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_contact_init (ClContact *self)
{
  self->role = CL_CONTACT_ROLE_OTHER;
}

ClContact *
cl_contact_new (const char *name)
{
  return g_object_new (CL_TYPE_CONTACT, "name", name, NULL);
}

gint64 cl_contact_get_id (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), 0); return self->id; }
const char *cl_contact_get_name (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), NULL); return self->name; }
const char *cl_contact_get_company (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), NULL); return self->company; }
const char *cl_contact_get_title (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), NULL); return self->title; }
ClContactRole cl_contact_get_role (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), 0); return self->role; }
const char *cl_contact_get_how_met (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), NULL); return self->how_met; }
const char *cl_contact_get_email (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), NULL); return self->email; }
const char *cl_contact_get_phone (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), NULL); return self->phone; }
const char *cl_contact_get_linkedin_url (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), NULL); return self->linkedin_url; }
const char *cl_contact_get_portfolio_url (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), NULL); return self->portfolio_url; }
const char *cl_contact_get_notes (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), NULL); return self->notes; }
guint cl_contact_get_cadence_days (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), 0); return self->cadence_days; }
gint64 cl_contact_get_last_contacted (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), 0); return self->last_contacted; }
gint64 cl_contact_get_next_follow_up (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), 0); return self->next_follow_up; }
gint64 cl_contact_get_created_at (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), 0); return self->created_at; }
gint64 cl_contact_get_updated_at (ClContact *self) { g_return_val_if_fail (CL_IS_CONTACT (self), 0); return self->updated_at; }

gboolean
cl_contact_validate (ClContact  *self,
                     GError    **error)
{
  g_return_val_if_fail (CL_IS_CONTACT (self), FALSE);

  if (cl_model_is_blank (self->name))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("Enter the contact’s name."));
      return FALSE;
    }
  if (g_utf8_strlen (self->name, -1) > 200 ||
      (self->company != NULL && g_utf8_strlen (self->company, -1) > 200))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("Name and company must be at most 200 characters long."));
      return FALSE;
    }
  if (self->cadence_days > MAX_CADENCE_DAYS)
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                   _("Choose a stay-in-touch cadence of at most %d days, or none."), MAX_CADENCE_DAYS);
      return FALSE;
    }
  if (self->email != NULL && !cl_model_is_email (self->email))
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                   _("“%s” is not an email address. Write it as name@example.com, or leave it empty."),
                   self->email);
      return FALSE;
    }
  if (self->linkedin_url != NULL && !cl_model_is_web_url (self->linkedin_url))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("The LinkedIn address must start with https:// or http://."));
      return FALSE;
    }
  if (self->portfolio_url != NULL && !cl_model_is_web_url (self->portfolio_url))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("The portfolio address must start with https:// or http://."));
      return FALSE;
    }

  return TRUE;
}
