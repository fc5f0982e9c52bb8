/* cl-pipeline-store.c — stages and applications, as list models
 *
 * Each stage's applications sit in a GListStore in manual order, so a view
 * of one column costs what its visible rows cost.  In-memory objects change
 * only after the transaction that changes their rows has committed, so the
 * models never show a state that is not in the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-pipeline-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-database-private.h"
#include "cl-enum-types.h"
#include "cl-pipeline-store.h"

struct _ClPipelineStore
{
  GObject     parent_instance;

  ClDatabase *database;
  ClClock    *clock;

  GListStore *stages;        /* ClStage, not archived, by position */
  GListStore *applications;  /* every ClApplication on the board */
  GHashTable *by_stage;      /* stage id → GListStore of ClApplication by position */
  GHashTable *by_id;         /* application id → ClApplication (borrowed from applications) */
};

G_DEFINE_FINAL_TYPE (ClPipelineStore, cl_pipeline_store, G_TYPE_OBJECT)

#define APPLICATION_COLUMNS \
  "a.id, c.name, c.company_type, a.role, a.stage_id, a.position, a.interest, a.posted_level," \
  " a.target_level, a.career_fit, a.career_notes, a.gut_feeling, a.source, a.job_url," \
  " a.location, a.notes, a.salary_min, a.salary_max, a.salary_currency, a.created_at, a.updated_at"

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

static void
cl_pipeline_store_dispose (GObject *object)
{
  ClPipelineStore *self = (ClPipelineStore *) object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->by_stage, g_hash_table_unref);
  g_clear_object (&self->applications);
  g_clear_object (&self->stages);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (cl_pipeline_store_parent_class)->dispose (object);
}

static void
cl_pipeline_store_class_init (ClPipelineStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cl_pipeline_store_dispose;
}

static void
cl_pipeline_store_init (ClPipelineStore *self)
{
  self->stages = g_list_store_new (CL_TYPE_STAGE);
  self->applications = g_list_store_new (CL_TYPE_APPLICATION);
  self->by_stage = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

ClPipelineStore *
cl_pipeline_store_new (ClDatabase *database,
                       ClClock    *clock)
{
  ClPipelineStore *self;

  g_return_val_if_fail (CL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CL_IS_CLOCK (clock), NULL);

  self = g_object_new (CL_TYPE_PIPELINE_STORE, NULL);
  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  return self;
}

static GListStore *
stage_list (ClPipelineStore *self,
            gint64           stage_id)
{
  GListStore *list = g_hash_table_lookup (self->by_stage, &stage_id);

  if (list == NULL)
    {
      list = g_list_store_new (CL_TYPE_APPLICATION);
      g_hash_table_insert (self->by_stage, cl_database_int64_key (stage_id), list);
    }
  return list;
}

static ClApplication *
application_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *company = cl_database_column_dup (stmt, 1);
  g_autofree char *role = cl_database_column_dup (stmt, 3);
  g_autofree char *posted_level = cl_database_column_dup (stmt, 7);
  g_autofree char *target_level = cl_database_column_dup (stmt, 8);
  g_autofree char *career_notes = cl_database_column_dup (stmt, 10);
  g_autofree char *job_url = cl_database_column_dup (stmt, 13);
  g_autofree char *location = cl_database_column_dup (stmt, 14);
  g_autofree char *notes = cl_database_column_dup (stmt, 15);
  g_autofree char *currency = cl_database_column_dup (stmt, 18);

  return g_object_new (CL_TYPE_APPLICATION,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "company", company,
                       "company-type", cl_database_column_enum (stmt, 2, CL_TYPE_COMPANY_TYPE, CL_COMPANY_TYPE_UNKNOWN),
                       "role", role,
                       "stage-id", sqlite3_column_int64 (stmt, 4),
                       "position", (guint) sqlite3_column_int (stmt, 5),
                       "interest", (guint) sqlite3_column_int (stmt, 6),
                       "posted-level", posted_level,
                       "target-level", target_level,
                       "career-fit", (guint) sqlite3_column_int (stmt, 9),
                       "career-notes", career_notes,
                       "gut-feeling", (guint) sqlite3_column_int (stmt, 11),
                       "source", cl_database_column_enum (stmt, 12, CL_TYPE_APPLICATION_SOURCE, CL_APPLICATION_SOURCE_OTHER),
                       "job-url", job_url,
                       "location", location,
                       "notes", notes,
                       "salary-min", sqlite3_column_type (stmt, 16) == SQLITE_NULL ? (gint64) -1 : sqlite3_column_int64 (stmt, 16),
                       "salary-max", sqlite3_column_type (stmt, 17) == SQLITE_NULL ? (gint64) -1 : sqlite3_column_int64 (stmt, 17),
                       "salary-currency", currency,
                       "created-at", sqlite3_column_int64 (stmt, 19),
                       "updated-at", sqlite3_column_int64 (stmt, 20),
                       NULL);
}

/* Facts --------------------------------------------------------------------
 *
 * What a card shows from related rows: the best referral, the number of red
 * flags, the next dated thing and the names of linked contacts.  The same
 * queries serve a whole load (one scan per table, no per-application
 * subqueries) and the refresh of one application (?2 names it).  ?1 is now.
 */

typedef struct
{
  int      referral;       /* ClReferralStatus, NONE when no row */
  int      referral_rank;  /* lower wins: submitted, agreed, asked, declined */
  guint    red_flags;
  gint64   next_at;        /* 0 when nothing is dated */
  int      next_rank;      /* ties: a round before a follow-up before deadlines */
  int      next_kind;
  char    *next_detail;
  GString *names;
} Facts;

static void
facts_free (gpointer data)
{
  Facts *facts = data;

  g_free (facts->next_detail);
  if (facts->names != NULL)
    g_string_free (facts->names, TRUE);
  g_free (facts);
}

static Facts *
facts_for (GHashTable *table,
           gint64      id)
{
  Facts *facts = g_hash_table_lookup (table, &id);

  if (facts == NULL)
    {
      facts = g_new0 (Facts, 1);
      facts->referral_rank = G_MAXINT;
      facts->next_rank = G_MAXINT;
      g_hash_table_insert (table, cl_database_int64_key (id), facts);
    }
  return facts;
}

static const char *
text_column (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Runs @sql_all, or @sql_one for the application @only_id, calling @row for
 * each row. */
static gboolean
query_facts (ClPipelineStore  *self,
             const char       *sql_all,
             const char       *sql_one,
             gint64            only_id,
             GHashTable       *table,
             void            (*row) (sqlite3_stmt *stmt, GHashTable *table),
             GError          **error)
{
  sqlite3_stmt *stmt = cl_database_prepare (self->database, only_id != 0 ? sql_one : sql_all, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, cl_clock_now (self->clock));
  if (only_id != 0)
    sqlite3_bind_int64 (stmt, 2, only_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    row (stmt, table);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      cl_database_set_error (self->database, rc, error);
      return FALSE;
    }
  return TRUE;
}

static int
referral_rank (int status)
{
  switch (status)
    {
    case CL_REFERRAL_STATUS_SUBMITTED: return 0;
    case CL_REFERRAL_STATUS_AGREED: return 1;
    case CL_REFERRAL_STATUS_ASKED: return 2;
    default: return 3;
    }
}

static void
referral_row (sqlite3_stmt *stmt,
              GHashTable   *table)
{
  Facts *facts = facts_for (table, sqlite3_column_int64 (stmt, 0));
  int status;

  if (cl_enum_from_nick (CL_TYPE_REFERRAL_STATUS, text_column (stmt, 1), &status) &&
      referral_rank (status) < facts->referral_rank)
    {
      facts->referral = status;
      facts->referral_rank = referral_rank (status);
    }
}

static void
red_flags_row (sqlite3_stmt *stmt,
               GHashTable   *table)
{
  facts_for (table, sqlite3_column_int64 (stmt, 0))->red_flags = (guint) sqlite3_column_int (stmt, 1);
}

static void
next_row (sqlite3_stmt *stmt,
          GHashTable   *table)
{
  Facts *facts = facts_for (table, sqlite3_column_int64 (stmt, 0));
  gint64 at = sqlite3_column_int64 (stmt, 1);
  int rank = sqlite3_column_int (stmt, 2);
  int kind;
  int round_kind;

  if (facts->next_at != 0 && (at > facts->next_at || (at == facts->next_at && rank >= facts->next_rank)))
    return;
  if (!cl_enum_from_nick (CL_TYPE_NEXT_KIND, text_column (stmt, 3), &kind))
    return;

  facts->next_at = at;
  facts->next_rank = rank;
  facts->next_kind = kind;
  g_clear_pointer (&facts->next_detail, g_free);
  if (kind == CL_NEXT_KIND_ROUND && cl_enum_from_nick (CL_TYPE_ROUND_KIND, text_column (stmt, 4), &round_kind))
    facts->next_detail = g_strdup (cl_round_kind_get_label (round_kind));
  else
    facts->next_detail = cl_database_column_dup (stmt, 4);
}

static void
names_row (sqlite3_stmt *stmt,
           GHashTable   *table)
{
  Facts *facts = facts_for (table, sqlite3_column_int64 (stmt, 0));

  if (facts->names == NULL)
    facts->names = g_string_new (NULL);
  else
    g_string_append (facts->names, ", ");
  g_string_append (facts->names, text_column (stmt, 1));
}

#define ONE_APPLICATION(column) " AND " column " = ?2"

#define REFERRALS_SQL(filter) \
  "SELECT application_id, status FROM referrals WHERE 1" filter

#define RED_FLAGS_SQL(filter) \
  "SELECT application_id, count(*) FROM red_flags WHERE 1" filter " GROUP BY application_id"

#define NEXT_SQL(f_round, f_reminder, f_application, f_offer) \
  "SELECT application_id, scheduled_at, 0, 'round', kind FROM interview_rounds" \
  " WHERE scheduled_at >= ?1 AND status IN ('planned', 'scheduled')" f_round \
  " UNION ALL SELECT application_id, coalesce (snoozed_until, due_at), 1, 'follow-up', title" \
  " FROM reminders WHERE application_id IS NOT NULL AND done_at IS NULL AND kind = 'follow-up'" f_reminder \
  " UNION ALL SELECT id, deadline, 2, 'deadline', NULL FROM applications" \
  " WHERE deadline >= ?1 AND archived_at IS NULL" f_application \
  " UNION ALL SELECT application_id, response_deadline, 3, 'offer-deadline', NULL FROM offers" \
  " WHERE response_deadline >= ?1 AND status IN ('received', 'negotiating')" f_offer

#define NAMES_SQL(f_referral, f_round, f_interaction) \
  "SELECT r.application_id, ct.name FROM referrals r JOIN contacts ct ON ct.id = r.contact_id" \
  " WHERE 1" f_referral \
  " UNION SELECT ir.application_id, ct.name FROM interview_rounds ir" \
  " JOIN round_interviewers ri ON ri.round_id = ir.id JOIN contacts ct ON ct.id = ri.contact_id" \
  " WHERE 1" f_round \
  " UNION SELECT i.application_id, ct.name FROM interactions i JOIN contacts ct ON ct.id = i.contact_id" \
  " WHERE i.application_id IS NOT NULL" f_interaction \
  " ORDER BY 1, 2"

/* Reads the facts of every application on the board (@only_id 0) or of one. */
static GHashTable *
collect_facts (ClPipelineStore  *self,
               gint64            only_id,
               GError          **error)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, facts_free);

  if (!query_facts (self, REFERRALS_SQL (""), REFERRALS_SQL (ONE_APPLICATION ("application_id")),
                    only_id, table, referral_row, error) ||
      !query_facts (self, RED_FLAGS_SQL (""), RED_FLAGS_SQL (ONE_APPLICATION ("application_id")),
                    only_id, table, red_flags_row, error) ||
      !query_facts (self, NEXT_SQL ("", "", "", ""),
                    NEXT_SQL (ONE_APPLICATION ("application_id"), ONE_APPLICATION ("application_id"),
                              ONE_APPLICATION ("id"), ONE_APPLICATION ("application_id")),
                    only_id, table, next_row, error) ||
      !query_facts (self, NAMES_SQL ("", "", ""),
                    NAMES_SQL (ONE_APPLICATION ("r.application_id"), ONE_APPLICATION ("ir.application_id"),
                               ONE_APPLICATION ("i.application_id")),
                    only_id, table, names_row, error))
    return NULL;

  return g_steal_pointer (&table);
}

/* @facts may be NULL: the application has none. */
static void
apply_facts (ClApplication *application,
             Facts         *facts)
{
  g_object_set (application,
                "referral-status", facts != NULL ? facts->referral : CL_REFERRAL_STATUS_NONE,
                "red-flag-count", facts != NULL ? facts->red_flags : 0u,
                "next-at", facts != NULL ? facts->next_at : (gint64) 0,
                "next-kind", facts != NULL ? facts->next_kind : CL_NEXT_KIND_NONE,
                "next-detail", facts != NULL ? facts->next_detail : NULL,
                "contact-names", facts != NULL && facts->names != NULL ? facts->names->str : NULL,
                NULL);
}

static gboolean
load_stages (ClPipelineStore  *self,
             GPtrArray        *stages,
             GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = cl_database_prepare (self->database,
                              "SELECT id, name, position, is_open, milestone FROM stages "
                              "WHERE archived = 0 ORDER BY position, id",
                              error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (stages,
                     g_object_new (CL_TYPE_STAGE,
                                   "id", sqlite3_column_int64 (stmt, 0),
                                   "name", (const char *) sqlite3_column_text (stmt, 1),
                                   "position", (guint) sqlite3_column_int (stmt, 2),
                                   "is-open", sqlite3_column_int (stmt, 3) != 0,
                                   "milestone", cl_database_column_enum (stmt, 4, CL_TYPE_MILESTONE, CL_MILESTONE_NONE),
                                   NULL));

  if (rc != SQLITE_DONE)
    {
      cl_database_set_error (self->database, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
load_applications (ClPipelineStore  *self,
                   GPtrArray        *applications,
                   GError          **error)
{
  g_autoptr(GHashTable) facts = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = cl_database_prepare (self->database,
                              "SELECT " APPLICATION_COLUMNS " FROM applications a "
                              "JOIN companies c ON c.id = a.company_id "
                              "WHERE a.archived_at IS NULL ORDER BY a.stage_id, a.position",
                              error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (applications, application_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      cl_database_set_error (self->database, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  facts = collect_facts (self, 0, error);
  if (facts == NULL)
    return FALSE;
  for (guint i = 0; i < applications->len; i++)
    {
      ClApplication *application = g_ptr_array_index (applications, i);
      gint64 id = cl_application_get_id (application);
      Facts *found = g_hash_table_lookup (facts, &id);

      /* New objects already hold the "no facts" defaults. */
      if (found != NULL)
        apply_facts (application, found);
    }
  return TRUE;
}

gboolean
cl_pipeline_store_load (ClPipelineStore  *self,
                        GError          **error)
{
  g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) applications = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) groups = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);

  /* One read transaction: stages and applications from the same snapshot. */
  if (sqlite3_exec (cl_database_get_handle (self->database), "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    {
      cl_database_set_error (self->database,
                             sqlite3_errcode (cl_database_get_handle (self->database)), error);
      return FALSE;
    }
  if (!load_stages (self, stages, error) || !load_applications (self, applications, error))
    {
      cl_database_rollback (self->database);
      return FALSE;
    }
  cl_database_rollback (self->database);

  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < applications->len; i++)
    {
      ClApplication *application = g_ptr_array_index (applications, i);

      g_hash_table_insert (self->by_id, cl_database_int64_key (cl_application_get_id (application)), application);
    }

  /* Group per stage; rows arrive sorted by stage then position. */
  groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                  (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < applications->len; i++)
    {
      ClApplication *application = g_ptr_array_index (applications, i);
      gint64 stage_id = cl_application_get_stage_id (application);
      GPtrArray *group = g_hash_table_lookup (groups, &stage_id);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, cl_database_int64_key (stage_id), group);
        }
      g_ptr_array_add (group, application);
    }

  /* Empty lists that are no longer filled, keep the objects views hold. */
  g_hash_table_iter_init (&iter, self->by_stage);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (groups, key))
      g_list_store_remove_all (value);

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *group = value;
      GListStore *list = stage_list (self, *(gint64 *) key);

      g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                           group->pdata, group->len);
    }

  g_list_store_splice (self->applications, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->applications)),
                       applications->pdata, applications->len);
  g_list_store_splice (self->stages, 0, g_list_model_get_n_items (G_LIST_MODEL (self->stages)),
                       stages->pdata, stages->len);

  return TRUE;
}

GListModel *
cl_pipeline_store_get_stages (ClPipelineStore *self)
{
  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);

  return G_LIST_MODEL (self->stages);
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

ClStage *
cl_pipeline_store_find_stage (ClPipelineStore *self,
                              gint64           stage_id)
{
  guint n;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->stages));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (G_LIST_MODEL (self->stages), i);

      if (cl_stage_get_id (stage) == stage_id)
        return stage;
    }
  return NULL;
}

ClApplication *
cl_pipeline_store_find_application (ClPipelineStore *self,
                                    gint64           application_id)
{
  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);

  return g_hash_table_lookup (self->by_id, &application_id);
}

static ClStage *
first_open_stage (ClPipelineStore *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->stages));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (G_LIST_MODEL (self->stages), i);

      if (cl_stage_get_is_open (stage))
        return stage;
    }
  return NULL;
}

static gboolean
check_stage (ClPipelineStore  *self,
             gint64            stage_id,
             GError          **error)
{
  if (cl_pipeline_store_find_stage (self, stage_id) == NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("That stage no longer exists. Choose another stage."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
append_history (ClPipelineStore  *self,
                gint64            application_id,
                gint64            from_stage_id,
                int               from_position,
                gint64            to_stage_id,
                guint             to_position,
                gint64            now,
                GError          **error)
{
  sqlite3_stmt *stmt;

  stmt = cl_database_prepare (self->database,
                              "INSERT INTO stage_history (application_id, from_stage_id, to_stage_id,"
                              " from_position, to_position, moved_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, application_id);
  if (from_stage_id > 0)
    {
      sqlite3_bind_int64 (stmt, 2, from_stage_id);
      sqlite3_bind_int (stmt, 4, from_position);
    }
  sqlite3_bind_int64 (stmt, 3, to_stage_id);
  sqlite3_bind_int (stmt, 5, (int) to_position);
  sqlite3_bind_int64 (stmt, 6, now);
  return cl_database_step_done (self->database, stmt, error);
}

/* Binds the editable fields shared by INSERT and UPDATE as ?3 … ?17. */
static void
bind_editable_fields (sqlite3_stmt  *stmt,
                      ClApplication *application)
{
  cl_database_bind_text (stmt, 3, cl_application_get_role (application));
  sqlite3_bind_int (stmt, 4, (int) cl_application_get_interest (application));
  cl_database_bind_text (stmt, 5, cl_application_get_posted_level (application));
  cl_database_bind_text (stmt, 6, cl_application_get_target_level (application));
  sqlite3_bind_int (stmt, 7, (int) cl_application_get_career_fit (application));
  cl_database_bind_text (stmt, 8, cl_application_get_career_notes (application));
  sqlite3_bind_int (stmt, 9, (int) cl_application_get_gut_feeling (application));
  sqlite3_bind_text (stmt, 10, cl_enum_to_nick (CL_TYPE_APPLICATION_SOURCE,
                                                cl_application_get_source (application)),
                     -1, SQLITE_STATIC);
  cl_database_bind_text (stmt, 11, cl_application_get_job_url (application));
  cl_database_bind_text (stmt, 12, cl_application_get_location (application));
  cl_database_bind_text (stmt, 13, cl_application_get_notes (application));
  if (cl_application_get_salary_min (application) >= 0)
    sqlite3_bind_int64 (stmt, 14, cl_application_get_salary_min (application));
  else
    sqlite3_bind_null (stmt, 14);
  if (cl_application_get_salary_max (application) >= 0)
    sqlite3_bind_int64 (stmt, 15, cl_application_get_salary_max (application));
  else
    sqlite3_bind_null (stmt, 15);
  cl_database_bind_text (stmt, 16, cl_application_get_salary_currency (application));
}

gboolean
cl_pipeline_store_add_application (ClPipelineStore  *self,
                                   ClApplication    *application,
                                   gint64            stage_id,
                                   GError          **error)
{
  g_autofree char *company = NULL;
  GListStore *list;
  sqlite3_stmt *stmt;
  gint64 company_id;
  gint64 id;
  gint64 now;
  guint position;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);
  g_return_val_if_fail (cl_application_get_id (application) == 0, FALSE);

  if (!cl_application_validate (application, error))
    return FALSE;

  if (stage_id == 0)
    {
      ClStage *stage = first_open_stage (self);

      if (stage == NULL)
        {
          g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                               _("There is no open stage to add the application to. Add a stage first."));
          return FALSE;
        }
      stage_id = cl_stage_get_id (stage);
    }
  else if (!check_stage (self, stage_id, error))
    return FALSE;

  list = stage_list (self, stage_id);
  position = g_list_model_get_n_items (G_LIST_MODEL (list));
  now = cl_clock_now (self->clock);
  company = g_strstrip (g_strdup (cl_application_get_company (application)));

  if (!cl_database_begin (self->database, error))
    return FALSE;

  company_id = cl_database_ensure_company (self->database, company,
                                           cl_application_get_company_type (application), error);
  if (company_id == 0)
    goto fail;

  stmt = cl_database_prepare (self->database,
                              "INSERT INTO applications (company_id, stage_id, role, interest,"
                              " posted_level, target_level, career_fit, career_notes, gut_feeling,"
                              " source, job_url, location, notes, salary_min, salary_max,"
                              " salary_currency, position, created_at, updated_at)"
                              " VALUES (?1, ?2, trim(?3), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                              " ?13, ?14, ?15, ?16, ?17, ?18, ?18)",
                              error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, company_id);
  sqlite3_bind_int64 (stmt, 2, stage_id);
  bind_editable_fields (stmt, application);
  sqlite3_bind_int (stmt, 17, (int) position);
  sqlite3_bind_int64 (stmt, 18, now);
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;

  id = cl_database_last_insert_id (self->database);

  if (!append_history (self, id, 0, -1, stage_id, position, now, error) ||
      !cl_database_commit (self->database, error))
    goto fail;

  g_object_set (application,
                "id", id,
                "company", company,
                "stage-id", stage_id,
                "position", position,
                "created-at", now,
                "updated-at", now,
                NULL);
  g_hash_table_insert (self->by_id, cl_database_int64_key (id), application);
  g_list_store_append (self->applications, application);
  g_list_store_append (list, application);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_pipeline_store_update_application (ClPipelineStore  *self,
                                      ClApplication    *application,
                                      GError          **error)
{
  sqlite3_stmt *stmt;
  gint64 company_id;
  gint64 now;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  if (!cl_application_validate (application, error))
    return FALSE;

  now = cl_clock_now (self->clock);

  if (!cl_database_begin (self->database, error))
    return FALSE;

  company_id = cl_database_ensure_company (self->database, cl_application_get_company (application),
                                           cl_application_get_company_type (application), error);
  if (company_id == 0)
    goto fail;

  stmt = cl_database_prepare (self->database,
                              "UPDATE applications SET company_id = ?2, role = trim(?3), interest = ?4,"
                              " posted_level = ?5, target_level = ?6, career_fit = ?7, career_notes = ?8,"
                              " gut_feeling = ?9, source = ?10, job_url = ?11, location = ?12, notes = ?13,"
                              " salary_min = ?14, salary_max = ?15, salary_currency = ?16, updated_at = ?17"
                              " WHERE id = ?1",
                              error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, cl_application_get_id (application));
  sqlite3_bind_int64 (stmt, 2, company_id);
  bind_editable_fields (stmt, application);
  sqlite3_bind_int64 (stmt, 17, now);
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;

  if (sqlite3_changes (cl_database_get_handle (self->database)) != 1)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This application no longer exists."));
      goto fail;
    }

  if (!cl_database_commit (self->database, error))
    goto fail;

  g_object_set (application, "updated-at", now, NULL);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

/* Renumbers a stage's in-memory list after a committed change. */
static void
renumber (GListStore *list)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClApplication) application = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_object_set (application, "position", i, NULL);
    }
}

static gboolean
shift_positions (ClPipelineStore  *self,
                 gint64            stage_id,
                 int               delta,
                 guint             from,
                 guint             to,
                 GError          **error)
{
  sqlite3_stmt *stmt;

  stmt = cl_database_prepare (self->database,
                              "UPDATE applications SET position = position + ?2"
                              " WHERE stage_id = ?1 AND archived_at IS NULL"
                              " AND position >= ?3 AND position <= ?4",
                              error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, stage_id);
  sqlite3_bind_int (stmt, 2, delta);
  sqlite3_bind_int64 (stmt, 3, from);
  sqlite3_bind_int64 (stmt, 4, to);
  return cl_database_step_done (self->database, stmt, error);
}

/* Moves @application's row to @position of @stage_id inside the caller's
 * transaction, keeping both stages' positions dense.  @position must already
 * be clamped.  Sets updated_at to @updated_at. */
static gboolean
relocate_row (ClPipelineStore  *self,
              ClApplication    *application,
              guint             from_position,
              gint64            stage_id,
              guint             position,
              gint64            updated_at,
              GError          **error)
{
  gint64 from_stage_id = cl_application_get_stage_id (application);
  sqlite3_stmt *stmt;
  gboolean ok;

  /* Close the gap the card leaves, then open one where it lands. */
  if (from_stage_id == stage_id)
    {
      if (position > from_position)
        ok = shift_positions (self, stage_id, -1, from_position + 1, position, error);
      else if (position < from_position)
        ok = shift_positions (self, stage_id, +1, position, from_position - 1, error);
      else
        ok = TRUE;
    }
  else
    {
      ok = shift_positions (self, from_stage_id, -1, from_position + 1, G_MAXINT, error) &&
           shift_positions (self, stage_id, +1, position, G_MAXINT, error);
    }
  if (!ok)
    return FALSE;

  stmt = cl_database_prepare (self->database,
                              "UPDATE applications SET stage_id = ?2, position = ?3, updated_at = ?4"
                              " WHERE id = ?1 AND archived_at IS NULL",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cl_application_get_id (application));
  sqlite3_bind_int64 (stmt, 2, stage_id);
  sqlite3_bind_int (stmt, 3, (int) position);
  sqlite3_bind_int64 (stmt, 4, updated_at);
  if (!cl_database_step_done (self->database, stmt, error))
    return FALSE;

  if (sqlite3_changes (cl_database_get_handle (self->database)) != 1)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This application is no longer on the board."));
      return FALSE;
    }
  return TRUE;
}

/* After commit: the same move in the models. */
static void
relocate_in_memory (ClPipelineStore *self,
                    ClApplication   *application,
                    guint            from_position,
                    gint64           stage_id,
                    guint            position,
                    gint64           updated_at)
{
  GListStore *from_list = stage_list (self, cl_application_get_stage_id (application));
  GListStore *to_list = stage_list (self, stage_id);

  g_object_ref (application);
  g_list_store_remove (from_list, from_position);
  g_object_set (application, "stage-id", stage_id, "updated-at", updated_at, NULL);
  g_list_store_insert (to_list, position, application);
  renumber (to_list);
  if (from_list != to_list)
    renumber (from_list);
  g_object_unref (application);
}

/* Checks that @application is on the board and finds where; clamps @position
 * to the target stage.  FALSE with an error when it cannot move there. */
static gboolean
prepare_move (ClPipelineStore  *self,
              ClApplication    *application,
              gint64            stage_id,
              guint            *inout_position,
              guint            *out_from_position,
              GError          **error)
{
  GListStore *from_list;
  guint n_target;

  if (cl_pipeline_store_find_application (self, cl_application_get_id (application)) != application)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This application is no longer on the board."));
      return FALSE;
    }
  if (!check_stage (self, stage_id, error))
    return FALSE;

  from_list = stage_list (self, cl_application_get_stage_id (application));
  if (!g_list_store_find (from_list, application, out_from_position))
    g_return_val_if_reached (FALSE);

  n_target = g_list_model_get_n_items (G_LIST_MODEL (stage_list (self, stage_id)));
  if (cl_application_get_stage_id (application) == stage_id)
    *inout_position = MIN (*inout_position, n_target - 1);
  else
    *inout_position = MIN (*inout_position, n_target);

  return TRUE;
}

gboolean
cl_pipeline_store_move_application (ClPipelineStore  *self,
                                    ClApplication    *application,
                                    gint64            stage_id,
                                    guint             position,
                                    ClPipelineMove  **out_move,
                                    GError          **error)
{
  ClPipelineMove move = { 0, };
  guint from_position;
  gint64 now;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  if (out_move != NULL)
    *out_move = NULL;

  if (!prepare_move (self, application, stage_id, &position, &from_position, error))
    return FALSE;

  if (cl_application_get_stage_id (application) == stage_id && from_position == position)
    return TRUE;

  now = cl_clock_now (self->clock);
  move.application_id = cl_application_get_id (application);
  move.from_stage_id = cl_application_get_stage_id (application);
  move.from_position = from_position;
  move.to_stage_id = stage_id;
  move.to_position = position;
  move.previous_updated_at = cl_application_get_updated_at (application);

  if (!cl_database_begin (self->database, error))
    return FALSE;

  if (!relocate_row (self, application, from_position, stage_id, position, now, error) ||
      !append_history (self, move.application_id, move.from_stage_id, (int) from_position,
                       stage_id, position, now, error))
    goto fail;
  move.history_id = cl_database_last_insert_id (self->database);
  if (!cl_database_commit (self->database, error))
    goto fail;

  relocate_in_memory (self, application, from_position, stage_id, position, now);
  if (out_move != NULL)
    *out_move = cl_pipeline_move_copy (&move);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_pipeline_store_undo_move (ClPipelineStore       *self,
                             const ClPipelineMove  *move,
                             GError               **error)
{
  ClApplication *application;
  sqlite3_stmt *stmt;
  guint from_position;
  guint position;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (move != NULL, FALSE);

  application = cl_pipeline_store_find_application (self, move->application_id);
  if (application == NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("Cannot undo: the application is no longer on the board."));
      return FALSE;
    }

  position = move->from_position;
  if (!prepare_move (self, application, move->from_stage_id, &position, &from_position, error))
    return FALSE;

  if (!cl_database_begin (self->database, error))
    return FALSE;

  if (!relocate_row (self, application, from_position, move->from_stage_id, position,
                     move->previous_updated_at, error))
    goto fail;

  /* stage_history ids are reused once the last row is deleted, so an undone
   * move's id may name a later move: the whole row must match. */
  stmt = cl_database_prepare (self->database,
                              "DELETE FROM stage_history WHERE id = ?1 AND application_id = ?2"
                              " AND from_stage_id = ?3 AND from_position = ?4"
                              " AND to_stage_id = ?5 AND to_position = ?6",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, move->history_id);
  sqlite3_bind_int64 (stmt, 2, move->application_id);
  sqlite3_bind_int64 (stmt, 3, move->from_stage_id);
  sqlite3_bind_int (stmt, 4, (int) move->from_position);
  sqlite3_bind_int64 (stmt, 5, move->to_stage_id);
  sqlite3_bind_int (stmt, 6, (int) move->to_position);
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;
  if (sqlite3_changes (cl_database_get_handle (self->database)) != 1)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This move has already been undone."));
      goto fail;
    }

  if (!cl_database_commit (self->database, error))
    goto fail;

  relocate_in_memory (self, application, from_position, move->from_stage_id, position,
                      move->previous_updated_at);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_pipeline_store_archive_application (ClPipelineStore  *self,
                                       ClApplication    *application,
                                       GError          **error)
{
  GListStore *list;
  sqlite3_stmt *stmt;
  gint64 id;
  guint position;
  guint index;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  id = cl_application_get_id (application);
  list = stage_list (self, cl_application_get_stage_id (application));
  if (cl_pipeline_store_find_application (self, id) != application ||
      !g_list_store_find (list, application, &position))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This application is no longer on the board."));
      return FALSE;
    }

  if (!cl_database_begin (self->database, error))
    return FALSE;

  stmt = cl_database_prepare (self->database,
                              "UPDATE applications SET archived_at = ?2 WHERE id = ?1 AND archived_at IS NULL",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, cl_clock_now (self->clock));
  if (!cl_database_step_done (self->database, stmt, error) ||
      !shift_positions (self, cl_application_get_stage_id (application), -1,
                        position + 1, G_MAXINT, error) ||
      !cl_database_commit (self->database, error))
    goto fail;

  g_object_ref (application);
  g_list_store_remove (list, position);
  renumber (list);
  if (g_list_store_find (self->applications, application, &index))
    g_list_store_remove (self->applications, index);
  g_hash_table_remove (self->by_id, &id);
  g_object_unref (application);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_pipeline_store_unarchive_application (ClPipelineStore  *self,
                                         ClApplication    *application,
                                         GError          **error)
{
  GListStore *list;
  sqlite3_stmt *stmt;
  gint64 id;
  gint64 stage_id;
  guint position;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  id = cl_application_get_id (application);
  stage_id = cl_application_get_stage_id (application);
  if (id == 0 || cl_pipeline_store_find_application (self, id) != NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("This application is already on the board."));
      return FALSE;
    }
  if (!check_stage (self, stage_id, error))
    return FALSE;

  /* It goes back where it was, or to the end if the stage got shorter. */
  list = stage_list (self, stage_id);
  position = MIN (cl_application_get_position (application),
                  g_list_model_get_n_items (G_LIST_MODEL (list)));

  if (!cl_database_begin (self->database, error))
    return FALSE;

  stmt = cl_database_prepare (self->database,
                              "UPDATE applications SET archived_at = NULL, position = ?2"
                              " WHERE id = ?1 AND archived_at IS NOT NULL",
                              error);
  if (stmt == NULL)
    goto fail;
  if (!shift_positions (self, stage_id, +1, position, G_MAXINT, error))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, (int) position);
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;
  if (sqlite3_changes (cl_database_get_handle (self->database)) != 1)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This application no longer exists."));
      goto fail;
    }
  if (!cl_database_commit (self->database, error))
    goto fail;

  g_hash_table_insert (self->by_id, cl_database_int64_key (id), application);
  g_list_store_append (self->applications, application);
  g_list_store_insert (list, position, application);
  renumber (list);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_pipeline_store_refresh_application (ClPipelineStore  *self,
                                       ClApplication    *application,
                                       GError          **error)
{
  g_autoptr(GHashTable) facts = NULL;
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  id = cl_application_get_id (application);
  stmt = cl_database_prepare (self->database, "SELECT 1 FROM applications WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This application no longer exists."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      cl_database_set_error (self->database, rc, error);
      return FALSE;
    }

  facts = collect_facts (self, id, error);
  if (facts == NULL)
    return FALSE;

  apply_facts (application, g_hash_table_lookup (facts, &id));
  return TRUE;
}

/* Stages ---------------------------------------------------------------- */

static gboolean
validate_stage_name (const char  *name,
                     GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("Enter a name for the stage."));
      return FALSE;
    }
  if (g_utf8_strlen (trimmed, -1) > 60)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("A stage name must be at most 60 characters long."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_stage_object (ClPipelineStore  *self,
                    ClStage          *stage,
                    guint            *out_index,
                    GError          **error)
{
  if (!g_list_store_find (self->stages, stage, out_index))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("That stage no longer exists."));
      return FALSE;
    }
  return TRUE;
}

static void
renumber_stages (ClPipelineStore *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->stages));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (G_LIST_MODEL (self->stages), i);

      if (cl_stage_get_position (stage) != i)
        g_object_set (stage, "position", i, NULL);
    }
}

ClStage *
cl_pipeline_store_add_stage (ClPipelineStore  *self,
                             const char       *name,
                             gboolean          is_open,
                             GError          **error)
{
  g_autofree char *trimmed = NULL;
  sqlite3_stmt *stmt;
  ClStage *stage;
  guint position;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);

  if (!validate_stage_name (name, error))
    return NULL;

  trimmed = g_strstrip (g_strdup (name));
  position = g_list_model_get_n_items (G_LIST_MODEL (self->stages));

  if (!cl_database_begin (self->database, error))
    return NULL;

  stmt = cl_database_prepare (self->database,
                              "INSERT INTO stages (name, position, is_open) VALUES (?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) position);
  sqlite3_bind_int (stmt, 3, is_open ? 1 : 0);
  if (!cl_database_step_done (self->database, stmt, error) ||
      !cl_database_commit (self->database, error))
    goto fail;

  stage = g_object_new (CL_TYPE_STAGE,
                        "id", cl_database_last_insert_id (self->database),
                        "name", trimmed,
                        "position", position,
                        "is-open", is_open,
                        NULL);
  g_list_store_append (self->stages, stage);
  g_object_unref (stage);
  return stage;

fail:
  cl_database_rollback (self->database);
  return NULL;
}

/* Runs one UPDATE of a stage's column in its own transaction. */
static gboolean
update_stage (ClPipelineStore  *self,
              ClStage          *stage,
              const char       *sql,
              const char       *text,
              int               number,
              GError          **error)
{
  sqlite3_stmt *stmt;
  guint index;

  if (!check_stage_object (self, stage, &index, error))
    return FALSE;

  if (!cl_database_begin (self->database, error))
    return FALSE;

  stmt = cl_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, cl_stage_get_id (stage));
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int (stmt, 2, number);
  if (!cl_database_step_done (self->database, stmt, error) ||
      !cl_database_commit (self->database, error))
    goto fail;
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_pipeline_store_rename_stage (ClPipelineStore  *self,
                                ClStage          *stage,
                                const char       *name,
                                GError          **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_STAGE (stage), FALSE);

  if (!validate_stage_name (name, error))
    return FALSE;

  trimmed = g_strstrip (g_strdup (name));
  if (!update_stage (self, stage, "UPDATE stages SET name = ?2 WHERE id = ?1", trimmed, 0, error))
    return FALSE;

  g_object_set (stage, "name", trimmed, NULL);
  return TRUE;
}

static guint
count_open_stages (ClPipelineStore *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->stages));
  guint n_open = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (G_LIST_MODEL (self->stages), i);

      n_open += cl_stage_get_is_open (stage) ? 1 : 0;
    }
  return n_open;
}

gboolean
cl_pipeline_store_set_stage_open (ClPipelineStore  *self,
                                  ClStage          *stage,
                                  gboolean          is_open,
                                  GError          **error)
{
  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_STAGE (stage), FALSE);

  if (!is_open && cl_stage_get_is_open (stage) && count_open_stages (self) <= 1)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("Keep at least one open stage, where new applications go."));
      return FALSE;
    }

  if (!update_stage (self, stage, "UPDATE stages SET is_open = ?2 WHERE id = ?1", NULL,
                     is_open ? 1 : 0, error))
    return FALSE;

  g_object_set (stage, "is-open", is_open, NULL);
  return TRUE;
}

static gboolean
shift_stage_positions (ClPipelineStore  *self,
                       int               delta,
                       guint             from,
                       guint             to,
                       GError          **error)
{
  sqlite3_stmt *stmt;

  stmt = cl_database_prepare (self->database,
                              "UPDATE stages SET position = position + ?1"
                              " WHERE archived = 0 AND position >= ?2 AND position <= ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, delta);
  sqlite3_bind_int64 (stmt, 2, from);
  sqlite3_bind_int64 (stmt, 3, to);
  return cl_database_step_done (self->database, stmt, error);
}

gboolean
cl_pipeline_store_move_stage (ClPipelineStore  *self,
                              ClStage          *stage,
                              guint             position,
                              GError          **error)
{
  sqlite3_stmt *stmt;
  guint from;
  guint n;
  gboolean ok;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_STAGE (stage), FALSE);

  if (!check_stage_object (self, stage, &from, error))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->stages));
  position = MIN (position, n - 1);
  if (position == from)
    return TRUE;

  if (!cl_database_begin (self->database, error))
    return FALSE;

  if (position > from)
    ok = shift_stage_positions (self, -1, from + 1, position, error);
  else
    ok = shift_stage_positions (self, +1, position, from - 1, error);
  if (!ok)
    goto fail;

  stmt = cl_database_prepare (self->database, "UPDATE stages SET position = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, cl_stage_get_id (stage));
  sqlite3_bind_int (stmt, 2, (int) position);
  if (!cl_database_step_done (self->database, stmt, error) ||
      !cl_database_commit (self->database, error))
    goto fail;

  g_object_ref (stage);
  g_list_store_remove (self->stages, from);
  g_list_store_insert (self->stages, position, stage);
  g_object_unref (stage);
  renumber_stages (self);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_pipeline_store_archive_stage (ClPipelineStore  *self,
                                 ClStage          *stage,
                                 ClStage          *move_to,
                                 GError          **error)
{
  g_autoptr(GPtrArray) moving = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *applications;
  GListStore *target = NULL;
  sqlite3_stmt *stmt;
  guint index;
  guint target_index;
  guint n_target = 0;
  gint64 now;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_STAGE (stage), FALSE);

  if (!check_stage_object (self, stage, &index, error))
    return FALSE;

  applications = cl_pipeline_store_get_stage_applications (self, cl_stage_get_id (stage));
  for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
    g_ptr_array_add (moving, g_list_model_get_item (applications, i));

  if (moving->len > 0 && move_to == NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("This stage holds applications. Choose the stage they move to."));
      return FALSE;
    }
  if (move_to != NULL &&
      (move_to == stage || !check_stage_object (self, move_to, &target_index, error)))
    {
      if (move_to == stage)
        g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                             _("Choose another stage for its applications."));
      return FALSE;
    }
  if (cl_stage_get_is_open (stage) && count_open_stages (self) <= 1)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _("Keep at least one open stage, where new applications go."));
      return FALSE;
    }

  now = cl_clock_now (self->clock);
  if (move_to != NULL)
    {
      target = stage_list (self, cl_stage_get_id (move_to));
      n_target = g_list_model_get_n_items (G_LIST_MODEL (target));
    }

  if (!cl_database_begin (self->database, error))
    return FALSE;

  /* Applications keep their order, after those already in the target stage. */
  stmt = cl_database_prepare (self->database,
                              "UPDATE applications SET stage_id = ?2, position = position + ?3, updated_at = ?4"
                              " WHERE stage_id = ?1 AND archived_at IS NULL",
                              error);
  if (stmt == NULL)
    goto fail;
  if (moving->len > 0)
    {
      sqlite3_bind_int64 (stmt, 1, cl_stage_get_id (stage));
      sqlite3_bind_int64 (stmt, 2, cl_stage_get_id (move_to));
      sqlite3_bind_int (stmt, 3, (int) n_target);
      sqlite3_bind_int64 (stmt, 4, now);
      if (!cl_database_step_done (self->database, stmt, error))
        goto fail;
    }
  for (guint i = 0; i < moving->len; i++)
    if (!append_history (self, cl_application_get_id (g_ptr_array_index (moving, i)),
                         cl_stage_get_id (stage), (int) i,
                         cl_stage_get_id (move_to), n_target + i, now, error))
      goto fail;

  stmt = cl_database_prepare (self->database, "UPDATE stages SET archived = 1 WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, cl_stage_get_id (stage));
  if (!cl_database_step_done (self->database, stmt, error) ||
      !shift_stage_positions (self, -1, index + 1, G_MAXINT, error) ||
      !cl_database_commit (self->database, error))
    goto fail;

  if (moving->len > 0)
    {
      g_list_store_remove_all (G_LIST_STORE (applications));
      for (guint i = 0; i < moving->len; i++)
        g_object_set (g_ptr_array_index (moving, i),
                      "stage-id", cl_stage_get_id (move_to),
                      "updated-at", now,
                      NULL);
      g_list_store_splice (target, n_target, 0, moving->pdata, moving->len);
      renumber (target);
    }
  g_object_set (stage, "archived", TRUE, NULL);
  g_list_store_remove (self->stages, index);
  renumber_stages (self);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

/* Card facts ------------------------------------------------------------ */

/* Inside a transaction: FALSE with NOT_FOUND when the row of @sql (?1 = @id)
 * does not exist. */
static gboolean
check_row_exists (ClPipelineStore  *self,
                  const char       *sql,
                  gint64            id,
                  const char       *message,
                  GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = cl_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND, message);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      cl_database_set_error (self->database, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_application_row (ClPipelineStore  *self,
                       ClApplication    *application,
                       GError          **error)
{
  return check_row_exists (self, "SELECT 1 FROM applications WHERE id = ?1",
                           cl_application_get_id (application),
                           _("This application no longer exists."), error);
}

/* After a committed change of related rows: the change is saved whatever
 * happens here, so a failed read only leaves the card behind until the next
 * load. */
static void
refresh_after_commit (ClPipelineStore *self,
                      ClApplication   *application)
{
  g_autoptr(GError) error = NULL;

  if (!cl_pipeline_store_refresh_application (self, application, &error))
    g_warning ("Could not read the card of application %" G_GINT64_FORMAT " again: %s",
               cl_application_get_id (application), error->message);
}

gboolean
cl_pipeline_store_add_red_flag (ClPipelineStore  *self,
                                ClApplication    *application,
                                ClRedFlagKind     kind,
                                const char       *note,
                                GError          **error)
{
  g_autofree char *trimmed = NULL;
  const char *nick;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);
  g_return_val_if_fail ((guint) kind <= CL_RED_FLAG_KIND_OTHER, FALSE);

  nick = cl_enum_to_nick (CL_TYPE_RED_FLAG_KIND, kind);
  if (note != NULL)
    {
      trimmed = g_strstrip (g_strdup (note));
      if (*trimmed == '\0')
        g_clear_pointer (&trimmed, g_free);
    }

  if (!cl_database_begin (self->database, error))
    return FALSE;
  if (!check_application_row (self, application, error))
    goto fail;

  stmt = cl_database_prepare (self->database,
                              "SELECT 1 FROM red_flags WHERE application_id = ?1 AND kind = ?2",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, cl_application_get_id (application));
  sqlite3_bind_text (stmt, 2, nick, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                   /* Translators: %s is a kind of red flag, e.g. “High turnover” */
                   _("This application already has the red flag “%s”. Edit its note instead."),
                   cl_red_flag_kind_get_label (kind));
      goto fail;
    }
  if (rc != SQLITE_DONE)
    {
      cl_database_set_error (self->database, rc, error);
      goto fail;
    }

  stmt = cl_database_prepare (self->database,
                              "INSERT INTO red_flags (application_id, kind, note)"
                              " VALUES (?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, cl_application_get_id (application));
  sqlite3_bind_text (stmt, 2, nick, -1, SQLITE_STATIC);
  cl_database_bind_text (stmt, 3, trimmed);
  if (!cl_database_step_done (self->database, stmt, error) ||
      !cl_database_commit (self->database, error))
    goto fail;

  refresh_after_commit (self, application);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_pipeline_store_remove_red_flag (ClPipelineStore  *self,
                                   ClApplication    *application,
                                   ClRedFlagKind     kind,
                                   GError          **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);
  g_return_val_if_fail ((guint) kind <= CL_RED_FLAG_KIND_OTHER, FALSE);

  if (!cl_database_begin (self->database, error))
    return FALSE;

  stmt = cl_database_prepare (self->database,
                              "DELETE FROM red_flags WHERE application_id = ?1 AND kind = ?2",
                              error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, cl_application_get_id (application));
  sqlite3_bind_text (stmt, 2, cl_enum_to_nick (CL_TYPE_RED_FLAG_KIND, kind), -1, SQLITE_STATIC);
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;
  if (sqlite3_changes (cl_database_get_handle (self->database)) != 1)
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                   /* Translators: %s is a kind of red flag, e.g. “High turnover” */
                   _("The red flag “%s” is no longer on this application."),
                   cl_red_flag_kind_get_label (kind));
      goto fail;
    }
  if (!cl_database_commit (self->database, error))
    goto fail;

  refresh_after_commit (self, application);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_pipeline_store_set_referral (ClPipelineStore   *self,
                                ClApplication     *application,
                                gint64             contact_id,
                                ClReferralStatus   status,
                                GError           **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);
  g_return_val_if_fail ((guint) status <= CL_REFERRAL_STATUS_DECLINED, FALSE);

  if (!cl_database_begin (self->database, error))
    return FALSE;
  if (!check_application_row (self, application, error) ||
      !check_row_exists (self, "SELECT 1 FROM contacts WHERE id = ?1", contact_id,
                         _("That contact no longer exists. "
                           "Choose another person for the referral."),
                         error))
    goto fail;

  if (status == CL_REFERRAL_STATUS_NONE)
    stmt = cl_database_prepare (self->database,
                                "DELETE FROM referrals"
                                " WHERE application_id = ?1 AND contact_id = ?2",
                                error);
  else
    stmt = cl_database_prepare (self->database,
                                "INSERT INTO referrals (application_id, contact_id, status,"
                                " asked_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)"
                                " ON CONFLICT (application_id, contact_id) DO UPDATE"
                                " SET status = excluded.status, updated_at = excluded.updated_at",
                                error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, cl_application_get_id (application));
  sqlite3_bind_int64 (stmt, 2, contact_id);
  if (status != CL_REFERRAL_STATUS_NONE)
    {
      sqlite3_bind_text (stmt, 3, cl_enum_to_nick (CL_TYPE_REFERRAL_STATUS, status),
                         -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, cl_clock_now (self->clock));
    }
  if (!cl_database_step_done (self->database, stmt, error) ||
      !cl_database_commit (self->database, error))
    goto fail;

  refresh_after_commit (self, application);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}
