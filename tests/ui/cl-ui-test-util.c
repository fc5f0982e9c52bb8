/* cl-ui-test-util.c — what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-ui-test"

#include "config.h"

#include <string.h>

#include "cl-ui-test-util.h"

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

  g_assert_true (cl_pipeline_store_add_application (cl_context_get_pipeline_store (context),
                                                    application, cl_stage_get_id (stage), &error));
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

/* The first button below @root for which @get returns @value; fails the test
 * when there is none, saying the button @what “@value”. */
static GtkButton *
find_button_by (GtkWidget *root,
                const char *(*get) (GtkButton *button),
                const char *value,
                const char *what)
{
  g_autoptr(GPtrArray) buttons = cl_ui_find_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (get (g_ptr_array_index (buttons, i)), value) == 0)
      return g_ptr_array_index (buttons, i);
  g_error ("no button %s “%s”", what, value);
}

GtkButton *
cl_ui_find_button (GtkWidget  *root,
                   const char *label)
{
  return find_button_by (root, gtk_button_get_label, label, "labelled");
}

void
cl_ui_click (GtkButton *button)
{
  if (gtk_widget_is_sensitive (GTK_WIDGET (button)))
    g_signal_emit_by_name (button, "clicked");
}

GtkButton *
cl_ui_find_icon_button (GtkWidget  *root,
                        const char *icon_name)
{
  return find_button_by (root, gtk_button_get_icon_name, icon_name, "showing the icon");
}

static void
count_clicked_cb (guint *count)
{
  (*count)++;
}

static gboolean
is_nonzero (gpointer data)
{
  return *(guint *) data > 0;
}

void
cl_ui_activate (GtkButton *button)
{
  /* Clicking may rebuild what holds it: keep the button alive until done. */
  g_autoptr(GtkWidget) widget = g_object_ref (GTK_WIDGET (button));
  guint  count = 0;
  gulong handler;

  g_assert_true (GTK_IS_BUTTON (widget));
  g_assert_true (gtk_widget_get_sensitive (widget));
  handler = g_signal_connect_swapped (widget, "clicked", G_CALLBACK (count_clicked_cb), &count);
  gtk_widget_activate (widget);
  cl_ui_wait_for (is_nonzero, &count);
  g_signal_handler_disconnect (widget, handler);
}

gpointer
cl_ui_find_row (GtkWidget  *root,
                GType       type,
                const char *title)
{
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (root, type);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  g_error ("no row titled “%s”", title);
}

GtkAccessible *
cl_ui_row_text (AdwEntryRow *row)
{
  return GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (row)));
}

GtkLabel *
cl_ui_find_shown_label (GtkWidget  *root,
                        const char *css_class)
{
  g_autoptr(GPtrArray) labels = cl_ui_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_get_visible (label) && gtk_widget_has_css_class (label, css_class) &&
          gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX) == NULL)
        return GTK_LABEL (label);
    }
  return NULL;
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
cl_ui_wait_for (gboolean (*check) (gpointer data),
                gpointer data)
{
  /* Generous: a loaded machine running the sanitizers is slow, not stuck. */
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  /* Wakes the loop now and then, so a condition nothing signals is still
   * checked and the deadline still applies. */
  guint  wake = g_timeout_add (20, wake_cb, NULL);

  while (!check (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("gave up waiting after 30 s");
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

gboolean
cl_ui_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

static gboolean
count_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
two_ticks (gpointer data)
{
  return *(guint *) data >= 2;
}

void
cl_ui_wait_for_frame (GtkWidget *widget)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  guint      ticks = 0;
  guint      id;

  /* Ticks come before the layout of their frame: the second one follows a
   * whole frame. */
  id = gtk_widget_add_tick_callback (window, count_tick_cb, &ticks, NULL);
  gtk_widget_queue_draw (window);
  cl_ui_wait_for (two_ticks, &ticks);
  gtk_widget_remove_tick_callback (window, id);
}

GdkTexture *
cl_ui_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int          width = gtk_widget_get_width (widget);
  int          height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

guint
cl_ui_count_pixels (GdkTexture    *texture,
                    const GdkRGBA *color)
{
  int                width = gdk_texture_get_width (texture);
  int                height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) width * height * 4);
  guint              count = 0;

  /* Cairo's ARGB32: B, G, R, A in memory on little-endian machines. */
  gdk_texture_download (texture, data, (gsize) width * 4);
  for (int i = 0; i < width * height; i++)
    {
      guint32 pixel;
      int     r, g, b;

      memcpy (&pixel, data + i * 4, 4);
      r = (pixel >> 16) & 0xff;
      g = (pixel >> 8) & 0xff;
      b = pixel & 0xff;
      if (ABS (r - (int) (color->red * 255)) <= 6 && ABS (g - (int) (color->green * 255)) <= 6 &&
          ABS (b - (int) (color->blue * 255)) <= 6 && (pixel >> 24) == 0xff)
        count++;
    }
  return count;
}

/* As cl_ui_render(), on the window's background: a widget inside a window
 * draws none of its own. */
static GdkTexture *
render_on_background (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int          width = gtk_widget_get_width (widget);
  int          height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  GdkRGBA background;

  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "window_bg_color",
                                       &background))
    gdk_rgba_parse (&background, "white");
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

void
cl_ui_save_shot (GtkWidget  *widget,
                 const char *name)
{
  const char      *dir = g_getenv ("CAREERLENS_TEST_SHOTS");
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (dir == NULL || *dir == '\0')
    return;
  texture = render_on_background (widget);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} WidthQuery;

static gboolean
has_width (gpointer data)
{
  WidthQuery *query = data;

  return gtk_widget_get_width (query->widget) == query->width;
}

void
cl_ui_resize (GtkWindow *window,
              int        width,
              int        height)
{
  WidthQuery query = { GTK_WIDGET (window), width };

  gtk_window_set_default_size (window, width, height);
  cl_ui_wait_for (has_width, &query);
  cl_ui_flush ();
}

void
cl_ui_scroll_to (GtkWidget *widget)
{
  GtkWidget       *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget       *viewport;
  GtkAdjustment   *adjustment;
  graphene_point_t top;

  if (scroller == NULL)
    return;
  viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  /* A viewport shows its child from the adjustment's value down. */
  g_assert_true (GTK_IS_VIEWPORT (viewport));
  g_assert_true (gtk_widget_compute_point (widget, viewport, &GRAPHENE_POINT_INIT (0, 0), &top));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + top.y);
  cl_ui_wait_for_frame (widget);
}

gboolean
cl_ui_message_shown (GtkWidget  *root,
                     const char *text)
{
  g_autoptr(GPtrArray) labels = cl_ui_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_is_drawable (label) && gtk_widget_has_css_class (label, "error") &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
        return TRUE;
    }
  return FALSE;
}

void
cl_ui_pick_by_typing (GtkWidget  *picker,
                      const char *search,
                      guint       expect_listed)
{
  GtkPopover     *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (picker));
  GtkSearchEntry *entry = cl_ui_find_widget (GTK_WIDGET (popover), GTK_TYPE_SEARCH_ENTRY);

  cl_ui_scroll_to (picker);
  gtk_menu_button_popup (GTK_MENU_BUTTON (picker));
  cl_ui_wait_for (cl_ui_is_mapped, popover);
  gtk_editable_set_text (GTK_EDITABLE (entry), search);
  /* A search entry reports a change after a short pause. */
  g_signal_emit_by_name (entry, "search-changed");
  cl_ui_flush ();
  {
    g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX_ROW);

    g_assert_cmpuint (rows->len, ==, expect_listed);
  }
  g_signal_emit_by_name (entry, "activate");
  cl_ui_flush ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
}

GtkWidget *
cl_ui_find_picker (GtkWidget  *root,
                   const char *label)
{
  g_autoptr(GPtrArray) buttons = cl_ui_find_widgets (root, GTK_TYPE_MENU_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_menu_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);
  g_error ("no picker labelled %s", label);
}
