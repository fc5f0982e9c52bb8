/* cl-reminder-store.h — the reminders of the data, and what became of each
 *
 * Reads what asks for reminders (rounds planned or scheduled, contacts to
 * follow up or stay in touch with, offers awaiting an answer, objectives
 * with a target day, the user's own reminders) and what became of each
 * (delivered, snoozed, done), and lists the reminders still to come or
 * overdue, soonest first.  A derived reminder's state holds for the due
 * time it was kept at: a round moved to another day asks again.  A
 * reminder whose moment has passed (the round began, the deadline's day is
 * over) is no longer listed.  Each method is one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-reminder-plan.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_REMINDER (cl_reminder_get_type ())
G_DECLARE_FINAL_TYPE (ClReminder, cl_reminder, CL, REMINDER, GObject)

const char          *cl_reminder_get_key           (ClReminder *self);
ClReminderKind       cl_reminder_get_kind          (ClReminder *self);
ClReminderSourceKind cl_reminder_get_source_kind   (ClReminder *self);
/* The round, contact, offer or objective it is about; for the user's own,
 * its row. */
gint64               cl_reminder_get_source_id     (ClReminder *self);
/* "day-before", "hour-before"…; NULL for the user's own. */
const char          *cl_reminder_get_lead          (ClReminder *self);
/* When it falls due as planned, and when it will be told (a snooze moves
 * it later). */
gint64               cl_reminder_get_due_at        (ClReminder *self);
gint64               cl_reminder_get_time          (ClReminder *self);
gint64               cl_reminder_get_expires_at    (ClReminder *self);
/* Whether the desktop was told at its time already. */
gboolean             cl_reminder_get_delivered     (ClReminder *self);
/* The user's own: the title and note they gave, and what it is on (one of
 * the ids, the others 0). */
const char          *cl_reminder_get_title         (ClReminder *self);
const char          *cl_reminder_get_note          (ClReminder *self);
gint64               cl_reminder_get_application_id (ClReminder *self);
gint64               cl_reminder_get_contact_id    (ClReminder *self);
gint64               cl_reminder_get_round_id      (ClReminder *self);
gint64               cl_reminder_get_offer_id      (ClReminder *self);

#define CL_TYPE_REMINDER_STORE (cl_reminder_store_get_type ())
G_DECLARE_FINAL_TYPE (ClReminderStore, cl_reminder_store, CL, REMINDER_STORE, ClStore)

ClReminderStore *cl_reminder_store_new          (ClDatabase               *database,
                                                 ClClock                  *clock);

/* Whether it has read the database once; before that it follows no change. */
gboolean         cl_reminder_store_get_loaded   (ClReminderStore          *self);

/* The settings (Preferences) and the time zone local times are in (the
 * local one unless set); either reads nothing again, plans again. */
void             cl_reminder_store_set_settings (ClReminderStore          *self,
                                                 const ClReminderSettings *settings);
void             cl_reminder_store_set_time_zone (ClReminderStore         *self,
                                                  GTimeZone               *zone);

/* Reminders not done and not past their moment (ClReminder), by time, then
 * key.  It is made anew after each commit that touched what reminders come
 * from (read once from an idle, however many commits came in a row), and on
 * cl_reminder_store_refresh() (the clock moved on; a change waiting is read
 * first).  The methods below read a waiting change first too. */
GListModel      *cl_reminder_store_get_reminders (ClReminderStore         *self);
void             cl_reminder_store_refresh      (ClReminderStore          *self);
/* The next time a reminder not yet told falls due, later than now; 0 when
 * none will. */
gint64           cl_reminder_store_get_next_time (ClReminderStore         *self);

/* Marks delivered, at the clock's time, every reminder due and not yet
 * told, and returns those to tell (ClReminder), oldest first: of several
 * of one source due at once (the day before and the hour before of a
 * round, both missed), only the latest is told; the others are marked
 * too.  NULL with @error set on failure (nothing marked). */
GPtrArray       *cl_reminder_store_deliver_due  (ClReminderStore          *self,
                                                 GError                  **error);
/* Tells again at @until (later than now). */
gboolean         cl_reminder_store_snooze       (ClReminderStore          *self,
                                                 ClReminder               *reminder,
                                                 gint64                    until,
                                                 GError                  **error);
gboolean         cl_reminder_store_done         (ClReminderStore          *self,
                                                 ClReminder               *reminder,
                                                 GError                  **error);

/* "Remind me on …": a reminder of the user's own at @due_at (later than
 * now) titled @title (required), with @note (may be NULL), on exactly one
 * of an application, a contact, a round or an offer (the others 0).  A
 * time gone, a blank title, or an item that no longer exists is refused
 * with a CL_VALIDATION_ERROR naming "due-at" or "title", or
 * CL_DATABASE_ERROR_NOT_FOUND.  Sets @out_id (may be NULL). */
gboolean         cl_reminder_store_add_custom   (ClReminderStore          *self,
                                                 gint64                    application_id,
                                                 gint64                    contact_id,
                                                 gint64                    round_id,
                                                 gint64                    offer_id,
                                                 gint64                    due_at,
                                                 const char               *title,
                                                 const char               *note,
                                                 gint64                   *out_id,
                                                 GError                  **error);
gboolean         cl_reminder_store_delete_custom (ClReminderStore         *self,
                                                  ClReminder              *reminder,
                                                  GError                 **error);

/* clang-format on */
G_END_DECLS
