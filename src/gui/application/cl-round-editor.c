/* cl-round-editor.c — the fields of an interview round, made when its row opens
 *
 * The rows come from a plain GtkBuilder file rather than a template: they
 * go straight into the round's expander row, beside one another, as its
 * own children would (an instant-apply message row goes right below its
 * field).  The editor keeps the round as last shown; each field edits a
 * copy of it and hands it to cl_round_store_update_round(), and the store's
 * ::rounds-changed brings the newer round back through the row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-round-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-application-section.h"
#include "cl-date-time-row.h"
#include "cl-instant-apply.h"
#include "cl-name-picker.h"
#include "cl-round-editor.h"
#include "cl-round-row.h"
#include "cl-row-error.h"

struct _ClRoundEditor
{
  GObject         parent_instance;

  ClContext      *context;
  ClApplication  *application;
  ClRound        *round;
  GArray         *interviewer_ids; /* gint64, as last shown */
  GPtrArray      *rows;            /* the top-level rows, in order */
  GPtrArray      *interviewer_rows;
  GPtrArray      *applies;
  ClInstantApply *kind_apply;
  ClInstantApply *title_apply;
  ClInstantApply *day_apply;
  ClInstantApply *start_apply;
  ClInstantApply *end_apply;
  ClInstantApply *status_apply;
  ClInstantApply *notes_apply;

  AdwComboRow    *kind_row;
  AdwEntryRow    *title_row;
  AdwEntryRow    *day_row;
  AdwEntryRow    *start_row;
  AdwEntryRow    *end_row;
  AdwComboRow    *status_row;
  GtkListBox     *interviewers_list;
  AdwEntryRow    *add_interviewer_row;
  GtkLabel       *interviewers_message;
  GtkTextView    *notes_view;
  GtkLabel       *notes_message;
};

enum
{
  DELETE_REQUESTED,
  INTERVIEWERS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ClRoundEditor, cl_round_editor, G_TYPE_OBJECT)

/* Showing ------------------------------------------------------------------ */

static void remove_interviewer_cb (GtkButton *button, ClRoundEditor *self);

static void
show_interviewers (ClRoundEditor *self)
{
  ClContactStore *contacts = cl_context_get_contact_store (self->context);

  for (guint i = 0; i < self->interviewer_rows->len; i++)
    gtk_list_box_remove (self->interviewers_list, g_ptr_array_index (self->interviewer_rows, i));
  g_ptr_array_set_size (self->interviewer_rows, 0);

  for (guint i = 0; i < self->interviewer_ids->len; i++)
    {
      gint64           id = g_array_index (self->interviewer_ids, gint64, i);
      ClContact       *contact = cl_contact_store_find_contact (contacts, id);
      const char      *name = contact != NULL ? cl_contact_get_name (contact) : NULL;
      g_autofree char *remove = NULL;
      GtkWidget       *row, *button;

      if (name == NULL)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      /* Translators: a button that removes an interviewer from a round. */
      remove = g_strdup_printf (_ ("Remove %s"), name);
      button = gtk_button_new_from_icon_name ("list-remove-symbolic");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, remove);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove, -1);
      g_object_set_data_full (G_OBJECT (button), "cl-contact-id",
                              g_memdup2 (&id, sizeof id), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (remove_interviewer_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

      gtk_list_box_insert (self->interviewers_list, row, (int) self->interviewer_rows->len);
      g_ptr_array_add (self->interviewer_rows, row);
    }
}

void
cl_round_editor_show (ClRoundEditor *self,
                      ClRound       *round,
                      GArray        *interviewer_ids)
{
  g_autofree char *day = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_if_fail (CL_IS_ROUND_EDITOR (self));
  g_return_if_fail (CL_IS_ROUND (round));
  g_return_if_fail (interviewer_ids != NULL);

  g_set_object (&self->round, round);
  if (self->interviewer_ids != interviewer_ids)
    {
      g_clear_pointer (&self->interviewer_ids, g_array_unref);
      self->interviewer_ids = g_array_ref (interviewer_ids);
    }

  cl_date_time_format (cl_round_get_scheduled_at (round), cl_round_get_duration_minutes (round),
                       &day, &start, &end);
  cl_instant_apply_show_value (self->kind_apply, cl_round_get_kind (round));
  cl_instant_apply_show (self->title_apply, cl_round_get_title (round));
  cl_instant_apply_show (self->day_apply, day);
  cl_instant_apply_show (self->start_apply, start);
  cl_instant_apply_show (self->end_apply, end);
  cl_instant_apply_show_value (self->status_apply, cl_round_get_status (round));
  cl_instant_apply_show (self->notes_apply, cl_round_get_notes (round));
  show_interviewers (self);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save_copy (ClRoundEditor *self,
           ClRound       *copy,
           const char    *field,
           GError       **error)
{
  if (field != NULL && !cl_model_validate_field (CL_MODEL (copy), field, error))
    return FALSE;
  return cl_round_store_update_round (cl_context_get_round_store (self->context), copy, error);
}

static gboolean
save_kind_cb (guint    value,
              gpointer data,
              GError **error)
{
  ClRoundEditor *self = data;
  g_autoptr(ClRound) copy = cl_round_copy (self->round);

  g_object_set (copy, "kind", (ClRoundKind) value, NULL);
  return save_copy (self, copy, "kind", error);
}

static gboolean
save_status_cb (guint    value,
                gpointer data,
                GError **error)
{
  ClRoundEditor *self = data;
  g_autoptr(ClRound) copy = cl_round_copy (self->round);

  g_object_set (copy, "status", (ClRoundStatus) value, NULL);
  return save_copy (self, copy, "status", error);
}

static gboolean
save_title_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  ClRoundEditor *self = data;
  g_autoptr(ClRound) copy = cl_round_copy (self->round);

  g_object_set (copy, "title", text, NULL);
  return save_copy (self, copy, "title", error);
}

static gboolean
save_notes_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  ClRoundEditor *self = data;
  g_autoptr(ClRound) copy = cl_round_copy (self->round);

  g_object_set (copy, "notes", text, NULL);
  return save_copy (self, copy, "notes", error);
}

static void
replace_text (char      **text,
              const char *value)
{
  g_free (*text);
  *text = g_strdup (value);
}

/* The day, start and end are saved together: the field left is read as
 * typed, the two others as saved.  A sibling that could not be saved alone
 * ("write the day too") is tried again once this one is saved. */
static gboolean
save_schedule (ClRoundEditor *self,
               AdwEntryRow   *field,
               const char    *text,
               GError       **error)
{
  g_autofree char *day = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autoptr(ClRound) copy = cl_round_copy (self->round);
  ClInstantApply *siblings[] = { self->day_apply, self->start_apply, self->end_apply };
  gint64          starts_at = 0;
  guint           duration = 0;

  cl_date_time_format (cl_round_get_scheduled_at (self->round),
                       cl_round_get_duration_minutes (self->round), &day, &start, &end);
  if (field == self->day_row)
    replace_text (&day, text);
  else if (field == self->start_row)
    replace_text (&start, text);
  else
    replace_text (&end, text);

  if (!cl_date_time_parse (day, start, end, "day", "start", "end", &starts_at, &duration, NULL,
                           error))
    return FALSE;

  if (starts_at != 0 && duration != 0)
    {
      if (!cl_round_set_schedule (copy, starts_at, starts_at + (gint64) duration * 60, error))
        return FALSE;
    }
  else
    {
      g_object_set (copy, "scheduled-at", starts_at, "duration-minutes", duration, NULL);
    }
  if (!save_copy (self, copy, "duration-minutes", error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (siblings); i++)
    if (cl_instant_apply_get_field (siblings[i]) != GTK_WIDGET (field))
      cl_instant_apply_retry (siblings[i]);
  return TRUE;
}

static gboolean
save_day_cb (const char *text,
             gpointer    data,
             GError    **error)
{
  ClRoundEditor *self = data;

  return save_schedule (self, self->day_row, text, error);
}

static gboolean
save_start_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  ClRoundEditor *self = data;

  return save_schedule (self, self->start_row, text, error);
}

static gboolean
save_end_cb (const char *text,
             gpointer    data,
             GError    **error)
{
  ClRoundEditor *self = data;

  return save_schedule (self, self->end_row, text, error);
}

/* Interviewers ------------------------------------------------------------- */

void
cl_round_editor_show_interviewers_problem (ClRoundEditor *self,
                                           const char    *message)
{
  g_return_if_fail (CL_IS_ROUND_EDITOR (self));

  gtk_label_set_text (self->interviewers_message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->interviewers_message), message != NULL);
  cl_row_error_mark (GTK_WIDGET (self->add_interviewer_row), message);
}

static gboolean
save_interviewers (ClRoundEditor *self,
                   GArray        *ids)
{
  /* The store's announcement gives the editor a newer round meanwhile. */
  g_autoptr(ClRound) round = g_object_ref (self->round);
  g_autoptr(GError) error = NULL;

  if (!cl_round_store_set_interviewers (cl_context_get_round_store (self->context), round,
                                        (const gint64 *) (gpointer) ids->data, ids->len, &error))
    {
      cl_round_editor_show_interviewers_problem (self, error->message);
      return FALSE;
    }
  cl_round_editor_show_interviewers_problem (self, NULL);
  g_signal_emit (self, signals[INTERVIEWERS_CHANGED], 0);
  return TRUE;
}

static void
add_interviewer_cb (ClRoundEditor *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (
    GTK_EDITABLE (self->add_interviewer_row))));
  ClCompany       *company = cl_application_get_company (self->application);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  ClContact *contact;
  gint64     id;

  if (*name == '\0')
    {
      cl_round_editor_show_interviewers_problem (
        self, _ ("Write the interviewer’s name, or choose a contact."));
      return;
    }

  contact = cl_round_row_find_or_add_contact (cl_context_get_contact_store (self->context), name,
                                              CL_CONTACT_ROLE_INTERVIEWER,
                                              company != NULL ? cl_company_get_name (company)
                                                              : NULL,
                                              &error);
  if (contact == NULL)
    {
      cl_round_editor_show_interviewers_problem (self, error->message);
      return;
    }

  id = cl_contact_get_id (contact);
  ids = g_array_copy (self->interviewer_ids);
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        gtk_editable_set_text (GTK_EDITABLE (self->add_interviewer_row), "");
        cl_round_editor_show_interviewers_problem (self, NULL);
        return;
      }
  g_array_append_val (ids, id);
  if (save_interviewers (self, ids))
    gtk_editable_set_text (GTK_EDITABLE (self->add_interviewer_row), "");
}

static void
remove_interviewer_cb (GtkButton     *button,
                       ClRoundEditor *self)
{
  const gint64 *id = g_object_get_data (G_OBJECT (button), "cl-contact-id");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->interviewer_ids->len; i++)
    if (g_array_index (self->interviewer_ids, gint64, i) != *id)
      g_array_append_val (ids, g_array_index (self->interviewer_ids, gint64, i));

  /* The button goes with its row: the focus stays in the list. */
  gtk_widget_grab_focus (GTK_WIDGET (self->add_interviewer_row));
  save_interviewers (self, ids);
}

/* The object --------------------------------------------------------------- */

static void
delete_clicked_cb (ClRoundEditor *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

static void
cl_round_editor_dispose (GObject *object)
{
  ClRoundEditor *self = CL_ROUND_EDITOR (object);

  /* The section may hold a helper a little longer: it must not save into
   * an editor that is gone. */
  for (guint i = 0; self->applies != NULL && i < self->applies->len; i++)
    cl_instant_apply_block (g_ptr_array_index (self->applies, i));
  g_clear_pointer (&self->applies, g_ptr_array_unref);
  g_clear_pointer (&self->interviewer_rows, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->interviewer_ids, g_array_unref);
  g_clear_object (&self->round);
  g_clear_object (&self->application);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_round_editor_parent_class)->dispose (object);
}

static void
cl_round_editor_class_init (ClRoundEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cl_round_editor_dispose;

  /**
   * ClRoundEditor::delete-requested:
   *
   * The user asked to delete the round.
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                            0);
  /**
   * ClRoundEditor::interviewers-changed:
   *
   * The round's interviewers were saved: read them again.
   */
  signals[INTERVIEWERS_CHANGED] = g_signal_new ("interviewers-changed", G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                G_TYPE_NONE, 0);
}

static void
cl_round_editor_init (ClRoundEditor *self)
{
  self->applies = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->interviewer_rows = g_ptr_array_new ();
}

static void
fill_combo (AdwComboRow *row,
            const char *(*get_label) (int value),
            int n_values)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (int i = 0; i < n_values; i++)
    gtk_string_list_append (labels, get_label (i));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
}

static const char *
kind_label (int value)
{
  return cl_round_kind_get_label ((ClRoundKind) value);
}

static const char *
status_label (int value)
{
  return cl_round_status_get_label ((ClRoundStatus) value);
}

static ClInstantApply *
add_apply (ClRoundEditor  *self,
           ClInstantApply *apply)
{
  g_ptr_array_add (self->applies, apply);
  return apply;
}

/* The top-level objects of the .ui file, in the order they are shown. */
static const char *const row_ids[] = {
  "kind_row",
  "title_row",
  "day_row",
  "start_row",
  "end_row",
  "status_row",
  "interviewers_row",
  "notes_row",
  "actions_row",
};

ClRoundEditor *
cl_round_editor_new (ClContext     *context,
                     ClApplication *application,
                     ClRound       *round,
                     GArray        *interviewer_ids)
{
  g_autoptr(GtkBuilder) builder = NULL;
  ClRoundEditor *self;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CL_IS_ROUND (round), NULL);
  g_return_val_if_fail (interviewer_ids != NULL, NULL);

  self = g_object_new (CL_TYPE_ROUND_EDITOR, NULL);
  self->context = g_object_ref (context);
  self->application = g_object_ref (application);

  builder = gtk_builder_new_from_resource ("/com/example/CareerLens/gui/application/"
                                           "cl-round-editor.ui");
  for (guint i = 0; i < G_N_ELEMENTS (row_ids); i++)
    g_ptr_array_add (self->rows, g_object_ref_sink (gtk_builder_get_object (builder, row_ids[i])));
#define GET(type, name) self->name = type (gtk_builder_get_object (builder, #name))
  GET (ADW_COMBO_ROW, kind_row);
  GET (ADW_ENTRY_ROW, title_row);
  GET (ADW_ENTRY_ROW, day_row);
  GET (ADW_ENTRY_ROW, start_row);
  GET (ADW_ENTRY_ROW, end_row);
  GET (ADW_COMBO_ROW, status_row);
  GET (GTK_LIST_BOX, interviewers_list);
  GET (ADW_ENTRY_ROW, add_interviewer_row);
  GET (GTK_LABEL, interviewers_message);
  GET (GTK_TEXT_VIEW, notes_view);
  GET (GTK_LABEL, notes_message);
#undef GET
  g_signal_connect_object (gtk_builder_get_object (builder, "add_interviewer_button"), "clicked",
                           G_CALLBACK (add_interviewer_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->add_interviewer_row, "entry-activated",
                           G_CALLBACK (add_interviewer_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_builder_get_object (builder, "delete_button"), "clicked",
                           G_CALLBACK (delete_clicked_cb), self, G_CONNECT_SWAPPED);

  fill_combo (self->kind_row, kind_label, CL_ROUND_KIND_OTHER + 1);
  fill_combo (self->status_row, status_label, CL_ROUND_STATUS_CANCELLED + 1);
  cl_date_time_rows_setup (self->day_row, self->start_row, self->end_row);
  cl_name_picker_add (self->add_interviewer_row,
                      cl_contact_store_get_contacts (cl_context_get_contact_store (context)),
                      "name", _ ("Choose a Contact"));

  self->kind_apply = add_apply (self, cl_instant_apply_new_for_value (
                                        GTK_WIDGET (self->kind_row), "selected", _ ("The kind"),
                                        save_kind_cb, self, NULL));
  self->title_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->title_row),
                                                                      _ ("The title"),
                                                                      save_title_cb, self, NULL));
  self->day_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->day_row),
                                                                    _ ("The day"), save_day_cb,
                                                                    self, NULL));
  self->start_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->start_row),
                                                                      _ ("The start"),
                                                                      save_start_cb, self, NULL));
  self->end_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->end_row),
                                                                    _ ("The end"), save_end_cb,
                                                                    self, NULL));
  self->status_apply = add_apply (self, cl_instant_apply_new_for_value (
                                          GTK_WIDGET (self->status_row), "selected",
                                          _ ("The status"), save_status_cb, self, NULL));
  self->notes_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->notes_view),
                                                                      _ ("The prep notes"),
                                                                      save_notes_cb, self, NULL));
  cl_instant_apply_set_message_label (self->notes_apply, self->notes_message);

  cl_round_editor_show (self, round, interviewer_ids);
  return self;
}

void
cl_round_editor_add_to (ClRoundEditor  *self,
                        AdwExpanderRow *row)
{
  g_return_if_fail (CL_IS_ROUND_EDITOR (self));
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
cl_round_editor_get_applies (ClRoundEditor *self)
{
  g_return_val_if_fail (CL_IS_ROUND_EDITOR (self), NULL);

  return self->applies;
}

GtkWidget *
cl_round_editor_get_first_field (ClRoundEditor *self)
{
  g_return_val_if_fail (CL_IS_ROUND_EDITOR (self), NULL);

  return GTK_WIDGET (self->kind_row);
}

gboolean
cl_round_editor_holds (ClRoundEditor *self,
                       GtkWidget     *widget)
{
  g_return_val_if_fail (CL_IS_ROUND_EDITOR (self), FALSE);

  for (guint i = 0; widget != NULL && i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (widget == row || gtk_widget_is_ancestor (widget, row))
        return TRUE;
    }
  return FALSE;
}
