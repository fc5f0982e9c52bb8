/* cl-negotiation-ask-dialog.c — asks what to ask for, and adds it to a plan
 *
 * The keyboard starts on Kind.  The amount is read as typed: while it
 * cannot be, the reason shows under it and "Add Ask" waits.  What the ask
 * as a whole lacks (an amount or details) is said when the user adds it,
 * under the field to fill in, and the dialog stays open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-negotiation-ask-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-dialog-focus.h"
#include "cl-money.h"
#include "cl-negotiation-ask-dialog.h"
#include "cl-negotiation-fields.h"
#include "cl-transient.h"

struct _ClNegotiationAskDialog
{
  AdwMessageDialog parent_instance;

  ClContext       *context;
  ClOffer         *offer;
  GtkWidget       *focus_row; /* where the keyboard goes when the dialog shows */

  GtkListBox      *fields;
  AdwComboRow     *kind_row;
  AdwEntryRow     *amount_row;
  AdwEntryRow     *details_row;
  AdwComboRow     *priority_row;
};

enum
{
  ASK_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ClNegotiationAskDialog, cl_negotiation_ask_dialog, ADW_TYPE_MESSAGE_DIALOG)

static gboolean
takes_amount (ClNegotiationAskDialog *self)
{
  return cl_ask_kind_takes_amount ((ClAskKind) adw_combo_row_get_selected (self->kind_row));
}

/* The amount as typed; TRUE with -1 when hidden or blank. */
static gboolean
read_amount (ClNegotiationAskDialog *self,
             gint64                 *out_cents,
             GError                **error)
{
  *out_cents = -1;
  if (!takes_amount (self))
    return TRUE;
  return cl_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->amount_row)),
                         cl_offer_get_currency (self->offer), out_cents, error);
}

static void
update_add (ClNegotiationAskDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 cents;

  if (read_amount (self, &cents, &error))
    cl_negotiation_show_problem (GTK_WIDGET (self->amount_row), NULL);
  else
    cl_negotiation_show_problem (GTK_WIDGET (self->amount_row), error->message);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", error == NULL);
}

/* An edit answers a refusal: the details are no longer marked. */
static void
field_changed_cb (ClNegotiationAskDialog *self,
                  GtkEditable            *editable)
{
  if (GTK_WIDGET (editable) == GTK_WIDGET (self->details_row))
    cl_negotiation_show_problem (GTK_WIDGET (self->details_row), NULL);
  update_add (self);
}

static void
field_activated_cb (ClNegotiationAskDialog *self)
{
  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), "add"))
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "add");
}

static void
kind_selected_cb (ClNegotiationAskDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->amount_row), takes_amount (self));
  cl_negotiation_show_problem (GTK_WIDGET (self->details_row), NULL);
  update_add (self);
}

/* Focus -------------------------------------------------------------------- */

/* The row with a refused value, or else the first. */
static GtkWidget *
pick_field (GtkWidget *dialog)
{
  ClNegotiationAskDialog *self = CL_NEGOTIATION_ASK_DIALOG (dialog);

  return self->focus_row != NULL ? self->focus_row : GTK_WIDGET (self->kind_row);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save (ClNegotiationAskDialog *self,
      GError                **error)
{
  g_autoptr(ClNegotiationAsk) ask = NULL;
  gint64 cents;

  if (!read_amount (self, &cents, error))
    return FALSE;
  ask = cl_negotiation_ask_new ((ClAskKind) adw_combo_row_get_selected (self->kind_row), cents,
                                gtk_editable_get_text (GTK_EDITABLE (self->details_row)));
  g_object_set (ask, "priority", (ClAskPriority) adw_combo_row_get_selected (self->priority_row),
                NULL);
  if (!cl_model_validate (CL_MODEL (ask), error) ||
      !cl_offer_store_add_ask (cl_context_get_offer_store (self->context),
                               cl_offer_get_id (self->offer), ask, error))
    return FALSE;

  g_signal_emit (self, signals[ASK_ADDED], 0, ask);
  return TRUE;
}

/* Under the field the refusal is about (the details unless it names the
 * amount), with the keyboard there. */
static void
show_refusal (ClNegotiationAskDialog *self,
              const GError           *error)
{
  GtkWidget *row = GTK_WIDGET (self->details_row);

  if ((cl_validation_error_is_about (error, "amount") || error->domain == CL_MONEY_ERROR) &&
      takes_amount (self))
    row = GTK_WIDGET (self->amount_row);
  cl_negotiation_show_problem (row, error->message);
  self->focus_row = row;
}

/* AdwMessageDialog closes itself before ::response.  The dialog hides on
 * close, so a refused ask can show it again with what was typed. */
static void
cl_negotiation_ask_dialog_response (AdwMessageDialog *dialog,
                                    const char       *response)
{
  ClNegotiationAskDialog *self = CL_NEGOTIATION_ASK_DIALOG (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "add") == 0 && !save (self, &error))
    {
      show_refusal (self, error);
      gtk_window_present (GTK_WINDOW (self));
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        cl_dialog_focus_row (pick_field (GTK_WIDGET (self)));
      return;
    }

  cl_transient_destroy_soon (GTK_WINDOW (self));
}

/* The object --------------------------------------------------------------- */

static void
cl_negotiation_ask_dialog_dispose (GObject *object)
{
  ClNegotiationAskDialog *self = CL_NEGOTIATION_ASK_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_NEGOTIATION_ASK_DIALOG);
  g_clear_object (&self->offer);
  g_clear_object (&self->context);
  self->focus_row = NULL;

  G_OBJECT_CLASS (cl_negotiation_ask_dialog_parent_class)->dispose (object);
}

static void
cl_negotiation_ask_dialog_class_init (ClNegotiationAskDialogClass *klass)
{
  GObjectClass          *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass        *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cl_negotiation_ask_dialog_dispose;
  dialog_class->response = cl_negotiation_ask_dialog_response;

  /**
   * ClNegotiationAskDialog::ask-added:
   * @ask: the new ask, the store's shared object
   */
  signals[ASK_ADDED] = g_signal_new ("ask-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                     CL_TYPE_NEGOTIATION_ASK);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/offers/cl-negotiation-ask-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationAskDialog, fields);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationAskDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationAskDialog, amount_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationAskDialog, details_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationAskDialog, priority_row);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_activated_cb);
}

static void
cl_negotiation_ask_dialog_init (ClNegotiationAskDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cl_dialog_focus_on_map (GTK_WIDGET (self), GTK_WIDGET (self->fields), pick_field);

  cl_negotiation_fill_combo (self->kind_row, cl_negotiation_ask_kind_label,
                             CL_ASK_KIND_OTHER + 1);
  cl_negotiation_fill_combo (self->priority_row, cl_negotiation_priority_label,
                             CL_ASK_PRIORITY_LOW + 1);
  adw_combo_row_set_selected (self->priority_row, CL_ASK_PRIORITY_MEDIUM);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (kind_selected_cb),
                           self, G_CONNECT_SWAPPED);
  /* "Cancel" and "Add Ask", not "_Cancel Cancel". */
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
}

ClNegotiationAskDialog *
cl_negotiation_ask_dialog_new (GtkWindow *parent,
                               ClContext *context,
                               ClOffer   *offer)
{
  ClNegotiationAskDialog *self;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_OFFER (offer), NULL);

  self = g_object_new (CL_TYPE_NEGOTIATION_ASK_DIALOG, "hide-on-close", TRUE, NULL);
  /* Destroyed a moment after its response: never after its window. */
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->context = g_object_ref (context);
  self->offer = g_object_ref (offer);

  cl_negotiation_title_money_row (self->amount_row, _ ("Amount"), cl_offer_get_currency (offer));
  cl_negotiation_name_fields (GTK_WIDGET (self->fields));
  kind_selected_cb (self);
  return self;
}
