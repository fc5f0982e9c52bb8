/* cl-row-error.c — a form row that says what is wrong with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-row-error"

#include "config.h"

#include "cl-row-error.h"

void
cl_row_error_mark (GtkWidget  *row,
                   const char *message)
{
  GtkAccessible *accessibles[] = {
    GTK_ACCESSIBLE (row),
    ADW_IS_ENTRY_ROW (row) ? GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (row)))
                           : NULL,
  };

  g_return_if_fail (GTK_IS_WIDGET (row));

  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");

  for (guint i = 0; i < G_N_ELEMENTS (accessibles) && accessibles[i] != NULL; i++)
    {
      if (message != NULL)
        {
          gtk_accessible_update_state (accessibles[i],
                                       GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                       -1);
          gtk_accessible_update_property (accessibles[i],
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                          -1);
        }
      else
        {
          gtk_accessible_reset_state (accessibles[i], GTK_ACCESSIBLE_STATE_INVALID);
          gtk_accessible_reset_property (accessibles[i], GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
    }
}
