/* cl-offer-row.c — an offer in the list: company, role, status, year 1, deadline
 *
 * The row follows its offer's notifications, so a saved field shows in the
 * list at once.  Its labels read as one sentence to screen readers, set as
 * its name and that of the list view's item around it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-offer-fields.h"
#include "cl-offer-row.h"

/* A deadline this close is shown as urgent. */
#define SOON_SECONDS (48 * 3600)

struct _ClOfferRow
{
  GtkWidget     parent_instance;

  ClContext    *context;
  ClOffer      *offer;
  GSignalGroup *offer_signals;
  char         *description;

  GtkWidget    *grid;
  GtkLabel     *company_label;
  GtkLabel     *role_label;
  GtkLabel     *status_label;
  GtkLabel     *total_label;
  GtkLabel     *deadline_label;
};

G_DEFINE_FINAL_TYPE (ClOfferRow, cl_offer_row, GTK_TYPE_WIDGET)

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* The list view's row around this one is what takes the focus; GTK 4.8
 * gives it no name of its own, so it gets this one's. */
static void
name_row (ClOfferRow *self)
{
  GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (self));

  if (row != NULL && self->description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    self->description, -1);
}

static void
update (ClOfferRow *self)
{
  ClApplication   *application;
  const char      *company = NULL;
  const char      *role;
  const char      *status;
  g_autofree char *total = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *deadline = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  gint64   now;
  gboolean open;
  gboolean urgent = FALSE;

  if (self->offer == NULL || self->context == NULL)
    return;

  application = cl_pipeline_store_find_application (cl_context_get_pipeline_store (self->context),
                                                    cl_offer_get_application_id (self->offer));
  role = cl_offer_get_title (self->offer);
  if (application != NULL)
    {
      company = cl_application_get_company_name (application);
      if (role == NULL || *role == '\0')
        role = cl_application_get_role (application);
    }
  if (company == NULL)
    /* An archived application's offer. */
    company = _ ("An archived application");

  now = cl_clock_now (cl_context_get_clock (self->context));
  open = cl_offer_is_open (self->offer);
  status = cl_offer_status_get_label (cl_offer_get_status (self->offer));
  total = cl_offer_format_year1 (self->offer);
  if (total != NULL)
    /* Translators: an offer's total pay in its first year, "Year 1: $215,000". */
    total_text = g_strdup_printf (_ ("Year 1: %s"), total);
  if (open)
    {
      gint64 at = cl_offer_get_response_deadline (self->offer);

      deadline = cl_offer_describe_deadline (self->offer, now);
      urgent = at != 0 && at - now < SOON_SECONDS;
    }

  set_label (self->company_label, company);
  set_label (self->role_label, role);
  set_label (self->status_label, status);
  set_label (self->total_label, total_text);
  set_label (self->deadline_label, deadline);
  if (urgent)
    gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), "warning");
  if (open)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "accent");

  g_ptr_array_add (parts, (gpointer) company);
  if (role != NULL && *role != '\0')
    g_ptr_array_add (parts, (gpointer) role);
  g_ptr_array_add (parts, (gpointer) status);
  if (total != NULL)
    {
      g_free (total_text);
      /* Translators: an offer's year-1 total as read out, "year 1 $215,000". */
      total_text = g_strdup_printf (_ ("year 1 %s"), total);
      g_ptr_array_add (parts, total_text);
    }
  if (deadline != NULL)
    g_ptr_array_add (parts, deadline);
  g_ptr_array_add (parts, NULL);

  g_free (self->description);
  /* Translators: what separates the parts of an offer read out. */
  self->description = g_strjoinv (_ (", "), (char **) parts->pdata);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->description, -1);
  name_row (self);
}

static void
cl_offer_row_dispose (GObject *object)
{
  ClOfferRow *self = CL_OFFER_ROW (object);

  if (self->offer_signals != NULL)
    g_signal_group_set_target (self->offer_signals, NULL);
  g_clear_object (&self->offer_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_OFFER_ROW);
  g_clear_object (&self->offer);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_offer_row_parent_class)->dispose (object);
}

static void
cl_offer_row_finalize (GObject *object)
{
  g_free (CL_OFFER_ROW (object)->description);

  G_OBJECT_CLASS (cl_offer_row_parent_class)->finalize (object);
}

static void
cl_offer_row_class_init (ClOfferRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_offer_row_dispose;
  object_class->finalize = cl_offer_row_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/gui/offers/cl-offer-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ClOfferRow, grid);
  gtk_widget_class_bind_template_child (widget_class, ClOfferRow, company_label);
  gtk_widget_class_bind_template_child (widget_class, ClOfferRow, role_label);
  gtk_widget_class_bind_template_child (widget_class, ClOfferRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, ClOfferRow, total_label);
  gtk_widget_class_bind_template_child (widget_class, ClOfferRow, deadline_label);
}

static void
cl_offer_row_init (ClOfferRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->offer_signals = g_signal_group_new (CL_TYPE_OFFER);
  g_signal_group_connect_object (self->offer_signals, "notify", G_CALLBACK (update), self,
                                 G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::parent", G_CALLBACK (name_row), NULL);
}

GtkWidget *
cl_offer_row_new (void)
{
  return g_object_new (CL_TYPE_OFFER_ROW, NULL);
}

void
cl_offer_row_set_offer (ClOfferRow *self,
                        ClContext  *context,
                        ClOffer    *offer)
{
  g_return_if_fail (CL_IS_OFFER_ROW (self));

  g_set_object (&self->context, context);
  g_set_object (&self->offer, offer);
  g_signal_group_set_target (self->offer_signals, offer);
  update (self);
}

ClOffer *
cl_offer_row_get_offer (ClOfferRow *self)
{
  g_return_val_if_fail (CL_IS_OFFER_ROW (self), NULL);

  return self->offer;
}

const char *
cl_offer_row_get_description (ClOfferRow *self)
{
  g_return_val_if_fail (CL_IS_OFFER_ROW (self), NULL);

  return self->description;
}
