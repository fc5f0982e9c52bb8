/* cl-follow-up-row.h — a contact due a follow-up, with Done and Snooze
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_FOLLOW_UP_ROW (cl_follow_up_row_get_type ())
G_DECLARE_FINAL_TYPE (ClFollowUpRow, cl_follow_up_row, CL, FOLLOW_UP_ROW, GtkWidget)

GtkWidget *cl_follow_up_row_new         (void);
/* Shows @contact (NULL: nothing); Done and Snooze save through @context's
 * contact store. */
void       cl_follow_up_row_set_contact (ClFollowUpRow *self,
                                         ClContext     *context,
                                         ClContact     *contact);

/* clang-format on */
G_END_DECLS
