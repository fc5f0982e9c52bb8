/* cl-bench-util.h — what the benchmarks share: their options, a temporary
 * database, timing and memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-sample-generator.h"

G_BEGIN_DECLS
/* clang-format off */

/* Parses --applications N and --contacts M (10,000 and 5,000 unless given)
 * into @options, with seed 1.  On a mistake it says what is wrong on stderr,
 * after the program's name, and returns FALSE: exit with 2 then. */
gboolean    cl_bench_parse_options  (int               *argc,
                                     char            ***argv,
                                     ClSampleOptions   *options);

/* A new temporary folder for the run and the path of bench.db in it.
 * cl_bench_remove_tmp_dir() removes the folder and what is in it (the
 * database and SQLite's files beside it); cl_bench_fail() removes it too
 * before it aborts. */
char       *cl_bench_make_database_path (void);
void        cl_bench_remove_tmp_dir     (void);
G_NORETURN
void        cl_bench_fail               (const char *format,
                                         ...) G_GNUC_PRINTF (1, 2);

/* The median of @values (sorted in place), and the largest of them. */
double      cl_bench_median         (double            *values,
                                     guint              n);
double      cl_bench_maximum        (const double      *values,
                                     guint              n);

/* Milliseconds since @started, a g_get_monotonic_time(). */
double      cl_bench_ms_since       (gint64             started);

/* The most memory the process has held so far (getrusage()'s maximum
 * resident set). */
long        cl_bench_peak_rss_kib   (void);

/* clang-format on */
G_END_DECLS
