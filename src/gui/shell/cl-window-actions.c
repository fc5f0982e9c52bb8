/* cl-window-actions.c — what the window's header, menu and shortcuts do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-new-application-dialog.h"
#include "cl-toast.h"
#include "cl-window-private.h"

static gboolean
on_board (ClWindow *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "pipeline") == 0;
}

static void
show_added_cb (AdwToast      *toast,
               ClApplication *application)
{
  ClWindow *self = g_object_get_data (G_OBJECT (toast), "window");

  if (self == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->stack, "pipeline");
  cl_pipeline_view_reveal_application (self->pipeline_view, application);
}

static void
application_added_cb (ClNewApplicationDialog *dialog,
                      ClApplication          *application,
                      ClWindow               *self)
{
  AdwToast *toast;

  /* The dialog has saved it; say what, as it was saved. */
  toast = cl_toast_new_printf (_ ("Added %s — %s"), cl_application_get_company_name (application),
                               cl_application_get_role (application));

  if (on_board (self))
    cl_pipeline_view_reveal_application (self->pipeline_view, application);
  else
    {
      /* Elsewhere, the user stays where they were and may look. */
      adw_toast_set_button_label (toast, _ ("_Show"));
      g_object_set_data (G_OBJECT (toast), "window", self);
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (show_added_cb),
                             g_object_ref (application),
                             (GClosureNotify) (void (*) (void)) g_object_unref, 0);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
new_application_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  ClWindow               *self = CL_WINDOW (widget);
  ClNewApplicationDialog *dialog;

  if (self->context == NULL)
    return;

  dialog = cl_new_application_dialog_new (GTK_WINDOW (self),
                                          cl_context_get_pipeline_store (self->context));
  g_signal_connect_object (dialog, "application-added", G_CALLBACK (application_added_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The Offers page ----------------------------------------------------------- */

static void
new_offer_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ClWindow *self = CL_WINDOW (widget);

  if (self->context != NULL)
    cl_offers_view_new_offer (self->offers_view);
}

/* An offer, from anywhere (an application's page): the Offers page shows it. */
static void
show_offer_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ClWindow *self = CL_WINDOW (widget);

  if (self->context == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->stack, "offers");
  cl_offers_view_show_offer (self->offers_view, g_variant_get_int64 (parameter));
}

/* Ctrl+N is New Application wherever one is; on the Offers page, Ctrl+Shift+N
 * is New Offer, wherever the focus is in the window. */
static gboolean
new_offer_shortcut_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  ClWindow *self = CL_WINDOW (widget);

  if (self->context == NULL ||
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "offers") != 0)
    return FALSE;
  cl_offers_view_new_offer (self->offers_view);
  return TRUE;
}

/* Ctrl+Z on the board takes back its last move or archive, wherever the
 * focus is in the window (a text field keeps its own Ctrl+Z, as it handles
 * the key first); on other pages it does not reach out to the board. */
static gboolean
undo_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  ClWindow     *self = CL_WINDOW (widget);
  GActionGroup *board = cl_pipeline_view_get_actions (self->pipeline_view);

  if (!on_board (self) || !g_action_group_get_action_enabled (board, "undo"))
    return FALSE;
  g_action_group_activate_action (board, "undo", NULL);
  return TRUE;
}

void
cl_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-application", NULL,
                                   new_application_action_cb);
  gtk_widget_class_install_action (widget_class, "win.new-offer", NULL, new_offer_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-offer", "x", show_offer_action_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, undo_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                new_offer_shortcut_cb, NULL);
}

void
cl_window_update_actions (ClWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-application", self->context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-offer", self->context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-offer", self->context != NULL);
}
