/* cl-event.h — a hackathon, job fair, meetup, conference… where the user met people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_EVENT (cl_event_get_type ())
G_DECLARE_FINAL_TYPE (ClEvent, cl_event, CL, EVENT, ClModel)

/* A new, unsaved event (id 0). */
ClEvent     *cl_event_new           (const char  *name,
                                     ClEventKind  kind);
ClEvent     *cl_event_copy          (ClEvent     *self);

gint64       cl_event_get_id        (ClEvent     *self);
const char  *cl_event_get_name      (ClEvent     *self);
ClEventKind  cl_event_get_kind      (ClEvent     *self);
/* Unix time; 0 when not known. */
gint64       cl_event_get_starts_at (ClEvent     *self);
const char  *cl_event_get_location  (ClEvent     *self);
const char  *cl_event_get_notes     (ClEvent     *self);

/* clang-format on */
G_END_DECLS
