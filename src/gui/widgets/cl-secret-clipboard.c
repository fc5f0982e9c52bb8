/* cl-secret-clipboard.c — a password on the clipboard, for a little while
 *
 * What was put there is known by its content provider: the clipboard
 * holds that very object until someone else copies, so comparing pointers
 * tells whether it is still ours without reading the clipboard back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-secret-clipboard"

#include "config.h"

#include "cl-secret-clipboard.h"

static struct
{
  GdkClipboard       *clipboard; /* weak */
  GdkContentProvider *provider;
  guint               timeout_id;
} copied;

static void
forget_clipboard (gpointer data,
                  GObject *where_it_was)
{
  copied.clipboard = NULL;
  g_clear_object (&copied.provider);
  g_clear_handle_id (&copied.timeout_id, g_source_remove);
}

void
cl_secret_clipboard_clear_now (void)
{
  g_clear_handle_id (&copied.timeout_id, g_source_remove);
  if (copied.clipboard != NULL && copied.provider != NULL &&
      gdk_clipboard_get_content (copied.clipboard) == copied.provider)
    gdk_clipboard_set_content (copied.clipboard, NULL);
  g_clear_object (&copied.provider);
  if (copied.clipboard != NULL)
    g_object_weak_unref (G_OBJECT (copied.clipboard), forget_clipboard, NULL);
  copied.clipboard = NULL;
}

gboolean
cl_secret_clipboard_is_armed (void)
{
  return copied.timeout_id != 0;
}

static gboolean
clear_cb (gpointer user_data)
{
  copied.timeout_id = 0;
  g_debug ("Clearing the copied password from the clipboard");
  cl_secret_clipboard_clear_now ();
  return G_SOURCE_REMOVE;
}

guint
cl_secret_clipboard_copy (GtkWidget  *widget,
                          const char *secret)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID_BASE);
  guint seconds = g_settings_get_uint (settings, "password-clear-seconds");

  g_return_val_if_fail (GTK_IS_WIDGET (widget), 0);
  g_return_val_if_fail (secret != NULL, 0);

  cl_secret_clipboard_clear_now ();
  copied.clipboard = gtk_widget_get_clipboard (widget);
  g_object_weak_ref (G_OBJECT (copied.clipboard), forget_clipboard, NULL);
  /* As a string: every text format a program may ask for. */
  copied.provider = gdk_content_provider_new_typed (G_TYPE_STRING, secret);
  gdk_clipboard_set_content (copied.clipboard, copied.provider);
  copied.timeout_id = g_timeout_add_seconds (seconds, clear_cb, NULL);
  return seconds;
}
