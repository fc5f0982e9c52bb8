/* cl-red-flag.h — one warning sign noticed about an employer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_RED_FLAG (cl_red_flag_get_type ())
G_DECLARE_FINAL_TYPE (ClRedFlag, cl_red_flag, CL, RED_FLAG, ClModel)

/* A new, unsaved flag (id 0) of @application_id, checked.  A flag of one's
 * own has kind CL_RED_FLAG_KIND_OTHER and needs a label. */
ClRedFlag     *cl_red_flag_new                (gint64         application_id,
                                               ClRedFlagKind  kind,
                                               const char    *label);
/* An edited copy, for cl_red_flag_store_save_flag(). */
ClRedFlag     *cl_red_flag_copy               (ClRedFlag     *self);

/* 0 for a listed kind that was never checked (no row yet). */
gint64         cl_red_flag_get_id             (ClRedFlag     *self);
gint64         cl_red_flag_get_application_id (ClRedFlag     *self);
ClRedFlagKind  cl_red_flag_get_kind           (ClRedFlag     *self);
/* The user's words for a flag of their own; NULL for a listed kind. */
const char    *cl_red_flag_get_label          (ClRedFlag     *self);
/* What to show: the label, or the listed kind's translated text. */
const char    *cl_red_flag_get_title          (ClRedFlag     *self);
gboolean       cl_red_flag_get_checked        (ClRedFlag     *self);
const char    *cl_red_flag_get_note           (ClRedFlag     *self);

/* clang-format on */
G_END_DECLS
