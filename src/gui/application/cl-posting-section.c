/* cl-posting-section.c — the job posting: address, salary, dates, documents, description
 *
 * Amounts and days are typed as text and read here (digits; year-month-day),
 * so a field says how to write them before the model is asked.  The job
 * description is not loaded with the board: it is read when the section is
 * given its application and saved as it is, not trimmed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-posting-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-account-dialog.h"
#include "cl-account-row.h"
#include "cl-date-row.h"
#include "cl-posting-section.h"

struct _ClPostingSection
{
  ClSectionBase        parent_instance;

  ClInstantApply      *salary_min_apply;
  ClInstantApply      *salary_max_apply;
  ClInstantApply      *deadline_apply;
  ClInstantApply      *applied_at_apply;
  ClInstantApply      *description_apply;

  AdwEntryRow         *job_url_row;
  GtkButton           *open_url_button;
  AdwEntryRow         *salary_min_row;
  AdwEntryRow         *salary_max_row;
  AdwEntryRow         *currency_row;
  AdwEntryRow         *deadline_row;
  AdwEntryRow         *applied_at_row;
  AdwEntryRow         *documents_row;
  GtkTextView         *description_view;
  GtkLabel            *description_error;

  /* The application's accounts: one row each, or "None saved". */
  AdwPreferencesGroup *accounts_group;
  GtkWidget           *add_account_button;
  GtkWidget           *no_account_row;
  GPtrArray           *account_rows;
  GSignalGroup        *database_signals;
};

G_DEFINE_FINAL_TYPE (ClPostingSection, cl_posting_section, CL_TYPE_SECTION_BASE)

static ClApplication *
application_of (ClPostingSection *self)
{
  return cl_section_base_get_application (CL_SECTION_BASE (self));
}

/* The posting's address ---------------------------------------------------- */

/* The address typed, when it can be opened. */
static char *
dup_openable_url (ClPostingSection *self)
{
  g_autofree char *url = g_strstrip (
    g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->job_url_row))));
  g_autoptr(ClApplication) copy = NULL;

  if (*url == '\0' || application_of (self) == NULL)
    return NULL;

  copy = cl_application_copy (application_of (self));
  g_object_set (copy, "job-url", url, NULL);
  return cl_model_validate_field (CL_MODEL (copy), "job-url", NULL) ? g_steal_pointer (&url)
                                                                    : NULL;
}

static void
update_open_button (ClPostingSection *self)
{
  g_autofree char *url = dup_openable_url (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->open_url_button), url != NULL);
}

static void
open_url_clicked_cb (ClPostingSection *self)
{
  g_autofree char *url = dup_openable_url (self);
  GtkRoot         *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Through the portal in Flatpak. */
  if (url != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

/* Amounts ------------------------------------------------------------------ */

static gboolean
save_amount (ClPostingSection *self,
             const char       *text,
             const char       *property,
             const char       *message,
             ClInstantApply   *other,
             GError          **error)
{
  const char *fields[] = { property, NULL };
  gint64      amount = -1;

  if (!cl_parse_amount (text, &amount))
    {
      g_propagate_error (error,
                         cl_validation_error_new (CL_VALIDATION_ERROR_FORMAT, fields, message));
      return FALSE;
    }
  if (!cl_application_section_save (cl_section_base_get_context (CL_SECTION_BASE (self)),
                                    application_of (self), 0, property, error, property, amount,
                                    NULL))
    return FALSE;

  /* The range may now be right: the other bound, refused for being on the
   * wrong side of this one, is tried again. */
  cl_instant_apply_retry (other);
  return TRUE;
}

static gboolean
save_salary_min_cb (const char *text,
                    gpointer    data,
                    GError    **error)
{
  ClPostingSection *self = data;

  return save_amount (self, text, "salary-min",
                      _ ("Write the lowest salary in digits only, such as 85000."),
                      self->salary_max_apply, error);
}

static gboolean
save_salary_max_cb (const char *text,
                    gpointer    data,
                    GError    **error)
{
  ClPostingSection *self = data;

  return save_amount (self, text, "salary-max",
                      _ ("Write the highest salary in digits only, such as 120000."),
                      self->salary_min_apply, error);
}

static char *
format_amount (gint64 amount)
{
  return amount >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, amount) : NULL;
}

/* Days --------------------------------------------------------------------- */

static gboolean
save_day (ClPostingSection *self,
          const char       *text,
          const char       *property,
          GError          **error)
{
  gint64 day = 0;

  return cl_date_parse (text, property, &day, error) &&
         cl_application_section_save (cl_section_base_get_context (CL_SECTION_BASE (self)),
                                      application_of (self), 0, property, error, property, day,
                                      NULL);
}

static gboolean
save_deadline_cb (const char *text,
                  gpointer    data,
                  GError    **error)
{
  return save_day (data, text, "deadline", error);
}

static gboolean
save_applied_at_cb (const char *text,
                    gpointer    data,
                    GError    **error)
{
  return save_day (data, text, "applied-at", error);
}

/* The description ---------------------------------------------------------- */

static gboolean
save_description_cb (const char *text,
                     gpointer    data,
                     GError    **error)
{
  ClPostingSection *self = data;

  /* As pasted: not trimmed. */
  return cl_pipeline_store_set_description (cl_section_base_get_pipeline_store (
                                              CL_SECTION_BASE (self)),
                                            application_of (self), text, error);
}

static void
load_description (ClPostingSection *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;

  if (application_of (self) == NULL)
    return;

  description = cl_pipeline_store_get_description (cl_section_base_get_pipeline_store (
                                                     CL_SECTION_BASE (self)),
                                                   application_of (self), &error);
  if (error != NULL)
    g_warning ("Could not read the job description: %s", error->message);
  cl_instant_apply_show (self->description_apply, description);
}

/* Accounts ------------------------------------------------------------------- */

static void
account_row_activated_cb (ClPostingSection *self,
                          AdwActionRow     *row)
{
  ClContext       *context = cl_section_base_get_context (CL_SECTION_BASE (self));
  ClAccountDialog *dialog;
  GtkRoot         *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (context == NULL)
    return;
  dialog = cl_account_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, context,
                                  cl_account_row_get_account (CL_ACCOUNT_ROW (row)), 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_account_clicked_cb (ClPostingSection *self)
{
  ClContext       *context = cl_section_base_get_context (CL_SECTION_BASE (self));
  ClAccountDialog *dialog;
  GtkRoot         *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (context == NULL || application_of (self) == NULL)
    return;
  dialog = cl_account_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, context, NULL,
                                  cl_application_get_id (application_of (self)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_accounts (ClPostingSection *self)
{
  ClContext *context = cl_section_base_get_context (CL_SECTION_BASE (self));
  g_autoptr(GListModel) accounts = NULL;
  guint n = 0;

  for (guint i = 0; i < self->account_rows->len; i++)
    adw_preferences_group_remove (self->accounts_group, g_ptr_array_index (self->account_rows, i));
  g_ptr_array_set_size (self->account_rows, 0);

  if (context != NULL && application_of (self) != NULL)
    {
      accounts = cl_account_store_list_for_application (
        cl_context_get_account_store (context), cl_application_get_id (application_of (self)));
      n = g_list_model_get_n_items (accounts);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClAccount) account = g_list_model_get_item (accounts, i);
      GtkWidget *row = cl_account_row_new (context, account, NULL, TRUE);

      g_signal_connect_swapped (row, "activated", G_CALLBACK (account_row_activated_cb), self);
      adw_preferences_group_add (self->accounts_group, row);
      g_ptr_array_add (self->account_rows, row);
    }
  gtk_widget_set_visible (self->no_account_row, n == 0);
}

static void
database_changed_cb (ClPostingSection *self,
                     ClChangeSet      *change_set)
{
  if (cl_change_set_is_external (change_set) ||
      cl_change_set_has_table (change_set, CL_TABLE_ACCOUNTS))
    show_accounts (self);
}

/* The section -------------------------------------------------------------- */

static void
cl_posting_section_show (ClSectionBase *base)
{
  ClPostingSection *self = CL_POSTING_SECTION (base);
  ClApplication    *application = application_of (self);
  g_autofree char  *salary_min = format_amount (cl_application_get_salary_min (application));
  g_autofree char  *salary_max = format_amount (cl_application_get_salary_max (application));
  g_autofree char  *deadline = cl_date_format (cl_application_get_deadline (application));
  g_autofree char  *applied_at = cl_date_format (cl_application_get_applied_at (application));

  cl_instant_apply_show (self->salary_min_apply, salary_min);
  cl_instant_apply_show (self->salary_max_apply, salary_max);
  cl_instant_apply_show (self->deadline_apply, deadline);
  cl_instant_apply_show (self->applied_at_apply, applied_at);
  update_open_button (self);
}

static void
cl_posting_section_bind (ClSectionBase *base)
{
  ClPostingSection *self = CL_POSTING_SECTION (base);
  ClContext        *context = cl_section_base_get_context (base);

  load_description (self);
  g_signal_group_set_target (self->database_signals,
                             context != NULL ? cl_context_get_database (context) : NULL);
  show_accounts (self);
}

static void
cl_posting_section_dispose (GObject *object)
{
  ClPostingSection *self = CL_POSTING_SECTION (object);

  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  g_clear_object (&self->database_signals);
  g_clear_pointer (&self->account_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_POSTING_SECTION);

  G_OBJECT_CLASS (cl_posting_section_parent_class)->dispose (object);
}

static void
cl_posting_section_class_init (ClPostingSectionClass *klass)
{
  GObjectClass       *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass     *widget_class = GTK_WIDGET_CLASS (klass);
  ClSectionBaseClass *base_class = CL_SECTION_BASE_CLASS (klass);

  object_class->dispose = cl_posting_section_dispose;
  base_class->bind = cl_posting_section_bind;
  base_class->show = cl_posting_section_show;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/application/cl-posting-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ClPostingSection, job_url_row);
  gtk_widget_class_bind_template_child (widget_class, ClPostingSection, open_url_button);
  gtk_widget_class_bind_template_child (widget_class, ClPostingSection, salary_min_row);
  gtk_widget_class_bind_template_child (widget_class, ClPostingSection, salary_max_row);
  gtk_widget_class_bind_template_child (widget_class, ClPostingSection, currency_row);
  gtk_widget_class_bind_template_child (widget_class, ClPostingSection, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, ClPostingSection, applied_at_row);
  gtk_widget_class_bind_template_child (widget_class, ClPostingSection, documents_row);
  gtk_widget_class_bind_template_child (widget_class, ClPostingSection, description_view);
  gtk_widget_class_bind_template_child (widget_class, ClPostingSection, description_error);
  gtk_widget_class_bind_template_child (widget_class, ClPostingSection, accounts_group);
  gtk_widget_class_bind_template_child (widget_class, ClPostingSection, add_account_button);
  gtk_widget_class_bind_template_child (widget_class, ClPostingSection, no_account_row);
  gtk_widget_class_bind_template_callback (widget_class, add_account_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_open_button);
  gtk_widget_class_bind_template_callback (widget_class, open_url_clicked_cb);
}

static void
cl_posting_section_init (ClPostingSection *self)
{
  ClSectionBase *base = CL_SECTION_BASE (self);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->account_rows = g_ptr_array_new ();
  self->database_signals = g_signal_group_new (CL_TYPE_DATABASE);
  g_signal_group_connect_object (self->database_signals, "changed",
                                 G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  /* Screen readers name the section as its heading does. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Posting"), -1);
  gtk_widget_remove_css_class (GTK_WIDGET (self->description_view), "view");
  cl_date_row_add_calendar (self->deadline_row);
  cl_date_row_add_calendar (self->applied_at_row);
  cl_application_section_name_fields (GTK_WIDGET (self));

  cl_section_base_bind_text (base, GTK_WIDGET (self->job_url_row), _ ("The job posting address"),
                             "job-url");
  self->salary_min_apply = cl_section_base_add (
    base, cl_instant_apply_new_for_text (GTK_WIDGET (self->salary_min_row),
                                         _ ("The lowest salary"), save_salary_min_cb, self, NULL));
  self->salary_max_apply = cl_section_base_add (
    base, cl_instant_apply_new_for_text (GTK_WIDGET (self->salary_max_row),
                                         _ ("The highest salary"), save_salary_max_cb, self,
                                         NULL));
  cl_section_base_bind_text (base, GTK_WIDGET (self->currency_row), _ ("The currency"),
                             "salary-currency");
  self->deadline_apply = cl_section_base_add (
    base, cl_instant_apply_new_for_text (GTK_WIDGET (self->deadline_row), _ ("The deadline"),
                                         save_deadline_cb, self, NULL));
  self->applied_at_apply = cl_section_base_add (
    base, cl_instant_apply_new_for_text (GTK_WIDGET (self->applied_at_row),
                                         _ ("The date applied"), save_applied_at_cb, self, NULL));
  cl_section_base_bind_text (base, GTK_WIDGET (self->documents_row), _ ("The documents sent"),
                             "documents-sent");
  self->description_apply = cl_section_base_add (
    base, cl_instant_apply_new_for_text (GTK_WIDGET (self->description_view),
                                         _ ("The job description"), save_description_cb, self,
                                         NULL));
  cl_instant_apply_set_message_label (self->description_apply, self->description_error);
}

GtkWidget *
cl_posting_section_new (void)
{
  return g_object_new (CL_TYPE_POSTING_SECTION, NULL);
}
