/* cl-slot.h — one position of a ClSlotModel, showing whichever item is there now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_SLOT (cl_slot_get_type ())
G_DECLARE_FINAL_TYPE (ClSlot, cl_slot, CL, SLOT, GObject)

/* The item at the slot's position (the "item" property, notified when
 * another item comes there); NULL once the position is gone. */
gpointer  cl_slot_get_item     (ClSlot   *self);
guint     cl_slot_get_position (ClSlot   *self);

/* For ClSlotModel. */
ClSlot   *cl_slot_new          (guint     position,
                                gpointer  item);
void      cl_slot_set_item     (ClSlot   *self,
                                gpointer  item);

/* clang-format on */
G_END_DECLS
