/* cl-follow-up.h — when a contact is due a follow-up
 *
 * A contact is due when its explicit next follow-up date has come, or when
 * its stay-in-touch cadence has run out since the last contact (or, never
 * contacted, since it was added) — the earlier of the two.  A snooze moves
 * that moment to its end.  Reminders and the Contacts page both ask here,
 * with the time of the injected ClClock.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-contact.h"

G_BEGIN_DECLS
/* clang-format off */

/* The Unix time the contact is next due a follow-up; 0 when nothing is
 * planned (no date and no cadence). */
gint64   cl_follow_up_get_due    (ClContact *contact);
/* Whether that time is @now or earlier. */
gboolean cl_follow_up_is_due     (ClContact *contact,
                                  gint64     now);
/* For sorting the "Follow up" list: the longest overdue first, then by
 * name. */
int      cl_follow_up_compare    (ClContact *a,
                                  ClContact *b);

/* clang-format on */
G_END_DECLS
