/* cl-prep-store.c — the learning objectives of the prep plan, per domain
 *
 * Each domain's objectives sit in a GListStore kept in order.  The place of
 * an objective (its domain and target date as last saved) is remembered
 * beside it, so unsaved edits never disturb the order.  In-memory objects
 * change only after the transaction that changes their rows has committed.
 * prep_domains.id is the ClPrepDomain value + 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-prep-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cl-database-private.h"
#include "cl-enum-types.h"
#include "cl-prep-store.h"

#define N_DOMAINS (CL_PREP_DOMAIN_INTERVIEW_TIPS + 1)

typedef struct
{
  ClPrepDomain  domain;
  char         *target_date;
} Placement;

struct _ClPrepStore
{
  GObject     parent_instance;

  ClDatabase *database;
  ClClock    *clock;

  GListStore *domains[N_DOMAINS]; /* ClObjective, by target date then id */
  GHashTable *by_id;              /* objective id → ClObjective (borrowed) */
  GHashTable *placements;         /* ClObjective → Placement as last saved */
};

G_DEFINE_FINAL_TYPE (ClPrepStore, cl_prep_store, G_TYPE_OBJECT)

#define OBJECTIVE_COLUMNS \
  "id, domain_id, title, target_date, status, hours_planned, hours_spent," \
  " source_application_id, notes, created_at"

static void
placement_free (gpointer data)
{
  Placement *placement = data;

  g_free (placement->target_date);
  g_free (placement);
}

static void
cl_prep_store_dispose (GObject *object)
{
  ClPrepStore *self = (ClPrepStore *) object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->placements, g_hash_table_unref);
  for (guint i = 0; i < N_DOMAINS; i++)
    g_clear_object (&self->domains[i]);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (cl_prep_store_parent_class)->dispose (object);
}

static void
cl_prep_store_class_init (ClPrepStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cl_prep_store_dispose;
}

static void
cl_prep_store_init (ClPrepStore *self)
{
  for (guint i = 0; i < N_DOMAINS; i++)
    self->domains[i] = g_list_store_new (CL_TYPE_OBJECTIVE);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->placements = g_hash_table_new_full (NULL, NULL, NULL, placement_free);
}

ClPrepStore *
cl_prep_store_new (ClDatabase *database,
                   ClClock    *clock)
{
  ClPrepStore *self;

  g_return_val_if_fail (CL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CL_IS_CLOCK (clock), NULL);

  self = g_object_new (CL_TYPE_PREP_STORE, NULL);
  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  return self;
}

static gboolean
valid_domain (ClPrepDomain domain)
{
  return (guint) domain < N_DOMAINS;
}

/* Remembers where @objective now belongs: its current domain and date. */
static Placement *
place (ClPrepStore *self,
       ClObjective *objective)
{
  Placement *placement = g_new0 (Placement, 1);

  placement->domain = cl_objective_get_domain (objective);
  placement->target_date = g_strdup (cl_objective_get_target_date (objective));
  g_hash_table_insert (self->placements, objective, placement);
  return placement;
}

/* Dates first, in calendar order (ISO text sorts so), then undated; then id. */
static int
compare_places (const char *date_a,
                gint64      id_a,
                const char *date_b,
                gint64      id_b)
{
  if (date_a != NULL && date_b != NULL)
    {
      int cmp = strcmp (date_a, date_b);

      if (cmp != 0)
        return cmp;
    }
  else if (date_a != NULL)
    return -1;
  else if (date_b != NULL)
    return 1;

  return (id_a > id_b) - (id_a < id_b);
}

static int
compare_objectives_cb (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  ClObjective *objective_a = *(ClObjective **) a;
  ClObjective *objective_b = *(ClObjective **) b;

  return compare_places (cl_objective_get_target_date (objective_a), cl_objective_get_id (objective_a),
                         cl_objective_get_target_date (objective_b), cl_objective_get_id (objective_b));
}

/* The first index of @list whose objective sorts after @date/@id. */
static guint
upper_bound (ClPrepStore *self,
             GListStore  *list,
             const char  *date,
             gint64       id)
{
  guint low = 0;
  guint high = g_list_model_get_n_items (G_LIST_MODEL (list));

  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      g_autoptr(ClObjective) objective = g_list_model_get_item (G_LIST_MODEL (list), mid);
      Placement *placement = g_hash_table_lookup (self->placements, objective);

      if (compare_places (placement->target_date, cl_objective_get_id (objective), date, id) <= 0)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

static void
insert_sorted (ClPrepStore *self,
               ClObjective *objective)
{
  Placement *placement = place (self, objective);
  GListStore *list = self->domains[placement->domain];

  g_list_store_insert (list,
                       upper_bound (self, list, placement->target_date, cl_objective_get_id (objective)),
                       objective);
}

/* Where @objective sits now, found from its saved placement. */
static gboolean
find_index (ClPrepStore  *self,
            ClObjective  *objective,
            GListStore  **out_list,
            guint        *out_index)
{
  Placement *placement = g_hash_table_lookup (self->placements, objective);
  g_autoptr(ClObjective) found = NULL;
  GListStore *list;
  guint index;

  if (placement == NULL)
    return FALSE;

  list = self->domains[placement->domain];
  index = upper_bound (self, list, placement->target_date, cl_objective_get_id (objective));
  if (index == 0)
    return FALSE;

  found = g_list_model_get_item (G_LIST_MODEL (list), index - 1);
  if (found != objective)
    return FALSE;

  *out_list = list;
  *out_index = index - 1;
  return TRUE;
}

static ClObjective *
objective_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *title = cl_database_column_dup (stmt, 2);
  g_autofree char *target_date = cl_database_column_dup (stmt, 3);
  g_autofree char *notes = cl_database_column_dup (stmt, 8);
  int domain = sqlite3_column_int (stmt, 1) - 1;

  return g_object_new (CL_TYPE_OBJECTIVE,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "domain", valid_domain (domain) ? domain : CL_PREP_DOMAIN_INTERVIEW_TIPS,
                       "title", title,
                       "target-date", target_date,
                       "status", cl_database_column_enum (stmt, 4, CL_TYPE_OBJECTIVE_STATUS,
                                                          CL_OBJECTIVE_STATUS_PLANNED),
                       "hours-planned", sqlite3_column_double (stmt, 5),
                       "hours-spent", sqlite3_column_double (stmt, 6),
                       "source-application-id", cl_database_column_optional_int64 (stmt, 7, 0),
                       "notes", notes,
                       "created-at", sqlite3_column_int64 (stmt, 9),
                       NULL);
}

gboolean
cl_prep_store_load (ClPrepStore  *self,
                    GError      **error)
{
  g_autoptr(GPtrArray) objectives = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) old_placements = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);

  stmt = cl_database_prepare (self->database,
                              "SELECT " OBJECTIVE_COLUMNS " FROM objectives"
                              " ORDER BY domain_id, target_date IS NULL, target_date, id",
                              error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (objectives, objective_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      cl_database_set_error (self->database, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  /* Old placements are freed only once the old objects have left the lists. */
  old_placements = g_steal_pointer (&self->placements);
  self->placements = g_hash_table_new_full (NULL, NULL, NULL, placement_free);
  g_hash_table_remove_all (self->by_id);

  for (guint domain = 0; domain < N_DOMAINS; domain++)
    {
      g_autoptr(GPtrArray) group = g_ptr_array_new ();

      for (guint i = 0; i < objectives->len; i++)
        {
          ClObjective *objective = g_ptr_array_index (objectives, i);

          if (cl_objective_get_domain (objective) != domain)
            continue;
          g_ptr_array_add (group, objective);
          place (self, objective);
          g_hash_table_insert (self->by_id, cl_database_int64_key (cl_objective_get_id (objective)), objective);
        }

      /* SQL gave this order already; sorting again keeps the one order insertions use. */
      g_ptr_array_sort_with_data (group, compare_objectives_cb, NULL);
      g_list_store_splice (self->domains[domain], 0,
                           g_list_model_get_n_items (G_LIST_MODEL (self->domains[domain])),
                           group->pdata, group->len);
    }

  return TRUE;
}

GListModel *
cl_prep_store_get_objectives (ClPrepStore  *self,
                              ClPrepDomain  domain)
{
  g_return_val_if_fail (CL_IS_PREP_STORE (self), NULL);
  g_return_val_if_fail (valid_domain (domain), NULL);

  return G_LIST_MODEL (self->domains[domain]);
}

ClObjective *
cl_prep_store_find_objective (ClPrepStore *self,
                              gint64       objective_id)
{
  g_return_val_if_fail (CL_IS_PREP_STORE (self), NULL);

  return g_hash_table_lookup (self->by_id, &objective_id);
}

guint
cl_prep_store_count_objectives (ClPrepStore  *self,
                                ClPrepDomain  domain,
                                guint        *out_done)
{
  GListModel *list;
  guint n_items;
  guint n_counted = 0;
  guint n_done = 0;

  if (out_done != NULL)
    *out_done = 0;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), 0);
  g_return_val_if_fail (valid_domain (domain), 0);

  list = G_LIST_MODEL (self->domains[domain]);
  n_items = g_list_model_get_n_items (list);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(ClObjective) objective = g_list_model_get_item (list, i);

      switch (cl_objective_get_status (objective))
        {
        case CL_OBJECTIVE_STATUS_DROPPED:
          break;
        case CL_OBJECTIVE_STATUS_DONE:
          n_done++;
          n_counted++;
          break;
        case CL_OBJECTIVE_STATUS_PLANNED:
        case CL_OBJECTIVE_STATUS_IN_PROGRESS:
        default:
          n_counted++;
          break;
        }
    }

  if (out_done != NULL)
    *out_done = n_done;
  return n_counted;
}

/* Binds the editable fields shared by INSERT and UPDATE as ?1 … ?8. */
static void
bind_editable_fields (sqlite3_stmt *stmt,
                      ClObjective  *objective)
{
  sqlite3_bind_int (stmt, 1, (int) cl_objective_get_domain (objective) + 1);
  cl_database_bind_text (stmt, 2, cl_objective_get_title (objective));
  cl_database_bind_text (stmt, 3, cl_objective_get_target_date (objective));
  sqlite3_bind_text (stmt, 4, cl_enum_to_nick (CL_TYPE_OBJECTIVE_STATUS,
                                               cl_objective_get_status (objective)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 5, cl_objective_get_hours_planned (objective));
  sqlite3_bind_double (stmt, 6, cl_objective_get_hours_spent (objective));
  cl_database_bind_optional_int64 (stmt, 7, cl_objective_get_source_application_id (objective), 0);
  cl_database_bind_text (stmt, 8, cl_objective_get_notes (objective));
}

static gboolean
validate (ClObjective  *objective,
          GError      **error)
{
  if (!valid_domain (cl_objective_get_domain (objective)))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("Choose the domain of the prep plan this objective belongs to."));
      return FALSE;
    }
  return cl_objective_validate (objective, error);
}

/* Inside the transaction: the application an objective came from must exist. */
static gboolean
check_source_application (ClPrepStore  *self,
                          gint64        application_id,
                          GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (application_id == 0)
    return TRUE;

  stmt = cl_database_prepare (self->database, "SELECT 1 FROM applications WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, application_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("The application this objective came from no longer exists. "
                             "Choose another application, or none."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      cl_database_set_error (self->database, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
cl_prep_store_add_objective (ClPrepStore  *self,
                             ClObjective  *objective,
                             GError      **error)
{
  g_autofree char *title = NULL;
  sqlite3_stmt *stmt;
  gint64 id;
  gint64 now;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (cl_objective_get_id (objective) == 0, FALSE);

  if (!validate (objective, error))
    return FALSE;

  now = cl_clock_now (self->clock);
  title = g_strstrip (g_strdup (cl_objective_get_title (objective)));

  if (!cl_database_begin (self->database, error))
    return FALSE;

  if (!check_source_application (self, cl_objective_get_source_application_id (objective), error))
    goto fail;

  stmt = cl_database_prepare (self->database,
                              "INSERT INTO objectives (domain_id, title, target_date, status,"
                              " hours_planned, hours_spent, source_application_id, notes, created_at)"
                              " VALUES (?1, trim(?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                              error);
  if (stmt == NULL)
    goto fail;

  bind_editable_fields (stmt, objective);
  sqlite3_bind_int64 (stmt, 9, now);
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;

  id = cl_database_last_insert_id (self->database);

  if (!cl_database_commit (self->database, error))
    goto fail;

  g_object_set (objective, "id", id, "title", title, "created-at", now, NULL);
  g_hash_table_insert (self->by_id, cl_database_int64_key (id), objective);
  insert_sorted (self, objective);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_prep_store_update_objective (ClPrepStore  *self,
                                ClObjective  *objective,
                                GError      **error)
{
  g_autofree char *title = NULL;
  GListStore *list = NULL;
  Placement *placement;
  sqlite3_stmt *stmt;
  guint index = 0;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), FALSE);

  if (cl_prep_store_find_objective (self, cl_objective_get_id (objective)) != objective ||
      !find_index (self, objective, &list, &index))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This objective no longer exists."));
      return FALSE;
    }

  if (!validate (objective, error))
    return FALSE;

  title = g_strstrip (g_strdup (cl_objective_get_title (objective)));

  if (!cl_database_begin (self->database, error))
    return FALSE;

  if (!check_source_application (self, cl_objective_get_source_application_id (objective), error))
    goto fail;

  stmt = cl_database_prepare (self->database,
                              "UPDATE objectives SET domain_id = ?1, title = trim(?2), target_date = ?3,"
                              " status = ?4, hours_planned = ?5, hours_spent = ?6,"
                              " source_application_id = ?7, notes = ?8 WHERE id = ?9",
                              error);
  if (stmt == NULL)
    goto fail;

  bind_editable_fields (stmt, objective);
  sqlite3_bind_int64 (stmt, 9, cl_objective_get_id (objective));
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;

  if (sqlite3_changes (cl_database_get_handle (self->database)) != 1)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This objective no longer exists."));
      goto fail;
    }

  if (!cl_database_commit (self->database, error))
    goto fail;

  g_object_set (objective, "title", title, NULL);

  /* Move only when the saved domain or date changed the objective's place. */
  placement = g_hash_table_lookup (self->placements, objective);
  if (placement->domain != cl_objective_get_domain (objective) ||
      g_strcmp0 (placement->target_date, cl_objective_get_target_date (objective)) != 0)
    {
      g_object_ref (objective);
      g_list_store_remove (list, index);
      insert_sorted (self, objective);
      g_object_unref (objective);
    }
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_prep_store_delete_objective (ClPrepStore  *self,
                                ClObjective  *objective,
                                GError      **error)
{
  GListStore *list = NULL;
  guint index = 0;
  gint64 id;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), FALSE);

  id = cl_objective_get_id (objective);
  if (cl_prep_store_find_objective (self, id) != objective ||
      !find_index (self, objective, &list, &index))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This objective no longer exists."));
      return FALSE;
    }

  if (!cl_database_delete_row (self->database, "DELETE FROM objectives WHERE id = ?1", id, _("This objective no longer exists."), error))
    return FALSE;

  g_object_ref (objective);
  g_hash_table_remove (self->by_id, &id);
  g_list_store_remove (list, index);
  g_hash_table_remove (self->placements, objective);
  g_object_unref (objective);
  return TRUE;
}
