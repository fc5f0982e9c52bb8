/* cl-money.h — currencies, exact amounts, and what users type for them
 *
 * No floating point touches money.  The units, for every currency:
 *
 *   amounts          gint64 in hundredths of the currency unit ("cents"):
 *                    USD 120,000.50 is 12000050, JPY 100 is 10000;
 *   share prices     gint64 in 1/10,000 of the unit: 123.4567 is 1234567;
 *   percentages      gint64 in basis points: 1% is 100, 100% is 10000;
 *   exchange rates   gint64 in millionths: 1 EUR = 1.085 USD is 1085000;
 *   share counts     gint64, whole shares.
 *
 * -1 stands for "none" wherever a value is optional.
 *
 * The rounding rule, one function for all the arithmetic (cl_money_portion):
 * a share of an amount (a percentage of base, a year's vesting, a
 * conversion) is rounded to the nearest cent (to the whole unit for
 * currencies without cents), halves away from zero; a grant's yearly shares
 * are taken as differences of rounded running totals, so they add up to the
 * grant exactly.
 *
 * Formatting is deterministic and independent of the locale ("$120,000.50",
 * "CHF 95,000"), so that tables, the printed sheet and the tests agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS
/* clang-format off */

#define CL_MONEY_ERROR (cl_money_error_quark ())

typedef enum
{
  CL_MONEY_ERROR_INVALID,           /* not a number in a form we read */
  CL_MONEY_ERROR_NEGATIVE,
  CL_MONEY_ERROR_TOO_LARGE,
  CL_MONEY_ERROR_TOO_PRECISE,       /* more decimals than the value keeps */
  CL_MONEY_ERROR_OUT_OF_RANGE,      /* a percentage over its maximum, a rate of 0 */
  CL_MONEY_ERROR_UNKNOWN_CURRENCY,  /* not an ISO 4217 code we know, or another one
                                     * than the amount's */
} ClMoneyError;

GQuark        cl_money_error_quark      (void);

/* The largest amount: 999,999,999,999.99 of a unit. */
#define CL_MONEY_MAX_CENTS       G_GINT64_CONSTANT (99999999999999)
/* The largest share price: 1,000,000 units. */
#define CL_SHARE_PRICE_MAX       G_GINT64_CONSTANT (10000000000)
#define CL_SHARE_PRICE_SCALE     G_GINT64_CONSTANT (10000)
/* The largest number of shares. */
#define CL_SHARES_MAX            G_GINT64_CONSTANT (1000000000000)
/* 100% in basis points. */
#define CL_PERCENT_SCALE         G_GINT64_CONSTANT (10000)
/* 1 in millionths, and the largest rate, 100,000,000. */
#define CL_RATE_SCALE            G_GINT64_CONSTANT (1000000)
#define CL_RATE_MAX              G_GINT64_CONSTANT (100000000000000)

/* Currencies -------------------------------------------------------------- */

/* Whether @code is an active ISO 4217 currency in circulation: three
 * upper-case letters.  Fund codes (BOV, CHE, CLF…), precious metals, SDR and
 * test codes are left out. */
gboolean      cl_currency_is_known      (const char   *code);
/* FALSE with a CL_MONEY_ERROR_UNKNOWN_CURRENCY saying what to write when
 * @code is empty, not three letters, or not a known code. */
gboolean      cl_currency_check         (const char   *code,
                                         GError      **error);
/* Digits of its minor unit in ISO 4217: USD 2, JPY 0, BHD 3; 2 for an
 * unknown code. */
guint         cl_currency_get_digits    (const char   *code);
/* The finest step amounts in @code are rounded to, in cents: 100 for
 * currencies without a minor unit (JPY, KRW), 1 for all others (cents are
 * the finest unit kept, also for BHD's thousandths). */
gint64        cl_currency_get_quantum   (const char   *code);
/* "$", "€", "£", "¥", "₹" for USD, EUR, GBP, JPY, INR; NULL for the others,
 * which are shown by their code. */
const char   *cl_currency_get_symbol    (const char   *code);
/* Every known code, sorted, NULL-terminated: for a combo. */
const char * const *cl_currency_get_codes (void);

/* Arithmetic -------------------------------------------------------------- */

/* @amount × @numerator / @denominator, rounded to the nearest multiple of
 * @quantum (in the units of @amount), halves away from zero — THE rounding
 * rule.  No intermediate result overflows; a result beyond gint64
 * saturates at G_MAXINT64 or G_MININT64 (amounts parsed here never get
 * there).  @denominator and @quantum are positive. */
gint64        cl_money_portion          (gint64        amount,
                                         gint64        numerator,
                                         gint64        denominator,
                                         gint64        quantum);
/* The same, returning FALSE (and leaving @out alone) when the result does
 * not fit in a gint64. */
gboolean      cl_money_portion_checked  (gint64        amount,
                                         gint64        numerator,
                                         gint64        denominator,
                                         gint64        quantum,
                                         gint64       *out);

/* Parsing what users type ------------------------------------------------- *
 *
 * Each returns TRUE with -1 for an empty or blank text ("none"), TRUE with the
 * value, or FALSE with a CL_MONEY_ERROR whose message says what to write.
 * Digits may be grouped by ",", spaces (also no-break and thin ones) or
 * apostrophes; the decimal separator is ".". */

/* An amount in @currency, in cents: "120000", "120,000.50", "95 000",
 * "$120k" (k: thousands, m: millions), "USD 1,200" or "1,200 USD".  A
 * leading symbol or code must be @currency's; at most the currency's
 * decimals (and at most 2); at most CL_MONEY_MAX_CENTS. */
gboolean      cl_money_parse            (const char   *text,
                                         const char   *currency,
                                         gint64       *out_cents,
                                         GError      **error);
/* A share price, in 1/10,000 units: "123.4567", "$12.50"; at most 4
 * decimals, at most 1,000,000. */
gboolean      cl_share_price_parse      (const char   *text,
                                         gint64       *out_price,
                                         GError      **error);
/* A percentage, in basis points: "15", "12.5%"; at most 2 decimals, at most
 * @max_bp (CL_PERCENT_SCALE for 100%). */
gboolean      cl_percent_parse          (const char   *text,
                                         gint64        max_bp,
                                         gint64       *out_bp,
                                         GError      **error);
/* A whole number of shares: "1,234"; at most CL_SHARES_MAX. */
gboolean      cl_shares_parse           (const char   *text,
                                         gint64       *out_shares,
                                         GError      **error);
/* An exchange rate, in millionths: "1.085"; more than 0, at most 6 decimals,
 * at most 100,000,000. */
gboolean      cl_rate_parse             (const char   *text,
                                         gint64       *out_micro,
                                         GError      **error);

/* Formatting -------------------------------------------------------------- */

/* "$120,000", "$120,000.50", "€1,234", "CHF 95,000", "¥1,000,000",
 * "-$5,000": the symbol or the code, digits grouped by ",", decimals only
 * when the amount is not whole — then as many as the currency has (BHD
 * 1.230), and at least two (a JPY amount that is not whole keeps its
 * cents).  A NULL @currency gives the number alone. */
char         *cl_money_format           (gint64        cents,
                                         const char   *currency);
/* The number alone, as cl_money_parse() reads it back: "120,000.50". */
char         *cl_money_format_amount    (gint64        cents,
                                         const char   *currency);
/* "33%", "12.5%", "12.25%". */
char         *cl_percent_format         (gint64        bp);
/* "123.4567", "12.50", "1,200": up to 4 decimals, at least 2 when not
 * whole. */
char         *cl_share_price_format     (gint64        price);
/* "1,234". */
char         *cl_shares_format          (gint64        shares);
/* "1.085", "0.92", "16,250": up to 6 decimals, as few as needed. */
char         *cl_rate_format            (gint64        micro);

/* clang-format on */
G_END_DECLS
