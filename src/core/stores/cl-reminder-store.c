/* cl-reminder-store.c — the reminders of the data, and what became of each
 *
 * read() takes what asks for reminders and the kept states (rows of
 * `reminders`: the user's own, and one per derived reminder that was
 * delivered, snoozed or done, named by source_key); apply() keeps them and
 * plans: cl_reminder_plan() gives the reminders and their due times, the
 * states say which were told, moved or done.  Settings, the time zone and
 * the clock moving on plan again without reading.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-reminder-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "cl-reminder-store.h"
#include "cl-statement.h"
#include "cl-transaction.h"
#include "cl-validation.h"

/* The reminder ------------------------------------------------------------------ */

struct _ClReminder
{
  GObject              parent_instance;

  char                *key;
  ClReminderKind       kind;
  ClReminderSourceKind source_kind;
  gint64               source_id;
  const char          *lead; /* static */
  gint64               due_at;
  gint64               time;
  gint64               expires_at;
  gint64               snoozed_until; /* kept state, 0 for none */
  gint64               delivered_at;
  char                *title;
  char                *note;
  gint64               application_id;
  gint64               contact_id;
  gint64               round_id;
  gint64               offer_id;
};

G_DEFINE_FINAL_TYPE (ClReminder, cl_reminder, G_TYPE_OBJECT)

static void
cl_reminder_finalize (GObject *object)
{
  ClReminder *self = CL_REMINDER (object);

  g_free (self->key);
  g_free (self->title);
  g_free (self->note);
  G_OBJECT_CLASS (cl_reminder_parent_class)->finalize (object);
}

static void
cl_reminder_class_init (ClReminderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cl_reminder_finalize;
}

static void
cl_reminder_init (ClReminder *self)
{
}

#define GETTER(type, name, fallback) \
  type cl_reminder_get_##name (ClReminder *self) \
  { \
    g_return_val_if_fail (CL_IS_REMINDER (self), fallback); \
    return self->name; \
  }

GETTER (const char *, key, NULL)
GETTER (ClReminderKind, kind, 0)
GETTER (ClReminderSourceKind, source_kind, 0)
GETTER (gint64, source_id, 0)
GETTER (const char *, lead, NULL)
GETTER (gint64, due_at, 0)
GETTER (gint64, time, 0)
GETTER (gint64, expires_at, 0)
GETTER (const char *, title, NULL)
GETTER (const char *, note, NULL)
GETTER (gint64, application_id, 0)
GETTER (gint64, contact_id, 0)
GETTER (gint64, round_id, 0)
GETTER (gint64, offer_id, 0)

gboolean
cl_reminder_get_delivered (ClReminder *self)
{
  g_return_val_if_fail (CL_IS_REMINDER (self), FALSE);
  return self->delivered_at != 0 && self->delivered_at >= self->time;
}

/* What was read --------------------------------------------------------------- */

typedef struct
{
  gint64 due_at; /* the due time the state was kept for */
  gint64 snoozed_until;
  gint64 done_at;
  gint64 delivered_at;
} State;

typedef struct
{
  gint64 id;
  char  *title;
  char  *note;
  gint64 application_id, contact_id, round_id, offer_id;
  State  state;
} Custom;

typedef struct
{
  gint64 id;
  int    year, month, day;
} TargetDay;

typedef struct
{
  GArray     *sources; /* ClReminderSource, objectives and customs aside */
  GArray     *days;    /* TargetDay: objectives, made local in apply() */
  GHashTable *states;  /* source_key → State */
  GHashTable *customs; /* &id → Custom */
} Read;

static void
custom_free (Custom *custom)
{
  g_free (custom->title);
  g_free (custom->note);
  g_free (custom);
}

static void
read_free (Read *read)
{
  if (read == NULL)
    return;
  g_array_unref (read->sources);
  g_array_unref (read->days);
  g_hash_table_unref (read->states);
  g_hash_table_unref (read->customs);
  g_free (read);
}

struct _ClReminderStore
{
  ClStore            parent_instance;

  ClReminderSettings settings;
  GTimeZone         *zone;
  Read              *read;
  GListStore        *reminders;
  guint              reload_id; /* a change seen, read again from an idle */
};

G_DEFINE_FINAL_TYPE (ClReminderStore, cl_reminder_store, CL_TYPE_STORE)

#define DAY 86400

static gboolean
add_source_cb (sqlite3_stmt *stmt,
               gpointer      user_data,
               GError      **error)
{
  ClReminderSource source = {
    (ClReminderSourceKind) sqlite3_column_int (stmt, 0),
    sqlite3_column_int64 (stmt, 1),
    sqlite3_column_int64 (stmt, 2),
  };

  g_array_append_val (((Read *) user_data)->sources, source);
  return TRUE;
}

static gboolean
add_day_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  TargetDay day = { sqlite3_column_int64 (stmt, 0), 0, 0, 0 };

  if (sscanf (cl_column_text (stmt, 1), "%d-%d-%d", &day.year, &day.month, &day.day) == 3)
    g_array_append_val (((Read *) user_data)->days, day);
  return TRUE;
}

static void
read_state (sqlite3_stmt *stmt,
            int           first,
            State        *state)
{
  state->due_at = cl_column_int64_or (stmt, first, 0);
  state->snoozed_until = cl_column_int64_or (stmt, first + 1, 0);
  state->done_at = cl_column_int64_or (stmt, first + 2, 0);
  state->delivered_at = cl_column_int64_or (stmt, first + 3, 0);
}

static gboolean
add_state_cb (sqlite3_stmt *stmt,
              gpointer      user_data,
              GError      **error)
{
  State *state = g_new0 (State, 1);

  read_state (stmt, 1, state);
  g_hash_table_insert (((Read *) user_data)->states, cl_column_dup (stmt, 0), state);
  return TRUE;
}

static gboolean
add_custom_cb (sqlite3_stmt *stmt,
               gpointer      user_data,
               GError      **error)
{
  Custom *custom = g_new0 (Custom, 1);

  custom->id = sqlite3_column_int64 (stmt, 0);
  custom->title = cl_column_dup (stmt, 1);
  custom->note = cl_column_dup (stmt, 2);
  custom->application_id = cl_column_int64_or (stmt, 3, 0);
  custom->contact_id = cl_column_int64_or (stmt, 4, 0);
  custom->round_id = cl_column_int64_or (stmt, 5, 0);
  custom->offer_id = cl_column_int64_or (stmt, 6, 0);
  read_state (stmt, 7, &custom->state);
  g_hash_table_insert (((Read *) user_data)->customs, &custom->id, custom);
  return TRUE;
}

/* Everything that asks for a reminder, each as (source kind, id, time). */
#define SOURCES_SQL \
  "SELECT 0, r.id, r.scheduled_at FROM interview_rounds r" \
  " JOIN applications a ON a.id = r.application_id" \
  " WHERE r.scheduled_at IS NOT NULL AND r.status IN ('planned', 'scheduled')" \
  "  AND a.archived_at IS NULL" \
  " UNION ALL SELECT 1, id, max (next_follow_up, coalesce (snoozed_until, 0)) FROM contacts" \
  " WHERE next_follow_up IS NOT NULL" \
  " UNION ALL SELECT 2, id, max (coalesce (last_contacted, created_at) + cadence_days * 86400," \
  "  coalesce (snoozed_until, 0)) FROM contacts WHERE cadence_days IS NOT NULL" \
  " UNION ALL SELECT 3, o.id, o.response_deadline FROM offers o" \
  " WHERE o.response_deadline IS NOT NULL AND o.status IN ('received', 'negotiating')"

G_STATIC_ASSERT (CL_REMINDER_SOURCE_ROUND == 0 && CL_REMINDER_SOURCE_FOLLOW_UP == 1 &&
                 CL_REMINDER_SOURCE_STAY == 2 && CL_REMINDER_SOURCE_OFFER == 3);

static gpointer
cl_reminder_store_read (ClStore    *store,
                        ClDatabase *database,
                        GError    **error)
{
  Read *read = g_new0 (Read, 1);

  read->sources = g_array_new (FALSE, FALSE, sizeof (ClReminderSource));
  read->days = g_array_new (FALSE, FALSE, sizeof (TargetDay));
  read->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  read->customs = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                         (GDestroyNotify) custom_free);
  if (!cl_database_foreach (database, add_source_cb, read, error, SOURCES_SQL, NULL) ||
      !cl_database_foreach (database, add_day_cb, read, error,
                            "SELECT id, target_date FROM objectives WHERE target_date IS NOT NULL"
                            " AND status IN ('planned', 'in-progress')",
                            NULL) ||
      !cl_database_foreach (database, add_state_cb, read, error,
                            "SELECT source_key, due_at, snoozed_until, done_at, delivered_at"
                            " FROM reminders WHERE source_key IS NOT NULL",
                            NULL) ||
      !cl_database_foreach (database, add_custom_cb, read, error,
                            "SELECT id, title, body, application_id, contact_id, round_id,"
                            " offer_id, due_at, snoozed_until, done_at, delivered_at"
                            " FROM reminders WHERE source_key IS NULL",
                            NULL))
    {
      read_free (read);
      return NULL;
    }
  return read;
}

/* Planning ------------------------------------------------------------------------ */

static int
compare_reminders (gconstpointer a,
                   gconstpointer b)
{
  ClReminder *first = *(ClReminder **) a, *second = *(ClReminder **) b;

  if (first->time != second->time)
    return first->time < second->time ? -1 : 1;
  return strcmp (first->key, second->key);
}

static ClReminderSourceKind
source_of_key (const char *key)
{
  static const struct
  {
    const char          *prefix;
    ClReminderSourceKind kind;
  } prefixes[] = {
    { "round:", CL_REMINDER_SOURCE_ROUND },
    { "follow-up:", CL_REMINDER_SOURCE_FOLLOW_UP },
    { "stay-in-touch:", CL_REMINDER_SOURCE_STAY },
    { "offer:", CL_REMINDER_SOURCE_OFFER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (key, prefixes[i].prefix))
      return prefixes[i].kind;
  return CL_REMINDER_SOURCE_OBJECTIVE;
}

static ClReminder *
make_reminder (const ClPlannedReminder *planned,
               ClReminderSourceKind     source_kind,
               const State             *state,
               const Custom            *custom)
{
  ClReminder *reminder = g_object_new (CL_TYPE_REMINDER, NULL);

  reminder->key = g_strdup (planned->key);
  reminder->kind = planned->kind;
  reminder->source_kind = source_kind;
  reminder->source_id = planned->source_id;
  reminder->lead = planned->lead;
  reminder->due_at = planned->due_at;
  reminder->expires_at = planned->expires_at;
  if (state != NULL)
    {
      reminder->snoozed_until = state->snoozed_until;
      reminder->delivered_at = state->delivered_at;
    }
  reminder->time = MAX (reminder->due_at, reminder->snoozed_until);
  if (custom != NULL)
    {
      reminder->title = g_strdup (custom->title);
      reminder->note = g_strdup (custom->note);
      reminder->application_id = custom->application_id;
      reminder->contact_id = custom->contact_id;
      reminder->round_id = custom->round_id;
      reminder->offer_id = custom->offer_id;
    }
  return reminder;
}

static void
replan (ClReminderStore *self)
{
  g_autoptr(GArray) sources = NULL;
  g_autoptr(GArray) planned = NULL;
  g_autoptr(GPtrArray) reminders = g_ptr_array_new_with_free_func (g_object_unref);
  gint64         now = cl_clock_now (cl_store_get_clock (CL_STORE (self)));
  GHashTableIter iter;
  gpointer       value;

  if (self->read == NULL)
    return;

  sources = g_array_copy (self->read->sources);
  for (guint i = 0; i < self->read->days->len; i++)
    {
      TargetDay *day = &g_array_index (self->read->days, TargetDay, i);
      g_autoptr(GDateTime) midnight = g_date_time_new (self->zone, day->year, day->month,
                                                        day->day, 0, 0, 0);
      ClReminderSource source = { CL_REMINDER_SOURCE_OBJECTIVE, day->id, 0 };

      if (midnight == NULL)
        continue;
      source.at = g_date_time_to_unix (midnight);
      g_array_append_val (sources, source);
    }
  g_hash_table_iter_init (&iter, self->read->customs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Custom          *custom = value;
      ClReminderSource source = { CL_REMINDER_SOURCE_CUSTOM, custom->id, custom->state.due_at };

      g_array_append_val (sources, source);
    }

  planned = cl_reminder_plan ((ClReminderSource *) (gpointer) sources->data, sources->len,
                              &self->settings, self->zone);
  for (guint i = 0; i < planned->len; i++)
    {
      const ClPlannedReminder *plan = &g_array_index (planned, ClPlannedReminder, i);
      const Custom            *custom = NULL;
      const State             *state = NULL;
      ClReminderSourceKind     source_kind = CL_REMINDER_SOURCE_CUSTOM;

      if (plan->kind == CL_REMINDER_KIND_CUSTOM)
        {
          custom = g_hash_table_lookup (self->read->customs, &plan->source_id);
          state = &custom->state;
        }
      else
        {
          state = g_hash_table_lookup (self->read->states, plan->key);
          /* Kept for another due time: the source moved, it asks again. */
          if (state != NULL && state->due_at != plan->due_at)
            state = NULL;
          source_kind = source_of_key (plan->key);
        }
      if ((state != NULL && state->done_at != 0) || plan->expires_at <= now)
        continue;
      g_ptr_array_add (reminders, make_reminder (plan, source_kind, state, custom));
    }
  g_ptr_array_sort (reminders, compare_reminders);
  g_list_store_splice (self->reminders, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->reminders)), reminders->pdata,
                       reminders->len);
}

static void
cl_reminder_store_apply (ClStore *store,
                         gpointer data)
{
  ClReminderStore *self = CL_REMINDER_STORE (store);

  read_free (self->read);
  self->read = data;
  replan (self);
}

static void
cl_reminder_store_free_read (gpointer data)
{
  read_free (data);
}

static gboolean
reload_cb (gpointer user_data)
{
  ClReminderStore *self = user_data;
  g_autoptr(GError) error = NULL;

  self->reload_id = 0;
  if (!cl_store_load (CL_STORE (self), &error))
    g_warning ("Could not read the reminders again: %s", error->message);
  return G_SOURCE_REMOVE;
}

/* Reads again now if a change is waiting, so that what the methods see is
 * what was committed. */
static void
ensure_fresh (ClReminderStore *self)
{
  if (self->reload_id != 0)
    {
      g_clear_handle_id (&self->reload_id, g_source_remove);
      reload_cb (self);
    }
}

/* Many commits in a row (an import, a generated board) read once, from an
 * idle: reading every round again costs milliseconds at 10,000. */
static void
cl_reminder_store_changed (ClStore     *store,
                           ClChangeSet *change_set)
{
  /* (Applications: archiving one silences its rounds.) */
  static const ClTable tables[] = { CL_TABLE_REMINDERS, CL_TABLE_INTERVIEW_ROUNDS,
                                    CL_TABLE_CONTACTS, CL_TABLE_INTERACTIONS,
                                    CL_TABLE_OFFERS, CL_TABLE_OBJECTIVES,
                                    CL_TABLE_APPLICATIONS };
  ClReminderStore     *self = CL_REMINDER_STORE (store);
  gboolean             touched = cl_change_set_is_external (change_set);

  /* Not read yet: the first read will see the change. */
  if (self->read == NULL)
    return;
  for (guint i = 0; !touched && i < G_N_ELEMENTS (tables); i++)
    touched = cl_change_set_has_table (change_set, tables[i]);
  if (touched && self->reload_id == 0)
    self->reload_id = g_idle_add (reload_cb, self);
}

static void
cl_reminder_store_finalize (GObject *object)
{
  ClReminderStore *self = CL_REMINDER_STORE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  read_free (self->read);
  g_clear_object (&self->reminders);
  g_clear_pointer (&self->zone, g_time_zone_unref);

  G_OBJECT_CLASS (cl_reminder_store_parent_class)->finalize (object);
}

static void
cl_reminder_store_class_init (ClReminderStoreClass *klass)
{
  ClStoreClass *store_class = CL_STORE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = cl_reminder_store_finalize;
  store_class->read = cl_reminder_store_read;
  store_class->apply = cl_reminder_store_apply;
  store_class->free_read = cl_reminder_store_free_read;
  store_class->changed = cl_reminder_store_changed;
}

static void
cl_reminder_store_init (ClReminderStore *self)
{
  cl_reminder_settings_init (&self->settings);
  self->zone = g_time_zone_new_local ();
  self->reminders = g_list_store_new (CL_TYPE_REMINDER);
}

ClReminderStore *
cl_reminder_store_new (ClDatabase *database,
                       ClClock    *clock)
{
  return g_object_new (CL_TYPE_REMINDER_STORE, "database", database, "clock", clock, NULL);
}

void
cl_reminder_store_set_settings (ClReminderStore          *self,
                                const ClReminderSettings *settings)
{
  g_return_if_fail (CL_IS_REMINDER_STORE (self));
  g_return_if_fail (settings != NULL);

  self->settings = *settings;
  replan (self);
}

void
cl_reminder_store_set_time_zone (ClReminderStore *self,
                                 GTimeZone       *zone)
{
  g_return_if_fail (CL_IS_REMINDER_STORE (self));
  g_return_if_fail (zone != NULL);

  g_time_zone_unref (self->zone);
  self->zone = g_time_zone_ref (zone);
  replan (self);
}

gboolean
cl_reminder_store_get_loaded (ClReminderStore *self)
{
  g_return_val_if_fail (CL_IS_REMINDER_STORE (self), FALSE);
  return self->read != NULL;
}

GListModel *
cl_reminder_store_get_reminders (ClReminderStore *self)
{
  g_return_val_if_fail (CL_IS_REMINDER_STORE (self), NULL);
  return G_LIST_MODEL (self->reminders);
}

void
cl_reminder_store_refresh (ClReminderStore *self)
{
  g_return_if_fail (CL_IS_REMINDER_STORE (self));

  if (self->reload_id != 0)
    ensure_fresh (self);
  else
    replan (self);
}

gint64
cl_reminder_store_get_next_time (ClReminderStore *self)
{
  gint64 now, next = 0;

  g_return_val_if_fail (CL_IS_REMINDER_STORE (self), 0);

  ensure_fresh (self);
  now = cl_clock_now (cl_store_get_clock (CL_STORE (self)));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->reminders)); i++)
    {
      g_autoptr(ClReminder) reminder = g_list_model_get_item (G_LIST_MODEL (self->reminders), i);

      if (!cl_reminder_get_delivered (reminder) && reminder->time > now &&
          (next == 0 || reminder->time < next))
        next = reminder->time;
    }
  return next;
}

/* Writing states ---------------------------------------------------------------- */

static const char *const kind_nicks[] = {
  [CL_REMINDER_KIND_INTERVIEW] = "interview",
  [CL_REMINDER_KIND_FOLLOW_UP] = "follow-up",
  [CL_REMINDER_KIND_STAY_IN_TOUCH] = "stay-in-touch",
  [CL_REMINDER_KIND_OFFER_DEADLINE] = "offer-deadline",
  [CL_REMINDER_KIND_OBJECTIVE_DUE] = "objective-due",
  [CL_REMINDER_KIND_CUSTOM] = "custom",
};

/* Keeps @reminder's state, in the caller's transaction: its own row for the
 * user's own, otherwise the row of its key, tied to its source (so that
 * deleting the source deletes it). */
static gboolean
write_state (ClReminderStore *self,
             ClDatabase      *database,
             ClReminder      *reminder,
             gint64           snoozed_until,
             gint64           done_at,
             gint64           delivered_at,
             GError         **error)
{
  gint64 id = reminder->source_id;

  if (reminder->kind == CL_REMINDER_KIND_CUSTOM)
    return cl_database_execute_one (database, _ ("This reminder no longer exists."), error,
                                    "UPDATE reminders SET snoozed_until = ?2, done_at = ?3,"
                                    " delivered_at = ?4 WHERE id = ?1 AND source_key IS NULL",
                                    "xzzz", id, snoozed_until, done_at, delivered_at);
  return cl_database_execute (
    database, error,
    "INSERT INTO reminders (kind, title, due_at, snoozed_until, done_at, delivered_at,"
    " source_key, round_id, contact_id, offer_id, objective_id, created_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?2, ?7, ?8, ?9, ?10, ?11)"
    " ON CONFLICT (source_key) WHERE source_key IS NOT NULL DO UPDATE SET"
    " due_at = excluded.due_at, snoozed_until = excluded.snoozed_until,"
    " done_at = excluded.done_at, delivered_at = excluded.delivered_at",
    "ssxzzzzzzzx", kind_nicks[reminder->kind], reminder->key, reminder->due_at, snoozed_until,
    done_at, delivered_at, reminder->source_kind == CL_REMINDER_SOURCE_ROUND ? id : 0,
    reminder->source_kind == CL_REMINDER_SOURCE_FOLLOW_UP ||
        reminder->source_kind == CL_REMINDER_SOURCE_STAY
      ? id
      : 0,
    reminder->source_kind == CL_REMINDER_SOURCE_OFFER ? id : 0,
    reminder->source_kind == CL_REMINDER_SOURCE_OBJECTIVE ? id : 0,
    cl_clock_now (cl_store_get_clock (CL_STORE (self))));
}

static void
touch (ClTransaction *tx)
{
  cl_transaction_touch (tx, CL_TABLE_REMINDERS, CL_ENTITY_REMINDER, 0);
}

GPtrArray *
cl_reminder_store_deliver_due (ClReminderStore *self,
                               GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(GPtrArray) due = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) told = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) latest = NULL;
  gint64 now;

  g_return_val_if_fail (CL_IS_REMINDER_STORE (self), NULL);

  /* What expired since the last plan is not told. */
  ensure_fresh (self);
  replan (self);
  now = cl_clock_now (cl_store_get_clock (CL_STORE (self)));
  /* Of one source, the latest due: "source kind:id" → ClReminder. */
  latest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->reminders)); i++)
    {
      ClReminder *reminder = g_list_model_get_item (G_LIST_MODEL (self->reminders), i);
      char       *source;
      ClReminder *seen;

      if (cl_reminder_get_delivered (reminder) || reminder->time > now)
        {
          g_object_unref (reminder);
          continue;
        }
      g_ptr_array_add (due, reminder);
      source = g_strdup_printf ("%d:%" G_GINT64_FORMAT, reminder->source_kind,
                                reminder->source_id);
      seen = g_hash_table_lookup (latest, source);
      if (seen == NULL || seen->time <= reminder->time)
        g_hash_table_insert (latest, source, reminder);
      else
        g_free (source);
    }
  if (due->len == 0)
    return g_steal_pointer (&told);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return NULL;
  for (guint i = 0; i < due->len; i++)
    {
      ClReminder      *reminder = g_ptr_array_index (due, i);
      g_autofree char *source = g_strdup_printf ("%d:%" G_GINT64_FORMAT, reminder->source_kind,
                                                 reminder->source_id);

      if (!write_state (self, database, reminder, reminder->snoozed_until, 0, now, error))
        return NULL;
      if (g_hash_table_lookup (latest, source) == reminder)
        g_ptr_array_add (told, g_object_ref (reminder));
    }
  touch (tx);
  if (!cl_transaction_commit (tx, error))
    return NULL;
  return g_steal_pointer (&told);
}

gboolean
cl_reminder_store_snooze (ClReminderStore *self,
                          ClReminder      *reminder,
                          gint64           until,
                          GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_REMINDER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_REMINDER (reminder), FALSE);

  if (until <= cl_clock_now (cl_store_get_clock (CL_STORE (self))))
    {
      const char *fields[] = { "snoozed-until", NULL };

      g_propagate_error (error, cl_validation_error_new (CL_VALIDATION_ERROR_OUT_OF_RANGE, fields,
                                                         _ ("Choose a time still to come.")));
      return FALSE;
    }
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !write_state (self, database, reminder, until, 0, reminder->delivered_at, error))
    return FALSE;
  touch (tx);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_reminder_store_done (ClReminderStore *self,
                        ClReminder      *reminder,
                        GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 now;

  g_return_val_if_fail (CL_IS_REMINDER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_REMINDER (reminder), FALSE);

  now = cl_clock_now (cl_store_get_clock (CL_STORE (self)));
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !write_state (self, database, reminder, reminder->snoozed_until, now,
                                  reminder->delivered_at != 0 ? reminder->delivered_at : now,
                                  error))
    return FALSE;
  touch (tx);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_reminder_store_add_custom (ClReminderStore *self,
                              gint64           application_id,
                              gint64           contact_id,
                              gint64           round_id,
                              gint64           offer_id,
                              gint64           due_at,
                              const char      *title,
                              const char      *note,
                              gint64          *out_id,
                              GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (title != NULL ? title : ""));
  g_autofree char *trimmed_note = g_strstrip (g_strdup (note != NULL ? note : ""));
  gint64           id = 0;
  guint            n_targets = (application_id != 0) + (contact_id != 0) + (round_id != 0) +
                    (offer_id != 0);
  const char      *table = application_id != 0 ? "applications"
                           : contact_id != 0   ? "contacts"
                           : round_id != 0     ? "interview_rounds"
                                               : "offers";
  gint64           target = application_id + contact_id + round_id + offer_id;
  g_autofree char *exists_sql = NULL;

  g_return_val_if_fail (CL_IS_REMINDER_STORE (self), FALSE);
  g_return_val_if_fail (n_targets == 1, FALSE);

  if (*trimmed == '\0')
    {
      const char *fields[] = { "title", NULL };

      g_propagate_error (error, cl_validation_error_new (CL_VALIDATION_ERROR_REQUIRED, fields,
                                                         _ ("Say what to be reminded of.")));
      return FALSE;
    }
  if (due_at <= cl_clock_now (cl_store_get_clock (CL_STORE (self))))
    {
      const char *fields[] = { "due-at", NULL };

      g_propagate_error (error, cl_validation_error_new (CL_VALIDATION_ERROR_OUT_OF_RANGE, fields,
                                                         _ ("Choose a time still to come: this one "
                                                            "has passed.")));
      return FALSE;
    }

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  exists_sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", table);
  if (tx == NULL ||
      !cl_database_require_row (database, _ ("What this reminder is on no longer exists."), error,
                                exists_sql, "x", target) ||
      !cl_database_execute (database, error,
                            "INSERT INTO reminders (kind, title, body, due_at, application_id,"
                            " contact_id, round_id, offer_id, created_at)"
                            " VALUES ('custom', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                            "ssxzzzzx", trimmed, *trimmed_note != '\0' ? trimmed_note : NULL,
                            due_at, application_id, contact_id, round_id, offer_id,
                            cl_clock_now (cl_store_get_clock (CL_STORE (self)))))
    return FALSE;
  id = sqlite3_last_insert_rowid (cl_database_get_handle (database));
  touch (tx);
  if (!cl_transaction_commit (tx, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

gboolean
cl_reminder_store_delete_custom (ClReminderStore *self,
                                 ClReminder      *reminder,
                                 GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_REMINDER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_REMINDER (reminder), FALSE);
  g_return_val_if_fail (reminder->kind == CL_REMINDER_KIND_CUSTOM, FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute_one (database, _ ("This reminder no longer exists."), error,
                                "DELETE FROM reminders WHERE id = ?1 AND source_key IS NULL", "x",
                                reminder->source_id))
    return FALSE;
  touch (tx);
  return cl_transaction_commit (tx, error);
}
