/* cl-keywords-private.h — for src/core and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The names of data/keywords.ini marked Translate=true, in its order,
 * NULL-terminated (src/core/domain/cl-keyword-names.c). */
extern const char *const cl_keyword_translatable_names[];

G_END_DECLS
