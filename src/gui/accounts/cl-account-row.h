/* cl-account-row.h — one account in a list: site, username, application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_ACCOUNT_ROW (cl_account_row_get_type ())
G_DECLARE_FINAL_TYPE (ClAccountRow, cl_account_row, CL, ACCOUNT_ROW, AdwActionRow)

/* A row for @account, activatable (::activated: edit it), with Copy
 * Password and, when it has an address, Open Site; toasts go to @overlay.
 * With @on_application_page the row is titled "Account" and names the
 * site below; otherwise it is titled by the site and names the username
 * and the application below. */
GtkWidget *cl_account_row_new         (ClContext       *context,
                                       ClAccount       *account,
                                       AdwToastOverlay *overlay,
                                       gboolean         on_application_page);
ClAccount *cl_account_row_get_account (ClAccountRow    *self);

/* clang-format on */
G_END_DECLS
