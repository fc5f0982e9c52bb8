/* cl-application-page.h — everything known about one application, saved as it is edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_APPLICATION_PAGE (cl_application_page_get_type ())
G_DECLARE_FINAL_TYPE (ClApplicationPage, cl_application_page, CL, APPLICATION_PAGE, AdwWindow)

/* A window of its own, transient for @parent (may be NULL); the caller
 * presents it.  @application is the pipeline store's shared one: the page's
 * sections save edited copies of it as the user goes.
 *
 * Signals, for the board to offer Undo and say what happened:
 *  ::archived (ClApplication *application) — the page archived it;
 *  ::unarchived (ClApplication *application) — the page put it back;
 *  ::deleted (ClApplication *application, ClDeletion *deletion) — the page
 *    deleted it (and is closing); the deletion is what Undo needs;
 *  ::unsaved (const char *message) — the page is closing and some fields
 *    held what could not be saved: the message says what was kept. */
ClApplicationPage *cl_application_page_new             (GtkWindow         *parent,
                                                        ClContext         *context,
                                                        ClApplication     *application);
gint64             cl_application_page_get_application_id (ClApplicationPage *self);
/* Saves what waits for a pause in every section. */
void               cl_application_page_flush           (ClApplicationPage *self);
/* What each section could not save, or NULL. */
char              *cl_application_page_get_unsaved     (ClApplicationPage *self);

/* clang-format on */
G_END_DECLS
