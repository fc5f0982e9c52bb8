/* cl-contacts-view.h — the Contacts page: the people of the search, and the one chosen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"
#include "cl-events-window.h"

G_BEGIN_DECLS
/* clang-format off */

/* What an export saves. */
typedef enum
{
  CL_CONTACTS_EXPORT_ALL,      /* every contact */
  CL_CONTACTS_EXPORT_SHOWN,    /* those listed: searched and filtered */
  CL_CONTACTS_EXPORT_SELECTED, /* the one the page shows */
} ClContactsExport;

#define CL_TYPE_CONTACTS_VIEW (cl_contacts_view_get_type ())
G_DECLARE_FINAL_TYPE (ClContactsView, cl_contacts_view, CL, CONTACTS_VIEW, GtkWidget)

void        cl_contacts_view_set_context  (ClContactsView *self,
                                           ClContext      *context);
/* The contacts as listed: searched, filtered by role and sorted. */
GListModel *cl_contacts_view_get_contacts (ClContactsView *self);
/* The contacts due a follow-up, the longest overdue first. */
GListModel *cl_contacts_view_get_due      (ClContactsView *self);
/* The contact the page shows, or NULL. */
ClContact  *cl_contacts_view_get_selected (ClContactsView *self);
/* Selects the contact @contact_id and shows it (alone, when the window is
 * narrow); FALSE when it is not listed. */
gboolean    cl_contacts_view_show_contact (ClContactsView *self,
                                           gint64          contact_id);
/* Adds a contact named "New Contact" and shows it, its name to be typed. */
void        cl_contacts_view_add_contact  (ClContactsView *self);
/* Opens the events window (or brings it to the front), on the event
 * @event_id unless it is 0; returns it. */
ClEventsWindow *cl_contacts_view_show_events (ClContactsView *self,
                                              gint64          event_id);

/* The contacts the contacts.export-all, -shown or -contact action saves
 * (a new reference), or NULL before a context is set. */
GListModel *cl_contacts_view_get_export   (ClContactsView  *self,
                                           ClContactsExport what);
/* What those actions do once the file is chosen: writes the contacts as
 * vCard 4.0 to @file. */
gboolean    cl_contacts_view_export_to    (ClContactsView  *self,
                                           ClContactsExport what,
                                           GFile           *file,
                                           GError         **error);
/* What contacts.import and a drop do once the file is known: shows the
 * preview of @file (a ClContactImportDialog). */
GtkWindow  *cl_contacts_view_import_file  (ClContactsView *self,
                                           GFile          *file);

/* clang-format on */
G_END_DECLS
