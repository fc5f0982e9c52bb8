/* cl-offer-section-base.c — what most sections of the offer editor share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-section-base"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-offer-fields.h"
#include "cl-offer-section-base.h"
#include "cl-toast.h"

typedef struct
{
  ClContext    *context;
  ClOffer      *offer;
  GSignalGroup *offer_signals;
  GPtrArray    *applies;
  GPtrArray    *bindings; /* Binding */
  gboolean      retrying;
} ClOfferSectionBasePrivate;

typedef enum
{
  BINDING_TEXT,
  BINDING_NUMBER,
  BINDING_VALUE,
} BindingKind;

/* A field bound to a property of the offer. */
typedef struct
{
  ClOfferSectionBase *self;
  ClInstantApply     *apply; /* owned by applies */
  BindingKind         kind;
  char               *property;
} Binding;

static void section_iface_init (ClOfferSectionInterface *iface);

/* clang-format off */
G_DEFINE_TYPE_WITH_CODE (ClOfferSectionBase, cl_offer_section_base, ADW_TYPE_BIN,
                         G_ADD_PRIVATE (ClOfferSectionBase)
                         G_IMPLEMENT_INTERFACE (CL_TYPE_OFFER_SECTION, section_iface_init))
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
show_binding (Binding *binding,
              ClOffer *offer)
{
  switch (binding->kind)
    {
    case BINDING_TEXT:
      {
        g_autofree char *text = NULL;

        g_object_get (offer, binding->property, &text, NULL);
        cl_instant_apply_show (binding->apply, text);
        break;
      }
    case BINDING_NUMBER:
      {
        g_autofree char *text = cl_offer_field_format (offer, binding->property);

        cl_instant_apply_show (binding->apply, text);
        break;
      }
    case BINDING_VALUE:
      {
        GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (offer),
                                                          binding->property);
        g_auto(GValue) value = G_VALUE_INIT;

        g_value_init (&value, pspec->value_type);
        g_object_get_property (G_OBJECT (offer), binding->property, &value);
        if (G_VALUE_HOLDS_ENUM (&value))
          cl_instant_apply_show_value (binding->apply, (guint) g_value_get_enum (&value));
        else
          cl_instant_apply_show_value (binding->apply, g_value_get_uint (&value));
        break;
      }
    default:
      g_assert_not_reached ();
    }
}

static void
show_all (ClOfferSectionBase *self)
{
  ClOfferSectionBasePrivate *priv = cl_offer_section_base_get_instance_private (self);

  if (priv->offer == NULL)
    return;

  for (guint i = 0; i < priv->bindings->len; i++)
    show_binding (g_ptr_array_index (priv->bindings, i), priv->offer);
  if (CL_OFFER_SECTION_BASE_GET_CLASS (self)->show != NULL)
    CL_OFFER_SECTION_BASE_GET_CLASS (self)->show (self);
}

/* Saving ------------------------------------------------------------------- */

/* What another field was refused for may be right now. */
static void
retry_others (ClOfferSectionBase *self,
              ClInstantApply     *saved)
{
  ClOfferSectionBasePrivate *priv = cl_offer_section_base_get_instance_private (self);
  g_autoptr(GPtrArray) applies = NULL;

  if (priv->retrying)
    return;
  priv->retrying = TRUE;
  applies = g_ptr_array_copy (priv->applies, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  g_ptr_array_set_free_func (applies, g_object_unref);
  for (guint i = 0; i < applies->len; i++)
    if (g_ptr_array_index (applies, i) != saved)
      cl_instant_apply_retry (g_ptr_array_index (applies, i));
  priv->retrying = FALSE;
}

static gboolean
save_text_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  Binding                   *binding = data;
  ClOfferSectionBasePrivate *priv = cl_offer_section_base_get_instance_private (binding->self);

  if (!cl_offer_section_save (priv->context, priv->offer, binding->property, error,
                              binding->property, text, NULL))
    return FALSE;
  retry_others (binding->self, binding->apply);
  return TRUE;
}

/* A copy of the offer holding @text, checked as the save would. */
static ClOffer *
read_number (Binding    *binding,
             const char *text,
             GError    **error)
{
  ClOfferSectionBasePrivate *priv = cl_offer_section_base_get_instance_private (binding->self);
  g_autoptr(ClOffer) copy = NULL;

  if (priv->offer == NULL)
    return NULL;
  copy = cl_offer_copy (priv->offer);
  if (!cl_offer_field_parse (copy, binding->property, text, error) ||
      !cl_model_validate_field (CL_MODEL (copy), binding->property, error))
    return NULL;
  return g_steal_pointer (&copy);
}

static gboolean
check_number_cb (const char *text,
                 gpointer    data,
                 GError    **error)
{
  g_autoptr(ClOffer) copy = read_number (data, text, error);

  return copy != NULL;
}

static gboolean
save_number_cb (const char *text,
                gpointer    data,
                GError    **error)
{
  Binding                   *binding = data;
  ClOfferSectionBasePrivate *priv = cl_offer_section_base_get_instance_private (binding->self);
  g_autoptr(ClOffer) copy = read_number (binding, text, error);

  if (copy == NULL ||
      !cl_offer_store_update_offer (cl_context_get_offer_store (priv->context), copy, error))
    return FALSE;
  retry_others (binding->self, binding->apply);
  return TRUE;
}

static gboolean
save_value_cb (guint    number,
               gpointer data,
               GError **error)
{
  Binding                   *binding = data;
  ClOfferSectionBasePrivate *priv = cl_offer_section_base_get_instance_private (binding->self);
  GParamSpec                *pspec = g_object_class_find_property (
                   G_OBJECT_GET_CLASS (priv->offer), binding->property);
  g_autoptr(ClOffer) copy = cl_offer_copy (priv->offer);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  if (G_VALUE_HOLDS_ENUM (&value))
    g_value_set_enum (&value, (int) number);
  else
    g_value_set_uint (&value, number);
  g_object_set_property (G_OBJECT (copy), binding->property, &value);

  if (!cl_offer_section_save_copy (priv->context, copy, binding->property, error))
    return FALSE;
  retry_others (binding->self, binding->apply);
  return TRUE;
}

/* The section -------------------------------------------------------------- */

static void
cl_offer_section_base_set_offer (ClOfferSection *section,
                                 ClContext      *context,
                                 ClOffer        *offer)
{
  ClOfferSectionBase        *self = CL_OFFER_SECTION_BASE (section);
  ClOfferSectionBasePrivate *priv = cl_offer_section_base_get_instance_private (self);
  gboolean                   had = priv->offer != NULL && priv->context != NULL;
  gboolean                   has = offer != NULL && context != NULL;

  /* Without an offer, nothing is saved (a field losing the focus as the
   * editor goes, say). */
  for (guint i = 0; had != has && i < priv->applies->len; i++)
    {
      if (has)
        cl_instant_apply_unblock (g_ptr_array_index (priv->applies, i));
      else
        cl_instant_apply_block (g_ptr_array_index (priv->applies, i));
    }

  g_set_object (&priv->context, context);
  g_set_object (&priv->offer, offer);
  g_signal_group_set_target (priv->offer_signals, offer);
  if (CL_OFFER_SECTION_BASE_GET_CLASS (self)->bind != NULL)
    CL_OFFER_SECTION_BASE_GET_CLASS (self)->bind (self);
  show_all (self);
}

static void
cl_offer_section_base_flush (ClOfferSection *section)
{
  ClOfferSectionBasePrivate *priv =
    cl_offer_section_base_get_instance_private (CL_OFFER_SECTION_BASE (section));

  cl_instant_apply_flush_all (priv->applies);
}

static char *
cl_offer_section_base_get_unsaved (ClOfferSection *section)
{
  ClOfferSectionBasePrivate *priv =
    cl_offer_section_base_get_instance_private (CL_OFFER_SECTION_BASE (section));

  return cl_instant_apply_get_unsaved_all (priv->applies);
}

static void
section_iface_init (ClOfferSectionInterface *iface)
{
  iface->set_offer = cl_offer_section_base_set_offer;
  iface->flush = cl_offer_section_base_flush;
  iface->get_unsaved = cl_offer_section_base_get_unsaved;
}

static void
cl_offer_section_base_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ClOfferSectionBasePrivate *priv =
    cl_offer_section_base_get_instance_private (CL_OFFER_SECTION_BASE (object));

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
cl_offer_section_base_dispose (GObject *object)
{
  ClOfferSectionBasePrivate *priv =
    cl_offer_section_base_get_instance_private (CL_OFFER_SECTION_BASE (object));

  if (priv->offer_signals != NULL)
    g_signal_group_set_target (priv->offer_signals, NULL);
  g_clear_pointer (&priv->bindings, g_ptr_array_unref);
  g_clear_pointer (&priv->applies, g_ptr_array_unref);
  g_clear_object (&priv->offer);
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (cl_offer_section_base_parent_class)->dispose (object);
}

static void
cl_offer_section_base_finalize (GObject *object)
{
  ClOfferSectionBasePrivate *priv =
    cl_offer_section_base_get_instance_private (CL_OFFER_SECTION_BASE (object));

  g_clear_object (&priv->offer_signals);

  G_OBJECT_CLASS (cl_offer_section_base_parent_class)->finalize (object);
}

static void
cl_offer_section_base_class_init (ClOfferSectionBaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cl_offer_section_base_dispose;
  object_class->finalize = cl_offer_section_base_finalize;
  object_class->get_property = cl_offer_section_base_get_property;
  g_object_class_override_property (object_class, PROP_VALID, "valid");

  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cl_offer_section_base_init (ClOfferSectionBase *self)
{
  ClOfferSectionBasePrivate *priv = cl_offer_section_base_get_instance_private (self);

  priv->applies = g_ptr_array_new_with_free_func (g_object_unref);
  priv->bindings = g_ptr_array_new_with_free_func (binding_free);

  priv->offer_signals = g_signal_group_new (CL_TYPE_OFFER);
  g_signal_group_connect_object (priv->offer_signals, "notify", G_CALLBACK (show_all), self,
                                 G_CONNECT_SWAPPED);
}

ClContext *
cl_offer_section_base_get_context (ClOfferSectionBase *self)
{
  ClOfferSectionBasePrivate *priv = cl_offer_section_base_get_instance_private (self);

  g_return_val_if_fail (CL_IS_OFFER_SECTION_BASE (self), NULL);

  return priv->context;
}

ClOffer *
cl_offer_section_base_get_offer (ClOfferSectionBase *self)
{
  ClOfferSectionBasePrivate *priv = cl_offer_section_base_get_instance_private (self);

  g_return_val_if_fail (CL_IS_OFFER_SECTION_BASE (self), NULL);

  return priv->offer;
}

ClApplication *
cl_offer_section_base_get_application (ClOfferSectionBase *self)
{
  ClOfferSectionBasePrivate *priv = cl_offer_section_base_get_instance_private (self);

  g_return_val_if_fail (CL_IS_OFFER_SECTION_BASE (self), NULL);

  if (priv->context == NULL || priv->offer == NULL)
    return NULL;
  return cl_pipeline_store_find_application (cl_context_get_pipeline_store (priv->context),
                                             cl_offer_get_application_id (priv->offer));
}

static void
apply_valid_cb (ClOfferSectionBase *self)
{
  g_object_notify (G_OBJECT (self), "valid");
}

ClInstantApply *
cl_offer_section_base_add (ClOfferSectionBase *self,
                           ClInstantApply     *apply)
{
  ClOfferSectionBasePrivate *priv = cl_offer_section_base_get_instance_private (self);

  g_return_val_if_fail (CL_IS_OFFER_SECTION_BASE (self), NULL);
  g_return_val_if_fail (CL_IS_INSTANT_APPLY (apply), NULL);

  g_ptr_array_add (priv->applies, apply);
  if (priv->offer == NULL || priv->context == NULL)
    cl_instant_apply_block (apply);
  g_signal_connect_object (apply, "notify::valid", G_CALLBACK (apply_valid_cb), self,
                           G_CONNECT_SWAPPED);
  return apply;
}

static Binding *
binding_new (ClOfferSectionBase *self,
             BindingKind         kind,
             const char         *property)
{
  ClOfferSectionBasePrivate *priv = cl_offer_section_base_get_instance_private (self);
  Binding                   *binding = g_new0 (Binding, 1);

  binding->self = self;
  binding->kind = kind;
  binding->property = g_strdup (property);
  g_ptr_array_add (priv->bindings, binding);
  return binding;
}

ClInstantApply *
cl_offer_section_base_bind_text (ClOfferSectionBase *self,
                                 GtkWidget          *field,
                                 const char         *what,
                                 const char         *property)
{
  Binding *binding;

  g_return_val_if_fail (CL_IS_OFFER_SECTION_BASE (self), NULL);

  binding = binding_new (self, BINDING_TEXT, property);
  binding->apply = cl_offer_section_base_add (
    self, cl_instant_apply_new_for_text (field, what, save_text_cb, binding, NULL));
  return binding->apply;
}

ClInstantApply *
cl_offer_section_base_bind_number (ClOfferSectionBase *self,
                                   GtkWidget          *field,
                                   const char         *what,
                                   const char         *property)
{
  Binding *binding;

  g_return_val_if_fail (CL_IS_OFFER_SECTION_BASE (self), NULL);

  binding = binding_new (self, BINDING_NUMBER, property);
  binding->apply = cl_offer_section_base_add (
    self, cl_instant_apply_new_for_text (field, what, save_number_cb, binding, NULL));
  cl_instant_apply_set_check (binding->apply, check_number_cb);
  return binding->apply;
}

ClInstantApply *
cl_offer_section_base_bind_value (ClOfferSectionBase *self,
                                  GtkWidget          *field,
                                  const char         *field_property,
                                  const char         *what,
                                  const char         *property)
{
  Binding *binding;

  g_return_val_if_fail (CL_IS_OFFER_SECTION_BASE (self), NULL);

  binding = binding_new (self, BINDING_VALUE, property);
  binding->apply = cl_offer_section_base_add (
    self, cl_instant_apply_new_for_value (field, field_property, what, save_value_cb, binding,
                                          NULL));
  return binding->apply;
}

void
cl_offer_section_base_show_toast (ClOfferSectionBase *self,
                                  AdwToast           *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (CL_IS_OFFER_SECTION_BASE (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

void
cl_offer_section_base_show_error (ClOfferSectionBase *self,
                                  const GError       *error)
{
  g_return_if_fail (error != NULL);

  cl_offer_section_base_show_toast (self, cl_toast_new (error->message));
}
