/* cl-database.h — the CareerLens SQLite database: open, migrate, refuse what is not ours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CL_DATABASE_ERROR (cl_database_error_quark ())

typedef enum
{
  CL_DATABASE_ERROR_FAILED,
  CL_DATABASE_ERROR_NEWER_VERSION,  /* written by a newer CareerLens */
  CL_DATABASE_ERROR_NOT_CAREERLENS, /* a file that is not a CareerLens database */
  CL_DATABASE_ERROR_CORRUPT,        /* damaged file */
  CL_DATABASE_ERROR_READ_ONLY,      /* cannot write the file or its folder */
  CL_DATABASE_ERROR_FULL,           /* the disk is full */
  CL_DATABASE_ERROR_BUSY,           /* another program holds a lock */
  CL_DATABASE_ERROR_CONSTRAINT,     /* the change breaks a rule of the data model */
  CL_DATABASE_ERROR_NOT_FOUND,      /* the row no longer exists */
  CL_DATABASE_ERROR_INVALID,        /* bad input caught before SQL */
} ClDatabaseError;

/* PRAGMA application_id: "CLen" — tells our files from other SQLite files. */
#define CL_DATABASE_APPLICATION_ID 0x434c656e
/* PRAGMA user_version written by this build. */
#define CL_DATABASE_SCHEMA_VERSION 1

#define CL_TYPE_DATABASE (cl_database_get_type ())
G_DECLARE_FINAL_TYPE (ClDatabase, cl_database, CL, DATABASE, GObject)

GQuark      cl_database_error_quark        (void);
char       *cl_database_get_default_path   (void);
ClDatabase *cl_database_open               (const char  *path,
                                            GError     **error);
const char *cl_database_get_path           (ClDatabase  *self);
int         cl_database_get_schema_version (ClDatabase  *self);

G_END_DECLS
