/* cl-money-parse.c — what users type for amounts, prices, percentages, rates
 *
 * The parsers share one scanner: it splits a text into what stands before
 * the number (a sign, a symbol, a code), the number (digits, groups, one
 * point) and what follows (k, %, a code), and checks the grouping.  Each
 * parser then says which affixes it takes and how many decimals its unit
 * keeps, and scales the digits in integers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-money"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cl-money.h"

/* Signs people type before an amount, and the currencies each may stand for:
 * "$" for the dollars and pesos written with it, "¥" for the yen and the
 * yuan, "£" for the pounds. */
static const struct
{
  const char *sign;
  const char *codes; /* space-separated */
} input_signs[] = {
  { "$", "ARS AUD BBD BMD BND BSD BZD CAD CLP COP CUP DOP FJD GYD HKD JMD KYD LRD MXN NAD NZD "
         "SBD SGD SRD TTD TWD USD UYU XCD" },
  { "US$", "USD" },
  { "C$", "CAD" },
  { "CA$", "CAD" },
  { "A$", "AUD" },
  { "AU$", "AUD" },
  { "NZ$", "NZD" },
  { "HK$", "HKD" },
  { "S$", "SGD" },
  { "R$", "BRL" },
  { "€", "EUR" },
  { "£", "GBP FKP GIP SHP" },
  { "¥", "JPY CNY" },
  { "₹", "INR" },
};

/* The scanner --------------------------------------------------------------- */

#define MAX_DIGITS 18

typedef enum
{
  SCAN_OK,
  SCAN_BLANK,
  SCAN_INVALID,
  SCAN_DECIMAL_COMMA, /* "1,5": a comma where a point was meant */
  SCAN_TOO_LONG,      /* more integer digits than MAX_DIGITS */
  SCAN_TOO_PRECISE,   /* more significant decimals than MAX_DIGITS */
} ScanResult;

typedef struct
{
  gboolean negative;
  char    *prefix;                   /* what stands before the number, spaces and signs taken out */
  char    *suffix;                   /* what stands after it, spaces taken out */
  guint64  integer;                  /* the digits before the point */
  char     decimals[MAX_DIGITS + 1]; /* those after it, trailing zeros dropped */
  guint    n_decimals;
} Number;

static void
number_clear (Number *number)
{
  g_clear_pointer (&number->prefix, g_free);
  g_clear_pointer (&number->suffix, g_free);
}

static gboolean
is_minus (gunichar c)
{
  return c == '-' || c == 0x2212 /* − */ || c == 0x2013 /* – */;
}

/* Grouping marks between digits: ",", apostrophes (Swiss 95'000) and the
 * spaces people and locales use, no-break, narrow and thin ones included. */
static gboolean
is_group_mark (gunichar c)
{
  return c == ',' || c == '\'' || c == 0x2019 || c == ' ' || c == 0x00a0 || c == 0x202f ||
         c == 0x2009;
}

static ScanResult
scan_number (const char *text,
             Number     *number)
{
  g_autoptr(GString) prefix = g_string_new (NULL);
  g_autoptr(GString) suffix = g_string_new (NULL);
  g_autoptr(GString) integer = g_string_new (NULL);
  g_autoptr(GString) decimals = g_string_new (NULL);
  guint       groups[64];
  guint       n_groups = 0, group = 0;
  gunichar    last_mark = 0;
  gboolean    point = FALSE;
  const char *p = text;

  memset (number, 0, sizeof *number);
  if (text == NULL)
    return SCAN_BLANK;
  if (!g_utf8_validate (text, -1, NULL))
    return SCAN_INVALID;

  /* Before the number: signs, symbols, codes. */
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (c) || c == '.')
        break;
      if (is_minus (c))
        number->negative = TRUE;
      else if (!g_unichar_isspace (c))
        g_string_append_unichar (prefix, c);
    }
  if (*p == '\0')
    return prefix->len == 0 && !number->negative ? SCAN_BLANK : SCAN_INVALID;

  /* The number: digits in groups, then a point and decimals.  A mark counts
   * only between two digits of the integer part; anything else ends it. */
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (c))
        {
          if (point)
            g_string_append_c (decimals, (char) c);
          else
            {
              g_string_append_c (integer, (char) c);
              group++;
            }
        }
      else if (c == '.' && !point)
        point = TRUE;
      else if (c == '.')
        return SCAN_INVALID;
      else if (!point && group > 0 && is_group_mark (c) &&
               g_ascii_isdigit (*g_utf8_next_char (p)))
        {
          if (n_groups == G_N_ELEMENTS (groups))
            return SCAN_TOO_LONG;
          groups[n_groups++] = group;
          group = 0;
          last_mark = c;
        }
      else
        break;
    }
  if (integer->len == 0 && decimals->len == 0)
    return SCAN_INVALID;

  /* Groups: the first of 1 to 3 digits, then 3 each (2 also for the lakh
   * grouping 1,20,000), the last one 3. */
  if (n_groups > 0)
    {
      if (last_mark == ',' && !point && group <= 2)
        return SCAN_DECIMAL_COMMA;
      if (groups[0] > 3 || group != 3)
        return SCAN_INVALID;
      for (guint i = 1; i < n_groups; i++)
        if (groups[i] < 2 || groups[i] > 3)
          return SCAN_INVALID;
    }

  /* After it: "k", "%", a code. */
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (suffix, c);
    }

  while (decimals->len > 0 && decimals->str[decimals->len - 1] == '0')
    g_string_truncate (decimals, decimals->len - 1);
  if (decimals->len > MAX_DIGITS)
    return SCAN_TOO_PRECISE;
  while (integer->len > 1 && integer->str[0] == '0')
    g_string_erase (integer, 0, 1);
  if (integer->len > MAX_DIGITS)
    return SCAN_TOO_LONG;

  number->integer = integer->len > 0 ? g_ascii_strtoull (integer->str, NULL, 10) : 0;
  memcpy (number->decimals, decimals->str, decimals->len + 1);
  number->n_decimals = (guint) decimals->len;
  number->prefix = g_string_free (g_steal_pointer (&prefix), FALSE);
  number->suffix = g_string_free (g_steal_pointer (&suffix), FALSE);
  return SCAN_OK;
}

static gboolean
number_is_zero (const Number *number)
{
  return number->integer == 0 && number->n_decimals == 0;
}

typedef enum
{
  SCALE_OK,
  SCALE_TOO_PRECISE,
  SCALE_TOO_LARGE,
} ScaleResult;

/* The number in units of 10^-@exponent (cents: 2), at most @max. */
static ScaleResult
number_scale (const Number *number,
              guint         exponent,
              gint64        max,
              gint64       *out)
{
  guint64 scale = 1, value, decimals = 0;

  if (number->n_decimals > exponent)
    return SCALE_TOO_PRECISE;
  for (guint i = 0; i < exponent; i++)
    scale *= 10;
  if (number->integer > (guint64) max / scale)
    return SCALE_TOO_LARGE;
  value = number->integer * scale;
  for (guint i = 0; i < exponent; i++)
    decimals = decimals * 10 + (i < number->n_decimals ? (guint64) (number->decimals[i] - '0') : 0);
  value += decimals;
  if (value > (guint64) max)
    return SCALE_TOO_LARGE;
  *out = (gint64) value;
  return SCALE_OK;
}

/* Whether @sign, typed before an amount, may stand for @currency. */
static gboolean
sign_is_for (const char *sign,
             const char *currency)
{
  for (guint i = 0; i < G_N_ELEMENTS (input_signs); i++)
    if (strcmp (sign, input_signs[i].sign) == 0)
      {
        g_auto (GStrv) codes = g_strsplit (input_signs[i].codes, " ", -1);

        return g_strv_contains ((const char *const *) codes, currency);
      }
  return FALSE;
}

static gboolean
is_sign (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (input_signs); i++)
    if (strcmp (text, input_signs[i].sign) == 0)
      return TRUE;
  return FALSE;
}

/* @text as a currency code in any case, upper-cased into @code; FALSE when
 * it is not three letters. */
static gboolean
as_code (const char *text,
         char        code[4])
{
  if (strlen (text) != 3)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    {
      if (!g_ascii_isalpha (text[i]))
        return FALSE;
      code[i] = g_ascii_toupper (text[i]);
    }
  code[3] = '\0';
  return TRUE;
}

/* Parsing ------------------------------------------------------------------- */

static void
set_error (GError     **error,
           ClMoneyError code,
           const char  *message)
{
  g_set_error_literal (error, CL_MONEY_ERROR, code, message);
}

static const char *
amount_example (const char *currency)
{
  return cl_currency_get_digits (currency) == 0
           ? _ ("Write the amount in digits, such as 120000 or 120,000.")
           : _ ("Write the amount in digits, such as 120000 or 120,000.50.");
}

/* What a money text's affixes say: a multiplier and, when one is written, a
 * currency that must be @currency.  FALSE with the error otherwise. */
static gboolean
money_affixes (const Number *number,
               const char   *currency,
               guint        *out_exponent,
               GError      **error)
{
  const char *suffix = number->suffix;
  char        code[4];
  gboolean    has_code = FALSE;
  guint       exponent = 0;

  if (*number->prefix != '\0')
    {
      if (as_code (number->prefix, code))
        has_code = TRUE;
      else if (!is_sign (number->prefix))
        {
          set_error (error, CL_MONEY_ERROR_INVALID, amount_example (currency));
          return FALSE;
        }
      else if (!sign_is_for (number->prefix, currency))
        {
          g_set_error (error, CL_MONEY_ERROR, CL_MONEY_ERROR_UNKNOWN_CURRENCY,
                       /* Translators: a sign such as “€”, then a code such as USD */
                       _ ("“%s” is not a sign of %s: write the amount alone, such as 120000."),
                       number->prefix, currency);
          return FALSE;
        }
    }

  /* "k" or "m", perhaps before a code; "KRW" and "MXN" are codes. */
  if (strlen (suffix) != 3 && (*suffix == 'k' || *suffix == 'K'))
    exponent = 3, suffix++;
  else if (strlen (suffix) != 3 && (*suffix == 'm' || *suffix == 'M'))
    exponent = 6, suffix++;
  if (*suffix != '\0')
    {
      if (has_code || !as_code (suffix, code))
        {
          set_error (error, CL_MONEY_ERROR_INVALID, amount_example (currency));
          return FALSE;
        }
      has_code = TRUE;
    }

  if (has_code && strcmp (code, currency) != 0)
    {
      g_set_error (error, CL_MONEY_ERROR, CL_MONEY_ERROR_UNKNOWN_CURRENCY,
                   /* Translators: the currency of the amount, then the code typed */
                   _ ("This amount is in %s: write it without “%s”, or change the currency."),
                   currency, code);
      return FALSE;
    }
  *out_exponent = exponent;
  return TRUE;
}

static void
set_money_too_precise (GError    **error,
                       const char *currency)
{
  guint digits = MIN (cl_currency_get_digits (currency), 2);

  if (digits == 0)
    g_set_error (error, CL_MONEY_ERROR, CL_MONEY_ERROR_TOO_PRECISE,
                 _ ("%s has no decimal places: write a whole amount, such as 120000."),
                 currency);
  else
    g_set_error (error, CL_MONEY_ERROR, CL_MONEY_ERROR_TOO_PRECISE,
                 ngettext ("At most %u decimal place for %s.",
                           "At most %u decimal places for %s.", digits),
                 digits, currency);
}

gboolean
cl_money_parse (const char *text,
                const char *currency,
                gint64     *out_cents,
                GError    **error)
{
  Number      number;
  ScanResult  scanned;
  guint       exponent = 0;
  gint64      quantum, max, cents = 0;
  ScaleResult scaled;

  g_return_val_if_fail (out_cents != NULL, FALSE);

  /* Blank is "none" in any currency, even before one is chosen. */
  scanned = scan_number (text, &number);
  if (scanned == SCAN_BLANK)
    {
      *out_cents = -1;
      return TRUE;
    }
  if (!cl_currency_check (currency, error))
    {
      number_clear (&number);
      return FALSE;
    }
  /* Amounts keep cents at most, so the input's step is the currency's unit
   * for those without decimals and the cent for all others. */
  quantum = cl_currency_get_quantum (currency);
  max = CL_MONEY_MAX_CENTS - CL_MONEY_MAX_CENTS % quantum;

  switch (scanned)
    {
    case SCAN_INVALID:
      set_error (error, CL_MONEY_ERROR_INVALID, amount_example (currency));
      return FALSE;
    case SCAN_DECIMAL_COMMA:
      if (cl_currency_get_digits (currency) == 0)
        set_money_too_precise (error, currency);
      else
        set_error (error, CL_MONEY_ERROR_INVALID,
                   _ ("Use a point for decimals, such as 120000.50."));
      return FALSE;
    case SCAN_TOO_PRECISE:
      set_money_too_precise (error, currency);
      return FALSE;
    case SCAN_BLANK:
    case SCAN_TOO_LONG:
    case SCAN_OK:
    default:
      break;
    }

  if (scanned == SCAN_OK && !money_affixes (&number, currency, &exponent, error))
    {
      number_clear (&number);
      return FALSE;
    }
  if (number.negative && (scanned != SCAN_OK || !number_is_zero (&number)))
    {
      number_clear (&number);
      set_error (error, CL_MONEY_ERROR_NEGATIVE, _ ("An amount cannot be negative."));
      return FALSE;
    }

  scaled = scanned == SCAN_OK ? number_scale (&number, 2 + exponent, max, &cents)
                              : SCALE_TOO_LARGE;
  number_clear (&number);
  if (scaled == SCALE_OK && cents % quantum != 0)
    scaled = SCALE_TOO_PRECISE;
  switch (scaled)
    {
    case SCALE_TOO_PRECISE:
      set_money_too_precise (error, currency);
      return FALSE;
    case SCALE_TOO_LARGE:
      {
        g_autofree char *largest = cl_money_format (max, currency);

        g_set_error (error, CL_MONEY_ERROR, CL_MONEY_ERROR_TOO_LARGE,
                     /* Translators: %s is the largest amount, “$999,999,999,999.99” */
                     _ ("An amount can be at most %s."), largest);
        return FALSE;
      }
    case SCALE_OK:
    default:
      *out_cents = cents;
      return TRUE;
    }
}

/* The common path of the other parsers: no multiplier, affixes checked by
 * @affixes_ok.  Messages for each outcome come from @messages. */
typedef struct
{
  const char *invalid;
  const char *negative;
  const char *too_precise;
  const char *too_large;
} Messages;

static gboolean
parse_plain (const char     *text,
             guint           exponent,
             gint64          max,
             ClMoneyError    too_large_code,
             const Messages *messages,
             gboolean (*affixes_ok) (const Number *number),
             gint64  *out,
             GError **error)
{
  Number      number;
  ScanResult  scanned = scan_number (text, &number);
  gboolean    affixes;
  ScaleResult scaled = SCALE_TOO_LARGE;
  gint64      value = 0;

  switch (scanned)
    {
    case SCAN_BLANK:
      *out = -1;
      return TRUE;
    case SCAN_INVALID:
    case SCAN_DECIMAL_COMMA:
      set_error (error, CL_MONEY_ERROR_INVALID, messages->invalid);
      return FALSE;
    case SCAN_TOO_PRECISE:
      set_error (error, CL_MONEY_ERROR_TOO_PRECISE, messages->too_precise);
      return FALSE;
    case SCAN_TOO_LONG:
    case SCAN_OK:
    default:
      break;
    }

  affixes = scanned != SCAN_OK || affixes_ok (&number);
  if (scanned == SCAN_OK)
    scaled = number_scale (&number, exponent, max, &value);
  if (affixes && number.negative && (scanned != SCAN_OK || !number_is_zero (&number)))
    {
      number_clear (&number);
      set_error (error, CL_MONEY_ERROR_NEGATIVE, messages->negative);
      return FALSE;
    }
  number_clear (&number);
  if (!affixes)
    {
      set_error (error, CL_MONEY_ERROR_INVALID, messages->invalid);
      return FALSE;
    }
  switch (scaled)
    {
    case SCALE_TOO_PRECISE:
      set_error (error, CL_MONEY_ERROR_TOO_PRECISE, messages->too_precise);
      return FALSE;
    case SCALE_TOO_LARGE:
      set_error (error, too_large_code, messages->too_large);
      return FALSE;
    case SCALE_OK:
    default:
      *out = value;
      return TRUE;
    }
}

static gboolean
no_affixes (const Number *number)
{
  return *number->prefix == '\0' && *number->suffix == '\0';
}

/* A price may carry any currency's sign or code, before or after. */
static gboolean
price_affixes (const Number *number)
{
  char code[4];

  if (*number->prefix != '\0' && !is_sign (number->prefix) &&
      !(as_code (number->prefix, code) && cl_currency_is_known (code)))
    return FALSE;
  if (*number->suffix != '\0' &&
      (*number->prefix != '\0' || !as_code (number->suffix, code) || !cl_currency_is_known (code)))
    return FALSE;
  return TRUE;
}

static gboolean
percent_affixes (const Number *number)
{
  return *number->prefix == '\0' && (*number->suffix == '\0' || strcmp (number->suffix, "%") == 0);
}

gboolean
cl_share_price_parse (const char *text,
                      gint64     *out_price,
                      GError    **error)
{
  const Messages messages = {
    _ ("Write the share price in digits, such as 123.4567."),
    _ ("A share price cannot be negative."),
    _ ("At most 4 decimal places in a share price."),
    _ ("A share price can be at most 1,000,000."),
  };

  g_return_val_if_fail (out_price != NULL, FALSE);

  return parse_plain (text, 4, CL_SHARE_PRICE_MAX, CL_MONEY_ERROR_TOO_LARGE, &messages,
                      price_affixes, out_price, error);
}

gboolean
cl_percent_parse (const char *text,
                  gint64      max_bp,
                  gint64     *out_bp,
                  GError    **error)
{
  g_autofree char *largest = cl_percent_format (max_bp);
  g_autofree char *too_large =
    /* Translators: %s is the largest percentage, “100%” */
    g_strdup_printf (_ ("A percentage can be at most %s."), largest);
  const Messages messages = {
    _ ("Write the percentage in digits, such as 15 or 12.5."),
    _ ("A percentage cannot be negative."),
    _ ("At most 2 decimal places in a percentage."),
    too_large,
  };

  g_return_val_if_fail (max_bp >= 0, FALSE);
  g_return_val_if_fail (out_bp != NULL, FALSE);

  return parse_plain (text, 2, max_bp, CL_MONEY_ERROR_OUT_OF_RANGE, &messages, percent_affixes,
                      out_bp, error);
}

gboolean
cl_shares_parse (const char *text,
                 gint64     *out_shares,
                 GError    **error)
{
  const Messages messages = {
    _ ("Write the number of shares in digits, such as 1200."),
    _ ("A number of shares cannot be negative."),
    _ ("A number of shares is whole: write it without decimals, such as 1200."),
    _ ("At most 1,000,000,000,000 shares."),
  };

  g_return_val_if_fail (out_shares != NULL, FALSE);

  return parse_plain (text, 0, CL_SHARES_MAX, CL_MONEY_ERROR_TOO_LARGE, &messages, no_affixes,
                      out_shares, error);
}

gboolean
cl_rate_parse (const char *text,
               gint64     *out_micro,
               GError    **error)
{
  const Messages messages = {
    _ ("Write the rate in digits, such as 1.085."),
    _ ("An exchange rate cannot be negative."),
    _ ("At most 6 decimal places in an exchange rate."),
    _ ("An exchange rate can be at most 100,000,000."),
  };
  gint64 micro;

  g_return_val_if_fail (out_micro != NULL, FALSE);

  if (!parse_plain (text, 6, CL_RATE_MAX, CL_MONEY_ERROR_TOO_LARGE, &messages, no_affixes,
                    &micro, error))
    return FALSE;
  if (micro == 0)
    {
      set_error (error, CL_MONEY_ERROR_OUT_OF_RANGE, _ ("An exchange rate must be more than 0."));
      return FALSE;
    }
  *out_micro = micro;
  return TRUE;
}
