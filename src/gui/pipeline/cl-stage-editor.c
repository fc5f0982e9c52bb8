/* cl-stage-editor.c — rename, reorder, open or close, add and archive stages
 *
 * One row per stage, in board order, rebuilt whenever the store's stage model
 * changes.  Every change goes through one ClPipelineStore call; when the store
 * refuses, a toast says why and the row shows the stored state again.
 * Archiving never deletes: the stage leaves the board and its applications
 * move, with their history, to a stage the user picks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-stage-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-stage-editor.h"

/* Stage names longer than this are refused by the store. */
#define MAX_NAME_LENGTH 60
/* The width, in characters, a stage's name keeps however narrow the window. */
#define NAME_WIDTH_CHARS 16
/* Below this window width the row buttons fold into a menu. */
#define NARROW_WIDTH 460

typedef struct
{
  ClStageEditor *editor;        /* unowned: the editor owns the row */
  ClStage       *stage;
  GListModel    *applications;  /* owned by the store */
  AdwEntryRow   *row;
  GtkWidget     *open_switch;
  GtkWidget     *up_button;
  GtkWidget     *down_button;
  GtkWidget     *archive_button;
  GtkWidget     *buttons;        /* the three above */
  GtkWidget     *menu_button;    /* the same three, on narrow windows */
  gulong         name_handler;
  gulong         open_handler;
  gulong         count_handler;
} StageRow;

struct _ClStageEditor
{
  AdwPreferencesWindow  parent_instance;

  ClPipelineStore      *store;
  GListModel           *stages;
  GPtrArray            *rows;   /* StageRow, in board order */
  gboolean              narrow;

  AdwPreferencesGroup  *stages_group;
  AdwEntryRow          *new_name_row;
  GtkSwitch            *new_closed_switch;
};

G_DEFINE_FINAL_TYPE (ClStageEditor, cl_stage_editor, ADW_TYPE_PREFERENCES_WINDOW)

static void
show_toast (ClStageEditor *self,
            const char    *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
}

/* Replaces the text without leaving the apply button showing, as it would
 * after any change made while the row has focus. */
static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) == 0)
    return;

  adw_entry_row_set_show_apply_button (row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_entry_row_set_show_apply_button (row, TRUE);
}

static void
limit_length (AdwEntryRow *row)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (GTK_IS_TEXT (delegate))
    gtk_text_set_max_length (GTK_TEXT (delegate), MAX_NAME_LENGTH);
}

static guint
stage_index (ClStageEditor *self,
             ClStage       *stage)
{
  guint n = g_list_model_get_n_items (self->stages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClStage) item = g_list_model_get_item (self->stages, i);

      if (item == stage)
        return i;
    }
  return G_MAXUINT;
}

static StageRow *
find_row (ClStageEditor *self,
          ClStage       *stage)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      StageRow *srow = g_ptr_array_index (self->rows, i);

      if (srow->stage == stage)
        return srow;
    }
  return NULL;
}

/* Stage rows ------------------------------------------------------------- */

static void
stage_row_free (gpointer data)
{
  StageRow *srow = data;

  g_clear_signal_handler (&srow->name_handler, srow->stage);
  g_clear_signal_handler (&srow->open_handler, srow->stage);
  g_clear_signal_handler (&srow->count_handler, srow->applications);
  g_clear_object (&srow->stage);
  g_free (srow);
}

static void
set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  gtk_widget_set_tooltip_text (widget, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* Everything a row says about its stage except the editable name. */
static void
update_row_labels (StageRow *srow)
{
  const char *name = cl_stage_get_name (srow->stage);
  gboolean is_open = cl_stage_get_is_open (srow->stage);
  guint n = g_list_model_get_n_items (srow->applications);
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (srow->row));
  g_autofree char *count = NULL;
  g_autofree char *description = NULL;
  g_autofree char *open_label = NULL;
  g_autofree char *up_label = NULL;
  g_autofree char *down_label = NULL;
  g_autofree char *archive_label = NULL;
  g_autofree char *menu_label = NULL;

  if (n == 0)
    count = g_strdup (_("No applications"));
  else
    count = g_strdup_printf (ngettext ("%u application", "%u applications", n), n);

  /* The title, above the name, stays short enough for narrow windows; the
   * switch shows whether the stage is open. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (srow->row), count);

  if (delegate != NULL)
    {
      /* Translators: how a screen reader describes a stage's name field:
       * its number of applications, and whether they are still in progress */
      description = g_strdup_printf (is_open ? _("%s, open") : _("%s, closed"), count);
      gtk_accessible_update_property (GTK_ACCESSIBLE (delegate),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stage name"),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }

  if (gtk_switch_get_active (GTK_SWITCH (srow->open_switch)) != is_open)
    gtk_switch_set_active (GTK_SWITCH (srow->open_switch), is_open);

  /* Translators: the accessible name of the switch that opens or closes a stage */
  open_label = g_strdup_printf (_("%s is open"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (srow->open_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, open_label,
                                  -1);
  gtk_widget_set_tooltip_text (srow->open_switch,
                               is_open ? _("Open: its applications are in progress")
                                       : _("Closed: an outcome, like Rejected"));

  /* Translators: tooltips and accessible names of a stage's buttons; %s is its name */
  up_label = g_strdup_printf (_("Move %s earlier"), name);
  set_accessible_label (srow->up_button, up_label);
  down_label = g_strdup_printf (_("Move %s later"), name);
  set_accessible_label (srow->down_button, down_label);
  archive_label = g_strdup_printf (_("Archive %s"), name);
  set_accessible_label (srow->archive_button, archive_label);

  /* Translators: the menu of a stage's actions on narrow windows; %s is its name */
  menu_label = g_strdup_printf (_("More for %s"), name);
  set_accessible_label (srow->menu_button, menu_label);
  /* GtkMenuButton is announced through its inner button. */
  if (gtk_widget_get_first_child (srow->menu_button) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (srow->menu_button)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                    -1);
}

static void
stage_name_changed_cb (StageRow *srow)
{
  set_row_text (srow->row, cl_stage_get_name (srow->stage));
  update_row_labels (srow);
}

static void
rename_cb (StageRow *srow)
{
  ClStageEditor *self = srow->editor;
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (srow->row));

  if (g_strcmp0 (text, cl_stage_get_name (srow->stage)) == 0)
    return;

  if (!cl_stage_store_rename_stage (cl_pipeline_store_get_stage_store (self->store), srow->stage, text, &error))
    show_toast (self, error->message);

  /* Either way the row shows the stored name, trimmed as the store keeps it. */
  stage_name_changed_cb (srow);
}

static void
open_switch_cb (StageRow *srow)
{
  ClStageEditor *self = srow->editor;
  gboolean is_open = gtk_switch_get_active (GTK_SWITCH (srow->open_switch));
  g_autoptr(GError) error = NULL;

  if (is_open == cl_stage_get_is_open (srow->stage))
    return;

  if (!cl_stage_store_set_stage_open (cl_pipeline_store_get_stage_store (self->store), srow->stage, is_open, &error))
    show_toast (self, error->message);

  /* Either way the switch and the title show the stored state. */
  update_row_labels (srow);
}

/* After a move the rows are new: keep focus on the moved stage's button, or
 * on the other one once it reached an end, or on its menu. */
static void
focus_move_button (ClStageEditor *self,
                   ClStage       *stage,
                   gboolean       earlier)
{
  StageRow *srow = find_row (self, stage);
  GtkWidget *button;

  if (srow == NULL)
    return;

  if (self->narrow)
    button = srow->menu_button;
  else if (gtk_widget_get_sensitive (earlier ? srow->up_button : srow->down_button))
    button = earlier ? srow->up_button : srow->down_button;
  else
    button = earlier ? srow->down_button : srow->up_button;
  gtk_widget_grab_focus (button);
}

static void
move_stage (StageRow *srow,
            gboolean  earlier)
{
  /* The move rebuilds the rows, freeing @srow. */
  ClStageEditor *self = srow->editor;
  g_autoptr(ClStage) stage = g_object_ref (srow->stage);
  g_autoptr(GError) error = NULL;
  guint index = stage_index (self, stage);

  if (index == G_MAXUINT || (earlier && index == 0))
    return;

  if (!cl_stage_store_move_stage (cl_pipeline_store_get_stage_store (self->store), stage, earlier ? index - 1 : index + 1, &error))
    {
      show_toast (self, error->message);
      return;
    }
  focus_move_button (self, stage, earlier);
}

static void
move_earlier_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  move_stage (user_data, TRUE);
}

static void
move_later_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  move_stage (user_data, FALSE);
}

/* Archiving ---------------------------------------------------------------- */

static gboolean
is_other_stage (gpointer item,
                gpointer user_data)
{
  return item != user_data;
}

static void
destroy_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  g_object_unref (data);
}

static void
archive_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ClStageEditor    *self)
{
  ClStage *stage = g_object_get_data (G_OBJECT (dialog), "stage");
  AdwComboRow *move_to_row = g_object_get_data (G_OBJECT (dialog), "move-to-row");

  if (g_strcmp0 (response, "archive") == 0)
    {
      ClStage *move_to = move_to_row != NULL ? adw_combo_row_get_selected_item (move_to_row) : NULL;
      g_autofree char *name = g_strdup (cl_stage_get_name (stage));
      g_autoptr(GError) error = NULL;
      guint index = stage_index (self, stage);

      if (!cl_stage_store_archive_stage (cl_pipeline_store_get_stage_store (self->store), stage, move_to, NULL, &error))
        show_toast (self, error->message);
      else
        {
          /* Translators: %s is the name of a stage */
          g_autofree char *message = g_strdup_printf (_("Archived “%s”"), name);
          guint n = self->rows->len;

          show_toast (self, message);
          /* Keep the keyboard where it was: on the row that took its place. */
          if (n > 0)
            {
              StageRow *srow = g_ptr_array_index (self->rows, MIN (index, n - 1));

              gtk_widget_grab_focus (self->narrow ? srow->menu_button : srow->archive_button);
            }
        }
    }

  /* The dialog hides on close, so the chosen stage is still readable above;
   * destroy it once the emission is over. */
  g_idle_add_once (destroy_cb, g_object_ref (dialog));
}

static void
archive_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  StageRow *srow = user_data;
  ClStageEditor *self = srow->editor;
  ClStage *stage = srow->stage;
  guint n = g_list_model_get_n_items (srow->applications);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_hide_on_close (GTK_WINDOW (dialog), TRUE);
  /* Translators: %s is the name of a stage */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Archive “%s”?"),
                                     cl_stage_get_name (stage));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "archive", _("_Archive"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "archive", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "stage", g_object_ref (stage), g_object_unref);

  if (n > 0)
    {
      g_autoptr(GtkExpression) expression = NULL;
      GtkFilterListModel *others;
      GtkWidget *list;
      GtkWidget *move_to_row;
      guint index = stage_index (self, stage);

      adw_message_dialog_format_body (dialog,
                                      ngettext ("Its %u application moves to the stage you choose; its history is kept.",
                                                "Its %u applications move to the stage you choose; their history is kept.",
                                                n),
                                      n);

      others = gtk_filter_list_model_new (g_object_ref (self->stages),
                                          GTK_FILTER (gtk_custom_filter_new (is_other_stage,
                                                                             g_object_ref (stage),
                                                                             g_object_unref)));
      expression = gtk_property_expression_new (CL_TYPE_STAGE, NULL, "name");

      move_to_row = adw_combo_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (move_to_row), _("Move to"));
      adw_combo_row_set_expression (ADW_COMBO_ROW (move_to_row), expression);
      adw_combo_row_set_model (ADW_COMBO_ROW (move_to_row), G_LIST_MODEL (others));
      /* The stage before it by default, so nothing looks further along than it is. */
      adw_combo_row_set_selected (ADW_COMBO_ROW (move_to_row), index > 0 ? index - 1 : 0);
      g_object_unref (others);

      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_list_box_append (GTK_LIST_BOX (list), move_to_row);
      adw_message_dialog_set_extra_child (dialog, list);
      g_object_set_data (G_OBJECT (dialog), "move-to-row", move_to_row);
    }
  else
    adw_message_dialog_set_body (dialog, _("It leaves the board. Nothing is deleted."));

  g_signal_connect_object (dialog, "response", G_CALLBACK (archive_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const GActionEntry row_actions[] = {
  { "move-earlier", move_earlier_cb },
  { "move-later", move_later_cb },
  { "archive", archive_cb },
};

static GtkWidget *
new_row_button (const char *icon_name,
                const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  return button;
}

static void
set_row_narrow (StageRow *srow,
                gboolean  narrow)
{
  gtk_widget_set_visible (srow->buttons, !narrow);
  gtk_widget_set_visible (srow->menu_button, narrow);
}

/* Earlier, later and archive as buttons where the window has room, otherwise
 * in a menu, so the name keeps the room it needs on narrow windows. */
static void
add_row_actions (StageRow *srow)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  srow->buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_valign (srow->buttons, GTK_ALIGN_CENTER);
  srow->up_button = new_row_button ("go-up-symbolic", "stage.move-earlier");
  gtk_box_append (GTK_BOX (srow->buttons), srow->up_button);
  srow->down_button = new_row_button ("go-down-symbolic", "stage.move-later");
  gtk_box_append (GTK_BOX (srow->buttons), srow->down_button);
  srow->archive_button = new_row_button ("list-remove-symbolic", "stage.archive");
  gtk_widget_set_margin_start (srow->archive_button, 6);
  gtk_box_append (GTK_BOX (srow->buttons), srow->archive_button);
  adw_entry_row_add_suffix (srow->row, srow->buttons);

  g_menu_append (menu, _("Move _Earlier"), "stage.move-earlier");
  g_menu_append (menu, _("Move _Later"), "stage.move-later");
  g_menu_append (menu, _("_Archive…"), "stage.archive");
  srow->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (srow->menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (srow->menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (srow->menu_button), FALSE);
  gtk_widget_set_valign (srow->menu_button, GTK_ALIGN_CENTER);
  adw_entry_row_add_suffix (srow->row, srow->menu_button);

  set_row_narrow (srow, srow->editor->narrow);
}

static StageRow *
stage_row_new (ClStageEditor *self,
               ClStage       *stage,
               guint          index,
               guint          n_stages)
{
  StageRow *srow = g_new0 (StageRow, 1);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();

  srow->editor = self;
  srow->stage = g_object_ref (stage);
  srow->applications = cl_pipeline_store_get_stage_applications (self->store, cl_stage_get_id (stage));

  srow->row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (srow->row), FALSE);
  adw_entry_row_set_show_apply_button (srow->row, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (srow->row), cl_stage_get_name (stage));
  limit_length (srow->row);
  /* Room for most names; the buttons fold into a menu before it runs out. */
  gtk_editable_set_width_chars (GTK_EDITABLE (srow->row), NAME_WIDTH_CHARS);
  g_signal_connect_swapped (srow->row, "apply", G_CALLBACK (rename_cb), srow);

  add_row_actions (srow);

  /* Last, as in every list of settings, and at the same place in each row. */
  srow->open_switch = gtk_switch_new ();
  gtk_widget_set_valign (srow->open_switch, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (srow->open_switch), cl_stage_get_is_open (stage));
  adw_entry_row_add_suffix (srow->row, srow->open_switch);
  g_signal_connect_swapped (srow->open_switch, "notify::active", G_CALLBACK (open_switch_cb), srow);

  g_action_map_add_action_entries (G_ACTION_MAP (actions), row_actions,
                                   G_N_ELEMENTS (row_actions), srow);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (actions),
                                                                            "move-earlier")),
                               index > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (actions),
                                                                            "move-later")),
                               index + 1 < n_stages);
  gtk_widget_insert_action_group (GTK_WIDGET (srow->row), "stage", G_ACTION_GROUP (actions));

  srow->name_handler = g_signal_connect_swapped (stage, "notify::name",
                                                 G_CALLBACK (stage_name_changed_cb), srow);
  srow->open_handler = g_signal_connect_swapped (stage, "notify::is-open",
                                                 G_CALLBACK (update_row_labels), srow);
  srow->count_handler = g_signal_connect_swapped (srow->applications, "items-changed",
                                                  G_CALLBACK (update_row_labels), srow);

  update_row_labels (srow);
  return srow;
}

static void
clear_rows (ClStageEditor *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      StageRow *srow = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (self->stages_group, GTK_WIDGET (srow->row));
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
rebuild_rows (ClStageEditor *self)
{
  guint n = g_list_model_get_n_items (self->stages);

  clear_rows (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (self->stages, i);
      StageRow *srow = stage_row_new (self, stage, i, n);

      g_ptr_array_add (self->rows, srow);
      adw_preferences_group_add (self->stages_group, GTK_WIDGET (srow->row));
    }
}

static void
stages_changed_cb (ClStageEditor *self)
{
  rebuild_rows (self);
}

/* Adding ----------------------------------------------------------------- */

static void
new_stage_cb (ClStageEditor *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->new_name_row));
  gboolean is_open = !gtk_switch_get_active (self->new_closed_switch);
  g_autoptr(GError) error = NULL;

  /* A refused name gets the store's reason as a toast, and stays in the row
   * for the user to correct. */
  if (cl_stage_store_add_stage (cl_pipeline_store_get_stage_store (self->store), name, is_open, &error) == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  set_row_text (self->new_name_row, "");
  gtk_switch_set_active (self->new_closed_switch, FALSE);
}

/* Class ------------------------------------------------------------------ */

/* Chooses buttons or menus before the rows are allocated, so a resize never
 * shows a frame of the other layout. */
static void
cl_stage_editor_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  ClStageEditor *self = CL_STAGE_EDITOR (widget);
  gboolean narrow = width < NARROW_WIDTH;

  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      for (guint i = 0; i < self->rows->len; i++)
        set_row_narrow (g_ptr_array_index (self->rows, i), narrow);
    }

  GTK_WIDGET_CLASS (cl_stage_editor_parent_class)->size_allocate (widget, width, height, baseline);
}

static void
cl_stage_editor_dispose (GObject *object)
{
  ClStageEditor *self = CL_STAGE_EDITOR (object);

  if (self->stages != NULL)
    g_signal_handlers_disconnect_by_data (self->stages, self);
  if (self->rows != NULL)
    g_ptr_array_set_size (self->rows, 0);

  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_STAGE_EDITOR);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->stages);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cl_stage_editor_parent_class)->dispose (object);
}

static void
cl_stage_editor_class_init (ClStageEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_stage_editor_dispose;
  widget_class->size_allocate = cl_stage_editor_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/gui/pipeline/cl-stage-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ClStageEditor, stages_group);
  gtk_widget_class_bind_template_child (widget_class, ClStageEditor, new_name_row);
  gtk_widget_class_bind_template_child (widget_class, ClStageEditor, new_closed_switch);
  gtk_widget_class_bind_template_callback (widget_class, new_stage_cb);
}

static void
cl_stage_editor_init (ClStageEditor *self)
{
  self->rows = g_ptr_array_new_with_free_func (stage_row_free);
  /* The narrow layout until the first allocation says otherwise: it asks for
   * the least width, so the window can open at any size. */
  self->narrow = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  limit_length (self->new_name_row);
}

ClStageEditor *
cl_stage_editor_new (GtkWindow       *parent,
                     ClPipelineStore *store)
{
  ClStageEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CL_IS_PIPELINE_STORE (store), NULL);

  self = g_object_new (CL_TYPE_STAGE_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->stages = g_object_ref (cl_pipeline_store_get_stages (store));
  g_signal_connect_object (self->stages, "items-changed",
                           G_CALLBACK (stages_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild_rows (self);

  /* Start on the first name without selecting it, as a Tab into it would:
   * the first keystroke should not look like it replaces the name. */
  if (self->rows->len > 0)
    {
      StageRow *first = g_ptr_array_index (self->rows, 0);
      GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (first->row));

      if (GTK_IS_TEXT (delegate))
        gtk_text_grab_focus_without_selecting (GTK_TEXT (delegate));
    }

  return self;
}
