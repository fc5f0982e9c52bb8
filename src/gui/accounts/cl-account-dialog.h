/* cl-account-dialog.h — add, or edit, one job-site account and its password
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_ACCOUNT_DIALOG (cl_account_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ClAccountDialog, cl_account_dialog, CL, ACCOUNT_DIALOG, AdwWindow)

/* Edits @account, or adds one when it is NULL — for @application_id when
 * not 0 (opened from an application's page).  Emits ::saved (ClAccount,
 * the shared one) once the account and its password are both saved, and
 * ::deleted (the site, a string) after Delete Account; then closes. */
ClAccountDialog *cl_account_dialog_new (GtkWindow  *parent,
                                        ClContext  *context,
                                        ClAccount  *account,
                                        gint64      application_id);

/* clang-format on */
G_END_DECLS
