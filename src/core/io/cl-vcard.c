/* cl-vcard.c — contact cards in the vCard format, read and written
 *
 * Reading splits the file into cards itself, so that each card knows its
 * number and line and one broken card leaves the others alone, keeps of each
 * card only the properties CareerLens uses, makes their text UTF-8, and hands
 * that to EVCard, which unfolds, decodes quoted-printable and unescapes.  The
 * limits below keep hostile files from costing more than their size: EVCard
 * appends each value and parameter to a list, which is quadratic in the
 * number of separators of one property.
 *
 * Writing is in cl-vcard-write.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-vcard"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* libedataserver's headers, included by libebook-contacts', still name
 * GTimeVal. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
#include <libebook-contacts/libebook-contacts.h>
G_GNUC_END_IGNORE_DEPRECATIONS

#include "cl-vcard-private.h"
#include "cl-vcard.h"

/* clang-format off */
G_DEFINE_QUARK (cl-vcard-error-quark, cl_vcard_error)
/* clang-format on */

/* More cards than this in one file are refused. */
#define MAX_CARDS 100000
/* Separators (unescaped ';' and ',') in one property: past this, EVCard's
 * lists would cost too much, and no real card has so many. */
#define MAX_SEPARATORS 1000
/* Characters kept of one text field; longer ones are cut, with a notice. */
#define MAX_FIELD_LENGTH 10000
/* Email addresses, phone numbers and categories kept of one card. */
#define MAX_VALUES 100

/* EVCard's log domain. */
#define EVCARD_LOG_DOMAIN "libebook-contacts"

/* The properties read; the others are left out before EVCard sees them. */
static const char *const kept_properties[] = {
  "VERSION",
  "FN",
  "N",
  "UID",
  "ORG",
  "TITLE",
  "ROLE",
  "EMAIL",
  "TEL",
  "URL",
  "X-SOCIALPROFILE",
  "NOTE",
  "CATEGORIES",
  NULL,
};

static void
value_free (gpointer data)
{
  ClVCardValue *value = data;

  g_free (value->label);
  g_free (value->value);
  g_free (value);
}

ClVCardCard *
cl_vcard_card_new (void)
{
  ClVCardCard *card = g_new0 (ClVCardCard, 1);

  card->emails = g_ptr_array_new_with_free_func (value_free);
  card->phones = g_ptr_array_new_with_free_func (value_free);
  card->categories = g_new0 (char *, 1);
  return card;
}

void
cl_vcard_card_free (ClVCardCard *card)
{
  if (card == NULL)
    return;

  g_free (card->problem);
  g_free (card->notice);
  g_free (card->uid);
  g_free (card->full_name);
  g_free (card->family_name);
  g_free (card->given_name);
  g_free (card->organization);
  g_free (card->title);
  g_clear_pointer (&card->emails, g_ptr_array_unref);
  g_clear_pointer (&card->phones, g_ptr_array_unref);
  g_free (card->linkedin_url);
  g_free (card->github_url);
  g_free (card->portfolio_url);
  g_free (card->note);
  g_strfreev (card->categories);
  g_free (card);
}

static void
add_value (GPtrArray  *array,
           const char *label,
           const char *text)
{
  ClVCardValue *value = g_new0 (ClVCardValue, 1);

  value->label = g_strdup (label != NULL ? label : "other");
  value->value = g_strdup (text);
  g_ptr_array_add (array, value);
}

void
cl_vcard_card_add_email (ClVCardCard *card,
                         const char  *label,
                         const char  *address)
{
  g_return_if_fail (card != NULL);
  g_return_if_fail (address != NULL);

  add_value (card->emails, label, address);
}

void
cl_vcard_card_add_phone (ClVCardCard *card,
                         const char  *label,
                         const char  *number)
{
  g_return_if_fail (card != NULL);
  g_return_if_fail (number != NULL);

  add_value (card->phones, label, number);
}

/* Reading */

static void
add_notice (ClVCardCard *card,
            const char  *notice)
{
  char *joined;

  if (card->notice == NULL)
    {
      card->notice = g_strdup (notice);
      return;
    }
  if (strstr (card->notice, notice) != NULL)
    return;
  joined = g_strconcat (card->notice, " ", notice, NULL);
  g_free (card->notice);
  card->notice = joined;
}

static void
add_windows_1252_notice (ClVCardCard *card)
{
  add_notice (card, _ ("Some of this card’s text was not UTF-8 and was read as Windows-1252."));
}

/* @text (@length octets) as UTF-8: as it is when valid, else converted from
 * @charset, else from Windows-1252 (with a notice), else with its invalid
 * octets replaced. */
static char *
to_utf8 (ClVCardCard *card,
         const char  *text,
         gssize       length,
         const char  *charset)
{
  char *converted;

  if (length < 0)
    length = strlen (text);
  if (g_utf8_validate (text, length, NULL))
    return g_strndup (text, length);

  if (charset != NULL && g_ascii_strcasecmp (charset, "UTF-8") != 0)
    {
      converted = g_convert (text, length, "UTF-8", charset, NULL, NULL, NULL);
      if (converted != NULL && g_utf8_validate (converted, -1, NULL))
        return converted;
      g_free (converted);
    }

  add_windows_1252_notice (card);
  converted = g_convert (text, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
  if (converted != NULL && g_utf8_validate (converted, -1, NULL))
    return converted;
  g_free (converted);
  return g_utf8_make_valid (text, length);
}

/* One property as written in the file: its first physical line and the
 * continuation lines after it, each ending in "\n". */
typedef struct
{
  GString *text;
  gsize    name_length; /* of the name, group included */
  gboolean keep;
  gboolean quoted_printable;
} Property;

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_' || c == '.';
}

/* Whether @line (@length octets) starts a property CareerLens reads; sets
 * @name_length and @quoted_printable. */
static gboolean
property_is_kept (const char *line,
                  gsize       length,
                  gsize      *name_length,
                  gboolean   *quoted_printable)
{
  const char *name = line;
  gsize       n = 0;
  gsize       dots = 0;
  gsize       group = 0;
  gsize       params_end;

  while (n < length && line[n] != ':' && line[n] != ';')
    {
      if (!is_name_char (line[n]))
        return FALSE;
      if (line[n] == '.')
        {
          dots++;
          group = n + 1;
        }
      n++;
    }
  /* EVCard warns about a name it cannot use, and drops it: leave it out. */
  if (n == length || n == group || dots > 1)
    return FALSE;
  *name_length = n;

  name += group;
  params_end = n;
  while (params_end < length && line[params_end] != ':')
    params_end++;
  {
    g_autofree char *params = g_ascii_strup (line + n, params_end - n);

    *quoted_printable = strstr (params, "QUOTED-PRINTABLE") != NULL;
  }

  for (guint i = 0; kept_properties[i] != NULL; i++)
    if (strlen (kept_properties[i]) == n - group &&
        g_ascii_strncasecmp (name, kept_properties[i], n - group) == 0)
      return TRUE;
  return FALSE;
}

/* The separators EVCard splits a property's values on. */
static gsize
count_separators (const GString *text)
{
  gsize count = 0;

  for (gsize i = 0; i < text->len; i++)
    {
      if (text->str[i] == '\\')
        i++;
      else if (text->str[i] == ';' || text->str[i] == ',')
        count++;
    }
  return count;
}

/* The value of the CHARSET parameter of @text, or NULL. */
static char *
find_charset (const GString *text,
              gsize          name_length)
{
  gsize       end = name_length;
  const char *found = NULL;
  gsize       length = 0;

  while (end < text->len && text->str[end] != ':' && text->str[end] != '\n')
    end++;
  for (gsize i = name_length; i + 8 < end; i++)
    if (text->str[i] == ';' && g_ascii_strncasecmp (text->str + i + 1, "CHARSET=", 8) == 0)
      {
        found = text->str + i + 9;
        while (found + length < text->str + end && found[length] != ';' &&
               found[length] != ':')
          length++;
        break;
      }
  return found != NULL && length > 0 ? g_strndup (found, length) : NULL;
}

static gboolean
is_fold (const char *p)
{
  return p[0] == '\n' && (p[1] == ' ' || p[1] == '\t');
}

static gboolean
is_param_name (const char *name)
{
  if (name[0] == '\0')
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

/* Appends the parameters @params (unfolded, from after the name to before
 * the ':') to @out in a form EVCard reads without a warning: each value
 * quoted, names and bare TYPE values checked, one ENCODING that EVCard
 * knows, and no CHARSET when the text was converted to UTF-8 here.
 * Returns whether the value is quoted-printable. */
static gboolean
append_params (GString    *out,
               const char *params,
               gboolean    converted)
{
  g_autoptr(GPtrArray) segments = g_ptr_array_new_with_free_func (g_free);
  gboolean    in_quote = FALSE;
  gboolean    have_encoding = FALSE;
  gboolean    quoted_printable = FALSE;
  const char *start = params;

  for (const char *p = params;; p++)
    {
      if (*p == '"')
        in_quote = !in_quote;
      else if (*p == '\0' || (*p == ';' && !in_quote))
        {
          g_ptr_array_add (segments, g_strndup (start, p - start));
          if (*p == '\0')
            break;
          start = p + 1;
        }
    }

  for (guint i = 0; i < segments->len; i++)
    {
      char            *segment = g_ptr_array_index (segments, i);
      char            *equals = strchr (segment, '=');
      g_autofree char *name = NULL;
      g_autoptr(GString) value = g_string_new (NULL);

      if (equals != NULL)
        {
          name = g_strstrip (g_strndup (segment, equals - segment));
          for (const char *v = equals + 1; *v != '\0'; v++)
            if (*v != '"')
              g_string_append_c (value, *v);
        }
      else
        {
          /* 2.1's bare values: TEL;WORK;VOICE, EMAIL;QUOTED-PRINTABLE. */
          g_string_assign (value, g_strstrip (segment));
          if (!is_param_name (value->str))
            continue;
          if (g_ascii_strcasecmp (value->str, "QUOTED-PRINTABLE") == 0 ||
              g_ascii_strcasecmp (value->str, "BASE64") == 0)
            name = g_strdup ("ENCODING");
          else
            name = g_strdup ("TYPE");
        }
      if (!is_param_name (name) || value->len == 0)
        continue;

      if (g_ascii_strcasecmp (name, "CHARSET") == 0 && converted)
        continue;
      if (g_ascii_strcasecmp (name, "ENCODING") == 0)
        {
          const char *encoding = NULL;

          if (g_ascii_strcasecmp (value->str, "QUOTED-PRINTABLE") == 0)
            encoding = "QUOTED-PRINTABLE";
          else if (g_ascii_strcasecmp (value->str, "B") == 0 ||
                   g_ascii_strcasecmp (value->str, "BASE64") == 0)
            encoding = "b";
          /* 8BIT and 7BIT say nothing EVCard needs; twice is once. */
          if (encoding == NULL || have_encoding)
            continue;
          have_encoding = TRUE;
          quoted_printable = encoding[0] == 'Q';
          g_string_append_printf (out, ";ENCODING=%s", encoding);
          continue;
        }
      g_string_append_printf (out, ";%s=\"%s\"", name, value->str);
    }
  return quoted_printable;
}

/* Appends the value @value to @out with its folds, each backslash that
 * EVCard would not take for an escape doubled (it warns, and keeps it). */
static void
append_value (GString    *out,
              const char *value,
              gboolean    quoted_printable)
{
  gsize length = strlen (value);

  /* A soft line break before the end would take END:VCARD in. */
  if (quoted_printable)
    while (length >= 2 && value[length - 1] == '\n' && value[length - 2] == '=')
      length -= 2;

  for (gsize i = 0; i < length; i++)
    {
      gsize j = i + 1;

      if (quoted_printable && value[i] == '=')
        {
          /* EVCard decodes "=" and two hex digits (past one fold each); any
           * other "=" it keeps alone, and one before a line end takes the
           * next line in: such a "=" is written "=3D". */
          gsize k;

          if (j < length && is_fold (value + j))
            j += 2;
          k = j < length && value[j] != '\n' ? j + g_utf8_skip[(guchar) value[j]] : length;
          if (k < length && is_fold (value + k))
            k += 2;
          if (k < length && g_ascii_isxdigit (value[j]) && g_ascii_isxdigit (value[k]))
            {
              k++;
              g_string_append_len (out, value + i, MIN (k, length) - i);
              i = MIN (k, length) - 1;
            }
          else
            g_string_append (out, "=3D");
          continue;
        }
      if (value[i] != '\\')
        {
          g_string_append_c (out, value[i]);
          continue;
        }
      /* EVCard looks past one fold for the escaped character. */
      if (j < length && is_fold (value + j))
        j += 2;
      if (j < length && strchr ("nNrR;,\\", value[j]) != NULL)
        {
          g_string_append_len (out, value + i, j + 1 - i);
          i = j;
        }
      else
        g_string_append (out, "\\\\");
    }
  if (length == 0 || value[length - 1] != '\n')
    g_string_append_c (out, '\n');
}

/* Appends @text, one property of @name_length, as EVCard should read it. */
static void
append_property (GString    *out,
                 const char *text,
                 gsize       name_length,
                 gboolean    converted)
{
  g_autoptr(GString) params = g_string_new (NULL);
  const char *p = text + name_length;
  gboolean    in_quote = FALSE;
  gboolean    quoted_printable = FALSE;

  /* The parameters, unfolded, up to the ':' outside quotes. */
  for (; *p != '\0'; p++)
    {
      if (is_fold (p))
        {
          p++;
          continue;
        }
      if (*p == '"')
        in_quote = !in_quote;
      else if (*p == ':' && !in_quote)
        break;
      else if (*p == '\n')
        return;
      g_string_append_c (params, *p);
    }
  if (*p != ':')
    return;

  g_string_append_len (out, text, name_length);
  if (params->len > 0 && params->str[0] == ';')
    quoted_printable = append_params (out, params->str + 1, converted);
  g_string_append_c (out, ':');
  append_value (out, p + 1, quoted_printable);
}

/* Adds @property to @out when it is kept and not too costly, in UTF-8. */
static void
flush_property (ClVCardCard *card,
                Property    *property,
                GString     *out)
{
  if (property->text->len == 0)
    return;

  /* A lone CR ends a line for EVCard. */
  for (gsize i = 0; i < property->text->len; i++)
    if (property->text->str[i] == '\r')
      property->text->str[i] = ' ';

  if (count_separators (property->text) > MAX_SEPARATORS)
    add_notice (card, _ ("A field with too many parts was left out."));
  else if (g_utf8_validate (property->text->str, property->text->len, NULL))
    append_property (out, property->text->str, property->name_length, FALSE);
  else
    {
      g_autofree char *charset = find_charset (property->text, property->name_length);
      g_autofree char *utf8 = to_utf8 (card, property->text->str, property->text->len, charset);

      /* EVCard would convert the text from CHARSET again. */
      append_property (out, utf8, property->name_length, TRUE);
    }

  g_string_truncate (property->text, 0);
}

/* A card's lines, from its BEGIN:VCARD to its END:VCARD. */
typedef struct
{
  const char *start;
  const char *end; /* past its last line, END:VCARD excluded */
  guint       line;
  gboolean    ended;
} CardSpan;

/* The text EVCard parses for @span: BEGIN, the kept properties and END. */
static char *
card_text (ClVCardCard    *card,
           const CardSpan *span)
{
  g_autoptr(GString) out = g_string_new ("BEGIN:VCARD\n");
  Property    property = { g_string_new (NULL), 0, FALSE, FALSE };
  const char *p = span->start;
  gboolean    soft_break = FALSE;

  /* Past BEGIN:VCARD. */
  p = memchr (p, '\n', span->end - p);
  p = p != NULL ? p + 1 : span->end;

  while (p < span->end)
    {
      const char *eol = memchr (p, '\n', span->end - p);
      const char *next = eol != NULL ? eol + 1 : span->end;
      gsize       length = (eol != NULL ? eol : span->end) - p;

      if (length > 0 && p[length - 1] == '\r')
        length--;

      if (soft_break)
        {
          /* A quoted-printable soft line break ("=" at the end of the line)
           * joined here: EVCard 3.46 keeps the "=" and the line end in the
           * value when the break follows a plain character.  As EVCard does,
           * one space or tab after the break is folding. */
          if (g_str_has_suffix (property.text->str, "=\n"))
            {
              g_string_truncate (property.text, property.text->len - 2);
              if (length > 0 && (p[0] == ' ' || p[0] == '\t'))
                g_string_append_len (property.text, p + 1, length - 1);
              else
                g_string_append_len (property.text, p, length);
              g_string_append_c (property.text, '\n');
            }
        }
      else if (length > 0 && (p[0] == ' ' || p[0] == '\t'))
        {
          /* A continuation of the property before; one that continues it
           * with nothing would end it for EVCard, and the next would start a
           * property with a space. */
          if (property.text->len > 0 && length > 1)
            {
              g_string_append_len (property.text, p, length);
              g_string_append_c (property.text, '\n');
            }
        }
      else if (length > 0)
        {
          flush_property (card, &property, out);
          property.quoted_printable = FALSE;
          property.keep = property_is_kept (p, length, &property.name_length,
                                            &property.quoted_printable);
          if (property.keep)
            {
              g_string_append_len (property.text, p, length);
              g_string_append_c (property.text, '\n');
            }
        }
      /* A quoted-printable value goes on past a line that ends with '='. */
      soft_break = property.quoted_printable && length > 0 && p[length - 1] == '=';
      p = next;
    }
  flush_property (card, &property, out);
  g_string_free (property.text, TRUE);

  g_string_append (out, "END:VCARD\n");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
line_is (const char *line,
         gsize       length,
         const char *word)
{
  gsize word_length = strlen (word);

  while (length > 0 && g_ascii_isspace (line[length - 1]))
    length--;
  /* Not the space before: a line that starts with one continues the line
   * before it. */
  return length == word_length && g_ascii_strncasecmp (line, word, length) == 0;
}

/* Splits @data into cards.  A BEGIN:VCARD before the END:VCARD of the card
 * before ends that card, which then has no end. */
static GArray *
split_cards (const char *data,
             gsize       length,
             GError    **error)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (CardSpan));
  const char *p = data;
  const char *end = data + length;
  CardSpan    span = { NULL, NULL, 0, FALSE };
  guint       line = 1;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *next = eol != NULL ? eol + 1 : end;
      gsize       line_length = (eol != NULL ? eol : end) - p;

      if (line_is (p, line_length, "BEGIN:VCARD"))
        {
          if (span.start != NULL)
            {
              span.end = p;
              g_array_append_val (spans, span);
            }
          if (spans->len >= MAX_CARDS)
            {
              g_set_error (error, CL_VCARD_ERROR, CL_VCARD_ERROR_TOO_LARGE,
                           _ ("The file holds more than %u contact cards, more than CareerLens "
                              "can read at once."),
                           (guint) MAX_CARDS);
              return NULL;
            }
          span.start = p;
          span.line = line;
          span.ended = FALSE;
        }
      else if (span.start != NULL && line_is (p, line_length, "END:VCARD"))
        {
          span.end = p;
          span.ended = TRUE;
          g_array_append_val (spans, span);
          span.start = NULL;
        }

      line++;
      p = next;
    }
  if (span.start != NULL)
    {
      span.end = end;
      g_array_append_val (spans, span);
    }

  return g_steal_pointer (&spans);
}

/* EVCard warns about every oddity of the text it parses, which says nothing
 * to the user: the card's fields say what was read.  Dropped, since a log
 * handler must not log (GLib aborts on the recursion). */
static void
evcard_log_cb (const char    *log_domain,
               GLogLevelFlags log_level,
               const char    *message,
               gpointer       user_data)
{
}

static void
quiet_evcard (void)
{
  static gsize quieted = 0;

  if (g_once_init_enter (&quieted))
    {
      g_log_set_handler (EVCARD_LOG_DOMAIN,
                         G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE |
                           G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG | G_LOG_FLAG_FATAL,
                         evcard_log_cb, NULL);
      g_once_init_leave (&quieted, 1);
    }
}

/* @text with every line end "\n", stripped, cut at MAX_FIELD_LENGTH
 * characters; NULL when empty. */
static char *
clean_text (ClVCardCard *card,
            const char  *text)
{
  g_autofree char *utf8 = to_utf8 (card, text, -1, NULL);
  GString         *clean = g_string_sized_new (strlen (utf8));
  glong            n_chars;

  for (const char *p = utf8; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (clean, '\n');
          if (p[1] == '\n')
            p++;
        }
      else
        g_string_append_c (clean, *p);
    }
  g_strstrip (clean->str);
  clean->len = strlen (clean->str);

  n_chars = g_utf8_strlen (clean->str, -1);
  if (n_chars > MAX_FIELD_LENGTH)
    {
      const char *cut = g_utf8_offset_to_pointer (clean->str, MAX_FIELD_LENGTH);

      g_string_truncate (clean, cut - clean->str);
      add_notice (card, _ ("A field too long to keep was cut short."));
    }

  if (clean->len == 0)
    {
      g_string_free (clean, TRUE);
      return NULL;
    }
  return g_string_free (clean, FALSE);
}

/* All the values of @attr joined by ';', which split them. */
static char *
attribute_text (ClVCardCard     *card,
                EVCardAttribute *attr)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (GList *l = e_vcard_attribute_get_values (attr); l != NULL; l = l->next)
    {
      if (l != e_vcard_attribute_get_values (attr))
        g_string_append_c (joined, ';');
      g_string_append (joined, l->data);
    }
  return clean_text (card, joined->str);
}

static char *
attribute_nth (ClVCardCard     *card,
               EVCardAttribute *attr,
               guint            n)
{
  const char *value = g_list_nth_data (e_vcard_attribute_get_values (attr), n);

  return value != NULL ? clean_text (card, value) : NULL;
}

/* What the TYPE and PREF parameters of an email address or a number say. */
typedef struct
{
  gboolean work;
  gboolean home;
  gboolean cell;
  guint    pref; /* 1 (most preferred) to 100, or 101 */
  char    *service;
} Types;

static void
add_type (Types      *types,
          const char *type)
{
  if (g_ascii_strcasecmp (type, "work") == 0)
    types->work = TRUE;
  else if (g_ascii_strcasecmp (type, "home") == 0)
    types->home = TRUE;
  else if (g_ascii_strcasecmp (type, "cell") == 0 || g_ascii_strcasecmp (type, "mobile") == 0 ||
           g_ascii_strcasecmp (type, "iphone") == 0)
    types->cell = TRUE;
  else if (g_ascii_strcasecmp (type, "pref") == 0)
    types->pref = 1;
  else if (types->service == NULL)
    types->service = g_ascii_strdown (type, -1);
}

static void
read_types (EVCardAttribute *attr,
            Types           *types)
{
  memset (types, 0, sizeof *types);
  types->pref = 101;

  for (GList *l = e_vcard_attribute_get_params (attr); l != NULL; l = l->next)
    {
      EVCardAttributeParam *param = l->data;
      const char           *name = e_vcard_attribute_param_get_name (param);
      gboolean              is_type = g_ascii_strcasecmp (name, "TYPE") == 0;
      gboolean              is_pref = g_ascii_strcasecmp (name, "PREF") == 0;

      if (!is_type && !is_pref)
        continue;
      for (GList *v = e_vcard_attribute_param_get_values (param); v != NULL; v = v->next)
        {
          if (is_pref)
            {
              guint64 pref = 0;

              if (g_ascii_string_to_unsigned (v->data, 10, 1, 100, &pref, NULL))
                types->pref = MIN (types->pref, (guint) pref);
              continue;
            }
          /* 4.0's TYPE="work,voice" is one quoted value to EVCard. */
          {
            g_auto(GStrv) parts = g_strsplit (v->data, ",", 0);

            for (guint i = 0; parts[i] != NULL; i++)
              {
                g_strstrip (parts[i]);
                if (parts[i][0] != '\0')
                  add_type (types, parts[i]);
              }
          }
        }
    }
}

static const char *
types_label (const Types *types,
             gboolean     is_phone)
{
  if (is_phone && types->cell)
    return "mobile";
  if (types->work)
    return "work";
  if (types->home)
    return "home";
  return "other";
}

typedef struct
{
  ClVCardValue *value;
  guint         pref;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = *(Ranked *const *) a;
  const Ranked *rb = *(Ranked *const *) b;

  return (int) ra->pref - (int) rb->pref;
}

static void
add_ranked (GPtrArray  *ranked,
            const char *label,
            char       *text,
            guint       pref)
{
  Ranked *entry = g_new0 (Ranked, 1);

  entry->value = g_new0 (ClVCardValue, 1);
  entry->value->label = g_strdup (label);
  entry->value->value = text;
  entry->pref = pref;
  g_ptr_array_add (ranked, entry);
}

/* Moves @ranked into @values, most preferred first, in the card's order. */
static void
take_ranked (GPtrArray *ranked,
             GPtrArray *values)
{
  /* Stable: equal preferences keep the card's order. */
  g_ptr_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    {
      Ranked *entry = g_ptr_array_index (ranked, i);

      g_ptr_array_add (values, g_steal_pointer (&entry->value));
    }
}

static void
ranked_free (gpointer data)
{
  Ranked *entry = data;

  if (entry->value != NULL)
    value_free (entry->value);
  g_free (entry);
}

static char *
strip_scheme (char       *text,
              const char *scheme)
{
  gsize length = strlen (scheme);
  char *stripped;

  /* As often as it is there, so that what is written reads back the same. */
  while (text != NULL && g_ascii_strncasecmp (text, scheme, length) == 0)
    {
      stripped = g_strstrip (g_strdup (text + length));
      g_free (text);
      text = stripped;
      if (text[0] == '\0')
        g_clear_pointer (&text, g_free);
    }
  return text;
}

gboolean
cl_vcard_url_is_on (const char *url,
                    const char *domain)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *with_scheme = NULL;
  const char      *host;
  gsize            host_length;
  gsize            domain_length = strlen (domain);

  if (strstr (url, "://") == NULL)
    url = with_scheme = g_strconcat ("https://", url, NULL);
  uri = g_uri_parse (url, G_URI_FLAGS_PARSE_RELAXED, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL)
    return FALSE;

  host = g_uri_get_host (uri);
  host_length = strlen (host);
  if (host_length < domain_length ||
      g_ascii_strcasecmp (host + host_length - domain_length, domain) != 0)
    return FALSE;
  return host_length == domain_length || host[host_length - domain_length - 1] == '.';
}

static void
take_url (ClVCardCard *card,
          char        *url,
          const char  *service)
{
  char **slot = NULL;

  if (url == NULL)
    return;
  /* Google Contacts escapes the colon of a URL ("http\://…"). */
  if (strstr (url, "\\:") != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (url, "\\:", -1);

      g_free (url);
      url = g_strjoinv (":", parts);
    }
  /* No address holds a backslash (RFC 3986), and EVCard would read one
   * written back differently: such a value is no link. */
  if (strchr (url, '\\') != NULL)
    {
      g_free (url);
      return;
    }

  if (g_strcmp0 (service, "linkedin") == 0 || cl_vcard_url_is_on (url, "linkedin.com"))
    slot = &card->linkedin_url;
  else if (g_strcmp0 (service, "github") == 0 || cl_vcard_url_is_on (url, "github.com"))
    slot = &card->github_url;
  else if (service == NULL)
    slot = &card->portfolio_url;

  if (slot != NULL && *slot == NULL)
    *slot = url;
  else
    g_free (url);
}

char *
cl_vcard_name_from_parts (const char *given,
                          const char *family)
{
  if (given != NULL && family != NULL)
    return g_strconcat (given, " ", family, NULL);
  return g_strdup (given != NULL ? given : family);
}

static void
read_card (ClVCardCard    *card,
           const CardSpan *span)
{
  g_autofree char *text = card_text (card, span);
  EVCard          *evcard;
  g_autoptr(GPtrArray) emails = g_ptr_array_new_with_free_func (ranked_free);
  g_autoptr(GPtrArray) phones = g_ptr_array_new_with_free_func (ranked_free);
  g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *role = NULL;
  gboolean         have_fn = FALSE;
  gboolean         have_n = FALSE;

  quiet_evcard ();
  evcard = e_vcard_new_from_string (text);

  for (GList *l = e_vcard_get_attributes (evcard); l != NULL; l = l->next)
    {
      EVCardAttribute *attr = l->data;
      const char      *name = e_vcard_attribute_get_name (attr);

      if (g_ascii_strcasecmp (name, "FN") == 0 && !have_fn)
        {
          have_fn = TRUE;
          card->full_name = attribute_text (card, attr);
        }
      else if (g_ascii_strcasecmp (name, "N") == 0 && !have_n)
        {
          have_n = TRUE;
          card->family_name = attribute_nth (card, attr, 0);
          card->given_name = attribute_nth (card, attr, 1);
        }
      else if (g_ascii_strcasecmp (name, "UID") == 0 && card->uid == NULL)
        card->uid = attribute_text (card, attr);
      else if (g_ascii_strcasecmp (name, "ORG") == 0 && card->organization == NULL)
        card->organization = attribute_nth (card, attr, 0);
      else if (g_ascii_strcasecmp (name, "TITLE") == 0 && card->title == NULL)
        card->title = attribute_text (card, attr);
      else if (g_ascii_strcasecmp (name, "ROLE") == 0 && role == NULL)
        role = attribute_text (card, attr);
      else if (g_ascii_strcasecmp (name, "NOTE") == 0 && card->note == NULL)
        card->note = attribute_text (card, attr);
      else if (g_ascii_strcasecmp (name, "EMAIL") == 0 || g_ascii_strcasecmp (name, "TEL") == 0)
        {
          gboolean   is_phone = g_ascii_strcasecmp (name, "TEL") == 0;
          GPtrArray *ranked = is_phone ? phones : emails;
          char      *value = attribute_text (card, attr);
          Types      types;

          value = strip_scheme (value, is_phone ? "tel:" : "mailto:");
          if (value == NULL || ranked->len >= MAX_VALUES)
            {
              g_free (value);
              continue;
            }
          read_types (attr, &types);
          add_ranked (ranked, types_label (&types, is_phone), value, types.pref);
          g_free (types.service);
        }
      else if (g_ascii_strcasecmp (name, "URL") == 0)
        take_url (card, attribute_text (card, attr), NULL);
      else if (g_ascii_strcasecmp (name, "X-SOCIALPROFILE") == 0)
        {
          Types types;

          read_types (attr, &types);
          /* Other services (Twitter…) have no place in a contact here. */
          take_url (card, attribute_text (card, attr),
                    types.service != NULL ? types.service : "");
          g_free (types.service);
        }
      else if (g_ascii_strcasecmp (name, "CATEGORIES") == 0)
        {
          for (GList *v = e_vcard_attribute_get_values (attr); v != NULL; v = v->next)
            {
              char *category = clean_text (card, v->data);

              if (category != NULL && categories->len < MAX_VALUES)
                g_ptr_array_add (categories, category);
              else
                g_free (category);
            }
        }
    }

  g_object_unref (evcard);

  if (card->title == NULL)
    card->title = g_steal_pointer (&role);

  take_ranked (emails, card->emails);
  take_ranked (phones, card->phones);

  g_ptr_array_add (categories, NULL);
  g_strfreev (card->categories);
  card->categories = (GStrv) g_ptr_array_steal (categories, NULL);

  if (card->full_name == NULL)
    card->full_name = cl_vcard_name_from_parts (card->given_name, card->family_name);

  if (!span->ended)
    card->problem = g_strdup (_ ("This card has no END:VCARD line, so it may be cut short."));
  else if (card->full_name == NULL)
    card->problem = g_strdup (_ ("This card has no name."));
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

GPtrArray *
cl_vcard_read (const char *data,
               gsize       length,
               GError    **error)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autofree char *converted = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > CL_VCARD_MAX_FILE_SIZE)
    {
      g_set_error (error, CL_VCARD_ERROR, CL_VCARD_ERROR_TOO_LARGE,
                   _ ("The file is larger than %u MB, too large for contact cards."),
                   (guint) (CL_VCARD_MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }

  /* Windows writes UTF-16 with a byte order mark. */
  if (length >= 2 && (((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe) ||
                      ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff)))
    {
      gsize written = 0;

      converted = g_convert (data, length, "UTF-8", "UTF-16", NULL, &written, NULL);
      if (converted != NULL)
        {
          data = converted;
          length = written;
        }
    }
  /* The UTF-8 byte order mark. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (length == 0 || is_blank (data, length))
    {
      g_set_error_literal (error, CL_VCARD_ERROR, CL_VCARD_ERROR_EMPTY, _ ("The file is empty."));
      return NULL;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, CL_VCARD_ERROR, CL_VCARD_ERROR_NOT_VCARD,
                           _ ("This file is not text, so it holds no contact cards (vCard)."));
      return NULL;
    }

  spans = split_cards (data, length, error);
  if (spans == NULL)
    return NULL;
  if (spans->len == 0)
    {
      g_set_error_literal (error, CL_VCARD_ERROR, CL_VCARD_ERROR_NOT_VCARD,
                           _ ("This file holds no contact cards (vCard): no line in it reads "
                              "BEGIN:VCARD."));
      return NULL;
    }

  cards = g_ptr_array_new_full (spans->len, (GDestroyNotify) cl_vcard_card_free);
  for (guint i = 0; i < spans->len; i++)
    {
      const CardSpan *span = &g_array_index (spans, CardSpan, i);
      ClVCardCard    *card = cl_vcard_card_new ();

      card->number = i + 1;
      card->line = span->line;
      read_card (card, span);
      g_ptr_array_add (cards, card);
    }

  return g_steal_pointer (&cards);
}
