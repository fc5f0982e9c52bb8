/* cl-offer-fields.c — how the Offers page reads and shows an offer's values
 *
 * Each editable number of an offer is one line of a table: its property
 * and the kind of value it holds.  Reading goes through cl-money.h, whose
 * messages say what to write; they are handed on as validation errors
 * about the property, so a field shows them as it shows the model's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-fields"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-model.h"
#include "cl-money.h"
#include "cl-offer-fields.h"
#include "cl-validation.h"

typedef enum
{
  KIND_AMOUNT,
  KIND_REQUIRED_AMOUNT,
  KIND_PERCENT,
  KIND_SHARE_PRICE,
  KIND_SHARES,
  KIND_MONTHS,
  KIND_YEARS,
  KIND_CUSTOM_VESTING,
  KIND_CURRENCY,
} Kind;

typedef struct
{
  const char *property;
  Kind        kind;
} Field;

static const Field fields[] = {
  { "base-salary", KIND_REQUIRED_AMOUNT },
  { "bonus-amount", KIND_AMOUNT },
  { "sign-on", KIND_AMOUNT },
  { "sign-on-year2", KIND_AMOUNT },
  { "equity-amount", KIND_AMOUNT },
  { "refresher-amount", KIND_AMOUNT },
  { "bonus-basis-points", KIND_PERCENT },
  { "retirement-match-basis-points", KIND_PERCENT },
  { "share-price", KIND_SHARE_PRICE },
  { "equity-shares", KIND_SHARES },
  { "sign-on-clawback-months", KIND_MONTHS },
  { "cliff-months", KIND_MONTHS },
  { "vesting-years", KIND_YEARS },
  { "custom-vesting", KIND_CUSTOM_VESTING },
  { "currency", KIND_CURRENCY },
};

/* Larger numbers are refused as not being months at all; the model says
 * how many a field takes. */
#define MAX_MONTHS 1000

static const Field *
find_field (const char *property)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].property, property))
      return &fields[i];
  return NULL;
}

static gboolean
fail (GError    **error,
      const char *property,
      int         code,
      const char *message)
{
  const char *names[] = { property, NULL };

  g_propagate_error (error, cl_validation_error_new (code, names, message));
  return FALSE;
}

/* cl-money's message, as a problem of @property. */
static gboolean
fail_from (GError    **error,
           const char *property,
           GError     *money_error)
{
  gboolean result = fail (error, property, CL_VALIDATION_ERROR_FORMAT, money_error->message);

  g_error_free (money_error);
  return result;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
parse_count (const char *text,
             const char *property,
             guint64     maximum,
             const char *message,
             guint64    *out_value,
             GError    **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (!g_ascii_string_to_unsigned (trimmed, 10, 0, maximum, out_value, NULL))
    return fail (error, property, CL_VALIDATION_ERROR_FORMAT, message);
  return TRUE;
}

/* "40 / 30 / 20 / 10" (or "40, 30, 20, 10") into "4000,3000,2000,1000". */
static gboolean
parse_custom_vesting (const char *text,
                      char      **out_list,
                      GError    **error)
{
  g_auto (GStrv) parts = NULL;
  g_autoptr(GString) list = g_string_new (NULL);
  const char *message = _ ("Give the percentage that vests in each year, separated by “/”, "
                           "such as 40 / 30 / 20 / 10.");

  if (is_blank (text))
    {
      *out_list = NULL;
      return TRUE;
    }

  parts = g_strsplit_set (text, "/,;", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autoptr(GError) money_error = NULL;
      gint64 bp = -1;

      if (is_blank (parts[i]))
        return fail (error, "custom-vesting", CL_VALIDATION_ERROR_FORMAT, message);
      if (!cl_percent_parse (parts[i], CL_PERCENT_SCALE, &bp, &money_error))
        return fail_from (error, "custom-vesting", g_steal_pointer (&money_error));
      if (i >= CL_OFFER_MAX_VESTING_YEARS)
        return fail (error, "custom-vesting", CL_VALIDATION_ERROR_OUT_OF_RANGE,
                     _ ("Give the percentages of 1 to 10 years."));
      g_string_append_printf (list, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", bp);
    }
  *out_list = g_string_free (g_steal_pointer (&list), FALSE);
  return TRUE;
}

/* Basis points as a bare percentage: "40", "12.5", "33.33". */
static void
append_percent (GString *out,
                guint    bp)
{
  if (bp % 100 == 0)
    g_string_append_printf (out, "%u", bp / 100);
  else if (bp % 10 == 0)
    g_string_append_printf (out, "%u.%u", bp / 100, (bp % 100) / 10);
  else
    g_string_append_printf (out, "%u.%02u", bp / 100, bp % 100);
}

static char *
format_custom_vesting (const char *list)
{
  guint bp[CL_OFFER_MAX_VESTING_YEARS];
  guint n = 0;
  g_autoptr(GString) out = g_string_new (NULL);

  if (!cl_offer_parse_custom_vesting (list, bp, &n))
    return g_strdup (list != NULL ? list : "");
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, " / ");
      append_percent (out, bp[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
cl_offer_field_parse (ClOffer    *copy,
                      const char *property,
                      const char *text,
                      GError    **error)
{
  const Field *field;
  g_autoptr(GError) money_error = NULL;
  gint64  value = -1;
  guint64 count = 0;

  g_return_val_if_fail (CL_IS_OFFER (copy), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  field = find_field (property);
  g_return_val_if_fail (field != NULL, FALSE);

  switch (field->kind)
    {
    case KIND_AMOUNT:
    case KIND_REQUIRED_AMOUNT:
      if (!cl_money_parse (text, cl_offer_get_currency (copy), &value, &money_error))
        return fail_from (error, property, g_steal_pointer (&money_error));
      if (value < 0 && field->kind == KIND_REQUIRED_AMOUNT)
        return fail (error, property, CL_VALIDATION_ERROR_REQUIRED,
                     _ ("Write the base salary, such as 150,000."));
      g_object_set (copy, property, value, NULL);
      return TRUE;

    case KIND_PERCENT:
      if (!cl_percent_parse (text, CL_PERCENT_SCALE, &value, &money_error))
        return fail_from (error, property, g_steal_pointer (&money_error));
      g_object_set (copy, property, value, NULL);
      return TRUE;

    case KIND_SHARE_PRICE:
      if (!cl_share_price_parse (text, &value, &money_error))
        return fail_from (error, property, g_steal_pointer (&money_error));
      g_object_set (copy, property, value, NULL);
      return TRUE;

    case KIND_SHARES:
      if (!cl_shares_parse (text, &value, &money_error))
        return fail_from (error, property, g_steal_pointer (&money_error));
      g_object_set (copy, property, value, NULL);
      return TRUE;

    case KIND_MONTHS:
      if (is_blank (text))
        count = 0;
      else if (!parse_count (text, property, MAX_MONTHS,
                             _ ("Write a whole number of months, such as 12, or leave it empty."),
                             &count, error))
        return FALSE;
      g_object_set (copy, property, (guint) count, NULL);
      return TRUE;

    case KIND_YEARS:
      if (!parse_count (text, property, CL_OFFER_MAX_VESTING_YEARS,
                        _ ("Write how many years the equity vests over, from 1 to 10."), &count,
                        error) ||
          (count == 0 &&
           !fail (error, property, CL_VALIDATION_ERROR_OUT_OF_RANGE,
                  _ ("Write how many years the equity vests over, from 1 to 10."))))
        return FALSE;
      g_object_set (copy, property, (guint) count, NULL);
      return TRUE;

    case KIND_CUSTOM_VESTING:
      {
        g_autofree char *list = NULL;

        if (!parse_custom_vesting (text, &list, error))
          return FALSE;
        g_object_set (copy, property, list, NULL);
        return TRUE;
      }

    case KIND_CURRENCY:
      {
        g_autofree char *code = g_ascii_strup (text != NULL ? text : "", -1);

        g_strstrip (code);
        if (!cl_currency_check (code, &money_error))
          return fail_from (error, property, g_steal_pointer (&money_error));
        g_object_set (copy, property, code, NULL);
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

char *
cl_offer_field_format (ClOffer    *offer,
                       const char *property)
{
  const Field *field;
  gint64       value = -1;
  guint        count = 0;

  g_return_val_if_fail (CL_IS_OFFER (offer), NULL);

  field = find_field (property);
  g_return_val_if_fail (field != NULL, NULL);

  switch (field->kind)
    {
    case KIND_MONTHS:
      g_object_get (offer, property, &count, NULL);
      return count > 0 ? g_strdup_printf ("%u", count) : g_strdup ("");
    case KIND_YEARS:
      g_object_get (offer, property, &count, NULL);
      return g_strdup_printf ("%u", count);
    case KIND_CUSTOM_VESTING:
      return format_custom_vesting (cl_offer_get_custom_vesting (offer));
    case KIND_CURRENCY:
      return g_strdup (cl_offer_get_currency (offer) != NULL ? cl_offer_get_currency (offer) : "");
    default:
      break;
    }

  g_object_get (offer, property, &value, NULL);
  if (value < 0)
    return g_strdup ("");
  switch (field->kind)
    {
    case KIND_AMOUNT:
    case KIND_REQUIRED_AMOUNT:
      return cl_money_format_amount (value, cl_offer_get_currency (offer));
    case KIND_PERCENT:
      return cl_percent_format (value);
    case KIND_SHARE_PRICE:
      return cl_share_price_format (value);
    case KIND_SHARES:
      return cl_shares_format (value);
    default:
      g_assert_not_reached ();
    }
}

/* Figures ------------------------------------------------------------------ */

gboolean
cl_offer_compute (ClOffer         *offer,
                  ClCompBreakdown *out,
                  GError         **error)
{
  g_return_val_if_fail (CL_IS_OFFER (offer), FALSE);

  return cl_offer_get_breakdown (offer, out, error);
}

char *
cl_offer_format_year1 (ClOffer *offer)
{
  ClCompBreakdown breakdown;

  if (!cl_offer_compute (offer, &breakdown, NULL))
    return NULL;
  return cl_money_format (breakdown.year_totals[0], cl_offer_get_currency (offer));
}

/* Labels ------------------------------------------------------------------- */

static const char *status_labels[] = {
  [CL_OFFER_STATUS_RECEIVED] = N_ ("Received"),
  [CL_OFFER_STATUS_NEGOTIATING] = N_ ("Negotiating"),
  [CL_OFFER_STATUS_ACCEPTED] = N_ ("Accepted"),
  [CL_OFFER_STATUS_DECLINED] = N_ ("Declined"),
  [CL_OFFER_STATUS_EXPIRED] = N_ ("Expired"),
};

static const char *vesting_labels[] = {
  [CL_VESTING_STANDARD] = N_ ("Standard, equal years"),
  [CL_VESTING_FRONT_LOADED] = N_ ("Front-loaded, 33/33/22/12"),
  [CL_VESTING_BACK_LOADED] = N_ ("Back-loaded, 5/15/40/40"),
  [CL_VESTING_CUSTOM] = N_ ("Custom"),
};

/* The translated labels of @labels, once. */
static const char *const *
translate_all (const char  **labels,
               guint         n_labels,
               const char ***cache)
{
  if (g_once_init_enter (cache))
    {
      const char **translated = g_new0 (const char *, n_labels + 1);

      for (guint i = 0; i < n_labels; i++)
        translated[i] = g_intern_string (_ (labels[i]));
      g_once_init_leave (cache, translated);
    }
  return *cache;
}

const char *
cl_offer_status_get_label (ClOfferStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_labels), NULL);

  return _ (status_labels[status]);
}

const char *const *
cl_offer_status_get_labels (void)
{
  static const char **cache;

  return translate_all (status_labels, G_N_ELEMENTS (status_labels), &cache);
}

const char *const *
cl_vesting_get_labels (void)
{
  static const char **cache;

  return translate_all (vesting_labels, G_N_ELEMENTS (vesting_labels), &cache);
}

gboolean
cl_offer_is_open (ClOffer *offer)
{
  ClOfferStatus status = cl_offer_get_status (offer);

  return status == CL_OFFER_STATUS_RECEIVED || status == CL_OFFER_STATUS_NEGOTIATING;
}

char *
cl_offer_describe_deadline (ClOffer *offer,
                            gint64   now)
{
  gint64 deadline = cl_offer_get_response_deadline (offer);
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autofree char *day = NULL;

  if (deadline == 0)
    return NULL;
  if (deadline < now)
    return g_strdup (_ ("Deadline passed"));

  when = g_date_time_new_from_unix_local (deadline);
  today = g_date_time_new_from_unix_local (now);
  if (g_date_time_get_year (when) == g_date_time_get_year (today))
    /* Translators: a response deadline's day, see g_date_time_format(). */
    day = g_date_time_format (when, _ ("%a %-d %b"));
  else
    /* Translators: a response deadline's day in another year. */
    day = g_date_time_format (when, _ ("%a %-d %b %Y"));
  /* Translators: when an offer must be answered, "Answer by Fri 4 Dec". */
  return g_strdup_printf (_ ("Answer by %s"), day);
}
