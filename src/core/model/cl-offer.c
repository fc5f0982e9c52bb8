/* cl-offer.c — an offer received for an application
 *
 * The object mirrors a row of `offers`.  Views may set properties for
 * editing; nothing is saved until ClOfferStore is asked to.  Optional amounts
 * use -1 for "none", optional dates 0 (or NULL for calendar dates).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "cl-database.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-offer.h"

struct _ClOffer
{
  GObject        parent_instance;

  gint64         id;
  gint64         application_id;
  gint64         base_salary;
  char          *currency;
  double         bonus_percent;
  gint64         sign_on;
  guint          sign_on_clawback_months;
  gint64         equity_amount;
  ClVesting      vesting;
  guint          vesting_years;
  guint          cliff_months;
  char          *level;
  char          *title;
  char          *start_date;
  gint64         response_deadline;
  ClOfferStatus  status;
  gint64         received_at;
  char          *notes;
};

G_DEFINE_FINAL_TYPE (ClOffer, cl_offer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_APPLICATION_ID,
  PROP_BASE_SALARY,
  PROP_CURRENCY,
  PROP_BONUS_PERCENT,
  PROP_SIGN_ON,
  PROP_SIGN_ON_CLAWBACK_MONTHS,
  PROP_EQUITY_AMOUNT,
  PROP_VESTING,
  PROP_VESTING_YEARS,
  PROP_CLIFF_MONTHS,
  PROP_LEVEL,
  PROP_TITLE,
  PROP_START_DATE,
  PROP_RESPONSE_DEADLINE,
  PROP_STATUS,
  PROP_RECEIVED_AT,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cl_offer_finalize (GObject *object)
{
  ClOffer *self = (ClOffer *) object;

  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->level, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (cl_offer_parent_class)->finalize (object);
}

static gpointer
field_address (ClOffer *self,
               guint    prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_APPLICATION_ID: return &self->application_id;
    case PROP_BASE_SALARY: return &self->base_salary;
    case PROP_CURRENCY: return &self->currency;
    case PROP_BONUS_PERCENT: return &self->bonus_percent;
    case PROP_SIGN_ON: return &self->sign_on;
    case PROP_SIGN_ON_CLAWBACK_MONTHS: return &self->sign_on_clawback_months;
    case PROP_EQUITY_AMOUNT: return &self->equity_amount;
    case PROP_VESTING: return &self->vesting;
    case PROP_VESTING_YEARS: return &self->vesting_years;
    case PROP_CLIFF_MONTHS: return &self->cliff_months;
    case PROP_LEVEL: return &self->level;
    case PROP_TITLE: return &self->title;
    case PROP_START_DATE: return &self->start_date;
    case PROP_RESPONSE_DEADLINE: return &self->response_deadline;
    case PROP_STATUS: return &self->status;
    case PROP_RECEIVED_AT: return &self->received_at;
    case PROP_NOTES: return &self->notes;
    default: return NULL;
    }
}

static void
cl_offer_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  gpointer field = field_address (CL_OFFER (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  cl_model_get_field (field, value, pspec);
}

static void
cl_offer_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  gpointer field = field_address (CL_OFFER (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (cl_model_set_field (field, value, pspec))
    g_object_notify_by_pspec (object, pspec);
}

static void
cl_offer_class_init (ClOfferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cl_offer_finalize;
  object_class->get_property = cl_offer_get_property;
  object_class->set_property = cl_offer_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_APPLICATION_ID] =
    g_param_spec_int64 ("application-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* Amounts accept any value, so a view can show what was typed;
   * cl_offer_validate() says what is wrong with it. */
  properties[PROP_BASE_SALARY] =
    g_param_spec_int64 ("base-salary", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, NULL, flags);
  properties[PROP_BONUS_PERCENT] =
    g_param_spec_double ("bonus-percent", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, -1, flags);
  properties[PROP_SIGN_ON] =
    g_param_spec_int64 ("sign-on", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_SIGN_ON_CLAWBACK_MONTHS] =
    g_param_spec_uint ("sign-on-clawback-months", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_EQUITY_AMOUNT] =
    g_param_spec_int64 ("equity-amount", NULL, NULL, G_MININT64, G_MAXINT64, -1, flags);
  properties[PROP_VESTING] =
    g_param_spec_enum ("vesting", NULL, NULL, CL_TYPE_VESTING, CL_VESTING_STANDARD, flags);
  properties[PROP_VESTING_YEARS] =
    g_param_spec_uint ("vesting-years", NULL, NULL, 0, G_MAXUINT, 4, flags);
  properties[PROP_CLIFF_MONTHS] =
    g_param_spec_uint ("cliff-months", NULL, NULL, 0, G_MAXUINT, 12, flags);
  properties[PROP_LEVEL] = g_param_spec_string ("level", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_START_DATE] = g_param_spec_string ("start-date", NULL, NULL, NULL, flags);
  properties[PROP_RESPONSE_DEADLINE] =
    g_param_spec_int64 ("response-deadline", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CL_TYPE_OFFER_STATUS, CL_OFFER_STATUS_RECEIVED, flags);
  properties[PROP_RECEIVED_AT] =
    g_param_spec_int64 ("received-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_offer_init (ClOffer *self)
{
  self->bonus_percent = -1;
  self->sign_on = -1;
  self->equity_amount = -1;
  self->vesting = CL_VESTING_STANDARD;
  self->vesting_years = 4;
  self->cliff_months = 12;
  self->status = CL_OFFER_STATUS_RECEIVED;
}

ClOffer *
cl_offer_new (gint64      application_id,
              gint64      base_salary,
              const char *currency)
{
  return g_object_new (CL_TYPE_OFFER,
                       "application-id", application_id,
                       "base-salary", base_salary,
                       "currency", currency,
                       NULL);
}

gint64 cl_offer_get_id (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), 0); return self->id; }
gint64 cl_offer_get_application_id (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), 0); return self->application_id; }
gint64 cl_offer_get_base_salary (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), 0); return self->base_salary; }
const char *cl_offer_get_currency (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), NULL); return self->currency; }
double cl_offer_get_bonus_percent (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), -1); return self->bonus_percent; }
gint64 cl_offer_get_sign_on (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), -1); return self->sign_on; }
guint cl_offer_get_sign_on_clawback_months (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), 0); return self->sign_on_clawback_months; }
gint64 cl_offer_get_equity_amount (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), -1); return self->equity_amount; }
ClVesting cl_offer_get_vesting (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), 0); return self->vesting; }
guint cl_offer_get_vesting_years (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), 0); return self->vesting_years; }
guint cl_offer_get_cliff_months (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), 0); return self->cliff_months; }
const char *cl_offer_get_level (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), NULL); return self->level; }
const char *cl_offer_get_title (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), NULL); return self->title; }
const char *cl_offer_get_start_date (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), NULL); return self->start_date; }
gint64 cl_offer_get_response_deadline (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), 0); return self->response_deadline; }
ClOfferStatus cl_offer_get_status (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), 0); return self->status; }
gint64 cl_offer_get_received_at (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), 0); return self->received_at; }
const char *cl_offer_get_notes (ClOffer *self) { g_return_val_if_fail (CL_IS_OFFER (self), NULL); return self->notes; }

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
cl_offer_validate (ClOffer  *self,
                   GError  **error)
{
  g_return_val_if_fail (CL_IS_OFFER (self), FALSE);

  if (self->application_id <= 0)
    return invalid (error, _("Choose the application this offer is for."));
  if (self->base_salary < 0)
    return invalid (error, _("The base salary cannot be negative."));
  if (!cl_model_is_currency (self->currency))
    return invalid (error, _("The currency must be a three-letter code in capitals, such as USD or EUR."));
  if (self->bonus_percent != -1 &&
      (!isfinite (self->bonus_percent) || self->bonus_percent < 0 || self->bonus_percent > 1000))
    return invalid (error, _("The target bonus must be between 0 and 1000 percent, or left empty."));
  if (self->sign_on < -1)
    return invalid (error, _("The sign-on bonus cannot be negative."));
  if (self->sign_on_clawback_months > 120)
    return invalid (error, _("The sign-on clawback can last at most 120 months."));
  if (self->equity_amount < -1)
    return invalid (error, _("The equity grant cannot be negative."));
  if (self->vesting_years < 1 || self->vesting_years > 10)
    return invalid (error, _("Equity vests over 1 to 10 years."));
  if (self->cliff_months > 60 || self->cliff_months > self->vesting_years * 12)
    return invalid (error, _("The vesting cliff must be at most 60 months and not longer than the vesting."));
  if (self->level != NULL && g_utf8_strlen (self->level, -1) > 100)
    return invalid (error, _("The level must be at most 100 characters long."));
  if (self->title != NULL && g_utf8_strlen (self->title, -1) > 200)
    return invalid (error, _("The title must be at most 200 characters long."));
  if (self->start_date != NULL && !cl_model_is_iso_date (self->start_date))
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                   _("“%s” is not a date. Write the start date as YYYY-MM-DD, or leave it empty."),
                   self->start_date);
      return FALSE;
    }

  return TRUE;
}
