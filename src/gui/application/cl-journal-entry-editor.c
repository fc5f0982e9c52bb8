/* cl-journal-entry-editor.c — the fields of a journal entry, made when its row opens
 *
 * As for rounds (cl-round-editor.c), the rows come from a plain GtkBuilder
 * file and go straight into the entry's expander row.  The editor keeps the
 * entry as last shown; each field saves an edited copy, the store says
 * ::entries-changed and the row passes the newer entry on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-journal-entry-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-application-section.h"
#include "cl-date-row.h"
#include "cl-instant-apply.h"
#include "cl-journal-entry-editor.h"
#include "cl-journal-entry-row.h"

struct _ClJournalEntryEditor
{
  GObject         parent_instance;

  ClContext      *context;
  ClJournalEntry *entry;
  GArray         *round_ids; /* gint64: what each choice of round_row stands for */
  GPtrArray      *rows;      /* the top-level rows, in order */
  GPtrArray      *applies;
  ClInstantApply *kind_apply;
  ClInstantApply *round_apply;
  ClInstantApply *day_apply;
  ClInstantApply *time_apply;
  ClInstantApply *body_apply;

  AdwComboRow    *kind_row;
  AdwComboRow    *round_row;
  AdwEntryRow    *day_row;
  AdwEntryRow    *time_row;
  GtkTextView    *body_view;
  GtkLabel       *body_message;
  AdwActionRow   *objective_row;
  AdwActionRow   *make_objective_row;
};

enum
{
  DELETE_REQUESTED,
  MAKE_OBJECTIVE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ClJournalEntryEditor, cl_journal_entry_editor, G_TYPE_OBJECT)

/* Showing ------------------------------------------------------------------ */

static guint
round_choice (ClJournalEntryEditor *self)
{
  return cl_journal_round_choice (self->round_ids, cl_journal_entry_get_round_id (self->entry));
}

void
cl_journal_entry_editor_show (ClJournalEntryEditor *self,
                              ClJournalEntry       *entry,
                              const char           *objective)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  g_return_if_fail (CL_IS_JOURNAL_ENTRY_EDITOR (self));
  g_return_if_fail (CL_IS_JOURNAL_ENTRY (entry));

  g_set_object (&self->entry, entry);
  when = g_date_time_new_from_unix_local (cl_journal_entry_get_written_at (entry));
  day = g_date_time_format (when, "%Y-%m-%d");
  time = g_date_time_format (when, "%H:%M");

  cl_instant_apply_show_value (self->kind_apply, cl_journal_entry_get_kind (entry));
  cl_instant_apply_show_value (self->round_apply, round_choice (self));
  cl_instant_apply_show (self->day_apply, day);
  cl_instant_apply_show (self->time_apply, time);
  cl_instant_apply_show (self->body_apply, cl_journal_entry_get_body (entry));

  adw_action_row_set_subtitle (self->objective_row, objective != NULL ? objective : "");
  gtk_widget_set_visible (GTK_WIDGET (self->objective_row), objective != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->make_objective_row), objective == NULL);
}

void
cl_journal_entry_editor_set_rounds (ClJournalEntryEditor *self,
                                    const char *const    *round_labels,
                                    GArray               *round_ids)
{
  g_autoptr(GtkStringList) model = NULL;

  g_return_if_fail (CL_IS_JOURNAL_ENTRY_EDITOR (self));
  g_return_if_fail (round_labels != NULL && round_ids != NULL);

  model = gtk_string_list_new ((const char **) round_labels);
  g_return_if_fail (round_ids->len == g_list_model_get_n_items (G_LIST_MODEL (model)));

  if (self->round_ids != round_ids)
    {
      g_clear_pointer (&self->round_ids, g_array_unref);
      self->round_ids = g_array_ref (round_ids);
    }

  /* A new model moves the selection: that is not the user choosing. */
  cl_instant_apply_block (self->round_apply);
  adw_combo_row_set_model (self->round_row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (self->round_row, round_choice (self));
  cl_instant_apply_unblock (self->round_apply);
  cl_instant_apply_show_value (self->round_apply, round_choice (self));
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save_copy (ClJournalEntryEditor *self,
           ClJournalEntry       *copy,
           const char           *field,
           GError              **error)
{
  if (field != NULL && !cl_model_validate_field (CL_MODEL (copy), field, error))
    return FALSE;
  return cl_journal_store_update_entry (cl_context_get_journal_store (self->context), copy, error);
}

static gboolean
save_kind_cb (guint    value,
              gpointer data,
              GError **error)
{
  ClJournalEntryEditor *self = data;
  g_autoptr(ClJournalEntry) copy = cl_journal_entry_copy (self->entry);

  g_object_set (copy, "kind", (ClJournalKind) value, NULL);
  return save_copy (self, copy, "kind", error);
}

static gboolean
save_round_cb (guint    value,
               gpointer data,
               GError **error)
{
  ClJournalEntryEditor *self = data;
  g_autoptr(ClJournalEntry) copy = cl_journal_entry_copy (self->entry);
  gint64 round_id = self->round_ids != NULL && value < self->round_ids->len
                      ? g_array_index (self->round_ids, gint64, value)
                      : 0;

  g_object_set (copy, "round-id", round_id, NULL);
  return save_copy (self, copy, "round-id", error);
}

static gboolean
save_written_at (ClJournalEntryEditor *self,
                 const char           *day,
                 const char           *time,
                 GError              **error)
{
  g_autoptr(ClJournalEntry) copy = cl_journal_entry_copy (self->entry);
  gint64 written_at = 0;

  if (!cl_journal_parse_written_at (day, time, "day", "time", &written_at, NULL, error))
    return FALSE;
  g_object_set (copy, "written-at", written_at, NULL);
  return save_copy (self, copy, "written-at", error);
}

static gboolean
save_day_cb (const char *text,
             gpointer    data,
             GError    **error)
{
  ClJournalEntryEditor *self = data;
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (
    cl_journal_entry_get_written_at (self->entry));
  g_autofree char *time = g_date_time_format (when, "%H:%M");

  return save_written_at (self, text, time, error);
}

static gboolean
save_time_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  ClJournalEntryEditor *self = data;
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (
    cl_journal_entry_get_written_at (self->entry));
  g_autofree char *day = g_date_time_format (when, "%Y-%m-%d");

  return save_written_at (self, day, text, error);
}

static gboolean
save_body_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  ClJournalEntryEditor *self = data;
  g_autoptr(ClJournalEntry) copy = cl_journal_entry_copy (self->entry);

  g_object_set (copy, "body", text, NULL);
  return save_copy (self, copy, "body", error);
}

/* The object --------------------------------------------------------------- */

static void
delete_clicked_cb (ClJournalEntryEditor *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

static void
make_objective_cb (ClJournalEntryEditor *self)
{
  g_signal_emit (self, signals[MAKE_OBJECTIVE_REQUESTED], 0);
}

static void
cl_journal_entry_editor_dispose (GObject *object)
{
  ClJournalEntryEditor *self = CL_JOURNAL_ENTRY_EDITOR (object);

  /* The section may hold a helper a little longer: it must not save into
   * an editor that is gone. */
  for (guint i = 0; self->applies != NULL && i < self->applies->len; i++)
    cl_instant_apply_block (g_ptr_array_index (self->applies, i));
  g_clear_pointer (&self->applies, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->round_ids, g_array_unref);
  g_clear_object (&self->entry);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_journal_entry_editor_parent_class)->dispose (object);
}

static void
cl_journal_entry_editor_class_init (ClJournalEntryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cl_journal_entry_editor_dispose;

  /**
   * ClJournalEntryEditor::delete-requested:
   *
   * The user asked to delete the entry.
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                            0);
  /**
   * ClJournalEntryEditor::make-objective-requested:
   *
   * The user asked to make a learning objective of the entry.
   */
  signals[MAKE_OBJECTIVE_REQUESTED] = g_signal_new ("make-objective-requested",
                                                    G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cl_journal_entry_editor_init (ClJournalEntryEditor *self)
{
  self->applies = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}

static ClInstantApply *
add_apply (ClJournalEntryEditor *self,
           ClInstantApply       *apply)
{
  g_ptr_array_add (self->applies, apply);
  return apply;
}

/* The top-level objects of the .ui file, in the order they are shown. */
static const char *const row_ids[] = {
  "kind_row",
  "round_row",
  "day_row",
  "time_row",
  "body_row",
  "objective_row",
  "make_objective_row",
  "actions_row",
};

ClJournalEntryEditor *
cl_journal_entry_editor_new (ClContext         *context,
                             ClJournalEntry    *entry,
                             const char        *objective,
                             const char *const *round_labels,
                             GArray            *round_ids)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  ClJournalEntryEditor *self;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (entry), NULL);
  g_return_val_if_fail (round_labels != NULL && round_ids != NULL, NULL);

  self = g_object_new (CL_TYPE_JOURNAL_ENTRY_EDITOR, NULL);
  self->context = g_object_ref (context);
  self->entry = g_object_ref (entry);

  builder = gtk_builder_new_from_resource ("/com/example/CareerLens/gui/application/"
                                           "cl-journal-entry-editor.ui");
  for (guint i = 0; i < G_N_ELEMENTS (row_ids); i++)
    g_ptr_array_add (self->rows, g_object_ref_sink (gtk_builder_get_object (builder, row_ids[i])));
#define GET(type, name) self->name = type (gtk_builder_get_object (builder, #name))
  GET (ADW_COMBO_ROW, kind_row);
  GET (ADW_COMBO_ROW, round_row);
  GET (ADW_ENTRY_ROW, day_row);
  GET (ADW_ENTRY_ROW, time_row);
  GET (GTK_TEXT_VIEW, body_view);
  GET (GTK_LABEL, body_message);
  GET (ADW_ACTION_ROW, objective_row);
  GET (ADW_ACTION_ROW, make_objective_row);
#undef GET
  g_signal_connect_object (self->make_objective_row, "activated", G_CALLBACK (make_objective_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_builder_get_object (builder, "delete_button"), "clicked",
                           G_CALLBACK (delete_clicked_cb), self, G_CONNECT_SWAPPED);

  for (int i = CL_JOURNAL_KIND_FEEDBACK; i <= CL_JOURNAL_KIND_LESSON; i++)
    gtk_string_list_append (kinds, cl_journal_kind_get_label ((ClJournalKind) i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  cl_date_row_add_calendar (self->day_row);

  self->kind_apply = add_apply (self, cl_instant_apply_new_for_value (
                                        GTK_WIDGET (self->kind_row), "selected", _ ("The kind"),
                                        save_kind_cb, self, NULL));
  self->round_apply = add_apply (self, cl_instant_apply_new_for_value (
                                         GTK_WIDGET (self->round_row), "selected",
                                         _ ("The round"), save_round_cb, self, NULL));
  self->day_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->day_row),
                                                                    _ ("The day"), save_day_cb,
                                                                    self, NULL));
  self->time_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->time_row),
                                                                     _ ("The time"),
                                                                     save_time_cb, self, NULL));
  self->body_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->body_view),
                                                                     _ ("The entry"),
                                                                     save_body_cb, self, NULL));
  cl_instant_apply_set_message_label (self->body_apply, self->body_message);

  cl_journal_entry_editor_set_rounds (self, round_labels, round_ids);
  cl_journal_entry_editor_show (self, entry, objective);
  return self;
}

void
cl_journal_entry_editor_add_to (ClJournalEntryEditor *self,
                                AdwExpanderRow       *row)
{
  g_return_if_fail (CL_IS_JOURNAL_ENTRY_EDITOR (self));
  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->rows, i);

      adw_expander_row_add_row (row, child);
      cl_application_section_name_fields (child);
      cl_a11y_fix_mnemonics_below (child);
    }
}

GPtrArray *
cl_journal_entry_editor_get_applies (ClJournalEntryEditor *self)
{
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY_EDITOR (self), NULL);

  return self->applies;
}
