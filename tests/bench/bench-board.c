/* bench-board.c — how the board feels on a large database
 *
 * Generates a season of 10,000 applications over the ten default stages and
 * 5,000 contacts (override with --applications and --contacts) into a
 * temporary directory, then measures, on a real display:
 *
 *   start             as the app starts: a window without data is presented
 *                     while cl_context_open_async() opens, checks and reads
 *                     the file on a worker; the time to the window's first
 *                     painted frame, to the first frame of the board with
 *                     its cards, to every column built (a large board
 *                     builds one column a frame), how long the main thread is busy handing
 *                     the data to the window, and the longest the main loop
 *                     stalls until every store is loaded (median of 3);
 *   first-frame       cl_context_open() → the first frame clock "after-paint"
 *                     of a new ClWindow with the board mapped (median of 3
 *                     runs, a new window and context each run), and the
 *                     open-and-load part of it alone (the old way, blocking);
 *   filter-keystroke  typing a query one character at a time: each keystroke
 *                     is what the search entry's "search-changed" does, a
 *                     synchronous refilter of every column (median, max), and
 *                     the same keystroke up to the next painted frame;
 *   move              one card moved to another stage as a drop does it,
 *                     cl_pipeline_view_move_application(): one committed
 *                     transaction, models and Undo toast (median, max of 50);
 *   peak-rss          getrusage()'s maximum resident set once the board is
 *                     shown, and at the end;
 *   cards-built       how many card widgets the shown board holds.
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

#include "cl-application-card.h"
#include "cl-bench-util.h"
#include "cl-pipeline-view.h"
#include "cl-sample-generator.h"
#include "cl-stage-column.h"
#include "cl-window.h"

#define N_FIRST_FRAME_RUNS 3
#define N_MOVES 50
#define FRAME_TIMEOUT_S 60
#define FILTER_TARGET_MS 8.0

/* What a user looking for ML engineering roles would type. */
#define QUERY "machine learning engineer"

static guint
count_widgets (GtkWidget *root,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, type);
  return n;
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Iterates the main context until @done is set, aborting after a while. */
static void
iterate_until (const gboolean *done,
               const char     *what)
{
  gint64 deadline = g_get_monotonic_time () + FRAME_TIMEOUT_S * G_USEC_PER_SEC;

  while (!*done)
    {
      if (g_get_monotonic_time () > deadline)
        cl_bench_fail ("timed out waiting for %s", what);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Runs whatever is pending without blocking. */
static void
drain_main_context (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Frames ----------------------------------------------------------------- */

#define N_STAGES 10 /* the default stages, open and closed, all shown */

/* A large board builds one column a frame: wait for all of them. */
static void
wait_for_all_columns (GtkWidget *window)
{
  gint64 deadline = g_get_monotonic_time () + FRAME_TIMEOUT_S * G_USEC_PER_SEC;

  while (count_widgets (window, CL_TYPE_STAGE_COLUMN) < N_STAGES)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting for every column");
      g_main_context_iteration (NULL, TRUE);
    }
}

typedef struct
{
  GtkWidget *window;
  gboolean   painted;
  gint64     painted_at;
} FrameWait;

/* The board counts as shown once a column of it is mapped when a frame has
 * been painted. */
static gboolean
board_is_mapped (GtkWidget *window)
{
  GtkWidget *column = find_widget (window, CL_TYPE_STAGE_COLUMN);

  return column != NULL && gtk_widget_get_mapped (column);
}

static void
after_paint_cb (GdkFrameClock *clock,
                FrameWait     *wait)
{
  if (wait->painted || !board_is_mapped (wait->window))
    return;
  wait->painted = TRUE;
  wait->painted_at = g_get_monotonic_time ();
}

/* Waits for the next frame that paints, forcing one. */
static gint64
wait_for_next_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  FrameWait      wait = { window, FALSE, 0 };
  gulong         id;

  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &wait);
  gtk_widget_queue_draw (window);
  iterate_until (&wait.painted, "a frame");
  g_signal_handler_disconnect (clock, id);
  return wait.painted_at;
}

static void
load_app_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  /* What AdwApplication loads from the resource base path by itself. */
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PREFIX "/icons");
}

/* One cold start of the board: open and load, build and present the window,
 * wait for its first painted frame.  Returns the window, shown. */
static GtkWidget *
show_board (const char *path,
            ClClock    *clock,
            double     *out_open_ms,
            double     *out_first_frame_ms)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClContext) context = NULL;
  FrameWait  wait = { NULL, FALSE, 0 };
  GtkWidget *window;
  gint64     started;
  gulong     id;

  started = g_get_monotonic_time ();
  context = cl_context_open (path, clock, &error);
  if (context == NULL)
    cl_bench_fail ("%s", error->message);
  *out_open_ms = cl_bench_ms_since (started);

  window = GTK_WIDGET (g_object_new (CL_TYPE_WINDOW, "context", context, NULL));
  wait.window = window;
  gtk_window_present (GTK_WINDOW (window));
  id = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                         G_CALLBACK (after_paint_cb), &wait);
  iterate_until (&wait.painted, "the board's first frame");
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), id);
  *out_first_frame_ms = (wait.painted_at - started) / 1000.0;
  wait_for_all_columns (window);

  return window;
}

typedef struct
{
  ClContext *context;
  GError    *error;
  gboolean   done;
} AsyncOpen;

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncOpen *open = user_data;

  open->context = cl_context_open_finish (result, &open->error);
  open->done = TRUE;
}

static void
window_painted_cb (GdkFrameClock *clock,
                   FrameWait     *wait)
{
  if (!wait->painted)
    {
      wait->painted = TRUE;
      wait->painted_at = g_get_monotonic_time ();
    }
}

/* The longest the main loop went without running a 1 ms timeout: how long
 * the window could not react. */
typedef struct
{
  gint64 last;
  gint64 longest;
} Stall;

static gboolean
stall_tick_cb (gpointer data)
{
  Stall *stall = data;
  gint64 now = g_get_monotonic_time ();

  if (stall->last != 0)
    stall->longest = MAX (stall->longest, now - stall->last);
  stall->last = now;
  return G_SOURCE_CONTINUE;
}

/* One start the way ClApp does it. */
static void
start_async (const char *path,
             ClClock    *clock,
             double     *out_window_ms,
             double     *out_board_ms,
             double     *out_handover_ms,
             double     *out_complete_ms,
             double     *out_stall_ms)
{
  Stall stall = { 0, 0 };
  guint stall_id;
  g_autoptr(GtkWidget) window = NULL;
  FrameWait first = { NULL, FALSE, 0 };
  FrameWait board = { NULL, FALSE, 0 };
  AsyncOpen open = { NULL, NULL, FALSE };
  gint64    started = g_get_monotonic_time ();
  gint64    handover;
  gulong    id;

  window = g_object_ref_sink (GTK_WIDGET (g_object_new (CL_TYPE_WINDOW, NULL)));
  first.window = window;
  gtk_window_present (GTK_WINDOW (window));
  cl_context_open_async (path, clock, NULL, opened_cb, &open);
  stall_id = g_timeout_add (1, stall_tick_cb, &stall);

  id = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                         G_CALLBACK (window_painted_cb), &first);
  iterate_until (&first.painted, "the window's first frame");
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), id);
  *out_window_ms = (first.painted_at - started) / 1000.0;

  iterate_until (&open.done, "the data");
  if (open.context == NULL)
    cl_bench_fail ("%s", open.error->message);
  board.window = window;
  id = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                         G_CALLBACK (after_paint_cb), &board);
  handover = g_get_monotonic_time ();
  cl_window_set_context (CL_WINDOW (window), open.context);
  *out_handover_ms = cl_bench_ms_since (handover);
  iterate_until (&board.painted, "the board's first frame");
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), id);
  *out_board_ms = (board.painted_at - started) / 1000.0;
  wait_for_all_columns (window);
  wait_for_next_frame (window);
  *out_complete_ms = cl_bench_ms_since (started);
  /* The rest of the stores are read meanwhile; all is in once "loaded". */
  while (!cl_context_get_loaded (open.context))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (stall_id);
  *out_stall_ms = stall.longest / 1000.0;

  gtk_window_destroy (GTK_WINDOW (window));
  drain_main_context ();
  g_clear_object (&open.context);
}

static void
destroy_window (GtkWidget *window)
{
  g_autoptr(GtkWidget) keep = g_object_ref (window);

  gtk_window_destroy (GTK_WINDOW (window));
  drain_main_context ();
}

/* Measurements ------------------------------------------------------------ */

static void
bench_filter (GtkWidget *window)
{
  ClPipelineView  *view = CL_PIPELINE_VIEW (find_widget (window, CL_TYPE_PIPELINE_VIEW));
  ClPipelineQuery *query = cl_pipeline_view_get_query (view);
  GListModel      *first_column =
    cl_stage_column_get_model (CL_STAGE_COLUMN (find_widget (window, CL_TYPE_STAGE_COLUMN)));
  guint              n = (guint) strlen (QUERY);
  g_autofree double *sync_ms = g_new (double, n);
  g_autofree double *frame_ms = g_new (double, n);
  double             clear_ms;
  double             clear_frame_ms;
  gint64             started;

  /* The search bar as the user opens it, by typing on the board. */
  gtk_widget_activate_action (GTK_WIDGET (view), "board.search", NULL);
  wait_for_next_frame (window);

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *typed = g_strndup (QUERY, i);

      /* The search entry's "search-changed" handler does exactly this. */
      started = g_get_monotonic_time ();
      cl_pipeline_query_set_text (query, typed);
      sync_ms[i - 1] = cl_bench_ms_since (started);
      frame_ms[i - 1] = (wait_for_next_frame (window) - started) / 1000.0;
    }
  g_print ("# query \"%s\": %u cards left in the first column\n",
           QUERY, g_list_model_get_n_items (first_column));

  started = g_get_monotonic_time ();
  cl_pipeline_query_set_text (query, "");
  clear_ms = cl_bench_ms_since (started);
  clear_frame_ms = (wait_for_next_frame (window) - started) / 1000.0;

  g_print ("bench: filter-keystrokes %u keystrokes\n", n);
  g_print ("bench: filter-keystroke-max %.2f ms\n", cl_bench_maximum (sync_ms, n));
  g_print ("bench: filter-keystroke-median %.2f ms\n", cl_bench_median (sync_ms, n));
  g_print ("# target: every keystroke under %.0f ms\n", FILTER_TARGET_MS);
  g_print ("bench: filter-keystroke-to-frame-max %.2f ms\n", cl_bench_maximum (frame_ms, n));
  g_print ("bench: filter-keystroke-to-frame-median %.2f ms\n", cl_bench_median (frame_ms, n));
  g_print ("bench: filter-clear %.2f ms\n", clear_ms);
  g_print ("bench: filter-clear-to-frame %.2f ms\n", clear_frame_ms);
}

static void
bench_moves (GtkWidget *window,
             ClContext *context)
{
  ClPipelineView  *view = CL_PIPELINE_VIEW (find_widget (window, CL_TYPE_PIPELINE_VIEW));
  ClPipelineStore *store = cl_context_get_pipeline_store (context);
  GListModel      *stages = cl_pipeline_store_get_stages (store);
  guint            n_stages = g_list_model_get_n_items (stages);
  double           move_ms[N_MOVES];
  gint64           started;

  for (guint i = 0; i < N_MOVES; i++)
    {
      g_autoptr(ClStage) from = g_list_model_get_item (stages, i % n_stages);
      g_autoptr(ClStage) to = g_list_model_get_item (stages, (i + 1) % n_stages);
      GListModel *from_list =
        cl_pipeline_store_get_stage_applications (store, cl_stage_get_id (from));
      GListModel *to_list = cl_pipeline_store_get_stage_applications (store, cl_stage_get_id (to));
      g_autoptr(ClApplication) application = NULL;
      guint position;

      /* A card from the middle of one column dropped between two cards near
       * the top of the next. */
      g_assert_cmpuint (g_list_model_get_n_items (from_list), >, 0);
      application = g_list_model_get_item (from_list, g_list_model_get_n_items (from_list) / 2);
      position = MIN (3, g_list_model_get_n_items (to_list));

      started = g_get_monotonic_time ();
      if (!cl_pipeline_view_move_application (view, application, cl_stage_get_id (to), position))
        cl_bench_fail ("move %u failed", i);
      move_ms[i] = cl_bench_ms_since (started);
      g_assert_cmpint (cl_application_get_stage_id (application), ==, cl_stage_get_id (to));

      /* Let the board catch up before the next drop, as a user would. */
      wait_for_next_frame (window);
    }

  g_print ("bench: move-count %u moves\n", N_MOVES);
  g_print ("bench: move-max %.2f ms\n", cl_bench_maximum (move_ms, N_MOVES));
  g_print ("bench: move-median %.2f ms\n", cl_bench_median (move_ms, N_MOVES));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ClClock) clock = cl_clock_new_fixed (CL_SAMPLE_NOW);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ClSampleOptions  options = {
     0,
  };
  ClSampleCounts counts;
  double         open_ms[N_FIRST_FRAME_RUNS];
  double         first_frame_ms[N_FIRST_FRAME_RUNS];
  double         window_ms[N_FIRST_FRAME_RUNS];
  double         board_ms[N_FIRST_FRAME_RUNS];
  double         handover_ms[N_FIRST_FRAME_RUNS];
  double         stall_ms[N_FIRST_FRAME_RUNS];
  double         complete_ms[N_FIRST_FRAME_RUNS];
  GtkWidget     *window = NULL;
  g_autoptr(ClContext) context = NULL;
  gint64 started;

  if (!cl_bench_parse_options (&argc, &argv, &options))
    return 2;
  if (options.n_applications < 1)
    {
      g_printerr ("bench-board: at least one application is needed\n");
      return 2;
    }

  if (!gtk_init_check ())
    {
      g_printerr ("bench-board: no display, skipped\n");
      return 77;
    }
  adw_init ();
  load_app_style ();

  path = cl_bench_make_database_path ();
  started = g_get_monotonic_time ();
  if (!cl_sample_generate_file (path, &options, &counts, &error))
    cl_bench_fail ("%s", error->message);
  g_print ("bench: generate %.1f ms\n", cl_bench_ms_since (started));
  g_print ("# %u applications, %u contacts\n", counts.n_applications, counts.n_contacts);

  /* (a) Starts as the app does them. */
  for (guint i = 0; i < N_FIRST_FRAME_RUNS; i++)
    start_async (path, clock, &window_ms[i], &board_ms[i], &handover_ms[i], &complete_ms[i],
                 &stall_ms[i]);
  g_print ("bench: start-window-first-frame-median %.1f ms\n",
           cl_bench_median (window_ms, N_FIRST_FRAME_RUNS));
  g_print ("bench: start-board-first-frame-median %.1f ms\n",
           cl_bench_median (board_ms, N_FIRST_FRAME_RUNS));
  g_print ("bench: start-board-complete-median %.1f ms\n",
           cl_bench_median (complete_ms, N_FIRST_FRAME_RUNS));
  g_print ("bench: start-main-thread-handover-median %.1f ms\n",
           cl_bench_median (handover_ms, N_FIRST_FRAME_RUNS));
  g_print ("bench: start-longest-stall-median %.1f ms\n",
           cl_bench_median (stall_ms, N_FIRST_FRAME_RUNS));

  /* (a') Cold starts of the board the blocking way; the last window stays
   * for the rest. */
  for (guint i = 0; i < N_FIRST_FRAME_RUNS; i++)
    {
      if (window != NULL)
        destroy_window (window);
      window = show_board (path, clock, &open_ms[i], &first_frame_ms[i]);
    }
  g_print ("bench: peak-rss-board-shown %ld KiB\n", cl_bench_peak_rss_kib ());
  /* GTK 4.8's list views keep up to about 200 rows each, shown or not. */
  g_print ("bench: cards-built %u cards\n", count_widgets (window, CL_TYPE_APPLICATION_CARD));
  g_print ("bench: first-frame-open-load-median %.1f ms\n",
           cl_bench_median (open_ms, N_FIRST_FRAME_RUNS));
  g_print ("bench: first-frame-median %.1f ms\n",
           cl_bench_median (first_frame_ms, N_FIRST_FRAME_RUNS));
  {
    ClWindow *shown = CL_WINDOW (window);

    g_object_get (shown, "context", &context, NULL);
  }

  /* (b) Typing in the search bar. */
  bench_filter (window);

  /* (c) Moving cards, each committed to disk. */
  bench_moves (window, context);

  g_print ("bench: peak-rss-end %ld KiB\n", cl_bench_peak_rss_kib ());

  destroy_window (window);
  g_clear_object (&context);
  cl_bench_remove_tmp_dir ();
  return EXIT_SUCCESS;
}
