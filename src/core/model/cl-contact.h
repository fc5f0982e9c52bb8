/* cl-contact.h — a person met during the search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cl-enums.h"

G_BEGIN_DECLS

#define CL_TYPE_CONTACT (cl_contact_get_type ())
G_DECLARE_FINAL_TYPE (ClContact, cl_contact, CL, CONTACT, GObject)

/* A new, unsaved contact (id 0); ClContactStore saves it. */
ClContact     *cl_contact_new                (const char  *name);

gint64         cl_contact_get_id             (ClContact   *self);
const char    *cl_contact_get_name           (ClContact   *self);
const char    *cl_contact_get_company        (ClContact   *self);
const char    *cl_contact_get_title          (ClContact   *self);
ClContactRole  cl_contact_get_role           (ClContact   *self);
const char    *cl_contact_get_how_met        (ClContact   *self);
const char    *cl_contact_get_email          (ClContact   *self);
const char    *cl_contact_get_phone          (ClContact   *self);
const char    *cl_contact_get_linkedin_url   (ClContact   *self);
const char    *cl_contact_get_portfolio_url  (ClContact   *self);
const char    *cl_contact_get_notes          (ClContact   *self);
/* Days between two contacts to stay in touch; 0 when there is no cadence. */
guint          cl_contact_get_cadence_days   (ClContact   *self);
/* Unix times; 0 when not known / not planned. */
gint64         cl_contact_get_last_contacted (ClContact   *self);
gint64         cl_contact_get_next_follow_up (ClContact   *self);
gint64         cl_contact_get_created_at     (ClContact   *self);
gint64         cl_contact_get_updated_at     (ClContact   *self);

/* Validates the fields a user types; FALSE with CL_DATABASE_ERROR_INVALID and a
 * message naming the field. */
gboolean       cl_contact_validate           (ClContact   *self,
                                              GError     **error);

G_END_DECLS
