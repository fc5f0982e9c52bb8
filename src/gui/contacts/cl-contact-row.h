/* cl-contact-row.h — one contact in the Contacts page's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-contact.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CONTACT_ROW (cl_contact_row_get_type ())
G_DECLARE_FINAL_TYPE (ClContactRow, cl_contact_row, CL, CONTACT_ROW, GtkWidget)

GtkWidget *cl_contact_row_new         (void);
/* Shows @contact (NULL: nothing) as of @now (Unix time), and follows its
 * changes. */
void       cl_contact_row_set_contact (ClContactRow *self,
                                       ClContact    *contact,
                                       gint64        now);

/* clang-format on */
G_END_DECLS
