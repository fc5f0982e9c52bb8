/* cl-offer-section-base.h — what most sections of the offer editor share
 *
 * A section derived from ClOfferSectionBase implements ClOfferSection by
 * what it binds: each field is a ClInstantApply it hands to
 * cl_offer_section_base_add(), or binds to a property of the offer in one
 * call, and "valid", flush() and get_unsaved() cover them all.  The base
 * keeps the context and the shared offer, follows the offer's
 * notifications, shows the bound properties again after each, and then
 * calls the class's show().  After any field is saved, the fields that
 * could not be saved are tried again: what they were checked against may
 * have changed (the sign-on bonus against its year-2 part).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-instant-apply.h"
#include "cl-offer-section.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFER_SECTION_BASE (cl_offer_section_base_get_type ())
G_DECLARE_DERIVABLE_TYPE (ClOfferSectionBase, cl_offer_section_base, CL, OFFER_SECTION_BASE,
                          AdwBin)

struct _ClOfferSectionBaseClass
{
  AdwBinClass parent_class;

  /* A new offer (or context) was set; either may be NULL. */
  void (*bind) (ClOfferSectionBase *self);
  /* The offer (not NULL) was set or changed: show what it says. */
  void (*show) (ClOfferSectionBase *self);

  /*< private >*/
  gpointer padding[4];
};

ClContext      *cl_offer_section_base_get_context     (ClOfferSectionBase *self);
ClOffer        *cl_offer_section_base_get_offer       (ClOfferSectionBase *self);
/* The offer's application on the board, or NULL (archived, or no offer). */
ClApplication  *cl_offer_section_base_get_application (ClOfferSectionBase *self);

/* Takes @apply, which saves a field of this section. */
ClInstantApply *cl_offer_section_base_add             (ClOfferSectionBase *self,
                                                       ClInstantApply     *apply);
/* A text field saved into the offer's string @property, as typed (the model
 * trims it), shown from it. */
ClInstantApply *cl_offer_section_base_bind_text       (ClOfferSectionBase *self,
                                                       GtkWidget          *field,
                                                       const char         *what,
                                                       const char         *property);
/* A text field holding a number of the offer (an amount, a percentage, a
 * share price…): read with cl_offer_field_parse() and checked as typed,
 * shown with cl_offer_field_format(). */
ClInstantApply *cl_offer_section_base_bind_number     (ClOfferSectionBase *self,
                                                       GtkWidget          *field,
                                                       const char         *what,
                                                       const char         *property);
/* A field whose @field_property (an AdwComboRow's "selected"…) is the value
 * of the offer's enum or unsigned @property. */
ClInstantApply *cl_offer_section_base_bind_value      (ClOfferSectionBase *self,
                                                       GtkWidget          *field,
                                                       const char         *field_property,
                                                       const char         *what,
                                                       const char         *property);

/* Shows @toast (taken) on the nearest toast overlay; @error's message as
 * one. */
void            cl_offer_section_base_show_toast      (ClOfferSectionBase *self,
                                                       AdwToast           *toast);
void            cl_offer_section_base_show_error      (ClOfferSectionBase *self,
                                                       const GError       *error);

/* clang-format on */
G_END_DECLS
