/* cl-contact-store.h — the people of the search, as a list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cl-clock.h"
#include "cl-contact.h"
#include "cl-database.h"

G_BEGIN_DECLS

#define CL_TYPE_CONTACT_STORE (cl_contact_store_get_type ())
G_DECLARE_FINAL_TYPE (ClContactStore, cl_contact_store, CL, CONTACT_STORE, GObject)

ClContactStore *cl_contact_store_new            (ClDatabase      *database,
                                                 ClClock         *clock);
/* Reads every contact. */
gboolean        cl_contact_store_load           (ClContactStore  *self,
                                                 GError         **error);

/* Every contact, sorted by name without regard to case (ClContact); the model
 * lives as long as the store and stays sorted through every change. */
GListModel     *cl_contact_store_get_contacts   (ClContactStore  *self);
ClContact      *cl_contact_store_find_contact   (ClContactStore  *self,
                                                 gint64           contact_id);

/* Saves a new contact; sets its id and times. */
gboolean        cl_contact_store_add_contact    (ClContactStore  *self,
                                                 ClContact       *contact,
                                                 GError         **error);
/* Saves the editable fields of a stored contact. */
gboolean        cl_contact_store_update_contact (ClContactStore  *self,
                                                 ClContact       *contact,
                                                 GError         **error);
/* Deletes a contact with its interactions, referrals and attendance. */
gboolean        cl_contact_store_delete_contact (ClContactStore  *self,
                                                 ClContact       *contact,
                                                 GError         **error);

G_END_DECLS
