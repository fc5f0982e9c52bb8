/* cl-negotiation-round-row.c — one round of a negotiation log, edited in place
 *
 * Each field edits a copy of the shared round and hands it to the store;
 * the store updates the shared object, whose notifications bring the saved
 * values back.  The day and the time are saved together: the field left is
 * read as typed, the other as saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-negotiation-round-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-date-row.h"
#include "cl-instant-apply.h"
#include "cl-money.h"
#include "cl-negotiation-fields.h"
#include "cl-negotiation-round-row.h"

/* The numbers that came back: their property and their fields' titles. */
typedef struct
{
  const char *property;
  const char *title;
  const char *short_name;
} Number;

static const Number numbers[] = {
  { "offered-base", N_ ("Base salary offered"), N_ ("Base") },
  { "offered-bonus", N_ ("Bonus offered"), N_ ("Bonus") },
  { "offered-sign-on", N_ ("Sign-on bonus offered"), N_ ("Sign-on") },
  { "offered-equity", N_ ("Equity offered"), N_ ("Equity") },
};

#define N_NUMBERS G_N_ELEMENTS (numbers)

struct _ClNegotiationRoundRow
{
  AdwExpanderRow      parent_instance;

  ClContext          *context;
  ClOffer            *offer;
  ClNegotiationRound *round;
  GPtrArray          *applies;
  ClInstantApply     *day_apply;
  ClInstantApply     *time_apply;
  ClInstantApply     *asked_apply;
  ClInstantApply     *response_apply;
  ClInstantApply     *outcome_apply;
  ClInstantApply     *number_applies[N_NUMBERS];
  char               *heading;

  AdwEntryRow        *day_row;
  AdwEntryRow        *time_row;
  AdwEntryRow        *asked_row;
  AdwEntryRow        *response_row;
  AdwComboRow        *outcome_row;
  AdwEntryRow        *number_rows[N_NUMBERS];
};

enum
{
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ClNegotiationRoundRow, cl_negotiation_round_row, ADW_TYPE_EXPANDER_ROW)

static gint64
get_number (ClNegotiationRound *round,
            guint               index)
{
  gint64 value = -1;

  g_object_get (round, numbers[index].property, &value, NULL);
  return value;
}

char *
cl_negotiation_round_describe_numbers (ClNegotiationRound *round,
                                       const char         *currency)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (round), NULL);

  for (guint i = 0; i < N_NUMBERS; i++)
    {
      g_autofree char *amount = cl_negotiation_format_money (get_number (round, i), currency);

      if (amount != NULL)
        /* Translators: a number that came back in a negotiation, "Base $200,000". */
        g_ptr_array_add (parts, g_strdup_printf (_ ("%s %s"), _ (numbers[i].short_name), amount));
    }
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  /* Translators: separates the numbers that came back in a round. */
  return g_strjoinv (_ (" · "), (char **) parts->pdata);
}

/* Showing ------------------------------------------------------------------ */

static void
show_heading (ClNegotiationRoundRow *self)
{
  g_autofree char *when = cl_negotiation_describe_when (
    cl_negotiation_round_get_happened_at (self->round));
  g_autofree char *numbers_text = cl_negotiation_round_describe_numbers (
    self->round, cl_offer_get_currency (self->offer));
  const char *asked = cl_negotiation_round_get_asked (self->round);
  const char *response = cl_negotiation_round_get_response (self->round);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;

  g_free (self->heading);
  /* Translators: a negotiation round's day and outcome, "Sun 1 Nov 2026, 09:00 · Improved". */
  self->heading = g_strdup_printf (_ ("%s · %s"), when,
                                   cl_negotiation_outcome_get_label (
                                     cl_negotiation_round_get_outcome (self->round)));

  if (asked != NULL && *asked != '\0')
    /* Translators: what the user asked for in a negotiation round. */
    g_ptr_array_add (parts, g_strdup_printf (_ ("Asked: %s"), asked));
  if (response != NULL && *response != '\0')
    /* Translators: what the company answered in a negotiation round. */
    g_ptr_array_add (parts, g_strdup_printf (_ ("Came back: %s"), response));
  if (numbers_text != NULL)
    g_ptr_array_add (parts, g_steal_pointer (&numbers_text));
  if (parts->len == 0)
    g_ptr_array_add (parts, g_strdup (_ ("Nothing written down yet")));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv ("\n", (char **) parts->pdata);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), self->heading);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  cl_a11y_name_expander_row (ADW_EXPANDER_ROW (self), self->heading);
}

static void
show_round (ClNegotiationRoundRow *self)
{
  const char      *currency = cl_offer_get_currency (self->offer);
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  cl_negotiation_format_when (cl_negotiation_round_get_happened_at (self->round), &day, &time);
  cl_instant_apply_show (self->day_apply, day);
  cl_instant_apply_show (self->time_apply, time);
  cl_instant_apply_show (self->asked_apply, cl_negotiation_round_get_asked (self->round));
  cl_instant_apply_show (self->response_apply, cl_negotiation_round_get_response (self->round));
  cl_instant_apply_show_value (self->outcome_apply,
                               cl_negotiation_round_get_outcome (self->round));
  for (guint i = 0; i < N_NUMBERS; i++)
    {
      g_autofree char *amount = cl_negotiation_format_amount (get_number (self->round, i),
                                                              currency);

      cl_negotiation_title_money_row (self->number_rows[i], _ (numbers[i].title), currency);
      cl_instant_apply_show (self->number_applies[i], amount);
    }
  show_heading (self);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save_copy (ClNegotiationRoundRow *self,
           ClNegotiationRound    *copy,
           GError               **error)
{
  /* The store's echo may replace what the row holds meanwhile. */
  g_autoptr(ClNegotiationRoundRow) held = g_object_ref (self);

  return cl_model_validate (CL_MODEL (copy), error) &&
         cl_offer_store_update_negotiation_round (cl_context_get_offer_store (self->context),
                                                  copy, error);
}

static gboolean
save_when (ClNegotiationRoundRow *self,
           AdwEntryRow           *field,
           const char            *text,
           GError               **error)
{
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  g_autoptr(ClNegotiationRound) copy = NULL;
  ClInstantApply *other = field == self->day_row ? self->time_apply : self->day_apply;
  gint64          when;

  cl_negotiation_format_when (cl_negotiation_round_get_happened_at (self->round), &day, &time);
  if (field == self->day_row)
    {
      g_free (day);
      day = g_strdup (text);
    }
  else
    {
      g_free (time);
      time = g_strdup (text);
    }
  if (!cl_negotiation_parse_when (day, time, &when, error))
    return FALSE;

  copy = cl_negotiation_round_copy (self->round);
  g_object_set (copy, "happened-at", when, NULL);
  if (!save_copy (self, copy, error))
    return FALSE;
  /* The other field may have been refused for this one. */
  cl_instant_apply_retry (other);
  return TRUE;
}

static gboolean
save_day_cb (const char *text,
             gpointer    data,
             GError    **error)
{
  ClNegotiationRoundRow *self = data;

  return save_when (self, self->day_row, text, error);
}

static gboolean
save_time_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  ClNegotiationRoundRow *self = data;

  return save_when (self, self->time_row, text, error);
}

static gboolean
save_text (ClNegotiationRoundRow *self,
           const char            *property,
           const char            *text,
           GError               **error)
{
  g_autoptr(ClNegotiationRound) copy = cl_negotiation_round_copy (self->round);

  g_object_set (copy, property, text, NULL);
  return save_copy (self, copy, error);
}

static gboolean
save_asked_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  return save_text (data, "asked", text, error);
}

static gboolean
save_response_cb (const char *text,
                  gpointer    data,
                  GError    **error)
{
  return save_text (data, "response", text, error);
}

static gboolean
save_outcome_cb (guint    value,
                 gpointer data,
                 GError **error)
{
  ClNegotiationRoundRow *self = data;
  g_autoptr(ClNegotiationRound) copy = cl_negotiation_round_copy (self->round);

  g_object_set (copy, "outcome", (ClNegotiationOutcome) value, NULL);
  return save_copy (self, copy, error);
}

/* What a number's helper is given: the row, and which number. */
typedef struct
{
  ClNegotiationRoundRow *self;
  guint                  index;
} NumberField;

static gboolean
check_number_cb (const char *text,
                 gpointer    data,
                 GError    **error)
{
  NumberField *field = data;
  gint64       cents;

  return cl_money_parse (text, cl_offer_get_currency (field->self->offer), &cents, error);
}

static gboolean
save_number_cb (const char *text,
                gpointer    data,
                GError    **error)
{
  NumberField *field = data;
  g_autoptr(ClNegotiationRound) copy = NULL;
  gint64 cents;

  if (!cl_money_parse (text, cl_offer_get_currency (field->self->offer), &cents, error))
    return FALSE;
  copy = cl_negotiation_round_copy (field->self->round);
  g_object_set (copy, numbers[field->index].property, cents, NULL);
  return save_copy (field->self, copy, error);
}

static void
delete_clicked_cb (ClNegotiationRoundRow *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

/* The object --------------------------------------------------------------- */

static void
cl_negotiation_round_row_dispose (GObject *object)
{
  ClNegotiationRoundRow *self = CL_NEGOTIATION_ROUND_ROW (object);

  g_clear_pointer (&self->applies, g_ptr_array_unref);
  g_clear_object (&self->round);
  g_clear_object (&self->offer);
  g_clear_object (&self->context);

  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_NEGOTIATION_ROUND_ROW);

  G_OBJECT_CLASS (cl_negotiation_round_row_parent_class)->dispose (object);
}

static void
cl_negotiation_round_row_finalize (GObject *object)
{
  ClNegotiationRoundRow *self = CL_NEGOTIATION_ROUND_ROW (object);

  g_free (self->heading);

  G_OBJECT_CLASS (cl_negotiation_round_row_parent_class)->finalize (object);
}

static void
cl_negotiation_round_row_class_init (ClNegotiationRoundRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_negotiation_round_row_dispose;
  object_class->finalize = cl_negotiation_round_row_finalize;

  /**
   * ClNegotiationRoundRow::delete-requested:
   *
   * The user asked to delete the round.
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                            0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/offers/cl-negotiation-round-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationRoundRow, day_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationRoundRow, time_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationRoundRow, asked_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationRoundRow, response_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationRoundRow, outcome_row);
  gtk_widget_class_bind_template_child_full (widget_class, "base_row", FALSE,
                                             G_STRUCT_OFFSET (ClNegotiationRoundRow,
                                                              number_rows[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "bonus_row", FALSE,
                                             G_STRUCT_OFFSET (ClNegotiationRoundRow,
                                                              number_rows[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "sign_on_row", FALSE,
                                             G_STRUCT_OFFSET (ClNegotiationRoundRow,
                                                              number_rows[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "equity_row", FALSE,
                                             G_STRUCT_OFFSET (ClNegotiationRoundRow,
                                                              number_rows[3]));
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
}

static ClInstantApply *
add_apply (ClNegotiationRoundRow *self,
           ClInstantApply        *apply)
{
  g_ptr_array_add (self->applies, apply);
  return apply;
}

static void
cl_negotiation_round_row_init (ClNegotiationRoundRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->applies = g_ptr_array_new_with_free_func (g_object_unref);
  cl_negotiation_fill_combo (self->outcome_row, cl_negotiation_outcome_label,
                             CL_NEGOTIATION_OUTCOME_RESCINDED + 1);
  cl_date_row_add_calendar (self->day_row);

  self->day_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->day_row),
                                                                    _ ("The day"), save_day_cb,
                                                                    self, NULL));
  self->time_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->time_row),
                                                                     _ ("The time"),
                                                                     save_time_cb, self, NULL));
  self->asked_apply = add_apply (self, cl_instant_apply_new_for_text (
                                         GTK_WIDGET (self->asked_row), _ ("What you asked"),
                                         save_asked_cb, self, NULL));
  self->response_apply = add_apply (self, cl_instant_apply_new_for_text (
                                            GTK_WIDGET (self->response_row), _ ("The response"),
                                            save_response_cb, self, NULL));
  self->outcome_apply = add_apply (self, cl_instant_apply_new_for_value (
                                           GTK_WIDGET (self->outcome_row), "selected",
                                           _ ("The outcome"), save_outcome_cb, self, NULL));
  for (guint i = 0; i < N_NUMBERS; i++)
    {
      NumberField *field = g_new0 (NumberField, 1);

      field->self = self;
      field->index = i;
      self->number_applies[i] = add_apply (
        self, cl_instant_apply_new_for_text (GTK_WIDGET (self->number_rows[i]),
                                             _ (numbers[i].title), save_number_cb, field, g_free));
      cl_instant_apply_set_check (self->number_applies[i], check_number_cb);
    }
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
}

ClNegotiationRoundRow *
cl_negotiation_round_row_new (ClContext          *context,
                              ClOffer            *offer,
                              ClNegotiationRound *round)
{
  ClNegotiationRoundRow *self;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_OFFER (offer), NULL);
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND (round), NULL);

  self = g_object_new (CL_TYPE_NEGOTIATION_ROUND_ROW, NULL);
  self->context = g_object_ref (context);
  self->offer = g_object_ref (offer);
  self->round = g_object_ref (round);
  g_signal_connect_object (round, "notify", G_CALLBACK (show_round), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (offer, "notify::currency", G_CALLBACK (show_round), self,
                           G_CONNECT_SWAPPED);
  show_round (self);
  cl_negotiation_name_fields (GTK_WIDGET (self));
  return self;
}

ClNegotiationRound *
cl_negotiation_round_row_get_round (ClNegotiationRoundRow *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND_ROW (self), NULL);

  return self->round;
}

GPtrArray *
cl_negotiation_round_row_get_applies (ClNegotiationRoundRow *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND_ROW (self), NULL);

  return self->applies;
}

const char *
cl_negotiation_round_row_get_heading (ClNegotiationRoundRow *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_ROUND_ROW (self), NULL);

  return self->heading;
}
