/* cl-database.h — the CareerLens SQLite database: open, migrate, refuse what is not ours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cl-change-set.h"

G_BEGIN_DECLS
/* clang-format off */

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
  CL_DATABASE_ERROR_NOT_FOUND,      /* the row, or the file, does not exist */
  CL_DATABASE_ERROR_INVALID,        /* a request that cannot be carried out as asked */
  CL_DATABASE_ERROR_EMPTY,          /* an empty file that was not to be made a database */
} ClDatabaseError;

typedef enum
{
  CL_DATABASE_OPEN_EXISTING = 0,           /* only a file that is already a CareerLens database */
  CL_DATABASE_OPEN_CREATE = 1 << 0,        /* create the file (and its folder) when missing */
  CL_DATABASE_OPEN_INITIALISE_EMPTY = 1 << 1, /* make an existing empty file a new database */
  CL_DATABASE_OPEN_CHECKED = 1 << 2,       /* another connection has just checked and migrated it */
  CL_DATABASE_OPEN_READER = 1 << 3,        /* one that only reads: no checkpoint on close */
} ClDatabaseOpenFlags;

/* PRAGMA application_id: "CLen" — tells our files from other SQLite files. */
#define CL_DATABASE_APPLICATION_ID 0x434c656e
/* PRAGMA user_version written by this build. */
#define CL_DATABASE_SCHEMA_VERSION 8

#define CL_TYPE_DATABASE (cl_database_get_type ())
G_DECLARE_FINAL_TYPE (ClDatabase, cl_database, CL, DATABASE, GObject)

GQuark      cl_database_error_quark        (void);
char       *cl_database_get_default_path   (void);
/* Opens @path, creating it (private, 0600) if missing or empty. */
ClDatabase *cl_database_open               (const char           *path,
                                            GError              **error);
ClDatabase *cl_database_open_full          (const char           *path,
                                            ClDatabaseOpenFlags   flags,
                                            GError              **error);
/* Writes everything back into the one file (a WAL checkpoint) and closes it;
 * later calls do nothing.  Finalizing an open database closes it too. */
void        cl_database_close              (ClDatabase           *self);
gboolean    cl_database_is_open            (ClDatabase           *self);
const char *cl_database_get_path           (ClDatabase           *self);
int         cl_database_get_schema_version (ClDatabase           *self);

/* How long a write waits for another program's lock before failing with
 * CL_DATABASE_ERROR_BUSY; 5 s unless set.  The window keeps it short. */
void        cl_database_set_busy_timeout   (ClDatabase           *self,
                                            guint                 milliseconds);

/* Copies the write-ahead log into the file and empties it. */
gboolean    cl_database_checkpoint         (ClDatabase           *self,
                                            GError              **error);

/* Whether another program committed since the last look; if so, emits
 * ::changed with an external change set.  The window calls it when it gains
 * the focus; cl_database_set_poll_interval() calls it on a timer too. */
gboolean    cl_database_check_external_changes (ClDatabase       *self);
/* 0 turns the timer off. */
void        cl_database_set_poll_interval  (ClDatabase           *self,
                                            guint                 seconds);

/* clang-format on */
G_END_DECLS
