/* cl-contact-import-dialog.h — the preview of a vCard file, and its import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-contact-cards.h"
#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CONTACT_IMPORT_DIALOG (cl_contact_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ClContactImportDialog, cl_contact_import_dialog, CL, CONTACT_IMPORT_DIALOG,
                      AdwWindow)

/* A modal window over @from's window that reads @file (in a thread), lists
 * its cards and what each becomes, and imports them into @context's
 * contacts on Import; the toast that says what was done goes on @from's
 * toast overlay. */
ClContactImportDialog *cl_contact_import_dialog_new        (GtkWidget             *from,
                                                            ClContext             *context,
                                                            GFile                 *file);
/* Whether the file has been read (its cards listed, or why it cannot be). */
gboolean               cl_contact_import_dialog_is_ready   (ClContactImportDialog *self);
/* The cards listed (ClContactImportItem); empty until ready or when the
 * file holds none. */
GListModel            *cl_contact_import_dialog_get_items  (ClContactImportDialog *self);
/* What the file was read into, or NULL (not ready, or no cards at all). */
ClContactImport       *cl_contact_import_dialog_get_import (ClContactImportDialog *self);
/* The message shown instead of the cards, or inside the dialog after a
 * failed import; NULL when there is none. */
const char            *cl_contact_import_dialog_get_error  (ClContactImportDialog *self);

/* clang-format on */
G_END_DECLS
