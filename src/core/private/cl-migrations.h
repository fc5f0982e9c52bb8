/* cl-migrations.h — forward schema migrations, one transaction each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-database-private.h"

G_BEGIN_DECLS

/* Brings the schema from @from_version up to CL_DATABASE_SCHEMA_VERSION.
 * Each step runs in its own transaction and sets user_version; on failure
 * the step is rolled back and the file keeps the last complete version. */
gboolean cl_migrations_run (ClDatabase  *db,
                            int          from_version,
                            GError     **error);

G_END_DECLS
