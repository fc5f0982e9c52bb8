/* cl-new-offer-dialog.c — asks which application, currency and base salary, and adds the offer
 *
 * The applications on the board are listed those at an offer stage first,
 * those without an offer yet before the others;
 * typing in the search row keeps those whose company or role holds the
 * text.  Choosing one fills in its salary currency and highest salary
 * (or the currency of the last offer), unless the user typed their own.
 * Each field is read as it is typed, with the same rules as the offer
 * editor, and says what is wrong right below itself; Add is enabled once
 * everything reads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-new-offer-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-dialog-focus.h"
#include "cl-message-row.h"
#include "cl-money.h"
#include "cl-new-offer-dialog.h"
#include "cl-offer-fields.h"
#include "cl-row-error.h"
#include "cl-transient.h"

/* When nothing says which currency. */
#define FALLBACK_CURRENCY "USD"

struct _ClNewOfferDialog
{
  AdwMessageDialog    parent_instance;

  ClContext          *context;
  GtkFilterListModel *applications;
  GtkStringFilter    *filter;
  GHashTable         *with_offers; /* ids of the applications with an offer */
  gboolean            filling;     /* the dialog writes the fields, not the user */
  gboolean            currency_typed;
  gboolean            base_typed;

  GtkListBox         *fields;
  AdwEntryRow        *search_row;
  AdwComboRow        *application_row;
  GtkWidget          *application_message_row;
  GtkLabel           *application_message;
  AdwEntryRow        *currency_row;
  GtkWidget          *currency_message_row;
  GtkLabel           *currency_message;
  AdwEntryRow        *base_row;
  GtkWidget          *base_message_row;
  GtkLabel           *base_message;
  GtkLabel           *hint_label;
  GtkLabel           *error_label;
};

G_DEFINE_FINAL_TYPE (ClNewOfferDialog, cl_new_offer_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  OFFER_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The applications --------------------------------------------------------- */

/* "Deep Lattice — ML Engineer", what the combo shows and the search reads. */
static char *
application_label_cb (ClApplication *application,
                      gpointer       user_data)
{
  if (application == NULL)
    return NULL;
  /* Translators: an application in a list, "Deep Lattice — ML Engineer". */
  return g_strdup_printf (_ ("%s — %s"), cl_application_get_company_name (application),
                          cl_application_get_role (application));
}

/* How likely an offer is for @application: 2 at an offer stage without an
 * offer yet, 1 at an offer stage, 0 elsewhere. */
static int
rank (ClNewOfferDialog *self,
      ClApplication    *application)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (self->context);
  gint64           id = cl_application_get_id (application);
  ClStage         *stage;

  stage = cl_pipeline_store_find_stage (store, cl_application_get_stage_id (application));
  if (stage == NULL || cl_stage_get_milestone (stage) != CL_MILESTONE_OFFER)
    return 0;
  return g_hash_table_contains (self->with_offers, &id) ? 1 : 2;
}

static int
compare_applications (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  ClNewOfferDialog *self = user_data;
  ClApplication    *x = CL_APPLICATION ((gpointer) a);
  ClApplication    *y = CL_APPLICATION ((gpointer) b);
  int               x_rank = rank (self, x);
  int               y_rank = rank (self, y);
  int               result;

  if (x_rank != y_rank)
    return y_rank - x_rank;
  result = g_utf8_collate (cl_application_get_company_name (x),
                           cl_application_get_company_name (y));
  if (result != 0)
    return result;
  return g_utf8_collate (cl_application_get_role (x), cl_application_get_role (y));
}

static ClApplication *
selected_application (ClNewOfferDialog *self)
{
  return adw_combo_row_get_selected_item (self->application_row);
}

/* Messages ----------------------------------------------------------------- */

static void
set_message (GtkWidget  *row,
             GtkWidget  *message_row,
             GtkLabel   *label,
             const char *message)
{
  cl_row_error_mark (row, message);
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (message_row, message != NULL);
}

static char *
typed_currency (ClNewOfferDialog *self)
{
  g_autofree char *code = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)),
                                         -1);

  return g_strstrip (g_steal_pointer (&code));
}

/* Reads the fields; sets @out_base and @out_currency when all is well. */
static gboolean
read_fields (ClNewOfferDialog *self,
             gint64           *out_base,
             char            **out_currency)
{
  g_autofree char *currency = typed_currency (self);
  g_autoptr(GError) currency_error = NULL;
  g_autoptr(GError) base_error = NULL;
  g_autofree char *application_problem = NULL;
  const char      *hint = NULL;
  const char      *search = gtk_editable_get_text (GTK_EDITABLE (self->search_row));
  gboolean         currency_ok;
  gint64           base = -1;
  gboolean         base_ok = FALSE;

  if (selected_application (self) == NULL)
    {
      if (*search != '\0')
        /* Translators: nothing matches what was typed in the search row. */
        application_problem = g_strdup_printf (_ ("No application on the board matches “%s”."),
                                               search);
      else
        hint = _ ("Add the application to the board first: an offer belongs to one.");
    }
  set_message (GTK_WIDGET (self->application_row), self->application_message_row,
               self->application_message, application_problem);

  currency_ok = cl_currency_check (currency, &currency_error);
  set_message (GTK_WIDGET (self->currency_row), self->currency_message_row,
               self->currency_message, currency_ok ? NULL : currency_error->message);

  if (cl_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->base_row)),
                      currency_ok ? currency : NULL, &base, &base_error))
    {
      base_ok = base >= 0;
      if (!base_ok && hint == NULL)
        hint = _ ("Enter the base salary to add the offer.");
      set_message (GTK_WIDGET (self->base_row), self->base_message_row, self->base_message, NULL);
    }
  else
    {
      set_message (GTK_WIDGET (self->base_row), self->base_message_row, self->base_message,
                   base_error->message);
    }

  gtk_label_set_text (self->hint_label, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hint != NULL);

  if (selected_application (self) == NULL || !currency_ok || !base_ok)
    return FALSE;
  if (out_base != NULL)
    *out_base = base;
  if (out_currency != NULL)
    *out_currency = g_steal_pointer (&currency);
  return TRUE;
}

static void
update_add (ClNewOfferDialog *self)
{
  gboolean ok = read_fields (self, NULL, NULL);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", ok);
}

/* Defaults ----------------------------------------------------------------- */

/* The currency of the offer received last, or NULL. */
static const char *
last_currency (ClNewOfferDialog *self)
{
  GListModel *offers = cl_offer_store_get_offers (cl_context_get_offer_store (self->context));
  const char *currency = NULL;
  gint64      latest = G_MININT64;

  for (guint i = 0; i < g_list_model_get_n_items (offers); i++)
    {
      g_autoptr(ClOffer) offer = g_list_model_get_item (offers, i);

      if (cl_offer_get_received_at (offer) >= latest)
        {
          latest = cl_offer_get_received_at (offer);
          currency = cl_offer_get_currency (offer);
        }
    }
  return currency;
}

static void
fill_defaults (ClNewOfferDialog *self)
{
  ClApplication *application = selected_application (self);
  const char    *currency = application != NULL ? cl_application_get_salary_currency (application)
                                                : NULL;

  if (currency == NULL || !cl_currency_is_known (currency))
    currency = last_currency (self);
  if (currency == NULL)
    currency = FALLBACK_CURRENCY;

  self->filling = TRUE;
  if (!self->currency_typed)
    gtk_editable_set_text (GTK_EDITABLE (self->currency_row), currency);
  if (!self->base_typed)
    {
      gint64           salary = application != NULL ? cl_application_get_salary_max (application)
                                                    : -1;
      g_autofree char *text = NULL;

      /* The application's salaries are whole units. */
      if (salary > 0 && salary <= CL_MONEY_MAX_CENTS / 100)
        {
          g_autofree char *code = typed_currency (self);

          text = cl_money_format_amount (salary * 100, code);
        }
      gtk_editable_set_text (GTK_EDITABLE (self->base_row), text != NULL ? text : "");
    }
  self->filling = FALSE;
}

/* Signals from the template ------------------------------------------------ */

static void
search_changed_cb (ClNewOfferDialog *self)
{
  gtk_string_filter_set_search (self->filter,
                                gtk_editable_get_text (GTK_EDITABLE (self->search_row)));
  update_add (self);
}

static void
search_activated_cb (ClNewOfferDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->application_row));
}

static void
application_changed_cb (ClNewOfferDialog *self)
{
  if (self->context == NULL)
    return;
  fill_defaults (self);
  update_add (self);
}

static void
currency_changed_cb (ClNewOfferDialog *self)
{
  if (!self->filling)
    self->currency_typed = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  update_add (self);
}

static void
base_changed_cb (ClNewOfferDialog *self)
{
  if (!self->filling)
    self->base_typed = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  update_add (self);
}

static void
field_activated_cb (ClNewOfferDialog *self)
{
  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), "add"))
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "add");
}

/* Focus -------------------------------------------------------------------- */

/* The row with a refused value, or else the first. */
static GtkWidget *
pick_field (GtkWidget *dialog)
{
  ClNewOfferDialog *self = CL_NEW_OFFER_DIALOG (dialog);

  return selected_application (self) != NULL ? GTK_WIDGET (self->base_row)
                                             : GTK_WIDGET (self->search_row);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save (ClNewOfferDialog *self,
      GError          **error)
{
  g_autoptr(ClOffer) offer = NULL;
  g_autofree char *currency = NULL;
  gint64           base = -1;

  /* Add is only enabled when this holds. */
  if (!read_fields (self, &base, &currency))
    return FALSE;

  offer = cl_offer_new (cl_application_get_id (selected_application (self)), base, currency);
  if (!cl_offer_store_add_offer (cl_context_get_offer_store (self->context), offer, error))
    return FALSE;

  g_signal_emit (self, signals[OFFER_ADDED], 0, offer);
  return TRUE;
}

/* AdwMessageDialog closes itself before ::response; it hides on close, so
 * a refused save shows it again with the reason and what was typed. */
static void
cl_new_offer_dialog_response (AdwMessageDialog *dialog,
                              const char       *response)
{
  ClNewOfferDialog *self = CL_NEW_OFFER_DIALOG (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "add") == 0 && !save (self, &error))
    {
      if (error != NULL)
        {
          gtk_label_set_text (self->error_label, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
        }
      gtk_window_present (GTK_WINDOW (self));
      return;
    }

  cl_transient_destroy_soon (GTK_WINDOW (self));
}

/* Class -------------------------------------------------------------------- */

static void
cl_new_offer_dialog_dispose (GObject *object)
{
  ClNewOfferDialog *self = CL_NEW_OFFER_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_NEW_OFFER_DIALOG);
  g_clear_object (&self->applications);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->with_offers, g_hash_table_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_new_offer_dialog_parent_class)->dispose (object);
}

static void
cl_new_offer_dialog_class_init (ClNewOfferDialogClass *klass)
{
  GObjectClass          *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass        *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cl_new_offer_dialog_dispose;
  dialog_class->response = cl_new_offer_dialog_response;

  signals[OFFER_ADDED] = g_signal_new ("offer-added", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                       CL_TYPE_OFFER);

  g_type_ensure (CL_TYPE_MESSAGE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/offers/cl-new-offer-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ClNewOfferDialog, name)
  BIND (fields);
  BIND (search_row);
  BIND (application_row);
  BIND (application_message_row);
  BIND (application_message);
  BIND (currency_row);
  BIND (currency_message_row);
  BIND (currency_message);
  BIND (base_row);
  BIND (base_message_row);
  BIND (base_message);
  BIND (hint_label);
  BIND (error_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, application_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, currency_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, base_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_activated_cb);
}

static void
cl_new_offer_dialog_init (ClNewOfferDialog *self)
{
  AdwEntryRow *rows[] = { NULL, NULL, NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  cl_dialog_focus_on_map (GTK_WIDGET (self), GTK_WIDGET (self->fields), pick_field);

  /* libadwaita 1.2 leaves an entry row's text field unnamed: give each the
   * title of its row. */
  rows[0] = self->search_row;
  rows[1] = self->currency_row;
  rows[2] = self->base_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (
                                      GTK_EDITABLE (rows[i]))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i])),
                                    -1);
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
}

ClNewOfferDialog *
cl_new_offer_dialog_new (GtkWindow *parent,
                         ClContext *context)
{
  ClNewOfferDialog *self;
  ClPipelineStore  *store;
  GListModel       *offers;
  GtkSorter        *sorter;
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autoptr(GtkExpression) label = NULL;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);

  self = g_object_new (CL_TYPE_NEW_OFFER_DIALOG, "hide-on-close", TRUE, NULL);
  /* Destroyed a moment after its response: never after its window. */
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->context = g_object_ref (context);

  self->with_offers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  offers = cl_offer_store_get_offers (cl_context_get_offer_store (context));
  for (guint i = 0; i < g_list_model_get_n_items (offers); i++)
    {
      g_autoptr(ClOffer) offer = g_list_model_get_item (offers, i);
      gint64 *id = g_new (gint64, 1);

      *id = cl_offer_get_application_id (offer);
      g_hash_table_add (self->with_offers, id);
    }

  store = cl_context_get_pipeline_store (context);
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_applications, self, NULL));
  sorted = gtk_sort_list_model_new (g_object_ref (cl_pipeline_store_get_applications (store)),
                                    sorter);
  self->filter = gtk_string_filter_new (
    gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                 G_CALLBACK (application_label_cb), NULL, NULL));
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  self->applications = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (sorted)),
                                                  g_object_ref (GTK_FILTER (self->filter)));

  label = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                       G_CALLBACK (application_label_cb), NULL, NULL);
  adw_combo_row_set_expression (self->application_row, label);
  adw_combo_row_set_model (self->application_row, G_LIST_MODEL (self->applications));
  fill_defaults (self);
  update_add (self);
  return self;
}

void
cl_new_offer_dialog_set_application (ClNewOfferDialog *self,
                                     ClApplication    *application)
{
  GListModel *model;

  g_return_if_fail (CL_IS_NEW_OFFER_DIALOG (self));
  g_return_if_fail (CL_IS_APPLICATION (application));

  model = G_LIST_MODEL (self->applications);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ClApplication) item = g_list_model_get_item (model, i);

      if (item == application)
        {
          adw_combo_row_set_selected (self->application_row, i);
          return;
        }
    }
}
