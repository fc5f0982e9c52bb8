/* cl-toast.c — toasts whose titles are text, not markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-toast"

#include "config.h"

#include "cl-toast.h"

AdwToast *
cl_toast_new (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  return adw_toast_new (escaped);
}

AdwToast *
cl_toast_new_printf (const char *format,
                     ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return cl_toast_new (text);
}
