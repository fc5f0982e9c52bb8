/* cl-resource-dialog.h — add, or edit, one resource of a domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"
#include "cl-resource.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_RESOURCE_DIALOG (cl_resource_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ClResourceDialog, cl_resource_dialog, CL, RESOURCE_DIALOG, AdwMessageDialog)

/* Edits @resource (the store's), or adds one to @domain when it is NULL;
 * "save" saves in one store call, or shows what is wrong and stays open. */
ClResourceDialog *cl_resource_dialog_new (GtkWindow    *parent,
                                          ClContext    *context,
                                          ClPrepDomain  domain,
                                          ClResource   *resource);

/* clang-format on */
G_END_DECLS
