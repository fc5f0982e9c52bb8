/* cl-prep-domain-page.h — one domain of the prep plan: its objectives,
 * resources and practice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"
#include "cl-objective-editor.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_PREP_DOMAIN_PAGE (cl_prep_domain_page_get_type ())
G_DECLARE_FINAL_TYPE (ClPrepDomainPage, cl_prep_domain_page, CL, PREP_DOMAIN_PAGE, AdwBin)

void               cl_prep_domain_page_set_context   (ClPrepDomainPage *self,
                                                      ClContext        *context);
void               cl_prep_domain_page_set_domain    (ClPrepDomainPage *self,
                                                      ClPrepDomain      domain);
ClPrepDomain       cl_prep_domain_page_get_domain    (ClPrepDomainPage *self);
void               cl_prep_domain_page_set_show_back (ClPrepDomainPage *self,
                                                      gboolean          show_back);
/* Adds a new objective to the domain and opens it, its title selected. */
void               cl_prep_domain_page_add_objective (ClPrepDomainPage *self);
/* Opens @objective in an editor window (the one open, if any, is reused). */
ClObjectiveEditor *cl_prep_domain_page_open_objective (ClPrepDomainPage *self,
                                                       ClObjective      *objective);
/* The editor open, or NULL. */
ClObjectiveEditor *cl_prep_domain_page_get_editor    (ClPrepDomainPage *self);

/* clang-format on */
G_END_DECLS
