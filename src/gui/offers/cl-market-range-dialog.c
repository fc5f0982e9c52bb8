/* cl-market-range-dialog.c — the fields of a market range, saved together
 *
 * The fields are read into a copy of the range (a new one for Add) on every
 * keystroke, with cl-money's rules for the percentiles in the currency
 * typed, then checked by the model: its own messages (an address that is
 * not one, the 50th percentile below the 25th) go below the field they are
 * about, in a row of their own.  A required field left empty is not an
 * error yet, only the hint that says what Add needs.  Nothing reaches the
 * store until Add (Save), which hands the copy to it in one transaction;
 * the range's rows follow from the store's announcement.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-market-range-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-application-section.h"
#include "cl-date-row.h"
#include "cl-market-range-dialog.h"
#include "cl-market-range-row.h"
#include "cl-message-row.h"
#include "cl-money.h"
#include "cl-name-picker.h"
#include "cl-row-error.h"
#include "cl-transient.h"

/* The sites the source's picker offers; any other may be typed. */
static const char *const known_sources[] = {
  "Levels.fyi",
  "Glassdoor",
  "Blind",
  "Payscale",
  "LinkedIn Salary",
  "Indeed",
  NULL,
};

typedef enum
{
  FIELD_SOURCE,
  FIELD_URL,
  FIELD_OBSERVED_ON,
  FIELD_ROLE,
  FIELD_LEVEL,
  FIELD_LOCATION,
  FIELD_CURRENCY,
  FIELD_P25,
  FIELD_P50,
  FIELD_P75,
  FIELD_P90,
  N_FIELDS
} FieldId;

/* The range's property each entry row holds. */
static const char *const field_properties[N_FIELDS] = {
  "source",
  "url",
  "observed-on",
  "role",
  "level",
  "location",
  "currency",
  "p25",
  "p50",
  "p75",
  "p90",
};

typedef struct
{
  AdwEntryRow *row;
  GtkWidget   *message_row;
  GtkLabel    *message;
} Field;

struct _ClMarketRangeDialog
{
  AdwWindow       parent_instance;

  ClContext      *context;
  ClMarketRange  *range;         /* the shared one; NULL while adding */
  ClOffer        *offer;         /* opened from it, or NULL */
  gint64          link_offer_id; /* what "For this offer" links to; 0 for none */
  gboolean        filling;       /* the dialog writes the fields, not the user */
  Field           fields[N_FIELDS];

  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  AdwEntryRow    *source_row;
  AdwEntryRow    *url_row;
  GtkWidget      *open_url_button;
  AdwEntryRow    *date_row;
  AdwEntryRow    *role_row;
  AdwEntryRow    *level_row;
  AdwEntryRow    *location_row;
  AdwEntryRow    *currency_row;
  AdwComboRow    *component_row;
  AdwEntryRow    *p25_row;
  AdwEntryRow    *p50_row;
  AdwEntryRow    *p75_row;
  AdwEntryRow    *p90_row;
  GtkWidget      *offer_group;
  AdwActionRow   *offer_row;
  GtkSwitch      *offer_switch;
  GtkLabel       *hint_label;
  GtkLabel       *error_label;
};

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ClMarketRangeDialog, cl_market_range_dialog, ADW_TYPE_WINDOW)

static ClOfferStore *
offer_store (ClMarketRangeDialog *self)
{
  return cl_context_get_offer_store (self->context);
}

static const char *
field_text (ClMarketRangeDialog *self,
            FieldId              id)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->fields[id].row));
}

static void
set_field_message (ClMarketRangeDialog *self,
                   FieldId              id,
                   const char          *message)
{
  Field *field = &self->fields[id];

  cl_row_error_mark (GTK_WIDGET (field->row), message);
  gtk_label_set_text (field->message, message != NULL ? message : "");
  gtk_widget_set_visible (field->message_row, message != NULL);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

static int
field_for_property (const char *property)
{
  for (int i = 0; i < N_FIELDS; i++)
    if (g_strcmp0 (field_properties[i], property) == 0)
      return i;
  return -1;
}

/* The currency typed, as the model keeps it; NULL unless it is a known one
 * (the percentiles are then read without a currency). */
static char *
typed_currency (ClMarketRangeDialog *self)
{
  g_autofree char *code = g_ascii_strup (field_text (self, FIELD_CURRENCY), -1);

  g_strstrip (code);
  return cl_currency_is_known (code) ? g_steal_pointer (&code) : NULL;
}

/* Reading the fields ---------------------------------------------------------- */

/* Reads every field into a copy of the range and shows what is wrong with
 * each; returns the copy when all of it can be saved, else NULL. */
static ClMarketRange *
read_fields (ClMarketRangeDialog *self)
{
  g_autoptr(ClMarketRange) draft = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char  *currency = typed_currency (self);
  g_autofree char  *hint = NULL;
  g_autofree char  *other = NULL;
  char             *messages[N_FIELDS] = { NULL };
  gboolean          ok = TRUE;
  gboolean          url_ok;
  ClMarketComponent component;
  gint64            offer_id;

  draft = self->range != NULL ? cl_market_range_copy (self->range)
                              : cl_market_range_new (NULL, NULL, CL_MARKET_COMPONENT_TOTAL);
  for (int i = FIELD_SOURCE; i <= FIELD_CURRENCY; i++)
    g_object_set (draft, field_properties[i], field_text (self, i), NULL);
  for (int i = FIELD_P25; i <= FIELD_P90; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = -1;

      /* Without a currency they cannot be read: the currency says why. */
      if (currency == NULL)
        value = -1;
      else if (!cl_money_parse (field_text (self, i), currency, &value, &error))
        {
          messages[i] = g_strdup (error->message);
          value = -1;
        }
      g_object_set (draft, field_properties[i], value, NULL);
    }
  component = (ClMarketComponent) adw_combo_row_get_selected (self->component_row);
  offer_id = gtk_switch_get_active (self->offer_switch) ? self->link_offer_id : 0;
  g_object_set (draft, "component", component, "offer-id", offer_id, NULL);

  /* The model's checks, each below its field: the first named is the one
   * at fault (the 50th percentile, when it is below the 25th). */
  problems = cl_model_validate_all (CL_MODEL (draft));
  for (guint i = 0; i < problems->len; i++)
    {
      const GError *problem = g_ptr_array_index (problems, i);
      int           id = field_for_property (cl_validation_error_get_field (problem));

      if (id < 0)
        {
          if (other == NULL)
            other = g_strdup (problem->message);
        }
      else if (g_error_matches (problem, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_REQUIRED))
        {
          /* Not wrong, only missing: the hint says so. */
          if (hint == NULL)
            hint = g_strdup (problem->message);
        }
      else if (messages[id] == NULL)
        messages[id] = g_strdup (problem->message);
      ok = FALSE;
    }

  url_ok = messages[FIELD_URL] == NULL && cl_market_range_get_url (draft) != NULL;
  for (int i = 0; i < N_FIELDS; i++)
    {
      if (messages[i] != NULL)
        ok = FALSE;
      set_field_message (self, i, messages[i]);
      g_free (messages[i]);
    }
  set_label (self->hint_label, hint);
  if (other != NULL)
    set_label (self->error_label, other);

  gtk_widget_set_sensitive (self->save_button, ok);
  if (hint != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->save_button),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->save_button),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_widget_set_sensitive (self->open_url_button, url_ok);
  return ok ? g_steal_pointer (&draft) : NULL;
}

static void
field_changed_cb (ClMarketRangeDialog *self)
{
  g_autoptr(ClMarketRange) draft = NULL;

  if (self->filling)
    return;
  /* What the store said about the last Save is answered by the edit. */
  set_label (self->error_label, NULL);
  draft = read_fields (self);
}

/* Saving ------------------------------------------------------------------------ */

gboolean
cl_market_range_dialog_save (ClMarketRangeDialog *self)
{
  g_autoptr(ClMarketRange) draft = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;
  int      id;

  g_return_val_if_fail (CL_IS_MARKET_RANGE_DIALOG (self), FALSE);

  set_label (self->error_label, NULL);
  draft = read_fields (self);
  if (draft == NULL)
    return FALSE;

  if (self->range != NULL)
    saved = cl_offer_store_update_market_range (offer_store (self), draft, &error);
  else
    saved = cl_offer_store_add_market_range (offer_store (self), draft, &error);
  if (!saved)
    {
      id = field_for_property (cl_validation_error_get_field (error));
      if (id >= 0)
        set_field_message (self, id, error->message);
      else
        set_label (self->error_label, error->message);
      return FALSE;
    }

  /* An added range is the shared one now; an edited one was updated. */
  g_signal_emit (self, signals[SAVED], 0, self->range != NULL ? self->range : draft);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (ClMarketRangeDialog *self)
{
  cl_market_range_dialog_save (self);
}

static void
row_activated_cb (ClMarketRangeDialog *self)
{
  if (gtk_widget_get_sensitive (self->save_button))
    cl_market_range_dialog_save (self);
}

static void
open_url_clicked_cb (ClMarketRangeDialog *self)
{
  g_autofree char *url = g_strstrip (g_strdup (field_text (self, FIELD_URL)));

  /* Through the portal in Flatpak. */
  if (*url != '\0')
    gtk_show_uri (GTK_WINDOW (self), url, GDK_CURRENT_TIME);
}

/* Showing ----------------------------------------------------------------------- */

static void
set_text (ClMarketRangeDialog *self,
          FieldId              id,
          const char          *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->fields[id].row), text != NULL ? text : "");
}

static void
set_amount (ClMarketRangeDialog *self,
            FieldId              id,
            gint64               cents,
            const char          *currency)
{
  g_autofree char *text = cents >= 0 ? cl_money_format_amount (cents, currency) : NULL;

  set_text (self, id, text);
}

/* The offer's title, or else its application's role. */
static const char *
offer_role (ClMarketRangeDialog *self,
            ClOffer             *offer)
{
  ClApplication *application;

  if (cl_offer_get_title (offer) != NULL)
    return cl_offer_get_title (offer);
  application = cl_pipeline_store_find_application (cl_context_get_pipeline_store (self->context),
                                                    cl_offer_get_application_id (offer));
  return application != NULL ? cl_application_get_role (application) : NULL;
}

static void
show_offer_link (ClMarketRangeDialog *self)
{
  gint64   linked = self->range != NULL ? cl_market_range_get_offer_id (self->range) : 0;
  ClOffer *link = NULL;

  /* The offer it was opened from; without one, the offer it is linked to,
   * so that the link can be undone. */
  if (self->offer != NULL)
    link = self->offer;
  else if (linked != 0)
    link = cl_offer_store_find_offer (offer_store (self), linked);

  self->link_offer_id = link != NULL ? cl_offer_get_id (link) : 0;
  gtk_widget_set_visible (self->offer_group, link != NULL);
  if (link != NULL)
    {
      g_autofree char *name = cl_market_describe_offer (self->context, link);

      adw_action_row_set_subtitle (self->offer_row, name);
    }
  gtk_switch_set_active (self->offer_switch, link != NULL && linked == self->link_offer_id);
}

static void
show_range (ClMarketRangeDialog *self)
{
  ClMarketRange *range = self->range;
  const char    *currency;

  self->filling = TRUE;
  if (range != NULL)
    {
      currency = cl_market_range_get_currency (range);
      set_text (self, FIELD_SOURCE, cl_market_range_get_source (range));
      set_text (self, FIELD_URL, cl_market_range_get_url (range));
      set_text (self, FIELD_OBSERVED_ON, cl_market_range_get_observed_on (range));
      set_text (self, FIELD_ROLE, cl_market_range_get_role (range));
      set_text (self, FIELD_LEVEL, cl_market_range_get_level (range));
      set_text (self, FIELD_LOCATION, cl_market_range_get_location (range));
      set_text (self, FIELD_CURRENCY, currency);
      set_amount (self, FIELD_P25, cl_market_range_get_p25 (range), currency);
      set_amount (self, FIELD_P50, cl_market_range_get_p50 (range), currency);
      set_amount (self, FIELD_P75, cl_market_range_get_p75 (range), currency);
      set_amount (self, FIELD_P90, cl_market_range_get_p90 (range), currency);
      adw_combo_row_set_selected (self->component_row, cl_market_range_get_component (range));
    }
  else
    {
      g_autofree char *today = cl_date_format (cl_clock_now (cl_context_get_clock (self->context)));

      /* What the offer it is for says, and the day it is looked up. */
      set_text (self, FIELD_OBSERVED_ON, today);
      if (self->offer != NULL)
        {
          set_text (self, FIELD_CURRENCY, cl_offer_get_currency (self->offer));
          set_text (self, FIELD_ROLE, offer_role (self, self->offer));
          set_text (self, FIELD_LEVEL, cl_offer_get_level (self->offer));
        }
      adw_combo_row_set_selected (self->component_row, CL_MARKET_COMPONENT_TOTAL);
    }
  show_offer_link (self);
  self->filling = FALSE;
  field_changed_cb (self);
}

/* The object -------------------------------------------------------------------- */

static void
cl_market_range_dialog_map (GtkWidget *widget)
{
  ClMarketRangeDialog *self = CL_MARKET_RANGE_DIALOG (widget);

  GTK_WIDGET_CLASS (cl_market_range_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->source_row));
}

static void
cl_market_range_dialog_dispose (GObject *object)
{
  ClMarketRangeDialog *self = CL_MARKET_RANGE_DIALOG (object);

  for (int i = 0; i < N_FIELDS; i++)
    g_clear_object (&self->fields[i].message_row);
  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_MARKET_RANGE_DIALOG);
  g_clear_object (&self->range);
  g_clear_object (&self->offer);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_market_range_dialog_parent_class)->dispose (object);
}

static void
cl_market_range_dialog_class_init (ClMarketRangeDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_market_range_dialog_dispose;
  widget_class->map = cl_market_range_dialog_map;

  /**
   * ClMarketRangeDialog::saved:
   * @range: the shared range, as saved
   *
   * The range was added or saved; the dialog closes next.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, CL_TYPE_MARKET_RANGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/offers/cl-market-range-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ClMarketRangeDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (source_row);
  BIND (url_row);
  BIND (open_url_button);
  BIND (date_row);
  BIND (role_row);
  BIND (level_row);
  BIND (location_row);
  BIND (currency_row);
  BIND (component_row);
  BIND (p25_row);
  BIND (p50_row);
  BIND (p75_row);
  BIND (p90_row);
  BIND (offer_group);
  BIND (offer_row);
  BIND (offer_switch);
  BIND (hint_label);
  BIND (error_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_url_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* Names for a picker: GTK 4.8's GtkStringList says its items are GObjects,
 * which the picker cannot read a "string" from. */
static GListModel *
string_store_new (const char *const *strings)
{
  GListStore *store = g_list_store_new (GTK_TYPE_STRING_OBJECT);

  for (guint i = 0; strings[i] != NULL; i++)
    {
      g_autoptr(GtkStringObject) item = gtk_string_object_new (strings[i]);

      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}

/* A row right below @field's for what is wrong with it: beside it, however
 * narrow the window, and wrapped rather than cut. */
static void
add_message_row (Field *field)
{
  field->message = cl_message_row_add_below (GTK_LIST_BOX_ROW (field->row), &field->message_row);
  g_object_ref (field->message_row);
  gtk_widget_set_visible (field->message_row, FALSE);
}

static void
cl_market_range_dialog_init (ClMarketRangeDialog *self)
{
  g_autoptr(GtkStringList) components = gtk_string_list_new (NULL);
  g_autoptr(GListModel) sources = string_store_new (known_sources);
  g_autoptr(GListModel) currencies = string_store_new (cl_currency_get_codes ());

  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields[FIELD_SOURCE].row = self->source_row;
  self->fields[FIELD_URL].row = self->url_row;
  self->fields[FIELD_OBSERVED_ON].row = self->date_row;
  self->fields[FIELD_ROLE].row = self->role_row;
  self->fields[FIELD_LEVEL].row = self->level_row;
  self->fields[FIELD_LOCATION].row = self->location_row;
  self->fields[FIELD_CURRENCY].row = self->currency_row;
  self->fields[FIELD_P25].row = self->p25_row;
  self->fields[FIELD_P50].row = self->p50_row;
  self->fields[FIELD_P75].row = self->p75_row;
  self->fields[FIELD_P90].row = self->p90_row;
  for (int i = 0; i < N_FIELDS; i++)
    {
      add_message_row (&self->fields[i]);
      g_signal_connect_object (self->fields[i].row, "changed", G_CALLBACK (field_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->fields[i].row, "entry-activated",
                               G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);
    }

  for (int i = CL_MARKET_COMPONENT_TOTAL; i <= CL_MARKET_COMPONENT_EQUITY; i++)
    gtk_string_list_append (components, cl_market_component_get_label (i));
  adw_combo_row_set_model (self->component_row, G_LIST_MODEL (components));
  g_signal_connect_object (self->component_row, "notify::selected",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);

  cl_name_picker_add (self->source_row, sources, "string", _ ("Choose a Site"));
  cl_name_picker_add (self->currency_row, currencies, "string",
                      _ ("Choose a Currency"));
  cl_date_row_add_calendar (self->date_row);

  cl_application_section_name_fields (GTK_WIDGET (self));
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
}

ClMarketRangeDialog *
cl_market_range_dialog_new (GtkWindow     *parent,
                            ClContext     *context,
                            ClMarketRange *range,
                            ClOffer       *offer)
{
  ClMarketRangeDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (range == NULL || CL_IS_MARKET_RANGE (range), NULL);
  g_return_val_if_fail (offer == NULL || CL_IS_OFFER (offer), NULL);

  self = g_object_new (CL_TYPE_MARKET_RANGE_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->range = range != NULL ? g_object_ref (range) : NULL;
  self->offer = offer != NULL ? g_object_ref (offer) : NULL;
  cl_transient_set_parent (GTK_WINDOW (self), parent);

  adw_window_title_set_title (self->window_title,
                              range != NULL ? _ ("Market Range") : _ ("New Market Range"));
  gtk_button_set_label (GTK_BUTTON (self->save_button), range != NULL ? _ ("_Save") : _ ("_Add"));
  gtk_window_set_title (GTK_WINDOW (self),
                        range != NULL ? _ ("Market Range") : _ ("New Market Range"));
  show_range (self);
  return self;
}
