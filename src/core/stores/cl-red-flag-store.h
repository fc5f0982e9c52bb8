/* cl-red-flag-store.h — the red flags checklist of each application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-red-flag.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_RED_FLAG_STORE (cl_red_flag_store_get_type ())
G_DECLARE_FINAL_TYPE (ClRedFlagStore, cl_red_flag_store, CL, RED_FLAG_STORE, ClStore)

/* Like ClRoundStore, it keeps no copy: it emits ::flags-changed (gint64
 * application_id, 0 for "maybe any") after each committed change to red
 * flags, whoever made it. */
ClRedFlagStore *cl_red_flag_store_new         (ClDatabase      *database,
                                               ClClock         *clock);

/* A new list (ClRedFlag) of the checklist of @application_id: every listed
 * kind in enum order, stored or not (an unstored one has id 0 and is
 * unchecked), then the user's own flags in the order they were added. */
GListModel     *cl_red_flag_store_list_for_application (ClRedFlagStore *self,
                                               gint64           application_id,
                                               GError         **error);
/* Saves a flag from the list or from cl_red_flag_new(), edited or not: adds
 * its row when it has none (setting its id), else updates checked, label
 * and note.  One listed kind per application. */
gboolean        cl_red_flag_store_save_flag   (ClRedFlagStore  *self,
                                               ClRedFlag       *flag,
                                               GError         **error);
/* Removes a flag of one's own (a listed kind is unchecked instead). */
gboolean        cl_red_flag_store_delete_flag (ClRedFlagStore  *self,
                                               ClRedFlag       *flag,
                                               GError         **error);

/* clang-format on */
G_END_DECLS
