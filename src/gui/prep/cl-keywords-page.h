/* cl-keywords-page.h — the terms of a job description against the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-application.h"
#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_KEYWORDS_PAGE (cl_keywords_page_get_type ())
G_DECLARE_FINAL_TYPE (ClKeywordsPage, cl_keywords_page, CL, KEYWORDS_PAGE, AdwBin)

void           cl_keywords_page_set_context     (ClKeywordsPage *self,
                                                 ClContext      *context);
void           cl_keywords_page_set_show_back   (ClKeywordsPage *self,
                                                 gboolean        show_back);
/* Reads @application's stored description (NULL: the text pasted). */
void           cl_keywords_page_set_application (ClKeywordsPage *self,
                                                 ClApplication  *application);
ClApplication *cl_keywords_page_get_application (ClKeywordsPage *self);
/* Finds the terms now rather than after the pause that follows typing. */
void           cl_keywords_page_flush           (ClKeywordsPage *self);

/* clang-format on */
G_END_DECLS
