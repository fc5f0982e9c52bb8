/* cl-drag-escape.c — Escape cancels a drag
 *
 * During an X11 drag GDK grabs the Escape key on the root window, which is
 * no GdkSurface, so the key press reaches no handler.  The display's "xevent"
 * signal sees it: emitting the GdkDrag's ::cancel then runs GDK's own
 * cancellation, which releases the grab and sends "leave" to the target.
 * Elsewhere (Wayland) the compositor handles drags and nothing is needed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-drag-escape"

#include "config.h"

#include "cl-drag-escape.h"

#ifdef HAVE_X11
#include <X11/extensions/XInput2.h>
#include <X11/keysym.h>
#include <gdk/x11/gdkx.h>

/* The XInput extension's opcode: asked of the server once per display (a
 * round trip), not on every event of a drag. */
static int
xinput_opcode (Display *xdisplay)
{
  static GHashTable *opcodes; /* Display * → opcode + 1 */
  gpointer           found;
  int                opcode = 0, event, error;

  if (opcodes == NULL)
    opcodes = g_hash_table_new (NULL, NULL);
  found = g_hash_table_lookup (opcodes, xdisplay);
  if (found != NULL)
    return GPOINTER_TO_INT (found) - 1;
  if (!XQueryExtension (xdisplay, "XInputExtension", &opcode, &event, &error))
    opcode = -1;
  g_hash_table_insert (opcodes, xdisplay, GINT_TO_POINTER (opcode + 1));
  return opcode;
}

static gboolean
xevent_cb (GdkX11Display *display,
           XEvent        *xevent,
           GtkDragSource *source)
{
  XGenericEventCookie *cookie = &xevent->xcookie;
  GdkDrag             *drag;

  if (xevent->type != GenericEvent || cookie->extension != xinput_opcode (cookie->display) ||
      cookie->evtype != XI_KeyPress || cookie->data == NULL)
    return FALSE;

  drag = gtk_drag_source_get_drag (source);
  if (drag == NULL ||
      ((XIDeviceEvent *) cookie->data)->detail != XKeysymToKeycode (cookie->display, XK_Escape))
    return FALSE;

  g_signal_emit_by_name (drag, "cancel", GDK_DRAG_CANCEL_USER_CANCELLED);
  return TRUE;
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag)
{
  GdkDisplay *display = gdk_drag_get_display (drag);
  gulong      handler;

  if (!GDK_IS_X11_DISPLAY (display))
    return;
  /* Gone with the source, should it go mid-drag (its card recycled). */
  handler = g_signal_connect_object (display, "xevent", G_CALLBACK (xevent_cb), source, 0);
  g_object_set_data (G_OBJECT (source), "cl-drag-escape-handler", GUINT_TO_POINTER (handler));
}

static void
drag_over_cb (GtkDragSource *source,
              GdkDrag       *drag)
{
  gulong handler =
    GPOINTER_TO_UINT (g_object_steal_data (G_OBJECT (source), "cl-drag-escape-handler"));
  GdkDisplay *display = gdk_drag_get_display (drag);

  if (handler != 0 && g_signal_handler_is_connected (display, handler))
    g_signal_handler_disconnect (display, handler);
}

static void
drag_end_cb (GtkDragSource *source,
             GdkDrag       *drag,
             gboolean       delete_data)
{
  drag_over_cb (source, drag);
}

static gboolean
drag_cancel_cb (GtkDragSource      *source,
                GdkDrag            *drag,
                GdkDragCancelReason reason)
{
  drag_over_cb (source, drag);
  return FALSE;
}
#endif

void
cl_drag_escape_watch (GtkDragSource *source)
{
  g_return_if_fail (GTK_IS_DRAG_SOURCE (source));

#ifdef HAVE_X11
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), NULL);
  g_signal_connect (source, "drag-end", G_CALLBACK (drag_end_cb), NULL);
  g_signal_connect (source, "drag-cancel", G_CALLBACK (drag_cancel_cb), NULL);
#endif
}
