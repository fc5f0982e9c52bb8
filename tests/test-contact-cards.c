/* test-contact-cards.c — contacts to and from vCards: matching, merging, one
 * transaction, and the export read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <string.h>

#include "cl-contact-cards.h"
#include "cl-context.h"
#include "cl-test-util.h"

typedef struct
{
  ClTestFixture   base;
  ClContactStore *store;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_contact_store (fixture->base.context);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  cl_test_fixture_teardown (&fixture->base);
}

static ClContactImport *
prepare (Fixture    *fixture,
         const char *text)
{
  g_autoptr(GError) error = NULL;
  ClContactImport *import = cl_contact_import_new (fixture->store, text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static ClContact *
find (Fixture    *fixture,
      const char *name)
{
  GListModel *contacts = cl_contact_store_get_contacts (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(ClContact) contact = g_list_model_get_item (contacts, i);

      if (g_str_equal (cl_contact_get_name (contact), name))
        return contact;
    }
  return NULL;
}

/* Cards are matched by UID, then email, then name at the same company. */
static void
test_match_and_merge (Fixture      *fixture,
                      gconstpointer data)
{
  static const char file[] =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nORG:Engines Ltd\r\n"
    "EMAIL;TYPE=WORK:ADA@engines.example\r\nTEL;TYPE=CELL:+44 20 7946 0000\r\n"
    "TITLE:Analyst\r\nCATEGORIES:math,mentors\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nORG:Navy\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alan Turing\r\nUID:urn:uuid:alan\r\n"
    "EMAIL:alan@bletchley.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alan M. Turing\r\nEMAIL:Alan@Bletchley.example\r\n"
    "NOTE:Same person\\, again\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad Mail\r\nEMAIL:not-an-address\r\nEND:VCARD\r\n";
  ClContact *ada = cl_test_add_contact (fixture->store, "Ada Lovelace", NULL);
  ClContact *grace = cl_test_add_contact (fixture->store, "grace hopper", "NAVY");
  g_autoptr(ClContactImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *said = NULL;
  guint            n_new, n_present, n_unreadable;

  {
    g_autoptr(ClContact) copy = cl_contact_copy (ada);

    g_object_set (copy, "emails", "home\tada@engines.example", "title", "Countess",
                  "tags", "Math", NULL);
    g_assert_true (cl_contact_store_update_contact (fixture->store, copy, &error));
  }

  import = prepare (fixture, file);
  g_assert_cmpuint (cl_contact_import_get_n_cards (import), ==, 6);
  /* Ada by her email (whatever its case), Grace by name and company. */
  g_assert_cmpint (cl_contact_import_get_fate (import, 0), ==, CL_CARD_FATE_PRESENT);
  g_assert_true (cl_contact_import_get_match (import, 0) == ada);
  g_assert_cmpint (cl_contact_import_get_fate (import, 1), ==, CL_CARD_FATE_PRESENT);
  g_assert_true (cl_contact_import_get_match (import, 1) == grace);
  /* Alan is new; his second card is the same person by email. */
  g_assert_cmpint (cl_contact_import_get_fate (import, 2), ==, CL_CARD_FATE_NEW);
  g_assert_cmpint (cl_contact_import_get_fate (import, 3), ==, CL_CARD_FATE_PRESENT);
  g_assert_null (cl_contact_import_get_match (import, 3));
  /* No name, and an address that is none. */
  g_assert_cmpint (cl_contact_import_get_fate (import, 4), ==, CL_CARD_FATE_UNREADABLE);
  g_assert_nonnull (cl_contact_import_get_problem (import, 4));
  g_assert_cmpint (cl_contact_import_get_fate (import, 5), ==, CL_CARD_FATE_UNREADABLE);
  g_assert_nonnull (strstr (cl_contact_import_get_problem (import, 5), "not-an-address"));
  cl_contact_import_count (import, &n_new, &n_present, &n_unreadable);
  g_assert_cmpuint (n_new, ==, 1);
  g_assert_cmpuint (n_present, ==, 3);
  g_assert_cmpuint (n_unreadable, ==, 2);
  said = cl_contact_import_describe (import);
  g_assert_nonnull (strstr (said, "1 new contact, 3 already there; 2 cards could not be read:"));
  g_assert_nonnull (strstr (said, "card 6 (line "));

  /* Nothing is written before the commit. */
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_store_get_contacts (fixture->store)), ==,
                    2);
  g_assert_true (cl_contact_import_commit (import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_store_get_contacts (fixture->store)), ==,
                    3);

  /* What the user typed stays; what was missing is added. */
  g_assert_cmpstr (cl_contact_get_title (ada), ==, "Countess");
  g_assert_cmpstr (cl_contact_get_company_name (ada), ==, "Engines Ltd");
  g_assert_cmpstr (cl_contact_get_emails (ada), ==, "home\tada@engines.example");
  g_assert_cmpstr (cl_contact_get_phones (ada), ==, "mobile\t+44 20 7946 0000");
  g_assert_cmpstr (cl_contact_get_tags (ada), ==, "Math, mentors");
  {
    ClContact *alan = find (fixture, "Alan Turing");

    g_assert_nonnull (alan);
    g_assert_cmpstr (cl_contact_get_vcard_uid (alan), ==, "urn:uuid:alan");
    g_assert_cmpstr (cl_contact_get_emails (alan), ==, "other\talan@bletchley.example");
    g_assert_cmpstr (cl_contact_get_notes (alan), ==, "Same person, again");
  }

  /* The same file again adds no one. */
  {
    g_autoptr(ClContactImport) again = prepare (fixture, file);

    cl_contact_import_count (again, &n_new, NULL, NULL);
    g_assert_cmpuint (n_new, ==, 0);
  }
}

/* One transaction: a failure half-way leaves nothing. */
static void
test_all_or_nothing (Fixture      *fixture,
                     gconstpointer data)
{
  static const char file[] =
    "BEGIN:VCARD\nVERSION:4.0\nFN:One\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:4.0\nFN:Two\nCATEGORIES:late\nEND:VCARD\n";
  g_autoptr(ClContactImport) import = prepare (fixture, file);
  g_autofree char *before = cl_test_dump_database (fixture->base.database);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  /* The second card's tag fails, after the first card was written. */
  cl_test_fail_on (fixture->base.database, "INSERT", "contact_tags");
  g_assert_false (cl_contact_import_commit (import, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);
  after = cl_test_dump_database (fixture->base.database);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_store_get_contacts (fixture->store)), ==,
                    0);

  /* The preview is still good: it can be committed once the file heals. */
  g_assert_true (cl_contact_import_commit (import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_store_get_contacts (fixture->store)), ==,
                    2);

  /* Only unreadable cards: nothing to do, said so. */
  {
    static const char broken[] = "BEGIN:VCARD\nVERSION:3.0\nNOTE:no name\nEND:VCARD\n";
    g_autoptr(ClContactImport) none = prepare (fixture, broken);

    g_assert_false (cl_contact_import_commit (none, &error));
    g_assert_error (error, CL_VCARD_ERROR, CL_VCARD_ERROR_INVALID);
  }
}

/* The export reads back as the same contacts, UIDs kept. */
static void
test_export_round_trip (Fixture      *fixture,
                        gconstpointer data)
{
  ClContact *ada = cl_test_add_contact (fixture->store, "Ada Lovelace", "Engines; Ltd");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  gsize length = 0;

  {
    g_autoptr(ClContact) copy = cl_contact_copy (ada);

    g_object_set (copy,
                  "title", "Analyst, first of her kind",
                  "emails", "work\tada@engines.example\nhome\tada@home.example",
                  "phones", "mobile\t+44 20 7946 0000",
                  "tags", "math, mentors",
                  "linkedin-url", "https://www.linkedin.com/in/ada",
                  "github-url", "https://github.com/ada",
                  "portfolio-url", "https://ada.example",
                  "notes", "Line one\nLine two; with a semicolon",
                  NULL);
    g_assert_true (cl_contact_store_update_contact (fixture->store, copy, &error));
  }
  cl_test_add_contact (fixture->store, "Zoë Ångström", NULL);

  text = cl_contact_cards_export (cl_contact_store_get_contacts (fixture->store), &length);
  g_assert_cmpuint (length, ==, strlen (text));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCARD\r\nVERSION:4.0\r\n"));
  g_assert_nonnull (strstr (text, cl_contact_get_vcard_uid (ada)));

  cards = cl_vcard_read (text, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 2);
  {
    ClVCardCard *card = g_ptr_array_index (cards, 0);
    g_autoptr(ClContact) back = cl_contact_new_from_vcard (card);

    g_assert_null (card->problem);
    g_assert_cmpstr (card->uid, ==, cl_contact_get_vcard_uid (ada));
    g_assert_cmpstr (cl_contact_get_name (back), ==, "Ada Lovelace");
    g_assert_cmpstr (cl_contact_get_company_name (back), ==, "Engines; Ltd");
    g_assert_cmpstr (cl_contact_get_title (back), ==, "Analyst, first of her kind");
    g_assert_cmpstr (cl_contact_get_emails (back), ==, cl_contact_get_emails (ada));
    g_assert_cmpstr (cl_contact_get_phones (back), ==, cl_contact_get_phones (ada));
    g_assert_cmpstr (cl_contact_get_tags (back), ==, "math, mentors");
    g_assert_cmpstr (cl_contact_get_linkedin_url (back), ==, "https://www.linkedin.com/in/ada");
    g_assert_cmpstr (cl_contact_get_github_url (back), ==, "https://github.com/ada");
    g_assert_cmpstr (cl_contact_get_portfolio_url (back), ==, "https://ada.example");
    g_assert_cmpstr (cl_contact_get_notes (back), ==, "Line one\nLine two; with a semicolon");
  }
  g_assert_cmpstr (((ClVCardCard *) g_ptr_array_index (cards, 1))->full_name, ==, "Zoë Ångström");

  /* Importing one's own export changes nothing. */
  {
    g_autoptr(ClContactImport) import = prepare (fixture, text);
    guint n_new, n_present;

    cl_contact_import_count (import, &n_new, &n_present, NULL);
    g_assert_cmpuint (n_new, ==, 0);
    g_assert_cmpuint (n_present, ==, 2);
    g_assert_true (cl_contact_import_get_match (import, 0) == ada);
  }
}

/* Cards read beforehand (as the window reads them in a thread) are matched
 * as the bytes would be: same fates, same matches, same words. */
static void
test_for_cards (Fixture      *fixture,
                gconstpointer data)
{
  static const char file[] =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nORG:Navy\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada L.\r\nEMAIL:ada@engines.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nORG:navy\r\nEND:VCARD\r\n";
  g_autoptr(ClContactImport) from_bytes = NULL;
  g_autoptr(ClContactImport) from_cards = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *said = NULL;
  g_autofree char *expected = NULL;
  ClContact       *ada;
  guint            n_new, n_present, n_unreadable;

  {
    g_autoptr(ClContact) copy = cl_contact_copy (
      cl_test_add_contact (fixture->store, "Ada Lovelace", NULL));

    g_object_set (copy, "emails", "work\tada@engines.example", NULL);
    g_assert_true (cl_contact_store_update_contact (fixture->store, copy, &error));
    g_assert_no_error (error);
  }
  ada = find (fixture, "Ada Lovelace");

  cards = cl_vcard_read (file, strlen (file), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 4);
  from_cards = cl_contact_import_new_for_cards (fixture->store, cards);
  from_bytes = prepare (fixture, file);

  g_assert_cmpuint (cl_contact_import_get_n_cards (from_cards), ==, 4);
  /* The cards given are the import's, not copies. */
  g_assert_true (cl_contact_import_get_card (from_cards, 2) == g_ptr_array_index (cards, 2));
  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpint (cl_contact_import_get_fate (from_cards, i), ==,
                       cl_contact_import_get_fate (from_bytes, i));
      g_assert_true (cl_contact_import_get_match (from_cards, i) ==
                     cl_contact_import_get_match (from_bytes, i));
      g_assert_cmpstr (cl_contact_import_get_problem (from_cards, i), ==,
                       cl_contact_import_get_problem (from_bytes, i));
    }
  g_assert_cmpint (cl_contact_import_get_fate (from_cards, 0), ==, CL_CARD_FATE_NEW);
  g_assert_cmpint (cl_contact_import_get_fate (from_cards, 1), ==, CL_CARD_FATE_PRESENT);
  g_assert_true (cl_contact_import_get_match (from_cards, 1) == ada);
  g_assert_cmpint (cl_contact_import_get_fate (from_cards, 2), ==, CL_CARD_FATE_UNREADABLE);
  g_assert_nonnull (cl_contact_import_get_problem (from_cards, 2));
  /* The same person twice in the file: the second is the first's. */
  g_assert_cmpint (cl_contact_import_get_fate (from_cards, 3), ==, CL_CARD_FATE_PRESENT);
  g_assert_null (cl_contact_import_get_match (from_cards, 3));
  cl_contact_import_count (from_cards, &n_new, &n_present, &n_unreadable);
  g_assert_cmpuint (n_new, ==, 1);
  g_assert_cmpuint (n_present, ==, 2);
  g_assert_cmpuint (n_unreadable, ==, 1);
  said = cl_contact_import_describe (from_cards);
  expected = cl_contact_import_describe (from_bytes);
  g_assert_cmpstr (said, ==, expected);

  /* It commits as the other does; the caller's array outlives the import. */
  g_assert_true (cl_contact_import_commit (from_cards, &error));
  g_assert_no_error (error);
  g_clear_pointer (&from_cards, cl_contact_import_free);
  g_assert_cmpuint (cards->len, ==, 4);
  g_assert_nonnull (find (fixture, "Grace Hopper"));
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_store_get_contacts (fixture->store)), ==,
                    2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/contact-cards/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("match-and-merge", test_match_and_merge);
  ADD ("all-or-nothing", test_all_or_nothing);
  ADD ("export-round-trip", test_export_round_trip);
  ADD ("for-cards", test_for_cards);

  return g_test_run ();
}
