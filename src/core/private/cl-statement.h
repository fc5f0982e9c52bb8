/* cl-statement.h — run SQL with typed bindings, in one call
 *
 * Each helper prepares (from the cache) @sql, binds the values after @binds to
 * ?1, ?2, … in order, runs it and resets it.  @binds has one letter a value:
 *
 *   x  gint64            i  int              u  guint
 *   b  gboolean          d  double           s  const char * (NULL binds NULL)
 *   z  gint64, 0 binds NULL                  m  gint64, -1 binds NULL
 *   e  GType then int: the enum value's nick (the form stored in SQLite)
 *   n  no value: binds NULL
 *
 * An SQLite failure becomes a CL_DATABASE_ERROR (see cl_database_set_error()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-database-private.h"

G_BEGIN_DECLS
/* clang-format off */

/* Binds @binds/@args to @stmt from ?@first; FALSE (a programming error) on
 * an unknown letter. */
gboolean      cl_statement_bind_valist   (sqlite3_stmt  *stmt,
                                          int            first,
                                          const char    *binds,
                                          va_list        args);

/* Runs a statement that returns no rows (INSERT, UPDATE, DELETE…). */
gboolean      cl_database_execute        (ClDatabase    *self,
                                          GError       **error,
                                          const char    *sql,
                                          const char    *binds,
                                          ...);
/* The same, and exactly one row must change: otherwise
 * CL_DATABASE_ERROR_NOT_FOUND with @not_found as the message. */
gboolean      cl_database_execute_one    (ClDatabase    *self,
                                          const char    *not_found,
                                          GError       **error,
                                          const char    *sql,
                                          const char    *binds,
                                          ...);
/* Whether the query returns a row (FALSE with @error set on failure). */
gboolean      cl_database_row_exists     (ClDatabase    *self,
                                          gboolean      *out_exists,
                                          GError       **error,
                                          const char    *sql,
                                          const char    *binds,
                                          ...);
/* The query must return a row: otherwise CL_DATABASE_ERROR_NOT_FOUND with
 * @not_found as the message. */
gboolean      cl_database_require_row    (ClDatabase    *self,
                                          const char    *not_found,
                                          GError       **error,
                                          const char    *sql,
                                          const char    *binds,
                                          ...);
/* The first column of the one row of the query in @out_value.  With
 * @not_found NULL, no row leaves @out_value as it was; otherwise it is
 * CL_DATABASE_ERROR_NOT_FOUND with that message. */
gboolean      cl_database_query_int64    (ClDatabase    *self,
                                          gint64        *out_value,
                                          const char    *not_found,
                                          GError       **error,
                                          const char    *sql,
                                          const char    *binds,
                                          ...);

/* Called for each row; returning FALSE (with @error set) stops. */
typedef gboolean (*ClRowFunc) (sqlite3_stmt  *stmt,
                               gpointer       user_data,
                               GError       **error);

gboolean      cl_database_foreach        (ClDatabase    *self,
                                          ClRowFunc      func,
                                          gpointer       user_data,
                                          GError       **error,
                                          const char    *sql,
                                          const char    *binds,
                                          ...);

/* Reading columns: text as a new string (NULL for NULL), numbers with @none
 * for NULL, an enum from its stored nick (@fallback for NULL or unknown). */
char         *cl_column_dup              (sqlite3_stmt  *stmt,
                                          int            column);
const char   *cl_column_text             (sqlite3_stmt  *stmt,
                                          int            column);
gint64        cl_column_int64_or         (sqlite3_stmt  *stmt,
                                          int            column,
                                          gint64         none);
double        cl_column_double_or        (sqlite3_stmt  *stmt,
                                          int            column,
                                          double         none);
int           cl_column_enum             (sqlite3_stmt  *stmt,
                                          int            column,
                                          GType          type,
                                          int            fallback);

/* A key for GHashTables keyed by row id (g_int64_hash); free with g_free. */
gint64       *cl_int64_key               (gint64         value);

/* clang-format on */
G_END_DECLS
