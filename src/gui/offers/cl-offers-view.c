/* cl-offers-view.c — the Offers page: every offer, and the one chosen
 *
 * A leaflet: the list of offers beside the chosen offer's editor when the
 * window is wide, one of them at a time when it is narrow (the editor then
 * has a back button).  The list is the offer store's model, sorted: the
 * offers still waiting for an answer first, the soonest deadline first,
 * then the others.  It is sorted again after each change to the offers,
 * keeping the chosen one chosen.  With no offer at all the page says so
 * and offers to add one.  While "comparing", the page shows the offers
 * side by side instead (a ClOfferComparison, made the first time).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offers-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-new-offer-dialog.h"
#include "cl-offer-comparison.h"
#include "cl-offer-editor.h"
#include "cl-offer-fields.h"
#include "cl-offer-row.h"
#include "cl-offers-view.h"
#include "cl-toast.h"

struct _ClOffersView
{
  GtkWidget           parent_instance;

  ClContext          *context;
  GtkSorter          *sorter;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  gint64              selected_id;
  gboolean            resorting;
  gboolean            choosing; /* the view itself moves the selection */
  gboolean            comparing;

  GtkStack           *stack;
  AdwStatusPage      *empty_page;
  AdwLeaflet         *leaflet;
  GtkListView        *list_view;
  ClOfferEditor      *editor;
  ClOfferComparison  *comparison; /* made the first time it is shown */
};

G_DEFINE_FINAL_TYPE (ClOffersView, cl_offers_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_COMPARING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The order ---------------------------------------------------------------- */

static int
compare_int64 (gint64 a,
               gint64 b)
{
  return a < b ? -1 : a > b ? 1
                            : 0;
}

static int
compare_offers (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  ClOffer *x = CL_OFFER ((gpointer) a);
  ClOffer *y = CL_OFFER ((gpointer) b);
  gboolean x_open = cl_offer_is_open (x);
  gboolean y_open = cl_offer_is_open (y);
  int      result;

  if (x_open != y_open)
    return x_open ? -1 : 1;
  if (x_open)
    {
      gint64 x_deadline = cl_offer_get_response_deadline (x);
      gint64 y_deadline = cl_offer_get_response_deadline (y);

      /* An offer without a deadline waits after those with one. */
      if ((x_deadline == 0) != (y_deadline == 0))
        return x_deadline == 0 ? 1 : -1;
      if ((result = compare_int64 (x_deadline, y_deadline)) != 0)
        return result;
    }
  /* The latest received first. */
  if ((result = compare_int64 (cl_offer_get_received_at (y), cl_offer_get_received_at (x))) != 0)
    return result;
  return compare_int64 (cl_offer_get_id (x), cl_offer_get_id (y));
}

static gboolean
find_position (ClOffersView *self,
               gint64        offer_id,
               guint        *out_position)
{
  GListModel *model = G_LIST_MODEL (self->sorted);
  guint       n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClOffer) offer = g_list_model_get_item (model, i);

      if (cl_offer_get_id (offer) == offer_id)
        {
          *out_position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Showing ------------------------------------------------------------------ */

static void
show_toast (ClOffersView *self,
            const char   *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (message));
}

static void
update_stack (ClOffersView *self)
{
  guint n = self->sorted != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) : 0;

  gtk_stack_set_visible_child_name (self->stack, n == 0            ? "empty"
                                                 : self->comparing ? "compare"
                                                                   : "offers");
}

/* The editor follows the selection; what it could not save of the offer it
 * leaves is said. */
static void
selected_changed_cb (ClOffersView *self)
{
  ClOffer         *offer;
  ClOffer         *shown = cl_offer_editor_get_offer (self->editor);
  ClOfferStore    *store;
  g_autofree char *unsaved = NULL;

  if (self->resorting)
    return;

  offer = gtk_single_selection_get_selected_item (self->selection);
  if (offer == shown)
    return;

  /* An offer just deleted has nothing left to save. */
  store = cl_context_get_offer_store (self->context);
  if (shown != NULL && cl_offer_store_find_offer (store, cl_offer_get_id (shown)) != NULL)
    {
      cl_offer_editor_flush (self->editor);
      unsaved = cl_offer_editor_get_unsaved (self->editor);
      if (unsaved != NULL)
        show_toast (self, unsaved);
    }
  self->selected_id = offer != NULL ? cl_offer_get_id (offer) : 0;
  cl_offer_editor_set_offer (self->editor, self->context, offer);
}

/* The selection moved.  A list that activates on a single click selects the
 * row under the pointer as it passes (GTK 4.8): the editor must not change
 * with it, so the selection goes back to the offer shown, unless the view
 * itself chose (a click, Enter, an offer shown by its id) or the offer
 * shown is gone. */
static void
selection_moved_cb (ClOffersView *self)
{
  ClOffer *shown = cl_offer_editor_get_offer (self->editor);
  guint    position;

  if (self->resorting)
    return;
  if (!self->choosing && shown != NULL &&
      find_position (self, cl_offer_get_id (shown), &position) &&
      gtk_single_selection_get_selected (self->selection) != position)
    {
      self->resorting = TRUE;
      gtk_single_selection_set_selected (self->selection, position);
      self->resorting = FALSE;
      return;
    }
  selected_changed_cb (self);
}

static void
choose_position (ClOffersView *self,
                 guint         position)
{
  self->choosing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->choosing = FALSE;
  selected_changed_cb (self);
}

/* The offers changed: their order may have. */
static void
database_changed_cb (ClOffersView *self,
                     ClChangeSet  *change_set)
{
  guint position;

  if (!cl_change_set_is_external (change_set) &&
      !cl_change_set_has_table (change_set, CL_TABLE_OFFERS))
    return;

  self->resorting = TRUE;
  gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  if (self->selected_id != 0 && find_position (self, self->selected_id, &position) &&
      gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  self->resorting = FALSE;
  selected_changed_cb (self);
}

/* Navigation --------------------------------------------------------------- */

static void
show_editor (ClOffersView *self,
             gboolean      focus)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "offer");
  if (focus)
    cl_offer_editor_focus_first (self->editor, TRUE);
}

static void
row_activated_cb (ClOffersView *self,
                  guint         position)
{
  choose_position (self, position);
  show_editor (self, adw_leaflet_get_folded (self->leaflet));
}

static void
folded_changed_cb (ClOffersView *self)
{
  cl_offer_editor_set_show_back (self->editor, adw_leaflet_get_folded (self->leaflet));
}

static void
visible_child_changed_cb (ClOffersView *self)
{
  /* Back on the list alone: what waits for the pause is saved. */
  if (adw_leaflet_get_folded (self->leaflet) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "list") == 0)
    cl_offer_editor_flush (self->editor);
}

static void
show_list_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ClOffersView *self = CL_OFFERS_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
show_offer_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  cl_offers_view_show_offer (CL_OFFERS_VIEW (widget), g_variant_get_int64 (parameter));
}

static void
new_offer_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  cl_offers_view_new_offer (CL_OFFERS_VIEW (widget));
}

/* The rows ----------------------------------------------------------------- */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ClOffersView             *self)
{
  gtk_list_item_set_child (item, cl_offer_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             ClOffersView             *self)
{
  cl_offer_row_set_offer (CL_OFFER_ROW (gtk_list_item_get_child (item)), self->context,
                          gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ClOffersView             *self)
{
  cl_offer_row_set_offer (CL_OFFER_ROW (gtk_list_item_get_child (item)), NULL, NULL);
}

/* The object --------------------------------------------------------------- */

static void
cl_offers_view_dispose (GObject *object)
{
  ClOffersView *self = CL_OFFERS_VIEW (object);

  if (self->editor != NULL)
    cl_offer_editor_set_offer (self->editor, NULL, NULL);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_OFFERS_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->sorter);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_offers_view_parent_class)->dispose (object);
}

static void
cl_offers_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ClOffersView *self = CL_OFFERS_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARING:
      g_value_set_boolean (value, self->comparing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_offers_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ClOffersView *self = CL_OFFERS_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARING:
      cl_offers_view_set_comparing (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_offers_view_class_init (ClOffersViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_offers_view_dispose;
  object_class->get_property = cl_offers_view_get_property;
  object_class->set_property = cl_offers_view_set_property;

  /* Whether the page shows the offers side by side rather than one. */
  properties[PROP_COMPARING] =
    g_param_spec_boolean ("comparing", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CL_TYPE_OFFER_EDITOR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/gui/offers/cl-offers-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ClOffersView, stack);
  gtk_widget_class_bind_template_child (widget_class, ClOffersView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ClOffersView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ClOffersView, list_view);
  gtk_widget_class_bind_template_child (widget_class, ClOffersView, editor);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_child_changed_cb);

  gtk_widget_class_install_action (widget_class, "offers.new-offer", NULL, new_offer_action_cb);
  gtk_widget_class_install_action (widget_class, "offers.show-list", NULL, show_list_action_cb);
  gtk_widget_class_install_action (widget_class, "offers.show-offer", "x", show_offer_action_cb);
}

static void
cl_offers_view_init (ClOffersView *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_offers, NULL, NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "offers.new-offer", FALSE);
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  folded_changed_cb (self);
  update_stack (self);
}

void
cl_offers_view_set_context (ClOffersView *self,
                            ClContext    *context)
{
  GListModel *offers;

  g_return_if_fail (CL_IS_OFFERS_VIEW (self));
  g_return_if_fail (CL_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  offers = cl_offer_store_get_offers (cl_context_get_offer_store (context));
  self->sorted = gtk_sort_list_model_new (g_object_ref (offers), g_object_ref (self->sorter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (cl_context_get_database (context), "changed",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  if (self->comparison != NULL)
    cl_offer_comparison_set_context (self->comparison, context);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "offers.new-offer", TRUE);
  update_stack (self);
  selected_changed_cb (self);
}

GListModel *
cl_offers_view_get_offers (ClOffersView *self)
{
  g_return_val_if_fail (CL_IS_OFFERS_VIEW (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

ClOffer *
cl_offers_view_get_selected (ClOffersView *self)
{
  g_return_val_if_fail (CL_IS_OFFERS_VIEW (self), NULL);

  return cl_offer_editor_get_offer (self->editor);
}

gboolean
cl_offers_view_show_offer (ClOffersView *self,
                           gint64        offer_id)
{
  guint position;

  g_return_val_if_fail (CL_IS_OFFERS_VIEW (self), FALSE);

  if (!find_position (self, offer_id, &position))
    return FALSE;
  choose_position (self, position);
  update_stack (self);
  show_editor (self, FALSE);
  return TRUE;
}

static void
offer_added_cb (ClNewOfferDialog *dialog,
                ClOffer          *offer,
                ClOffersView     *self)
{
  if (cl_offers_view_show_offer (self, cl_offer_get_id (offer)))
    cl_offer_editor_focus_first (self->editor, FALSE);
}

void
cl_offers_view_new_offer (ClOffersView *self)
{
  GtkRoot          *root;
  ClNewOfferDialog *dialog;

  g_return_if_fail (CL_IS_OFFERS_VIEW (self));

  if (self->context == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = cl_new_offer_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    self->context);
  g_signal_connect_object (dialog, "offer-added", G_CALLBACK (offer_added_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
cl_offers_view_get_comparing (ClOffersView *self)
{
  g_return_val_if_fail (CL_IS_OFFERS_VIEW (self), FALSE);

  return self->comparing;
}

void
cl_offers_view_set_comparing (ClOffersView *self,
                              gboolean      comparing)
{
  g_return_if_fail (CL_IS_OFFERS_VIEW (self));

  comparing = !!comparing;
  if (self->comparing == comparing)
    return;
  self->comparing = comparing;
  if (comparing && self->comparison == NULL)
    {
      self->comparison = CL_OFFER_COMPARISON (cl_offer_comparison_new ());
      gtk_stack_add_titled (self->stack, GTK_WIDGET (self->comparison), "compare",
                            _ ("Compare Offers"));
      if (self->context != NULL)
        cl_offer_comparison_set_context (self->comparison, self->context);
    }
  update_stack (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARING]);
}

const char *
cl_offers_view_get_comparison_currency (ClOffersView *self)
{
  g_return_val_if_fail (CL_IS_OFFERS_VIEW (self), NULL);

  return self->comparison != NULL ? cl_offer_comparison_get_currency (self->comparison) : NULL;
}
