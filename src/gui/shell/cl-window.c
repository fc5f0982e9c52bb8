/* cl-window.c — the main window: five pages in a view stack
 *
 * It shows itself before the data is read (a spinner meanwhile), then the
 * pages once ClApp hands it the context.  Coming back to it looks for changes
 * another program made to the file.  Actions are in cl-window-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-toast.h"
#include "cl-window-private.h"

G_DEFINE_FINAL_TYPE (ClWindow, cl_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
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

/* The board's search, options and "+" belong to the Pipeline page only;
 * the Offers page has a "+" of its own. */
static void
page_changed_cb (ClWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->stack);
  gboolean    on_board = g_strcmp0 (page, "pipeline") == 0;

  gtk_widget_set_visible (self->new_button, on_board);
  gtk_widget_set_visible (self->new_offer_button, g_strcmp0 (page, "offers") == 0);
  gtk_widget_set_visible (self->compare_button, g_strcmp0 (page, "offers") == 0);
  gtk_widget_set_visible (self->search_button, on_board);
  gtk_widget_set_visible (self->board_menu_button, on_board);
  gtk_widget_set_visible (self->prep_sheet_button, g_strcmp0 (page, "offers") == 0);
  cl_window_update_actions (self);

  /* A page shown again after the window changed width re-lays itself out
   * (the Offers page's leaflet folds or unfolds) and queues a resize as it
   * is first allocated.  GTK 4.8 loses a resize queued while a widget whose
   * own size did not change allocates its children, and draws one frame of
   * the window's content without an allocation ("Trying to snapshot
   * GtkStack without a current allocation").  Queued now, every ancestor is
   * allocated in full, the page's changes within. */
  if (adw_view_stack_get_visible_child (self->stack) != NULL)
    gtk_widget_queue_resize (adw_view_stack_get_visible_child (self->stack));
}

/* Back in the window: another program (or CareerLens on the command line
 * without this window) may have changed the file. */
static void
active_changed_cb (ClWindow *self)
{
  if (self->context != NULL && gtk_window_is_active (GTK_WINDOW (self)))
    cl_database_check_external_changes (cl_context_get_database (self->context));
}

static void
cl_window_constructed (GObject *object)
{
  ClWindow *self = CL_WINDOW (object);
  g_autoptr(GPropertyAction) show_page = NULL;
  g_autoptr(GPropertyAction) compare = NULL;

  G_OBJECT_CLASS (cl_window_parent_class)->constructed (object);

  gtk_widget_insert_action_group (GTK_WIDGET (self), "board",
                                  cl_pipeline_view_get_actions (self->pipeline_view));
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (page_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_changed_cb), NULL);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (self->settings, "last-page", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);

  show_page = g_property_action_new ("show-page", self->stack, "visible-child-name");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_page));
  /* The Offers page's toggle between one offer and all side by side. */
  compare = g_property_action_new ("compare-offers", self->offers_view, "comparing");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (compare));
  page_changed_cb (self);
  cl_window_update_actions (self);

  cl_a11y_watch_toasts (self->toast_overlay);
  cl_a11y_name_view_switchers (GTK_WIDGET (self), _ ("Pages"));
  cl_a11y_name_menus_below (GTK_WIDGET (self));

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static void
cl_window_dispose (GObject *object)
{
  ClWindow *self = CL_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_WINDOW);
  g_clear_object (&self->offer_signals);
  if (self->vault_signals != NULL)
    g_signal_group_set_target (self->vault_signals, NULL);
  g_clear_object (&self->vault_signals);
  if (self->accounts_window != NULL)
    gtk_window_destroy (self->accounts_window);
  g_clear_object (&self->sheet_printer);
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
      cl_window_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_window_class_init (ClWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cl_window_constructed;
  object_class->dispose = cl_window_dispose;
  object_class->get_property = cl_window_get_property;
  object_class->set_property = cl_window_set_property;
  window_class->close_request = cl_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CL_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CL_TYPE_PIPELINE_VIEW);
  g_type_ensure (CL_TYPE_INSIGHTS_VIEW);
  g_type_ensure (CL_TYPE_OFFERS_VIEW);
  g_type_ensure (CL_TYPE_CONTACTS_VIEW);
  g_type_ensure (CL_TYPE_PREP_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/gui/shell/cl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ClWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, pipeline_view);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, insights_view);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, offers_view);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, contacts_view);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, prep_view);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, new_button);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, new_offer_button);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, compare_button);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, board_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ClWindow, prep_sheet_button);

  cl_window_class_install_actions (widget_class);
}

static void
cl_window_init (ClWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID_BASE);
}

ClWindow *
cl_window_new (ClApp *application)
{
  ClWindow           *self = g_object_new (CL_TYPE_WINDOW, "application", application, NULL);
  GtkShortcutsWindow *shortcuts;

  /* The application gives the window its shortcuts window as it adds it. */
  shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));
  if (shortcuts != NULL)
    cl_a11y_name_shortcuts_window (shortcuts);
  return self;
}

void
cl_window_set_context (ClWindow  *self,
                       ClContext *context)
{
  g_return_if_fail (CL_IS_WINDOW (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));

  if (context == NULL || self->context == context)
    return;
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  cl_pipeline_view_set_context (self->pipeline_view, context);
  cl_insights_view_set_context (self->insights_view, context);
  cl_offers_view_set_context (self->offers_view, context);
  cl_contacts_view_set_context (self->contacts_view, context);
  cl_prep_view_set_context (self->prep_view, context);
  cl_window_watch_offers (self);
  cl_window_watch_vault (self);
  gtk_stack_set_visible_child_name (self->content_stack, "pages");
  cl_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

ClContext *
cl_window_get_context (ClWindow *self)
{
  g_return_val_if_fail (CL_IS_WINDOW (self), NULL);

  return self->context;
}

void
cl_window_show_toast (ClWindow   *self,
                      const char *message)
{
  g_return_if_fail (CL_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, cl_toast_new (message));
}
