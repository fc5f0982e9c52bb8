/* cl-sample-generator.h — realistic, deterministic sample data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-context.h"

G_BEGIN_DECLS

/* 2026-11-01T09:00:00Z: the day the sample search is looked at. */
#define CL_SAMPLE_NOW G_GINT64_CONSTANT (1793523600)

typedef struct
{
  guint   n_applications;
  guint   n_contacts;
  guint32 seed;
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
} ClSampleCounts;

/* Fills @context through its stores.  The context's clock must be a fixed
 * clock (it is moved to date the rows and left at CL_SAMPLE_NOW); the same
 * options on an empty database always give the same rows. */
gboolean cl_sample_generate      (ClContext              *context,
                                  const ClSampleOptions  *options,
                                  ClSampleCounts         *out_counts,
                                  GError                **error);

/* Creates the database @path, which must not exist, and fills it. */
gboolean cl_sample_generate_file (const char             *path,
                                  const ClSampleOptions  *options,
                                  ClSampleCounts         *out_counts,
                                  GError                **error);

G_END_DECLS
