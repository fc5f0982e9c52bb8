/* cl-object-list.h — a store's list model of model objects, by id and in order
 *
 * A GListStore kept in the order of @compare (or of a name), then of ids
 * (ids alone when there is neither: the order rows were added), with a
 * table from id to object.  Objects stay the same instances when read
 * again, so views keep what they show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

typedef struct _ClObjectList ClObjectList;

ClObjectList *cl_object_list_new         (GType             type,
                                          GCompareDataFunc  compare,
                                          gpointer          user_data);
/* Ordered by the string @property, as people read names: case folded,
 * then collated in the user's language; the collation key is worked out
 * once each time an object enters or changes, not on every comparison. */
ClObjectList *cl_object_list_new_by_name (GType             type,
                                          const char       *property);
void          cl_object_list_free        (ClObjectList     *self);

GListModel   *cl_object_list_get_model   (ClObjectList     *self);
gpointer      cl_object_list_lookup      (ClObjectList     *self,
                                          gint64            id);
/* Puts @fresh (just read from its row) in the list: an object of its id
 * already there takes its values, store-owned ones included, and moves if
 * its place in the order changed; otherwise @fresh itself is added.
 * Returns the object in the list. */
gpointer      cl_object_list_update      (ClObjectList     *self,
                                          gpointer          fresh);
gboolean      cl_object_list_remove      (ClObjectList     *self,
                                          gint64            id);
/* Makes the list hold exactly @objects (just read, any order), keeping the
 * instances of ids already there; takes the array. */
void          cl_object_list_replace_all (ClObjectList     *self,
                                          GPtrArray        *objects);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClObjectList, cl_object_list_free)

/* clang-format on */
G_END_DECLS
