/* cl-stage-store.c — the stages of the board, shared by the board and the stage editor
 *
 * A board has a dozen stages, so any change to the table reads them all
 * again; the objects stay the same, in the order of their positions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-stage-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-model-private.h"
#include "cl-object-list.h"
#include "cl-positions.h"
#include "cl-stage-store.h"
#include "cl-statement.h"
#include "cl-transaction.h"

typedef struct
{
  gint64 id;
  guint  position;
  gint64 previous_updated_at;
  gint64 history_id;
} ArchivedApplication;

struct _ClStageArchive
{
  gatomicrefcount ref_count;
  gint64          stage_id;
  guint           position; /* of the stage on the board */
  gint64          move_to_id;
  GArray         *applications; /* ArchivedApplication, in their order */
};

G_DEFINE_BOXED_TYPE (ClStageArchive, cl_stage_archive, cl_stage_archive_ref, cl_stage_archive_unref)

ClStageArchive *
cl_stage_archive_ref (ClStageArchive *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cl_stage_archive_unref (ClStageArchive *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_array_unref (self->applications);
  g_free (self);
}

gint64
cl_stage_archive_get_stage_id (const ClStageArchive *self)
{
  return self->stage_id;
}

struct _ClStageStore
{
  ClStore       parent_instance;

  ClObjectList *stages;   /* by position */
  GHashTable   *archived; /* id → ClStage taken off the board, for an undo to bring back */
};

G_DEFINE_FINAL_TYPE (ClStageStore, cl_stage_store, CL_TYPE_STORE)

static int
compare_positions (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  guint x = cl_stage_get_position ((ClStage *) a);
  guint y = cl_stage_get_position ((ClStage *) b);

  return (x > y) - (x < y);
}

static gboolean
add_row_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  g_ptr_array_add (user_data, cl_model_new_from_row (CL_TYPE_STAGE, stmt, 0));
  return TRUE;
}

static gpointer
cl_stage_store_read (ClStore    *store,
                     ClDatabase *database,
                     GError    **error)
{
  static char *sql;
  g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func (g_object_unref);

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("SELECT %s FROM stages WHERE archived = 0",
                                              cl_model_class_get_columns (CL_TYPE_STAGE, "")));

  if (!cl_database_foreach (database, add_row_cb, stages, error, sql, NULL))
    return NULL;
  return g_steal_pointer (&stages);
}

static void
cl_stage_store_apply (ClStore *store,
                      gpointer data)
{
  ClStageStore *self = CL_STAGE_STORE (store);
  GListModel   *model = cl_object_list_get_model (self->stages);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *stages = data;

  /* A stage back on the board is the object views knew. */
  for (guint i = 0; i < stages->len; i++)
    {
      gint64   id = cl_stage_get_id (g_ptr_array_index (stages, i));
      ClStage *known = g_hash_table_lookup (self->archived, &id);

      if (known != NULL && cl_object_list_lookup (self->stages, id) == NULL)
        {
          ClStage *fresh = g_ptr_array_index (stages, i);

          cl_model_assign (CL_MODEL (known), CL_MODEL (fresh), TRUE);
          g_ptr_array_index (stages, i) = g_object_ref (known);
          g_object_unref (fresh);
          g_hash_table_remove (self->archived, &id);
        }
    }

  /* An archived stage leaves the list but views may still hold it. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (model, i);
      gboolean found = FALSE;

      for (guint j = 0; j < stages->len && !found; j++)
        found = cl_stage_get_id (g_ptr_array_index (stages, j)) == cl_stage_get_id (stage);
      if (!found)
        g_ptr_array_add (gone, g_object_ref (stage));
    }

  cl_object_list_replace_all (self->stages, stages);

  for (guint i = 0; i < gone->len; i++)
    {
      ClStage *stage = g_ptr_array_index (gone, i);
      g_auto(GValue) archived = G_VALUE_INIT;

      g_value_set_boolean (g_value_init (&archived, G_TYPE_BOOLEAN), TRUE);
      cl_model_set_value (CL_MODEL (stage), "archived", &archived);
      g_hash_table_insert (self->archived, cl_int64_key (cl_stage_get_id (stage)),
                           g_object_ref (stage));
    }
}

static void
cl_stage_store_free_read (gpointer data)
{
  g_ptr_array_unref (data);
}

static void
cl_stage_store_changed (ClStore     *store,
                        ClChangeSet *change_set)
{
  g_autoptr(GError) error = NULL;

  if (cl_change_set_has_table (change_set, CL_TABLE_STAGES) && !cl_store_load (store, &error))
    g_warning ("Could not read the stages again: %s", error->message);
}

static void
cl_stage_store_dispose (GObject *object)
{
  ClStageStore *self = CL_STAGE_STORE (object);

  g_clear_pointer (&self->stages, cl_object_list_free);
  g_clear_pointer (&self->archived, g_hash_table_unref);

  G_OBJECT_CLASS (cl_stage_store_parent_class)->dispose (object);
}

static void
cl_stage_store_class_init (ClStageStoreClass *klass)
{
  ClStoreClass *store_class = CL_STORE_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cl_stage_store_dispose;
  store_class->read = cl_stage_store_read;
  store_class->apply = cl_stage_store_apply;
  store_class->free_read = cl_stage_store_free_read;
  store_class->changed = cl_stage_store_changed;
}

static void
cl_stage_store_init (ClStageStore *self)
{
  self->stages = cl_object_list_new (CL_TYPE_STAGE, compare_positions, NULL);
  self->archived = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

ClStageStore *
cl_stage_store_new (ClDatabase *database,
                    ClClock    *clock)
{
  return g_object_new (CL_TYPE_STAGE_STORE, "database", database, "clock", clock, NULL);
}

GListModel *
cl_stage_store_get_stages (ClStageStore *self)
{
  g_return_val_if_fail (CL_IS_STAGE_STORE (self), NULL);

  return cl_object_list_get_model (self->stages);
}

ClStage *
cl_stage_store_find (ClStageStore *self,
                     gint64        stage_id)
{
  g_return_val_if_fail (CL_IS_STAGE_STORE (self), NULL);

  return cl_object_list_lookup (self->stages, stage_id);
}

ClStage *
cl_stage_store_get_first_open (ClStageStore *self)
{
  GListModel *model;
  guint       n;

  g_return_val_if_fail (CL_IS_STAGE_STORE (self), NULL);

  model = cl_object_list_get_model (self->stages);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (model, i);

      if (cl_stage_get_is_open (stage))
        return stage;
    }
  return NULL;
}

/* Names ------------------------------------------------------------------ */

static GError *
duplicate_error (const char *name)
{
  const char      *fields[] = { "name", NULL };
  g_autofree char *message =
    g_strdup_printf (_ ("There is a stage called “%s” already. Choose another name."), name);

  return cl_validation_error_new (CL_VALIDATION_ERROR_DUPLICATE, fields, message);
}

/* The trimmed name, if it is valid and no other stage on the board has it in
 * any case. */
static char *
check_name (ClStageStore *self,
            const char   *name,
            ClStage      *renamed,
            GError      **error)
{
  g_autoptr(ClStage) candidate = cl_stage_new (name, TRUE);
  g_autofree char *folded = NULL;
  GListModel      *model = cl_object_list_get_model (self->stages);

  cl_model_normalize (CL_MODEL (candidate));
  if (!cl_model_validate (CL_MODEL (candidate), error))
    return NULL;

  folded = g_utf8_casefold (cl_stage_get_name (candidate), -1);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (model, i);
      g_autofree char *other = g_utf8_casefold (cl_stage_get_name (stage), -1);

      if (stage != renamed && g_strcmp0 (folded, other) == 0)
        {
          g_propagate_error (error, duplicate_error (cl_stage_get_name (candidate)));
          return NULL;
        }
    }
  return g_strdup (cl_stage_get_name (candidate));
}

static gboolean
check_stage (ClStageStore *self,
             ClStage      *stage,
             GError      **error)
{
  if (stage == NULL || cl_stage_store_find (self, cl_stage_get_id (stage)) != stage)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("That stage no longer exists."));
      return FALSE;
    }
  return TRUE;
}

static guint
count_open (ClStageStore *self)
{
  GListModel *model = cl_object_list_get_model (self->stages);
  guint       n_open = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (model, i);

      n_open += cl_stage_get_is_open (stage) ? 1 : 0;
    }
  return n_open;
}

static gboolean
keep_one_open (GError **error)
{
  g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                       _ ("Keep at least one open stage, where new applications go."));
  return FALSE;
}

/* Editing ---------------------------------------------------------------- */

ClStage *
cl_stage_store_add_stage (ClStageStore *self,
                          const char   *name,
                          gboolean      is_open,
                          GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autofree char *trimmed = NULL;
  gint64           last_open = -1;
  guint            position = 0;
  gint64           id;

  g_return_val_if_fail (CL_IS_STAGE_STORE (self), NULL);

  trimmed = check_name (self, name, NULL, error);
  if (trimmed == NULL)
    return NULL;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return NULL;

  if (!cl_positions_count_stages (database, &position, error))
    return NULL;
  if (is_open)
    {
      /* After the last open stage, so before the outcomes. */
      if (!cl_database_query_int64 (database, &last_open, NULL, error,
                                    "SELECT coalesce (max (position), -1) FROM stages"
                                    " WHERE archived = 0 AND is_open = 1",
                                    NULL))
        return NULL;
      position = (guint) (last_open + 1);
      if (!cl_positions_open_stage_gap (database, position, error))
        return NULL;
    }

  if (!cl_database_execute (database, error,
                            "INSERT INTO stages (name, position, is_open) VALUES (?1, ?2, ?3)",
                            "sub", trimmed, position, is_open))
    return NULL;
  id = cl_database_last_insert_id (database);
  cl_transaction_touch (tx, CL_TABLE_STAGES, CL_ENTITY_STAGE, id);

  if (!cl_transaction_commit (tx, error))
    return NULL;
  return cl_stage_store_find (self, id);
}

/* Saves @copy, a live stage with a field changed, in its own transaction. */
static gboolean
save_stage (ClStageStore *self,
            ClStage      *copy,
            GError      **error)
{
  ClDatabase *database = cl_store_get_database (CL_STORE (self));
  g_autoptr(ClTransaction) tx = cl_transaction_begin (database, error);

  if (tx == NULL ||
      !cl_model_update (CL_MODEL (copy), database, _ ("That stage no longer exists."), error,
                        NULL, NULL))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_STAGES, CL_ENTITY_STAGE, cl_stage_get_id (copy));
  return cl_transaction_commit (tx, error);
}

gboolean
cl_stage_store_rename_stage (ClStageStore *self,
                             ClStage      *stage,
                             const char   *name,
                             GError      **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(ClStage) copy = NULL;

  g_return_val_if_fail (CL_IS_STAGE_STORE (self), FALSE);

  if (!check_stage (self, stage, error))
    return FALSE;
  trimmed = check_name (self, name, stage, error);
  if (trimmed == NULL)
    return FALSE;
  if (g_strcmp0 (trimmed, cl_stage_get_name (stage)) == 0)
    return TRUE;

  copy = CL_MODEL_COPY (stage, ClStage);
  g_object_set (copy, "name", trimmed, NULL);
  return save_stage (self, copy, error);
}

gboolean
cl_stage_store_set_stage_open (ClStageStore *self,
                               ClStage      *stage,
                               gboolean      is_open,
                               GError      **error)
{
  g_autoptr(ClStage) copy = NULL;

  g_return_val_if_fail (CL_IS_STAGE_STORE (self), FALSE);

  if (!check_stage (self, stage, error))
    return FALSE;
  if (!is_open == !cl_stage_get_is_open (stage))
    return TRUE;
  if (!is_open && count_open (self) <= 1)
    return keep_one_open (error);

  copy = CL_MODEL_COPY (stage, ClStage);
  g_object_set (copy, "is-open", is_open, NULL);
  return save_stage (self, copy, error);
}

gboolean
cl_stage_store_move_stage (ClStageStore *self,
                           ClStage      *stage,
                           guint         position,
                           GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_STAGE_STORE (self), FALSE);

  if (!check_stage (self, stage, error))
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !cl_positions_place_stage (database, cl_stage_get_id (stage), position, error))
    return FALSE;
  return cl_transaction_commit (tx, error);
}

/* Archiving -------------------------------------------------------------- */

static gboolean
moving_row_cb (sqlite3_stmt *stmt,
               gpointer      user_data,
               GError      **error)
{
  ArchivedApplication moved = {
    0,
  };

  moved.id = sqlite3_column_int64 (stmt, 0);
  moved.position = (guint) sqlite3_column_int64 (stmt, 1);
  moved.previous_updated_at = sqlite3_column_int64 (stmt, 2);
  g_array_append_val (user_data, moved);
  return TRUE;
}

gboolean
cl_stage_store_archive_stage (ClStageStore    *self,
                              ClStage         *stage,
                              ClStage         *move_to,
                              ClStageArchive **out_archive,
                              GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClStageArchive) archive = NULL;
  gint64 stage_id, position = 0;
  guint  n_target = 0;
  gint64 now;

  g_return_val_if_fail (CL_IS_STAGE_STORE (self), FALSE);

  if (out_archive != NULL)
    *out_archive = NULL;
  if (!check_stage (self, stage, error))
    return FALSE;
  if (move_to == stage)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _ ("Choose another stage for its applications."));
      return FALSE;
    }
  if (move_to != NULL && !check_stage (self, move_to, error))
    return FALSE;
  if (cl_stage_get_is_open (stage) && count_open (self) <= 1)
    return keep_one_open (error);

  database = cl_store_get_database (CL_STORE (self));
  stage_id = cl_stage_get_id (stage);
  now = cl_clock_now (cl_store_get_clock (CL_STORE (self)));

  archive = g_new0 (ClStageArchive, 1);
  g_atomic_ref_count_init (&archive->ref_count);
  archive->stage_id = stage_id;
  archive->move_to_id = move_to != NULL ? cl_stage_get_id (move_to) : 0;
  archive->applications = g_array_new (FALSE, FALSE, sizeof (ArchivedApplication));

  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_query_int64 (database, &position, _ ("That stage no longer exists."), error,
                                "SELECT position FROM stages WHERE id = ?1 AND archived = 0", "x",
                                stage_id) ||
      !cl_database_foreach (database, moving_row_cb, archive->applications, error,
                            "SELECT id, position, updated_at FROM applications"
                            " WHERE stage_id = ?1 AND archived_at IS NULL ORDER BY position",
                            "x", stage_id))
    return FALSE;
  archive->position = (guint) position;

  if (archive->applications->len > 0)
    {
      if (move_to == NULL)
        {
          g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                               _ ("This stage holds applications. Choose the stage they move to."));
          return FALSE;
        }

      /* They keep their order, after those already there; none lands on a
       * taken place, so one statement moves them all. */
      if (!cl_positions_count_applications (database, archive->move_to_id, &n_target, error) ||
          !cl_database_execute (database, error,
                                "UPDATE applications SET stage_id = ?2, position = position + ?3,"
                                " updated_at = ?4 WHERE stage_id = ?1 AND archived_at IS NULL",
                                "xxux", stage_id, archive->move_to_id, n_target, now))
        return FALSE;

      for (guint i = 0; i < archive->applications->len; i++)
        {
          ArchivedApplication *moved =
            &g_array_index (archive->applications, ArchivedApplication, i);

          if (!cl_positions_append_history (database, moved->id, stage_id, moved->position,
                                            archive->move_to_id, n_target + moved->position, now,
                                            &moved->history_id, error))
            return FALSE;
          cl_transaction_touch (tx, CL_TABLE_APPLICATIONS, CL_ENTITY_APPLICATION, moved->id);
        }
      cl_transaction_touch (tx, CL_TABLE_APPLICATIONS, CL_ENTITY_STAGE, stage_id);
      cl_transaction_touch (tx, CL_TABLE_APPLICATIONS, CL_ENTITY_STAGE, archive->move_to_id);
    }

  if (!cl_database_execute (database, error, "UPDATE stages SET archived = 1 WHERE id = ?1",
                            "x", stage_id) ||
      !cl_positions_close_stage_gap (database, archive->position, error))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_STAGES, CL_ENTITY_STAGE, stage_id);

  if (!cl_transaction_commit (tx, error))
    return FALSE;

  if (out_archive != NULL)
    *out_archive = g_steal_pointer (&archive);
  return TRUE;
}

gboolean
cl_stage_store_undo_archive (ClStageStore   *self,
                             ClStageArchive *archive,
                             GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gboolean archived = FALSE;
  guint    n_stages = 0;
  guint    position;

  g_return_val_if_fail (CL_IS_STAGE_STORE (self), FALSE);
  g_return_val_if_fail (archive != NULL, FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !cl_database_row_exists (database, &archived, error,
                                             "SELECT 1 FROM stages WHERE id = ?1 AND archived = 1",
                                             "x", archive->stage_id))
    return FALSE;
  if (!archived)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("Cannot undo: the stage is no longer archived."));
      return FALSE;
    }

  for (guint i = 0; i < archive->applications->len; i++)
    {
      ArchivedApplication *moved = &g_array_index (archive->applications, ArchivedApplication, i);
      gboolean             latest = FALSE;

      if (!cl_positions_is_latest_history (database, moved->id, moved->history_id, &latest, error))
        return FALSE;
      if (!latest)
        {
          g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                               _ ("Cannot undo: some of its applications have moved since."));
          return FALSE;
        }
    }

  /* The stage first, at its place, so its applications can go back in.  The
   * record stays as it was, should this undo fail and be tried again. */
  if (!cl_positions_count_stages (database, &n_stages, error))
    return FALSE;
  position = MIN (archive->position, n_stages);
  if (!cl_positions_open_stage_gap (database, position, error) ||
      !cl_database_execute (database, error,
                            "UPDATE stages SET archived = 0, position = ?2 WHERE id = ?1",
                            "xu", archive->stage_id, position))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_STAGES, CL_ENTITY_STAGE, archive->stage_id);

  for (guint i = 0; i < archive->applications->len; i++)
    {
      ArchivedApplication *moved = &g_array_index (archive->applications, ArchivedApplication, i);
      gboolean             changed = FALSE;

      if (
        !cl_positions_place_application (database, moved->id, archive->stage_id, moved->position,
                                         moved->previous_updated_at, NULL, &changed, error) ||
        !cl_database_execute_one (database, _ ("This move has already been undone."), error,
                                  "DELETE FROM stage_history WHERE id = ?1 AND application_id = ?2",
                                  "xx", moved->history_id, moved->id))
        return FALSE;
      cl_transaction_touch (tx, CL_TABLE_STAGE_HISTORY, CL_ENTITY_APPLICATION, moved->id);
    }

  return cl_transaction_commit (tx, error);
}
