/* cl-negotiation-ask.c — one thing asked for in a negotiation
 *
 * The object mirrors a row of `negotiation_asks`.  Views edit a copy and
 * hand it to ClOfferStore, which sets its plan and place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-negotiation-ask"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-negotiation-ask.h"
#include "cl-offer.h"
#include "cl-validation.h"

struct _ClNegotiationAsk
{
  ClModel       parent_instance;

  gint64        id;
  gint64        plan_id;
  guint         position;
  ClAskKind     kind;
  gint64        amount;
  char         *details;
  ClAskPriority priority;
};

G_DEFINE_FINAL_TYPE (ClNegotiationAsk, cl_negotiation_ask, CL_TYPE_MODEL)

/* clang-format off */
static const ClField fields[] = {
  CL_FIELD_ID (ClNegotiationAsk, id),
  /* Set by the store, which makes the plan if there is none: no range. */
  { "plan-id", "plan_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClNegotiationAsk, plan_id),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_INSERT },
  { "position", "position", CL_FIELD_UINT, G_STRUCT_OFFSET (ClNegotiationAsk, position),
    .flags = CL_FIELD_READ_ONLY },
  { "kind", "kind", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClNegotiationAsk, kind),
    .value_type = cl_ask_kind_get_type, .default_value = CL_ASK_KIND_BASE },
  { "amount", "amount", CL_FIELD_INT64, G_STRUCT_OFFSET (ClNegotiationAsk, amount),
    .flags = CL_FIELD_OPTIONAL, .none = -1, .default_value = -1,
    .maximum = CL_OFFER_MAX_AMOUNT,
    .message = N_ ("The amount asked for must be between 0 and 999,999,999,999.99, or left "
                   "empty.") },
  { "details", "details", CL_FIELD_STRING, G_STRUCT_OFFSET (ClNegotiationAsk, details),
    .flags = CL_FIELD_TRIM, .max_length = 1000, .label = N_ ("The details") },
  { "priority", "priority", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClNegotiationAsk, priority),
    .value_type = cl_ask_priority_get_type, .default_value = CL_ASK_PRIORITY_MEDIUM },
};
/* clang-format on */

static void
add_problem (GPtrArray        *problems,
             ClValidationError code,
             const char       *field_a,
             const char       *field_b,
             const char       *message)
{
  const char *names[] = { field_a, field_b, NULL };

  g_ptr_array_add (problems, cl_validation_error_new (code, names, message));
}

static void
cl_negotiation_ask_validate (ClModel   *model,
                             GPtrArray *problems)
{
  ClNegotiationAsk *self = CL_NEGOTIATION_ASK (model);
  gboolean          has_details = !cl_model_is_blank (self->details);

  if (cl_ask_kind_takes_amount (self->kind))
    {
      if (self->amount < 0 && !has_details)
        add_problem (problems, CL_VALIDATION_ERROR_REQUIRED, "amount", NULL,
                     _ ("Give the amount you ask for, or say what you ask for in the "
                        "details."));
      return;
    }

  /* A level or a start date is said in words. */
  if (self->amount >= 0)
    add_problem (problems, CL_VALIDATION_ERROR_INCONSISTENT, "amount", NULL,
                 _ ("Only asks for base salary, equity or a sign-on bonus have an amount. "
                    "Clear the amount and say what you ask for in the details."));
  else if (!has_details)
    add_problem (problems, CL_VALIDATION_ERROR_REQUIRED, "details", NULL,
                 self->kind == CL_ASK_KIND_LEVEL
                   ? _ ("Say which level you ask for, such as Staff.")
                 : self->kind == CL_ASK_KIND_START_DATE
                   ? _ ("Say which start date you ask for.")
                   : _ ("Say what you ask for."));
}

static void
cl_negotiation_ask_class_init (ClNegotiationAskClass *klass)
{
  CL_MODEL_CLASS (klass)->validate = cl_negotiation_ask_validate;
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "negotiation_asks", fields,
                             G_N_ELEMENTS (fields));
}

static void
cl_negotiation_ask_init (ClNegotiationAsk *self)
{
}

ClNegotiationAsk *
cl_negotiation_ask_new (ClAskKind   kind,
                        gint64      amount,
                        const char *details)
{
  return g_object_new (CL_TYPE_NEGOTIATION_ASK, "kind", kind, "amount", amount, "details", details,
                       NULL);
}

ClNegotiationAsk *
cl_negotiation_ask_copy (ClNegotiationAsk *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK (self), NULL);
  return CL_MODEL_COPY (self, ClNegotiationAsk);
}

gint64
cl_negotiation_ask_get_id (ClNegotiationAsk *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK (self), 0);
  return self->id;
}

gint64
cl_negotiation_ask_get_plan_id (ClNegotiationAsk *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK (self), 0);
  return self->plan_id;
}

guint
cl_negotiation_ask_get_position (ClNegotiationAsk *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK (self), 0);
  return self->position;
}

ClAskKind
cl_negotiation_ask_get_kind (ClNegotiationAsk *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK (self), CL_ASK_KIND_OTHER);
  return self->kind;
}

gint64
cl_negotiation_ask_get_amount (ClNegotiationAsk *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK (self), -1);
  return self->amount;
}

const char *
cl_negotiation_ask_get_details (ClNegotiationAsk *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK (self), NULL);
  return self->details;
}

ClAskPriority
cl_negotiation_ask_get_priority (ClNegotiationAsk *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK (self), CL_ASK_PRIORITY_MEDIUM);
  return self->priority;
}
