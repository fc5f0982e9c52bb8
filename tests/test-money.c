/* test-money.c — currencies, the rounding rule, parsing and formatting
 *
 * Every expected figure is written out; the property tests draw from a
 * GRand with a fixed seed, so each run checks the same values.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cl-money.h"

#define SEED 20250114

/* Currencies ---------------------------------------------------------------- */

static void
test_currency_list (void)
{
  const char *const *codes = cl_currency_get_codes ();
  guint              n = g_strv_length ((char **) codes);

  g_assert_cmpuint (n, >=, 150);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (cl_currency_is_known (codes[i]));
      g_assert_cmpuint (strlen (codes[i]), ==, 3);
      if (i > 0)
        g_assert_cmpstr (codes[i - 1], <, codes[i]);
    }
  g_assert_true (codes == cl_currency_get_codes ());

  g_assert_true (cl_currency_is_known ("USD"));
  g_assert_true (cl_currency_is_known ("CHF"));
  g_assert_true (cl_currency_is_known ("ZWG"));
  g_assert_true (cl_currency_is_known ("AED"));
  g_assert_false (cl_currency_is_known ("usd"));
  g_assert_false (cl_currency_is_known ("US"));
  g_assert_false (cl_currency_is_known ("USDD"));
  g_assert_false (cl_currency_is_known ("XXX"));
  g_assert_false (cl_currency_is_known ("XAU"));
  g_assert_false (cl_currency_is_known (""));
  g_assert_false (cl_currency_is_known (NULL));
}

static void
test_currency_digits (void)
{
  static const struct
  {
    const char *code;
    guint       digits;
    gint64      quantum;
  } cases[] = {
    { "USD", 2, 1 },
    { "EUR", 2, 1 },
    { "GBP", 2, 1 },
    { "JPY", 0, 100 },
    { "KRW", 0, 100 },
    { "CLP", 0, 100 },
    { "ISK", 0, 100 },
    { "VND", 0, 100 },
    { "BHD", 3, 1 },
    { "KWD", 3, 1 },
    { "TND", 3, 1 },
    { "INR", 2, 1 },
    { "IDR", 2, 1 },
    { "XOF", 0, 100 },
    /* Unknown: as two digits. */
    { "ABC", 2, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpuint (cl_currency_get_digits (cases[i].code), ==, cases[i].digits);
      g_assert_cmpint (cl_currency_get_quantum (cases[i].code), ==, cases[i].quantum);
    }

  g_assert_cmpstr (cl_currency_get_symbol ("USD"), ==, "$");
  g_assert_cmpstr (cl_currency_get_symbol ("EUR"), ==, "€");
  g_assert_cmpstr (cl_currency_get_symbol ("GBP"), ==, "£");
  g_assert_cmpstr (cl_currency_get_symbol ("JPY"), ==, "¥");
  g_assert_cmpstr (cl_currency_get_symbol ("INR"), ==, "₹");
  g_assert_null (cl_currency_get_symbol ("CHF"));
  g_assert_null (cl_currency_get_symbol ("CAD"));
  g_assert_null (cl_currency_get_symbol (NULL));
}

static void
test_currency_check (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_currency_check ("EUR", &error));
  g_assert_no_error (error);

  g_assert_false (cl_currency_check ("", &error));
  g_assert_error (error, CL_MONEY_ERROR, CL_MONEY_ERROR_UNKNOWN_CURRENCY);
  g_assert_cmpstr (error->message, ==, "Choose a currency, such as USD or EUR.");
  g_clear_error (&error);

  g_assert_false (cl_currency_check ("eur", &error));
  g_assert_cmpstr (error->message, ==, "A currency is a three-letter code, such as USD or EUR.");
  g_clear_error (&error);

  g_assert_false (cl_currency_check ("XYZ", &error));
  g_assert_cmpstr (error->message, ==,
                   "“XYZ” is not an ISO 4217 currency code. Choose one such as USD or EUR.");
}

/* The rounding rule --------------------------------------------------------- */

static void
test_portion (void)
{
  gint64 out = 7;

  /* A third of a dollar: 33.33… cents. */
  g_assert_cmpint (cl_money_portion (100, 1, 3, 1), ==, 33);
  /* Two thirds of two dollars: 133.33… */
  g_assert_cmpint (cl_money_portion (200, 2, 3, 1), ==, 133);
  /* 66.67 */
  g_assert_cmpint (cl_money_portion (200, 1, 3, 1), ==, 67);
  /* Halves away from zero, both ways: 1.5 → 2, 2.5 → 3, −1.5 → −2. */
  g_assert_cmpint (cl_money_portion (150, 1, 100, 1), ==, 2);
  g_assert_cmpint (cl_money_portion (250, 1, 100, 1), ==, 3);
  g_assert_cmpint (cl_money_portion (249, 1, 100, 1), ==, 2);
  g_assert_cmpint (cl_money_portion (-150, 1, 100, 1), ==, -2);
  g_assert_cmpint (cl_money_portion (150, -1, 100, 1), ==, -2);
  g_assert_cmpint (cl_money_portion (-150, -1, 100, 1), ==, 2);
  g_assert_cmpint (cl_money_portion (-149, 1, 100, 1), ==, -1);
  /* To whole yen (100 cents): 123.45 → 123, 123.50 → 124, −123.50 → −124. */
  g_assert_cmpint (cl_money_portion (12345, 1, 1, 100), ==, 12300);
  g_assert_cmpint (cl_money_portion (12350, 1, 1, 100), ==, 12400);
  g_assert_cmpint (cl_money_portion (-12350, 1, 1, 100), ==, -12400);
  g_assert_cmpint (cl_money_portion (0, 5, 7, 100), ==, 0);
  g_assert_cmpint (cl_money_portion (12345, 0, 7, 1), ==, 0);

  /* No intermediate overflow: (2^63 − 1) × (2^63 − 1) / (2^63 − 1). */
  g_assert_cmpint (cl_money_portion (G_MAXINT64, G_MAXINT64, G_MAXINT64, 1), ==, G_MAXINT64);
  g_assert_cmpint (cl_money_portion (G_MININT64, G_MAXINT64, G_MAXINT64, 1), ==, G_MININT64);
  /* A large amount at a large rate: 10^14 cents × 16,250.123456 = 1,625,012,345,600,000,000. */
  g_assert_cmpint (cl_money_portion (G_GINT64_CONSTANT (100000000000000),
                                     G_GINT64_CONSTANT (16250123456), 1000000, 1),
                   ==, G_GINT64_CONSTANT (1625012345600000000));

  /* Beyond gint64: saturated, or refused by the checked form. */
  g_assert_cmpint (cl_money_portion (G_MAXINT64, 2, 1, 1), ==, G_MAXINT64);
  g_assert_cmpint (cl_money_portion (G_MAXINT64, -2, 1, 1), ==, G_MININT64);
  g_assert_false (cl_money_portion_checked (G_MAXINT64, 2, 1, 1, &out));
  g_assert_false (cl_money_portion_checked (G_MININT64, -1, 1, 1, &out));
  g_assert_cmpint (out, ==, 7);
  g_assert_true (cl_money_portion_checked (G_MININT64, 1, 1, 1, &out));
  g_assert_cmpint (out, ==, G_MININT64);
  /* Rounding up past the largest multiple of the quantum: …775,807 is
   * …775,000 + 807, which rounds up to …776,000. */
  g_assert_false (cl_money_portion_checked (G_MAXINT64, 1, 1, 1000, &out));
  g_assert_true (cl_money_portion_checked (G_MAXINT64 - 400, 1, 1, 1000, &out));
  g_assert_cmpint (out, ==, G_MAXINT64 - 807);
}

#ifdef __SIZEOF_INT128__
/* The rule written with __int128, to check the two-halves arithmetic. */
static gboolean
reference_portion (gint64  amount,
                   gint64  numerator,
                   gint64  denominator,
                   gint64  quantum,
                   gint64 *out)
{
  __int128 product = (__int128) amount * numerator;
  __int128 divisor = (__int128) denominator * quantum;
  __int128 magnitude = product < 0 ? -product : product;
  __int128 q = magnitude / divisor, r = magnitude % divisor;
  __int128 result;

  if (2 * r >= divisor)
    q++;
  result = (product < 0 ? -q : q) * quantum;
  if (result > G_MAXINT64 || result < G_MININT64)
    return FALSE;
  *out = (gint64) result;
  return TRUE;
}

static gint64
random_int64 (GRand *rand)
{
  guint64 value = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
  guint   bits = (guint) g_rand_int_range (rand, 0, 64);

  /* Every size, not only huge ones. */
  value >>= bits;
  return g_rand_boolean (rand) ? -(gint64) (value >> 1) : (gint64) (value >> 1);
}
#endif

static void
test_portion_property (void)
{
#ifdef __SIZEOF_INT128__
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);

  for (guint i = 0; i < 200000; i++)
    {
      gint64   amount = random_int64 (rand);
      gint64   numerator = random_int64 (rand);
      gint64   quantum = g_rand_boolean (rand) ? 1 : g_rand_int_range (rand, 1, 1001);
      gint64   denominator = llabs (random_int64 (rand)) / quantum;
      gint64   expected = 0, got = 0;
      gboolean fits;

      denominator = MAX (denominator, 1);
      fits = reference_portion (amount, numerator, denominator, quantum, &expected);

      if (fits != cl_money_portion_checked (amount, numerator, denominator, quantum, &got) ||
          (fits && got != expected))
        g_error ("portion (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT
                 ", %" G_GINT64_FORMAT "): %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT,
                 amount, numerator, denominator, quantum, got, expected);
    }
#else
  g_test_skip ("no __int128 to compare with");
#endif
}

/* Parsing ------------------------------------------------------------------- */

static void
assert_money (const char *text,
              const char *currency,
              gint64      expected)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = 12345;

  if (!cl_money_parse (text, currency, &cents, &error))
    g_error ("“%s” in %s: %s", text, currency, error->message);
  if (cents != expected)
    g_error ("“%s” in %s: %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT, text, currency,
             cents, expected);
}

static void
assert_money_fails (const char  *text,
                    const char  *currency,
                    ClMoneyError code,
                    const char  *message)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = 12345;

  if (cl_money_parse (text, currency, &cents, &error))
    g_error ("“%s” in %s was read as %" G_GINT64_FORMAT, text, currency, cents);
  g_assert_error (error, CL_MONEY_ERROR, (gint) code);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (cents, ==, 12345);
}

static void
test_money_parse (void)
{
  assert_money ("120000", "USD", 12000000);
  assert_money ("120,000.50", "USD", 12000050);
  assert_money ("$120k", "USD", 12000000);
  assert_money ("$120K", "USD", 12000000);
  assert_money ("95 000", "EUR", 9500000);
  assert_money ("95\u00a0000", "EUR", 9500000);
  assert_money ("95\u202f000", "EUR", 9500000);
  assert_money ("95\u2009000", "EUR", 9500000);
  assert_money ("95'000", "CHF", 9500000);
  assert_money ("1,20,000", "INR", 12000000);
  assert_money ("₹1,20,000", "INR", 12000000);
  assert_money ("1,234,567.89", "USD", 123456789);
  assert_money ("USD 1,200", "USD", 120000);
  assert_money ("1,200 usd", "USD", 120000);
  assert_money ("1.5k", "USD", 150000);
  assert_money ("1.2345k", "USD", 123450);
  assert_money ("120k USD", "USD", 12000000);
  assert_money ("2m", "USD", 200000000);
  assert_money ("€1,234", "EUR", 123400);
  assert_money ("£85,000", "GBP", 8500000);
  assert_money ("¥1,000,000", "JPY", 100000000);
  assert_money ("¥6,500", "CNY", 650000);
  assert_money ("C$100", "CAD", 10000);
  assert_money ("$100", "CAD", 10000);
  assert_money ("120000 KRW", "KRW", 12000000);
  assert_money ("150 MXN", "MXN", 15000);
  assert_money ("  42  ", "USD", 4200);
  assert_money (".5", "USD", 50);
  assert_money ("7.", "USD", 700);
  assert_money ("1,000.", "USD", 100000);
  assert_money ("0", "USD", 0);
  assert_money ("-0", "USD", 0);
  assert_money ("007", "USD", 700);
  /* Zeros beyond the cents change nothing. */
  assert_money ("1.500", "USD", 150);
  assert_money ("1.50000000000000000000000", "USD", 150);
  assert_money ("1.000", "JPY", 100);
  assert_money ("1.23", "BHD", 123);
  assert_money ("999,999,999,999.99", "USD", CL_MONEY_MAX_CENTS);
  assert_money ("999,999,999,999", "JPY", G_GINT64_CONSTANT (99999999999900));
  /* Blank is "none". */
  assert_money ("", "USD", -1);
  assert_money ("   ", "USD", -1);
  assert_money ("\u00a0", "USD", -1);
  assert_money (NULL, "USD", -1);
  assert_money ("", NULL, -1);
  assert_money (" ", "XYZ", -1);
}

static void
test_money_parse_bad (void)
{
  const char *digits = "Write the amount in digits, such as 120000 or 120,000.50.";

  /* Negative, however written. */
  assert_money_fails ("-5", "USD", CL_MONEY_ERROR_NEGATIVE, "An amount cannot be negative.");
  assert_money_fails ("−5", "USD", CL_MONEY_ERROR_NEGATIVE, "An amount cannot be negative.");
  assert_money_fails ("$-5", "USD", CL_MONEY_ERROR_NEGATIVE, "An amount cannot be negative.");
  assert_money_fails ("-$120k", "USD", CL_MONEY_ERROR_NEGATIVE, "An amount cannot be negative.");

  /* Not a number. */
  assert_money_fails ("abc", "USD", CL_MONEY_ERROR_INVALID, digits);
  assert_money_fails ("12a", "USD", CL_MONEY_ERROR_INVALID, digits);
  assert_money_fails ("1.2.3", "USD", CL_MONEY_ERROR_INVALID, digits);
  assert_money_fails ("1,2345", "USD", CL_MONEY_ERROR_INVALID, digits);
  assert_money_fails ("1234,567", "USD", CL_MONEY_ERROR_INVALID, digits);
  assert_money_fails ("1,,000", "USD", CL_MONEY_ERROR_INVALID, digits);
  assert_money_fails ("$", "USD", CL_MONEY_ERROR_INVALID, digits);
  assert_money_fails ("-", "USD", CL_MONEY_ERROR_INVALID, digits);
  assert_money_fails (".", "USD", CL_MONEY_ERROR_INVALID, digits);
  assert_money_fails ("12 k k", "USD", CL_MONEY_ERROR_INVALID, digits);
  assert_money_fails ("1e5", "USD", CL_MONEY_ERROR_INVALID, digits);
  assert_money_fails ("\xc0\xb5", "USD", CL_MONEY_ERROR_INVALID, digits);
  assert_money_fails ("abc", "JPY", CL_MONEY_ERROR_INVALID,
                      "Write the amount in digits, such as 120000 or 120,000.");
  assert_money_fails ("120000,50", "USD", CL_MONEY_ERROR_INVALID,
                      "Use a point for decimals, such as 120000.50.");

  /* Too large. */
  assert_money_fails ("1,000,000,000,000", "USD", CL_MONEY_ERROR_TOO_LARGE,
                      "An amount can be at most $999,999,999,999.99.");
  assert_money_fails ("99999999999999999999999999", "USD", CL_MONEY_ERROR_TOO_LARGE,
                      "An amount can be at most $999,999,999,999.99.");
  assert_money_fails ("1000000000m", "USD", CL_MONEY_ERROR_TOO_LARGE,
                      "An amount can be at most $999,999,999,999.99.");
  assert_money_fails ("1,000,000,000,000", "JPY", CL_MONEY_ERROR_TOO_LARGE,
                      "An amount can be at most ¥999,999,999,999.");
  assert_money_fails ("1,000,000,000,000", "CHF", CL_MONEY_ERROR_TOO_LARGE,
                      "An amount can be at most CHF 999,999,999,999.99.");

  /* Too precise: USD keeps cents, JPY none, BHD cents too. */
  assert_money_fails ("1.234", "USD", CL_MONEY_ERROR_TOO_PRECISE,
                      "At most 2 decimal places for USD.");
  assert_money_fails ("1.234567k", "USD", CL_MONEY_ERROR_TOO_PRECISE,
                      "At most 2 decimal places for USD.");
  assert_money_fails ("1.0000000000000000000001", "USD", CL_MONEY_ERROR_TOO_PRECISE,
                      "At most 2 decimal places for USD.");
  assert_money_fails ("1.5", "JPY", CL_MONEY_ERROR_TOO_PRECISE,
                      "JPY has no decimal places: write a whole amount, such as 120000.");
  assert_money_fails ("1,5", "JPY", CL_MONEY_ERROR_TOO_PRECISE,
                      "JPY has no decimal places: write a whole amount, such as 120000.");
  assert_money_fails ("1.2345k", "JPY", CL_MONEY_ERROR_TOO_PRECISE,
                      "JPY has no decimal places: write a whole amount, such as 120000.");
  assert_money_fails ("1.234", "BHD", CL_MONEY_ERROR_TOO_PRECISE,
                      "At most 2 decimal places for BHD.");

  /* Another currency's sign or code. */
  assert_money_fails ("€100", "USD", CL_MONEY_ERROR_UNKNOWN_CURRENCY,
                      "“€” is not a sign of USD: write the amount alone, such as 120000.");
  assert_money_fails ("$100", "EUR", CL_MONEY_ERROR_UNKNOWN_CURRENCY,
                      "“$” is not a sign of EUR: write the amount alone, such as 120000.");
  assert_money_fails ("100 EUR", "USD", CL_MONEY_ERROR_UNKNOWN_CURRENCY,
                      "This amount is in USD: write it without “EUR”, or change the currency.");
  assert_money_fails ("EUR 100", "USD", CL_MONEY_ERROR_UNKNOWN_CURRENCY,
                      "This amount is in USD: write it without “EUR”, or change the currency.");
  assert_money_fails ("USD 100 USD", "USD", CL_MONEY_ERROR_INVALID, digits);

  /* The currency itself. */
  assert_money_fails ("100", "XYZ", CL_MONEY_ERROR_UNKNOWN_CURRENCY,
                      "“XYZ” is not an ISO 4217 currency code. Choose one such as USD or EUR.");
}

typedef gboolean (*ParseFunc) (const char *text,
                               gint64     *out,
                               GError    **error);

static void
assert_parses (ParseFunc   parse,
               const char *text,
               gint64      expected)
{
  g_autoptr(GError) error = NULL;
  gint64 value = 12345;

  if (!parse (text, &value, &error))
    g_error ("“%s”: %s", text, error->message);
  if (value != expected)
    g_error ("“%s”: %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT, text, value, expected);
}

static void
assert_refused (ParseFunc    parse,
                const char  *text,
                ClMoneyError code,
                const char  *message)
{
  g_autoptr(GError) error = NULL;
  gint64 value = 12345;

  if (parse (text, &value, &error))
    g_error ("“%s” was read as %" G_GINT64_FORMAT, text, value);
  g_assert_error (error, CL_MONEY_ERROR, (gint) code);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (value, ==, 12345);
}

static gboolean
parse_percent_100 (const char *text,
                   gint64     *out,
                   GError    **error)
{
  return cl_percent_parse (text, CL_PERCENT_SCALE, out, error);
}

static gboolean
parse_percent_50 (const char *text,
                  gint64     *out,
                  GError    **error)
{
  return cl_percent_parse (text, 5000, out, error);
}

static void
test_percent_parse (void)
{
  assert_parses (parse_percent_100, "15", 1500);
  assert_parses (parse_percent_100, "12.5%", 1250);
  assert_parses (parse_percent_100, "12.25 %", 1225);
  assert_parses (parse_percent_100, "0.01", 1);
  assert_parses (parse_percent_100, "100", 10000);
  assert_parses (parse_percent_100, "100.00%", 10000);
  assert_parses (parse_percent_100, "", -1);

  assert_refused (parse_percent_100, "100.01", CL_MONEY_ERROR_OUT_OF_RANGE,
                  "A percentage can be at most 100%.");
  assert_refused (parse_percent_100, "150%", CL_MONEY_ERROR_OUT_OF_RANGE,
                  "A percentage can be at most 100%.");
  assert_refused (parse_percent_100, "99999999999999999999", CL_MONEY_ERROR_OUT_OF_RANGE,
                  "A percentage can be at most 100%.");
  assert_refused (parse_percent_50, "50.5", CL_MONEY_ERROR_OUT_OF_RANGE,
                  "A percentage can be at most 50%.");
  assert_refused (parse_percent_100, "12.345", CL_MONEY_ERROR_TOO_PRECISE,
                  "At most 2 decimal places in a percentage.");
  assert_refused (parse_percent_100, "-1", CL_MONEY_ERROR_NEGATIVE,
                  "A percentage cannot be negative.");
  assert_refused (parse_percent_100, "abc", CL_MONEY_ERROR_INVALID,
                  "Write the percentage in digits, such as 15 or 12.5.");
  assert_refused (parse_percent_100, "%15", CL_MONEY_ERROR_INVALID,
                  "Write the percentage in digits, such as 15 or 12.5.");
  assert_refused (parse_percent_100, "15%%", CL_MONEY_ERROR_INVALID,
                  "Write the percentage in digits, such as 15 or 12.5.");
}

static void
test_share_price_parse (void)
{
  assert_parses (cl_share_price_parse, "123.4567", 1234567);
  assert_parses (cl_share_price_parse, "$12.50", 125000);
  assert_parses (cl_share_price_parse, "12.50 EUR", 125000);
  assert_parses (cl_share_price_parse, "0", 0);
  assert_parses (cl_share_price_parse, "0.0001", 1);
  assert_parses (cl_share_price_parse, "1,000,000", CL_SHARE_PRICE_MAX);
  assert_parses (cl_share_price_parse, " ", -1);

  assert_refused (cl_share_price_parse, "12.34567", CL_MONEY_ERROR_TOO_PRECISE,
                  "At most 4 decimal places in a share price.");
  assert_refused (cl_share_price_parse, "1,000,000.0001", CL_MONEY_ERROR_TOO_LARGE,
                  "A share price can be at most 1,000,000.");
  assert_refused (cl_share_price_parse, "-1", CL_MONEY_ERROR_NEGATIVE,
                  "A share price cannot be negative.");
  assert_refused (cl_share_price_parse, "twelve", CL_MONEY_ERROR_INVALID,
                  "Write the share price in digits, such as 123.4567.");
  assert_refused (cl_share_price_parse, "12 XYZ", CL_MONEY_ERROR_INVALID,
                  "Write the share price in digits, such as 123.4567.");
}

static void
test_shares_parse (void)
{
  assert_parses (cl_shares_parse, "1,234", 1234);
  assert_parses (cl_shares_parse, "1200.0", 1200);
  assert_parses (cl_shares_parse, "1,000,000,000,000", CL_SHARES_MAX);
  assert_parses (cl_shares_parse, "", -1);

  assert_refused (cl_shares_parse, "1.5", CL_MONEY_ERROR_TOO_PRECISE,
                  "A number of shares is whole: write it without decimals, such as 1200.");
  assert_refused (cl_shares_parse, "1000000000001", CL_MONEY_ERROR_TOO_LARGE,
                  "At most 1,000,000,000,000 shares.");
  assert_refused (cl_shares_parse, "-3", CL_MONEY_ERROR_NEGATIVE,
                  "A number of shares cannot be negative.");
  assert_refused (cl_shares_parse, "$3", CL_MONEY_ERROR_INVALID,
                  "Write the number of shares in digits, such as 1200.");
  assert_refused (cl_shares_parse, "3k", CL_MONEY_ERROR_INVALID,
                  "Write the number of shares in digits, such as 1200.");
}

static void
test_rate_parse (void)
{
  assert_parses (cl_rate_parse, "1.085", 1085000);
  assert_parses (cl_rate_parse, "0.000001", 1);
  assert_parses (cl_rate_parse, "16,250.5", G_GINT64_CONSTANT (16250500000));
  assert_parses (cl_rate_parse, "100,000,000", CL_RATE_MAX);
  assert_parses (cl_rate_parse, "", -1);

  assert_refused (cl_rate_parse, "0", CL_MONEY_ERROR_OUT_OF_RANGE,
                  "An exchange rate must be more than 0.");
  assert_refused (cl_rate_parse, "0.0000001", CL_MONEY_ERROR_TOO_PRECISE,
                  "At most 6 decimal places in an exchange rate.");
  assert_refused (cl_rate_parse, "100,000,001", CL_MONEY_ERROR_TOO_LARGE,
                  "An exchange rate can be at most 100,000,000.");
  assert_refused (cl_rate_parse, "-1.1", CL_MONEY_ERROR_NEGATIVE,
                  "An exchange rate cannot be negative.");
  assert_refused (cl_rate_parse, "1.1.1", CL_MONEY_ERROR_INVALID,
                  "Write the rate in digits, such as 1.085.");
}

/* Formatting ---------------------------------------------------------------- */

static void
assert_formats (char       *text,
                const char *expected)
{
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

static void
test_format (void)
{
  assert_formats (cl_money_format (12000000, "USD"), "$120,000");
  assert_formats (cl_money_format (12000050, "USD"), "$120,000.50");
  assert_formats (cl_money_format (123400, "EUR"), "€1,234");
  assert_formats (cl_money_format (9500000, "CHF"), "CHF 95,000");
  assert_formats (cl_money_format (100000000, "JPY"), "¥1,000,000");
  assert_formats (cl_money_format (-500000, "USD"), "-$5,000");
  assert_formats (cl_money_format (-9500001, "CHF"), "-CHF 95,000.01");
  assert_formats (cl_money_format (0, "USD"), "$0");
  assert_formats (cl_money_format (5, "USD"), "$0.05");
  assert_formats (cl_money_format (99, "GBP"), "£0.99");
  assert_formats (cl_money_format (123, "BHD"), "BHD 1.230");
  /* A JPY figure that is not whole keeps its cents rather than hide them. */
  assert_formats (cl_money_format (150, "JPY"), "¥1.50");
  assert_formats (cl_money_format (123456789, NULL), "1,234,567.89");
  assert_formats (cl_money_format (100, "XYZ"), "XYZ 1");
  assert_formats (cl_money_format (CL_MONEY_MAX_CENTS, "USD"), "$999,999,999,999.99");
  assert_formats (cl_money_format (G_MININT64, "USD"), "-$92,233,720,368,547,758.08");
  assert_formats (cl_money_format (G_MAXINT64, "USD"), "$92,233,720,368,547,758.07");
  assert_formats (cl_money_format_amount (12000050, "USD"), "120,000.50");
  assert_formats (cl_money_format_amount (-12000000, "JPY"), "-120,000");

  assert_formats (cl_percent_format (3300), "33%");
  assert_formats (cl_percent_format (1250), "12.5%");
  assert_formats (cl_percent_format (1225), "12.25%");
  assert_formats (cl_percent_format (5), "0.05%");
  assert_formats (cl_percent_format (0), "0%");
  assert_formats (cl_percent_format (10000), "100%");
  assert_formats (cl_percent_format (-150), "-1.5%");

  assert_formats (cl_share_price_format (1234567), "123.4567");
  assert_formats (cl_share_price_format (125000), "12.50");
  assert_formats (cl_share_price_format (125500), "12.55");
  assert_formats (cl_share_price_format (125510), "12.551");
  assert_formats (cl_share_price_format (120000000), "12,000");
  assert_formats (cl_share_price_format (1), "0.0001");

  assert_formats (cl_shares_format (1234), "1,234");
  assert_formats (cl_shares_format (0), "0");

  assert_formats (cl_rate_format (1085000), "1.085");
  assert_formats (cl_rate_format (920000), "0.92");
  assert_formats (cl_rate_format (G_GINT64_CONSTANT (16250000000)), "16,250");
  assert_formats (cl_rate_format (1), "0.000001");
}

/* What is shown can be typed back, for every currency's step. */
static void
test_format_round_trip (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  const char *currencies[] = { "USD", "JPY", "BHD", "CHF", "EUR", "INR" };

  for (guint i = 0; i < 20000; i++)
    {
      const char *currency = currencies[i % G_N_ELEMENTS (currencies)];
      gint64      quantum = cl_currency_get_quantum (currency);
      gint64      cents = (((gint64) g_rand_int (rand) << 15) ^ g_rand_int (rand)) %
                     (CL_MONEY_MAX_CENTS / quantum + 1) * quantum;
      g_autofree char *shown = cl_money_format (cents, currency);
      g_autofree char *plain = cl_money_format_amount (cents, currency);
      gint64           back = -1;

      g_assert_true (cl_money_parse (plain, currency, &back, NULL));
      g_assert_cmpint (back, ==, cents);
      back = -1;
      g_assert_true (cl_money_parse (shown, currency, &back, NULL));
      g_assert_cmpint (back, ==, cents);
    }

  for (gint64 bp = 0; bp <= CL_PERCENT_SCALE; bp += 7)
    {
      g_autofree char *shown = cl_percent_format (bp);
      gint64           back = -1;

      g_assert_true (cl_percent_parse (shown, CL_PERCENT_SCALE, &back, NULL));
      g_assert_cmpint (back, ==, bp);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/currency/list", test_currency_list);
  g_test_add_func ("/money/currency/digits", test_currency_digits);
  g_test_add_func ("/money/currency/check", test_currency_check);
  g_test_add_func ("/money/portion", test_portion);
  g_test_add_func ("/money/portion/property", test_portion_property);
  g_test_add_func ("/money/parse/amount", test_money_parse);
  g_test_add_func ("/money/parse/amount-bad", test_money_parse_bad);
  g_test_add_func ("/money/parse/percent", test_percent_parse);
  g_test_add_func ("/money/parse/share-price", test_share_price_parse);
  g_test_add_func ("/money/parse/shares", test_shares_parse);
  g_test_add_func ("/money/parse/rate", test_rate_parse);
  g_test_add_func ("/money/format", test_format);
  g_test_add_func ("/money/format/round-trip", test_format_round_trip);

  return g_test_run ();
}
