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

G_END_DECLS
