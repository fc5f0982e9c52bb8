/* cl-contact-store.c — the people of the search, as a list model
 *
 * Contacts sit in one GListStore sorted by a collation key of their saved
 * name, kept beside each object so that sorting never depends on edits that
 * are not saved yet.  In-memory objects change only after the transaction
 * that changes their rows has committed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cl-contact-store.h"
#include "cl-database-private.h"
#include "cl-enum-types.h"

struct _ClContactStore
{
  GObject     parent_instance;

  ClDatabase *database;
  ClClock    *clock;

  GListStore *contacts;   /* ClContact, by sort key then id */
  GHashTable *by_id;      /* contact id → ClContact (borrowed from contacts) */
  GHashTable *sort_keys;  /* ClContact → collation key of its saved name */
};

G_DEFINE_FINAL_TYPE (ClContactStore, cl_contact_store, G_TYPE_OBJECT)

#define CONTACT_COLUMNS \
  "c.id, c.name, co.name, c.title, c.role, c.how_met, c.email, c.phone, c.linkedin_url," \
  " c.portfolio_url, c.notes, c.cadence_days, c.last_contacted, c.next_follow_up," \
  " c.created_at, c.updated_at"

static void
cl_contact_store_dispose (GObject *object)
{
  ClContactStore *self = (ClContactStore *) object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->sort_keys, g_hash_table_unref);
  g_clear_object (&self->contacts);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (cl_contact_store_parent_class)->dispose (object);
}

static void
cl_contact_store_class_init (ClContactStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cl_contact_store_dispose;
}

static void
cl_contact_store_init (ClContactStore *self)
{
  self->contacts = g_list_store_new (CL_TYPE_CONTACT);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->sort_keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

ClContactStore *
cl_contact_store_new (ClDatabase *database,
                      ClClock    *clock)
{
  ClContactStore *self;

  g_return_val_if_fail (CL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CL_IS_CLOCK (clock), NULL);

  self = g_object_new (CL_TYPE_CONTACT_STORE, NULL);
  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  return self;
}

static char *
make_sort_key (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name != NULL ? name : "", -1);

  return g_utf8_collate_key (folded, -1);
}

static int
compare_keys (const char *key_a,
              gint64      id_a,
              const char *key_b,
              gint64      id_b)
{
  int cmp = strcmp (key_a, key_b);

  if (cmp != 0)
    return cmp;
  return (id_a > id_b) - (id_a < id_b);
}

static int
compare_contacts (ClContactStore *self,
                  ClContact      *a,
                  ClContact      *b)
{
  return compare_keys (g_hash_table_lookup (self->sort_keys, a), cl_contact_get_id (a),
                       g_hash_table_lookup (self->sort_keys, b), cl_contact_get_id (b));
}

static int
compare_contacts_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  return compare_contacts (user_data, *(ClContact **) a, *(ClContact **) b);
}

/* The first index whose contact sorts after @key/@id. */
static guint
upper_bound (ClContactStore *self,
             const char     *key,
             gint64          id)
{
  GListModel *model = G_LIST_MODEL (self->contacts);
  guint low = 0;
  guint high = g_list_model_get_n_items (model);

  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      g_autoptr(ClContact) contact = g_list_model_get_item (model, mid);

      if (compare_keys (g_hash_table_lookup (self->sort_keys, contact), cl_contact_get_id (contact),
                        key, id) <= 0)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

static void
insert_sorted (ClContactStore *self,
               ClContact      *contact)
{
  char *key = make_sort_key (cl_contact_get_name (contact));
  guint index = upper_bound (self, key, cl_contact_get_id (contact));

  g_hash_table_insert (self->sort_keys, contact, key);
  g_list_store_insert (self->contacts, index, contact);
}

static int
compare_to_item (ClContactStore *self,
                 guint           index,
                 const char     *key,
                 gint64          id)
{
  g_autoptr(ClContact) item = g_list_model_get_item (G_LIST_MODEL (self->contacts), index);

  return compare_keys (g_hash_table_lookup (self->sort_keys, item), cl_contact_get_id (item), key, id);
}

/* Gives the contact at @index the sort key of its (new) name and moves it
 * where that key belongs; a contact still in order does not move. */
static void
resort (ClContactStore *self,
        ClContact      *contact,
        guint           index)
{
  char *key = make_sort_key (cl_contact_get_name (contact));
  gint64 id = cl_contact_get_id (contact);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->contacts));

  if ((index == 0 || compare_to_item (self, index - 1, key, id) < 0) &&
      (index + 1 >= n || compare_to_item (self, index + 1, key, id) > 0))
    {
      g_hash_table_insert (self->sort_keys, contact, key);
      return;
    }

  g_object_ref (contact);
  g_list_store_remove (self->contacts, index);
  g_hash_table_insert (self->sort_keys, contact, key);
  g_list_store_insert (self->contacts, upper_bound (self, key, id), contact);
  g_object_unref (contact);
}

/* The index of a contact of the list, found by its current sort key. */
static gboolean
find_index (ClContactStore *self,
            ClContact      *contact,
            guint          *out_index)
{
  const char *key = g_hash_table_lookup (self->sort_keys, contact);
  guint index;

  if (key == NULL)
    return FALSE;

  index = upper_bound (self, key, cl_contact_get_id (contact));
  if (index == 0)
    return FALSE;

  {
    g_autoptr(ClContact) found = g_list_model_get_item (G_LIST_MODEL (self->contacts), index - 1);

    if (found != contact)
      return FALSE;
  }
  *out_index = index - 1;
  return TRUE;
}

static ClContact *
contact_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *name = cl_database_column_dup (stmt, 1);
  g_autofree char *company = cl_database_column_dup (stmt, 2);
  g_autofree char *title = cl_database_column_dup (stmt, 3);
  g_autofree char *how_met = cl_database_column_dup (stmt, 5);
  g_autofree char *email = cl_database_column_dup (stmt, 6);
  g_autofree char *phone = cl_database_column_dup (stmt, 7);
  g_autofree char *linkedin_url = cl_database_column_dup (stmt, 8);
  g_autofree char *portfolio_url = cl_database_column_dup (stmt, 9);
  g_autofree char *notes = cl_database_column_dup (stmt, 10);

  return g_object_new (CL_TYPE_CONTACT,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "name", name,
                       "company", company,
                       "title", title,
                       "role", cl_database_column_enum (stmt, 4, CL_TYPE_CONTACT_ROLE, CL_CONTACT_ROLE_OTHER),
                       "how-met", how_met,
                       "email", email,
                       "phone", phone,
                       "linkedin-url", linkedin_url,
                       "portfolio-url", portfolio_url,
                       "notes", notes,
                       "cadence-days", (guint) sqlite3_column_int (stmt, 11),
                       "last-contacted", cl_database_column_optional_int64 (stmt, 12, 0),
                       "next-follow-up", cl_database_column_optional_int64 (stmt, 13, 0),
                       "created-at", sqlite3_column_int64 (stmt, 14),
                       "updated-at", sqlite3_column_int64 (stmt, 15),
                       NULL);
}

gboolean
cl_contact_store_load (ClContactStore  *self,
                       GError         **error)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) sort_keys = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);

  stmt = cl_database_prepare (self->database,
                              "SELECT " CONTACT_COLUMNS " FROM contacts c "
                              "LEFT JOIN companies co ON co.id = c.company_id "
                              "ORDER BY c.name COLLATE NOCASE, c.id",
                              error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (contacts, contact_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      cl_database_set_error (self->database, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  /* SQL sorts ASCII letters only; sort again as insertions will. */
  sort_keys = g_steal_pointer (&self->sort_keys);
  self->sort_keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (guint i = 0; i < contacts->len; i++)
    {
      ClContact *contact = g_ptr_array_index (contacts, i);

      g_hash_table_insert (self->sort_keys, contact, make_sort_key (cl_contact_get_name (contact)));
    }
  g_ptr_array_sort_with_data (contacts, compare_contacts_cb, self);

  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < contacts->len; i++)
    {
      ClContact *contact = g_ptr_array_index (contacts, i);

      g_hash_table_insert (self->by_id, cl_database_int64_key (cl_contact_get_id (contact)), contact);
    }

  g_list_store_splice (self->contacts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->contacts)),
                       contacts->pdata, contacts->len);
  return TRUE;
}

GListModel *
cl_contact_store_get_contacts (ClContactStore *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), NULL);

  return G_LIST_MODEL (self->contacts);
}

ClContact *
cl_contact_store_find_contact (ClContactStore *self,
                               gint64          contact_id)
{
  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), NULL);

  return g_hash_table_lookup (self->by_id, &contact_id);
}

/* Binds the editable fields shared by INSERT and UPDATE as ?1 … ?13. */
static void
bind_editable_fields (sqlite3_stmt *stmt,
                      ClContact    *contact,
                      gint64        company_id)
{
  cl_database_bind_text (stmt, 1, cl_contact_get_name (contact));
  cl_database_bind_optional_int64 (stmt, 2, company_id, 0);
  cl_database_bind_text (stmt, 3, cl_contact_get_title (contact));
  sqlite3_bind_text (stmt, 4, cl_enum_to_nick (CL_TYPE_CONTACT_ROLE, cl_contact_get_role (contact)),
                     -1, SQLITE_STATIC);
  cl_database_bind_text (stmt, 5, cl_contact_get_how_met (contact));
  cl_database_bind_text (stmt, 6, cl_contact_get_email (contact));
  cl_database_bind_text (stmt, 7, cl_contact_get_phone (contact));
  cl_database_bind_text (stmt, 8, cl_contact_get_linkedin_url (contact));
  cl_database_bind_text (stmt, 9, cl_contact_get_portfolio_url (contact));
  cl_database_bind_text (stmt, 10, cl_contact_get_notes (contact));
  cl_database_bind_optional_int64 (stmt, 11, cl_contact_get_cadence_days (contact), 0);
  cl_database_bind_optional_int64 (stmt, 12, cl_contact_get_last_contacted (contact), 0);
  cl_database_bind_optional_int64 (stmt, 13, cl_contact_get_next_follow_up (contact), 0);
}

/* Inside the transaction: the contact's company row, or 0 for none. */
static gboolean
resolve_company (ClContactStore  *self,
                 const char      *company,
                 gint64          *out_company_id,
                 GError         **error)
{
  *out_company_id = 0;
  if (company == NULL)
    return TRUE;

  *out_company_id = cl_database_ensure_company (self->database, company,
                                                CL_COMPANY_TYPE_UNKNOWN, error);
  return *out_company_id != 0;
}

static char *
dup_stripped (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

gboolean
cl_contact_store_add_contact (ClContactStore  *self,
                              ClContact       *contact,
                              GError         **error)
{
  g_autofree char *name = NULL;
  g_autofree char *company = NULL;
  sqlite3_stmt *stmt;
  gint64 company_id;
  gint64 id;
  gint64 now;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (cl_contact_get_id (contact) == 0, FALSE);

  if (!cl_contact_validate (contact, error))
    return FALSE;

  now = cl_clock_now (self->clock);
  name = dup_stripped (cl_contact_get_name (contact));
  company = dup_stripped (cl_contact_get_company (contact));

  if (!cl_database_begin (self->database, error))
    return FALSE;

  if (!resolve_company (self, company, &company_id, error))
    goto fail;

  stmt = cl_database_prepare (self->database,
                              "INSERT INTO contacts (name, company_id, title, role, how_met, email,"
                              " phone, linkedin_url, portfolio_url, notes, cadence_days,"
                              " last_contacted, next_follow_up, created_at, updated_at)"
                              " VALUES (trim(?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                              " ?13, ?14, ?14)",
                              error);
  if (stmt == NULL)
    goto fail;

  bind_editable_fields (stmt, contact, company_id);
  sqlite3_bind_int64 (stmt, 14, now);
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;

  id = cl_database_last_insert_id (self->database);

  if (!cl_database_commit (self->database, error))
    goto fail;

  g_object_set (contact,
                "id", id,
                "name", name,
                "company", company,
                "created-at", now,
                "updated-at", now,
                NULL);
  g_hash_table_insert (self->by_id, cl_database_int64_key (id), contact);
  insert_sorted (self, contact);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_contact_store_update_contact (ClContactStore  *self,
                                 ClContact       *contact,
                                 GError         **error)
{
  g_autofree char *name = NULL;
  g_autofree char *company = NULL;
  sqlite3_stmt *stmt;
  gint64 company_id;
  gint64 now;
  guint index;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_CONTACT (contact), FALSE);

  if (cl_contact_store_find_contact (self, cl_contact_get_id (contact)) != contact)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This contact no longer exists."));
      return FALSE;
    }

  if (!cl_contact_validate (contact, error))
    return FALSE;

  now = cl_clock_now (self->clock);
  name = dup_stripped (cl_contact_get_name (contact));
  company = dup_stripped (cl_contact_get_company (contact));

  if (!cl_database_begin (self->database, error))
    return FALSE;

  if (!resolve_company (self, company, &company_id, error))
    goto fail;

  stmt = cl_database_prepare (self->database,
                              "UPDATE contacts SET name = trim(?1), company_id = ?2, title = ?3,"
                              " role = ?4, how_met = ?5, email = ?6, phone = ?7, linkedin_url = ?8,"
                              " portfolio_url = ?9, notes = ?10, cadence_days = ?11,"
                              " last_contacted = ?12, next_follow_up = ?13, updated_at = ?14"
                              " WHERE id = ?15",
                              error);
  if (stmt == NULL)
    goto fail;

  bind_editable_fields (stmt, contact, company_id);
  sqlite3_bind_int64 (stmt, 14, now);
  sqlite3_bind_int64 (stmt, 15, cl_contact_get_id (contact));
  if (!cl_database_step_done (self->database, stmt, error))
    goto fail;

  if (sqlite3_changes (cl_database_get_handle (self->database)) != 1)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This contact no longer exists."));
      goto fail;
    }

  if (!cl_database_commit (self->database, error))
    goto fail;

  if (!find_index (self, contact, &index))
    g_return_val_if_reached (FALSE);
  g_object_set (contact, "name", name, "company", company, "updated-at", now, NULL);
  resort (self, contact, index);
  return TRUE;

fail:
  cl_database_rollback (self->database);
  return FALSE;
}

gboolean
cl_contact_store_delete_contact (ClContactStore  *self,
                                 ClContact       *contact,
                                 GError         **error)
{
  gint64 id;
  guint index;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_CONTACT (contact), FALSE);

  id = cl_contact_get_id (contact);
  if (cl_contact_store_find_contact (self, id) != contact || !find_index (self, contact, &index))
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _("This contact no longer exists."));
      return FALSE;
    }

  if (!cl_database_delete_row (self->database, "DELETE FROM contacts WHERE id = ?1", id, _("This contact no longer exists."), error))
    return FALSE;

  g_object_ref (contact);
  g_hash_table_remove (self->by_id, &id);
  g_hash_table_remove (self->sort_keys, contact);
  g_list_store_remove (self->contacts, index);
  g_object_unref (contact);
  return TRUE;
}
