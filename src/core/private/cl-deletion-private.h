/* cl-deletion-private.h — capturing and restoring a delete, for the stores
 *
 *   g_autoptr(ClTransaction) tx = cl_transaction_begin (db, error);
 *   g_autoptr(ClDeletion) deletion = cl_deletion_capture (db, "applications", id, error);
 *   … DELETE FROM applications WHERE id = ?1 …
 *   cl_transaction_commit (tx, error);
 *   …
 *   // Undo, in a later transaction: free any unique slot first (positions)
 *   cl_deletion_restore (deletion, db, error);
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-database-private.h"
#include "cl-deletion.h"

G_BEGIN_DECLS
/* clang-format off */

/* Reads row @id of @table and, following the schema's foreign keys (read
 * with PRAGMA foreign_key_list, never listed by hand), every row that an
 * ON DELETE CASCADE would remove, recursively, and every reference that an
 * ON DELETE SET NULL would clear.  Call it inside the transaction that then
 * deletes the row.  CL_DATABASE_ERROR_NOT_FOUND when there is no such row. */
ClDeletion  *cl_deletion_capture    (ClDatabase  *database,
                                     const char  *table,
                                     gint64       id,
                                     GError     **error);

/* Inserts every captured row again with its own ids and values (parents
 * before children) and sets the cleared references back, inside the
 * caller's transaction; touches the change set for each table it writes.
 * Fails, changing nothing once the caller rolls back, when a row cannot go
 * back (say, its id was taken, or a row it referred to is gone). */
gboolean     cl_deletion_restore    (ClDeletion  *self,
                                     ClDatabase  *database,
                                     GError     **error);

/* A column of the deleted row as captured (its position, its stage…);
 * @fallback when it was NULL or there is no such column. */
gint64       cl_deletion_get_int64  (ClDeletion  *self,
                                     const char  *column,
                                     gint64       fallback);

/* clang-format on */
G_END_DECLS
