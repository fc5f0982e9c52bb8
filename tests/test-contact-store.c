/* test-contact-store.c — contacts: sorted model, validation, copies, rollbacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-contact-search.h"
#include "cl-context.h"
#include "cl-follow-up.h"
#include "cl-test-util.h"

typedef struct
{
  ClTestFixture   base;
  ClContactStore *store;
  ClCompanyStore *companies;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_contact_store (fixture->base.context);
  fixture->companies = cl_context_get_company_store (fixture->base.context);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  cl_test_fixture_teardown (&fixture->base);
}

/* Saves an edited copy, which must succeed. */
static void
save (Fixture   *fixture,
      ClContact *copy)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_contact_store_update_contact (fixture->store, copy, &error));
  g_assert_no_error (error);
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

static const char *
or_null (const char *text)
{
  return text != NULL ? text : "NULL";
}

/* Every field of every contact of @context, company included, one line each. */
static char *
model_dump (ClContext *context)
{
  GListModel *model = cl_contact_store_get_contacts (cl_context_get_contact_store (context));
  GString    *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClContact) contact = g_list_model_get_item (model, i);

      g_string_append_printf (out,
                              "%" G_GINT64_FORMAT "|%s|%s|%s|%d|%s|%s|%s|%u|%" G_GINT64_FORMAT
                              "|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "\n",
                              cl_contact_get_id (contact), or_null (cl_contact_get_name (contact)),
                              or_null (cl_contact_get_company_name (contact)),
                              or_null (cl_contact_get_title (contact)),
                              (int) cl_contact_get_roles (contact),
                              or_null (cl_contact_get_emails (contact)),
                              or_null (cl_contact_get_linkedin_url (contact)),
                              or_null (cl_contact_get_notes (contact)),
                              cl_contact_get_cadence_days (contact),
                              cl_contact_get_next_follow_up (contact),
                              cl_contact_get_created_at (contact),
                              cl_contact_get_updated_at (contact));
    }
  return g_string_free (out, FALSE);
}

static char *
company_names (ClCompanyStore *companies)
{
  GListModel *model = cl_company_store_get_companies (companies);
  GString    *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClCompany) company = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "," : "", cl_company_get_name (company));
    }
  return g_string_free (out, FALSE);
}

static char *
sql_names (ClDatabase *database)
{
  g_autofree char *rows =
    cl_test_query_text (database, "SELECT group_concat(name, ',') FROM"
                                  " (SELECT name FROM contacts ORDER BY name COLLATE NOCASE, id)");

  return g_strdup (g_strchomp (rows));
}

static void
test_add (Fixture      *fixture,
          gconstpointer data)
{
  GListModel *contacts = cl_contact_store_get_contacts (fixture->store);
  g_autoptr(ClContact) full = cl_contact_new ("  Grace Hopper ");
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *row = NULL;
  ClContact       *bob;
  ClContact       *alice;

  g_assert_true (g_list_model_get_item_type (contacts) == CL_TYPE_CONTACT);
  bob = cl_test_add_contact (fixture->store, "bob Stone", "Acme AI");
  alice = cl_test_add_contact (fixture->store, "Alice Martin", "acme ai");
  cl_test_add_contact (fixture->store, "carol Diaz", NULL);
  cl_test_add_contact (fixture->store, "Bob Adams", "Tensor Labs");
  cl_test_add_contact (fixture->store, "ALICE Zhou", NULL);

  g_assert_cmpint (cl_contact_get_id (bob), >, 0);
  g_assert_cmpint (cl_contact_get_created_at (bob), ==, CL_TEST_NOW);
  g_assert_cmpint (cl_contact_get_updated_at (bob), ==, CL_TEST_NOW);
  g_assert_true (cl_contact_store_find_contact (fixture->store, cl_contact_get_id (bob)) == bob);
  g_assert_null (cl_contact_store_find_contact (fixture->store, 999));

  order = names (contacts);
  g_assert_cmpstr (order, ==, "Alice Martin,ALICE Zhou,Bob Adams,bob Stone,carol Diaz");

  /* Companies are shared without regard to case: one row and, since
   * companies became objects, one shared ClCompany with the first spelling. */
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM companies"),
                   ==, 2);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM contacts WHERE company_id IS NULL"),
                   ==, 2);
  g_assert_nonnull (cl_contact_get_company (bob));
  g_assert_true (cl_contact_get_company (alice) == cl_contact_get_company (bob));
  g_assert_true (cl_company_store_find_by_name (fixture->companies, "ACME AI") ==
                 cl_contact_get_company (bob));
  g_assert_cmpstr (cl_contact_get_company_name (alice), ==, "Acme AI");

  /* Every field is saved; names are trimmed; 0 means none. */
  cl_clock_advance (fixture->base.clock, 5);
  cl_contact_set_company_name (full, "  Navy ");
  g_object_set (full,
                "title", "Rear Admiral",
                "roles",
                CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_MENTOR) |
                  CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_REFERRER),
                "how-met", "Conference",
                "emails", "work\tgrace@navy.example\n\nhome\t grace@home.example ",
                "phones", "mobile\t+1 555 0100",
                "tags", " cobol, Navy,navy ,, compilers",
                "github-url", "https://github.com/grace",
                "linkedin-url", "https://www.linkedin.com/in/grace",
                "portfolio-url", "http://grace.example",
                "notes", "Ask about COBOL",
                "cadence-days", 30u,
                "next-follow-up", CL_TEST_NOW + 86400,
                NULL);
  g_assert_true (cl_contact_store_add_contact (fixture->store, full, &error));
  g_assert_no_error (error);
  /* The new object became the shared one, with the saved values. */
  g_assert_true (cl_contact_store_find_contact (fixture->store, cl_contact_get_id (full)) == full);
  g_assert_cmpstr (cl_contact_get_name (full), ==, "Grace Hopper");
  g_assert_cmpstr (cl_contact_get_company_name (full), ==, "Navy");
  g_assert_true (cl_contact_get_company (full) ==
                 cl_company_store_find_by_name (fixture->companies, "navy"));
  g_assert_cmpint (cl_contact_get_created_at (full), ==, CL_TEST_NOW + 5);

  row =
    cl_test_query_text (fixture->base.database,
                        "SELECT c.name, co.name, title, roles, how_met,"
                        " (SELECT group_concat(label || ' ' || address, ',') FROM"
                        "  (SELECT * FROM contact_emails WHERE contact_id = c.id"
                        "   ORDER BY position)),"
                        " (SELECT group_concat(label || ' ' || number, ',') FROM contact_phones"
                        "  WHERE contact_id = c.id),"
                        " (SELECT group_concat(tag, ',') FROM"
                        "  (SELECT tag FROM contact_tags WHERE contact_id = c.id ORDER BY tag)),"
                        " linkedin_url, portfolio_url, github_url, c.notes, cadence_days,"
                        " last_contacted IS NULL, vcard_uid LIKE 'urn:uuid:%',"
                        " next_follow_up - created_at, created_at = updated_at"
                        " FROM contacts c JOIN companies co ON co.id = c.company_id"
                        " WHERE c.name = 'Grace Hopper'");
  g_assert_cmpstr (
    row, ==,
    "Grace Hopper|Navy|Rear Admiral|36|Conference|"
    "work grace@navy.example,home grace@home.example|mobile +1 555 0100|cobol,compilers,Navy|"
    "https://www.linkedin.com/in/grace|http://grace.example|https://github.com/grace|"
    "Ask about COBOL|30|1|1|86395|1\n");
  g_assert_cmpstr (cl_contact_get_emails (full), ==,
                   "work\tgrace@navy.example\nhome\tgrace@home.example");
  g_assert_cmpstr (cl_contact_get_tags (full), ==, "cobol, compilers, Navy");
  g_assert_true (cl_contact_has_role (full, CL_CONTACT_ROLE_REFERRER));
  g_assert_false (cl_contact_has_role (full, CL_CONTACT_ROLE_RECRUITER));
  g_assert_true (g_str_has_prefix (cl_contact_get_vcard_uid (full), "urn:uuid:"));
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM contacts WHERE cadence_days IS NULL"
                                        " AND last_contacted IS NULL AND next_follow_up IS NULL"),
                   ==, 5);

  order = (g_free (order), names (contacts));
  g_assert_cmpstr (order, ==,
                   "Alice Martin,ALICE Zhou,Bob Adams,bob Stone,carol Diaz,Grace Hopper");
}

static void
test_invalid (Fixture      *fixture,
              gconstpointer data)
{
  /* Validation errors are CL_VALIDATION_ERROR now (no longer
   * CL_DATABASE_ERROR_INVALID), with a code and the field they are about. */
  static const struct
  {
    const char       *property;
    const char       *value;
    ClValidationError code;
  } cases[] = {
    { "name", NULL, CL_VALIDATION_ERROR_REQUIRED },
    { "name", "   ", CL_VALIDATION_ERROR_REQUIRED },
    { "emails", "ada", CL_VALIDATION_ERROR_FORMAT },
    { "emails", "work\tada@", CL_VALIDATION_ERROR_FORMAT },
    { "emails", "@example.com", CL_VALIDATION_ERROR_FORMAT },
    { "emails", "ada@lovelace@example.com", CL_VALIDATION_ERROR_FORMAT },
    { "emails", "home\tada@example.com\nwork\tada lovelace@example.com",
      CL_VALIDATION_ERROR_FORMAT },
    { "phones", "mobile\t0123456789012345678901234567890123456789012345678901",
      CL_VALIDATION_ERROR_TOO_LONG },
    { "tags", "ok, 012345678901234567890123456789012345678901234567890",
      CL_VALIDATION_ERROR_TOO_LONG },
    { "github-url", "github.com/ada", CL_VALIDATION_ERROR_FORMAT },
    { "linkedin-url", "linkedin.com/in/ada", CL_VALIDATION_ERROR_FORMAT },
    { "linkedin-url", "ftp://linkedin.com/in/ada", CL_VALIDATION_ERROR_FORMAT },
    { "linkedin-url", "https://", CL_VALIDATION_ERROR_FORMAT },
    { "portfolio-url", "javascript:alert(1)", CL_VALIDATION_ERROR_FORMAT },
  };
  ClContact     *kept = cl_test_add_contact (fixture->store, "Kept", NULL);
  ClTestSnapshot snapshot;
  ClTestChanges  changes;

  cl_test_snapshot_take (&snapshot, fixture->base.database, model_dump (fixture->base.context));
  cl_test_changes_watch (&changes, fixture->base.database);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ClContact) contact = cl_contact_new ("Ada Lovelace");
      g_autoptr(GError) error = NULL;

      g_object_set (contact, cases[i].property, cases[i].value, NULL);
      g_assert_false (cl_model_validate (CL_MODEL (contact), &error));
      g_assert_error (error, CL_VALIDATION_ERROR, (gint) cases[i].code);
      g_assert_cmpstr (cl_validation_error_get_field (error), ==, cases[i].property);
      g_clear_error (&error);

      g_assert_false (cl_contact_store_add_contact (fixture->store, contact, &error));
      g_assert_error (error, CL_VALIDATION_ERROR, (gint) cases[i].code);
      g_assert_cmpstr (cl_validation_error_get_field (error), ==, cases[i].property);
      g_assert_cmpint (cl_contact_get_id (contact), ==, 0);
    }

  {
    g_autoptr(ClContact) contact = cl_contact_new ("Ada Lovelace");
    g_autoptr(GError) error = NULL;

    g_object_set (contact, "cadence-days", 4000u, NULL);
    g_assert_false (cl_contact_store_add_contact (fixture->store, contact, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "cadence-days");
  }

  /* The company's own problems are the contact's "company" field's. */
  {
    g_autoptr(ClContact) contact = cl_contact_new ("Ada Lovelace");
    g_autofree char *long_name = g_strnfill (201, 'x');
    g_autoptr(GError) error = NULL;

    cl_contact_set_company_name (contact, long_name);
    g_assert_false (cl_contact_store_add_contact (fixture->store, contact, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_TOO_LONG);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "company");
  }

  /* Validation comes before any SQL: even a file that cannot be written
   * says what is wrong with the contact. */
  {
    g_autoptr(ClContact) contact = cl_contact_new ("Ada Lovelace");
    g_autoptr(GError) error = NULL;

    g_object_set (contact, "emails", "ada", NULL);
    cl_test_set_read_only (fixture->base.database);
    g_assert_false (cl_contact_store_add_contact (fixture->store, contact, &error));
    cl_test_heal (fixture->base.database);
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_FORMAT);
  }

  /* Valid forms of the same fields. */
  {
    g_autoptr(ClContact) contact = cl_contact_new ("Ada Lovelace");

    g_object_set (contact,
                  "emails", "work\tada.lovelace+jobs@example.co.uk\nmobile\tada@example.com",
                  "linkedin-url", "HTTPS://linkedin.com/in/ada",
                  "portfolio-url", "http://ada.example/",
                  NULL);
    g_assert_true (cl_model_validate (CL_MODEL (contact), NULL));
    /* Spaces around are dropped when saved, so they are no mistake. */
    g_object_set (contact, "emails", "  ada@example.com ", NULL);
    g_assert_true (cl_model_validate (CL_MODEL (contact), NULL));
    /* Empty text counts as not given. */
    g_object_set (contact, "emails", "", "linkedin-url", "", NULL);
    g_assert_null (cl_contact_get_emails (contact));
    g_assert_true (cl_model_validate (CL_MODEL (contact), NULL));
    /* A blank company name is no company. */
    cl_contact_set_company_name (contact, "   ");
    g_assert_null (cl_contact_get_company (contact));
    g_assert_true (cl_model_validate (CL_MODEL (contact), NULL));
  }

  /* Updates are validated too; the shared object is left alone. */
  {
    g_autoptr(ClContact) copy = cl_contact_copy (kept);
    g_autoptr(GError) error = NULL;

    g_object_set (copy, "emails", "nope", NULL);
    g_assert_false (cl_contact_store_update_contact (fixture->store, copy, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_FORMAT);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "emails");
    g_assert_null (cl_contact_get_emails (kept));
  }

  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database,
                                     model_dump (fixture->base.context));
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_store_get_contacts (fixture->store)), ==,
                    1);
  g_assert_cmpuint (g_list_model_get_n_items (cl_company_store_get_companies (fixture->companies)),
                    ==, 0);
  g_assert_cmpuint (changes.n_changes, ==, 0);
  cl_test_changes_clear (&changes);
}

static void
test_update (Fixture      *fixture,
             gconstpointer data)
{
  GListModel *contacts = cl_contact_store_get_contacts (fixture->store);
  ClContact  *anna = cl_test_add_contact (fixture->store, "Anna", "Acme");
  ClContact  *zoe = cl_test_add_contact (fixture->store, "Zoe", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  guint            n_changes = 0;

  cl_test_add_contact (fixture->store, "Mia", NULL);

  /* Renaming moves the contact to its new place. */
  cl_clock_advance (fixture->base.clock, 60);
  {
    g_autoptr(ClContact) copy = cl_contact_copy (anna);

    g_object_set (copy, "name", "Yara", "roles",
                  CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_RECRUITER), NULL);
    cl_contact_set_company_name (copy, "Borealis");
    save (fixture, copy);
  }
  g_assert_cmpint (cl_contact_get_updated_at (anna), ==, CL_TEST_NOW + 60);
  g_assert_cmpstr (cl_contact_get_name (anna), ==, "Yara");
  g_assert_true (cl_contact_has_role (anna, CL_CONTACT_ROLE_RECRUITER));
  g_assert_cmpuint (cl_contact_get_roles (anna), ==,
                    CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_RECRUITER));
  order = names (contacts);
  g_assert_cmpstr (order, ==, "Mia,Yara,Zoe");
  g_clear_pointer (&order, g_free);
  order = sql_names (fixture->base.database);
  g_assert_cmpstr (order, ==, "Mia,Yara,Zoe");
  g_clear_pointer (&order, g_free);

  {
    g_autofree char *row = cl_test_query_text (fixture->base.database,
                                               "SELECT co.name, roles FROM contacts c"
                                               " JOIN companies co ON co.id = c.company_id");

    g_assert_cmpstr (row, ==, "Borealis|1\n");
  }
  /* Another name links the contact to another company and leaves the first
   * one as it was (the shared contact's company: see test_company_follows). */
  order = company_names (fixture->companies);
  g_assert_cmpstr (order, ==, "Acme,Borealis");
  g_clear_pointer (&order, g_free);

  /* An edit that keeps the order does not touch the model. */
  {
    gulong id = cl_test_count_emissions (contacts, "items-changed", &n_changes);
    g_autoptr(ClContact) copy = cl_contact_copy (zoe);

    g_object_set (copy, "name", "Zoë", "notes", "Met at NeurIPS", NULL);
    save (fixture, copy);
    g_assert_cmpuint (n_changes, ==, 0);
    g_assert_cmpstr (cl_contact_get_name (zoe), ==, "Zoë");
    g_assert_cmpstr (cl_contact_get_notes (zoe), ==, "Met at NeurIPS");
    g_signal_handler_disconnect (contacts, id);
  }

  /* Clearing the company. */
  {
    g_autoptr(ClContact) copy = cl_contact_copy (anna);

    cl_contact_set_company_name (copy, NULL);
    save (fixture, copy);
  }
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM contacts WHERE company_id IS NULL"),
                   ==, 3);

  /* A contact the store does not hold. */
  {
    g_autoptr(ClContact) stranger = cl_contact_new ("Stranger");

    g_assert_false (cl_contact_store_update_contact (fixture->store, stranger, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
}

/* A view edits a copy: the shared object does not change until the copy is
 * saved, then shows what was saved (trimmed), as a reload does. */
static void
test_copy (Fixture      *fixture,
           gconstpointer data)
{
  ClContact *ada = cl_test_add_contact (fixture->store, "Ada", "Analytical Engines");
  ClCompany *company = cl_contact_get_company (ada);
  g_autoptr(ClContact) copy = cl_contact_copy (ada);
  g_autoptr(GError) error = NULL;
  guint         n_notifies = 0;
  ClTestChanges changes;

  g_assert_true (copy != ada);
  g_assert_cmpint (cl_contact_get_id (copy), ==, cl_contact_get_id (ada));
  g_assert_true (cl_model_equal (CL_MODEL (copy), CL_MODEL (ada)));
  /* The copy holds a copy of the company, to edit. */
  g_assert_true (cl_contact_get_company (copy) != company);
  g_assert_cmpstr (cl_contact_get_company_name (copy), ==, "Analytical Engines");

  cl_test_count_emissions (ada, "notify", &n_notifies);
  cl_test_changes_watch (&changes, fixture->base.database);
  cl_clock_advance (fixture->base.clock, 30);

  g_object_set (copy,
                "name", "  Ada Lovelace ",
                "title", " Analyst  ",
                "emails", " ada@engines.example ",
                "linkedin-url", " https://www.linkedin.com/in/ada ",
                "cadence-days", 14u,
                "next-follow-up", CL_TEST_NOW + 14 * 86400,
                NULL);
  /* Only the spelling of the company's name: the same company, renamed. */
  cl_contact_set_company_name (copy, " ANALYTICAL ENGINES ");

  /* Nothing reached the shared object, the company or the database. */
  g_assert_cmpuint (n_notifies, ==, 0);
  g_assert_cmpstr (cl_contact_get_name (ada), ==, "Ada");
  g_assert_null (cl_contact_get_title (ada));
  g_assert_null (cl_contact_get_emails (ada));
  g_assert_cmpuint (cl_contact_get_cadence_days (ada), ==, 0);
  g_assert_cmpstr (cl_company_get_name (company), ==, "Analytical Engines");
  g_assert_false (cl_model_equal (CL_MODEL (copy), CL_MODEL (ada)));
  g_assert_cmpuint (changes.n_changes, ==, 0);

  g_assert_true (cl_contact_store_update_contact (fixture->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_changes, ==, 1);

  /* The shared object (still the one in the model) shows the saved values. */
  g_assert_true (cl_contact_store_find_contact (fixture->store, cl_contact_get_id (ada)) == ada);
  g_assert_cmpuint (n_notifies, >, 0);
  g_assert_cmpstr (cl_contact_get_name (ada), ==, "Ada Lovelace");
  g_assert_cmpstr (cl_contact_get_title (ada), ==, "Analyst");
  g_assert_cmpstr (cl_contact_get_emails (ada), ==, "other\tada@engines.example");
  g_assert_cmpstr (cl_contact_get_linkedin_url (ada), ==, "https://www.linkedin.com/in/ada");
  g_assert_cmpuint (cl_contact_get_cadence_days (ada), ==, 14);
  g_assert_cmpint (cl_contact_get_next_follow_up (ada), ==, CL_TEST_NOW + 14 * 86400);
  g_assert_cmpint (cl_contact_get_updated_at (ada), ==, CL_TEST_NOW + 30);
  g_assert_cmpint (cl_contact_get_created_at (ada), ==, CL_TEST_NOW);
  g_assert_true (cl_contact_get_company (ada) == company);
  g_assert_cmpstr (cl_company_get_name (company), ==, "ANALYTICAL ENGINES");
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM companies"),
                   ==, 1);

  /* The copy itself is not what the store shows; it is not normalized. */
  g_assert_cmpstr (cl_contact_get_name (copy), ==, "  Ada Lovelace ");

  /* A reload reads the same. */
  cl_test_fixture_assert_reload_same (&fixture->base, model_dump);

  g_signal_handlers_disconnect_by_data (ada, &n_notifies);
  cl_test_changes_clear (&changes);
}

/* The shared contact shows the company a save linked it to, or none.
 *
 * Before: assigning a fresh row leaves object fields alone, and the contact
 * store never set "company" on a shared contact, so it kept the old one (and
 * even a reload did not mend it). */
static void
check_company (ClContact *contact,
               ClCompany *company)
{
  g_assert_true (cl_contact_get_company (contact) == company);
}

static void
test_company_follows (Fixture      *fixture,
                      gconstpointer data)
{
  ClContact *anna = cl_test_add_contact (fixture->store, "Anna", "Acme");
  ClCompany *acme = cl_contact_get_company (anna);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (acme);

  /* Another company. */
  {
    g_autoptr(ClContact) copy = cl_contact_copy (anna);

    cl_contact_set_company_name (copy, "Borealis");
    save (fixture, copy);
  }
  g_assert_cmpstr (cl_company_get_name (acme), ==, "Acme");
  check_company (anna, cl_company_store_find_by_name (fixture->companies, "Borealis"));
  /* What another context reads is right. */
  {
    g_autoptr(ClContext) again = cl_test_fixture_reload (&fixture->base);
    ClContact *read = cl_contact_store_find_contact (cl_context_get_contact_store (again),
                                                     cl_contact_get_id (anna));

    g_assert_cmpstr (cl_contact_get_company_name (read), ==, "Borealis");
  }
  /* Reading the contacts again mends nothing. */
  g_assert_true (cl_store_load (CL_STORE (fixture->store), &error));
  g_assert_no_error (error);
  check_company (anna, cl_company_store_find_by_name (fixture->companies, "Borealis"));

  /* None. */
  {
    g_autoptr(ClContact) copy = cl_contact_copy (anna);

    cl_contact_set_company_name (copy, NULL);
    save (fixture, copy);
  }
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM contacts WHERE company_id IS NULL"),
                   ==, 1);
  check_company (anna, NULL);

  /* From none to one: the same. */
  {
    g_autoptr(ClContact) copy = cl_contact_copy (anna);

    cl_contact_set_company_name (copy, "Acme");
    save (fixture, copy);
  }
  check_company (anna, acme);
}

static void
test_delete (Fixture      *fixture,
             gconstpointer data)
{
  GListModel *contacts = cl_contact_store_get_contacts (fixture->store);
  ClContact  *a = cl_test_add_contact (fixture->store, "A", NULL);
  g_autoptr(ClContact) b = g_object_ref (cl_test_add_contact (fixture->store, "B", NULL));
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *sql = NULL;
  gint64           b_id = cl_contact_get_id (b);

  cl_test_add_contact (fixture->store, "C", NULL);
  sql =
    g_strdup_printf ("INSERT INTO interactions (contact_id, occurred_at) VALUES (%" G_GINT64_FORMAT
                     ", 0)",
                     b_id);
  g_assert_cmpint (cl_test_exec (fixture->base.database, sql), ==, SQLITE_OK);

  g_assert_true (cl_contact_store_delete_contact (fixture->store, b, &error));
  g_assert_no_error (error);
  g_assert_null (cl_contact_store_find_contact (fixture->store, b_id));
  order = names (contacts);
  g_assert_cmpstr (order, ==, "A,C");
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM contacts"),
                   ==, 2);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM interactions"),
                   ==, 0);

  /* Twice is an error, not a crash. */
  g_assert_false (cl_contact_store_delete_contact (fixture->store, b, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (cl_contact_store_delete_contact (fixture->store, a, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
}

/* A failed save changes neither the rows nor the models. */
static void
test_rollback (Fixture      *fixture,
               gconstpointer data)
{
  GListModel *contacts = cl_contact_store_get_contacts (fixture->store);
  ClContact  *a = cl_test_add_contact (fixture->store, "Anna", "Acme");
  g_autoptr(ClContact) copy = cl_contact_copy (a);
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *companies = NULL;
  ClTestSnapshot   snapshot;
  ClTestChanges    changes;

  cl_test_add_contact (fixture->store, "Bea", NULL);
  cl_clock_advance (fixture->base.clock, 100);
  cl_test_changes_watch (&changes, fixture->base.database);
  cl_test_snapshot_take (&snapshot, fixture->base.database, model_dump (fixture->base.context));
  companies = company_names (fixture->companies);

  /* add, on a full disk */
  {
    g_autoptr(ClContact) c = cl_contact_new ("Aaron");
    g_autofree char *notes = cl_test_long_text ();

    cl_contact_set_company_name (c, "New company");
    g_object_set (c, "notes", notes, NULL);
    cl_test_set_disk_full (fixture->base.database);
    g_assert_false (cl_contact_store_add_contact (fixture->store, c, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_FULL);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    g_assert_cmpint (cl_contact_get_id (c), ==, 0);

    /* add, failing after its new company was written: that goes too */
    cl_test_fail_on (fixture->base.database, "INSERT", "contacts");
    g_assert_false (cl_contact_store_add_contact (fixture->store, c, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    g_assert_cmpint (cl_contact_get_id (c), ==, 0);
  }

  /* update, on a file that became read-only, then failing at its last statement */
  g_object_set (copy, "name", "Zelda", "emails", "zelda@example.com", NULL);
  cl_contact_set_company_name (copy, "Hyrule");
  cl_test_set_read_only (fixture->base.database);
  g_assert_false (cl_contact_store_update_contact (fixture->store, copy, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  cl_test_fail_on (fixture->base.database, "UPDATE", "contacts");
  g_assert_false (cl_contact_store_update_contact (fixture->store, copy, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  g_assert_cmpstr (cl_contact_get_name (a), ==, "Anna");
  g_assert_null (cl_contact_get_emails (a));
  g_assert_cmpstr (cl_contact_get_company_name (a), ==, "Acme");
  g_assert_cmpint (cl_contact_get_updated_at (a), ==, CL_TEST_NOW);

  /* delete */
  cl_test_fail_on (fixture->base.database, "DELETE", "contacts");
  g_assert_false (cl_contact_store_delete_contact (fixture->store, a, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);

  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database,
                                     model_dump (fixture->base.context));
  {
    g_autofree char *companies_after = company_names (fixture->companies);

    g_assert_cmpstr (companies_after, ==, companies);
  }
  g_assert_cmpuint (changes.n_changes, ==, 0);
  /* The model keeps the saved order and members. */
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  {
    g_autoptr(ClContact) first = g_list_model_get_item (contacts, 0);

    g_assert_true (first == a);
  }
  g_assert_true (cl_contact_store_find_contact (fixture->store, cl_contact_get_id (a)) == a);

  /* Saving the same copy again succeeds and re-sorts. */
  save (fixture, copy);
  order = names (contacts);
  g_assert_cmpstr (order, ==, "Bea,Zelda");
  {
    g_autofree char *row = cl_test_query_text (fixture->base.database,
                                               "SELECT co.name FROM contacts c JOIN companies co"
                                               " ON co.id = c.company_id WHERE c.name = 'Zelda'");

    g_assert_cmpstr (row, ==, "Hyrule\n");
  }
  g_assert_cmpuint (changes.n_changes, ==, 1);
  cl_test_changes_clear (&changes);
}

static void
test_reload (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(ClContext) again = NULL;
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

          cl_test_add_contact (fixture->store, lower, i % 3 == 0 ? "Acme" : NULL);
        }
      else
        cl_test_add_contact (fixture->store, name, NULL);
    }
  before = model_dump (fixture->base.context);

  again = cl_test_fixture_reload (&fixture->base);
  model = cl_contact_store_get_contacts (cl_context_get_contact_store (again));
  after = model_dump (again);
  g_assert_cmpstr (before, ==, after);

  /* Case-insensitive order throughout. */
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClContact) prev = g_list_model_get_item (model, i - 1);
      g_autoptr(ClContact) next = g_list_model_get_item (model, i);

      g_assert_cmpint (g_ascii_strcasecmp (cl_contact_get_name (prev), cl_contact_get_name (next)),
                       <=, 0);
    }

  /* A second load replaces the contents, keeping the same objects. */
  {
    g_autoptr(ClContact) first = g_list_model_get_item (model, 0);

    g_assert_true (cl_store_load (CL_STORE (cl_context_get_contact_store (again)), &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 200);
    g_assert_true (cl_contact_store_find_contact (cl_context_get_contact_store (again),
                                                  cl_contact_get_id (first)) == first);
  }
}

#define DAY ((gint64) 86400)

static void
count_contact_cb (ClContactStore *store,
                  gint64          contact_id,
                  gpointer        user_data)
{
  GArray *ids = user_data;

  g_array_append_val (ids, contact_id);
}

/* Interactions: listed newest first, and the newest is "last contacted". */
static void
test_interactions (Fixture      *fixture,
                   gconstpointer data)
{
  ClContact *ada = cl_test_add_contact (fixture->store, "Ada", NULL);
  ClContact *bob = cl_test_add_contact (fixture->store, "Bob", NULL);
  g_autoptr(GArray) signalled = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(ClInteraction) first = NULL;
  g_autoptr(ClInteraction) second = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  g_signal_connect (fixture->store, "interactions-changed", G_CALLBACK (count_contact_cb),
                    signalled);
  g_assert_cmpint (cl_contact_get_last_contacted (ada), ==, 0);

  first = cl_interaction_new (cl_contact_get_id (ada), CL_TEST_NOW - 10 * DAY,
                              CL_INTERACTION_CHANNEL_EMAIL, "  Asked about the team  ");
  g_assert_true (cl_contact_store_add_interaction (fixture->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_interaction_get_id (first), >, 0);
  g_assert_cmpstr (cl_interaction_get_summary (first), ==, "Asked about the team");
  g_assert_cmpint (cl_contact_get_last_contacted (ada), ==, CL_TEST_NOW - 10 * DAY);
  g_assert_cmpuint (signalled->len, ==, 1);
  g_assert_cmpint (g_array_index (signalled, gint64, 0), ==, cl_contact_get_id (ada));

  /* An older one does not move "last contacted" back. */
  second = cl_interaction_new (cl_contact_get_id (ada), CL_TEST_NOW - 20 * DAY,
                               CL_INTERACTION_CHANNEL_IN_PERSON, NULL);
  g_assert_true (cl_contact_store_add_interaction (fixture->store, second, &error));
  g_assert_cmpint (cl_contact_get_last_contacted (ada), ==, CL_TEST_NOW - 10 * DAY);

  list = cl_contact_store_list_interactions (fixture->store, cl_contact_get_id (ada), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(ClInteraction) newest = g_list_model_get_item (list, 0);

    g_assert_cmpint (cl_interaction_get_channel (newest), ==, CL_INTERACTION_CHANNEL_EMAIL);
  }
  g_clear_object (&list);

  /* Editing the date moves it; deleting the newest falls back on the other. */
  {
    g_autoptr(ClInteraction) copy = cl_interaction_copy (second);

    g_object_set (copy, "occurred-at", CL_TEST_NOW - DAY, NULL);
    g_assert_true (cl_contact_store_update_interaction (fixture->store, copy, &error));
    g_assert_cmpint (cl_contact_get_last_contacted (ada), ==, CL_TEST_NOW - DAY);
    g_assert_true (cl_contact_store_delete_interaction (fixture->store, copy, &error));
    g_assert_cmpint (cl_contact_get_last_contacted (ada), ==, CL_TEST_NOW - 10 * DAY);
  }

  /* Bad input: no date, a contact or application that is gone. */
  {
    g_autoptr(ClInteraction) undated =
                 cl_interaction_new (cl_contact_get_id (bob), 0, CL_INTERACTION_CHANNEL_CALL, NULL);
    g_autoptr(ClInteraction) nobody =
                 cl_interaction_new (999, CL_TEST_NOW, CL_INTERACTION_CHANNEL_CALL, NULL);
    g_autoptr(ClInteraction) about =
                 cl_interaction_new (cl_contact_get_id (bob), CL_TEST_NOW,
                                     CL_INTERACTION_CHANNEL_CALL, NULL);

    g_assert_false (cl_contact_store_add_interaction (fixture->store, undated, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "occurred-at");
    g_clear_error (&error);
    g_assert_false (cl_contact_store_add_interaction (fixture->store, nobody, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_object_set (about, "application-id", (gint64) 999, NULL);
    g_assert_false (cl_contact_store_add_interaction (fixture->store, about, &error));
    g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpint (cl_contact_get_last_contacted (bob), ==, 0);
  }

  /* Deleting the contact takes its interactions along. */
  g_assert_true (cl_contact_store_delete_contact (fixture->store, ada, &error));
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM interactions"),
                   ==, 0);
}

/* Follow-ups: the earlier of the date and the cadence, snoozes, "Done". */
static void
test_follow_up (Fixture      *fixture,
                gconstpointer data)
{
  ClContact *ada = cl_test_add_contact (fixture->store, "Ada", NULL);
  ClContact *bob = cl_test_add_contact (fixture->store, "Bob", NULL);
  gint64     now = CL_TEST_NOW;
  g_autoptr(GError) error = NULL;

  /* Nothing planned: never due. */
  g_assert_cmpint (cl_follow_up_get_due (ada), ==, 0);
  g_assert_false (cl_follow_up_is_due (ada, now + 1000 * DAY));

  /* A cadence alone counts from when the contact was added… */
  {
    g_autoptr(ClContact) copy = cl_contact_copy (ada);

    g_object_set (copy, "cadence-days", 30u, NULL);
    save (fixture, copy);
  }
  g_assert_cmpint (cl_follow_up_get_due (ada), ==, now + 30 * DAY);
  g_assert_false (cl_follow_up_is_due (ada, now + 30 * DAY - 1));
  g_assert_true (cl_follow_up_is_due (ada, now + 30 * DAY));

  /* …then from the last contact. */
  {
    g_autoptr(ClInteraction) call =
                 cl_interaction_new (cl_contact_get_id (ada), now + 5 * DAY,
                                     CL_INTERACTION_CHANNEL_CALL, NULL);

    g_assert_true (cl_contact_store_add_interaction (fixture->store, call, &error));
  }
  g_assert_cmpint (cl_follow_up_get_due (ada), ==, now + 35 * DAY);

  /* An explicit date wins when earlier, and the cadence when that is. */
  {
    g_autoptr(ClContact) copy = cl_contact_copy (ada);

    g_object_set (copy, "next-follow-up", now + 7 * DAY, NULL);
    save (fixture, copy);
  }
  g_assert_cmpint (cl_follow_up_get_due (ada), ==, now + 7 * DAY);
  {
    g_autoptr(ClContact) copy = cl_contact_copy (ada);

    g_object_set (copy, "next-follow-up", now + 90 * DAY, NULL);
    save (fixture, copy);
  }
  g_assert_cmpint (cl_follow_up_get_due (ada), ==, now + 35 * DAY);

  /* A date alone. */
  {
    g_autoptr(ClContact) copy = cl_contact_copy (bob);

    g_object_set (copy, "next-follow-up", now - 2 * DAY, NULL);
    save (fixture, copy);
  }
  g_assert_true (cl_follow_up_is_due (bob, now));
  /* The longest overdue first. */
  g_assert_cmpint (cl_follow_up_compare (bob, ada), <, 0);
  g_assert_cmpint (cl_follow_up_compare (ada, bob), >, 0);

  /* Snooze: not due until it ends; it must end later than now. */
  g_assert_false (cl_contact_store_snooze (fixture->store, bob, now, &error));
  g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_true (cl_contact_store_snooze (fixture->store, bob, now + 3 * DAY, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_contact_get_snoozed_until (bob), ==, now + 3 * DAY);
  g_assert_false (cl_follow_up_is_due (bob, now));
  g_assert_true (cl_follow_up_is_due (bob, now + 3 * DAY));

  /* Done: an interaction now, the past date and the snooze gone. */
  cl_clock_advance (fixture->base.clock, 4 * DAY);
  g_assert_true (cl_contact_store_follow_up_done (fixture->store, bob, CL_INTERACTION_CHANNEL_EMAIL,
                                                  "Sent the paper", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_contact_get_last_contacted (bob), ==, now + 4 * DAY);
  g_assert_cmpint (cl_contact_get_next_follow_up (bob), ==, 0);
  g_assert_cmpint (cl_contact_get_snoozed_until (bob), ==, 0);
  g_assert_cmpint (cl_follow_up_get_due (bob), ==, 0);
  {
    g_autofree char *row = cl_test_query_text (fixture->base.database,
                                               "SELECT channel, summary, occurred_at - 1793523600"
                                               " FROM interactions i JOIN contacts c"
                                               " ON c.id = i.contact_id WHERE c.name = 'Bob'");

    g_assert_cmpstr (row, ==, "email|Sent the paper|345600\n");
  }
  /* A date still to come stays; the cadence counts from now. */
  cl_clock_advance (fixture->base.clock, 2 * DAY);
  g_assert_true (cl_contact_store_follow_up_done (fixture->store, ada, CL_INTERACTION_CHANNEL_OTHER,
                                                  NULL, &error));
  g_assert_cmpint (cl_contact_get_next_follow_up (ada), ==, now + 90 * DAY);
  g_assert_cmpint (cl_follow_up_get_due (ada), ==, now + 36 * DAY);

  /* One transaction: a failure leaves nothing. */
  {
    g_autofree char *before = cl_test_dump_database (fixture->base.database);
    g_autofree char *after = NULL;

    cl_test_fail_on (fixture->base.database, "UPDATE", "contacts");
    g_assert_false (cl_contact_store_follow_up_done (fixture->store, ada,
                                                     CL_INTERACTION_CHANNEL_OTHER, NULL, &error));
    g_clear_error (&error);
    cl_test_heal (fixture->base.database);
    after = cl_test_dump_database (fixture->base.database);
    g_assert_cmpstr (before, ==, after);
  }
}

static guint
count_matches (Fixture    *fixture,
               const char *text,
               guint       roles)
{
  GListModel *contacts = cl_contact_store_get_contacts (fixture->store);
  g_autoptr(ClContactSearch) search = cl_contact_search_new (text, roles);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(ClContact) contact = g_list_model_get_item (contacts, i);

      n += cl_contact_search_matches (search, contact);
    }
  return n;
}

/* The page's search: every word, in name, company, title, tags or notes. */
static void
test_search (Fixture      *fixture,
             gconstpointer data)
{
  ClContact *zoe = cl_test_add_contact (fixture->store, "Zoë Ångström", "Deep Lattice");
  ClContact *raj = cl_test_add_contact (fixture->store, "Raj Patel", NULL);
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(ClContact) copy = cl_contact_copy (raj);

    g_object_set (copy, "title", "Staff ML Engineer", "tags", "referrals, NeurIPS",
                  "notes", "Offered a mock system design interview",
                  "roles", CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_REFERRER), NULL);
    g_assert_true (cl_contact_store_update_contact (fixture->store, copy, &error));
  }
  {
    g_autoptr(ClContact) copy = cl_contact_copy (zoe);

    g_object_set (copy, "roles", CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_RECRUITER), NULL);
    g_assert_true (cl_contact_store_update_contact (fixture->store, copy, &error));
  }

  {
    g_autoptr(ClContactSearch) blank = cl_contact_search_new ("  ,", 0);
    g_autoptr(ClContactSearch) roles = cl_contact_search_new (NULL, 1);

    g_assert_true (cl_contact_search_is_empty (blank));
    g_assert_false (cl_contact_search_is_empty (roles));
  }
  g_assert_cmpuint (count_matches (fixture, "", 0), ==, 2);
  g_assert_cmpuint (count_matches (fixture, "ZOË", 0), ==, 1);
  /* The same letters composed or not. */
  g_assert_cmpuint (count_matches (fixture, "A\xcc\x8angstr", 0), ==, 1);
  g_assert_cmpuint (count_matches (fixture, "lattice", 0), ==, 1);
  g_assert_cmpuint (count_matches (fixture, "staff engineer", 0), ==, 1);
  g_assert_cmpuint (count_matches (fixture, "neurips", 0), ==, 1);
  g_assert_cmpuint (count_matches (fixture, "mock design", 0), ==, 1);
  g_assert_cmpuint (count_matches (fixture, "mock zoë", 0), ==, 0);
  g_assert_cmpuint (count_matches (fixture, "", CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_REFERRER)),
                    ==, 1);
  g_assert_cmpuint (count_matches (fixture, "raj",
                                   CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_RECRUITER)),
                    ==, 0);
  g_assert_cmpuint (count_matches (fixture, "",
                                   CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_RECRUITER) |
                                     CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_REFERRER)),
                    ==, 2);
}

/* What the delete question counts. */
static void
test_count_links (Fixture      *fixture,
                  gconstpointer data)
{
  ClContact     *ada = cl_test_add_contact (fixture->store, "Ada", NULL);
  ClContactLinks links;
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_contact_store_count_links (fixture->store, ada, &links, &error));
  g_assert_cmpuint (links.n_referrals + links.n_rounds + links.n_practice_sessions +
                      links.n_interactions + links.n_events,
                    ==, 0);
  g_assert_cmpint (
    cl_test_exec (fixture->base.database,
                  "INSERT INTO companies (id, name) VALUES (70, 'Acme');"
                  "INSERT INTO applications (id, company_id, role, stage_id, position,"
                  "  created_at, updated_at) VALUES (70, 70, 'MLE', 1, 99, 1, 1),"
                  "  (71, 70, 'Staff', 1, 98, 1, 1);"
                  "INSERT INTO referrals (application_id, contact_id, updated_at)"
                  "  SELECT 70, id, 0 FROM contacts UNION ALL SELECT 71, id, 0 FROM contacts;"
                  "INSERT INTO interview_rounds (id, application_id, position, kind)"
                  "  VALUES (70, 70, 0, 'coding');"
                  "INSERT INTO round_interviewers (round_id, contact_id)"
                  "  SELECT 70, id FROM contacts;"
                  "INSERT INTO practice_partnerships (id, contact_id) SELECT 70, id FROM contacts;"
                  "INSERT INTO practice_sessions (partnership_id, domain_id, held_at)"
                  "  VALUES (70, 1, 5), (70, 2, 6), (70, 3, 7);"
                  "INSERT INTO events (id, name) VALUES (70, 'NeurIPS');"
                  "INSERT INTO event_attendance (event_id, contact_id)"
                  "  SELECT 70, id FROM contacts;"
                  "INSERT INTO interactions (contact_id, occurred_at) SELECT id, 9 FROM contacts;"),
    ==, SQLITE_OK);
  g_assert_true (cl_contact_store_count_links (fixture->store, ada, &links, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (links.n_referrals, ==, 2);
  g_assert_cmpuint (links.n_rounds, ==, 1);
  g_assert_cmpuint (links.n_practice_sessions, ==, 3);
  g_assert_cmpuint (links.n_interactions, ==, 1);
  g_assert_cmpuint (links.n_events, ==, 1);
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
  ADD ("copy", test_copy);
  ADD ("company-follows", test_company_follows);
  ADD ("delete", test_delete);
  ADD ("rollback", test_rollback);
  ADD ("reload", test_reload);
  ADD ("interactions", test_interactions);
  ADD ("follow-up", test_follow_up);
  ADD ("search", test_search);
  ADD ("count-links", test_count_links);

#undef ADD

  return g_test_run ();
}
