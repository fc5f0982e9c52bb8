/* cl-deletion.h — what a delete removed, to put back exactly on Undo
 *
 * Deleting an application (or a round) removes, through the schema's
 * foreign keys, every row that belongs to it and clears the references
 * other rows held.  A ClDeletion, captured in the deleting transaction,
 * holds all of those rows and references, so that Undo brings back every
 * one of them with its ids.  It lives in memory only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS
/* clang-format off */

typedef struct _ClDeletion ClDeletion;

#define CL_TYPE_DELETION (cl_deletion_get_type ())
GType        cl_deletion_get_type   (void) G_GNUC_CONST;
ClDeletion  *cl_deletion_ref        (ClDeletion *self);
void         cl_deletion_unref      (ClDeletion *self);

/* The table and id of the row that was deleted ("applications", 42). */
const char  *cl_deletion_get_table  (ClDeletion *self);
gint64       cl_deletion_get_id     (ClDeletion *self);
/* How many rows it removed, the deleted row included (not the cleared
 * references). */
guint        cl_deletion_get_n_rows (ClDeletion *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClDeletion, cl_deletion_unref)

/* clang-format on */
G_END_DECLS
