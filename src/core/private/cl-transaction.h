/* cl-transaction.h — one user action, one transaction, and they compose
 *
 *   g_autoptr(ClTransaction) tx = cl_transaction_begin (db, error);
 *   if (tx == NULL || !do_the_work (…) || !cl_transaction_commit (tx, error))
 *     return FALSE;       // the autoptr rolls back whatever was done
 *
 * The outermost transaction is BEGIN IMMEDIATE … COMMIT; one begun while
 * another is open on the same database is a SAVEPOINT inside it, so a store
 * method can call others and the whole stays one transaction.  When the
 * outermost transaction has committed and is freed, the database emits
 * ::changed with what it touched; nothing is emitted on rollback.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-database-private.h"

G_BEGIN_DECLS
/* clang-format off */

typedef struct _ClTransaction ClTransaction;

/* A transaction that will write; NULL with @error set when the database is
 * locked by another program or cannot be written. */
ClTransaction *cl_transaction_begin      (ClDatabase     *database,
                                          GError        **error);
/* A read-only snapshot (BEGIN DEFERRED), for reads that must agree. */
ClTransaction *cl_transaction_begin_read (ClDatabase     *database,
                                          GError        **error);
gboolean       cl_transaction_commit     (ClTransaction  *self,
                                          GError        **error);
/* Rolls back unless committed; see above for ::changed. */
void           cl_transaction_free       (ClTransaction  *self);

ClDatabase    *cl_transaction_get_database (ClTransaction *self);
/* The same as cl_database_touch() on the transaction's database. */
void           cl_transaction_touch      (ClTransaction  *self,
                                          ClTable         table,
                                          ClEntity        entity,
                                          gint64          id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClTransaction, cl_transaction_free)

/* clang-format on */
G_END_DECLS
