/* cl-contact-store.c — the people of the search, as a list model
 *
 * Contacts sit in one list sorted by a collation key of their name, worked
 * out when a contact is read; the shared objects only ever hold what is
 * saved, so the order never depends on edits in progress.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-company-store-private.h"
#include "cl-contact-store.h"
#include "cl-model-private.h"
#include "cl-object-list.h"
#include "cl-statement.h"
#include "cl-transaction.h"

struct _ClContactStore
{
  ClStore         parent_instance;

  ClCompanyStore *companies;
  ClObjectList   *contacts; /* by name */
  ClContact      *adopting; /* a new contact whose row the next change adds */
  gint64          adopting_id;
};

G_DEFINE_FINAL_TYPE (ClContactStore, cl_contact_store, CL_TYPE_STORE)

enum
{
  PROP_0,
  PROP_COMPANIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
select_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("SELECT c.company_id, %s FROM contacts c",
                                              cl_model_class_get_columns (CL_TYPE_CONTACT, "c.")));
  return sql;
}

typedef struct
{
  GPtrArray *contacts;
  GArray    *company_ids;
} Rows;

static gboolean
add_row_cb (sqlite3_stmt *stmt,
            gpointer      user_data,
            GError      **error)
{
  Rows  *rows = user_data;
  gint64 company_id = cl_column_int64_or (stmt, 0, 0);

  g_ptr_array_add (rows->contacts, cl_model_new_from_row (CL_TYPE_CONTACT, stmt, 1));
  g_array_append_val (rows->company_ids, company_id);
  return TRUE;
}

static Rows *
rows_new (void)
{
  Rows *rows = g_new0 (Rows, 1);

  rows->contacts = g_ptr_array_new_with_free_func (g_object_unref);
  rows->company_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return rows;
}

static void
rows_free (gpointer data)
{
  Rows *rows = data;

  g_ptr_array_unref (rows->contacts);
  g_array_unref (rows->company_ids);
  g_free (rows);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Rows, rows_free)

static void
link_companies (ClContactStore *self,
                Rows           *rows)
{
  for (guint i = 0; i < rows->contacts->len; i++)
    {
      gint64 company_id = g_array_index (rows->company_ids, gint64, i);

      cl_model_set_object (g_ptr_array_index (rows->contacts, i), "company",
                           company_id != 0 ? cl_company_store_get (self->companies, company_id)
                                           : NULL);
    }
}

static gpointer
cl_contact_store_read (ClStore    *store,
                       ClDatabase *database,
                       GError    **error)
{
  g_autoptr(Rows) rows = rows_new ();

  if (!cl_database_foreach (database, add_row_cb, rows, error, select_sql (), NULL))
    return NULL;
  return g_steal_pointer (&rows);
}

static void
cl_contact_store_apply (ClStore *store,
                        gpointer data)
{
  ClContactStore *self = CL_CONTACT_STORE (store);
  g_autoptr(Rows) rows = data;

  link_companies (self, rows);
  cl_object_list_replace_all (self->contacts, g_ptr_array_ref (rows->contacts));
  /* A contact kept from before took the row's fields but not its company. */
  for (guint i = 0; i < rows->contacts->len; i++)
    {
      ClContact *fresh = g_ptr_array_index (rows->contacts, i);
      ClContact *shared = cl_object_list_lookup (self->contacts, cl_contact_get_id (fresh));

      if (shared != NULL && shared != fresh)
        cl_model_set_object (CL_MODEL (shared), "company", cl_contact_get_company (fresh));
    }
}

/* Reads the contacts a change touched again. */
static void
cl_contact_store_changed (ClStore     *store,
                          ClChangeSet *change_set)
{
  ClContactStore  *self = CL_CONTACT_STORE (store);
  g_autofree char *sql = NULL;
  const gint64    *ids;
  guint            n_ids;

  if (cl_change_set_is_external (change_set))
    {
      CL_STORE_CLASS (cl_contact_store_parent_class)->changed (store, change_set);
      return;
    }

  ids = cl_change_set_get_ids (change_set, CL_ENTITY_CONTACT, &n_ids);
  sql = g_strconcat (select_sql (), " WHERE c.id = ?1", NULL);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(Rows) rows = rows_new ();
      g_autoptr(GError) error = NULL;
      ClContact *fresh, *shared;

      if (!cl_database_foreach (cl_store_get_database (store), add_row_cb, rows, &error, sql, "x",
                                ids[i]))
        {
          g_warning ("Could not read contact %" G_GINT64_FORMAT " again: %s", ids[i],
                     error->message);
          continue;
        }
      if (rows->contacts->len == 0)
        {
          cl_object_list_remove (self->contacts, ids[i]);
          continue;
        }

      link_companies (self, rows);
      fresh = g_ptr_array_index (rows->contacts, 0);
      if (self->adopting != NULL && ids[i] == self->adopting_id)
        {
          /* The caller's new object becomes the shared one. */
          cl_model_assign (CL_MODEL (self->adopting), CL_MODEL (fresh), TRUE);
          cl_model_set_object (CL_MODEL (self->adopting), "company",
                               cl_contact_get_company (fresh));
          fresh = self->adopting;
        }
      shared = cl_object_list_update (self->contacts, fresh);
      /* Assigning leaves object fields alone: the company is set here. */
      if (shared != fresh)
        cl_model_set_object (CL_MODEL (shared), "company", cl_contact_get_company (fresh));
    }
}

static void
cl_contact_store_dispose (GObject *object)
{
  ClContactStore *self = CL_CONTACT_STORE (object);

  g_clear_pointer (&self->contacts, cl_object_list_free);
  g_clear_object (&self->companies);

  G_OBJECT_CLASS (cl_contact_store_parent_class)->dispose (object);
}

static void
cl_contact_store_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ClContactStore *self = CL_CONTACT_STORE (object);

  switch (prop_id)
    {
    case PROP_COMPANIES:
      self->companies = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_contact_store_class_init (ClContactStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ClStoreClass *store_class = CL_STORE_CLASS (klass);

  object_class->dispose = cl_contact_store_dispose;
  object_class->set_property = cl_contact_store_set_property;
  store_class->read = cl_contact_store_read;
  store_class->apply = cl_contact_store_apply;
  store_class->free_read = rows_free;
  store_class->changed = cl_contact_store_changed;

  properties[PROP_COMPANIES] =
    g_param_spec_object ("companies", NULL, NULL, CL_TYPE_COMPANY_STORE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_contact_store_init (ClContactStore *self)
{
  self->contacts = cl_object_list_new_by_name (CL_TYPE_CONTACT, "name");
}

ClContactStore *
cl_contact_store_new (ClDatabase     *database,
                      ClClock        *clock,
                      ClCompanyStore *companies)
{
  return g_object_new (CL_TYPE_CONTACT_STORE,
                       "database", database,
                       "clock", clock,
                       "companies", companies,
                       NULL);
}

GListModel *
cl_contact_store_get_contacts (ClContactStore *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), NULL);

  return cl_object_list_get_model (self->contacts);
}

ClContact *
cl_contact_store_find_contact (ClContactStore *self,
                               gint64          contact_id)
{
  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), NULL);

  return cl_object_list_lookup (self->contacts, contact_id);
}

/* A normalized, valid copy of what is to be saved. */
static ClContact *
prepare (ClContact *contact,
         GError   **error)
{
  g_autoptr(ClContact) copy = cl_contact_copy (contact);

  cl_model_normalize (CL_MODEL (copy));
  if (!cl_model_validate (CL_MODEL (copy), error))
    return NULL;
  return g_steal_pointer (&copy);
}

gboolean
cl_contact_store_add_contact (ClContactStore *self,
                              ClContact      *contact,
                              GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClContact) copy = NULL;
  gint64   company_id = 0;
  gint64   id = 0;
  gint64   now;
  gboolean committed;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (cl_contact_get_id (contact) == 0, FALSE);

  copy = prepare (contact, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  now = cl_clock_now (cl_store_get_clock (CL_STORE (self)));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_company_store_resolve (self->companies, cl_contact_get_company (copy), NULL, &company_id,
                                 error) ||
      !cl_model_insert (CL_MODEL (copy), database, &id, error, "company_id, created_at, updated_at",
                        "zxx", company_id, now, now))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_CONTACTS, CL_ENTITY_CONTACT, id);

  self->adopting = contact;
  self->adopting_id = id;
  committed = cl_transaction_commit (tx, error);
  self->adopting = NULL;

  /* Inside a caller's transaction nothing is announced yet, so nothing
   * adopted the object: it still learns its id. */
  if (committed && cl_contact_get_id (contact) == 0)
    cl_model_set_int64 (CL_MODEL (contact), "id", id);
  return committed;
}

gboolean
cl_contact_store_update_contact (ClContactStore *self,
                                 ClContact      *contact,
                                 GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClContact) copy = NULL;
  ClContact *shared;
  gint64     company_id = 0;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_CONTACT (contact), FALSE);

  shared = cl_contact_store_find_contact (self, cl_contact_get_id (contact));
  if (shared == NULL)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("This contact no longer exists."));
      return FALSE;
    }

  copy = prepare (contact, error);
  if (copy == NULL)
    return FALSE;

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_company_store_resolve (self->companies, cl_contact_get_company (copy),
                                 cl_contact_get_company (shared), &company_id, error) ||
      !cl_model_update (CL_MODEL (copy), database, _ ("This contact no longer exists."), error,
                        "company_id, updated_at", "zx", company_id,
                        cl_clock_now (cl_store_get_clock (CL_STORE (self)))))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_CONTACTS, CL_ENTITY_CONTACT, cl_contact_get_id (copy));
  return cl_transaction_commit (tx, error);
}

gboolean
cl_contact_store_delete_contact (ClContactStore *self,
                                 ClContact      *contact,
                                 GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 id;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_CONTACT (contact), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  id = cl_contact_get_id (contact);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute_one (database, _ ("This contact no longer exists."), error,
                                "DELETE FROM contacts WHERE id = ?1", "x", id))
    return FALSE;
  /* Its referrals, interactions and interviews go with it (ON DELETE CASCADE):
   * the cards that named it follow the contact's id. */
  cl_transaction_touch (tx, CL_TABLE_CONTACTS, CL_ENTITY_CONTACT, id);
  return cl_transaction_commit (tx, error);
}
