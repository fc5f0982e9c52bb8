/* cl-application-details.c — every field of one application, edited and saved at once
 *
 * The window edits a copy of the application (and of its company); each
 * keystroke goes into the copy, which the model validates, so every row says
 * what is wrong with it.  Save hands the copy to the store, which saves the
 * fields and a change of stage in one transaction and then updates the
 * shared application the board shows.  Should the store refuse, the window
 * stays open with the reason, so nothing typed is lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-application-details"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cl-a11y.h"
#include "cl-application-details.h"
#include "cl-enum-types.h"
#include "cl-row-error.h"
#include "cl-toast.h"
#include "cl-transient.h"

struct _ClApplicationDetails
{
  AdwWindow            parent_instance;

  ClContext           *context;
  ClApplication       *application; /* the shared one, never changed here */
  ClApplication       *copy;        /* what the fields edit */
  GPtrArray           *round_rows;
  gboolean             filling;

  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  AdwToast            *error_toast; /* weak */

  AdwEntryRow         *company_row;
  AdwEntryRow         *role_row;
  AdwComboRow         *stage_row;
  AdwComboRow         *company_type_row;
  AdwComboRow         *source_row;
  GtkLabel            *job_error_label;

  AdwEntryRow         *posted_level_row;
  AdwEntryRow         *target_level_row;

  GtkSpinButton       *interest_spin;
  GtkSpinButton       *career_fit_spin;
  GtkSpinButton       *gut_feeling_spin;
  AdwEntryRow         *career_notes_row;

  AdwEntryRow         *job_url_row;
  GtkButton           *open_url_button;
  AdwEntryRow         *location_row;
  AdwEntryRow         *salary_min_row;
  AdwEntryRow         *salary_max_row;
  AdwEntryRow         *currency_row;
  GtkLabel            *posting_error_label;

  GtkTextView         *notes_view;

  AdwPreferencesGroup *rounds_group;
};

G_DEFINE_FINAL_TYPE (ClApplicationDetails, cl_application_details, ADW_TYPE_WINDOW)

/* Reading the fields */

static char *
dup_stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
show_messages (GtkLabel  *label,
               GPtrArray *messages)
{
  g_autofree char *text = NULL;

  g_ptr_array_add (messages, NULL);
  text = g_strjoinv ("\n", (char **) messages->pdata);
  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), *text != '\0');
}

/* An amount typed in @row into the copy's @property; FALSE when it is not
 * an amount (the copy keeps "none"). */
static gboolean
read_amount (ClApplicationDetails *self,
             AdwEntryRow          *row,
             const char           *property)
{
  gint64   amount = -1;
  gboolean ok = cl_parse_amount (gtk_editable_get_text (GTK_EDITABLE (row)), &amount);

  g_object_set (self->copy, property, ok ? amount : (gint64) -1, NULL);
  return ok;
}

/* The copy takes what the fields say. */
static void
read_fields (ClApplicationDetails *self,
             gboolean             *out_min_ok,
             gboolean             *out_max_ok)
{
  g_autofree char *notes = NULL;
  GtkTextBuffer   *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter      start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  g_object_freeze_notify (G_OBJECT (self->copy));
  g_object_set (cl_application_get_company (self->copy),
                "name", gtk_editable_get_text (GTK_EDITABLE (self->company_row)),
                "company-type", (int) adw_combo_row_get_selected (self->company_type_row),
                NULL);
  g_object_set (self->copy,
                "role", gtk_editable_get_text (GTK_EDITABLE (self->role_row)),
                "interest", (guint) gtk_spin_button_get_value_as_int (self->interest_spin),
                "posted-level", gtk_editable_get_text (GTK_EDITABLE (self->posted_level_row)),
                "target-level", gtk_editable_get_text (GTK_EDITABLE (self->target_level_row)),
                "career-fit", (guint) gtk_spin_button_get_value_as_int (self->career_fit_spin),
                "career-notes", gtk_editable_get_text (GTK_EDITABLE (self->career_notes_row)),
                "gut-feeling", (guint) gtk_spin_button_get_value_as_int (self->gut_feeling_spin),
                "source", (int) adw_combo_row_get_selected (self->source_row),
                "job-url", gtk_editable_get_text (GTK_EDITABLE (self->job_url_row)),
                "location", gtk_editable_get_text (GTK_EDITABLE (self->location_row)),
                "notes", notes,
                "salary-currency", gtk_editable_get_text (GTK_EDITABLE (self->currency_row)),
                NULL);
  *out_min_ok = read_amount (self, self->salary_min_row, "salary-min");
  *out_max_ok = read_amount (self, self->salary_max_row, "salary-max");
  g_object_thaw_notify (G_OBJECT (self->copy));
}

typedef struct
{
  const char *field;
  gsize       row_offset; /* of the row in ClApplicationDetails */
  gboolean    in_posting; /* the message goes under the posting group */
} FieldRow;

static const FieldRow field_rows[] = {
  { "company", G_STRUCT_OFFSET (ClApplicationDetails, company_row), FALSE },
  { "role", G_STRUCT_OFFSET (ClApplicationDetails, role_row), FALSE },
  { "posted-level", G_STRUCT_OFFSET (ClApplicationDetails, posted_level_row), FALSE },
  { "target-level", G_STRUCT_OFFSET (ClApplicationDetails, target_level_row), FALSE },
  { "job-url", G_STRUCT_OFFSET (ClApplicationDetails, job_url_row), TRUE },
  { "location", G_STRUCT_OFFSET (ClApplicationDetails, location_row), TRUE },
  { "salary-min", G_STRUCT_OFFSET (ClApplicationDetails, salary_min_row), TRUE },
  { "salary-max", G_STRUCT_OFFSET (ClApplicationDetails, salary_max_row), TRUE },
  { "salary-currency", G_STRUCT_OFFSET (ClApplicationDetails, currency_row), TRUE },
};

#define ROW_AT(self, offset) (*(GtkWidget **) ((guint8 *) (self) + (offset)))

/* Puts each problem of the copy beside its row, and enables Save only when
 * the copy can be saved.  The rules are the model's: none are repeated here. */
static gboolean
check_fields (ClApplicationDetails *self)
{
  g_autoptr(GPtrArray) job_messages = g_ptr_array_new ();
  g_autoptr(GPtrArray) posting_messages = g_ptr_array_new ();
  g_autoptr(GPtrArray) problems = NULL;
  gboolean         min_ok, max_ok, valid;
  g_autofree char *url = dup_stripped_text (self->job_url_row);

  if (self->filling)
    return TRUE;

  read_fields (self, &min_ok, &max_ok);
  problems = cl_model_validate_all (CL_MODEL (self->copy));

  for (guint i = 0; i < G_N_ELEMENTS (field_rows); i++)
    {
      const char *message = NULL;

      for (guint j = 0; j < problems->len && message == NULL; j++)
        if (cl_validation_error_is_about (g_ptr_array_index (problems, j), field_rows[i].field))
          message = ((GError *) g_ptr_array_index (problems, j))->message;

      /* Typing, not a rule of the data: an amount must be digits. */
      if (message == NULL && g_str_equal (field_rows[i].field, "salary-min") && !min_ok)
        message = _ ("Write the lowest salary in digits only, such as 85000.");
      if (message == NULL && g_str_equal (field_rows[i].field, "salary-max") && !max_ok)
        message = _ ("Write the highest salary in digits only, such as 120000.");

      cl_row_error_mark (ROW_AT (self, field_rows[i].row_offset), message);
      if (message != NULL)
        {
          GPtrArray *messages = field_rows[i].in_posting ? posting_messages : job_messages;

          /* One message once, when it is about two rows (the salary range). */
          if (!g_ptr_array_find_with_equal_func (messages, message, g_str_equal, NULL))
            g_ptr_array_add (messages, (gpointer) message);
        }
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->open_url_button),
                            *url != '\0' &&
                              cl_model_validate_field (CL_MODEL (self->copy), "job-url", NULL));

  valid = problems->len == 0 && min_ok && max_ok;
  show_messages (self->job_error_label, job_messages);
  show_messages (self->posting_error_label, posting_messages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "details.save", valid);
  return valid;
}

static void
field_changed_cb (ClApplicationDetails *self)
{
  check_fields (self);
}

static void
update_rating_description (GtkSpinButton *spin)
{
  int              value = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = NULL;

  /* Translators: a rating such as "3 of 5". */
  text = value == 0 ? g_strdup (_ ("Not rated")) : g_strdup_printf (_ ("%d of 5"), value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

static void
rating_changed_cb (GtkSpinButton        *spin,
                   ClApplicationDetails *self)
{
  update_rating_description (spin);
}

static void
open_url_clicked_cb (ClApplicationDetails *self)
{
  g_autofree char *url = dup_stripped_text (self->job_url_row);

  if (cl_model_validate_field (CL_MODEL (self->copy), "job-url", NULL) && *url != '\0')
    gtk_show_uri (GTK_WINDOW (self), url, GDK_CURRENT_TIME);
}

/* Interview rounds */

static AdwActionRow *
add_round_row (ClApplicationDetails *self,
               const char           *title,
               const char           *subtitle)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (row, subtitle);
  adw_preferences_group_add (self->rounds_group, GTK_WIDGET (row));
  g_ptr_array_add (self->round_rows, row);
  return row;
}

static char *
describe_round (ClRound *round)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *title = cl_round_get_title (round);
  gint64      scheduled_at = cl_round_get_scheduled_at (round);

  if (title != NULL && *title != '\0')
    g_ptr_array_add (parts, g_strdup (cl_round_kind_get_label (cl_round_get_kind (round))));

  if (scheduled_at != 0)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (scheduled_at);

      /* Translators: a round's date and time, see g_date_time_format(). */
      g_ptr_array_add (parts, g_date_time_format (when, _ ("%a %-d %b %Y, %H:%M")));
    }
  else
    {
      g_ptr_array_add (parts, g_strdup (_ ("Not scheduled yet")));
    }

  g_ptr_array_add (parts, g_strdup (cl_round_status_get_label (cl_round_get_status (round))));
  g_ptr_array_add (parts, NULL);

  /* Translators: separates the facts about a round: "Coding · Tue 3 Nov 2026, 14:00 · Scheduled".
   */
  return g_strjoinv (_ (" · "), (char **) parts->pdata);
}

static void
load_rounds (ClApplicationDetails *self)
{
  ClRoundStore *store = cl_context_get_round_store (self->context);
  g_autoptr(GListModel) rounds = NULL;
  g_autoptr(GError) error = NULL;
  guint n_rounds;

  for (guint i = 0; i < self->round_rows->len; i++)
    adw_preferences_group_remove (self->rounds_group, g_ptr_array_index (self->round_rows, i));
  g_ptr_array_set_size (self->round_rows, 0);

  rounds =
    cl_round_store_list_for_application (store, cl_application_get_id (self->application), &error);
  if (rounds == NULL)
    {
      add_round_row (self, _ ("The rounds could not be read"), error->message);
      return;
    }

  n_rounds = g_list_model_get_n_items (rounds);
  if (n_rounds == 0)
    {
      add_round_row (self, _ ("No rounds yet"), NULL);
      return;
    }

  for (guint i = 0; i < n_rounds; i++)
    {
      g_autoptr(ClRound) round = g_list_model_get_item (rounds, i);
      const char      *title = cl_round_get_title (round);
      g_autofree char *subtitle = describe_round (round);

      if (title == NULL || *title == '\0')
        title = cl_round_kind_get_label (cl_round_get_kind (round));
      add_round_row (self, title, subtitle);
    }
}

static void
rounds_changed_cb (ClRoundStore         *store,
                   gint64                application_id,
                   ClApplicationDetails *self)
{
  /* 0: any application's (another program changed the file). */
  if (application_id == 0 || application_id == cl_application_get_id (self->application))
    load_rounds (self);
}

/* Saving */

static void
show_error (ClApplicationDetails *self,
            const char           *message)
{
  AdwToast  *toast = cl_toast_new (message);
  GtkWidget *label = gtk_label_new (message);

  /* A plain title would be cut short on a narrow window; the reason wraps. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  adw_toast_set_custom_title (toast, label);

  /* Only the latest reason stays, until it is read and dismissed. */
  if (self->error_toast != NULL)
    cl_toast_dismiss (self->error_toast);
  adw_toast_set_timeout (toast, 0);
  g_set_weak_pointer (&self->error_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ClApplicationDetails *self = CL_APPLICATION_DETAILS (widget);
  ClPipelineStore      *store = cl_context_get_pipeline_store (self->context);
  ClStage              *stage = adw_combo_row_get_selected_item (self->stage_row);
  g_autoptr(GError) error = NULL;
  gint64 stage_id = stage != NULL ? cl_stage_get_id (stage) : 0;

  if (!check_fields (self))
    return;

  /* The stage shown when the window opened is the copy's: unless the user
   * chose another, the card stays where it is now (it may have been moved
   * on the board meanwhile). */
  if (stage_id == cl_application_get_stage_id (self->copy))
    stage_id = 0;

  /* The fields and a change of stage are one transaction. */
  if (!cl_pipeline_store_save_application (store, self->copy, stage_id, &error))
    {
      show_error (self, error->message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/* Filling the fields */

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
set_row_amount (AdwEntryRow *row,
                gint64       amount)
{
  g_autofree char *text = amount >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, amount) : NULL;

  set_row_text (row, text);
}

/* A combo row over the translated labels of an enumeration, in value order. */
static void
fill_enum_row (AdwComboRow *row,
               GType        enum_type,
               const char *(*get_label) (int value),
               int selected)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      g_assert (klass->values[i].value == (int) i);
      gtk_string_list_append (labels, get_label (klass->values[i].value));
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, (guint) selected);
}

static const char *
company_type_label (int value)
{
  return cl_company_type_get_label ((ClCompanyType) value);
}

static const char *
source_label (int value)
{
  return cl_application_source_get_label ((ClApplicationSource) value);
}

static void
fill_stages (ClApplicationDetails *self)
{
  GListModel *stages = cl_pipeline_store_get_stages (cl_context_get_pipeline_store (self->context));
  g_autoptr(GtkExpression) name = gtk_property_expression_new (CL_TYPE_STAGE, NULL, "name");
  guint n_stages = g_list_model_get_n_items (stages);

  adw_combo_row_set_expression (self->stage_row, name);
  adw_combo_row_set_model (self->stage_row, stages);
  adw_combo_row_set_selected (self->stage_row, GTK_INVALID_LIST_POSITION);

  for (guint i = 0; i < n_stages; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);

      if (cl_stage_get_id (stage) == cl_application_get_stage_id (self->application))
        {
          adw_combo_row_set_selected (self->stage_row, i);
          break;
        }
    }
}

static void
fill_fields (ClApplicationDetails *self)
{
  ClApplication *application = self->application;
  const char    *notes = cl_application_get_notes (application);

  self->filling = TRUE;
  adw_window_title_set_title (self->window_title, cl_application_get_company_name (application));
  adw_window_title_set_subtitle (self->window_title, cl_application_get_role (application));
  gtk_window_set_title (GTK_WINDOW (self), cl_application_get_company_name (application));

  set_row_text (self->company_row, cl_application_get_company_name (application));
  set_row_text (self->role_row, cl_application_get_role (application));
  fill_stages (self);
  fill_enum_row (self->company_type_row, CL_TYPE_COMPANY_TYPE, company_type_label,
                 cl_application_get_company_type (application));
  fill_enum_row (self->source_row, CL_TYPE_APPLICATION_SOURCE, source_label,
                 cl_application_get_source (application));

  set_row_text (self->posted_level_row, cl_application_get_posted_level (application));
  set_row_text (self->target_level_row, cl_application_get_target_level (application));

  gtk_spin_button_set_value (self->interest_spin, cl_application_get_interest (application));
  gtk_spin_button_set_value (self->career_fit_spin, cl_application_get_career_fit (application));
  gtk_spin_button_set_value (self->gut_feeling_spin, cl_application_get_gut_feeling (application));
  update_rating_description (self->interest_spin);
  update_rating_description (self->career_fit_spin);
  update_rating_description (self->gut_feeling_spin);
  set_row_text (self->career_notes_row, cl_application_get_career_notes (application));

  set_row_text (self->job_url_row, cl_application_get_job_url (application));
  set_row_text (self->location_row, cl_application_get_location (application));
  set_row_amount (self->salary_min_row, cl_application_get_salary_min (application));
  set_row_amount (self->salary_max_row, cl_application_get_salary_max (application));
  set_row_text (self->currency_row, cl_application_get_salary_currency (application));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            notes != NULL ? notes : "", -1);

  load_rounds (self);
  self->filling = FALSE;
  check_fields (self);
}

static void
cl_application_details_dispose (GObject *object)
{
  ClApplicationDetails *self = CL_APPLICATION_DETAILS (object);

  g_clear_weak_pointer (&self->error_toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_APPLICATION_DETAILS);
  g_clear_pointer (&self->round_rows, g_ptr_array_unref);
  g_clear_object (&self->copy);
  g_clear_object (&self->application);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_application_details_parent_class)->dispose (object);
}

static void
cl_application_details_class_init (ClApplicationDetailsClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_application_details_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/application/cl-application-details.ui");
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, window_title);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, company_row);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, role_row);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, stage_row);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, company_type_row);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, source_row);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, job_error_label);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, posted_level_row);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, target_level_row);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, interest_spin);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, career_fit_spin);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, gut_feeling_spin);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, career_notes_row);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, job_url_row);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, open_url_button);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, location_row);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, salary_min_row);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, salary_max_row);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, currency_row);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, posting_error_label);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, notes_view);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationDetails, rounds_group);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, rating_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_url_clicked_cb);

  gtk_widget_class_install_action (widget_class, "details.save", NULL, save_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "details.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* Screen readers announce the text field of an entry row, which libadwaita
 * 1.2 leaves unnamed: give each the title of its row. */
static void
name_entry_texts (ClApplicationDetails *self)
{
  AdwEntryRow *rows[] = {
    self->company_row,
    self->role_row,
    self->posted_level_row,
    self->target_level_row,
    self->career_notes_row,
    self->job_url_row,
    self->location_row,
    self->salary_min_row,
    self->salary_max_row,
    self->currency_row,
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (
                                      gtk_editable_get_delegate (GTK_EDITABLE (rows[i]))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i])),
                                    -1);
}

/* A rating's action row makes its title label the spin button (its
 * activatable widget), which has a label of its own: GTK 4.8 would read both
 * ("Interest Interest"). */
static void
name_spin_buttons (ClApplicationDetails *self)
{
  GtkSpinButton *spins[] = { self->interest_spin, self->career_fit_spin, self->gut_feeling_spin };

  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (spins[i]), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static void
cl_application_details_init (ClApplicationDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->round_rows = g_ptr_array_new ();
  name_entry_texts (self);
  name_spin_buttons (self);
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  cl_a11y_watch_toasts (self->toast_overlay);

  /* The frame around the notes draws the card; the text lies on it. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->notes_view), "view");
}

ClApplicationDetails *
cl_application_details_new (GtkWindow     *parent,
                            ClContext     *context,
                            ClApplication *application)
{
  ClApplicationDetails *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_APPLICATION (application), NULL);

  self = g_object_new (CL_TYPE_APPLICATION_DETAILS, NULL);
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->context = g_object_ref (context);
  self->application = g_object_ref (application);
  self->copy = cl_application_copy (application);

  g_signal_connect_object (cl_context_get_round_store (context), "rounds-changed",
                           G_CALLBACK (rounds_changed_cb), self, 0);

  fill_fields (self);
  return self;
}
