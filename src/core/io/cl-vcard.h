/* cl-vcard.h — contact cards in the vCard format, read and written
 *
 * Reading goes through evolution-data-server's EVCard (libebook-contacts),
 * which understands vCard 2.1, 3.0 and 4.0; writing is ours, in vCard 4.0
 * (RFC 6350), which Debian 12's EVCard cannot write.  A card here is only
 * what CareerLens keeps of a person: the mapping to and from ClContact and
 * the merge into the contact store live in the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS
/* clang-format off */

#define CL_VCARD_ERROR (cl_vcard_error_quark ())

typedef enum
{
  CL_VCARD_ERROR_EMPTY,      /* no card at all */
  CL_VCARD_ERROR_TOO_LARGE,  /* past CL_VCARD_MAX_FILE_SIZE */
  CL_VCARD_ERROR_NOT_VCARD,  /* binary data, or text that holds no BEGIN:VCARD */
  CL_VCARD_ERROR_INVALID,    /* one card cannot be used (see ClVCardCard.problem) */
} ClVCardError;

/* Larger files are refused before they are parsed. */
#define CL_VCARD_MAX_FILE_SIZE (20 * 1024 * 1024)

/* An address or a number with its label: "work", "home", "mobile" or
 * "other" (the nicks of ClContactLabel). */
typedef struct
{
  char *label;
  char *value;
} ClVCardValue;

typedef struct
{
  guint      number;          /* 1-based position of the card in the file */
  guint      line;            /* 1-based line of its BEGIN:VCARD */
  char      *problem;         /* NULL, or why the card cannot be used (translated, a sentence) */
  char      *notice;          /* NULL, or what was guessed (e.g. Windows-1252 text) */

  char      *uid;             /* UID, or NULL */
  char      *full_name;       /* FN, or made from N when FN is missing; never NULL unless problem */
  char      *family_name;     /* N's parts, or NULL */
  char      *given_name;
  char      *organization;    /* ORG's first part */
  char      *title;           /* TITLE (or ROLE when there is no TITLE) */
  GPtrArray *emails;          /* ClVCardValue, in the card's order, PREF first */
  GPtrArray *phones;          /* ClVCardValue */
  char      *linkedin_url;    /* URLs sorted by their host: linkedin.com… */
  char      *github_url;      /* github.com… */
  char      *portfolio_url;   /* the first other URL */
  char      *note;            /* NOTE, newlines kept */
  GStrv      categories;      /* CATEGORIES, never NULL */
} ClVCardCard;

GQuark       cl_vcard_error_quark (void);

ClVCardCard *cl_vcard_card_new    (void);
void         cl_vcard_card_free   (ClVCardCard  *card);
/* Adds an email or a phone number with its label. */
void         cl_vcard_card_add_email (ClVCardCard *card,
                                      const char  *label,
                                      const char  *address);
void         cl_vcard_card_add_phone (ClVCardCard *card,
                                      const char  *label,
                                      const char  *number);

/* Reads every card of a file's bytes (any vCard version, UTF-8 or, when not
 * valid UTF-8 and without CHARSET, Windows-1252 with a notice).  Returns the
 * cards (ClVCardCard, owned) including those that cannot be used, each with
 * its problem; NULL with @error for a file that cannot be read as vCards at
 * all (empty, too large, binary, no card). */
GPtrArray   *cl_vcard_read        (const char   *data,
                                   gsize         length,
                                   GError      **error);

/* Writes @cards (ClVCardCard) as vCard 4.0: CRLF line ends, lines folded at
 * 75 octets on UTF-8 character boundaries, RFC 6350 escaping.  Each card
 * gets BEGIN, VERSION:4.0, FN, N, UID (when set), ORG, TITLE, EMAIL and TEL
 * with TYPE and PREF=1 on the first, URL, NOTE, CATEGORIES and END. */
char        *cl_vcard_write       (GPtrArray    *cards,
                                   gsize        *length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClVCardCard, cl_vcard_card_free)

/* clang-format on */
G_END_DECLS
