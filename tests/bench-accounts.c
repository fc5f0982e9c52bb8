/* bench-accounts.c — accounts beside a large board, and the keyring's latency
 *
 * On the generated database (10,000 applications, 5,000 contacts unless
 * told otherwise) with one account for every tenth application (1,000):
 *  - accounts-load: reading every account into a new store;
 *  - accounts-add: saving one more (one transaction each, synchronous=FULL);
 *  - accounts-for-application: the accounts of one application, as its page
 *    asks (target: under 1 ms);
 *  - move-commit-with-accounts: a board move while the account store
 *    listens (it reads the accounts again only when an application they
 *    are for was touched);
 *  - keyring-store / keyring-lookup: a password into and out of the
 *    session's Secret Service through the vault, round trip (skipped, and
 *    said, when no keyring answers).
 * Prints "bench: <name> …" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-bench"

#include "config.h"

#include <stdlib.h>

#include "cl-bench-util.h"
#include "cl-database-private.h"
#include "cl-sample-generator.h"
#include "cl-statement.h"
#include "cl-transaction.h"

#define N_RUNS 5
#define N_ADDS 40
#define N_LOOKUPS 200
#define N_MOVES 40
#define N_KEYRING 20

static void
result_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* One account for every tenth application, in one transaction. */
static guint
add_accounts (ClDatabase *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClTransaction) tx = cl_transaction_begin (database, &error);
  gint64 n = 0;

  if (tx == NULL ||
      !cl_database_execute (database, &error,
                            "INSERT INTO accounts (uuid, site, url, username, application_id,"
                            " created_at)"
                            " SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2)))"
                            "  || '-4' || substr(lower(hex(randomblob(2))), 2) || '-a'"
                            "  || substr(lower(hex(randomblob(2))), 2) || '-'"
                            "  || lower(hex(randomblob(6))),"
                            " c.name || ' Careers', 'https://careers.example.com/' || a.id,"
                            " 'user' || a.id || '@example.com', a.id, 0"
                            " FROM applications a JOIN companies c ON c.id = a.company_id"
                            " WHERE a.id % 10 = 0",
                            NULL) ||
      !cl_database_query_int64 (database, &n, NULL, &error, "SELECT count(*) FROM accounts",
                                NULL) ||
      !cl_transaction_commit (tx, &error))
    cl_bench_fail ("%s", error->message);
  return (guint) n;
}

static void
bench_keyring (ClAccountStore *store)
{
  ClSecretVault *vault = cl_account_store_get_vault (store);
  g_autoptr(ClAccount) account = cl_account_new ("Bench");
  g_autoptr(GAsyncResult) checked = NULL;
  g_autoptr(GError) error = NULL;
  double store_ms[N_KEYRING], lookup_ms[N_KEYRING];

  cl_secret_vault_check_async (vault, NULL, result_cb, &checked);
  if (!cl_secret_vault_check_finish (vault, wait_for (&checked), &error))
    {
      g_print ("bench: keyring skipped (%s)\n", error->message);
      return;
    }
  if (!cl_account_store_add_account (store, account, &error))
    cl_bench_fail ("%s", error->message);

  for (guint i = 0; i < N_KEYRING; i++)
    {
      g_autoptr(GAsyncResult) stored = NULL;
      g_autoptr(GAsyncResult) looked_up = NULL;
      g_autofree char *secret = g_strdup_printf ("bench-secret-%u", i);
      char            *found;
      gint64           started = g_get_monotonic_time ();

      cl_secret_vault_store_async (vault, account, secret, NULL, result_cb, &stored);
      if (!cl_secret_vault_store_finish (vault, wait_for (&stored), &error))
        cl_bench_fail ("%s", error->message);
      store_ms[i] = cl_bench_ms_since (started);

      started = g_get_monotonic_time ();
      cl_secret_vault_lookup_async (vault, cl_account_get_uuid (account), NULL, result_cb,
                                    &looked_up);
      found = cl_secret_vault_lookup_finish (vault, wait_for (&looked_up), &error);
      lookup_ms[i] = cl_bench_ms_since (started);
      if (g_strcmp0 (found, secret) != 0)
        cl_bench_fail ("the keyring gave back another password");
      cl_secret_vault_free_secret (found);
    }
  g_print ("bench: keyring-store median %.2f ms, max %.2f ms (%u runs)\n",
           cl_bench_median (store_ms, N_KEYRING), cl_bench_maximum (store_ms, N_KEYRING),
           N_KEYRING);
  g_print ("bench: keyring-lookup median %.2f ms, max %.2f ms (%u runs)\n",
           cl_bench_median (lookup_ms, N_KEYRING), cl_bench_maximum (lookup_ms, N_KEYRING),
           N_KEYRING);

  if (!cl_account_store_delete_account (store, account, &error))
    cl_bench_fail ("%s", error->message);
  while (cl_secret_vault_get_n_forgetting (vault) > 0)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ClClock) clock = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ClContext) context = NULL;
  g_autofree char *path = NULL;
  ClSampleOptions  options = {
     0,
  };
  ClSampleCounts   counts;
  double           load_ms[N_RUNS], add_ms[N_ADDS], list_ms[N_LOOKUPS], move_ms[N_MOVES];
  guint            n_accounts;
  ClPipelineStore *pipeline;
  ClAccountStore  *accounts;
  ClApplication   *application;
  gint64           stages[2];

  if (!cl_bench_parse_options (&argc, &argv, &options))
    return 2;
  path = cl_bench_make_database_path ();
  options.today = CL_SAMPLE_NOW;
  clock = cl_clock_new_fixed (cl_sample_get_now (&options));
  if (!cl_sample_generate_file (path, &options, &counts, &error))
    cl_bench_fail ("%s", error->message);

  {
    g_autoptr(ClDatabase) database = cl_database_open (path, &error);

    if (database == NULL)
      cl_bench_fail ("%s", error->message);
    n_accounts = add_accounts (database);
    for (guint i = 0; i < N_RUNS; i++)
      {
        g_autoptr(ClSecretVault) vault = cl_secret_vault_new ();
        g_autoptr(ClAccountStore) store = cl_account_store_new (database, clock, vault);
        gint64 started = g_get_monotonic_time ();

        if (!cl_store_load (CL_STORE (store), &error))
          cl_bench_fail ("%s", error->message);
        load_ms[i] = cl_bench_ms_since (started);
        if (g_list_model_get_n_items (cl_account_store_get_accounts (store)) != n_accounts)
          cl_bench_fail ("the store read %u accounts of %u",
                         g_list_model_get_n_items (cl_account_store_get_accounts (store)),
                         n_accounts);
      }
  }

  context = cl_context_open (path, clock, &error);
  if (context == NULL)
    cl_bench_fail ("%s", error->message);
  accounts = cl_context_get_account_store (context);
  pipeline = cl_context_get_pipeline_store (context);

  for (guint i = 0; i < N_ADDS; i++)
    {
      g_autoptr(ClAccount) account = cl_account_new ("Glassdoor");
      g_autofree char *username = g_strdup_printf ("bench%u@example.com", i);
      gint64           started;

      g_object_set (account, "username", username, NULL);
      started = g_get_monotonic_time ();
      if (!cl_account_store_add_account (accounts, account, &error))
        cl_bench_fail ("%s", error->message);
      add_ms[i] = cl_bench_ms_since (started);
    }

  for (guint i = 0; i < N_LOOKUPS; i++)
    {
      g_autoptr(GListModel) found = NULL;
      gint64 started = g_get_monotonic_time ();

      found = cl_account_store_list_for_application (accounts, (gint64) (i + 1) * 10);
      list_ms[i] = cl_bench_ms_since (started);
      if (g_list_model_get_n_items (found) != 1)
        cl_bench_fail ("application %u has %u accounts, not 1", (i + 1) * 10,
                       g_list_model_get_n_items (found));
    }

  /* Moves of an application: the account store hears of each commit. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (cl_pipeline_store_get_stages (pipeline), i);

      stages[i] = cl_stage_get_id (stage);
    }
  application = g_list_model_get_item (cl_pipeline_store_get_stage_applications (pipeline,
                                                                                 stages[0]),
                                       0);
  g_object_unref (application); /* the store keeps it */
  for (guint i = 0; i < N_MOVES; i++)
    {
      gint64 started = g_get_monotonic_time ();

      if (!cl_pipeline_store_move_application (pipeline, application, stages[(i + 1) % 2], 0,
                                               NULL, &error))
        cl_bench_fail ("%s", error->message);
      move_ms[i] = cl_bench_ms_since (started);
    }

  g_print ("bench: accounts-load median %.2f ms (%u accounts, %u applications)\n",
           cl_bench_median (load_ms, N_RUNS), n_accounts, counts.n_applications);
  g_print ("bench: accounts-add median %.2f ms, max %.2f ms (%u adds)\n",
           cl_bench_median (add_ms, N_ADDS), cl_bench_maximum (add_ms, N_ADDS), N_ADDS);
  g_print ("bench: accounts-for-application median %.3f ms, max %.3f ms (%u lookups; target "
           "1 ms)\n",
           cl_bench_median (list_ms, N_LOOKUPS), cl_bench_maximum (list_ms, N_LOOKUPS),
           N_LOOKUPS);
  g_print ("bench: move-commit-with-accounts median %.2f ms (%u moves)\n",
           cl_bench_median (move_ms, N_MOVES), N_MOVES);
  bench_keyring (accounts);
  g_print ("bench: peak-rss %ld KiB\n", cl_bench_peak_rss_kib ());

  g_clear_object (&context);
  cl_bench_remove_tmp_dir ();
  return EXIT_SUCCESS;
}
