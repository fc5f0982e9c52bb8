/* cl-password-copy.h — "Copy Password" for an account, from any view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-account.h"
#include "cl-secret-vault.h"

G_BEGIN_DECLS
/* clang-format off */

/* Looks up @account's password in the keyring (asynchronously; @button is
 * insensitive meanwhile), puts it on the clipboard for a while and says so
 * on @overlay — or that there is none, or why the keyring could not help. */
void cl_password_copy_for_account (GtkWidget       *button,
                                   ClSecretVault   *vault,
                                   ClAccount       *account,
                                   AdwToastOverlay *overlay);

/* Copies @secret (typed, or looked up) and says so on @overlay. */
void cl_password_copy_text        (GtkWidget       *widget,
                                   const char      *secret,
                                   AdwToastOverlay *overlay);

/* clang-format on */
G_END_DECLS
