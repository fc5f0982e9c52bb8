/* cl-migrations.h — forward schema migrations, one transaction each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-database-private.h"

G_BEGIN_DECLS
/* clang-format off */

/* Brings the schema from @from_version up to @to_version (at most
 * CL_DATABASE_SCHEMA_VERSION).  Each step runs in its own transaction and
 * sets user_version; on failure the step is rolled back and the file keeps
 * the last complete version. */
gboolean  cl_migrations_run        (ClDatabase  *db,
                                    int          from_version,
                                    int          to_version,
                                    GError     **error);

/* The SQL of the step to @version, from the resources; for the tests that
 * build files of older versions. */
GBytes   *cl_migrations_get_schema (int          version);

/* clang-format on */
G_END_DECLS
