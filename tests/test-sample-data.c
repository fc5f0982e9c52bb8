/* test-sample-data.c — cl-sample-data writes the same valid data for the same options
 *
 * Run with the path of the cl-sample-data executable as argument.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "cl-pipeline-store.h"
#include "cl-sample-generator.h"
#include "cl-test-util.h"

static const char *sample_data_path;

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = cl_test_make_tmp_dir ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cl_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

/* Runs cl-sample-data with @args (NULL-terminated); returns its exit status. */
static int
run (char       **out_stdout,
     char       **out_stderr,
     const char  *first_arg,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, (char *) sample_data_path);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* The child's output must not mix with this test's TAP output. */
  g_spawn_sync (NULL, (char **) argv->pdata, NULL,
                (out_stdout == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL : 0) |
                (out_stderr == NULL ? G_SPAWN_STDERR_TO_DEV_NULL : 0),
                NULL, NULL, out_stdout, out_stderr, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

static char *
dump_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClDatabase) database = cl_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (database);
  return cl_test_dump_database (database);
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *a = g_build_filename (fixture->dir, "a.db", NULL);
  g_autofree char *b = g_build_filename (fixture->dir, "b.db", NULL);
  g_autofree char *c = g_build_filename (fixture->dir, "c.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *dump_a = NULL;
  g_autofree char *dump_b = NULL;
  g_autofree char *dump_c = NULL;

  g_assert_cmpint (run (&out, &err, "--applications", "400", "--contacts", "120", "--seed", "11", a, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  /* One summary line. */
  g_assert_nonnull (strstr (out, "400 applications"));
  g_assert_nonnull (strstr (out, "120 contacts"));
  g_assert_true (g_str_has_suffix (out, "\n"));
  g_assert_true (strchr (out, '\n') == out + strlen (out) - 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (&out, &err, "-a", "400", "-c", "120", "-s", "11", b, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (&out, &err, "--applications", "400", "--contacts", "120", "--seed", "12", c, NULL), ==, 0);

  dump_a = dump_file (a);
  dump_b = dump_file (b);
  dump_c = dump_file (c);
  g_assert_cmpuint (strlen (dump_a), >, 10000);
  g_assert_cmpstr (dump_a, ==, dump_b);
  g_assert_cmpstr (dump_a, !=, dump_c);
}

static void
test_contents (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "sample.db", NULL);
  g_autoptr(ClDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *per_domain = NULL;

  g_assert_cmpint (run (NULL, NULL, "--applications", "600", "--contacts", "200", path, NULL), ==, 0);

  database = cl_database_open (path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM applications"), ==, 600);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM contacts"), ==, 200);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stage_history"), ==, 600);
  /* Every stage is used, the early ones most. */
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(DISTINCT stage_id) FROM applications"), ==, 10);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT (SELECT count(*) FROM applications a JOIN stages s"
                                        "        ON s.id = a.stage_id WHERE s.milestone = 'applied')"
                                        "     > (SELECT count(*) FROM applications a JOIN stages s"
                                        "        ON s.id = a.stage_id WHERE s.milestone = 'onsite')"), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(DISTINCT company_type) FROM companies"), >=, 6);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT min(interest) FROM applications"), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT max(interest) FROM applications"), ==, 5);
  /* No rounds before the recruiter screen; at most four for open loops. */
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM interview_rounds r JOIN applications a"
                                        " ON a.id = r.application_id JOIN stages s ON s.id = a.stage_id"
                                        " WHERE s.milestone IN ('wishlist', 'applied')"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM interview_rounds"), >, 0);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT max(n) FROM (SELECT count(*) AS n FROM interview_rounds"
                                        " GROUP BY application_id)"), <=, 4);
  /* One offer for each application in Offer or Accepted, and only those. */
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM applications a JOIN stages s ON s.id = a.stage_id"
                                        " WHERE s.milestone IN ('offer', 'accepted')"
                                        " AND (SELECT count(*) FROM offers o WHERE o.application_id = a.id) <> 1"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM offers o JOIN applications a ON a.id = o.application_id"
                                        " JOIN stages s ON s.id = a.stage_id"
                                        " WHERE s.milestone NOT IN ('offer', 'accepted')"), ==, 0);
  /* Two or three objectives per prep domain. */
  per_domain = cl_test_query_text (database,
                                   "SELECT count(*) BETWEEN 2 AND 3 FROM prep_domains d"
                                   " LEFT JOIN objectives o ON o.domain_id = d.id GROUP BY d.id");
  g_assert_cmpstr (per_domain, ==, "1\n1\n1\n1\n1\n");
  /* Card facts: referrals on about 15%, one or two red flags on about 10%,
   * a coming round for every running loop, deadlines ahead on the wishlist. */
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(DISTINCT application_id) FROM referrals"), >=, 600 * 8 / 100);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(DISTINCT application_id) FROM referrals"), <=, 600 * 25 / 100);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(DISTINCT status) FROM referrals"), ==, 4);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(DISTINCT application_id) FROM red_flags"), >=, 600 * 5 / 100);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(DISTINCT application_id) FROM red_flags"), <=, 600 * 18 / 100);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT max(n) FROM (SELECT count(*) AS n FROM red_flags GROUP BY application_id)"), ==, 2);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM applications a JOIN stages s ON s.id = a.stage_id"
                                        " WHERE s.milestone IN ('screen', 'technical', 'onsite')"
                                        " AND NOT EXISTS (SELECT 1 FROM interview_rounds r WHERE r.application_id = a.id"
                                        "   AND r.status = 'scheduled' AND r.scheduled_at > 1793523600)"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM applications WHERE deadline IS NOT NULL"), >, 0);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM applications a JOIN stages s ON s.id = a.stage_id"
                                        " WHERE a.deadline IS NOT NULL"
                                        " AND (s.milestone <> 'wishlist' OR a.deadline <= 1793523600)"), ==, 0);

  /* The board reads them back as the cards' facts. */
  {
    g_autoptr(ClClock) clock = cl_clock_new_fixed (CL_SAMPLE_NOW);
    g_autoptr(ClPipelineStore) store = cl_pipeline_store_new (database, clock);
    GListModel *applications = cl_pipeline_store_get_applications (store);
    guint n_referred = 0, n_flagged = 0, n_rounds = 0, n_deadlines = 0;

    g_assert_true (cl_pipeline_store_load (store, &error));
    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
      {
        g_autoptr(ClApplication) application = g_list_model_get_item (applications, i);

        n_referred += cl_application_get_referral_status (application) != CL_REFERRAL_STATUS_NONE;
        n_flagged += cl_application_get_red_flag_count (application) > 0;
        n_rounds += cl_application_get_next_kind (application) == CL_NEXT_KIND_ROUND;
        n_deadlines += cl_application_get_next_kind (application) == CL_NEXT_KIND_DEADLINE;
        if (cl_application_get_next_kind (application) != CL_NEXT_KIND_NONE)
          g_assert_cmpint (cl_application_get_next_at (application), >=, CL_SAMPLE_NOW);
      }
    g_assert_cmpint (n_referred, ==, cl_test_query_int64 (database, "SELECT count(DISTINCT application_id) FROM referrals"));
    g_assert_cmpint (n_flagged, ==, cl_test_query_int64 (database, "SELECT count(DISTINCT application_id) FROM red_flags"));
    g_assert_cmpint (n_rounds, >=, cl_test_query_int64 (database,
                                                        "SELECT count(*) FROM applications a JOIN stages s ON s.id = a.stage_id"
                                                        " WHERE s.milestone IN ('screen', 'technical', 'onsite')"));
    g_assert_cmpint (n_deadlines, >, 0);
  }

  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(*) FROM contacts WHERE email IS NOT NULL"
                                        " AND email NOT LIKE '%_@_%'"), ==, 0);
}

static void
test_bad_options (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "x.db", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "y.db", NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (run (NULL, &err, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--help"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (NULL, &err, "--applications", "-5", path, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--applications"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (NULL, &err, "--contacts", "many", path, NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "--seed", "-1", path, NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "--colour", path, NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, path, other, NULL), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
}

static void
test_refuses_existing (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "mine.db", NULL);
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "my own data", -1, NULL));
  g_assert_cmpint (run (NULL, &err, "--applications", "3", path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "already exists"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "my own data");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    g_error ("Usage: %s PATH-TO-cl-sample-data", argv[0]);
  sample_data_path = argv[1];

#define ADD(name, func) \
  g_test_add ("/sample-data/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("deterministic", test_deterministic);
  ADD ("contents", test_contents);
  ADD ("bad-options", test_bad_options);
  ADD ("refuses-existing", test_refuses_existing);

#undef ADD

  return g_test_run ();
}
