/* cl-contact-referrals.h — a contact's referrals, and the rounds they interviewed in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CONTACT_REFERRALS (cl_contact_referrals_get_type ())
G_DECLARE_FINAL_TYPE (ClContactReferrals, cl_contact_referrals, CL, CONTACT_REFERRALS, AdwBin)

GtkWidget *cl_contact_referrals_new         (void);
/* Shows the links of @contact (the store's; NULL: none), read and saved
 * through @context, and follows every committed change to them. */
void       cl_contact_referrals_set_contact (ClContactReferrals *self,
                                             ClContext          *context,
                                             ClContact          *contact);

/* clang-format on */
G_END_DECLS
