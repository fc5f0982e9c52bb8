/* cl-password-copy.c — "Copy Password" for an account, from any view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-password-copy"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-password-copy.h"
#include "cl-secret-clipboard.h"
#include "cl-toast.h"

typedef struct
{
  GtkWidget *button;
  GWeakRef   overlay;
  char      *site;
} Copy;

static void
copy_free (Copy *copy)
{
  gtk_widget_set_sensitive (copy->button, TRUE);
  g_object_unref (copy->button);
  g_weak_ref_clear (&copy->overlay);
  g_free (copy->site);
  g_free (copy);
}

static void
say (AdwToastOverlay *overlay,
     AdwToast        *toast)
{
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, toast);
  else
    g_object_unref (toast);
}

void
cl_password_copy_text (GtkWidget       *widget,
                       const char      *secret,
                       AdwToastOverlay *overlay)
{
  guint     seconds = cl_secret_clipboard_copy (widget, secret);
  AdwToast *toast;

  toast = cl_toast_new_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Password copied; the clipboard is cleared in %u "
                                            "second",
                                            "Password copied; the clipboard is cleared in %u "
                                            "seconds",
                                            seconds),
                               seconds);
  say (overlay, toast);
}

static void
looked_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Copy *copy = user_data;
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (&copy->overlay);
  g_autoptr(GError) error = NULL;
  char *secret;

  secret = cl_secret_vault_lookup_finish (CL_SECRET_VAULT (source), result, &error);
  if (secret != NULL)
    {
      if (gtk_widget_get_root (copy->button) != NULL)
        cl_password_copy_text (copy->button, secret, overlay);
      cl_secret_vault_free_secret (secret);
    }
  else if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        say (overlay, cl_toast_new (error->message));
    }
  else
    /* Translators: %s is the site, "LinkedIn". */
    say (overlay, cl_toast_new_printf (_ ("No password is saved for %s"), copy->site));
  copy_free (copy);
}

void
cl_password_copy_for_account (GtkWidget       *button,
                              ClSecretVault   *vault,
                              ClAccount       *account,
                              AdwToastOverlay *overlay)
{
  Copy *copy;

  g_return_if_fail (GTK_IS_WIDGET (button));
  g_return_if_fail (CL_IS_SECRET_VAULT (vault));
  g_return_if_fail (CL_IS_ACCOUNT (account));

  copy = g_new0 (Copy, 1);
  copy->button = g_object_ref (button);
  g_weak_ref_init (&copy->overlay, overlay);
  copy->site = g_strdup (cl_account_get_site (account));
  gtk_widget_set_sensitive (button, FALSE);
  cl_secret_vault_lookup_async (vault, cl_account_get_uuid (account), NULL, looked_up_cb, copy);
}
