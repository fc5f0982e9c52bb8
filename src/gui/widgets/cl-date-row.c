/* cl-date-row.c — a day typed as 2026-03-14, or picked from a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-date-row"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cl-date-row.h"
#include "cl-validation.h"

gboolean
cl_date_parse (const char *text,
               const char *field,
               gint64     *out_day,
               GError    **error)
{
  const char      *fields[] = { field, NULL };
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autoptr(GDateTime) midnight = NULL;
  int  year, month, day, length = 0;
  char extra;

  g_return_val_if_fail (out_day != NULL, FALSE);

  if (*stripped == '\0')
    {
      *out_day = 0;
      return TRUE;
    }

  /* Digits only, as ISO 8601 writes a calendar day. */
  if (sscanf (stripped, "%4d-%2d-%2d%n%c", &year, &month, &day, &length, &extra) != 3 ||
      length != 10 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year) ||
      year < 1900)
    {
      g_propagate_error (error,
                         cl_validation_error_new (CL_VALIDATION_ERROR_FORMAT, fields,
                                                  _ ("Write a day that exists as year-month-day, "
                                                     "such as 2026-03-14.")));
      return FALSE;
    }

  midnight = g_date_time_new_local (year, month, day, 0, 0, 0);
  *out_day = g_date_time_to_unix (midnight);
  return TRUE;
}

char *
cl_date_format (gint64 day)
{
  g_autoptr(GDateTime) when = NULL;

  if (day == 0)
    return g_strdup ("");

  when = g_date_time_new_from_unix_local (day);
  return g_date_time_format (when, "%Y-%m-%d");
}

static void
day_selected_cb (GtkCalendar *calendar,
                 AdwEntryRow *row)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");
  GtkWidget       *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

/* The calendar opens on the row's day, or today. */
static void
popover_show_cb (GtkPopover  *popover,
                 AdwEntryRow *row)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  gint64       day = 0;
  g_autoptr(GDateTime) date = NULL;

  if (cl_date_parse (gtk_editable_get_text (GTK_EDITABLE (row)), "date", &day, NULL) && day != 0)
    date = g_date_time_new_from_unix_local (day);
  else
    date = g_date_time_new_now_local ();

  g_signal_handlers_block_by_func (calendar, day_selected_cb, row);
  gtk_calendar_select_day (calendar, date);
  g_signal_handlers_unblock_by_func (calendar, day_selected_cb, row);
}

void
cl_date_row_add_calendar (AdwEntryRow *row)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (calendar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (day_selected_cb), row, 0);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  g_signal_connect_object (popover, "show", G_CALLBACK (popover_show_cb), row, 0);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _ ("Choose a Day"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Choose a Day"), -1);
  adw_entry_row_add_suffix (row, button);
}
