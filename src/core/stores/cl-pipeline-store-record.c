/* cl-pipeline-store-record.c — an application's whole record: deleting it
 * with Undo, its job description, its stage history and its referral
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-pipeline-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-deletion-private.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-pipeline-store-private.h"
#include "cl-positions.h"
#include "cl-statement.h"
#include "cl-transaction.h"

static void
touch_application (ClTransaction *tx,
                   gint64         id)
{
  cl_transaction_touch (tx, CL_TABLE_APPLICATIONS, CL_ENTITY_APPLICATION, id);
}

/* Deleting -------------------------------------------------------------------- */

gboolean
cl_pipeline_store_delete_application (ClPipelineStore *self,
                                      ClApplication   *application,
                                      ClDeletion     **out_deletion,
                                      GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  gboolean live = FALSE;
  gint64   id;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  id = cl_application_get_id (application);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return FALSE;

  deletion = cl_deletion_capture (database, "applications", id, error);
  if (deletion == NULL)
    {
      if (error != NULL && g_error_matches (*error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND))
        {
          g_clear_error (error);
          g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                               _ ("This application no longer exists."));
        }
      return FALSE;
    }

  /* A card on the board leaves a place the later cards move up into. */
  live = cl_deletion_get_int64 (deletion, "archived_at", 0) == 0;
  if (!cl_database_execute (database, error, "DELETE FROM applications WHERE id = ?1", "x", id) ||
      (live && !cl_positions_close_gap (database, cl_deletion_get_int64 (deletion, "stage_id", 0),
                                        (guint) cl_deletion_get_int64 (deletion, "position", 0),
                                        error)))
    return FALSE;
  touch_application (tx, id);
  if (!cl_transaction_commit (tx, error))
    return FALSE;

  if (out_deletion != NULL)
    *out_deletion = g_steal_pointer (&deletion);
  return TRUE;
}

gboolean
cl_pipeline_store_undo_delete (ClPipelineStore *self,
                               ClDeletion      *deletion,
                               GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 id, stage_id, position;
  guint  n_stage = 0;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (deletion != NULL, FALSE);
  g_return_val_if_fail (g_str_equal (cl_deletion_get_table (deletion), "applications"), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  id = cl_deletion_get_id (deletion);
  stage_id = cl_deletion_get_int64 (deletion, "stage_id", 0);
  position = cl_deletion_get_int64 (deletion, "position", 0);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return FALSE;

  if (cl_deletion_get_int64 (deletion, "archived_at", 0) != 0)
    {
      if (!cl_deletion_restore (deletion, database, error))
        return FALSE;
    }
  else
    {
      /* Back where it was, or at the end if the stage got shorter: past the
       * end, the row comes back where no card is, then takes the last place. */
      if (!cl_pipeline_store_check_stage (self, stage_id, error) ||
          !cl_positions_count_applications (database, stage_id, &n_stage, error) ||
          !cl_positions_open_gap (database, stage_id, (guint) MIN (position, (gint64) n_stage),
                                  error) ||
          !cl_deletion_restore (deletion, database, error) ||
          (position > (gint64) n_stage &&
           !cl_database_execute (database, error,
                                 "UPDATE applications SET position = ?2 WHERE id = ?1", "xu", id,
                                 n_stage)))
        return FALSE;
    }
  touch_application (tx, id);
  return cl_transaction_commit (tx, error);
}

/* The job description ------------------------------------------------------- */

static const ClField description_field = {
  "description",
  "description",
  CL_FIELD_STRING,
  0,
  .max_length = 100000,
  .label = N_ ("The job description"),
};

static gboolean
description_cb (sqlite3_stmt *stmt,
                gpointer      user_data,
                GError      **error)
{
  *(char **) user_data = cl_column_dup (stmt, 0);
  return TRUE;
}

char *
cl_pipeline_store_get_description (ClPipelineStore *self,
                                   ClApplication   *application,
                                   GError         **error)
{
  g_autofree char *description = NULL;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);
  g_return_val_if_fail (CL_IS_APPLICATION (application), NULL);

  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), description_cb, &description,
                            error, "SELECT description FROM applications WHERE id = ?1", "x",
                            cl_application_get_id (application)))
    return NULL;
  return g_steal_pointer (&description);
}

gboolean
cl_pipeline_store_set_description (ClPipelineStore *self,
                                   ClApplication   *application,
                                   const char      *description,
                                   GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 id;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  if (!cl_model_check_text (&description_field, description, error))
    return FALSE;
  /* Kept exactly as pasted; only no text at all is "none". */
  if (description != NULL && *description == '\0')
    description = NULL;

  database = cl_store_get_database (CL_STORE (self));
  id = cl_application_get_id (application);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute_one (database, _ ("This application no longer exists."), error,
                                "UPDATE applications SET description = ?2, updated_at = ?3"
                                " WHERE id = ?1",
                                "xsx", id, description, cl_pipeline_store_now (self)))
    return FALSE;
  touch_application (tx, id);
  return cl_transaction_commit (tx, error);
}

/* History and referral ------------------------------------------------------- */

static gboolean
add_step_cb (sqlite3_stmt *stmt,
             gpointer      user_data,
             GError      **error)
{
  ClHistoryStep step = {
    .from_stage_id = cl_column_int64_or (stmt, 0, 0),
    .to_stage_id = sqlite3_column_int64 (stmt, 1),
    .moved_at = sqlite3_column_int64 (stmt, 2),
  };

  g_array_append_val ((GArray *) user_data, step);
  return TRUE;
}

GArray *
cl_pipeline_store_get_history (ClPipelineStore *self,
                               gint64           application_id,
                               GError         **error)
{
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (ClHistoryStep));

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);

  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_step_cb, steps, error,
                            "SELECT from_stage_id, to_stage_id, moved_at FROM stage_history"
                            " WHERE application_id = ?1 ORDER BY moved_at, id",
                            "x", application_id))
    return NULL;
  return g_steal_pointer (&steps);
}

typedef struct
{
  gint64           contact_id;
  ClReferralStatus status;
} Referral;

static gboolean
referral_cb (sqlite3_stmt *stmt,
             gpointer      user_data,
             GError      **error)
{
  Referral *referral = user_data;

  referral->contact_id = sqlite3_column_int64 (stmt, 0);
  referral->status =
    cl_column_enum (stmt, 1, CL_TYPE_REFERRAL_STATUS, CL_REFERRAL_STATUS_ASKED);
  return TRUE;
}

gboolean
cl_pipeline_store_get_referral (ClPipelineStore  *self,
                                ClApplication    *application,
                                gint64           *out_contact_id,
                                ClReferralStatus *out_status,
                                GError          **error)
{
  Referral referral = { 0, CL_REFERRAL_STATUS_NONE };

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  if (out_contact_id != NULL)
    *out_contact_id = 0;
  if (out_status != NULL)
    *out_status = CL_REFERRAL_STATUS_NONE;
  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), referral_cb, &referral, error,
                            "SELECT contact_id, status FROM referrals WHERE application_id = ?1"
                            " ORDER BY updated_at DESC, id DESC LIMIT 1",
                            "x", cl_application_get_id (application)))
    return FALSE;
  if (out_contact_id != NULL)
    *out_contact_id = referral.contact_id;
  if (out_status != NULL)
    *out_status = referral.status;
  return referral.contact_id != 0;
}

static void
referral_link_clear (gpointer data)
{
  ClReferralLink *link = data;

  g_clear_pointer (&link->company_name, g_free);
  g_clear_pointer (&link->role, g_free);
}

static gboolean
add_referral_link_cb (sqlite3_stmt *stmt,
                      gpointer      user_data,
                      GError      **error)
{
  ClReferralLink link = {
    .application_id = sqlite3_column_int64 (stmt, 0),
    .status = cl_column_enum (stmt, 1, CL_TYPE_REFERRAL_STATUS, CL_REFERRAL_STATUS_ASKED),
    .updated_at = sqlite3_column_int64 (stmt, 2),
    .company_name = cl_column_dup (stmt, 3),
    .role = cl_column_dup (stmt, 4),
    .archived = sqlite3_column_type (stmt, 5) != SQLITE_NULL,
  };

  g_array_append_val ((GArray *) user_data, link);
  return TRUE;
}

GArray *
cl_pipeline_store_list_referrals_by (ClPipelineStore *self,
                                     gint64           contact_id,
                                     GError         **error)
{
  g_autoptr(GArray) links = g_array_new (FALSE, TRUE, sizeof (ClReferralLink));

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), NULL);

  g_array_set_clear_func (links, referral_link_clear);
  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_referral_link_cb, links,
                            error,
                            "SELECT r.application_id, r.status, r.updated_at, c.name, a.role,"
                            " a.archived_at FROM referrals r"
                            " JOIN applications a ON a.id = r.application_id"
                            " LEFT JOIN companies c ON c.id = a.company_id"
                            " WHERE r.contact_id = ?1"
                            " ORDER BY a.archived_at IS NOT NULL, c.name COLLATE NOCASE,"
                            " a.role COLLATE NOCASE, a.id",
                            "x", contact_id))
    return NULL;
  return g_steal_pointer (&links);
}

gboolean
cl_pipeline_store_set_referrer (ClPipelineStore *self,
                                ClApplication   *application,
                                ClContactStore  *contacts,
                                ClContact       *contact,
                                ClReferralStatus status,
                                GError         **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 id, contact_id = 0;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);
  g_return_val_if_fail (contact == NULL || CL_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (contact == NULL || CL_IS_CONTACT_STORE (contacts), FALSE);
  g_return_val_if_fail (contact == NULL || status != CL_REFERRAL_STATUS_NONE, FALSE);

  database = cl_store_get_database (CL_STORE (self));
  id = cl_application_get_id (application);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_require_row (database, _ ("This application no longer exists."), error,
                                "SELECT 1 FROM applications WHERE id = ?1", "x", id))
    return FALSE;

  /* Someone new is added to the contacts in the same transaction. */
  if (contact != NULL && cl_contact_get_id (contact) == 0 &&
      !cl_contact_store_add_contact (contacts, contact, error))
    return FALSE;
  if (contact != NULL)
    contact_id = cl_contact_get_id (contact);

  if (!cl_database_execute (database, error,
                            "DELETE FROM referrals WHERE application_id = ?1 AND contact_id <> ?2",
                            "xx", id, contact_id) ||
      (contact != NULL && !cl_pipeline_store_set_referral (self, application, contact_id, status,
                                                           error)))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_REFERRALS, CL_ENTITY_APPLICATION, id);
  return cl_transaction_commit (tx, error);
}
