/* cl-offer-section.h — one part of the offer editor
 *
 * The offer editor (ClOfferEditor) is a shell that stacks section widgets,
 * as the application page does (cl-application-section.h): a section knows
 * only the context and its offer.
 *
 *  - set_offer() gives it the offer store's shared offer.  A section never
 *    changes that object: it edits a copy (cl_offer_copy()) and hands it to
 *    one store call, cl_offer_store_update_offer(), which saves it in one
 *    transaction and then updates the shared object; the section follows the
 *    shared object's notifications to show what was saved.  @offer may be
 *    NULL: the section lets go of what it showed.
 *  - "valid" is FALSE while one of its fields holds a value that cannot be
 *    saved (the field says why); it is never saved, and the offer keeps its
 *    last valid value.
 *  - flush() saves at once what waits for the pause after typing.
 *  - get_unsaved() says, after flush(), what was not saved, as a sentence for
 *    the user; NULL when everything was saved.
 *
 * Most sections derive from ClOfferSectionBase, which implements all of it
 * over the ClInstantApply helpers of their fields.  A new section is one
 * more child of the editor's sections box in cl-offer-editor.ui.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFER_SECTION (cl_offer_section_get_type ())
G_DECLARE_INTERFACE (ClOfferSection, cl_offer_section, CL, OFFER_SECTION, GtkWidget)

struct _ClOfferSectionInterface
{
  GTypeInterface parent_iface;

  /* Required. */
  void     (*set_offer)   (ClOfferSection *self,
                           ClContext      *context,
                           ClOffer        *offer);
  /* Optional: the default saves nothing. */
  void     (*flush)       (ClOfferSection *self);
  /* Optional: the default returns NULL. */
  char    *(*get_unsaved) (ClOfferSection *self);
};

/* An implementation overrides the "valid" property
 * (g_object_class_override_property()) and notifies it when it changes. */

void      cl_offer_section_set_offer   (ClOfferSection *self,
                                        ClContext      *context,
                                        ClOffer        *offer);
gboolean  cl_offer_section_get_valid   (ClOfferSection *self);
void      cl_offer_section_flush       (ClOfferSection *self);
char     *cl_offer_section_get_unsaved (ClOfferSection *self);

/* The save path of an offer's field: a copy of @offer with the properties
 * set (g_object_set() style, NULL-terminated), @field checked alone (its
 * problem is the one to show beside it; NULL checks the whole offer), then
 * saved in one transaction by cl_offer_store_update_offer(). */
gboolean  cl_offer_section_save        (ClContext      *context,
                                        ClOffer        *offer,
                                        const char     *field,
                                        GError        **error,
                                        const char     *first_property,
                                        ...) G_GNUC_NULL_TERMINATED;
/* Saves @copy, an edited copy of an offer, after checking @field alone (or
 * the whole copy when NULL). */
gboolean  cl_offer_section_save_copy   (ClContext      *context,
                                        ClOffer        *copy,
                                        const char     *field,
                                        GError        **error);

/* clang-format on */
G_END_DECLS
