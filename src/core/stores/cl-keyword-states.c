/* cl-keyword-states.c — what the user decided of the terms found in an
 * application's job description
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-keyword-states"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-keyword-states.h"
#include "cl-statement.h"
#include "cl-transaction.h"

static const char *const nicks[] = { "proposed", "accepted", "dismissed" };

static gboolean
add_state_cb (sqlite3_stmt *stmt,
              gpointer      user_data,
              GError      **error)
{
  const char *nick = cl_column_text (stmt, 1);
  int         state = CL_KEYWORD_STATE_PROPOSED;

  for (guint i = 0; i < G_N_ELEMENTS (nicks); i++)
    if (g_strcmp0 (nick, nicks[i]) == 0)
      state = (int) i;
  g_hash_table_insert (user_data, cl_column_dup (stmt, 0), GINT_TO_POINTER (state));
  return TRUE;
}

gboolean
cl_prep_store_get_keyword_states (ClPrepStore *self,
                                  gint64       application_id,
                                  GHashTable  *out_states,
                                  GError     **error)
{
  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (out_states != NULL, FALSE);

  return cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_state_cb, out_states,
                              error,
                              "SELECT term_key, state FROM application_keywords"
                              " WHERE application_id = ?1",
                              "x", application_id);
}

/* Inside a transaction: the row for @term_key says @state. */
static gboolean
keep_state (ClDatabase    *database,
            gint64         application_id,
            const char    *term_key,
            ClKeywordState state,
            guint          count,
            gint64         objective_id,
            GError       **error)
{
  if (!cl_database_require_row (database,
                                _ ("This application no longer exists, so what you decide of "
                                   "its keywords cannot be kept."),
                                error, "SELECT 1 FROM applications WHERE id = ?1", "x",
                                application_id))
    return FALSE;
  /* An objective made for the term stays its own when the term is
   * proposed or dismissed again. */
  return cl_database_execute (database, error,
                              "INSERT INTO application_keywords"
                              " (application_id, term_key, state, count, objective_id)"
                              " VALUES (?1, ?2, ?3, ?4, nullif (?5, 0))"
                              " ON CONFLICT (application_id, term_key) DO UPDATE SET"
                              " state = excluded.state, count = excluded.count,"
                              " objective_id = coalesce (excluded.objective_id, objective_id)",
                              "xssxx", application_id, term_key, nicks[state], (gint64) count,
                              objective_id);
}

gboolean
cl_prep_store_set_keyword_state (ClPrepStore   *self,
                                 gint64         application_id,
                                 const char    *term_key,
                                 ClKeywordState state,
                                 guint          count,
                                 GError       **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (term_key != NULL && *term_key != '\0', FALSE);
  g_return_val_if_fail ((guint) state < G_N_ELEMENTS (nicks), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !keep_state (database, application_id, term_key, state, count, 0, error))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_APPLICATIONS, CL_ENTITY_APPLICATION, application_id);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_prep_store_accept_keyword (ClPrepStore *self,
                              gint64       application_id,
                              ClObjective *objective,
                              guint        count,
                              GError     **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  const char *term_key;

  g_return_val_if_fail (CL_IS_PREP_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), FALSE);
  term_key = cl_objective_get_term_key (objective);
  g_return_val_if_fail (term_key != NULL, FALSE);

  if (application_id <= 0)
    return cl_prep_store_add_objective (self, objective, error);
  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  /* The objective is saved inside this transaction (a savepoint). */
  if (tx == NULL ||
      !cl_prep_store_add_objective_for_application (self, objective, application_id, error) ||
      !keep_state (database, application_id, term_key, CL_KEYWORD_STATE_ACCEPTED, count,
                   cl_objective_get_id (objective), error))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_APPLICATIONS, CL_ENTITY_APPLICATION, application_id);
  return cl_transaction_commit (tx, error);
}
