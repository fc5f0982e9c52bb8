/* cl-events-window.h — the events of the search, each with the people met there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_EVENTS_WINDOW (cl_events_window_get_type ())
G_DECLARE_FINAL_TYPE (ClEventsWindow, cl_events_window, CL, EVENTS_WINDOW, AdwWindow)

/* A window over the event store's events (transient for @parent, may be
 * NULL): the list beside the editor of the one chosen. */
ClEventsWindow *cl_events_window_new        (GtkWindow      *parent,
                                             ClContext      *context);
/* The event the editor shows (the store's), or NULL. */
ClEvent        *cl_events_window_get_event  (ClEventsWindow *self);
/* Chooses the event @event_id and shows it (alone, when the window is
 * narrow); FALSE when there is none of that id. */
gboolean        cl_events_window_show_event (ClEventsWindow *self,
                                             gint64          event_id);
/* Saves now what the editor's fields wait to save; then NULL when all was
 * saved, or a sentence saying what a field keeps (see cl-instant-apply.h). */
void            cl_events_window_flush        (ClEventsWindow *self);
char           *cl_events_window_get_unsaved  (ClEventsWindow *self);
/* The objects (ClModel) of @model whose ids @ids lists, in that order, those
 * not there left out: the people at an event, the events of a contact. */
GPtrArray      *cl_events_window_find_objects (GListModel   *model,
                                               GArray       *ids);
/* "Meetup · 14 Mar 2026", or the kind alone when the day is not known: an
 * event's kind and day, as its row in a list says them. */
char           *cl_events_window_format_event (ClEvent      *event);
/* Adds an event named "New Event" and shows it, its name to be typed. */
void            cl_events_window_new_event  (ClEventsWindow *self);

/* clang-format on */
G_END_DECLS
