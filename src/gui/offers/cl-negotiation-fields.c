/* cl-negotiation-fields.c — what the negotiation section's rows and forms share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-negotiation-fields"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-date-row.h"
#include "cl-date-time-row.h"
#include "cl-message-row.h"
#include "cl-money.h"
#include "cl-negotiation-fields.h"
#include "cl-offer-fields.h"
#include "cl-row-error.h"

char *
cl_negotiation_describe_offer (ClContext *context,
                               ClOffer   *offer)
{
  ClApplication *application;
  const char    *company = NULL;
  const char    *title;
  const char    *status;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_OFFER (offer), NULL);

  application = cl_pipeline_store_find_application (cl_context_get_pipeline_store (context),
                                                    cl_offer_get_application_id (offer));
  title = cl_offer_get_title (offer);
  status = cl_offer_status_get_label (cl_offer_get_status (offer));
  if (application != NULL)
    {
      company = cl_application_get_company_name (application);
      if (title == NULL || *title == '\0')
        title = cl_application_get_role (application);
    }
  if (company == NULL || *company == '\0')
    /* An archived application's offer. */
    company = _ ("An archived application");

  if (title == NULL || *title == '\0')
    /* Translators: an offer in a list: its company and status. */
    return g_strdup_printf (_ ("%s (%s)"), company, status);
  /* Translators: an offer in a list: its company, title and status,
   * "Acme AI — Senior MLE (Negotiating)". */
  return g_strdup_printf (_ ("%s — %s (%s)"), company, title, status);
}

char *
cl_negotiation_format_amount (gint64      cents,
                              const char *currency)
{
  return cents < 0 ? g_strdup ("") : cl_money_format_amount (cents, currency);
}

char *
cl_negotiation_format_money (gint64      cents,
                             const char *currency)
{
  return cents < 0 ? NULL : cl_money_format (cents, currency);
}

static void
name_field (AdwEntryRow *row)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
}

void
cl_negotiation_title_money_row (AdwEntryRow *row,
                                const char  *title,
                                const char  *currency)
{
  g_autofree char *full = NULL;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  /* Translators: a field for an amount and its currency, "Target total (USD)". */
  full = g_strdup_printf (_ ("%s (%s)"), title, currency != NULL ? currency : "");
  if (g_strcmp0 (full, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))) == 0)
    return;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), full);
  name_field (row);
}

void
cl_negotiation_name_fields (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (ADW_IS_ENTRY_ROW (root))
    {
      name_field (ADW_ENTRY_ROW (root));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    cl_negotiation_name_fields (child);
}

void
cl_negotiation_format_when (gint64 unix_time,
                            char **out_day,
                            char **out_time)
{
  g_autoptr(GDateTime) when = NULL;

  g_return_if_fail (out_day != NULL && out_time != NULL);

  when = unix_time > 0 ? g_date_time_new_from_unix_local (unix_time) : NULL;
  if (when == NULL)
    {
      *out_day = g_strdup ("");
      *out_time = g_strdup ("");
      return;
    }
  *out_day = cl_date_format (unix_time);
  *out_time = cl_time_format (g_date_time_get_hour (when) * 60 + g_date_time_get_minute (when));
}

gboolean
cl_negotiation_parse_when (const char *day_text,
                           const char *time_text,
                           gint64     *out_unix_time,
                           GError    **error)
{
  const char *day_field[] = { "day", NULL };
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) when = NULL;
  gint64 day = 0;
  int    minutes = -1;

  g_return_val_if_fail (out_unix_time != NULL, FALSE);

  if (!cl_date_parse (day_text, "day", &day, error) ||
      !cl_time_parse (time_text, "time", &minutes, error))
    return FALSE;
  if (day == 0)
    {
      g_propagate_error (error,
                         cl_validation_error_new (CL_VALIDATION_ERROR_REQUIRED, day_field,
                                                  _ ("Write the day of this round, such as "
                                                     "2026-03-14.")));
      return FALSE;
    }

  /* Through the calendar rather than adding seconds: a day when the
   * clocks change is not 24 hours long. */
  midnight = g_date_time_new_from_unix_local (day);
  when = g_date_time_new_local (g_date_time_get_year (midnight), g_date_time_get_month (midnight),
                                g_date_time_get_day_of_month (midnight),
                                minutes >= 0 ? minutes / 60 : 0, minutes >= 0 ? minutes % 60 : 0,
                                0);
  *out_unix_time = g_date_time_to_unix (when);
  return TRUE;
}

char *
cl_negotiation_describe_when (gint64 unix_time)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (unix_time);
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  if (when == NULL)
    return g_strdup ("");
  /* Translators: the day of a negotiation round, see g_date_time_format(). */
  day = g_date_time_format (when, _ ("%a %e %b %Y"));
  time = g_date_time_format (when, "%H:%M");
  /* Translators: a negotiation round's day and time, "Sun 1 Nov 2026, 09:00". */
  return g_strdup_printf (_ ("%s, %s"), g_strstrip (day), time);
}

void
cl_negotiation_fill_combo (AdwComboRow *row,
                           const char *(*get_label) (int value),
                           int n_values)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  for (int i = 0; i < n_values; i++)
    gtk_string_list_append (labels, get_label (i));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
}

const char *
cl_negotiation_ask_kind_label (int kind)
{
  return cl_ask_kind_get_label ((ClAskKind) kind);
}

const char *
cl_negotiation_priority_label (int priority)
{
  return cl_ask_priority_get_label ((ClAskPriority) priority);
}

const char *
cl_negotiation_outcome_label (int outcome)
{
  return cl_negotiation_outcome_get_label ((ClNegotiationOutcome) outcome);
}

#define PROBLEM_ROW "cl-negotiation-problem-row"

static GtkLabel *
problem_label (GtkWidget *field,
               gboolean   create)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (field), PROBLEM_ROW);
  GtkWidget *parent = gtk_widget_get_parent (field);
  GtkLabel  *message;

  if (row != NULL)
    return GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
  if (!create || !GTK_IS_LIST_BOX (parent) || !GTK_IS_LIST_BOX_ROW (field))
    return NULL;

  message = cl_message_row_add_below (GTK_LIST_BOX_ROW (field), &row);
  /* The list owns the row; both go together. */
  g_object_set_data (G_OBJECT (field), PROBLEM_ROW, row);
  return message;
}

void
cl_negotiation_show_problem (GtkWidget  *field,
                             const char *message)
{
  GtkLabel *label;

  g_return_if_fail (GTK_IS_WIDGET (field));

  cl_row_error_mark (field, message);
  label = problem_label (field, message != NULL);
  if (label == NULL)
    return;
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (label)), message != NULL);
}
