/* cl-offer-details-section.c — title, level, dates, status and notes of an offer
 *
 * The response deadline is a day and a time, saved together: the field
 * left is read as typed, the other as saved.  A day without a time is due
 * at the end of that day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-details-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-application-section.h"
#include "cl-date-row.h"
#include "cl-date-time-row.h"
#include "cl-offer-details-section.h"
#include "cl-offer-fields.h"

/* A deadline without a time: the end of its day. */
#define END_OF_DAY_MINUTES (23 * 60 + 59)

struct _ClOfferDetailsSection
{
  ClOfferSectionBase parent_instance;

  ClInstantApply    *day_apply;
  ClInstantApply    *time_apply;

  AdwComboRow       *status_row;
  AdwEntryRow       *title_row;
  AdwEntryRow       *level_row;
  AdwEntryRow       *start_date_row;
  AdwEntryRow       *deadline_day_row;
  AdwEntryRow       *deadline_time_row;
  GtkTextView       *notes_view;
  GtkLabel          *notes_error;
};

G_DEFINE_FINAL_TYPE (ClOfferDetailsSection, cl_offer_details_section, CL_TYPE_OFFER_SECTION_BASE)

static ClOffer *
get_offer (ClOfferDetailsSection *self)
{
  return cl_offer_section_base_get_offer (CL_OFFER_SECTION_BASE (self));
}

/* The response deadline ---------------------------------------------------- */

static void
format_deadline (gint64 deadline,
                 char **out_day,
                 char **out_time)
{
  g_autoptr(GDateTime) when = NULL;

  if (deadline == 0)
    {
      *out_day = g_strdup ("");
      *out_time = g_strdup ("");
      return;
    }
  when = g_date_time_new_from_unix_local (deadline);
  *out_day = g_date_time_format (when, "%Y-%m-%d");
  *out_time = g_date_time_format (when, "%H:%M");
}

static gboolean
save_deadline (ClOfferDetailsSection *self,
               AdwEntryRow           *field,
               const char            *text,
               GError               **error)
{
  ClOffer         *offer = get_offer (self);
  g_autofree char *day_text = NULL;
  g_autofree char *time_text = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) when = NULL;
  gint64 day = 0;
  int    minutes = -1;

  format_deadline (cl_offer_get_response_deadline (offer), &day_text, &time_text);
  if (field == self->deadline_day_row)
    {
      g_free (day_text);
      day_text = g_strdup (text);
    }
  else
    {
      g_free (time_text);
      time_text = g_strdup (text);
    }

  if (!cl_date_parse (day_text, "response-deadline", &day, error) ||
      !cl_time_parse (time_text, "response-deadline", &minutes, error))
    return FALSE;

  if (day != 0)
    {
      if (minutes < 0)
        minutes = END_OF_DAY_MINUTES;
      midnight = g_date_time_new_from_unix_local (day);
      when = g_date_time_new_local (g_date_time_get_year (midnight),
                                    g_date_time_get_month (midnight),
                                    g_date_time_get_day_of_month (midnight), minutes / 60,
                                    minutes % 60, 0);
    }
  if (!cl_offer_section_save (cl_offer_section_base_get_context (CL_OFFER_SECTION_BASE (self)),
                              offer, "response-deadline", error, "response-deadline",
                              when != NULL ? g_date_time_to_unix (when) : (gint64) 0, NULL))
    return FALSE;

  /* A time refused for want of a day may go now. */
  cl_instant_apply_retry (field == self->deadline_day_row ? self->time_apply : self->day_apply);
  return TRUE;
}

static gboolean
save_day_cb (const char *text,
             gpointer    data,
             GError    **error)
{
  ClOfferDetailsSection *self = data;

  return save_deadline (self, self->deadline_day_row, text, error);
}

static gboolean
save_time_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  ClOfferDetailsSection *self = data;

  return save_deadline (self, self->deadline_time_row, text, error);
}

/* A time alone says nothing: it is refused until there is a day. */
static gboolean
check_time_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  int minutes = -1;

  return cl_time_parse (text, "response-deadline", &minutes, error);
}

static gboolean
check_day_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  gint64 day = 0;

  return cl_date_parse (text, "response-deadline", &day, error);
}

/* The section -------------------------------------------------------------- */

static void
cl_offer_details_section_show (ClOfferSectionBase *base)
{
  ClOfferDetailsSection *self = CL_OFFER_DETAILS_SECTION (base);
  g_autofree char       *day = NULL;
  g_autofree char       *time = NULL;

  format_deadline (cl_offer_get_response_deadline (get_offer (self)), &day, &time);
  cl_instant_apply_show (self->day_apply, day);
  cl_instant_apply_show (self->time_apply, time);
}

static void
cl_offer_details_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_OFFER_DETAILS_SECTION);

  G_OBJECT_CLASS (cl_offer_details_section_parent_class)->dispose (object);
}

static void
cl_offer_details_section_class_init (ClOfferDetailsSectionClass *klass)
{
  GObjectClass            *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass          *widget_class = GTK_WIDGET_CLASS (klass);
  ClOfferSectionBaseClass *base_class = CL_OFFER_SECTION_BASE_CLASS (klass);

  object_class->dispose = cl_offer_details_section_dispose;
  base_class->show = cl_offer_details_section_show;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX
                                               "/gui/offers/cl-offer-details-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ClOfferDetailsSection, status_row);
  gtk_widget_class_bind_template_child (widget_class, ClOfferDetailsSection, title_row);
  gtk_widget_class_bind_template_child (widget_class, ClOfferDetailsSection, level_row);
  gtk_widget_class_bind_template_child (widget_class, ClOfferDetailsSection, start_date_row);
  gtk_widget_class_bind_template_child (widget_class, ClOfferDetailsSection, deadline_day_row);
  gtk_widget_class_bind_template_child (widget_class, ClOfferDetailsSection, deadline_time_row);
  gtk_widget_class_bind_template_child (widget_class, ClOfferDetailsSection, notes_view);
  gtk_widget_class_bind_template_child (widget_class, ClOfferDetailsSection, notes_error);
}

static void
cl_offer_details_section_init (ClOfferDetailsSection *self)
{
  ClOfferSectionBase *base = CL_OFFER_SECTION_BASE (self);
  ClInstantApply     *apply;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Details"), -1);
  gtk_widget_remove_css_class (GTK_WIDGET (self->notes_view), "view");
  cl_date_row_add_calendar (self->start_date_row);
  cl_date_row_add_calendar (self->deadline_day_row);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->deadline_time_row), 5);
  cl_application_section_name_fields (GTK_WIDGET (self));
  cl_application_section_fill_combo (self->status_row, cl_offer_status_get_labels ());

  cl_offer_section_base_bind_value (base, GTK_WIDGET (self->status_row), "selected",
                                    _ ("The status"), "status");
  cl_offer_section_base_bind_text (base, GTK_WIDGET (self->title_row), _ ("The title"), "title");
  cl_offer_section_base_bind_text (base, GTK_WIDGET (self->level_row), _ ("The level"), "level");
  cl_offer_section_base_bind_text (base, GTK_WIDGET (self->start_date_row), _ ("The start date"),
                                   "start-date");
  self->day_apply = cl_offer_section_base_add (
    base, cl_instant_apply_new_for_text (GTK_WIDGET (self->deadline_day_row),
                                         _ ("The response deadline"), save_day_cb, self, NULL));
  cl_instant_apply_set_check (self->day_apply, check_day_cb);
  self->time_apply = cl_offer_section_base_add (
    base, cl_instant_apply_new_for_text (GTK_WIDGET (self->deadline_time_row),
                                         _ ("The deadline’s time"), save_time_cb, self, NULL));
  cl_instant_apply_set_check (self->time_apply, check_time_cb);
  apply = cl_offer_section_base_bind_text (base, GTK_WIDGET (self->notes_view), _ ("The notes"),
                                           "notes");
  cl_instant_apply_set_message_label (apply, self->notes_error);
}

GtkWidget *
cl_offer_details_section_new (void)
{
  return g_object_new (CL_TYPE_OFFER_DETAILS_SECTION, NULL);
}
