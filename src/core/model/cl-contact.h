/* cl-contact.h — a person met during the search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-company.h"
#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CONTACT (cl_contact_get_type ())
G_DECLARE_FINAL_TYPE (ClContact, cl_contact, CL, CONTACT, ClModel)

/* A new, unsaved contact (id 0); ClContactStore saves it. */
ClContact     *cl_contact_new                (const char  *name);
/* An edited copy, for cl_contact_store_update_contact(). */
ClContact     *cl_contact_copy               (ClContact   *self);
/* On a copy or a new contact: works at the company of that name (NULL or
 * blank: none).  The store links it to the saved company of that name, or
 * adds one. */
void           cl_contact_set_company_name   (ClContact   *self,
                                              const char  *name);
/* On a new contact: the UID of the vCard it comes from (kept for good once
 * saved; NULL: the store gives one). */
void           cl_contact_set_vcard_uid      (ClContact   *self,
                                              const char  *uid);

gint64         cl_contact_get_id             (ClContact   *self);
const char    *cl_contact_get_name           (ClContact   *self);
ClCompany     *cl_contact_get_company        (ClContact   *self);
const char    *cl_contact_get_company_name   (ClContact   *self);
const char    *cl_contact_get_title          (ClContact   *self);
/* A bit set of CL_CONTACT_ROLE_BIT (role). */
guint          cl_contact_get_roles          (ClContact   *self);
gboolean       cl_contact_has_role           (ClContact   *self,
                                              ClContactRole role);
const char    *cl_contact_get_how_met        (ClContact   *self);
/* The event where the user met them; 0 when none. */
gint64         cl_contact_get_met_event_id   (ClContact   *self);
/* Emails and phone numbers as "label\taddress" lines (the "emails" and
 * "phones" properties): see cl_contact_values_parse(). */
const char    *cl_contact_get_emails         (ClContact   *self);
const char    *cl_contact_get_phones         (ClContact   *self);
char          *cl_contact_dup_first_email    (ClContact   *self);
/* Tags separated by commas (the "tags" property). */
const char    *cl_contact_get_tags           (ClContact   *self);
const char    *cl_contact_get_linkedin_url   (ClContact   *self);
const char    *cl_contact_get_portfolio_url  (ClContact   *self);
const char    *cl_contact_get_github_url     (ClContact   *self);
const char    *cl_contact_get_notes          (ClContact   *self);
/* The UID of its vCard: the one it was imported with, or one given when it
 * was added. */
const char    *cl_contact_get_vcard_uid      (ClContact   *self);
gint64         cl_contact_get_snoozed_until  (ClContact   *self);
/* Days between two contacts to stay in touch; 0 when there is no cadence. */
guint          cl_contact_get_cadence_days   (ClContact   *self);
/* Unix times; 0 when not known / not planned.  The last contact is the
 * newest interaction's time. */
gint64         cl_contact_get_last_contacted (ClContact   *self);
gint64         cl_contact_get_next_follow_up (ClContact   *self);
gint64         cl_contact_get_created_at     (ClContact   *self);
gint64         cl_contact_get_updated_at     (ClContact   *self);

/* An email address or a phone number with its label. */
typedef struct
{
  ClContactLabel label;
  char          *value;
} ClContactValue;

ClContactValue *cl_contact_value_new         (ClContactLabel  label,
                                              const char     *value);
void           cl_contact_value_free         (ClContactValue *value);
/* The values of an "emails" or "phones" text (ClContactValue), blank ones
 * left out; an unknown label is "other". */
GPtrArray     *cl_contact_values_parse       (const char     *text);
/* The text of @values (NULL when none), for the "emails" or "phones" property. */
char          *cl_contact_values_format      (GPtrArray      *values);
/* The tags of a "tags" text, trimmed, each once whatever its case. */
GStrv          cl_contact_tags_parse         (const char     *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClContactValue, cl_contact_value_free)

/* clang-format on */
G_END_DECLS
