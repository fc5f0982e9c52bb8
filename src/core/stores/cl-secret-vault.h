/* cl-secret-vault.h — account passwords in the Secret Service, and nowhere else
 *
 * Every password or token CareerLens keeps is an item of the desktop's
 * keyring (GNOME Keyring, KeePassXC…, or inside Flatpak the Secret portal)
 * reached through libsecret, with the schema "com.example.CareerLens.Account"
 * and the attributes "account-uuid", "site" and "username", labelled as
 * cl_account_dup_keyring_label() says.  Only asynchronous calls are made
 * (the keyring may prompt to unlock): nothing here blocks the main loop.
 *
 * There is no fallback: when no keyring answers, a call fails and the vault
 * records why in "problem" ("no keyring is running…"), which views show;
 * the next call that succeeds clears it.  The secret is never logged, and
 * the memory libsecret gave it in is wiped when freed
 * (cl_secret_vault_free_secret()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cl-account.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_SECRET_VAULT_SCHEMA_NAME "com.example.CareerLens.Account"

#define CL_TYPE_SECRET_VAULT (cl_secret_vault_get_type ())
G_DECLARE_FINAL_TYPE (ClSecretVault, cl_secret_vault, CL, SECRET_VAULT, GObject)

ClSecretVault *cl_secret_vault_new            (void);

/* Why passwords cannot be kept, for people ("no keyring is running on this
 * desktop"), or NULL while none is known.  Notified as "problem". */
const char    *cl_secret_vault_get_problem    (ClSecretVault       *self);
/* The whole sentence views show for the problem: "Passwords can’t be
 * saved: …, and CareerLens will not keep them anywhere else."; NULL when
 * there is none. */
char          *cl_secret_vault_dup_problem_sentence (ClSecretVault *self);
/* Whether a call is under way (views show a spinner).  "busy". */
gboolean       cl_secret_vault_get_busy       (ClSecretVault       *self);

/* Asks the Secret Service whether it is there (opening a session with it),
 * setting or clearing "problem". */
void           cl_secret_vault_check_async    (ClSecretVault       *self,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean       cl_secret_vault_check_finish   (ClSecretVault       *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* Saves @secret (non-empty UTF-8) as the password of @account (saved, so
 * with a UUID), replacing any it had. */
void           cl_secret_vault_store_async    (ClSecretVault       *self,
                                               ClAccount           *account,
                                               const char          *secret,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean       cl_secret_vault_store_finish   (ClSecretVault       *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* The password of the account of @uuid: NULL with no error when it has
 * none.  Free it with cl_secret_vault_free_secret(). */
void           cl_secret_vault_lookup_async   (ClSecretVault       *self,
                                               const char          *uuid,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
char          *cl_secret_vault_lookup_finish  (ClSecretVault       *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* Removes the password of the account of @uuid, if it has one. */
void           cl_secret_vault_clear_async    (ClSecretVault       *self,
                                               const char          *uuid,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean       cl_secret_vault_clear_finish   (ClSecretVault       *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* After @before's site or username changed to @after's (the same account):
 * moves its password, if any, to an item with the new attributes and
 * label, then removes the old item.  Nothing to do when they are equal. */
void           cl_secret_vault_relabel_async  (ClSecretVault       *self,
                                               ClAccount           *before,
                                               ClAccount           *after,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean       cl_secret_vault_relabel_finish (ClSecretVault       *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* For a store that deleted accounts: removes their passwords in the
 * background (holding the default GApplication meanwhile, so quitting
 * waits); a failure is reported by ::forget-failed (uuid, and a sentence
 * for people that says the password stayed and why). */
void           cl_secret_vault_forget         (ClSecretVault       *self,
                                               const char          *uuid);
/* How many forget calls are still under way (for tests). */
guint          cl_secret_vault_get_n_forgetting (ClSecretVault     *self);

/* Wipes and frees a secret from cl_secret_vault_lookup_finish(). */
void           cl_secret_vault_free_secret    (char                *secret);

/* clang-format on */
G_END_DECLS
