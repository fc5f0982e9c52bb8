/* cl-slot-model.h — a list of positions over another list, for list views that refilter often
 *
 * GTK 4.8's list views keep up to 200 rows alive and make a new row for
 * every item that comes into that window: a search over thousands of items
 * changes most of them at each keystroke, and making and destroying the rows
 * costs far more than the search.  This model holds a ClSlot per position
 * instead: when the list below changes, the slots already shown are given
 * their new items (their rows rebind, nothing is made), and only a change
 * in length is an items-changed, at the end.  Slots nobody holds are not
 * kept.
 *
 * What it gives up: a view over it keeps to positions, not to items, so
 * its selection and scrolling stay where they were while the items move.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-slot.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_SLOT_MODEL (cl_slot_model_get_type ())
G_DECLARE_FINAL_TYPE (ClSlotModel, cl_slot_model, CL, SLOT_MODEL, GObject)

ClSlotModel *cl_slot_model_new (GListModel *items);

/* clang-format on */
G_END_DECLS
