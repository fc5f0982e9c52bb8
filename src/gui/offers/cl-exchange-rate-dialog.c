/* cl-exchange-rate-dialog.c — asks for an exchange rate and its date, and saves
 *
 * Four fields: the two currencies (ISO 4217 codes from the built-in list),
 * the rate (how many units of the second one unit of the first buys, up to
 * six decimals) and the day it was seen.  Each is checked as it is typed,
 * and what is wrong is said right below it (and told to screen readers);
 * Save stays off until all four hold something valid, so nothing invalid
 * is saved.  When the store still refuses, the dialog stays open with what
 * was typed and the reason below the field at fault.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-exchange-rate-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cl-a11y.h"
#include "cl-date-row.h"
#include "cl-exchange-rate-dialog.h"
#include "cl-message-row.h"
#include "cl-money.h"
#include "cl-row-error.h"
#include "cl-transient.h"
#include "cl-validation.h"

typedef enum
{
  FIELD_FROM,
  FIELD_TO,
  FIELD_RATE,
  FIELD_DAY,
  N_FIELDS
} Field;

/* The model's property each field sets, as store errors name them. */
static const char *const field_properties[N_FIELDS] = {
  "from-currency",
  "to-currency",
  "rate",
  "observed-on",
};

struct _ClExchangeRateDialog
{
  AdwMessageDialog parent_instance;

  ClOfferStore    *store;
  ClExchangeRate  *rate; /* the shared one being edited, or NULL */
  guint            focus_source;

  GtkListBox      *fields;
  AdwEntryRow     *rows[N_FIELDS];
  GtkWidget       *message_rows[N_FIELDS];
  GtkLabel        *messages[N_FIELDS];
  GtkLabel        *hint_label;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (ClExchangeRateDialog, cl_exchange_rate_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* Checking ----------------------------------------------------------------- */

static char *
field_text (ClExchangeRateDialog *self,
            Field                 field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rows[field]))));
}

/* A currency as saved: "eur" is EUR. */
static char *
currency_text (ClExchangeRateDialog *self,
               Field                 field)
{
  g_autofree char *text = field_text (self, field);

  return g_ascii_strup (text, -1);
}

/* Whether @field holds a valid value; FALSE with @error set when what it
 * holds is wrong, FALSE without when it is empty (or a currency still
 * being typed). */
static gboolean
check_field (ClExchangeRateDialog *self,
             Field                 field,
             GError              **error)
{
  g_autofree char *text = field_text (self, field);
  gint64           value = 0;

  if (*text == '\0')
    return FALSE;

  switch (field)
    {
    case FIELD_FROM:
    case FIELD_TO:
      {
        g_autofree char *code = currency_text (self, field);
        g_autofree char *other = currency_text (self, field == FIELD_FROM ? FIELD_TO : FIELD_FROM);
        gboolean         letters = TRUE;

        for (const char *p = code; *p != '\0'; p++)
          letters &= g_ascii_isalpha (*p);
        /* "EU" on its way to "EUR" is not wrong yet. */
        if (letters && strlen (code) < 3)
          return FALSE;
        if (!cl_currency_check (code, error))
          return FALSE;
        if (field == FIELD_TO && g_str_equal (code, other))
          {
            g_set_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_INCONSISTENT,
                         /* Translators: %s is a currency code, "EUR" */
                         _ ("A rate converts one currency into another: choose one other "
                            "than %s."),
                         code);
            return FALSE;
          }
        return TRUE;
      }
    case FIELD_RATE:
      return cl_rate_parse (text, &value, error) && value > 0;
    case FIELD_DAY:
      return cl_date_parse (text, field_properties[FIELD_DAY], &value, error) && value != 0;
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

static void
show_message (ClExchangeRateDialog *self,
              Field                 field,
              const char           *message)
{
  cl_row_error_mark (GTK_WIDGET (self->rows[field]), message);
  gtk_label_set_text (self->messages[field], message != NULL ? message : "");
  gtk_widget_set_visible (self->message_rows[field], message != NULL);
}

/* Save is on once every field holds a valid value; until then the hint says
 * what is missing, and each wrong field says why. */
static void
update (ClExchangeRateDialog *self)
{
  gboolean    complete = TRUE;
  gboolean    missing = FALSE;
  const char *hint = NULL;

  for (guint f = 0; f < N_FIELDS; f++)
    {
      g_autoptr(GError) error = NULL;

      if (check_field (self, f, &error))
        show_message (self, f, NULL);
      else
        {
          complete = FALSE;
          missing |= error == NULL;
          show_message (self, f, error != NULL ? error->message : NULL);
        }
    }
  /* What is wrong says so beside it; what is missing, here. */
  if (missing)
    hint = _ ("Enter both currencies, the rate and the day it was seen to save it.");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", complete);
  gtk_label_set_text (self->hint_label, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hint != NULL);
}

static void
field_changed_cb (ClExchangeRateDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  update (self);
}

static void
field_activated_cb (ClExchangeRateDialog *self,
                    AdwEntryRow          *row)
{
  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), "save"))
    {
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "save");
      return;
    }
  /* On to the next field. */
  for (guint f = 0; f + 1 < N_FIELDS; f++)
    if (self->rows[f] == row)
      gtk_widget_grab_focus (GTK_WIDGET (self->rows[f + 1]));
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save (ClExchangeRateDialog *self,
      GError              **error)
{
  g_autofree char *from = currency_text (self, FIELD_FROM);
  g_autofree char *to = currency_text (self, FIELD_TO);
  g_autofree char *day = field_text (self, FIELD_DAY);
  g_autofree char *rate_text = field_text (self, FIELD_RATE);
  g_autoptr(ClExchangeRate) rate = NULL;
  gint64 micro = 0;

  if (!cl_rate_parse (rate_text, &micro, error))
    return FALSE;
  if (self->rate == NULL)
    {
      rate = cl_exchange_rate_new (from, to, micro, day);
      return cl_offer_store_add_exchange_rate (self->store, rate, error);
    }
  rate = cl_exchange_rate_copy (self->rate);
  g_object_set (rate, "from-currency", from, "to-currency", to, "rate", micro, "observed-on", day,
                NULL);
  return cl_offer_store_update_exchange_rate (self->store, rate, error);
}

static void
focus_row (AdwEntryRow *row)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  /* Without selecting: a refused value is to be corrected, not replaced. */
  if (GTK_IS_TEXT (text))
    gtk_text_grab_focus_without_selecting (GTK_TEXT (text));
  else
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Says why the store refused, below the field it names, or below them all. */
static void
show_refusal (ClExchangeRateDialog *self,
              const GError         *error)
{
  for (guint f = 0; f < N_FIELDS; f++)
    if (cl_validation_error_is_about (error, field_properties[f]))
      {
        show_message (self, f, error->message);
        focus_row (self->rows[f]);
        return;
      }
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* AdwMessageDialog closes itself before ::response; it only hides, so a
 * refused save shows it again with what was typed. */
static void
cl_exchange_rate_dialog_response (AdwMessageDialog *dialog,
                                  const char       *response)
{
  ClExchangeRateDialog *self = CL_EXCHANGE_RATE_DIALOG (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") == 0 && !save (self, &error))
    {
      gtk_window_present (GTK_WINDOW (self));
      show_refusal (self, error);
      return;
    }
  cl_transient_destroy_soon (GTK_WINDOW (self));
}

/* Focus -------------------------------------------------------------------- */

/* The first field to fill in, or the rate when all are. */
static AdwEntryRow *
first_field (ClExchangeRateDialog *self)
{
  for (guint f = 0; f < N_FIELDS; f++)
    if (!check_field (self, f, NULL))
      return self->rows[f];
  return self->rows[FIELD_RATE];
}

/* The dialog may give the focus to a button as it shows itself: take it
 * back, unless the user already moved it to a field. */
static gboolean
focus_idle_cb (gpointer data)
{
  ClExchangeRateDialog *self = data;
  GtkWidget            *focus = gtk_window_get_focus (GTK_WINDOW (self));

  self->focus_source = 0;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->fields)))
    focus_row (first_field (self));
  return G_SOURCE_REMOVE;
}

static void
cl_exchange_rate_dialog_map (GtkWidget *widget)
{
  ClExchangeRateDialog *self = CL_EXCHANGE_RATE_DIALOG (widget);

  GTK_WIDGET_CLASS (cl_exchange_rate_dialog_parent_class)->map (widget);
  focus_row (first_field (self));
  g_clear_handle_id (&self->focus_source, g_source_remove);
  self->focus_source = g_idle_add (focus_idle_cb, self);
}

static void
cl_exchange_rate_dialog_unmap (GtkWidget *widget)
{
  ClExchangeRateDialog *self = CL_EXCHANGE_RATE_DIALOG (widget);

  g_clear_handle_id (&self->focus_source, g_source_remove);
  GTK_WIDGET_CLASS (cl_exchange_rate_dialog_parent_class)->unmap (widget);
}

/* Class -------------------------------------------------------------------- */

static void
cl_exchange_rate_dialog_dispose (GObject *object)
{
  ClExchangeRateDialog *self = CL_EXCHANGE_RATE_DIALOG (object);

  g_clear_handle_id (&self->focus_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_EXCHANGE_RATE_DIALOG);
  g_clear_object (&self->rate);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cl_exchange_rate_dialog_parent_class)->dispose (object);
}

static void
cl_exchange_rate_dialog_class_init (ClExchangeRateDialogClass *klass)
{
  GObjectClass          *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass        *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cl_exchange_rate_dialog_dispose;
  widget_class->map = cl_exchange_rate_dialog_map;
  widget_class->unmap = cl_exchange_rate_dialog_unmap;
  dialog_class->response = cl_exchange_rate_dialog_response;

  g_type_ensure (CL_TYPE_MESSAGE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/offers/cl-exchange-rate-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ClExchangeRateDialog, fields);
  gtk_widget_class_bind_template_child_full (widget_class, "from_row", FALSE,
                                             G_STRUCT_OFFSET (ClExchangeRateDialog,
                                                              rows[FIELD_FROM]));
  gtk_widget_class_bind_template_child_full (widget_class, "to_row", FALSE,
                                             G_STRUCT_OFFSET (ClExchangeRateDialog,
                                                              rows[FIELD_TO]));
  gtk_widget_class_bind_template_child_full (widget_class, "rate_row", FALSE,
                                             G_STRUCT_OFFSET (ClExchangeRateDialog,
                                                              rows[FIELD_RATE]));
  gtk_widget_class_bind_template_child_full (widget_class, "day_row", FALSE,
                                             G_STRUCT_OFFSET (ClExchangeRateDialog,
                                                              rows[FIELD_DAY]));
  gtk_widget_class_bind_template_child_full (widget_class, "from_message_row", FALSE,
                                             G_STRUCT_OFFSET (ClExchangeRateDialog,
                                                              message_rows[FIELD_FROM]));
  gtk_widget_class_bind_template_child_full (widget_class, "to_message_row", FALSE,
                                             G_STRUCT_OFFSET (ClExchangeRateDialog,
                                                              message_rows[FIELD_TO]));
  gtk_widget_class_bind_template_child_full (widget_class, "rate_message_row", FALSE,
                                             G_STRUCT_OFFSET (ClExchangeRateDialog,
                                                              message_rows[FIELD_RATE]));
  gtk_widget_class_bind_template_child_full (widget_class, "day_message_row", FALSE,
                                             G_STRUCT_OFFSET (ClExchangeRateDialog,
                                                              message_rows[FIELD_DAY]));
  gtk_widget_class_bind_template_child_full (widget_class, "from_message", FALSE,
                                             G_STRUCT_OFFSET (ClExchangeRateDialog,
                                                              messages[FIELD_FROM]));
  gtk_widget_class_bind_template_child_full (widget_class, "to_message", FALSE,
                                             G_STRUCT_OFFSET (ClExchangeRateDialog,
                                                              messages[FIELD_TO]));
  gtk_widget_class_bind_template_child_full (widget_class, "rate_message", FALSE,
                                             G_STRUCT_OFFSET (ClExchangeRateDialog,
                                                              messages[FIELD_RATE]));
  gtk_widget_class_bind_template_child_full (widget_class, "day_message", FALSE,
                                             G_STRUCT_OFFSET (ClExchangeRateDialog,
                                                              messages[FIELD_DAY]));
  gtk_widget_class_bind_template_child (widget_class, ClExchangeRateDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, ClExchangeRateDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_activated_cb);
}

static void
cl_exchange_rate_dialog_init (ClExchangeRateDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* libadwaita 1.2 leaves an entry row's text field unnamed: give each the
   * title of its row. */
  for (guint f = 0; f < N_FIELDS; f++)
    {
      AdwPreferencesRow *row = ADW_PREFERENCES_ROW (self->rows[f]);
      g_autofree char   *title = cl_a11y_strip_mnemonic (adw_preferences_row_get_title (row));

      gtk_accessible_update_property (
        GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (self->rows[f]))),
        GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
    }
  cl_date_row_add_calendar (self->rows[FIELD_DAY]);
  /* "Cancel" and "Save", not "_Cancel Cancel". */
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  update (self);
}

ClExchangeRateDialog *
cl_exchange_rate_dialog_new (GtkWindow      *parent,
                             ClOfferStore   *store,
                             ClExchangeRate *rate)
{
  ClExchangeRateDialog *self;

  g_return_val_if_fail (CL_IS_OFFER_STORE (store), NULL);
  g_return_val_if_fail (rate == NULL || CL_IS_EXCHANGE_RATE (rate), NULL);

  self = g_object_new (CL_TYPE_EXCHANGE_RATE_DIALOG, "hide-on-close", TRUE, NULL);
  /* Destroyed a moment after its response: never after its window. */
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->store = g_object_ref (store);
  if (rate != NULL)
    {
      g_autofree char *text = cl_rate_format (cl_exchange_rate_get_rate (rate));

      self->rate = g_object_ref (rate);
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _ ("Edit Exchange Rate"));
      gtk_editable_set_text (GTK_EDITABLE (self->rows[FIELD_FROM]),
                             cl_exchange_rate_get_from_currency (rate));
      gtk_editable_set_text (GTK_EDITABLE (self->rows[FIELD_TO]),
                             cl_exchange_rate_get_to_currency (rate));
      gtk_editable_set_text (GTK_EDITABLE (self->rows[FIELD_RATE]), text);
      gtk_editable_set_text (GTK_EDITABLE (self->rows[FIELD_DAY]),
                             cl_exchange_rate_get_observed_on (rate));
    }
  return self;
}

void
cl_exchange_rate_dialog_set_pair (ClExchangeRateDialog *self,
                                  const char           *from_currency,
                                  const char           *to_currency)
{
  g_return_if_fail (CL_IS_EXCHANGE_RATE_DIALOG (self));

  if (from_currency != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->rows[FIELD_FROM]), from_currency);
  if (to_currency != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->rows[FIELD_TO]), to_currency);
}

void
cl_exchange_rate_dialog_set_day (ClExchangeRateDialog *self,
                                 const char           *day)
{
  g_return_if_fail (CL_IS_EXCHANGE_RATE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->rows[FIELD_DAY]), day != NULL ? day : "");
}
