/* cl-keywords-private.h — for src/core and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-keywords.h"

G_BEGIN_DECLS

/* The names of data/keywords.ini marked Translate=true, in its order,
 * NULL-terminated (src/core/domain/cl-keyword-names.c). */
extern const char *const cl_keyword_translatable_names[];

/* The name as in the file when it is translated (Translate=true), else
 * NULL. */
const char              *cl_keyword_term_get_msgid (const ClKeywordTerm *term);

G_END_DECLS
