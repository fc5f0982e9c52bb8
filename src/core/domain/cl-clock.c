/* cl-clock.c — the time source every time-dependent module is given
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-clock"

#include "config.h"

#include "cl-clock.h"

struct _ClClock
{
  GObject  parent_instance;
  gboolean fixed;
  gint64   unix_time;
};

G_DEFINE_FINAL_TYPE (ClClock, cl_clock, G_TYPE_OBJECT)

static void
cl_clock_class_init (ClClockClass *klass)
{
}

static void
cl_clock_init (ClClock *self)
{
}

ClClock *
cl_clock_new_system (void)
{
  return g_object_new (CL_TYPE_CLOCK, NULL);
}

ClClock *
cl_clock_new_fixed (gint64 unix_time)
{
  ClClock *self = g_object_new (CL_TYPE_CLOCK, NULL);

  self->fixed = TRUE;
  self->unix_time = unix_time;
  return self;
}

gint64
cl_clock_now (ClClock *self)
{
  g_return_val_if_fail (CL_IS_CLOCK (self), 0);

  if (self->fixed)
    return self->unix_time;
  return g_get_real_time () / G_USEC_PER_SEC;
}

GDateTime *
cl_clock_now_local (ClClock *self)
{
  return g_date_time_new_from_unix_local (cl_clock_now (self));
}

void
cl_clock_set (ClClock *self,
              gint64   unix_time)
{
  g_return_if_fail (CL_IS_CLOCK (self));
  g_return_if_fail (self->fixed);

  self->unix_time = unix_time;
}

void
cl_clock_advance (ClClock *self,
                  gint64   seconds)
{
  g_return_if_fail (CL_IS_CLOCK (self));
  g_return_if_fail (self->fixed);

  self->unix_time += seconds;
}
