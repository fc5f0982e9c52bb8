/* test-stage-editor.c — drives the stage editor through its widgets
 *
 * Renames, opens and closes, reorders, adds and archives stages the way a
 * user would reach them (rows, switches, buttons, the archive dialog), and
 * checks the store and the database file after each step.
 * Exits 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-stage-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "cl-context.h"
#include "cl-stage-editor.h"
#include "cl-test-util.h"

typedef struct
{
  char          *dir;
  ClContext     *context;
  ClStageEditor *editor;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClClock) clock = cl_clock_new_fixed (CL_TEST_NOW);
  g_autofree char *path = NULL;

  fixture->dir = cl_test_make_tmp_dir ();
  path = g_build_filename (fixture->dir, "careerlens.db", NULL);
  fixture->context = cl_context_open (path, clock, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->editor));
  g_clear_object (&fixture->context);
  cl_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Widget tree ------------------------------------------------------------- */

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

static GPtrArray *
find_widgets (GtkWidget *root,
              GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_widgets (root, type, found);
  return found;
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  g_autoptr(GPtrArray) found = find_widgets (root, type);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *icon_name)
{
  g_autoptr(GPtrArray) buttons = find_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, i)), icon_name) == 0)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

/* The rows that stand for stages: entry rows with an open/closed switch. */
static GPtrArray *
stage_rows (ClStageEditor *editor)
{
  g_autoptr(GPtrArray) entries = find_widgets (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < entries->len; i++)
    if (find_widget (g_ptr_array_index (entries, i), GTK_TYPE_SWITCH) != NULL)
      g_ptr_array_add (rows, g_ptr_array_index (entries, i));
  return rows;
}

static AdwEntryRow *
stage_row (ClStageEditor *editor,
           guint          index)
{
  g_autoptr(GPtrArray) rows = stage_rows (editor);

  g_assert_cmpuint (index, <, rows->len);
  return g_ptr_array_index (rows, index);
}

/* The row for naming a new stage: the entry row without a switch. */
static AdwEntryRow *
new_name_row (ClStageEditor *editor)
{
  g_autoptr(GPtrArray) entries = find_widgets (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);

  for (guint i = 0; i < entries->len; i++)
    if (find_widget (g_ptr_array_index (entries, i), GTK_TYPE_SWITCH) == NULL)
      return g_ptr_array_index (entries, i);
  g_assert_not_reached ();
}

/* The "Closed stage" switch of the new stage, in an action row. */
static GtkSwitch *
new_closed_switch (ClStageEditor *editor)
{
  g_autoptr(GPtrArray) rows = find_widgets (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *found = find_widget (g_ptr_array_index (rows, i), GTK_TYPE_SWITCH);

      if (found != NULL)
        return GTK_SWITCH (found);
    }
  g_assert_not_reached ();
}

static AdwMessageDialog *
find_dialog (ClStageEditor *editor)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (editor) &&
        gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
no_dialog (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      return FALSE;
  return TRUE;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* Iterates the main loop until @check is true, failing after 10 s. */
static void
wait_for (gboolean (*check) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!check (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Store and database --------------------------------------------------------- */

/* "name:open,…" for the stages of the store's model, in order. */
static char *
model_stages (ClPipelineStore *store)
{
  GListModel *stages = cl_pipeline_store_get_stages (store);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);

      g_string_append_printf (out, "%s%s:%d", i > 0 ? "," : "",
                              cl_stage_get_name (stage), cl_stage_get_is_open (stage));
    }
  return g_string_free (out, FALSE);
}

/* The same, read from the database file. */
static char *
stored_stages (ClContext *context)
{
  char *text = cl_test_query_text (cl_context_get_database (context),
                                   "SELECT group_concat(name || ':' || is_open, ',') FROM"
                                   " (SELECT name, is_open FROM stages WHERE archived = 0"
                                   "  ORDER BY position)");

  return g_strchomp (text);
}

static gint64
stage_id_at (ClPipelineStore *store,
             guint            index)
{
  g_autoptr(ClStage) stage = g_list_model_get_item (cl_pipeline_store_get_stages (store), index);

  g_assert_nonnull (stage);
  return cl_stage_get_id (stage);
}

static void
assert_rows_follow_model (ClStageEditor   *editor,
                          ClPipelineStore *store)
{
  g_autoptr(GPtrArray) rows = stage_rows (editor);
  GListModel *stages = cl_pipeline_store_get_stages (store);
  guint n = g_list_model_get_n_items (stages);

  g_assert_cmpuint (rows->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *open_switch = find_widget (row, GTK_TYPE_SWITCH);

      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, cl_stage_get_name (stage));
      g_assert_cmpint (gtk_switch_get_active (GTK_SWITCH (open_switch)), ==, cl_stage_get_is_open (stage));
      /* Moving is possible everywhere but past the ends. */
      g_assert_cmpint (gtk_widget_get_sensitive (find_button (row, "go-up-symbolic")), ==, i > 0);
      g_assert_cmpint (gtk_widget_get_sensitive (find_button (row, "go-down-symbolic")), ==, i + 1 < n);
    }
}

static void
add_application (ClPipelineStore *store,
                 const char      *company,
                 gint64           stage_id)
{
  g_autoptr(ClApplication) application = cl_application_new (company, "Engineer");
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_pipeline_store_add_application (store, application, stage_id, &error));
  g_assert_no_error (error);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
count_clicked_cb (guint *count)
{
  (*count)++;
}

static gboolean
is_nonzero (gpointer data)
{
  return *(guint *) data > 0;
}

/* Toggles @widget as a click or Space does; GtkSwitch changes its state at
 * the end of its animation. */
static void
toggle_switch (GtkWidget *widget)
{
  guint count = 0;
  gulong handler = g_signal_connect (widget, "notify::active", G_CALLBACK (count_cb), &count);

  gtk_widget_activate (widget);
  wait_for (is_nonzero, &count);
  g_signal_handler_disconnect (widget, handler);
}

/* Presses @widget as Space or Enter does: GtkButton emits ::clicked a
 * moment after it shows itself pressed. */
static void
press_button (GtkWidget *widget)
{
  /* Clicking may rebuild the rows: keep the button alive until done. */
  g_autoptr(GtkWidget) button = g_object_ref (widget);
  guint count = 0;
  gulong handler;

  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_get_sensitive (button));
  handler = g_signal_connect_swapped (button, "clicked", G_CALLBACK (count_clicked_cb), &count);
  gtk_widget_activate (button);
  wait_for (is_nonzero, &count);
  g_signal_handler_disconnect (button, handler);
}

/* Types @text into @row and applies it as Enter would. */
static void
type_and_apply (AdwEntryRow *row,
                const char  *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
}

static gboolean
shows_menus (gpointer data)
{
  AdwEntryRow *row = stage_row (data, 0);

  /* Narrow is also how the editor starts: wait for the first layout. */
  return gtk_widget_get_mapped (find_widget (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON)) &&
         gtk_widget_get_width (GTK_WIDGET (row)) > 0;
}

static gboolean
shows_buttons (gpointer data)
{
  AdwEntryRow *row = stage_row (data, 0);

  return gtk_widget_get_mapped (find_button (GTK_WIDGET (row), "go-down-symbolic"));
}

/* Opens the editor @width pixels wide, once its rows are laid out: with
 * buttons, or with menus on narrow windows. */
static void
open_editor (Fixture *fixture,
             int      width)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);

  fixture->editor = cl_stage_editor_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->editor), width, 640);
  gtk_window_present (GTK_WINDOW (fixture->editor));
  wait_for (is_mapped, fixture->editor);
  wait_for (width < 400 ? shows_menus : shows_buttons, fixture->editor);
}

/* The tests ------------------------------------------------------------------ */

static const char *default_stages =
  "Wishlist:1,Applied:1,Recruiter screen:1,Technical screen:1,Onsite / final loop:1,"
  "Offer:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0";

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  g_autofree char *model = NULL;
  AdwEntryRow *applied;

  add_application (store, "Deep Lattice", stage_id_at (store, 1));
  add_application (store, "Quiet Harbor", stage_id_at (store, 1));

  open_editor (fixture, 560);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->editor)), ==, "Stages");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (fixture->editor)));
  model = model_stages (store);
  g_assert_cmpstr (model, ==, default_stages);
  assert_rows_follow_model (fixture->editor, store);
  g_assert_true (gtk_widget_get_mapped (find_button (GTK_WIDGET (stage_row (fixture->editor, 1)),
                                                     "go-up-symbolic")));
  g_assert_false (gtk_widget_get_mapped (find_widget (GTK_WIDGET (stage_row (fixture->editor, 1)),
                                                      GTK_TYPE_MENU_BUTTON)));

  /* Each row says how many applications its stage holds, and follows it. */
  applied = stage_row (fixture->editor, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (applied)), ==, "2 applications");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (stage_row (fixture->editor, 9))),
                   ==, "No applications");
  add_application (store, "Northwind", stage_id_at (store, 1));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (applied)), ==, "3 applications");
}

static void
test_rename (Fixture       *fixture,
             gconstpointer  data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  g_autofree char *stored = NULL;
  g_autofree char *long_name = g_strnfill (80, 'x');
  AdwEntryRow *row;
  ClStage *stage;

  open_editor (fixture, 560);

  row = stage_row (fixture->editor, 2);
  stage = cl_pipeline_store_find_stage (store, stage_id_at (store, 2));

  /* Spaces around the name are dropped, in the row too. */
  type_and_apply (row, "  Phone screen ");
  g_assert_cmpstr (cl_stage_get_name (stage), ==, "Phone screen");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Phone screen");
  stored = cl_test_query_text (cl_context_get_database (fixture->context),
                               "SELECT name FROM stages WHERE position = 2 AND archived = 0");
  g_assert_cmpstr (g_strchomp (stored), ==, "Phone screen");

  /* A refused name puts the stored one back. */
  type_and_apply (row, "   ");
  g_assert_cmpstr (cl_stage_get_name (stage), ==, "Phone screen");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Phone screen");

  /* The row cannot take more than the store accepts. */
  gtk_editable_set_text (GTK_EDITABLE (row), long_name);
  g_assert_cmpint (g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (row)), -1), ==, 60);
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpint (g_utf8_strlen (cl_stage_get_name (stage), -1), ==, 60);
}

static void
test_open_switch (Fixture       *fixture,
                  gconstpointer  data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  g_autofree char *model = NULL;
  g_autofree char *stored = NULL;
  GtkSwitch *offer_switch;
  GtkSwitch *last_switch;

  open_editor (fixture, 560);

  /* Close Offer, as a click on its switch does. */
  offer_switch = GTK_SWITCH (find_widget (GTK_WIDGET (stage_row (fixture->editor, 5)), GTK_TYPE_SWITCH));
  g_assert_true (gtk_switch_get_active (offer_switch));
  toggle_switch (GTK_WIDGET (offer_switch));
  g_assert_false (gtk_switch_get_active (offer_switch));
  g_assert_false (cl_stage_get_is_open (cl_pipeline_store_find_stage (store, stage_id_at (store, 5))));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (offer_switch)), ==,
                   "Closed: an outcome, like Rejected");
  stored = stored_stages (fixture->context);
  g_assert_cmpstr (stored, ==,
                   "Wishlist:1,Applied:1,Recruiter screen:1,Technical screen:1,Onsite / final loop:1,"
                   "Offer:0,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");

  /* The last open stage cannot be closed: the switch goes back on. */
  for (guint i = 0; i < 4; i++)
    toggle_switch (find_widget (GTK_WIDGET (stage_row (fixture->editor, i)), GTK_TYPE_SWITCH));
  last_switch = GTK_SWITCH (find_widget (GTK_WIDGET (stage_row (fixture->editor, 4)), GTK_TYPE_SWITCH));
  toggle_switch (GTK_WIDGET (last_switch));
  g_assert_true (gtk_switch_get_active (last_switch));
  g_assert_true (cl_stage_get_is_open (cl_pipeline_store_find_stage (store, stage_id_at (store, 4))));
  g_clear_pointer (&stored, g_free);
  stored = stored_stages (fixture->context);
  g_assert_cmpstr (stored, ==,
                   "Wishlist:0,Applied:0,Recruiter screen:0,Technical screen:0,Onsite / final loop:1,"
                   "Offer:0,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");

  /* Opening again is fine. */
  toggle_switch (GTK_WIDGET (offer_switch));
  g_assert_true (cl_stage_get_is_open (cl_pipeline_store_find_stage (store, stage_id_at (store, 5))));
  model = model_stages (store);
  g_assert_cmpstr (model, ==,
                   "Wishlist:0,Applied:0,Recruiter screen:0,Technical screen:0,Onsite / final loop:1,"
                   "Offer:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");
  assert_rows_follow_model (fixture->editor, store);
}

static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  g_autofree char *model = NULL;
  g_autofree char *stored = NULL;
  GtkWidget *button;
  AdwEntryRow *moved;

  open_editor (fixture, 560);

  /* Recruiter screen one earlier, before Applied. */
  button = find_button (GTK_WIDGET (stage_row (fixture->editor, 2)), "go-up-symbolic");
  gtk_widget_grab_focus (button);
  press_button (button);

  model = model_stages (store);
  g_assert_cmpstr (model, ==,
                   "Wishlist:1,Recruiter screen:1,Applied:1,Technical screen:1,Onsite / final loop:1,"
                   "Offer:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");
  stored = stored_stages (fixture->context);
  g_assert_cmpstr (stored, ==, model);
  assert_rows_follow_model (fixture->editor, store);

  /* The keyboard stays on the moved stage's button. */
  moved = stage_row (fixture->editor, 1);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->editor)) ==
                 find_button (GTK_WIDGET (moved), "go-up-symbolic"));

  /* Once at the top, the focus moves to the other button. */
  press_button (find_button (GTK_WIDGET (moved), "go-up-symbolic"));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->editor)) ==
                 find_button (GTK_WIDGET (stage_row (fixture->editor, 0)), "go-down-symbolic"));

  /* And down again, twice. */
  press_button (find_button (GTK_WIDGET (stage_row (fixture->editor, 0)), "go-down-symbolic"));
  press_button (find_button (GTK_WIDGET (stage_row (fixture->editor, 1)), "go-down-symbolic"));
  g_clear_pointer (&model, g_free);
  model = model_stages (store);
  g_assert_cmpstr (model, ==,
                   "Wishlist:1,Applied:1,Recruiter screen:1,Technical screen:1,Onsite / final loop:1,"
                   "Offer:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");
  g_clear_pointer (&stored, g_free);
  stored = stored_stages (fixture->context);
  g_assert_cmpstr (stored, ==, model);
  assert_rows_follow_model (fixture->editor, store);
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  g_autofree char *stored = NULL;
  AdwEntryRow *row;

  open_editor (fixture, 560);

  row = new_name_row (fixture->editor);

  /* An empty name adds nothing. */
  g_signal_emit_by_name (row, "entry-activated");
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stages (store)), ==, 10);

  /* A closed stage, with the switch below the name. */
  gtk_switch_set_active (new_closed_switch (fixture->editor), TRUE);
  type_and_apply (row, "Take-home");
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stages (store)), ==, 11);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  g_assert_false (gtk_switch_get_active (new_closed_switch (fixture->editor)));

  /* An open one, with Enter. */
  gtk_editable_set_text (GTK_EDITABLE (row), "Reference check");
  g_signal_emit_by_name (row, "entry-activated");
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stages (store)), ==, 12);

  /* The open one goes before the outcomes; the closed one after them. */
  stored = stored_stages (fixture->context);
  g_assert_cmpstr (stored, ==,
                   "Wishlist:1,Applied:1,Recruiter screen:1,Technical screen:1,Onsite / final loop:1,"
                   "Offer:1,Reference check:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0,Take-home:0");
  assert_rows_follow_model (fixture->editor, store);
}

static void
test_archive (Fixture       *fixture,
              gconstpointer  data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  ClDatabase *database = cl_context_get_database (fixture->context);
  g_autofree char *stored = NULL;
  g_autofree char *sql = NULL;
  gint64 wishlist = stage_id_at (store, 0);
  gint64 applied = stage_id_at (store, 1);
  AdwMessageDialog *dialog;
  AdwComboRow *move_to;
  g_autoptr(ClStage) target = NULL;

  add_application (store, "Deep Lattice", wishlist);
  add_application (store, "Quiet Harbor", applied);
  add_application (store, "Northwind", applied);

  open_editor (fixture, 560);

  /* Cancelling changes nothing. */
  press_button (find_button (GTK_WIDGET (stage_row (fixture->editor, 1)), "list-remove-symbolic"));
  dialog = find_dialog (fixture->editor);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  wait_for (no_dialog, NULL);
  g_assert_nonnull (cl_pipeline_store_find_stage (store, applied));

  /* Applied holds two applications: the dialog asks where they go. */
  press_button (find_button (GTK_WIDGET (stage_row (fixture->editor, 1)), "list-remove-symbolic"));
  dialog = find_dialog (fixture->editor);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Archive “Applied”?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "Its 2 applications move to the stage you choose; their history is kept.");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "archive"), ==, ADW_RESPONSE_DESTRUCTIVE);
  move_to = ADW_COMBO_ROW (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW));
  g_assert_nonnull (move_to);
  /* Every other stage is offered, the one before it first chosen. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (move_to)), ==, 9);
  g_assert_cmpint (cl_stage_get_id (adw_combo_row_get_selected_item (move_to)), ==, wishlist);
  /* The user picks Rejected. */
  adw_combo_row_set_selected (move_to, 6);
  target = g_object_ref (adw_combo_row_get_selected_item (move_to));
  g_assert_cmpstr (cl_stage_get_name (target), ==, "Rejected");
  adw_message_dialog_response (dialog, "archive");
  wait_for (no_dialog, NULL);

  g_assert_null (cl_pipeline_store_find_stage (store, applied));
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stage_applications (store, cl_stage_get_id (target))),
                    ==, 2);
  stored = stored_stages (fixture->context);
  g_assert_cmpstr (stored, ==,
                   "Wishlist:1,Recruiter screen:1,Technical screen:1,Onsite / final loop:1,"
                   "Offer:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");
  assert_rows_follow_model (fixture->editor, store);

  /* Nothing is deleted: the stage is archived, the applications moved with
   * a history row each. */
  sql = g_strdup_printf ("SELECT name || ':' || archived FROM stages WHERE id = %" G_GINT64_FORMAT, applied);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stages"), ==, 10);
  g_clear_pointer (&stored, g_free);
  stored = cl_test_query_text (database, sql);
  g_assert_cmpstr (g_strchomp (stored), ==, "Applied:1");
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM applications WHERE stage_id = %" G_GINT64_FORMAT,
                         cl_stage_get_id (target));
  g_assert_cmpint (cl_test_query_int64 (database, sql), ==, 2);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM stage_history WHERE from_stage_id = %" G_GINT64_FORMAT
                         " AND to_stage_id = %" G_GINT64_FORMAT, applied, cl_stage_get_id (target));
  g_assert_cmpint (cl_test_query_int64 (database, sql), ==, 2);

  /* An empty stage only needs confirming. */
  press_button (find_button (GTK_WIDGET (stage_row (fixture->editor, 8)), "list-remove-symbolic"));
  dialog = find_dialog (fixture->editor);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Archive “Ghosted”?");
  g_assert_null (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW));
  adw_message_dialog_response (dialog, "archive");
  wait_for (no_dialog, NULL);
  g_clear_pointer (&stored, g_free);
  stored = stored_stages (fixture->context);
  g_assert_cmpstr (stored, ==,
                   "Wishlist:1,Recruiter screen:1,Technical screen:1,Onsite / final loop:1,"
                   "Offer:1,Accepted:0,Rejected:0,Withdrawn:0");
  assert_rows_follow_model (fixture->editor, store);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM applications"), ==, 3);
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  g_autofree char *stored = NULL;
  AdwEntryRow *row;
  GtkEditable *text;

  open_editor (fixture, 360);

  /* On a phone the buttons fold into a menu and the names keep their room. */
  row = stage_row (fixture->editor, 4);
  g_assert_false (gtk_widget_get_mapped (find_button (GTK_WIDGET (row), "go-up-symbolic")));
  g_assert_true (gtk_widget_get_mapped (find_widget (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->editor)), <=, 400);
  text = gtk_editable_get_delegate (GTK_EDITABLE (row));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (text)), >=, 150);

  /* The menu's items are the row's actions. */
  gtk_widget_activate_action (GTK_WIDGET (stage_row (fixture->editor, 1)), "stage.move-later", NULL);
  stored = stored_stages (fixture->context);
  g_assert_cmpstr (stored, ==,
                   "Wishlist:1,Recruiter screen:1,Applied:1,Technical screen:1,Onsite / final loop:1,"
                   "Offer:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");
  assert_rows_follow_model (fixture->editor, store);
  /* GtkMenuButton takes the focus on its inner button. */
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (fixture->editor)),
                                         find_widget (GTK_WIDGET (stage_row (fixture->editor, 2)),
                                                      GTK_TYPE_MENU_BUTTON)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    return 77;
  adw_init ();

  g_test_add ("/stage-editor/rows", Fixture, NULL, fixture_setup, test_rows, fixture_teardown);
  g_test_add ("/stage-editor/rename", Fixture, NULL, fixture_setup, test_rename, fixture_teardown);
  g_test_add ("/stage-editor/open-switch", Fixture, NULL, fixture_setup, test_open_switch, fixture_teardown);
  g_test_add ("/stage-editor/move", Fixture, NULL, fixture_setup, test_move, fixture_teardown);
  g_test_add ("/stage-editor/add", Fixture, NULL, fixture_setup, test_add, fixture_teardown);
  g_test_add ("/stage-editor/archive", Fixture, NULL, fixture_setup, test_archive, fixture_teardown);
  g_test_add ("/stage-editor/narrow", Fixture, NULL, fixture_setup, test_narrow, fixture_teardown);

  return g_test_run ();
}
