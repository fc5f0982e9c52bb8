/* cl-test-util.h — temporary folders, fixtures and SQL probes for the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-context.h"
#include "cl-database-private.h"

G_BEGIN_DECLS
/* clang-format off */

/* 2026-11-01T09:00:00Z, the time the fixed test clocks show. */
#define CL_TEST_NOW G_GINT64_CONSTANT (1793523600)

/* A new empty folder under the temporary folder; remove it with
 * cl_test_remove_tree(). */
char       *cl_test_make_tmp_dir    (void);
void        cl_test_remove_tree     (const char  *path);

/* Opens (creating) @name in @dir, failing the test on error. */
ClDatabase *cl_test_open_database   (const char  *dir,
                                     const char  *name);

/* For tests that need nothing but an empty folder of their own: the setup
 * and teardown functions to give g_test_add(). */
typedef struct
{
  char *dir;
} ClTestDirFixture;

void        cl_test_dir_fixture_setup    (ClTestDirFixture *fixture,
                                          gconstpointer     data);
void        cl_test_dir_fixture_teardown (ClTestDirFixture *fixture,
                                          gconstpointer     data);

/* A temporary folder holding careerlens.db (@path), open as @database, and a
 * context on it, loaded, whose clock is fixed at CL_TEST_NOW.  A test's own
 * fixture starts with one, for its stores. */
typedef struct
{
  char       *dir;
  char       *path;
  ClDatabase *database;
  ClClock    *clock;
  ClContext  *context;
} ClTestFixture;

void        cl_test_fixture_setup    (ClTestFixture *fixture);
void        cl_test_fixture_teardown (ClTestFixture *fixture);
/* Another context on the same database, loaded: what the app reads when it
 * starts again. */
ClContext  *cl_test_fixture_reload   (ClTestFixture *fixture);

/* What @context's stores show, as text to compare. */
typedef char *(*ClTestDumpFunc) (ClContext *context);

/* Reloads (cl_test_fixture_reload()) and asserts that the new context shows
 * what the fixture's shows, as @dump writes it. */
void        cl_test_fixture_assert_reload_same (ClTestFixture  *fixture,
                                                ClTestDumpFunc  dump);

/* Add through the store, failing the test on error; the store keeps the new
 * object.  A @stage_id of 0 is the first open stage; a NULL @company, for a
 * contact, is none. */
ClApplication *cl_test_add_application (ClPipelineStore *store,
                                        const char      *company,
                                        const char      *role,
                                        gint64           stage_id);
ClContact     *cl_test_add_contact     (ClContactStore  *store,
                                        const char      *name,
                                        const char      *company);
/* The one application @objective_id is linked to, 0 for none; fails the
 * test if it has several. */
gint64         cl_test_objective_application (ClPrepStore *store,
                                              gint64       objective_id);

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
/* Runs @sql on the file @path over a connection of its own, with plain
 * SQLite, as another program would. */
void        cl_test_exec_file       (const char  *path,
                                     const char  *sql);
/* Every row of every table of the file, in key order: two databases hold the
 * same data when their dumps are equal. */
char       *cl_test_dump_database   (ClDatabase  *database);

/* Every row of the database and what the views show (@models, a dump the
 * test writes), to check that what failed changed neither.  Both functions
 * take @models; cl_test_snapshot_assert_unchanged() also empties @snapshot. */
typedef struct
{
  char *rows;
  char *models;
} ClTestSnapshot;

void        cl_test_snapshot_take             (ClTestSnapshot *snapshot,
                                               ClDatabase     *database,
                                               char           *models);
void        cl_test_snapshot_assert_unchanged (ClTestSnapshot *snapshot,
                                               ClDatabase     *database,
                                               char           *models);

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

/* Counts the emissions of @detailed_signal ("notify", "items-changed"…) of
 * @instance in @counter until g_signal_handlers_disconnect_by_data (@instance,
 * @counter); returns the handler's id. */
gulong      cl_test_count_emissions (gpointer       instance,
                                     const char    *detailed_signal,
                                     guint         *counter);

/* PDFs read back with poppler's tools.  Whether pdftotext and pdfinfo are
 * there (skipping the test when not); the text of each page, by pdftotext
 * -layout (element i is page i + 1); pdfinfo's value for @key ("Pages",
 * "Page size"…). */
gboolean    cl_test_have_poppler    (void);
GStrv       cl_test_pdf_pages       (const char    *path);
char       *cl_test_pdf_info        (const char    *path,
                                     const char    *key);
/* How many times @needle is in @haystack. */
guint       cl_test_count_occurrences (const char  *haystack,
                                       const char  *needle);

/* clang-format on */
G_END_DECLS
