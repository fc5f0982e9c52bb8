/* test-stage-editor.c — drives the stage editor through its widgets
 *
 * Renames, opens and closes, reorders, adds and archives stages the way a
 * user would reach them (rows, switches, buttons, the archive dialog and its
 * toast), and checks the store and the database file after each step, what
 * the editor says beside a refused or cut name, and what screen readers get.
 * Exits 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-stage-editor"

#include "config.h"

#include <string.h>

#include "cl-stage-editor.h"
#include "cl-ui-test-util.h"

typedef struct
{
  ClTestFixture  base;
  ClStageEditor *editor;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  if (fixture->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->editor));
  cl_test_fixture_teardown (&fixture->base);
}

/* Widget tree ------------------------------------------------------------- */

/* The first widget of @type below @root, or NULL when there is none. */
static gpointer
find_first (GtkWidget *root,
            GType      type)
{
  g_autoptr(GPtrArray) found = cl_ui_find_widgets (root, type);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* The rows that stand for stages: entry rows with an open/closed switch. */
static GPtrArray *
stage_rows (ClStageEditor *editor)
{
  g_autoptr(GPtrArray) entries = cl_ui_find_widgets (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < entries->len; i++)
    if (find_first (g_ptr_array_index (entries, i), GTK_TYPE_SWITCH) != NULL)
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

/* The button of @row showing the icon @icon_name. */
static GtkButton *
row_button (AdwEntryRow *row,
            const char  *icon_name)
{
  return cl_ui_find_icon_button (GTK_WIDGET (row), icon_name);
}

/* The row for naming a new stage: the entry row without a switch. */
static AdwEntryRow *
new_name_row (ClStageEditor *editor)
{
  g_autoptr(GPtrArray) entries = cl_ui_find_widgets (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);

  for (guint i = 0; i < entries->len; i++)
    if (find_first (g_ptr_array_index (entries, i), GTK_TYPE_SWITCH) == NULL)
      return g_ptr_array_index (entries, i);
  g_assert_not_reached ();
}

/* The "Closed stage" switch of the new stage, in an action row. */
static GtkSwitch *
new_closed_switch (ClStageEditor *editor)
{
  g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *found = find_first (g_ptr_array_index (rows, i), GTK_TYPE_SWITCH);

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

/* The message shown below the group of @row's list, or NULL when none is. */
static GtkLabel *
row_message (AdwEntryRow *row)
{
  GtkWidget *list = gtk_widget_get_ancestor (GTK_WIDGET (row), GTK_TYPE_LIST_BOX);

  g_assert_nonnull (list);
  for (GtkWidget *sibling = gtk_widget_get_next_sibling (list);
       sibling != NULL;
       sibling = gtk_widget_get_next_sibling (sibling))
    if (GTK_IS_LABEL (sibling) && gtk_widget_get_visible (sibling))
      return GTK_LABEL (sibling);
  return NULL;
}

/* @row is marked as refused, and says @message beside it and to screen readers. */
static void
assert_refused (AdwEntryRow *row,
                const char  *message)
{
  GtkLabel *label = row_message (row);

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  gtk_test_accessible_assert_state (cl_ui_row_text (row), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_test_accessible_assert_property (cl_ui_row_text (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       message);
  /* The row is the text box screen readers see in GTK 4.8: it says so too. */
  gtk_test_accessible_assert_state (row, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message);
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (label), ==, message);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "error"));
}

/* Not marked, and no error below it (a notice may be). */
static void
assert_not_refused (AdwEntryRow *row)
{
  GtkLabel *label = row_message (row);

  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_false (gtk_test_accessible_has_state (cl_ui_row_text (row),
                                                 GTK_ACCESSIBLE_STATE_INVALID));
  g_assert_false (
    gtk_test_accessible_has_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID));
  g_assert_true (label == NULL || !gtk_widget_has_css_class (GTK_WIDGET (label), "error"));
}

/* Toasts ------------------------------------------------------------------- */

/* The toasts the editor shows, as widgets, oldest first. */
static GPtrArray *
toasts (ClStageEditor *editor)
{
  g_autoptr(GPtrArray) widgets = cl_ui_find_widgets (GTK_WIDGET (editor), GTK_TYPE_WIDGET);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < widgets->len; i++)
    if (g_str_equal (G_OBJECT_TYPE_NAME (g_ptr_array_index (widgets, i)), "AdwToastWidget"))
      g_ptr_array_add (found, g_ptr_array_index (widgets, i));
  return found;
}

/* The text a toast shows: its title as the user reads it. */
static const char *
toast_text (GtkWidget *toast)
{
  g_autoptr(GPtrArray) labels = cl_ui_find_widgets (toast, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_ancestor (g_ptr_array_index (labels, i), GTK_TYPE_BUTTON) == NULL)
      return gtk_label_get_text (g_ptr_array_index (labels, i));
  return NULL;
}

/* The toast's labelled button (Undo), or NULL. */
static GtkButton *
toast_button (GtkWidget *toast)
{
  g_autoptr(GPtrArray) buttons = cl_ui_find_widgets (toast, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (gtk_button_get_label (g_ptr_array_index (buttons, i)) != NULL)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

static guint
count_undo_toasts (ClStageEditor *editor)
{
  g_autoptr(GPtrArray) shown = toasts (editor);
  guint n = 0;

  for (guint i = 0; i < shown->len; i++)
    n += toast_button (g_ptr_array_index (shown, i)) != NULL;
  return n;
}

static gboolean
one_undo_toast (gpointer data)
{
  return count_undo_toasts (data) == 1;
}

typedef struct
{
  ClStageEditor *editor;
  const char    *text;
} ToastQuery;

static gboolean
shows_toast (gpointer data)
{
  ToastQuery *query = data;
  g_autoptr(GPtrArray) shown = toasts (query->editor);

  for (guint i = 0; i < shown->len; i++)
    if (g_strcmp0 (toast_text (g_ptr_array_index (shown, i)), query->text) == 0)
      return TRUE;
  return FALSE;
}

/* The shown toast that says @text; fails when there is none. */
static GtkWidget *
find_toast (ClStageEditor *editor,
            const char    *text)
{
  g_autoptr(GPtrArray) shown = toasts (editor);

  for (guint i = 0; i < shown->len; i++)
    if (g_strcmp0 (toast_text (g_ptr_array_index (shown, i)), text) == 0)
      return g_ptr_array_index (shown, i);
  g_assert_not_reached ();
}

/* Store and database --------------------------------------------------------- */

/* "name:open,…" for the stages of the store's model, in order. */
static char *
model_stages (ClPipelineStore *store)
{
  GListModel *stages = cl_pipeline_store_get_stages (store);
  GString    *out = g_string_new (NULL);

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
  guint       n = g_list_model_get_n_items (stages);

  g_assert_cmpuint (rows->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *open_switch = find_first (row, GTK_TYPE_SWITCH);
      GtkWidget *up = GTK_WIDGET (cl_ui_find_icon_button (row, "go-up-symbolic"));
      GtkWidget *down = GTK_WIDGET (cl_ui_find_icon_button (row, "go-down-symbolic"));

      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, cl_stage_get_name (stage));
      g_assert_cmpint (gtk_switch_get_active (GTK_SWITCH (open_switch)), ==,
                       cl_stage_get_is_open (stage));
      /* Moving is possible everywhere but past the ends. */
      g_assert_cmpint (gtk_widget_get_sensitive (up), ==, i > 0);
      g_assert_cmpint (gtk_widget_get_sensitive (down), ==, i + 1 < n);
    }
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
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
  guint  count = 0;
  gulong handler = g_signal_connect (widget, "notify::active", G_CALLBACK (count_cb), &count);

  gtk_widget_activate (widget);
  cl_ui_wait_for (is_nonzero, &count);
  g_signal_handler_disconnect (widget, handler);
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
  return gtk_widget_get_mapped (find_first (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON)) &&
         gtk_widget_get_width (GTK_WIDGET (row)) > 0;
}

static gboolean
shows_buttons (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (row_button (stage_row (data, 0), "go-down-symbolic")));
}

/* Opens the editor @width pixels wide, once its rows are laid out: with
 * buttons, or with menus on narrow windows. */
static void
open_editor_sized (Fixture *fixture,
                   int      width,
                   int      height)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);

  fixture->editor = cl_stage_editor_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (fixture->editor), width, height);
  gtk_window_present (GTK_WINDOW (fixture->editor));
  cl_ui_wait_for (cl_ui_is_mapped, fixture->editor);
  cl_ui_wait_for (width < 400 ? shows_menus : shows_buttons, fixture->editor);
}

static void
open_editor (Fixture *fixture,
             int      width)
{
  open_editor_sized (fixture, width, 640);
}

/* The tests ------------------------------------------------------------------ */

static const char *default_stages =
  "Wishlist:1,Applied:1,Recruiter screen:1,Technical screen:1,Onsite / final loop:1,"
  "Offer:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0";

static void
test_rows (Fixture      *fixture,
           gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  g_autofree char *model = NULL;
  AdwEntryRow     *applied;

  cl_ui_add_application (fixture->base.context, "Deep Lattice", "Engineer", 1);
  cl_ui_add_application (fixture->base.context, "Quiet Harbor", "Engineer", 1);

  open_editor (fixture, 560);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->editor)), ==, "Stages");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (fixture->editor)));
  model = model_stages (store);
  g_assert_cmpstr (model, ==, default_stages);
  assert_rows_follow_model (fixture->editor, store);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row_button (stage_row (fixture->editor, 1),
                                                                "go-up-symbolic"))));
  g_assert_false (gtk_widget_get_mapped (find_first (GTK_WIDGET (stage_row (fixture->editor, 1)),
                                                     GTK_TYPE_MENU_BUTTON)));

  /* Each row says how many applications its stage holds, and follows it. */
  applied = stage_row (fixture->editor, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (applied)), ==,
                   "2 applications");
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (stage_row (fixture->editor, 9))),
                   ==, "No applications");
  cl_ui_add_application (fixture->base.context, "Northwind", "Engineer", 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (applied)), ==,
                   "3 applications");
}

static void
test_rename (Fixture      *fixture,
             gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  g_autofree char *stored = NULL;
  g_autofree char *long_name = g_strnfill (80, 'x');
  AdwEntryRow     *row;
  ClStage         *stage;

  open_editor (fixture, 560);

  row = stage_row (fixture->editor, 2);
  stage = cl_pipeline_store_find_stage (store, stage_id_at (store, 2));

  /* Spaces around the name are dropped, in the row too. */
  type_and_apply (row, "  Phone screen ");
  g_assert_cmpstr (cl_stage_get_name (stage), ==, "Phone screen");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Phone screen");
  stored = cl_test_query_text (cl_context_get_database (fixture->base.context),
                               "SELECT name FROM stages WHERE position = 2 AND archived = 0");
  g_assert_cmpstr (g_strchomp (stored), ==, "Phone screen");
  assert_not_refused (row);

  /* A blank name is refused beside the row, which keeps what was typed. */
  type_and_apply (row, "   ");
  g_assert_cmpstr (cl_stage_get_name (stage), ==, "Phone screen");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "   ");
  assert_refused (row, "Enter a name for the stage.");
  /* Only that row is marked. */
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (stage_row (fixture->editor, 1)), "error"));
  g_assert_false (gtk_test_accessible_has_state (cl_ui_row_text (stage_row (fixture->editor, 1)),
                                                 GTK_ACCESSIBLE_STATE_INVALID));

  /* Editing clears it; the description goes back to what the row holds. */
  gtk_editable_set_text (GTK_EDITABLE (row), "Phone");
  assert_not_refused (row);
  g_assert_null (row_message (row));
  gtk_test_accessible_assert_property (cl_ui_row_text (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "No applications, open");
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpstr (cl_stage_get_name (stage), ==, "Phone");

  /* The row cannot take more than the store accepts. */
  gtk_editable_set_text (GTK_EDITABLE (row), long_name);
  g_assert_cmpint (g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (row)), -1), ==, 60);
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpint (g_utf8_strlen (cl_stage_get_name (stage), -1), ==, 60);
  assert_not_refused (row);
  /* It says why the typing stopped. */
  g_assert_nonnull (row_message (row));
}

static void
test_duplicate (Fixture      *fixture,
                gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  ClDatabase      *database = cl_context_get_database (fixture->base.context);
  g_autofree char *model = NULL;
  g_autofree char *stored = NULL;
  const char      *message = "There is a stage called “offer” already. Choose another name.";
  AdwEntryRow     *row;
  AdwEntryRow     *new_row;
  ClStage         *applied;

  open_editor (fixture, 560);

  /* Applied renamed "offer": Offer is taken, in any case. */
  row = stage_row (fixture->editor, 1);
  applied = cl_pipeline_store_find_stage (store, stage_id_at (store, 1));
  type_and_apply (row, "offer");
  g_assert_cmpstr (cl_stage_get_name (applied), ==, "Applied");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "offer");
  assert_refused (row, message);
  /* Nothing was saved. */
  model = model_stages (store);
  g_assert_cmpstr (model, ==, default_stages);
  stored = stored_stages (fixture->base.context);
  g_assert_cmpstr (stored, ==, default_stages);

  /* Enter again says it again; an edit clears it, and a free name saves. */
  g_signal_emit_by_name (row, "entry-activated");
  assert_refused (row, message);
  gtk_editable_set_text (GTK_EDITABLE (row), "Offer made");
  assert_not_refused (row);
  g_assert_null (row_message (row));
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpstr (cl_stage_get_name (applied), ==, "Offer made");

  /* Renaming a stage in other capitals is its own name, not a duplicate. */
  type_and_apply (row, "OFFER MADE");
  g_assert_cmpstr (cl_stage_get_name (applied), ==, "OFFER MADE");
  assert_not_refused (row);

  /* A new stage named like an outcome in other capitals is refused the same
   * way, beside the new name, and nothing is added. */
  new_row = new_name_row (fixture->editor);
  type_and_apply (new_row, "  rejected ");
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stages (store)), ==, 10);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stages"), ==, 10);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (new_row)), ==, "  rejected ");
  assert_refused (new_row, "There is a stage called “rejected” already. Choose another name.");
  /* The stage rows say nothing. */
  assert_not_refused (row);

  /* A blank one too. */
  gtk_editable_set_text (GTK_EDITABLE (new_row), "");
  assert_not_refused (new_row);
  g_assert_null (row_message (new_row));
  g_signal_emit_by_name (new_row, "entry-activated");
  assert_refused (new_row, "Enter a name for the stage.");
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stages (store)), ==, 10);

  /* Corrected, it is added, and the row is empty and unmarked again. */
  type_and_apply (new_row, "Rejected by me");
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stages (store)), ==, 11);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (new_row)), ==, "");
  assert_not_refused (new_row);
  g_assert_null (row_message (new_row));
}

/* Whether the row is wholly inside the visible part of the scrolled page. */
static gboolean
row_in_view (gpointer data)
{
  GtkWidget      *row = data;
  GtkWidget      *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  if (gtk_widget_get_height (row) == 0 || !gtk_widget_compute_bounds (row, scrolled, &bounds))
    return FALSE;
  return bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled);
}

static gboolean
row_out_of_view (gpointer data)
{
  return gtk_widget_get_height (GTK_WIDGET (data)) > 0 && !row_in_view (data);
}

static gboolean
is_laid_out (gpointer data)
{
  return gtk_widget_get_height (GTK_WIDGET (data)) > 0;
}

/* Scrolls the page of @widget to its end, as the user would to reach the
 * new stage's name. */
static void
scroll_to_end (GtkWidget *widget)
{
  GtkWidget     *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  double         end;

  cl_ui_wait_for (is_laid_out, widget);
  end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  g_assert_cmpfloat (end, >, 0);
  gtk_adjustment_set_value (adjustment, end);
}

static void
test_length (Fixture      *fixture,
             gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  g_autofree char *pasted = g_strnfill (70, 'y');
  g_autofree char *almost = g_strnfill (59, 'z');
  g_autofree char *other = g_strnfill (70, 'w');
  g_autofree char *stored = NULL;
  const char      *limit = "Stage names can be at most 60 characters long.";
  AdwEntryRow     *row;
  AdwEntryRow     *new_row;
  GtkLabel        *notice;
  ClStage         *stage;
  int              position;

  open_editor (fixture, 560);
  row = stage_row (fixture->editor, 3);
  stage = cl_pipeline_store_find_stage (store, stage_id_at (store, 3));

  /* Nothing is said before the limit is reached. */
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_editable_set_text (GTK_EDITABLE (row), almost);
  g_assert_null (row_message (row));

  /* Typing up to the limit says it, in a notice, not as an error. */
  position = 59;
  gtk_editable_insert_text (GTK_EDITABLE (row), "z", 1, &position);
  notice = row_message (row);
  g_assert_nonnull (notice);
  g_assert_cmpstr (gtk_label_get_text (notice), ==, limit);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (notice), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_false (gtk_test_accessible_has_state (cl_ui_row_text (row),
                                                 GTK_ACCESSIBLE_STATE_INVALID));
  gtk_test_accessible_assert_property (cl_ui_row_text (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       limit);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, limit);

  /* A keystroke past it changes nothing and says it still. */
  position = 60;
  gtk_editable_insert_text (GTK_EDITABLE (row), "z", 1, &position);
  g_assert_cmpint (g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (row)), -1), ==, 60);
  g_assert_cmpstr (gtk_label_get_text (row_message (row)), ==, limit);

  /* Shorter again, the notice goes. */
  gtk_editable_delete_text (GTK_EDITABLE (row), 58, 60);
  g_assert_null (row_message (row));

  /* A 70-character paste is cut to 60, and the notice says it was shortened. */
  gtk_editable_set_text (GTK_EDITABLE (row), pasted);
  g_assert_cmpint (g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (row)), -1), ==, 60);
  notice = row_message (row);
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (gtk_label_get_text (notice), "shortened"));
  g_assert_nonnull (strstr (gtk_label_get_text (notice), limit));

  /* What is saved is the 60 characters the row shows. */
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpint (g_utf8_strlen (cl_stage_get_name (stage), -1), ==, 60);
  g_assert_true (g_str_has_prefix (pasted, cl_stage_get_name (stage)));
  stored =
    cl_test_query_text (cl_context_get_database (fixture->base.context),
                        "SELECT length(name) FROM stages WHERE position = 3 AND archived = 0");
  g_assert_cmpstr (g_strchomp (stored), ==, "60");
  /* Saved, it is not wrong; the notice stays until the name is edited. */
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_false (gtk_test_accessible_has_state (cl_ui_row_text (row),
                                                 GTK_ACCESSIBLE_STATE_INVALID));
  g_assert_nonnull (row_message (row));

  /* The new stage's name says the same, below its own group. */
  new_row = new_name_row (fixture->editor);
  gtk_editable_set_text (GTK_EDITABLE (new_row), other);
  g_assert_cmpint (g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (new_row)), -1), ==, 60);
  notice = row_message (new_row);
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (gtk_label_get_text (notice), "shortened"));
  g_signal_emit_by_name (new_row, "entry-activated");
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stages (store)), ==, 11);
  g_assert_null (row_message (new_row));
}

static void
test_open_switch (Fixture      *fixture,
                  gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  g_autofree char *model = NULL;
  g_autofree char *stored = NULL;
  GtkSwitch       *offer_switch;
  GtkSwitch       *last_switch;

  open_editor (fixture, 560);

  /* Close Offer, as a click on its switch does. */
  offer_switch = GTK_SWITCH (find_first (GTK_WIDGET (stage_row (fixture->editor, 5)),
                                         GTK_TYPE_SWITCH));
  g_assert_true (gtk_switch_get_active (offer_switch));
  toggle_switch (GTK_WIDGET (offer_switch));
  g_assert_false (gtk_switch_get_active (offer_switch));
  g_assert_false (
    cl_stage_get_is_open (cl_pipeline_store_find_stage (store, stage_id_at (store, 5))));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (offer_switch)), ==,
                   "Closed: an outcome, like Rejected");
  stored = stored_stages (fixture->base.context);
  g_assert_cmpstr (
    stored, ==,
    "Wishlist:1,Applied:1,Recruiter screen:1,Technical screen:1,Onsite / final loop:1,"
    "Offer:0,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");

  /* The last open stage cannot be closed: the switch goes back on. */
  for (guint i = 0; i < 4; i++)
    toggle_switch (find_first (GTK_WIDGET (stage_row (fixture->editor, i)), GTK_TYPE_SWITCH));
  last_switch = GTK_SWITCH (find_first (GTK_WIDGET (stage_row (fixture->editor, 4)),
                                        GTK_TYPE_SWITCH));
  toggle_switch (GTK_WIDGET (last_switch));
  g_assert_true (gtk_switch_get_active (last_switch));
  g_assert_true (
    cl_stage_get_is_open (cl_pipeline_store_find_stage (store, stage_id_at (store, 4))));
  g_clear_pointer (&stored, g_free);
  stored = stored_stages (fixture->base.context);
  g_assert_cmpstr (
    stored, ==,
    "Wishlist:0,Applied:0,Recruiter screen:0,Technical screen:0,Onsite / final loop:1,"
    "Offer:0,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");

  /* Opening again is fine. */
  toggle_switch (GTK_WIDGET (offer_switch));
  g_assert_true (
    cl_stage_get_is_open (cl_pipeline_store_find_stage (store, stage_id_at (store, 5))));
  model = model_stages (store);
  g_assert_cmpstr (
    model, ==,
    "Wishlist:0,Applied:0,Recruiter screen:0,Technical screen:0,Onsite / final loop:1,"
    "Offer:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");
  assert_rows_follow_model (fixture->editor, store);
}

static void
test_move (Fixture      *fixture,
           gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  g_autofree char *model = NULL;
  g_autofree char *stored = NULL;
  GtkButton       *button;
  AdwEntryRow     *moved;

  open_editor (fixture, 560);

  /* Recruiter screen one earlier, before Applied. */
  button = row_button (stage_row (fixture->editor, 2), "go-up-symbolic");
  gtk_widget_grab_focus (GTK_WIDGET (button));
  cl_ui_activate (button);

  model = model_stages (store);
  g_assert_cmpstr (
    model, ==,
    "Wishlist:1,Recruiter screen:1,Applied:1,Technical screen:1,Onsite / final loop:1,"
    "Offer:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");
  stored = stored_stages (fixture->base.context);
  g_assert_cmpstr (stored, ==, model);
  assert_rows_follow_model (fixture->editor, store);

  /* The keyboard stays on the moved stage's button. */
  moved = stage_row (fixture->editor, 1);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->editor)) ==
                 GTK_WIDGET (row_button (moved, "go-up-symbolic")));

  /* Once at the top, the focus moves to the other button. */
  cl_ui_activate (row_button (moved, "go-up-symbolic"));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->editor)) ==
                 GTK_WIDGET (row_button (stage_row (fixture->editor, 0), "go-down-symbolic")));

  /* And down again, twice. */
  cl_ui_activate (row_button (stage_row (fixture->editor, 0), "go-down-symbolic"));
  cl_ui_activate (row_button (stage_row (fixture->editor, 1), "go-down-symbolic"));
  g_clear_pointer (&model, g_free);
  model = model_stages (store);
  g_assert_cmpstr (
    model, ==,
    "Wishlist:1,Applied:1,Recruiter screen:1,Technical screen:1,Onsite / final loop:1,"
    "Offer:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");
  g_clear_pointer (&stored, g_free);
  stored = stored_stages (fixture->base.context);
  g_assert_cmpstr (stored, ==, model);
  assert_rows_follow_model (fixture->editor, store);
}

static void
test_add (Fixture      *fixture,
          gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  g_autofree char *stored = NULL;
  AdwEntryRow     *row;
  AdwEntryRow     *added;
  GtkWidget       *focus;

  /* Short enough that the new rows need scrolling to. */
  open_editor_sized (fixture, 560, 420);

  row = new_name_row (fixture->editor);

  /* An empty name adds nothing. */
  g_signal_emit_by_name (row, "entry-activated");
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stages (store)), ==, 10);

  /* A closed stage, with the switch below the name, goes last. */
  gtk_switch_set_active (new_closed_switch (fixture->editor), TRUE);
  type_and_apply (row, "Take-home");
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stages (store)), ==, 11);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  g_assert_false (gtk_switch_get_active (new_closed_switch (fixture->editor)));
  assert_not_refused (row);
  added = stage_row (fixture->editor, 10);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (added)), ==, "Take-home");
  /* The keyboard is on its name, and it is in view. */
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->editor));
  g_assert_true (focus == GTK_WIDGET (cl_ui_row_text (added)));
  cl_ui_wait_for (row_in_view, added);

  /* An open one, with Enter, goes after the last open stage, before Accepted. */
  gtk_widget_grab_focus (GTK_WIDGET (row));
  scroll_to_end (GTK_WIDGET (row));
  cl_ui_wait_for (row_out_of_view, stage_row (fixture->editor, 6));
  gtk_editable_set_text (GTK_EDITABLE (row), "Reference check");
  g_signal_emit_by_name (row, "entry-activated");
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stages (store)), ==, 12);
  added = stage_row (fixture->editor, 6);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (added)), ==, "Reference check");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (stage_row (fixture->editor, 7))), ==,
                   "Accepted");
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->editor));
  g_assert_true (focus == GTK_WIDGET (cl_ui_row_text (added)));
  cl_ui_wait_for (row_in_view, added);

  /* The open one goes before the outcomes; the closed one after them. */
  stored = stored_stages (fixture->base.context);
  g_assert_cmpstr (
    stored, ==,
    "Wishlist:1,Applied:1,Recruiter screen:1,Technical screen:1,Onsite / final loop:1,"
    "Offer:1,Reference check:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0,Take-home:0");
  assert_rows_follow_model (fixture->editor, store);
}

static void
test_archive (Fixture      *fixture,
              gconstpointer data)
{
  ClPipelineStore  *store = cl_context_get_pipeline_store (fixture->base.context);
  ClDatabase       *database = cl_context_get_database (fixture->base.context);
  g_autofree char  *stored = NULL;
  g_autofree char  *sql = NULL;
  gint64            wishlist = stage_id_at (store, 0);
  gint64            applied = stage_id_at (store, 1);
  AdwMessageDialog *dialog;
  AdwComboRow      *move_to;
  g_autoptr(ClStage) target = NULL;

  cl_ui_add_application (fixture->base.context, "Deep Lattice", "Engineer", 0);
  cl_ui_add_application (fixture->base.context, "Quiet Harbor", "Engineer", 1);
  cl_ui_add_application (fixture->base.context, "Northwind", "Engineer", 1);

  open_editor (fixture, 560);

  /* Cancelling changes nothing. */
  cl_ui_activate (row_button (stage_row (fixture->editor, 1), "list-remove-symbolic"));
  dialog = find_dialog (fixture->editor);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  cl_ui_wait_for (no_dialog, NULL);
  g_assert_nonnull (cl_pipeline_store_find_stage (store, applied));

  /* Applied holds two applications: the dialog asks where they go. */
  cl_ui_activate (row_button (stage_row (fixture->editor, 1), "list-remove-symbolic"));
  dialog = find_dialog (fixture->editor);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Archive “Applied”?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "Its 2 applications move to the stage you choose; their history is kept.");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "archive"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  move_to = ADW_COMBO_ROW (find_first (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW));
  g_assert_nonnull (move_to);
  /* Every other stage is offered, the one before it first chosen. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (move_to)), ==, 9);
  g_assert_cmpint (cl_stage_get_id (adw_combo_row_get_selected_item (move_to)), ==, wishlist);
  /* The user picks Rejected. */
  adw_combo_row_set_selected (move_to, 6);
  target = g_object_ref (adw_combo_row_get_selected_item (move_to));
  g_assert_cmpstr (cl_stage_get_name (target), ==, "Rejected");
  adw_message_dialog_response (dialog, "archive");
  cl_ui_wait_for (no_dialog, NULL);

  g_assert_null (cl_pipeline_store_find_stage (store, applied));
  g_assert_cmpuint (g_list_model_get_n_items (
                      cl_pipeline_store_get_stage_applications (store, cl_stage_get_id (target))),
                    ==, 2);
  stored = stored_stages (fixture->base.context);
  g_assert_cmpstr (stored, ==,
                   "Wishlist:1,Recruiter screen:1,Technical screen:1,Onsite / final loop:1,"
                   "Offer:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");
  assert_rows_follow_model (fixture->editor, store);

  /* Nothing is deleted: the stage is archived, the applications moved with
   * a history row each. */
  sql = g_strdup_printf ("SELECT name || ':' || archived FROM stages WHERE id = %" G_GINT64_FORMAT,
                         applied);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stages"), ==, 10);
  g_clear_pointer (&stored, g_free);
  stored = cl_test_query_text (database, sql);
  g_assert_cmpstr (g_strchomp (stored), ==, "Applied:1");
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM applications WHERE stage_id = %" G_GINT64_FORMAT,
                         cl_stage_get_id (target));
  g_assert_cmpint (cl_test_query_int64 (database, sql), ==, 2);
  g_clear_pointer (&sql, g_free);
  sql =
    g_strdup_printf ("SELECT count(*) FROM stage_history WHERE from_stage_id = %" G_GINT64_FORMAT
                     " AND to_stage_id = %" G_GINT64_FORMAT,
                     applied, cl_stage_get_id (target));
  g_assert_cmpint (cl_test_query_int64 (database, sql), ==, 2);

  /* An empty stage only needs confirming. */
  cl_ui_activate (row_button (stage_row (fixture->editor, 8), "list-remove-symbolic"));
  dialog = find_dialog (fixture->editor);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Archive “Ghosted”?");
  g_assert_null (find_first (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW));
  adw_message_dialog_response (dialog, "archive");
  cl_ui_wait_for (no_dialog, NULL);
  g_clear_pointer (&stored, g_free);
  stored = stored_stages (fixture->base.context);
  g_assert_cmpstr (stored, ==,
                   "Wishlist:1,Recruiter screen:1,Technical screen:1,Onsite / final loop:1,"
                   "Offer:1,Accepted:0,Rejected:0,Withdrawn:0");
  assert_rows_follow_model (fixture->editor, store);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM applications"), ==, 3);
}

/* Archives the stage of row @index, moving its applications to the stage
 * called @move_to (NULL when it has none), as the dialog does. */
static void
archive_row (ClStageEditor *editor,
             guint          index,
             const char    *move_to)
{
  AdwMessageDialog *dialog;

  cl_ui_activate (row_button (stage_row (editor, index), "list-remove-symbolic"));
  dialog = find_dialog (editor);
  g_assert_nonnull (dialog);
  if (move_to != NULL)
    {
      AdwComboRow *combo = ADW_COMBO_ROW (find_first (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW));
      GListModel  *choices = adw_combo_row_get_model (combo);
      guint        i;

      for (i = 0; i < g_list_model_get_n_items (choices); i++)
        {
          g_autoptr(ClStage) choice = g_list_model_get_item (choices, i);

          if (g_str_equal (cl_stage_get_name (choice), move_to))
            break;
        }
      g_assert_cmpuint (i, <, g_list_model_get_n_items (choices));
      adw_combo_row_set_selected (combo, i);
    }
  adw_message_dialog_response (dialog, "archive");
  cl_ui_wait_for (no_dialog, NULL);
}

static gint64
count_in_stage (ClDatabase *database,
                gint64      stage_id)
{
  g_autofree char *sql =
    g_strdup_printf ("SELECT count(*) FROM applications WHERE stage_id = %" G_GINT64_FORMAT,
                     stage_id);

  return cl_test_query_int64 (database, sql);
}

static void
test_undo_archive (Fixture      *fixture,
                   gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  ClDatabase      *database = cl_context_get_database (fixture->base.context);
  g_autofree char *stored = NULL;
  gint64           wishlist = stage_id_at (store, 0);
  gint64           applied = stage_id_at (store, 1);
  ToastQuery       query = { NULL, "Archived “Applied”" };
  GListModel      *applications;
  GtkWidget       *toast;
  GtkButton       *undo;
  ClStage         *stage;

  cl_ui_add_application (fixture->base.context, "Deep Lattice", "Engineer", 0);
  cl_ui_add_application (fixture->base.context, "Quiet Harbor", "Engineer", 1);
  cl_ui_add_application (fixture->base.context, "Northwind", "Engineer", 1);

  open_editor (fixture, 560);
  query.editor = fixture->editor;

  archive_row (fixture->editor, 1, "Wishlist");
  g_assert_null (cl_pipeline_store_find_stage (store, applied));
  g_assert_cmpint (count_in_stage (database, wishlist), ==, 3);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stage_history"), ==, 5);

  /* The toast says what happened and offers Undo, named once. */
  cl_ui_wait_for (shows_toast, &query);
  toast = find_toast (fixture->editor, "Archived “Applied”");
  undo = toast_button (toast);
  g_assert_nonnull (undo);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (undo)), ==, "_Undo");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (undo)))), ==,
                   "Undo");
  g_assert_false (
    gtk_test_accessible_has_property (GTK_ACCESSIBLE (undo), GTK_ACCESSIBLE_PROPERTY_LABEL));

  /* Undo puts the stage back where it was, with its applications in their order. */
  cl_ui_activate (undo);
  stage = cl_pipeline_store_find_stage (store, applied);
  g_assert_nonnull (stage);
  g_assert_false (cl_stage_get_archived (stage));
  g_assert_cmpint (stage_id_at (store, 1), ==, applied);
  applications = cl_pipeline_store_get_stage_applications (store, applied);
  g_assert_cmpuint (g_list_model_get_n_items (applications), ==, 2);
  {
    g_autoptr(ClApplication) first = g_list_model_get_item (applications, 0);
    g_autoptr(ClApplication) second = g_list_model_get_item (applications, 1);

    g_assert_cmpstr (cl_application_get_company_name (first), ==, "Quiet Harbor");
    g_assert_cmpstr (cl_application_get_company_name (second), ==, "Northwind");
    g_assert_cmpint (cl_application_get_stage_id (first), ==, applied);
  }
  g_assert_cmpuint (g_list_model_get_n_items (
                      cl_pipeline_store_get_stage_applications (store, wishlist)),
                    ==, 1);

  /* And so does the database: the stage, the applications, no history of the archive. */
  stored = stored_stages (fixture->base.context);
  g_assert_cmpstr (stored, ==, default_stages);
  g_assert_cmpint (count_in_stage (database, applied), ==, 2);
  g_assert_cmpint (count_in_stage (database, wishlist), ==, 1);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stage_history"), ==, 3);
  g_assert_cmpint (
    cl_test_query_int64 (
      database, "SELECT count(*) FROM applications WHERE stage_id = "
                "(SELECT id FROM stages WHERE name = 'Applied' AND archived = 0 AND position = 1)"),
    ==, 2);
  assert_rows_follow_model (fixture->editor, store);
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (stage_row (fixture->editor, 1))),
                   ==, "2 applications");

  /* The keyboard is back on the stage's archive button. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->editor)) ==
                 GTK_WIDGET (row_button (stage_row (fixture->editor, 1), "list-remove-symbolic")));
}

static void
test_one_undo_toast (Fixture      *fixture,
                     gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  g_autofree char *stored = NULL;
  gint64           applied = stage_id_at (store, 1);
  gint64           ghosted = stage_id_at (store, 9);
  gint64           withdrawn = stage_id_at (store, 8);
  ToastQuery       query = { NULL, "Archived “Withdrawn”" };
  ToastQuery       refused = { NULL, "Cannot undo: some of its applications have moved since." };
  GtkButton       *undo;
  g_autoptr(ClStage) recruiter = NULL;

  cl_ui_add_application (fixture->base.context, "Quiet Harbor", "Engineer", 1);

  open_editor (fixture, 560);
  query.editor = refused.editor = fixture->editor;

  /* Two archives: only the latest keeps a toast that can undo. */
  archive_row (fixture->editor, 9, NULL);
  g_assert_cmpuint (count_undo_toasts (fixture->editor), ==, 1);
  archive_row (fixture->editor, 8, NULL);
  cl_ui_wait_for (shows_toast, &query);
  cl_ui_wait_for (one_undo_toast, fixture->editor);
  undo = toast_button (find_toast (fixture->editor, "Archived “Withdrawn”"));
  cl_ui_activate (undo);
  g_assert_nonnull (cl_pipeline_store_find_stage (store, withdrawn));
  g_assert_null (cl_pipeline_store_find_stage (store, ghosted));
  stored = stored_stages (fixture->base.context);
  g_assert_cmpstr (
    stored, ==,
    "Wishlist:1,Applied:1,Recruiter screen:1,Technical screen:1,Onsite / final loop:1,"
    "Offer:1,Accepted:0,Rejected:0,Withdrawn:0");

  /* An undo the store refuses says why in a toast, and changes nothing. */
  archive_row (fixture->editor, 1, "Wishlist");
  query.text = "Archived “Applied”";
  cl_ui_wait_for (shows_toast, &query);
  {
    ClApplication *application = cl_pipeline_store_find_application (store, 1);
    g_autoptr(GError) error = NULL;

    recruiter = g_list_model_get_item (cl_pipeline_store_get_stages (store), 1);
    g_assert_cmpstr (cl_stage_get_name (recruiter), ==, "Recruiter screen");
    g_assert_true (cl_pipeline_store_move_application (store, application,
                                                       cl_stage_get_id (recruiter), 0, NULL,
                                                       &error));
    g_assert_no_error (error);
  }
  cl_ui_wait_for (one_undo_toast, fixture->editor);
  cl_ui_activate (toast_button (find_toast (fixture->editor, "Archived “Applied”")));
  cl_ui_wait_for (shows_toast, &refused);
  g_assert_null (cl_pipeline_store_find_stage (store, applied));
  g_assert_cmpint (count_in_stage (cl_context_get_database (fixture->base.context),
                                   cl_stage_get_id (recruiter)),
                   ==, 1);
}

static void
test_escaped_toast (Fixture      *fixture,
                    gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  ToastQuery       query = { NULL, "Archived “R&D <tests>”" };
  AdwEntryRow     *row;

  open_editor (fixture, 560);
  query.editor = fixture->editor;

  /* Markup characters in a name are text everywhere: no warning (fatal in
   * tests), and the toast reads as typed. */
  type_and_apply (new_name_row (fixture->editor), "R&D <tests>");
  row = stage_row (fixture->editor, 6);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "R&D <tests>");
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "R&D <tests> stage, no applications");
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stages (store)), ==, 11);

  archive_row (fixture->editor, 6, NULL);
  cl_ui_wait_for (shows_toast, &query);
  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_stages (store)), ==, 10);

  /* Refusals go through the same toasts: the last open stage cannot be archived. */
  for (guint i = 0; i < 6; i++)
    g_assert_true (
      cl_stage_store_set_stage_open (cl_pipeline_store_get_stage_store (store),
                                     cl_pipeline_store_find_stage (store, stage_id_at (store, i)),
                                     i == 5, NULL));
  type_and_apply (stage_row (fixture->editor, 5), "<b>Offer</b> & co");
  g_assert_cmpstr (cl_stage_get_name (cl_pipeline_store_find_stage (store, stage_id_at (store, 5))),
                   ==, "<b>Offer</b> & co");
  archive_row (fixture->editor, 5, NULL);
  query.text = "Keep at least one open stage, where new applications go.";
  cl_ui_wait_for (shows_toast, &query);
}

static gboolean
is_row_button (GtkWidget *button)
{
  const char *icon = gtk_button_get_icon_name (GTK_BUTTON (button));

  return gtk_widget_get_ancestor (button, ADW_TYPE_ENTRY_ROW) != NULL &&
         (g_strcmp0 (icon, "go-up-symbolic") == 0 || g_strcmp0 (icon, "go-down-symbolic") == 0 ||
          g_strcmp0 (icon, "list-remove-symbolic") == 0);
}

static void
assert_buttons_named_once (GtkWidget *root)
{
  g_autoptr(GPtrArray) buttons = cl_ui_find_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      /* A labelled button is named by its label widget alone (a LABEL
       * property would add the raw "_Cancel"); an icon one by its label. */
      if (GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (button))))
        g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                          GTK_ACCESSIBLE_PROPERTY_LABEL));
      else if (is_row_button (button))
        g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                         GTK_ACCESSIBLE_PROPERTY_LABEL));
    }
}

static void
test_accessible_names (Fixture      *fixture,
                       gconstpointer data)
{
  AdwMessageDialog *dialog;
  AdwEntryRow      *applied;
  AdwEntryRow      *wishlist;
  g_autoptr(GPtrArray) buttons = NULL;
  guint n_labelled = 0;

  for (guint i = 0; i < 10; i++)
    cl_ui_add_application (fixture->base.context, "Deep Lattice", "Engineer", 1);
  cl_ui_add_application (fixture->base.context, "Quiet Harbor", "Engineer", 0);

  open_editor (fixture, 560);

  /* Each row is named by its stage and count, once: not by its title, the
   * count alone; its text field is the stage's name. */
  applied = stage_row (fixture->editor, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (applied)), ==,
                   "10 applications");
  gtk_test_accessible_assert_property (applied, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Applied stage, 10 applications");
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (applied),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  gtk_test_accessible_assert_property (cl_ui_row_text (applied), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Stage name");
  gtk_test_accessible_assert_property (cl_ui_row_text (applied),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "10 applications, open");
  wishlist = stage_row (fixture->editor, 0);
  gtk_test_accessible_assert_property (wishlist, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Wishlist stage, 1 application");
  gtk_test_accessible_assert_property (stage_row (fixture->editor, 9),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Ghosted stage, no applications");
  gtk_test_accessible_assert_property (cl_ui_row_text (stage_row (fixture->editor, 9)),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "No applications, closed");
  gtk_test_accessible_assert_property (cl_ui_row_text (new_name_row (fixture->editor)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "New stage name");
  /* The "Closed stage" switch is named by its row's title alone. */
  g_assert_false (
    gtk_test_accessible_has_property (GTK_ACCESSIBLE (new_closed_switch (fixture->editor)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (
    gtk_test_accessible_has_relation (GTK_ACCESSIBLE (new_closed_switch (fixture->editor)),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY));

  /* The names follow renames and counts. */
  type_and_apply (applied, "Sent");
  gtk_test_accessible_assert_property (applied, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Sent stage, 10 applications");
  cl_ui_add_application (fixture->base.context, "Northwind", "Engineer", 1);
  gtk_test_accessible_assert_property (applied, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Sent stage, 11 applications");
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (applied),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));

  /* Every button of a row says what it does to which stage. */
  gtk_test_accessible_assert_property (row_button (applied, "go-up-symbolic"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Move Sent earlier");
  gtk_test_accessible_assert_property (row_button (applied, "go-down-symbolic"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Move Sent later");
  gtk_test_accessible_assert_property (row_button (applied, "list-remove-symbolic"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Archive Sent");
  gtk_test_accessible_assert_property (find_first (GTK_WIDGET (applied), GTK_TYPE_SWITCH),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Sent is open");
  assert_buttons_named_once (GTK_WIDGET (fixture->editor));

  /* The archive dialog's buttons are named once: "Cancel", not "_Cancel Cancel". */
  cl_ui_activate (row_button (applied, "list-remove-symbolic"));
  dialog = find_dialog (fixture->editor);
  g_assert_nonnull (dialog);
  buttons = cl_ui_find_widgets (GTK_WIDGET (dialog), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    {
      const char *label = gtk_button_get_label (g_ptr_array_index (buttons, i));

      if (g_strcmp0 (label, "_Cancel") == 0 || g_strcmp0 (label, "_Archive") == 0)
        n_labelled++;
    }
  g_assert_cmpuint (n_labelled, >=, 2);
  assert_buttons_named_once (GTK_WIDGET (dialog));
  adw_message_dialog_response (dialog, "cancel");
  cl_ui_wait_for (no_dialog, NULL);
}

static void
test_focus (Fixture      *fixture,
            gconstpointer data)
{
  AdwEntryRow *first;

  open_editor (fixture, 560);

  /* The keyboard starts on the first stage's name, not selected. */
  first = stage_row (fixture->editor, 0);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->editor)) ==
                 GTK_WIDGET (cl_ui_row_text (first)));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (first), NULL, NULL));

  /* Tab reaches everything: each row's name, buttons and switch, then the
   * new stage's name and switch. */
  {
    GtkWidget *wanted[] = {
      GTK_WIDGET (row_button (first, "go-down-symbolic")),
      GTK_WIDGET (row_button (first, "list-remove-symbolic")),
      find_first (GTK_WIDGET (first), GTK_TYPE_SWITCH),
      GTK_WIDGET (cl_ui_row_text (stage_row (fixture->editor, 9))),
      GTK_WIDGET (row_button (stage_row (fixture->editor, 9), "go-up-symbolic")),
      find_first (GTK_WIDGET (stage_row (fixture->editor, 9)), GTK_TYPE_SWITCH),
      GTK_WIDGET (cl_ui_row_text (new_name_row (fixture->editor))),
      GTK_WIDGET (new_closed_switch (fixture->editor)),
    };
    gboolean reached[G_N_ELEMENTS (wanted)] = {
      FALSE,
    };

    for (guint step = 0; step < 200; step++)
      {
        GtkWidget *focus;

        g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->editor), GTK_DIR_TAB_FORWARD));
        focus = gtk_window_get_focus (GTK_WINDOW (fixture->editor));
        for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
          reached[i] |= focus == wanted[i];
        if (focus == GTK_WIDGET (cl_ui_row_text (first)))
          break;
      }
    for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
      g_assert_true (reached[i]);
  }
}

static void
test_narrow (Fixture      *fixture,
             gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->base.context);
  g_autofree char *stored = NULL;
  AdwEntryRow     *row;
  GtkWidget       *text;

  open_editor (fixture, 360);

  /* On a phone the buttons fold into a menu and the names keep their room. */
  row = stage_row (fixture->editor, 4);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (row_button (row, "go-up-symbolic"))));
  g_assert_true (gtk_widget_get_mapped (find_first (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->editor)), <=, 400);
  text = GTK_WIDGET (cl_ui_row_text (row));
  g_assert_cmpint (gtk_widget_get_width (text), >=, 150);

  /* The menu's items are the row's actions. */
  gtk_widget_activate_action (GTK_WIDGET (stage_row (fixture->editor, 1)), "stage.move-later",
                              NULL);
  stored = stored_stages (fixture->base.context);
  g_assert_cmpstr (
    stored, ==,
    "Wishlist:1,Recruiter screen:1,Applied:1,Technical screen:1,Onsite / final loop:1,"
    "Offer:1,Accepted:0,Rejected:0,Withdrawn:0,Ghosted:0");
  assert_rows_follow_model (fixture->editor, store);
  /* The menu is named once, after its stage: its inner button, the one
   * announced, is labelled by it and has no name of its own to add. */
  {
    GtkWidget *menu = find_first (GTK_WIDGET (stage_row (fixture->editor, 2)),
                                  GTK_TYPE_MENU_BUTTON);
    GtkWidget *inner = find_first (menu, GTK_TYPE_TOGGLE_BUTTON);

    gtk_test_accessible_assert_property (menu, GTK_ACCESSIBLE_PROPERTY_LABEL, "More for Applied");
    g_assert_nonnull (inner);
    g_assert_false (
      gtk_test_accessible_has_property (GTK_ACCESSIBLE (inner), GTK_ACCESSIBLE_PROPERTY_LABEL));
    g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (inner),
                                                     GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  }

  /* GtkMenuButton takes the focus on its inner button. */
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (fixture->editor)),
                                         find_first (GTK_WIDGET (stage_row (fixture->editor, 2)),
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
  g_test_add ("/stage-editor/duplicate", Fixture, NULL, fixture_setup, test_duplicate,
              fixture_teardown);
  g_test_add ("/stage-editor/length", Fixture, NULL, fixture_setup, test_length, fixture_teardown);
  g_test_add ("/stage-editor/open-switch", Fixture, NULL, fixture_setup, test_open_switch,
              fixture_teardown);
  g_test_add ("/stage-editor/move", Fixture, NULL, fixture_setup, test_move, fixture_teardown);
  g_test_add ("/stage-editor/add", Fixture, NULL, fixture_setup, test_add, fixture_teardown);
  g_test_add ("/stage-editor/archive", Fixture, NULL, fixture_setup, test_archive,
              fixture_teardown);
  g_test_add ("/stage-editor/undo-archive", Fixture, NULL, fixture_setup, test_undo_archive,
              fixture_teardown);
  g_test_add ("/stage-editor/one-undo-toast", Fixture, NULL, fixture_setup, test_one_undo_toast,
              fixture_teardown);
  g_test_add ("/stage-editor/escaped-toast", Fixture, NULL, fixture_setup, test_escaped_toast,
              fixture_teardown);
  g_test_add ("/stage-editor/accessible-names", Fixture, NULL, fixture_setup, test_accessible_names,
              fixture_teardown);
  g_test_add ("/stage-editor/focus", Fixture, NULL, fixture_setup, test_focus, fixture_teardown);
  g_test_add ("/stage-editor/narrow", Fixture, NULL, fixture_setup, test_narrow, fixture_teardown);

  return g_test_run ();
}
