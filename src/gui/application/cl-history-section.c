/* cl-history-section.c — the stages an application went through, read-only
 *
 * Read again when the application's stage or update time changes: every
 * move, from the board or the page, appends a step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-history-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-history-section.h"

struct _ClHistorySection
{
  ClSectionBase parent_instance;

  gint64        shown_id; /* what the list shows: application, stage, time */
  gint64        shown_stage_id;
  gint64        shown_updated_at;

  GtkListBox   *steps_list;
};

G_DEFINE_FINAL_TYPE (ClHistorySection, cl_history_section, CL_TYPE_SECTION_BASE)

static const char *
stage_name (ClPipelineStore *store,
            gint64           stage_id)
{
  ClStage *stage = cl_stage_store_find (cl_pipeline_store_get_stage_store (store), stage_id);

  return stage != NULL ? cl_stage_get_name (stage) : _ ("A stage since removed");
}

static GtkWidget *
step_row_new (ClPipelineStore     *store,
              const ClHistoryStep *step)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (step->moved_at);
  /* Translators: when a move was made, see g_date_time_format(). */
  g_autofree char *date = g_date_time_format (when, _ ("%a %-d %b %Y, %H:%M"));
  g_autofree char *title = NULL;

  if (step->from_stage_id == 0)
    /* Translators: the first step of an application's history. */
    title = g_strdup_printf (_ ("Added to %s"), stage_name (store, step->to_stage_id));
  else
    /* Translators: a move, "Applied → Recruiter screen". */
    title = g_strdup_printf (_ ("%s → %s"), stage_name (store, step->from_stage_id),
                             stage_name (store, step->to_stage_id));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
clear (ClHistorySection *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    gtk_list_box_remove (self->steps_list, child);
}

static void
cl_history_section_show (ClSectionBase *base)
{
  ClHistorySection *self = CL_HISTORY_SECTION (base);
  ClApplication    *application = cl_section_base_get_application (base);
  ClPipelineStore  *store = cl_section_base_get_pipeline_store (base);
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GError) error = NULL;

  if (self->shown_id == cl_application_get_id (application) &&
      self->shown_stage_id == cl_application_get_stage_id (application) &&
      self->shown_updated_at == cl_application_get_updated_at (application))
    return;
  self->shown_id = cl_application_get_id (application);
  self->shown_stage_id = cl_application_get_stage_id (application);
  self->shown_updated_at = cl_application_get_updated_at (application);

  clear (self);
  steps = cl_pipeline_store_get_history (store, self->shown_id, &error);
  if (steps == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _ ("The history could not be read"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error->message);
      gtk_list_box_append (self->steps_list, row);
      return;
    }

  for (guint i = 0; i < steps->len; i++)
    gtk_list_box_append (self->steps_list,
                         step_row_new (store, &g_array_index (steps, ClHistoryStep, i)));
}

static void
cl_history_section_bind (ClSectionBase *base)
{
  ClHistorySection *self = CL_HISTORY_SECTION (base);

  self->shown_id = 0;
  if (cl_section_base_get_application (base) == NULL)
    clear (self);
}

static void
cl_history_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_HISTORY_SECTION);

  G_OBJECT_CLASS (cl_history_section_parent_class)->dispose (object);
}

static void
cl_history_section_class_init (ClHistorySectionClass *klass)
{
  GObjectClass       *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass     *widget_class = GTK_WIDGET_CLASS (klass);
  ClSectionBaseClass *base_class = CL_SECTION_BASE_CLASS (klass);

  object_class->dispose = cl_history_section_dispose;
  base_class->bind = cl_history_section_bind;
  base_class->show = cl_history_section_show;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/application/cl-history-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ClHistorySection, steps_list);
}

static void
cl_history_section_init (ClHistorySection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Screen readers name the section as its heading does. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("History"), -1);
}

GtkWidget *
cl_history_section_new (void)
{
  return g_object_new (CL_TYPE_HISTORY_SECTION, NULL);
}
