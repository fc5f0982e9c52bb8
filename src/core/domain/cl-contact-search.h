/* cl-contact-search.h — which contacts a search of the Contacts page keeps
 *
 * The text is split into words; a contact matches when every word is found
 * (without regard to case or accents' composition) in its name, company,
 * title, tags or notes, and it has one of the chosen roles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-contact.h"

G_BEGIN_DECLS
/* clang-format off */

typedef struct _ClContactSearch ClContactSearch;

/* @roles: a bit set of CL_CONTACT_ROLE_BIT (role); 0 for any role. */
ClContactSearch *cl_contact_search_new      (const char      *text,
                                             guint            roles);
void             cl_contact_search_free     (ClContactSearch *self);
/* Whether it keeps everyone (no words, any role). */
gboolean         cl_contact_search_is_empty (ClContactSearch *self);
gboolean         cl_contact_search_matches  (ClContactSearch *self,
                                             ClContact       *contact);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClContactSearch, cl_contact_search_free)

/* clang-format on */
G_END_DECLS
