/* cl-bench-util.c — what the benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "cl-bench-util.h"

/* One run, one folder: kept here so that a failure anywhere can remove it. */
static char *tmp_dir;

gboolean
cl_bench_parse_options (int             *argc,
                        char          ***argv,
                        ClSampleOptions *options)
{
  gint               n_applications = 10000;
  gint               n_contacts = 5000;
  const GOptionEntry entries[] = {
    { "applications", 'a', 0, G_OPTION_ARG_INT, &n_applications, "Applications to generate", "N" },
    { "contacts", 'c', 0, G_OPTION_ARG_INT, &n_contacts, "Contacts to generate", "M" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, argc, argv, &error) || n_applications < 0 || n_contacts < 0)
    {
      g_printerr ("%s: %s\n", g_get_prgname (),
                  error != NULL ? error->message : "counts must not be negative");
      return FALSE;
    }

  options->n_applications = (guint) n_applications;
  options->n_contacts = (guint) n_contacts;
  options->seed = 1;
  return TRUE;
}

char *
cl_bench_make_database_path (void)
{
  g_autoptr(GError) error = NULL;

  g_assert (tmp_dir == NULL);
  tmp_dir = g_dir_make_tmp ("careerlens-bench-XXXXXX", &error);
  if (tmp_dir == NULL)
    g_error ("%s", error->message);
  return g_build_filename (tmp_dir, "bench.db", NULL);
}

void
cl_bench_remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (tmp_dir == NULL)
    return;
  dir = g_dir_open (tmp_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}

void
cl_bench_fail (const char *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  cl_bench_remove_tmp_dir ();
  g_error ("%s", message);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

double
cl_bench_median (double *values,
                 guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double
cl_bench_maximum (const double *values,
                  guint         n)
{
  double max = values[0];

  for (guint i = 1; i < n; i++)
    max = MAX (max, values[i]);
  return max;
}

double
cl_bench_ms_since (gint64 started)
{
  return (g_get_monotonic_time () - started) / 1000.0;
}

long
cl_bench_peak_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}
