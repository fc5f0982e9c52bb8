/* cl-application-details.c — every field of one application, edited and saved at once
 *
 * The widgets hold the edited copy of the values; the ClApplication is only
 * changed when Save succeeds.  Should the store refuse the change, the
 * application gets its previous values back and the window stays open with
 * the reason in a toast, so nothing typed is lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-application-details"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cl-application-details.h"
#include "cl-enum-types.h"

struct _ClApplicationDetails
{
  AdwWindow            parent_instance;

  ClContext           *context;
  ClApplication       *application;
  GPtrArray           *round_rows;

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

/* What Save writes, in the order it writes it; restored as a whole on failure. */
static const char * const editable_properties[] = {
  "company", "company-type", "role", "interest", "posted-level", "target-level",
  "career-fit", "career-notes", "gut-feeling", "source", "job-url", "location",
  "notes", "salary-min", "salary-max", "salary-currency",
};

/* Reading the fields */

static char *
dup_stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* A whole, non-negative amount; spaces may group the digits ("85 000").
 * Empty text is "not given" (-1). */
static gboolean
parse_salary (AdwEntryRow *row,
              gint64      *out_amount)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GString) digits = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= '0' && c <= '9')
        g_string_append_c (digits, (char) c);
      else if (!g_unichar_isspace (c))
        return FALSE;
    }

  if (digits->len == 0)
    *out_amount = -1;
  else if (digits->len > 15)
    return FALSE;
  else
    *out_amount = g_ascii_strtoll (digits->str, NULL, 10);
  return TRUE;
}

/* The rule the core applies: http:// or https:// and a host, no spaces. */
static gboolean
is_web_url (const char *text)
{
  const char *rest;

  if (g_ascii_strncasecmp (text, "https://", 8) == 0)
    rest = text + 8;
  else if (g_ascii_strncasecmp (text, "http://", 7) == 0)
    rest = text + 7;
  else
    return FALSE;

  if (*rest == '\0' || *rest == '/')
    return FALSE;
  for (; *rest != '\0'; rest = g_utf8_next_char (rest))
    if (g_unichar_isspace (g_utf8_get_char (rest)))
      return FALSE;
  return TRUE;
}

static gboolean
is_currency (const char *text)
{
  if (strlen (text) != 3)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    if (!g_ascii_isalpha (text[i]))
      return FALSE;
  return TRUE;
}

/* Styles @row as wrong, and tells screen readers why, when @message is set. */
static void
mark_row (AdwEntryRow *row,
          const char  *message)
{
  GtkAccessible *text = GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (row)));

  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_update_state (text, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (text, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_reset_state (text, GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (text, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
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

/* Marks each field that cannot be saved, says why under its group, and
 * enables Save only when every field can be. */
static gboolean
check_fields (ClApplicationDetails *self)
{
  g_autoptr(GPtrArray) job_messages = g_ptr_array_new ();
  g_autoptr(GPtrArray) posting_messages = g_ptr_array_new ();
  g_autofree char *company = dup_stripped_text (self->company_row);
  g_autofree char *role = dup_stripped_text (self->role_row);
  g_autofree char *url = dup_stripped_text (self->job_url_row);
  g_autofree char *currency = dup_stripped_text (self->currency_row);
  const char *message;
  gint64 salary_min = -1, salary_max = -1;
  gboolean min_ok, max_ok, url_ok, valid;

  message = *company == '\0' ? _("Enter the company’s name.") : NULL;
  mark_row (self->company_row, message);
  if (message != NULL)
    g_ptr_array_add (job_messages, (gpointer) message);

  message = *role == '\0' ? _("Enter the role you are applying for.") : NULL;
  mark_row (self->role_row, message);
  if (message != NULL)
    g_ptr_array_add (job_messages, (gpointer) message);

  url_ok = *url == '\0' || is_web_url (url);
  message = url_ok ? NULL : _("The job posting address must start with https:// or http://.");
  mark_row (self->job_url_row, message);
  if (message != NULL)
    g_ptr_array_add (posting_messages, (gpointer) message);
  gtk_widget_set_sensitive (GTK_WIDGET (self->open_url_button), url_ok && *url != '\0');

  min_ok = parse_salary (self->salary_min_row, &salary_min);
  max_ok = parse_salary (self->salary_max_row, &salary_max);
  message = min_ok ? NULL : _("Write the lowest salary in digits only, such as 85000.");
  mark_row (self->salary_min_row, message);
  if (message != NULL)
    g_ptr_array_add (posting_messages, (gpointer) message);
  message = max_ok ? NULL : _("Write the highest salary in digits only, such as 120000.");
  mark_row (self->salary_max_row, message);
  if (message != NULL)
    g_ptr_array_add (posting_messages, (gpointer) message);
  if (min_ok && max_ok && salary_min >= 0 && salary_max >= 0 && salary_min > salary_max)
    {
      message = _("The lowest salary is above the highest.");
      mark_row (self->salary_min_row, message);
      mark_row (self->salary_max_row, message);
      g_ptr_array_add (posting_messages, (gpointer) message);
    }

  message = *currency == '\0' || is_currency (currency)
            ? NULL : _("The currency must be a three-letter code such as USD or EUR.");
  mark_row (self->currency_row, message);
  if (message != NULL)
    g_ptr_array_add (posting_messages, (gpointer) message);

  valid = job_messages->len == 0 && posting_messages->len == 0;
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
  int value = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = NULL;

  /* Translators: a rating such as "3 of 5". */
  text = value == 0 ? g_strdup (_("Not rated")) : g_strdup_printf (_("%d of 5"), value);
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

  if (is_web_url (url))
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
  gint64 scheduled_at = cl_round_get_scheduled_at (round);

  if (title != NULL && *title != '\0')
    g_ptr_array_add (parts, g_strdup (cl_round_kind_get_label (cl_round_get_kind (round))));

  if (scheduled_at != 0)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (scheduled_at);

      /* Translators: a round's date and time, see g_date_time_format(). */
      g_ptr_array_add (parts, g_date_time_format (when, _("%a %-d %b %Y, %H:%M")));
    }
  else
    {
      g_ptr_array_add (parts, g_strdup (_("Not scheduled yet")));
    }

  g_ptr_array_add (parts, g_strdup (cl_round_status_get_label (cl_round_get_status (round))));
  g_ptr_array_add (parts, NULL);

  /* Translators: separates the facts about a round: "Coding · Tue 3 Nov 2026, 14:00 · Scheduled". */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
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

  rounds = cl_round_store_list_for_application (store, cl_application_get_id (self->application), &error);
  if (rounds == NULL)
    {
      add_round_row (self, _("The rounds could not be read"), error->message);
      return;
    }

  n_rounds = g_list_model_get_n_items (rounds);
  if (n_rounds == 0)
    {
      add_round_row (self, _("No rounds yet"), NULL);
      return;
    }

  for (guint i = 0; i < n_rounds; i++)
    {
      g_autoptr(ClRound) round = g_list_model_get_item (rounds, i);
      const char *title = cl_round_get_title (round);
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
  if (application_id == cl_application_get_id (self->application))
    load_rounds (self);
}

/* Saving */

static char *
dup_notes (ClApplicationDetails *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
show_error (ClApplicationDetails *self,
            const char           *message)
{
  AdwToast *toast = adw_toast_new (message);
  GtkWidget *label = gtk_label_new (message);

  /* A plain title would be cut short on a narrow window; the reason wraps. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  adw_toast_set_custom_title (toast, label);

  /* Only the latest reason stays, until it is read and dismissed. */
  if (self->error_toast != NULL)
    adw_toast_dismiss (self->error_toast);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  g_set_weak_pointer (&self->error_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Writes the edited values to the application and saves them; on refusal
 * the application gets its previous values back. */
static gboolean
save_fields (ClApplicationDetails  *self,
             GError               **error)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (self->context);
  GObject *object = G_OBJECT (self->application);
  GValue previous[G_N_ELEMENTS (editable_properties)] = { G_VALUE_INIT, };
  g_autofree char *company = dup_stripped_text (self->company_row);
  g_autofree char *role = dup_stripped_text (self->role_row);
  g_autofree char *posted_level = dup_stripped_text (self->posted_level_row);
  g_autofree char *target_level = dup_stripped_text (self->target_level_row);
  g_autofree char *career_notes = dup_stripped_text (self->career_notes_row);
  g_autofree char *job_url = dup_stripped_text (self->job_url_row);
  g_autofree char *location = dup_stripped_text (self->location_row);
  g_autofree char *currency = dup_stripped_text (self->currency_row);
  g_autofree char *currency_upper = g_ascii_strup (currency, -1);
  g_autofree char *notes = dup_notes (self);
  gint64 salary_min = -1, salary_max = -1;
  gboolean saved;

  if (!parse_salary (self->salary_min_row, &salary_min) ||
      !parse_salary (self->salary_max_row, &salary_max))
    g_return_val_if_reached (FALSE); /* check_fields() keeps Save disabled */

  for (guint i = 0; i < G_N_ELEMENTS (editable_properties); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object),
                                                        editable_properties[i]);

      g_value_init (&previous[i], pspec->value_type);
      g_object_get_property (object, editable_properties[i], &previous[i]);
    }

  /* One notification per changed property, and none when the save is undone. */
  g_object_freeze_notify (object);
  g_object_set (object,
                "company", company,
                "company-type", (int) adw_combo_row_get_selected (self->company_type_row),
                "role", role,
                "interest", (guint) gtk_spin_button_get_value_as_int (self->interest_spin),
                "posted-level", posted_level,
                "target-level", target_level,
                "career-fit", (guint) gtk_spin_button_get_value_as_int (self->career_fit_spin),
                "career-notes", career_notes,
                "gut-feeling", (guint) gtk_spin_button_get_value_as_int (self->gut_feeling_spin),
                "source", (int) adw_combo_row_get_selected (self->source_row),
                "job-url", job_url,
                "location", location,
                "notes", notes,
                "salary-min", salary_min,
                "salary-max", salary_max,
                "salary-currency", currency_upper,
                NULL);

  saved = cl_pipeline_store_update_application (store, self->application, error);
  if (!saved)
    g_object_setv (object, G_N_ELEMENTS (editable_properties),
                   (const char **) editable_properties, previous);
  g_object_thaw_notify (object);

  for (guint i = 0; i < G_N_ELEMENTS (editable_properties); i++)
    g_value_unset (&previous[i]);

  return saved;
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ClApplicationDetails *self = CL_APPLICATION_DETAILS (widget);
  ClPipelineStore *store = cl_context_get_pipeline_store (self->context);
  ClStage *stage = adw_combo_row_get_selected_item (self->stage_row);
  g_autoptr(GError) error = NULL;

  if (!check_fields (self))
    return;

  if (!save_fields (self, &error))
    {
      show_error (self, error->message);
      return;
    }

  /* The fields are stored by now; a failed move leaves the window open so
   * that Save can try the move again. */
  if (stage != NULL &&
      cl_stage_get_id (stage) != cl_application_get_stage_id (self->application) &&
      !cl_pipeline_store_move_application (store, self->application, cl_stage_get_id (stage),
                                           G_MAXUINT, NULL, &error))
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
fill_enum_row (AdwComboRow  *row,
               GType         enum_type,
               const char *(*get_label) (int value),
               int           selected)
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
  const char *notes = cl_application_get_notes (application);

  adw_window_title_set_title (self->window_title, cl_application_get_company (application));
  adw_window_title_set_subtitle (self->window_title, cl_application_get_role (application));
  gtk_window_set_title (GTK_WINDOW (self), cl_application_get_company (application));

  set_row_text (self->company_row, cl_application_get_company (application));
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
  check_fields (self);
}

static void
cl_application_details_dispose (GObject *object)
{
  ClApplicationDetails *self = CL_APPLICATION_DETAILS (object);

  g_clear_weak_pointer (&self->error_toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_APPLICATION_DETAILS);
  g_clear_pointer (&self->round_rows, g_ptr_array_unref);
  g_clear_object (&self->application);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_application_details_parent_class)->dispose (object);
}

static void
cl_application_details_class_init (ClApplicationDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_application_details_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/gui/application/cl-application-details.ui");
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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "details.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* Screen readers announce the text field of an entry row, which libadwaita
 * 1.2 leaves unnamed: give each the title of its row. */
static void
name_entry_texts (ClApplicationDetails *self)
{
  AdwEntryRow *rows[] = {
    self->company_row, self->role_row, self->posted_level_row, self->target_level_row,
    self->career_notes_row, self->job_url_row, self->location_row, self->salary_min_row,
    self->salary_max_row, self->currency_row,
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (rows[i]))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rows[i])),
                                    -1);
}

static void
cl_application_details_init (ClApplicationDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->round_rows = g_ptr_array_new ();
  name_entry_texts (self);

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

  self = g_object_new (CL_TYPE_APPLICATION_DETAILS,
                       "transient-for", parent,
                       NULL);
  self->context = g_object_ref (context);
  self->application = g_object_ref (application);

  g_signal_connect_object (cl_context_get_round_store (context), "rounds-changed",
                           G_CALLBACK (rounds_changed_cb), self, 0);

  fill_fields (self);
  return self;
}
