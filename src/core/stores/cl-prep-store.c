/* cl-prep-store.c — the learning objectives of the prep plan, per domain
 *
 * Each domain's objectives sit in a list by target date (undated last), then
 * in the order they were added.  prep_domains.id is the ClPrepDomain value + 1.
 * The applications and rounds an objective prepares for are rows of
 * objective_applications and objective_rounds, read on demand.  Every write
 * touches, in CL_TABLE_OBJECTIVES, each application whose objectives it
 * changes (directly or through one of its rounds, before and after), so
 * that an application's page knows when to read its objectives again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-prep-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-object-list.h"
#include "cl-prep-plan.h"
#include "cl-prep-store.h"
#include "cl-statement.h"
#include "cl-transaction.h"

#define N_DOMAINS (CL_PREP_DOMAIN_INTERVIEW_TIPS + 1)

struct _ClPrepStore
{
  ClStore       parent_instance;

  ClObjectList *domains[N_DOMAINS];
  ClObjective  *adopting; /* a new objective whose row the next change adds */
  gint64        adopting_id;
};

G_DEFINE_FINAL_TYPE (ClPrepStore, cl_prep_store, CL_TYPE_STORE)

enum
{
  APPLICATION_OBJECTIVES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
valid_domain (ClPrepDomain domain)
{
  return (guint) domain < N_DOMAINS;
}

/* Dates first, in calendar order (ISO text sorts so), then undated. */
static int
compare_dates (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const char *x = cl_objective_get_target_date ((ClObjective *) a);
  const char *y = cl_objective_get_target_date ((ClObjective *) b);

  if (x != NULL && y != NULL)
    return strcmp (x, y);
  return (x == NULL) - (y == NULL);
}

static const char *
select_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("SELECT %s FROM objectives",
                                              cl_model_class_get_columns (CL_TYPE_OBJECTIVE, "")));
  return sql;
}

static gboolean
add_row_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  g_ptr_array_add (user_data, cl_model_new_from_row (CL_TYPE_OBJECTIVE, stmt, 0));
  return TRUE;
}

static gpointer
cl_prep_store_read (ClStore    *store,
                    ClDatabase *database,
                    GError    **error)
{
  g_autoptr(GPtrArray) objectives = g_ptr_array_new_with_free_func (g_object_unref);

  if (!cl_database_foreach (database, add_row_cb, objectives, error,
                            select_sql (), NULL))
    return NULL;
  return g_steal_pointer (&objectives);
}

static void
cl_prep_store_apply (ClStore *store,
                     gpointer data)
{
  ClPrepStore *self = CL_PREP_STORE (store);
  g_autoptr(GPtrArray) objectives = data;

  for (guint domain = 0; domain < N_DOMAINS; domain++)
    {
      GPtrArray *group = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < objectives->len; i++)
        {
          ClObjective *objective = g_ptr_array_index (objectives, i);

          if (cl_objective_get_domain (objective) == domain)
            g_ptr_array_add (group, g_object_ref (objective));
        }
      cl_object_list_replace_all (self->domains[domain], group);
    }
}

static void
cl_prep_store_free_read (gpointer data)
{
  g_ptr_array_unref (data);
}

/* The shared object of @id and the list it is in, if any. */
static ClObjective *
lookup (ClPrepStore   *self,
        gint64         id,
        ClObjectList **out_list)
{
  for (guint domain = 0; domain < N_DOMAINS; domain++)
    {
      ClObjective *objective = cl_object_list_lookup (self->domains[domain], id);

      if (objective != NULL)
        {
          *out_list = self->domains[domain];
          return objective;
        }
    }
  *out_list = NULL;
  return NULL;
}

static void
refresh (ClPrepStore *self,
         gint64       id)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = g_strconcat (select_sql (), " WHERE id = ?1", NULL);
  g_autoptr(GError) error = NULL;
  ClObjectList *list = NULL;
  ClObjective  *shared = lookup (self, id, &list);
  g_autoptr(ClObjective) keep = NULL;
  ClObjective *fresh;

  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_row_cb, rows, &error, sql,
                            "x", id))
    {
      g_warning ("Could not read objective %" G_GINT64_FORMAT " again: %s", id, error->message);
      return;
    }
  if (rows->len == 0)
    {
      if (list != NULL)
        cl_object_list_remove (list, id);
      return;
    }

  fresh = g_ptr_array_index (rows, 0);
  if (shared == NULL && self->adopting != NULL && id == self->adopting_id)
    {
      cl_model_assign (CL_MODEL (self->adopting), CL_MODEL (fresh), TRUE);
      fresh = self->adopting;
    }
  else if (shared != NULL && cl_objective_get_domain (shared) != cl_objective_get_domain (fresh))
    {
      /* Another domain: the same object moves to that list, held here
       * while no list does. */
      keep = g_object_ref (shared);
      cl_object_list_remove (list, id);
      cl_model_assign (CL_MODEL (keep), CL_MODEL (fresh), TRUE);
      fresh = keep;
    }

  if (valid_domain (cl_objective_get_domain (fresh)))
    cl_object_list_update (self->domains[cl_objective_get_domain (fresh)], fresh);
}

static void
cl_prep_store_changed (ClStore     *store,
                       ClChangeSet *change_set)
{
  const gint64 *ids;
  guint         n_ids;

  if (cl_change_set_is_external (change_set))
    {
      CL_STORE_CLASS (cl_prep_store_parent_class)->changed (store, change_set);
      g_signal_emit (store, signals[APPLICATION_OBJECTIVES_CHANGED], 0, (gint64) 0);
      return;
    }

  ids = cl_change_set_get_ids (change_set, CL_ENTITY_OBJECTIVE, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    refresh (CL_PREP_STORE (store), ids[i]);
  /* After the refresh, so that the page reads the objectives as they are. */
  cl_store_emit_per_application (store, change_set, CL_TABLE_OBJECTIVES,
                                 signals[APPLICATION_OBJECTIVES_CHANGED]);
}

static void
cl_prep_store_dispose (GObject *object)
{
  ClPrepStore *self = CL_PREP_STORE (object);

  for (guint i = 0; i < N_DOMAINS; i++)
    g_clear_pointer (&self->domains[i], cl_object_list_free);

  G_OBJECT_CLASS (cl_prep_store_parent_class)->dispose (object);
}

static void
cl_prep_store_class_init (ClPrepStoreClass *klass)
{
  ClStoreClass *store_class = CL_STORE_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cl_prep_store_dispose;
  store_class->read = cl_prep_store_read;
  store_class->apply = cl_prep_store_apply;
  store_class->free_read = cl_prep_store_free_read;
  store_class->changed = cl_prep_store_changed;

  /**
   * ClPrepStore::application-objectives-changed:
   * @application_id: the application whose objectives changed, or 0 for any
   *
   * An objective linked to the application (or to one of its rounds) was
   * added, edited, deleted, linked or unlinked.
   */
  signals[APPLICATION_OBJECTIVES_CHANGED] =
    g_signal_new ("application-objectives-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
cl_prep_store_init (ClPrepStore *self)
{
  for (guint i = 0; i < N_DOMAINS; i++)
    self->domains[i] = cl_object_list_new (CL_TYPE_OBJECTIVE, compare_dates, NULL);
}

ClPrepStore *
cl_prep_store_new (ClDatabase *database,
                   ClClock    *clock)
{
  return g_object_new (CL_TYPE_PREP_STORE, "database", database, "clock", clock, NULL);
}

GListModel *
cl_prep_store_get_objectives (ClPrepStore *self,
                              ClPrepDomain domain)
{
  g_return_val_if_fail (CL_IS_PREP_STORE (self), NULL);
  g_return_val_if_fail (valid_domain (domain), NULL);

  return cl_object_list_get_model (self->domains[domain]);
}

ClObjective *
cl_prep_store_find_objective (ClPrepStore *self,
                              gint64       objective_id)
{
  ClObjectList *list;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), NULL);

  return lookup (self, objective_id, &list);
}

guint
cl_prep_store_count_objectives (ClPrepStore *self,
                                ClPrepDomain domain,
                                guint       *out_done)
{
  GListModel *list;
  guint       n_items;
  guint       n_counted = 0;
  guint       n_done = 0;

  if (out_done != NULL)
    *out_done = 0;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), 0);
  g_return_val_if_fail (valid_domain (domain), 0);

  list = cl_object_list_get_model (self->domains[domain]);
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

/* A normalized, valid copy of what is to be saved; before any SQL, so a
 * locked or read-only file does not hide what is wrong with the form. */
static ClObjective *
prepare (ClObjective *objective,
         GError     **error)
{
  g_autoptr(ClObjective) copy = cl_objective_copy (objective);

  cl_model_normalize (CL_MODEL (copy));
  if (!cl_model_validate (CL_MODEL (copy), error))
    return NULL;
  return g_steal_pointer (&copy);
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

/* The applications an objective prepares for, directly or through one of
 * their rounds. */
#define LINKED_APPLICATIONS_SQL \
  "SELECT application_id FROM objective_applications WHERE objective_id = ?1" \
  " UNION SELECT r.application_id FROM objective_rounds o" \
  " JOIN interview_rounds r ON r.id = o.round_id WHERE o.objective_id = ?1"

/* Inside the transaction: names the objective and what it is linked to, as
 * the links are now (called before and after a change of them). */
static gboolean
touch_links (ClTransaction *tx,
             gint64         objective_id,
             GError       **error)
{
  ClDatabase *database = cl_transaction_get_database (tx);
  g_autoptr(GArray) applications = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) rounds = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!cl_database_foreach (database, add_id_cb, applications, error, LINKED_APPLICATIONS_SQL,
                            "x", objective_id) ||
      !cl_database_foreach (database, add_id_cb, rounds, error,
                            "SELECT round_id FROM objective_rounds WHERE objective_id = ?1", "x",
                            objective_id))
    return FALSE;

  cl_transaction_touch (tx, CL_TABLE_OBJECTIVES, CL_ENTITY_OBJECTIVE, objective_id);
  for (guint i = 0; i < applications->len; i++)
    cl_transaction_touch (tx, CL_TABLE_OBJECTIVES, CL_ENTITY_APPLICATION,
                          g_array_index (applications, gint64, i));
  for (guint i = 0; i < rounds->len; i++)
    cl_transaction_touch (tx, CL_TABLE_OBJECTIVES, CL_ENTITY_ROUND,
                          g_array_index (rounds, gint64, i));
  return TRUE;
}

static gboolean
link_application (ClDatabase *database,
                  gint64      objective_id,
                  gint64      application_id,
                  GError    **error)
{
  return cl_database_require_row (database,
                                  _ ("One of the applications this objective prepares for no "
                                     "longer exists. Choose the applications again."),
                                  error, "SELECT 1 FROM applications WHERE id = ?1", "x",
                                  application_id) &&
         cl_database_execute (database, error,
                              "INSERT OR IGNORE INTO objective_applications"
                              " (objective_id, application_id) VALUES (?1, ?2)",
                              "xx", objective_id, application_id);
}

static gboolean
link_round (ClDatabase *database,
            gint64      objective_id,
            gint64      round_id,
            GError    **error)
{
  return cl_database_require_row (database,
                                  _ ("One of the interview rounds this objective prepares for no "
                                     "longer exists. Choose the rounds again."),
                                  error, "SELECT 1 FROM interview_rounds WHERE id = ?1", "x",
                                  round_id) &&
         cl_database_execute (database, error,
                              "INSERT OR IGNORE INTO objective_rounds (objective_id, round_id)"
                              " VALUES (?1, ?2)",
                              "xx", objective_id, round_id);
}

/* Adds @objective, linked to @application_id unless it is 0. */
static gboolean
add_objective (ClPrepStore *self,
               ClObjective *objective,
               gint64       application_id,
               GError     **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClObjective) copy = NULL;
  gint64   id = 0;
  gboolean committed;

  copy = prepare (objective, error);
  if (copy == NULL)
    return FALSE;
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_model_insert (CL_MODEL (copy), database, &id, error, "created_at", "x",
                        cl_clock_now (cl_store_get_clock (CL_STORE (self)))) ||
      (application_id != 0 && !link_application (database, id, application_id, error)) ||
      !touch_links (tx, id, error))
    return FALSE;

  self->adopting = objective;
  self->adopting_id = id;
  committed = cl_transaction_commit (tx, error);
  self->adopting = NULL;

  /* Inside a caller's transaction nothing is announced yet, so nothing
   * adopted the object: it still learns its id. */
  if (committed && cl_objective_get_id (objective) == 0)
    cl_model_set_int64 (CL_MODEL (objective), "id", id);
  return committed;
}

gboolean
cl_prep_store_add_objective (ClPrepStore *self,
                             ClObjective *objective,
                             GError     **error)
{
  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (cl_objective_get_id (objective) == 0, FALSE);

  return add_objective (self, objective, 0, error);
}

gboolean
cl_prep_store_add_objective_for_application (ClPrepStore *self,
                                             ClObjective *objective,
                                             gint64       application_id,
                                             GError     **error)
{
  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (cl_objective_get_id (objective) == 0, FALSE);
  g_return_val_if_fail (application_id > 0, FALSE);

  return add_objective (self, objective, application_id, error);
}

gboolean
cl_prep_store_update_objective (ClPrepStore *self,
                                ClObjective *objective,
                                GError     **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClObjective) copy = NULL;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), FALSE);

  if (cl_prep_store_find_objective (self, cl_objective_get_id (objective)) == NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("This objective no longer exists."));
      return FALSE;
    }

  copy = prepare (objective, error);
  if (copy == NULL)
    return FALSE;
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_model_update (CL_MODEL (copy), database, _ ("This objective no longer exists."), error,
                        NULL, NULL) ||
      !touch_links (tx, cl_objective_get_id (copy), error))
    return FALSE;
  return cl_transaction_commit (tx, error);
}

gboolean
cl_prep_store_delete_objective (ClPrepStore *self,
                                ClObjective *objective,
                                GError     **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 id;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  id = cl_objective_get_id (objective);
  tx = cl_transaction_begin (database, error);
  /* The links go with the row: they are named first. */
  if (tx == NULL || !touch_links (tx, id, error) ||
      !cl_database_execute_one (database, _ ("This objective no longer exists."), error,
                                "DELETE FROM objectives WHERE id = ?1", "x", id))
    return FALSE;
  return cl_transaction_commit (tx, error);
}

GArray *
cl_prep_store_get_application_ids (ClPrepStore *self,
                                   gint64       objective_id,
                                   GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (CL_IS_PREP_STORE (self), NULL);

  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_id_cb, ids, error,
                            "SELECT application_id FROM objective_applications"
                            " WHERE objective_id = ?1 ORDER BY application_id",
                            "x", objective_id))
    return NULL;
  return g_steal_pointer (&ids);
}

GArray *
cl_prep_store_get_round_ids (ClPrepStore *self,
                             gint64       objective_id,
                             GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (CL_IS_PREP_STORE (self), NULL);

  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_id_cb, ids, error,
                            "SELECT o.round_id FROM objective_rounds o"
                            " JOIN interview_rounds r ON r.id = o.round_id"
                            " WHERE o.objective_id = ?1 ORDER BY r.application_id, r.position",
                            "x", objective_id))
    return NULL;
  return g_steal_pointer (&ids);
}

gboolean
cl_prep_store_set_links (ClPrepStore  *self,
                         ClObjective  *objective,
                         const gint64 *application_ids,
                         guint         n_applications,
                         const gint64 *round_ids,
                         guint         n_rounds,
                         GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 id;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (n_applications == 0 || application_ids != NULL, FALSE);
  g_return_val_if_fail (n_rounds == 0 || round_ids != NULL, FALSE);

  database = cl_store_get_database (CL_STORE (self));
  id = cl_objective_get_id (objective);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_require_row (database, _ ("This objective no longer exists."), error,
                                "SELECT 1 FROM objectives WHERE id = ?1", "x", id) ||
      !touch_links (tx, id, error) ||
      !cl_database_execute (database, error,
                            "DELETE FROM objective_applications WHERE objective_id = ?1", "x",
                            id) ||
      !cl_database_execute (database, error,
                            "DELETE FROM objective_rounds WHERE objective_id = ?1", "x", id))
    return FALSE;

  for (guint i = 0; i < n_applications; i++)
    if (!link_application (database, id, application_ids[i], error))
      return FALSE;
  for (guint i = 0; i < n_rounds; i++)
    if (!link_round (database, id, round_ids[i], error))
      return FALSE;
  if (!touch_links (tx, id, error))
    return FALSE;
  return cl_transaction_commit (tx, error);
}

/* The shared objects of the ids the query returns, in its order. */
static GPtrArray *
list_shared (ClPrepStore *self,
             gint64       id,
             GError     **error,
             const char  *sql)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) objectives = g_ptr_array_new_with_free_func (g_object_unref);

  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_id_cb, ids, error, sql,
                            "x", id))
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      ClObjective *objective =
        cl_prep_store_find_objective (self, g_array_index (ids, gint64, i));

      /* (Only an objective of an unknown domain is in no list.) */
      if (objective != NULL)
        g_ptr_array_add (objectives, g_object_ref (objective));
    }
  return g_steal_pointer (&objectives);
}

GPtrArray *
cl_prep_store_list_for_application (ClPrepStore *self,
                                    gint64       application_id,
                                    GError     **error)
{
  g_return_val_if_fail (CL_IS_PREP_STORE (self), NULL);

  return list_shared (self, application_id, error,
                      "SELECT id FROM objectives WHERE id IN"
                      " (SELECT objective_id FROM objective_applications WHERE application_id = ?1"
                      "  UNION SELECT o.objective_id FROM objective_rounds o"
                      "  JOIN interview_rounds r ON r.id = o.round_id WHERE r.application_id = ?1)"
                      " ORDER BY target_date IS NULL, target_date, id");
}

GPtrArray *
cl_prep_store_list_for_round (ClPrepStore *self,
                              gint64       round_id,
                              GError     **error)
{
  g_return_val_if_fail (CL_IS_PREP_STORE (self), NULL);

  return list_shared (self, round_id, error,
                      "SELECT id FROM objectives WHERE id IN"
                      " (SELECT objective_id FROM objective_rounds WHERE round_id = ?1)"
                      " ORDER BY target_date IS NULL, target_date, id");
}

/* Today's date in the user's time zone, as objectives write dates. */
static char *
today_text (ClPrepStore *self)
{
  g_autoptr(GDateTime) now = cl_clock_now_local (cl_store_get_clock (CL_STORE (self)));

  return g_date_time_format (now, "%F");
}

void
cl_prep_store_get_progress (ClPrepStore    *self,
                            ClPrepDomain    domain,
                            ClPrepProgress *out)
{
  g_autofree char *today = NULL;

  g_return_if_fail (out != NULL);
  memset (out, 0, sizeof *out);
  g_return_if_fail (CL_IS_PREP_STORE (self));
  g_return_if_fail (valid_domain (domain));

  today = today_text (self);
  cl_prep_progress_compute_model (out, cl_object_list_get_model (self->domains[domain]), today);
}

gboolean
cl_prep_store_plan_for_round (ClPrepStore  *self,
                              ClRound      *round,
                              ClObjective **objectives,
                              guint         n_objectives,
                              gboolean      by_hours,
                              GError      **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(GDateTime) scheduled = NULL;
  g_autofree double *weights = NULL;
  g_autofree char   *today = NULL;
  g_autofree char   *round_date = NULL;
  g_auto(GStrv) dates = NULL;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_ROUND (round), FALSE);
  g_return_val_if_fail (n_objectives == 0 || objectives != NULL, FALSE);

  if (cl_round_get_scheduled_at (round) == 0)
    {
      g_set_error_literal (error, CL_PREP_PLAN_ERROR, CL_PREP_PLAN_ERROR_INVALID,
                           _ ("This round has no date yet. Give it one: the plan is worked back "
                              "from it."));
      return FALSE;
    }
  scheduled = g_date_time_new_from_unix_local (cl_round_get_scheduled_at (round));
  round_date = g_date_time_format (scheduled, "%F");
  today = today_text (self);
  if (by_hours)
    {
      weights = g_new0 (double, MAX (n_objectives, 1));
      for (guint i = 0; i < n_objectives; i++)
        weights[i] = cl_objective_get_hours_planned (objectives[i]);
    }
  dates = cl_prep_plan_schedule (today, round_date, weights, n_objectives, error);
  if (dates == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return FALSE;
  for (guint i = 0; i < n_objectives; i++)
    {
      gint64 id = cl_objective_get_id (objectives[i]);

      if (!cl_database_execute_one (database, _ ("One of these objectives no longer exists."),
                                    error, "UPDATE objectives SET target_date = ?2 WHERE id = ?1",
                                    "xs", id, dates[i]) ||
          !link_round (database, id, cl_round_get_id (round), error) ||
          !touch_links (tx, id, error))
        return FALSE;
    }
  return cl_transaction_commit (tx, error);
}

static void
found_keyword_clear (gpointer data)
{
  ClFoundKeyword *keyword = data;

  g_clear_pointer (&keyword->term_key, g_free);
}

static gboolean
add_keyword_cb (sqlite3_stmt *stmt,
                gpointer      user_data,
                GError      **error)
{
  ClFoundKeyword keyword = {
    .term_key = cl_column_dup (stmt, 0),
    .count = (guint) sqlite3_column_int64 (stmt, 2),
    .objective_id = sqlite3_column_int64 (stmt, 3),
  };
  int state = CL_KEYWORD_STATE_PROPOSED;

  cl_enum_from_nick (CL_TYPE_KEYWORD_STATE, (const char *) sqlite3_column_text (stmt, 1), &state);
  keyword.state = (ClKeywordState) state;
  g_array_append_val ((GArray *) user_data, keyword);
  return TRUE;
}

GArray *
cl_prep_store_get_keyword_states (ClPrepStore *self,
                                  gint64       application_id,
                                  GError     **error)
{
  g_autoptr(GArray) keywords = g_array_new (FALSE, TRUE, sizeof (ClFoundKeyword));

  g_return_val_if_fail (CL_IS_PREP_STORE (self), NULL);

  g_array_set_clear_func (keywords, found_keyword_clear);
  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_keyword_cb, keywords,
                            error,
                            "SELECT term_key, state, count, objective_id FROM application_keywords"
                            " WHERE application_id = ?1 ORDER BY term_key",
                            "x", application_id))
    return NULL;
  return g_steal_pointer (&keywords);
}

/* Inside the transaction: adds or changes the term's row; @objective_id 0
 * keeps the one it had.  A negative @count keeps the count (1 when new). */
static gboolean
write_keyword (ClTransaction *tx,
               gint64         application_id,
               const char    *term_key,
               ClKeywordState state,
               gint64         count,
               gint64         objective_id,
               GError       **error)
{
  ClDatabase *database = cl_transaction_get_database (tx);

  if (term_key == NULL || *term_key == '\0')
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _ ("This term has no key: it cannot be kept."));
      return FALSE;
    }
  if (!cl_database_require_row (database, _ ("This application no longer exists."), error,
                                "SELECT 1 FROM applications WHERE id = ?1", "x", application_id) ||
      !cl_database_execute (database, error,
                            "INSERT INTO application_keywords"
                            " (application_id, term_key, state, count, objective_id)"
                            " VALUES (?1, ?2, ?3, max (?4, 1), ?5)"
                            " ON CONFLICT (application_id, term_key) DO UPDATE SET"
                            " state = excluded.state,"
                            " count = CASE WHEN ?4 < 0 THEN count ELSE excluded.count END,"
                            " objective_id = coalesce (excluded.objective_id, objective_id)",
                            "xsexz", application_id, term_key, CL_TYPE_KEYWORD_STATE, (int) state,
                            count, objective_id))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_OBJECTIVES, CL_ENTITY_APPLICATION, application_id);
  return TRUE;
}

gboolean
cl_prep_store_set_keyword_state (ClPrepStore   *self,
                                 gint64         application_id,
                                 const char    *term_key,
                                 ClKeywordState state,
                                 guint          count,
                                 GError       **error)
{
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (state <= CL_KEYWORD_STATE_DISMISSED, FALSE);

  tx = cl_transaction_begin (cl_store_get_database (CL_STORE (self)), error);
  return tx != NULL &&
         write_keyword (tx, application_id, term_key, state, (gint64) count, 0, error) &&
         cl_transaction_commit (tx, error);
}

gboolean
cl_prep_store_accept_keyword (ClPrepStore *self,
                              gint64       application_id,
                              const char  *term_key,
                              guint        count,
                              ClObjective *objective,
                              GError     **error)
{
  g_autoptr(ClTransaction) tx = NULL;
  gboolean set_key;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (cl_objective_get_id (objective) == 0, FALSE);
  g_return_val_if_fail (application_id > 0, FALSE);

  /* The key is part of what is saved, so it is set now, and taken back if
   * nothing is saved. */
  set_key = cl_objective_get_term_key (objective) == NULL;
  if (set_key)
    g_object_set (objective, "term-key", term_key, NULL);

  tx = cl_transaction_begin (cl_store_get_database (CL_STORE (self)), error);
  if (tx != NULL && add_objective (self, objective, application_id, error) &&
      write_keyword (tx, application_id, term_key, CL_KEYWORD_STATE_ACCEPTED,
                     count > 0 ? (gint64) count : -1, cl_objective_get_id (objective), error))
    {
      gboolean committed;

      /* The nested add learnt its id; the announcement adopts it here. */
      self->adopting = objective;
      self->adopting_id = cl_objective_get_id (objective);
      committed = cl_transaction_commit (tx, error);
      self->adopting = NULL;
      if (committed)
        return TRUE;
    }

  /* Nothing announced it: it is new again, as given. */
  cl_model_set_int64 (CL_MODEL (objective), "id", 0);
  if (set_key)
    g_object_set (objective, "term-key", NULL, NULL);
  return FALSE;
}
