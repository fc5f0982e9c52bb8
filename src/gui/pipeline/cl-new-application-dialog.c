/* cl-new-application-dialog.c — asks for company, role and stage, and saves
 *
 * The keyboard starts on Company.  While company or role is missing, a hint
 * below the fields (and the Create button's description) says what is; when
 * the store refuses, the dialog stays open with what was typed, the field at
 * fault marked and the reason below.  It emits ::application-added once the
 * application is stored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-new-application-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-dialog-focus.h"
#include "cl-new-application-dialog.h"
#include "cl-row-error.h"
#include "cl-transient.h"

struct _ClNewApplicationDialog
{
  AdwMessageDialog    parent_instance;

  ClPipelineStore    *store;
  GtkFilterListModel *open_stages;
  GtkWidget          *focus_row; /* where the keyboard goes when the dialog shows */

  GtkListBox         *fields;
  AdwEntryRow        *company_row;
  AdwEntryRow        *role_row;
  AdwComboRow        *stage_row;
  GtkLabel           *hint_label;
  GtkLabel           *error_label;
};

G_DEFINE_FINAL_TYPE (ClNewApplicationDialog, cl_new_application_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
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

static GtkAccessible *
row_text (AdwEntryRow *row)
{
  return GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (row)));
}

/* The dialog shows each response twice, for wide and narrow layouts. */
static void
describe_create_buttons (GtkWidget  *widget,
                         const char *label,
                         const char *description)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        {
          if (description != NULL)
            gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                            GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                            -1);
          else
            gtk_accessible_reset_property (GTK_ACCESSIBLE (child),
                                           GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
      else
        describe_create_buttons (child, label, description);
    }
}

/* Create is enabled once company and role are given; until then the hint
 * says which is missing, to everyone. */
static void
update_create (ClNewApplicationDialog *self)
{
  gboolean    has_company = has_text (self->company_row);
  gboolean    has_role = has_text (self->role_row);
  const char *hint = NULL;
  const char *create_label;

  if (!has_company && !has_role)
    hint = _ ("Enter the company and the role to create the application.");
  else if (!has_company)
    hint = _ ("Enter the company to create the application.");
  else if (!has_role)
    hint = _ ("Enter the role to create the application.");

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "create", hint == NULL);
  gtk_label_set_text (self->hint_label, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hint != NULL);
  create_label = adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (self), "create");
  describe_create_buttons (GTK_WIDGET (self), create_label, hint);
}

/* An edit answers the refusal: the field is no longer marked. */
static void
field_changed_cb (ClNewApplicationDialog *self,
                  GtkEditable            *editable)
{
  if (ADW_IS_ENTRY_ROW (editable))
    cl_row_error_mark (GTK_WIDGET (editable), NULL);
  if (!gtk_widget_has_css_class (GTK_WIDGET (self->company_row), "error") &&
      !gtk_widget_has_css_class (GTK_WIDGET (self->role_row), "error"))
    gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  update_create (self);
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

/* Focus ------------------------------------------------------------------- */

/* The row with a refused value, or else the first. */
static GtkWidget *
pick_field (GtkWidget *dialog)
{
  ClNewApplicationDialog *self = CL_NEW_APPLICATION_DIALOG (dialog);

  return self->focus_row != NULL ? self->focus_row : GTK_WIDGET (self->company_row);
}

/* Saving ------------------------------------------------------------------ */

static gboolean
save (ClNewApplicationDialog *self,
      GError                **error)
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

/* Shows why the store refused, beside the field it is about when it names
 * one, and keeps the keyboard there. */
static void
show_refusal (ClNewApplicationDialog *self,
              const GError           *error)
{
  const char  *field = cl_validation_error_get_field (error);
  AdwEntryRow *row = NULL;

  if (g_strcmp0 (field, "company") == 0)
    row = self->company_row;
  else if (g_strcmp0 (field, "role") == 0)
    row = self->role_row;

  cl_row_error_mark (GTK_WIDGET (self->company_row),
                     row == self->company_row ? error->message : NULL);
  cl_row_error_mark (GTK_WIDGET (self->role_row), row == self->role_row ? error->message : NULL);
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  self->focus_row = row != NULL ? GTK_WIDGET (row) : NULL;
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
      show_refusal (self, error);
      gtk_window_present (GTK_WINDOW (self));
      /* Already shown when the refusal came from Enter in a field. */
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        cl_dialog_focus_row (pick_field (GTK_WIDGET (self)));
      return;
    }

  cl_transient_destroy_soon (GTK_WINDOW (self));
}

/* Class ------------------------------------------------------------------- */

static void
cl_new_application_dialog_dispose (GObject *object)
{
  ClNewApplicationDialog *self = CL_NEW_APPLICATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_NEW_APPLICATION_DIALOG);
  g_clear_object (&self->open_stages);
  g_clear_object (&self->store);
  self->focus_row = NULL;

  G_OBJECT_CLASS (cl_new_application_dialog_parent_class)->dispose (object);
}

static void
cl_new_application_dialog_class_init (ClNewApplicationDialogClass *klass)
{
  GObjectClass          *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass        *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cl_new_application_dialog_dispose;
  dialog_class->response = cl_new_application_dialog_response;

  signals[APPLICATION_ADDED] =
    g_signal_new ("application-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CL_TYPE_APPLICATION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/pipeline/cl-new-application-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ClNewApplicationDialog, fields);
  gtk_widget_class_bind_template_child (widget_class, ClNewApplicationDialog, company_row);
  gtk_widget_class_bind_template_child (widget_class, ClNewApplicationDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, ClNewApplicationDialog, stage_row);
  gtk_widget_class_bind_template_child (widget_class, ClNewApplicationDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, ClNewApplicationDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, company_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, role_activated_cb);
}

static void
cl_new_application_dialog_init (ClNewApplicationDialog *self)
{
  AdwEntryRow *rows[2];

  gtk_widget_init_template (GTK_WIDGET (self));
  cl_dialog_focus_on_map (GTK_WIDGET (self), GTK_WIDGET (self->fields), pick_field);

  /* Screen readers announce the text field of an entry row, which libadwaita
   * 1.2 leaves unnamed: give each the title of its row. */
  rows[0] = self->company_row;
  rows[1] = self->role_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_accessible_update_property (row_text (rows[i]),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i])),
                                    -1);
  /* "Cancel" and "Create", not "_Cancel Cancel". */
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  update_create (self);
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
                       "hide-on-close", TRUE,
                       NULL);
  /* Destroyed a moment after its response: never after its window. */
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->store = g_object_ref (store);

  /* New applications go to an open stage; Wishlist comes first. */
  self->open_stages =
    gtk_filter_list_model_new (g_object_ref (cl_pipeline_store_get_stages (store)),
                               GTK_FILTER (gtk_custom_filter_new (stage_is_open, NULL, NULL)));
  name = gtk_property_expression_new (CL_TYPE_STAGE, NULL, "name");
  adw_combo_row_set_expression (self->stage_row, name);
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (self->open_stages));

  /* The focus goes to Company when the dialog is mapped. */
  return self;
}
