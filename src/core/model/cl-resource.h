/* cl-resource.h — a book, course, site… of the prep plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_RESOURCE (cl_resource_get_type ())
G_DECLARE_FINAL_TYPE (ClResource, cl_resource, CL, RESOURCE, ClModel)

/* A new, unsaved resource (id 0) of @domain; ClResourceStore saves it.
 * Properties: "domain", "title" (required, at most 200 characters), "kind"
 * (ClResourceKind, other by default), "url" (optional; an http:// or
 * https:// address), "objective-id" (optional, 0 for none), "done",
 * "notes"; read-only: "id", "starter-key", "created-at". */
ClResource     *cl_resource_new             (ClPrepDomain  domain,
                                             const char   *title);
/* An edited copy, for cl_resource_store_update_resource(). */
ClResource     *cl_resource_copy            (ClResource   *self);

gint64          cl_resource_get_id          (ClResource   *self);
ClPrepDomain    cl_resource_get_domain      (ClResource   *self);
const char     *cl_resource_get_title       (ClResource   *self);
ClResourceKind  cl_resource_get_kind        (ClResource   *self);
/* NULL when there is none. */
const char     *cl_resource_get_url         (ClResource   *self);
/* The objective it serves; 0 for none. */
gint64          cl_resource_get_objective_id (ClResource  *self);
gboolean        cl_resource_get_done        (ClResource   *self);
const char     *cl_resource_get_notes       (ClResource   *self);
/* The key of the starter entry it was added from ("coding.neetcode"), or
 * NULL for the user's own. */
const char     *cl_resource_get_starter_key (ClResource   *self);
gint64          cl_resource_get_created_at  (ClResource   *self);

/* clang-format on */
G_END_DECLS
