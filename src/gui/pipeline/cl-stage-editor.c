/* cl-stage-editor.c — rename, reorder, open or close, add and archive stages
 *
 * One row per stage, in board order, rebuilt whenever the store's stage model
 * changes.  Every change goes through one ClStageStore call.  A name the
 * store refuses stays in its row, marked, with the store's reason below the
 * group and in the field's accessible description, until the user edits it;
 * other refusals are told in a toast and the row shows the stored state again.
 * Archiving never deletes: the stage leaves the board, its applications move,
 * with their history, to a stage the user picks, and the toast that says so
 * can undo it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-stage-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-stage-editor.h"
#include "cl-toast.h"
#include "cl-transient.h"

/* The width, in characters, a stage's name keeps however narrow the window. */
#define NAME_WIDTH_CHARS 16
/* Below this window width the row buttons fold into a menu. */
#define NARROW_WIDTH 460
/* How many frames a new row may take to be laid out before it is scrolled to. */
#define SCROLL_MAX_FRAMES 60

typedef enum
{
  NOTICE_NONE,
  NOTICE_INFO,  /* the name reached the length limit */
  NOTICE_ERROR, /* the store refused the name */
} NoticeKind;

/* An entry row where a stage's name is typed, and what is said about it. */
typedef struct
{
  ClStageEditor *editor; /* unowned: the editor owns the field */
  AdwEntryRow   *row;    /* owned */
  NoticeKind     kind;
  char          *message;
  char          *description; /* what the text's description says otherwise */
  guint          updating;    /* > 0 while the editor sets the text */
  gboolean       cut;         /* the insertion under way does not fit */
  guint          n_inserting; /* its length, in characters */
} NameField;

typedef struct
{
  NameField   field;
  ClStage    *stage;
  GListModel *applications; /* owned by the store */
  GtkWidget  *open_switch;
  GtkWidget  *up_button;
  GtkWidget  *down_button;
  GtkWidget  *archive_button;
  GtkWidget  *buttons;     /* the three above */
  GtkWidget  *menu_button; /* the same three, on narrow windows */
  gulong      name_handler;
  gulong      open_handler;
  gulong      count_handler;
} StageRow;

/* What a row held that the store does not, kept across a rebuild. */
typedef struct
{
  ClStage   *stage;
  char      *text;
  NoticeKind kind;
  char      *message;
} KeptField;

struct _ClStageEditor
{
  AdwPreferencesWindow parent_instance;

  ClPipelineStore     *store;
  GListModel          *stages;
  GPtrArray           *rows; /* StageRow, in board order */
  gboolean             narrow;
  NameField            new_field;
  AdwToast            *undo_toast; /* the one toast that can undo an archive */

  AdwPreferencesGroup *stages_group;
  GtkLabel            *stages_message;
  AdwEntryRow         *new_name_row;
  GtkSwitch           *new_closed_switch;
  GtkLabel            *new_message;
};

G_DEFINE_FINAL_TYPE (ClStageEditor, cl_stage_editor, ADW_TYPE_PREFERENCES_WINDOW)

static void show_notices (ClStageEditor *self);

static ClStageStore *
stage_store (ClStageEditor *self)
{
  return cl_pipeline_store_get_stage_store (self->store);
}

static void
show_toast (ClStageEditor *self,
            const char    *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), cl_toast_new (message));
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

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Name fields ------------------------------------------------------------- */

static GtkAccessible *
field_text (NameField *field)
{
  return GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (field->row)));
}

static guint
field_length (NameField *field)
{
  return (guint) g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (field->row)), -1);
}

static void
set_description (GtkAccessible *accessible,
                 const char    *description)
{
  if (description != NULL)
    gtk_accessible_update_property (accessible,
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  else
    gtk_accessible_reset_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
set_invalid (GtkAccessible *accessible,
             gboolean       invalid)
{
  if (invalid)
    gtk_accessible_update_state (accessible,
                                 GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                 -1);
  else
    gtk_accessible_reset_state (accessible, GTK_ACCESSIBLE_STATE_INVALID);
}

/* In GTK 4.8 screen readers see the row, a text box, and not the text field
 * inside it: both say what is wrong.  The text field also keeps what the row
 * holds (its count, open or closed); the row's name says that already. */
static void
field_update_description (NameField *field)
{
  set_description (field_text (field),
                   field->message != NULL ? field->message : field->description);
  set_description (GTK_ACCESSIBLE (field->row), field->message);
}

/* Says @message about the field, below its group and to screen readers; an
 * error also marks the row as wrong. */
static void
field_set_notice (NameField  *field,
                  NoticeKind  kind,
                  const char *message)
{
  if (kind == NOTICE_NONE)
    message = NULL;
  if (field->kind == kind && g_strcmp0 (field->message, message) == 0)
    return;

  field->kind = kind;
  g_free (field->message);
  field->message = g_strdup (message);

  if (kind == NOTICE_ERROR)
    gtk_widget_add_css_class (GTK_WIDGET (field->row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (field->row), "error");
  set_invalid (field_text (field), kind == NOTICE_ERROR);
  set_invalid (GTK_ACCESSIBLE (field->row), kind == NOTICE_ERROR);
  field_update_description (field);
  show_notices (field->editor);
}

static char *
limit_message (void)
{
  return g_strdup_printf (ngettext ("Stage names can be at most %d character long.",
                                    "Stage names can be at most %d characters long.",
                                    CL_STAGE_MAX_NAME_LENGTH),
                          CL_STAGE_MAX_NAME_LENGTH);
}

static void
field_say_limit (NameField *field,
                 gboolean   shortened)
{
  g_autofree char *limit = limit_message ();
  g_autofree char *message = NULL;

  if (shortened)
    /* Translators: %s is "Stage names can be at most 60 characters long." */
    message = g_strdup_printf (_ ("The pasted name was shortened. %s"), limit);
  field_set_notice (field, NOTICE_INFO, shortened ? message : limit);
}

/* Before the text takes an insertion: whether all of it fits. */
static void
field_insert_text_cb (GtkEditable *text,
                      const char  *new_text,
                      int          length,
                      int         *position,
                      NameField   *field)
{
  guint n_now = (guint) g_utf8_strlen (gtk_editable_get_text (text), -1);

  if (field->updating > 0)
    return;
  field->n_inserting = (guint) g_utf8_strlen (new_text, length);
  field->cut = n_now + field->n_inserting > CL_STAGE_MAX_NAME_LENGTH;
}

/* After it: the entry cut what did not fit, so say so.  A keystroke past the
 * limit changes nothing, but is told the limit too. */
static void
field_inserted_text_cb (GtkEditable *text,
                        const char  *new_text,
                        int          length,
                        int         *position,
                        NameField   *field)
{
  if (field->updating > 0 || !field->cut)
    return;
  field->cut = FALSE;
  field_say_limit (field, field->n_inserting > 1);
}

/* The user edited the name: a refusal no longer applies, and the notice
 * follows the length. */
static void
field_changed_cb (GtkEditable *editable,
                  NameField   *field)
{
  guint length;

  if (field->updating > 0)
    return;

  length = field_length (field);
  if (field->kind == NOTICE_ERROR)
    field_set_notice (field, NOTICE_NONE, NULL);
  if (length < CL_STAGE_MAX_NAME_LENGTH && field->kind == NOTICE_INFO)
    field_set_notice (field, NOTICE_NONE, NULL);
  else if (length >= CL_STAGE_MAX_NAME_LENGTH && field->kind == NOTICE_NONE)
    field_say_limit (field, FALSE);
}

static void
field_init (NameField     *field,
            ClStageEditor *editor,
            AdwEntryRow   *row,
            const char    *accessible_name)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  field->editor = editor;
  field->row = g_object_ref_sink (row);

  /* The store refuses longer names; the entry cuts them, and the handlers
   * above say it did. */
  if (GTK_IS_TEXT (text))
    gtk_text_set_max_length (GTK_TEXT (text), CL_STAGE_MAX_NAME_LENGTH);
  g_signal_connect (text, "insert-text", G_CALLBACK (field_insert_text_cb), field);
  g_signal_connect_after (text, "insert-text", G_CALLBACK (field_inserted_text_cb), field);
  g_signal_connect (row, "changed", G_CALLBACK (field_changed_cb), field);

  gtk_accessible_update_property (GTK_ACCESSIBLE (text),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);
}

static void
field_clear (NameField *field)
{
  if (field->row != NULL)
    {
      GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (field->row));

      g_signal_handlers_disconnect_by_data (text, field);
      g_signal_handlers_disconnect_by_data (field->row, field);
    }
  g_clear_object (&field->row);
  g_clear_pointer (&field->message, g_free);
  g_clear_pointer (&field->description, g_free);
}

/* Replaces the text, as the store keeps it, without leaving the apply button
 * showing, as it would after any change made while the row has focus.  A
 * refusal no longer applies. */
static void
field_set_text (NameField  *field,
                const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (field->row)), text) != 0)
    {
      field->updating++;
      adw_entry_row_set_show_apply_button (field->row, FALSE);
      gtk_editable_set_text (GTK_EDITABLE (field->row), text);
      adw_entry_row_set_show_apply_button (field->row, TRUE);
      field->updating--;
    }

  if (field->kind == NOTICE_ERROR ||
      (field->kind == NOTICE_INFO && field_length (field) < CL_STAGE_MAX_NAME_LENGTH))
    field_set_notice (field, NOTICE_NONE, NULL);
}

/* A refused name stays in its row for the user to correct. */
static void
field_refuse (NameField    *field,
              const GError *error)
{
  field_set_notice (field, NOTICE_ERROR, error->message);
}

/* The messages of the stage rows below their group, the new name's below
 * its own: errors in the error style, the length notice dimmed. */
static void
set_message_label (GtkLabel   *label,
                   const char *text,
                   gboolean    is_error)
{
  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), *text != '\0');
  if (is_error)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
    }
}

static void
show_notices (ClStageEditor *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean is_error = FALSE;
  guint    n_messages = 0;

  /* Called while the editor is built and torn down too. */
  if (self->stages_message == NULL || self->rows == NULL)
    return;

  for (guint i = 0; i < self->rows->len; i++)
    n_messages += ((StageRow *) g_ptr_array_index (self->rows, i))->field.message != NULL;

  for (guint i = 0; i < self->rows->len; i++)
    {
      StageRow *srow = g_ptr_array_index (self->rows, i);

      if (srow->field.message == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (n_messages > 1)
        /* Translators: a stage's name, then what is wrong with the name typed for it */
        g_string_append_printf (text, _ ("%s: %s"),
                                cl_stage_get_name (srow->stage), srow->field.message);
      else
        g_string_append (text, srow->field.message);
      is_error |= srow->field.kind == NOTICE_ERROR;
    }
  set_message_label (self->stages_message, text->str, is_error);

  if (self->new_field.row != NULL)
    set_message_label (self->new_message,
                       self->new_field.message != NULL ? self->new_field.message : "",
                       self->new_field.kind == NOTICE_ERROR);
}

/* Scrolling ---------------------------------------------------------------- */

/* Brings @row into view once it is laid out: rows made by a rebuild have no
 * place yet when they take the focus, and the page's height follows a frame
 * or two later.  Clamps each frame until the row is wholly in view (or a
 * second or so went by). */
static gboolean
scroll_to_row_cb (GtkWidget     *row,
                  GdkFrameClock *frame_clock,
                  gpointer       user_data)
{
  guint frames =
    GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "cl-scroll-frames"));
  GtkWidget      *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment  *adjustment;
  GtkWidget      *viewport;
  GtkWidget      *content;
  graphene_rect_t bounds, shown;

  if (scrolled == NULL || frames >= SCROLL_MAX_FRAMES)
    return G_SOURCE_REMOVE;
  g_object_set_data (G_OBJECT (row), "cl-scroll-frames", GUINT_TO_POINTER (frames + 1));
  if (!gtk_widget_get_mapped (row) || gtk_widget_get_height (row) == 0)
    return G_SOURCE_CONTINUE;

  /* In view already: done. */
  if (gtk_widget_compute_bounds (row, scrolled, &shown) &&
      shown.origin.y >= 0 && shown.origin.y + shown.size.height <= gtk_widget_get_height (scrolled))
    return G_SOURCE_REMOVE;

  viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  content = GTK_IS_VIEWPORT (viewport) ? gtk_viewport_get_child (GTK_VIEWPORT (viewport))
                                       : viewport;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  if (content != NULL && gtk_widget_compute_bounds (row, content, &bounds))
    gtk_adjustment_clamp_page (adjustment, bounds.origin.y, bounds.origin.y + bounds.size.height);
  return G_SOURCE_CONTINUE;
}

static void
scroll_to_row (StageRow *srow)
{
  g_object_set_data (G_OBJECT (srow->field.row), "cl-scroll-frames", NULL);
  gtk_widget_add_tick_callback (GTK_WIDGET (srow->field.row), scroll_to_row_cb, NULL, NULL);
}

/* Stage rows ------------------------------------------------------------- */

static void
stage_row_free (gpointer data)
{
  StageRow *srow = data;

  g_clear_signal_handler (&srow->name_handler, srow->stage);
  g_clear_signal_handler (&srow->open_handler, srow->stage);
  g_clear_signal_handler (&srow->count_handler, srow->applications);
  /* The row may outlive this, held by whoever has it: it must not call back. */
  g_signal_handlers_disconnect_by_data (srow->open_switch, srow);
  g_signal_handlers_disconnect_by_data (srow->field.row, srow);
  gtk_widget_insert_action_group (GTK_WIDGET (srow->field.row), "stage", NULL);
  field_clear (&srow->field);
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
  const char      *name = cl_stage_get_name (srow->stage);
  gboolean         is_open = cl_stage_get_is_open (srow->stage);
  guint            n = g_list_model_get_n_items (srow->applications);
  g_autofree char *count = NULL;
  g_autofree char *row_label = NULL;
  g_autofree char *open_label = NULL;
  g_autofree char *up_label = NULL;
  g_autofree char *down_label = NULL;
  g_autofree char *archive_label = NULL;
  g_autofree char *menu_label = NULL;

  if (n == 0)
    {
      count = g_strdup (_ ("No applications"));
      /* Translators: how a screen reader names a stage's row; %s is its name */
      row_label = g_strdup_printf (_ ("%s stage, no applications"), name);
    }
  else
    {
      count = g_strdup_printf (ngettext ("%u application", "%u applications", n), n);
      /* Translators: how a screen reader names a stage's row; %s is its name */
      row_label = g_strdup_printf (ngettext ("%s stage, %u application",
                                             "%s stage, %u applications", n),
                                   name, n);
    }

  /* The title, above the name, stays short enough for narrow windows; the
   * switch shows whether the stage is open. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (srow->field.row), count);

  /* The row is named by its stage, not by the count its title shows; its
   * text field is the stage's name. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (srow->field.row),
                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (srow->field.row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, row_label,
                                  -1);
  g_free (srow->field.description);
  /* Translators: how a screen reader describes a stage's name field:
   * its number of applications, and whether they are still in progress */
  srow->field.description = g_strdup_printf (is_open ? _ ("%s, open") : _ ("%s, closed"), count);
  field_update_description (&srow->field);

  if (gtk_switch_get_active (GTK_SWITCH (srow->open_switch)) != is_open)
    gtk_switch_set_active (GTK_SWITCH (srow->open_switch), is_open);

  /* Translators: the accessible name of the switch that opens or closes a stage */
  open_label = g_strdup_printf (_ ("%s is open"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (srow->open_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, open_label,
                                  -1);
  gtk_widget_set_tooltip_text (srow->open_switch,
                               is_open ? _ ("Open: its applications are in progress")
                                       : _ ("Closed: an outcome, like Rejected"));

  /* Translators: tooltips and accessible names of a stage's buttons; %s is its name */
  up_label = g_strdup_printf (_ ("Move %s earlier"), name);
  set_accessible_label (srow->up_button, up_label);
  down_label = g_strdup_printf (_ ("Move %s later"), name);
  set_accessible_label (srow->down_button, down_label);
  archive_label = g_strdup_printf (_ ("Archive %s"), name);
  set_accessible_label (srow->archive_button, archive_label);

  /* Translators: the menu of a stage's actions on narrow windows; %s is its name */
  menu_label = g_strdup_printf (_ ("More for %s"), name);
  /* Its inner button, the one announced, is labelled by it: naming that
   * one too would say it twice. */
  set_accessible_label (srow->menu_button, menu_label);
}

static void
stage_name_changed_cb (StageRow *srow)
{
  field_set_text (&srow->field, cl_stage_get_name (srow->stage));
  update_row_labels (srow);
  /* Other rows' messages may name this stage. */
  show_notices (srow->field.editor);
}

static void
rename_cb (StageRow *srow)
{
  ClStageEditor *self = srow->field.editor;
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (srow->field.row));

  if (g_strcmp0 (text, cl_stage_get_name (srow->stage)) != 0 &&
      !cl_stage_store_rename_stage (stage_store (self), srow->stage, text, &error))
    {
      /* A name the store refuses stays, marked, to be corrected; any other
       * failure is not the name's: the row shows the stored name again. */
      if (g_error_matches (error, CL_VALIDATION_ERROR, error->code))
        {
          field_refuse (&srow->field, error);
          return;
        }
      show_toast (self, error->message);
    }

  /* The row shows the stored name, trimmed as the store keeps it. */
  stage_name_changed_cb (srow);
}

static void
open_switch_cb (StageRow *srow)
{
  ClStageEditor *self = srow->field.editor;
  gboolean       is_open = gtk_switch_get_active (GTK_SWITCH (srow->open_switch));
  g_autoptr(GError) error = NULL;

  if (is_open == cl_stage_get_is_open (srow->stage))
    return;

  if (!cl_stage_store_set_stage_open (stage_store (self), srow->stage, is_open, &error))
    show_toast (self, error->message);

  /* Either way the switch and the title show the stored state. */
  update_row_labels (srow);
}

/* The button a row's keyboard user was on: archive, or the menu on narrow
 * windows. */
static GtkWidget *
archive_focus_widget (ClStageEditor *self,
                      StageRow      *srow)
{
  return self->narrow ? srow->menu_button : srow->archive_button;
}

/* After a move the rows are new: keep focus on the moved stage's button, or
 * on the other one once it reached an end, or on its menu. */
static void
focus_move_button (ClStageEditor *self,
                   ClStage       *stage,
                   gboolean       earlier)
{
  StageRow  *srow = find_row (self, stage);
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
  ClStageEditor *self = srow->field.editor;
  g_autoptr(ClStage) stage = g_object_ref (srow->stage);
  g_autoptr(GError) error = NULL;
  guint index = stage_index (self, stage);

  if (index == G_MAXUINT || (earlier && index == 0))
    return;

  if (!cl_stage_store_move_stage (stage_store (self), stage,
                                  earlier ? index - 1 : index + 1, &error))
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

/* Only the latest archive can be undone: its toast is the only one with the
 * button. */
static void
undo_archive_cb (AdwToast      *toast,
                 ClStageEditor *self)
{
  ClStageArchive *data = g_object_get_data (G_OBJECT (toast), "cl-archive");
  g_autoptr(ClStageArchive) archive = NULL;
  g_autoptr(GError) error = NULL;
  ClStage  *stage;
  StageRow *srow;

  if (toast != self->undo_toast || data == NULL)
    return;
  archive = cl_stage_archive_ref (data);
  g_clear_object (&self->undo_toast);

  if (!cl_stage_store_undo_archive (stage_store (self), archive, &error))
    {
      show_toast (self, error->message);
      return;
    }

  /* Back where the keyboard was before the archive: on the stage's button. */
  stage = cl_stage_store_find (stage_store (self), cl_stage_archive_get_stage_id (archive));
  srow = stage != NULL ? find_row (self, stage) : NULL;
  if (srow != NULL)
    {
      gtk_widget_grab_focus (archive_focus_widget (self, srow));
      scroll_to_row (srow);
    }
}

static void
offer_undo (ClStageEditor  *self,
            const char     *name,
            ClStageArchive *archive)
{
  AdwToast *toast;

  /* One toast at a time can undo: the one of the latest archive. */
  if (self->undo_toast != NULL)
    {
      g_autoptr(AdwToast) previous = g_steal_pointer (&self->undo_toast);

      cl_toast_dismiss (previous);
    }

  /* Translators: %s is the name of a stage */
  toast = cl_toast_new_printf (_ ("Archived “%s”"), name);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "cl-archive", cl_stage_archive_ref (archive),
                          (GDestroyNotify) cl_stage_archive_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_archive_cb), self, 0);
  self->undo_toast = g_object_ref (toast);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
archive_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ClStageEditor    *self)
{
  ClStage     *stage = g_object_get_data (G_OBJECT (dialog), "stage");
  AdwComboRow *move_to_row = g_object_get_data (G_OBJECT (dialog), "move-to-row");

  if (g_strcmp0 (response, "archive") == 0)
    {
      ClStage *move_to =
        move_to_row != NULL ? adw_combo_row_get_selected_item (move_to_row) : NULL;
      g_autofree char *name = g_strdup (cl_stage_get_name (stage));
      g_autoptr(ClStageArchive) archive = NULL;
      g_autoptr(GError) error = NULL;
      guint index = stage_index (self, stage);

      if (!cl_stage_store_archive_stage (stage_store (self), stage, move_to, &archive, &error))
        show_toast (self, error->message);
      else
        {
          guint n = self->rows->len;

          offer_undo (self, name, archive);
          /* Keep the keyboard where it was: on the row that took its place. */
          if (n > 0)
            {
              StageRow *srow = g_ptr_array_index (self->rows, MIN (index, n - 1));

              gtk_widget_grab_focus (archive_focus_widget (self, srow));
            }
        }
    }

  /* The dialog hides on close, so the chosen stage is still readable above;
   * destroy it once the emission is over. */
  cl_transient_destroy_soon (GTK_WINDOW (dialog));
}

static void
archive_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  StageRow         *srow = user_data;
  ClStageEditor    *self = srow->field.editor;
  ClStage          *stage = srow->stage;
  guint             n = g_list_model_get_n_items (srow->applications);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, NULL, NULL));
  /* Destroyed a moment after its response: never after the editor. */
  cl_transient_set_parent (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_hide_on_close (GTK_WINDOW (dialog), TRUE);
  /* Translators: %s is the name of a stage */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _ ("Archive “%s”?"),
                                     cl_stage_get_name (stage));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _ ("_Cancel"),
                                    "archive", _ ("_Archive"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "archive", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "stage", g_object_ref (stage), g_object_unref);

  if (n > 0)
    {
      g_autoptr(GtkExpression) expression = NULL;
      GtkFilterListModel *others;
      GtkWidget          *list;
      GtkWidget          *move_to_row;
      guint               index = stage_index (self, stage);

      adw_message_dialog_format_body (
        dialog,
        ngettext ("Its %u application moves to the stage you choose; its history is kept.",
                  "Its %u applications move to the stage you choose; their history is kept.", n),
        n);

      others = gtk_filter_list_model_new (g_object_ref (self->stages),
                                          GTK_FILTER (gtk_custom_filter_new (is_other_stage,
                                                                             g_object_ref (stage),
                                                                             g_object_unref)));
      expression = gtk_property_expression_new (CL_TYPE_STAGE, NULL, "name");

      move_to_row = adw_combo_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (move_to_row), _ ("Move to"));
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
    adw_message_dialog_set_body (dialog, _ ("It leaves the board. Nothing is deleted."));

  /* "Cancel" and "Archive", not "_Cancel Cancel". */
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (dialog));
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
  adw_entry_row_add_suffix (srow->field.row, srow->buttons);

  g_menu_append (menu, _ ("Move _Earlier"), "stage.move-earlier");
  g_menu_append (menu, _ ("Move _Later"), "stage.move-later");
  g_menu_append (menu, _ ("_Archive…"), "stage.archive");
  srow->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (srow->menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (srow->menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (srow->menu_button), FALSE);
  gtk_widget_set_valign (srow->menu_button, GTK_ALIGN_CENTER);
  adw_entry_row_add_suffix (srow->field.row, srow->menu_button);

  set_row_narrow (srow, srow->field.editor->narrow);
}

static StageRow *
stage_row_new (ClStageEditor *self,
               ClStage       *stage,
               guint          index,
               guint          n_stages)
{
  StageRow *srow = g_new0 (StageRow, 1);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  srow->stage = g_object_ref (stage);
  srow->applications = cl_pipeline_store_get_stage_applications (self->store,
                                                                 cl_stage_get_id (stage));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_entry_row_set_show_apply_button (row, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), cl_stage_get_name (stage));
  field_init (&srow->field, self, row, _ ("Stage name"));
  /* Room for most names; the buttons fold into a menu before it runs out. */
  gtk_editable_set_width_chars (GTK_EDITABLE (row), NAME_WIDTH_CHARS);
  g_signal_connect_swapped (row, "apply", G_CALLBACK (rename_cb), srow);
  /* Enter again on a refused name, once the apply button is gone. */
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (rename_cb), srow);

  add_row_actions (srow);

  /* Last, as in every list of settings, and at the same place in each row. */
  srow->open_switch = gtk_switch_new ();
  gtk_widget_set_valign (srow->open_switch, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (srow->open_switch), cl_stage_get_is_open (stage));
  adw_entry_row_add_suffix (row, srow->open_switch);
  g_signal_connect_swapped (srow->open_switch, "notify::active", G_CALLBACK (open_switch_cb), srow);

  g_action_map_add_action_entries (G_ACTION_MAP (actions), row_actions,
                                   G_N_ELEMENTS (row_actions), srow);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (actions),
                                                                            "move-earlier")),
                               index > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (actions),
                                                                            "move-later")),
                               index + 1 < n_stages);
  gtk_widget_insert_action_group (GTK_WIDGET (row), "stage", G_ACTION_GROUP (actions));

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
kept_field_free (gpointer data)
{
  KeptField *kept = data;

  g_clear_object (&kept->stage);
  g_free (kept->text);
  g_free (kept->message);
  g_free (kept);
}

/* The names being typed, and what is said about them. */
static GPtrArray *
keep_fields (ClStageEditor *self)
{
  GPtrArray *kept = g_ptr_array_new_with_free_func (kept_field_free);

  for (guint i = 0; i < self->rows->len; i++)
    {
      StageRow   *srow = g_ptr_array_index (self->rows, i);
      const char *text = gtk_editable_get_text (GTK_EDITABLE (srow->field.row));
      KeptField  *field;

      if (srow->field.kind == NOTICE_NONE && g_strcmp0 (text, cl_stage_get_name (srow->stage)) == 0)
        continue;
      field = g_new0 (KeptField, 1);
      field->stage = g_object_ref (srow->stage);
      field->text = g_strdup (text);
      field->kind = srow->field.kind;
      field->message = g_strdup (srow->field.message);
      g_ptr_array_add (kept, field);
    }
  return kept;
}

static void
restore_fields (ClStageEditor *self,
                GPtrArray     *kept)
{
  for (guint i = 0; i < kept->len; i++)
    {
      KeptField *field = g_ptr_array_index (kept, i);
      StageRow  *srow = find_row (self, field->stage);

      if (srow == NULL)
        continue;
      srow->field.updating++;
      gtk_editable_set_text (GTK_EDITABLE (srow->field.row), field->text);
      srow->field.updating--;
      field_set_notice (&srow->field, field->kind, field->message);
    }
}

static void
clear_rows (ClStageEditor *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      StageRow *srow = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (self->stages_group, GTK_WIDGET (srow->field.row));
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
rebuild_rows (ClStageEditor *self)
{
  g_autoptr(GPtrArray) kept = keep_fields (self);
  guint n = g_list_model_get_n_items (self->stages);

  clear_rows (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (self->stages, i);
      StageRow *srow = stage_row_new (self, stage, i, n);

      g_ptr_array_add (self->rows, srow);
      adw_preferences_group_add (self->stages_group, GTK_WIDGET (srow->field.row));
    }
  restore_fields (self, kept);
  show_notices (self);
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self->stages_group));
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
  gboolean    is_open = !gtk_switch_get_active (self->new_closed_switch);
  g_autoptr(GError) error = NULL;
  ClStage  *stage;
  StageRow *srow;

  /* The store puts an open stage before the outcomes, a closed one last. */
  stage = cl_stage_store_add_stage (stage_store (self), name, is_open, &error);
  if (stage == NULL)
    {
      /* A refused name stays in the row, marked, for the user to correct. */
      if (g_error_matches (error, CL_VALIDATION_ERROR, error->code))
        field_refuse (&self->new_field, error);
      else
        show_toast (self, error->message);
      return;
    }

  field_set_text (&self->new_field, "");
  field_set_notice (&self->new_field, NOTICE_NONE, NULL);
  gtk_switch_set_active (self->new_closed_switch, FALSE);

  /* Show where it went: on its name, in view. */
  srow = find_row (self, stage);
  if (srow != NULL)
    {
      GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (srow->field.row));

      if (GTK_IS_TEXT (text))
        gtk_text_grab_focus_without_selecting (GTK_TEXT (text));
      scroll_to_row (srow);
    }
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
  gboolean       narrow = width < NARROW_WIDTH;

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
  if (self->undo_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_toast, self);
  g_clear_object (&self->undo_toast);
  if (self->rows != NULL)
    g_ptr_array_set_size (self->rows, 0);
  field_clear (&self->new_field);

  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_STAGE_EDITOR);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->stages);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cl_stage_editor_parent_class)->dispose (object);
}

static void
cl_stage_editor_class_init (ClStageEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_stage_editor_dispose;
  widget_class->size_allocate = cl_stage_editor_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/gui/pipeline/cl-stage-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ClStageEditor, stages_group);
  gtk_widget_class_bind_template_child (widget_class, ClStageEditor, stages_message);
  gtk_widget_class_bind_template_child (widget_class, ClStageEditor, new_name_row);
  gtk_widget_class_bind_template_child (widget_class, ClStageEditor, new_closed_switch);
  gtk_widget_class_bind_template_child (widget_class, ClStageEditor, new_message);
  gtk_widget_class_bind_template_callback (widget_class, new_stage_cb);
}

static void
cl_stage_editor_init (ClStageEditor *self)
{
  GtkWidget *toasts;

  self->rows = g_ptr_array_new_with_free_func (stage_row_free);
  /* The narrow layout until the first allocation says otherwise: it asks for
   * the least width, so the window can open at any size. */
  self->narrow = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  field_init (&self->new_field, self, self->new_name_row,
              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->new_name_row)));

  /* "Undo" rather than "Undo Undo", and a name for the close button. */
  toasts = find_descendant (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (toasts != NULL)
    cl_a11y_watch_toasts (ADW_TOAST_OVERLAY (toasts));
}

ClStageEditor *
cl_stage_editor_new (GtkWindow       *parent,
                     ClPipelineStore *store)
{
  ClStageEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CL_IS_PIPELINE_STORE (store), NULL);

  self = g_object_new (CL_TYPE_STAGE_EDITOR, NULL);
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->store = g_object_ref (store);
  self->stages = g_object_ref (cl_pipeline_store_get_stages (store));
  g_signal_connect_object (self->stages, "items-changed",
                           G_CALLBACK (stages_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild_rows (self);
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  cl_a11y_name_view_switchers (GTK_WIDGET (self), _ ("Pages"));

  /* Start on the first name without selecting it, as a Tab into it would:
   * the first keystroke should not look like it replaces the name. */
  if (self->rows->len > 0)
    {
      StageRow    *first = g_ptr_array_index (self->rows, 0);
      GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (first->field.row));

      if (GTK_IS_TEXT (delegate))
        gtk_text_grab_focus_without_selecting (GTK_TEXT (delegate));
    }

  return self;
}
