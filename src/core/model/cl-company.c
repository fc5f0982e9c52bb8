/* cl-company.c — an employer, shared by its applications and contacts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-company"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-company.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"

struct _ClCompany
{
  ClModel       parent_instance;

  gint64        id;
  char         *name;
  ClCompanyType company_type;
  char         *website;
  char         *notes;
};

G_DEFINE_FINAL_TYPE (ClCompany, cl_company, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClCompany, id),
  { "name", "name", CL_FIELD_STRING, G_STRUCT_OFFSET (ClCompany, name),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM, .max_length = 200,
    .label = N_ ("The company’s name"), .message = N_ ("Enter the company’s name.") },
  { "company-type", "company_type", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClCompany, company_type),
    .value_type = cl_company_type_get_type, .default_value = CL_COMPANY_TYPE_UNKNOWN },
  { "website", "website", CL_FIELD_STRING, G_STRUCT_OFFSET (ClCompany, website),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_WEB_URL,
    .message = N_ ("The company’s website must start with https:// or http://, name a site and "
                   "hold no spaces, such as https://example.com.") },
  { "notes", "notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClCompany, notes) },
};

static void
cl_company_class_init (ClCompanyClass *klass)
{
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "companies", fields, G_N_ELEMENTS (fields));
}

static void
cl_company_init (ClCompany *self)
{
}

ClCompany *
cl_company_new (const char *name)
{
  return g_object_new (CL_TYPE_COMPANY, "name", name, NULL);
}

gint64
cl_company_get_id (ClCompany *self)
{
  g_return_val_if_fail (CL_IS_COMPANY (self), 0);
  return self->id;
}
const char *
cl_company_get_name (ClCompany *self)
{
  g_return_val_if_fail (CL_IS_COMPANY (self), NULL);
  return self->name;
}
ClCompanyType
cl_company_get_company_type (ClCompany *self)
{
  g_return_val_if_fail (CL_IS_COMPANY (self), 0);
  return self->company_type;
}
const char *
cl_company_get_website (ClCompany *self)
{
  g_return_val_if_fail (CL_IS_COMPANY (self), NULL);
  return self->website;
}
const char *
cl_company_get_notes (ClCompany *self)
{
  g_return_val_if_fail (CL_IS_COMPANY (self), NULL);
  return self->notes;
}

gboolean
cl_company_name_equal (const char *a,
                       const char *b)
{
  g_autofree char *x = g_strstrip (g_strdup (a != NULL ? a : ""));
  g_autofree char *y = g_strstrip (g_strdup (b != NULL ? b : ""));

  /* COLLATE NOCASE folds ASCII letters only. */
  return g_ascii_strcasecmp (x, y) == 0;
}
