/* cl-application-card.h — how one application looks on the board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cl-application.h"
#include "cl-clock.h"
#include "cl-stage.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_APPLICATION_CARD (cl_application_card_get_type ())
G_DECLARE_FINAL_TYPE (ClApplicationCard, cl_application_card, CL, APPLICATION_CARD, GtkWidget)

/* Properties: "application" (ClApplication, NULL to clear), "stage"
 * (ClStage: names the column for screen readers) and "clock" (ClClock: tells
 * "tomorrow" from "today"; the card follows its day). */
ClApplicationCard *cl_application_card_new             (ClClock           *clock);
void               cl_application_card_set_application (ClApplicationCard *self,
                                                        ClApplication     *application,
                                                        ClStage           *stage);
ClApplication     *cl_application_card_get_application (ClApplicationCard *self);
/* The sentences screen readers hear for the card. */
const char        *cl_application_card_get_description (ClApplicationCard *self);
/* Shows where a dragged card would land: -1 before this card, 1 after, 0 neither. */
void               cl_application_card_set_drop_hint   (ClApplicationCard *self,
                                                        int                side);

/* clang-format on */
G_END_DECLS
