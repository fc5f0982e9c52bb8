/* cl-practice-store.c — practice partners, the mock interviews held with them, their scores
 *
 * A user has a handful of partners and some hundreds of sessions at most, so
 * a committed change to practice data reads all of it again (one query per
 * table) rather than patching each list: the lists keep their instances (see
 * ClObjectList), and views keep what they show.  The lists by domain and by
 * partnership hold the same instances as the list of every session.
 *
 * prep_domains.id is the ClPrepDomain value + 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-practice-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-model-private.h"
#include "cl-object-list.h"
#include "cl-practice-store.h"
#include "cl-statement.h"
#include "cl-transaction.h"

#define N_DOMAINS (CL_PREP_DOMAIN_INTERVIEW_TIPS + 1)

struct _ClPracticeStore
{
  ClStore       parent_instance;

  ClObjectList *partnerships;
  ClObjectList *sessions;
  ClObjectList *domain_sessions[N_DOMAINS];
  GHashTable   *partnership_sessions; /* partnership id → ClObjectList, made when asked for */
  ClObjectList *criteria;
  ClObjectList *domain_criteria[N_DOMAINS];
  ClModel      *adopting; /* a new object whose row the next change adds */
  gint64        adopting_id;
};

G_DEFINE_FINAL_TYPE (ClPracticeStore, cl_practice_store, CL_TYPE_STORE)

typedef struct
{
  GPtrArray *partnerships;
  GPtrArray *sessions;
  GPtrArray *criteria;
} Read;

static gboolean
valid_domain (ClPrepDomain domain)
{
  return (guint) domain < N_DOMAINS;
}

/* Newest first. */
static int
compare_sessions (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  gint64 x = cl_practice_session_get_held_at ((ClPracticeSession *) a);
  gint64 y = cl_practice_session_get_held_at ((ClPracticeSession *) b);

  return (x < y) - (x > y);
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  guint x = cl_rubric_criterion_get_position ((ClRubricCriterion *) a);
  guint y = cl_rubric_criterion_get_position ((ClRubricCriterion *) b);

  return (x > y) - (x < y);
}

static char *
select_sql (GType       type,
            const char *table)
{
  return g_strdup_printf ("SELECT %s FROM %s", cl_model_class_get_columns (type, ""), table);
}

typedef struct
{
  GType      type;
  GPtrArray *rows;
} RowsOf;

static gboolean
add_row_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  RowsOf *rows = user_data;

  g_ptr_array_add (rows->rows, cl_model_new_from_row (rows->type, stmt, 0));
  return TRUE;
}

static gboolean
add_score_cb (sqlite3_stmt *stmt,
              gpointer      user_data,
              GError      **error)
{
  ClPracticeSession *session = g_hash_table_lookup (user_data,
                                                    &(gint64){ sqlite3_column_int64 (stmt, 0) });

  if (session != NULL)
    cl_practice_session_set_score (session, sqlite3_column_int64 (stmt, 1),
                                   sqlite3_column_int (stmt, 2));
  return TRUE;
}

static gboolean
read_all (ClDatabase *database,
          GType       type,
          const char *table,
          GPtrArray  *into,
          GError    **error)
{
  g_autofree char *sql = select_sql (type, table);
  RowsOf           rows = { type, into };

  return cl_database_foreach (database, add_row_cb, &rows, error, sql, NULL);
}

static void
read_free (gpointer data)
{
  Read *read = data;

  g_clear_pointer (&read->partnerships, g_ptr_array_unref);
  g_clear_pointer (&read->sessions, g_ptr_array_unref);
  g_clear_pointer (&read->criteria, g_ptr_array_unref);
  g_free (read);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Read, read_free)

static gpointer
cl_practice_store_read (ClStore    *store,
                        ClDatabase *database,
                        GError    **error)
{
  g_autoptr(Read) read = g_new0 (Read, 1);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  read->partnerships = g_ptr_array_new_with_free_func (g_object_unref);
  read->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  read->criteria = g_ptr_array_new_with_free_func (g_object_unref);
  if (!read_all (database, CL_TYPE_PARTNERSHIP, "practice_partnerships", read->partnerships,
                 error) ||
      !read_all (database, CL_TYPE_PRACTICE_SESSION, "practice_sessions", read->sessions, error) ||
      !read_all (database, CL_TYPE_RUBRIC_CRITERION, "rubric_criteria", read->criteria, error))
    return NULL;

  for (guint i = 0; i < read->sessions->len; i++)
    {
      ClPracticeSession *session = g_ptr_array_index (read->sessions, i);

      g_hash_table_insert (by_id, cl_int64_key (cl_practice_session_get_id (session)), session);
    }
  if (!cl_database_foreach (database, add_score_cb, by_id, error,
                            "SELECT session_id, criterion_id, score FROM practice_scores", NULL))
    return NULL;
  return g_steal_pointer (&read);
}

/* The adopted object takes the place of the row just read for it. */
static void
adopt (ClPracticeStore *self,
       GPtrArray       *rows)
{
  if (self->adopting == NULL)
    return;
  for (guint i = 0; i < rows->len; i++)
    {
      ClModel *fresh = g_ptr_array_index (rows, i);

      if (G_OBJECT_TYPE (fresh) == G_OBJECT_TYPE (self->adopting) &&
          cl_model_get_id (fresh) == self->adopting_id)
        {
          cl_model_assign (self->adopting, fresh, TRUE);
          g_ptr_array_index (rows, i) = g_object_ref (self->adopting);
          g_object_unref (fresh);
          return;
        }
    }
}

/* The items of @list, as a new array for cl_object_list_replace_all(). */
static GPtrArray *
items_of (ClObjectList *list)
{
  GListModel *model = cl_object_list_get_model (list);
  guint       n = g_list_model_get_n_items (model);
  GPtrArray  *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  return items;
}

static void
fill_partnership_sessions (ClPracticeStore *self,
                           gint64           partnership_id,
                           ClObjectList    *list)
{
  g_autoptr(GPtrArray) all = items_of (self->sessions);
  GPtrArray *mine = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    if (cl_practice_session_get_partnership_id (g_ptr_array_index (all, i)) == partnership_id)
      g_ptr_array_add (mine, g_object_ref (g_ptr_array_index (all, i)));
  cl_object_list_replace_all (list, mine);
}

static void
cl_practice_store_apply (ClStore *store,
                         gpointer data)
{
  ClPracticeStore *self = CL_PRACTICE_STORE (store);
  g_autoptr(Read) read = data;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) criteria = NULL;
  GHashTableIter iter;
  gpointer       key, value;

  adopt (self, read->partnerships);
  adopt (self, read->sessions);
  adopt (self, read->criteria);
  cl_object_list_replace_all (self->partnerships, g_steal_pointer (&read->partnerships));
  cl_object_list_replace_all (self->sessions, g_steal_pointer (&read->sessions));
  cl_object_list_replace_all (self->criteria, g_steal_pointer (&read->criteria));

  sessions = items_of (self->sessions);
  criteria = items_of (self->criteria);
  for (guint domain = 0; domain < N_DOMAINS; domain++)
    {
      GPtrArray *group = g_ptr_array_new_with_free_func (g_object_unref);
      GPtrArray *own = g_ptr_array_new_with_free_func (g_object_unref);
      GPtrArray *defaults = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < sessions->len; i++)
        if (cl_practice_session_get_domain (g_ptr_array_index (sessions, i)) == domain)
          g_ptr_array_add (group, g_object_ref (g_ptr_array_index (sessions, i)));
      cl_object_list_replace_all (self->domain_sessions[domain], group);

      for (guint i = 0; i < criteria->len; i++)
        {
          ClRubricCriterion *criterion = g_ptr_array_index (criteria, i);

          if (cl_rubric_criterion_is_default (criterion))
            g_ptr_array_add (defaults, g_object_ref (criterion));
          else if (cl_rubric_criterion_get_domain (criterion) == (int) domain)
            g_ptr_array_add (own, g_object_ref (criterion));
        }
      if (own->len > 0)
        {
          cl_object_list_replace_all (self->domain_criteria[domain], own);
          g_ptr_array_unref (defaults);
        }
      else
        {
          cl_object_list_replace_all (self->domain_criteria[domain], defaults);
          g_ptr_array_unref (own);
        }
    }

  g_hash_table_iter_init (&iter, self->partnership_sessions);
  while (g_hash_table_iter_next (&iter, &key, &value))
    fill_partnership_sessions (self, *(gint64 *) key, value);
}

static void
cl_practice_store_free_read (gpointer data)
{
  read_free (data);
}

static void
cl_practice_store_changed (ClStore     *store,
                           ClChangeSet *change_set)
{
  g_autoptr(GError) error = NULL;

  if (cl_change_set_has_table (change_set, CL_TABLE_PRACTICE) &&
      !cl_store_load (store, &error))
    g_warning ("Could not read the practice sessions again: %s", error->message);
}

static void
cl_practice_store_dispose (GObject *object)
{
  ClPracticeStore *self = CL_PRACTICE_STORE (object);

  g_clear_pointer (&self->partnership_sessions, g_hash_table_unref);
  for (guint i = 0; i < N_DOMAINS; i++)
    {
      g_clear_pointer (&self->domain_sessions[i], cl_object_list_free);
      g_clear_pointer (&self->domain_criteria[i], cl_object_list_free);
    }
  g_clear_pointer (&self->sessions, cl_object_list_free);
  g_clear_pointer (&self->criteria, cl_object_list_free);
  g_clear_pointer (&self->partnerships, cl_object_list_free);

  G_OBJECT_CLASS (cl_practice_store_parent_class)->dispose (object);
}

static void
cl_practice_store_class_init (ClPracticeStoreClass *klass)
{
  ClStoreClass *store_class = CL_STORE_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cl_practice_store_dispose;
  store_class->read = cl_practice_store_read;
  store_class->apply = cl_practice_store_apply;
  store_class->free_read = cl_practice_store_free_read;
  store_class->changed = cl_practice_store_changed;
}

static void
cl_practice_store_init (ClPracticeStore *self)
{
  self->partnerships = cl_object_list_new (CL_TYPE_PARTNERSHIP, NULL, NULL);
  self->sessions = cl_object_list_new (CL_TYPE_PRACTICE_SESSION, compare_sessions, NULL);
  self->criteria = cl_object_list_new (CL_TYPE_RUBRIC_CRITERION, NULL, NULL);
  for (guint i = 0; i < N_DOMAINS; i++)
    {
      self->domain_sessions[i] =
        cl_object_list_new (CL_TYPE_PRACTICE_SESSION, compare_sessions, NULL);
      self->domain_criteria[i] =
        cl_object_list_new (CL_TYPE_RUBRIC_CRITERION, compare_positions, NULL);
    }
  self->partnership_sessions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                      (GDestroyNotify) cl_object_list_free);
}

ClPracticeStore *
cl_practice_store_new (ClDatabase *database,
                       ClClock    *clock)
{
  return g_object_new (CL_TYPE_PRACTICE_STORE, "database", database, "clock", clock, NULL);
}

/* Saving ------------------------------------------------------------------ */

/* A normalized, valid copy of what is to be saved; before any SQL, so a
 * locked or read-only file does not hide what is wrong with the form. */
static gpointer
prepare (gpointer object,
         GError **error)
{
  g_autoptr(ClModel) copy = cl_model_copy (CL_MODEL (object));

  cl_model_normalize (copy);
  if (!cl_model_validate (copy, error))
    return NULL;
  return g_steal_pointer (&copy);
}

/* Commits @tx, the new row @id of @object's table adopting @object. */
static gboolean
commit_adopting (ClPracticeStore *self,
                 ClTransaction   *tx,
                 gpointer         object,
                 gint64           id,
                 GError         **error)
{
  gboolean committed;

  self->adopting = object;
  self->adopting_id = id;
  committed = cl_transaction_commit (tx, error);
  self->adopting = NULL;

  /* Inside a caller's transaction nothing is announced yet, so nothing
   * adopted the object: it still learns its id. */
  if (committed && cl_model_get_id (object) == 0)
    cl_model_set_int64 (object, "id", id);
  return committed;
}

static void
set_not_found (GError    **error,
               const char *message)
{
  g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND, message);
}

/* Partnerships ------------------------------------------------------------ */

GListModel *
cl_practice_store_get_partnerships (ClPracticeStore *self)
{
  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), NULL);

  return cl_object_list_get_model (self->partnerships);
}

ClPartnership *
cl_practice_store_find_partnership (ClPracticeStore *self,
                                    gint64           partnership_id)
{
  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), NULL);

  return cl_object_list_lookup (self->partnerships, partnership_id);
}

ClPartnership *
cl_practice_store_find_partnership_for_contact (ClPracticeStore *self,
                                                gint64           contact_id)
{
  GListModel *model;
  guint       n;

  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), NULL);

  model = cl_object_list_get_model (self->partnerships);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClPartnership) partnership = g_list_model_get_item (model, i);

      if (cl_partnership_get_contact_id (partnership) == contact_id)
        return partnership; /* the list keeps it */
    }
  return NULL;
}

static gboolean
read_name_cb (sqlite3_stmt *stmt,
              gpointer      user_data,
              GError      **error)
{
  *(char **) user_data = cl_column_dup (stmt, 0);
  return TRUE;
}

/* Inside the transaction: the contact exists and has no partnership yet. */
static gboolean
check_new_partner (ClDatabase *database,
                   gint64      contact_id,
                   GError    **error)
{
  static const char *const fields[] = { "contact-id", NULL };
  g_autofree char         *name = NULL;
  gboolean                 taken = FALSE;

  if (!cl_database_foreach (database, read_name_cb, &name, error,
                            "SELECT name FROM contacts WHERE id = ?1", "x", contact_id))
    return FALSE;
  if (name == NULL)
    {
      set_not_found (error, _ ("This contact no longer exists. Choose another one."));
      return FALSE;
    }
  if (!cl_database_row_exists (database, &taken, error,
                               "SELECT 1 FROM practice_partnerships WHERE contact_id = ?1", "x",
                               contact_id))
    return FALSE;
  if (taken)
    {
      /* Translators: %s is the contact's name */
      g_autofree char *message = g_strdup_printf (_ ("You already practise with %s. Edit that "
                                                     "partnership rather than add another."),
                                                  name);

      g_propagate_error (error, cl_validation_error_new (CL_VALIDATION_ERROR_DUPLICATE, fields,
                                                         message));
      return FALSE;
    }
  return TRUE;
}

gboolean
cl_practice_store_add_partnership (ClPracticeStore *self,
                                   ClPartnership   *partnership,
                                   GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClPartnership) copy = NULL;
  gint64 id = 0;

  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_PARTNERSHIP (partnership), FALSE);
  g_return_val_if_fail (cl_partnership_get_id (partnership) == 0, FALSE);

  copy = prepare (partnership, error);
  if (copy == NULL)
    return FALSE;
  if (cl_partnership_get_started_at (copy) == 0)
    cl_model_set_int64 (CL_MODEL (copy), "started-at",
                        cl_clock_now (cl_store_get_clock (CL_STORE (self))));

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !check_new_partner (database, cl_partnership_get_contact_id (copy), error) ||
      !cl_model_insert (CL_MODEL (copy), database, &id, error, NULL, NULL))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_PRACTICE, CL_ENTITY_CONTACT,
                        cl_partnership_get_contact_id (copy));
  return commit_adopting (self, tx, partnership, id, error);
}

gboolean
cl_practice_store_add_partner (ClPracticeStore *self,
                               ClContactStore  *contacts,
                               ClContact       *contact,
                               ClPartnership  **out_partnership,
                               GError         **error)
{
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClPartnership) partnership = NULL;

  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_CONTACT_STORE (contacts), FALSE);
  g_return_val_if_fail (CL_IS_CONTACT (contact), FALSE);

  tx = cl_transaction_begin (cl_store_get_database (CL_STORE (self)), error);
  if (tx == NULL)
    return FALSE;
  /* Each step nests as a savepoint: the first refusal undoes them all. */
  if (cl_contact_get_id (contact) == 0)
    {
      g_object_set (contact, "roles",
                    cl_contact_get_roles (contact) |
                      CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_PRACTICE_PARTNER),
                    NULL);
      if (!cl_contact_store_add_contact (contacts, contact, error))
        return FALSE;
    }
  else if (!cl_contact_has_role (contact, CL_CONTACT_ROLE_PRACTICE_PARTNER))
    {
      g_autoptr(ClContact) copy = cl_contact_copy (contact);

      g_object_set (copy, "roles",
                    cl_contact_get_roles (contact) |
                      CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_PRACTICE_PARTNER),
                    NULL);
      if (!cl_contact_store_update_contact (contacts, copy, error))
        return FALSE;
    }
  partnership = cl_partnership_new (cl_contact_get_id (contact));
  if (!cl_practice_store_add_partnership (self, partnership, error) ||
      !cl_transaction_commit (tx, error))
    return FALSE;
  if (out_partnership != NULL)
    *out_partnership = cl_practice_store_find_partnership (self,
                                                           cl_partnership_get_id (partnership));
  return TRUE;
}

gboolean
cl_practice_store_update_partnership (ClPracticeStore *self,
                                      ClPartnership   *partnership,
                                      GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClPartnership) copy = NULL;

  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_PARTNERSHIP (partnership), FALSE);

  copy = prepare (partnership, error);
  if (copy == NULL)
    return FALSE;
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_model_update (CL_MODEL (copy), database, _ ("This partnership no longer exists."),
                        error, NULL, NULL))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_PRACTICE, CL_ENTITY_CONTACT,
                        cl_partnership_get_contact_id (copy));
  return cl_transaction_commit (tx, error);
}

gboolean
cl_practice_store_delete_partnership (ClPracticeStore *self,
                                      ClPartnership   *partnership,
                                      GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_PARTNERSHIP (partnership), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute_one (database, _ ("This partnership no longer exists."), error,
                                "DELETE FROM practice_partnerships WHERE id = ?1", "x",
                                cl_partnership_get_id (partnership)))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_PRACTICE, CL_ENTITY_CONTACT,
                        cl_partnership_get_contact_id (partnership));
  return cl_transaction_commit (tx, error);
}

/* Sessions ---------------------------------------------------------------- */

GListModel *
cl_practice_store_get_sessions (ClPracticeStore *self)
{
  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), NULL);

  return cl_object_list_get_model (self->sessions);
}

GListModel *
cl_practice_store_get_domain_sessions (ClPracticeStore *self,
                                       ClPrepDomain     domain)
{
  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), NULL);
  g_return_val_if_fail (valid_domain (domain), NULL);

  return cl_object_list_get_model (self->domain_sessions[domain]);
}

GListModel *
cl_practice_store_get_partnership_sessions (ClPracticeStore *self,
                                            gint64           partnership_id)
{
  ClObjectList *list;

  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), NULL);

  list = g_hash_table_lookup (self->partnership_sessions, &partnership_id);
  if (list == NULL)
    {
      list = cl_object_list_new (CL_TYPE_PRACTICE_SESSION, compare_sessions, NULL);
      g_hash_table_insert (self->partnership_sessions, cl_int64_key (partnership_id), list);
      fill_partnership_sessions (self, partnership_id, list);
    }
  return cl_object_list_get_model (list);
}

ClPracticeSession *
cl_practice_store_find_session (ClPracticeStore *self,
                                gint64           session_id)
{
  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), NULL);

  return cl_object_list_lookup (self->sessions, session_id);
}

/* A session is logged once it has taken place: today, in local time, or
 * earlier. */
static gboolean
check_not_future (ClPracticeStore   *self,
                  ClPracticeSession *session,
                  GError           **error)
{
  static const char *const fields[] = { "held-at", NULL };
  g_autoptr(GDateTime) now = cl_clock_now_local (cl_store_get_clock (CL_STORE (self)));
  g_autoptr(GDateTime) held =
               g_date_time_new_from_unix_local (cl_practice_session_get_held_at (session));
  int y1, m1, d1, y2, m2, d2;

  if (held == NULL)
    {
      g_propagate_error (error,
                         cl_validation_error_new (CL_VALIDATION_ERROR_OUT_OF_RANGE, fields,
                                                  _ ("Choose the day the session was held.")));
      return FALSE;
    }
  g_date_time_get_ymd (now, &y1, &m1, &d1);
  g_date_time_get_ymd (held, &y2, &m2, &d2);
  if (y2 * 10000 + m2 * 100 + d2 <= y1 * 10000 + m1 * 100 + d1)
    return TRUE;

  g_propagate_error (error,
                     cl_validation_error_new (CL_VALIDATION_ERROR_OUT_OF_RANGE, fields,
                                              _ ("This session is dated in the future. Log a "
                                                 "session once it has taken place: choose today "
                                                 "or an earlier day.")));
  return FALSE;
}

/* Inside the transaction: the partner's contact (for the announcement), and
 * every criterion scored exists and scores this domain. */
static gboolean
check_session (ClDatabase        *database,
               ClPracticeSession *session,
               gint64            *out_contact_id,
               GError           **error)
{
  g_autoptr(GArray) scores = cl_practice_session_list_scores (session);

  if (!cl_database_query_int64 (database, out_contact_id,
                                _ ("The partner of this session no longer exists. Choose another "
                                   "partner."),
                                error,
                                "SELECT contact_id FROM practice_partnerships WHERE id = ?1", "x",
                                cl_practice_session_get_partnership_id (session)))
    return FALSE;
  for (guint i = 0; i < scores->len; i++)
    if (!cl_database_require_row (
          database,
          _ ("A criterion you scored no longer exists or belongs to another domain. Score the "
             "criteria listed for this session’s domain."),
          error,
          "SELECT 1 FROM rubric_criteria WHERE id = ?1 AND (domain_id IS NULL OR domain_id = ?2)",
          "xi", g_array_index (scores, ClPracticeScore, i).criterion_id,
          (int) cl_practice_session_get_domain (session) + 1))
      return FALSE;
  return TRUE;
}

static gboolean
write_scores (ClDatabase        *database,
              ClPracticeSession *session,
              gint64             session_id,
              GError           **error)
{
  g_autoptr(GArray) scores = cl_practice_session_list_scores (session);

  if (!cl_database_execute (database, error, "DELETE FROM practice_scores WHERE session_id = ?1",
                            "x", session_id))
    return FALSE;
  for (guint i = 0; i < scores->len; i++)
    {
      ClPracticeScore *score = &g_array_index (scores, ClPracticeScore, i);

      if (!cl_database_execute (database, error,
                                "INSERT INTO practice_scores (session_id, criterion_id, score)"
                                " VALUES (?1, ?2, ?3)",
                                "xxi", session_id, score->criterion_id, score->score))
        return FALSE;
    }
  return TRUE;
}

static void
touch_session (ClTransaction     *tx,
               ClPracticeSession *session,
               gint64             contact_id)
{
  cl_transaction_touch (tx, CL_TABLE_PRACTICE, CL_ENTITY_CONTACT, contact_id);
  cl_transaction_touch (tx, CL_TABLE_PRACTICE, CL_ENTITY_PREP_DOMAIN,
                        (gint64) cl_practice_session_get_domain (session) + 1);
}

gboolean
cl_practice_store_add_session (ClPracticeStore   *self,
                               ClPracticeSession *session,
                               GError           **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClPracticeSession) copy = NULL;
  gint64 id = 0;
  gint64 contact_id = 0;

  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (session), FALSE);
  g_return_val_if_fail (cl_practice_session_get_id (session) == 0, FALSE);

  copy = prepare (session, error);
  if (copy == NULL || !check_not_future (self, copy, error))
    return FALSE;
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !check_session (database, copy, &contact_id, error) ||
      !cl_model_insert (CL_MODEL (copy), database, &id, error, NULL, NULL) ||
      !write_scores (database, copy, id, error))
    return FALSE;
  touch_session (tx, copy, contact_id);
  return commit_adopting (self, tx, session, id, error);
}

gboolean
cl_practice_store_update_session (ClPracticeStore   *self,
                                  ClPracticeSession *session,
                                  GError           **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClPracticeSession) copy = NULL;
  ClPracticeSession *shared;
  ClPartnership     *before;
  gint64             contact_id = 0;

  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (session), FALSE);

  shared = cl_practice_store_find_session (self, cl_practice_session_get_id (session));
  if (shared == NULL)
    {
      set_not_found (error, _ ("This session no longer exists."));
      return FALSE;
    }
  copy = prepare (session, error);
  if (copy == NULL || !check_not_future (self, copy, error))
    return FALSE;
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !check_session (database, copy, &contact_id, error) ||
      !cl_model_update (CL_MODEL (copy), database, _ ("This session no longer exists."), error,
                        NULL, NULL) ||
      !write_scores (database, copy, cl_practice_session_get_id (copy), error))
    return FALSE;
  /* It may have moved to another partner or domain: both are told. */
  touch_session (tx, copy, contact_id);
  cl_transaction_touch (tx, CL_TABLE_PRACTICE, CL_ENTITY_PREP_DOMAIN,
                        (gint64) cl_practice_session_get_domain (shared) + 1);
  before = cl_practice_store_find_partnership (self,
                                               cl_practice_session_get_partnership_id (shared));
  if (before != NULL)
    cl_transaction_touch (tx, CL_TABLE_PRACTICE, CL_ENTITY_CONTACT,
                          cl_partnership_get_contact_id (before));
  return cl_transaction_commit (tx, error);
}

gboolean
cl_practice_store_delete_session (ClPracticeStore   *self,
                                  ClPracticeSession *session,
                                  GError           **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 contact_id = 0;

  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_PRACTICE_SESSION (session), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_query_int64 (database, &contact_id, _ ("This session no longer exists."),
                                error,
                                "SELECT p.contact_id FROM practice_sessions s"
                                " JOIN practice_partnerships p ON p.id = s.partnership_id"
                                " WHERE s.id = ?1",
                                "x", cl_practice_session_get_id (session)) ||
      !cl_database_execute_one (database, _ ("This session no longer exists."), error,
                                "DELETE FROM practice_sessions WHERE id = ?1", "x",
                                cl_practice_session_get_id (session)))
    return FALSE;
  touch_session (tx, session, contact_id);
  return cl_transaction_commit (tx, error);
}

/* Criteria ---------------------------------------------------------------- */

GListModel *
cl_practice_store_get_criteria (ClPracticeStore *self,
                                ClPrepDomain     domain)
{
  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), NULL);
  g_return_val_if_fail (valid_domain (domain), NULL);

  return cl_object_list_get_model (self->domain_criteria[domain]);
}

ClRubricCriterion *
cl_practice_store_find_criterion (ClPracticeStore *self,
                                  gint64           criterion_id)
{
  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), NULL);

  return cl_object_list_lookup (self->criteria, criterion_id);
}

static gboolean
refuse_default (ClRubricCriterion *criterion,
                GError           **error)
{
  if (!cl_rubric_criterion_is_default (criterion))
    return FALSE;
  g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                       _ ("The default criteria cannot be changed. Add criteria of this domain’s "
                          "own instead."));
  return TRUE;
}

static void
touch_criterion (ClTransaction     *tx,
                 ClRubricCriterion *criterion)
{
  cl_transaction_touch (tx, CL_TABLE_PRACTICE, CL_ENTITY_PREP_DOMAIN,
                        (gint64) cl_rubric_criterion_get_domain (criterion) + 1);
}

gboolean
cl_practice_store_add_criterion (ClPracticeStore   *self,
                                 ClRubricCriterion *criterion,
                                 GError           **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClRubricCriterion) copy = NULL;
  gint64 position = 0;
  gint64 id = 0;

  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_RUBRIC_CRITERION (criterion), FALSE);
  g_return_val_if_fail (cl_rubric_criterion_get_id (criterion) == 0, FALSE);

  if (refuse_default (criterion, error))
    return FALSE;
  copy = prepare (criterion, error);
  if (copy == NULL)
    return FALSE;
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_query_int64 (database, &position, NULL, error,
                                "SELECT coalesce (max (position) + 1, 0) FROM rubric_criteria"
                                " WHERE domain_id = ?1",
                                "i", cl_rubric_criterion_get_domain (copy) + 1) ||
      !cl_model_insert (CL_MODEL (copy), database, &id, error, "position", "x", position))
    return FALSE;
  touch_criterion (tx, copy);
  return commit_adopting (self, tx, criterion, id, error);
}

gboolean
cl_practice_store_update_criterion (ClPracticeStore   *self,
                                    ClRubricCriterion *criterion,
                                    GError           **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClRubricCriterion) copy = NULL;

  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_RUBRIC_CRITERION (criterion), FALSE);

  if (refuse_default (criterion, error))
    return FALSE;
  copy = prepare (criterion, error);
  if (copy == NULL)
    return FALSE;
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_model_update (CL_MODEL (copy), database, _ ("This criterion no longer exists."), error,
                        NULL, NULL))
    return FALSE;
  touch_criterion (tx, copy);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_practice_store_delete_criterion (ClPracticeStore   *self,
                                    ClRubricCriterion *criterion,
                                    GError           **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_RUBRIC_CRITERION (criterion), FALSE);

  if (refuse_default (criterion, error))
    return FALSE;
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute_one (database, _ ("This criterion no longer exists."), error,
                                "DELETE FROM rubric_criteria WHERE id = ?1 AND key IS NULL", "x",
                                cl_rubric_criterion_get_id (criterion)))
    return FALSE;
  touch_criterion (tx, criterion);
  return cl_transaction_commit (tx, error);
}

/* Trend ------------------------------------------------------------------- */

typedef struct
{
  ClTrendPoint point;
  gint64       id;
} Ordered;

static int
compare_ordered (gconstpointer a,
                 gconstpointer b)
{
  const Ordered *x = a;
  const Ordered *y = b;

  if (x->point.held_at != y->point.held_at)
    return (x->point.held_at > y->point.held_at) - (x->point.held_at < y->point.held_at);
  return (x->id > y->id) - (x->id < y->id);
}

GArray *
cl_practice_store_get_trend (ClPracticeStore *self,
                             ClPrepDomain     domain)
{
  g_autoptr(GArray) ordered = g_array_new (FALSE, FALSE, sizeof (Ordered));
  GArray     *points;
  GListModel *model;
  guint       n;

  g_return_val_if_fail (CL_IS_PRACTICE_STORE (self), NULL);
  g_return_val_if_fail (valid_domain (domain), NULL);

  model = cl_object_list_get_model (self->domain_sessions[domain]);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClPracticeSession) session = g_list_model_get_item (model, i);
      Ordered entry = { { cl_practice_session_get_held_at (session),
                          cl_practice_session_get_mean_score (session),
                          cl_practice_session_get_n_scores (session) },
                        cl_practice_session_get_id (session) };

      /* The rubric scores a candidate: where the user interviewed, the
       * scores are the partner's, not the user's progress. */
      if (entry.point.n_scored > 0 &&
          cl_practice_session_get_role (session) == CL_PRACTICE_ROLE_CANDIDATE)
        g_array_append_val (ordered, entry);
    }
  /* Oldest first; sessions held at the same time in the order added. */
  g_array_sort (ordered, compare_ordered);

  points = g_array_sized_new (FALSE, FALSE, sizeof (ClTrendPoint), ordered->len);
  for (guint i = 0; i < ordered->len; i++)
    g_array_append_val (points, g_array_index (ordered, Ordered, i).point);
  return points;
}
