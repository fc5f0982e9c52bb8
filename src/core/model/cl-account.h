/* cl-account.h — a job-site account: where, who, for which application
 *
 * The account's password or token is never a property of this object: it
 * lives in the keyring only (ClSecretVault), found by the account's UUID.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_ACCOUNT (cl_account_get_type ())
G_DECLARE_FINAL_TYPE (ClAccount, cl_account, CL, ACCOUNT, ClModel)

/* A new, unsaved account (id 0) on @site; ClAccountStore saves it and gives
 * it its UUID.  Properties: "site" (required, at most 100 characters),
 * "url" (optional; an http:// or https:// address), "username" (optional,
 * a name or an email address, at most 254 characters), "application-id"
 * (optional, 0 for none), "notes"; read-only: "id", "uuid", "created-at". */
ClAccount  *cl_account_new                (const char *site);
/* An edited copy, for cl_account_store_update_account(). */
ClAccount  *cl_account_copy               (ClAccount  *self);

gint64      cl_account_get_id             (ClAccount  *self);
/* The random UUID that names its keyring item; NULL until saved. */
const char *cl_account_get_uuid           (ClAccount  *self);
const char *cl_account_get_site           (ClAccount  *self);
/* NULL when there is none. */
const char *cl_account_get_url            (ClAccount  *self);
const char *cl_account_get_username       (ClAccount  *self);
gint64      cl_account_get_application_id (ClAccount  *self);
const char *cl_account_get_notes          (ClAccount  *self);
gint64      cl_account_get_created_at     (ClAccount  *self);

/* How the keyring item is labelled, for GNOME Passwords and Keys:
 * "CareerLens: LinkedIn (name@example.com)", or without the parenthesis
 * when there is no username. */
char       *cl_account_dup_keyring_label  (ClAccount  *self);

/* clang-format on */
G_END_DECLS
