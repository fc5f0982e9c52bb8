/* cl-offer-editor.h — one offer, every part of it, saved as it is edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFER_EDITOR (cl_offer_editor_get_type ())
G_DECLARE_FINAL_TYPE (ClOfferEditor, cl_offer_editor, CL, OFFER_EDITOR, AdwBin)

GtkWidget *cl_offer_editor_new          (void);
/* @offer is the offer store's shared one (may be NULL: nothing is shown);
 * the sections save edited copies of it as the user goes. */
void       cl_offer_editor_set_offer    (ClOfferEditor *self,
                                         ClContext     *context,
                                         ClOffer       *offer);
ClOffer   *cl_offer_editor_get_offer    (ClOfferEditor *self);
/* Whether the back button (to the list, when only one pane shows) is shown. */
void       cl_offer_editor_set_show_back (ClOfferEditor *self,
                                          gboolean       show_back);
/* Saves what waits for a pause in every section. */
void       cl_offer_editor_flush        (ClOfferEditor *self);
/* What each section could not save, or NULL. */
char      *cl_offer_editor_get_unsaved  (ClOfferEditor *self);
/* Shows the top of the offer; the keyboard focus goes to the first field
 * (the base salary), or with @header to the editor's header (its back
 * button when shown). */
void       cl_offer_editor_focus_first  (ClOfferEditor *self,
                                         gboolean       header);

/* clang-format on */
G_END_DECLS
