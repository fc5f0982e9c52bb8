/* cl-card-facts.c — what a card shows from rows other than its own
 *
 * One scan per table serves a whole load (no per-application subqueries);
 * the same queries with ?2 naming one application serve a few.  ?1 is now.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-card-facts"

#include "config.h"

#include "cl-card-facts.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-statement.h"

/* Above this many applications, one scan of each table beats a query each. */
#define MAX_SINGLE_QUERIES 64

static void
facts_free (gpointer data)
{
  ClCardFacts *facts = data;

  g_free (facts->next_detail);
  if (facts->names != NULL)
    g_string_free (facts->names, TRUE);
  if (facts->contact_ids != NULL)
    g_array_unref (facts->contact_ids);
  g_free (facts);
}

typedef struct
{
  GHashTable *table;  /* application id → ClCardFacts */
  GHashTable *wanted; /* the ids asked for, or NULL for all */
} Collector;

static ClCardFacts *
facts_for (Collector *collector,
           gint64     id)
{
  ClCardFacts *facts;

  if (collector->wanted != NULL && !g_hash_table_contains (collector->wanted, &id))
    return NULL;

  facts = g_hash_table_lookup (collector->table, &id);
  if (facts == NULL)
    {
      facts = g_new0 (ClCardFacts, 1);
      facts->referral_rank = G_MAXINT;
      facts->next_rank = G_MAXINT;
      g_hash_table_insert (collector->table, cl_int64_key (id), facts);
    }
  return facts;
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

static gboolean
referral_row (sqlite3_stmt *stmt,
              gpointer      user_data,
              GError      **error)
{
  ClCardFacts *facts = facts_for (user_data, sqlite3_column_int64 (stmt, 0));
  int          status = cl_column_enum (stmt, 1, CL_TYPE_REFERRAL_STATUS, CL_REFERRAL_STATUS_NONE);

  if (facts != NULL && status != CL_REFERRAL_STATUS_NONE &&
      referral_rank (status) < facts->referral_rank)
    {
      facts->referral = status;
      facts->referral_rank = referral_rank (status);
    }
  return TRUE;
}

static gboolean
red_flags_row (sqlite3_stmt *stmt,
               gpointer      user_data,
               GError      **error)
{
  ClCardFacts *facts = facts_for (user_data, sqlite3_column_int64 (stmt, 0));

  if (facts != NULL)
    facts->red_flags = (guint) sqlite3_column_int (stmt, 1);
  return TRUE;
}

static gboolean
next_row (sqlite3_stmt *stmt,
          gpointer      user_data,
          GError      **error)
{
  ClCardFacts *facts = facts_for (user_data, sqlite3_column_int64 (stmt, 0));
  gint64       at = sqlite3_column_int64 (stmt, 1);
  int          rank = sqlite3_column_int (stmt, 2);
  int          kind = cl_column_enum (stmt, 3, CL_TYPE_NEXT_KIND, CL_NEXT_KIND_NONE);

  if (facts == NULL || kind == CL_NEXT_KIND_NONE)
    return TRUE;
  if (facts->next_at != 0 &&
      (at > facts->next_at || (at == facts->next_at && rank >= facts->next_rank)))
    return TRUE;

  facts->next_at = at;
  facts->next_rank = rank;
  facts->next_kind = kind;
  g_clear_pointer (&facts->next_detail, g_free);
  if (kind == CL_NEXT_KIND_ROUND)
    {
      int round_kind = cl_column_enum (stmt, 4, CL_TYPE_ROUND_KIND, -1);

      facts->next_detail = round_kind >= 0 ? g_strdup (cl_round_kind_get_label (round_kind)) : NULL;
    }
  else
    facts->next_detail = cl_column_dup (stmt, 4);
  return TRUE;
}

static gboolean
names_row (sqlite3_stmt *stmt,
           gpointer      user_data,
           GError      **error)
{
  ClCardFacts *facts = facts_for (user_data, sqlite3_column_int64 (stmt, 0));
  gint64       contact_id = sqlite3_column_int64 (stmt, 2);

  if (facts == NULL)
    return TRUE;
  if (facts->names == NULL)
    {
      facts->names = g_string_new (NULL);
      facts->contact_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  else
    g_string_append (facts->names, ", ");
  g_string_append (facts->names, cl_column_text (stmt, 1));
  g_array_append_val (facts->contact_ids, contact_id);
  return TRUE;
}

#define ONE(column) " AND " column " = ?2"

#define REFERRALS_SQL(filter) \
  "SELECT application_id, status FROM referrals WHERE 1" filter

#define RED_FLAGS_SQL(filter) \
  "SELECT application_id, count(*) FROM red_flags WHERE checked = 1" filter \
  " GROUP BY application_id"

#define NEXT_SQL(f_round, f_reminder, f_application, f_offer) \
  "SELECT application_id, scheduled_at, 0, 'round', kind FROM interview_rounds" \
  " WHERE scheduled_at >= ?1 AND status IN ('planned', 'scheduled')" f_round \
  " UNION ALL SELECT application_id, coalesce (snoozed_until, due_at), 1, 'follow-up', title" \
  " FROM reminders" \
  " WHERE application_id IS NOT NULL AND done_at IS NULL AND kind = 'follow-up'" f_reminder \
  " UNION ALL SELECT id, deadline, 2, 'deadline', NULL FROM applications" \
  " WHERE deadline >= ?1 AND archived_at IS NULL" f_application \
  " UNION ALL SELECT application_id, response_deadline, 3, 'offer-deadline', NULL FROM offers" \
  " WHERE response_deadline >= ?1 AND status IN ('received', 'negotiating')" f_offer

/* Each contact once per application, even when linked in several ways. */
#define NAMES_SQL(f_referral, f_round, f_interaction) \
  "SELECT r.application_id, ct.name, ct.id FROM referrals r" \
  " JOIN contacts ct ON ct.id = r.contact_id WHERE 1" f_referral \
  " UNION SELECT ir.application_id, ct.name, ct.id FROM interview_rounds ir" \
  " JOIN round_interviewers ri ON ri.round_id = ir.id JOIN contacts ct ON ct.id = ri.contact_id" \
  " WHERE 1" f_round \
  " UNION SELECT i.application_id, ct.name, ct.id FROM interactions i" \
  " JOIN contacts ct ON ct.id = i.contact_id WHERE i.application_id IS NOT NULL" f_interaction \
  " ORDER BY 1, 2, 3"

typedef struct
{
  const char *all;
  const char *one;
  ClRowFunc   row;
} Query;

static const Query queries[] = {
  { REFERRALS_SQL (""), REFERRALS_SQL (ONE ("application_id")), referral_row },
  { RED_FLAGS_SQL (""), RED_FLAGS_SQL (ONE ("application_id")), red_flags_row },
  { NEXT_SQL ("", "", "", ""),
    NEXT_SQL (ONE ("application_id"), ONE ("application_id"), ONE ("id"), ONE ("application_id")),
    next_row },
  { NAMES_SQL ("", "", ""),
    NAMES_SQL (ONE ("r.application_id"), ONE ("ir.application_id"), ONE ("i.application_id")),
    names_row },
};

GHashTable *
cl_card_facts_collect (ClDatabase   *database,
                       gint64        now,
                       const gint64 *ids,
                       guint         n_ids,
                       GError      **error)
{
  g_autoptr(GHashTable) table =
               g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, facts_free);
  g_autoptr(GHashTable) wanted = NULL;
  Collector collector = { table, NULL };

  if (ids != NULL)
    {
      wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < n_ids; i++)
        g_hash_table_add (wanted, (gpointer) &ids[i]);
      collector.wanted = wanted;
    }

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      if (ids == NULL || n_ids > MAX_SINGLE_QUERIES)
        {
          if (!cl_database_foreach (database, queries[q].row, &collector, error,
                                    queries[q].all, "x", now))
            return NULL;
          continue;
        }
      for (guint i = 0; i < n_ids; i++)
        if (!cl_database_foreach (database, queries[q].row, &collector, error,
                                  queries[q].one, "xx", now, ids[i]))
          return NULL;
    }

  return g_steal_pointer (&table);
}

void
cl_card_facts_apply (ClCardFacts   *facts,
                     ClApplication *application)
{
  ClModel *model = CL_MODEL (application);
  g_auto(GValue) referral = G_VALUE_INIT;
  g_auto(GValue) next_kind = G_VALUE_INIT;
  g_auto(GValue) next_detail = G_VALUE_INIT;
  g_auto(GValue) names = G_VALUE_INIT;

  g_value_set_enum (g_value_init (&referral, CL_TYPE_REFERRAL_STATUS),
                    facts != NULL ? facts->referral : CL_REFERRAL_STATUS_NONE);
  g_value_set_enum (g_value_init (&next_kind, CL_TYPE_NEXT_KIND),
                    facts != NULL ? facts->next_kind : CL_NEXT_KIND_NONE);
  g_value_set_string (g_value_init (&next_detail, G_TYPE_STRING),
                      facts != NULL ? facts->next_detail : NULL);
  g_value_set_string (g_value_init (&names, G_TYPE_STRING),
                      facts != NULL && facts->names != NULL ? facts->names->str : NULL);

  g_object_freeze_notify (G_OBJECT (application));
  cl_model_set_value (model, "referral-status", &referral);
  cl_model_set_uint (model, "red-flag-count", facts != NULL ? facts->red_flags : 0);
  cl_model_set_int64 (model, "next-at", facts != NULL ? facts->next_at : 0);
  cl_model_set_value (model, "next-kind", &next_kind);
  cl_model_set_value (model, "next-detail", &next_detail);
  cl_model_set_value (model, "contact-names", &names);
  g_object_thaw_notify (G_OBJECT (application));
}
