/* cl-partnership.h — a practice partnership: someone the user practises interviews with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_PARTNERSHIP (cl_partnership_get_type ())
G_DECLARE_FINAL_TYPE (ClPartnership, cl_partnership, CL, PARTNERSHIP, ClModel)

/* A new, unsaved partnership (id 0) with the contact @contact_id;
 * cl_practice_store_add_partnership() saves it.  The contact cannot change
 * afterwards. */
ClPartnership *cl_partnership_new            (gint64          contact_id);
/* An edited copy, for cl_practice_store_update_partnership(). */
ClPartnership *cl_partnership_copy           (ClPartnership  *self);

gint64         cl_partnership_get_id         (ClPartnership  *self);
gint64         cl_partnership_get_contact_id (ClPartnership  *self);
/* What the user offers the partner, and the partner the user ("mock system
 * design rounds"), or NULL. */
const char    *cl_partnership_get_i_offer    (ClPartnership  *self);
const char    *cl_partnership_get_they_offer (ClPartnership  *self);
/* Unix time; 0 for unknown.  Set to the time it is added when left 0. */
gint64         cl_partnership_get_started_at (ClPartnership  *self);
gboolean       cl_partnership_get_active     (ClPartnership  *self);
/* The partner's field ("Data engineering") and seniority ("Staff"), or NULL. */
const char    *cl_partnership_get_field      (ClPartnership  *self);
const char    *cl_partnership_get_seniority  (ClPartnership  *self);
const char    *cl_partnership_get_notes      (ClPartnership  *self);

/* clang-format on */
G_END_DECLS
