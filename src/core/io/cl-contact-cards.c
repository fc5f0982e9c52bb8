/* cl-contact-cards.c — contacts to and from vCards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-cards"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-contact-cards.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-store.h"
#include "cl-transaction.h"

typedef struct
{
  ClCardFate fate;
  ClContact *match; /* a saved contact, for a present card */
  guint      first; /* for a present card without match: the earlier card */
  char      *problem;
  ClContact *contact; /* what a new card adds; NULL otherwise */
} Entry;

struct _ClContactImport
{
  ClContactStore *store;
  GPtrArray      *cards;   /* ClVCardCard */
  GArray         *entries; /* Entry */
};

/* Matching keys ------------------------------------------------------------ */

static char *
key_of (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *stripped != '\0' ? g_utf8_casefold (stripped, -1) : NULL;
}

static char *
person_key (const char *name,
            const char *company)
{
  g_autofree char *name_key = key_of (name);
  g_autofree char *company_key = key_of (company);

  if (name_key == NULL)
    return NULL;
  return g_strconcat (name_key, "\n", company_key != NULL ? company_key : "", NULL);
}

/* Where a key was seen: a saved contact, or a card of the file, tagged in
 * the pointer's lowest bit (objects are aligned, so it is 0 for them). */
#define CARD_TAG(i) GSIZE_TO_POINTER (((gsize) (i) << 1) | 1)
#define IS_CARD_TAG(p) ((GPOINTER_TO_SIZE (p) & 1) != 0)
#define CARD_OF_TAG(p) ((guint) (GPOINTER_TO_SIZE (p) >> 1))
typedef struct
{
  GHashTable *by_uid;
  GHashTable *by_email;
  GHashTable *by_person;
} Index;

static void
index_init (Index *index)
{
  index->by_uid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index->by_email = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index->by_person = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
index_clear (Index *index)
{
  g_hash_table_unref (index->by_uid);
  g_hash_table_unref (index->by_email);
  g_hash_table_unref (index->by_person);
}

/* Keys already there keep what they found first. */
static void
index_add (GHashTable *table,
           char       *key,
           gpointer    value)
{
  if (key == NULL || g_hash_table_contains (table, key))
    g_free (key);
  else
    g_hash_table_insert (table, key, value);
}

static void
index_contact (Index     *index,
               ClContact *contact)
{
  g_autoptr(GPtrArray) emails = cl_contact_values_parse (cl_contact_get_emails (contact));

  index_add (index->by_uid, g_strdup (cl_contact_get_vcard_uid (contact)), contact);
  for (guint i = 0; i < emails->len; i++)
    index_add (index->by_email,
               key_of (((ClContactValue *) g_ptr_array_index (emails, i))->value), contact);
  index_add (index->by_person,
             person_key (cl_contact_get_name (contact), cl_contact_get_company_name (contact)),
             contact);
}

static void
index_card (Index       *index,
            ClVCardCard *card,
            guint        position)
{
  gpointer value = CARD_TAG (position);

  if (card->uid != NULL)
    index_add (index->by_uid, g_strdup (card->uid), value);
  for (guint i = 0; i < card->emails->len; i++)
    index_add (index->by_email,
               key_of (((ClVCardValue *) g_ptr_array_index (card->emails, i))->value), value);
  index_add (index->by_person, person_key (card->full_name, card->organization), value);
}

static gpointer
index_find (Index       *index,
            ClVCardCard *card)
{
  gpointer found = NULL;

  if (card->uid != NULL)
    found = g_hash_table_lookup (index->by_uid, card->uid);
  for (guint i = 0; found == NULL && i < card->emails->len; i++)
    {
      g_autofree char *key =
        key_of (((ClVCardValue *) g_ptr_array_index (card->emails, i))->value);

      if (key != NULL)
        found = g_hash_table_lookup (index->by_email, key);
    }
  if (found == NULL)
    {
      g_autofree char *key = person_key (card->full_name, card->organization);

      if (key != NULL)
        found = g_hash_table_lookup (index->by_person, key);
    }
  return found;
}

/* Cards and contacts ------------------------------------------------------- */

static char *
values_text (GPtrArray *values)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < values->len; i++)
    {
      ClVCardValue *value = g_ptr_array_index (values, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s\t%s", value->label != NULL ? value->label : "other",
                              value->value);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

ClContact *
cl_contact_new_from_vcard (ClVCardCard *card)
{
  ClContact       *contact;
  g_autofree char *emails = NULL;
  g_autofree char *phones = NULL;
  g_autofree char *tags = NULL;

  g_return_val_if_fail (card != NULL, NULL);

  emails = values_text (card->emails);
  phones = values_text (card->phones);
  tags = card->categories != NULL ? g_strjoinv (", ", card->categories) : NULL;
  contact = cl_contact_new (card->full_name);
  cl_contact_set_company_name (contact, card->organization);
  g_object_set (contact,
                "title", card->title,
                "emails", emails,
                "phones", phones,
                "tags", tags != NULL && *tags != '\0' ? tags : NULL,
                "linkedin-url", card->linkedin_url,
                "github-url", card->github_url,
                "portfolio-url", card->portfolio_url,
                "notes", card->note,
                NULL);
  cl_contact_set_vcard_uid (contact, card->uid);
  return contact;
}

static void
add_values (ClVCardCard *card,
            const char  *text,
            gboolean     emails)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CL_TYPE_CONTACT_LABEL);
  g_autoptr(GPtrArray) values = cl_contact_values_parse (text);

  for (guint i = 0; i < values->len; i++)
    {
      ClContactValue *value = g_ptr_array_index (values, i);
      GEnumValue     *nick = g_enum_get_value (klass, value->label);
      const char     *label = nick != NULL ? nick->value_nick : "other";

      if (emails)
        cl_vcard_card_add_email (card, label, value->value);
      else
        cl_vcard_card_add_phone (card, label, value->value);
    }
}

ClVCardCard *
cl_vcard_card_new_from_contact (ClContact *contact)
{
  ClVCardCard *card;

  g_return_val_if_fail (CL_IS_CONTACT (contact), NULL);

  card = cl_vcard_card_new ();
  card->uid = g_strdup (cl_contact_get_vcard_uid (contact));
  card->full_name = g_strdup (cl_contact_get_name (contact));
  card->organization = g_strdup (cl_contact_get_company_name (contact));
  card->title = g_strdup (cl_contact_get_title (contact));
  add_values (card, cl_contact_get_emails (contact), TRUE);
  add_values (card, cl_contact_get_phones (contact), FALSE);
  card->linkedin_url = g_strdup (cl_contact_get_linkedin_url (contact));
  card->github_url = g_strdup (cl_contact_get_github_url (contact));
  card->portfolio_url = g_strdup (cl_contact_get_portfolio_url (contact));
  card->note = g_strdup (cl_contact_get_notes (contact));
  g_strfreev (card->categories);
  card->categories = cl_contact_tags_parse (cl_contact_get_tags (contact));
  return card;
}

char *
cl_contact_cards_export (GListModel *contacts,
                         gsize      *length)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (
    (GDestroyNotify) cl_vcard_card_free);

  g_return_val_if_fail (G_IS_LIST_MODEL (contacts), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(ClContact) contact = g_list_model_get_item (contacts, i);

      g_ptr_array_add (cards, cl_vcard_card_new_from_contact (contact));
    }
  return cl_vcard_write (cards, length);
}

/* Merging ------------------------------------------------------------------- */

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

/* @current's values followed by those of @extra it lacks (compared without
 * case, and phone numbers by their digits). */
static char *
merge_values (const char *current,
              const char *extra,
              gboolean    digits_only)
{
  g_autoptr(GPtrArray) values = cl_contact_values_parse (current);
  g_autoptr(GPtrArray) more = cl_contact_values_parse (extra);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < values->len + more->len; i++)
    {
      ClContactValue *value =
        i < values->len ? g_ptr_array_index (values, i) : g_ptr_array_index (more, i - values->len);
      g_autoptr(GString) key = g_string_new (NULL);

      if (digits_only)
        {
          for (const char *p = value->value; *p != '\0'; p++)
            if (g_ascii_isdigit (*p))
              g_string_append_c (key, *p);
        }
      if (key->len == 0)
        g_string_append (g_string_truncate (key, 0), value->value);
      {
        char *folded = g_utf8_casefold (key->str, -1);

        if (g_hash_table_contains (seen, folded))
          {
            g_free (folded);
            if (i >= values->len)
              continue;
          }
        else
          g_hash_table_add (seen, folded);
      }
      if (i >= values->len)
        g_ptr_array_add (values, cl_contact_value_new (value->label, value->value));
    }
  return cl_contact_values_format (values);
}

static char *
merge_tags (const char *current,
            const char *extra)
{
  g_autofree char *all = g_strjoin (", ", current != NULL ? current : "",
                                    extra != NULL ? extra : "", NULL);
  g_auto(GStrv) tags = cl_contact_tags_parse (all);

  return tags[0] != NULL ? g_strjoinv (", ", tags) : NULL;
}

/* What @from adds to @into: blanks filled, values and tags added. */
static void
merge_contact (ClContact *into,
               ClContact *from)
{
  static const char *text_fields[] = { "title", "how-met", "linkedin-url",
                                       "github-url", "portfolio-url", "notes" };
  g_autofree char   *emails =
    merge_values (cl_contact_get_emails (into), cl_contact_get_emails (from), FALSE);
  g_autofree char *phones =
    merge_values (cl_contact_get_phones (into), cl_contact_get_phones (from), TRUE);
  g_autofree char *tags = merge_tags (cl_contact_get_tags (into), cl_contact_get_tags (from));

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      g_autofree char *mine = NULL;
      g_autofree char *theirs = NULL;

      g_object_get (into, text_fields[i], &mine, NULL);
      g_object_get (from, text_fields[i], &theirs, NULL);
      if (is_blank (mine) && !is_blank (theirs))
        g_object_set (into, text_fields[i], theirs, NULL);
    }
  if (cl_contact_get_company (into) == NULL && cl_contact_get_company_name (from) != NULL)
    cl_contact_set_company_name (into, cl_contact_get_company_name (from));
  g_object_set (into, "emails", emails, "phones", phones, "tags", tags, NULL);
}

/* The import ---------------------------------------------------------------- */

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->problem);
  g_clear_object (&entry->contact);
}

ClContactImport *
cl_contact_import_new (ClContactStore *store,
                       const char     *data,
                       gsize           length,
                       GError        **error)
{
  g_autoptr(GPtrArray) cards = NULL;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (store), NULL);

  cards = cl_vcard_read (data, length, error);
  if (cards == NULL)
    return NULL;
  return cl_contact_import_new_for_cards (store, cards);
}

ClContactImport *
cl_contact_import_new_for_cards (ClContactStore *store,
                                 GPtrArray      *cards)
{
  ClContactImport *self;
  GListModel      *contacts;
  Index            index;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (store), NULL);
  g_return_val_if_fail (cards != NULL, NULL);

  self = g_new0 (ClContactImport, 1);
  self->store = g_object_ref (store);
  self->cards = g_ptr_array_ref (cards);
  self->entries = g_array_sized_new (FALSE, TRUE, sizeof (Entry), self->cards->len);
  g_array_set_clear_func (self->entries, entry_clear);

  index_init (&index);
  contacts = cl_contact_store_get_contacts (store);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(ClContact) contact = g_list_model_get_item (contacts, i);

      index_contact (&index, contact);
    }

  for (guint i = 0; i < self->cards->len; i++)
    {
      ClVCardCard *card = g_ptr_array_index (self->cards, i);
      Entry        entry = { 0 };
      gpointer     found;

      if (card->problem != NULL)
        {
          entry.fate = CL_CARD_FATE_UNREADABLE;
          entry.problem = g_strdup (card->problem);
          g_array_append_val (self->entries, entry);
          continue;
        }

      entry.contact = cl_contact_new_from_vcard (card);
      {
        g_autoptr(GError) invalid = NULL;

        cl_model_normalize (CL_MODEL (entry.contact));
        if (!cl_model_validate (CL_MODEL (entry.contact), &invalid))
          {
            entry.fate = CL_CARD_FATE_UNREADABLE;
            entry.problem = g_strdup (invalid->message);
            g_clear_object (&entry.contact);
            g_array_append_val (self->entries, entry);
            continue;
          }
      }

      found = index_find (&index, card);
      if (found == NULL)
        {
          entry.fate = CL_CARD_FATE_NEW;
          index_card (&index, card, i);
        }
      else if (IS_CARD_TAG (found))
        {
          /* An earlier, new card of this file: merged into what it adds. */
          Entry *first = &g_array_index (self->entries, Entry, CARD_OF_TAG (found));

          entry.fate = CL_CARD_FATE_PRESENT;
          entry.first = CARD_OF_TAG (found);
          merge_contact (first->contact, entry.contact);
          g_clear_object (&entry.contact);
        }
      else
        {
          entry.fate = CL_CARD_FATE_PRESENT;
          entry.match = found;
        }
      g_array_append_val (self->entries, entry);
    }
  index_clear (&index);
  return self;
}

void
cl_contact_import_free (ClContactImport *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->store);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  g_free (self);
}

guint
cl_contact_import_get_n_cards (ClContactImport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->entries->len;
}

ClVCardCard *
cl_contact_import_get_card (ClContactImport *self,
                            guint            index)
{
  g_return_val_if_fail (self != NULL && index < self->entries->len, NULL);
  return g_ptr_array_index (self->cards, index);
}

ClCardFate
cl_contact_import_get_fate (ClContactImport *self,
                            guint            index)
{
  g_return_val_if_fail (self != NULL && index < self->entries->len, CL_CARD_FATE_UNREADABLE);
  return g_array_index (self->entries, Entry, index).fate;
}

ClContact *
cl_contact_import_get_match (ClContactImport *self,
                             guint            index)
{
  g_return_val_if_fail (self != NULL && index < self->entries->len, NULL);
  return g_array_index (self->entries, Entry, index).match;
}

const char *
cl_contact_import_get_problem (ClContactImport *self,
                               guint            index)
{
  g_return_val_if_fail (self != NULL && index < self->entries->len, NULL);
  return g_array_index (self->entries, Entry, index).problem;
}

void
cl_contact_import_count (ClContactImport *self,
                         guint           *n_new,
                         guint           *n_present,
                         guint           *n_unreadable)
{
  guint counts[3] = { 0, 0, 0 };

  g_return_if_fail (self != NULL);

  for (guint i = 0; i < self->entries->len; i++)
    counts[g_array_index (self->entries, Entry, i).fate]++;
  if (n_new != NULL)
    *n_new = counts[CL_CARD_FATE_NEW];
  if (n_present != NULL)
    *n_present = counts[CL_CARD_FATE_PRESENT];
  if (n_unreadable != NULL)
    *n_unreadable = counts[CL_CARD_FATE_UNREADABLE];
}

char *
cl_contact_import_describe (ClContactImport *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_new, n_present, n_unreadable, n_listed = 0;

  g_return_val_if_fail (self != NULL, NULL);

  cl_contact_import_count (self, &n_new, &n_present, &n_unreadable);
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "%u new contact", "%u new contacts",
                                       n_new),
                          n_new);
  g_string_append (text, ", ");
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "%u already there", "%u already there",
                                       n_present),
                          n_present);
  if (n_unreadable == 0)
    {
      g_string_append (text, ".");
      return g_string_free (g_steal_pointer (&text), FALSE);
    }
  g_string_append (text, "; ");
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE, "%u card could not be read:",
                                       "%u cards could not be read:", n_unreadable),
                          n_unreadable);
  /* The first few, so that a broken file does not print pages. */
  for (guint i = 0; i < self->entries->len && n_listed < 5; i++)
    {
      Entry       *entry = &g_array_index (self->entries, Entry, i);
      ClVCardCard *card = g_ptr_array_index (self->cards, i);

      if (entry->fate != CL_CARD_FATE_UNREADABLE)
        continue;
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _ ("card %u (line %u): %s"), card->number, card->line,
                              entry->problem);
      n_listed++;
    }
  if (n_listed < n_unreadable)
    g_string_append (text, " …");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
cl_contact_import_commit (ClContactImport *self,
                          GError         **error)
{
  g_autoptr(ClTransaction) tx = NULL;
  g_autoptr(GHashTable) updates = NULL; /* saved contact → its edited copy */
  GHashTableIter iter;
  gpointer       saved, copy;
  guint          n_new, n_present;

  g_return_val_if_fail (self != NULL, FALSE);

  cl_contact_import_count (self, &n_new, &n_present, NULL);
  if (n_new + n_present == 0)
    {
      g_set_error_literal (error, CL_VCARD_ERROR, CL_VCARD_ERROR_INVALID,
                           _ ("None of the cards in this file can be imported."));
      return FALSE;
    }

  updates = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  tx = cl_transaction_begin (cl_store_get_database (CL_STORE (self->store)), error);
  if (tx == NULL)
    return FALSE;
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      if (entry->fate == CL_CARD_FATE_NEW)
        {
          /* A copy, so that a rolled back import leaves the preview as it was. */
          g_autoptr(ClContact) contact = cl_contact_copy (entry->contact);

          if (!cl_contact_store_add_contact (self->store, contact, error))
            return FALSE;
        }
      else if (entry->fate == CL_CARD_FATE_PRESENT && entry->match != NULL)
        {
          ClContact *edited = g_hash_table_lookup (updates, entry->match);

          if (edited == NULL)
            {
              edited = cl_contact_copy (entry->match);
              g_hash_table_insert (updates, entry->match, edited);
            }
          merge_contact (edited, entry->contact);
        }
    }
  g_hash_table_iter_init (&iter, updates);
  while (g_hash_table_iter_next (&iter, &saved, &copy))
    if (!cl_model_equal (CL_MODEL (saved), CL_MODEL (copy)) &&
        !cl_contact_store_update_contact (self->store, copy, error))
      return FALSE;
  return cl_transaction_commit (tx, error);
}
