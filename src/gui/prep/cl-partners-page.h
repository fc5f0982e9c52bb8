/* cl-partners-page.h — the practice partners: who the user practises with, and what they trade
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_PARTNERS_PAGE (cl_partners_page_get_type ())
G_DECLARE_FINAL_TYPE (ClPartnersPage, cl_partners_page, CL, PARTNERS_PAGE, AdwBin)

GtkWidget *cl_partners_page_new            (void);
/* Once: lists the practice store's partnerships, kept up to date. */
void       cl_partners_page_set_context    (ClPartnersPage *self,
                                            ClContext      *context);
/* Shows the back button (action "prep.show-sidebar") when the view is folded. */
void       cl_partners_page_set_show_back  (ClPartnersPage *self,
                                            gboolean        show_back);
/* Makes @contact a practice partner (and gives them the practice-partner
 * role), as picking them does; a toast says why when it cannot be. */
gboolean   cl_partners_page_add_contact    (ClPartnersPage *self,
                                            ClContact      *contact);
/* Adds a contact named @name, a practice partner, as "Add" beside the name
 * field does. */
gboolean   cl_partners_page_add_by_name    (ClPartnersPage *self,
                                            const char     *name);

/* clang-format on */
G_END_DECLS
