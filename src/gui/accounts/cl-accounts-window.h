/* cl-accounts-window.h — every job-site account, with its password at hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_ACCOUNTS_WINDOW (cl_accounts_window_get_type ())
G_DECLARE_FINAL_TYPE (ClAccountsWindow, cl_accounts_window, CL, ACCOUNTS_WINDOW, AdwWindow)

ClAccountsWindow *cl_accounts_window_new         (GtkWindow        *parent,
                                                  ClContext        *context);
/* Opens the form for a new account (as Add Account does). */
void              cl_accounts_window_add_account (ClAccountsWindow *self);

/* clang-format on */
G_END_DECLS
