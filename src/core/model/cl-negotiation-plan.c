/* cl-negotiation-plan.c — how the user means to negotiate one offer
 *
 * The object mirrors a row of `negotiation_plans`, one per offer.  Its asks
 * and the rounds of the negotiation are rows of their own
 * (ClNegotiationAsk, ClNegotiationRound).  Views edit a copy and hand it to
 * ClOfferStore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-negotiation-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-model-private.h"
#include "cl-negotiation-plan.h"
#include "cl-offer.h"
#include "cl-validation.h"

struct _ClNegotiationPlan
{
  ClModel parent_instance;

  gint64  id;
  gint64  offer_id;
  gint64  target_total;
  gint64  walk_away_total;
  gint64  leverage_offer_id;
  char   *talking_points;
};

G_DEFINE_FINAL_TYPE (ClNegotiationPlan, cl_negotiation_plan, CL_TYPE_MODEL)

/* clang-format off */
static const ClField fields[] = {
  CL_FIELD_ID (ClNegotiationPlan, id),
  { "offer-id", "offer_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClNegotiationPlan, offer_id),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_INSERT, .minimum = 1, .maximum = G_MAXINT64,
    .message = N_ ("Choose the offer this plan is for.") },
  { "target-total", "target_total", CL_FIELD_INT64,
    G_STRUCT_OFFSET (ClNegotiationPlan, target_total), .flags = CL_FIELD_OPTIONAL, .none = -1,
    .default_value = -1, .maximum = CL_OFFER_MAX_AMOUNT,
    .message = N_ ("The target total must be between 0 and 999,999,999,999.99, or left "
                   "empty.") },
  { "walk-away-total", "walk_away_total", CL_FIELD_INT64,
    G_STRUCT_OFFSET (ClNegotiationPlan, walk_away_total), .flags = CL_FIELD_OPTIONAL,
    .none = -1, .default_value = -1, .maximum = CL_OFFER_MAX_AMOUNT,
    .message = N_ ("The walk-away point must be between 0 and 999,999,999,999.99, or left "
                   "empty.") },
  { "leverage-offer-id", "leverage_offer_id", CL_FIELD_INT64,
    G_STRUCT_OFFSET (ClNegotiationPlan, leverage_offer_id), .flags = CL_FIELD_OPTIONAL,
    .none = 0, .maximum = G_MAXINT64,
    .message = N_ ("Choose one of your other offers as leverage, or none.") },
  { "talking-points", "talking_points", CL_FIELD_STRING,
    G_STRUCT_OFFSET (ClNegotiationPlan, talking_points), .flags = CL_FIELD_TRIM,
    .max_length = 100000, .label = N_ ("The talking points") },
};
/* clang-format on */

static void
cl_negotiation_plan_validate (ClModel   *model,
                              GPtrArray *problems)
{
  ClNegotiationPlan *self = CL_NEGOTIATION_PLAN (model);
  const char        *names[] = { "leverage-offer-id", NULL };

  /* A walk-away point above the target is allowed: it is a warning the
   * plan shows, not a value that cannot be saved. */
  if (self->leverage_offer_id != 0 && self->leverage_offer_id == self->offer_id)
    g_ptr_array_add (problems,
                     cl_validation_error_new (CL_VALIDATION_ERROR_INCONSISTENT, names,
                                              _ ("An offer cannot be its own leverage. Choose "
                                                 "another offer, or none.")));
}

static void
cl_negotiation_plan_class_init (ClNegotiationPlanClass *klass)
{
  CL_MODEL_CLASS (klass)->validate = cl_negotiation_plan_validate;
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "negotiation_plans", fields,
                             G_N_ELEMENTS (fields));
}

static void
cl_negotiation_plan_init (ClNegotiationPlan *self)
{
}

ClNegotiationPlan *
cl_negotiation_plan_new (gint64 offer_id)
{
  ClNegotiationPlan *self = g_object_new (CL_TYPE_NEGOTIATION_PLAN, NULL);

  cl_model_set_int64 (CL_MODEL (self), "offer-id", offer_id);
  return self;
}

ClNegotiationPlan *
cl_negotiation_plan_copy (ClNegotiationPlan *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_PLAN (self), NULL);
  return CL_MODEL_COPY (self, ClNegotiationPlan);
}

gint64
cl_negotiation_plan_get_id (ClNegotiationPlan *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_PLAN (self), 0);
  return self->id;
}

gint64
cl_negotiation_plan_get_offer_id (ClNegotiationPlan *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_PLAN (self), 0);
  return self->offer_id;
}

gint64
cl_negotiation_plan_get_target_total (ClNegotiationPlan *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_PLAN (self), -1);
  return self->target_total;
}

gint64
cl_negotiation_plan_get_walk_away_total (ClNegotiationPlan *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_PLAN (self), -1);
  return self->walk_away_total;
}

gint64
cl_negotiation_plan_get_leverage_offer_id (ClNegotiationPlan *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_PLAN (self), 0);
  return self->leverage_offer_id;
}

const char *
cl_negotiation_plan_get_talking_points (ClNegotiationPlan *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_PLAN (self), NULL);
  return self->talking_points;
}

char **
cl_negotiation_plan_dup_talking_point_list (ClNegotiationPlan *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (CL_IS_NEGOTIATION_PLAN (self), NULL);

  lines = g_strsplit (self->talking_points != NULL ? self->talking_points : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* Also drops the \r of a line pasted from elsewhere. */
      g_strstrip (lines[i]);
      if (!cl_model_is_blank (lines[i]))
        g_strv_builder_add (builder, lines[i]);
    }
  return g_strv_builder_end (builder);
}
