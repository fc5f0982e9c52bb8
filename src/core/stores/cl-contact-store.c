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
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-object-list.h"
#include "cl-statement.h"
#include "cl-transaction.h"
#include "cl-validation.h"

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

enum
{
  INTERACTIONS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
select_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (
      &sql, g_strdup_printf (
              "SELECT c.company_id,"
              " (SELECT group_concat (label || char (9) || address, char (10)) FROM"
              "  (SELECT label, address FROM contact_emails e WHERE e.contact_id = c.id"
              "   ORDER BY position)),"
              " (SELECT group_concat (label || char (9) || number, char (10)) FROM"
              "  (SELECT label, number FROM contact_phones p WHERE p.contact_id = c.id"
              "   ORDER BY position)),"
              " (SELECT group_concat (tag, ', ') FROM"
              "  (SELECT tag FROM contact_tags t WHERE t.contact_id = c.id ORDER BY tag)),"
              " %s FROM contacts c",
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
  Rows      *rows = user_data;
  gint64     company_id = cl_column_int64_or (stmt, 0, 0);
  ClContact *contact = cl_model_new_from_row (CL_TYPE_CONTACT, stmt, 4);

  /* The lists come from their own tables, in the order they were given. */
  g_object_set (contact,
                "emails", (const char *) sqlite3_column_text (stmt, 1),
                "phones", (const char *) sqlite3_column_text (stmt, 2),
                "tags", (const char *) sqlite3_column_text (stmt, 3),
                NULL);
  g_ptr_array_add (rows->contacts, contact);
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
      g_signal_emit (self, signals[INTERACTIONS_CHANGED], 0, (gint64) 0);
      return;
    }

  ids = cl_change_set_get_ids (change_set, CL_ENTITY_CONTACT, &n_ids);
  /* Interactions are written with their contact touched: its last-contacted
   * changes with them. */
  if (cl_change_set_has_table (change_set, CL_TABLE_INTERACTIONS))
    for (guint i = 0; i < n_ids; i++)
      g_signal_emit (self, signals[INTERACTIONS_CHANGED], 0, ids[i]);
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

  /**
   * ClContactStore::interactions-changed:
   * @contact_id: the contact whose interactions changed, or 0 for any
   */
  signals[INTERACTIONS_CHANGED] = g_signal_new ("interactions-changed", G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                G_TYPE_NONE, 1, G_TYPE_INT64);
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

/* Writes the contact's emails, phones and tags into their tables. */
static gboolean
write_lists (ClDatabase *database,
             ClContact  *contact,
             gint64      id,
             GError    **error)
{
  g_autoptr(GPtrArray) emails = cl_contact_values_parse (cl_contact_get_emails (contact));
  g_autoptr(GPtrArray) phones = cl_contact_values_parse (cl_contact_get_phones (contact));
  g_auto(GStrv) tags = cl_contact_tags_parse (cl_contact_get_tags (contact));

  if (!cl_database_execute (database, error, "DELETE FROM contact_emails WHERE contact_id = ?1",
                            "x", id) ||
      !cl_database_execute (database, error, "DELETE FROM contact_phones WHERE contact_id = ?1",
                            "x", id) ||
      !cl_database_execute (database, error, "DELETE FROM contact_tags WHERE contact_id = ?1",
                            "x", id))
    return FALSE;
  for (guint i = 0; i < emails->len; i++)
    {
      ClContactValue *email = g_ptr_array_index (emails, i);

      if (!cl_database_execute (database, error,
                                "INSERT INTO contact_emails (contact_id, position, label, address)"
                                " VALUES (?1, ?2, ?3, ?4)",
                                "xues", id, i, CL_TYPE_CONTACT_LABEL, email->label, email->value))
        return FALSE;
    }
  for (guint i = 0; i < phones->len; i++)
    {
      ClContactValue *phone = g_ptr_array_index (phones, i);

      if (!cl_database_execute (database, error,
                                "INSERT INTO contact_phones (contact_id, position, label, number)"
                                " VALUES (?1, ?2, ?3, ?4)",
                                "xues", id, i, CL_TYPE_CONTACT_LABEL, phone->label, phone->value))
        return FALSE;
    }
  for (guint i = 0; tags[i] != NULL; i++)
    if (!cl_database_execute (database, error,
                              "INSERT INTO contact_tags (contact_id, tag) VALUES (?1, ?2)",
                              "xs", id,
                              tags[i]))
      return FALSE;
  return TRUE;
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
  /* Every contact has a UID, so that its vCard can come back as itself. */
  if (cl_contact_get_vcard_uid (copy) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *uid = g_strconcat ("urn:uuid:", uuid, NULL);

      cl_contact_set_vcard_uid (copy, uid);
    }

  database = cl_store_get_database (CL_STORE (self));
  now = cl_clock_now (cl_store_get_clock (CL_STORE (self)));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_company_store_resolve (self->companies, cl_contact_get_company (copy), NULL, &company_id,
                                 error) ||
      !cl_model_insert (CL_MODEL (copy), database, &id, error, "company_id, created_at, updated_at",
                        "zxx", company_id, now, now) ||
      !write_lists (database, copy, id, error))
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
                        cl_clock_now (cl_store_get_clock (CL_STORE (self)))) ||
      !write_lists (database, copy, cl_contact_get_id (copy), error))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_CONTACTS, CL_ENTITY_CONTACT, cl_contact_get_id (copy));
  return cl_transaction_commit (tx, error);
}

static gboolean
read_counts_cb (sqlite3_stmt *stmt,
                gpointer      user_data,
                GError      **error)
{
  ClContactLinks *links = user_data;

  links->n_referrals = (guint) sqlite3_column_int64 (stmt, 0);
  links->n_rounds = (guint) sqlite3_column_int64 (stmt, 1);
  links->n_practice_sessions = (guint) sqlite3_column_int64 (stmt, 2);
  links->n_interactions = (guint) sqlite3_column_int64 (stmt, 3);
  links->n_events = (guint) sqlite3_column_int64 (stmt, 4);
  return TRUE;
}

gboolean
cl_contact_store_count_links (ClContactStore *self,
                              ClContact      *contact,
                              ClContactLinks *links,
                              GError        **error)
{
  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (links != NULL, FALSE);

  *links = (ClContactLinks){ 0 };
  return cl_database_foreach (
    cl_store_get_database (CL_STORE (self)), read_counts_cb, links, error,
    "SELECT (SELECT count(*) FROM referrals WHERE contact_id = ?1),"
    " (SELECT count(*) FROM round_interviewers WHERE contact_id = ?1),"
    " (SELECT count(*) FROM practice_sessions s JOIN practice_partnerships p"
    "  ON p.id = s.partnership_id WHERE p.contact_id = ?1),"
    " (SELECT count(*) FROM interactions WHERE contact_id = ?1),"
    " (SELECT count(*) FROM event_attendance WHERE contact_id = ?1)",
    "x", cl_contact_get_id (contact));
}

static gboolean
add_id_pair_cb (sqlite3_stmt *stmt,
                gpointer      user_data,
                GError      **error)
{
  gint64 ids[2] = { sqlite3_column_int64 (stmt, 0), cl_column_int64_or (stmt, 1, 0) };

  g_array_append_vals ((GArray *) user_data, ids, 2);
  return TRUE;
}

/* (table, entity, id of the contact) → what a change to the contact's links
 * touches, read before the change so that its views read again. */
static gboolean
collect_touches (ClDatabase *database,
                 gint64      contact_id,
                 GArray     *referrals,
                 GArray     *rounds,
                 GArray     *formats,
                 GArray     *events,
                 GError    **error)
{
  return cl_database_foreach (database, add_id_pair_cb, referrals, error,
                              "SELECT application_id, NULL FROM referrals WHERE contact_id = ?1",
                              "x", contact_id) &&
         cl_database_foreach (database, add_id_pair_cb, rounds, error,
                              "SELECT r.application_id, r.id FROM round_interviewers ri"
                              " JOIN interview_rounds r ON r.id = ri.round_id"
                              " WHERE ri.contact_id = ?1",
                              "x", contact_id) &&
         cl_database_foreach (database, add_id_pair_cb, formats, error,
                              "SELECT id, NULL FROM applications"
                              " WHERE format_source_contact_id = ?1",
                              "x", contact_id) &&
         cl_database_foreach (database, add_id_pair_cb, events, error,
                              "SELECT event_id, NULL FROM event_attendance WHERE contact_id = ?1",
                              "x", contact_id);
}

/* ?1 is the contact deleted, ?2 the heir.  Where the heir has the same link
 * already, the row is merged into the heir's first; OR IGNORE then leaves
 * the duplicate to go with the contact. */
static const char *const move_sql[] = {
  "UPDATE referrals AS h SET"
  " status = CASE WHEN o.updated_at > h.updated_at THEN o.status ELSE h.status END,"
  " updated_at = max (h.updated_at, o.updated_at),"
  " asked_at = CASE WHEN h.asked_at IS NULL THEN o.asked_at WHEN o.asked_at IS NULL"
  "  THEN h.asked_at ELSE min (h.asked_at, o.asked_at) END,"
  " notes = coalesce (h.notes, o.notes)"
  " FROM referrals AS o"
  " WHERE o.contact_id = ?1 AND h.contact_id = ?2 AND h.application_id = o.application_id",
  "UPDATE OR IGNORE referrals SET contact_id = ?2 WHERE contact_id = ?1",
  "UPDATE OR IGNORE round_interviewers SET contact_id = ?2 WHERE contact_id = ?1",
  /* The heir keeps one partnership (contact_id is UNIQUE), with every session. */
  "UPDATE practice_sessions"
  " SET partnership_id = (SELECT id FROM practice_partnerships WHERE contact_id = ?2)"
  " WHERE partnership_id IN (SELECT id FROM practice_partnerships WHERE contact_id = ?1)"
  " AND EXISTS (SELECT 1 FROM practice_partnerships WHERE contact_id = ?2)",
  "UPDATE practice_partnerships AS h SET"
  " i_offer = coalesce (h.i_offer, o.i_offer), they_offer = coalesce (h.they_offer, o.they_offer),"
  " started_at = CASE WHEN h.started_at IS NULL THEN o.started_at WHEN o.started_at IS NULL"
  "  THEN h.started_at ELSE min (h.started_at, o.started_at) END,"
  " active = max (h.active, o.active),"
  " field = coalesce (h.field, o.field), seniority = coalesce (h.seniority, o.seniority),"
  " notes = CASE WHEN h.notes IS NULL THEN o.notes WHEN o.notes IS NULL THEN h.notes"
  "  ELSE h.notes || char (10) || o.notes END"
  " FROM practice_partnerships AS o WHERE o.contact_id = ?1 AND h.contact_id = ?2",
  "UPDATE OR IGNORE practice_partnerships SET contact_id = ?2 WHERE contact_id = ?1",
  "UPDATE applications SET format_source_contact_id = ?2 WHERE format_source_contact_id = ?1",
};

static void
touch_pairs (ClTransaction *tx,
             GArray        *pairs,
             ClTable        table,
             ClEntity       first,
             ClEntity       second)
{
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      cl_transaction_touch (tx, table, first, g_array_index (pairs, gint64, i));
      if (second != CL_N_ENTITIES)
        cl_transaction_touch (tx, table, second, g_array_index (pairs, gint64, i + 1));
    }
}

gboolean
cl_contact_store_delete_contact_moving (ClContactStore *self,
                                        ClContact      *contact,
                                        ClContact      *heir,
                                        GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(GArray) referrals = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) rounds = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) formats = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id, heir_id;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (heir == NULL || CL_IS_CONTACT (heir), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  id = cl_contact_get_id (contact);
  heir_id = heir != NULL ? cl_contact_get_id (heir) : 0;
  if (heir != NULL && heir_id == id)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                           _ ("Choose someone else to move them to: this is the contact being "
                              "deleted."));
      return FALSE;
    }

  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !collect_touches (database, id, referrals, rounds, formats, events, error))
    return FALSE;
  if (heir != NULL)
    {
      if (!cl_database_require_row (database, _ ("This contact no longer exists."), error,
                                    "SELECT 1 FROM contacts WHERE id = ?1", "x", id) ||
          !cl_database_require_row (database,
                                    _ ("The contact to move them to no longer exists. Choose "
                                       "another one."),
                                    error, "SELECT 1 FROM contacts WHERE id = ?1", "x", heir_id))
        return FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (move_sql); i++)
        if (!cl_database_execute (database, error, move_sql[i], "xx", id, heir_id))
          return FALSE;
      cl_transaction_touch (tx, CL_TABLE_CONTACTS, CL_ENTITY_CONTACT, heir_id);
      cl_transaction_touch (tx, CL_TABLE_PRACTICE, CL_ENTITY_CONTACT, heir_id);
    }
  if (!cl_database_execute_one (database, _ ("This contact no longer exists."), error,
                                "DELETE FROM contacts WHERE id = ?1", "x", id))
    return FALSE;

  /* What was not moved goes with it (ON DELETE CASCADE, or SET NULL for the
   * format's source): every view of it reads again. */
  cl_transaction_touch (tx, CL_TABLE_CONTACTS, CL_ENTITY_CONTACT, id);
  cl_transaction_touch (tx, CL_TABLE_INTERACTIONS, CL_ENTITY_CONTACT, id);
  cl_transaction_touch (tx, CL_TABLE_PRACTICE, CL_ENTITY_CONTACT, id);
  touch_pairs (tx, referrals, CL_TABLE_REFERRALS, CL_ENTITY_APPLICATION, CL_N_ENTITIES);
  touch_pairs (tx, rounds, CL_TABLE_INTERVIEW_ROUNDS, CL_ENTITY_APPLICATION, CL_ENTITY_ROUND);
  touch_pairs (tx, formats, CL_TABLE_APPLICATIONS, CL_ENTITY_APPLICATION, CL_N_ENTITIES);
  touch_pairs (tx, events, CL_TABLE_EVENTS, CL_ENTITY_EVENT, CL_N_ENTITIES);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_contact_store_delete_contact (ClContactStore *self,
                                 ClContact      *contact,
                                 GError        **error)
{
  return cl_contact_store_delete_contact_moving (self, contact, NULL, error);
}

/* Interactions ------------------------------------------------------------ */

static gboolean
add_interaction_cb (sqlite3_stmt *stmt,
                    gpointer      user_data,
                    GError      **error)
{
  g_autoptr(ClInteraction) interaction = cl_model_new_from_row (CL_TYPE_INTERACTION, stmt, 0);

  g_list_store_append (user_data, interaction);
  return TRUE;
}

GListModel *
cl_contact_store_list_interactions (ClContactStore *self,
                                    gint64          contact_id,
                                    GError        **error)
{
  static char *sql;
  g_autoptr(GListStore) interactions = NULL;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), NULL);

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql,
                       g_strdup_printf ("SELECT %s FROM interactions WHERE contact_id = ?1"
                                        " ORDER BY occurred_at DESC, id DESC",
                                        cl_model_class_get_columns (CL_TYPE_INTERACTION, "")));

  interactions = g_list_store_new (CL_TYPE_INTERACTION);
  if (!cl_database_foreach (cl_store_get_database (CL_STORE (self)), add_interaction_cb,
                            interactions, error, sql, "x", contact_id))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&interactions));
}

static void
touch_interactions (ClTransaction *tx,
                    gint64         contact_id)
{
  cl_transaction_touch (tx, CL_TABLE_INTERACTIONS, CL_ENTITY_CONTACT, contact_id);
  cl_transaction_touch (tx, CL_TABLE_CONTACTS, CL_ENTITY_CONTACT, contact_id);
}

/* A normalized, valid copy whose contact and application exist. */
static ClInteraction *
prepare_interaction (ClContactStore *self,
                     ClInteraction  *interaction,
                     GError        **error)
{
  g_autoptr(ClInteraction) copy = cl_interaction_copy (interaction);
  ClDatabase *database = cl_store_get_database (CL_STORE (self));
  gint64      application_id = cl_interaction_get_application_id (copy);

  cl_model_normalize (CL_MODEL (copy));
  if (!cl_model_validate (CL_MODEL (copy), error) ||
      !cl_database_require_row (database, _ ("This contact no longer exists."), error,
                                "SELECT 1 FROM contacts WHERE id = ?1", "x",
                                cl_interaction_get_contact_id (copy)))
    return NULL;
  if (application_id != 0 &&
      !cl_database_require_row (database,
                                _ ("That application no longer exists. Choose another one, or "
                                   "none."),
                                error, "SELECT 1 FROM applications WHERE id = ?1", "x",
                                application_id))
    return NULL;
  return g_steal_pointer (&copy);
}

gboolean
cl_contact_store_add_interaction (ClContactStore *self,
                                  ClInteraction  *interaction,
                                  GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClInteraction) copy = NULL;
  gint64 id = 0;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_INTERACTION (interaction), FALSE);
  g_return_val_if_fail (cl_interaction_get_id (interaction) == 0, FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return FALSE;
  copy = prepare_interaction (self, interaction, error);
  if (copy == NULL || !cl_model_insert (CL_MODEL (copy), database, &id, error, NULL, NULL))
    return FALSE;
  touch_interactions (tx, cl_interaction_get_contact_id (copy));
  if (!cl_transaction_commit (tx, error))
    return FALSE;
  cl_model_assign (CL_MODEL (interaction), CL_MODEL (copy), FALSE);
  cl_model_set_int64 (CL_MODEL (interaction), "id", id);
  return TRUE;
}

gboolean
cl_contact_store_update_interaction (ClContactStore *self,
                                     ClInteraction  *interaction,
                                     GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClInteraction) copy = NULL;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_INTERACTION (interaction), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return FALSE;
  copy = prepare_interaction (self, interaction, error);
  if (copy == NULL ||
      !cl_model_update (CL_MODEL (copy), database, _ ("This interaction no longer exists."), error,
                        NULL, NULL))
    return FALSE;
  touch_interactions (tx, cl_interaction_get_contact_id (copy));
  return cl_transaction_commit (tx, error);
}

gboolean
cl_contact_store_delete_interaction (ClContactStore *self,
                                     ClInteraction  *interaction,
                                     GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_INTERACTION (interaction), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute_one (database, _ ("This interaction no longer exists."), error,
                                "DELETE FROM interactions WHERE id = ?1", "x",
                                cl_interaction_get_id (interaction)))
    return FALSE;
  touch_interactions (tx, cl_interaction_get_contact_id (interaction));
  return cl_transaction_commit (tx, error);
}

/* Follow-ups --------------------------------------------------------------- */

gboolean
cl_contact_store_follow_up_done (ClContactStore      *self,
                                 ClContact           *contact,
                                 ClInteractionChannel channel,
                                 const char          *summary,
                                 GError             **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(ClInteraction) interaction = NULL;
  g_autoptr(ClInteraction) copy = NULL;
  gint64 now, contact_id, interaction_id = 0;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_CONTACT (contact), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  now = cl_clock_now (cl_store_get_clock (CL_STORE (self)));
  contact_id = cl_contact_get_id (contact);
  interaction = cl_interaction_new (contact_id, now, channel, summary);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return FALSE;
  copy = prepare_interaction (self, interaction, error);
  if (copy == NULL ||
      !cl_model_insert (CL_MODEL (copy), database, &interaction_id, error, NULL, NULL) ||
      !cl_database_execute_one (database, _ ("This contact no longer exists."), error,
                                "UPDATE contacts SET snoozed_until = NULL,"
                                " next_follow_up = CASE WHEN next_follow_up <= ?2 THEN NULL"
                                " ELSE next_follow_up END, updated_at = ?2 WHERE id = ?1",
                                "xx", contact_id, now))
    return FALSE;
  touch_interactions (tx, contact_id);
  return cl_transaction_commit (tx, error);
}

gboolean
cl_contact_store_snooze (ClContactStore *self,
                         ClContact      *contact,
                         gint64          until,
                         GError        **error)
{
  ClDatabase *database;
  g_autoptr(ClTransaction) tx = NULL;
  gint64 now;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (self), FALSE);
  g_return_val_if_fail (CL_IS_CONTACT (contact), FALSE);

  database = cl_store_get_database (CL_STORE (self));
  now = cl_clock_now (cl_store_get_clock (CL_STORE (self)));
  if (until <= now)
    {
      const char *field[] = { "snoozed-until", NULL };

      g_propagate_error (error, cl_validation_error_new (CL_VALIDATION_ERROR_OUT_OF_RANGE, field,
                                                         _ ("Snooze until a later day.")));
      return FALSE;
    }
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute_one (database, _ ("This contact no longer exists."), error,
                                "UPDATE contacts SET snoozed_until = ?2, updated_at = ?3"
                                " WHERE id = ?1",
                                "xxx", cl_contact_get_id (contact), until, now))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_CONTACTS, CL_ENTITY_CONTACT, cl_contact_get_id (contact));
  return cl_transaction_commit (tx, error);
}
