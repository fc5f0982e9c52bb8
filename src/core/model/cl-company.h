/* cl-company.h — an employer, shared by its applications and contacts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_COMPANY (cl_company_get_type ())
G_DECLARE_FINAL_TYPE (ClCompany, cl_company, CL, COMPANY, ClModel)

/* A company not saved yet (id 0): the store finds the saved one of that name
 * (in any case) or adds it. */
ClCompany     *cl_company_new          (const char *name);

gint64         cl_company_get_id       (ClCompany  *self);
const char    *cl_company_get_name     (ClCompany  *self);
ClCompanyType  cl_company_get_company_type (ClCompany *self);
const char    *cl_company_get_website  (ClCompany  *self);
const char    *cl_company_get_notes    (ClCompany  *self);

/* Whether @a and @b are the same name, compared as SQLite does (ASCII case
 * folded, spaces around ignored). */
gboolean       cl_company_name_equal   (const char *a,
                                        const char *b);

/* clang-format on */
G_END_DECLS
