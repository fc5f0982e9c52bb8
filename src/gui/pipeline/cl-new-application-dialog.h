/* cl-new-application-dialog.h — asks for company, role and stage, and saves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-pipeline-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_NEW_APPLICATION_DIALOG (cl_new_application_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ClNewApplicationDialog, cl_new_application_dialog, CL, NEW_APPLICATION_DIALOG,
                      AdwMessageDialog)

ClNewApplicationDialog *cl_new_application_dialog_new (GtkWindow       *parent,
                                                       ClPipelineStore *store);

/* clang-format on */
G_END_DECLS
