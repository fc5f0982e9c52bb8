/* cl-vcard-write.c — contact cards written as vCard 4.0
 *
 * Ours, as RFC 6350 has it (Debian 12's EVCard writes 2.1 and 3.0 only).  A
 * phone number labelled "other" is written with TYPE=voice: it is a voice
 * line, and reads back as "other" since voice is neither work, home nor cell.
 * An email address labelled "other" (or "mobile") has no TYPE.  A LinkedIn
 * or GitHub profile whose address is on another host is written as
 * X-SOCIALPROFILE, so that it reads back where it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-vcard"

#include "config.h"

#include <string.h>

#include "cl-vcard-private.h"
#include "cl-vcard.h"

/* The octets of one line, continuation lines included. */
#define FOLD_OCTETS 75

typedef enum
{
  ESCAPE_TEXT, /* text, or one component of N, ORG or CATEGORIES: backslash, comma,
                * semicolon, newline */
  ESCAPE_URI,  /* a URI: backslash and newline only */
} Escape;

static void
append_escaped (GString    *line,
                const char *text,
                Escape      escape)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (line, "\\\\"); break;
        case '\n': g_string_append (line, "\\n"); break;
        case '\r':
          if (p[1] == '\n')
            p++;
          g_string_append (line, "\\n");
          break;
        case ',':
        case ';':
          if (escape != ESCAPE_URI)
            g_string_append_c (line, '\\');
          g_string_append_c (line, *p);
          break;
        default:
          g_string_append_c (line, *p);
          break;
        }
    }
}

/* Appends @line to @out folded at FOLD_OCTETS octets, never inside a UTF-8
 * character, each physical line ending in CRLF. */
static void
append_folded (GString       *out,
               const GString *line)
{
  gsize start = 0;
  gsize room = FOLD_OCTETS;

  while (line->len - start > room)
    {
      gsize cut = start + room;

      /* Back to the first octet of the character cut through. */
      while (cut > start && ((guchar) line->str[cut] & 0xc0) == 0x80)
        cut--;
      g_string_append_len (out, line->str + start, cut - start);
      g_string_append (out, "\r\n ");
      start = cut;
      room = FOLD_OCTETS - 1;
    }
  g_string_append_len (out, line->str + start, line->len - start);
  g_string_append (out, "\r\n");
}

static void
write_property (GString    *out,
                const char *name,
                const char *value,
                Escape      escape)
{
  g_autoptr(GString) line = NULL;

  if (value == NULL || value[0] == '\0')
    return;
  line = g_string_new (name);
  g_string_append_c (line, ':');
  append_escaped (line, value, escape);
  append_folded (out, line);
}

static const char *
email_type (const char *label)
{
  if (g_strcmp0 (label, "work") == 0)
    return "work";
  if (g_strcmp0 (label, "home") == 0)
    return "home";
  return NULL;
}

static const char *
phone_type (const char *label)
{
  if (g_strcmp0 (label, "mobile") == 0)
    return "cell";
  if (g_strcmp0 (label, "work") == 0)
    return "work";
  if (g_strcmp0 (label, "home") == 0)
    return "home";
  return "voice";
}

static void
write_values (GString    *out,
              const char *name,
              GPtrArray  *values,
              gboolean    is_phone)
{
  gboolean first = TRUE;

  for (guint i = 0; values != NULL && i < values->len; i++)
    {
      ClVCardValue *value = g_ptr_array_index (values, i);
      const char   *type = is_phone ? phone_type (value->label) : email_type (value->label);
      g_autoptr(GString) property = NULL;

      if (value->value == NULL || value->value[0] == '\0')
        continue;
      property = g_string_new (name);
      if (type != NULL)
        g_string_append_printf (property, ";TYPE=%s", type);
      if (first)
        g_string_append (property, ";PREF=1");
      first = FALSE;
      write_property (out, property->str, value->value, ESCAPE_TEXT);
    }
}

/* A profile whose URL does not name its service says it with X-SOCIALPROFILE. */
static void
write_profile (GString    *out,
               const char *url,
               const char *service,
               const char *domain)
{
  g_autofree char *name = NULL;

  if (url == NULL || url[0] == '\0')
    return;
  if (cl_vcard_url_is_on (url, domain))
    {
      write_property (out, "URL", url, ESCAPE_URI);
      return;
    }
  name = g_strconcat ("X-SOCIALPROFILE;TYPE=", service, NULL);
  write_property (out, name, url, ESCAPE_URI);
}

static void
write_card (GString           *out,
            const ClVCardCard *card)
{
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *full_name = NULL;

  g_string_append (out, "BEGIN:VCARD\r\nVERSION:4.0\r\n");

  /* FN is required. */
  if (card->full_name != NULL)
    full_name = g_strdup (card->full_name);
  else
    full_name = cl_vcard_name_from_parts (card->given_name, card->family_name);
  g_string_assign (line, "FN:");
  append_escaped (line, full_name, ESCAPE_TEXT);
  append_folded (out, line);

  if (card->family_name != NULL || card->given_name != NULL)
    {
      g_string_assign (line, "N:");
      append_escaped (line, card->family_name, ESCAPE_TEXT);
      g_string_append_c (line, ';');
      append_escaped (line, card->given_name, ESCAPE_TEXT);
      g_string_append (line, ";;;");
      append_folded (out, line);
    }

  write_property (out, "UID", card->uid, ESCAPE_TEXT);
  write_property (out, "ORG", card->organization, ESCAPE_TEXT);
  write_property (out, "TITLE", card->title, ESCAPE_TEXT);
  write_values (out, "EMAIL", card->emails, FALSE);
  write_values (out, "TEL", card->phones, TRUE);
  write_profile (out, card->linkedin_url, "linkedin", "linkedin.com");
  write_profile (out, card->github_url, "github", "github.com");
  write_property (out, "URL", card->portfolio_url, ESCAPE_URI);
  write_property (out, "NOTE", card->note, ESCAPE_TEXT);

  if (card->categories != NULL && card->categories[0] != NULL)
    {
      gboolean first = TRUE;

      g_string_assign (line, "CATEGORIES:");
      for (guint i = 0; card->categories[i] != NULL; i++)
        {
          if (card->categories[i][0] == '\0')
            continue;
          if (!first)
            g_string_append_c (line, ',');
          first = FALSE;
          append_escaped (line, card->categories[i], ESCAPE_TEXT);
        }
      if (!first)
        append_folded (out, line);
    }

  g_string_append (out, "END:VCARD\r\n");
}

char *
cl_vcard_write (GPtrArray *cards,
                gsize     *length)
{
  GString *out;

  g_return_val_if_fail (cards != NULL, NULL);

  out = g_string_new (NULL);
  for (guint i = 0; i < cards->len; i++)
    write_card (out, g_ptr_array_index (cards, i));

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
