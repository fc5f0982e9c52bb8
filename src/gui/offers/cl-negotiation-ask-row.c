/* cl-negotiation-ask-row.c — one ask of a negotiation plan, edited in place
 *
 * Each field edits a copy of the shared ask and hands it to the store; the
 * store updates the shared object, whose notifications bring the saved
 * values back to the fields.  An ask is checked as a whole (an amount only
 * for base, equity and sign-on; details otherwise), so a field refused for
 * what another says is tried again once another field is saved: choosing
 * "Level" is refused until the details say which, and then kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-negotiation-ask-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-instant-apply.h"
#include "cl-money.h"
#include "cl-negotiation-ask-row.h"
#include "cl-negotiation-fields.h"

struct _ClNegotiationAskRow
{
  AdwExpanderRow    parent_instance;

  ClContext        *context;
  ClOffer          *offer;
  ClNegotiationAsk *ask;
  GPtrArray        *applies;
  ClInstantApply   *kind_apply;
  ClInstantApply   *amount_apply;
  ClInstantApply   *details_apply;
  ClInstantApply   *priority_apply;
  char             *heading;

  AdwComboRow      *kind_row;
  AdwEntryRow      *amount_row;
  AdwEntryRow      *details_row;
  AdwComboRow      *priority_row;
};

enum
{
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ClNegotiationAskRow, cl_negotiation_ask_row, ADW_TYPE_EXPANDER_ROW)

/* Showing ------------------------------------------------------------------ */

static void
show_heading (ClNegotiationAskRow *self)
{
  ClAskKind        kind = cl_negotiation_ask_get_kind (self->ask);
  const char      *details = cl_negotiation_ask_get_details (self->ask);
  g_autofree char *amount = cl_negotiation_format_money (cl_negotiation_ask_get_amount (self->ask),
                                                         cl_offer_get_currency (self->offer));
  g_autofree char *priority = NULL;
  g_autofree char *subtitle = NULL;
  const char      *what = amount != NULL ? amount : details;

  g_free (self->heading);
  if (what != NULL && *what != '\0')
    /* Translators: an ask's kind and what is asked, "Base salary: $200,000". */
    self->heading = g_strdup_printf (_ ("%s: %s"), cl_ask_kind_get_label (kind), what);
  else
    self->heading = g_strdup (cl_ask_kind_get_label (kind));

  /* Translators: an ask's priority, "High priority". */
  priority = g_strdup_printf (_ ("%s priority"),
                              cl_ask_priority_get_label (cl_negotiation_ask_get_priority (
                                self->ask)));
  if (amount != NULL && details != NULL && *details != '\0')
    /* Translators: separates an ask's priority from its details. */
    subtitle = g_strdup_printf (_ ("%s · %s"), priority, details);
  else
    subtitle = g_steal_pointer (&priority);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), self->heading);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  cl_a11y_name_expander_row (ADW_EXPANDER_ROW (self), self->heading);
}

/* The amount is for base, equity and sign-on asks only: the field goes
 * with the kind chosen, and what it held unsaved goes with it. */
static void
kind_selected_cb (ClNegotiationAskRow *self)
{
  gboolean takes = cl_ask_kind_takes_amount (adw_combo_row_get_selected (self->kind_row));

  if (!takes && self->amount_apply != NULL)
    cl_instant_apply_discard (self->amount_apply);
  gtk_widget_set_visible (GTK_WIDGET (self->amount_row), takes);
}

static void
show_ask (ClNegotiationAskRow *self)
{
  const char      *currency = cl_offer_get_currency (self->offer);
  g_autofree char *amount = cl_negotiation_format_amount (cl_negotiation_ask_get_amount (self->ask),
                                                          currency);

  cl_negotiation_title_money_row (self->amount_row, _ ("Amount"), currency);
  cl_instant_apply_show_value (self->kind_apply, cl_negotiation_ask_get_kind (self->ask));
  cl_instant_apply_show (self->amount_apply, amount);
  cl_instant_apply_show (self->details_apply, cl_negotiation_ask_get_details (self->ask));
  cl_instant_apply_show_value (self->priority_apply, cl_negotiation_ask_get_priority (self->ask));
  kind_selected_cb (self);
  show_heading (self);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save_copy (ClNegotiationAskRow *self,
           ClNegotiationAsk    *copy,
           ClInstantApply      *saving,
           GError             **error)
{
  /* The store's echo may replace what the row holds meanwhile. */
  g_autoptr(ClNegotiationAskRow) held = g_object_ref (self);

  if (!cl_model_validate (CL_MODEL (copy), error) ||
      !cl_offer_store_update_ask (cl_context_get_offer_store (self->context), copy, error))
    return FALSE;

  for (guint i = 0; i < self->applies->len; i++)
    if (g_ptr_array_index (self->applies, i) != saving)
      cl_instant_apply_retry (g_ptr_array_index (self->applies, i));
  return TRUE;
}

static gboolean
save_kind_cb (guint    value,
              gpointer data,
              GError **error)
{
  ClNegotiationAskRow *self = data;
  g_autoptr(ClNegotiationAsk) copy = cl_negotiation_ask_copy (self->ask);

  g_object_set (copy, "kind", (ClAskKind) value, NULL);
  /* The field is gone with such a kind: its amount too. */
  if (!cl_ask_kind_takes_amount ((ClAskKind) value))
    g_object_set (copy, "amount", (gint64) -1, NULL);
  return save_copy (self, copy, self->kind_apply, error);
}

static gboolean
check_amount_cb (const char *text,
                 gpointer    data,
                 GError    **error)
{
  ClNegotiationAskRow *self = data;
  gint64               cents;

  return cl_money_parse (text, cl_offer_get_currency (self->offer), &cents, error);
}

static gboolean
save_amount_cb (const char *text,
                gpointer    data,
                GError    **error)
{
  ClNegotiationAskRow *self = data;
  g_autoptr(ClNegotiationAsk) copy = NULL;
  gint64 cents;

  if (!cl_money_parse (text, cl_offer_get_currency (self->offer), &cents, error))
    return FALSE;
  copy = cl_negotiation_ask_copy (self->ask);
  g_object_set (copy, "amount", cents, NULL);
  return save_copy (self, copy, self->amount_apply, error);
}

static gboolean
save_details_cb (const char *text,
                 gpointer    data,
                 GError    **error)
{
  ClNegotiationAskRow *self = data;
  g_autoptr(ClNegotiationAsk) copy = cl_negotiation_ask_copy (self->ask);

  g_object_set (copy, "details", text, NULL);
  return save_copy (self, copy, self->details_apply, error);
}

static gboolean
save_priority_cb (guint    value,
                  gpointer data,
                  GError **error)
{
  ClNegotiationAskRow *self = data;
  g_autoptr(ClNegotiationAsk) copy = cl_negotiation_ask_copy (self->ask);

  g_object_set (copy, "priority", (ClAskPriority) value, NULL);
  return save_copy (self, copy, self->priority_apply, error);
}

static void
delete_clicked_cb (ClNegotiationAskRow *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

/* The object --------------------------------------------------------------- */

static void
cl_negotiation_ask_row_dispose (GObject *object)
{
  ClNegotiationAskRow *self = CL_NEGOTIATION_ASK_ROW (object);

  g_clear_pointer (&self->applies, g_ptr_array_unref);
  g_clear_object (&self->ask);
  g_clear_object (&self->offer);
  g_clear_object (&self->context);

  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_NEGOTIATION_ASK_ROW);

  G_OBJECT_CLASS (cl_negotiation_ask_row_parent_class)->dispose (object);
}

static void
cl_negotiation_ask_row_finalize (GObject *object)
{
  ClNegotiationAskRow *self = CL_NEGOTIATION_ASK_ROW (object);

  g_free (self->heading);

  G_OBJECT_CLASS (cl_negotiation_ask_row_parent_class)->finalize (object);
}

static void
cl_negotiation_ask_row_class_init (ClNegotiationAskRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_negotiation_ask_row_dispose;
  object_class->finalize = cl_negotiation_ask_row_finalize;

  /**
   * ClNegotiationAskRow::delete-requested:
   *
   * The user asked to delete the ask.
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                            0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/offers/cl-negotiation-ask-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationAskRow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationAskRow, amount_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationAskRow, details_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationAskRow, priority_row);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
}

static ClInstantApply *
add_apply (ClNegotiationAskRow *self,
           ClInstantApply      *apply)
{
  g_ptr_array_add (self->applies, apply);
  return apply;
}

static void
cl_negotiation_ask_row_init (ClNegotiationAskRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->applies = g_ptr_array_new_with_free_func (g_object_unref);
  cl_negotiation_fill_combo (self->kind_row, cl_negotiation_ask_kind_label,
                             CL_ASK_KIND_OTHER + 1);
  cl_negotiation_fill_combo (self->priority_row, cl_negotiation_priority_label,
                             CL_ASK_PRIORITY_LOW + 1);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (kind_selected_cb),
                           self, G_CONNECT_SWAPPED);

  self->kind_apply = add_apply (self, cl_instant_apply_new_for_value (
                                        GTK_WIDGET (self->kind_row), "selected", _ ("The kind"),
                                        save_kind_cb, self, NULL));
  self->amount_apply = add_apply (self, cl_instant_apply_new_for_text (
                                          GTK_WIDGET (self->amount_row), _ ("The amount"),
                                          save_amount_cb, self, NULL));
  cl_instant_apply_set_check (self->amount_apply, check_amount_cb);
  self->details_apply = add_apply (self, cl_instant_apply_new_for_text (
                                           GTK_WIDGET (self->details_row), _ ("The details"),
                                           save_details_cb, self, NULL));
  self->priority_apply = add_apply (self, cl_instant_apply_new_for_value (
                                            GTK_WIDGET (self->priority_row), "selected",
                                            _ ("The priority"), save_priority_cb, self, NULL));
  cl_negotiation_name_fields (GTK_WIDGET (self));
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
}

ClNegotiationAskRow *
cl_negotiation_ask_row_new (ClContext        *context,
                            ClOffer          *offer,
                            ClNegotiationAsk *ask)
{
  ClNegotiationAskRow *self;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_OFFER (offer), NULL);
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK (ask), NULL);

  self = g_object_new (CL_TYPE_NEGOTIATION_ASK_ROW, NULL);
  self->context = g_object_ref (context);
  self->offer = g_object_ref (offer);
  self->ask = g_object_ref (ask);
  g_signal_connect_object (ask, "notify", G_CALLBACK (show_ask), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (offer, "notify::currency", G_CALLBACK (show_ask), self,
                           G_CONNECT_SWAPPED);
  show_ask (self);
  return self;
}

ClNegotiationAsk *
cl_negotiation_ask_row_get_ask (ClNegotiationAskRow *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK_ROW (self), NULL);

  return self->ask;
}

GPtrArray *
cl_negotiation_ask_row_get_applies (ClNegotiationAskRow *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK_ROW (self), NULL);

  return self->applies;
}

const char *
cl_negotiation_ask_row_get_heading (ClNegotiationAskRow *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ASK_ROW (self), NULL);

  return self->heading;
}

static void
focus_once_cb (GtkWidget           *field,
               ClNegotiationAskRow *self)
{
  g_signal_handlers_disconnect_by_func (field, focus_once_cb, self);
  gtk_widget_grab_focus (field);
}

void
cl_negotiation_ask_row_edit (ClNegotiationAskRow *self)
{
  GtkWidget *field;

  g_return_if_fail (CL_IS_NEGOTIATION_ASK_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  field = GTK_WIDGET (self->kind_row);
  /* The fields can take the focus once the expander has revealed them. */
  if (gtk_widget_get_mapped (field))
    gtk_widget_grab_focus (field);
  else
    g_signal_connect_object (field, "map", G_CALLBACK (focus_once_cb), self, 0);
}
