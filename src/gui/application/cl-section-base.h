/* cl-section-base.h — what most sections of the application page share
 *
 * A section derived from ClSectionBase implements ClApplicationSection by
 * what it binds: each field is a ClInstantApply it hands to
 * cl_section_base_add() (or binds to a property of the application in one
 * call), and "valid", flush() and get_unsaved() cover them all.  The base
 * keeps the context and the shared application, follows the application's
 * and its company's notifications, shows the bound properties again after
 * each, and then calls the class's show().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-application-section.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_SECTION_BASE (cl_section_base_get_type ())
G_DECLARE_DERIVABLE_TYPE (ClSectionBase, cl_section_base, CL, SECTION_BASE, AdwBin)

struct _ClSectionBaseClass
{
  AdwBinClass parent_class;

  /* A new application (or context) was set; either may be NULL. */
  void (*bind) (ClSectionBase *self);
  /* The application (not NULL) was set or changed: show what it says. */
  void (*show) (ClSectionBase *self);

  /*< private >*/
  gpointer padding[4];
};

ClContext      *cl_section_base_get_context     (ClSectionBase *self);
ClApplication  *cl_section_base_get_application (ClSectionBase *self);
ClPipelineStore *cl_section_base_get_pipeline_store (ClSectionBase *self);

/* Takes @apply, which saves a field of this section. */
ClInstantApply *cl_section_base_add             (ClSectionBase *self,
                                                 ClInstantApply *apply);
/* Lets go of @apply (its field is going away). */
void            cl_section_base_remove          (ClSectionBase *self,
                                                 ClInstantApply *apply);
/* A text field (see cl_instant_apply_new_for_text()) saved into the
 * application's string @property, shown from it. */
ClInstantApply *cl_section_base_bind_text       (ClSectionBase *self,
                                                 GtkWidget     *field,
                                                 const char    *what,
                                                 const char    *property);
/* A field whose @field_property (a ClRatingRow's "value", an AdwComboRow's
 * "selected"…) is the value of the application's integer or enum @property. */
ClInstantApply *cl_section_base_bind_value      (ClSectionBase *self,
                                                 GtkWidget     *field,
                                                 const char    *field_property,
                                                 const char    *what,
                                                 const char    *property);

/* Takes, or lets go of, every ClInstantApply of @applies: the fields of a
 * row that come and go with it. */
void            cl_section_base_add_all         (ClSectionBase *self,
                                                 GPtrArray     *applies);
void            cl_section_base_remove_all      (ClSectionBase *self,
                                                 GPtrArray     *applies);

/* Shows @toast (taken) on the page's toast overlay; @error's message as
 * one. */
void            cl_section_base_show_toast      (ClSectionBase *self,
                                                 AdwToast      *toast);
void            cl_section_base_show_error      (ClSectionBase *self,
                                                 const GError  *error);
/* Says @message with an Undo button that calls @undo_cb (toast, @self)
 * while the section lives; the toast holds @deletion (taken) for it:
 * cl_section_base_get_toast_deletion(). */
void            cl_section_base_offer_undo      (ClSectionBase *self,
                                                 const char    *message,
                                                 ClDeletion    *deletion,
                                                 GCallback      undo_cb);
ClDeletion     *cl_section_base_get_toast_deletion (AdwToast   *toast);

/* Gives the keyboard focus to @widget; to an expander row's heading, since
 * the row takes no focus itself. */
void            cl_section_base_focus           (GtkWidget     *widget);

/* clang-format on */
G_END_DECLS
