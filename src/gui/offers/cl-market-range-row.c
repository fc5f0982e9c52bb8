/* cl-market-range-row.c — one market range in a list, with its buttons
 *
 * The store keeps a range's instance when it reads it again, so the row
 * follows the range's notifications and never needs rebuilding for an edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-market-range-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-market-range-row.h"
#include "cl-money.h"
#include "cl-toast.h"

struct _ClMarketRangeRow
{
  AdwActionRow   parent_instance;

  ClContext     *context;
  ClMarketRange *range;

  GtkWidget     *open_button;
  GtkWidget     *edit_button;
  GtkWidget     *delete_button;
};

enum
{
  EDIT_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ClMarketRangeRow, cl_market_range_row, ADW_TYPE_ACTION_ROW)

/* Words ---------------------------------------------------------------------- */

char *
cl_market_describe_offer (ClContext *context,
                          ClOffer   *offer)
{
  ClApplication *application;
  const char    *title;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_OFFER (offer), NULL);

  application = cl_pipeline_store_find_application (cl_context_get_pipeline_store (context),
                                                    cl_offer_get_application_id (offer));
  title = cl_offer_get_title (offer);
  if (application == NULL)
    return g_strdup (title != NULL ? title : _ ("An offer"));
  if (title == NULL)
    title = cl_application_get_role (application);
  /* Translators: an offer, "Acme AI — Senior MLE". */
  return g_strdup_printf (_ ("%s — %s"), cl_application_get_company_name (application), title);
}

char *
cl_market_describe_percentiles (ClMarketRange *range)
{
  const gint64 values[] = {
    cl_market_range_get_p25 (range),
    cl_market_range_get_p50 (range),
    cl_market_range_get_p75 (range),
    cl_market_range_get_p90 (range),
  };
  const guint percentiles[] = { 25, 50, 75, 90 };
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (CL_IS_MARKET_RANGE (range), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *figure = NULL;

      if (values[i] < 0)
        continue;
      figure = cl_money_format (values[i], cl_market_range_get_currency (range));
      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: a percentile and its value: "50th $230,000", as the
       * offer store says it (cl-offer-store-facts.c). */
      g_string_append_printf (text, _ ("%uth %s"), percentiles[i], figure);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* Showing -------------------------------------------------------------------- */

static void
show_range (ClMarketRangeRow *self)
{
  ClMarketRange   *range = self->range;
  g_autofree char *title = NULL;
  g_autofree char *percentiles = cl_market_describe_percentiles (range);
  g_autofree char *open_name = NULL;
  g_autofree char *edit_name = NULL;
  g_autofree char *delete_name = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autoptr(GString) about = g_string_new (NULL);
  const char *parts[] = {
    cl_market_range_get_role (range),
    cl_market_range_get_level (range),
    cl_market_range_get_location (range),
  };

  /* Translators: a market range's title, "Levels.fyi — Total compensation". */
  title = g_strdup_printf (_ ("%s — %s"), cl_market_range_get_source (range),
                           cl_market_component_get_label (cl_market_range_get_component (range)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  g_string_append (subtitle, percentiles != NULL ? percentiles : _ ("No percentiles yet"));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL)
      g_string_append_printf (about, "%s%s", about->len > 0 ? " · " : "", parts[i]);
  if (cl_market_range_get_observed_on (range) != NULL)
    {
      if (about->len > 0)
        g_string_append (about, " · ");
      /* Translators: when a market range was looked up, "retrieved 2026-11-30". */
      g_string_append_printf (about, _ ("retrieved %s"), cl_market_range_get_observed_on (range));
    }
  if (cl_market_range_get_offer_id (range) != 0)
    {
      gint64           offer_id = cl_market_range_get_offer_id (range);
      ClOfferStore    *store = cl_context_get_offer_store (self->context);
      ClOffer         *offer = cl_offer_store_find_offer (store, offer_id);
      g_autofree char *name = offer != NULL ? cl_market_describe_offer (self->context, offer)
                                            : NULL;

      if (name != NULL)
        {
          if (about->len > 0)
            g_string_append (about, " · ");
          /* Translators: the offer a market range was looked up for. */
          g_string_append_printf (about, _ ("for %s"), name);
        }
    }
  if (about->len > 0)
    g_string_append_printf (subtitle, "\n%s", about->str);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);

  gtk_widget_set_visible (self->open_button, cl_market_range_get_url (range) != NULL);
  /* Translators: buttons of a market range's row, "Open the Levels.fyi page". */
  open_name = g_strdup_printf (_ ("Open the %s Page"), cl_market_range_get_source (range));
  edit_name = g_strdup_printf (_ ("Edit “%s”"), title);
  delete_name = g_strdup_printf (_ ("Delete “%s”"), title);
  gtk_widget_set_tooltip_text (self->open_button, open_name);
  gtk_widget_set_tooltip_text (self->edit_button, edit_name);
  gtk_widget_set_tooltip_text (self->delete_button, delete_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, open_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edit_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, edit_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
}

/* Deleting ------------------------------------------------------------------- */

/* A new range holding what @range says, to add back. */
static ClMarketRange *
new_like (ClMarketRange *range)
{
  ClMarketRange *again = cl_market_range_new (cl_market_range_get_source (range),
                                              cl_market_range_get_currency (range),
                                              cl_market_range_get_component (range));

  g_object_set (again, "url", cl_market_range_get_url (range), "observed-on",
                cl_market_range_get_observed_on (range), "role", cl_market_range_get_role (range),
                "level", cl_market_range_get_level (range), "location",
                cl_market_range_get_location (range), "p25", cl_market_range_get_p25 (range),
                "p50", cl_market_range_get_p50 (range), "p75", cl_market_range_get_p75 (range),
                "p90", cl_market_range_get_p90 (range), "offer-id",
                cl_market_range_get_offer_id (range), NULL);
  return again;
}

/* Added as a new range each time: Undo may be pressed once only. */
static void
undo_delete (GObject         *context,
             gpointer         kept,
             AdwToastOverlay *overlay)
{
  g_autoptr(ClMarketRange) again = new_like (kept);
  g_autoptr(GError) error = NULL;

  if (!cl_offer_store_add_market_range (cl_context_get_offer_store (CL_CONTEXT (context)), again,
                                        &error) &&
      overlay != NULL)
    adw_toast_overlay_add_toast (overlay, cl_toast_new (error->message));
}

void
cl_market_range_delete (GtkWidget     *from,
                        ClContext     *context,
                        ClMarketRange *range)
{
  GtkWidget *overlay;
  g_autoptr(ClMarketRange) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (CL_IS_CONTEXT (context));
  g_return_if_fail (CL_IS_MARKET_RANGE (range));

  /* @from may go with the range. */
  overlay = gtk_widget_get_ancestor (from, ADW_TYPE_TOAST_OVERLAY);
  kept = new_like (range);
  if (!cl_offer_store_delete_market_range (cl_context_get_offer_store (context), range, &error))
    {
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (error->message));
      return;
    }
  if (overlay == NULL)
    return;

  /* Translators: a toast after deleting a market range, "Deleted the
   * Levels.fyi range". */
  message = g_strdup_printf (_ ("Deleted the %s range"), cl_market_range_get_source (kept));
  cl_toast_add_undo (ADW_TOAST_OVERLAY (overlay), message, undo_delete, G_OBJECT (context),
                     g_steal_pointer (&kept), g_object_unref);
}

/* The row -------------------------------------------------------------------- */

static void
open_clicked_cb (ClMarketRangeRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Through the portal in Flatpak. */
  if (cl_market_range_get_url (self->range) != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                  cl_market_range_get_url (self->range), GDK_CURRENT_TIME);
}

static void
edit_clicked_cb (ClMarketRangeRow *self)
{
  g_signal_emit (self, signals[EDIT_REQUESTED], 0);
}

static void
delete_clicked_cb (ClMarketRangeRow *self)
{
  /* Keep what the toast needs: the row may go with the range. */
  g_autoptr(ClMarketRange) range = g_object_ref (self->range);
  g_autoptr(ClContext) context = g_object_ref (self->context);

  cl_market_range_delete (GTK_WIDGET (self), context, range);
}

static GtkWidget *
add_button (ClMarketRangeRow *self,
            const char       *icon_name,
            GCallback         callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), button);
  return button;
}

static void
cl_market_range_row_dispose (GObject *object)
{
  ClMarketRangeRow *self = CL_MARKET_RANGE_ROW (object);

  g_clear_object (&self->range);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_market_range_row_parent_class)->dispose (object);
}

static void
cl_market_range_row_class_init (ClMarketRangeRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cl_market_range_row_dispose;

  /**
   * ClMarketRangeRow::edit-requested:
   *
   * The user asked to edit the range.
   */
  signals[EDIT_REQUESTED] = g_signal_new ("edit-requested", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                          0);
}

static void
cl_market_range_row_init (ClMarketRangeRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  g_signal_connect (self, "activated", G_CALLBACK (edit_clicked_cb), NULL);
  self->open_button = add_button (self, "web-browser-symbolic", G_CALLBACK (open_clicked_cb));
  self->edit_button = add_button (self, "document-edit-symbolic", G_CALLBACK (edit_clicked_cb));
  self->delete_button = add_button (self, "user-trash-symbolic",
                                    G_CALLBACK (delete_clicked_cb));
}

GtkWidget *
cl_market_range_row_new (ClContext     *context,
                         ClMarketRange *range)
{
  ClMarketRangeRow *self;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_MARKET_RANGE (range), NULL);

  self = g_object_new (CL_TYPE_MARKET_RANGE_ROW, NULL);
  self->context = g_object_ref (context);
  self->range = g_object_ref (range);
  g_signal_connect_object (range, "notify", G_CALLBACK (show_range), self, G_CONNECT_SWAPPED);
  show_range (self);
  return GTK_WIDGET (self);
}

ClMarketRange *
cl_market_range_row_get_range (ClMarketRangeRow *self)
{
  g_return_val_if_fail (CL_IS_MARKET_RANGE_ROW (self), NULL);

  return self->range;
}
