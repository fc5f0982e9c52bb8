/* cl-journal-store.c — the journal of each application
 *
 * Entries are read when an application's page opens, newest first.  An
 * entry can become a learning objective of the prep plan; the objective is
 * linked back to the application, and the entry to the objective.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-journal-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-deletion-private.h"
#include "cl-journal-store.h"
#include "cl-model-private.h"
#include "cl-statement.h"
#include "cl-transaction.h"

struct _ClJournalStore
{
  ClStore      parent_instance;

  ClPrepStore *prep;
};

G_DEFINE_FINAL_TYPE (ClJournalStore, cl_journal_store, CL_TYPE_STORE)

enum
{
  ENTRIES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cl_journal_store_changed (ClStore     *store,
                          ClChangeSet *change_set)
{
  cl_store_emit_per_application (store, change_set, CL_TABLE_JOURNAL_ENTRIES,
                                 signals[ENTRIES_CHANGED]);

  /* An entry shows its objective's title, which the prep plan may change. */
  if (!cl_change_set_is_external (change_set) &&
      cl_change_set_has_table (change_set, CL_TABLE_OBJECTIVES) &&
      !cl_change_set_has_table (change_set, CL_TABLE_JOURNAL_ENTRIES))
    g_signal_emit (store, signals[ENTRIES_CHANGED], 0, (gint64) 0);
}

static void
cl_journal_store_dispose (GObject *object)
{
  ClJournalStore *self = CL_JOURNAL_STORE (object);

  g_clear_object (&self->prep);

  G_OBJECT_CLASS (cl_journal_store_parent_class)->dispose (object);
}

static void
cl_journal_store_class_init (ClJournalStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cl_journal_store_dispose;
  CL_STORE_CLASS (klass)->changed = cl_journal_store_changed;

  /**
   * ClJournalStore::entries-changed:
   * @application_id: the application whose journal changed, or 0 for any
   */
  signals[ENTRIES_CHANGED] =
    g_signal_new ("entries-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
cl_journal_store_init (ClJournalStore *self)
{
}

ClJournalStore *
cl_journal_store_new (ClDatabase  *database,
                      ClClock     *clock,
                      ClPrepStore *prep)
{
  ClJournalStore *self =
    g_object_new (CL_TYPE_JOURNAL_STORE, "database", database, "clock", clock, NULL);

  g_return_val_if_fail (CL_IS_PREP_STORE (prep), self);
  self->prep = g_object_ref (prep);
  return self;
}

static gboolean
add_row_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  g_autoptr(ClJournalEntry) entry = cl_model_new_from_row (CL_TYPE_JOURNAL_ENTRY, stmt, 0);

  g_list_store_append (user_data, entry);
  return TRUE;
}

GListModel *
cl_journal_store_list_for_application (ClJournalStore *self,
                                       gint64          application_id,
                                       GError        **error)
{
  static char *sql;
  g_autoptr(GListStore) entries = NULL;

  g_return_val_if_fail (CL_IS_JOURNAL_STORE (self), NULL);

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql,
                       g_strdup_printf ("SELECT %s FROM journal_entries WHERE application_id = ?1"
                                        " ORDER BY written_at DESC, id DESC",
                                        cl_model_class_get_columns (CL_TYPE_JOURNAL_ENTRY, "")));

  entries = g_list_store_new (CL_TYPE_JOURNAL_ENTRY);
  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_row_cb, entries, error,
                            sql, "x", application_id))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&entries));
}

static void
touch (ClTransaction *tx,
       gint64         application_id)
{
  cl_transaction_touch (tx, CL_TABLE_JOURNAL_ENTRIES, CL_ENTITY_APPLICATION, application_id);
}

/* A normalized, valid copy whose application exists and whose round, if
 * any, is one of that application's. */
static ClJournalEntry *
prepare (ClJournalStore *self,
         ClJournalEntry *entry,
         GError        **error)
{
  g_autoptr(ClJournalEntry) copy = cl_journal_entry_copy (entry);
  ClDatabase *database = cl_store_get_database (CL_STORE (self));
  gint64      application_id = cl_journal_entry_get_application_id (copy);
  gint64      round_id = cl_journal_entry_get_round_id (copy);

  cl_model_normalize (CL_MODEL (copy));
  if (!cl_model_validate (CL_MODEL (copy), error) ||
      !cl_database_require_row (database, _ ("This application no longer exists."), error,
                                "SELECT 1 FROM applications WHERE id = ?1", "x", application_id))
    return NULL;
  if (round_id != 0 &&
      !cl_database_require_row (database,
                                _ ("That round is no longer part of this application. Choose "
                                   "another round, or none."),
                                error,
                                "SELECT 1 FROM interview_rounds WHERE id = ?1"
                                " AND application_id = ?2",
                                "xx", round_id, application_id))
    return NULL;
  return g_steal_pointer (&copy);
}

gboolean
cl_journal_store_add_entry (ClJournalStore *self,
                            ClJournalEntry *entry,
                            GError        **error)
{
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClJournalEntry) copy = NULL;
  gint64 id = 0;

  g_return_val_if_fail (CL_IS_JOURNAL_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (entry), FALSE);
  g_return_val_if_fail (cl_journal_entry_get_id (entry) == 0, FALSE);

  tx = cl_transaction_begin (cl_store_get_database (CL_STORE (self)), error);
  if (tx == NULL || (copy = prepare (self, entry, error)) == NULL ||
      !cl_model_insert (CL_MODEL (copy), cl_store_get_database (CL_STORE (self)), &id, error,
                        NULL, NULL))
    return FALSE;
  touch (tx, cl_journal_entry_get_application_id (copy));
  if (!cl_transaction_commit (tx, error))
    return FALSE;

  cl_model_assign (CL_MODEL (entry), CL_MODEL (copy), FALSE);
  cl_model_set_int64 (CL_MODEL (entry), "id", id);
  return TRUE;
}

gboolean
cl_journal_store_update_entry (ClJournalStore *self,
                               ClJournalEntry *entry,
                               GError        **error)
{
  const char *not_found = _ ("This journal entry no longer exists.");
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClJournalEntry) copy = NULL;
  ClDatabase *database;

  g_return_val_if_fail (CL_IS_JOURNAL_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (entry), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || (copy = prepare (self, entry, error)) == NULL ||
      !cl_database_require_row (database, not_found, error,
                                "SELECT 1 FROM journal_entries WHERE id = ?1"
                                " AND application_id = ?2",
                                "xx", cl_journal_entry_get_id (copy),
                                cl_journal_entry_get_application_id (copy)) ||
      !cl_model_update (CL_MODEL (copy), database, not_found, error, NULL, NULL))
    return FALSE;
  touch (tx, cl_journal_entry_get_application_id (copy));
  if (!cl_transaction_commit (tx, error))
    return FALSE;

  cl_model_assign (CL_MODEL (entry), CL_MODEL (copy), FALSE);
  return TRUE;
}

gboolean
cl_journal_store_delete_entry (ClJournalStore *self,
                               ClJournalEntry *entry,
                               ClDeletion    **out_deletion,
                               GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  gint64 id;

  g_return_val_if_fail (CL_IS_JOURNAL_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (entry), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  id = cl_journal_entry_get_id (entry);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      (deletion = cl_deletion_capture (database, "journal_entries", id, error)) == NULL ||
      !cl_database_execute (database, error, "DELETE FROM journal_entries WHERE id = ?1", "x",
                            id))
    return FALSE;
  touch (tx, cl_journal_entry_get_application_id (entry));
  if (!cl_transaction_commit (tx, error))
    return FALSE;

  if (out_deletion != NULL)
    *out_deletion = g_steal_pointer (&deletion);
  return TRUE;
}

gboolean
cl_journal_store_undo_delete (ClJournalStore *self,
                              ClDeletion     *deletion,
                              GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_JOURNAL_STORE (self), FALSE);
  g_return_val_if_fail (deletion != NULL, FALSE);
  g_return_val_if_fail (g_str_equal (cl_deletion_get_table (deletion), "journal_entries"), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !cl_deletion_restore (deletion, database, error))
    return FALSE;
  touch (tx, cl_deletion_get_int64 (deletion, "application_id", 0));
  return cl_transaction_commit (tx, error);
}

gboolean
cl_journal_store_make_objective (ClJournalStore *self,
                                 ClJournalEntry *entry,
                                 ClObjective    *objective,
                                 GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 application_id;

  g_return_val_if_fail (CL_IS_JOURNAL_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (entry), FALSE);
  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (cl_objective_get_id (objective) == 0, FALSE);

  database = cl_store_get_database (CL_STORE (self));
  application_id = cl_journal_entry_get_application_id (entry);
  /* The prep store's transaction nests in this one: the objective, its
   * link to the application and the entry's link to it are saved together
   * or not at all. */
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_require_row (database, _ ("This journal entry no longer exists."), error,
                                "SELECT 1 FROM journal_entries WHERE id = ?1", "x",
                                cl_journal_entry_get_id (entry)) ||
      !cl_prep_store_add_objective_for_application (self->prep, objective, application_id,
                                                    error) ||
      !cl_database_execute (database, error,
                            "UPDATE journal_entries SET objective_id = ?2 WHERE id = ?1", "xx",
                            cl_journal_entry_get_id (entry), cl_objective_get_id (objective)))
    goto refused;
  touch (tx, application_id);
  if (!cl_transaction_commit (tx, error))
    goto refused;

  cl_model_set_int64 (CL_MODEL (entry), "objective-id", cl_objective_get_id (objective));
  return TRUE;

refused:
  /* Nothing announced it, so no store holds it: it is new again, as given. */
  cl_model_set_int64 (CL_MODEL (objective), "id", 0);
  return FALSE;
}
