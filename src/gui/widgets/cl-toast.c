/* cl-toast.c — toasts whose titles are text, not markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-toast"

#include "config.h"

#include "cl-toast.h"

/* The overlay's show animation lasts 300 ms, 500 ms when it replaces
 * another toast: past this, dismissing is safe. */
#define SAFE_AFTER (700 * G_TIME_SPAN_MILLISECOND)

AdwToast *
cl_toast_new (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);
  AdwToast        *toast = adw_toast_new (escaped);
  gint64          *made = g_new (gint64, 1);

  /* Toasts are shown as they are made. */
  *made = g_get_monotonic_time ();
  g_object_set_data_full (G_OBJECT (toast), "cl-toast-made", made, g_free);
  return toast;
}

static gboolean
dismiss_later_cb (gpointer data)
{
  adw_toast_dismiss (ADW_TOAST (data));
  return G_SOURCE_REMOVE;
}

void
cl_toast_dismiss (AdwToast *toast)
{
  gint64 *made;
  gint64  wait;

  g_return_if_fail (ADW_IS_TOAST (toast));

  made = g_object_get_data (G_OBJECT (toast), "cl-toast-made");
  wait = made != NULL ? *made + SAFE_AFTER - g_get_monotonic_time () : 0;
  if (wait <= 0)
    {
      adw_toast_dismiss (toast);
      return;
    }
  g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) (wait / G_TIME_SPAN_MILLISECOND) + 1,
                      dismiss_later_cb, g_object_ref (toast), g_object_unref);
}

AdwToast *
cl_toast_new_printf (const char *format,
                     ...)
{
  g_autofree char *text = NULL;
  va_list          args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return cl_toast_new (text);
}
