/* cl-account-row.c — one account in a list: site, username, application
 *
 * The row follows its account (and the application it names) as they
 * change; the buttons act on the shared account.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-account-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-account-row.h"
#include "cl-object-picker.h"
#include "cl-password-copy.h"

struct _ClAccountRow
{
  AdwActionRow  parent_instance;

  ClContext    *context;
  ClAccount    *account;
  GWeakRef      overlay;
  gboolean      on_application_page;
  GtkWidget    *copy_button;
  GtkWidget    *open_button;
  GSignalGroup *account_signals;
};

G_DEFINE_FINAL_TYPE (ClAccountRow, cl_account_row, ADW_TYPE_ACTION_ROW)

static char *
describe_application (ClAccountRow *self)
{
  ClApplication *application;

  if (cl_account_get_application_id (self->account) == 0)
    return NULL;
  application = cl_pipeline_store_find_application (cl_context_get_pipeline_store (self->context),
                                                    cl_account_get_application_id (self->account));
  return application != NULL ? cl_object_picker_describe_application (application) : NULL;
}

static void
show (ClAccountRow *self)
{
  const char      *site = cl_account_get_site (self->account);
  const char      *username = cl_account_get_username (self->account);
  const char      *url = cl_account_get_url (self->account);
  g_autofree char *application = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *copy_label = NULL;
  g_autofree char *open_label = NULL;
  gboolean         has_username = username != NULL && *username != '\0';

  if (self->on_application_page)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _ ("Account"));
      /* Translators: an account on an application's page: site and
       * username, "Acme Careers · ada@example.com". */
      subtitle = has_username ? g_strdup_printf (_ ("%s · %s"), site, username) : g_strdup (site);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), site);
      application = describe_application (self);
      if (has_username && application != NULL)
        subtitle = g_strdup_printf (_ ("%s · %s"), username, application);
      else if (has_username)
        subtitle = g_strdup (username);
      else if (application != NULL)
        subtitle = g_strdup (application);
      else
        subtitle = g_strdup (_ ("No username"));
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  /* Translators: %s is the site, "LinkedIn"; a button's name. */
  copy_label = g_strdup_printf (_ ("Copy Password for %s"), site);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->copy_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, copy_label, -1);
  /* Translators: %s is the site, "LinkedIn"; a button's name. */
  open_label = g_strdup_printf (_ ("Open %s"), site);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, open_label, -1);
  gtk_widget_set_visible (self->open_button, url != NULL && *url != '\0');
}

static void
copy_clicked_cb (ClAccountRow *self)
{
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (&self->overlay);

  /* (A row made before it was in a window finds its overlay now.) */
  if (overlay == NULL)
    {
      GtkWidget *ancestor = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

      if (ancestor != NULL)
        overlay = g_object_ref (ADW_TOAST_OVERLAY (ancestor));
    }
  cl_password_copy_for_account (self->copy_button, cl_context_get_secret_vault (self->context),
                                self->account, overlay);
}

static void
open_clicked_cb (ClAccountRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Through the portal in Flatpak. */
  if (cl_account_get_url (self->account) != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                  cl_account_get_url (self->account), GDK_CURRENT_TIME);
}

static GtkWidget *
suffix_button (ClAccountRow *self,
               const char   *icon_name,
               const char   *tooltip,
               GCallback     callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_swapped (button, "clicked", callback, self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), button);
  return button;
}

static void
cl_account_row_dispose (GObject *object)
{
  ClAccountRow *self = CL_ACCOUNT_ROW (object);

  if (self->account_signals != NULL)
    g_signal_group_set_target (self->account_signals, NULL);
  g_clear_object (&self->account_signals);

  G_OBJECT_CLASS (cl_account_row_parent_class)->dispose (object);
}

static void
cl_account_row_finalize (GObject *object)
{
  ClAccountRow *self = CL_ACCOUNT_ROW (object);

  g_weak_ref_clear (&self->overlay);
  g_clear_object (&self->account);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_account_row_parent_class)->finalize (object);
}

static void
cl_account_row_class_init (ClAccountRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cl_account_row_dispose;
  G_OBJECT_CLASS (klass)->finalize = cl_account_row_finalize;
}

static void
cl_account_row_init (ClAccountRow *self)
{
  g_weak_ref_init (&self->overlay, NULL);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  self->open_button = suffix_button (self, "web-browser-symbolic", _ ("Open Site"),
                                     G_CALLBACK (open_clicked_cb));
  self->copy_button = suffix_button (self, "edit-copy-symbolic", _ ("Copy Password"),
                                     G_CALLBACK (copy_clicked_cb));
  {
    GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

    /* The row says it opens; the arrow only shows it. */
    gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
    adw_action_row_add_suffix (ADW_ACTION_ROW (self), arrow);
  }
  self->account_signals = g_signal_group_new (CL_TYPE_ACCOUNT);
  g_signal_group_connect_object (self->account_signals, "notify", G_CALLBACK (show), self,
                                 G_CONNECT_SWAPPED);
}

GtkWidget *
cl_account_row_new (ClContext       *context,
                    ClAccount       *account,
                    AdwToastOverlay *overlay,
                    gboolean         on_application_page)
{
  ClAccountRow *self;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_ACCOUNT (account), NULL);

  self = g_object_new (CL_TYPE_ACCOUNT_ROW, NULL);
  self->context = g_object_ref (context);
  self->account = g_object_ref (account);
  self->on_application_page = on_application_page;
  g_weak_ref_set (&self->overlay, overlay);
  g_signal_group_set_target (self->account_signals, account);
  show (self);
  return GTK_WIDGET (self);
}

ClAccount *
cl_account_row_get_account (ClAccountRow *self)
{
  g_return_val_if_fail (CL_IS_ACCOUNT_ROW (self), NULL);
  return self->account;
}
