/* cl-resource-store.h — the books, courses and sites of the prep plan, per domain
 *
 * Each domain's resources sit in a list model in the order they were added;
 * the models live as long as the store and follow every change (an
 * objective deleted leaves its resources without one).  A starter set of
 * well-known public resources per domain (data/prep-resources.json, in the
 * core GResource) can be added in one go; each starter entry is added once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-resource.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_RESOURCE_STORE (cl_resource_store_get_type ())
G_DECLARE_FINAL_TYPE (ClResourceStore, cl_resource_store, CL, RESOURCE_STORE, ClStore)

ClResourceStore *cl_resource_store_new             (ClDatabase      *database,
                                                    ClClock         *clock);

/* The resources of @domain (ClResource), as added. */
GListModel      *cl_resource_store_get_resources   (ClResourceStore *self,
                                                    ClPrepDomain     domain);
ClResource      *cl_resource_store_find_resource   (ClResourceStore *self,
                                                    gint64           resource_id);

/* Saves a new resource (from cl_resource_new()); the object becomes the
 * shared one.  Invalid fields are a CL_VALIDATION_ERROR naming the field;
 * an objective that no longer exists CL_DATABASE_ERROR_NOT_FOUND. */
gboolean         cl_resource_store_add_resource    (ClResourceStore *self,
                                                    ClResource      *resource,
                                                    GError         **error);
/* Saves an edited copy (cl_resource_copy()), its domain included. */
gboolean         cl_resource_store_update_resource (ClResourceStore *self,
                                                    ClResource      *resource,
                                                    GError         **error);
gboolean         cl_resource_store_delete_resource (ClResourceStore *self,
                                                    ClResource      *resource,
                                                    GError         **error);
/* Ticks a resource off (or back on), as its row's check box does. */
gboolean         cl_resource_store_set_done        (ClResourceStore *self,
                                                    ClResource      *resource,
                                                    gboolean         done,
                                                    GError         **error);

/* Adds, in one transaction, the starter resources of @domain not added
 * yet (by their starter key: one deleted since is added again); sets
 * @out_n_added (may be NULL) to how many. */
gboolean         cl_resource_store_add_starter_resources (ClResourceStore *self,
                                                    ClPrepDomain     domain,
                                                    guint           *out_n_added,
                                                    GError         **error);

/* clang-format on */
G_END_DECLS
