/* cl-pipeline-store.c — the applications on the board, per stage, as list models
 *
 * Each stage's applications sit in a GListStore in manual order, so a view of
 * one column costs what its visible rows cost.  The models change only in
 * ::changed, from what a committed transaction touched: a stage touched has
 * its order read again (an index-only query) and its list spliced where it
 * differs; an application touched has its row and card facts read again.
 * So a move, an import or another store's write all reach the board the same
 * way, and the models never show what the database does not hold.
 *
 * Moves, undo and archiving are in cl-pipeline-store-moves.c; card facts in
 * cl-card-facts.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-pipeline-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-card-facts.h"
#include "cl-company-store-private.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-pipeline-store-private.h"
#include "cl-positions.h"
#include "cl-statement.h"

/* A change touching more applications than this reads the board again
 * (one scan per table) instead of one application at a time. */
#define MAX_SINGLE_REFRESHES 500

struct _ClPipelineStore
{
  ClStore         parent_instance;

  ClCompanyStore *companies;
  ClStageStore   *stages;

  GListStore     *applications; /* every ClApplication on the board */
  GHashTable     *by_stage;     /* stage id → GListStore of ClApplication by position */
  GHashTable     *by_id;        /* application id → ClApplication (borrowed) */
  GHashTable     *contacts;     /* application id → GArray of the contact ids it names */

  ClApplication  *adopting;
  gint64          adopting_id;
  gint64          earliest_next; /* the soonest next-at of a card, 0 for none */
};

G_DEFINE_FINAL_TYPE (ClPipelineStore, cl_pipeline_store, CL_TYPE_STORE)

enum
{
  PROP_0,
  PROP_COMPANIES,
  PROP_STAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_BOXED_TYPE (ClPipelineMove, cl_pipeline_move, cl_pipeline_move_copy, cl_pipeline_move_free)

ClPipelineMove *
cl_pipeline_move_copy (const ClPipelineMove *move)
{
  return g_memdup2 (move, sizeof *move);
}

void
cl_pipeline_move_free (ClPipelineMove *move)
{
  g_free (move);
}

static const char *
select_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql,
                       g_strdup_printf ("SELECT a.company_id, %s FROM applications a",
                                        cl_model_class_get_columns (CL_TYPE_APPLICATION, "a.")));
  return sql;
}

static GListStore *
stage_list (ClPipelineStore *self,
            gint64           stage_id)
{
  GListStore *list = g_hash_table_lookup (self->by_stage, &stage_id);

  if (list == NULL)
    {
      list = g_list_store_new (CL_TYPE_APPLICATION);
      g_hash_table_insert (self->by_stage, cl_int64_key (stage_id), list);
    }
  return list;
}

/* A row read: the object and the company it names. */
typedef struct
{
  ClApplication *application;
  gint64         company_id;
} Row;

static void
row_clear (Row *row)
{
  g_clear_object (&row->application);
}

static gboolean
add_row_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  Row row = { cl_model_new_from_row (CL_TYPE_APPLICATION, stmt, 1),
              sqlite3_column_int64 (stmt, 0) };

  g_array_append_val (user_data, row);
  return TRUE;
}

static GArray *
new_rows (void)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Row));

  g_array_set_clear_func (rows, (GDestroyNotify) row_clear);
  return rows;
}

/* Gives @application its company's shared object. */
static void
link_company (ClPipelineStore *self,
              ClApplication   *application,
              gint64           company_id)
{
  ClCompany *company = cl_company_store_get (self->companies, company_id);

  if (company == NULL)
    g_warning ("Application %" G_GINT64_FORMAT " names company %" G_GINT64_FORMAT
               ", which does not exist",
               cl_application_get_id (application), company_id);
  cl_model_set_object (CL_MODEL (application), "company", company);
}

/* Whether a card's next date stops being "next" once it is past: rounds,
 * deadlines and offer deadlines do; a follow-up stays next, overdue, until
 * it is done. */
static gboolean
next_expires (ClNextKind kind,
              gint64     next_at)
{
  return next_at != 0 && kind != CL_NEXT_KIND_FOLLOW_UP;
}

/* Keeps the soonest next date that can expire in view, so the minute's tick
 * costs nothing until one of them is past. */
static void
note_next (ClPipelineStore *self,
           ClCardFacts     *facts)
{
  if (facts != NULL && next_expires (facts->next_kind, facts->next_at) &&
      (self->earliest_next == 0 || facts->next_at < self->earliest_next))
    self->earliest_next = facts->next_at;
}

/* A card read again where it stands: its stage's list says that item
 * changed, so the filters and sorters of the views look at it again (a
 * red flag removed under "red flags only", a renamed company under a
 * search, a new next date under "soonest first"). */
static void
announce_in_place (ClPipelineStore *self,
                   ClApplication   *application)
{
  gint64      stage_id = cl_application_get_stage_id (application);
  GListStore *list = g_hash_table_lookup (self->by_stage, &stage_id);
  guint       index = cl_application_get_position (application);
  gpointer    item;

  if (list == NULL)
    return;
  /* The position is the index in the stage's list, unless it is out of step. */
  item = g_list_model_get_item (G_LIST_MODEL (list), index);
  if (item != NULL)
    g_object_unref (item);
  if (item != application && !g_list_store_find (list, application, &index))
    return;
  g_list_store_splice (list, index, 1, (gpointer *) &application, 1);
}

static void
remember_contacts (ClPipelineStore *self,
                   gint64           id,
                   ClCardFacts     *facts)
{
  if (facts != NULL && facts->contact_ids != NULL)
    g_hash_table_insert (self->contacts, cl_int64_key (id), g_array_ref (facts->contact_ids));
  else
    g_hash_table_remove (self->contacts, &id);
}

/* Gives the shared object (or @row's own, when new) the row's values, its
 * company and its facts. */
static ClApplication *
take_row (ClPipelineStore *self,
          Row             *row,
          GHashTable      *facts)
{
  gint64         id = cl_application_get_id (row->application);
  ClApplication *application = g_hash_table_lookup (self->by_id, &id);

  if (application == NULL && self->adopting != NULL && id == self->adopting_id)
    application = self->adopting;

  if (application != NULL && application != row->application)
    cl_model_assign (CL_MODEL (application), CL_MODEL (row->application), TRUE);
  else
    application = row->application;

  link_company (self, application, row->company_id);
  if (facts != NULL)
    {
      ClCardFacts *found = g_hash_table_lookup (facts, &id);

      cl_card_facts_apply (found, application);
      remember_contacts (self, id, found);
      note_next (self, found);
    }
  return application;
}

/* Loading ------------------------------------------------------------------ */

typedef struct
{
  GArray     *rows; /* Row, by stage and position */
  GHashTable *facts;
} Snapshot;

static void
snapshot_free (gpointer data)
{
  Snapshot *snapshot = data;

  g_array_unref (snapshot->rows);
  g_clear_pointer (&snapshot->facts, g_hash_table_unref);
  g_free (snapshot);
}

static gpointer
cl_pipeline_store_read (ClStore    *store,
                        ClDatabase *database,
                        GError    **error)
{
  g_autoptr(GArray) rows = new_rows ();
  g_autofree char *sql =
    g_strconcat (select_sql (), " WHERE a.archived_at IS NULL ORDER BY a.stage_id, a.position",
                 NULL);
  g_autoptr(GHashTable) facts = NULL;
  Snapshot *snapshot;

  if (!cl_database_foreach (database, add_row_cb, rows, error, sql, NULL))
    return NULL;
  facts =
    cl_card_facts_collect (database, cl_clock_now (cl_store_get_clock (store)), NULL, 0, error);
  if (facts == NULL)
    return NULL;

  snapshot = g_new0 (Snapshot, 1);
  snapshot->rows = g_steal_pointer (&rows);
  snapshot->facts = g_steal_pointer (&facts);
  return snapshot;
}

/* Makes @list hold @items, splicing only the part that differs so views keep
 * their rows; then each item's stage and position follow its place. */
static void
set_list (GListStore *list,
          gint64      stage_id,
          GPtrArray  *items)
{
  GListModel *model = G_LIST_MODEL (list);
  guint       n_old = g_list_model_get_n_items (model);
  guint       n_new = items->len;
  guint       prefix = 0;
  guint       suffix = 0;

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, prefix);

      if (item != g_ptr_array_index (items, prefix))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, n_old - 1 - suffix);

      if (item != g_ptr_array_index (items, n_new - 1 - suffix))
        break;
      suffix++;
    }

  /* Before the splice, so the views bind items that show their new place. */
  for (guint i = 0; i < n_new; i++)
    {
      ClModel *application = g_ptr_array_index (items, i);

      cl_model_set_int64 (application, "stage-id", stage_id);
      cl_model_set_uint (application, "position", i);
    }

  if (prefix < n_old || prefix < n_new)
    g_list_store_splice (list, prefix, n_old - prefix - suffix,
                         items->pdata + prefix, n_new - prefix - suffix);
}

static void
cl_pipeline_store_apply (ClStore *store,
                         gpointer data)
{
  ClPipelineStore *self = CL_PIPELINE_STORE (store);
  Snapshot        *snapshot = data;
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer       key, value;

  g_hash_table_remove_all (self->contacts);
  self->earliest_next = 0;
  for (guint i = 0; i < snapshot->rows->len; i++)
    {
      Row           *row = &g_array_index (snapshot->rows, Row, i);
      ClApplication *application = take_row (self, row, snapshot->facts);
      gint64         stage_id = cl_application_get_stage_id (row->application);
      GPtrArray     *group = g_hash_table_lookup (groups, &stage_id);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, cl_int64_key (stage_id), group);
        }
      g_ptr_array_add (group, application);
      g_ptr_array_add (all, g_object_ref (application));
      g_hash_table_insert (by_id, cl_int64_key (cl_application_get_id (application)), application);
    }

  /* Lists no longer filled are emptied; the objects views hold stay. */
  g_hash_table_iter_init (&iter, self->by_stage);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (groups, key))
      g_list_store_remove_all (value);

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    set_list (stage_list (self, *(gint64 *) key), *(gint64 *) key, value);

  g_hash_table_unref (self->by_id);
  self->by_id = g_steal_pointer (&by_id);
  g_list_store_splice (self->applications, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->applications)), all->pdata,
                       all->len);
  snapshot_free (snapshot);
}

/* Following changes --------------------------------------------------------- */

typedef struct
{
  ClPipelineStore *self;
  GHashTable      *rows;   /* id → Row *, of the applications read again */
  GPtrArray       *items;  /* the stage's objects, in order */
  GHashTable      *placed; /* objects put in a list */
} Reconcile;

static gboolean
stage_order_cb (sqlite3_stmt *stmt,
                gpointer      user_data,
                GError      **error)
{
  Reconcile       *reconcile = user_data;
  ClPipelineStore *self = reconcile->self;
  gint64           id = sqlite3_column_int64 (stmt, 0);
  ClApplication   *application = g_hash_table_lookup (self->by_id, &id);
  Row             *row = g_hash_table_lookup (reconcile->rows, &id);

  if (application == NULL && row != NULL)
    application = take_row (self, row, NULL);
  if (application == NULL)
    {
      /* Brought onto the board by a change that did not name it. */
      g_autoptr(GArray) rows = new_rows ();
      g_autofree char *sql = g_strconcat (select_sql (), " WHERE a.id = ?1", NULL);

      if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_row_cb, rows, error,
                                sql, "x", id))
        return FALSE;
      if (rows->len == 0)
        return TRUE;
      application = take_row (self, &g_array_index (rows, Row, 0), NULL);
      /* Kept alive by the table until the list holds it. */
      g_hash_table_add (reconcile->placed, g_object_ref (application));
    }

  g_ptr_array_add (reconcile->items, application);
  g_hash_table_add (reconcile->placed, g_object_ref (application));
  return TRUE;
}

static gboolean
reconcile_stage (ClPipelineStore *self,
                 gint64           stage_id,
                 GHashTable      *rows,
                 GHashTable      *placed,
                 GHashTable      *left,
                 GError         **error)
{
  GListStore *list = stage_list (self, stage_id);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  Reconcile reconcile = { self, rows, items, placed };
  guint     n;

  if (!cl_database_foreach (
        cl_store_get_database (CL_STORE (self)), stage_order_cb, &reconcile, error,
        "SELECT id FROM applications WHERE stage_id = ?1 AND archived_at IS NULL"
        " ORDER BY position",
        "x", stage_id))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    g_hash_table_add (left, g_list_model_get_item (G_LIST_MODEL (list), i));

  set_list (list, stage_id, items);
  return TRUE;
}

static void
collect_ids (GHashTable   *set,
             const gint64 *ids,
             guint         n_ids)
{
  for (guint i = 0; i < n_ids; i++)
    g_hash_table_add (set, cl_int64_key (ids[i]));
}

/* The applications whose cards name a contact the change touched. */
static void
collect_contact_applications (ClPipelineStore *self,
                              ClChangeSet     *change_set,
                              GHashTable      *applications)
{
  GHashTableIter iter;
  gpointer       key, value;

  if (!cl_change_set_has_entity (change_set, CL_ENTITY_CONTACT))
    return;

  g_hash_table_iter_init (&iter, self->contacts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *contact_ids = value;

      for (guint i = 0; i < contact_ids->len; i++)
        if (cl_change_set_contains (change_set, CL_ENTITY_CONTACT,
                                    g_array_index (contact_ids, gint64, i)))
          {
            g_hash_table_add (applications, cl_int64_key (*(gint64 *) key));
            break;
          }
    }
}

static GArray *
set_to_array (GHashTable *set)
{
  GArray        *array = g_array_sized_new (FALSE, FALSE, sizeof (gint64), g_hash_table_size (set));
  GHashTableIter iter;
  gpointer       key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (array, *(gint64 *) key);
  return array;
}

static gboolean
follow (ClPipelineStore *self,
        ClChangeSet     *change_set,
        GError         **error)
{
  ClDatabase *database = cl_store_get_database (CL_STORE (self));
  g_autoptr(GHashTable) application_ids =
               g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) stage_ids =
               g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) placed = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  g_autoptr(GHashTable) left = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  g_autoptr(GArray) read = new_rows ();
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GHashTable) facts = NULL;
  g_autofree char *one_sql =
    g_strconcat (select_sql (), " WHERE a.id = ?1 AND a.archived_at IS NULL", NULL);
  const gint64  *touched;
  guint          n_touched;
  GHashTableIter iter;
  gpointer       key;

  touched = cl_change_set_get_ids (change_set, CL_ENTITY_APPLICATION, &n_touched);
  collect_ids (application_ids, touched, n_touched);
  collect_contact_applications (self, change_set, application_ids);
  touched = cl_change_set_get_ids (change_set, CL_ENTITY_STAGE, &n_touched);
  collect_ids (stage_ids, touched, n_touched);

  if (g_hash_table_size (application_ids) == 0 && g_hash_table_size (stage_ids) == 0)
    return TRUE;
  if (g_hash_table_size (application_ids) > MAX_SINGLE_REFRESHES)
    return cl_store_load (CL_STORE (self), error);

  /* Read each application again.  If it came, went, or changed stage or
   * place, where it was and where it is now are stages to put in order; a
   * card whose facts or fields alone changed stays where it is, so a red
   * flag costs one row, not a column. */
  ids = set_to_array (application_ids);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64         id = g_array_index (ids, gint64, i);
      ClApplication *shown = g_hash_table_lookup (self->by_id, &id);
      ClApplication *fresh;
      guint          before = read->len;

      if (!cl_database_foreach (database, add_row_cb, read, error, one_sql, "x", id))
        return FALSE;
      fresh = read->len > before ? g_array_index (read, Row, before).application : NULL;
      if (shown != NULL && fresh != NULL &&
          cl_application_get_stage_id (shown) == cl_application_get_stage_id (fresh) &&
          cl_application_get_position (shown) == cl_application_get_position (fresh))
        continue;
      if (shown != NULL)
        g_hash_table_add (stage_ids, cl_int64_key (cl_application_get_stage_id (shown)));
      if (fresh != NULL)
        g_hash_table_add (stage_ids, cl_int64_key (cl_application_get_stage_id (fresh)));
    }
  for (guint i = 0; i < read->len; i++)
    {
      Row *row = &g_array_index (read, Row, i);

      g_hash_table_insert (rows, cl_int64_key (cl_application_get_id (row->application)), row);
    }

  g_hash_table_iter_init (&iter, stage_ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!reconcile_stage (self, *(gint64 *) key, rows, placed, left, error))
      return FALSE;

  /* What left a list and went into none is off the board. */
  g_hash_table_iter_init (&iter, left);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (placed, key))
      {
        gint64 id = cl_application_get_id (key);
        guint  index;

        g_hash_table_remove (self->by_id, &id);
        g_hash_table_remove (self->contacts, &id);
        if (g_list_store_find (self->applications, key, &index))
          g_list_store_remove (self->applications, index);
      }
  g_hash_table_iter_init (&iter, placed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint64 id = cl_application_get_id (key);

      if (!g_hash_table_contains (self->by_id, &id))
        {
          g_hash_table_insert (self->by_id, cl_int64_key (id), key);
          g_list_store_append (self->applications, key);
        }
    }

  /* Rows and facts of those still on the board. */
  facts = cl_card_facts_collect (database, cl_pipeline_store_now (self),
                                 (const gint64 *) ids->data, ids->len, error);
  if (facts == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      gint64         id = g_array_index (ids, gint64, i);
      Row           *row = g_hash_table_lookup (rows, &id);
      ClApplication *application = g_hash_table_lookup (self->by_id, &id);
      gint64         stage_id;

      if (application == NULL)
        continue;
      if (row != NULL)
        take_row (self, row, facts);
      else
        {
          cl_card_facts_apply (g_hash_table_lookup (facts, &id), application);
          remember_contacts (self, id, g_hash_table_lookup (facts, &id));
          note_next (self, g_hash_table_lookup (facts, &id));
        }
      /* A reconciled stage was spliced already; a card left in place was not. */
      stage_id = cl_application_get_stage_id (application);
      if (!g_hash_table_contains (stage_ids, &stage_id))
        announce_in_place (self, application);
    }

  return TRUE;
}

static void
cl_pipeline_store_changed (ClStore     *store,
                           ClChangeSet *change_set)
{
  ClPipelineStore *self = CL_PIPELINE_STORE (store);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (cl_change_set_is_external (change_set))
    ok = cl_store_load (store, &error);
  else
    ok = follow (self, change_set, &error);

  /* The change is committed whatever happens here: a failed read leaves the
   * board behind until the next load. */
  if (!ok)
    g_warning ("Could not bring the board up to date: %s", error->message);
}

/* Things dated before now are no longer "next": read those cards again. */
static void
minute_changed_cb (ClPipelineStore *self)
{
  g_autoptr(GArray) past = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) facts = NULL;
  g_autoptr(GError) error = NULL;
  gint64         now = cl_pipeline_store_now (self);
  GHashTableIter iter;
  gpointer       key, value;

  if (self->earliest_next == 0 || self->earliest_next >= now)
    return;

  self->earliest_next = 0;
  g_hash_table_iter_init (&iter, self->by_id);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 next_at = cl_application_get_next_at (value);

      if (!next_expires (cl_application_get_next_kind (value), next_at))
        continue;
      if (next_at < now)
        g_array_append_val (past, *(gint64 *) key);
      else if (self->earliest_next == 0 || next_at < self->earliest_next)
        self->earliest_next = next_at;
    }
  if (past->len == 0)
    return;

  facts = cl_card_facts_collect (cl_store_get_database (CL_STORE (self)), now,
                                 (const gint64 *) past->data, past->len, &error);
  if (facts == NULL)
    {
      g_warning ("Could not read the next dates again: %s", error->message);
      return;
    }
  for (guint i = 0; i < past->len; i++)
    {
      gint64 id = g_array_index (past, gint64, i);

      cl_card_facts_apply (g_hash_table_lookup (facts, &id),
                           g_hash_table_lookup (self->by_id, &id));
      note_next (self, g_hash_table_lookup (facts, &id));
      announce_in_place (self, g_hash_table_lookup (self->by_id, &id));
    }
}

/* Object -------------------------------------------------------------------- */

static void
cl_pipeline_store_constructed (GObject *object)
{
  ClPipelineStore *self = CL_PIPELINE_STORE (object);

  G_OBJECT_CLASS (cl_pipeline_store_parent_class)->constructed (object);

  g_return_if_fail (CL_IS_COMPANY_STORE (self->companies));
  g_return_if_fail (CL_IS_STAGE_STORE (self->stages));

  g_signal_connect_object (cl_store_get_clock (CL_STORE (self)), "minute-changed",
                           G_CALLBACK (minute_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
cl_pipeline_store_dispose (GObject *object)
{
  ClPipelineStore *self = CL_PIPELINE_STORE (object);

  g_clear_pointer (&self->contacts, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->by_stage, g_hash_table_unref);
  g_clear_object (&self->applications);
  g_clear_object (&self->stages);
  g_clear_object (&self->companies);

  G_OBJECT_CLASS (cl_pipeline_store_parent_class)->dispose (object);
}

static void
cl_pipeline_store_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ClPipelineStore *self = CL_PIPELINE_STORE (object);

  switch (prop_id)
    {
    case PROP_COMPANIES:
      self->companies = g_value_dup_object (value);
      break;
    case PROP_STAGES:
      self->stages = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_pipeline_store_class_init (ClPipelineStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ClStoreClass *store_class = CL_STORE_CLASS (klass);

  object_class->constructed = cl_pipeline_store_constructed;
  object_class->dispose = cl_pipeline_store_dispose;
  object_class->set_property = cl_pipeline_store_set_property;
  store_class->read = cl_pipeline_store_read;
  store_class->apply = cl_pipeline_store_apply;
  store_class->free_read = snapshot_free;
  store_class->changed = cl_pipeline_store_changed;

  properties[PROP_COMPANIES] =
    g_param_spec_object ("companies", NULL, NULL, CL_TYPE_COMPANY_STORE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAGES] =
    g_param_spec_object ("stages", NULL, NULL, CL_TYPE_STAGE_STORE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_pipeline_store_init (ClPipelineStore *self)
{
  self->applications = g_list_store_new (CL_TYPE_APPLICATION);
  self->by_stage = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->contacts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                          (GDestroyNotify) g_array_unref);
}

ClPipelineStore *
cl_pipeline_store_new (ClDatabase     *database,
                       ClClock        *clock,
                       ClCompanyStore *companies,
                       ClStageStore   *stages)
{
  return g_object_new (CL_TYPE_PIPELINE_STORE,
                       "database", database,
                       "clock", clock,
                       "companies", companies,
                       "stages", stages,
                       NULL);
}

ClCompanyStore *
cl_pipeline_store_get_company_store (ClPipelineStore *self)
{
  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);

  return self->companies;
}

ClStageStore *
cl_pipeline_store_get_stage_store (ClPipelineStore *self)
{
  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);

  return self->stages;
}

GListModel *
cl_pipeline_store_get_stages (ClPipelineStore *self)
{
  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);

  return cl_stage_store_get_stages (self->stages);
}

ClStage *
cl_pipeline_store_find_stage (ClPipelineStore *self,
                              gint64           stage_id)
{
  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);

  return cl_stage_store_find (self->stages, stage_id);
}

GListModel *
cl_pipeline_store_get_applications (ClPipelineStore *self)
{
  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);

  return G_LIST_MODEL (self->applications);
}

GListModel *
cl_pipeline_store_get_stage_applications (ClPipelineStore *self,
                                          gint64           stage_id)
{
  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);

  return G_LIST_MODEL (stage_list (self, stage_id));
}

ClApplication *
cl_pipeline_store_find_application (ClPipelineStore *self,
                                    gint64           application_id)
{
  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);

  return g_hash_table_lookup (self->by_id, &application_id);
}

/* Shared with cl-pipeline-store-moves.c ------------------------------------ */

void
cl_pipeline_store_adopt (ClPipelineStore *self,
                         ClApplication   *application,
                         gint64           id)
{
  self->adopting = application;
  self->adopting_id = id;
}

gboolean
cl_pipeline_store_check_on_board (ClPipelineStore *self,
                                  ClApplication   *application,
                                  GError         **error)
{
  if (cl_pipeline_store_find_application (self, cl_application_get_id (application)) != application)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("This application is no longer on the board."));
      return FALSE;
    }
  return TRUE;
}

gboolean
cl_pipeline_store_check_stage (ClPipelineStore *self,
                               gint64           stage_id,
                               GError         **error)
{
  if (cl_stage_store_find (self->stages, stage_id) == NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("That stage no longer exists. Choose another stage."));
      return FALSE;
    }
  return TRUE;
}

gint64
cl_pipeline_store_now (ClPipelineStore *self)
{
  return cl_clock_now (cl_store_get_clock (CL_STORE (self)));
}
