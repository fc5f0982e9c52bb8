/* cl-contacts-transfer.h — the Contacts page's vCard files: choosing them,
 * importing through the preview, exporting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-contact-import-dialog.h"
#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

/* Whether @file's name says it holds vCards (.vcf or .vcard). */
gboolean               cl_contacts_transfer_is_vcard_file     (GFile      *file);
/* Opens and shows the preview of @file over @from's window. */
ClContactImportDialog *cl_contacts_transfer_import            (GtkWidget  *from,
                                                               ClContext  *context,
                                                               GFile      *file);
/* Asks for a vCard file (GtkFileChooserNative, the portal in Flatpak), then
 * shows its preview. */
void                   cl_contacts_transfer_choose_import     (GtkWidget  *from,
                                                               ClContext  *context);
/* Writes @contacts (ClContact) to @file as vCard 4.0, replacing it. */
gboolean               cl_contacts_transfer_export            (GListModel *contacts,
                                                               GFile      *file,
                                                               GError    **error);
/* Asks where to save @contacts (as they are now), suggesting
 * @suggested_name, then saves them; what came of it is said in a toast on
 * @from's toast overlay. */
void                   cl_contacts_transfer_choose_export     (GtkWidget  *from,
                                                               GListModel *contacts,
                                                               const char *title,
                                                               const char *suggested_name);
/* "Ada Lovelace.vcf", a file name for one contact's card. */
char                  *cl_contacts_transfer_name_for_contact  (ClContact  *contact);

/* clang-format on */
G_END_DECLS
