/* test-contact-links.c — a contact's referrals and interviews, and where they go on deletion
 *
 * The lists the contact page shows (the referrals a contact gives, the
 * rounds they interviewed in) and the two answers to "Delete this contact?":
 * everything goes, or it moves to another contact, merging where that
 * contact has the same link already.  Each is one transaction whose change
 * reaches the cards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-context.h"
#include "cl-test-util.h"

typedef struct
{
  ClTestFixture    base;
  ClContactStore  *contacts;
  ClPipelineStore *pipeline;
  ClRoundStore    *rounds;
  ClContact       *ada; /* the store's */
  ClContact       *bob;
  ClApplication   *acme;
  ClApplication   *globex;
  ClRound         *screen; /* acme's, ours */
  ClRound         *design; /* globex's */
} Fixture;

static ClRound *
add_round (Fixture    *fixture,
           gint64      application_id,
           const char *title,
           gint64      scheduled_at)
{
  ClRound *round = cl_round_new (application_id, CL_ROUND_KIND_CODING);
  g_autoptr(GError) error = NULL;

  g_object_set (round, "title", title, "scheduled-at", scheduled_at, NULL);
  g_assert_true (cl_round_store_add_round (fixture->rounds, round, &error));
  g_assert_no_error (error);
  return round;
}

static void
set_interviewers (Fixture      *fixture,
                  ClRound      *round,
                  const gint64 *ids,
                  guint         n_ids)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_round_store_set_interviewers (fixture->rounds, round, ids, n_ids, &error));
  g_assert_no_error (error);
}

static void
refer (Fixture         *fixture,
       ClApplication   *application,
       ClContact       *contact,
       ClReferralStatus status)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_pipeline_store_set_referral (fixture->pipeline, application,
                                                 cl_contact_get_id (contact), status, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->contacts = cl_context_get_contact_store (fixture->base.context);
  fixture->pipeline = cl_context_get_pipeline_store (fixture->base.context);
  fixture->rounds = cl_context_get_round_store (fixture->base.context);
  fixture->ada = cl_test_add_contact (fixture->contacts, "Ada", NULL);
  fixture->bob = cl_test_add_contact (fixture->contacts, "Bob", NULL);
  fixture->acme = cl_test_add_application (fixture->pipeline, "Acme", "ML Engineer", 0);
  fixture->globex = cl_test_add_application (fixture->pipeline, "Globex", "Researcher", 0);
  fixture->screen = add_round (fixture, cl_application_get_id (fixture->acme), "Screen",
                               CL_TEST_NOW - 3600);
  fixture->design = add_round (fixture, cl_application_get_id (fixture->globex), "Design",
                               CL_TEST_NOW + 3600);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->screen);
  g_clear_object (&fixture->design);
  cl_test_fixture_teardown (&fixture->base);
}

/* "Company|role|status|archived" a line, as list_referrals_by gives them. */
static char *
referrals_of (Fixture   *fixture,
              ClContact *contact)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = cl_pipeline_store_list_referrals_by (fixture->pipeline,
                                                                  cl_contact_get_id (contact),
                                                                  &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < links->len; i++)
    {
      ClReferralLink *link = &g_array_index (links, ClReferralLink, i);

      g_string_append_printf (out, "%s|%s|%s|%d\n", link->company_name, link->role,
                              cl_referral_status_get_label (link->status), link->archived);
    }
  return g_string_free (out, FALSE);
}

/* "Company|round title|archived" a line. */
static char *
rounds_of (Fixture   *fixture,
           ClContact *contact)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = cl_round_store_list_for_interviewer (fixture->rounds,
                                                                  cl_contact_get_id (contact),
                                                                  &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < links->len; i++)
    {
      ClInterviewedRound *link = &g_array_index (links, ClInterviewedRound, i);

      g_assert_true (CL_IS_ROUND (link->round));
      g_string_append_printf (out, "%s|%s|%d\n", link->company_name,
                              cl_round_get_title (link->round), link->archived);
    }
  return g_string_free (out, FALSE);
}

static void
test_lists (Fixture      *fixture,
            gconstpointer data)
{
  gint64 ada = cl_contact_get_id (fixture->ada);
  gint64 both[] = { ada, cl_contact_get_id (fixture->bob) };
  g_autoptr(GError) error = NULL;
  g_autofree char *none = referrals_of (fixture, fixture->ada);
  g_autofree char *no_rounds = rounds_of (fixture, fixture->ada);
  g_autofree char *referrals = NULL;
  g_autofree char *archived = NULL;
  g_autofree char *rounds = NULL;
  g_autofree char *bobs = NULL;

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (no_rounds, ==, "");

  refer (fixture, fixture->globex, fixture->ada, CL_REFERRAL_STATUS_SUBMITTED);
  refer (fixture, fixture->acme, fixture->ada, CL_REFERRAL_STATUS_ASKED);
  refer (fixture, fixture->acme, fixture->bob, CL_REFERRAL_STATUS_AGREED);
  referrals = referrals_of (fixture, fixture->ada);
  g_assert_cmpstr (referrals, ==,
                   "Acme|ML Engineer|Referral asked|0\n"
                   "Globex|Researcher|Referral submitted|0\n");

  /* An archived application's referral still counts, listed last. */
  g_assert_true (cl_pipeline_store_archive_application (fixture->pipeline, fixture->acme,
                                                        &error));
  g_assert_no_error (error);
  archived = referrals_of (fixture, fixture->ada);
  g_assert_cmpstr (archived, ==,
                   "Globex|Researcher|Referral submitted|0\n"
                   "Acme|ML Engineer|Referral asked|1\n");

  /* The rounds: the latest first. */
  set_interviewers (fixture, fixture->screen, both, 2);
  set_interviewers (fixture, fixture->design, &ada, 1);
  rounds = rounds_of (fixture, fixture->ada);
  g_assert_cmpstr (rounds, ==, "Globex|Design|0\nAcme|Screen|1\n");
  bobs = rounds_of (fixture, fixture->bob);
  g_assert_cmpstr (bobs, ==, "Acme|Screen|1\n");
}

/* Ada gives two referrals, interviews in both rounds, practises with us and
 * told Acme's format; Bob shares some of it. */
static void
link_both (Fixture *fixture)
{
  gint64 ada = cl_contact_get_id (fixture->ada);
  gint64 bob = cl_contact_get_id (fixture->bob);
  gint64 both[] = { ada, bob };
  g_autoptr(GError) error = NULL;
  g_autoptr(ClApplication) copy = cl_application_copy (fixture->acme);
  g_autofree char *sql = NULL;

  refer (fixture, fixture->acme, fixture->ada, CL_REFERRAL_STATUS_ASKED);
  refer (fixture, fixture->globex, fixture->ada, CL_REFERRAL_STATUS_AGREED);
  set_interviewers (fixture, fixture->screen, both, 2);
  set_interviewers (fixture, fixture->design, &ada, 1);
  g_object_set (copy, "format-source-kind", CL_FORMAT_SOURCE_CONTACT,
                "format-source-contact-id", ada, NULL);
  g_assert_true (cl_pipeline_store_save_application (fixture->pipeline, copy, 0, &error));
  g_assert_no_error (error);

  /* Bob's referral to Globex is older than Ada's. */
  refer (fixture, fixture->globex, fixture->bob, CL_REFERRAL_STATUS_DECLINED);
  sql = g_strdup_printf ("UPDATE referrals SET updated_at = updated_at - 100, asked_at = 5,"
                         " notes = 'met at NeurIPS' WHERE contact_id = %" G_GINT64_FORMAT ";"
                         "INSERT INTO practice_partnerships (id, contact_id, i_offer, started_at)"
                         " VALUES (1, %" G_GINT64_FORMAT ", 'system design', 50),"
                         " (2, %" G_GINT64_FORMAT ", NULL, 40);"
                         "INSERT INTO practice_sessions (partnership_id, domain_id, held_at)"
                         " VALUES (1, 1, 60), (1, 2, 61), (2, 1, 45);",
                         bob, ada, bob);
  g_assert_cmpint (cl_test_exec (fixture->base.database, sql), ==, SQLITE_OK);
}

static void
test_delete_all (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  ClContactLinks   links;
  ClTestChanges    changes;
  gint64           ada = cl_contact_get_id (fixture->ada);
  g_autofree char *left = NULL;

  link_both (fixture);
  g_assert_true (cl_contact_store_count_links (fixture->contacts, fixture->ada, &links, &error));
  g_assert_cmpuint (links.n_referrals, ==, 2);
  g_assert_cmpuint (links.n_rounds, ==, 2);
  g_assert_cmpuint (links.n_practice_sessions, ==, 2);
  g_assert_cmpint (cl_application_get_format_source_contact_id (fixture->acme), ==, ada);

  cl_test_changes_watch (&changes, fixture->base.database);
  g_assert_true (cl_contact_store_delete_contact_moving (fixture->contacts, fixture->ada, NULL,
                                                         &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_changes, ==, 1); /* one transaction */
  g_assert_true (cl_change_set_has_table (changes.last, CL_TABLE_REFERRALS));
  g_assert_true (cl_change_set_has_table (changes.last, CL_TABLE_INTERVIEW_ROUNDS));
  g_assert_true (cl_change_set_has_table (changes.last, CL_TABLE_PRACTICE));
  g_assert_true (cl_change_set_contains (changes.last, CL_ENTITY_APPLICATION,
                                         cl_application_get_id (fixture->globex)));
  cl_test_changes_clear (&changes);

  left = cl_test_query_text (fixture->base.database,
                             "SELECT 'r', application_id, status FROM referrals"
                             " UNION ALL SELECT 'i', round_id, contact_id FROM round_interviewers"
                             " UNION ALL SELECT 'p', id, contact_id FROM practice_partnerships"
                             " UNION ALL SELECT 's', partnership_id, held_at FROM practice_sessions"
                             " ORDER BY 1, 2, 3");
  /* Only Bob's are left. */
  {
    g_autofree char *expected = g_strdup_printf (
      "i|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "\n"
      "p|2|%" G_GINT64_FORMAT "\n"
      "r|%" G_GINT64_FORMAT "|declined\n"
      "s|2|45\n",
      cl_round_get_id (fixture->screen), cl_contact_get_id (fixture->bob),
      cl_contact_get_id (fixture->bob), cl_application_get_id (fixture->globex));

    g_assert_cmpstr (left, ==, expected);
  }
  /* The card and the application followed. */
  g_assert_cmpint (cl_application_get_format_source_contact_id (fixture->acme), ==, 0);
  g_assert_cmpint (cl_application_get_referral_status (fixture->acme), ==,
                   CL_REFERRAL_STATUS_NONE);
  g_assert_cmpstr (cl_application_get_contact_names (fixture->acme), ==, "Bob");
}

static void
test_move (Fixture      *fixture,
           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClContact) ada = g_object_ref (fixture->ada);
  gint64           ada_id = cl_contact_get_id (ada);
  gint64           bob = cl_contact_get_id (fixture->bob);
  gint64           status = 0;
  ClTestChanges    changes;
  g_autofree char *referrals = NULL;
  g_autofree char *rounds = NULL;
  g_autofree char *practice = NULL;
  g_autofree char *merged = NULL;

  link_both (fixture);
  cl_test_changes_watch (&changes, fixture->base.database);
  g_assert_true (cl_contact_store_delete_contact_moving (fixture->contacts, ada, fixture->bob,
                                                         &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_changes, ==, 1);
  g_assert_true (cl_change_set_contains (changes.last, CL_ENTITY_CONTACT, bob));
  cl_test_changes_clear (&changes);
  g_assert_null (cl_contact_store_find_contact (fixture->contacts, ada_id));

  /* Bob refers to both now; for Globex his older "declined" gave way to
   * Ada's later "agreed", keeping his notes and the earlier asking date. */
  referrals = referrals_of (fixture, fixture->bob);
  g_assert_cmpstr (referrals, ==,
                   "Acme|ML Engineer|Referral asked|0\n"
                   "Globex|Researcher|Referral agreed|0\n");
  merged = cl_test_query_text (fixture->base.database,
                               "SELECT asked_at, notes FROM referrals WHERE notes IS NOT NULL");
  g_assert_cmpstr (merged, ==, "5|met at NeurIPS\n");
  g_assert_true (cl_pipeline_store_get_referral (fixture->pipeline, fixture->globex, NULL,
                                                 (ClReferralStatus *) &status, &error));
  g_assert_cmpint (status, ==, CL_REFERRAL_STATUS_AGREED);
  g_assert_cmpint (cl_application_get_referral_status (fixture->acme), ==,
                   CL_REFERRAL_STATUS_ASKED);
  g_assert_cmpstr (cl_application_get_contact_names (fixture->acme), ==, "Bob");

  /* He interviewed in both rounds, once each. */
  rounds = rounds_of (fixture, fixture->bob);
  g_assert_cmpstr (rounds, ==, "Globex|Design|0\nAcme|Screen|0\n");
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM round_interviewers"),
                   ==, 2);

  /* One partnership, Bob's, with all three sessions and Ada's offer. */
  practice = cl_test_query_text (fixture->base.database,
                                 "SELECT p.id, p.contact_id = (SELECT id FROM contacts),"
                                 " p.i_offer, p.started_at, count(s.id)"
                                 " FROM practice_partnerships p"
                                 " LEFT JOIN practice_sessions s ON s.partnership_id = p.id"
                                 " GROUP BY p.id");
  g_assert_cmpstr (practice, ==, "2|1|system design|40|3\n");

  /* Acme's format was told by Bob now. */
  g_assert_cmpint (cl_application_get_format_source_contact_id (fixture->acme), ==, bob);
}

/* The heir, when Bob had nothing: his partnership is Ada's, as it was. */
static void
test_move_to_unlinked (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  ClContact       *cy = cl_test_add_contact (fixture->contacts, "Cy", NULL);
  g_autofree char *practice = NULL;
  g_autofree char *rounds = NULL;

  link_both (fixture);
  g_assert_true (cl_contact_store_delete_contact_moving (fixture->contacts, fixture->ada, cy,
                                                         &error));
  g_assert_no_error (error);
  practice = cl_test_query_text (fixture->base.database,
                                 "SELECT p.id, count(s.id) FROM practice_partnerships p"
                                 " LEFT JOIN practice_sessions s ON s.partnership_id = p.id"
                                 " GROUP BY p.id ORDER BY p.id");
  g_assert_cmpstr (practice, ==, "1|2\n2|1\n");
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM practice_partnerships p"
                                        " JOIN contacts c ON c.id = p.contact_id"
                                        " WHERE c.name = 'Cy'"),
                   ==, 1);
  rounds = rounds_of (fixture, cy);
  g_assert_cmpstr (rounds, ==, "Globex|Design|0\nAcme|Screen|0\n");
}

/* Refused moves change nothing. */
static void
test_move_refused (Fixture      *fixture,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClContact) ghost = NULL;
  ClTestSnapshot snapshot;

  link_both (fixture);
  /* Someone deleted meanwhile. */
  ghost = g_object_ref (cl_test_add_contact (fixture->contacts, "Ghost", NULL));
  g_assert_true (cl_contact_store_delete_contact (fixture->contacts, ghost, &error));
  g_assert_no_error (error);
  cl_test_snapshot_take (&snapshot, fixture->base.database, g_strdup (""));

  g_assert_false (cl_contact_store_delete_contact_moving (fixture->contacts, fixture->ada,
                                                          fixture->ada, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (cl_contact_store_delete_contact_moving (fixture->contacts, fixture->ada, ghost,
                                                          &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Failing at the last step takes the moves back too. */
  cl_test_fail_on (fixture->base.database, "DELETE", "contacts");
  g_assert_false (cl_contact_store_delete_contact_moving (fixture->contacts, fixture->ada,
                                                          fixture->bob, &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  cl_test_heal (fixture->base.database);

  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database, g_strdup (""));
  g_assert_nonnull (cl_contact_store_find_contact (fixture->contacts,
                                                   cl_contact_get_id (fixture->ada)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/contact-links/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("lists", test_lists);
  ADD ("delete-all", test_delete_all);
  ADD ("move", test_move);
  ADD ("move-to-unlinked", test_move_to_unlinked);
  ADD ("move-refused", test_move_refused);

#undef ADD

  return g_test_run ();
}
