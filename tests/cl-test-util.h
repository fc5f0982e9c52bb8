/* cl-test-util.h — temporary folders and SQL probes for the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-database-private.h"

G_BEGIN_DECLS

/* 2026-11-01T09:00:00Z, the time the fixed test clocks show. */
#define CL_TEST_NOW G_GINT64_CONSTANT (1793523600)

/* A new empty folder under the temporary folder; remove it with
 * cl_test_remove_tree(). */
char       *cl_test_make_tmp_dir    (void);
void        cl_test_remove_tree     (const char  *path);

/* Opens (creating) @name in @dir, failing the test on error. */
ClDatabase *cl_test_open_database   (const char  *dir,
                                     const char  *name);

/* The first column of the first row of @sql, or -1 when there is no row. */
gint64      cl_test_query_int64     (ClDatabase  *database,
                                     const char  *sql);
/* Every row of @sql as text: columns separated by "|", rows by "\n",
 * NULL written as "NULL". */
char       *cl_test_query_text      (ClDatabase  *database,
                                     const char  *sql);
/* Runs @sql and returns its SQLite result code (primary code only). */
int         cl_test_exec            (ClDatabase  *database,
                                     const char  *sql);
/* Every row of every table of the file, in key order: two databases hold the
 * same data when their dumps are equal. */
char       *cl_test_dump_database   (ClDatabase  *database);

/* Real SQLite failures, instead of hooks in the code under test:
 *  - read-only: every write fails (PRAGMA query_only), as on a file that
 *    cannot be written (CL_DATABASE_ERROR_READ_ONLY);
 *  - disk full: the file may not grow by a page (PRAGMA max_page_count), so a
 *    write that needs room fails (CL_DATABASE_ERROR_FULL);
 *  - the @operation ("INSERT", "UPDATE", "DELETE") on @table fails once the
 *    transaction is under way, from a temporary trigger
 *    (CL_DATABASE_ERROR_CONSTRAINT).
 * cl_test_heal() undoes all of them. */
void        cl_test_set_read_only   (ClDatabase  *database);
void        cl_test_set_disk_full   (ClDatabase  *database);
void        cl_test_fail_on         (ClDatabase  *database,
                                     const char  *operation,
                                     const char  *table);
void        cl_test_heal            (ClDatabase  *database);

/* A long text: a row holding it needs new pages, so it fails on a full disk. */
char       *cl_test_long_text       (void);

/* Counts the ::changed emissions of @database, and keeps the last one. */
typedef struct
{
  guint        n_changes;
  ClChangeSet *last;
  gulong       handler;
  ClDatabase  *database;
} ClTestChanges;

void        cl_test_changes_watch   (ClTestChanges *changes,
                                     ClDatabase    *database);
void        cl_test_changes_clear   (ClTestChanges *changes);

G_END_DECLS
