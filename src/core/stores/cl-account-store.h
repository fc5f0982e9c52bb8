/* cl-account-store.h — the user's job-site accounts, without their passwords
 *
 * One list model of every account, by site as people read it, that
 * follows every change.  Deleting an account (or an application
 * with its accounts) removes the password from the keyring too, through
 * the store's ClSecretVault, once the delete has committed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-account.h"
#include "cl-deletion.h"
#include "cl-pipeline-store.h"
#include "cl-secret-vault.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_ACCOUNT_STORE (cl_account_store_get_type ())
G_DECLARE_FINAL_TYPE (ClAccountStore, cl_account_store, CL, ACCOUNT_STORE, ClStore)

ClAccountStore *cl_account_store_new              (ClDatabase      *database,
                                                   ClClock         *clock,
                                                   ClSecretVault   *vault);

ClSecretVault  *cl_account_store_get_vault        (ClAccountStore  *self);
/* Every account (ClAccount), by site as people read it, then as added. */
GListModel     *cl_account_store_get_accounts     (ClAccountStore  *self);
ClAccount      *cl_account_store_find_account     (ClAccountStore  *self,
                                                   gint64           account_id);
/* The accounts of one application, in the same order (a new list). */
GListModel     *cl_account_store_list_for_application (ClAccountStore *self,
                                                   gint64           application_id);

/* Whether @account can be saved as it is (the checks of add and update,
 * the application's existence included), saving nothing. */
gboolean        cl_account_store_check_account    (ClAccountStore  *self,
                                                   ClAccount       *account,
                                                   GError         **error);
/* Gives a new, unsaved account its random UUID now, so that its password
 * can go into the keyring before its row is added (which keeps it). */
void            cl_account_store_reserve_uuid     (ClAccountStore  *self,
                                                   ClAccount       *account);

/* Saves a new account (from cl_account_new()) with a fresh random UUID;
 * the object becomes the shared one.  Invalid fields are a
 * CL_VALIDATION_ERROR naming the field; an application that no longer
 * exists CL_DATABASE_ERROR_NOT_FOUND. */
gboolean        cl_account_store_add_account      (ClAccountStore  *self,
                                                   ClAccount       *account,
                                                   GError         **error);
/* Saves an edited copy (cl_account_copy()); its UUID stays.  A changed
 * site or username is the caller's to pass on to the keyring
 * (cl_secret_vault_relabel_async()). */
gboolean        cl_account_store_update_account   (ClAccountStore  *self,
                                                   ClAccount       *account,
                                                   GError         **error);
/* Deletes the account, then its password. */
gboolean        cl_account_store_delete_account   (ClAccountStore  *self,
                                                   ClAccount       *account,
                                                   GError         **error);

/* Deletes @application as cl_pipeline_store_delete_application() does, in
 * the same transaction as its accounts when @with_accounts (then their
 * passwords follow; Undo of @out_deletion brings back the application but
 * not them), or leaving them without an application otherwise. */
gboolean        cl_account_store_delete_application (ClAccountStore *self,
                                                   ClPipelineStore *pipeline_store,
                                                   ClApplication   *application,
                                                   gboolean         with_accounts,
                                                   ClDeletion     **out_deletion,
                                                   GError         **error);

/* clang-format on */
G_END_DECLS
