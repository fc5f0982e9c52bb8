/* cl-objective-editor.c — a window to edit one learning objective
 *
 * The fields are saved one by one as the user is done with them, as on the
 * application page: each edits a copy of the shared objective and hands it
 * to ClPrepStore.  Deleting is the owner's to do (it shows the toast with
 * Undo where the objective was listed): the editor asks with
 * ::delete-requested.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-objective-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cl-a11y.h"
#include "cl-application-section.h"
#include "cl-date-row.h"
#include "cl-instant-apply.h"
#include "cl-object-picker.h"
#include "cl-objective-editor.h"
#include "cl-pipeline-store.h"
#include "cl-placeholder.h"
#include "cl-prep-store.h"
#include "cl-round-store.h"
#include "cl-toast.h"
#include "cl-transient.h"
#include "cl-validation.h"

struct _ClObjectiveEditor
{
  AdwWindow            parent_instance;

  ClContext           *context;
  ClObjective         *objective;
  GSignalGroup        *objective_signals;
  GPtrArray           *applies;

  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkBox              *groups_box;
  AdwEntryRow         *title_row;
  AdwComboRow         *domain_row;
  AdwComboRow         *status_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *planned_row;
  AdwEntryRow         *spent_row;
  GtkTextView         *notes_view;
  GtkLabel            *notes_error;
  AdwPreferencesGroup *links_group;
  GtkListBox          *links_list;
  GtkWidget           *add_application;
  GtkWidget           *add_round;
  GListStore          *linkable_rounds; /* ClRound, of the applications linked */
  GArray              *application_ids;
  GArray              *round_ids;
  GSignalGroup        *database_signals;

  ClInstantApply      *title_apply;
  ClInstantApply      *domain_apply;
  ClInstantApply      *status_apply;
  ClInstantApply      *date_apply;
  ClInstantApply      *planned_apply;
  ClInstantApply      *spent_apply;
  ClInstantApply      *notes_apply;
};

G_DEFINE_FINAL_TYPE (ClObjectiveEditor, cl_objective_editor, ADW_TYPE_WINDOW)

enum
{
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Saving ------------------------------------------------------------------- */

static gboolean
save_copy (ClObjectiveEditor *self,
           ClObjective       *copy,
           const char        *field,
           GError           **error)
{
  if (!cl_model_validate_field (CL_MODEL (copy), field, error))
    return FALSE;
  return cl_prep_store_update_objective (cl_context_get_prep_store (self->context), copy, error);
}

static gboolean
save_string (ClObjectiveEditor *self,
             const char        *property,
             const char        *text,
             GError           **error)
{
  g_autoptr(ClObjective) copy = cl_objective_copy (self->objective);

  g_object_set (copy, property, text, NULL);
  return save_copy (self, copy, property, error);
}

/* The title is checked as it is typed: an empty one says so at once. */
static gboolean
check_title_cb (const char *text,
                gpointer    data,
                GError    **error)
{
  ClObjectiveEditor *self = data;
  g_autoptr(ClObjective) copy = cl_objective_copy (self->objective);
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_object_set (copy, "title", stripped, NULL);
  return cl_model_validate_field (CL_MODEL (copy), "title", error);
}

static gboolean
save_title_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  return check_title_cb (text, data, error) && save_string (data, "title", text, error);
}

static gboolean
save_notes_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  return save_string (data, "notes", text, error);
}

static gboolean
save_domain_cb (guint    value,
                gpointer data,
                GError **error)
{
  ClObjectiveEditor *self = data;
  g_autoptr(ClObjective) copy = cl_objective_copy (self->objective);

  g_object_set (copy, "domain", (ClPrepDomain) value, NULL);
  return save_copy (self, copy, "domain", error);
}

static gboolean
save_status_cb (guint    value,
                gpointer data,
                GError **error)
{
  ClObjectiveEditor *self = data;
  g_autoptr(ClObjective) copy = cl_objective_copy (self->objective);

  g_object_set (copy, "status", (ClObjectiveStatus) value, NULL);
  return save_copy (self, copy, "status", error);
}

static char *
today_of (ClObjectiveEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (
    cl_clock_now (cl_context_get_clock (self->context)));

  return g_date_time_format (now, "%Y-%m-%d");
}

/* A day already gone is refused when it is typed, not when it passes: an
 * objective kept after its day is still the user's to finish. */
static gboolean
check_date_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  static const char *fields[] = { "target-date", NULL };
  ClObjectiveEditor *self = data;
  g_autoptr(ClObjective) copy = cl_objective_copy (self->objective);
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *today = NULL;
  const char      *saved = cl_objective_get_target_date (self->objective);

  g_object_set (copy, "target-date", stripped, NULL);
  if (!cl_model_validate_field (CL_MODEL (copy), "target-date", error))
    return FALSE;
  today = today_of (self);
  if (*stripped != '\0' && g_strcmp0 (stripped, saved) != 0 && strcmp (stripped, today) < 0)
    {
      g_propagate_error (error,
                         cl_validation_error_new (CL_VALIDATION_ERROR_OUT_OF_RANGE, fields,
                                                  _ ("That day has passed. Choose today or a "
                                                     "later day as the target, or leave it "
                                                     "empty.")));
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_date_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  return check_date_cb (text, data, error) && save_string (data, "target-date", text, error);
}

/* Hours as typed: "2", "2.5" or "2,5"; empty is none. */
static gboolean
parse_hours (const char *text,
             double     *out_hours,
             const char *field,
             GError    **error)
{
  const char      *fields[] = { field, NULL };
  g_autofree char *number = g_strstrip (g_strdup (text != NULL ? text : ""));
  char            *end = NULL;

  g_strdelimit (number, ",", '.');
  if (*number == '\0')
    {
      *out_hours = 0;
      return TRUE;
    }
  *out_hours = g_ascii_strtod (number, &end);
  if (end == number || *end != '\0' || !isfinite (*out_hours))
    {
      g_propagate_error (error, cl_validation_error_new (CL_VALIDATION_ERROR_FORMAT, fields,
                                                         _ ("Write the hours as a number, such "
                                                            "as 2 or 1.5.")));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_hours (ClObjectiveEditor *self,
             const char        *field,
             const char        *text,
             ClObjective      **out_copy,
             GError           **error)
{
  g_autoptr(ClObjective) copy = cl_objective_copy (self->objective);
  double hours;

  if (!parse_hours (text, &hours, field, error))
    return FALSE;
  g_object_set (copy, field, hours, NULL);
  if (!cl_model_validate_field (CL_MODEL (copy), field, error))
    return FALSE;
  if (out_copy != NULL)
    *out_copy = g_steal_pointer (&copy);
  return TRUE;
}

static gboolean
check_planned_cb (const char *text,
                  gpointer    data,
                  GError    **error)
{
  return check_hours (data, "hours-planned", text, NULL, error);
}

static gboolean
check_spent_cb (const char *text,
                gpointer    data,
                GError    **error)
{
  return check_hours (data, "hours-spent", text, NULL, error);
}

static gboolean
save_hours (ClObjectiveEditor *self,
            const char        *field,
            const char        *text,
            GError           **error)
{
  g_autoptr(ClObjective) copy = NULL;

  return check_hours (self, field, text, &copy, error) && save_copy (self, copy, field, error);
}

static gboolean
save_planned_cb (const char *text,
                 gpointer    data,
                 GError    **error)
{
  return save_hours (data, "hours-planned", text, error);
}

static gboolean
save_spent_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  return save_hours (data, "hours-spent", text, error);
}

/* What it prepares for ------------------------------------------------------ */

static void show_links (ClObjectiveEditor *self);

static void
show_error (ClObjectiveEditor *self,
            const GError      *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, cl_toast_new (error->message));
}

static gboolean
contains (GArray *ids,
          gint64  id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* Saves @applications and @rounds as the links, all at once. */
static void
save_links (ClObjectiveEditor *self,
            GArray            *applications,
            GArray            *rounds)
{
  g_autoptr(GError) error = NULL;

  if (!cl_prep_store_set_links (cl_context_get_prep_store (self->context), self->objective,
                                (const gint64 *) applications->data, applications->len,
                                (const gint64 *) rounds->data, rounds->len, &error))
    show_error (self, error);
  show_links (self);
}

static GArray *
copy_ids (GArray *ids)
{
  GArray *copy = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (ids != NULL)
    g_array_append_vals (copy, ids->data, ids->len);
  return copy;
}

static void
remove_id (GArray *ids,
           gint64  id)
{
  for (guint i = ids->len; i > 0; i--)
    if (g_array_index (ids, gint64, i - 1) == id)
      g_array_remove_index (ids, i - 1);
}

static void
remove_link_cb (GtkButton         *button,
                ClObjectiveEditor *self)
{
  g_autoptr(GArray) applications = copy_ids (self->application_ids);
  g_autoptr(GArray) rounds = copy_ids (self->round_ids);
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "cl-id");

  if (g_object_get_data (G_OBJECT (button), "cl-round") != NULL)
    remove_id (rounds, id);
  else
    {
      /* The application's rounds go with it. */
      GListModel *linked = G_LIST_MODEL (self->linkable_rounds);

      remove_id (applications, id);
      for (guint i = 0; i < g_list_model_get_n_items (linked); i++)
        {
          g_autoptr(ClRound) round = g_list_model_get_item (linked, i);

          if (cl_round_get_application_id (round) == id)
            remove_id (rounds, cl_round_get_id (round));
        }
    }
  save_links (self, applications, rounds);
  gtk_widget_grab_focus (GTK_WIDGET (self->links_list));
}

static char *
describe_round (ClRound *round)
{
  const char      *title = cl_round_get_title (round);
  const char      *kind = cl_round_kind_get_label (cl_round_get_kind (round));
  g_autofree char *day = NULL;

  if (cl_round_get_scheduled_at (round) != 0)
    {
      g_autoptr(GDateTime) at = g_date_time_new_from_unix_local (cl_round_get_scheduled_at (round));

      /* Translators: a round's day, see g_date_time_format(). */
      day = g_date_time_format (at, C_ ("round day", "%-d %b %Y"));
    }
  if (title == NULL || *title == '\0')
    title = kind;
  if (day != NULL)
    /* Translators: an interview round and its day, "Coding · 14 Mar 2026". */
    return g_strdup_printf (_ ("%s · %s"), title, day);
  return g_strdup (title);
}

static void
add_link_row (ClObjectiveEditor *self,
              const char        *title,
              const char        *subtitle,
              gint64             id,
              gboolean           is_round)
{
  AdwActionRow    *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget       *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *name = NULL;
  gint64          *stored = g_new (gint64, 1);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (row, subtitle);
  /* Translators: the button that takes an application or round off an objective. */
  name = g_strdup_printf (_ ("Remove “%s”"), title);
  gtk_widget_set_tooltip_text (remove, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  *stored = id;
  g_object_set_data_full (G_OBJECT (remove), "cl-id", stored, g_free);
  if (is_round)
    g_object_set_data (G_OBJECT (remove), "cl-round", GINT_TO_POINTER (1));
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_link_cb), self);
  adw_action_row_add_suffix (row, remove);
  gtk_list_box_append (self->links_list, GTK_WIDGET (row));
}

static void
show_links (ClObjectiveEditor *self)
{
  ClPipelineStore *pipeline = cl_context_get_pipeline_store (self->context);
  ClPrepStore     *store = cl_context_get_prep_store (self->context);
  ClRoundStore    *rounds = cl_context_get_round_store (self->context);
  GtkWidget       *child;
  gint64           id = cl_objective_get_id (self->objective);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->links_list))) != NULL &&
         GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->links_list, child);
  g_clear_pointer (&self->application_ids, g_array_unref);
  g_clear_pointer (&self->round_ids, g_array_unref);
  self->application_ids = cl_prep_store_get_application_ids (store, id, NULL);
  self->round_ids = cl_prep_store_get_round_ids (store, id, NULL);
  g_list_store_remove_all (self->linkable_rounds);

  for (guint i = 0; self->application_ids != NULL && i < self->application_ids->len; i++)
    {
      gint64         app_id = g_array_index (self->application_ids, gint64, i);
      ClApplication *application = cl_pipeline_store_find_application (pipeline, app_id);
      g_autoptr(GListModel) app_rounds = NULL;
      g_autofree char *label = NULL;

      if (application == NULL)
        continue;
      label = cl_object_picker_describe_application (application);
      add_link_row (self, label, NULL, app_id, FALSE);
      app_rounds = cl_round_store_list_for_application (rounds, app_id, NULL);
      for (guint r = 0; app_rounds != NULL && r < g_list_model_get_n_items (app_rounds); r++)
        {
          g_autoptr(ClRound) round = g_list_model_get_item (app_rounds, r);
          g_autofree char *what = NULL;

          if (contains (self->round_ids, cl_round_get_id (round)))
            {
              what = describe_round (round);
              add_link_row (self, what, label, cl_round_get_id (round), TRUE);
            }
          else
            g_list_store_append (self->linkable_rounds, round);
        }
    }
}

static void
application_picked_cb (gpointer item,
                       gpointer data)
{
  ClObjectiveEditor *self = data;
  g_autoptr(GArray) applications = copy_ids (self->application_ids);
  g_autoptr(GArray) rounds = copy_ids (self->round_ids);
  gint64 id = cl_application_get_id (item);

  g_array_append_val (applications, id);
  save_links (self, applications, rounds);
}

static void
round_picked_cb (gpointer item,
                 gpointer data)
{
  ClObjectiveEditor *self = data;
  g_autoptr(GArray) applications = copy_ids (self->application_ids);
  g_autoptr(GArray) rounds = copy_ids (self->round_ids);
  gint64 id = cl_round_get_id (item);

  g_array_append_val (rounds, id);
  save_links (self, applications, rounds);
}

static gboolean
not_linked_cb (gpointer item,
               gpointer data)
{
  ClObjectiveEditor *self = data;

  return !contains (self->application_ids, cl_application_get_id (item));
}

static char *
round_label_cb (ClRound *round)
{
  return round != NULL ? describe_round (round) : NULL;
}

static void
database_changed_cb (ClObjectiveEditor *self,
                     ClChangeSet       *change_set)
{
  if (cl_change_set_is_external (change_set) ||
      cl_change_set_has_table (change_set, CL_TABLE_OBJECTIVES) ||
      cl_change_set_has_table (change_set, CL_TABLE_APPLICATIONS) ||
      cl_change_set_has_table (change_set, CL_TABLE_INTERVIEW_ROUNDS))
    show_links (self);
}

/* Showing ------------------------------------------------------------------ */

static char *
format_hours (double hours)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (hours <= 0)
    return NULL;
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", hours));
}

static void
show_objective (ClObjectiveEditor *self)
{
  ClObjective     *objective = self->objective;
  g_autofree char *planned = format_hours (cl_objective_get_hours_planned (objective));
  g_autofree char *spent = format_hours (cl_objective_get_hours_spent (objective));

  adw_window_title_set_subtitle (self->window_title, cl_objective_get_title (objective));
  cl_instant_apply_show (self->title_apply, cl_objective_get_title (objective));
  cl_instant_apply_show_value (self->domain_apply, cl_objective_get_domain (objective));
  cl_instant_apply_show_value (self->status_apply, cl_objective_get_status (objective));
  cl_instant_apply_show (self->date_apply, cl_objective_get_target_date (objective));
  cl_instant_apply_show (self->planned_apply, planned);
  cl_instant_apply_show (self->spent_apply, spent);
  cl_instant_apply_show (self->notes_apply, cl_objective_get_notes (objective));
}

/* Actions ------------------------------------------------------------------ */

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ClObjectiveEditor *self = CL_OBJECTIVE_EDITOR (widget);

  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

static gboolean
cl_objective_editor_close_request (GtkWindow *window)
{
  cl_objective_editor_flush (CL_OBJECTIVE_EDITOR (window));
  return GTK_WINDOW_CLASS (cl_objective_editor_parent_class)->close_request (window);
}

/* GObject ------------------------------------------------------------------ */

static void
cl_objective_editor_dispose (GObject *object)
{
  ClObjectiveEditor *self = CL_OBJECTIVE_EDITOR (object);

  if (self->objective_signals != NULL)
    g_signal_group_set_target (self->objective_signals, NULL);
  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  g_clear_pointer (&self->applies, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_OBJECTIVE_EDITOR);

  G_OBJECT_CLASS (cl_objective_editor_parent_class)->dispose (object);
}

static void
cl_objective_editor_finalize (GObject *object)
{
  ClObjectiveEditor *self = CL_OBJECTIVE_EDITOR (object);

  g_clear_object (&self->objective_signals);
  g_clear_object (&self->database_signals);
  g_clear_object (&self->linkable_rounds);
  g_clear_pointer (&self->application_ids, g_array_unref);
  g_clear_pointer (&self->round_ids, g_array_unref);
  g_clear_object (&self->objective);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_objective_editor_parent_class)->finalize (object);
}

static void
cl_objective_editor_class_init (ClObjectiveEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cl_objective_editor_dispose;
  object_class->finalize = cl_objective_editor_finalize;
  window_class->close_request = cl_objective_editor_close_request;

  /**
   * ClObjectiveEditor::delete-requested:
   *
   * The user chose Delete; the owner deletes the objective and closes the
   * editor.
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                            0);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/CareerLens/gui/prep/"
                                                             "cl-objective-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ClObjectiveEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ClObjectiveEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, ClObjectiveEditor, groups_box);
  gtk_widget_class_bind_template_child (widget_class, ClObjectiveEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, ClObjectiveEditor, domain_row);
  gtk_widget_class_bind_template_child (widget_class, ClObjectiveEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, ClObjectiveEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, ClObjectiveEditor, planned_row);
  gtk_widget_class_bind_template_child (widget_class, ClObjectiveEditor, spent_row);
  gtk_widget_class_bind_template_child (widget_class, ClObjectiveEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, ClObjectiveEditor, notes_error);
  gtk_widget_class_bind_template_child (widget_class, ClObjectiveEditor, links_group);
  gtk_widget_class_bind_template_child (widget_class, ClObjectiveEditor, links_list);

  gtk_widget_class_install_action (widget_class, "objective.delete", NULL, delete_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static ClInstantApply *
add_apply (ClObjectiveEditor *self,
           ClInstantApply    *apply)
{
  g_ptr_array_add (self->applies, apply);
  return apply;
}

static void
cl_objective_editor_init (ClObjectiveEditor *self)
{
  g_autoptr(GtkStringList) domains = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->applies = g_ptr_array_new_with_free_func (g_object_unref);
  self->objective_signals = g_signal_group_new (CL_TYPE_OBJECTIVE);
  g_signal_group_connect_object (self->objective_signals, "notify", G_CALLBACK (show_objective),
                                 self, G_CONNECT_SWAPPED);

  for (int i = CL_PREP_DOMAIN_CODING; i <= CL_PREP_DOMAIN_INTERVIEW_TIPS; i++)
    gtk_string_list_append (domains, cl_prep_domain_get_label ((ClPrepDomain) i));
  adw_combo_row_set_model (self->domain_row, G_LIST_MODEL (domains));
  for (int i = CL_OBJECTIVE_STATUS_PLANNED; i <= CL_OBJECTIVE_STATUS_DROPPED; i++)
    gtk_string_list_append (statuses, cl_objective_status_get_label ((ClObjectiveStatus) i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  cl_date_row_add_calendar (self->date_row);
  gtk_widget_remove_css_class (GTK_WIDGET (self->notes_view), "view");
  self->linkable_rounds = g_list_store_new (CL_TYPE_ROUND);
  self->database_signals = g_signal_group_new (CL_TYPE_DATABASE);
  g_signal_group_connect_object (self->database_signals, "changed",
                                 G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_set_placeholder (self->links_list,
                                cl_placeholder_new (_ ("Nothing yet: choose “Add Application…”, "
                                                       "then one of its rounds.")));
}

ClObjectiveEditor *
cl_objective_editor_new (GtkWindow   *parent,
                         ClContext   *context,
                         ClObjective *objective)
{
  ClObjectiveEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), NULL);

  self = g_object_new (CL_TYPE_OBJECTIVE_EDITOR, NULL);
  self->context = g_object_ref (context);
  self->objective = g_object_ref (objective);
  cl_transient_set_parent (GTK_WINDOW (self), parent);

  /* The helpers read the objective: they are made once it is there. */
  self->title_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->title_row),
                                                                      _ ("The objective"),
                                                                      save_title_cb, self, NULL));
  cl_instant_apply_set_check (self->title_apply, check_title_cb);
  self->domain_apply = add_apply (self, cl_instant_apply_new_for_value (
                                          GTK_WIDGET (self->domain_row), "selected",
                                          _ ("The domain"), save_domain_cb, self, NULL));
  self->status_apply = add_apply (self, cl_instant_apply_new_for_value (
                                          GTK_WIDGET (self->status_row), "selected",
                                          _ ("The status"), save_status_cb, self, NULL));
  self->date_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->date_row),
                                                                     _ ("The target date"),
                                                                     save_date_cb, self, NULL));
  cl_instant_apply_set_check (self->date_apply, check_date_cb);
  self->planned_apply = add_apply (self, cl_instant_apply_new_for_text (
                                           GTK_WIDGET (self->planned_row), _ ("The hours planned"),
                                           save_planned_cb, self, NULL));
  cl_instant_apply_set_check (self->planned_apply, check_planned_cb);
  self->spent_apply = add_apply (self, cl_instant_apply_new_for_text (
                                         GTK_WIDGET (self->spent_row), _ ("The hours spent"),
                                         save_spent_cb, self, NULL));
  cl_instant_apply_set_check (self->spent_apply, check_spent_cb);
  self->notes_apply = add_apply (self, cl_instant_apply_new_for_text (
                                         GTK_WIDGET (self->notes_view), _ ("The notes"),
                                         save_notes_cb, self, NULL));
  cl_instant_apply_set_message_label (self->notes_apply, self->notes_error);

  for (guint i = 0; i < self->applies->len; i++)
    cl_instant_apply_block (g_ptr_array_index (self->applies, i));
  show_objective (self);
  for (guint i = 0; i < self->applies->len; i++)
    cl_instant_apply_unblock (g_ptr_array_index (self->applies, i));
  g_signal_group_set_target (self->objective_signals, objective);

  {
    GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkFilter *not_linked = GTK_FILTER (gtk_custom_filter_new (not_linked_cb, self, NULL));

    self->add_application = cl_object_picker_new_for_applications (
      _ ("Add _Application…"),
      cl_pipeline_store_get_applications (cl_context_get_pipeline_store (context)), not_linked,
      application_picked_cb, self);
    g_object_unref (not_linked);
    self->add_round = cl_object_picker_new_for_expression (
      _ ("Add _Round…"), G_LIST_MODEL (self->linkable_rounds),
      gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (round_label_cb),
                                   NULL, NULL),
      NULL, round_picked_cb, self);
    gtk_widget_set_tooltip_text (self->add_round,
                                 _ ("An Interview Round of the Applications Chosen"));
    gtk_box_append (GTK_BOX (buttons), self->add_application);
    gtk_box_append (GTK_BOX (buttons), self->add_round);
    /* Below the list: beside the title they would squeeze its description. */
    gtk_widget_set_margin_top (buttons, 12);
    adw_preferences_group_add (self->links_group, buttons);
  }
  g_signal_group_set_target (self->database_signals, cl_context_get_database (context));
  show_links (self);

  cl_application_section_name_fields (GTK_WIDGET (self));
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  cl_a11y_watch_toasts (self->toast_overlay);
  return self;
}

ClObjective *
cl_objective_editor_get_objective (ClObjectiveEditor *self)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE_EDITOR (self), NULL);

  return self->objective;
}

void
cl_objective_editor_flush (ClObjectiveEditor *self)
{
  g_return_if_fail (CL_IS_OBJECTIVE_EDITOR (self));

  if (self->applies != NULL)
    cl_instant_apply_flush_all (self->applies);
}

void
cl_objective_editor_focus_title (ClObjectiveEditor *self)
{
  g_return_if_fail (CL_IS_OBJECTIVE_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, -1);
}
