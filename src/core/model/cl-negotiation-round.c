/* cl-negotiation-round.c — one exchange of a negotiation: what was asked, what came back
 *
 * The object mirrors a row of `negotiation_rounds`.  Views edit a copy and
 * hand it to ClOfferStore, which may also write the numbers that came back
 * into the offer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-negotiation-round"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-negotiation-round.h"
#include "cl-offer.h"

struct _ClNegotiationRound
{
  ClModel              parent_instance;

  gint64               id;
  gint64               plan_id;
  gint64               happened_at;
  char                *asked;
  char                *response;
  ClNegotiationOutcome outcome;
  gint64               offered_base;
  gint64               offered_bonus;
  gint64               offered_sign_on;
  gint64               offered_equity;
};

G_DEFINE_FINAL_TYPE (ClNegotiationRound, cl_negotiation_round, CL_TYPE_MODEL)

#define OFFERED(prop, col, member, text) \
  { \
    prop, col, CL_FIELD_INT64, G_STRUCT_OFFSET (ClNegotiationRound, member), \
      .flags = CL_FIELD_OPTIONAL, .none = -1, .default_value = -1, \
      .maximum = CL_OFFER_MAX_AMOUNT, .message = text \
  }

/* clang-format off */
static const ClField fields[] = {
  CL_FIELD_ID (ClNegotiationRound, id),
  /* Set by the store, which makes the plan if there is none: no range. */
  { "plan-id", "plan_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClNegotiationRound, plan_id),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_INSERT },
  { "happened-at", "happened_at", CL_FIELD_INT64,
    G_STRUCT_OFFSET (ClNegotiationRound, happened_at), .minimum = 1, .maximum = G_MAXINT64,
    .message = N_ ("Choose the day of this round.") },
  { "asked", "asked", CL_FIELD_STRING, G_STRUCT_OFFSET (ClNegotiationRound, asked),
    .flags = CL_FIELD_TRIM, .max_length = 20000, .label = N_ ("What you asked") },
  { "response", "response", CL_FIELD_STRING, G_STRUCT_OFFSET (ClNegotiationRound, response),
    .flags = CL_FIELD_TRIM, .max_length = 20000, .label = N_ ("The response") },
  { "outcome", "outcome", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClNegotiationRound, outcome),
    .value_type = cl_negotiation_outcome_get_type,
    .default_value = CL_NEGOTIATION_OUTCOME_PENDING },
  OFFERED ("offered-base", "offered_base", offered_base,
           N_ ("The base salary offered must be between 0 and 999,999,999,999.99, or left "
               "empty.")),
  OFFERED ("offered-bonus", "offered_bonus", offered_bonus,
           N_ ("The bonus offered must be between 0 and 999,999,999,999.99, or left empty.")),
  OFFERED ("offered-sign-on", "offered_sign_on", offered_sign_on,
           N_ ("The sign-on bonus offered must be between 0 and 999,999,999,999.99, or left "
               "empty.")),
  OFFERED ("offered-equity", "offered_equity", offered_equity,
           N_ ("The equity offered must be between 0 and 999,999,999,999.99, or left empty.")),
};
/* clang-format on */

static void
cl_negotiation_round_class_init (ClNegotiationRoundClass *klass)
{
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "negotiation_rounds", fields,
                             G_N_ELEMENTS (fields));
}

static void
cl_negotiation_round_init (ClNegotiationRound *self)
{
}

ClNegotiationRound *
cl_negotiation_round_new (gint64 happened_at)
{
  return g_object_new (CL_TYPE_NEGOTIATION_ROUND, "happened-at", happened_at, NULL);
}

ClNegotiationRound *
cl_negotiation_round_copy (ClNegotiationRound *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (self), NULL);
  return CL_MODEL_COPY (self, ClNegotiationRound);
}

gint64
cl_negotiation_round_get_id (ClNegotiationRound *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (self), 0);
  return self->id;
}

gint64
cl_negotiation_round_get_plan_id (ClNegotiationRound *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (self), 0);
  return self->plan_id;
}

gint64
cl_negotiation_round_get_happened_at (ClNegotiationRound *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (self), 0);
  return self->happened_at;
}

const char *
cl_negotiation_round_get_asked (ClNegotiationRound *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (self), NULL);
  return self->asked;
}

const char *
cl_negotiation_round_get_response (ClNegotiationRound *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (self), NULL);
  return self->response;
}

ClNegotiationOutcome
cl_negotiation_round_get_outcome (ClNegotiationRound *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (self), CL_NEGOTIATION_OUTCOME_PENDING);
  return self->outcome;
}

gint64
cl_negotiation_round_get_offered_base (ClNegotiationRound *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (self), -1);
  return self->offered_base;
}

gint64
cl_negotiation_round_get_offered_bonus (ClNegotiationRound *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (self), -1);
  return self->offered_bonus;
}

gint64
cl_negotiation_round_get_offered_sign_on (ClNegotiationRound *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (self), -1);
  return self->offered_sign_on;
}

gint64
cl_negotiation_round_get_offered_equity (ClNegotiationRound *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (self), -1);
  return self->offered_equity;
}

gboolean
cl_negotiation_round_has_numbers (ClNegotiationRound *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (self), FALSE);
  return self->offered_base >= 0 || self->offered_bonus >= 0 || self->offered_sign_on >= 0 ||
         self->offered_equity >= 0;
}
