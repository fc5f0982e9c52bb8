/* cl-application-section.h — one part of the application page
 *
 * The application page (ClApplicationPage) is a shell that stacks section
 * widgets, as GNOME Calendar's event editor stacks its GcalEventEditorSection
 * widgets.  A section knows only the context and its application:
 *
 *  - set_application() gives it the shared application from the pipeline
 *    store.  A section never changes that object: it edits a copy
 *    (cl_application_copy() and the like) and hands it to one store call,
 *    which saves it in one transaction and then updates the shared object;
 *    the section follows the shared object's notifications (and its store's
 *    ::changed) to show what was saved.  @application may be NULL: the
 *    section lets go of what it showed.
 *  - "valid" is FALSE while one of its fields holds a value that cannot be
 *    saved (the field says why); it is never saved, and the application
 *    keeps its last valid value.
 *  - flush() saves at once what waits to be saved (text typed less than the
 *    pause ago); the page calls it before it closes.
 *  - get_unsaved() says, after flush(), what was not saved because it is
 *    invalid, as a translated sentence for the user ("The role was left
 *    empty, so it stays “ML Engineer”."); NULL when everything was saved.
 *
 * ClInstantApply (cl-instant-apply.h) does the saving and the marking of one
 * field; a section usually keeps its helpers in a GPtrArray and implements
 * flush(), get_unsaved() and "valid" with cl_instant_apply_flush_all() and
 * its siblings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"
#include "cl-instant-apply.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_APPLICATION_SECTION (cl_application_section_get_type ())
G_DECLARE_INTERFACE (ClApplicationSection, cl_application_section, CL, APPLICATION_SECTION,
                     GtkWidget)

struct _ClApplicationSectionInterface
{
  GTypeInterface parent_iface;

  /* Required. */
  void     (*set_application) (ClApplicationSection *self,
                               ClContext            *context,
                               ClApplication        *application);
  /* Optional: the default saves nothing. */
  void     (*flush)           (ClApplicationSection *self);
  /* Optional: the default returns NULL. */
  char    *(*get_unsaved)     (ClApplicationSection *self);
};

/* An implementation overrides the "valid" property
 * (g_object_class_override_property()) and notifies it when it changes. */

void      cl_application_section_set_application (ClApplicationSection *self,
                                                  ClContext            *context,
                                                  ClApplication        *application);
gboolean  cl_application_section_get_valid       (ClApplicationSection *self);
void      cl_application_section_flush           (ClApplicationSection *self);
/* NULL, or a sentence (free it) naming what was kept instead of invalid input. */
char     *cl_application_section_get_unsaved     (ClApplicationSection *self);

/* What sections share. */

/* Notifies "valid" on @self whenever @apply's validity changes. */
void      cl_application_section_watch_valid     (ClApplicationSection *self,
                                                  ClInstantApply       *apply);
/* The save path of an application's field: a copy of @application with the
 * properties set (g_object_set() style, NULL-terminated), @field checked
 * alone (its problem is the one to show beside it), then saved in one
 * transaction by cl_pipeline_store_save_application() (@stage_id as there). */
gboolean  cl_application_section_save           (ClContext            *context,
                                                  ClApplication        *application,
                                                  gint64                stage_id,
                                                  const char           *field,
                                                  GError              **error,
                                                  const char           *first_property,
                                                  ...) G_GNUC_NULL_TERMINATED;

/* Gives @row the choices @labels (NULL-terminated), in that order. */
void      cl_application_section_fill_combo     (AdwComboRow          *row,
                                                  const char * const   *labels);
/* Names the text field of each entry row below @root by its row's title:
 * libadwaita 1.2 leaves it unnamed for screen readers. */
void      cl_application_section_name_fields    (GtkWidget            *root);

/* clang-format on */
G_END_DECLS
