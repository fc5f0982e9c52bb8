/* test-ui.c — builds the window and every template against a real database
 *
 * Catches .ui files that use classes or properties newer than the platform,
 * and checks the first vertical slice: a new application reaches its column.
 * Exits 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cl-application-card.h"
#include "cl-database-private.h"
#include "cl-new-application-dialog.h"
#include "cl-pipeline-view.h"
#include "cl-stage-column.h"
#include "cl-window.h"

typedef struct
{
  char      *dir;
  ClContext *context;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClClock) clock = cl_clock_new_fixed (1793523600); /* 2026-11-01 09:00 UTC */
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("careerlens-ui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "careerlens.db", NULL);
  fixture->context = cl_context_open (path, clock, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->context);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

/* Iterates the main loop until @check is true, failing after 10 s. */
static void
wait_for (gboolean (*check) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!check (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

static GPtrArray *
find_widgets (GtkWidget *root,
              GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_widgets (root, type, found);
  return found;
}

static void
test_templates_build (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GObject *overlay;

  /* The shortcuts window is loaded by GtkApplication, not by a class; build it here. */
  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));

  g_assert_true (g_type_class_ref (CL_TYPE_PIPELINE_VIEW) != NULL);
}

static gboolean
stack_shows_board (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
test_window_pages (Fixture       *fixture,
                   gconstpointer  data)
{
  ClWindow *window = g_object_new (CL_TYPE_WINDOW, "context", fixture->context, NULL);
  g_autoptr(GPtrArray) views = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GPtrArray) status_pages = NULL;

  gtk_window_present (GTK_WINDOW (window));

  views = find_widgets (GTK_WIDGET (window), CL_TYPE_PIPELINE_VIEW);
  g_assert_cmpuint (views->len, ==, 1);

  /* Four pages: the board plus three honest empty states; and the page shown
   * while the data is opened. */
  status_pages = find_widgets (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_assert_cmpuint (status_pages->len, ==, 5);

  /* One column per default stage, each named for screen readers. */
  columns = find_widgets (GTK_WIDGET (window), CL_TYPE_STAGE_COLUMN);
  g_assert_cmpuint (columns->len, ==, 10);
  g_assert_cmpstr (cl_stage_get_name (cl_stage_column_get_stage (g_ptr_array_index (columns, 0))), ==, "Wishlist");

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  GtkWidget  *root;
  const char *company;
} CardQuery;

static gboolean
card_is_shown (gpointer data)
{
  CardQuery *query = data;
  g_autoptr(GPtrArray) cards = find_widgets (query->root, CL_TYPE_APPLICATION_CARD);

  for (guint i = 0; i < cards->len; i++)
    {
      ClApplication *application = cl_application_card_get_application (g_ptr_array_index (cards, i));

      if (application != NULL &&
          g_strcmp0 (cl_application_get_company_name (application), query->company) == 0 &&
          gtk_widget_get_mapped (g_ptr_array_index (cards, i)))
        return TRUE;
    }
  return FALSE;
}

static void
test_new_application_dialog (Fixture       *fixture,
                             gconstpointer  data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  ClWindow *window = g_object_new (CL_TYPE_WINDOW, "context", fixture->context, NULL);
  ClNewApplicationDialog *dialog;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) views = NULL;
  CardQuery query = { GTK_WIDGET (window), "Deep Lattice" };
  ClApplication *application;

  gtk_window_present (GTK_WINDOW (window));

  dialog = cl_new_application_dialog_new (GTK_WINDOW (window), store);
  gtk_window_present (GTK_WINDOW (dialog));

  /* Create stays disabled until both company and role are given. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create"));
  rows = find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint (rows->len, ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 0)), "Deep Lattice");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create"));
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 1)), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create"));
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 1)), "Senior ML Engineer");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "create");

  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (store)), ==, 1);
  application = cl_pipeline_store_find_application (store, 1);
  g_assert_nonnull (application);
  g_assert_cmpstr (cl_application_get_company_name (application), ==, "Deep Lattice");
  g_assert_cmpstr (cl_application_get_role (application), ==, "Senior ML Engineer");

  /* The board replaces the empty state and shows the card in Wishlist. */
  views = find_widgets (GTK_WIDGET (window), CL_TYPE_PIPELINE_VIEW);
  wait_for (card_is_shown, &query);
  wait_for (stack_shows_board, g_ptr_array_index (views, 0));

  /* What a screen reader hears names the company, the role and the stage. */
  {
    g_autoptr(GPtrArray) cards = find_widgets (GTK_WIDGET (window), CL_TYPE_APPLICATION_CARD);
    guint n_checked = 0;

    for (guint i = 0; i < cards->len; i++)
      {
        ClApplicationCard *card = g_ptr_array_index (cards, i);
        const char *description = cl_application_card_get_description (card);

        if (cl_application_card_get_application (card) == NULL)
          continue;
        g_assert_nonnull (description);
        g_assert_nonnull (strstr (description, "Deep Lattice"));
        g_assert_nonnull (strstr (description, "Senior ML Engineer"));
        g_assert_nonnull (strstr (description, "Wishlist"));
        n_checked++;
      }
    g_assert_cmpuint (n_checked, ==, 1);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gint64
count_rows (ClContext  *context,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (cl_database_get_handle (cl_context_get_database (context)),
                                       sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* A move the database refuses leaves the card where it was, in the models
 * and on disk: a stage that is gone, or a file that became read-only. */
static void
test_refused_moves (Fixture       *fixture,
                    gconstpointer  data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  ClWindow *window = g_object_new (CL_TYPE_WINDOW, "context", fixture->context, NULL);
  g_autoptr(GPtrArray) views = NULL;
  g_autoptr(ClApplication) application = cl_application_new ("Deep Lattice", "ML Engineer");
  g_autoptr(GError) error = NULL;
  g_autoptr(ClStage) wishlist = g_list_model_get_item (cl_pipeline_store_get_stages (store), 0);
  g_autoptr(ClStage) applied = g_list_model_get_item (cl_pipeline_store_get_stages (store), 1);
  g_autoptr(ClStage) screen = g_list_model_get_item (cl_pipeline_store_get_stages (store), 2);
  ClPipelineView *view;

  g_assert_true (cl_pipeline_store_add_application (store, application, cl_stage_get_id (wishlist), &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  views = find_widgets (GTK_WIDGET (window), CL_TYPE_PIPELINE_VIEW);
  view = g_ptr_array_index (views, 0);

  /* The stage was archived meanwhile (say, in the stage editor). */
  g_assert_true (cl_stage_store_archive_stage (cl_pipeline_store_get_stage_store (store), screen, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (cl_pipeline_view_move_application (view, application, cl_stage_get_id (screen), 0));
  g_assert_cmpint (cl_application_get_stage_id (application), ==, cl_stage_get_id (wishlist));
  g_assert_cmpint (count_rows (fixture->context, "SELECT count(*) FROM stage_history"), ==, 1);

  /* The file became read-only. */
  g_assert_cmpint (sqlite3_exec (cl_database_get_handle (cl_context_get_database (fixture->context)),
                                 "PRAGMA query_only = ON", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (cl_pipeline_view_move_application (view, application, cl_stage_get_id (applied), 0));
  g_assert_cmpint (cl_application_get_stage_id (application), ==, cl_stage_get_id (wishlist));
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stage_applications (store, cl_stage_get_id (wishlist))),
                    ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stage_applications (store, cl_stage_get_id (applied))),
                    ==, 0);
  g_assert_cmpint (count_rows (fixture->context,
                               "SELECT count(*) FROM applications WHERE stage_id = (SELECT id FROM stages WHERE position = 0 AND archived = 0)"),
                   ==, 1);
  g_assert_cmpint (count_rows (fixture->context, "SELECT count(*) FROM stage_history"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    return 77;
  adw_init ();

  g_test_add_func ("/ui/templates", test_templates_build);
  g_test_add ("/ui/window/pages", Fixture, NULL, fixture_setup, test_window_pages, fixture_teardown);
  g_test_add ("/ui/refused-moves", Fixture, NULL, fixture_setup, test_refused_moves, fixture_teardown);
  g_test_add ("/ui/new-application", Fixture, NULL, fixture_setup,
              test_new_application_dialog, fixture_teardown);

  return g_test_run ();
}
