/* cl-name-picker.h — choose a known name for an entry row, or type a new one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS
/* clang-format off */

/* Adds a button to @row (titled @label, such as "Choose a Company") that
 * lists the objects of @items whose string @property holds what the row
 * says (ignoring case; all of them when it is empty), 50 at most.  Choosing
 * one writes its name into the row and activates the row, as Enter would,
 * so an instant-apply field saves it at once.  The row still takes any
 * name typed. */
void cl_name_picker_add (AdwEntryRow *row,
                         GListModel  *items,
                         const char  *property,
                         const char  *label);

/* clang-format on */
G_END_DECLS
