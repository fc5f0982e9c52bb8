/* cl-prep-domain-row.h — a domain of the prep plan in the sidebar, with its
 * progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cl-enums.h"
#include "cl-prep-plan.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_PREP_DOMAIN_ROW (cl_prep_domain_row_get_type ())
G_DECLARE_FINAL_TYPE (ClPrepDomainRow, cl_prep_domain_row, CL, PREP_DOMAIN_ROW, GtkListBoxRow)

GtkWidget    *cl_prep_domain_row_new        (ClPrepDomain     domain);
ClPrepDomain  cl_prep_domain_row_get_domain (ClPrepDomainRow *self);
/* Shows @fraction (0 to 1) of the objectives done, and up to three lines:
 * the progress, the next objective due and the practice (each may be NULL). */
void          cl_prep_domain_row_show       (ClPrepDomainRow *self,
                                             double           fraction,
                                             const char      *progress,
                                             const char      *next_due,
                                             const char      *practice);

/* What @progress says, as the row and the domain's page show it: "2 of 5
 * objectives done · 6 of 20 h", and the next one due ("Next: Heaps, due
 * 20 Nov"; NULL when none is dated).  @today is "YYYY-MM-DD". */
char         *cl_prep_domain_row_describe_progress (const ClPrepProgress *progress);
char         *cl_prep_domain_row_describe_next     (const ClPrepProgress *progress,
                                                    const char           *today);
/* What the practice of a domain says: "3 sessions, latest 3.2 of 4 (up
 * from 2.5)"; NULL for none.  @means are the sessions' mean scores, oldest
 * first. */
char         *cl_prep_domain_row_describe_practice (const double         *means,
                                                    guint                 n_means);

/* clang-format on */
G_END_DECLS
