/* cl-company-store.h — the employers, shared by applications and contacts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-company.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_COMPANY_STORE (cl_company_store_get_type ())
G_DECLARE_FINAL_TYPE (ClCompanyStore, cl_company_store, CL, COMPANY_STORE, ClStore)

ClCompanyStore *cl_company_store_new            (ClDatabase      *database,
                                                 ClClock         *clock);

/* Every company, by name (ClCompany); the shared objects. */
GListModel     *cl_company_store_get_companies  (ClCompanyStore  *self);
ClCompany      *cl_company_store_find           (ClCompanyStore  *self,
                                                 gint64           company_id);
/* The company of that name, compared without regard to ASCII case. */
ClCompany      *cl_company_store_find_by_name   (ClCompanyStore  *self,
                                                 const char      *name);

/* Saves an edited copy of a company: a new name must not be another
 * company's (CL_VALIDATION_ERROR_DUPLICATE about "name"). */
gboolean        cl_company_store_update_company (ClCompanyStore  *self,
                                                 ClCompany       *company,
                                                 GError         **error);

/* clang-format on */
G_END_DECLS
