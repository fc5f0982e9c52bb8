/* cl-offers-section.c — the offers an application received, and adding one
 *
 * A row per offer of the application (its year-1 total, status and
 * deadline), following each offer as it is saved.  An offer is edited on
 * the Offers page of the main window: a row, or Add Offer, opens it there
 * through the window's "win.show-offer" action.  A new offer starts from
 * what the posting said: its salary currency and highest salary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offers-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-money.h"
#include "cl-offer-fields.h"
#include "cl-offers-section.h"

/* When nothing says which currency. */
#define FALLBACK_CURRENCY "USD"

struct _ClOffersSection
{
  ClSectionBase       parent_instance;

  GtkCustomFilter    *filter;
  GtkFilterListModel *offers; /* the application's */

  GtkListBox         *offers_list;
  GtkWidget          *add_button;
};

G_DEFINE_FINAL_TYPE (ClOffersSection, cl_offers_section, CL_TYPE_SECTION_BASE)

#define ROW_OFFER "cl-offer"
#define ROW_SECTION "cl-offers-section"

/* Rows --------------------------------------------------------------------- */

static void
update_row (GtkWidget *row)
{
  ClOffersSection *self = g_object_get_data (G_OBJECT (row), ROW_SECTION);
  ClOffer         *offer = g_object_get_data (G_OBJECT (row), ROW_OFFER);
  ClContext       *context = cl_section_base_get_context (CL_SECTION_BASE (self));
  g_autofree char *total = cl_offer_format_year1 (offer);
  g_autofree char *title = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *subtitle = NULL;
  const char      *status = cl_offer_status_get_label (cl_offer_get_status (offer));

  if (total != NULL)
    /* Translators: an offer's total pay in its first year, "Year 1: $215,000". */
    title = g_strdup_printf (_ ("Year 1: %s"), total);
  else
    title = g_strdup (_ ("Year 1: not worked out yet"));
  if (context != NULL && cl_offer_is_open (offer))
    deadline = cl_offer_describe_deadline (offer, cl_clock_now (cl_context_get_clock (context)));
  /* Translators: an offer's status and deadline, "Negotiating · Answer by Fri 4 Dec". */
  subtitle = deadline != NULL ? g_strdup_printf (_ ("%s · %s"), status, deadline)
                              : g_strdup (status);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  ClOffersSection *self = user_data;
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _ ("Open on the Offers page"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Open on the Offers page"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  g_object_set_data_full (G_OBJECT (row), ROW_OFFER, g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), ROW_SECTION, self);
  g_signal_connect_object (item, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  update_row (row);
  return row;
}

/* Opening on the Offers page ----------------------------------------------- */

/* The main window holds the Offers page; this page is a window of its own,
 * transient for it. */
static gboolean
open_offer (ClOffersSection *self,
            gint64           offer_id)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *main_window = GTK_IS_WINDOW (root) ? gtk_window_get_transient_for (GTK_WINDOW (root))
                                                : NULL;
  GtkWidget *target = main_window != NULL ? GTK_WIDGET (main_window) : GTK_WIDGET (self);

  if (!gtk_widget_activate_action (target, "win.show-offer", "x", offer_id))
    return FALSE;
  if (main_window != NULL)
    gtk_window_present (main_window);
  return TRUE;
}

static void
row_activated_cb (ClOffersSection *self,
                  GtkListBoxRow   *row)
{
  ClOffer *offer = g_object_get_data (G_OBJECT (row), ROW_OFFER);

  if (offer != NULL)
    open_offer (self, cl_offer_get_id (offer));
}

/* The currency of the offer received last, or NULL. */
static const char *
last_currency (ClOfferStore *store)
{
  GListModel *offers = cl_offer_store_get_offers (store);
  const char *currency = NULL;
  gint64      latest = G_MININT64;

  for (guint i = 0; i < g_list_model_get_n_items (offers); i++)
    {
      g_autoptr(ClOffer) offer = g_list_model_get_item (offers, i);

      if (cl_offer_get_received_at (offer) >= latest)
        {
          latest = cl_offer_get_received_at (offer);
          currency = cl_offer_get_currency (offer);
        }
    }
  return currency;
}

static void
add_offer_cb (ClOffersSection *self)
{
  ClContext     *context = cl_section_base_get_context (CL_SECTION_BASE (self));
  ClApplication *application = cl_section_base_get_application (CL_SECTION_BASE (self));
  ClOfferStore  *store;
  const char    *currency;
  gint64         salary;
  g_autoptr(ClOffer) offer = NULL;
  g_autoptr(GError) error = NULL;

  if (context == NULL || application == NULL)
    return;

  store = cl_context_get_offer_store (context);
  currency = cl_application_get_salary_currency (application);
  if (currency == NULL || !cl_currency_is_known (currency))
    currency = last_currency (store);
  if (currency == NULL)
    currency = FALLBACK_CURRENCY;
  /* The posting's salaries are whole units; the offer's are cents. */
  salary = cl_application_get_salary_max (application);
  salary = salary > 0 && salary <= CL_MONEY_MAX_CENTS / 100 ? salary * 100 : 0;

  offer = cl_offer_new (cl_application_get_id (application), salary, currency);
  if (!cl_offer_store_add_offer (store, offer, &error))
    {
      cl_section_base_show_error (CL_SECTION_BASE (self), error);
      return;
    }
  open_offer (self, cl_offer_get_id (offer));
}

/* The section -------------------------------------------------------------- */

static gboolean
is_of_application (gpointer item,
                   gpointer user_data)
{
  ClOffersSection *self = user_data;
  ClApplication   *application = cl_section_base_get_application (CL_SECTION_BASE (self));

  return application != NULL &&
         cl_offer_get_application_id (CL_OFFER (item)) == cl_application_get_id (application);
}

static void
cl_offers_section_bind (ClSectionBase *base)
{
  ClOffersSection *self = CL_OFFERS_SECTION (base);
  ClContext       *context = cl_section_base_get_context (base);

  if (context == NULL || cl_section_base_get_application (base) == NULL)
    {
      gtk_list_box_bind_model (self->offers_list, NULL, NULL, NULL, NULL);
      g_clear_object (&self->offers);
      gtk_widget_set_sensitive (self->add_button, FALSE);
      return;
    }

  if (self->offers == NULL)
    {
      GListModel *all = cl_offer_store_get_offers (cl_context_get_offer_store (context));

      self->offers = gtk_filter_list_model_new (g_object_ref (all),
                                                g_object_ref (GTK_FILTER (self->filter)));
      gtk_list_box_bind_model (self->offers_list, G_LIST_MODEL (self->offers), create_row_cb,
                               self, NULL);
    }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_widget_set_sensitive (self->add_button, TRUE);
}

static void
cl_offers_section_dispose (GObject *object)
{
  ClOffersSection *self = CL_OFFERS_SECTION (object);

  if (self->offers_list != NULL)
    gtk_list_box_bind_model (self->offers_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_OFFERS_SECTION);
  g_clear_object (&self->offers);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (cl_offers_section_parent_class)->dispose (object);
}

static void
cl_offers_section_class_init (ClOffersSectionClass *klass)
{
  GObjectClass       *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass     *widget_class = GTK_WIDGET_CLASS (klass);
  ClSectionBaseClass *base_class = CL_SECTION_BASE_CLASS (klass);

  object_class->dispose = cl_offers_section_dispose;
  base_class->bind = cl_offers_section_bind;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/application/cl-offers-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ClOffersSection, offers_list);
  gtk_widget_class_bind_template_child (widget_class, ClOffersSection, add_button);
  gtk_widget_class_bind_template_callback (widget_class, add_offer_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
cl_offers_section_init (ClOffersSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Offers"), -1);
  self->filter = gtk_custom_filter_new (is_of_application, self, NULL);
  gtk_widget_set_sensitive (self->add_button, FALSE);
}

GtkWidget *
cl_offers_section_new (void)
{
  return g_object_new (CL_TYPE_OFFERS_SECTION, NULL);
}
