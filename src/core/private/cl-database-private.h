/* cl-database-private.h — SQL access for the stores in src/core only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "cl-database.h"
#include "cl-enums.h"

G_BEGIN_DECLS

sqlite3      *cl_database_get_handle   (ClDatabase    *self);

/* Prepared statements are cached per SQL text and reset on return. */
sqlite3_stmt *cl_database_prepare      (ClDatabase    *self,
                                        const char    *sql,
                                        GError       **error);

/* One change = one transaction: begin, do the statements, then commit or rollback. */
gboolean      cl_database_begin        (ClDatabase    *self,
                                        GError       **error);
gboolean      cl_database_commit       (ClDatabase    *self,
                                        GError       **error);
void          cl_database_rollback     (ClDatabase    *self);

/* Steps a statement expected to finish (SQLITE_DONE) and resets it. */
gboolean      cl_database_step_done    (ClDatabase    *self,
                                        sqlite3_stmt  *stmt,
                                        GError       **error);

/* Turns an SQLite result code into a CL_DATABASE_ERROR with a message a user can act on. */
void          cl_database_set_error    (ClDatabase    *self,
                                        int            rc,
                                        GError       **error);

gint64        cl_database_last_insert_id (ClDatabase  *self);

/* Test hook: the next commit fails as though the disk were full. */
void          cl_database_fail_next_commit (ClDatabase *self,
                                            int         sqlite_rc);

/* Helpers for optional text columns: NULL is bound and read as NULL. */
void          cl_database_bind_text    (sqlite3_stmt  *stmt,
                                        int            column,
                                        const char    *text);
char         *cl_database_column_dup   (sqlite3_stmt  *stmt,
                                        int            column);

/* Optional numbers: @none (0 or -1, as the model object uses) is bound and
 * read as NULL. */
void          cl_database_bind_optional_int64   (sqlite3_stmt *stmt,
                                                 int           column,
                                                 gint64        value,
                                                 gint64        none);
gint64        cl_database_column_optional_int64 (sqlite3_stmt *stmt,
                                                 int           column,
                                                 gint64        none);
/* A stored enum nick as its value; @fallback for NULL or an unknown nick. */
int           cl_database_column_enum  (sqlite3_stmt  *stmt,
                                        int            column,
                                        GType          type,
                                        int            fallback);

/* Inside a transaction: finds the company named @name (trimmed, compared
 * without case) or creates it, and returns its id, or 0 with @error set.  A
 * known company type is kept unless a new one is given. */
gint64        cl_database_ensure_company (ClDatabase     *self,
                                          const char     *name,
                                          ClCompanyType   company_type,
                                          GError        **error);

/* A key for the stores' GHashTables keyed by row id (g_int64_hash). */
gint64       *cl_database_int64_key     (gint64         value);

/* Deletes the row @id with @sql ("DELETE FROM t WHERE id = ?1") in its own
 * transaction; a row already gone is CL_DATABASE_ERROR_NOT_FOUND with
 * @not_found as the message. */
gboolean      cl_database_delete_row    (ClDatabase    *self,
                                         const char    *sql,
                                         gint64         id,
                                         const char    *not_found,
                                         GError       **error);

G_END_DECLS
