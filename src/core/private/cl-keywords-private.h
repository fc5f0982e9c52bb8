/* cl-keywords-private.h — for src/core and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-keywords.h"

G_BEGIN_DECLS
/* clang-format off */

/* The names of data/keywords.ini marked Translate=true, in its order,
 * NULL-terminated (src/core/domain/cl-keyword-names.c). */
extern const char *const cl_keyword_translatable_names[];

/* The name as in the file when it is translated (Translate=true), else
 * NULL. */
const char *cl_keyword_term_get_msgid  (const ClKeywordTerm *term);

/* @length bytes of valid UTF-8 in NFKC: what g_utf8_normalize() gives with
 * G_NORMALIZE_NFKC, faster on text that is mostly ASCII. */
char       *cl_keywords_normalize_nfkc (const char          *text,
                                        gsize                length);

/* clang-format on */
G_END_DECLS
