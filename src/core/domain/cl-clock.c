/* cl-clock.c — the time source every time-dependent module is given
 *
 * The system clock wakes once a minute, just after the minute turns, and
 * compares the local time with the last it saw: a card's "tomorrow 10:00"
 * becomes "today 10:00" at midnight, and reminders have a beat to follow.
 * The timer counts monotonic time, which stands still during suspend, so it
 * also looks again when logind says the computer woke up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-clock"

#include "config.h"

#include <gio/gio.h>

#include "cl-clock.h"

struct _ClClock
{
  GObject          parent_instance;

  gboolean         fixed;
  gint64           unix_time; /* fixed clocks only */

  GDateTime       *last; /* local time at the last look */
  guint            timeout_id;
  GDBusConnection *system_bus;
  guint            sleep_id;
  GCancellable    *cancellable;

  GList           *alarms; /* Alarm *, by time */
  guint            next_alarm_id;
  guint            alarm_timer; /* the system clock's one timer for the first alarm */
  guint            ring_idle;
};

typedef struct
{
  guint            id;
  gint64           unix_time;
  ClClockAlarmFunc func;
  gpointer         user_data;
  GDestroyNotify   destroy;
} Alarm;

G_DEFINE_FINAL_TYPE (ClClock, cl_clock, G_TYPE_OBJECT)

enum
{
  MINUTE_CHANGED,
  HOUR_CHANGED,
  DAY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void  schedule (ClClock *self);
static void  check_alarms (ClClock *self);

void
cl_clock_resync (ClClock *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) last = NULL;
  gboolean day, hour, minute;

  g_return_if_fail (CL_IS_CLOCK (self));

  now = cl_clock_now_local (self);
  last = g_steal_pointer (&self->last);
  self->last = g_date_time_ref (now);

  /* Whatever changed, an alarm may be due now, or its timer wrong. */
  check_alarms (self);
  if (last == NULL)
    return;

  day = g_date_time_get_year (now) != g_date_time_get_year (last) ||
        g_date_time_get_day_of_year (now) != g_date_time_get_day_of_year (last);
  hour = day || g_date_time_get_hour (now) != g_date_time_get_hour (last);
  minute = hour || g_date_time_get_minute (now) != g_date_time_get_minute (last);

  /* Also when time went back (the clock was set), since "today" changed. */
  if (minute)
    g_signal_emit (self, signals[MINUTE_CHANGED], 0);
  if (hour)
    g_signal_emit (self, signals[HOUR_CHANGED], 0);
  if (day)
    g_signal_emit (self, signals[DAY_CHANGED], 0);
}

static gboolean
tick_cb (gpointer user_data)
{
  ClClock *self = user_data;

  self->timeout_id = 0;
  cl_clock_resync (self);
  schedule (self);
  return G_SOURCE_REMOVE;
}

static void
schedule (ClClock *self)
{
  gint64 now = g_get_real_time ();
  gint64 until_next = 60 * G_USEC_PER_SEC - now % (60 * G_USEC_PER_SEC);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  /* A little after the minute turns, so the new minute is the one seen. */
  self->timeout_id = g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) (until_next / 1000) + 50,
                                         tick_cb, self, NULL);
}

static void
prepare_for_sleep_cb (GDBusConnection *connection,
                      const char      *sender,
                      const char      *object_path,
                      const char      *interface,
                      const char      *signal,
                      GVariant        *parameters,
                      gpointer         user_data)
{
  ClClock *self = user_data;
  gboolean going_to_sleep = TRUE;

  g_variant_get (parameters, "(b)", &going_to_sleep);
  if (!going_to_sleep)
    {
      cl_clock_resync (self);
      schedule (self);
    }
}

static void
system_bus_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *bus = g_bus_get_finish (result, &error);
  ClClock         *self;

  if (bus == NULL)
    {
      /* No system bus (a container, a test): the minute timer still runs. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No system bus to hear about suspend: %s", error->message);
      return;
    }

  self = user_data;
  self->system_bus = bus;
  self->sleep_id = g_dbus_connection_signal_subscribe (bus, "org.freedesktop.login1",
                                                       "org.freedesktop.login1.Manager",
                                                       "PrepareForSleep", "/org/freedesktop/login1",
                                                       NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                                       prepare_for_sleep_cb, self, NULL);
}

/* Alarms ---------------------------------------------------------------------- */

static void
alarm_free (Alarm *alarm)
{
  if (alarm->destroy != NULL)
    alarm->destroy (alarm->user_data);
  g_free (alarm);
}

static int
compare_alarms (gconstpointer a,
                gconstpointer b)
{
  const Alarm *first = a, *second = b;

  if (first->unix_time != second->unix_time)
    return first->unix_time < second->unix_time ? -1 : 1;
  return first->id < second->id ? -1 : first->id > second->id;
}

static gboolean alarm_timer_cb (gpointer user_data);

/* Rings, in time order, every alarm that is due; arms the timer for the
 * next (system clock).  A function may add or remove alarms. */
static void
ring_due (ClClock *self)
{
  gint64 now = cl_clock_now (self);

  while (self->alarms != NULL && ((Alarm *) self->alarms->data)->unix_time <= now)
    {
      Alarm *alarm = self->alarms->data;

      self->alarms = g_list_delete_link (self->alarms, self->alarms);
      alarm->func (alarm->user_data);
      alarm_free (alarm);
    }

  g_clear_handle_id (&self->alarm_timer, g_source_remove);
  if (!self->fixed && self->alarms != NULL)
    {
      gint64 wait = ((Alarm *) self->alarms->data)->unix_time - now;

      /* Monotonic seconds; checked against the wall clock when it fires. */
      self->alarm_timer = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT,
                                                      (guint) CLAMP (wait, 1, G_MAXUINT / 2),
                                                      alarm_timer_cb, self, NULL);
    }
}

static gboolean
alarm_timer_cb (gpointer user_data)
{
  ClClock *self = user_data;

  self->alarm_timer = 0;
  ring_due (self);
  return G_SOURCE_REMOVE;
}

static gboolean
ring_idle_cb (gpointer user_data)
{
  ClClock *self = user_data;

  self->ring_idle = 0;
  ring_due (self);
  return G_SOURCE_REMOVE;
}

static void
check_alarms (ClClock *self)
{
  if (self->alarms != NULL && self->ring_idle == 0)
    self->ring_idle = g_idle_add (ring_idle_cb, self);
}

guint
cl_clock_add_alarm (ClClock         *self,
                    gint64           unix_time,
                    ClClockAlarmFunc func,
                    gpointer         user_data,
                    GDestroyNotify   destroy)
{
  Alarm *alarm;

  g_return_val_if_fail (CL_IS_CLOCK (self), 0);
  g_return_val_if_fail (func != NULL, 0);

  alarm = g_new0 (Alarm, 1);
  alarm->id = ++self->next_alarm_id;
  alarm->unix_time = unix_time;
  alarm->func = func;
  alarm->user_data = user_data;
  alarm->destroy = destroy;
  self->alarms = g_list_insert_sorted (self->alarms, alarm, compare_alarms);
  check_alarms (self);
  return alarm->id;
}

void
cl_clock_remove_alarm (ClClock *self,
                       guint    id)
{
  g_return_if_fail (CL_IS_CLOCK (self));

  for (GList *l = self->alarms; id != 0 && l != NULL; l = l->next)
    {
      Alarm *alarm = l->data;

      if (alarm->id == id)
        {
          self->alarms = g_list_delete_link (self->alarms, l);
          alarm_free (alarm);
          return;
        }
    }
}

static void
cl_clock_dispose (GObject *object)
{
  ClClock *self = (ClClock *) object;

  g_clear_handle_id (&self->alarm_timer, g_source_remove);
  g_clear_handle_id (&self->ring_idle, g_source_remove);
  g_list_free_full (g_steal_pointer (&self->alarms), (GDestroyNotify) alarm_free);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->sleep_id != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->sleep_id);
  self->sleep_id = 0;
  g_clear_object (&self->system_bus);
  g_clear_pointer (&self->last, g_date_time_unref);

  G_OBJECT_CLASS (cl_clock_parent_class)->dispose (object);
}

static void
cl_clock_class_init (ClClockClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cl_clock_dispose;

  signals[MINUTE_CHANGED] =
    g_signal_new ("minute-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[HOUR_CHANGED] =
    g_signal_new ("hour-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DAY_CHANGED] =
    g_signal_new ("day-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cl_clock_init (ClClock *self)
{
}

ClClock *
cl_clock_new_system (void)
{
  ClClock *self = g_object_new (CL_TYPE_CLOCK, NULL);

  self->last = cl_clock_now_local (self);
  self->cancellable = g_cancellable_new ();
  schedule (self);
  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, system_bus_cb, self);
  return self;
}

ClClock *
cl_clock_new_fixed (gint64 unix_time)
{
  ClClock *self = g_object_new (CL_TYPE_CLOCK, NULL);

  self->fixed = TRUE;
  self->unix_time = unix_time;
  self->last = cl_clock_now_local (self);
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
  cl_clock_resync (self);
}

void
cl_clock_advance (ClClock *self,
                  gint64   seconds)
{
  g_return_if_fail (CL_IS_CLOCK (self));
  g_return_if_fail (self->fixed);

  cl_clock_set (self, self->unix_time + seconds);
}
