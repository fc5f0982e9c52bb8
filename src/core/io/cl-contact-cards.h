/* cl-contact-cards.h — contacts to and from vCards: the import and its
 * preview, and the export
 *
 * An import is read and matched first, without writing: each card is new,
 * already present (the same vCard UID, else an email address, else the
 * same name at the same company), or unreadable, so that the window can show
 * a preview.  Committing writes every usable card in one transaction: new
 * cards are added, present ones fill what the contact lacks (titles, links,
 * notes) and add the addresses, numbers and tags it does not have; nothing
 * the user typed is overwritten.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-contact-store.h"
#include "cl-vcard.h"

G_BEGIN_DECLS
/* clang-format off */

typedef enum
{
  CL_CARD_FATE_NEW,
  CL_CARD_FATE_PRESENT,     /* updates a saved contact, or an earlier card of the file */
  CL_CARD_FATE_UNREADABLE,  /* see cl_contact_import_get_problem() */
} ClCardFate;

typedef struct _ClContactImport ClContactImport;

/* Reads and matches the cards of a file's bytes against @store's contacts;
 * NULL with a CL_VCARD_ERROR for a file that holds no cards at all. */
ClContactImport *cl_contact_import_new         (ClContactStore  *store,
                                                const char      *data,
                                                gsize            length,
                                                GError         **error);
/* The same for cards already read (ClVCardCard, as cl_vcard_read() returns
 * them; the import keeps a reference), so that the reading, which touches no
 * store, can run in a thread and only the matching on the store's thread. */
ClContactImport *cl_contact_import_new_for_cards (ClContactStore *store,
                                                  GPtrArray      *cards);
void             cl_contact_import_free        (ClContactImport *self);

guint            cl_contact_import_get_n_cards (ClContactImport *self);
ClVCardCard     *cl_contact_import_get_card    (ClContactImport *self,
                                                guint            index);
ClCardFate       cl_contact_import_get_fate    (ClContactImport *self,
                                                guint            index);
/* For a present card: the saved contact it updates, or NULL when it is an
 * earlier card of the same file. */
ClContact       *cl_contact_import_get_match   (ClContactImport *self,
                                                guint            index);
/* For an unreadable card: why, as a sentence; NULL otherwise. */
const char      *cl_contact_import_get_problem (ClContactImport *self,
                                                guint            index);
void             cl_contact_import_count       (ClContactImport *self,
                                                guint           *n_new,
                                                guint           *n_present,
                                                guint           *n_unreadable);
/* What the import does (or did), for people: "2 new contacts, 1 updated;
 * 1 card could not be read: card 3 (line 12): This card has no name." */
char            *cl_contact_import_describe    (ClContactImport *self);
/* Writes every usable card in one transaction; FALSE (nothing written) when
 * none is usable or the database refuses. */
gboolean         cl_contact_import_commit      (ClContactImport *self,
                                                GError         **error);

/* The contact a card makes (new, unsaved), and the card of a contact. */
ClContact       *cl_contact_new_from_vcard     (ClVCardCard     *card);
ClVCardCard     *cl_vcard_card_new_from_contact (ClContact      *contact);
/* Every contact of @contacts (ClContact) as vCard 4.0. */
char            *cl_contact_cards_export       (GListModel      *contacts,
                                                gsize           *length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClContactImport, cl_contact_import_free)

/* clang-format on */
G_END_DECLS
