/* cl-toast.c — toasts whose titles are text, not markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-toast"

#include "config.h"

#include <glib/gi18n.h>

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

typedef struct
{
  ClToastUndoFunc undo;
  GObject        *owner;
  gpointer        data;
  GDestroyNotify  destroy;
  GWeakRef        overlay;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_object (&undo->owner);
  if (undo->destroy != NULL && undo->data != NULL)
    undo->destroy (undo->data);
  g_weak_ref_clear (&undo->overlay);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  g_autoptr(GObject) overlay = g_weak_ref_get (&undo->overlay);

  undo->undo (undo->owner, undo->data, overlay != NULL ? ADW_TOAST_OVERLAY (overlay) : NULL);
}

void
cl_toast_add_undo (AdwToastOverlay *overlay,
                   const char      *text,
                   ClToastUndoFunc  func,
                   GObject         *owner,
                   gpointer         data,
                   GDestroyNotify   destroy)
{
  AdwToast *toast;
  Undo     *undo;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (func != NULL);
  g_return_if_fail (G_IS_OBJECT (owner));

  toast = cl_toast_new (text);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  undo = g_new0 (Undo, 1);
  undo->undo = func;
  undo->owner = g_object_ref (owner);
  undo->data = data;
  undo->destroy = destroy;
  g_weak_ref_init (&undo->overlay, overlay);
  g_object_set_data_full (G_OBJECT (toast), "cl-toast-undo", undo, undo_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo);
  adw_toast_overlay_add_toast (overlay, toast);
}
