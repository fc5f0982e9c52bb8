/* cl-offer-store.c — the offers received, as a list model
 *
 * A search ends with a handful of offers, so they sit in one GListStore in
 * the order they were added.  In-memory objects change only after the
 * transaction that changes their rows has committed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-database-private.h"
#include "cl-enum-types.h"
#include "cl-offer-store.h"

struct _ClOfferStore
{
  GObject     parent_instance;

  ClDatabase *database;
  ClClock    *clock;

  GListStore *offers;  /* ClOffer, by id */
  GHashTable *by_id;   /* offer id → ClOffer (borrowed from offers) */
};

G_DEFINE_FINAL_TYPE (ClOfferStore, cl_offer_store, G_TYPE_OBJECT)

#define OFFER_COLUMNS \
  "id, application_id, base_salary, currency, bonus_percent, sign_on, sign_on_clawback_months," \
  " equity_amount, vesting, vesting_years, cliff_months, level, title, start_date," \
  " response_deadline, status, received_at, notes"

static void
cl_offer_store_dispose (GObject *object)
{
  ClOfferStore *self = (ClOfferStore *) object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->offers);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (cl_offer_store_parent_class)->dispose (object);
}

static void
cl_offer_store_class_init (ClOfferStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cl_offer_store_dispose;
}

static void
cl_offer_store_init (ClOfferStore *self)
{
  self->offers = g_list_store_new (CL_TYPE_OFFER);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

ClOfferStore *
cl_offer_store_new (ClDatabase *database,
                    ClClock    *clock)
{
  ClOfferStore *self;

  g_return_val_if_fail (CL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CL_IS_CLOCK (clock), NULL);

  self = g_object_new (CL_TYPE_OFFER_STORE, NULL);
  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  return self;
}

static ClOffer *
offer_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *currency = cl_database_column_dup (stmt, 3);
  g_autofree char *level = cl_database_column_dup (stmt, 11);
  g_autofree char *title = cl_database_column_dup (stmt, 12);
  g_autofree char *start_date = cl_database_column_dup (stmt, 13);
  g_autofree char *notes = cl_database_column_dup (stmt, 17);

  return g_object_new (CL_TYPE_OFFER,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "application-id", sqlite3_column_int64 (stmt, 1),
                       "base-salary", sqlite3_column_int64 (stmt, 2),
                       "currency", currency,
                       "bonus-percent", sqlite3_column_type (stmt, 4) == SQLITE_NULL
                                        ? -1.0 : sqlite3_column_double (stmt, 4),
                       "sign-on", cl_database_column_optional_int64 (stmt, 5, -1),
                       "sign-on-clawback-months", (guint) sqlite3_column_int (stmt, 6),
                       "equity-amount", cl_database_column_optional_int64 (stmt, 7, -1),
                       "vesting", cl_database_column_enum (stmt, 8, CL_TYPE_VESTING, CL_VESTING_STANDARD),
                       "vesting-years", (guint) sqlite3_column_int (stmt, 9),
                       "cliff-months", (guint) sqlite3_column_int (stmt, 10),
                       "level", level,
                       "title", title,
                       "start-date", start_date,
                       "response-deadline", cl_database_column_optional_int64 (stmt, 14, 0),
                       "status", cl_database_column_enum (stmt, 15, CL_TYPE_OFFER_STATUS,
                                                          CL_OFFER_STATUS_RECEIVED),
                       "received-at", sqlite3_column_int64 (stmt, 16),
                       "notes", notes,
                       NULL);
}

gboolean
cl_offer_store_load (ClOfferStore  *self,
                     GError       **error)
{
  g_autoptr(GPtrArray) offers = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);

  stmt = cl_database_prepare (self->database,
                              "SELECT " OFFER_COLUMNS " FROM offers ORDER BY id",
                              error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (offers, offer_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      cl_database_set_error (self->database, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < offers->len; i++)
    {
      ClOffer *offer = g_ptr_array_index (offers, i);

      g_hash_table_insert (self->by_id, cl_database_int64_key (cl_offer_get_id (offer)), offer);
    }

  g_list_store_splice (self->offers, 0, g_list_model_get_n_items (G_LIST_MODEL (self->offers)),
                       offers->pdata, offers->len);
  return TRUE;
}

GListModel *
cl_offer_store_get_offers (ClOfferStore *self)
{
  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);

  return G_LIST_MODEL (self->offers);
}

ClOffer *
cl_offer_store_find_offer (ClOfferStore *self,
                           gint64        offer_id)
{
  g_return_val_if_fail (CL_IS_OFFER_STORE (self), NULL);

  return g_hash_table_lookup (self->by_id, &offer_id);
}

/* Binds the editable fields shared by INSERT and UPDATE as ?2 … ?17. */
static void
bind_editable_fields (sqlite3_stmt *stmt,
                      ClOffer      *offer,
                      gint64        received_at)
{
  double bonus_percent = cl_offer_get_bonus_percent (offer);

  sqlite3_bind_int64 (stmt, 2, cl_offer_get_base_salary (offer));
  cl_database_bind_text (stmt, 3, cl_offer_get_currency (offer));
  if (bonus_percent < 0)
    sqlite3_bind_null (stmt, 4);
  else
    sqlite3_bind_double (stmt, 4, bonus_percent);
  cl_database_bind_optional_int64 (stmt, 5, cl_offer_get_sign_on (offer), -1);
  cl_database_bind_optional_int64 (stmt, 6, cl_offer_get_sign_on_clawback_months (offer), 0);
  cl_database_bind_optional_int64 (stmt, 7, cl_offer_get_equity_amount (offer), -1);
  sqlite3_bind_text (stmt, 8, cl_enum_to_nick (CL_TYPE_VESTING, cl_offer_get_vesting (offer)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 9, (int) cl_offer_get_vesting_years (offer));
  sqlite3_bind_int (stmt, 10, (int) cl_offer_get_cliff_months (offer));
  cl_database_bind_text (stmt, 11, cl_offer_get_level (offer));
  cl_database_bind_text (stmt, 12, cl_offer_get_title (offer));
  cl_database_bind_text (stmt, 13, cl_offer_get_start_date (offer));
  cl_database_bind_optional_int64 (stmt, 14, cl_offer_get_response_deadline (offer), 0);
  sqlite3_bind_text (stmt, 15, cl_enum_to_nick (CL_TYPE_OFFER_STATUS, cl_offer_get_status (offer)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 16, received_at);
  cl_database_bind_text (stmt, 17, cl_offer_get_notes (offer));
}

/* Inside the transaction: the offer's application must exist. */
static gboolean
check_application (ClOfferStore  *self,
                   gint64         application_id,
                   GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = cl_database_prepare (self->database, "SELECT 1 FROM applications WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, application_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("The application of this offer no longer exists. "
                             "Open the application again, then add the offer."));
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
cl_offer_store_add_offer (ClOfferStore  *self,
                          ClOffer       *offer,
                          GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 received_at;
  gint64 id;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OFFER (offer), FALSE);
  g_return_val_if_fail (cl_offer_get_id (offer) == 0, FALSE);

  if (!cl_offer_validate (offer, error))
    return FALSE;

  received_at = cl_offer_get_received_at (offer);
  if (received_at == 0)
    received_at = cl_clock_now (self->clock);

  if (!cl_database_begin (self->database, error))
    return FALSE;

  if (!check_application (self, cl_offer_get_application_id (offer), error))
    goto fail;

  stmt = cl_database_prepare (self->database,
                              "INSERT INTO offers (application_id, base_salary, currency, bonus_percent,"
                              " sign_on, sign_on_clawback_months, equity_amount, vesting, vesting_years,"
                              " cliff_months, level, title, start_date, response_deadline, status,"
                              " received_at, notes)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                              " ?15, ?16, ?17)",
                              error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, cl_offer_get_application_id (offer));
  bind_editable_fields (stmt, offer, received_at);
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;

  id = cl_database_last_insert_id (self->database);

  if (!cl_database_commit (self->database, error))
    goto fail;

  g_object_set (offer, "id", id, "received-at", received_at, NULL);
  g_hash_table_insert (self->by_id, cl_database_int64_key (id), offer);
  g_list_store_append (self->offers, offer);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_offer_store_update_offer (ClOfferStore  *self,
                             ClOffer       *offer,
                             GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 received_at;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OFFER (offer), FALSE);

  if (cl_offer_store_find_offer (self, cl_offer_get_id (offer)) != offer)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This offer no longer exists."));
      return FALSE;
    }

  if (!cl_offer_validate (offer, error))
    return FALSE;

  received_at = cl_offer_get_received_at (offer);
  if (received_at == 0)
    received_at = cl_clock_now (self->clock);

  if (!cl_database_begin (self->database, error))
    return FALSE;

  stmt = cl_database_prepare (self->database,
                              "UPDATE offers SET base_salary = ?2, currency = ?3, bonus_percent = ?4,"
                              " sign_on = ?5, sign_on_clawback_months = ?6, equity_amount = ?7,"
                              " vesting = ?8, vesting_years = ?9, cliff_months = ?10, level = ?11,"
                              " title = ?12, start_date = ?13, response_deadline = ?14, status = ?15,"
                              " received_at = ?16, notes = ?17"
                              " WHERE id = ?1 AND application_id = ?18",
                              error);
  if (stmt == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, cl_offer_get_id (offer));
  bind_editable_fields (stmt, offer, received_at);
  sqlite3_bind_int64 (stmt, 18, cl_offer_get_application_id (offer));
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;

  if (sqlite3_changes (cl_database_get_handle (self->database)) != 1)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This offer no longer exists."));
      goto fail;
    }

  if (!cl_database_commit (self->database, error))
    goto fail;

  g_object_set (offer, "received-at", received_at, NULL);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_offer_store_delete_offer (ClOfferStore  *self,
                             ClOffer       *offer,
                             GError       **error)
{
  guint index;
  gint64 id;

  g_return_val_if_fail (CL_IS_OFFER_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_OFFER (offer), FALSE);

  id = cl_offer_get_id (offer);
  if (cl_offer_store_find_offer (self, id) != offer ||
      !g_list_store_find (self->offers, offer, &index))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This offer no longer exists."));
      return FALSE;
    }

  if (!cl_database_delete_row (self->database, "DELETE FROM offers WHERE id = ?1", id, _("This offer no longer exists."), error))
    return FALSE;

  g_object_ref (offer);
  g_hash_table_remove (self->by_id, &id);
  g_list_store_remove (self->offers, index);
  g_object_unref (offer);
  return TRUE;
}
