/* test-new-application.c — drives the New Application dialog through its widgets
 *
 * Where the keyboard starts, the hint that says why Create is disabled, a
 * refusal from the store shown beside its field, a company typed in other
 * capitals linking to the one saved, and one accessible name per control.
 * Exits 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-new-application"

#include "config.h"

#include <string.h>

#include "cl-application-card.h"
#include "cl-new-application-dialog.h"
#include "cl-ui-test-util.h"
#include "cl-window.h"

typedef struct
{
  ClTestFixture           base;
  GtkWindow              *parent;
  ClNewApplicationDialog *dialog;
  GPtrArray              *added; /* ClApplication, from ::application-added */
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->added = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  if (fixture->dialog != NULL)
    {
      g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

      g_signal_handlers_disconnect_by_data (fixture->dialog, fixture);
      if (g_list_find (toplevels, fixture->dialog) != NULL)
        gtk_window_destroy (GTK_WINDOW (fixture->dialog));
      g_object_unref (fixture->dialog);
    }
  if (fixture->parent != NULL)
    gtk_window_destroy (fixture->parent);
  g_ptr_array_unref (fixture->added);
  cl_test_fixture_teardown (&fixture->base);
}

/* Widget tree ------------------------------------------------------------- */

/* The entry row titled @title. */
static AdwEntryRow *
find_row (ClNewApplicationDialog *dialog,
          const char             *title)
{
  return cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);
}

/* The response buttons labelled @label (the dialog has one per layout). */
static GPtrArray *
find_buttons (ClNewApplicationDialog *dialog,
              const char             *label)
{
  g_autoptr(GPtrArray) buttons = cl_ui_find_widgets (GTK_WIDGET (dialog), GTK_TYPE_BUTTON);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      g_ptr_array_add (found, g_ptr_array_index (buttons, i));
  g_assert_cmpuint (found->len, >, 0);
  return found;
}

/* The one of them the dialog shows. */
static GtkButton *
shown_button (ClNewApplicationDialog *dialog,
              const char             *label)
{
  g_autoptr(GPtrArray) buttons = find_buttons (dialog, label);

  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (buttons, i)))
      return g_ptr_array_index (buttons, i);
  g_assert_not_reached ();
}

/* The visible label of the dialog's extra child with the style class @css. */
static GtkLabel *
find_label (ClNewApplicationDialog *dialog,
            const char             *css)
{
  return cl_ui_find_shown_label (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)),
                                 css);
}

static void
application_added_cb (ClNewApplicationDialog *dialog,
                      ClApplication          *application,
                      Fixture                *fixture)
{
  g_ptr_array_add (fixture->added, g_object_ref (application));
}

/* Opens the dialog over @parent (a plain window when NULL), once shown. */
static void
open_dialog (Fixture   *fixture,
             GtkWindow *parent)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);

  if (parent == NULL)
    {
      parent = GTK_WINDOW (gtk_window_new ());
      gtk_window_set_default_size (parent, 640, 480);
    }
  fixture->parent = parent;
  gtk_window_present (parent);
  cl_ui_wait_for (cl_ui_is_mapped, parent);

  /* Held, to check that a dialog that saved is destroyed. */
  fixture->dialog = g_object_ref (cl_new_application_dialog_new (parent, store));
  g_signal_connect (fixture->dialog, "application-added", G_CALLBACK (application_added_cb),
                    fixture);
  gtk_window_present (GTK_WINDOW (fixture->dialog));
  cl_ui_wait_for (cl_ui_is_mapped, fixture->dialog);
  cl_ui_flush ();
}

static gboolean
create_enabled (Fixture *fixture)
{
  return adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (fixture->dialog), "create");
}

/* The hint says @hint (NULL: none is shown), to screen readers as well. */
static void
assert_hint (Fixture    *fixture,
             const char *hint)
{
  GtkLabel *label = find_label (fixture->dialog, "dim-label");
  g_autoptr(GPtrArray) create = find_buttons (fixture->dialog, "C_reate");

  if (hint == NULL)
    g_assert_null (label);
  else
    {
      g_assert_nonnull (label);
      g_assert_cmpstr (gtk_label_get_text (label), ==, hint);
    }
  for (guint i = 0; i < create->len; i++)
    {
      if (hint == NULL)
        g_assert_false (gtk_test_accessible_has_property (g_ptr_array_index (create, i),
                                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
      else
        gtk_test_accessible_assert_property (g_ptr_array_index (create, i),
                                             GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint);
    }
}

static gboolean
is_destroyed (gpointer data)
{
  Fixture *fixture = data;

  /* Destroyed, the dialog has left the list of toplevels. */
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  return g_list_find (toplevels, fixture->dialog) == NULL;
}

/* The tests ------------------------------------------------------------------ */

static void
test_focus (Fixture      *fixture,
            gconstpointer data)
{
  AdwEntryRow *company;

  open_dialog (fixture, NULL);

  /* The keyboard starts on Company, not on a response button. */
  company = find_row (fixture->dialog, "Company");
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->dialog)) ==
                 GTK_WIDGET (cl_ui_row_text (company)));

  /* Enter in Company goes on to Role. */
  gtk_editable_set_text (GTK_EDITABLE (company), "Deep Lattice");
  g_signal_emit_by_name (company, "entry-activated");
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->dialog)) ==
                 GTK_WIDGET (cl_ui_row_text (find_row (fixture->dialog, "Role"))));
}

static void
test_hint (Fixture      *fixture,
           gconstpointer data)
{
  AdwEntryRow *company;
  AdwEntryRow *role;

  open_dialog (fixture, NULL);
  company = find_row (fixture->dialog, "Company");
  role = find_row (fixture->dialog, "Role");

  /* Create is disabled, and the hint says why. */
  g_assert_false (create_enabled (fixture));
  assert_hint (fixture, "Enter the company and the role to create the application.");

  /* It names what is still missing. */
  gtk_editable_set_text (GTK_EDITABLE (company), "Deep Lattice");
  g_assert_false (create_enabled (fixture));
  assert_hint (fixture, "Enter the role to create the application.");

  /* Spaces are not a role. */
  gtk_editable_set_text (GTK_EDITABLE (role), "   ");
  g_assert_false (create_enabled (fixture));
  assert_hint (fixture, "Enter the role to create the application.");

  gtk_editable_set_text (GTK_EDITABLE (company), "");
  gtk_editable_set_text (GTK_EDITABLE (role), "Senior ML Engineer");
  g_assert_false (create_enabled (fixture));
  assert_hint (fixture, "Enter the company to create the application.");

  /* Both given: Create is enabled and the hint is gone. */
  gtk_editable_set_text (GTK_EDITABLE (company), "Deep Lattice");
  g_assert_true (create_enabled (fixture));
  assert_hint (fixture, NULL);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (shown_button (fixture->dialog, "C_reate"))));

  /* And back. */
  gtk_editable_set_text (GTK_EDITABLE (role), "");
  g_assert_false (create_enabled (fixture));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (shown_button (fixture->dialog,
                                                                      "C_reate"))));
  assert_hint (fixture, "Enter the role to create the application.");
}

static void
test_refused (Fixture      *fixture,
              gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  ClDatabase      *database = cl_context_get_database (fixture->base.context);
  g_autofree char *long_role = g_strnfill (250, 'r');
  g_autofree char *long_company = g_strnfill (250, 'c');
  AdwEntryRow     *company;
  AdwEntryRow     *role;
  GtkLabel        *error;
  const char      *message;

  open_dialog (fixture, NULL);
  company = find_row (fixture->dialog, "Company");
  role = find_row (fixture->dialog, "Role");

  /* The store refuses a role longer than it keeps. */
  gtk_editable_set_text (GTK_EDITABLE (company), "Deep Lattice");
  gtk_editable_set_text (GTK_EDITABLE (role), long_role);
  g_assert_true (create_enabled (fixture));
  /* From the keyboard: Tab to Create, then Space. */
  gtk_widget_grab_focus (GTK_WIDGET (shown_button (fixture->dialog, "C_reate")));
  cl_ui_activate (shown_button (fixture->dialog, "C_reate"));
  cl_ui_wait_for (cl_ui_is_mapped, fixture->dialog);
  cl_ui_flush ();

  /* Nothing is saved; the dialog is back with what was typed… */
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (store)), ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM applications"), ==, 0);
  g_assert_cmpuint (fixture->added->len, ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (role)), ==, long_role);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (company)), ==, "Deep Lattice");

  /* …and says why beside the role, marked, with the keyboard on it. */
  error = find_label (fixture->dialog, "error");
  g_assert_nonnull (error);
  message = gtk_label_get_text (error);
  g_assert_cmpstr (message, !=, "");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (role), "error"));
  gtk_test_accessible_assert_state (cl_ui_row_text (role), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_test_accessible_assert_property (cl_ui_row_text (role), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       message);
  /* The row is the text box screen readers see in GTK 4.8: it says so too. */
  gtk_test_accessible_assert_state (role, GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_test_accessible_assert_property (role, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (company), "error"));
  g_assert_false (gtk_test_accessible_has_state (cl_ui_row_text (company),
                                                 GTK_ACCESSIBLE_STATE_INVALID));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->dialog)) ==
                 GTK_WIDGET (cl_ui_row_text (role)));

  /* Editing the role clears it. */
  gtk_editable_set_text (GTK_EDITABLE (role), "Senior ML Engineer");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (role), "error"));
  g_assert_false (gtk_test_accessible_has_state (cl_ui_row_text (role),
                                                 GTK_ACCESSIBLE_STATE_INVALID));
  g_assert_false (gtk_test_accessible_has_property (cl_ui_row_text (role),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_false (
    gtk_test_accessible_has_state (GTK_ACCESSIBLE (role), GTK_ACCESSIBLE_STATE_INVALID));
  g_assert_false (
    gtk_test_accessible_has_property (GTK_ACCESSIBLE (role), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_assert_null (find_label (fixture->dialog, "error"));

  /* A company the store refuses is marked the same way, from Enter in Role. */
  gtk_editable_set_text (GTK_EDITABLE (company), long_company);
  g_signal_emit_by_name (role, "entry-activated");
  cl_ui_wait_for (cl_ui_is_mapped, fixture->dialog);
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (store)), ==, 0);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (company), "error"));
  gtk_test_accessible_assert_state (cl_ui_row_text (company), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  error = find_label (fixture->dialog, "error");
  g_assert_nonnull (error);
  gtk_test_accessible_assert_property (cl_ui_row_text (company),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       gtk_label_get_text (error));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (role), "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (company)), ==, long_company);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->dialog)) ==
                 GTK_WIDGET (cl_ui_row_text (company)));

  /* Corrected, it saves, says so once, and the dialog goes. */
  gtk_editable_set_text (GTK_EDITABLE (company), "Deep Lattice");
  g_assert_null (find_label (fixture->dialog, "error"));
  cl_ui_activate (shown_button (fixture->dialog, "C_reate"));
  cl_ui_wait_for (is_destroyed, fixture);
  g_assert_cmpuint (fixture->added->len, ==, 1);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM applications"), ==, 1);
}

typedef struct
{
  GtkWidget     *root;
  ClApplication *application;
} CardQuery;

static ClApplicationCard *
find_card (CardQuery *query)
{
  g_autoptr(GPtrArray) cards = cl_ui_find_widgets (query->root, CL_TYPE_APPLICATION_CARD);

  for (guint i = 0; i < cards->len; i++)
    if (cl_application_card_get_application (g_ptr_array_index (cards, i)) == query->application &&
        gtk_widget_get_mapped (g_ptr_array_index (cards, i)))
      return g_ptr_array_index (cards, i);
  return NULL;
}

static gboolean
card_is_shown (gpointer data)
{
  return find_card (data) != NULL;
}

static void
test_existing_company (Fixture      *fixture,
                       gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  ClCompanyStore  *companies = cl_context_get_company_store (fixture->base.context);
  ClDatabase      *database = cl_context_get_database (fixture->base.context);
  g_autoptr(ClApplication) first = cl_application_new ("Acme", "Engineer");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  ClApplication     *added;
  ClApplicationCard *card;
  CardQuery          query;
  gboolean           shows_acme = FALSE;

  g_assert_true (cl_pipeline_store_add_application (store, first, 0, &error));
  g_assert_no_error (error);

  /* Over the real window, as the app opens it. */
  open_dialog (fixture, GTK_WINDOW (g_object_new (CL_TYPE_WINDOW,
                                                  "context", fixture->base.context,
                                                  NULL)));
  gtk_editable_set_text (GTK_EDITABLE (find_row (fixture->dialog, "Company")), "acme");
  gtk_editable_set_text (GTK_EDITABLE (find_row (fixture->dialog, "Role")), "Designer");
  cl_ui_activate (shown_button (fixture->dialog, "C_reate"));
  cl_ui_wait_for (is_destroyed, fixture);

  /* ::application-added gives the new application, at the company saved
   * before, under its name as saved: "Acme". */
  g_assert_cmpuint (fixture->added->len, ==, 1);
  added = g_ptr_array_index (fixture->added, 0);
  g_assert_true (cl_pipeline_store_find_application (store, cl_application_get_id (added)) ==
                 added);
  g_assert_cmpstr (cl_application_get_role (added), ==, "Designer");
  g_assert_true (cl_application_get_company (added) == cl_application_get_company (first));
  g_assert_cmpstr (cl_application_get_company_name (added), ==, "Acme");
  g_assert_true (cl_company_store_find_by_name (companies, "ACME") ==
                 cl_application_get_company (first));
  g_assert_cmpuint (g_list_model_get_n_items (cl_company_store_get_companies (companies)), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM companies"), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (database,
                                        "SELECT count(DISTINCT company_id) FROM applications"),
                   ==, 1);

  /* Its card shows "Acme". */
  query.root = GTK_WIDGET (fixture->parent);
  query.application = added;
  cl_ui_wait_for (card_is_shown, &query);
  card = find_card (&query);
  g_assert_nonnull (strstr (cl_application_card_get_description (card), "Acme"));
  g_assert_null (strstr (cl_application_card_get_description (card), "acme"));
  /* A line of one of its labels reads "Acme" (the company above the role). */
  labels = cl_ui_find_widgets (GTK_WIDGET (card), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    {
      g_auto(GStrv) lines =
                g_strsplit (gtk_label_get_text (g_ptr_array_index (labels, i)), "\n", -1);

      for (guint j = 0; lines[j] != NULL; j++)
        {
          shows_acme |= g_str_equal (lines[j], "Acme");
          g_assert_null (strstr (lines[j], "acme"));
        }
    }
  g_assert_true (shows_acme);
}

static void
test_accessible_names (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GPtrArray) cancel = NULL;
  g_autoptr(GPtrArray) create = NULL;

  open_dialog (fixture, NULL);

  /* Each field is named once, by its title. */
  gtk_test_accessible_assert_property (cl_ui_row_text (find_row (fixture->dialog, "Company")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Company");
  gtk_test_accessible_assert_property (cl_ui_row_text (find_row (fixture->dialog, "Role")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Role");

  /* "Cancel" and "Create" by their label widgets alone: no LABEL property
   * adding "_Cancel" to it, as GTK 4.8 would. */
  cancel = find_buttons (fixture->dialog, "_Cancel");
  create = find_buttons (fixture->dialog, "C_reate");
  buttons = cl_ui_find_widgets (GTK_WIDGET (fixture->dialog), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (button))))
        g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                          GTK_ACCESSIBLE_PROPERTY_LABEL));
    }
  for (guint i = 0; i < cancel->len; i++)
    g_assert_cmpstr (gtk_label_get_text (
                       GTK_LABEL (gtk_button_get_child (g_ptr_array_index (cancel, i)))),
                     ==, "Cancel");
  for (guint i = 0; i < create->len; i++)
    g_assert_cmpstr (gtk_label_get_text (
                       GTK_LABEL (gtk_button_get_child (g_ptr_array_index (create, i)))),
                     ==, "Create");

  /* Cancel closes without saving. */
  cl_ui_activate (shown_button (fixture->dialog, "_Cancel"));
  cl_ui_wait_for (is_destroyed, fixture);
  g_assert_cmpuint (fixture->added->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    return 77;
  adw_init ();

  g_test_add ("/new-application/focus", Fixture, NULL, fixture_setup, test_focus, fixture_teardown);
  g_test_add ("/new-application/hint", Fixture, NULL, fixture_setup, test_hint, fixture_teardown);
  g_test_add ("/new-application/refused", Fixture, NULL, fixture_setup, test_refused,
              fixture_teardown);
  g_test_add ("/new-application/existing-company", Fixture, NULL, fixture_setup,
              test_existing_company, fixture_teardown);
  g_test_add ("/new-application/accessible-names", Fixture, NULL, fixture_setup,
              test_accessible_names, fixture_teardown);

  return g_test_run ();
}
