/* cl-autoscroll.c — scroll while a drag hovers near an edge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-autoscroll"

#include "config.h"

#include "cl-autoscroll.h"

#define EDGE 56.0      /* px from an end where scrolling starts */
#define MAX_SPEED 20.0 /* px per frame at the very end */

typedef struct
{
  GtkScrolledWindow *scroller; /* owns this state */
  GtkOrientation     orientation;
  double             speed;
  guint              tick_id;
} Autoscroll;

static GtkAdjustment *
get_adjustment (Autoscroll *state)
{
  return state->orientation == GTK_ORIENTATION_HORIZONTAL
           ? gtk_scrolled_window_get_hadjustment (state->scroller)
           : gtk_scrolled_window_get_vadjustment (state->scroller);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Autoscroll    *state = user_data;
  GtkAdjustment *adjustment = get_adjustment (state);

  if (state->speed == 0)
    return G_SOURCE_REMOVE;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + state->speed);
  return G_SOURCE_CONTINUE;
}

static void
tick_removed_cb (gpointer user_data)
{
  Autoscroll *state = user_data;

  state->tick_id = 0;
  g_rc_box_release (state);
}

static void
motion_cb (GtkDropControllerMotion *controller,
           double                   x,
           double                   y,
           Autoscroll              *state)
{
  gboolean horizontal = state->orientation == GTK_ORIENTATION_HORIZONTAL;
  double   at = horizontal ? x : y;
  double   length = horizontal ? gtk_widget_get_width (GTK_WIDGET (state->scroller))
                               : gtk_widget_get_height (GTK_WIDGET (state->scroller));
  /* Short views would scroll wherever the pointer is: keep the middle still. */
  double   edge = MIN (EDGE, length / 4);

  if (edge <= 0)
    state->speed = 0;
  else if (at < edge)
    state->speed = -MAX_SPEED * (edge - at) / edge;
  else if (at > length - edge)
    state->speed = MAX_SPEED * (at - (length - edge)) / edge;
  else
    state->speed = 0;

  if (state->speed != 0 && state->tick_id == 0)
    state->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (state->scroller), tick_cb,
                                                   g_rc_box_acquire (state), tick_removed_cb);
}

static void
leave_cb (GtkDropControllerMotion *controller,
          Autoscroll              *state)
{
  state->speed = 0;
}

void
cl_autoscroll_attach (GtkScrolledWindow *scroller,
                      GtkOrientation     orientation)
{
  GtkEventController *motion;
  Autoscroll         *state;

  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scroller));
  g_return_if_fail (g_object_get_data (G_OBJECT (scroller), "cl-autoscroll") == NULL);

  state = g_rc_box_new0 (Autoscroll);
  state->scroller = scroller;
  state->orientation = orientation;
  /* Shared by the scroller and a running tick callback, whichever goes last
   * frees it. */
  g_object_set_data_full (G_OBJECT (scroller), "cl-autoscroll", state, g_rc_box_release);

  motion = gtk_drop_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (motion_cb), state);
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), state);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), state);
  gtk_widget_add_controller (GTK_WIDGET (scroller), motion);
}
