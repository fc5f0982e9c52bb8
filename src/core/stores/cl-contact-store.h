/* cl-contact-store.h — the people of the search, as a list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-company-store.h"
#include "cl-contact.h"
#include "cl-interaction.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CONTACT_STORE (cl_contact_store_get_type ())
G_DECLARE_FINAL_TYPE (ClContactStore, cl_contact_store, CL, CONTACT_STORE, ClStore)

ClContactStore *cl_contact_store_new            (ClDatabase      *database,
                                                 ClClock         *clock,
                                                 ClCompanyStore  *companies);

/* Every contact, sorted by name without regard to case (ClContact); the model
 * lives as long as the store and stays sorted through every change. */
GListModel     *cl_contact_store_get_contacts   (ClContactStore  *self);
ClContact      *cl_contact_store_find_contact   (ClContactStore  *self,
                                                 gint64           contact_id);

/* Saves a new contact (from cl_contact_new()), linked to the company of its
 * company's name; the object becomes the shared one. */
gboolean        cl_contact_store_add_contact    (ClContactStore  *self,
                                                 ClContact       *contact,
                                                 GError         **error);
/* Saves an edited copy (cl_contact_copy()); the shared object then shows
 * what was saved. */
gboolean        cl_contact_store_update_contact (ClContactStore  *self,
                                                 ClContact       *contact,
                                                 GError         **error);
/* What goes when a contact is deleted, for the question the window asks
 * first: the referrals it gave, the rounds it interviewed in, the scored
 * practice sessions with it, its interactions and the events it was at
 * (the applications, rounds and events themselves stay). */
typedef struct
{
  guint n_referrals;
  guint n_rounds;
  guint n_practice_sessions;
  guint n_interactions;
  guint n_events;
} ClContactLinks;

gboolean        cl_contact_store_count_links    (ClContactStore  *self,
                                                 ClContact       *contact,
                                                 ClContactLinks  *links,
                                                 GError         **error);
/* Deletes a contact with its interactions, referrals and attendance. */
gboolean        cl_contact_store_delete_contact (ClContactStore  *self,
                                                 ClContact       *contact,
                                                 GError         **error);
/* Deletes a contact as cl_contact_store_delete_contact() does, but first
 * hands to @heir (another stored contact; NULL: none, everything goes) the
 * referrals it gives, the rounds it interviewed in, its practice partnership
 * with the sessions, and the applications whose interview format it told;
 * one transaction.  Where @heir already has the same link, the two become
 * one: the referral keeps the status updated last, and the partnerships
 * become @heir's, with all the sessions.  Its interactions and attendance
 * go with it.  @heir being @contact fails with CL_DATABASE_ERROR_INVALID,
 * an unknown one with CL_DATABASE_ERROR_NOT_FOUND. */
gboolean        cl_contact_store_delete_contact_moving (ClContactStore *self,
                                                        ClContact      *contact,
                                                        ClContact      *heir,
                                                        GError        **error);

/* Interactions ------------------------------------------------------------
 * The store keeps no copy of them: it emits ::interactions-changed (gint64
 * contact_id, 0 for "maybe any") after each committed change to them. */

/* A new list (ClInteraction) of @contact_id's interactions, newest first. */
GListModel     *cl_contact_store_list_interactions  (ClContactStore  *self,
                                                     gint64           contact_id,
                                                     GError         **error);
/* Saves a new interaction (sets its id); its contact's last-contacted
 * follows. */
gboolean        cl_contact_store_add_interaction    (ClContactStore  *self,
                                                     ClInteraction   *interaction,
                                                     GError         **error);
/* Saves an edited copy (cl_interaction_copy()). */
gboolean        cl_contact_store_update_interaction (ClContactStore  *self,
                                                     ClInteraction   *interaction,
                                                     GError         **error);
gboolean        cl_contact_store_delete_interaction (ClContactStore  *self,
                                                     ClInteraction   *interaction,
                                                     GError         **error);

/* Follow-ups (see cl-follow-up.h) ------------------------------------------ */

/* "Done": logs an interaction now (@channel, @summary may be NULL), drops
 * an explicit follow-up date that has come and any snooze; one transaction.
 * The cadence, if any, counts again from now. */
gboolean        cl_contact_store_follow_up_done     (ClContactStore  *self,
                                                     ClContact       *contact,
                                                     ClInteractionChannel channel,
                                                     const char      *summary,
                                                     GError         **error);
/* "Snooze": not due before @until (Unix time, later than now). */
gboolean        cl_contact_store_snooze             (ClContactStore  *self,
                                                     ClContact       *contact,
                                                     gint64           until,
                                                     GError         **error);

/* clang-format on */
G_END_DECLS
