/* test-transfer.c — choosing import and export formats by extension
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <string.h>

#include "cl-test-util.h"
#include "cl-transfer.h"

typedef struct
{
  char      *dir;
  ClClock   *clock;
  ClContext *context;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = cl_test_make_tmp_dir ();
  fixture->clock = cl_clock_new_fixed (CL_TEST_NOW);
  path = g_build_filename (fixture->dir, "careerlens.db", NULL);
  fixture->context = cl_context_open (path, fixture->clock, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->clock);
  cl_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static void
test_find_format (Fixture      *fixture,
                  gconstpointer data)
{
  const ClTransferFormat *formats = cl_transfer_get_formats ();
  const ClTransferFormat *format;
  guint                   n = 0;

  for (; formats[n].extension != NULL; n++)
    {
      g_assert_true (formats[n].extension[0] == '.');
      g_assert_nonnull (formats[n].description);
      g_assert_true (formats[n].import_func != NULL || formats[n].export_func != NULL);
    }
  g_assert_cmpuint (n, >=, 2);

  format = cl_transfer_find_format ("/home/ada/backup.db");
  g_assert_nonnull (format);
  g_assert_cmpstr (format->extension, ==, ".db");
  g_assert_true (cl_transfer_find_format ("BACKUP.DB") == format);
  g_assert_true (cl_transfer_find_format ("/tmp/some.folder/Backup.Db") == format);

  format = cl_transfer_find_format ("careerlens.SQLite");
  g_assert_nonnull (format);
  g_assert_cmpstr (format->extension, ==, ".sqlite");

  g_assert_null (cl_transfer_find_format ("contacts.xyz"));
  g_assert_null (cl_transfer_find_format ("no-extension"));
  g_assert_null (cl_transfer_find_format (".db"));
  g_assert_null (cl_transfer_find_format ("/tmp/folder.db/file"));
}

static void
test_unknown_format (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "pipeline.xyz", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (cl_transfer_export (fixture->context, path, NULL, &error));
  g_assert_error (error, CL_TRANSFER_ERROR, CL_TRANSFER_ERROR_UNKNOWN_FORMAT);
  /* The message says which extensions work. */
  g_assert_nonnull (strstr (error->message, "pipeline.xyz"));
  g_assert_nonnull (strstr (error->message, ".db"));
  g_assert_nonnull (strstr (error->message, ".sqlite"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "whatever", -1, NULL));
  g_assert_false (cl_transfer_import (fixture->context, path, NULL, &error));
  g_assert_error (error, CL_TRANSFER_ERROR, CL_TRANSFER_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "pipeline.xyz"));
}

static void
test_import_db_unsupported (Fixture      *fixture,
                            gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  g_assert_false (cl_transfer_import (fixture->context, path, NULL, &error));
  g_assert_error (error, CL_TRANSFER_ERROR, CL_TRANSFER_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "other.db"));
}

static void
test_export_db (Fixture      *fixture,
                gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "Export.DB", NULL);
  ClPipelineStore *pipeline = cl_context_get_pipeline_store (fixture->context);
  g_autoptr(ClApplication) application = cl_application_new ("Acme AI", "Research Engineer");
  g_autoptr(ClDatabase) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dump = NULL;
  g_autofree char *copy_dump = NULL;

  g_assert_true (cl_pipeline_store_add_application (pipeline, application, 0, &error));
  g_assert_no_error (error);
  /* An edit saved from a copy is in the export. */
  {
    g_autoptr(ClApplication) edited = cl_application_copy (application);

    g_object_set (edited, "notes", "Exported notes", "location", "  Berlin ", NULL);
    g_assert_true (cl_pipeline_store_save_application (pipeline, edited, 0, &error));
    g_assert_no_error (error);
  }

  g_assert_true (cl_transfer_export (fixture->context, path, NULL, &error));
  g_assert_no_error (error);

  copy = cl_database_open (path, &error);
  g_assert_no_error (error);
  dump = cl_test_dump_database (cl_context_get_database (fixture->context));
  copy_dump = cl_test_dump_database (copy);
  g_assert_cmpstr (dump, ==, copy_dump);
  g_assert_cmpint (cl_test_query_int64 (copy, "SELECT count(*) FROM applications"), ==, 1);

  /* The stores read the export as they read the original. */
  {
    g_autoptr(ClContext) context = cl_context_new (copy, fixture->clock);
    ClApplication *back;

    g_assert_true (cl_context_load (context, &error));
    g_assert_no_error (error);
    back = cl_pipeline_store_find_application (cl_context_get_pipeline_store (context),
                                               cl_application_get_id (application));
    g_assert_nonnull (back);
    g_assert_true (cl_model_equal (CL_MODEL (back), CL_MODEL (application)));
    g_assert_cmpstr (cl_application_get_notes (back), ==, "Exported notes");
    g_assert_cmpstr (cl_application_get_location (back), ==, "Berlin");
    g_assert_cmpstr (cl_application_get_company_name (back), ==, "Acme AI");
  }
}

static void
test_context (Fixture      *fixture,
              gconstpointer data)
{
  ClContext *context = fixture->context;

  g_assert_true (CL_IS_DATABASE (cl_context_get_database (context)));
  g_assert_true (cl_context_get_clock (context) == fixture->clock);
  g_assert_true (cl_context_get_loaded (context));
  g_assert_true (CL_IS_COMPANY_STORE (cl_context_get_company_store (context)));
  g_assert_true (CL_IS_STAGE_STORE (cl_context_get_stage_store (context)));
  /* The pipeline store works with the context's company and stage stores. */
  g_assert_true (cl_pipeline_store_get_company_store (cl_context_get_pipeline_store (context)) ==
                 cl_context_get_company_store (context));
  g_assert_true (cl_pipeline_store_get_stage_store (cl_context_get_pipeline_store (context)) ==
                 cl_context_get_stage_store (context));
  g_assert_true (CL_IS_PIPELINE_STORE (cl_context_get_pipeline_store (context)));
  g_assert_true (CL_IS_CONTACT_STORE (cl_context_get_contact_store (context)));
  g_assert_true (CL_IS_ROUND_STORE (cl_context_get_round_store (context)));
  g_assert_true (CL_IS_PREP_STORE (cl_context_get_prep_store (context)));
  g_assert_true (CL_IS_OFFER_STORE (cl_context_get_offer_store (context)));
  g_assert_cmpuint (g_list_model_get_n_items (
                      cl_pipeline_store_get_stages (cl_context_get_pipeline_store (context))),
                    ==, 10);
  /* Every store shares the context's database. */
  g_assert_true (cl_store_get_database (CL_STORE (cl_context_get_contact_store (context))) ==
                 cl_context_get_database (context));
  g_assert_true (cl_store_get_clock (CL_STORE (cl_context_get_offer_store (context))) ==
                 fixture->clock);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/transfer/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("find-format", test_find_format);
  ADD ("unknown-format", test_unknown_format);
  ADD ("import-db-unsupported", test_import_db_unsupported);
  ADD ("export-db", test_export_db);
  ADD ("context", test_context);

#undef ADD

  return g_test_run ();
}
