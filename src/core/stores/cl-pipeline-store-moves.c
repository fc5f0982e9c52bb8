/* cl-pipeline-store-moves.c — what changes the board: adding, saving, moving,
 * undoing, archiving, and the rows behind the card facts
 *
 * Each method is one transaction (a savepoint when called inside another),
 * reads where things are from the database, and touches what it changes; the
 * models follow in ::changed (cl-pipeline-store.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-pipeline-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-company-store-private.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-pipeline-store-private.h"
#include "cl-positions.h"
#include "cl-statement.h"

static ClDatabase *
database_of (ClPipelineStore *self)
{
  return cl_store_get_database (CL_STORE (self));
}

static void
touch_application (ClTransaction *tx,
                   ClTable        table,
                   gint64         id)
{
  cl_transaction_touch (tx, table, CL_ENTITY_APPLICATION, id);
}

/* Adding and saving ---------------------------------------------------------- */

/* The contact who described the format must still exist: the foreign key
 * would refuse it too, but without saying what to do. */
static gboolean
check_format_contact (ClDatabase    *database,
                      ClApplication *application,
                      GError       **error)
{
  gint64 contact_id = cl_application_get_format_source_contact_id (application);

  return contact_id == 0 ||
         cl_database_require_row (database,
                                  _ ("The contact who described the format no longer exists. "
                                     "Choose another contact, or another source."),
                                  error, "SELECT 1 FROM contacts WHERE id = ?1", "x", contact_id);
}

gboolean
cl_pipeline_store_add_application (ClPipelineStore *self,
                                   ClApplication   *application,
                                   gint64           stage_id,
                                   GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClApplication) copy = NULL;
  gint64   company_id = 0;
  guint    position = 0;
  gint64   now, id = 0;
  gboolean committed;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);
  g_return_val_if_fail (cl_application_get_id (application) == 0, FALSE);

  /* What is saved is what the card then shows: trimmed, in capitals… */
  copy = cl_application_copy (application);
  cl_model_normalize (CL_MODEL (copy));
  if (!cl_model_validate (CL_MODEL (copy), error))
    return FALSE;

  if (stage_id == 0)
    {
      ClStage *stage = cl_stage_store_get_first_open (cl_pipeline_store_get_stage_store (self));

      if (stage == NULL)
        {
          g_set_error_literal (
            error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
            _ ("There is no open stage to add the application to. Add a stage first."));
          return FALSE;
        }
      stage_id = cl_stage_get_id (stage);
    }
  else if (!cl_pipeline_store_check_stage (self, stage_id, error))
    return FALSE;

  database = database_of (self);
  now = cl_pipeline_store_now (self);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !check_format_contact (database, copy, error) ||
      !cl_company_store_resolve (cl_pipeline_store_get_company_store (self),
                                 cl_application_get_company (copy), NULL, &company_id, error) ||
      !cl_positions_count_applications (database, stage_id, &position, error) ||
      !cl_model_insert (CL_MODEL (copy), database, &id, error,
                        "company_id, stage_id, position, created_at, updated_at", "xxuxx",
                        company_id, stage_id, position, now, now) ||
      !cl_positions_append_history (database, id, 0, 0, stage_id, position, now, NULL, error))
    return FALSE;
  touch_application (tx, CL_TABLE_APPLICATIONS, id);
  cl_transaction_touch (tx, CL_TABLE_APPLICATIONS, CL_ENTITY_STAGE, stage_id);

  /* The caller's object becomes the card when the change comes through. */
  cl_pipeline_store_adopt (self, application, id);
  committed = cl_transaction_commit (tx, error);
  cl_pipeline_store_adopt (self, NULL, 0);
  return committed;
}

gboolean
cl_pipeline_store_save_application (ClPipelineStore *self,
                                    ClApplication   *copy,
                                    gint64           stage_id,
                                    GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClApplication) saved = NULL;
  ClApplication *shared;
  gint64         company_id = 0;
  gint64         id;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (copy), FALSE);

  id = cl_application_get_id (copy);
  shared = cl_pipeline_store_find_application (self, id);
  if (shared == NULL || shared == copy)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("This application is no longer on the board."));
      return FALSE;
    }

  saved = cl_application_copy (copy);
  cl_model_normalize (CL_MODEL (saved));
  if (!cl_model_validate (CL_MODEL (saved), error))
    return FALSE;
  if (stage_id != 0 && !cl_pipeline_store_check_stage (self, stage_id, error))
    return FALSE;

  database = database_of (self);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !check_format_contact (database, saved, error) ||
      !cl_company_store_resolve (cl_pipeline_store_get_company_store (self),
                                 cl_application_get_company (saved),
                                 cl_application_get_company (shared), &company_id, error) ||
      !cl_model_update (CL_MODEL (saved), database, _ ("This application no longer exists."), error,
                        "company_id, updated_at", "xx", company_id, cl_pipeline_store_now (self)))
    return FALSE;
  touch_application (tx, CL_TABLE_APPLICATIONS, id);

  if (stage_id != 0 && stage_id != cl_application_get_stage_id (shared))
    {
      /* In the same transaction: the move is part of this save. */
      g_autoptr(ClPipelineMove) move = NULL;

      if (!cl_pipeline_store_move_application (self, shared, stage_id, G_MAXUINT, &move, error))
        return FALSE;
    }

  return cl_transaction_commit (tx, error);
}

/* Moving ---------------------------------------------------------------------- */

gboolean
cl_pipeline_store_move_application (ClPipelineStore *self,
                                    ClApplication   *application,
                                    gint64           stage_id,
                                    guint            position,
                                    ClPipelineMove **out_move,
                                    GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  ClPipelineMove move = {
    0,
  };
  gboolean moved = FALSE;
  gint64   updated_at = 0;
  gint64   now;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  if (out_move != NULL)
    *out_move = NULL;

  if (!cl_pipeline_store_check_on_board (self, application, error) ||
      !cl_pipeline_store_check_stage (self, stage_id, error))
    return FALSE;

  database = database_of (self);
  now = cl_pipeline_store_now (self);
  move.application_id = cl_application_get_id (application);
  move.to_stage_id = stage_id;

  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_positions_locate_application (database, move.application_id, &move.from_stage_id,
                                        &move.from_position, error) ||
      !cl_database_query_int64 (database, &updated_at, NULL, error,
                                "SELECT updated_at FROM applications WHERE id = ?1", "x",
                                move.application_id) ||
      !cl_positions_place_application (database, move.application_id, stage_id, position, now,
                                       &move.to_position, &moved, error))
    return FALSE;
  if (!moved)
    return TRUE;

  move.previous_updated_at = updated_at;
  if (!cl_positions_append_history (database, move.application_id, move.from_stage_id,
                                    move.from_position, stage_id, move.to_position, now,
                                    &move.history_id, error) ||
      !cl_transaction_commit (tx, error))
    return FALSE;

  if (out_move != NULL)
    *out_move = cl_pipeline_move_copy (&move);
  return TRUE;
}

gboolean
cl_pipeline_store_undo_move (ClPipelineStore      *self,
                             const ClPipelineMove *move,
                             GError              **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gboolean latest = FALSE;
  gboolean moved = FALSE;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (move != NULL, FALSE);

  if (cl_pipeline_store_find_application (self, move->application_id) == NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("Cannot undo: the application is no longer on the board."));
      return FALSE;
    }
  if (!cl_pipeline_store_check_stage (self, move->from_stage_id, error))
    return FALSE;

  database = database_of (self);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_require_row (database, _ ("This move has already been undone."), error,
                                "SELECT 1 FROM stage_history WHERE id = ?1 AND application_id = ?2",
                                "xx", move->history_id, move->application_id) ||
      !cl_positions_is_latest_history (database, move->application_id, move->history_id, &latest,
                                       error))
    return FALSE;
  if (!latest)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _ ("Cannot undo: the application has moved again since."));
      return FALSE;
    }

  /* The whole row must match: an id alone could name another move. */
  if (!cl_positions_place_application (database, move->application_id, move->from_stage_id,
                                       move->from_position, move->previous_updated_at, NULL, &moved,
                                       error) ||
      !cl_database_execute_one (database, _ ("This move has already been undone."), error,
                                "DELETE FROM stage_history WHERE id = ?1 AND application_id = ?2"
                                " AND from_stage_id = ?3 AND from_position = ?4"
                                " AND to_stage_id = ?5 AND to_position = ?6",
                                "xxxuxu", move->history_id, move->application_id,
                                move->from_stage_id, move->from_position, move->to_stage_id,
                                move->to_position))
    return FALSE;
  if (!moved && !cl_database_execute (database, error,
                                      "UPDATE applications SET updated_at = ?2 WHERE id = ?1", "xx",
                                      move->application_id, move->previous_updated_at))
    return FALSE;
  touch_application (tx, CL_TABLE_STAGE_HISTORY, move->application_id);

  return cl_transaction_commit (tx, error);
}

/* Archiving ------------------------------------------------------------------ */

gboolean
cl_pipeline_store_archive_application (ClPipelineStore *self,
                                       ClApplication   *application,
                                       GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 id, stage_id = 0;
  guint  position = 0;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  if (!cl_pipeline_store_check_on_board (self, application, error))
    return FALSE;

  database = database_of (self);
  id = cl_application_get_id (application);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !cl_positions_locate_application (database, id, &stage_id, &position, error) ||
      !cl_database_execute_one (
        database, _ ("This application is no longer on the board."), error,
        "UPDATE applications SET archived_at = ?2 WHERE id = ?1 AND archived_at IS NULL", "xx", id,
        cl_pipeline_store_now (self)) ||
      !cl_positions_close_gap (database, stage_id, position, error))
    return FALSE;
  touch_application (tx, CL_TABLE_APPLICATIONS, id);

  return cl_transaction_commit (tx, error);
}

gboolean
cl_pipeline_store_unarchive_application (ClPipelineStore *self,
                                         ClApplication   *application,
                                         GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64   id, stage_id = 0, position = 0;
  guint    n_stage = 0;
  gboolean committed;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  id = cl_application_get_id (application);
  if (id == 0 || cl_pipeline_store_find_application (self, id) != NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _ ("This application is already on the board."));
      return FALSE;
    }

  database = database_of (self);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_query_int64 (
        database, &stage_id, _ ("This application no longer exists."), error,
        "SELECT stage_id FROM applications WHERE id = ?1 AND archived_at IS NOT NULL", "x", id) ||
      !cl_database_query_int64 (database, &position, NULL, error,
                                "SELECT position FROM applications WHERE id = ?1", "x", id) ||
      !cl_pipeline_store_check_stage (self, stage_id, error) ||
      !cl_positions_count_applications (database, stage_id, &n_stage, error))
    return FALSE;

  /* Back where it was, or at the end if the stage got shorter. */
  position = MIN (position, (gint64) n_stage);
  if (!cl_positions_open_gap (database, stage_id, (guint) position, error) ||
      !cl_database_execute (
        database, error, "UPDATE applications SET archived_at = NULL, position = ?2 WHERE id = ?1",
        "xx", id, position))
    return FALSE;
  touch_application (tx, CL_TABLE_APPLICATIONS, id);

  cl_pipeline_store_adopt (self, application, id);
  committed = cl_transaction_commit (tx, error);
  cl_pipeline_store_adopt (self, NULL, 0);
  return committed;
}

/* Rows behind the card facts -------------------------------------------------- */

static gboolean
require_application (ClDatabase    *database,
                     ClApplication *application,
                     GError       **error)
{
  return cl_database_require_row (database, _ ("This application no longer exists."), error,
                                  "SELECT 1 FROM applications WHERE id = ?1", "x",
                                  cl_application_get_id (application));
}

gboolean
cl_pipeline_store_set_referral (ClPipelineStore *self,
                                ClApplication   *application,
                                gint64           contact_id,
                                ClReferralStatus status,
                                GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64   id;
  gboolean ok;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);
  g_return_val_if_fail ((guint) status <= CL_REFERRAL_STATUS_DECLINED, FALSE);

  database = database_of (self);
  id = cl_application_get_id (application);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL || !require_application (database, application, error) ||
      !cl_database_require_row (
        database, _ ("That contact no longer exists. Choose another person for the referral."),
        error, "SELECT 1 FROM contacts WHERE id = ?1", "x", contact_id))
    return FALSE;

  if (status == CL_REFERRAL_STATUS_NONE)
    ok = cl_database_execute (database, error,
                              "DELETE FROM referrals WHERE application_id = ?1 AND contact_id = ?2",
                              "xx", id, contact_id);
  else
    ok = cl_database_execute (database, error,
                              "INSERT INTO referrals (application_id, contact_id, status,"
                              " asked_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)"
                              " ON CONFLICT (application_id, contact_id) DO UPDATE"
                              " SET status = excluded.status, updated_at = excluded.updated_at",
                              "xxex", id, contact_id, CL_TYPE_REFERRAL_STATUS, (int) status,
                              cl_pipeline_store_now (self));
  if (!ok)
    return FALSE;
  touch_application (tx, CL_TABLE_REFERRALS, id);
  return cl_transaction_commit (tx, error);
}
