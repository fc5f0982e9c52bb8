/* cl-prep-view.h — the Prep Plan page: the five domains and the one chosen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"
#include "cl-keywords-page.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_PREP_VIEW (cl_prep_view_get_type ())
G_DECLARE_FINAL_TYPE (ClPrepView, cl_prep_view, CL, PREP_VIEW, GtkWidget)

void          cl_prep_view_set_context (ClPrepView   *self,
                                        ClContext    *context);
/* Opens @domain's page (and, folded, goes to it). */
void          cl_prep_view_show_domain (ClPrepView   *self,
                                        ClPrepDomain  domain);
ClPrepDomain  cl_prep_view_get_domain  (ClPrepView   *self);
/* Opens the job-description keywords, reading @application's description
 * when it is not NULL. */
void            cl_prep_view_show_keywords     (ClPrepView    *self,
                                                ClApplication *application);
ClKeywordsPage *cl_prep_view_get_keywords_page (ClPrepView    *self);

/* clang-format on */
G_END_DECLS
