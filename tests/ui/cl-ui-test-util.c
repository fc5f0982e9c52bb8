/* cl-ui-test-util.c — what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-ui-test"

#include "config.h"

#include "cl-ui-test-util.h"

void
cl_ui_fixture_setup (ClUiFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClClock) clock = cl_clock_new_fixed (CL_TEST_NOW);

  fixture->dir = cl_test_make_tmp_dir ();
  fixture->path = g_build_filename (fixture->dir, "careerlens.db", NULL);
  fixture->context = cl_context_open (fixture->path, clock, &error);
  g_assert_no_error (error);
}

void
cl_ui_fixture_teardown (ClUiFixture *fixture)
{
  g_clear_object (&fixture->context);
  cl_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

ClContext *
cl_ui_fixture_reopen (ClUiFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClClock) clock = cl_clock_new_fixed (CL_TEST_NOW);
  ClContext *context = cl_context_open (fixture->path, clock, &error);

  g_assert_no_error (error);
  return context;
}

ClStage *
cl_ui_get_stage (ClContext *context,
                 guint      stage_index)
{
  GListModel *stages = cl_pipeline_store_get_stages (cl_context_get_pipeline_store (context));
  g_autoptr(ClStage) stage = g_list_model_get_item (stages, stage_index);

  g_assert_nonnull (stage);
  return stage; /* the store keeps it */
}

ClApplication *
cl_ui_add_application (ClContext  *context,
                       const char *company,
                       const char *role,
                       guint       stage_index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClApplication) application = cl_application_new (company, role);
  ClStage *stage = cl_ui_get_stage (context, stage_index);

  g_assert_true (cl_pipeline_store_add_application (cl_context_get_pipeline_store (context), application,
                                                    cl_stage_get_id (stage), &error));
  g_assert_no_error (error);
  return application; /* the store keeps it */
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

GPtrArray *
cl_ui_find_widgets (GtkWidget *root,
                    GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_widgets (root, type, found);
  return found;
}

gpointer
cl_ui_find_widget (GtkWidget *root,
                   GType      type)
{
  g_autoptr(GPtrArray) found = cl_ui_find_widgets (root, type);

  if (found->len != 1)
    g_error ("%u widgets of type %s, not one", found->len, g_type_name (type));
  return g_ptr_array_index (found, 0);
}

GtkButton *
cl_ui_find_button (GtkWidget  *root,
                   const char *label)
{
  g_autoptr(GPtrArray) buttons = cl_ui_find_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);
  g_error ("no button labelled “%s”", label);
}

void
cl_ui_click (GtkButton *button)
{
  if (gtk_widget_is_sensitive (GTK_WIDGET (button)))
    g_signal_emit_by_name (button, "clicked");
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
cl_ui_wait_for (gboolean (*check) (gpointer data),
                gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  /* Wakes the loop now and then, so a condition nothing signals is still
   * checked and the deadline still applies. */
  guint wake = g_timeout_add (20, wake_cb, NULL);

  while (!check (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("gave up waiting after 10 s");
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (wake);
}

void
cl_ui_flush (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}
