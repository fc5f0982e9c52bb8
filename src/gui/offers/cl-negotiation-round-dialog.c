/* cl-negotiation-round-dialog.c — logs one round of a negotiation
 *
 * The keyboard starts on What you asked (the day and time say now).  Every
 * field that takes a number or a moment is read as typed: while one cannot
 * be, the reason shows under it and "Log Round" waits.  The switch decides
 * whether the numbers also become the offer's terms (the store records the
 * terms before and after as revisions).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-negotiation-round-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-date-row.h"
#include "cl-dialog-focus.h"
#include "cl-money.h"
#include "cl-negotiation-fields.h"
#include "cl-negotiation-round-dialog.h"
#include "cl-transient.h"

#define N_NUMBERS 4

/* The round's properties of the numbers, in the order of number_rows. */
static const char *const number_properties[N_NUMBERS] = {
  "offered-base",
  "offered-bonus",
  "offered-sign-on",
  "offered-equity",
};

static const char *const number_titles[N_NUMBERS] = {
  N_ ("Base salary"),
  N_ ("Bonus"),
  N_ ("Sign-on bonus"),
  N_ ("Equity grant"),
};

struct _ClNegotiationRoundDialog
{
  AdwMessageDialog parent_instance;

  ClContext       *context;
  ClOffer         *offer;
  GtkWidget       *focus_row; /* where the keyboard goes when the dialog shows */

  GtkBox          *content;
  AdwEntryRow     *day_row;
  AdwEntryRow     *time_row;
  AdwEntryRow     *asked_row;
  AdwEntryRow     *response_row;
  AdwComboRow     *outcome_row;
  AdwEntryRow     *number_rows[N_NUMBERS];
  GtkSwitch       *apply_switch;
  GtkLabel        *error_label;
};

enum
{
  ROUND_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ClNegotiationRoundDialog, cl_negotiation_round_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Reads every field, marking those that cannot be read; FALSE when one
 * cannot.  @round (may be NULL) gets the values. */
static gboolean
read_fields (ClNegotiationRoundDialog *self,
             ClNegotiationRound      **out_round)
{
  g_autoptr(GError) when_error = NULL;
  gboolean readable = TRUE;
  gint64   when = 0;
  gint64   amounts[N_NUMBERS];

  if (cl_negotiation_parse_when (text_of (self->day_row), text_of (self->time_row), &when,
                                 &when_error))
    {
      cl_negotiation_show_problem (GTK_WIDGET (self->day_row), NULL);
      cl_negotiation_show_problem (GTK_WIDGET (self->time_row), NULL);
    }
  else
    {
      gboolean about_time = cl_validation_error_is_about (when_error, "time");

      cl_negotiation_show_problem (GTK_WIDGET (self->day_row),
                                   about_time ? NULL : when_error->message);
      cl_negotiation_show_problem (GTK_WIDGET (self->time_row),
                                   about_time ? when_error->message : NULL);
      readable = FALSE;
    }

  for (guint i = 0; i < N_NUMBERS; i++)
    {
      g_autoptr(GError) error = NULL;

      if (cl_money_parse (text_of (self->number_rows[i]), cl_offer_get_currency (self->offer),
                          &amounts[i], &error))
        {
          cl_negotiation_show_problem (GTK_WIDGET (self->number_rows[i]), NULL);
        }
      else
        {
          cl_negotiation_show_problem (GTK_WIDGET (self->number_rows[i]), error->message);
          readable = FALSE;
        }
    }

  if (!readable || out_round == NULL)
    return readable;

  *out_round = cl_negotiation_round_new (when);
  g_object_set (*out_round, "asked", text_of (self->asked_row), "response",
                text_of (self->response_row), "outcome",
                (ClNegotiationOutcome) adw_combo_row_get_selected (self->outcome_row), NULL);
  for (guint i = 0; i < N_NUMBERS; i++)
    g_object_set (*out_round, number_properties[i], amounts[i], NULL);
  return TRUE;
}

static void
field_changed_cb (ClNegotiationRoundDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "log",
                                           read_fields (self, NULL));
}

static void
field_activated_cb (ClNegotiationRoundDialog *self)
{
  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), "log"))
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "log");
}

/* Focus -------------------------------------------------------------------- */

/* The row with a refused value, or else the first. */
static GtkWidget *
pick_field (GtkWidget *dialog)
{
  ClNegotiationRoundDialog *self = CL_NEGOTIATION_ROUND_DIALOG (dialog);

  return self->focus_row != NULL ? self->focus_row : GTK_WIDGET (self->asked_row);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save (ClNegotiationRoundDialog *self,
      GError                  **error)
{
  g_autoptr(ClNegotiationRound) round = NULL;

  if (!read_fields (self, &round))
    {
      g_set_error_literal (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_FORMAT,
                           _ ("Correct the fields marked above to log the round."));
      return FALSE;
    }
  if (!cl_model_validate (CL_MODEL (round), error) ||
      !cl_offer_store_add_negotiation_round (cl_context_get_offer_store (self->context),
                                             cl_offer_get_id (self->offer), round,
                                             gtk_switch_get_active (self->apply_switch), error))
    return FALSE;

  g_signal_emit (self, signals[ROUND_ADDED], 0, round);
  return TRUE;
}

/* AdwMessageDialog closes itself before ::response.  The dialog hides on
 * close, so a refused round can show it again with what was typed. */
static void
cl_negotiation_round_dialog_response (AdwMessageDialog *dialog,
                                      const char       *response)
{
  ClNegotiationRoundDialog *self = CL_NEGOTIATION_ROUND_DIALOG (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "log") == 0 && !save (self, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_window_present (GTK_WINDOW (self));
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        cl_dialog_focus_row (pick_field (GTK_WIDGET (self)));
      return;
    }

  cl_transient_destroy_soon (GTK_WINDOW (self));
}

/* The object --------------------------------------------------------------- */

static void
cl_negotiation_round_dialog_dispose (GObject *object)
{
  ClNegotiationRoundDialog *self = CL_NEGOTIATION_ROUND_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_NEGOTIATION_ROUND_DIALOG);
  g_clear_object (&self->offer);
  g_clear_object (&self->context);
  self->focus_row = NULL;

  G_OBJECT_CLASS (cl_negotiation_round_dialog_parent_class)->dispose (object);
}

static void
cl_negotiation_round_dialog_class_init (ClNegotiationRoundDialogClass *klass)
{
  GObjectClass          *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass        *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cl_negotiation_round_dialog_dispose;
  dialog_class->response = cl_negotiation_round_dialog_response;

  /**
   * ClNegotiationRoundDialog::round-added:
   * @round: the new round, the store's shared object
   */
  signals[ROUND_ADDED] = g_signal_new ("round-added", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                       CL_TYPE_NEGOTIATION_ROUND);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/offers/cl-negotiation-round-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationRoundDialog, content);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationRoundDialog, day_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationRoundDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationRoundDialog, asked_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationRoundDialog, response_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationRoundDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationRoundDialog, apply_switch);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationRoundDialog, error_label);
  gtk_widget_class_bind_template_child_full (widget_class, "base_row", FALSE,
                                             G_STRUCT_OFFSET (ClNegotiationRoundDialog,
                                                              number_rows[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "bonus_row", FALSE,
                                             G_STRUCT_OFFSET (ClNegotiationRoundDialog,
                                                              number_rows[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "sign_on_row", FALSE,
                                             G_STRUCT_OFFSET (ClNegotiationRoundDialog,
                                                              number_rows[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "equity_row", FALSE,
                                             G_STRUCT_OFFSET (ClNegotiationRoundDialog,
                                                              number_rows[3]));
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_activated_cb);
}

static void
cl_negotiation_round_dialog_init (ClNegotiationRoundDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cl_dialog_focus_on_map (GTK_WIDGET (self), GTK_WIDGET (self->content), pick_field);

  cl_negotiation_fill_combo (self->outcome_row, cl_negotiation_outcome_label,
                             CL_NEGOTIATION_OUTCOME_RESCINDED + 1);
  cl_date_row_add_calendar (self->day_row);
  /* "Cancel" and "Log Round", not "_Cancel Cancel". */
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
}

ClNegotiationRoundDialog *
cl_negotiation_round_dialog_new (GtkWindow *parent,
                                 ClContext *context,
                                 ClOffer   *offer)
{
  ClNegotiationRoundDialog *self;
  g_autofree char          *day = NULL;
  g_autofree char          *time = NULL;
  const char               *currency;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_OFFER (offer), NULL);

  self = g_object_new (CL_TYPE_NEGOTIATION_ROUND_DIALOG, "hide-on-close", TRUE, NULL);
  /* Destroyed a moment after its response: never after its window. */
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->context = g_object_ref (context);
  self->offer = g_object_ref (offer);

  currency = cl_offer_get_currency (offer);
  for (guint i = 0; i < N_NUMBERS; i++)
    cl_negotiation_title_money_row (self->number_rows[i], _ (number_titles[i]), currency);
  cl_negotiation_format_when (cl_clock_now (cl_context_get_clock (context)), &day, &time);
  gtk_editable_set_text (GTK_EDITABLE (self->day_row), day);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  cl_negotiation_name_fields (GTK_WIDGET (self->content));
  return self;
}
