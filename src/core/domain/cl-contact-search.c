/* cl-contact-search.c — which contacts a search of the Contacts page keeps
 *
 * A keystroke runs the search over every contact, so the words are folded
 * once, and each contact's text is folded into one buffer reused from
 * contact to contact.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-search"

#include "config.h"

#include <string.h>

#include "cl-contact-search.h"

struct _ClContactSearch
{
  GStrv    words; /* folded */
  guint    roles;
  GString *haystack;
};

static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normal != NULL ? normal : "", -1);
}

ClContactSearch *
cl_contact_search_new (const char *text,
                       guint       roles)
{
  ClContactSearch *self = g_new0 (ClContactSearch, 1);
  g_autofree char *folded = fold (text != NULL ? text : "");
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t\n,", -1);
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (words, parts[i]);
  self->words = g_strv_builder_end (words);
  self->roles = roles;
  self->haystack = g_string_new (NULL);
  return self;
}

void
cl_contact_search_free (ClContactSearch *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->words);
  g_string_free (self->haystack, TRUE);
  g_free (self);
}

gboolean
cl_contact_search_is_empty (ClContactSearch *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->words[0] == NULL && self->roles == 0;
}

static void
append_folded (GString    *haystack,
               const char *text)
{
  g_autofree char *folded = NULL;
  gsize            start = haystack->len;
  const char      *p;

  if (text == NULL)
    return;
  /* Most text is ASCII, whose folded form is its lower case: no copies. */
  for (p = text; *p != '\0' && (guchar) *p < 0x80; p++)
    g_string_append_c (haystack, g_ascii_tolower (*p));
  if (*p == '\0')
    {
      g_string_append_c (haystack, '\n');
      return;
    }
  g_string_truncate (haystack, start);
  folded = fold (text);
  g_string_append (haystack, folded);
  g_string_append_c (haystack, '\n');
}

gboolean
cl_contact_search_matches (ClContactSearch *self,
                           ClContact       *contact)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (CL_IS_CONTACT (contact), FALSE);

  if (self->roles != 0 && (cl_contact_get_roles (contact) & self->roles) == 0)
    return FALSE;
  if (self->words[0] == NULL)
    return TRUE;

  g_string_truncate (self->haystack, 0);
  append_folded (self->haystack, cl_contact_get_name (contact));
  append_folded (self->haystack, cl_contact_get_company_name (contact));
  append_folded (self->haystack, cl_contact_get_title (contact));
  append_folded (self->haystack, cl_contact_get_tags (contact));
  append_folded (self->haystack, cl_contact_get_notes (contact));
  for (guint i = 0; self->words[i] != NULL; i++)
    if (strstr (self->haystack->str, self->words[i]) == NULL)
      return FALSE;
  return TRUE;
}
