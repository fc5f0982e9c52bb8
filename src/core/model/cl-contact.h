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

gint64         cl_contact_get_id             (ClContact   *self);
const char    *cl_contact_get_name           (ClContact   *self);
ClCompany     *cl_contact_get_company        (ClContact   *self);
const char    *cl_contact_get_company_name   (ClContact   *self);
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

/* clang-format on */
G_END_DECLS
