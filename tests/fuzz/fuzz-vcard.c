/* fuzz-vcard.c — cl_vcard_read() on any bytes, then the cards written and read again
 *
 * Besides the sanitizers, it checks that a warning (EVCard's included) is never
 * given, and that writing the cards read and reading them back gives the same
 * fields: what CareerLens exports, it imports as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-fuzz"

#include "config.h"

#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cl-vcard.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A fatal warning stops GLib with SIGTRAP, which libFuzzer does not catch:
 * an abort it reports, and saves the input of. */
static void
trap_cb (int signal_number)
{
  abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  signal (SIGTRAP, trap_cb);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
assert_same_values (GPtrArray *a,
                    GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      ClVCardValue *va = g_ptr_array_index (a, i);
      ClVCardValue *vb = g_ptr_array_index (b, i);

      g_assert_cmpstr (va->label, ==, vb->label);
      g_assert_cmpstr (va->value, ==, vb->value);
    }
}

static void
assert_same_card (const ClVCardCard *a,
                  const ClVCardCard *b)
{
  g_assert_cmpstr (a->uid, ==, b->uid);
  g_assert_cmpstr (a->full_name, ==, b->full_name);
  g_assert_cmpstr (a->family_name, ==, b->family_name);
  g_assert_cmpstr (a->given_name, ==, b->given_name);
  g_assert_cmpstr (a->organization, ==, b->organization);
  g_assert_cmpstr (a->title, ==, b->title);
  assert_same_values (a->emails, b->emails);
  assert_same_values (a->phones, b->phones);
  g_assert_cmpstr (a->linkedin_url, ==, b->linkedin_url);
  g_assert_cmpstr (a->github_url, ==, b->github_url);
  g_assert_cmpstr (a->portfolio_url, ==, b->portfolio_url);
  g_assert_cmpstr (a->note, ==, b->note);
  g_assert_true (g_strv_equal ((const char *const *) a->categories,
                               (const char *const *) b->categories));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize            length = 0;

  cards = cl_vcard_read ((const char *) data, size, &error);
  if (cards == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == CL_VCARD_ERROR);
      return 0;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, >, 0);

  text = cl_vcard_write (cards, &length);
  g_assert_cmpuint (length, ==, strlen (text));
  g_assert_true (g_utf8_validate (text, length, NULL));

  again = cl_vcard_read (text, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, cards->len);
  for (guint i = 0; i < cards->len; i++)
    {
      ClVCardCard *card = g_ptr_array_index (cards, i);
      ClVCardCard *back = g_ptr_array_index (again, i);

      g_assert_true (card->full_name != NULL || card->problem != NULL);
      g_assert_true (g_utf8_validate (card->full_name != NULL ? card->full_name : "", -1, NULL));
      g_assert_true (g_utf8_validate (card->note != NULL ? card->note : "", -1, NULL));
      if (card->problem == NULL)
        {
          g_assert_null (back->problem);
          assert_same_card (card, back);
        }
    }

  return 0;
}
