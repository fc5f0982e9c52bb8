/* cl-resource-dialog.c — add, or edit, one resource of a domain
 *
 * A resource is a few words and an address: a form saved as a whole, as
 * the interaction dialog is.  The keyboard starts in the title; Enter in a
 * field saves; Escape cancels.  What cannot be saved is said below the
 * fields, and the dialog stays with what was typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-resource-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-application-section.h"
#include "cl-prep-store.h"
#include "cl-resource-dialog.h"
#include "cl-resource-store.h"
#include "cl-transient.h"

#define N_KINDS (CL_RESOURCE_KIND_OTHER + 1)

struct _ClResourceDialog
{
  AdwMessageDialog parent_instance;

  ClContext       *context;
  ClPrepDomain     domain;
  ClResource      *resource; /* the one edited; NULL for a new one */

  AdwEntryRow     *title_row;
  AdwComboRow     *kind_row;
  AdwEntryRow     *url_row;
  AdwEntryRow     *notes_row;
  AdwComboRow     *objective_row;
  GPtrArray       *objectives; /* ClObjective, after "None" in objective_row */
  GtkLabel        *message;
};

G_DEFINE_FINAL_TYPE (ClResourceDialog, cl_resource_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
save (ClResourceDialog *self,
      GError          **error)
{
  ClResourceStore *store = cl_context_get_resource_store (self->context);
  g_autoptr(ClResource) resource = NULL;
  g_autofree char *url = g_strstrip (g_strdup (text_of (self->url_row)));

  resource = self->resource != NULL ? cl_resource_copy (self->resource)
                                    : cl_resource_new (self->domain, text_of (self->title_row));
  guint  chosen = adw_combo_row_get_selected (self->objective_row);
  gint64 objective_id = chosen > 0 && chosen <= self->objectives->len
                          ? cl_objective_get_id (g_ptr_array_index (self->objectives, chosen - 1))
                          : 0;

  g_object_set (resource, "objective-id", objective_id, NULL);
  g_object_set (resource, "title", text_of (self->title_row), "kind",
                (ClResourceKind) adw_combo_row_get_selected (self->kind_row), "url",
                *url != '\0' ? url : NULL, "notes", text_of (self->notes_row), NULL);
  if (self->resource != NULL)
    return cl_resource_store_update_resource (store, resource, error);
  return cl_resource_store_add_resource (store, resource, error);
}

/* AdwMessageDialog closes itself before ::response: a refusal shows it
 * again, with what was typed. */
static void
cl_resource_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  ClResourceDialog *self = CL_RESOURCE_DIALOG (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") == 0 && !save (self, &error))
    {
      gtk_label_set_text (self->message, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
      gtk_window_present (GTK_WINDOW (self));
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return;
    }
  cl_transient_destroy_soon (GTK_WINDOW (self));
}

static void
entry_activated_cb (ClResourceDialog *self)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "save");
}

static void
cl_resource_dialog_finalize (GObject *object)
{
  ClResourceDialog *self = CL_RESOURCE_DIALOG (object);

  g_clear_object (&self->resource);
  g_clear_object (&self->context);
  g_clear_pointer (&self->objectives, g_ptr_array_unref);

  G_OBJECT_CLASS (cl_resource_dialog_parent_class)->finalize (object);
}

static void
cl_resource_dialog_class_init (ClResourceDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cl_resource_dialog_finalize;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = cl_resource_dialog_response;
}

static AdwEntryRow *
entry_row (ClResourceDialog *self,
           GtkWidget        *group,
           const char       *title)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (entry_activated_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (row));
  return row;
}

static void
cl_resource_dialog_init (ClResourceDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  self->title_row = entry_row (self, group, _ ("Title"));
  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _ ("Kind"));
  for (int i = 0; i < N_KINDS; i++)
    gtk_string_list_append (kinds, cl_resource_kind_get_label ((ClResourceKind) i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->kind_row));
  self->url_row = entry_row (self, group, _ ("Web address"));
  adw_entry_row_set_input_purpose (self->url_row, GTK_INPUT_PURPOSE_URL);
  self->notes_row = entry_row (self, group, _ ("Notes"));
  self->objective_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->objective_row), _ ("For objective"));
  adw_combo_row_set_use_subtitle (self->objective_row, TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->objective_row));
  self->objectives = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_box_append (GTK_BOX (box), group);

  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->message));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self), "cancel", _ ("_Cancel"), "save",
                                    _ ("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
}

/* The domain's objectives not dropped, after "None"; @chosen_id selected. */
static void
fill_objectives (ClResourceDialog *self,
                 gint64            chosen_id)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  GListModel *objectives = cl_prep_store_get_objectives (cl_context_get_prep_store (self->context),
                                                         self->domain);
  guint       selected = 0;

  /* Translators: a resource that serves no objective in particular. */
  gtk_string_list_append (titles, C_ ("objective", "None"));
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(ClObjective) objective = g_list_model_get_item (objectives, i);

      if (cl_objective_get_status (objective) == CL_OBJECTIVE_STATUS_DROPPED &&
          cl_objective_get_id (objective) != chosen_id)
        continue;
      g_ptr_array_add (self->objectives, g_object_ref (objective));
      gtk_string_list_append (titles, cl_objective_get_title (objective));
      if (cl_objective_get_id (objective) == chosen_id)
        selected = self->objectives->len;
    }
  adw_combo_row_set_model (self->objective_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->objective_row, selected);
}

ClResourceDialog *
cl_resource_dialog_new (GtkWindow   *parent,
                        ClContext   *context,
                        ClPrepDomain domain,
                        ClResource  *resource)
{
  ClResourceDialog *self;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (resource == NULL || CL_IS_RESOURCE (resource), NULL);

  self = g_object_new (CL_TYPE_RESOURCE_DIALOG, "hide-on-close", TRUE, NULL);
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->context = g_object_ref (context);
  self->domain = resource != NULL ? cl_resource_get_domain (resource) : domain;
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                  resource != NULL ? _ ("Edit Resource") : _ ("Add a Resource"));
  /* Translators: the body of the resource dialog: the domain it is for. */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self), _ ("A book, course, site, problem "
                                                                "list, paper or video for %s."),
                                  cl_prep_domain_get_label (self->domain));
  adw_combo_row_set_selected (self->kind_row, CL_RESOURCE_KIND_SITE);
  fill_objectives (self, resource != NULL ? cl_resource_get_objective_id (resource) : 0);
  if (resource != NULL)
    {
      self->resource = g_object_ref (resource);
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _ ("_Save"));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), cl_resource_get_title (resource));
      adw_combo_row_set_selected (self->kind_row, cl_resource_get_kind (resource));
      gtk_editable_set_text (GTK_EDITABLE (self->url_row),
                             cl_resource_get_url (resource) != NULL ? cl_resource_get_url (resource)
                                                                    : "");
      gtk_editable_set_text (GTK_EDITABLE (self->notes_row),
                             cl_resource_get_notes (resource) != NULL
                               ? cl_resource_get_notes (resource)
                               : "");
    }
  cl_application_section_name_fields (GTK_WIDGET (self));
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}
