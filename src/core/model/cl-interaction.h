/* cl-interaction.h — one time the user and a contact were in touch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_INTERACTION (cl_interaction_get_type ())
G_DECLARE_FINAL_TYPE (ClInteraction, cl_interaction, CL, INTERACTION, ClModel)

/* A new, unsaved interaction (id 0) with @contact_id at @occurred_at (Unix
 * time). */
ClInteraction       *cl_interaction_new                (gint64                contact_id,
                                                        gint64                occurred_at,
                                                        ClInteractionChannel  channel,
                                                        const char           *summary);
ClInteraction       *cl_interaction_copy               (ClInteraction        *self);

gint64               cl_interaction_get_id             (ClInteraction        *self);
gint64               cl_interaction_get_contact_id     (ClInteraction        *self);
/* The application it was about; 0 when none. */
gint64               cl_interaction_get_application_id (ClInteraction        *self);
gint64               cl_interaction_get_occurred_at    (ClInteraction        *self);
ClInteractionChannel cl_interaction_get_channel        (ClInteraction        *self);
const char          *cl_interaction_get_summary        (ClInteraction        *self);

/* clang-format on */
G_END_DECLS
