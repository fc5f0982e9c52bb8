/* cl-vcard-private.h — what the vCard reader and writer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS
/* clang-format off */

/* Whether @url's host (https:// assumed when it has no scheme) is @domain or
 * a name under it. */
gboolean cl_vcard_url_is_on           (const char *url,
                                       const char *domain);
/* "Given Family", either alone, or NULL when both are NULL. */
char    *cl_vcard_name_from_parts     (const char *given,
                                       const char *family);

/* clang-format on */
G_END_DECLS
