/* cl-deletion.c — what a delete removed, to put back exactly on Undo
 *
 * The foreign keys come from the schema (PRAGMA foreign_key_list over every
 * table), read once per schema version and shared by the deletions captured
 * on it.  Capture walks them breadth-first from the deleted row: ON DELETE
 * CASCADE children are captured whole (every column, the rowid included, as
 * sqlite3_values so types come back exactly), SET NULL and SET DEFAULT
 * children are remembered as references to set back, and every link between
 * two captured rows orders the restore, parents first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-deletion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-deletion-private.h"
#include "cl-statement.h"
#include "cl-transaction.h"

typedef enum
{
  ACTION_NONE, /* NO ACTION, RESTRICT: the delete fails if such a row survives */
  ACTION_CASCADE,
  ACTION_SET_NULL,
  ACTION_SET_DEFAULT,
} Action;

typedef struct _TableInfo TableInfo;

typedef struct
{
  TableInfo *child;
  TableInfo *parent;
  Action     on_delete;
  GArray    *from;        /* guint: indices into child->columns */
  GArray    *to;          /* guint: indices into parent->columns */
  char      *select_sql;  /* the child rows referring to one parent row */
  char      *restore_sql; /* sets the child's columns back (SET NULL/DEFAULT) */
} ForeignKey;

struct _TableInfo
{
  char      *name;
  gboolean   has_rowid;  /* then column 0 is a bare rowid alias, and the key */
  GPtrArray *columns;    /* char *: read and inserted; for rowid tables the rowid first */
  GArray    *key;        /* guint: the columns naming one row */
  GArray    *pk;         /* guint: the declared primary key, in its order */
  GPtrArray *outgoing;   /* ForeignKey *, owned: this table's foreign keys */
  GPtrArray *incoming;   /* ForeignKey *: those referring to this table */
  char      *select_sql; /* SELECT columns FROM table */
  char      *insert_sql;
  int        cl_table; /* ClTable, or -1 */
  int        entity;   /* the ClEntity its key names, or -1 */
};

typedef struct
{
  gint64      version; /* PRAGMA schema_version it was read at */
  GPtrArray  *tables;  /* TableInfo *, owned */
  GHashTable *by_name; /* lower-case name → TableInfo * */
} Schema;

typedef struct _Row Row;

struct _Row
{
  TableInfo      *table;
  sqlite3_value **values;  /* one per table->columns */
  GBytes         *key;     /* table and key values, to know a row met twice */
  GPtrArray      *parents; /* Row *: captured rows it refers to */
  guint           mark;    /* while sorting */
};

/* A surviving row whose columns the delete cleared. */
typedef struct
{
  Row        *row; /* as it was before the delete */
  ForeignKey *fk;
  Row        *parent; /* the captured row it referred to */
} Reference;

struct _ClDeletion
{
  gatomicrefcount ref_count;
  Schema         *schema;
  Row            *root; /* also in rows */
  gint64          id;
  GPtrArray      *rows;       /* Row *, owned, parents before children */
  GPtrArray      *references; /* Reference *, owned */
};

G_DEFINE_BOXED_TYPE (ClDeletion, cl_deletion, cl_deletion_ref, cl_deletion_unref)

/* What the change set calls each table, and the entity its id is.  Tables
 * missing here (added later) are reported as the table they belong to. */
static const struct
{
  const char *name;
  ClTable     table;
  int         entity;
} table_names[] = {
  { "stages", CL_TABLE_STAGES, CL_ENTITY_STAGE },
  { "companies", CL_TABLE_COMPANIES, CL_ENTITY_COMPANY },
  { "applications", CL_TABLE_APPLICATIONS, CL_ENTITY_APPLICATION },
  { "application_keywords", CL_TABLE_APPLICATIONS, -1 },
  { "stage_history", CL_TABLE_STAGE_HISTORY, -1 },
  { "contacts", CL_TABLE_CONTACTS, CL_ENTITY_CONTACT },
  { "interactions", CL_TABLE_INTERACTIONS, -1 },
  { "events", CL_TABLE_EVENTS, -1 },
  { "event_attendance", CL_TABLE_EVENTS, -1 },
  { "referrals", CL_TABLE_REFERRALS, -1 },
  { "interview_rounds", CL_TABLE_INTERVIEW_ROUNDS, CL_ENTITY_ROUND },
  { "round_interviewers", CL_TABLE_INTERVIEW_ROUNDS, -1 },
  { "journal_entries", CL_TABLE_JOURNAL_ENTRIES, -1 },
  { "red_flags", CL_TABLE_RED_FLAGS, -1 },
  { "prep_domains", CL_TABLE_OBJECTIVES, -1 },
  { "objectives", CL_TABLE_OBJECTIVES, CL_ENTITY_OBJECTIVE },
  { "objective_applications", CL_TABLE_OBJECTIVES, -1 },
  { "objective_rounds", CL_TABLE_OBJECTIVES, -1 },
  { "resources", CL_TABLE_RESOURCES, -1 },
  { "practice_partnerships", CL_TABLE_PRACTICE, -1 },
  { "practice_sessions", CL_TABLE_PRACTICE, -1 },
  { "offers", CL_TABLE_OFFERS, CL_ENTITY_OFFER },
  { "vesting_years", CL_TABLE_OFFERS, -1 },
  { "market_ranges", CL_TABLE_NEGOTIATION, -1 },
  { "negotiation_plans", CL_TABLE_NEGOTIATION, -1 },
  { "negotiation_rounds", CL_TABLE_NEGOTIATION, -1 },
  { "negotiation_asks", CL_TABLE_NEGOTIATION, -1 },
  { "offer_revisions", CL_TABLE_OFFERS, -1 },
  { "exchange_rates", CL_TABLE_NEGOTIATION, -1 },
  { "accounts", CL_TABLE_ACCOUNTS, -1 },
  { "reminders", CL_TABLE_REMINDERS, CL_ENTITY_REMINDER },
};

/* Schema */

static void
foreign_key_free (ForeignKey *fk)
{
  g_array_unref (fk->from);
  g_array_unref (fk->to);
  g_free (fk->select_sql);
  g_free (fk->restore_sql);
  g_free (fk);
}

static void
table_info_free (TableInfo *table)
{
  g_free (table->name);
  g_ptr_array_unref (table->columns);
  g_array_unref (table->key);
  g_array_unref (table->pk);
  g_ptr_array_unref (table->outgoing);
  g_ptr_array_unref (table->incoming);
  g_free (table->select_sql);
  g_free (table->insert_sql);
  g_free (table);
}

static void
schema_clear (gpointer data)
{
  Schema *schema = data;

  g_hash_table_unref (schema->by_name);
  g_ptr_array_unref (schema->tables);
}

static void
schema_release (Schema *schema)
{
  g_atomic_rc_box_release_full (schema, schema_clear);
}

static TableInfo *
schema_find (Schema     *schema,
             const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return g_hash_table_lookup (schema->by_name, lower);
}

/* "name" with its quotes doubled, to put in SQL. */
static void
append_identifier (GString    *sql,
                   const char *name)
{
  g_string_append_c (sql, '"');
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (sql, '"');
      g_string_append_c (sql, *p);
    }
  g_string_append_c (sql, '"');
}

static int
find_column (TableInfo  *table,
             const char *name)
{
  for (guint i = 0; i < table->columns->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (table->columns, i), name) == 0)
      return (int) i;
  return -1;
}

typedef struct
{
  GPtrArray *names; /* char * */
  GArray    *pk;    /* int: the place in the primary key, 0 when not in it */
} Columns;

static gboolean
add_column_cb (sqlite3_stmt *stmt,
               gpointer      user_data,
               GError      **error)
{
  Columns *columns = user_data;
  int      pk = sqlite3_column_int (stmt, 1);

  /* Generated columns are computed again; they cannot be inserted. */
  if (sqlite3_column_int (stmt, 2) != 0)
    return TRUE;
  g_ptr_array_add (columns->names, cl_column_dup (stmt, 0));
  g_array_append_val (columns->pk, pk);
  return TRUE;
}

static TableInfo *
table_info_new (ClDatabase *database,
                const char *name,
                gboolean    without_rowid,
                GError    **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) pk_places = g_array_new (FALSE, FALSE, sizeof (int));
  Columns     columns = { names, pk_places };
  TableInfo  *table;
  const char *alias = NULL;
  guint       first = 0;
  g_autoptr(GString) select = NULL;
  g_autoptr(GString) insert = NULL;

  if (!cl_database_foreach (database, add_column_cb, &columns, error,
                            "SELECT name, pk, hidden FROM pragma_table_xinfo (?1, 'main')"
                            " ORDER BY cid",
                            "s", name))
    return NULL;

  if (!without_rowid)
    {
      static const char *const aliases[] = { "rowid", "_rowid_", "oid" };

      /* A column may take an alias's name; then another alias reaches the rowid. */
      for (guint i = 0; i < G_N_ELEMENTS (aliases) && alias == NULL; i++)
        {
          gboolean taken = FALSE;

          for (guint j = 0; j < names->len && !taken; j++)
            taken = g_ascii_strcasecmp (g_ptr_array_index (names, j), aliases[i]) == 0;
          if (!taken)
            alias = aliases[i];
        }
    }

  table = g_new0 (TableInfo, 1);
  table->name = g_strdup (name);
  table->columns = g_ptr_array_new_with_free_func (g_free);
  table->key = g_array_new (FALSE, FALSE, sizeof (guint));
  table->pk = g_array_new (FALSE, FALSE, sizeof (guint));
  table->outgoing = g_ptr_array_new_with_free_func ((GDestroyNotify) foreign_key_free);
  table->incoming = g_ptr_array_new ();
  table->cl_table = -1;
  table->entity = -1;

  if (alias != NULL)
    {
      table->has_rowid = TRUE;
      g_ptr_array_add (table->columns, g_strdup (alias));
      g_array_append_val (table->key, first);
      first = 1;
    }
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (table->columns, g_strdup (g_ptr_array_index (names, i)));

  /* The declared primary key, in its own order (pk is its 1-based place). */
  for (int place = 1; place <= (int) names->len; place++)
    for (guint i = 0; i < names->len; i++)
      if (g_array_index (pk_places, int, i) == place)
        {
          guint column = first + i;

          g_array_append_val (table->pk, column);
        }

  if (alias == NULL)
    {
      /* No rowid: the primary key names a row, or failing that every column. */
      if (table->pk->len > 0)
        g_array_append_vals (table->key, table->pk->data, table->pk->len);
      else
        for (guint i = 0; i < table->columns->len; i++)
          g_array_append_val (table->key, i);
    }

  select = g_string_new ("SELECT ");
  insert = g_string_new ("INSERT INTO main.");
  append_identifier (insert, name);
  g_string_append (insert, " (");
  for (guint i = 0; i < table->columns->len; i++)
    {
      if (i > 0)
        {
          g_string_append (select, ", ");
          g_string_append (insert, ", ");
        }
      if (alias != NULL && i == 0)
        {
          g_string_append (select, alias);
          g_string_append (insert, alias);
        }
      else
        {
          append_identifier (select, g_ptr_array_index (table->columns, i));
          append_identifier (insert, g_ptr_array_index (table->columns, i));
        }
    }
  g_string_append (select, " FROM main.");
  append_identifier (select, name);
  g_string_append (insert, ") VALUES (");
  for (guint i = 0; i < table->columns->len; i++)
    g_string_append_printf (insert, "%s?%u", i > 0 ? ", " : "", i + 1);
  g_string_append_c (insert, ')');

  table->select_sql = g_string_free (g_steal_pointer (&select), FALSE);
  table->insert_sql = g_string_free (g_steal_pointer (&insert), FALSE);
  return table;
}

/* Writes a column of @table in SQL: the rowid alias of a rowid table bare
 * (quoted, it would name a column), the others quoted. */
static void
append_table_column (GString   *sql,
                     TableInfo *table,
                     guint      column)
{
  if (table->has_rowid && column == 0)
    g_string_append (sql, g_ptr_array_index (table->columns, 0));
  else
    append_identifier (sql, g_ptr_array_index (table->columns, column));
}

static Action
parse_action (const char *text)
{
  if (g_strcmp0 (text, "CASCADE") == 0)
    return ACTION_CASCADE;
  if (g_strcmp0 (text, "SET NULL") == 0)
    return ACTION_SET_NULL;
  if (g_strcmp0 (text, "SET DEFAULT") == 0)
    return ACTION_SET_DEFAULT;
  return ACTION_NONE;
}

/* One foreign key being read, over its rows of PRAGMA foreign_key_list. */
typedef struct
{
  Schema    *schema;
  TableInfo *child;
  int        id;
  char      *parent;
  Action     on_delete;
  GPtrArray *from; /* char * */
  GPtrArray *to;   /* char *, NULL for the parent's primary key */
} FkReader;

static void
finish_foreign_key (FkReader *reader)
{
  TableInfo  *parent;
  ForeignKey *fk;
  gboolean    usable = TRUE;
  g_autoptr(GString) select = NULL;
  g_autoptr(GString) restore = NULL;

  if (reader->parent == NULL)
    return;

  parent = schema_find (reader->schema, reader->parent);
  fk = g_new0 (ForeignKey, 1);
  fk->child = reader->child;
  fk->parent = parent;
  fk->on_delete = reader->on_delete;
  fk->from = g_array_new (FALSE, FALSE, sizeof (guint));
  fk->to = g_array_new (FALSE, FALSE, sizeof (guint));

  /* A key to another database, or one SQLite itself would call a mismatch
   * (so that the delete fails anyway), is left out. */
  if (parent == NULL)
    usable = FALSE;
  for (guint i = 0; usable && i < reader->from->len; i++)
    {
      int         from = find_column (reader->child, g_ptr_array_index (reader->from, i));
      const char *to_name = g_ptr_array_index (reader->to, i);
      int         to;

      if (to_name != NULL)
        to = find_column (parent, to_name);
      else if (i < parent->pk->len && reader->from->len == parent->pk->len)
        to = (int) g_array_index (parent->pk, guint, i);
      else
        to = -1;
      /* Column 0 of a rowid table is the alias, which no key names. */
      if (from < 0 || to < 0 || (to == 0 && parent->has_rowid) ||
          (from == 0 && reader->child->has_rowid))
        usable = FALSE;
      else
        {
          guint f = (guint) from, t = (guint) to;

          g_array_append_val (fk->from, f);
          g_array_append_val (fk->to, t);
        }
    }
  if (!usable)
    {
      g_debug ("Foreign key %d of %s is not followed", reader->id, reader->child->name);
      foreign_key_free (fk);
      return;
    }

  select = g_string_new (reader->child->select_sql);
  g_string_append (select, " WHERE ");
  for (guint i = 0; i < fk->from->len; i++)
    {
      g_string_append (select, i > 0 ? " AND " : "");
      append_identifier (select, g_ptr_array_index (fk->child->columns,
                                                    g_array_index (fk->from, guint, i)));
      g_string_append_printf (select, " = ?%u", i + 1);
    }
  fk->select_sql = g_string_free (g_steal_pointer (&select), FALSE);

  if (fk->on_delete == ACTION_SET_NULL || fk->on_delete == ACTION_SET_DEFAULT)
    {
      guint n = fk->from->len;

      restore = g_string_new ("UPDATE main.");
      append_identifier (restore, fk->child->name);
      g_string_append (restore, " SET ");
      for (guint i = 0; i < n; i++)
        {
          g_string_append (restore, i > 0 ? ", " : "");
          append_identifier (restore, g_ptr_array_index (fk->child->columns,
                                                         g_array_index (fk->from, guint, i)));
          g_string_append_printf (restore, " = ?%u", i + 1);
        }
      g_string_append (restore, " WHERE ");
      for (guint i = 0; i < fk->child->key->len; i++)
        {
          g_string_append (restore, i > 0 ? " AND " : "");
          append_table_column (restore, fk->child, g_array_index (fk->child->key, guint, i));
          g_string_append_printf (restore, " IS ?%u", n + i + 1);
        }
      /* A reference set again since the delete is a newer edit: it stays. */
      if (fk->on_delete == ACTION_SET_NULL)
        for (guint i = 0; i < n; i++)
          {
            g_string_append (restore, " AND ");
            append_identifier (restore, g_ptr_array_index (fk->child->columns,
                                                           g_array_index (fk->from, guint, i)));
            g_string_append (restore, " IS NULL");
          }
      fk->restore_sql = g_string_free (g_steal_pointer (&restore), FALSE);
    }

  g_ptr_array_add (reader->child->outgoing, fk);
  g_ptr_array_add (parent->incoming, fk);
}

static void
reader_reset (FkReader *reader)
{
  g_clear_pointer (&reader->parent, g_free);
  g_ptr_array_set_size (reader->from, 0);
  g_ptr_array_set_size (reader->to, 0);
}

static gboolean
add_fk_row_cb (sqlite3_stmt *stmt,
               gpointer      user_data,
               GError      **error)
{
  FkReader *reader = user_data;
  int       id = sqlite3_column_int (stmt, 0);

  if (reader->parent != NULL && id != reader->id)
    {
      finish_foreign_key (reader);
      reader_reset (reader);
    }
  if (reader->parent == NULL)
    {
      reader->id = id;
      reader->parent = cl_column_dup (stmt, 1);
      reader->on_delete = parse_action (cl_column_text (stmt, 4));
    }
  g_ptr_array_add (reader->from, cl_column_dup (stmt, 2));
  g_ptr_array_add (reader->to, cl_column_dup (stmt, 3));
  return TRUE;
}

typedef struct
{
  GPtrArray *names;         /* char * */
  GArray    *without_rowid; /* gboolean */
} TableList;

static gboolean
add_table_cb (sqlite3_stmt *stmt,
              gpointer      user_data,
              GError      **error)
{
  TableList *list = user_data;
  gboolean   without_rowid = sqlite3_column_int (stmt, 1) != 0;

  g_ptr_array_add (list->names, cl_column_dup (stmt, 0));
  g_array_append_val (list->without_rowid, without_rowid);
  return TRUE;
}

/* What a table without a name of its own is reported as: the table its
 * first declared CASCADE key (else any key) refers to. */
static int
inherited_cl_table (TableInfo *table,
                    guint      depth)
{
  if (table->cl_table >= 0 || depth > 8)
    return table->cl_table;
  for (int pass = 0; pass < 2; pass++)
    /* foreign_key_list numbers keys from the last declared. */
    for (guint i = table->outgoing->len; i > 0; i--)
      {
        ForeignKey *fk = g_ptr_array_index (table->outgoing, i - 1);
        int         inherited;

        if ((pass == 0 && fk->on_delete != ACTION_CASCADE) || fk->parent == table)
          continue;
        inherited = inherited_cl_table (fk->parent, depth + 1);
        if (inherited >= 0)
          return inherited;
      }
  return -1;
}

static Schema *
schema_load (ClDatabase *database,
             gint64      version,
             GError    **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) without_rowid = g_array_new (FALSE, FALSE, sizeof (gboolean));
  TableList list = { names, without_rowid };
  Schema   *schema = g_atomic_rc_box_new0 (Schema);
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  schema->version = version;
  schema->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_info_free);
  schema->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Every table, its internal ones (sqlite_sequence…) and virtual ones aside. */
  ok = cl_database_foreach (database, add_table_cb, &list, &local_error,
                            "SELECT s.name, t.wr FROM main.sqlite_schema s"
                            " JOIN pragma_table_list t ON t.schema = 'main' AND t.name = s.name"
                            " WHERE s.type = 'table' AND t.type = 'table'"
                            " AND s.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY s.name",
                            NULL);

  for (guint i = 0; ok && i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      TableInfo  *table = table_info_new (database, name,
                                          g_array_index (without_rowid, gboolean, i),
                                          &local_error);

      if (table == NULL)
        {
          ok = FALSE;
          break;
        }
      for (guint j = 0; j < G_N_ELEMENTS (table_names); j++)
        if (g_ascii_strcasecmp (name, table_names[j].name) == 0)
          {
            table->cl_table = table_names[j].table;
            table->entity = table_names[j].entity;
          }
      g_ptr_array_add (schema->tables, table);
      g_hash_table_insert (schema->by_name, g_ascii_strdown (name, -1), table);
    }

  for (guint i = 0; ok && i < schema->tables->len; i++)
    {
      TableInfo *table = g_ptr_array_index (schema->tables, i);
      FkReader   reader = { schema, table, 0, NULL, ACTION_NONE,
                            g_ptr_array_new_with_free_func (g_free),
                            g_ptr_array_new_with_free_func (g_free) };

      ok = cl_database_foreach (database, add_fk_row_cb, &reader, &local_error,
                                "SELECT id, \"table\", \"from\", \"to\", on_delete"
                                " FROM pragma_foreign_key_list (?1, 'main') ORDER BY id, seq",
                                "s", table->name);
      if (ok)
        finish_foreign_key (&reader);
      reader_reset (&reader);
      g_ptr_array_unref (reader.from);
      g_ptr_array_unref (reader.to);
    }

  for (guint i = 0; ok && i < schema->tables->len; i++)
    {
      TableInfo *table = g_ptr_array_index (schema->tables, i);

      if (table->cl_table < 0)
        table->cl_table = inherited_cl_table (table, 0);
    }

  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      schema_release (schema);
      return NULL;
    }
  return schema;
}

/* The schema of @database, read again only when it changed. */
static Schema *
schema_get (ClDatabase *database,
            GError    **error)
{
  static const char *const key = "cl-deletion-schema";
  Schema                  *schema = g_object_get_data (G_OBJECT (database), key);
  gint64                   version = 0;

  if (!cl_database_query_int64 (database, &version, NULL, error, "PRAGMA main.schema_version",
                                NULL))
    return NULL;
  if (schema == NULL || schema->version != version)
    {
      schema = schema_load (database, version, error);
      if (schema == NULL)
        return NULL;
      g_object_set_data_full (G_OBJECT (database), key, schema, (GDestroyNotify) schema_release);
    }
  return g_atomic_rc_box_acquire (schema);
}

/* Rows */

static void
row_free (Row *row)
{
  for (guint i = 0; i < row->table->columns->len; i++)
    sqlite3_value_free (row->values[i]);
  g_free (row->values);
  g_bytes_unref (row->key);
  g_clear_pointer (&row->parents, g_ptr_array_unref);
  g_free (row);
}

static void
append_value (GString       *out,
              sqlite3_value *value)
{
  switch (sqlite3_value_type (value))
    {
    case SQLITE_INTEGER:
      g_string_append_printf (out, "i%" G_GINT64_FORMAT ";", (gint64) sqlite3_value_int64 (value));
      break;
    case SQLITE_FLOAT:
      g_string_append_printf (out, "f%a;", sqlite3_value_double (value));
      break;
    case SQLITE_TEXT:
    case SQLITE_BLOB:
      {
        /* The bytes are counted after the data is read, as SQLite asks. */
        const void *data = sqlite3_value_type (value) == SQLITE_TEXT
                             ? (const void *) sqlite3_value_text (value)
                             : sqlite3_value_blob (value);
        int         bytes = sqlite3_value_bytes (value);

        g_string_append_printf (out, "%c%d:", sqlite3_value_type (value) == SQLITE_TEXT ? 't' : 'b',
                                bytes);
        g_string_append_len (out, data, bytes);
      }
      break;
    default:
      g_string_append (out, "n;");
      break;
    }
}

/* A row read by a statement of table->select_sql. */
static Row *
row_new_from_stmt (TableInfo    *table,
                   sqlite3_stmt *stmt)
{
  Row     *row = g_new0 (Row, 1);
  GString *key = g_string_new (NULL);

  row->table = table;
  row->values = g_new0 (sqlite3_value *, table->columns->len);
  for (guint i = 0; i < table->columns->len; i++)
    {
      row->values[i] = sqlite3_value_dup (sqlite3_column_value (stmt, (int) i));
      if (row->values[i] == NULL)
        g_error ("Out of memory copying a value of %s", table->name);
    }

  g_string_append_printf (key, "%zu:%s", strlen (table->name), table->name);
  for (guint i = 0; i < table->key->len; i++)
    append_value (key, row->values[g_array_index (table->key, guint, i)]);
  row->key = g_string_free_to_bytes (key);
  return row;
}

static void
reference_free (Reference *reference)
{
  row_free (reference->row);
  g_free (reference);
}

/* Capture */

typedef struct
{
  Row    *parent;
  GBytes *child_key;
} Edge;

typedef struct
{
  ClDatabase *database;
  GPtrArray  *rows;       /* Row *, owned, in the order met */
  GHashTable *captured;   /* GBytes key → Row * */
  GPtrArray  *references; /* Reference *, owned */
  GHashTable *referenced; /* GBytes: row key and key number, as a set */
  GArray     *edges;      /* Edge */
} Capture;

static void
edge_clear (gpointer data)
{
  Edge *edge = data;

  g_bytes_unref (edge->child_key);
}

static void
add_captured (Capture *capture,
              Row     *row)
{
  g_ptr_array_add (capture->rows, row);
  g_hash_table_insert (capture->captured, row->key, row);
}

/* Reads the rows that @fk makes refer to @parent, and notes them. */
static gboolean
follow (Capture    *capture,
        Row        *parent,
        ForeignKey *fk,
        guint       fk_index,
        GError    **error)
{
  sqlite3_stmt *stmt;
  int           rc;

  /* A NULL in a key matches no row, as SQLite's own check holds. */
  for (guint i = 0; i < fk->to->len; i++)
    if (sqlite3_value_type (parent->values[g_array_index (fk->to, guint, i)]) == SQLITE_NULL)
      return TRUE;

  stmt = cl_database_prepare (capture->database, fk->select_sql, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < fk->to->len; i++)
    sqlite3_bind_value (stmt, (int) i + 1, parent->values[g_array_index (fk->to, guint, i)]);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Row *child = row_new_from_stmt (fk->child, stmt);
      Edge edge = { parent, g_bytes_ref (child->key) };

      g_array_append_val (capture->edges, edge);

      if (fk->on_delete == ACTION_CASCADE && !g_hash_table_contains (capture->captured, child->key))
        add_captured (capture, child);
      else if (fk->on_delete == ACTION_SET_NULL || fk->on_delete == ACTION_SET_DEFAULT)
        {
          GString    *ref_key = g_string_new (NULL);
          gsize       size;
          const char *data = g_bytes_get_data (child->key, &size);
          GBytes     *bytes;

          g_string_append_len (ref_key, data, size);
          g_string_append_printf (ref_key, "#%u", fk_index);
          bytes = g_string_free_to_bytes (ref_key);
          if (g_hash_table_add (capture->referenced, bytes))
            {
              Reference *reference = g_new0 (Reference, 1);

              reference->row = child;
              reference->fk = fk;
              reference->parent = parent;
              g_ptr_array_add (capture->references, reference);
            }
          else
            row_free (child);
        }
      else
        row_free (child);
    }

  if (rc != SQLITE_DONE)
    {
      cl_database_set_error (capture->database, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static void
visit (Row       *row,
       GPtrArray *sorted)
{
  enum
  {
    UNSEEN,
    VISITING,
    DONE
  };

  /* A row met again while its parents are visited is a cycle of keys: it
   * then goes in the order met, and SQLite says if that cannot work. */
  if (row->mark != UNSEEN)
    return;
  row->mark = VISITING;
  for (guint i = 0; row->parents != NULL && i < row->parents->len; i++)
    visit (g_ptr_array_index (row->parents, i), sorted);
  row->mark = DONE;
  g_ptr_array_add (sorted, row);
}

/* Orders the rows parents before children, else as met; drops the
 * references held by rows that are deleted anyway. */
static void
capture_finish (Capture   *capture,
                GPtrArray *sorted)
{
  for (guint i = 0; i < capture->edges->len; i++)
    {
      Edge *edge = &g_array_index (capture->edges, Edge, i);
      Row  *child = g_hash_table_lookup (capture->captured, edge->child_key);

      if (child == NULL || child == edge->parent)
        continue;
      if (child->parents == NULL)
        child->parents = g_ptr_array_new ();
      if (!g_ptr_array_find (child->parents, edge->parent, NULL))
        g_ptr_array_add (child->parents, edge->parent);
    }

  for (guint i = 0; i < capture->rows->len; i++)
    visit (g_ptr_array_index (capture->rows, i), sorted);

  for (guint i = capture->references->len; i > 0; i--)
    {
      Reference *reference = g_ptr_array_index (capture->references, i - 1);

      if (g_hash_table_contains (capture->captured, reference->row->key))
        g_ptr_array_remove_index (capture->references, i - 1);
    }
}

ClDeletion *
cl_deletion_capture (ClDatabase *database,
                     const char *table_name,
                     gint64      id,
                     GError    **error)
{
  Schema    *schema;
  TableInfo *table;
  g_autoptr(GString) sql = NULL;
  g_autoptr(ClDeletion) self = NULL;
  Capture       capture = { .database = database };
  sqlite3_stmt *stmt;
  gboolean      ok = TRUE;
  int           rc;

  g_return_val_if_fail (CL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (table_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  schema = schema_get (database, error);
  if (schema == NULL)
    return NULL;

  self = g_new0 (ClDeletion, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->schema = schema;
  self->id = id;
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  self->references = g_ptr_array_new_with_free_func ((GDestroyNotify) reference_free);

  table = schema_find (schema, table_name);
  if (table == NULL || table->key->len != 1)
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FAILED,
                   "No table “%s” whose rows have one id", table_name);
      return NULL;
    }

  sql = g_string_new (table->select_sql);
  g_string_append (sql, " WHERE ");
  append_table_column (sql, table, g_array_index (table->key, guint, 0));
  g_string_append (sql, " = ?1");
  stmt = cl_database_prepare (database, sql->str, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    self->root = row_new_from_stmt (table, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                         _ ("This item no longer exists; it may have been deleted already."));
  else
    cl_database_set_error (database, rc, error);
  sqlite3_reset (stmt);
  if (self->root == NULL)
    return NULL;

  /* The capture owns the rows until they are sorted into the deletion. */
  capture.rows = g_ptr_array_new ();
  capture.captured = g_hash_table_new (g_bytes_hash, g_bytes_equal);
  capture.references = self->references;
  capture.referenced = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                              (GDestroyNotify) g_bytes_unref, NULL);
  capture.edges = g_array_new (FALSE, FALSE, sizeof (Edge));
  g_array_set_clear_func (capture.edges, edge_clear);
  add_captured (&capture, self->root);

  /* Breadth first: rows are appended while the loop walks them. */
  for (guint i = 0; ok && i < capture.rows->len; i++)
    {
      Row *row = g_ptr_array_index (capture.rows, i);

      for (guint j = 0; ok && j < row->table->incoming->len; j++)
        {
          ForeignKey *fk = g_ptr_array_index (row->table->incoming, j);
          guint       index = 0;

          g_ptr_array_find (fk->child->outgoing, fk, &index);
          ok = follow (&capture, row, fk, index, error);
        }
    }

  if (ok)
    capture_finish (&capture, self->rows);
  else
    for (guint i = 0; i < capture.rows->len; i++)
      row_free (g_ptr_array_index (capture.rows, i));

  g_array_unref (capture.edges);
  g_hash_table_unref (capture.referenced);
  g_hash_table_unref (capture.captured);
  g_ptr_array_unref (capture.rows);
  if (!ok)
    {
      self->root = NULL;
      return NULL;
    }
  return g_steal_pointer (&self);
}

/* Restore */

static gboolean
run (ClDatabase     *database,
     const char     *sql,
     sqlite3_value **values,
     guint           n_values,
     GError        **error)
{
  sqlite3_stmt *stmt = cl_database_prepare (database, sql, error);
  int           rc;

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_values; i++)
    sqlite3_bind_value (stmt, (int) i + 1, values[i]);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    cl_database_set_error (database, rc, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

/* Names, in @cl_table, what @row is and what it belongs to: its own id,
 * and the ids its keys hold of tables that are entities.  A row that names
 * none (a negotiation round) names what its captured parents name. */
static gboolean
touch_row (ClTransaction *tx,
           int            cl_table,
           Row           *row,
           guint          depth)
{
  TableInfo *table = row->table;
  gboolean   named = FALSE;

  if (cl_table < 0)
    return FALSE;
  if (table->entity >= 0 && table->key->len == 1)
    {
      sqlite3_value *key = row->values[g_array_index (table->key, guint, 0)];

      if (sqlite3_value_type (key) == SQLITE_INTEGER)
        {
          cl_transaction_touch (tx, (ClTable) cl_table, (ClEntity) table->entity,
                                sqlite3_value_int64 (key));
          named = TRUE;
        }
    }
  for (guint i = 0; i < table->outgoing->len; i++)
    {
      ForeignKey    *fk = g_ptr_array_index (table->outgoing, i);
      sqlite3_value *value;

      if (fk->parent->entity < 0 || fk->from->len != 1)
        continue;
      value = row->values[g_array_index (fk->from, guint, 0)];
      if (sqlite3_value_type (value) != SQLITE_INTEGER)
        continue;
      cl_transaction_touch (tx, (ClTable) cl_table, (ClEntity) fk->parent->entity,
                            sqlite3_value_int64 (value));
      named = TRUE;
    }
  if (!named && depth < 8)
    for (guint i = 0; row->parents != NULL && i < row->parents->len; i++)
      named = touch_row (tx, cl_table, g_ptr_array_index (row->parents, i), depth + 1) || named;
  return named;
}

static gboolean
restore_reference (ClDatabase *database,
                   Reference  *reference,
                   gboolean   *out_restored,
                   GError    **error)
{
  ForeignKey                *fk = reference->fk;
  TableInfo                 *table = fk->child;
  guint                      n = fk->from->len + table->key->len;
  g_autofree sqlite3_value **values = g_new0 (sqlite3_value *, n);

  for (guint i = 0; i < fk->from->len; i++)
    values[i] = reference->row->values[g_array_index (fk->from, guint, i)];
  for (guint i = 0; i < table->key->len; i++)
    values[fk->from->len + i] = reference->row->values[g_array_index (table->key, guint, i)];

  if (!run (database, fk->restore_sql, values, n, error))
    return FALSE;
  /* Gone since, or pointing elsewhere by a newer edit: nothing to put back. */
  *out_restored = cl_database_changes (database) > 0;
  return TRUE;
}

gboolean
cl_deletion_restore (ClDeletion *self,
                     ClDatabase *database,
                     GError    **error)
{
  g_autoptr(ClTransaction) tx = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (CL_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A savepoint of its own: a row that cannot go back leaves none of the
   * others, even if the caller went on. */
  tx = cl_transaction_begin (database, error);
  if (tx == NULL)
    return FALSE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (!run (database, row->table->insert_sql, row->values, row->table->columns->len, error))
        return FALSE;
      touch_row (tx, row->table->cl_table, row, 0);
    }

  for (guint i = 0; i < self->references->len; i++)
    {
      Reference *reference = g_ptr_array_index (self->references, i);
      gboolean   restored = FALSE;

      if (!restore_reference (database, reference, &restored, error))
        return FALSE;
      /* A row naming no entity is named by what it refers to again. */
      if (restored && !touch_row (tx, reference->row->table->cl_table, reference->row, 0))
        touch_row (tx, reference->row->table->cl_table, reference->parent, 0);
    }

  return cl_transaction_commit (tx, error);
}

/* Accessors */

ClDeletion *
cl_deletion_ref (ClDeletion *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cl_deletion_unref (ClDeletion *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_ptr_array_unref (self->references);
  g_ptr_array_unref (self->rows);
  schema_release (self->schema);
  g_free (self);
}

const char *
cl_deletion_get_table (ClDeletion *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->root->table->name;
}

gint64
cl_deletion_get_id (ClDeletion *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->id;
}

guint
cl_deletion_get_n_rows (ClDeletion *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

gint64
cl_deletion_get_int64 (ClDeletion *self,
                       const char *column,
                       gint64      fallback)
{
  int index;

  g_return_val_if_fail (self != NULL, fallback);
  g_return_val_if_fail (column != NULL, fallback);

  index = find_column (self->root->table, column);
  if (index < 0 || sqlite3_value_type (self->root->values[index]) == SQLITE_NULL)
    return fallback;
  return sqlite3_value_int64 (self->root->values[index]);
}
