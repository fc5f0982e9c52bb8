/* cl-backup.h — consistent copies of the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-database.h"

G_BEGIN_DECLS
/* clang-format off */

/* Writes a consistent, compacted copy of @database to @path.  The copy is made
 * beside @path and renamed over it only when complete, so a failure leaves
 * any earlier file at @path as it was.  @path must not be the database itself. */
gboolean cl_backup_write (ClDatabase  *database,
                          const char  *path,
                          GError     **error);

/* clang-format on */
G_END_DECLS
