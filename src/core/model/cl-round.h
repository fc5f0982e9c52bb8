/* cl-round.h — one round of an application's interview format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_ROUND (cl_round_get_type ())
G_DECLARE_FINAL_TYPE (ClRound, cl_round, CL, ROUND, ClModel)

/* A new, unsaved round (id 0) of @application_id; ClRoundStore saves it. */
ClRound       *cl_round_new                  (gint64       application_id,
                                              ClRoundKind  kind);
/* An edited copy, for cl_round_store_update_round(). */
ClRound       *cl_round_copy                 (ClRound     *self);

gint64         cl_round_get_id               (ClRound     *self);
gint64         cl_round_get_application_id   (ClRound     *self);
/* 0-based order among the rounds of its application. */
guint          cl_round_get_position         (ClRound     *self);
ClRoundKind    cl_round_get_kind             (ClRound     *self);
const char    *cl_round_get_title            (ClRound     *self);
/* Unix time; 0 when not scheduled yet. */
gint64         cl_round_get_scheduled_at     (ClRound     *self);
/* 0 when not known. */
guint          cl_round_get_duration_minutes (ClRound     *self);
ClRoundStatus  cl_round_get_status           (ClRound     *self);
/* Sets the start and the duration from a start and an end (Unix times);
 * refuses, changing nothing, an end that is not after the start or a round
 * longer than a day. */
gboolean       cl_round_set_schedule         (ClRound     *self,
                                              gint64       starts_at,
                                              gint64       ends_at,
                                              GError     **error);
const char    *cl_round_get_notes            (ClRound     *self);

/* clang-format on */
G_END_DECLS
