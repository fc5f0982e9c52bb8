/* cl-interaction-dialog.c — logs, or edits, one time the user and a contact were in touch
 *
 * The keyboard starts on the summary (the day and time say now, for a new
 * one): Enter in any text field saves, Escape cancels.  The day and time
 * are read as typed, and what is wrong with them shows right below the
 * field; an empty summary is said below it when saving.  Nothing is saved
 * until every field reads, and then in one store call.  The application
 * it was about is chosen among the board's, or none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-interaction-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-date-row.h"
#include "cl-date-time-row.h"
#include "cl-dialog-focus.h"
#include "cl-interaction-dialog.h"
#include "cl-message-row.h"
#include "cl-row-error.h"
#include "cl-transient.h"

#define N_CHANNELS (CL_INTERACTION_CHANNEL_OTHER + 1)
#define PROBLEM_ROW "cl-interaction-problem-row"

struct _ClInteractionDialog
{
  AdwMessageDialog parent_instance;

  ClContext       *context;
  ClContact       *contact;
  ClInteraction   *interaction;     /* the one edited; NULL for a new one */
  GArray          *application_ids; /* gint64, in the order of application_row's choices */
  gboolean         summary_checked; /* say an empty summary as it is typed, once saving tried */

  GtkBox          *content;
  AdwEntryRow     *day_row;
  AdwEntryRow     *time_row;
  AdwComboRow     *channel_row;
  AdwEntryRow     *summary_row;
  AdwComboRow     *application_row;
  GtkLabel        *error_label;
};

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ClInteractionDialog, cl_interaction_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Problems ----------------------------------------------------------------- */

/* Says @message right below @field, in a row of the list made the first
 * time, and marks the field for screen readers; NULL clears it. */
static void
show_problem (GtkWidget  *field,
              const char *message)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (field), PROBLEM_ROW);
  GtkLabel  *label;

  cl_row_error_mark (field, message);
  if (row == NULL && message == NULL)
    return;
  if (row == NULL)
    {
      label = cl_message_row_add_below (GTK_LIST_BOX_ROW (field), &row);
      /* The list owns the row; both go together. */
      g_object_set_data (G_OBJECT (field), PROBLEM_ROW, row);
    }
  else
    label = GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (row, message != NULL);
}

static gboolean
has_problem (AdwEntryRow *row)
{
  GtkWidget *problem = g_object_get_data (G_OBJECT (row), PROBLEM_ROW);

  return problem != NULL && gtk_widget_get_visible (problem);
}

/* Reading ------------------------------------------------------------------ */

static gboolean
read_when (ClInteractionDialog *self,
           gint64              *out_when)
{
  g_autoptr(GError) error = NULL;
  const char *field = NULL;
  gint64      when = 0;
  guint       duration = 0;

  if (!cl_date_time_parse (text_of (self->day_row), text_of (self->time_row), "", "day", "time",
                           "end", &when, &duration, &field, &error))
    {
      gboolean about_time = g_strcmp0 (field, "time") == 0;

      show_problem (GTK_WIDGET (self->day_row), about_time ? NULL : error->message);
      show_problem (GTK_WIDGET (self->time_row), about_time ? error->message : NULL);
      return FALSE;
    }
  show_problem (GTK_WIDGET (self->time_row), NULL);
  if (when == 0)
    {
      show_problem (GTK_WIDGET (self->day_row), _ ("Choose the day you were in touch."));
      return FALSE;
    }
  show_problem (GTK_WIDGET (self->day_row), NULL);
  *out_when = when;
  return TRUE;
}

static gboolean
read_summary (ClInteractionDialog *self)
{
  g_autofree char *summary = g_strstrip (g_strdup (text_of (self->summary_row)));

  if (*summary == '\0')
    {
      show_problem (GTK_WIDGET (self->summary_row),
                    _ ("Say what it was about: a few words are enough."));
      return FALSE;
    }
  show_problem (GTK_WIDGET (self->summary_row), NULL);
  return TRUE;
}

static void
when_changed_cb (ClInteractionDialog *self)
{
  gint64 when;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  read_when (self, &when);
}

static void
summary_changed_cb (ClInteractionDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (self->summary_checked)
    read_summary (self);
}

static void
field_activated_cb (ClInteractionDialog *self)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "save");
}

/* Focus -------------------------------------------------------------------- */

/* The first field said to be wrong, or else the summary. */
static GtkWidget *
pick_field (GtkWidget *dialog)
{
  ClInteractionDialog *self = CL_INTERACTION_DIALOG (dialog);

  if (has_problem (self->day_row))
    return GTK_WIDGET (self->day_row);
  if (has_problem (self->time_row))
    return GTK_WIDGET (self->time_row);
  return GTK_WIDGET (self->summary_row);
}

/* The dialog's first focus, before the summary takes it, selects the day:
 * a field left with its text selected looks chosen for replacing. */
static gboolean
deselect_idle_cb (gpointer data)
{
  ClInteractionDialog *self = data;
  GtkWindow           *window = GTK_WINDOW (self);
  AdwEntryRow         *rows[] = { self->day_row, self->time_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *focus = gtk_window_get_focus (window);

      if (rows[i] != NULL &&
          (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (rows[i]))))
        gtk_editable_select_region (GTK_EDITABLE (rows[i]), 0, 0);
    }
  return G_SOURCE_REMOVE;
}

static void
map_cb (ClInteractionDialog *self)
{
  g_idle_add_full (G_PRIORITY_LOW, deselect_idle_cb, g_object_ref (self), g_object_unref);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save (ClInteractionDialog *self,
      GError             **error)
{
  g_autoptr(ClInteraction) interaction = NULL;
  ClContactStore      *store = cl_context_get_contact_store (self->context);
  ClInteractionChannel channel;
  gint64               when = 0;
  gint64               application_id = 0;
  guint                chosen;
  gboolean             readable;

  self->summary_checked = TRUE;
  readable = read_when (self, &when);
  readable = read_summary (self) && readable;
  if (!readable)
    {
      g_set_error_literal (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_FORMAT,
                           _ ("Correct the fields marked above to save the interaction."));
      return FALSE;
    }

  channel = (ClInteractionChannel) adw_combo_row_get_selected (self->channel_row);
  if (channel >= N_CHANNELS)
    channel = CL_INTERACTION_CHANNEL_OTHER;
  chosen = adw_combo_row_get_selected (self->application_row);
  if (chosen < self->application_ids->len)
    application_id = g_array_index (self->application_ids, gint64, chosen);

  if (self->interaction != NULL)
    {
      interaction = cl_interaction_copy (self->interaction);
      g_object_set (interaction, "occurred-at", when, "channel", channel, "summary",
                    text_of (self->summary_row), NULL);
    }
  else
    interaction = cl_interaction_new (cl_contact_get_id (self->contact), when, channel,
                                      text_of (self->summary_row));
  g_object_set (interaction, "application-id", application_id, NULL);

  if (!cl_model_validate (CL_MODEL (interaction), error))
    return FALSE;
  if (self->interaction != NULL ? !cl_contact_store_update_interaction (store, interaction, error)
                                : !cl_contact_store_add_interaction (store, interaction, error))
    return FALSE;

  g_signal_emit (self, signals[SAVED], 0, interaction);
  return TRUE;
}

/* AdwMessageDialog closes itself before ::response.  The dialog hides on
 * close, so a refused interaction can show it again with what was typed. */
static void
cl_interaction_dialog_response (AdwMessageDialog *dialog,
                                const char       *response)
{
  ClInteractionDialog *self = CL_INTERACTION_DIALOG (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") == 0 && !save (self, &error))
    {
      /* What a field says below it is not said twice. */
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label),
                              !g_error_matches (error, CL_VALIDATION_ERROR,
                                                CL_VALIDATION_ERROR_FORMAT));
      gtk_window_present (GTK_WINDOW (self));
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        cl_dialog_focus_row (pick_field (GTK_WIDGET (self)));
      return;
    }

  cl_transient_destroy_soon (GTK_WINDOW (self));
}

/* Choices ------------------------------------------------------------------ */

static char *
application_label (ClApplication *application)
{
  /* Translators: an application in a list, "Deep Lattice — ML Engineer". */
  return g_strdup_printf (_ ("%s — %s"), cl_application_get_company_name (application),
                          cl_application_get_role (application));
}

static int
compare_applications (gconstpointer a,
                      gconstpointer b)
{
  ClApplication *x = *(ClApplication **) a;
  ClApplication *y = *(ClApplication **) b;
  int            result = g_utf8_collate (cl_application_get_company_name (x),
                                          cl_application_get_company_name (y));

  if (result != 0)
    return result;
  return g_utf8_collate (cl_application_get_role (x), cl_application_get_role (y));
}

/* "None", then the board's applications by company and role; the one the
 * interaction was about stays a choice even when it left the board. */
static void
fill_applications (ClInteractionDialog *self,
                   gint64               current_id)
{
  GListModel *all = cl_pipeline_store_get_applications (
    cl_context_get_pipeline_store (self->context));
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 none = 0;
  guint  selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (all, i));
  g_ptr_array_sort (sorted, compare_applications);

  /* Translators: an interaction about no application in particular. */
  gtk_string_list_append (names, C_ ("application", "None"));
  g_array_append_val (self->application_ids, none);
  for (guint i = 0; i < sorted->len; i++)
    {
      ClApplication   *application = g_ptr_array_index (sorted, i);
      g_autofree char *label = application_label (application);
      gint64           id = cl_application_get_id (application);

      if (id == current_id)
        selected = self->application_ids->len;
      gtk_string_list_append (names, label);
      g_array_append_val (self->application_ids, id);
    }
  if (current_id != 0 && selected == 0)
    {
      /* Translators: the application an interaction was about, no longer on the board. */
      gtk_string_list_append (names, _ ("An application no longer on the board"));
      selected = self->application_ids->len;
      g_array_append_val (self->application_ids, current_id);
    }
  adw_combo_row_set_model (self->application_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->application_row, selected);
}

static void
fill_channels (ClInteractionDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (int i = 0; i < N_CHANNELS; i++)
    gtk_string_list_append (labels, cl_interaction_channel_get_label (i));
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (labels));
}

/* Screen readers hear an entry row's text box by the row's title. */
static void
name_field (AdwEntryRow *row)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row)));

  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
}

/* The object --------------------------------------------------------------- */

static void
cl_interaction_dialog_dispose (GObject *object)
{
  ClInteractionDialog *self = CL_INTERACTION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_INTERACTION_DIALOG);
  g_clear_pointer (&self->application_ids, g_array_unref);
  g_clear_object (&self->interaction);
  g_clear_object (&self->contact);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_interaction_dialog_parent_class)->dispose (object);
}

static void
cl_interaction_dialog_class_init (ClInteractionDialogClass *klass)
{
  GObjectClass          *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass        *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cl_interaction_dialog_dispose;
  dialog_class->response = cl_interaction_dialog_response;

  /**
   * ClInteractionDialog::saved:
   * @interaction: the interaction as saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, CL_TYPE_INTERACTION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/contacts/cl-interaction-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ClInteractionDialog, content);
  gtk_widget_class_bind_template_child (widget_class, ClInteractionDialog, day_row);
  gtk_widget_class_bind_template_child (widget_class, ClInteractionDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, ClInteractionDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, ClInteractionDialog, summary_row);
  gtk_widget_class_bind_template_child (widget_class, ClInteractionDialog, application_row);
  gtk_widget_class_bind_template_child (widget_class, ClInteractionDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, when_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, summary_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_activated_cb);
}

static void
cl_interaction_dialog_init (ClInteractionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cl_dialog_focus_on_map (GTK_WIDGET (self), GTK_WIDGET (self->content), pick_field);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);

  self->application_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  fill_channels (self);
  cl_date_row_add_calendar (self->day_row);
  name_field (self->day_row);
  name_field (self->time_row);
  name_field (self->summary_row);
  /* "Cancel" and "Log Interaction", not "_Cancel Cancel". */
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
}

ClInteractionDialog *
cl_interaction_dialog_new (GtkWindow     *parent,
                           ClContext     *context,
                           ClContact     *contact,
                           ClInteraction *interaction)
{
  ClInteractionDialog *self;
  g_autofree char     *day = NULL;
  g_autofree char     *time = NULL;
  g_autofree char     *end = NULL;
  gint64               when;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_CONTACT (contact), NULL);
  g_return_val_if_fail (interaction == NULL || CL_IS_INTERACTION (interaction), NULL);

  self = g_object_new (CL_TYPE_INTERACTION_DIALOG, "hide-on-close", TRUE, NULL);
  /* Destroyed a moment after its response: never after its window. */
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->context = g_object_ref (context);
  self->contact = g_object_ref (contact);
  if (interaction != NULL)
    self->interaction = g_object_ref (interaction);

  if (interaction != NULL)
    {
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _ ("Edit Interaction"));
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _ ("_Save"));
      cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
      when = cl_interaction_get_occurred_at (interaction);
      gtk_editable_set_text (GTK_EDITABLE (self->summary_row),
                             cl_interaction_get_summary (interaction) != NULL
                               ? cl_interaction_get_summary (interaction)
                               : "");
      adw_combo_row_set_selected (self->channel_row, cl_interaction_get_channel (interaction));
    }
  else
    {
      when = cl_clock_now (cl_context_get_clock (context));
      adw_combo_row_set_selected (self->channel_row, CL_INTERACTION_CHANNEL_EMAIL);
    }
  /* Translators: the body of the interaction dialog, "With Ada Lovelace". */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self), _ ("With %s"),
                                  cl_contact_get_name (contact));
  cl_date_time_format (when, 0, &day, &time, &end);
  gtk_editable_set_text (GTK_EDITABLE (self->day_row), day);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  fill_applications (self, interaction != NULL ? cl_interaction_get_application_id (interaction)
                                               : 0);
  return self;
}
