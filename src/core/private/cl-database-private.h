/* cl-database-private.h — SQL access for src/core only
 *
 * Everything else goes through the stores; this header, cl-transaction.h and
 * cl-statement.h are the only way to the SQLite handle.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "cl-database.h"

G_BEGIN_DECLS
/* clang-format off */

sqlite3      *cl_database_get_handle      (ClDatabase    *self);

/* Prepared statements are cached per SQL text; each is reset and its
 * bindings cleared when handed out.  The caller resets it after use (the
 * helpers of cl-statement.h do). */
sqlite3_stmt *cl_database_prepare         (ClDatabase    *self,
                                           const char    *sql,
                                           GError       **error);

/* Turns an SQLite result code into a CL_DATABASE_ERROR with a message a user
 * can act on. */
void          cl_database_set_error       (ClDatabase    *self,
                                           int            rc,
                                           GError       **error);

gint64        cl_database_last_insert_id  (ClDatabase    *self);
/* Rows changed by the last statement. */
int           cl_database_changes         (ClDatabase    *self);

/* Records, inside the open transaction, what it touches; ::changed reports it
 * after the outermost transaction commits. */
void          cl_database_touch           (ClDatabase    *self,
                                           ClTable        table,
                                           ClEntity       entity,
                                           gint64         id);

/* For cl-transaction.c: the depth of open transactions and the touches of
 * the outermost one. */
guint         cl_database_get_depth       (ClDatabase    *self);
void          cl_database_enter           (ClDatabase    *self);
/* Leaves one level; at the outermost, emits ::changed with the touches when
 * @committed, or forgets them.  @mark is the number of touches when the level
 * was entered; a level left uncommitted forgets those made since. */
void          cl_database_leave           (ClDatabase    *self,
                                           guint          mark,
                                           gboolean       committed);
guint         cl_database_get_touch_mark  (ClDatabase    *self);

/* clang-format on */
G_END_DECLS
