/* cl-account-dialog.c — add, or edit, one job-site account and its password
 *
 * The form is saved as a whole.  What goes to the keyring goes first, and
 * the row only once the keyring has taken it, so that an account is never
 * saved without the password the user gave it (a new account's UUID is
 * reserved before its row exists; should the row then fail, the password
 * is removed again).  The keyring is asked only asynchronously: while it
 * answers, the password field shows a spinner and the form waits.
 *
 * When the keyring cannot be reached the banner says why, the password
 * field is off, and the rest of the account can still be saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-account-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-account-dialog.h"
#include "cl-application-section.h"
#include "cl-banner.h"
#include "cl-object-picker.h"
#include "cl-password-copy.h"
#include "cl-row-error.h"
#include "cl-transient.h"

/* What a save still has to do in the keyring, in this order. */
typedef enum
{
  STEP_RELABEL = 1 << 0, /* site or username changed: move the item */
  STEP_STORE = 1 << 1,   /* a new password */
  STEP_CLEAR = 1 << 2,   /* the password was emptied */
} Steps;

struct _ClAccountDialog
{
  AdwWindow        parent_instance;

  ClContext       *context;
  ClAccount       *account;  /* the shared one edited; NULL for a new one */
  ClAccount       *original; /* a copy as it was opened, for relabelling */
  ClAccount       *pending;  /* what is being saved */
  gint64           application_id;
  GCancellable    *cancellable;
  GSignalGroup    *vault_signals;
  Steps            steps;
  gboolean         loading; /* reading the password */
  gboolean         saving;
  gboolean         password_edited;
  gboolean         had_password;
  gboolean         stored; /* this save put a password in the keyring */

  AdwToastOverlay *toast_overlay;
  GtkWidget       *cancel_button;
  GtkWidget       *save_button;
  GtkWidget       *saving_spinner;
  ClBanner        *banner;
  AdwEntryRow     *site_row;
  AdwEntryRow     *url_row;
  GtkWidget       *open_button;
  AdwEntryRow     *username_row;
  AdwEntryRow     *password_row;
  GtkWidget       *password_spinner;
  GtkWidget       *copy_button;
  AdwEntryRow     *notes_row;
  AdwActionRow    *application_row;
  GtkWidget       *application_picker;
  GtkWidget       *unlink_button;
  GtkLabel        *message_label;
  GtkWidget       *delete_button;
};

G_DEFINE_FINAL_TYPE (ClAccountDialog, cl_account_dialog, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static ClAccountStore *
account_store (ClAccountDialog *self)
{
  return cl_context_get_account_store (self->context);
}

static ClSecretVault *
vault (ClAccountDialog *self)
{
  return cl_context_get_secret_vault (self->context);
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
keyring_usable (ClAccountDialog *self)
{
  return cl_secret_vault_get_problem (vault (self)) == NULL;
}

/* Turns @widget off; the focus, if in it, first goes to the site (GTK 4.8
 * warns when a focused text field is made insensitive). */
static void
set_sensitive (ClAccountDialog *self,
               GtkWidget       *widget,
               gboolean         sensitive)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!sensitive && focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
    gtk_widget_grab_focus (GTK_WIDGET (self->site_row));
  gtk_widget_set_sensitive (widget, sensitive);
}

/* What can be used, as the keyring and the save stand.  While saving, the
 * fields stay as they are (what is saved was read when Save was pressed). */
static void
update_state (ClAccountDialog *self)
{
  const char *problem = cl_secret_vault_get_problem (vault (self));
  gboolean    password_on = problem == NULL && !self->loading;
  gboolean    busy = self->loading || self->saving;

  if (problem != NULL)
    {
      g_autofree char *sentence = cl_secret_vault_dup_problem_sentence (vault (self));

      cl_banner_set_title (self->banner, sentence);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->banner), problem != NULL);
  set_sensitive (self, GTK_WIDGET (self->password_row), password_on);
  set_sensitive (self, self->copy_button, password_on && *text_of (self->password_row) != '\0');
  gtk_widget_set_visible (self->password_spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->password_spinner), busy);
  gtk_widget_set_visible (self->saving_spinner, self->saving);
  gtk_spinner_set_spinning (GTK_SPINNER (self->saving_spinner), self->saving);
  set_sensitive (self, self->save_button, !busy);
  set_sensitive (self, self->delete_button, !self->saving);
}

static void
show_message (ClAccountDialog *self,
              const char      *message)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static void
clear_errors (ClAccountDialog *self)
{
  AdwEntryRow *rows[] = { self->site_row, self->url_row, self->username_row, self->password_row,
                          self->notes_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    cl_row_error_mark (GTK_WIDGET (rows[i]), NULL);
  show_message (self, NULL);
}

/* The row a field's message goes next to. */
static GtkWidget *
row_of_field (ClAccountDialog *self,
              const char      *field)
{
  if (g_strcmp0 (field, "site") == 0)
    return GTK_WIDGET (self->site_row);
  if (g_strcmp0 (field, "url") == 0)
    return GTK_WIDGET (self->url_row);
  if (g_strcmp0 (field, "username") == 0)
    return GTK_WIDGET (self->username_row);
  if (g_strcmp0 (field, "notes") == 0)
    return GTK_WIDGET (self->notes_row);
  return NULL;
}

static void
show_error (ClAccountDialog *self,
            const GError    *error)
{
  GtkWidget *row = error->domain == CL_VALIDATION_ERROR
                     ? row_of_field (self, cl_validation_error_get_field (error))
                     : NULL;

  if (row != NULL)
    {
      cl_row_error_mark (row, error->message);
      gtk_widget_grab_focus (row);
    }
  show_message (self, error->message);
}

/* The address ---------------------------------------------------------------- */

static char *
dup_openable_url (ClAccountDialog *self)
{
  g_autofree char *url = g_strstrip (g_strdup (text_of (self->url_row)));
  g_autoptr(ClAccount) probe = NULL;

  if (*url == '\0')
    return NULL;
  probe = cl_account_new ("-");
  g_object_set (probe, "url", url, NULL);
  return cl_model_validate_field (CL_MODEL (probe), "url", NULL) ? g_steal_pointer (&url) : NULL;
}

static void
update_open_button (ClAccountDialog *self)
{
  g_autofree char *url = dup_openable_url (self);

  gtk_widget_set_sensitive (self->open_button, url != NULL);
}

static void
open_clicked_cb (ClAccountDialog *self)
{
  g_autofree char *url = dup_openable_url (self);

  /* Through the portal in Flatpak. */
  if (url != NULL)
    gtk_show_uri (GTK_WINDOW (self), url, GDK_CURRENT_TIME);
}

/* The password --------------------------------------------------------------- */

static void
password_changed_cb (ClAccountDialog *self)
{
  if (!self->loading)
    self->password_edited = TRUE;
  cl_row_error_mark (GTK_WIDGET (self->password_row), NULL);
  update_state (self);
}

static void
copy_clicked_cb (ClAccountDialog *self)
{
  const char *secret = text_of (self->password_row);

  if (*secret != '\0')
    cl_password_copy_text (self->copy_button, secret, self->toast_overlay);
}

static void
looked_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(ClAccountDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  char *secret = cl_secret_vault_lookup_finish (CL_SECRET_VAULT (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (secret != NULL)
    {
      /* Shown hidden, as the entry shows any password. */
      gtk_editable_set_text (GTK_EDITABLE (self->password_row), secret);
      cl_secret_vault_free_secret (secret);
      self->had_password = TRUE;
    }
  self->loading = FALSE;
  update_state (self);
}

/* The application ------------------------------------------------------------- */

static void
show_application (ClAccountDialog *self)
{
  ClApplication   *application = NULL;
  g_autofree char *description = NULL;

  if (self->application_id != 0)
    application = cl_pipeline_store_find_application (
      cl_context_get_pipeline_store (self->context), self->application_id);
  if (application != NULL)
    description = cl_object_picker_describe_application (application);
  adw_action_row_set_subtitle (self->application_row,
                               description != NULL ? description
                                                   /* Translators: an account for no
                                                    * application in particular. */
                                                   : C_ ("application", "None"));
  gtk_widget_set_visible (self->unlink_button, application != NULL);
}

static void
application_picked_cb (gpointer item,
                       gpointer user_data)
{
  ClAccountDialog *self = user_data;

  self->application_id = cl_application_get_id (CL_APPLICATION (item));
  show_application (self);
}

static void
unlink_clicked_cb (ClAccountDialog *self)
{
  self->application_id = 0;
  show_application (self);
  gtk_widget_grab_focus (self->application_picker);
}

/* Saving ------------------------------------------------------------------------ */

static void run_steps (ClAccountDialog *self);

static void
finish_saving (ClAccountDialog *self,
               const GError    *error)
{
  self->saving = FALSE;
  update_state (self);
  if (error != NULL)
    {
      show_error (self, error);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* The keyring has done its part: the row now. */
static void
save_row (ClAccountDialog *self)
{
  g_autoptr(GError) error = NULL;
  ClAccount *shared;
  gboolean   ok;

  if (self->account == NULL)
    {
      ok = cl_account_store_add_account (account_store (self), self->pending, &error);
      /* The password must not outlive a row that was never added. */
      if (!ok && self->stored)
        cl_secret_vault_forget (vault (self), cl_account_get_uuid (self->pending));
      shared = self->pending;
    }
  else
    {
      ok = cl_account_store_update_account (account_store (self), self->pending, &error);
      shared = self->account;
    }
  if (!ok)
    {
      finish_saving (self, error);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, shared);
  finish_saving (self, NULL);
}

static void
step_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(ClAccountDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_task_get_source_tag (G_TASK (result)) == cl_secret_vault_relabel_async)
    ok = cl_secret_vault_relabel_finish (CL_SECRET_VAULT (source), result, &error);
  else if (g_task_get_source_tag (G_TASK (result)) == cl_secret_vault_store_async)
    self->stored = ok = cl_secret_vault_store_finish (CL_SECRET_VAULT (source), result, &error);
  else
    ok = cl_secret_vault_clear_finish (CL_SECRET_VAULT (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (!ok)
    {
      cl_row_error_mark (GTK_WIDGET (self->password_row), error->message);
      finish_saving (self, error);
      return;
    }
  run_steps (self);
}

static void
run_steps (ClAccountDialog *self)
{
  if (self->steps & STEP_RELABEL)
    {
      self->steps &= ~STEP_RELABEL;
      cl_secret_vault_relabel_async (vault (self), self->original, self->pending,
                                     self->cancellable, step_done_cb, g_object_ref (self));
    }
  else if (self->steps & STEP_STORE)
    {
      self->steps &= ~STEP_STORE;
      cl_secret_vault_store_async (vault (self), self->pending, text_of (self->password_row),
                                   self->cancellable, step_done_cb, g_object_ref (self));
    }
  else if (self->steps & STEP_CLEAR)
    {
      self->steps &= ~STEP_CLEAR;
      cl_secret_vault_clear_async (vault (self), cl_account_get_uuid (self->pending),
                                   self->cancellable, step_done_cb, g_object_ref (self));
    }
  else
    save_row (self);
}

static gboolean
differs (const char *a,
         const char *b)
{
  g_autofree char *first = g_strstrip (g_strdup (a != NULL ? a : ""));
  g_autofree char *second = g_strstrip (g_strdup (b != NULL ? b : ""));

  return g_strcmp0 (first, second) != 0;
}

static void
save_clicked_cb (ClAccountDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = g_strstrip (g_strdup (text_of (self->url_row)));
  const char      *password = text_of (self->password_row);
  gboolean         keyring = keyring_usable (self);

  if (self->saving || self->loading)
    return;
  clear_errors (self);
  g_clear_object (&self->pending);
  self->pending = self->account != NULL ? cl_account_copy (self->account)
                                        : cl_account_new (text_of (self->site_row));
  g_object_set (self->pending, "site", text_of (self->site_row), "url",
                *url != '\0' ? url : NULL, "username", text_of (self->username_row), "notes",
                text_of (self->notes_row), "application-id", self->application_id, NULL);
  if (!cl_account_store_check_account (account_store (self), self->pending, &error))
    {
      show_error (self, error);
      return;
    }

  self->steps = 0;
  self->stored = FALSE;
  if (self->account == NULL)
    {
      cl_account_store_reserve_uuid (account_store (self), self->pending);
      if (keyring && *password != '\0')
        self->steps |= STEP_STORE;
    }
  else if (keyring)
    {
      if (self->had_password &&
          (differs (cl_account_get_site (self->original), cl_account_get_site (self->pending)) ||
           differs (cl_account_get_username (self->original),
                    cl_account_get_username (self->pending))))
        self->steps |= STEP_RELABEL;
      if (self->password_edited && *password != '\0')
        self->steps |= STEP_STORE;
      else if (self->password_edited && self->had_password)
        self->steps |= STEP_CLEAR;
    }
  self->saving = TRUE;
  update_state (self);
  run_steps (self);
}

/* Deleting ---------------------------------------------------------------------- */

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ClAccountDialog  *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *site = NULL;

  cl_transient_destroy_soon (GTK_WINDOW (dialog));
  if (!g_str_equal (response, "delete") || self->account == NULL)
    return;
  site = g_strdup (cl_account_get_site (self->account));
  if (!cl_account_store_delete_account (account_store (self), self->account, &error))
    {
      show_error (self, error);
      return;
    }
  g_signal_emit (self, signals[DELETED], 0, site);
  gtk_window_close (GTK_WINDOW (self));
}

static void
delete_clicked_cb (ClAccountDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, NULL, NULL));

  if (self->account == NULL)
    return;
  cl_transient_set_parent (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_hide_on_close (GTK_WINDOW (dialog), TRUE);
  /* Translators: %s is the site, "LinkedIn". */
  adw_message_dialog_format_heading (dialog, _ ("Delete the %s Account?"),
                                     cl_account_get_site (self->account));
  adw_message_dialog_set_body (dialog, _ ("Its password is removed from your keyring too. This "
                                          "can’t be undone."));
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "delete", _ ("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The object --------------------------------------------------------------------- */

static gboolean
cl_account_dialog_close_request (GtkWindow *window)
{
  ClAccountDialog *self = CL_ACCOUNT_DIALOG (window);

  /* What the keyring was asked stops; nothing is half-saved, as the row
   * is written last. */
  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (cl_account_dialog_parent_class)->close_request (window);
}

static void
cl_account_dialog_dispose (GObject *object)
{
  ClAccountDialog *self = CL_ACCOUNT_DIALOG (object);

  if (self->vault_signals != NULL)
    g_signal_group_set_target (self->vault_signals, NULL);
  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (cl_account_dialog_parent_class)->dispose (object);
}

static void
cl_account_dialog_finalize (GObject *object)
{
  ClAccountDialog *self = CL_ACCOUNT_DIALOG (object);

  g_clear_object (&self->vault_signals);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->pending);
  g_clear_object (&self->original);
  g_clear_object (&self->account);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_account_dialog_parent_class)->finalize (object);
}

static void
cl_account_dialog_class_init (ClAccountDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_account_dialog_dispose;
  object_class->finalize = cl_account_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = cl_account_dialog_close_request;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, CL_TYPE_ACCOUNT);
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (CL_TYPE_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/CareerLens/gui/accounts/"
                                               "cl-account-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, saving_spinner);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, banner);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, site_row);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, open_button);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, username_row);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, password_spinner);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, copy_button);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, application_row);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, unlink_button);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, ClAccountDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_open_button);
  gtk_widget_class_bind_template_callback (widget_class, open_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, password_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, unlink_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
retry_clicked_cb (ClAccountDialog *self)
{
  cl_secret_vault_check_async (vault (self), NULL, NULL, NULL);
}

static void
cl_account_dialog_init (ClAccountDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->vault_signals = g_signal_group_new (CL_TYPE_SECRET_VAULT);
  g_signal_group_connect_object (self->vault_signals, "notify::problem",
                                 G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  cl_banner_set_button_label (self->banner, _ ("_Try Again"));
  g_signal_connect_object (cl_banner_get_button (self->banner), "clicked",
                           G_CALLBACK (retry_clicked_cb), self, G_CONNECT_SWAPPED);
}

ClAccountDialog *
cl_account_dialog_new (GtkWindow *parent,
                       ClContext *context,
                       ClAccount *account,
                       gint64     application_id)
{
  ClAccountDialog *self;
  GtkFilter       *filter = NULL;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (account == NULL || CL_IS_ACCOUNT (account), NULL);

  self = g_object_new (CL_TYPE_ACCOUNT_DIALOG, NULL);
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->context = g_object_ref (context);
  g_signal_group_set_target (self->vault_signals, vault (self));

  self->application_picker = cl_object_picker_new_for_applications (
    _ ("C_hoose…"), cl_pipeline_store_get_applications (cl_context_get_pipeline_store (context)),
    filter, application_picked_cb, self);
  gtk_widget_set_valign (self->application_picker, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->application_picker,
                               _ ("The Application This Account Is For"));
  adw_action_row_add_suffix (self->application_row, self->application_picker);

  if (account != NULL)
    {
      self->account = g_object_ref (account);
      self->original = cl_account_copy (account);
      self->application_id = cl_account_get_application_id (account);
      gtk_window_set_title (GTK_WINDOW (self), cl_account_get_site (account));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _ ("_Save"));
      gtk_editable_set_text (GTK_EDITABLE (self->site_row), cl_account_get_site (account));
      gtk_editable_set_text (GTK_EDITABLE (self->url_row), cl_account_get_url (account) ?: "");
      gtk_editable_set_text (GTK_EDITABLE (self->username_row),
                             cl_account_get_username (account) ?: "");
      gtk_editable_set_text (GTK_EDITABLE (self->notes_row), cl_account_get_notes (account) ?: "");
      gtk_widget_set_visible (self->delete_button, TRUE);

      /* The keyring may ask to be unlocked: never wait for it here. */
      self->loading = TRUE;
      cl_secret_vault_lookup_async (vault (self), cl_account_get_uuid (account), self->cancellable,
                                    looked_up_cb, g_object_ref (self));
    }
  else
    {
      self->application_id = application_id;
      gtk_window_set_title (GTK_WINDOW (self), _ ("Add Account"));
      /* Whether passwords can be kept is known before one is typed. */
      cl_secret_vault_check_async (vault (self), NULL, NULL, NULL);
    }
  show_application (self);
  update_open_button (self);
  update_state (self);
  cl_application_section_name_fields (GTK_WIDGET (self));
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  cl_a11y_name_password_peek (ADW_PASSWORD_ENTRY_ROW (self->password_row));
  cl_a11y_watch_toasts (self->toast_overlay);
  gtk_widget_grab_focus (GTK_WIDGET (self->site_row));
  return self;
}
