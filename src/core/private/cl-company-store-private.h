/* cl-company-store-private.h — how other stores link rows to companies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-company-store.h"

G_BEGIN_DECLS
/* clang-format off */

/* The shared company @company_id, read from its row if the store has not
 * seen it yet (a row added by a transaction whose ::changed other stores
 * handle first); NULL when there is no such row. */
ClCompany *cl_company_store_get   (ClCompanyStore  *self,
                                   gint64           company_id);

/* Inside the caller's transaction: the id of the company @wanted (from an
 * edited copy) stands for, or 0 for none when @wanted is NULL or nameless.
 *  - The same company (same id, same name but for ASCII case): its row takes
 *    the copy's values, so a name written in other capitals is saved.
 *  - Another name: the company saved under it, or a new one; the copy's
 *    type is given to an existing company only when it differs from
 *    @previous's (the type the form showed), so relinking never changes a
 *    company the user did not edit.
 * FALSE with @error set on failure. */
gboolean cl_company_store_resolve (ClCompanyStore  *self,
                                   ClCompany       *wanted,
                                   ClCompany       *previous,
                                   gint64          *out_company_id,
                                   GError         **error);

/* clang-format on */
G_END_DECLS
