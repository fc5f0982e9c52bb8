/* cl-context.h — what views and commands are given: database, clock, stores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cl-clock.h"
#include "cl-contact-store.h"
#include "cl-database.h"
#include "cl-offer-store.h"
#include "cl-pipeline-store.h"
#include "cl-prep-store.h"
#include "cl-round-store.h"

G_BEGIN_DECLS

#define CL_TYPE_CONTEXT (cl_context_get_type ())
G_DECLARE_FINAL_TYPE (ClContext, cl_context, CL, CONTEXT, GObject)

ClContext       *cl_context_new                (ClDatabase  *database,
                                                ClClock     *clock);
/* Opens (creating if needed) the database at @path and loads every store. */
ClContext       *cl_context_open               (const char  *path,
                                                ClClock     *clock,
                                                GError     **error);
gboolean         cl_context_load               (ClContext   *self,
                                                GError     **error);
ClDatabase      *cl_context_get_database       (ClContext   *self);
ClClock         *cl_context_get_clock          (ClContext   *self);
ClPipelineStore *cl_context_get_pipeline_store (ClContext   *self);
ClContactStore  *cl_context_get_contact_store  (ClContext   *self);
ClRoundStore    *cl_context_get_round_store    (ClContext   *self);
ClPrepStore     *cl_context_get_prep_store     (ClContext   *self);
ClOfferStore    *cl_context_get_offer_store    (ClContext   *self);

G_END_DECLS
