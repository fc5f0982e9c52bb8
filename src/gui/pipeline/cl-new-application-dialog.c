/* cl-new-application-dialog.c — asks for company, role and stage, and saves
 *
 * The dialog stays open when saving fails, showing why, so nothing typed is
 * lost; it emits ::application-added once the application is stored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-new-application-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-new-application-dialog.h"

struct _ClNewApplicationDialog
{
  AdwMessageDialog  parent_instance;

  ClPipelineStore  *store;
  GtkFilterListModel *open_stages;

  AdwEntryRow      *company_row;
  AdwEntryRow      *role_row;
  AdwComboRow      *stage_row;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (ClNewApplicationDialog, cl_new_application_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  APPLICATION_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
has_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return *text != '\0';
}

static void
field_changed_cb (ClNewApplicationDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "create",
                                           has_text (self->company_row) && has_text (self->role_row));
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
company_activated_cb (ClNewApplicationDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->role_row));
}

static void
role_activated_cb (ClNewApplicationDialog *self)
{
  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), "create"))
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "create");
  else if (!has_text (self->company_row))
    gtk_widget_grab_focus (GTK_WIDGET (self->company_row));
}

static gboolean
save (ClNewApplicationDialog  *self,
      GError                 **error)
{
  g_autoptr(ClApplication) application = NULL;
  g_autoptr(ClStage) stage = adw_combo_row_get_selected_item (self->stage_row)
                             ? g_object_ref (adw_combo_row_get_selected_item (self->stage_row))
                             : NULL;

  application = cl_application_new (gtk_editable_get_text (GTK_EDITABLE (self->company_row)),
                                    gtk_editable_get_text (GTK_EDITABLE (self->role_row)));

  if (!cl_pipeline_store_add_application (self->store, application,
                                          stage != NULL ? cl_stage_get_id (stage) : 0,
                                          error))
    return FALSE;

  g_signal_emit (self, signals[APPLICATION_ADDED], 0, application);
  return TRUE;
}

static void
destroy_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  g_object_unref (data);
}

/* AdwMessageDialog closes itself before ::response.  The dialog hides on close,
 * so a failed save can show it again with the reason and what was typed; any
 * other outcome destroys it once the emission is over. */
static void
cl_new_application_dialog_response (AdwMessageDialog *dialog,
                                    const char       *response)
{
  ClNewApplicationDialog *self = CL_NEW_APPLICATION_DIALOG (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "create") == 0 && !save (self, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_window_present (GTK_WINDOW (self));
      return;
    }

  g_idle_add_once (destroy_cb, g_object_ref (self));
}

static void
cl_new_application_dialog_dispose (GObject *object)
{
  ClNewApplicationDialog *self = CL_NEW_APPLICATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_NEW_APPLICATION_DIALOG);
  g_clear_object (&self->open_stages);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cl_new_application_dialog_parent_class)->dispose (object);
}

static void
cl_new_application_dialog_class_init (ClNewApplicationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cl_new_application_dialog_dispose;
  dialog_class->response = cl_new_application_dialog_response;

  signals[APPLICATION_ADDED] =
    g_signal_new ("application-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CL_TYPE_APPLICATION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/gui/pipeline/cl-new-application-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ClNewApplicationDialog, company_row);
  gtk_widget_class_bind_template_child (widget_class, ClNewApplicationDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, ClNewApplicationDialog, stage_row);
  gtk_widget_class_bind_template_child (widget_class, ClNewApplicationDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, company_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, role_activated_cb);
}

static void
cl_new_application_dialog_init (ClNewApplicationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static gboolean
stage_is_open (gpointer item,
               gpointer user_data)
{
  return cl_stage_get_is_open (CL_STAGE (item));
}

ClNewApplicationDialog *
cl_new_application_dialog_new (GtkWindow       *parent,
                               ClPipelineStore *store)
{
  ClNewApplicationDialog *self;
  g_autoptr(GtkExpression) name = NULL;

  g_return_val_if_fail (CL_IS_PIPELINE_STORE (store), NULL);

  self = g_object_new (CL_TYPE_NEW_APPLICATION_DIALOG,
                       "transient-for", parent,
                       "hide-on-close", TRUE,
                       NULL);
  self->store = g_object_ref (store);

  /* New applications go to an open stage; Wishlist comes first. */
  self->open_stages =
    gtk_filter_list_model_new (g_object_ref (cl_pipeline_store_get_stages (store)),
                               GTK_FILTER (gtk_custom_filter_new (stage_is_open, NULL, NULL)));
  name = gtk_property_expression_new (CL_TYPE_STAGE, NULL, "name");
  adw_combo_row_set_expression (self->stage_row, name);
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (self->open_stages));

  gtk_widget_grab_focus (GTK_WIDGET (self->company_row));
  return self;
}
