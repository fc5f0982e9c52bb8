/* cl-application-page.c — everything known about one application, saved as it is edited
 *
 * As GNOME Calendar's event editor, the page is a shell around section
 * widgets (ClApplicationSection), each knowing only the context and the
 * application: the shell gives them the application, flushes them before it
 * closes and says, on the board, what was not saved.  There is no Save
 * button: each field saves itself as the user leaves it (ClInstantApply).
 *
 * The page follows its application on the board: archived from the board
 * meanwhile, it says so and offers to unarchive; put back by an Undo, it
 * edits again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-application-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-application-page.h"
#include "cl-application-section.h"
#include "cl-career-lens-section.h"
#include "cl-history-section.h"
#include "cl-journal-entry-row.h"
#include "cl-journal-section.h"
#include "cl-offers-section.h"
#include "cl-overview-section.h"
#include "cl-posting-section.h"
#include "cl-red-flags-section.h"
#include "cl-round-row.h"
#include "cl-rounds-section.h"
#include "cl-toast.h"
#include "cl-transient.h"

struct _ClApplicationPage
{
  AdwWindow        parent_instance;

  ClContext       *context;
  ClApplication   *application; /* the shared one, never changed here */
  gint64           application_id;
  GPtrArray       *sections;
  GSignalGroup    *application_signals;
  GSignalGroup    *company_signals;
  GSignalGroup    *board_signals;
  gboolean         archived;
  gboolean         deleted;

  AdwWindowTitle  *window_title;
  GtkMenuButton   *menu_button;
  GtkInfoBar      *archived_bar;
  AdwToastOverlay *toast_overlay;
  GtkBox          *sections_box;
};

G_DEFINE_FINAL_TYPE (ClApplicationPage, cl_application_page, ADW_TYPE_WINDOW)

enum
{
  ARCHIVED,
  UNARCHIVED,
  DELETED,
  UNSAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static ClPipelineStore *
pipeline_store (ClApplicationPage *self)
{
  return cl_context_get_pipeline_store (self->context);
}

static void
show_error (ClApplicationPage *self,
            const GError      *error)
{
  AdwToast *toast = cl_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The title ---------------------------------------------------------------- */

static void
update_title (ClApplicationPage *self)
{
  const char      *role = cl_application_get_role (self->application);
  const char      *company = cl_application_get_company_name (self->application);
  g_autofree char *title = NULL;

  /* Translators: the page's title, "ML Engineer at Deep Lattice". */
  title = g_strdup_printf (_ ("%s at %s"), role != NULL ? role : "",
                           company != NULL ? company : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, role);
  adw_window_title_set_subtitle (self->window_title, company);
}

static void
application_notify_cb (ClApplicationPage *self,
                       GParamSpec        *pspec)
{
  if (g_str_equal (pspec->name, "company"))
    g_signal_group_set_target (self->company_signals,
                               cl_application_get_company (self->application));
  if (g_str_equal (pspec->name, "company") || g_str_equal (pspec->name, "role"))
    update_title (self);
}

/* Sections ----------------------------------------------------------------- */

static void
set_application (ClApplicationPage *self,
                 ClApplication     *application)
{
  g_set_object (&self->application, application);
  g_signal_group_set_target (self->application_signals, application);
  g_signal_group_set_target (self->company_signals, cl_application_get_company (application));
  for (guint i = 0; i < self->sections->len; i++)
    cl_application_section_set_application (g_ptr_array_index (self->sections, i),
                                            self->context, application);
  update_title (self);
}

void
cl_application_page_flush (ClApplicationPage *self)
{
  g_return_if_fail (CL_IS_APPLICATION_PAGE (self));

  for (guint i = 0; i < self->sections->len; i++)
    cl_application_section_flush (g_ptr_array_index (self->sections, i));
}

char *
cl_application_page_get_unsaved (ClApplicationPage *self)
{
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (CL_IS_APPLICATION_PAGE (self), NULL);

  for (guint i = 0; i < self->sections->len; i++)
    {
      char *sentence = cl_application_section_get_unsaved (g_ptr_array_index (self->sections, i));

      if (sentence != NULL)
        g_ptr_array_add (sentences, sentence);
    }
  if (sentences->len == 0)
    return NULL;

  g_ptr_array_add (sentences, NULL);
  return g_strjoinv (" ", (char **) sentences->pdata);
}

/* Archived or not ---------------------------------------------------------- */

static void
set_archived (ClApplicationPage *self,
              gboolean           archived)
{
  self->archived = archived;
  gtk_info_bar_set_revealed (self->archived_bar, archived);
  /* Nothing can be saved off the board: the fields are read-only. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->sections_box), !archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.archive", !archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.unarchive", archived);
}

/* The board changed: the application may have left it, or come back (an
 * Undo brings back another object for it). */
static void
board_changed_cb (ClApplicationPage *self)
{
  ClApplication *shared = cl_pipeline_store_find_application (pipeline_store (self),
                                                              self->application_id);

  if (self->deleted)
    return;
  if (shared == NULL)
    {
      if (!self->archived)
        set_archived (self, TRUE);
      return;
    }
  if (shared != self->application)
    set_application (self, shared);
  if (self->archived)
    set_archived (self, FALSE);
}

static void
archive_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ClApplicationPage *self = CL_APPLICATION_PAGE (widget);
  g_autoptr(ClApplication) application = g_object_ref (self->application);
  g_autoptr(GError) error = NULL;

  /* What waits for a pause is saved while it still can be. */
  cl_application_page_flush (self);
  if (!cl_pipeline_store_archive_application (pipeline_store (self), application, &error))
    {
      show_error (self, error);
      return;
    }
  set_archived (self, TRUE);
  g_signal_emit (self, signals[ARCHIVED], 0, application);
}

static void
unarchive_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ClApplicationPage *self = CL_APPLICATION_PAGE (widget);
  g_autoptr(ClApplication) application = g_object_ref (self->application);
  g_autoptr(GError) error = NULL;

  if (!cl_pipeline_store_unarchive_application (pipeline_store (self), application, &error))
    {
      show_error (self, error);
      return;
    }
  board_changed_cb (self);
  g_signal_emit (self, signals[UNARCHIVED], 0, self->application);
}

/* Deleting ----------------------------------------------------------------- */

static void
delete_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    ClApplicationPage *self)
{
  g_autoptr(ClApplication) application = g_object_ref (self->application);
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;

  cl_transient_destroy_soon (GTK_WINDOW (dialog));
  if (!g_str_equal (response, "delete") && !g_str_equal (response, "delete-accounts"))
    return;

  /* Its accounts go with it only when the user said so. */
  if (!cl_account_store_delete_application (cl_context_get_account_store (self->context),
                                            pipeline_store (self), application,
                                            g_str_equal (response, "delete-accounts"), &deletion,
                                            &error))
    {
      show_error (self, error);
      return;
    }

  /* Nothing of it is left to save: the page goes, the board offers Undo. */
  self->deleted = TRUE;
  g_signal_emit (self, signals[DELETED], 0, application, deletion);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ClApplicationPage *self = CL_APPLICATION_PAGE (widget);
  AdwMessageDialog  *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, NULL, NULL));
  g_autoptr(GListModel) accounts = cl_account_store_list_for_application (
    cl_context_get_account_store (self->context), cl_application_get_id (self->application));
  guint n_accounts = g_list_model_get_n_items (accounts);

  cl_transient_set_parent (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_hide_on_close (GTK_WINDOW (dialog), TRUE);
  /* Translators: %s is the page's title, "ML Engineer at Deep Lattice". */
  adw_message_dialog_format_heading (dialog, _ ("Delete “%s”?"),
                                     gtk_window_get_title (GTK_WINDOW (self)));
  adw_message_dialog_set_body (dialog,
                               _ ("Its rounds, journal, red flags, referrals, offers and history "
                                  "are deleted with it. The board offers to undo it for a "
                                  "while."));
  if (n_accounts == 0)
    adw_message_dialog_add_responses (dialog,
                                      "cancel", _ ("_Cancel"),
                                      "delete", _ ("_Delete"),
                                      NULL);
  else
    {
      g_autoptr(GString) sites = g_string_new (NULL);
      g_autofree char *body = NULL;

      for (guint i = 0; i < n_accounts; i++)
        {
          g_autoptr(ClAccount) account = g_list_model_get_item (accounts, i);

          /* Translators: between the sites of a list, "Acme Careers, Acme SSO". */
          g_string_append_printf (sites, "%s%s", i > 0 ? _ (", ") : "",
                                  cl_account_get_site (account));
        }
      /* Translators: %s lists the sites of the accounts, "Acme Careers, Acme SSO". */
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Its rounds, journal, red flags, referrals, offers and "
                                           "history are deleted with it; the board offers to undo "
                                           "that for a while.\n\nIt also has an account (%s). "
                                           "Delete it and its password too — for good, even on "
                                           "Undo — or keep it for no application?",
                                           "Its rounds, journal, red flags, referrals, offers and "
                                           "history are deleted with it; the board offers to undo "
                                           "that for a while.\n\nIt also has accounts (%s). "
                                           "Delete them and their passwords too — for good, even "
                                           "on Undo — or keep them for no application?",
                                           n_accounts),
                              sites->str);
      adw_message_dialog_set_body (dialog, body);
      adw_message_dialog_add_responses (dialog,
                                        "cancel", _ ("_Cancel"),
                                        "delete", _ ("Delete, _Keep Accounts"),
                                        "delete-accounts", _ ("Delete _Accounts Too"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "delete-accounts",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Closing ------------------------------------------------------------------ */

static gboolean
cl_application_page_close_request (GtkWindow *window)
{
  ClApplicationPage *self = CL_APPLICATION_PAGE (window);
  g_autofree char   *unsaved = NULL;

  if (!self->deleted && !self->archived)
    {
      cl_application_page_flush (self);
      unsaved = cl_application_page_get_unsaved (self);
      if (unsaved != NULL)
        g_signal_emit (self, signals[UNSAVED], 0, unsaved);
    }

  return GTK_WINDOW_CLASS (cl_application_page_parent_class)->close_request (window);
}

/* The object --------------------------------------------------------------- */

static void
cl_application_page_dispose (GObject *object)
{
  ClApplicationPage *self = CL_APPLICATION_PAGE (object);

  if (self->sections != NULL)
    for (guint i = 0; i < self->sections->len; i++)
      cl_application_section_set_application (g_ptr_array_index (self->sections, i), NULL, NULL);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  if (self->application_signals != NULL)
    g_signal_group_set_target (self->application_signals, NULL);
  if (self->company_signals != NULL)
    g_signal_group_set_target (self->company_signals, NULL);
  if (self->board_signals != NULL)
    g_signal_group_set_target (self->board_signals, NULL);
  g_clear_object (&self->application_signals);
  g_clear_object (&self->company_signals);
  g_clear_object (&self->board_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_APPLICATION_PAGE);
  g_clear_object (&self->application);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_application_page_parent_class)->dispose (object);
}

static void
cl_application_page_class_init (ClApplicationPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cl_application_page_dispose;
  window_class->close_request = cl_application_page_close_request;

  signals[ARCHIVED] = g_signal_new ("archived", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, CL_TYPE_APPLICATION);
  signals[UNARCHIVED] = g_signal_new ("unarchived", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, CL_TYPE_APPLICATION);
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 2, CL_TYPE_APPLICATION,
                                   CL_TYPE_DELETION);
  signals[UNSAVED] = g_signal_new ("unsaved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /* The sections the template places. */
  g_type_ensure (CL_TYPE_OVERVIEW_SECTION);
  g_type_ensure (CL_TYPE_ROUNDS_SECTION);
  g_type_ensure (CL_TYPE_ROUND_ROW);
  g_type_ensure (CL_TYPE_JOURNAL_SECTION);
  g_type_ensure (CL_TYPE_JOURNAL_ENTRY_ROW);
  g_type_ensure (CL_TYPE_CAREER_LENS_SECTION);
  g_type_ensure (CL_TYPE_RED_FLAGS_SECTION);
  g_type_ensure (CL_TYPE_OFFERS_SECTION);
  g_type_ensure (CL_TYPE_POSTING_SECTION);
  g_type_ensure (CL_TYPE_HISTORY_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/application/cl-application-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ClApplicationPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationPage, archived_bar);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ClApplicationPage, sections_box);

  gtk_widget_class_install_action (widget_class, "page.archive", NULL, archive_action_cb);
  gtk_widget_class_install_action (widget_class, "page.unarchive", NULL, unarchive_action_cb);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cl_application_page_init (ClApplicationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->sections = g_ptr_array_new_with_free_func (g_object_unref);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CL_IS_APPLICATION_SECTION (child))
      g_ptr_array_add (self->sections, g_object_ref (child));

  self->application_signals = g_signal_group_new (CL_TYPE_APPLICATION);
  g_signal_group_connect_object (self->application_signals, "notify",
                                 G_CALLBACK (application_notify_cb), self, G_CONNECT_SWAPPED);
  self->company_signals = g_signal_group_new (CL_TYPE_COMPANY);
  g_signal_group_connect_object (self->company_signals, "notify::name",
                                 G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  self->board_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->board_signals, "items-changed",
                                 G_CALLBACK (board_changed_cb), self, G_CONNECT_SWAPPED);

  set_archived (self, FALSE);
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  cl_a11y_name_menus_below (GTK_WIDGET (self));
  cl_a11y_watch_toasts (self->toast_overlay);
}

ClApplicationPage *
cl_application_page_new (GtkWindow     *parent,
                         ClContext     *context,
                         ClApplication *application)
{
  ClApplicationPage *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_APPLICATION (application), NULL);

  self = g_object_new (CL_TYPE_APPLICATION_PAGE, NULL);
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->context = g_object_ref (context);
  self->application_id = cl_application_get_id (application);
  g_signal_group_set_target (self->board_signals,
                             cl_pipeline_store_get_applications (pipeline_store (self)));
  set_application (self, application);
  return self;
}

gint64
cl_application_page_get_application_id (ClApplicationPage *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION_PAGE (self), 0);

  return self->application_id;
}
