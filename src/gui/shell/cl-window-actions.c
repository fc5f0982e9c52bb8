/* cl-window-actions.c — what the window's header, menu and shortcuts do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-accounts-window.h"
#include "cl-new-application-dialog.h"
#include "cl-prep-sheet.h"
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

/* The prep sheet --------------------------------------------------------------- */

static gboolean
on_offers (ClWindow *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "offers") == 0;
}

/* Ctrl+Shift+C on the Offers page turns the comparison on and off, as the
 * header's Compare Offers toggle does. */
static gboolean
compare_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  ClWindow *self = CL_WINDOW (widget);

  if (self->context == NULL || !on_offers (self) ||
      !gtk_widget_is_sensitive (self->compare_button))
    return FALSE;
  cl_offers_view_set_comparing (self->offers_view,
                                !cl_offers_view_get_comparing (self->offers_view));
  return TRUE;
}

static gboolean
has_open_offers (ClWindow *self)
{
  g_autoptr(GPtrArray) offers = NULL;

  if (self->context == NULL)
    return FALSE;
  offers = cl_prep_sheet_get_open_offers (self->context);
  return offers->len > 0;
}

static ClSheetPrinter *
sheet_printer (ClWindow *self)
{
  if (self->sheet_printer == NULL)
    self->sheet_printer = cl_sheet_printer_new (self->settings, self->toast_overlay);
  return self->sheet_printer;
}

/* The sheet of the open offers, the one the Offers page shows first. */
static ClSheet *
build_prep_sheet (ClWindow *self)
{
  ClOffersView *offers = self->offers_view;

  if (self->context == NULL)
    return NULL;
  return cl_sheet_printer_build_prep_sheet (self->context, cl_offers_view_get_selected (offers),
                                            cl_offers_view_get_comparison_currency (offers));
}

static void
print_prep_sheet_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  ClWindow *self = CL_WINDOW (widget);
  g_autoptr(ClSheet) sheet = build_prep_sheet (self);

  if (sheet != NULL)
    cl_sheet_printer_print (sheet_printer (self), sheet, GTK_WINDOW (self));
}

static void
export_prep_sheet_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  ClWindow *self = CL_WINDOW (widget);
  g_autoptr(ClSheet) sheet = build_prep_sheet (self);

  if (sheet != NULL)
    cl_sheet_printer_export (sheet_printer (self), sheet, GTK_WINDOW (self));
}

/* An offer came, went, or changed its status. */
static void
offers_changed_cb (ClWindow    *self,
                   ClChangeSet *change_set)
{
  if (change_set == NULL || cl_change_set_has_table (change_set, CL_TABLE_OFFERS))
    cl_window_update_actions (self);
}

void
cl_window_watch_offers (ClWindow *self)
{
  GListModel *offers;

  g_return_if_fail (self->context != NULL);

  if (self->offer_signals != NULL)
    return;
  self->offer_signals = g_signal_group_new (CL_TYPE_DATABASE);
  g_signal_group_connect_object (self->offer_signals, "changed", G_CALLBACK (offers_changed_cb),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_set_target (self->offer_signals, cl_context_get_database (self->context));
  /* The offers are read after the board when the window opens. */
  offers = cl_offer_store_get_offers (cl_context_get_offer_store (self->context));
  g_signal_connect_object (offers, "items-changed", G_CALLBACK (cl_window_update_actions), self,
                           G_CONNECT_SWAPPED);
}

static void
update_prep_sheet_actions (ClWindow *self)
{
  gboolean open = has_open_offers (self);
  gboolean enabled = open && on_offers (self);

  /* Ctrl+P and Ctrl+Shift+E print the sheet from the Offers page only. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-prep-sheet", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-prep-sheet", enabled);
  gtk_widget_set_sensitive (self->prep_sheet_button, open);
  gtk_widget_set_tooltip_text (self->prep_sheet_button,
                               open ? _ ("Print or Export the Prep Sheet")
                                    : _ ("The prep sheet needs an offer that is received or "
                                         "being negotiated"));
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

/* Accounts ----------------------------------------------------------------------- */

static void
show_accounts_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ClWindow *self = CL_WINDOW (widget);

  if (self->context == NULL)
    return;
  /* One window, brought forward when it is open already. */
  if (self->accounts_window == NULL)
    {
      self->accounts_window = GTK_WINDOW (cl_accounts_window_new (GTK_WINDOW (self),
                                                                  self->context));
      /* The app's shortcuts (Ctrl+Q, F1…) work there too. */
      gtk_window_set_application (self->accounts_window,
                                  gtk_window_get_application (GTK_WINDOW (self)));
      g_object_add_weak_pointer (G_OBJECT (self->accounts_window),
                                 (gpointer *) &self->accounts_window);
    }
  gtk_window_present (self->accounts_window);
}

/* A deleted account's password stayed in the keyring (say, it was locked):
 * the user can remove it in Passwords and Keys. */
static void
forget_failed_cb (ClWindow   *self,
                  const char *uuid,
                  const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, cl_toast_new (message));
}

void
cl_window_watch_vault (ClWindow *self)
{
  if (self->vault_signals == NULL)
    {
      self->vault_signals = g_signal_group_new (CL_TYPE_SECRET_VAULT);
      g_signal_group_connect_object (self->vault_signals, "forget-failed",
                                     G_CALLBACK (forget_failed_cb), self, G_CONNECT_SWAPPED);
    }
  g_signal_group_set_target (self->vault_signals,
                             self->context != NULL ? cl_context_get_secret_vault (self->context)
                                                   : NULL);
}

void
cl_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-accounts", NULL,
                                   show_accounts_action_cb);
  gtk_widget_class_install_action (widget_class, "win.new-application", NULL,
                                   new_application_action_cb);
  gtk_widget_class_install_action (widget_class, "win.new-offer", NULL, new_offer_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-offer", "x", show_offer_action_cb);
  gtk_widget_class_install_action (widget_class, "win.print-prep-sheet", NULL,
                                   print_prep_sheet_action_cb);
  gtk_widget_class_install_action (widget_class, "win.export-prep-sheet", NULL,
                                   export_prep_sheet_action_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, undo_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                new_offer_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                compare_shortcut_cb, NULL);
}

void
cl_window_update_actions (ClWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-application", self->context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-offer", self->context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-offer", self->context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-accounts", self->context != NULL);
  update_prep_sheet_actions (self);
}
