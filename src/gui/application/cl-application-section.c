/* cl-application-section.c — one part of the application page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-application-section"

#include "config.h"

#include "cl-application-section.h"

G_DEFINE_INTERFACE (ClApplicationSection, cl_application_section, GTK_TYPE_WIDGET)

static void
cl_application_section_default_init (ClApplicationSectionInterface *iface)
{
  g_object_interface_install_property (
    iface, g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                                 G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                   G_PARAM_STATIC_STRINGS));
}

void
cl_application_section_set_application (ClApplicationSection *self,
                                        ClContext            *context,
                                        ClApplication        *application)
{
  g_return_if_fail (CL_IS_APPLICATION_SECTION (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));
  g_return_if_fail (application == NULL || CL_IS_APPLICATION (application));

  CL_APPLICATION_SECTION_GET_IFACE (self)->set_application (self, context, application);
}

gboolean
cl_application_section_get_valid (ClApplicationSection *self)
{
  gboolean valid = TRUE;

  g_return_val_if_fail (CL_IS_APPLICATION_SECTION (self), TRUE);

  g_object_get (self, "valid", &valid, NULL);
  return valid;
}

void
cl_application_section_flush (ClApplicationSection *self)
{
  ClApplicationSectionInterface *iface;

  g_return_if_fail (CL_IS_APPLICATION_SECTION (self));

  iface = CL_APPLICATION_SECTION_GET_IFACE (self);
  if (iface->flush != NULL)
    iface->flush (self);
}

char *
cl_application_section_get_unsaved (ClApplicationSection *self)
{
  ClApplicationSectionInterface *iface;

  g_return_val_if_fail (CL_IS_APPLICATION_SECTION (self), NULL);

  iface = CL_APPLICATION_SECTION_GET_IFACE (self);
  return iface->get_unsaved != NULL ? iface->get_unsaved (self) : NULL;
}

static void
apply_valid_cb (ClApplicationSection *self)
{
  g_object_notify (G_OBJECT (self), "valid");
}

void
cl_application_section_watch_valid (ClApplicationSection *self,
                                    ClInstantApply       *apply)
{
  g_return_if_fail (CL_IS_APPLICATION_SECTION (self));
  g_return_if_fail (CL_IS_INSTANT_APPLY (apply));

  g_signal_connect_object (apply, "notify::valid", G_CALLBACK (apply_valid_cb), self,
                           G_CONNECT_SWAPPED);
}

gboolean
cl_application_section_save (ClContext     *context,
                             ClApplication *application,
                             gint64         stage_id,
                             const char    *field,
                             GError       **error,
                             const char    *first_property,
                             ...)
{
  g_autoptr(ClApplication) copy = NULL;
  va_list args;

  g_return_val_if_fail (CL_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  copy = cl_application_copy (application);
  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (copy), first_property, args);
  va_end (args);

  if (field != NULL && !cl_model_validate_field (CL_MODEL (copy), field, error))
    return FALSE;
  return cl_pipeline_store_save_application (cl_context_get_pipeline_store (context), copy,
                                             stage_id, error);
}

void
cl_application_section_fill_combo (AdwComboRow       *row,
                                   const char *const *labels)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new ((const char **) labels);

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

void
cl_application_section_name_fields (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (ADW_IS_ENTRY_ROW (root))
    {
      GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (root)));

      gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)),
                                      -1);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    cl_application_section_name_fields (child);
}
