/* test-vcard.c — reading vCard 2.1, 3.0 and 4.0, writing 4.0
 *
 * The files read are in fixtures/vcard/, written by hand after what an old
 * phone, Google Contacts, Evolution and an old Windows program export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <string.h>

#include "cl-vcard.h"

static GPtrArray *
read_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "vcard", name, NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *cards;
  gsize      length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  g_assert_no_error (error);
  cards = cl_vcard_read (data, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (cards);
  return cards;
}

static GPtrArray *
read_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *cards = cl_vcard_read (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (cards);
  return cards;
}

static ClVCardCard *
card_at (GPtrArray *cards,
         guint      index)
{
  g_assert_cmpuint (index, <, cards->len);
  return g_ptr_array_index (cards, index);
}

/* "label value" for each of @values, joined by " | ". */
static char *
values_text (GPtrArray *values)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < values->len; i++)
    {
      ClVCardValue *value = g_ptr_array_index (values, i);

      g_string_append_printf (text, "%s%s %s", i > 0 ? " | " : "", value->label, value->value);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_values(values, expected) \
  G_STMT_START \
  { \
    g_autofree char *_text = values_text (values); \
    g_assert_cmpstr (_text, ==, expected); \
  } \
  G_STMT_END

#define assert_categories(card, expected) \
  G_STMT_START \
  { \
    g_autofree char *_joined = g_strjoinv (",", (card)->categories); \
    g_assert_cmpstr (_joined, ==, expected); \
  } \
  G_STMT_END

static void
test_read_21 (void)
{
  g_autoptr(GPtrArray) cards = read_fixture ("phone-2.1.vcf");
  ClVCardCard *card;

  g_assert_cmpuint (cards->len, ==, 2);

  card = card_at (cards, 0);
  g_assert_cmpuint (card->number, ==, 1);
  g_assert_cmpuint (card->line, ==, 1);
  g_assert_null (card->problem);
  g_assert_null (card->notice);
  g_assert_null (card->uid);
  /* Quoted-printable, CHARSET=UTF-8. */
  g_assert_cmpstr (card->full_name, ==, "Jürgen Müller");
  g_assert_cmpstr (card->family_name, ==, "Müller");
  g_assert_cmpstr (card->given_name, ==, "Jürgen");
  g_assert_cmpstr (card->organization, ==, "Bosch Rexroth");
  g_assert_cmpstr (card->title, ==, "Hiring Manager");
  /* Bare TYPE parameters; PREF first. */
  assert_values (card->emails,
                 "other j.mueller@boschrexroth.example | other juergen.mueller@example.de");
  assert_values (card->phones,
                 "work +49 9352 18 0 | mobile +49 171 5550123 | home +49 9352 555 77");
  /* A soft line break, and =0D=0A as a newline. */
  g_assert_cmpstr (card->note, ==,
                   "Met at the Hannover Messe – asked about the hydraulics role.\n"
                   "Call back in März.");
  g_assert_null (card->linkedin_url);
  g_assert_null (card->github_url);
  g_assert_null (card->portfolio_url);
  g_assert_nonnull (card->categories);
  g_assert_null (card->categories[0]);

  /* No FN: made from N. */
  card = card_at (cards, 1);
  g_assert_cmpuint (card->number, ==, 2);
  g_assert_cmpuint (card->line, ==, 16);
  g_assert_null (card->problem);
  g_assert_cmpstr (card->full_name, ==, "Chidi Okafor");
  g_assert_cmpstr (card->family_name, ==, "Okafor");
  g_assert_cmpstr (card->given_name, ==, "Chidi");
  assert_values (card->phones, "mobile +44 7700 900123 | other +44 20 7946 0000");
  g_assert_cmpuint (card->emails->len, ==, 0);
}

static void
test_read_30 (void)
{
  g_autoptr(GPtrArray) cards = read_fixture ("google-3.0.vcf");
  ClVCardCard *card;

  g_assert_cmpuint (cards->len, ==, 2);

  card = card_at (cards, 0);
  g_assert_cmpuint (card->line, ==, 1);
  g_assert_null (card->problem);
  g_assert_null (card->notice);
  g_assert_cmpstr (card->full_name, ==, "Priya Raman");
  g_assert_cmpstr (card->family_name, ==, "Raman");
  g_assert_cmpstr (card->given_name, ==, "Priya");
  g_assert_cmpstr (card->organization, ==, "Stripe");
  g_assert_cmpstr (card->title, ==, "Engineering Manager, Payments");
  /* Repeated TYPE parameters, a grouped one; TYPE=pref first. */
  assert_values (card->emails, "home priya.raman@gmail.example | work praman@stripe.example | "
                               "other priya@raman.example");
  assert_values (card->phones, "home +1 650-555-0199 | mobile +1 415-555-0142 | "
                               "work +1 415-555-0100 | other +1 800-555-0111");
  /* Google's escaped colon; X-SOCIALPROFILE for GitHub, not for Twitter. */
  g_assert_cmpstr (card->linkedin_url, ==, "http://www.linkedin.com/in/priyaraman");
  g_assert_cmpstr (card->github_url, ==, "https://github.com/priyaraman");
  g_assert_cmpstr (card->portfolio_url, ==, "https://raman.example/portfolio");
  g_assert_cmpstr (card->note, ==, "Referred by Sam.\nPhone screen went well; onsite next.");
  assert_categories (card, "myContacts,Recruiters");

  /* ROLE when there is no TITLE. */
  card = card_at (cards, 1);
  g_assert_cmpuint (card->number, ==, 2);
  g_assert_cmpuint (card->line, ==, 25);
  g_assert_cmpstr (card->full_name, ==, "Tomás Ruiz");
  g_assert_cmpstr (card->title, ==, "Talent Partner");
  assert_values (card->emails, "work tomas.ruiz@shopify.example");
  assert_categories (card, "myContacts");
  g_assert_null (card->note);
}

static void
test_read_40 (void)
{
  g_autoptr(GPtrArray) cards = read_fixture ("evolution-4.0.vcf");
  ClVCardCard *card;

  g_assert_cmpuint (cards->len, ==, 1);
  card = card_at (cards, 0);
  g_assert_null (card->problem);
  g_assert_null (card->notice);
  g_assert_cmpstr (card->uid, ==, "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
  g_assert_cmpstr (card->full_name, ==, "Ada Lovelace-Byron");
  g_assert_cmpstr (card->family_name, ==, "Lovelace-Byron");
  g_assert_cmpstr (card->given_name, ==, "Ada");
  g_assert_cmpstr (card->organization, ==, "Analytical Engines Ltd.");
  g_assert_cmpstr (card->title, ==, "Principal Engineer");
  /* PREF=1 first, then PREF=2, then the card's order; tel: URIs. */
  assert_values (card->emails, "work ada@engines.example | home ada@home.example");
  assert_values (card->phones, "mobile +44-7700-900461 | work +44-20-7946-0958 | "
                               "other +44-20-7946-0000");
  g_assert_cmpstr (card->linkedin_url, ==, "https://www.linkedin.com/in/ada-lovelace");
  g_assert_cmpstr (card->github_url, ==, "https://github.com/adalovelace");
  /* The first other URL. */
  g_assert_cmpstr (card->portfolio_url, ==, "https://ada.example/");
  /* Unfolded and unescaped. */
  g_assert_cmpstr (card->note, ==,
                   "Wants a role close to the engines. Prefers mornings, not Fridays. "
                   "Looking for a team that writes notes like these ones; long enough to be "
                   "folded.");
  g_assert_cmpuint (g_strv_length (card->categories), ==, 2);
  g_assert_cmpstr (card->categories[0], ==, "Mentors");
  g_assert_cmpstr (card->categories[1], ==, "Hiring, 2026");
}

static void
test_read_windows_1252 (void)
{
  g_autoptr(GPtrArray) cards = read_fixture ("windows-1252.vcf");
  ClVCardCard *card;

  g_assert_cmpuint (cards->len, ==, 1);
  card = card_at (cards, 0);
  g_assert_null (card->problem);
  g_assert_nonnull (card->notice);
  g_assert_nonnull (strstr (card->notice, "Windows-1252"));
  g_assert_cmpstr (card->full_name, ==, "Zoë Ångström");
  g_assert_cmpstr (card->family_name, ==, "Ångström");
  g_assert_cmpstr (card->organization, ==, "Café Müller");
  g_assert_cmpstr (card->note, ==, "Salary expectation 85 000 € – “negotiable”");
  assert_values (card->emails, "work zoe@cafe.example");
}

static void
test_read_charset (void)
{
  /* CHARSET names the encoding of 8-bit text, and of quoted-printable text. */
  g_autoptr(GPtrArray) cards =
               read_text ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=ISO-8859-1:Ren\xe9 Girard\r\n"
                          "NOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Tr=E8s bien\r\n"
                          "TITLE;ENCODING=QUOTED-PRINTABLE:Chef d'=E9quipe\r\nEND:VCARD\r\n");
  ClVCardCard *card = card_at (cards, 0);

  g_assert_cmpstr (card->full_name, ==, "René Girard");
  g_assert_cmpstr (card->note, ==, "Très bien");
  /* Quoted-printable without CHARSET, not UTF-8: Windows-1252. */
  g_assert_cmpstr (card->title, ==, "Chef d'équipe");
  g_assert_nonnull (card->notice);
}

static void
test_read_broken (void)
{
  g_autoptr(GPtrArray) cards = read_fixture ("one-broken.vcf");
  ClVCardCard *card;

  g_assert_cmpuint (cards->len, ==, 4);

  card = card_at (cards, 0);
  g_assert_cmpuint (card->number, ==, 1);
  g_assert_cmpuint (card->line, ==, 2);
  g_assert_null (card->problem);
  g_assert_cmpstr (card->full_name, ==, "Grace Hopper");
  assert_values (card->emails, "other grace@navy.example");
  /* An invalid escape is kept as it is. */
  g_assert_cmpstr (card->note, ==, "An odd escape \\q stays");

  card = card_at (cards, 1);
  g_assert_cmpuint (card->number, ==, 2);
  g_assert_cmpuint (card->line, ==, 10);
  g_assert_cmpstr (card->problem, ==, "This card has no name.");
  g_assert_null (card->full_name);
  assert_values (card->emails, "other nobody@example.com");

  /* Lower case BEGIN, no END: the next BEGIN ends it. */
  card = card_at (cards, 2);
  g_assert_cmpuint (card->number, ==, 3);
  g_assert_cmpuint (card->line, ==, 15);
  g_assert_nonnull (card->problem);
  g_assert_nonnull (strstr (card->problem, "END:VCARD"));
  g_assert_cmpstr (card->full_name, ==, "Linus Cut-Short");

  card = card_at (cards, 3);
  g_assert_cmpuint (card->number, ==, 4);
  g_assert_cmpuint (card->line, ==, 18);
  g_assert_null (card->problem);
  g_assert_cmpstr (card->full_name, ==, "Margaret Hamilton");
  assert_values (card->phones, "work +1 617 555 0199");
}

static void
test_read_names (void)
{
  g_autoptr(GPtrArray) cards =
               read_text ("BEGIN:VCARD\nVERSION:3.0\nN:Curie;;;;\nEND:VCARD\n"
                          "BEGIN:VCARD\nVERSION:3.0\nFN:   \nN:;Marie;;;\nEND:VCARD\n"
                          "BEGIN:VCARD\nVERSION:3.0\nFN:\nN:;;;;\nORG:Nobody Inc.\nEND:VCARD\n");

  g_assert_cmpuint (cards->len, ==, 3);
  g_assert_cmpstr (card_at (cards, 0)->full_name, ==, "Curie");
  g_assert_cmpstr (card_at (cards, 0)->family_name, ==, "Curie");
  g_assert_null (card_at (cards, 0)->given_name);
  /* An empty FN is no FN. */
  g_assert_cmpstr (card_at (cards, 1)->full_name, ==, "Marie");
  g_assert_null (card_at (cards, 1)->problem);
  g_assert_null (card_at (cards, 2)->full_name);
  g_assert_cmpstr (card_at (cards, 2)->problem, ==, "This card has no name.");
  g_assert_cmpstr (card_at (cards, 2)->organization, ==, "Nobody Inc.");
}

static void
test_read_urls (void)
{
  g_autoptr(GPtrArray) cards =
               read_text ("BEGIN:VCARD\nVERSION:3.0\nFN:Sam\n"
                          "URL:https://notlinkedin.com/sam\n"
                          "URL:HTTPS://DE.LINKEDIN.COM/in/sam\n"
                          "URL:https://linkedin.com/in/second\n"
                          "URL:github.com/sam\n"
                          "X-SOCIALPROFILE;type=linkedin:x-apple:sam\n"
                          "END:VCARD\n"
                          "BEGIN:VCARD\nVERSION:3.0\nFN:Kim\n"
                          "X-SOCIALPROFILE;type=linkedin;x-user=kim:"
                          "http://www.linkedin.com/in/kim\n"
                          "X-SOCIALPROFILE;type=GitHub:https://github.com/kim\n"
                          "URL;TYPE=home:https://kim.example\n"
                          "END:VCARD\n");
  ClVCardCard *card = card_at (cards, 0);

  /* A host that only ends in linkedin.com is another site. */
  g_assert_cmpstr (card->portfolio_url, ==, "https://notlinkedin.com/sam");
  g_assert_cmpstr (card->linkedin_url, ==, "HTTPS://DE.LINKEDIN.COM/in/sam");
  g_assert_cmpstr (card->github_url, ==, "github.com/sam");

  card = card_at (cards, 1);
  g_assert_cmpstr (card->linkedin_url, ==, "http://www.linkedin.com/in/kim");
  g_assert_cmpstr (card->github_url, ==, "https://github.com/kim");
  g_assert_cmpstr (card->portfolio_url, ==, "https://kim.example");
}

static void
test_read_labels (void)
{
  g_autoptr(GPtrArray) cards =
               read_text ("BEGIN:VCARD\nVERSION:4.0\nFN:Labels\n"
                          "EMAIL;TYPE=cell:a@example.com\n"
                          "EMAIL;TYPE=\"home,work\":b@example.com\n"
                          "EMAIL:mailto:c@example.com\n"
                          "EMAIL;PREF=50:d@example.com\n"
                          "EMAIL;PREF=7:e@example.com\n"
                          "EMAIL;PREF=x:f@example.com\n"
                          "EMAIL:\n"
                          "TEL;TYPE=work,cell:1\n"
                          "TEL;TYPE=iphone:2\n"
                          "TEL;TYPE=fax:3\n"
                          "TEL;type=WORK;type=VOICE:4\n"
                          "TEL:tel:5\n"
                          "END:VCARD\n");
  ClVCardCard *card = card_at (cards, 0);

  /* cell is for numbers; work before home; lowest PREF first; an empty
   * address is left out. */
  assert_values (card->emails, "other e@example.com | other d@example.com | other a@example.com"
                               " | work b@example.com | other c@example.com | other f@example.com");
  assert_values (card->phones, "mobile 1 | mobile 2 | other 3 | work 4 | other 5");
}

static void
test_read_line_ends (void)
{
  /* CRLF, LF and a mix; folding with a tab; spaces after BEGIN:VCARD.  A
   * folded line that reads BEGIN:VCARD is part of the line before. */
  g_autoptr(GPtrArray) cards =
               read_text ("\r\n\r\nBEGIN:VCARD  \r\nVERSION:3.0\nFN:Jo\r\n\tanna\r\nEND:VCARD\r\n"
                          "BEGIN:VCARD\nFN:Second\nNOTE:x\n BEGIN:VCARD\nEND:vcard");

  g_assert_cmpuint (cards->len, ==, 2);
  g_assert_cmpuint (card_at (cards, 0)->line, ==, 3);
  g_assert_cmpstr (card_at (cards, 0)->full_name, ==, "Joanna");
  g_assert_cmpuint (card_at (cards, 1)->line, ==, 8);
  g_assert_cmpstr (card_at (cards, 1)->full_name, ==, "Second");
  g_assert_cmpstr (card_at (cards, 1)->note, ==, "xBEGIN:VCARD");
  g_assert_null (card_at (cards, 1)->problem);
}

static void
assert_read_error (const char *data,
                   gsize       length,
                   int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = cl_vcard_read (data, length, &error);

  g_assert_null (cards);
  g_assert_error (error, CL_VCARD_ERROR, code);
  /* A sentence for the user. */
  g_assert_true (g_str_has_suffix (error->message, "."));
}

static void
test_read_errors (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "vcard", "binary.vcf",
                                                 NULL);
  g_autofree char *binary = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  assert_read_error ("", 0, CL_VCARD_ERROR_EMPTY);
  assert_read_error (" \r\n\t\n", 5, CL_VCARD_ERROR_EMPTY);
  assert_read_error ("\xef\xbb\xbf\n", 4, CL_VCARD_ERROR_EMPTY);
  {
    g_autoptr(GPtrArray) cards = cl_vcard_read ("", 0, &error);

    g_assert_cmpstr (error->message, ==, "The file is empty.");
    g_clear_error (&error);
  }

  g_assert_true (g_file_get_contents (path, &binary, &length, NULL));
  assert_read_error (binary, length, CL_VCARD_ERROR_NOT_VCARD);
  {
    static const char with_nul[] = "BEGIN:VCARD\n\0FN:x\nEND:VCARD\n";
    const char       *csv = "Name,Email\nAda,ada@example.com\n";

    assert_read_error (with_nul, sizeof with_nul - 1, CL_VCARD_ERROR_NOT_VCARD);
    assert_read_error (csv, strlen (csv), CL_VCARD_ERROR_NOT_VCARD);
  }
  {
    const char *text = "FN:Ada\nEND:VCARD\n";
    g_autoptr(GPtrArray) cards = cl_vcard_read (text, strlen (text), &error);

    g_assert_error (error, CL_VCARD_ERROR, CL_VCARD_ERROR_NOT_VCARD);
    g_assert_nonnull (strstr (error->message, "vCard"));
    g_clear_error (&error);
  }

  /* Refused by its size before anything is read: the data is never
   * touched past its first bytes. */
  assert_read_error ("BEGIN:VCARD", CL_VCARD_MAX_FILE_SIZE + 1, CL_VCARD_ERROR_TOO_LARGE);
}

static void
test_read_empty_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "vcard", "empty.vcf",
                                                 NULL);
  g_autofree char *data = NULL;
  gsize            length = 1;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, ==, 0);
  assert_read_error (data, length, CL_VCARD_ERROR_EMPTY);
}

static void
test_read_utf16 (void)
{
  const char      *text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Łukasz\r\nEND:VCARD\r\n";
  g_autofree char *utf16 = NULL;
  g_autoptr(GString) data = g_string_new_len ("\xff\xfe", 2);
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;
  gsize written = 0;

  utf16 = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &written, NULL);
  g_assert_nonnull (utf16);
  g_string_append_len (data, utf16, written);
  cards = cl_vcard_read (data->str, data->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 1);
  g_assert_cmpstr (card_at (cards, 0)->full_name, ==, "Łukasz");
}

static void
test_read_limits (void)
{
  g_autoptr(GString) text = g_string_new ("BEGIN:VCARD\nFN:Many\nN:");
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;
  ClVCardCard *card;

  /* Too many parts: left out, with a notice, the rest read. */
  for (guint i = 0; i < 5000; i++)
    g_string_append_c (text, ';');
  g_string_append (text, "\nCATEGORIES:");
  for (guint i = 0; i < 500; i++)
    g_string_append_printf (text, "%sc%u", i > 0 ? "," : "", i);
  g_string_append (text, "\nNOTE:");
  for (guint i = 0; i < 20000; i++)
    g_string_append (text, "é");
  g_string_append (text, "\n");
  for (guint i = 0; i < 300; i++)
    g_string_append_printf (text, "TEL:%u\n", i);
  g_string_append (text, "END:VCARD\n");

  cards = read_text (text->str);
  card = card_at (cards, 0);
  g_assert_cmpstr (card->full_name, ==, "Many");
  g_assert_null (card->family_name);
  g_assert_cmpuint (g_strv_length (card->categories), ==, 100);
  g_assert_cmpuint (g_utf8_strlen (card->note, -1), ==, 10000);
  g_assert_true (g_utf8_validate (card->note, -1, NULL));
  g_assert_cmpuint (card->phones->len, ==, 100);
  g_assert_nonnull (card->notice);
  g_clear_pointer (&cards, g_ptr_array_unref);

  /* At most 100 000 cards. */
  g_string_truncate (text, 0);
  for (guint i = 0; i <= 100000; i++)
    g_string_append (text, "BEGIN:VCARD\nEND:VCARD\n");
  cards = cl_vcard_read (text->str, text->len, &error);
  g_assert_null (cards);
  g_assert_error (error, CL_VCARD_ERROR, CL_VCARD_ERROR_TOO_LARGE);
}

/* Writing */

static ClVCardCard *
make_card (void)
{
  ClVCardCard *card = cl_vcard_card_new ();
  const char  *categories[] = { "Recruiters", "Hiring, 2026", NULL };

  card->uid = g_strdup ("urn:uuid:0b7c1f9e-2a43-4d8e-9a6b-5f1d3c2e8a70");
  card->full_name = g_strdup ("Ada Lovelace");
  card->family_name = g_strdup ("Lovelace");
  card->given_name = g_strdup ("Ada");
  card->organization = g_strdup ("Engines; Ltd.");
  card->title = g_strdup ("Principal Engineer");
  cl_vcard_card_add_email (card, "work", "ada@engines.example");
  cl_vcard_card_add_email (card, "home", "ada@home.example");
  cl_vcard_card_add_email (card, "other", "ada@other.example");
  cl_vcard_card_add_phone (card, "mobile", "+44 7700 900461");
  cl_vcard_card_add_phone (card, "work", "+44 20 7946 0958");
  cl_vcard_card_add_phone (card, "home", "+44 20 7946 0001");
  cl_vcard_card_add_phone (card, "other", "+44 20 7946 0000");
  card->linkedin_url = g_strdup ("https://www.linkedin.com/in/ada");
  card->github_url = g_strdup ("https://github.com/ada");
  card->portfolio_url = g_strdup ("https://ada.example/");
  card->note = g_strdup ("Line one, with a comma\nLine two; a \\ backslash");
  g_strfreev (card->categories);
  card->categories = g_strdupv ((GStrv) categories);
  return card;
}

static char *
write_one (ClVCardCard *card,
           gsize       *length)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();

  g_ptr_array_add (cards, card);
  return cl_vcard_write (cards, length);
}

static void
test_write (void)
{
  g_autoptr(ClVCardCard) card = make_card ();
  gsize            length = 0;
  g_autofree char *text = write_one (card, &length);

  g_assert_cmpstr (text, ==,
                   "BEGIN:VCARD\r\n"
                   "VERSION:4.0\r\n"
                   "FN:Ada Lovelace\r\n"
                   "N:Lovelace;Ada;;;\r\n"
                   "UID:urn:uuid:0b7c1f9e-2a43-4d8e-9a6b-5f1d3c2e8a70\r\n"
                   "ORG:Engines\\; Ltd.\r\n"
                   "TITLE:Principal Engineer\r\n"
                   "EMAIL;TYPE=work;PREF=1:ada@engines.example\r\n"
                   "EMAIL;TYPE=home:ada@home.example\r\n"
                   "EMAIL:ada@other.example\r\n"
                   "TEL;TYPE=cell;PREF=1:+44 7700 900461\r\n"
                   "TEL;TYPE=work:+44 20 7946 0958\r\n"
                   "TEL;TYPE=home:+44 20 7946 0001\r\n"
                   "TEL;TYPE=voice:+44 20 7946 0000\r\n"
                   "URL:https://www.linkedin.com/in/ada\r\n"
                   "URL:https://github.com/ada\r\n"
                   "URL:https://ada.example/\r\n"
                   "NOTE:Line one\\, with a comma\\nLine two\\; a \\\\ backslash\r\n"
                   "CATEGORIES:Recruiters,Hiring\\, 2026\r\n"
                   "END:VCARD\r\n");
  g_assert_cmpuint (length, ==, strlen (text));
}

static void
test_write_minimal (void)
{
  g_autoptr(ClVCardCard) card = cl_vcard_card_new ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *empty = NULL;
  g_autofree char *text = NULL;
  gsize            length = 1;

  empty = cl_vcard_write (none, &length);
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpuint (length, ==, 0);

  /* FN is required: made from N when missing. */
  card->given_name = g_strdup ("Grace");
  text = write_one (card, NULL);
  g_assert_cmpstr (text, ==,
                   "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace\r\nN:;Grace;;;\r\nEND:VCARD\r\n");
}

/* RFC 6350 unfolding: CRLF followed by one space or tab goes. */
static char *
unfold (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (p[0] == '\r' && p[1] == '\n' && (p[2] == ' ' || p[2] == '\t'))
        p += 2;
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_folded (const char *text)
{
  g_auto(GStrv) lines = NULL;
  guint n;

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    {
      /* No bare line feed, at most 75 octets, whole characters. */
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_null (strchr (lines[i], '\r'));
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
}

static void
test_write_folding (void)
{
  g_autoptr(ClVCardCard) card = cl_vcard_card_new ();
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *unfolded = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;

  /* 2-, 3- and 4-octet characters, at every offset against the fold. */
  for (guint i = 0; i < 40; i++)
    g_string_append (note, i % 3 == 0 ? "é" : i % 3 == 1 ? "€a"
                                                         : "😀,");
  card->full_name = g_strdup ("Jürgen Müller-Lüdenscheidt (Oberbürgermeister a. D.) — Ärztekammer "
                              "Nordrhein-Westfalen");
  card->note = g_string_free (g_steal_pointer (&note), FALSE);
  text = write_one (card, NULL);

  assert_folded (text);
  lines = g_strsplit (text, "\r\n", -1);
  /* FN is folded: its first line full, or a character short. */
  g_assert_true (g_str_has_prefix (lines[2], "FN:Jürgen"));
  g_assert_cmpuint (strlen (lines[2]), >=, 72);
  g_assert_true (lines[3][0] == ' ');

  unfolded = unfold (text);
  expected = g_strdup_printf ("FN:%s\r\n", card->full_name);
  g_assert_nonnull (strstr (unfolded, expected));

  /* EVCard unfolds it back. */
  {
    g_autoptr(GPtrArray) cards = read_text (text);

    g_assert_cmpstr (card_at (cards, 0)->full_name, ==, card->full_name);
    g_assert_cmpstr (card_at (cards, 0)->note, ==, card->note);
  }
}

static void
test_write_fold_exact (void)
{
  g_autoptr(ClVCardCard) card = cl_vcard_card_new ();
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  /* "FN:" and 72 octets fill the line; the 73rd starts the next, after a
   * space; a 2-octet character that would end at octet 76 moves whole. */
  card->full_name = g_strnfill (72, 'a');
  text = write_one (card, NULL);
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (strlen (lines[2]), ==, 75);
  g_assert_cmpstr (lines[3], ==, "END:VCARD");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&lines, g_strfreev);

  g_free (card->full_name);
  {
    g_autofree char *a71 = g_strnfill (71, 'a');

    card->full_name = g_strconcat (a71, "é", "b", NULL);
  }
  text = write_one (card, NULL);
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (strlen (lines[2]), ==, 74);
  g_assert_cmpstr (lines[3], ==, " éb");
}

static void
assert_same_card (const ClVCardCard *a,
                  const ClVCardCard *b)
{
  g_autofree char *a_emails = values_text (a->emails);
  g_autofree char *b_emails = values_text (b->emails);
  g_autofree char *a_phones = values_text (a->phones);
  g_autofree char *b_phones = values_text (b->phones);

  g_assert_cmpstr (a->uid, ==, b->uid);
  g_assert_cmpstr (a->full_name, ==, b->full_name);
  g_assert_cmpstr (a->family_name, ==, b->family_name);
  g_assert_cmpstr (a->given_name, ==, b->given_name);
  g_assert_cmpstr (a->organization, ==, b->organization);
  g_assert_cmpstr (a->title, ==, b->title);
  g_assert_cmpstr (a_emails, ==, b_emails);
  g_assert_cmpstr (a_phones, ==, b_phones);
  g_assert_cmpstr (a->linkedin_url, ==, b->linkedin_url);
  g_assert_cmpstr (a->github_url, ==, b->github_url);
  g_assert_cmpstr (a->portfolio_url, ==, b->portfolio_url);
  g_assert_cmpstr (a->note, ==, b->note);
  g_assert_true (g_strv_equal ((const char *const *) a->categories,
                               (const char *const *) b->categories));
}

static void
test_round_trip (void)
{
  g_autoptr(ClVCardCard) card = make_card ();
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) cards = NULL;

  text = write_one (card, NULL);
  cards = read_text (text);
  g_assert_cmpuint (cards->len, ==, 1);
  g_assert_null (card_at (cards, 0)->problem);
  g_assert_null (card_at (cards, 0)->notice);
  assert_same_card (card, card_at (cards, 0));

  /* Profiles whose address does not name the service come back too. */
  g_free (card->linkedin_url);
  card->linkedin_url = g_strdup ("https://lnkd.example/ada");
  g_free (card->github_url);
  card->github_url = g_strdup ("https://git.example/ada");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&cards, g_ptr_array_unref);
  text = write_one (card, NULL);
  g_assert_nonnull (strstr (text, "X-SOCIALPROFILE;TYPE=linkedin:https://lnkd.example/ada\r\n"));
  cards = read_text (text);
  assert_same_card (card, card_at (cards, 0));
}

static void
test_round_trip_fixtures (void)
{
  const char *names[] = { "phone-2.1.vcf", "google-3.0.vcf", "evolution-4.0.vcf",
                          "windows-1252.vcf", "one-broken.vcf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GPtrArray) cards = read_fixture (names[i]);
      gsize            length = 0;
      g_autofree char *text = cl_vcard_write (cards, &length);
      g_autoptr(GPtrArray) again = NULL;

      assert_folded (text);
      again = read_text (text);
      g_assert_cmpuint (again->len, ==, cards->len);
      for (guint j = 0; j < cards->len; j++)
        {
          if (card_at (cards, j)->problem != NULL)
            continue;
          g_assert_null (card_at (again, j)->problem);
          g_assert_null (card_at (again, j)->notice);
          assert_same_card (card_at (cards, j), card_at (again, j));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  /* Every warning is fatal, EVCard's too: cl-vcard.c hands it text it
   * reads without one (one-broken.vcf has an invalid escape). */
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vcard/read/2.1", test_read_21);
  g_test_add_func ("/vcard/read/3.0", test_read_30);
  g_test_add_func ("/vcard/read/4.0", test_read_40);
  g_test_add_func ("/vcard/read/windows-1252", test_read_windows_1252);
  g_test_add_func ("/vcard/read/charset", test_read_charset);
  g_test_add_func ("/vcard/read/broken", test_read_broken);
  g_test_add_func ("/vcard/read/names", test_read_names);
  g_test_add_func ("/vcard/read/urls", test_read_urls);
  g_test_add_func ("/vcard/read/labels", test_read_labels);
  g_test_add_func ("/vcard/read/line-ends", test_read_line_ends);
  g_test_add_func ("/vcard/read/errors", test_read_errors);
  g_test_add_func ("/vcard/read/empty-fixture", test_read_empty_fixture);
  g_test_add_func ("/vcard/read/utf-16", test_read_utf16);
  g_test_add_func ("/vcard/read/limits", test_read_limits);
  g_test_add_func ("/vcard/write/card", test_write);
  g_test_add_func ("/vcard/write/minimal", test_write_minimal);
  g_test_add_func ("/vcard/write/folding", test_write_folding);
  g_test_add_func ("/vcard/write/fold-exact", test_write_fold_exact);
  g_test_add_func ("/vcard/write/round-trip", test_round_trip);
  g_test_add_func ("/vcard/write/round-trip-fixtures", test_round_trip_fixtures);

  return g_test_run ();
}
