/* cl-offer.c — an offer received for an application
 *
 * The object mirrors a row of `offers`.  Views edit a copy and hand it to
 * ClOfferStore.  Optional amounts use -1 for "none", optional dates 0 (or
 * NULL for calendar dates).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-offer.h"
#include "cl-validation.h"

struct _ClOffer
{
  ClModel       parent_instance;

  gint64        id;
  gint64        application_id;
  gint64        base_salary;
  char         *currency;
  double        bonus_percent;
  gint64        sign_on;
  guint         sign_on_clawback_months;
  gint64        equity_amount;
  ClVesting     vesting;
  guint         vesting_years;
  guint         cliff_months;
  char         *level;
  char         *title;
  char         *start_date;
  gint64        response_deadline;
  ClOfferStatus status;
  gint64        received_at;
  char         *notes;
};

G_DEFINE_FINAL_TYPE (ClOffer, cl_offer, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClOffer, id),
  { "application-id", "application_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClOffer, application_id),
    .flags = CL_FIELD_READ_ONLY | CL_FIELD_INSERT, .minimum = 1, .maximum = G_MAXINT64,
    .message = N_ ("Choose the application this offer is for.") },
  { "base-salary", "base_salary", CL_FIELD_INT64, G_STRUCT_OFFSET (ClOffer, base_salary),
    .maximum = G_MAXINT64, .message = N_ ("The base salary cannot be negative.") },
  { "currency", "currency", CL_FIELD_STRING, G_STRUCT_OFFSET (ClOffer, currency),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM | CL_FIELD_UPPER, .check = CL_CHECK_CURRENCY,
    .message = N_ ("The currency must be a three-letter code such as USD or EUR.") },
  { "bonus-percent", "bonus_percent", CL_FIELD_DOUBLE, G_STRUCT_OFFSET (ClOffer, bonus_percent),
    .flags = CL_FIELD_OPTIONAL, .none = -1, .default_value = -1, .maximum = 1000,
    .message = N_ ("The target bonus must be between 0 and 1000 percent, or left empty.") },
  { "sign-on", "sign_on", CL_FIELD_INT64, G_STRUCT_OFFSET (ClOffer, sign_on),
    .flags = CL_FIELD_OPTIONAL, .none = -1, .default_value = -1, .maximum = G_MAXINT64,
    .message = N_ ("The sign-on bonus cannot be negative.") },
  { "sign-on-clawback-months", "sign_on_clawback_months", CL_FIELD_UINT,
    G_STRUCT_OFFSET (ClOffer, sign_on_clawback_months), .flags = CL_FIELD_OPTIONAL, .none = 0,
    .maximum = 120, .message = N_ ("The sign-on clawback can last at most 120 months.") },
  { "equity-amount", "equity_amount", CL_FIELD_INT64, G_STRUCT_OFFSET (ClOffer, equity_amount),
    .flags = CL_FIELD_OPTIONAL, .none = -1, .default_value = -1, .maximum = G_MAXINT64,
    .message = N_ ("The equity grant cannot be negative.") },
  { "vesting", "vesting", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClOffer, vesting),
    .value_type = cl_vesting_get_type, .default_value = CL_VESTING_STANDARD },
  { "vesting-years", "vesting_years", CL_FIELD_UINT, G_STRUCT_OFFSET (ClOffer, vesting_years),
    .minimum = 1, .maximum = 10, .default_value = 4,
    .message = N_ ("Equity vests over 1 to 10 years.") },
  { "cliff-months", "cliff_months", CL_FIELD_UINT, G_STRUCT_OFFSET (ClOffer, cliff_months),
    .maximum = 60, .default_value = 12,
    .message =
      N_ ("The vesting cliff must be at most 60 months and not longer than the vesting.") },
  { "level", "level", CL_FIELD_STRING, G_STRUCT_OFFSET (ClOffer, level), .flags = CL_FIELD_TRIM,
    .max_length = 100, .label = N_ ("The level") },
  { "title", "title", CL_FIELD_STRING, G_STRUCT_OFFSET (ClOffer, title), .flags = CL_FIELD_TRIM,
    .max_length = 200, .label = N_ ("The title") },
  { "start-date", "start_date", CL_FIELD_STRING, G_STRUCT_OFFSET (ClOffer, start_date),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_ISO_DATE,
    .message = N_ ("“%s” is not a date. Write the start date as YYYY-MM-DD, or leave it empty.") },
  { "response-deadline", "response_deadline", CL_FIELD_INT64,
    G_STRUCT_OFFSET (ClOffer, response_deadline), .flags = CL_FIELD_OPTIONAL, .none = 0 },
  { "status", "status", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClOffer, status),
    .value_type = cl_offer_status_get_type, .default_value = CL_OFFER_STATUS_RECEIVED },
  { "received-at", "received_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClOffer, received_at) },
  { "notes", "notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClOffer, notes) },
};

static void
cl_offer_validate (ClModel   *model,
                   GPtrArray *problems)
{
  ClOffer    *self = CL_OFFER (model);
  const char *cliff[] = { "cliff-months", NULL };

  if (self->cliff_months <= 60 && self->vesting_years >= 1 && self->vesting_years <= 10 &&
      self->cliff_months > self->vesting_years * 12)
    g_ptr_array_add (
      problems, cl_validation_error_new (CL_VALIDATION_ERROR_INCONSISTENT, cliff,
                                         _ ("The vesting cliff must be at most 60 months and not "
                                            "longer than the vesting.")));
}

static void
cl_offer_class_init (ClOfferClass *klass)
{
  CL_MODEL_CLASS (klass)->validate = cl_offer_validate;
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "offers", fields, G_N_ELEMENTS (fields));
}

static void
cl_offer_init (ClOffer *self)
{
}

ClOffer *
cl_offer_new (gint64      application_id,
              gint64      base_salary,
              const char *currency)
{
  ClOffer *self =
    g_object_new (CL_TYPE_OFFER, "base-salary", base_salary, "currency", currency, NULL);

  cl_model_set_int64 (CL_MODEL (self), "application-id", application_id);
  return self;
}

ClOffer *
cl_offer_copy (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);

  return CL_MODEL_COPY (self, ClOffer);
}

gint64
cl_offer_get_id (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->id;
}
gint64
cl_offer_get_application_id (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->application_id;
}
gint64
cl_offer_get_base_salary (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->base_salary;
}
const char *
cl_offer_get_currency (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);
  return self->currency;
}
double
cl_offer_get_bonus_percent (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), -1);
  return self->bonus_percent;
}
gint64
cl_offer_get_sign_on (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), -1);
  return self->sign_on;
}
guint
cl_offer_get_sign_on_clawback_months (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->sign_on_clawback_months;
}
gint64
cl_offer_get_equity_amount (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), -1);
  return self->equity_amount;
}
ClVesting
cl_offer_get_vesting (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->vesting;
}
guint
cl_offer_get_vesting_years (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->vesting_years;
}
guint
cl_offer_get_cliff_months (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->cliff_months;
}
const char *
cl_offer_get_level (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);
  return self->level;
}
const char *
cl_offer_get_title (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);
  return self->title;
}
const char *
cl_offer_get_start_date (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);
  return self->start_date;
}
gint64
cl_offer_get_response_deadline (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->response_deadline;
}
ClOfferStatus
cl_offer_get_status (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->status;
}
gint64
cl_offer_get_received_at (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), 0);
  return self->received_at;
}
const char *
cl_offer_get_notes (ClOffer *self)
{
  g_return_val_if_fail (CL_IS_OFFER (self), NULL);
  return self->notes;
}
