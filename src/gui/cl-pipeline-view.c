/* cl-pipeline-view.c — the board: one column per stage
 *
 * The columns follow the store's stage model; each column is a list view
 * over the store's model of that stage, so the board costs what is visible.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-pipeline-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-pipeline-view.h"
#include "cl-stage-column.h"

struct _ClPipelineView
{
  GtkWidget        parent_instance;

  ClContext       *context;
  ClPipelineStore *store;

  GtkStack        *stack;
  GtkBox          *columns_box;
};

G_DEFINE_FINAL_TYPE (ClPipelineView, cl_pipeline_view, GTK_TYPE_WIDGET)

static void
update_empty_state (ClPipelineView *self)
{
  guint n = self->store != NULL
    ? g_list_model_get_n_items (cl_pipeline_store_get_applications (self->store))
    : 0;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "board" : "empty");
}

static void
applications_changed_cb (ClPipelineView *self)
{
  update_empty_state (self);
}

static void
rebuild_columns (ClPipelineView *self)
{
  GListModel *stages = cl_pipeline_store_get_stages (self->store);
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box))) != NULL)
    gtk_box_remove (self->columns_box, child);

  n = g_list_model_get_n_items (stages);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);
      GListModel *applications =
        cl_pipeline_store_get_stage_applications (self->store, cl_stage_get_id (stage));

      gtk_box_append (self->columns_box, GTK_WIDGET (cl_stage_column_new (stage, applications)));
    }
}

static void
stages_changed_cb (ClPipelineView *self)
{
  rebuild_columns (self);
}

void
cl_pipeline_view_set_context (ClPipelineView *self,
                              ClContext      *context)
{
  g_return_if_fail (CL_IS_PIPELINE_VIEW (self));
  g_return_if_fail (CL_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  self->store = g_object_ref (cl_context_get_pipeline_store (context));

  g_signal_connect_object (cl_pipeline_store_get_stages (self->store), "items-changed",
                           G_CALLBACK (stages_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cl_pipeline_store_get_applications (self->store), "items-changed",
                           G_CALLBACK (applications_changed_cb), self, G_CONNECT_SWAPPED);

  rebuild_columns (self);
  update_empty_state (self);
}

void
cl_pipeline_view_reveal_application (ClPipelineView *self,
                                     ClApplication  *application)
{
  g_return_if_fail (CL_IS_PIPELINE_VIEW (self));

  update_empty_state (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      ClStageColumn *column = CL_STAGE_COLUMN (child);

      if (cl_stage_get_id (cl_stage_column_get_stage (column)) == cl_application_get_stage_id (application))
        {
          cl_stage_column_focus_application (column, application);
          break;
        }
    }
}

static void
cl_pipeline_view_dispose (GObject *object)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_PIPELINE_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_pipeline_view_parent_class)->dispose (object);
}

static void
cl_pipeline_view_class_init (ClPipelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_pipeline_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/cl-pipeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, stack);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, columns_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pipelineview");
}

static void
cl_pipeline_view_init (ClPipelineView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
