/* cl-statement.c — run SQL with typed bindings, in one call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-statement"

#include "config.h"

#include "cl-statement.h"

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  g_return_val_if_fail (enum_value != NULL, NULL);
  return enum_value->value_nick;
}

gboolean
cl_statement_bind_valist (sqlite3_stmt *stmt,
                          int           first,
                          const char   *binds,
                          va_list       args)
{
  int index = first;

  for (const char *p = binds != NULL ? binds : ""; *p != '\0'; p++, index++)
    {
      switch (*p)
        {
        case 'x':
          sqlite3_bind_int64 (stmt, index, va_arg (args, gint64));
          break;
        case 'i':
          sqlite3_bind_int (stmt, index, va_arg (args, int));
          break;
        case 'u':
          sqlite3_bind_int64 (stmt, index, va_arg (args, guint));
          break;
        case 'b':
          sqlite3_bind_int (stmt, index, va_arg (args, gboolean) ? 1 : 0);
          break;
        case 'd':
          sqlite3_bind_double (stmt, index, va_arg (args, double));
          break;
        case 's':
          {
            const char *text = va_arg (args, const char *);

            if (text == NULL)
              sqlite3_bind_null (stmt, index);
            else
              sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
          }
          break;
        case 'z':
        case 'm':
          {
            gint64 value = va_arg (args, gint64);

            if (value == (*p == 'z' ? 0 : -1))
              sqlite3_bind_null (stmt, index);
            else
              sqlite3_bind_int64 (stmt, index, value);
          }
          break;
        case 'e':
          {
            GType type = va_arg (args, GType);
            int   value = va_arg (args, int);

            sqlite3_bind_text (stmt, index, enum_nick (type, value), -1, SQLITE_STATIC);
          }
          break;
        case 'n':
          sqlite3_bind_null (stmt, index);
          break;
        default:
          g_critical ("Unknown binding letter ‘%c’ in “%s”", *p, binds);
          return FALSE;
        }
    }
  return TRUE;
}

static sqlite3_stmt *
prepare_valist (ClDatabase *self,
                GError    **error,
                const char *sql,
                const char *binds,
                va_list     args)
{
  sqlite3_stmt *stmt = cl_database_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;
  if (!cl_statement_bind_valist (stmt, 1, binds, args))
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FAILED,
                   "Bad bindings “%s” for “%s”", binds, sql);
      return NULL;
    }
  return stmt;
}

/* Steps once; SQLITE_ROW and SQLITE_DONE are results, anything else an error. */
static int
step (ClDatabase   *self,
      sqlite3_stmt *stmt,
      GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      cl_database_set_error (self, rc, error);
      sqlite3_reset (stmt);
    }
  return rc;
}

static gboolean
execute_valist (ClDatabase *self,
                GError    **error,
                const char *sql,
                const char *binds,
                va_list     args)
{
  sqlite3_stmt *stmt = prepare_valist (self, error, sql, binds, args);
  int           rc;

  if (stmt == NULL)
    return FALSE;
  rc = step (self, stmt, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

gboolean
cl_database_execute (ClDatabase *self,
                     GError    **error,
                     const char *sql,
                     const char *binds,
                     ...)
{
  va_list  args;
  gboolean ok;

  va_start (args, binds);
  ok = execute_valist (self, error, sql, binds, args);
  va_end (args);
  return ok;
}

gboolean
cl_database_execute_one (ClDatabase *self,
                         const char *not_found,
                         GError    **error,
                         const char *sql,
                         const char *binds,
                         ...)
{
  va_list  args;
  gboolean ok;

  va_start (args, binds);
  ok = execute_valist (self, error, sql, binds, args);
  va_end (args);

  if (ok && cl_database_changes (self) != 1)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }
  return ok;
}

static gboolean
exists_valist (ClDatabase *self,
               gboolean   *out_exists,
               GError    **error,
               const char *sql,
               const char *binds,
               va_list     args)
{
  sqlite3_stmt *stmt = prepare_valist (self, error, sql, binds, args);
  int           rc;

  if (stmt == NULL)
    return FALSE;
  rc = step (self, stmt, error);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return FALSE;
  *out_exists = rc == SQLITE_ROW;
  return TRUE;
}

gboolean
cl_database_row_exists (ClDatabase *self,
                        gboolean   *out_exists,
                        GError    **error,
                        const char *sql,
                        const char *binds,
                        ...)
{
  va_list  args;
  gboolean ok;

  va_start (args, binds);
  ok = exists_valist (self, out_exists, error, sql, binds, args);
  va_end (args);
  return ok;
}

gboolean
cl_database_require_row (ClDatabase *self,
                         const char *not_found,
                         GError    **error,
                         const char *sql,
                         const char *binds,
                         ...)
{
  gboolean exists = FALSE;
  va_list  args;
  gboolean ok;

  va_start (args, binds);
  ok = exists_valist (self, &exists, error, sql, binds, args);
  va_end (args);

  if (ok && !exists)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }
  return ok;
}

gboolean
cl_database_query_int64 (ClDatabase *self,
                         gint64     *out_value,
                         const char *not_found,
                         GError    **error,
                         const char *sql,
                         const char *binds,
                         ...)
{
  sqlite3_stmt *stmt;
  va_list       args;
  int           rc;

  va_start (args, binds);
  stmt = prepare_valist (self, error, sql, binds, args);
  va_end (args);
  if (stmt == NULL)
    return FALSE;

  rc = step (self, stmt, error);
  if (rc == SQLITE_ROW)
    *out_value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE && not_found != NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

gboolean
cl_database_foreach (ClDatabase *self,
                     ClRowFunc   func,
                     gpointer    user_data,
                     GError    **error,
                     const char *sql,
                     const char *binds,
                     ...)
{
  sqlite3_stmt *stmt;
  va_list       args;
  int           rc;

  va_start (args, binds);
  stmt = prepare_valist (self, error, sql, binds, args);
  va_end (args);
  if (stmt == NULL)
    return FALSE;

  while ((rc = step (self, stmt, error)) == SQLITE_ROW)
    if (!func (stmt, user_data, error))
      {
        sqlite3_reset (stmt);
        return FALSE;
      }

  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

char *
cl_column_dup (sqlite3_stmt *stmt,
               int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

const char *
cl_column_text (sqlite3_stmt *stmt,
                int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

gint64
cl_column_int64_or (sqlite3_stmt *stmt,
                    int           column,
                    gint64        none)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return none;
  return sqlite3_column_int64 (stmt, column);
}

double
cl_column_double_or (sqlite3_stmt *stmt,
                     int           column,
                     double        none)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return none;
  return sqlite3_column_double (stmt, column);
}

int
cl_column_enum (sqlite3_stmt *stmt,
                int           column,
                GType         type,
                int           fallback)
{
  const char *nick = cl_column_text (stmt, column);
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  if (nick == NULL)
    return fallback;
  klass = g_type_class_ref (type);
  value = g_enum_get_value_by_nick (klass, nick);
  return value != NULL ? value->value : fallback;
}

gint64 *
cl_int64_key (gint64 value)
{
  return g_memdup2 (&value, sizeof value);
}
