/* cl-event-store.h — the events of the search and who the user met there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-event.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_EVENT_STORE (cl_event_store_get_type ())
G_DECLARE_FINAL_TYPE (ClEventStore, cl_event_store, CL, EVENT_STORE, ClStore)

/* Emits ::attendance-changed (gint64 event_id, gint64 contact_id; 0 for
 * "maybe any") after each committed change to who was at an event. */
ClEventStore *cl_event_store_new             (ClDatabase    *database,
                                              ClClock       *clock);

/* Every event (ClEvent), newest first, undated ones last; lives as long as
 * the store. */
GListModel   *cl_event_store_get_events      (ClEventStore  *self);
ClEvent      *cl_event_store_find_event      (ClEventStore  *self,
                                              gint64         event_id);
gboolean      cl_event_store_add_event       (ClEventStore  *self,
                                              ClEvent       *event,
                                              GError       **error);
gboolean      cl_event_store_update_event    (ClEventStore  *self,
                                              ClEvent       *event,
                                              GError       **error);
/* Deletes the event; the people met there stay (their "met at" is
 * cleared). */
gboolean      cl_event_store_delete_event    (ClEventStore  *self,
                                              ClEvent       *event,
                                              GError       **error);

/* Attendance, both ways. */
gboolean      cl_event_store_add_attendee    (ClEventStore  *self,
                                              gint64         event_id,
                                              gint64         contact_id,
                                              GError       **error);
gboolean      cl_event_store_remove_attendee (ClEventStore  *self,
                                              gint64         event_id,
                                              gint64         contact_id,
                                              GError       **error);
/* The contact ids of the people at @event_id, or the event ids of the
 * events @contact_id was at; NULL with @error on a read error. */
GArray       *cl_event_store_list_attendees  (ClEventStore  *self,
                                              gint64         event_id,
                                              GError       **error);
GArray       *cl_event_store_list_events_of  (ClEventStore  *self,
                                              gint64         contact_id,
                                              GError       **error);

/* clang-format on */
G_END_DECLS
