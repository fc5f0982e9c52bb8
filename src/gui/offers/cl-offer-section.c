/* cl-offer-section.c — one part of the offer editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-section"

#include "config.h"

#include "cl-offer-section.h"

G_DEFINE_INTERFACE (ClOfferSection, cl_offer_section, GTK_TYPE_WIDGET)

static void
cl_offer_section_default_init (ClOfferSectionInterface *iface)
{
  g_object_interface_install_property (
    iface, g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                                 G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                   G_PARAM_STATIC_STRINGS));
}

void
cl_offer_section_set_offer (ClOfferSection *self,
                            ClContext      *context,
                            ClOffer        *offer)
{
  g_return_if_fail (CL_IS_OFFER_SECTION (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));
  g_return_if_fail (offer == NULL || CL_IS_OFFER (offer));

  CL_OFFER_SECTION_GET_IFACE (self)->set_offer (self, context, offer);
}

gboolean
cl_offer_section_get_valid (ClOfferSection *self)
{
  gboolean valid = TRUE;

  g_return_val_if_fail (CL_IS_OFFER_SECTION (self), TRUE);

  g_object_get (self, "valid", &valid, NULL);
  return valid;
}

void
cl_offer_section_flush (ClOfferSection *self)
{
  ClOfferSectionInterface *iface;

  g_return_if_fail (CL_IS_OFFER_SECTION (self));

  iface = CL_OFFER_SECTION_GET_IFACE (self);
  if (iface->flush != NULL)
    iface->flush (self);
}

char *
cl_offer_section_get_unsaved (ClOfferSection *self)
{
  ClOfferSectionInterface *iface;

  g_return_val_if_fail (CL_IS_OFFER_SECTION (self), NULL);

  iface = CL_OFFER_SECTION_GET_IFACE (self);
  return iface->get_unsaved != NULL ? iface->get_unsaved (self) : NULL;
}

gboolean
cl_offer_section_save_copy (ClContext  *context,
                            ClOffer    *copy,
                            const char *field,
                            GError    **error)
{
  g_return_val_if_fail (CL_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (CL_IS_OFFER (copy), FALSE);

  if (field != NULL && !cl_model_validate_field (CL_MODEL (copy), field, error))
    return FALSE;
  return cl_offer_store_update_offer (cl_context_get_offer_store (context), copy, error);
}

gboolean
cl_offer_section_save (ClContext  *context,
                       ClOffer    *offer,
                       const char *field,
                       GError    **error,
                       const char *first_property,
                       ...)
{
  g_autoptr(ClOffer) copy = NULL;
  va_list args;

  g_return_val_if_fail (CL_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (CL_IS_OFFER (offer), FALSE);

  copy = cl_offer_copy (offer);
  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (copy), first_property, args);
  va_end (args);

  return cl_offer_section_save_copy (context, copy, field, error);
}
