/* test-keywords-page.c — the job-description keywords page
 *
 * Over a temporary database with one application whose description names
 * a feature store, A/B tests, PyTorch and Kubernetes: pasting text lists
 * the terms with their domain and count, and the one an objective already
 * names as in the plan; "Add" makes an objective in the term's
 * domain (kept with its term key, and linked to the application when the
 * description is the application's, its state kept there); Dismiss moves a
 * term to the Dismissed list, for the application across a new page;
 * Restore brings it back; Copy Study Prompt puts a prompt naming the term,
 * role, level and company on the clipboard.  Warnings are fatal.  Exits 77
 * (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-keywords-page"

#include "config.h"

#include <string.h>

#include "cl-keywords-page.h"
#include "cl-pipeline-store.h"
#include "cl-prep-store.h"
#include "cl-ui-test-util.h"

#define DESCRIPTION \
  "Deep Lattice is hiring a Machine Learning Engineer. You will build our feature store, " \
  "run A/B tests and online experiments, and train models in PyTorch on Kubernetes (k8s). " \
  "Feature store experience is a plus."

typedef struct
{
  ClTestFixture    base;
  ClApplication   *application;
  GtkWindow       *window;
  AdwToastOverlay *overlay;
  ClKeywordsPage  *page;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  cl_test_fixture_setup (&fixture->base);
  fixture->application = cl_ui_add_application (fixture->base.context, "Deep Lattice",
                                                "ML Engineer", 1);
  g_assert_true (cl_pipeline_store_set_description (
    cl_context_get_pipeline_store (fixture->base.context), fixture->application, DESCRIPTION,
    &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  cl_ui_flush ();
  cl_test_fixture_teardown (&fixture->base);
}

static void
open_page (Fixture *fixture,
           int      width)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  fixture->page = g_object_new (CL_TYPE_KEYWORDS_PAGE, NULL);
  adw_toast_overlay_set_child (fixture->overlay, GTK_WIDGET (fixture->page));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->overlay));
  gtk_window_set_default_size (fixture->window, width, 760);
  cl_keywords_page_set_context (fixture->page, fixture->base.context);
  gtk_window_present (fixture->window);
  cl_ui_wait_for (cl_ui_is_mapped, fixture->page);
}

static void
paste (Fixture    *fixture,
       const char *text)
{
  GtkTextView *view = cl_ui_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_TEXT_VIEW);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
  cl_keywords_page_flush (fixture->page);
  cl_ui_flush ();
}

/* The rows of the list named @name: "title — subtitle", joined with "\n". */
static char *
rows_of (Fixture    *fixture,
         const char *group_title)
{
  g_autoptr(GPtrArray) groups = cl_ui_find_widgets (GTK_WIDGET (fixture->page),
                                                     ADW_TYPE_PREFERENCES_GROUP);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < groups->len; i++)
    {
      g_autoptr(GPtrArray) rows = NULL;

      if (g_strcmp0 (adw_preferences_group_get_title (g_ptr_array_index (groups, i)),
                     group_title) != 0)
        continue;
      rows = cl_ui_find_widgets (g_ptr_array_index (groups, i), ADW_TYPE_ACTION_ROW);
      for (guint r = 0; r < rows->len; r++)
        {
          AdwActionRow *row = g_ptr_array_index (rows, r);

          if (gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_POPOVER) != NULL ||
              g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "From") == 0)
            continue;
          if (text->len > 0)
            g_string_append_c (text, '\n');
          g_string_append_printf (text, "%s — %s",
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                  adw_action_row_get_subtitle (row));
        }
    }
  return g_string_free (text, FALSE);
}

/* The row of @group_title titled @title. */
static GtkWidget *
row_titled (Fixture    *fixture,
            const char *title)
{
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (fixture->page),
                                                   ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  g_error ("no row titled %s", title);
}

/* The button of @row named @name for screen readers (its label, or for an
 * icon button its accessible label). */
static GtkButton *
button_of (GtkWidget  *row,
           const char *label)
{
  g_autoptr(GPtrArray) buttons = cl_ui_find_widgets (row, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkButton *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_button_get_label (button), label) == 0 ||
          g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), label) == 0)
        return button;
    }
  g_error ("no button %s", label);
}

static ClObjective *
only_objective (Fixture     *fixture,
                ClPrepDomain domain)
{
  GListModel *objectives = cl_prep_store_get_objectives (
    cl_context_get_prep_store (fixture->base.context), domain);
  g_autoptr(ClObjective) objective = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (objectives), ==, 1);
  objective = g_list_model_get_item (objectives, 0);
  return objective; /* the store keeps it */
}

static void
test_pasted (Fixture      *fixture,
             gconstpointer data)
{
  ClPrepStore *store = cl_context_get_prep_store (fixture->base.context);
  g_autoptr(ClObjective) internals = cl_objective_new (CL_PREP_DOMAIN_ML_FUNDAMENTALS,
                                                        "PyTorch internals");
  g_autofree char *shown = NULL;
  ClObjective     *made;

  g_assert_true (cl_prep_store_add_objective (store, internals, NULL));
  open_page (fixture, 1100);
  shown = rows_of (fixture, "Terms Found");
  g_assert_cmpstr (shown, ==, "");
  g_clear_pointer (&shown, g_free);

  paste (fixture, DESCRIPTION);
  shown = rows_of (fixture, "Terms Found");
  /* Synonyms count as the term ("online experiments" is A/B testing,
   * "k8s" Kubernetes); an objective's title covers what it names. */
  g_assert_cmpstr (shown, ==,
                   "Feature store — ML system design · 2 mentions · not in your plan yet\n"
                   "A/B testing — ML system design · 2 mentions · not in your plan yet\n"
                   "Kubernetes — ML system design · 2 mentions · not in your plan yet\n"
                   "Machine learning — ML fundamentals / deep learning · 1 mention · not in your "
                   "plan yet\n"
                   "PyTorch — ML fundamentals / deep learning · 1 mention · in your plan: "
                   "PyTorch internals");
  g_clear_pointer (&shown, g_free);
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->page));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "keywords-pasted");

  /* Added to the plan: an objective in the term's domain, kept by key. */
  cl_ui_click (button_of (row_titled (fixture, "Feature store"), "_Add"));
  cl_ui_flush ();
  made = only_objective (fixture, CL_PREP_DOMAIN_ML_SYSTEM_DESIGN);
  g_assert_cmpstr (cl_objective_get_title (made), ==, "Prepare Feature store");
  g_assert_cmpstr (cl_objective_get_term_key (made), ==, "feature-store");
  {
    g_autoptr(GArray) links = cl_prep_store_get_application_ids (store, cl_objective_get_id (made),
                                                                  NULL);

    g_assert_cmpuint (links->len, ==, 0);
  }
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (
                                     row_titled (fixture, "Feature store"))),
                                   "in your plan: Prepare Feature store"));

  /* Dismissed, pasted text forgets it with the page. */
  cl_ui_click (button_of (row_titled (fixture, "Kubernetes"), "Dismiss “Kubernetes”"));
  cl_ui_flush ();
  shown = rows_of (fixture, "Dismissed");
  g_assert_cmpstr (shown, ==, "Kubernetes — ML system design · 2 mentions · dismissed");
  g_clear_pointer (&shown, g_free);
  cl_ui_click (button_of (row_titled (fixture, "Kubernetes"), "_Restore"));
  cl_ui_flush ();
  shown = rows_of (fixture, "Dismissed");
  g_assert_cmpstr (shown, ==, "");
  g_clear_pointer (&shown, g_free);

  /* Text that is not a description finds nothing, and says nothing wrong. */
  paste (fixture, "Lorem ipsum dolor sit amet, javascriptish c-level r&d.");
  shown = rows_of (fixture, "Terms Found");
  g_assert_cmpstr (shown, ==, "");
}

static void
test_application (Fixture      *fixture,
                  gconstpointer data)
{
  ClPrepStore *store = cl_context_get_prep_store (fixture->base.context);
  g_autoptr(GArray) states = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *prompt = NULL;
  ClObjective     *made;
  GtkTextView     *view;

  open_page (fixture, 1100);
  cl_ui_pick_by_typing (cl_ui_find_picker (GTK_WIDGET (fixture->page),
                                           "_Use an Application’s…"),
                        "lattice", 1);
  g_assert_true (cl_keywords_page_get_application (fixture->page) == fixture->application);
  /* Its description is read, not edited, here. */
  view = cl_ui_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_TEXT_VIEW);
  g_assert_false (gtk_text_view_get_editable (view));
  shown = rows_of (fixture, "Terms Found");
  g_assert_true (g_str_has_prefix (shown, "Feature store — ML system design · 2 mentions"));
  g_clear_pointer (&shown, g_free);

  /* Accepted: linked to the application, and kept there. */
  cl_ui_click (button_of (row_titled (fixture, "A/B testing"), "_Add"));
  cl_ui_flush ();
  made = only_objective (fixture, CL_PREP_DOMAIN_ML_SYSTEM_DESIGN);
  g_assert_cmpstr (cl_objective_get_title (made), ==, "Prepare A/B testing");
  {
    g_autoptr(GArray) links = cl_prep_store_get_application_ids (store, cl_objective_get_id (made),
                                                                  NULL);

    g_assert_cmpuint (links->len, ==, 1);
    g_assert_cmpint (g_array_index (links, gint64, 0), ==,
                     cl_application_get_id (fixture->application));
  }
  cl_ui_click (button_of (row_titled (fixture, "Kubernetes"), "Dismiss “Kubernetes”"));
  cl_ui_flush ();
  states = cl_prep_store_get_keyword_states (store, cl_application_get_id (fixture->application),
                                             NULL);
  /* By term key. */
  g_assert_cmpuint (states->len, ==, 2);
  g_assert_cmpstr (g_array_index (states, ClFoundKeyword, 0).term_key, ==, "ab-testing");
  g_assert_cmpint (g_array_index (states, ClFoundKeyword, 0).state, ==, CL_KEYWORD_STATE_ACCEPTED);
  g_assert_cmpuint (g_array_index (states, ClFoundKeyword, 0).count, ==, 2);
  g_assert_cmpstr (g_array_index (states, ClFoundKeyword, 1).term_key, ==, "kubernetes");
  g_assert_cmpint (g_array_index (states, ClFoundKeyword, 1).state, ==,
                   CL_KEYWORD_STATE_DISMISSED);
  g_assert_cmpuint (g_array_index (states, ClFoundKeyword, 1).count, ==, 2);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT objective_id FROM application_keywords"
                                        " WHERE term_key = 'ab-testing'"),
                   ==, cl_objective_get_id (made));

  /* The study prompt names the term, the role and the company. */
  cl_ui_click (button_of (row_titled (fixture, "Feature store"),
                          "Copy Study Prompt for “Feature store”"));
  cl_ui_flush ();
  {
    GdkContentProvider *content = gdk_clipboard_get_content (
      gtk_widget_get_clipboard (GTK_WIDGET (fixture->page)));
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, G_TYPE_STRING);
    g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
    prompt = g_value_dup_string (&value);
  }
  g_assert_true (g_str_has_prefix (prompt, "I am preparing for interviews for the ML Engineer "
                                           "role at Deep Lattice. Its job description mentions "
                                           "“Feature store”."));

  /* A new page over the same application remembers the dismissal. */
  open_page (fixture, 360);
  cl_keywords_page_set_application (fixture->page, fixture->application);
  cl_ui_flush ();
  shown = rows_of (fixture, "Dismissed");
  g_assert_cmpstr (shown, ==, "Kubernetes — ML system design · 2 mentions · dismissed");
  g_clear_pointer (&shown, g_free);
  shown = rows_of (fixture, "Terms Found");
  g_assert_true (strstr (shown, "A/B testing — ML system design · 2 mentions · in your plan: "
                                "Prepare A/B testing") != NULL);
  cl_ui_wait_for_frame (GTK_WIDGET (fixture->page));
  cl_ui_save_shot (GTK_WIDGET (fixture->window), "keywords-narrow");

  /* Paste Your Own leaves the application. */
  cl_ui_click (cl_ui_find_button (GTK_WIDGET (fixture->page), "_Paste Your Own"));
  cl_ui_flush ();
  g_assert_null (cl_keywords_page_get_application (fixture->page));
  g_assert_true (gtk_text_view_get_editable (view = cl_ui_find_widget (GTK_WIDGET (fixture->page),
                                                                       GTK_TYPE_TEXT_VIEW)));
}

int
main (int   argc,
      char *argv[])
{
  /* The checks read English labels. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    return 77;
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/ui/keywords-page/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("pasted", test_pasted);
  ADD ("application", test_application);
#undef ADD

  return g_test_run ();
}
