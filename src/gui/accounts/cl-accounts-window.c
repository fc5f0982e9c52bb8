/* cl-accounts-window.c — every job-site account, with its password at hand
 *
 * The list is bound to the account store's model; rows follow their
 * accounts.  Opening the window asks the keyring whether it is there, so a
 * missing or locked one is said before the user types a password.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-accounts-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-account-dialog.h"
#include "cl-account-row.h"
#include "cl-accounts-window.h"
#include "cl-banner.h"
#include "cl-toast.h"
#include "cl-transient.h"

struct _ClAccountsWindow
{
  AdwWindow        parent_instance;

  ClContext       *context;
  GSignalGroup    *vault_signals;
  GSignalGroup    *accounts_signals;

  AdwToastOverlay *toast_overlay;
  ClBanner        *banner;
  GtkStack        *stack;
  GtkListBox      *list;
};

G_DEFINE_FINAL_TYPE (ClAccountsWindow, cl_accounts_window, ADW_TYPE_WINDOW)

static ClSecretVault *
vault (ClAccountsWindow *self)
{
  return cl_context_get_secret_vault (self->context);
}

static void
show_problem (ClAccountsWindow *self)
{
  const char *problem = cl_secret_vault_get_problem (vault (self));

  if (problem != NULL)
    {
      g_autofree char *sentence = cl_secret_vault_dup_problem_sentence (vault (self));

      cl_banner_set_title (self->banner, sentence);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->banner), problem != NULL);
}

static void
show_count (ClAccountsWindow *self)
{
  ClAccountStore *store = cl_context_get_account_store (self->context);
  GListModel     *accounts = cl_account_store_get_accounts (store);

  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (accounts) > 0 ? "list" : "empty");
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  ClAccountsWindow *self = user_data;

  return cl_account_row_new (self->context, item, self->toast_overlay, FALSE);
}

static void
saved_cb (ClAccountDialog  *dialog,
          ClAccount        *account,
          ClAccountsWindow *self)
{
  /* Translators: %s is the site, "LinkedIn". */
  adw_toast_overlay_add_toast (self->toast_overlay,
                               cl_toast_new_printf (_ ("Saved %s"), cl_account_get_site (account)));
}

static void
deleted_cb (ClAccountDialog  *dialog,
            const char       *site,
            ClAccountsWindow *self)
{
  /* Translators: %s is the site, "LinkedIn". */
  adw_toast_overlay_add_toast (self->toast_overlay,
                               cl_toast_new_printf (_ ("Deleted the %s account"), site));
}

static void
open_dialog (ClAccountsWindow *self,
             ClAccount        *account)
{
  ClAccountDialog *dialog = cl_account_dialog_new (GTK_WINDOW (self), self->context, account, 0);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, 0);
  g_signal_connect_object (dialog, "deleted", G_CALLBACK (deleted_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
row_activated_cb (ClAccountsWindow *self,
                  GtkListBoxRow    *row)
{
  if (CL_IS_ACCOUNT_ROW (row))
    open_dialog (self, cl_account_row_get_account (CL_ACCOUNT_ROW (row)));
}

void
cl_accounts_window_add_account (ClAccountsWindow *self)
{
  g_return_if_fail (CL_IS_ACCOUNTS_WINDOW (self));

  open_dialog (self, NULL);
}

static void
add_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cl_accounts_window_add_account (CL_ACCOUNTS_WINDOW (widget));
}

static void
retry_clicked_cb (ClAccountsWindow *self)
{
  cl_secret_vault_check_async (vault (self), NULL, NULL, NULL);
}

static void
cl_accounts_window_dispose (GObject *object)
{
  ClAccountsWindow *self = CL_ACCOUNTS_WINDOW (object);

  if (self->vault_signals != NULL)
    g_signal_group_set_target (self->vault_signals, NULL);
  if (self->accounts_signals != NULL)
    g_signal_group_set_target (self->accounts_signals, NULL);

  G_OBJECT_CLASS (cl_accounts_window_parent_class)->dispose (object);
}

static void
cl_accounts_window_finalize (GObject *object)
{
  ClAccountsWindow *self = CL_ACCOUNTS_WINDOW (object);

  g_clear_object (&self->vault_signals);
  g_clear_object (&self->accounts_signals);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_accounts_window_parent_class)->finalize (object);
}

static void
cl_accounts_window_class_init (ClAccountsWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_accounts_window_dispose;
  object_class->finalize = cl_accounts_window_finalize;

  g_type_ensure (CL_TYPE_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/CareerLens/gui/accounts/"
                                               "cl-accounts-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ClAccountsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ClAccountsWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, ClAccountsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ClAccountsWindow, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "accounts.add", NULL, add_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "accounts.add",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cl_accounts_window_init (ClAccountsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->vault_signals = g_signal_group_new (CL_TYPE_SECRET_VAULT);
  g_signal_group_connect_object (self->vault_signals, "notify::problem",
                                 G_CALLBACK (show_problem), self, G_CONNECT_SWAPPED);
  self->accounts_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->accounts_signals, "items-changed",
                                 G_CALLBACK (show_count), self, G_CONNECT_SWAPPED);
  cl_banner_set_button_label (self->banner, _ ("_Try Again"));
  g_signal_connect_object (cl_banner_get_button (self->banner), "clicked",
                           G_CALLBACK (retry_clicked_cb), self, G_CONNECT_SWAPPED);
}

ClAccountsWindow *
cl_accounts_window_new (GtkWindow *parent,
                        ClContext *context)
{
  ClAccountsWindow *self;
  GListModel       *accounts;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);

  self = g_object_new (CL_TYPE_ACCOUNTS_WINDOW, NULL);
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->context = g_object_ref (context);
  accounts = cl_account_store_get_accounts (cl_context_get_account_store (context));
  gtk_list_box_bind_model (self->list, accounts, create_row_cb, self, NULL);
  g_signal_group_set_target (self->accounts_signals, accounts);
  g_signal_group_set_target (self->vault_signals, vault (self));
  show_count (self);
  show_problem (self);
  cl_secret_vault_check_async (vault (self), NULL, NULL, NULL);
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  cl_a11y_watch_toasts (self->toast_overlay);
  return self;
}
