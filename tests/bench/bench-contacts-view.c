/* bench-contacts-view.c — how fast the Contacts page opens and searches on a large database
 *
 * Generates a season of 10,000 applications and 5,000 contacts (override
 * with --applications and --contacts), then measures on a real display:
 *
 *   view-open         a new ClContactsView given the context, up to its
 *                     first painted frame (median and maximum of 5);
 *   search-keystroke  typing a query one character at a time and deleting it
 *                     again: each keystroke is what the search entry's
 *                     "search-changed" does, a synchronous refilter of the
 *                     list (p95, max; the target is 8 ms at p95), and the
 *                     same keystroke up to the next painted frame;
 *   contact-show      one contact's page shown, as a click in the list does,
 *                     up to the next painted frame (median, max of 20).
 *
 * Prints "bench: <name> <value> <unit>" lines.  Frames are waited for by
 * iterating the main context until they happen, never by sleeping.  Exits
 * 77 (skipped) when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-bench"

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>

#include "cl-bench-util.h"
#include "cl-contacts-view.h"
#include "cl-sample-generator.h"

#define N_OPENS 5
#define N_SHOWS 20
#define FRAME_TIMEOUT_S 60
#define KEYSTROKE_TARGET_MS 8.0
/* What a user looking for an ML person they met would type. */
#define QUERY "machine learning engineer"

typedef struct
{
  gboolean painted;
  gint64   painted_at;
} FrameWait;

static void
after_paint_cb (GdkFrameClock *clock,
                FrameWait     *wait)
{
  if (!wait->painted)
    {
      wait->painted = TRUE;
      wait->painted_at = g_get_monotonic_time ();
    }
}

/* The time of the next frame painted after the changes made so far. */
static gint64
wait_for_next_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  FrameWait      wait = { FALSE, 0 };
  gint64         deadline = g_get_monotonic_time () + FRAME_TIMEOUT_S * G_USEC_PER_SEC;
  gulong         id;

  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &wait);
  gtk_widget_queue_draw (window);
  while (!wait.painted)
    {
      if (g_get_monotonic_time () > deadline)
        cl_bench_fail ("timed out waiting for a frame");
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, id);
  return wait.painted_at;
}

static void
drain_main_context (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* The first widget of @type below @root, not counting those in popovers
 * (the pickers' search entries). */
static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  if (GTK_IS_POPOVER (root))
    return NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The 95th percentile of @values (sorted in place), nearest rank. */
static double
percentile_95 (double *values,
               guint   n)
{
  guint rank = (guint) ((95 * n + 99) / 100);

  qsort (values, n, sizeof (double), compare_doubles);
  return values[MAX (rank, 1) - 1];
}

/* A window holding a new Contacts page, as the main window holds it. */
static GtkWidget *
open_view (ClContext *context,
           double    *out_open_ms)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *view;
  gint64     started = g_get_monotonic_time ();

  view = g_object_new (CL_TYPE_CONTACTS_VIEW, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), view);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  cl_contacts_view_set_context (CL_CONTACTS_VIEW (view), context);
  gtk_window_present (GTK_WINDOW (window));
  *out_open_ms = (wait_for_next_frame (window) - started) / 1000.0;
  return window;
}

static void
bench_search (GtkWidget *window)
{
  ClContactsView    *view = CL_CONTACTS_VIEW (find_widget (window, CL_TYPE_CONTACTS_VIEW));
  GtkWidget         *entry = find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  GListModel        *shown = cl_contacts_view_get_contacts (view);
  guint              n_chars = (guint) strlen (QUERY);
  guint              n = 2 * n_chars;
  g_autofree double *sync_ms = g_new (double, n);
  g_autofree double *frame_ms = g_new (double, n);
  guint              fewest = G_MAXUINT;
  double             p95;

  if (entry == NULL)
    cl_bench_fail ("the Contacts page has no search entry");
  gtk_widget_grab_focus (entry);
  wait_for_next_frame (window);

  for (guint i = 0; i < n; i++)
    {
      /* Typed up to the whole query, then deleted back to nothing. */
      guint            length = i < n_chars ? i + 1 : n - i - 1;
      g_autofree char *typed = g_strndup (QUERY, length);
      gint64           started;

      gtk_editable_set_text (GTK_EDITABLE (entry), typed);
      /* What the entry does a moment after the key, without the pause. */
      started = g_get_monotonic_time ();
      g_signal_emit_by_name (entry, "search-changed");
      sync_ms[i] = cl_bench_ms_since (started);
      frame_ms[i] = (wait_for_next_frame (window) - started) / 1000.0;
      fewest = MIN (fewest, g_list_model_get_n_items (shown));
    }
  g_print ("# query \"%s\": %u contacts left at most typed\n", QUERY, fewest);
  g_print ("bench: search-keystrokes %u keystrokes\n", n);
  g_print ("bench: search-keystroke-max %.2f ms\n", cl_bench_maximum (sync_ms, n));
  p95 = percentile_95 (sync_ms, n);
  g_print ("bench: search-keystroke-p95 %.2f ms\n", p95);
  g_print ("bench: search-keystroke-to-frame-max %.2f ms\n", cl_bench_maximum (frame_ms, n));
  g_print ("bench: search-keystroke-to-frame-p95 %.2f ms\n", percentile_95 (frame_ms, n));
  if (p95 > KEYSTROKE_TARGET_MS)
    g_print ("# over the %.0f ms per keystroke we aim for\n", KEYSTROKE_TARGET_MS);
}

static void
bench_show (GtkWidget *window,
            ClContext *context)
{
  ClContactsView *view = CL_CONTACTS_VIEW (find_widget (window, CL_TYPE_CONTACTS_VIEW));
  GListModel     *contacts = cl_contact_store_get_contacts (cl_context_get_contact_store (context));
  guint           n_contacts = g_list_model_get_n_items (contacts);
  double          show_ms[N_SHOWS];

  for (guint i = 0; i < N_SHOWS; i++)
    {
      g_autoptr(ClContact) contact = g_list_model_get_item (contacts, (i * 251) % n_contacts);
      gint64 started = g_get_monotonic_time ();

      if (!cl_contacts_view_show_contact (view, cl_contact_get_id (contact)))
        cl_bench_fail ("contact %u could not be shown", i);
      show_ms[i] = (wait_for_next_frame (window) - started) / 1000.0;
    }
  g_print ("bench: contact-show-median %.1f ms\n", cl_bench_median (show_ms, N_SHOWS));
  g_print ("bench: contact-show-max %.1f ms\n", cl_bench_maximum (show_ms, N_SHOWS));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ClClock) clock = cl_clock_new_fixed (CL_SAMPLE_NOW);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClContext) context = NULL;
  g_autofree char *path = NULL;
  ClSampleOptions  options = {
     0,
  };
  ClSampleCounts counts;
  double         open_ms[N_OPENS];
  GtkWidget     *window = NULL;
  gint64         started;

  if (!cl_bench_parse_options (&argc, &argv, &options))
    return 2;
  if (!gtk_init_check ())
    {
      g_printerr ("bench-contacts-view: no display, skipped\n");
      return 77;
    }
  adw_init ();

  path = cl_bench_make_database_path ();
  started = g_get_monotonic_time ();
  if (!cl_sample_generate_file (path, &options, &counts, &error))
    cl_bench_fail ("%s", error->message);
  g_print ("bench: generate %.1f ms\n", cl_bench_ms_since (started));
  g_print ("# %u applications, %u contacts\n", counts.n_applications, counts.n_contacts);
  if (counts.n_contacts == 0)
    cl_bench_fail ("no contacts to list");

  context = cl_context_open (path, clock, &error);
  if (context == NULL)
    cl_bench_fail ("%s", error->message);

  for (guint i = 0; i < N_OPENS; i++)
    {
      if (window != NULL)
        {
          gtk_window_destroy (GTK_WINDOW (window));
          drain_main_context ();
        }
      window = open_view (context, &open_ms[i]);
    }
  g_print ("bench: view-open-first-frame-median %.1f ms\n", cl_bench_median (open_ms, N_OPENS));
  g_print ("bench: view-open-first-frame-max %.1f ms\n", cl_bench_maximum (open_ms, N_OPENS));

  bench_search (window);
  bench_show (window, context);

  gtk_window_destroy (GTK_WINDOW (window));
  drain_main_context ();
  cl_context_close (context);
  cl_bench_remove_tmp_dir ();
  return 0;
}
