/* cl-contact-delete.h — "Delete this contact?", and where its referrals go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

/* Asks, over the window of @parent, whether to delete @contact, saying what
 * goes with it.  When it gives referrals, interviewed in rounds or held
 * practice sessions, it asks whether to move those to another contact
 * (chosen next from a searchable list) or delete them too.  Failures show
 * as a toast on @parent's toast overlay.  Returns the dialog shown. */
AdwMessageDialog *cl_contact_delete_ask (GtkWidget *parent,
                                         ClContext *context,
                                         ClContact *contact);

/* clang-format on */
G_END_DECLS
