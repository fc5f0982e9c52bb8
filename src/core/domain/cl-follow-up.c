/* cl-follow-up.c — when a contact is due a follow-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-follow-up"

#include "config.h"

#include "cl-follow-up.h"

#define DAY ((gint64) 24 * 60 * 60)

gint64
cl_follow_up_get_due (ClContact *contact)
{
  gint64 explicit_date, cadence_due = 0, due;
  guint  cadence;

  g_return_val_if_fail (CL_IS_CONTACT (contact), 0);

  explicit_date = cl_contact_get_next_follow_up (contact);
  cadence = cl_contact_get_cadence_days (contact);
  if (cadence > 0)
    {
      gint64 since = cl_contact_get_last_contacted (contact);

      if (since == 0)
        since = cl_contact_get_created_at (contact);
      cadence_due = since + (gint64) cadence * DAY;
    }

  if (explicit_date != 0 && cadence_due != 0)
    due = MIN (explicit_date, cadence_due);
  else
    due = explicit_date != 0 ? explicit_date : cadence_due;
  if (due != 0 && cl_contact_get_snoozed_until (contact) > due)
    due = cl_contact_get_snoozed_until (contact);
  return due;
}

gboolean
cl_follow_up_is_due (ClContact *contact,
                     gint64     now)
{
  gint64 due = cl_follow_up_get_due (contact);

  return due != 0 && due <= now;
}

int
cl_follow_up_compare (ClContact *a,
                      ClContact *b)
{
  gint64 due_a = cl_follow_up_get_due (a);
  gint64 due_b = cl_follow_up_get_due (b);

  if (due_a != due_b)
    {
      /* Nothing planned sorts last. */
      if (due_a == 0 || due_b == 0)
        return due_a == 0 ? 1 : -1;
      return due_a < due_b ? -1 : 1;
    }
  return g_utf8_collate (cl_contact_get_name (a), cl_contact_get_name (b));
}
