/* cl-contact-page.h — everything about one contact, saved as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CONTACT_PAGE (cl_contact_page_get_type ())
G_DECLARE_FINAL_TYPE (ClContactPage, cl_contact_page, CL, CONTACT_PAGE, AdwBin)

GtkWidget *cl_contact_page_new           (void);
/* Shows @contact, the store's (NULL: none), saving its fields through
 * @context. */
void       cl_contact_page_set_contact   (ClContactPage *self,
                                          ClContext     *context,
                                          ClContact     *contact);
ClContact *cl_contact_page_get_contact   (ClContactPage *self);
/* Shows the back button (contacts.show-list), for a narrow window. */
void       cl_contact_page_set_show_back (ClContactPage *self,
                                          gboolean       show_back);
/* Saves now what waits for the pause after typing. */
void       cl_contact_page_flush         (ClContactPage *self);
/* NULL when every field was saved; else what each field keeps instead. */
char      *cl_contact_page_get_unsaved   (ClContactPage *self);
/* Gives the keyboard focus to the name, its text selected when @select. */
void       cl_contact_page_focus_name    (ClContactPage *self,
                                          gboolean       select);

/* clang-format on */
G_END_DECLS
