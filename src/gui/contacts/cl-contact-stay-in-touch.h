/* cl-contact-stay-in-touch.h — how often to be in touch with a contact, and when next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CONTACT_STAY_IN_TOUCH (cl_contact_stay_in_touch_get_type ())
G_DECLARE_FINAL_TYPE (ClContactStayInTouch, cl_contact_stay_in_touch, CL, CONTACT_STAY_IN_TOUCH,
                      AdwPreferencesGroup)

GtkWidget *cl_contact_stay_in_touch_new         (void);
/* Shows the cadence and next follow-up date of @contact (the store's; NULL:
 * none), saved through @context as they change, and when a follow-up is
 * due and when they were last in touch, by @context's clock. */
void       cl_contact_stay_in_touch_set_contact (ClContactStayInTouch *self,
                                                 ClContext            *context,
                                                 ClContact            *contact);
/* Saves now a date that waits for the pause after typing. */
void       cl_contact_stay_in_touch_flush       (ClContactStayInTouch *self);
/* NULL when the date was saved; else what it keeps instead. */
char      *cl_contact_stay_in_touch_get_unsaved (ClContactStayInTouch *self);

/* "In 3 days — 12 Dec 2026", "Due today — 3 Dec 2026", "Overdue since
 * 1 Dec 2026" or "Nothing planned": when @contact is next due a follow-up
 * (cl_follow_up_get_due()), seen at @now. */
char      *cl_contact_stay_in_touch_describe_due (ClContact *contact,
                                                  gint64     now);

/* clang-format on */
G_END_DECLS
