/* cl-new-offer-dialog.h — asks which application, currency and base salary, and adds the offer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_NEW_OFFER_DIALOG (cl_new_offer_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ClNewOfferDialog, cl_new_offer_dialog, CL, NEW_OFFER_DIALOG,
                      AdwMessageDialog)

/* A dialog transient for @parent (may be NULL), destroyed a moment after
 * its response; the caller presents it.  It emits
 * ::offer-added (ClOffer *offer) once the store holds the new offer (the
 * store's shared object). */
ClNewOfferDialog *cl_new_offer_dialog_new             (GtkWindow        *parent,
                                                       ClContext        *context);
/* Chooses @application (one on the board) as the dialog opens. */
void              cl_new_offer_dialog_set_application (ClNewOfferDialog *self,
                                                       ClApplication    *application);

/* clang-format on */
G_END_DECLS
