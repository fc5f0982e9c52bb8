/* test-contact-store.c — contacts: sorted model, validation, rollbacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-contact-store.h"
#include "cl-test-util.h"

typedef struct
{
  char           *dir;
  ClDatabase     *database;
  ClClock        *clock;
  ClContactStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = cl_test_make_tmp_dir ();
  fixture->database = cl_test_open_database (fixture->dir, "careerlens.db");
  fixture->clock = cl_clock_new_fixed (CL_TEST_NOW);
  fixture->store = cl_contact_store_new (fixture->database, fixture->clock);
  cl_contact_store_load (fixture->store, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->clock);
  g_clear_object (&fixture->database);
  cl_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static ClContact *
add (Fixture    *fixture,
     const char *name,
     const char *company)
{
  g_autoptr(ClContact) contact = cl_contact_new (name);
  g_autoptr(GError) error = NULL;

  g_object_set (contact, "company", company, NULL);
  g_assert_true (cl_contact_store_add_contact (fixture->store, contact, &error));
  g_assert_no_error (error);
  return contact;  /* owned by the store now */
}

/* The names of @model, in order, joined by ",". */
static char *
names (GListModel *model)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClContact) contact = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "," : "", cl_contact_get_name (contact));
    }
  return g_string_free (out, FALSE);
}

static char *
sql_names (ClDatabase *database)
{
  g_autofree char *rows = cl_test_query_text (database,
                                              "SELECT group_concat(name, ',') FROM"
                                              " (SELECT name FROM contacts ORDER BY name COLLATE NOCASE, id)");

  return g_strdup (g_strchomp (rows));
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  GListModel *contacts = cl_contact_store_get_contacts (fixture->store);
  g_autoptr(ClContact) full = cl_contact_new ("  Grace Hopper ");
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *row = NULL;
  ClContact *bob;

  g_assert_true (g_list_model_get_item_type (contacts) == CL_TYPE_CONTACT);
  bob = add (fixture, "bob Stone", "Acme AI");
  add (fixture, "Alice Martin", "acme ai");
  add (fixture, "carol Diaz", NULL);
  add (fixture, "Bob Adams", "Tensor Labs");
  add (fixture, "ALICE Zhou", NULL);

  g_assert_cmpint (cl_contact_get_id (bob), >, 0);
  g_assert_cmpint (cl_contact_get_created_at (bob), ==, CL_TEST_NOW);
  g_assert_cmpint (cl_contact_get_updated_at (bob), ==, CL_TEST_NOW);
  g_assert_true (cl_contact_store_find_contact (fixture->store, cl_contact_get_id (bob)) == bob);
  g_assert_null (cl_contact_store_find_contact (fixture->store, 999));

  order = names (contacts);
  g_assert_cmpstr (order, ==, "Alice Martin,ALICE Zhou,Bob Adams,bob Stone,carol Diaz");

  /* Companies are shared without regard to case. */
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM companies"), ==, 2);
  g_assert_cmpint (cl_test_query_int64 (fixture->database,
                                        "SELECT count(*) FROM contacts WHERE company_id IS NULL"), ==, 2);

  /* Every field is saved; names are trimmed; 0 means none. */
  cl_clock_advance (fixture->clock, 5);
  g_object_set (full,
                "company", "  Navy ",
                "title", "Rear Admiral",
                "role", CL_CONTACT_ROLE_MENTOR,
                "how-met", "Conference",
                "email", "grace@navy.example",
                "phone", "+1 555 0100",
                "linkedin-url", "https://www.linkedin.com/in/grace",
                "portfolio-url", "http://grace.example",
                "notes", "Ask about COBOL",
                "cadence-days", 30u,
                "last-contacted", CL_TEST_NOW - 86400,
                "next-follow-up", CL_TEST_NOW + 86400,
                NULL);
  g_assert_true (cl_contact_store_add_contact (fixture->store, full, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cl_contact_get_name (full), ==, "Grace Hopper");
  g_assert_cmpstr (cl_contact_get_company (full), ==, "Navy");

  row = cl_test_query_text (fixture->database,
                            "SELECT c.name, co.name, title, role, how_met, email, phone, linkedin_url,"
                            " portfolio_url, c.notes, cadence_days, last_contacted - created_at,"
                            " next_follow_up - created_at, created_at = updated_at"
                            " FROM contacts c JOIN companies co ON co.id = c.company_id"
                            " WHERE c.name = 'Grace Hopper'");
  g_assert_cmpstr (row, ==,
                   "Grace Hopper|Navy|Rear Admiral|mentor|Conference|grace@navy.example|+1 555 0100|"
                   "https://www.linkedin.com/in/grace|http://grace.example|Ask about COBOL|30|-86405|"
                   "86395|1\n");
  g_assert_cmpint (cl_test_query_int64 (fixture->database,
                                        "SELECT count(*) FROM contacts WHERE cadence_days IS NULL"
                                        " AND last_contacted IS NULL AND next_follow_up IS NULL"), ==, 5);

  order = (g_free (order), names (contacts));
  g_assert_cmpstr (order, ==, "Alice Martin,ALICE Zhou,Bob Adams,bob Stone,carol Diaz,Grace Hopper");
}

static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct { const char *property; const char *value; } cases[] = {
    { "name", NULL },
    { "name", "   " },
    { "email", "ada" },
    { "email", "ada@" },
    { "email", "@example.com" },
    { "email", "ada@lovelace@example.com" },
    { "email", "ada lovelace@example.com" },
    { "linkedin-url", "linkedin.com/in/ada" },
    { "linkedin-url", "ftp://linkedin.com/in/ada" },
    { "linkedin-url", "https://" },
    { "portfolio-url", "javascript:alert(1)" },
  };
  ClContact *kept = add (fixture, "Kept", NULL);
  g_autofree char *before = cl_test_dump_database (fixture->database);
  g_autofree char *after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ClContact) contact = cl_contact_new ("Ada Lovelace");
      g_autoptr(GError) error = NULL;

      g_object_set (contact, cases[i].property, cases[i].value, NULL);
      g_assert_false (cl_contact_validate (contact, NULL));
      g_assert_false (cl_contact_store_add_contact (fixture->store, contact, &error));
      g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
      g_assert_cmpint (cl_contact_get_id (contact), ==, 0);
    }

  {
    g_autoptr(ClContact) contact = cl_contact_new ("Ada Lovelace");
    g_autoptr(GError) error = NULL;

    g_object_set (contact, "cadence-days", 4000u, NULL);
    g_assert_false (cl_contact_store_add_contact (fixture->store, contact, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  }

  /* Valid forms of the same fields. */
  {
    g_autoptr(ClContact) contact = cl_contact_new ("Ada Lovelace");

    g_object_set (contact,
                  "email", "ada.lovelace+jobs@example.co.uk",
                  "linkedin-url", "HTTPS://linkedin.com/in/ada",
                  "portfolio-url", "http://ada.example/",
                  NULL);
    g_assert_true (cl_contact_validate (contact, NULL));
    /* Empty text counts as not given. */
    g_object_set (contact, "email", "", "linkedin-url", "", NULL);
    g_assert_null (cl_contact_get_email (contact));
    g_assert_true (cl_contact_validate (contact, NULL));
  }

  /* Updates are validated too. */
  {
    g_autoptr(GError) error = NULL;

    g_object_set (kept, "email", "nope", NULL);
    g_assert_false (cl_contact_store_update_contact (fixture->store, kept, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  }

  after = cl_test_dump_database (fixture->database);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_store_get_contacts (fixture->store)), ==, 1);
}

static void
count_cb (GListModel *model,
          guint       position,
          guint       removed,
          guint       added,
          gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  GListModel *contacts = cl_contact_store_get_contacts (fixture->store);
  ClContact *anna = add (fixture, "Anna", "Acme");
  ClContact *zoe = add (fixture, "Zoe", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  guint n_changes = 0;

  add (fixture, "Mia", NULL);

  /* Renaming moves the contact to its new place. */
  cl_clock_advance (fixture->clock, 60);
  g_object_set (anna, "name", "Yara", "company", "Borealis", "role", CL_CONTACT_ROLE_RECRUITER, NULL);
  g_assert_true (cl_contact_store_update_contact (fixture->store, anna, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_contact_get_updated_at (anna), ==, CL_TEST_NOW + 60);
  order = names (contacts);
  g_assert_cmpstr (order, ==, "Mia,Yara,Zoe");
  g_clear_pointer (&order, g_free);
  order = sql_names (fixture->database);
  g_assert_cmpstr (order, ==, "Mia,Yara,Zoe");
  g_clear_pointer (&order, g_free);

  {
    g_autofree char *row = cl_test_query_text (fixture->database,
                                               "SELECT co.name, role FROM contacts c"
                                               " JOIN companies co ON co.id = c.company_id");

    g_assert_cmpstr (row, ==, "Borealis|recruiter\n");
  }

  /* An edit that keeps the order does not touch the model. */
  {
    gulong id = g_signal_connect (contacts, "items-changed", G_CALLBACK (count_cb), &n_changes);

    g_object_set (zoe, "name", "Zoë", "notes", "Met at NeurIPS", NULL);
    g_assert_true (cl_contact_store_update_contact (fixture->store, zoe, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_changes, ==, 0);
    g_signal_handler_disconnect (contacts, id);
  }

  /* Clearing the company. */
  g_object_set (anna, "company", NULL, NULL);
  g_assert_true (cl_contact_store_update_contact (fixture->store, anna, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_test_query_int64 (fixture->database,
                                        "SELECT count(*) FROM contacts WHERE company_id IS NULL"), ==, 3);

  /* A contact the store does not hold. */
  {
    g_autoptr(ClContact) stranger = cl_contact_new ("Stranger");

    g_assert_false (cl_contact_store_update_contact (fixture->store, stranger, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  GListModel *contacts = cl_contact_store_get_contacts (fixture->store);
  ClContact *a = add (fixture, "A", NULL);
  g_autoptr(ClContact) b = g_object_ref (add (fixture, "B", NULL));
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *sql = NULL;
  gint64 b_id = cl_contact_get_id (b);

  add (fixture, "C", NULL);
  sql = g_strdup_printf ("INSERT INTO interactions (contact_id, occurred_at) VALUES (%" G_GINT64_FORMAT ", 0)",
                         b_id);
  g_assert_cmpint (cl_test_exec (fixture->database, sql), ==, SQLITE_OK);

  g_assert_true (cl_contact_store_delete_contact (fixture->store, b, &error));
  g_assert_no_error (error);
  g_assert_null (cl_contact_store_find_contact (fixture->store, b_id));
  order = names (contacts);
  g_assert_cmpstr (order, ==, "A,C");
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM contacts"), ==, 2);
  g_assert_cmpint (cl_test_query_int64 (fixture->database, "SELECT count(*) FROM interactions"), ==, 0);

  /* Twice is an error, not a crash. */
  g_assert_false (cl_contact_store_delete_contact (fixture->store, b, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (cl_contact_store_delete_contact (fixture->store, a, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
}

static void
test_rollback (Fixture       *fixture,
               gconstpointer  data)
{
  GListModel *contacts = cl_contact_store_get_contacts (fixture->store);
  ClContact *a = add (fixture, "Anna", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *order = NULL;

  add (fixture, "Bea", NULL);
  before = cl_test_dump_database (fixture->database);
  cl_clock_advance (fixture->clock, 100);

  {
    g_autoptr(ClContact) c = cl_contact_new ("Aaron");

    g_object_set (c, "company", "New company", NULL);
    cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
    g_assert_false (cl_contact_store_add_contact (fixture->store, c, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
    g_clear_error (&error);
    g_assert_cmpint (cl_contact_get_id (c), ==, 0);
  }

  g_object_set (a, "name", "Zelda", NULL);
  cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
  g_assert_false (cl_contact_store_update_contact (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
  g_clear_error (&error);
  g_assert_cmpint (cl_contact_get_updated_at (a), ==, CL_TEST_NOW);

  cl_database_fail_next_commit (fixture->database, SQLITE_FULL);
  g_assert_false (cl_contact_store_delete_contact (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
  g_clear_error (&error);

  after = cl_test_dump_database (fixture->database);
  g_assert_cmpstr (before, ==, after);
  /* The model keeps the saved order and members. */
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  {
    g_autoptr(ClContact) first = g_list_model_get_item (contacts, 0);

    g_assert_true (first == a);
  }
  g_assert_true (cl_contact_store_find_contact (fixture->store, cl_contact_get_id (a)) == a);

  /* Saving again succeeds and re-sorts. */
  g_assert_true (cl_contact_store_update_contact (fixture->store, a, &error));
  g_assert_no_error (error);
  order = names (contacts);
  g_assert_cmpstr (order, ==, "Bea,Zelda");
}

static void
test_reload (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(ClContactStore) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  GListModel *model;

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("%c%c contact %u",
                                               'A' + g_rand_int_range (rand, 0, 26),
                                               'a' + g_rand_int_range (rand, 0, 26), i);
      /* Half in lower case, to check the order ignores case. */
      if (i % 2 == 0)
        {
          g_autofree char *lower = g_ascii_strdown (name, -1);

          add (fixture, lower, NULL);
        }
      else
        add (fixture, name, NULL);
    }
  before = names (cl_contact_store_get_contacts (fixture->store));

  again = cl_contact_store_new (fixture->database, fixture->clock);
  g_assert_true (cl_contact_store_load (again, &error));
  g_assert_no_error (error);
  after = names (cl_contact_store_get_contacts (again));
  g_assert_cmpstr (before, ==, after);

  /* Case-insensitive order throughout. */
  model = cl_contact_store_get_contacts (again);
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClContact) prev = g_list_model_get_item (model, i - 1);
      g_autoptr(ClContact) next = g_list_model_get_item (model, i);

      g_assert_cmpint (g_ascii_strcasecmp (cl_contact_get_name (prev), cl_contact_get_name (next)), <=, 0);
    }

  /* A second load replaces the contents. */
  g_assert_true (cl_contact_store_load (again, &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 200);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/contact-store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("add", test_add);
  ADD ("invalid", test_invalid);
  ADD ("update", test_update);
  ADD ("delete", test_delete);
  ADD ("rollback", test_rollback);
  ADD ("reload", test_reload);

#undef ADD

  return g_test_run ();
}
