/* cl-sample-generator.h — realistic, deterministic sample data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

/* 2026-11-01T09:00:00Z: the day the sample search is looked at when the
 * options name no day (ClSampleOptions.today is 0). */
#define CL_SAMPLE_NOW G_GINT64_CONSTANT (1793523600)

typedef struct
{
  guint   n_applications;
  guint   n_contacts;
  guint32 seed;
  /* Any Unix time on the day (in UTC) the search is looked at: the data is
   * dated around it (applications in the months before, rounds, follow-ups
   * and deadlines before and after it) and the clock ends at 09:00 UTC that
   * day.  0: the day of CL_SAMPLE_NOW. */
  gint64  today;
} ClSampleOptions;

typedef struct
{
  guint n_applications;
  guint n_contacts;
  guint n_rounds;
  guint n_objectives;
  guint n_offers;
  guint n_referrals;
  guint n_red_flags;
  guint n_deadlines;
  guint n_follow_ups;
  guint n_journal_entries;
  guint n_negotiation_plans;  /* one per offer still open */
  guint n_negotiation_asks;
  guint n_negotiation_rounds;
  guint n_market_ranges;
  guint n_exchange_rates;
} ClSampleCounts;

/* 09:00 UTC on the day of @options: the time the generating clock ends at. */
gint64   cl_sample_get_now       (const ClSampleOptions  *options);

/* Fills @context through its stores.  The context's clock must be a fixed
 * clock (it is moved to date the rows and left at cl_sample_get_now()); the
 * same options on an empty database always give the same rows. */
gboolean cl_sample_generate      (ClContext              *context,
                                  const ClSampleOptions  *options,
                                  ClSampleCounts         *out_counts,
                                  GError                **error);

/* Creates the database @path, which must not exist, and fills it. */
gboolean cl_sample_generate_file (const char             *path,
                                  const ClSampleOptions  *options,
                                  ClSampleCounts         *out_counts,
                                  GError                **error);

/* clang-format on */
G_END_DECLS
