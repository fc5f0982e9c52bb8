/* cl-market-ranges-dialog.c — every market range entered, to add, edit and delete
 *
 * The list is bound to the offer store's model of ranges: rows come and go
 * with the store's announcements, and each row follows its range.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-market-ranges-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-market-range-dialog.h"
#include "cl-market-range-row.h"
#include "cl-market-ranges-dialog.h"
#include "cl-transient.h"

struct _ClMarketRangesDialog
{
  AdwWindow        parent_instance;

  ClContext       *context;
  ClOffer         *offer; /* opened from it, or NULL */

  AdwToastOverlay *toast_overlay;
  GtkListBox      *ranges_list;
};

G_DEFINE_FINAL_TYPE (ClMarketRangesDialog, cl_market_ranges_dialog, ADW_TYPE_WINDOW)

static void
edit_requested_cb (ClMarketRangeRow     *row,
                   ClMarketRangesDialog *self)
{
  ClMarketRangeDialog *dialog = cl_market_range_dialog_new (
    GTK_WINDOW (self), self->context, cl_market_range_row_get_range (row), self->offer);

  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  ClMarketRangesDialog *self = user_data;
  GtkWidget            *row = cl_market_range_row_new (self->context, CL_MARKET_RANGE (item));

  g_signal_connect_object (row, "edit-requested", G_CALLBACK (edit_requested_cb), self, 0);
  return row;
}

GtkWindow *
cl_market_ranges_dialog_add_range (ClMarketRangesDialog *self)
{
  ClMarketRangeDialog *dialog;

  g_return_val_if_fail (CL_IS_MARKET_RANGES_DIALOG (self), NULL);

  dialog = cl_market_range_dialog_new (GTK_WINDOW (self), self->context, NULL, self->offer);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
add_clicked_cb (ClMarketRangesDialog *self)
{
  cl_market_ranges_dialog_add_range (self);
}

static void
cl_market_ranges_dialog_dispose (GObject *object)
{
  ClMarketRangesDialog *self = CL_MARKET_RANGES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_MARKET_RANGES_DIALOG);
  g_clear_object (&self->offer);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_market_ranges_dialog_parent_class)->dispose (object);
}

static void
cl_market_ranges_dialog_class_init (ClMarketRangesDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_market_ranges_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/offers/cl-market-ranges-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ClMarketRangesDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ClMarketRangesDialog, ranges_list);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
}

static void
cl_market_ranges_dialog_init (ClMarketRangesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cl_a11y_watch_toasts (self->toast_overlay);
}

ClMarketRangesDialog *
cl_market_ranges_dialog_new (GtkWindow *parent,
                             ClContext *context,
                             ClOffer   *offer)
{
  ClMarketRangesDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (offer == NULL || CL_IS_OFFER (offer), NULL);

  self = g_object_new (CL_TYPE_MARKET_RANGES_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->offer = offer != NULL ? g_object_ref (offer) : NULL;
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  gtk_list_box_bind_model (
    self->ranges_list, cl_offer_store_get_market_ranges (cl_context_get_offer_store (context)),
    create_row_cb, self, NULL);
  return self;
}
