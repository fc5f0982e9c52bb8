/* cl-window.c — the main window: four pages in a view stack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-new-application-dialog.h"
#include "cl-pipeline-view.h"
#include "cl-window.h"

struct _ClWindow
{
  AdwApplicationWindow  parent_instance;

  ClContext            *context;
  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  ClPipelineView       *pipeline_view;
  GtkWidget            *search_button;
  GtkWidget            *board_menu_button;
};

G_DEFINE_FINAL_TYPE (ClWindow, cl_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
save_window_state (ClWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
cl_window_close_request (GtkWindow *window)
{
  save_window_state (CL_WINDOW (window));

  return GTK_WINDOW_CLASS (cl_window_parent_class)->close_request (window);
}

static void
new_application_response_cb (ClNewApplicationDialog *dialog,
                             ClApplication          *application,
                             ClWindow               *self)
{
  g_autofree char *message = NULL;

  /* The dialog has saved it; say where it went. */
  message = g_strdup_printf (_("Added %s — %s"),
                             cl_application_get_company_name (application),
                             cl_application_get_role (application));
  cl_window_show_toast (self, message);
  adw_view_stack_set_visible_child_name (self->stack, "pipeline");
  cl_pipeline_view_reveal_application (self->pipeline_view, application);
}

static void
new_application_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  ClWindow *self = CL_WINDOW (widget);
  ClNewApplicationDialog *dialog;

  dialog = cl_new_application_dialog_new (GTK_WINDOW (self),
                                          cl_context_get_pipeline_store (self->context));
  g_signal_connect_object (dialog, "application-added",
                           G_CALLBACK (new_application_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The board's search and options belong to the Pipeline page only. */
static void
page_changed_cb (ClWindow *self)
{
  gboolean on_board = g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "pipeline") == 0;

  gtk_widget_set_visible (self->search_button, on_board);
  gtk_widget_set_visible (self->board_menu_button, on_board);
}

static void
cl_window_constructed (GObject *object)
{
  ClWindow *self = CL_WINDOW (object);
  g_autoptr(GPropertyAction) show_page = NULL;

  G_OBJECT_CLASS (cl_window_parent_class)->constructed (object);

  cl_pipeline_view_set_context (self->pipeline_view, self->context);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "board",
                                  cl_pipeline_view_get_actions (self->pipeline_view));
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (page_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (self->settings, "last-page", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);

  show_page = g_property_action_new ("show-page", self->stack, "visible-child-name");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_page));
  page_changed_cb (self);

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static void
cl_window_dispose (GObject *object)
{
  ClWindow *self = CL_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_window_parent_class)->dispose (object);
}

static void
cl_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ClWindow *self = CL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ClWindow *self = CL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_window_class_init (ClWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cl_window_constructed;
  object_class->dispose = cl_window_dispose;
  object_class->get_property = cl_window_get_property;
  object_class->set_property = cl_window_set_property;
  window_class->close_request = cl_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CL_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CL_TYPE_PIPELINE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/shell/cl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ClWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, pipeline_view);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, board_menu_button);

  gtk_widget_class_install_action (widget_class, "win.new-application", NULL, new_application_action_cb);
}

static void
cl_window_init (ClWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID_BASE);
}

ClWindow *
cl_window_new (ClApp     *application,
               ClContext *context)
{
  return g_object_new (CL_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

void
cl_window_show_toast (ClWindow   *self,
                      const char *message)
{
  g_return_if_fail (CL_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}
