/* cl-contact-events.h — the events a contact was at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CONTACT_EVENTS (cl_contact_events_get_type ())
G_DECLARE_FINAL_TYPE (ClContactEvents, cl_contact_events, CL, CONTACT_EVENTS, AdwBin)

GtkWidget *cl_contact_events_new         (void);
/* Shows the events @contact (the store's; NULL: none) was at, read and
 * saved through @context, and follows every committed change to them.
 * Activating an event's row activates "contacts.show-event" (an int64, the
 * event's id) where a widget above provides it. */
void       cl_contact_events_set_contact (ClContactEvents *self,
                                          ClContext       *context,
                                          ClContact       *contact);

/* clang-format on */
G_END_DECLS
