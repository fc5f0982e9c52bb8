/* cl-money.c — currencies, exact amounts, and what users type for them
 *
 * Everything is integer arithmetic.  cl_money_portion() multiplies into 128
 * bits made of two 64-bit halves (no __int128, so that 32-bit builds run the
 * same, tested code) and divides back with the remainder, which decides the
 * rounding exactly.
 *
 * What users type is read in cl-money-parse.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-money"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "cl-money.h"

/* clang-format off */
G_DEFINE_QUARK (cl-money-error-quark, cl_money_error)
/* clang-format on */

/* Currencies ---------------------------------------------------------------- */

typedef struct
{
  char        code[4];
  guint8      digits; /* of the minor unit, as ISO 4217 lists it */
  const char *symbol; /* shown instead of the code; NULL: the code is shown */
} Currency;

/* ISO 4217 (list one), the currencies in circulation, sorted by code.
 * ANG stays beside its successor XCG (2025) for offers written in it. */
/* clang-format off */
static const Currency currencies[] = {
  { "AED", 2 }, { "AFN", 2 }, { "ALL", 2 }, { "AMD", 2 }, { "ANG", 2 }, { "AOA", 2 }, { "ARS", 2 },
  { "AUD", 2 }, { "AWG", 2 }, { "AZN", 2 }, { "BAM", 2 }, { "BBD", 2 }, { "BDT", 2 }, { "BGN", 2 },
  { "BHD", 3 }, { "BIF", 0 }, { "BMD", 2 }, { "BND", 2 }, { "BOB", 2 }, { "BRL", 2 }, { "BSD", 2 },
  { "BTN", 2 }, { "BWP", 2 }, { "BYN", 2 }, { "BZD", 2 }, { "CAD", 2 }, { "CDF", 2 }, { "CHF", 2 },
  { "CLP", 0 }, { "CNY", 2 }, { "COP", 2 }, { "CRC", 2 }, { "CUP", 2 }, { "CVE", 2 }, { "CZK", 2 },
  { "DJF", 0 }, { "DKK", 2 }, { "DOP", 2 }, { "DZD", 2 }, { "EGP", 2 }, { "ERN", 2 }, { "ETB", 2 },
  { "EUR", 2, "€" }, { "FJD", 2 }, { "FKP", 2 }, { "GBP", 2, "£" }, { "GEL", 2 }, { "GHS", 2 },
  { "GIP", 2 }, { "GMD", 2 }, { "GNF", 0 }, { "GTQ", 2 }, { "GYD", 2 }, { "HKD", 2 }, { "HNL", 2 },
  { "HTG", 2 }, { "HUF", 2 }, { "IDR", 2 }, { "ILS", 2 }, { "INR", 2, "₹" }, { "IQD", 3 },
  { "IRR", 2 }, { "ISK", 0 }, { "JMD", 2 }, { "JOD", 3 }, { "JPY", 0, "¥" }, { "KES", 2 },
  { "KGS", 2 }, { "KHR", 2 }, { "KMF", 0 }, { "KPW", 2 }, { "KRW", 0 }, { "KWD", 3 }, { "KYD", 2 },
  { "KZT", 2 }, { "LAK", 2 }, { "LBP", 2 }, { "LKR", 2 }, { "LRD", 2 }, { "LSL", 2 }, { "LYD", 3 },
  { "MAD", 2 }, { "MDL", 2 }, { "MGA", 2 }, { "MKD", 2 }, { "MMK", 2 }, { "MNT", 2 }, { "MOP", 2 },
  { "MRU", 2 }, { "MUR", 2 }, { "MVR", 2 }, { "MWK", 2 }, { "MXN", 2 }, { "MYR", 2 }, { "MZN", 2 },
  { "NAD", 2 }, { "NGN", 2 }, { "NIO", 2 }, { "NOK", 2 }, { "NPR", 2 }, { "NZD", 2 }, { "OMR", 3 },
  { "PAB", 2 }, { "PEN", 2 }, { "PGK", 2 }, { "PHP", 2 }, { "PKR", 2 }, { "PLN", 2 }, { "PYG", 0 },
  { "QAR", 2 }, { "RON", 2 }, { "RSD", 2 }, { "RUB", 2 }, { "RWF", 0 }, { "SAR", 2 }, { "SBD", 2 },
  { "SCR", 2 }, { "SDG", 2 }, { "SEK", 2 }, { "SGD", 2 }, { "SHP", 2 }, { "SLE", 2 }, { "SOS", 2 },
  { "SRD", 2 }, { "SSP", 2 }, { "STN", 2 }, { "SVC", 2 }, { "SYP", 2 }, { "SZL", 2 }, { "THB", 2 },
  { "TJS", 2 }, { "TMT", 2 }, { "TND", 3 }, { "TOP", 2 }, { "TRY", 2 }, { "TTD", 2 }, { "TWD", 2 },
  { "TZS", 2 }, { "UAH", 2 }, { "UGX", 0 }, { "USD", 2, "$" }, { "UYU", 2 }, { "UZS", 2 },
  { "VED", 2 }, { "VES", 2 }, { "VND", 0 }, { "VUV", 0 }, { "WST", 2 }, { "XAF", 0 }, { "XCD", 2 },
  { "XCG", 2 }, { "XOF", 0 }, { "XPF", 0 }, { "YER", 2 }, { "ZAR", 2 }, { "ZMW", 2 }, { "ZWG", 2 },
};
/* clang-format on */

static int
compare_currency (const void *key,
                  const void *element)
{
  const Currency *currency = element;

  return strcmp (key, currency->code);
}

static const Currency *
find_currency (const char *code)
{
  if (code == NULL || strlen (code) != 3)
    return NULL;
  return bsearch (code, currencies, G_N_ELEMENTS (currencies), sizeof (Currency),
                  compare_currency);
}

gboolean
cl_currency_is_known (const char *code)
{
  return find_currency (code) != NULL;
}

gboolean
cl_currency_check (const char *code,
                   GError    **error)
{
  if (code == NULL || *code == '\0')
    {
      g_set_error_literal (error, CL_MONEY_ERROR, CL_MONEY_ERROR_UNKNOWN_CURRENCY,
                           _ ("Choose a currency, such as USD or EUR."));
      return FALSE;
    }
  if (strlen (code) != 3 || !g_ascii_isupper (code[0]) || !g_ascii_isupper (code[1]) ||
      !g_ascii_isupper (code[2]))
    {
      g_set_error_literal (error, CL_MONEY_ERROR, CL_MONEY_ERROR_UNKNOWN_CURRENCY,
                           _ ("A currency is a three-letter code, such as USD or EUR."));
      return FALSE;
    }
  if (!cl_currency_is_known (code))
    {
      g_set_error (error, CL_MONEY_ERROR, CL_MONEY_ERROR_UNKNOWN_CURRENCY,
                   _ ("“%s” is not an ISO 4217 currency code. Choose one such as USD or EUR."),
                   code);
      return FALSE;
    }
  return TRUE;
}

guint
cl_currency_get_digits (const char *code)
{
  const Currency *currency = find_currency (code);

  return currency != NULL ? currency->digits : 2;
}

gint64
cl_currency_get_quantum (const char *code)
{
  return cl_currency_get_digits (code) == 0 ? 100 : 1;
}

const char *
cl_currency_get_symbol (const char *code)
{
  const Currency *currency = find_currency (code);

  return currency != NULL ? currency->symbol : NULL;
}

const char *const *
cl_currency_get_codes (void)
{
  static const char **codes;

  if (g_once_init_enter (&codes))
    {
      const char **list = g_new (const char *, G_N_ELEMENTS (currencies) + 1);

      for (guint i = 0; i < G_N_ELEMENTS (currencies); i++)
        list[i] = currencies[i].code;
      list[G_N_ELEMENTS (currencies)] = NULL;
      g_once_init_leave (&codes, list);
    }
  return codes;
}

/* Arithmetic ---------------------------------------------------------------- */

typedef struct
{
  guint64 hi, lo;
} U128;

static U128
mul_64 (guint64 a,
        guint64 b)
{
  guint64 a_lo = a & 0xffffffff, a_hi = a >> 32;
  guint64 b_lo = b & 0xffffffff, b_hi = b >> 32;
  guint64 p0 = a_lo * b_lo, p1 = a_lo * b_hi, p2 = a_hi * b_lo, p3 = a_hi * b_hi;
  guint64 middle = (p0 >> 32) + (p1 & 0xffffffff) + (p2 & 0xffffffff);
  U128    product;

  product.lo = (middle << 32) | (p0 & 0xffffffff);
  product.hi = p3 + (p1 >> 32) + (p2 >> 32) + (middle >> 32);
  return product;
}

/* @n / @d and its remainder, when the quotient fits: @n.hi < @d. */
static guint64
div_128 (U128     n,
         guint64  d,
         guint64 *remainder)
{
  guint64 r = n.hi, q = 0;

  if (n.hi == 0)
    {
      *remainder = n.lo % d;
      return n.lo / d;
    }

  /* Long division, a bit at a time; r < d throughout, so a bit shifted out
   * of r means r is above d. */
  for (int bit = 63; bit >= 0; bit--)
    {
      gboolean carry = (r >> 63) != 0;

      r = (r << 1) | ((n.lo >> bit) & 1);
      q <<= 1;
      if (carry || r >= d)
        {
          r -= d;
          q |= 1;
        }
    }
  *remainder = r;
  return q;
}

static guint64
magnitude (gint64 value)
{
  return value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;
}

gboolean
cl_money_portion_checked (gint64  amount,
                          gint64  numerator,
                          gint64  denominator,
                          gint64  quantum,
                          gint64 *out)
{
  gboolean negative = (amount < 0) != (numerator < 0);
  guint64  divisor, quotient, remainder, limit;
  U128     product;

  g_return_val_if_fail (denominator > 0, FALSE);
  g_return_val_if_fail (quantum > 0, FALSE);
  g_return_val_if_fail (denominator <= G_MAXINT64 / quantum, FALSE);

  /* Rounding to a multiple of @quantum is dividing by @denominator × @quantum
   * and multiplying back. */
  divisor = (guint64) denominator * (guint64) quantum;
  product = mul_64 (magnitude (amount), magnitude (numerator));
  if (product.hi >= divisor)
    return FALSE;
  quotient = div_128 (product, divisor, &remainder);
  /* Halves away from zero: the magnitude goes up when the remainder is at
   * least half the divisor. */
  if (remainder >= divisor - remainder)
    {
      if (quotient == G_MAXUINT64)
        return FALSE;
      quotient++;
    }

  limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
  if (quotient > limit / (guint64) quantum)
    return FALSE;
  quotient *= (guint64) quantum;
  if (out != NULL)
    {
      if (!negative || quotient == 0)
        *out = (gint64) quotient;
      else
        *out = -(gint64) (quotient - 1) - 1;
    }
  return TRUE;
}

gint64
cl_money_portion (gint64 amount,
                  gint64 numerator,
                  gint64 denominator,
                  gint64 quantum)
{
  gint64 result;

  if (cl_money_portion_checked (amount, numerator, denominator, quantum, &result))
    return result;
  return (amount < 0) != (numerator < 0) ? G_MININT64 : G_MAXINT64;
}

/* Formatting ---------------------------------------------------------------- */

/* @value with its digits grouped by threes: "1,234,567". */
static void
append_grouped (GString *out,
                guint64  value)
{
  char  digits[24];
  guint n = (guint) g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

/* |@value| / 10^@scale_digits grouped, then a point and between
 * @min_decimals and @scale_digits decimals, trailing zeros dropped beyond
 * @min_decimals (none at all for a whole number). */
static void
append_fixed (GString *out,
              guint64  value,
              guint    scale_digits,
              guint    min_decimals)
{
  guint64 scale = 1;
  char    decimals[24];
  guint   n;

  for (guint i = 0; i < scale_digits; i++)
    scale *= 10;
  append_grouped (out, value / scale);
  if (value % scale == 0)
    return;

  n = (guint) g_snprintf (decimals, sizeof decimals, "%0*" G_GUINT64_FORMAT, (int) scale_digits,
                          value % scale);
  while (n > min_decimals && decimals[n - 1] == '0')
    n--;
  g_string_append_c (out, '.');
  g_string_append_len (out, decimals, n);
}

static void
append_amount (GString    *out,
               gint64      cents,
               const char *currency)
{
  guint64 value = magnitude (cents);
  guint   digits = MAX (cl_currency_get_digits (currency), 2);

  append_grouped (out, value / 100);
  if (value % 100 != 0)
    {
      /* Cents are all there is; BHD's third decimal is always 0. */
      g_string_append_printf (out, ".%02u", (guint) (value % 100));
      for (guint i = 2; i < digits; i++)
        g_string_append_c (out, '0');
    }
}

char *
cl_money_format (gint64      cents,
                 const char *currency)
{
  GString    *out = g_string_new (NULL);
  const char *symbol = cl_currency_get_symbol (currency);

  if (cents < 0)
    g_string_append_c (out, '-');
  if (symbol != NULL)
    g_string_append (out, symbol);
  else if (currency != NULL && *currency != '\0')
    g_string_append_printf (out, "%s ", currency);
  append_amount (out, cents, currency);
  return g_string_free (out, FALSE);
}

char *
cl_money_format_amount (gint64      cents,
                        const char *currency)
{
  GString *out = g_string_new (NULL);

  if (cents < 0)
    g_string_append_c (out, '-');
  append_amount (out, cents, currency);
  return g_string_free (out, FALSE);
}

static char *
format_fixed (gint64      value,
              guint       scale_digits,
              guint       min_decimals,
              const char *unit)
{
  GString *out = g_string_new (NULL);

  if (value < 0)
    g_string_append_c (out, '-');
  append_fixed (out, magnitude (value), scale_digits, min_decimals);
  if (unit != NULL)
    g_string_append (out, unit);
  return g_string_free (out, FALSE);
}

char *
cl_percent_format (gint64 bp)
{
  return format_fixed (bp, 2, 0, "%");
}

char *
cl_share_price_format (gint64 price)
{
  return format_fixed (price, 4, 2, NULL);
}

char *
cl_shares_format (gint64 shares)
{
  return format_fixed (shares, 0, 0, NULL);
}

char *
cl_rate_format (gint64 micro)
{
  return format_fixed (micro, 6, 0, NULL);
}
