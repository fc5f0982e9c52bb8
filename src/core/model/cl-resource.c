/* cl-resource.c — a book, course, site… of the prep plan
 *
 * The object mirrors a row of `resources`.  Views edit a copy and hand it
 * to ClResourceStore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-resource"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-resource.h"

struct _ClResource
{
  ClModel        parent_instance;

  gint64         id;
  ClPrepDomain   domain;
  gint64         objective_id;
  char          *title;
  ClResourceKind kind;
  char          *url;
  gboolean       done;
  char          *notes;
  char          *starter_key;
  gint64         created_at;
};

G_DEFINE_FINAL_TYPE (ClResource, cl_resource, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClResource, id),
  { "domain", "domain_id", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClResource, domain),
    .flags = CL_FIELD_ENUM_ROW_ID, .value_type = cl_prep_domain_get_type,
    .default_value = CL_PREP_DOMAIN_CODING,
    .message = N_ ("Choose the domain of the prep plan this resource belongs to.") },
  { "objective-id", "objective_id", CL_FIELD_INT64, G_STRUCT_OFFSET (ClResource, objective_id),
    .flags = CL_FIELD_OPTIONAL, .none = 0 },
  { "title", "title", CL_FIELD_STRING, G_STRUCT_OFFSET (ClResource, title),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM, .max_length = 200, .label = N_ ("The title"),
    .message = N_ ("Enter the title of the book, course or site.") },
  { "kind", "kind", CL_FIELD_ENUM, G_STRUCT_OFFSET (ClResource, kind),
    .value_type = cl_resource_kind_get_type, .default_value = CL_RESOURCE_KIND_OTHER },
  { "url", "url", CL_FIELD_STRING, G_STRUCT_OFFSET (ClResource, url),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_WEB_URL,
    .message = N_ ("The address must start with https:// or http://, name a site and hold no "
                   "spaces, such as https://d2l.ai. Leave it empty for a printed book.") },
  { "done", "done", CL_FIELD_BOOLEAN, G_STRUCT_OFFSET (ClResource, done) },
  { "notes", "notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClResource, notes) },
  /* Bound when the store adds a starter entry; never edited. */
  { "starter-key", "starter_key", CL_FIELD_STRING, G_STRUCT_OFFSET (ClResource, starter_key),
    .flags = CL_FIELD_READ_ONLY },
  { "created-at", "created_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClResource, created_at),
    .flags = CL_FIELD_READ_ONLY },
};

static void
cl_resource_class_init (ClResourceClass *klass)
{
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "resources", fields, G_N_ELEMENTS (fields));
}

static void
cl_resource_init (ClResource *self)
{
}

ClResource *
cl_resource_new (ClPrepDomain domain,
                 const char  *title)
{
  return g_object_new (CL_TYPE_RESOURCE, "domain", domain, "title", title, NULL);
}

ClResource *
cl_resource_copy (ClResource *self)
{
  g_return_val_if_fail (CL_IS_RESOURCE (self), NULL);

  return CL_MODEL_COPY (self, ClResource);
}

gint64
cl_resource_get_id (ClResource *self)
{
  g_return_val_if_fail (CL_IS_RESOURCE (self), 0);
  return self->id;
}
ClPrepDomain
cl_resource_get_domain (ClResource *self)
{
  g_return_val_if_fail (CL_IS_RESOURCE (self), 0);
  return self->domain;
}
const char *
cl_resource_get_title (ClResource *self)
{
  g_return_val_if_fail (CL_IS_RESOURCE (self), NULL);
  return self->title;
}
ClResourceKind
cl_resource_get_kind (ClResource *self)
{
  g_return_val_if_fail (CL_IS_RESOURCE (self), 0);
  return self->kind;
}
const char *
cl_resource_get_url (ClResource *self)
{
  g_return_val_if_fail (CL_IS_RESOURCE (self), NULL);
  return self->url;
}
gint64
cl_resource_get_objective_id (ClResource *self)
{
  g_return_val_if_fail (CL_IS_RESOURCE (self), 0);
  return self->objective_id;
}
gboolean
cl_resource_get_done (ClResource *self)
{
  g_return_val_if_fail (CL_IS_RESOURCE (self), FALSE);
  return self->done;
}
const char *
cl_resource_get_notes (ClResource *self)
{
  g_return_val_if_fail (CL_IS_RESOURCE (self), NULL);
  return self->notes;
}
const char *
cl_resource_get_starter_key (ClResource *self)
{
  g_return_val_if_fail (CL_IS_RESOURCE (self), NULL);
  return self->starter_key;
}
gint64
cl_resource_get_created_at (ClResource *self)
{
  g_return_val_if_fail (CL_IS_RESOURCE (self), 0);
  return self->created_at;
}
