/* cl-market-section.c — where an offer sits in the market, and the ranges that say so
 *
 * The lines are the offer store's (cl_offer_store_describe_market_position(),
 * the same words the prep sheet prints), for the year-1 total and for the
 * base.  Below them, the ranges that could place the offer — of the total
 * and of the base, as cl_offer_store_find_market_ranges() finds them — each
 * a row that follows its range.  Everything is worked out again after any
 * committed change to offers, ranges or applications (an offer without a
 * title is matched by its application's role): the database's ::changed
 * comes after the stores have read what changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-market-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-market-range-dialog.h"
#include "cl-market-range-row.h"
#include "cl-market-ranges-dialog.h"
#include "cl-market-section.h"
#include "cl-offer-section.h"

struct _ClMarketSection
{
  AdwBin        parent_instance;

  ClContext    *context;
  ClOffer      *offer;
  GSignalGroup *database_signals;
  GPtrArray    *rows; /* ClMarketRangeRow, in the list's order */

  GtkLabel     *total_label;
  GtkLabel     *base_label;
  GtkLabel     *empty_label;
  GtkListBox   *ranges_list;
  GtkWidget    *add_row;
  GtkWidget    *all_row;
};

enum
{
  PROP_0,
  PROP_VALID,
  N_PROPS
};

static void section_iface_init (ClOfferSectionInterface *iface);

/* clang-format off */
G_DEFINE_FINAL_TYPE_WITH_CODE (ClMarketSection, cl_market_section, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (CL_TYPE_OFFER_SECTION, section_iface_init))
/* clang-format on */

static GtkWindow *
parent_window (ClMarketSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The position ------------------------------------------------------------- */

static void
show_line (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

static void
show_position (ClMarketSection *self)
{
  ClOfferStore    *store = cl_context_get_offer_store (self->context);
  g_autofree char *total = NULL;
  g_autofree char *base = NULL;
  ClCompBreakdown  breakdown;

  /* The words and figures the prep sheet prints (cl-prep-sheet.c). */
  if (cl_offer_get_breakdown (self->offer, &breakdown, NULL))
    total = cl_offer_store_describe_market_position (store, self->offer,
                                                     CL_MARKET_COMPONENT_TOTAL,
                                                     _ ("Year-1 total"),
                                                     breakdown.year_totals[0]);
  base = cl_offer_store_describe_market_position (store, self->offer, CL_MARKET_COMPONENT_BASE,
                                                  _ ("Base salary"),
                                                  cl_offer_get_base_salary (self->offer));
  show_line (self->total_label, total);
  show_line (self->base_label, base);
  show_line (self->empty_label,
             total == NULL && base == NULL
               ? _ ("No market range places this offer yet. Add what Levels.fyi, Glassdoor or "
                    "another site reports for its role and level, in its currency, with its "
                    "percentiles.")
               : NULL);
}

/* The ranges --------------------------------------------------------------- */

static void
edit_requested_cb (ClMarketRangeRow *row,
                   ClMarketSection  *self)
{
  ClMarketRangeDialog *dialog = cl_market_range_dialog_new (
    parent_window (self), self->context, cl_market_range_row_get_range (row), self->offer);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* The ranges of the total, then those of the base. */
static GPtrArray *
find_ranges (ClMarketSection *self)
{
  ClOfferStore *store = cl_context_get_offer_store (self->context);
  GPtrArray    *ranges = cl_offer_store_find_market_ranges (store, self->offer,
                                                            CL_MARKET_COMPONENT_TOTAL);
  g_autoptr(GPtrArray) base = cl_offer_store_find_market_ranges (store, self->offer,
                                                                  CL_MARKET_COMPONENT_BASE);

  g_ptr_array_extend_and_steal (ranges, g_steal_pointer (&base));
  return ranges;
}

static gboolean
rows_show (ClMarketSection *self,
           GPtrArray       *ranges)
{
  if (ranges->len != self->rows->len)
    return FALSE;
  for (guint i = 0; i < ranges->len; i++)
    if (cl_market_range_row_get_range (g_ptr_array_index (self->rows, i)) !=
        g_ptr_array_index (ranges, i))
      return FALSE;
  return TRUE;
}

static void
remove_rows (ClMarketSection *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->ranges_list, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
show_ranges (ClMarketSection *self)
{
  g_autoptr(GPtrArray) ranges = find_ranges (self);
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean   had_focus = FALSE;

  /* The rows follow their ranges: only which ranges they are may change. */
  if (rows_show (self, ranges))
    return;

  for (guint i = 0; focus != NULL && i < self->rows->len; i++)
    if (gtk_widget_is_ancestor (focus, g_ptr_array_index (self->rows, i)) ||
        focus == g_ptr_array_index (self->rows, i))
      had_focus = TRUE;

  remove_rows (self);
  for (guint i = 0; i < ranges->len; i++)
    {
      GtkWidget *row = cl_market_range_row_new (self->context, g_ptr_array_index (ranges, i));

      g_signal_connect_object (row, "edit-requested", G_CALLBACK (edit_requested_cb), self, 0);
      gtk_list_box_insert (self->ranges_list, row, (int) i);
      g_ptr_array_add (self->rows, row);
    }
  /* A deleted range took the focus with it: it stays in the list. */
  if (had_focus)
    gtk_widget_grab_focus (self->add_row);
}

static void
refresh (ClMarketSection *self)
{
  if (self->offer == NULL || self->context == NULL)
    {
      remove_rows (self);
      show_line (self->total_label, NULL);
      show_line (self->base_label, NULL);
      show_line (self->empty_label, NULL);
      return;
    }
  show_position (self);
  show_ranges (self);
}

static void
database_changed_cb (ClMarketSection *self,
                     ClChangeSet     *change_set)
{
  /* Ranges are negotiation rows; an offer's role may be its application's. */
  static const ClTable read[] = { CL_TABLE_OFFERS, CL_TABLE_NEGOTIATION, CL_TABLE_APPLICATIONS,
                                  CL_TABLE_COMPANIES };

  for (guint i = 0; i < G_N_ELEMENTS (read); i++)
    if (cl_change_set_has_table (change_set, read[i]))
      {
        refresh (self);
        return;
      }
}

/* Actions ------------------------------------------------------------------ */

GtkWindow *
cl_market_section_add_range (ClMarketSection *self)
{
  ClMarketRangeDialog *dialog;

  g_return_val_if_fail (CL_IS_MARKET_SECTION (self), NULL);
  g_return_val_if_fail (self->context != NULL, NULL);

  dialog = cl_market_range_dialog_new (parent_window (self), self->context, NULL, self->offer);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

GtkWindow *
cl_market_section_show_all (ClMarketSection *self)
{
  ClMarketRangesDialog *dialog;

  g_return_val_if_fail (CL_IS_MARKET_SECTION (self), NULL);
  g_return_val_if_fail (self->context != NULL, NULL);

  dialog = cl_market_ranges_dialog_new (parent_window (self), self->context, self->offer);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
add_row_activated_cb (ClMarketSection *self)
{
  if (self->context != NULL)
    cl_market_section_add_range (self);
}

static void
all_row_activated_cb (ClMarketSection *self)
{
  if (self->context != NULL)
    cl_market_section_show_all (self);
}

/* The object --------------------------------------------------------------- */

void
cl_market_section_set_offer (ClMarketSection *self,
                             ClContext       *context,
                             ClOffer         *offer)
{
  g_return_if_fail (CL_IS_MARKET_SECTION (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));
  g_return_if_fail (offer == NULL || CL_IS_OFFER (offer));

  if (g_set_object (&self->context, context))
    {
      remove_rows (self);
      g_signal_group_set_target (self->database_signals,
                                 context != NULL ? cl_context_get_database (context) : NULL);
    }
  g_set_object (&self->offer, offer);
  refresh (self);
}

/* A section of the offer editor (ClOfferSection).  It edits no field of
 * the offer, and its dialogs save as they close: it is always valid, with
 * nothing waiting to be saved. */
static void
section_set_offer (ClOfferSection *section,
                   ClContext      *context,
                   ClOffer        *offer)
{
  cl_market_section_set_offer (CL_MARKET_SECTION (section), context, offer);
}

static void
section_iface_init (ClOfferSectionInterface *iface)
{
  iface->set_offer = section_set_offer;
}

static void
cl_market_section_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, TRUE);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

ClOffer *
cl_market_section_get_offer (ClMarketSection *self)
{
  g_return_val_if_fail (CL_IS_MARKET_SECTION (self), NULL);

  return self->offer;
}

static void
cl_market_section_dispose (GObject *object)
{
  ClMarketSection *self = CL_MARKET_SECTION (object);

  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  g_clear_object (&self->database_signals);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_MARKET_SECTION);
  g_clear_object (&self->offer);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_market_section_parent_class)->dispose (object);
}

static void
cl_market_section_class_init (ClMarketSectionClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_market_section_dispose;
  object_class->get_property = cl_market_section_get_property;
  g_object_class_override_property (object_class, PROP_VALID, "valid");

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/offers/cl-market-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ClMarketSection, total_label);
  gtk_widget_class_bind_template_child (widget_class, ClMarketSection, base_label);
  gtk_widget_class_bind_template_child (widget_class, ClMarketSection, empty_label);
  gtk_widget_class_bind_template_child (widget_class, ClMarketSection, ranges_list);
  gtk_widget_class_bind_template_child (widget_class, ClMarketSection, add_row);
  gtk_widget_class_bind_template_child (widget_class, ClMarketSection, all_row);
  gtk_widget_class_bind_template_callback (widget_class, add_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, all_row_activated_cb);
}

static void
cl_market_section_init (ClMarketSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Screen readers name the section as its heading does. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Market Range"), -1);

  self->rows = g_ptr_array_new ();
  self->database_signals = g_signal_group_new (CL_TYPE_DATABASE);
  g_signal_group_connect_object (self->database_signals, "changed",
                                 G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
cl_market_section_new (void)
{
  return g_object_new (CL_TYPE_MARKET_SECTION, NULL);
}
