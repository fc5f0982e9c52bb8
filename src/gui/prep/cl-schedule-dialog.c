/* cl-schedule-dialog.c — plan a domain's objectives back from an interview
 *
 * The rounds offered are each application's next dated round still to
 * come.  The objectives offered are the domain's planned and in-progress
 * ones, in the domain's order, all chosen; each shows the day it would be
 * due, computed by cl_prep_plan_schedule() as the choice changes.  Saving
 * is one store call; the days stay the user's to change afterwards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-schedule-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-object-picker.h"
#include "cl-objective-row.h"
#include "cl-pipeline-store.h"
#include "cl-prep-plan.h"
#include "cl-prep-store.h"
#include "cl-round-store.h"
#include "cl-schedule-dialog.h"
#include "cl-transient.h"

struct _ClScheduleDialog
{
  AdwMessageDialog parent_instance;

  ClContext       *context;
  ClPrepDomain     domain;
  char            *today;
  GPtrArray       *rounds;     /* ClRound, the combo's choices */
  GPtrArray       *objectives; /* ClObjective, the checks' */
  GPtrArray       *checks;     /* GtkCheckButton */
  GPtrArray       *rows;       /* AdwActionRow */

  AdwComboRow     *round_row;
  GtkSwitch       *hours_switch;
  GtkLabel        *message;
};

G_DEFINE_FINAL_TYPE (ClScheduleDialog, cl_schedule_dialog, ADW_TYPE_MESSAGE_DIALOG)

static ClRound *
chosen_round (ClScheduleDialog *self)
{
  guint index = adw_combo_row_get_selected (self->round_row);

  return index < self->rounds->len ? g_ptr_array_index (self->rounds, index) : NULL;
}

/* The objectives checked, in order, and their weights. */
static GPtrArray *
chosen_objectives (ClScheduleDialog *self,
                   GArray           *weights)
{
  GPtrArray *chosen = g_ptr_array_new ();

  for (guint i = 0; i < self->objectives->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        ClObjective *objective = g_ptr_array_index (self->objectives, i);
        double       weight = cl_objective_get_hours_planned (objective);

        g_ptr_array_add (chosen, objective);
        if (weights != NULL)
          g_array_append_val (weights, weight);
      }
  return chosen;
}

static char *
round_date (ClRound *round)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_unix_local (cl_round_get_scheduled_at (round));

  return g_date_time_format (at, "%F");
}

/* The dates for the objectives chosen, or NULL with @error saying why not. */
static GStrv
propose (ClScheduleDialog *self,
         GPtrArray       **out_chosen,
         GError          **error)
{
  g_autoptr(GArray) weights = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) chosen = chosen_objectives (self, weights);
  ClRound         *round = chosen_round (self);
  g_autofree char *date = NULL;
  GStrv            dates;

  if (round == NULL)
    {
      g_set_error_literal (error, CL_PREP_PLAN_ERROR, CL_PREP_PLAN_ERROR_INVALID,
                           _ ("No interview is coming up: give a round a day on its "
                              "application's page, then plan back from it."));
      return NULL;
    }
  if (chosen->len == 0)
    {
      g_set_error_literal (error, CL_PREP_PLAN_ERROR, CL_PREP_PLAN_ERROR_INVALID,
                           _ ("Choose at least one objective to plan."));
      return NULL;
    }
  date = round_date (round);
  dates = cl_prep_plan_schedule (self->today, date,
                                 gtk_switch_get_active (self->hours_switch)
                                   ? (const double *) weights->data
                                   : NULL,
                                 chosen->len, error);
  if (dates != NULL && out_chosen != NULL)
    *out_chosen = g_steal_pointer (&chosen);
  return dates;
}

static void
update (ClScheduleDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  g_auto(GStrv) dates = propose (self, &chosen, &error);
  guint next = 0;

  for (guint i = 0; i < self->objectives->len; i++)
    {
      ClObjective     *objective = g_ptr_array_index (self->objectives, i);
      AdwActionRow    *row = g_ptr_array_index (self->rows, i);
      g_autofree char *subtitle = NULL;

      if (dates != NULL && next < chosen->len && g_ptr_array_index (chosen, next) == objective)
        {
          g_autofree char *day = cl_objective_row_format_day (dates[next++], self->today);

          /* Translators: the day an objective would be due. */
          subtitle = g_strdup_printf (_ ("Due %s"), day);
        }
      else
        subtitle = g_strdup (_ ("Not planned"));
      adw_action_row_set_subtitle (row, subtitle);
    }
  gtk_label_set_text (self->message, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), error != NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "schedule", dates != NULL);
}

char *
cl_schedule_dialog_get_preview (ClScheduleDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  g_auto(GStrv) dates = NULL;
  GString *text;

  g_return_val_if_fail (CL_IS_SCHEDULE_DIALOG (self), NULL);

  dates = propose (self, &chosen, &error);
  if (dates == NULL)
    return g_strdup (error->message);
  text = g_string_new (NULL);
  for (guint i = 0; i < chosen->len; i++)
    g_string_append_printf (text, "%s%s: %s", i > 0 ? "\n" : "",
                            cl_objective_get_title (g_ptr_array_index (chosen, i)), dates[i]);
  return g_string_free (text, FALSE);
}

/* AdwMessageDialog closes itself before ::response: a refusal shows it
 * again with its message. */
static void
cl_schedule_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  ClScheduleDialog *self = CL_SCHEDULE_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) chosen = NULL;
  ClRound *round = chosen_round (self);

  if (g_strcmp0 (response, "schedule") == 0 && round != NULL)
    {
      chosen = chosen_objectives (self, NULL);
      if (!cl_prep_store_plan_for_round (cl_context_get_prep_store (self->context), round,
                                         (ClObjective **) chosen->pdata, chosen->len,
                                         gtk_switch_get_active (self->hours_switch), &error))
        {
          gtk_label_set_text (self->message, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
          gtk_window_present (GTK_WINDOW (self));
          return;
        }
    }
  cl_transient_destroy_soon (GTK_WINDOW (self));
}

static void
cl_schedule_dialog_finalize (GObject *object)
{
  ClScheduleDialog *self = CL_SCHEDULE_DIALOG (object);

  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  g_clear_pointer (&self->objectives, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_schedule_dialog_parent_class)->finalize (object);
}

static void
cl_schedule_dialog_class_init (ClScheduleDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cl_schedule_dialog_finalize;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = cl_schedule_dialog_response;
}

static void
cl_schedule_dialog_init (ClScheduleDialog *self)
{
  self->rounds = g_ptr_array_new_with_free_func (g_object_unref);
  self->objectives = g_ptr_array_new_with_free_func (g_object_unref);
  self->checks = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();
}

static int
compare_rounds (gconstpointer a,
                gconstpointer b)
{
  gint64 x = cl_round_get_scheduled_at (*(ClRound **) a);
  gint64 y = cl_round_get_scheduled_at (*(ClRound **) b);

  return (x > y) - (x < y);
}

/* Each application's next dated round after now. */
static void
fill_rounds (ClScheduleDialog *self,
             GtkStringList    *labels)
{
  ClPipelineStore *pipeline = cl_context_get_pipeline_store (self->context);
  ClRoundStore    *round_store = cl_context_get_round_store (self->context);
  GListModel      *applications = cl_pipeline_store_get_applications (pipeline);
  gint64           now = cl_clock_now (cl_context_get_clock (self->context));
  g_autoptr(GHashTable) names = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
    {
      g_autoptr(ClApplication) application = g_list_model_get_item (applications, i);
      g_autoptr(GListModel) rounds = NULL;

      if (cl_application_get_next_kind (application) != CL_NEXT_KIND_ROUND ||
          cl_application_get_next_at (application) <= now)
        continue;
      rounds = cl_round_store_list_for_application (round_store,
                                                    cl_application_get_id (application), NULL);
      for (guint r = 0; rounds != NULL && r < g_list_model_get_n_items (rounds); r++)
        {
          g_autoptr(ClRound) round = g_list_model_get_item (rounds, r);

          if (cl_round_get_scheduled_at (round) == cl_application_get_next_at (application))
            {
              g_hash_table_insert (names, round,
                                   cl_object_picker_describe_application (application));
              g_ptr_array_add (self->rounds, g_object_ref (round));
              break;
            }
        }
    }
  g_ptr_array_sort (self->rounds, compare_rounds);
  for (guint i = 0; i < self->rounds->len; i++)
    {
      ClRound *round = g_ptr_array_index (self->rounds, i);
      g_autoptr(GDateTime) at = g_date_time_new_from_unix_local (cl_round_get_scheduled_at (round));
      /* Translators: a round's day and time, see g_date_time_format(). */
      g_autofree char *when = g_date_time_format (at, C_ ("round day", "%a %-d %b, %H:%M"));
      const char      *title = cl_round_get_title (round);
      g_autofree char *label = NULL;

      if (title == NULL || *title == '\0')
        title = cl_round_kind_get_label (cl_round_get_kind (round));
      /* Translators: a round to plan back from: "Acme — ML Engineer: Coding, Mon 14 Dec, 10:00". */
      label = g_strdup_printf (_ ("%s: %s, %s"), (char *) g_hash_table_lookup (names, round),
                               title, when);
      gtk_string_list_append (labels, label);
    }
}

static GtkWidget *
objective_row (ClScheduleDialog *self,
               ClObjective      *objective)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget    *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cl_objective_get_title (objective));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cl_objective_get_title (objective), -1);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (update), self);
  adw_action_row_add_prefix (row, check);
  adw_action_row_set_activatable_widget (row, check);
  g_ptr_array_add (self->objectives, g_object_ref (objective));
  g_ptr_array_add (self->checks, check);
  g_ptr_array_add (self->rows, row);
  return GTK_WIDGET (row);
}

ClScheduleDialog *
cl_schedule_dialog_new (GtkWindow   *parent,
                        ClContext   *context,
                        ClPrepDomain domain)
{
  ClScheduleDialog *self;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = NULL;
  GtkWidget  *box, *group, *list, *hours_row;
  GListModel *objectives;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);

  self = g_object_new (CL_TYPE_SCHEDULE_DIALOG, "hide-on-close", TRUE, "heading",
                       _ ("Plan Back From an Interview"), NULL);
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->context = g_object_ref (context);
  self->domain = domain;
  now = cl_clock_now_local (cl_context_get_clock (context));
  self->today = g_date_time_format (now, "%F");
  /* Translators: the body of the dialog; %s is a domain of the prep plan. */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                  _ ("Spread the open objectives of %s over the days before "
                                     "the interview, keeping the day before it free. You can "
                                     "change each day afterwards."),
                                  cl_prep_domain_get_label (domain));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  group = adw_preferences_group_new ();
  self->round_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->round_row), _ ("Interview"));
  /* The round's long name reads in full under the title. */
  adw_combo_row_set_use_subtitle (self->round_row, TRUE);
  fill_rounds (self, labels);
  adw_combo_row_set_model (self->round_row, G_LIST_MODEL (labels));
  g_signal_connect_swapped (self->round_row, "notify::selected", G_CALLBACK (update), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->round_row));
  hours_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (hours_row), _ ("Give more days to more "
                                                                     "hours planned"));
  self->hours_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->hours_switch), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->hours_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Give more days to more hours planned"), -1);
  g_signal_connect_swapped (self->hours_switch, "notify::active", G_CALLBACK (update), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (hours_row), GTK_WIDGET (self->hours_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (hours_row),
                                         GTK_WIDGET (self->hours_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), hours_row);
  gtk_box_append (GTK_BOX (box), group);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Objectives to plan"), -1);
  objectives = cl_prep_store_get_objectives (cl_context_get_prep_store (context), domain);
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(ClObjective) objective = g_list_model_get_item (objectives, i);
      ClObjectiveStatus status = cl_objective_get_status (objective);

      if (status == CL_OBJECTIVE_STATUS_PLANNED || status == CL_OBJECTIVE_STATUS_IN_PROGRESS)
        gtk_list_box_append (GTK_LIST_BOX (list), objective_row (self, objective));
    }
  if (self->objectives->len == 0)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         gtk_label_new (_ ("No open objectives in this domain.")));
  {
    GtkWidget *scroller = gtk_scrolled_window_new ();

    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                    GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
    gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 280);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
    gtk_box_append (GTK_BOX (box), scroller);
  }
  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->message));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self), "cancel", _ ("_Cancel"),
                                    "schedule", _ ("_Plan"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "schedule",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "schedule");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  update (self);
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  return self;
}
