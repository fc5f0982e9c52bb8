/* cl-section-base.c — what most sections of the application page share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-section-base"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-section-base.h"
#include "cl-toast.h"

typedef struct
{
  ClContext     *context;
  ClApplication *application;
  GSignalGroup  *application_signals;
  GSignalGroup  *company_signals;
  GPtrArray     *applies;
  GPtrArray     *bindings; /* Binding */
} ClSectionBasePrivate;

/* A field bound to a property of the application. */
typedef struct
{
  ClSectionBase  *self;
  ClInstantApply *apply; /* owned by applies */
  char           *property;
} Binding;

static void section_iface_init (ClApplicationSectionInterface *iface);

/* clang-format off */
G_DEFINE_TYPE_WITH_CODE (ClSectionBase, cl_section_base, ADW_TYPE_BIN,
                         G_ADD_PRIVATE (ClSectionBase)
                         G_IMPLEMENT_INTERFACE (CL_TYPE_APPLICATION_SECTION, section_iface_init))
/* clang-format on */

enum
{
  PROP_0,
  PROP_VALID,
  N_PROPS
};

static void
binding_free (gpointer data)
{
  Binding *binding = data;

  g_free (binding->property);
  g_free (binding);
}

/* Showing ------------------------------------------------------------------ */

static void
show_binding (Binding       *binding,
              ClApplication *application)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (application),
                                                    binding->property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (application), binding->property, &value);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_STRING:
      cl_instant_apply_show (binding->apply, g_value_get_string (&value));
      break;
    case G_TYPE_UINT:
      cl_instant_apply_show_value (binding->apply, g_value_get_uint (&value));
      break;
    case G_TYPE_INT:
      cl_instant_apply_show_value (binding->apply, (guint) g_value_get_int (&value));
      break;
    case G_TYPE_ENUM:
      cl_instant_apply_show_value (binding->apply, (guint) g_value_get_enum (&value));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
show_all (ClSectionBase *self)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (self);

  if (priv->application == NULL)
    return;

  for (guint i = 0; i < priv->bindings->len; i++)
    show_binding (g_ptr_array_index (priv->bindings, i), priv->application);
  if (CL_SECTION_BASE_GET_CLASS (self)->show != NULL)
    CL_SECTION_BASE_GET_CLASS (self)->show (self);
}

static void
application_notify_cb (ClSectionBase *self,
                       GParamSpec    *pspec)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (self);

  if (g_str_equal (pspec->name, "company"))
    g_signal_group_set_target (priv->company_signals,
                               cl_application_get_company (priv->application));
  show_all (self);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save_text_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  Binding              *binding = data;
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (binding->self);

  return cl_application_section_save (priv->context, priv->application, 0, binding->property,
                                      error, binding->property, text, NULL);
}

static gboolean
save_value_cb (guint    number,
               gpointer data,
               GError **error)
{
  Binding              *binding = data;
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (binding->self);
  GParamSpec           *pspec = g_object_class_find_property (
              G_OBJECT_GET_CLASS (priv->application), binding->property);
  g_autoptr(ClApplication) copy = cl_application_copy (priv->application);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_UINT: g_value_set_uint (&value, number); break;
    case G_TYPE_INT: g_value_set_int (&value, (int) number); break;
    case G_TYPE_ENUM: g_value_set_enum (&value, (int) number); break;
    default: g_assert_not_reached ();
    }
  g_object_set_property (G_OBJECT (copy), binding->property, &value);

  return cl_model_validate_field (CL_MODEL (copy), binding->property, error) &&
         cl_pipeline_store_save_application (cl_context_get_pipeline_store (priv->context), copy,
                                             0, error);
}

/* The section -------------------------------------------------------------- */

static void
cl_section_base_set_application (ClApplicationSection *section,
                                 ClContext            *context,
                                 ClApplication        *application)
{
  ClSectionBase        *self = CL_SECTION_BASE (section);
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (self);
  gboolean              had = priv->application != NULL && priv->context != NULL;
  gboolean              has = application != NULL && context != NULL;

  /* Without an application, nothing is saved (a field losing the focus as
   * the page goes, say). */
  for (guint i = 0; had != has && i < priv->applies->len; i++)
    {
      if (has)
        cl_instant_apply_unblock (g_ptr_array_index (priv->applies, i));
      else
        cl_instant_apply_block (g_ptr_array_index (priv->applies, i));
    }

  g_set_object (&priv->context, context);
  g_set_object (&priv->application, application);
  g_signal_group_set_target (priv->application_signals, application);
  g_signal_group_set_target (priv->company_signals,
                             application != NULL ? cl_application_get_company (application)
                                                 : NULL);
  if (CL_SECTION_BASE_GET_CLASS (self)->bind != NULL)
    CL_SECTION_BASE_GET_CLASS (self)->bind (self);
  show_all (self);
}

static void
cl_section_base_flush (ClApplicationSection *section)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (CL_SECTION_BASE (section));

  cl_instant_apply_flush_all (priv->applies);
}

static char *
cl_section_base_get_unsaved (ClApplicationSection *section)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (CL_SECTION_BASE (section));

  return cl_instant_apply_get_unsaved_all (priv->applies);
}

static void
section_iface_init (ClApplicationSectionInterface *iface)
{
  iface->set_application = cl_section_base_set_application;
  iface->flush = cl_section_base_flush;
  iface->get_unsaved = cl_section_base_get_unsaved;
}

static void
cl_section_base_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (CL_SECTION_BASE (object));

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, cl_instant_apply_all_valid (priv->applies));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_section_base_dispose (GObject *object)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (CL_SECTION_BASE (object));

  if (priv->application_signals != NULL)
    g_signal_group_set_target (priv->application_signals, NULL);
  if (priv->company_signals != NULL)
    g_signal_group_set_target (priv->company_signals, NULL);
  g_clear_pointer (&priv->bindings, g_ptr_array_unref);
  g_clear_pointer (&priv->applies, g_ptr_array_unref);
  g_clear_object (&priv->application);
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (cl_section_base_parent_class)->dispose (object);
}

static void
cl_section_base_finalize (GObject *object)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (CL_SECTION_BASE (object));

  g_clear_object (&priv->application_signals);
  g_clear_object (&priv->company_signals);

  G_OBJECT_CLASS (cl_section_base_parent_class)->finalize (object);
}

static void
cl_section_base_class_init (ClSectionBaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cl_section_base_dispose;
  object_class->finalize = cl_section_base_finalize;
  object_class->get_property = cl_section_base_get_property;
  g_object_class_override_property (object_class, PROP_VALID, "valid");
}

static void
cl_section_base_init (ClSectionBase *self)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (self);

  priv->applies = g_ptr_array_new_with_free_func (g_object_unref);
  priv->bindings = g_ptr_array_new_with_free_func (binding_free);

  priv->application_signals = g_signal_group_new (CL_TYPE_APPLICATION);
  g_signal_group_connect_object (priv->application_signals, "notify",
                                 G_CALLBACK (application_notify_cb), self, G_CONNECT_SWAPPED);
  priv->company_signals = g_signal_group_new (CL_TYPE_COMPANY);
  g_signal_group_connect_object (priv->company_signals, "notify", G_CALLBACK (show_all), self,
                                 G_CONNECT_SWAPPED);
}

ClContext *
cl_section_base_get_context (ClSectionBase *self)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (self);

  g_return_val_if_fail (CL_IS_SECTION_BASE (self), NULL);

  return priv->context;
}

ClApplication *
cl_section_base_get_application (ClSectionBase *self)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (self);

  g_return_val_if_fail (CL_IS_SECTION_BASE (self), NULL);

  return priv->application;
}

ClPipelineStore *
cl_section_base_get_pipeline_store (ClSectionBase *self)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (self);

  g_return_val_if_fail (CL_IS_SECTION_BASE (self), NULL);

  return priv->context != NULL ? cl_context_get_pipeline_store (priv->context) : NULL;
}

ClInstantApply *
cl_section_base_add (ClSectionBase  *self,
                     ClInstantApply *apply)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (self);

  g_return_val_if_fail (CL_IS_SECTION_BASE (self), NULL);
  g_return_val_if_fail (CL_IS_INSTANT_APPLY (apply), NULL);

  g_ptr_array_add (priv->applies, apply);
  if (priv->application == NULL || priv->context == NULL)
    cl_instant_apply_block (apply);
  cl_application_section_watch_valid (CL_APPLICATION_SECTION (self), apply);
  return apply;
}

void
cl_section_base_remove (ClSectionBase  *self,
                        ClInstantApply *apply)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (self);
  gboolean              valid;

  g_return_if_fail (CL_IS_SECTION_BASE (self));
  g_return_if_fail (CL_IS_INSTANT_APPLY (apply));

  valid = cl_instant_apply_get_valid (apply);
  g_signal_handlers_disconnect_by_data (apply, self);
  g_ptr_array_remove (priv->applies, apply);
  if (!valid)
    g_object_notify (G_OBJECT (self), "valid");
}

static Binding *
binding_new (ClSectionBase *self,
             const char    *property)
{
  ClSectionBasePrivate *priv = cl_section_base_get_instance_private (self);
  Binding              *binding = g_new0 (Binding, 1);

  binding->self = self;
  binding->property = g_strdup (property);
  g_ptr_array_add (priv->bindings, binding);
  return binding;
}

ClInstantApply *
cl_section_base_bind_text (ClSectionBase *self,
                           GtkWidget     *field,
                           const char    *what,
                           const char    *property)
{
  Binding *binding;

  g_return_val_if_fail (CL_IS_SECTION_BASE (self), NULL);

  binding = binding_new (self, property);
  binding->apply = cl_section_base_add (
    self, cl_instant_apply_new_for_text (field, what, save_text_cb, binding, NULL));
  return binding->apply;
}

ClInstantApply *
cl_section_base_bind_value (ClSectionBase *self,
                            GtkWidget     *field,
                            const char    *field_property,
                            const char    *what,
                            const char    *property)
{
  Binding *binding;

  g_return_val_if_fail (CL_IS_SECTION_BASE (self), NULL);

  binding = binding_new (self, property);
  binding->apply = cl_section_base_add (
    self, cl_instant_apply_new_for_value (field, field_property, what, save_value_cb, binding,
                                          NULL));
  return binding->apply;
}

void
cl_section_base_add_all (ClSectionBase *self,
                         GPtrArray     *applies)
{
  g_return_if_fail (CL_IS_SECTION_BASE (self));

  for (guint i = 0; applies != NULL && i < applies->len; i++)
    cl_section_base_add (self, g_object_ref (g_ptr_array_index (applies, i)));
}

void
cl_section_base_remove_all (ClSectionBase *self,
                            GPtrArray     *applies)
{
  g_return_if_fail (CL_IS_SECTION_BASE (self));

  for (guint i = 0; applies != NULL && i < applies->len; i++)
    cl_section_base_remove (self, g_ptr_array_index (applies, i));
}

void
cl_section_base_show_toast (ClSectionBase *self,
                            AdwToast      *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (CL_IS_SECTION_BASE (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

void
cl_section_base_show_error (ClSectionBase *self,
                            const GError  *error)
{
  g_return_if_fail (error != NULL);

  cl_section_base_show_toast (self, cl_toast_new (error->message));
}

#define TOAST_DELETION "cl-deletion"

void
cl_section_base_offer_undo (ClSectionBase *self,
                            const char    *message,
                            ClDeletion    *deletion,
                            GCallback      undo_cb)
{
  AdwToast *toast;

  g_return_if_fail (CL_IS_SECTION_BASE (self));
  g_return_if_fail (deletion != NULL);

  toast = cl_toast_new (message);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), TOAST_DELETION, deletion,
                          (GDestroyNotify) cl_deletion_unref);
  g_signal_connect_object (toast, "button-clicked", undo_cb, self, 0);
  cl_section_base_show_toast (self, toast);
}

ClDeletion *
cl_section_base_get_toast_deletion (AdwToast *toast)
{
  g_return_val_if_fail (ADW_IS_TOAST (toast), NULL);

  return g_object_get_data (G_OBJECT (toast), TOAST_DELETION);
}

void
cl_section_base_focus (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (ADW_IS_EXPANDER_ROW (widget))
    gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
  else
    gtk_widget_grab_focus (widget);
}
