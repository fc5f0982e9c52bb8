/* cl-objective-row.c — an objective in its domain's list
 *
 * The check marks it done (or planned again) in one step; activating the
 * row opens the editor (the page's business, through ::activated).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-objective-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-objective-row.h"

struct _ClObjectiveRow
{
  AdwActionRow    parent_instance;

  ClObjective    *objective;
  char           *today;
  GtkCheckButton *done_check;
  gulong          toggled_id;
};

G_DEFINE_FINAL_TYPE (ClObjectiveRow, cl_objective_row, ADW_TYPE_ACTION_ROW)

enum
{
  DONE_TOGGLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

char *
cl_objective_row_format_day (const char *iso,
                             const char *today)
{
  int year, month, day;
  g_autoptr(GDateTime) date = NULL;

  if (sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3 ||
      (date = g_date_time_new_local (year, month, day, 0, 0, 0)) == NULL)
    return g_strdup (iso);
  if (today != NULL && strncmp (iso, today, 4) == 0)
    /* Translators: a day of this year, see g_date_time_format(). */
    return g_date_time_format (date, C_ ("objective day", "%-d %b"));
  /* Translators: a day of another year, see g_date_time_format(). */
  return g_date_time_format (date, C_ ("objective day", "%-d %b %Y"));
}

char *
cl_objective_row_describe (ClObjective *objective,
                           const char  *today)
{
  g_autoptr(GString) text = g_string_new (
    cl_objective_status_get_label (cl_objective_get_status (objective)));
  const char *target = cl_objective_get_target_date (objective);
  double      planned = cl_objective_get_hours_planned (objective);
  double      spent = cl_objective_get_hours_spent (objective);
  gboolean    open;

  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), NULL);

  open = cl_objective_get_status (objective) == CL_OBJECTIVE_STATUS_PLANNED ||
         cl_objective_get_status (objective) == CL_OBJECTIVE_STATUS_IN_PROGRESS;
  if (target != NULL)
    {
      g_autofree char *day = cl_objective_row_format_day (target, today);

      g_string_append (text, " · ");
      if (open && today != NULL && strcmp (target, today) < 0)
        /* Translators: an objective whose target day has passed. */
        g_string_append_printf (text, _ ("overdue since %s"), day);
      else
        /* Translators: an objective's target day. */
        g_string_append_printf (text, _ ("due %s"), day);
    }
  if (planned > 0 || spent > 0)
    {
      g_string_append (text, " · ");
      if (planned > 0)
        /* Translators: hours spent of hours planned, "1.5 of 6 h". */
        g_string_append_printf (text, _ ("%g of %g h"), spent, planned);
      else
        /* Translators: hours spent on an objective without a plan. */
        g_string_append_printf (text, _ ("%g h spent"), spent);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show (ClObjectiveRow *self)
{
  g_autofree char *subtitle = cl_objective_row_describe (self->objective, self->today);
  g_autofree char *check_name = NULL;
  const char      *title = cl_objective_get_title (self->objective);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  g_signal_handler_block (self->done_check, self->toggled_id);
  gtk_check_button_set_active (self->done_check,
                               cl_objective_get_status (self->objective) ==
                                 CL_OBJECTIVE_STATUS_DONE);
  g_signal_handler_unblock (self->done_check, self->toggled_id);
  /* Translators: the check that marks an objective done. */
  check_name = g_strdup_printf (_ ("“%s” done"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->done_check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, check_name, -1);
  /* GTK 4.8 names an action row by its title already: a label too would
   * be said twice. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  subtitle, -1);
}

static void
toggled_cb (ClObjectiveRow *self)
{
  g_signal_emit (self, signals[DONE_TOGGLED], 0, gtk_check_button_get_active (self->done_check));
}

static void
cl_objective_row_finalize (GObject *object)
{
  ClObjectiveRow *self = CL_OBJECTIVE_ROW (object);

  g_clear_object (&self->objective);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (cl_objective_row_parent_class)->finalize (object);
}

static void
cl_objective_row_class_init (ClObjectiveRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cl_objective_row_finalize;

  /**
   * ClObjectiveRow::done-toggled:
   * @done: whether the check is now on
   *
   * The user checked or unchecked the objective's check.
   */
  signals[DONE_TOGGLED] = g_signal_new ("done-toggled", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                        G_TYPE_BOOLEAN);
}

static void
cl_objective_row_init (ClObjectiveRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  self->done_check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->done_check), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->done_check), _ ("Done"));
  self->toggled_id = g_signal_connect_swapped (self->done_check, "toggled",
                                               G_CALLBACK (toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), GTK_WIDGET (self->done_check));
  {
    GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

    /* Only a picture of "opens": the row is what a screen reader meets. */
    gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
    adw_action_row_add_suffix (ADW_ACTION_ROW (self), arrow);
  }
}

GtkWidget *
cl_objective_row_new (ClObjective *objective,
                      const char  *today)
{
  ClObjectiveRow *self;

  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), NULL);

  self = g_object_new (CL_TYPE_OBJECTIVE_ROW, NULL);
  self->objective = g_object_ref (objective);
  self->today = g_strdup (today);
  g_signal_connect_object (objective, "notify", G_CALLBACK (show), self, G_CONNECT_SWAPPED);
  show (self);
  return GTK_WIDGET (self);
}

ClObjective *
cl_objective_row_get_objective (ClObjectiveRow *self)
{
  g_return_val_if_fail (CL_IS_OBJECTIVE_ROW (self), NULL);

  return self->objective;
}
