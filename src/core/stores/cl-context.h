/* cl-context.h — what views and commands are given: database, clock, stores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cl-account-store.h"
#include "cl-clock.h"
#include "cl-company-store.h"
#include "cl-contact-store.h"
#include "cl-database.h"
#include "cl-event-store.h"
#include "cl-journal-store.h"
#include "cl-offer-store.h"
#include "cl-pipeline-store.h"
#include "cl-practice-store.h"
#include "cl-prep-store.h"
#include "cl-red-flag-store.h"
#include "cl-reminder-store.h"
#include "cl-resource-store.h"
#include "cl-round-store.h"
#include "cl-secret-vault.h"
#include "cl-stage-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CONTEXT (cl_context_get_type ())
G_DECLARE_FINAL_TYPE (ClContext, cl_context, CL, CONTEXT, GObject)

ClContext       *cl_context_new                (ClDatabase           *database,
                                                ClClock              *clock);
/* Opens (creating if needed) the database at @path and loads every store. */
ClContext       *cl_context_open               (const char           *path,
                                                ClClock              *clock,
                                                GError              **error);
/* The same, for the command line: with @flags as cl_database_open_full(). */
ClContext       *cl_context_open_full          (const char           *path,
                                                ClDatabaseOpenFlags   flags,
                                                ClClock              *clock,
                                                GError              **error);
/* Opens, checks and migrates the file and reads the board on a worker
 * thread, so the window can show itself first; the callback gets the context
 * once the board's stores hold their data.  The other stores follow, read on
 * the worker too: ::loaded is TRUE once they have. */
void             cl_context_open_async         (const char           *path,
                                                ClClock              *clock,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
ClContext       *cl_context_open_finish        (GAsyncResult         *result,
                                                GError              **error);
gboolean         cl_context_load               (ClContext            *self,
                                                GError              **error);
/* Whether every store holds its data. */
gboolean         cl_context_get_loaded         (ClContext            *self);
/* Makes the one file whole (checkpoint) and closes the database. */
void             cl_context_close              (ClContext            *self);

ClDatabase      *cl_context_get_database       (ClContext            *self);
ClClock         *cl_context_get_clock          (ClContext            *self);
ClCompanyStore  *cl_context_get_company_store  (ClContext            *self);
ClStageStore    *cl_context_get_stage_store    (ClContext            *self);
ClPipelineStore *cl_context_get_pipeline_store (ClContext            *self);
ClContactStore  *cl_context_get_contact_store  (ClContext            *self);
ClEventStore    *cl_context_get_event_store    (ClContext            *self);
ClRoundStore    *cl_context_get_round_store    (ClContext            *self);
ClPrepStore     *cl_context_get_prep_store     (ClContext            *self);
ClResourceStore *cl_context_get_resource_store (ClContext            *self);
ClOfferStore    *cl_context_get_offer_store    (ClContext            *self);
ClRedFlagStore  *cl_context_get_red_flag_store (ClContext            *self);
ClJournalStore  *cl_context_get_journal_store  (ClContext            *self);
ClPracticeStore *cl_context_get_practice_store (ClContext            *self);
ClAccountStore  *cl_context_get_account_store  (ClContext            *self);
/* Read on the first call (not with the other stores at start-up). */
ClReminderStore *cl_context_get_reminder_store (ClContext            *self);
/* Where account passwords go: the desktop's keyring. */
ClSecretVault   *cl_context_get_secret_vault   (ClContext            *self);

/* clang-format on */
G_END_DECLS
