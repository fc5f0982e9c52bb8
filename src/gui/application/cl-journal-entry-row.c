/* cl-journal-entry-row.c — one journal entry, edited in place
 *
 * As with rounds, the row keeps the entry as last read and shows its heading
 * from it; its fields (a ClJournalEntryEditor) are made the first time it
 * is expanded.  Each field saves an edited copy, the store says
 * ::entries-changed and the section gives the row its newer entry, which
 * the row passes on to its editor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-journal-entry-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cl-a11y.h"
#include "cl-application-section.h"
#include "cl-date-row.h"
#include "cl-date-time-row.h"
#include "cl-journal-entry-editor.h"
#include "cl-journal-entry-row.h"
#include "cl-toast.h"
#include "cl-transient.h"
#include "cl-validation.h"

/* How much of an entry its heading and a new objective's title quote. */
#define HEADING_MAX_CHARS 80

struct _ClJournalEntryRow
{
  AdwExpanderRow        parent_instance;

  ClContext            *context;
  ClJournalEntry       *entry;
  GStrv                 round_labels; /* the choices of round, "No round" first */
  GArray               *round_ids;    /* gint64: what each choice stands for */
  GPtrArray            *applies;      /* the editor's, once it is made */
  ClJournalEntryEditor *editor;       /* NULL until first expanded */
};

enum
{
  DELETE_REQUESTED,
  EDITOR_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ClJournalEntryRow, cl_journal_entry_row, ADW_TYPE_EXPANDER_ROW)

/* Shared with the section ------------------------------------------------- */

gboolean
cl_journal_parse_written_at (const char  *day_text,
                             const char  *time_text,
                             const char  *day_field,
                             const char  *time_field,
                             gint64      *out_written_at,
                             const char **out_field,
                             GError     **error)
{
  const char *day_fields[] = { day_field, NULL };
  const char *time_fields[] = { time_field, NULL };
  gint64      day = 0;
  int         minutes = -1;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) when = NULL;

  if (!cl_date_parse (day_text, day_field, &day, error))
    {
      if (out_field != NULL)
        *out_field = day_field;
      return FALSE;
    }
  if (day == 0)
    {
      g_propagate_error (error, cl_validation_error_new (CL_VALIDATION_ERROR_REQUIRED, day_fields,
                                                         _ ("Write the day, such as "
                                                            "2026-03-14.")));
      if (out_field != NULL)
        *out_field = day_field;
      return FALSE;
    }
  if (!cl_time_parse (time_text, time_field, &minutes, error) || minutes < 0)
    {
      if (minutes < 0 && error != NULL && *error == NULL)
        g_propagate_error (error,
                           cl_validation_error_new (CL_VALIDATION_ERROR_REQUIRED, time_fields,
                                                    _ ("Write the time, such as 14:30.")));
      if (out_field != NULL)
        *out_field = time_field;
      return FALSE;
    }

  midnight = g_date_time_new_from_unix_local (day);
  when = g_date_time_new_local (g_date_time_get_year (midnight), g_date_time_get_month (midnight),
                                g_date_time_get_day_of_month (midnight), minutes / 60,
                                minutes % 60, 0);
  *out_written_at = g_date_time_to_unix (when);
  return TRUE;
}

ClPrepDomain
cl_journal_domain_for_round (ClRoundKind kind)
{
  switch (kind)
    {
    case CL_ROUND_KIND_CODING:
    case CL_ROUND_KIND_TAKE_HOME: return CL_PREP_DOMAIN_CODING;
    case CL_ROUND_KIND_ML_SYSTEM_DESIGN: return CL_PREP_DOMAIN_ML_SYSTEM_DESIGN;
    case CL_ROUND_KIND_ML_FUNDAMENTALS: return CL_PREP_DOMAIN_ML_FUNDAMENTALS;
    case CL_ROUND_KIND_BEHAVIORAL:
    case CL_ROUND_KIND_HIRING_MANAGER: return CL_PREP_DOMAIN_BEHAVIORAL;
    case CL_ROUND_KIND_PRESENTATION:
    case CL_ROUND_KIND_RECRUITER:
    case CL_ROUND_KIND_OTHER:
    default: return CL_PREP_DOMAIN_INTERVIEW_TIPS;
    }
}

/* The first line of @body, cut short. */
static char *
first_line (const char *body)
{
  g_autofree char *line = NULL;
  const char      *end = body != NULL ? strchr (body, '\n') : NULL;

  if (body == NULL)
    return g_strdup ("");
  line = g_strstrip (end != NULL ? g_strndup (body, (gsize) (end - body)) : g_strdup (body));
  if (g_utf8_strlen (line, -1) <= HEADING_MAX_CHARS && end == NULL)
    return g_steal_pointer (&line);

  {
    g_autofree char *cut = g_utf8_substring (line, 0,
                                             MIN (g_utf8_strlen (line, -1), HEADING_MAX_CHARS));
    /* Translators: a quoted value cut short. */
    return g_strdup_printf (_ ("%s…"), cut);
  }
}

/* Showing ------------------------------------------------------------------ */

static ClObjective *
find_objective (ClJournalEntryRow *self)
{
  gint64 id = cl_journal_entry_get_objective_id (self->entry);

  return id != 0 ? cl_prep_store_find_objective (cl_context_get_prep_store (self->context), id)
                 : NULL;
}

guint
cl_journal_round_choice (GArray *round_ids,
                         gint64  round_id)
{
  for (guint i = 0; round_ids != NULL && i < round_ids->len; i++)
    if (g_array_index (round_ids, gint64, i) == round_id)
      return i;
  return 0;
}

/* What the objective made of the entry is called, or NULL. */
static char *
describe_objective (ClJournalEntryRow *self)
{
  ClObjective *objective = find_objective (self);

  if (objective == NULL)
    return NULL;
  /* Translators: the objective made from a journal entry, and its domain. */
  return g_strdup_printf (_ ("%s (%s)"), cl_objective_get_title (objective),
                          cl_prep_domain_get_label (cl_objective_get_domain (objective)));
}

static void
show_entry (ClJournalEntryRow *self)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (
    cl_journal_entry_get_written_at (self->entry));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *heading = first_line (cl_journal_entry_get_body (self->entry));
  g_autofree char *subtitle = NULL;
  g_autofree char *link = describe_objective (self);
  guint            choice = cl_journal_round_choice (self->round_ids,
                                                     cl_journal_entry_get_round_id (self->entry));

  g_ptr_array_add (parts, g_strdup (cl_journal_kind_get_label (
                            cl_journal_entry_get_kind (self->entry))));
  /* Translators: when a journal entry was written, see g_date_time_format(). */
  g_ptr_array_add (parts, g_strstrip (g_date_time_format (when, _ ("%a %e %b %Y, %H:%M"))));
  if (choice != 0 && self->round_labels != NULL)
    g_ptr_array_add (parts, g_strdup (self->round_labels[choice]));
  g_ptr_array_add (parts, NULL);
  /* Translators: separates the facts about a journal entry: "Feedback · Tue 3 Nov 2026". */
  subtitle = g_strjoinv (_ (" · "), (char **) parts->pdata);

  if (link != NULL)
    {
      g_autofree char *with_link = NULL;

      /* Translators: the line under a journal entry linked to an objective. */
      with_link = g_strdup_printf (_ ("%s\nLearning objective: %s"), subtitle, link);
      g_free (subtitle);
      subtitle = g_steal_pointer (&with_link);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), heading);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  cl_a11y_name_expander_row (ADW_EXPANDER_ROW (self), heading);
  if (self->editor != NULL)
    cl_journal_entry_editor_show (self->editor, self->entry, link);
}

/* Making an objective ------------------------------------------------------ */

typedef struct
{
  ClJournalEntryRow *row; /* weak */
  ClContext         *context;
  ClJournalEntry    *entry;
  AdwComboRow       *domain_row;
  AdwEntryRow       *title_row;
} ObjectiveDialog;

static void
objective_dialog_free (gpointer data)
{
  ObjectiveDialog *dialog = data;

  g_clear_weak_pointer (&dialog->row);
  g_clear_object (&dialog->context);
  g_clear_object (&dialog->entry);
  g_free (dialog);
}

static void
show_toast_for (GtkWidget *widget,
                AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
objective_response_cb (AdwMessageDialog *message_dialog,
                       const char       *response,
                       ObjectiveDialog  *dialog)
{
  g_autoptr(ClObjective) objective = NULL;
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "make"))
    {
      objective = cl_objective_new (adw_combo_row_get_selected (dialog->domain_row),
                                    gtk_editable_get_text (GTK_EDITABLE (dialog->title_row)));
      if (!cl_journal_store_make_objective (cl_context_get_journal_store (dialog->context),
                                            dialog->entry, objective, &error) &&
          dialog->row != NULL)
        show_toast_for (GTK_WIDGET (dialog->row), cl_toast_new (error->message));
    }
  cl_transient_destroy_soon (GTK_WINDOW (message_dialog));
}

static void
objective_title_changed_cb (AdwEntryRow      *title_row,
                            AdwMessageDialog *message_dialog)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (
    GTK_EDITABLE (title_row))));

  adw_message_dialog_set_response_enabled (message_dialog, "make", *title != '\0');
}

static ClRoundKind
entry_round_kind (ClJournalEntryRow *self)
{
  gint64 round_id = cl_journal_entry_get_round_id (self->entry);
  g_autoptr(GListModel) rounds = NULL;

  if (round_id == 0)
    return CL_ROUND_KIND_OTHER;
  rounds = cl_round_store_list_for_application (cl_context_get_round_store (self->context),
                                                cl_journal_entry_get_application_id (self->entry),
                                                NULL);
  for (guint i = 0; rounds != NULL && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(ClRound) round = g_list_model_get_item (rounds, i);

      if (cl_round_get_id (round) == round_id)
        return cl_round_get_kind (round);
    }
  return CL_ROUND_KIND_OTHER;
}

static void
make_objective_cb (ClJournalEntryRow *self)
{
  GtkRoot         *root = gtk_widget_get_root (GTK_WIDGET (self));
  ObjectiveDialog *dialog = g_new0 (ObjectiveDialog, 1);
  g_autoptr(GtkStringList) domains = gtk_string_list_new (NULL);
  g_autofree char *title = first_line (cl_journal_entry_get_body (self->entry));
  GtkWidget       *message_dialog, *list;

  g_set_weak_pointer (&dialog->row, self);
  dialog->context = g_object_ref (self->context);
  dialog->entry = g_object_ref (self->entry);

  for (int i = CL_PREP_DOMAIN_CODING; i <= CL_PREP_DOMAIN_INTERVIEW_TIPS; i++)
    gtk_string_list_append (domains, cl_prep_domain_get_label ((ClPrepDomain) i));
  dialog->domain_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dialog->domain_row), _ ("Prep Plan domain"));
  adw_combo_row_set_model (dialog->domain_row, G_LIST_MODEL (domains));
  adw_combo_row_set_selected (dialog->domain_row,
                              cl_journal_domain_for_round (entry_round_kind (self)));
  dialog->title_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dialog->title_row), _ ("Objective"));
  gtk_editable_set_text (GTK_EDITABLE (dialog->title_row), title);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (dialog->domain_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (dialog->title_row));
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("New learning objective"), -1);

  message_dialog = adw_message_dialog_new (NULL, _ ("Make a Learning Objective"),
                                           _ ("It goes into the Prep Plan, linked to this "
                                              "application, and this entry shows it."));
  cl_transient_set_parent (GTK_WINDOW (message_dialog),
                           GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_set_modal (GTK_WINDOW (message_dialog), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (message_dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (message_dialog), "cancel", _ ("_Cancel"),
                                    "make", _ ("_Make Objective"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (message_dialog), "make",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (message_dialog), "make");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message_dialog), "cancel");
  g_signal_connect_object (dialog->title_row, "changed", G_CALLBACK (objective_title_changed_cb),
                           message_dialog, 0);
  objective_title_changed_cb (dialog->title_row, ADW_MESSAGE_DIALOG (message_dialog));
  g_signal_connect_data (message_dialog, "response", G_CALLBACK (objective_response_cb), dialog,
                         (GClosureNotify) (void (*) (void)) objective_dialog_free, 0);
  cl_application_section_name_fields (list);
  cl_a11y_fix_mnemonics_below (message_dialog);
  gtk_window_present (GTK_WINDOW (message_dialog));
}

/* The editor --------------------------------------------------------------- */

static void
editor_delete_requested_cb (ClJournalEntryRow *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

static void
ensure_editor (ClJournalEntryRow *self)
{
  g_autofree char *link = NULL;
  GPtrArray       *applies;

  if (self->editor != NULL || self->entry == NULL)
    return;

  link = describe_objective (self);
  self->editor = cl_journal_entry_editor_new (self->context, self->entry, link,
                                              (const char *const *) self->round_labels,
                                              self->round_ids);
  g_signal_connect_object (self->editor, "delete-requested",
                           G_CALLBACK (editor_delete_requested_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "make-objective-requested",
                           G_CALLBACK (make_objective_cb), self, G_CONNECT_SWAPPED);
  cl_journal_entry_editor_add_to (self->editor, ADW_EXPANDER_ROW (self));

  applies = cl_journal_entry_editor_get_applies (self->editor);
  for (guint i = 0; i < applies->len; i++)
    g_ptr_array_add (self->applies, g_object_ref (g_ptr_array_index (applies, i)));
  g_signal_emit (self, signals[EDITOR_ADDED], 0);
}

static void
expanded_cb (ClJournalEntryRow *self)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    ensure_editor (self);
}

/* The object --------------------------------------------------------------- */

static void
cl_journal_entry_row_dispose (GObject *object)
{
  ClJournalEntryRow *self = CL_JOURNAL_ENTRY_ROW (object);

  g_clear_object (&self->editor);
  g_clear_pointer (&self->applies, g_ptr_array_unref);
  g_clear_pointer (&self->round_ids, g_array_unref);
  g_clear_pointer (&self->round_labels, g_strfreev);
  g_clear_object (&self->entry);
  g_clear_object (&self->context);

  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_JOURNAL_ENTRY_ROW);

  G_OBJECT_CLASS (cl_journal_entry_row_parent_class)->dispose (object);
}

static void
cl_journal_entry_row_class_init (ClJournalEntryRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_journal_entry_row_dispose;

  /**
   * ClJournalEntryRow::delete-requested:
   *
   * The user asked to delete the entry.
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                            0);
  /**
   * ClJournalEntryRow::editor-added:
   *
   * The row was expanded for the first time and now has its fields:
   * cl_journal_entry_row_get_applies() holds their helpers.
   */
  signals[EDITOR_ADDED] = g_signal_new ("editor-added", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/CareerLens/gui/application/"
                                               "cl-journal-entry-row.ui");
}

static void
cl_journal_entry_row_init (ClJournalEntryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->applies = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
}

ClJournalEntryRow *
cl_journal_entry_row_new (ClContext      *context,
                          ClJournalEntry *entry)
{
  ClJournalEntryRow *self;
  const char        *no_round[] = { _ ("No round"), NULL };
  g_autoptr(GArray) no_ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY (entry), NULL);

  self = g_object_new (CL_TYPE_JOURNAL_ENTRY_ROW, NULL);
  self->context = g_object_ref (context);
  self->entry = g_object_ref (entry);

  g_array_set_size (no_ids, 1);
  cl_journal_entry_row_set_rounds (self, no_round, no_ids);
  return self;
}

ClJournalEntry *
cl_journal_entry_row_get_entry (ClJournalEntryRow *self)
{
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY_ROW (self), NULL);

  return self->entry;
}

void
cl_journal_entry_row_set_entry (ClJournalEntryRow *self,
                                ClJournalEntry    *entry)
{
  g_return_if_fail (CL_IS_JOURNAL_ENTRY_ROW (self));
  g_return_if_fail (CL_IS_JOURNAL_ENTRY (entry));

  g_set_object (&self->entry, entry);
  show_entry (self);
}

void
cl_journal_entry_row_set_rounds (ClJournalEntryRow *self,
                                 const char *const *labels,
                                 GArray            *ids)
{
  g_return_if_fail (CL_IS_JOURNAL_ENTRY_ROW (self));
  g_return_if_fail (labels != NULL && ids != NULL && ids->len == g_strv_length ((GStrv) labels));

  if ((const char *const *) self->round_labels != labels)
    {
      g_clear_pointer (&self->round_labels, g_strfreev);
      self->round_labels = g_strdupv ((GStrv) labels);
    }
  if (self->round_ids != ids)
    {
      g_clear_pointer (&self->round_ids, g_array_unref);
      self->round_ids = g_array_ref (ids);
    }

  if (self->editor != NULL)
    cl_journal_entry_editor_set_rounds (self->editor, labels, ids);
  show_entry (self);
}

GPtrArray *
cl_journal_entry_row_get_applies (ClJournalEntryRow *self)
{
  g_return_val_if_fail (CL_IS_JOURNAL_ENTRY_ROW (self), NULL);

  return self->applies;
}
