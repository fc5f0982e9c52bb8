/* cl-contact-interactions.h — the times the user and a contact were in touch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CONTACT_INTERACTIONS (cl_contact_interactions_get_type ())
G_DECLARE_FINAL_TYPE (ClContactInteractions, cl_contact_interactions, CL, CONTACT_INTERACTIONS,
                      AdwPreferencesGroup)

GtkWidget *cl_contact_interactions_new         (void);
/* Lists the interactions of @contact (the store's; NULL: none), newest
 * first, read and saved through @context, and follows every committed
 * change to them. */
void       cl_contact_interactions_set_contact (ClContactInteractions *self,
                                                ClContext             *context,
                                                ClContact             *contact);

/* clang-format on */
G_END_DECLS
