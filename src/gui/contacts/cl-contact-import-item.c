/* cl-contact-import-item.c — one card of a vCard import, as its preview lists it
 *
 * The words are made once, when the item is: a list of 5,000 cards then
 * binds its rows without looking at the import again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-import-item"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-contact-import-item.h"

struct _ClContactImportItem
{
  GObject    parent_instance;

  char      *name;
  char      *company;
  ClCardFate fate;
  char      *outcome;
};

G_DEFINE_FINAL_TYPE (ClContactImportItem, cl_contact_import_item, G_TYPE_OBJECT)

static void
cl_contact_import_item_finalize (GObject *object)
{
  ClContactImportItem *self = CL_CONTACT_IMPORT_ITEM (object);

  g_free (self->name);
  g_free (self->company);
  g_free (self->outcome);

  G_OBJECT_CLASS (cl_contact_import_item_parent_class)->finalize (object);
}

static void
cl_contact_import_item_class_init (ClContactImportItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cl_contact_import_item_finalize;
}

static void
cl_contact_import_item_init (ClContactImportItem *self)
{
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

ClContactImportItem *
cl_contact_import_item_new (ClContactImport *import,
                            guint            index)
{
  ClContactImportItem *self;
  ClVCardCard         *card;

  g_return_val_if_fail (import != NULL, NULL);
  g_return_val_if_fail (index < cl_contact_import_get_n_cards (import), NULL);

  self = g_object_new (CL_TYPE_CONTACT_IMPORT_ITEM, NULL);
  card = cl_contact_import_get_card (import, index);
  self->name = !is_blank (card->full_name) ? g_strdup (card->full_name)
                                           : g_strdup_printf (_ ("Card %u"), card->number);
  self->company = !is_blank (card->organization) ? g_strdup (card->organization) : NULL;
  self->fate = cl_contact_import_get_fate (import, index);
  switch (self->fate)
    {
    case CL_CARD_FATE_NEW:
      self->outcome = g_strdup (_ ("New"));
      break;
    case CL_CARD_FATE_PRESENT:
      {
        ClContact *match = cl_contact_import_get_match (import, index);

        /* Without a saved contact, it repeats a card above it in the file. */
        self->outcome = match != NULL
                          ? g_strdup_printf (_ ("Updates %s"), cl_contact_get_name (match))
                          : g_strdup (_ ("Same person as a card above"));
        break;
      }
    case CL_CARD_FATE_UNREADABLE:
    default:
      self->outcome = g_strdup_printf (_ ("Unreadable: %s"),
                                       cl_contact_import_get_problem (import, index));
      break;
    }
  /* What the reading guessed (say, the text's encoding) is for the user to check. */
  if (self->fate != CL_CARD_FATE_UNREADABLE && card->notice != NULL)
    {
      g_autofree char *fate = g_steal_pointer (&self->outcome);

      /* Translators: what a card of an import becomes, then what was guessed reading it. */
      self->outcome = g_strdup_printf (_ ("%s — %s"), fate, card->notice);
    }
  return self;
}

const char *
cl_contact_import_item_get_name (ClContactImportItem *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_IMPORT_ITEM (self), NULL);
  return self->name;
}

const char *
cl_contact_import_item_get_company (ClContactImportItem *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_IMPORT_ITEM (self), NULL);
  return self->company;
}

ClCardFate
cl_contact_import_item_get_fate (ClContactImportItem *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_IMPORT_ITEM (self), CL_CARD_FATE_UNREADABLE);
  return self->fate;
}

const char *
cl_contact_import_item_get_outcome (ClContactImportItem *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_IMPORT_ITEM (self), NULL);
  return self->outcome;
}

const char *
cl_contact_import_item_get_icon_name (ClContactImportItem *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_IMPORT_ITEM (self), NULL);

  switch (self->fate)
    {
    case CL_CARD_FATE_NEW:
      return "list-add-symbolic";
    case CL_CARD_FATE_PRESENT:
      return "view-refresh-symbolic";
    case CL_CARD_FATE_UNREADABLE:
    default:
      return "dialog-warning-symbolic";
    }
}

char *
cl_contact_import_item_describe (ClContactImportItem *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_IMPORT_ITEM (self), NULL);

  if (self->company != NULL)
    /* Translators: a card of an import for screen readers: name, company, what it does. */
    return g_strdup_printf (_ ("%s, %s: %s"), self->name, self->company, self->outcome);
  /* Translators: a card of an import for screen readers: name, what it does. */
  return g_strdup_printf (_ ("%s: %s"), self->name, self->outcome);
}

/* A GListStore, which the dialog relies on. */
GListModel *
cl_contact_import_item_list_new (ClContactImport *import)
{
  GListStore *list = g_list_store_new (CL_TYPE_CONTACT_IMPORT_ITEM);
  guint       n = cl_contact_import_get_n_cards (import);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  /* Spliced in at once: one ::items-changed, not thousands. */
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, cl_contact_import_item_new (import, i));
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (list);
}
