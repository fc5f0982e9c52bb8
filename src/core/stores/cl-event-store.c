/* cl-event-store.c — the events of the search and who the user met there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-event-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-event-store.h"
#include "cl-model-private.h"
#include "cl-object-list.h"
#include "cl-statement.h"
#include "cl-transaction.h"

struct _ClEventStore
{
  ClStore       parent_instance;

  ClObjectList *events;
};

G_DEFINE_FINAL_TYPE (ClEventStore, cl_event_store, CL_TYPE_STORE)

enum
{
  ATTENDANCE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
select_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("SELECT %s FROM events",
                                              cl_model_class_get_columns (CL_TYPE_EVENT, "")));
  return sql;
}

static gboolean
add_row_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  g_ptr_array_add (user_data, cl_model_new_from_row (CL_TYPE_EVENT, stmt, 0));
  return TRUE;
}

static gboolean
add_id_cb (sqlite3_stmt *stmt,
           gpointer      user_data,
           GError      **error)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);

  g_array_append_val ((GArray *) user_data, id);
  return TRUE;
}

static gpointer
cl_event_store_read (ClStore    *store,
                     ClDatabase *database,
                     GError    **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

  if (!cl_database_foreach (database, add_row_cb, events, error, select_sql (), NULL))
    return NULL;
  return g_steal_pointer (&events);
}

static void
cl_event_store_apply (ClStore *store,
                      gpointer data)
{
  cl_object_list_replace_all (CL_EVENT_STORE (store)->events, data);
}

static void
cl_event_store_free_read (gpointer data)
{
  g_ptr_array_unref (data);
}

static void
refresh (ClEventStore *self,
         gint64        id)
{
  static char *sql;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strconcat (select_sql (), " WHERE id = ?1", NULL));

  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_row_cb, rows, &error,
                            sql, "x", id))
    {
      g_warning ("Could not read event %" G_GINT64_FORMAT " again: %s", id, error->message);
      return;
    }
  if (rows->len == 0)
    cl_object_list_remove (self->events, id);
  else
    cl_object_list_update (self->events, g_ptr_array_index (rows, 0));
}

static void
cl_event_store_changed (ClStore     *store,
                        ClChangeSet *change_set)
{
  ClEventStore *self = CL_EVENT_STORE (store);
  const gint64 *ids;
  guint         n_ids;

  if (cl_change_set_is_external (change_set))
    {
      CL_STORE_CLASS (cl_event_store_parent_class)->changed (store, change_set);
      g_signal_emit (self, signals[ATTENDANCE_CHANGED], 0, (gint64) 0, (gint64) 0);
      return;
    }
  if (!cl_change_set_has_table (change_set, CL_TABLE_EVENTS))
    return;

  ids = cl_change_set_get_ids (change_set, CL_ENTITY_EVENT, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    refresh (self, ids[i]);
  /* Attendance rows name their event and their contact. */
  g_signal_emit (self, signals[ATTENDANCE_CHANGED], 0, (gint64) 0, (gint64) 0);
}

/* Newest first; undated events last; then by name. */
static int
compare_events (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  gint64 x = cl_event_get_starts_at ((ClEvent *) a);
  gint64 y = cl_event_get_starts_at ((ClEvent *) b);

  if (x != y)
    {
      if (x == 0 || y == 0)
        return x == 0 ? 1 : -1;
      return x > y ? -1 : 1;
    }
  return g_utf8_collate (cl_event_get_name ((ClEvent *) a), cl_event_get_name ((ClEvent *) b));
}

static void
cl_event_store_dispose (GObject *object)
{
  ClEventStore *self = CL_EVENT_STORE (object);

  g_clear_pointer (&self->events, cl_object_list_free);

  G_OBJECT_CLASS (cl_event_store_parent_class)->dispose (object);
}

static void
cl_event_store_class_init (ClEventStoreClass *klass)
{
  ClStoreClass *store_class = CL_STORE_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cl_event_store_dispose;
  store_class->read = cl_event_store_read;
  store_class->apply = cl_event_store_apply;
  store_class->free_read = cl_event_store_free_read;
  store_class->changed = cl_event_store_changed;

  /**
   * ClEventStore::attendance-changed:
   * @event_id: the event, or 0 for any
   * @contact_id: the contact, or 0 for any
   */
  signals[ATTENDANCE_CHANGED] = g_signal_new ("attendance-changed", G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                              2, G_TYPE_INT64, G_TYPE_INT64);
}

static void
cl_event_store_init (ClEventStore *self)
{
  self->events = cl_object_list_new (CL_TYPE_EVENT, compare_events, NULL);
}

ClEventStore *
cl_event_store_new (ClDatabase *database,
                    ClClock    *clock)
{
  return g_object_new (CL_TYPE_EVENT_STORE, "database", database, "clock", clock, NULL);
}

GListModel *
cl_event_store_get_events (ClEventStore *self)
{
  g_return_val_if_fail (CL_IS_EVENT_STORE (self), NULL);
  return cl_object_list_get_model (self->events);
}

ClEvent *
cl_event_store_find_event (ClEventStore *self,
                           gint64        event_id)
{
  g_return_val_if_fail (CL_IS_EVENT_STORE (self), NULL);
  return cl_object_list_lookup (self->events, event_id);
}

static ClEvent *
prepare (ClEvent *event,
         GError **error)
{
  g_autoptr(ClEvent) copy = cl_event_copy (event);

  cl_model_normalize (CL_MODEL (copy));
  if (!cl_model_validate (CL_MODEL (copy), error))
    return NULL;
  return g_steal_pointer (&copy);
}

gboolean
cl_event_store_add_event (ClEventStore *self,
                          ClEvent      *event,
                          GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClEvent) copy = NULL;
  gint64 id = 0;

  g_return_val_if_fail (CL_IS_EVENT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_EVENT (event), FALSE);
  g_return_val_if_fail (cl_event_get_id (event) == 0, FALSE);

  copy = prepare (event, error);
  if (copy == NULL)
    return FALSE;
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !cl_model_insert (CL_MODEL (copy), database, &id, error, NULL, NULL))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_EVENTS, CL_ENTITY_EVENT, id);
  if (!cl_transaction_commit (tx, error))
    return FALSE;
  cl_model_set_int64 (CL_MODEL (event), "id", id);
  return TRUE;
}

gboolean
cl_event_store_update_event (ClEventStore *self,
                             ClEvent      *event,
                             GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClEvent) copy = NULL;

  g_return_val_if_fail (CL_IS_EVENT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_EVENT (event), FALSE);

  copy = prepare (event, error);
  if (copy == NULL)
    return FALSE;
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_model_update (CL_MODEL (copy), database, _ ("This event no longer exists."), error, NULL,
                        NULL))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_EVENTS, CL_ENTITY_EVENT, cl_event_get_id (copy));
  return cl_transaction_commit (tx, error);
}

gboolean
cl_event_store_delete_event (ClEventStore *self,
                             ClEvent      *event,
                             GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 id;

  g_return_val_if_fail (CL_IS_EVENT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_EVENT (event), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  id = cl_event_get_id (event);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return FALSE;
  /* The contacts met there change too (ON DELETE SET NULL): say so. */
  {
    g_autoptr(GArray) met = g_array_new (FALSE, FALSE, sizeof (gint64));

    if (!cl_database_foreach (database, add_id_cb, met, error,
                              "SELECT id FROM contacts WHERE met_event_id = ?1", "x", id))
      return FALSE;
    for (guint i = 0; i < met->len; i++)
      cl_transaction_touch (tx, CL_TABLE_CONTACTS, CL_ENTITY_CONTACT,
                            g_array_index (met, gint64, i));
  }
  if (!cl_database_execute_one (database, _ ("This event no longer exists."), error,
                                "DELETE FROM events WHERE id = ?1", "x", id))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_EVENTS, CL_ENTITY_EVENT, id);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_event_store_add_attendee (ClEventStore *self,
                             gint64        event_id,
                             gint64        contact_id,
                             GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_EVENT_STORE (self), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_require_row (database, _ ("This event no longer exists."), error,
                                "SELECT 1 FROM events WHERE id = ?1", "x", event_id) ||
      !cl_database_require_row (database, _ ("This contact no longer exists."), error,
                                "SELECT 1 FROM contacts WHERE id = ?1", "x", contact_id) ||
      !cl_database_execute (database, error,
                            "INSERT OR IGNORE INTO event_attendance (event_id, contact_id)"
                            " VALUES (?1, ?2)",
                            "xx", event_id, contact_id))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_EVENTS, CL_ENTITY_EVENT, event_id);
  cl_transaction_touch (tx, CL_TABLE_EVENTS, CL_ENTITY_CONTACT, contact_id);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_event_store_remove_attendee (ClEventStore *self,
                                gint64        event_id,
                                gint64        contact_id,
                                GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_EVENT_STORE (self), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute (database, error,
                            "DELETE FROM event_attendance WHERE event_id = ?1 AND contact_id = ?2",
                            "xx", event_id, contact_id))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_EVENTS, CL_ENTITY_EVENT, event_id);
  cl_transaction_touch (tx, CL_TABLE_EVENTS, CL_ENTITY_CONTACT, contact_id);
  return cl_transaction_commit (tx, error);
}

GArray *
cl_event_store_list_attendees (ClEventStore *self,
                               gint64        event_id,
                               GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (CL_IS_EVENT_STORE (self), NULL);

  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_id_cb, ids, error,
                            "SELECT a.contact_id FROM event_attendance a"
                            " JOIN contacts c ON c.id = a.contact_id"
                            " WHERE a.event_id = ?1 ORDER BY c.name COLLATE NOCASE",
                            "x", event_id))
    return NULL;
  return g_steal_pointer (&ids);
}

GArray *
cl_event_store_list_events_of (ClEventStore *self,
                               gint64        contact_id,
                               GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (CL_IS_EVENT_STORE (self), NULL);

  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_id_cb, ids, error,
                            "SELECT a.event_id FROM event_attendance a"
                            " JOIN events e ON e.id = a.event_id WHERE a.contact_id = ?1"
                            " ORDER BY e.starts_at IS NULL, e.starts_at DESC",
                            "x", contact_id))
    return NULL;
  return g_steal_pointer (&ids);
}
