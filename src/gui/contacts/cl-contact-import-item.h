/* cl-contact-import-item.h — one card of a vCard import, as its preview lists it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cl-contact-cards.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CONTACT_IMPORT_ITEM (cl_contact_import_item_get_type ())
G_DECLARE_FINAL_TYPE (ClContactImportItem, cl_contact_import_item, CL, CONTACT_IMPORT_ITEM,
                      GObject)

/* What the @index'th card of @import is and becomes, in words. */
ClContactImportItem *cl_contact_import_item_new          (ClContactImport     *import,
                                                          guint                index);
/* The card's name, or "Card N" when it has none. */
const char          *cl_contact_import_item_get_name     (ClContactImportItem *self);
/* Its company, or NULL. */
const char          *cl_contact_import_item_get_company  (ClContactImportItem *self);
ClCardFate           cl_contact_import_item_get_fate     (ClContactImportItem *self);
/* "New", "Updates Ada Lovelace", "Unreadable: This card has no name." */
const char          *cl_contact_import_item_get_outcome  (ClContactImportItem *self);
/* The icon of the fate. */
const char          *cl_contact_import_item_get_icon_name (ClContactImportItem *self);
/* Everything above in one sentence, for screen readers. */
char                *cl_contact_import_item_describe     (ClContactImportItem *self);

/* A list of every card of @import (ClContactImportItem). */
GListModel          *cl_contact_import_item_list_new     (ClContactImport     *import);

/* clang-format on */
G_END_DECLS
