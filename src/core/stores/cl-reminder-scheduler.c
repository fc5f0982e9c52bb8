/* cl-reminder-scheduler.c — one alarm, for the next reminder due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-reminder-scheduler"

#include "config.h"

#include "cl-reminder-scheduler.h"

struct _ClReminderScheduler
{
  GObject          parent_instance;

  ClReminderStore *store;
  ClClock         *clock;
  GSignalGroup    *store_signals;
  guint            alarm_id;
  gint64           armed_time;
  gboolean         started;
};

G_DEFINE_FINAL_TYPE (ClReminderScheduler, cl_reminder_scheduler, G_TYPE_OBJECT)

enum
{
  DUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void  arm (ClReminderScheduler *self);

/* Marks what is due told and hands it on. */
static void
deliver (ClReminderScheduler *self,
         gboolean             missed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) told = cl_reminder_store_deliver_due (self->store, &error);

  if (told == NULL)
    {
      /* Still pending: asked again at the next change or alarm. */
      g_warning ("Could not mark the reminders due as told: %s", error->message);
      return;
    }
  if (told->len > 0)
    g_signal_emit (self, signals[DUE], 0, told, missed);
}

static void
alarm_cb (gpointer user_data)
{
  ClReminderScheduler *self = user_data;

  self->alarm_id = 0;
  self->armed_time = 0;
  deliver (self, FALSE);
  arm (self);
}

static void
arm (ClReminderScheduler *self)
{
  gint64 next;

  if (!self->started)
    return;
  next = cl_reminder_store_get_next_time (self->store);
  if (next == self->armed_time && (next == 0 || self->alarm_id != 0))
    return;
  cl_clock_remove_alarm (self->clock, self->alarm_id);
  self->alarm_id = 0;
  self->armed_time = next;
  if (next != 0)
    self->alarm_id = cl_clock_add_alarm (self->clock, next, alarm_cb, self, NULL);
}

static void
reminders_changed_cb (ClReminderScheduler *self)
{
  arm (self);
}

static void
cl_reminder_scheduler_dispose (GObject *object)
{
  ClReminderScheduler *self = CL_REMINDER_SCHEDULER (object);

  if (self->clock != NULL)
    cl_clock_remove_alarm (self->clock, self->alarm_id);
  self->alarm_id = 0;
  if (self->store_signals != NULL)
    g_signal_group_set_target (self->store_signals, NULL);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (cl_reminder_scheduler_parent_class)->dispose (object);
}

static void
cl_reminder_scheduler_class_init (ClReminderSchedulerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cl_reminder_scheduler_dispose;

  signals[DUE] = g_signal_new ("due", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                               NULL, G_TYPE_NONE, 2, G_TYPE_PTR_ARRAY, G_TYPE_BOOLEAN);
}

static void
cl_reminder_scheduler_init (ClReminderScheduler *self)
{
  self->store_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->store_signals, "items-changed",
                                 G_CALLBACK (reminders_changed_cb), self, G_CONNECT_SWAPPED);
}

ClReminderScheduler *
cl_reminder_scheduler_new (ClReminderStore *store,
                           ClClock         *clock)
{
  ClReminderScheduler *self;

  g_return_val_if_fail (CL_IS_REMINDER_STORE (store), NULL);
  g_return_val_if_fail (CL_IS_CLOCK (clock), NULL);

  self = g_object_new (CL_TYPE_REMINDER_SCHEDULER, NULL);
  self->store = g_object_ref (store);
  self->clock = g_object_ref (clock);
  g_signal_group_set_target (self->store_signals, cl_reminder_store_get_reminders (store));
  return self;
}

void
cl_reminder_scheduler_start (ClReminderScheduler *self)
{
  g_return_if_fail (CL_IS_REMINDER_SCHEDULER (self));

  if (self->started)
    return;
  self->started = TRUE;
  deliver (self, TRUE);
  arm (self);
}

gint64
cl_reminder_scheduler_get_armed_time (ClReminderScheduler *self)
{
  g_return_val_if_fail (CL_IS_REMINDER_SCHEDULER (self), 0);
  return self->armed_time;
}
