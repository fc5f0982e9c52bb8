/* cl-app.c — the CareerLens application
 *
 * Single instance: a second launch presents the first window.  The command
 * line options that need no window (--version, --import, --export) are
 * handled in the launching process, so they work without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-app"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-app.h"
#include "cl-transfer.h"
#include "cl-window.h"

struct _ClApp
{
  AdwApplication  parent_instance;

  char           *database_path;
  ClContext      *context;
};

G_DEFINE_FINAL_TYPE (ClApp, cl_app, ADW_TYPE_APPLICATION)

static void
cl_app_finalize (GObject *object)
{
  ClApp *self = (ClApp *) object;

  g_clear_object (&self->context);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (cl_app_parent_class)->finalize (object);
}

static char *
resolve_database_path (GVariantDict *options)
{
  const char *path = NULL;
  const char *env;

  if (g_variant_dict_lookup (options, "database", "^&ay", &path) && path != NULL && *path != '\0')
    return g_canonicalize_filename (path, NULL);

  env = g_getenv ("CAREERLENS_DATABASE");
  if (env != NULL && *env != '\0')
    return g_canonicalize_filename (env, NULL);

  return cl_database_get_default_path ();
}

/* --import and --export: open, transfer, report, exit — no window. */
static int
run_transfer (const char *database_path,
              const char *import_path,
              const char *export_path)
{
  g_autoptr(ClClock) clock = cl_clock_new_system ();
  g_autoptr(ClContext) context = NULL;
  g_autoptr(GError) error = NULL;

  context = cl_context_open (database_path, clock, &error);
  if (context == NULL)
    {
      g_printerr ("careerlens: %s\n", error->message);
      return 1;
    }

  if (import_path != NULL && !cl_transfer_import (context, import_path, &error))
    {
      g_printerr ("careerlens: %s\n", error->message);
      return 1;
    }

  if (export_path != NULL && !cl_transfer_export (context, export_path, &error))
    {
      g_printerr ("careerlens: %s\n", error->message);
      return 1;
    }

  if (import_path != NULL)
    g_print (_("Imported “%s” into “%s”.\n"), import_path, database_path);
  if (export_path != NULL)
    g_print (_("Exported “%s” to “%s”.\n"), database_path, export_path);
  return 0;
}

static int
cl_app_handle_local_options (GApplication *application,
                             GVariantDict *options)
{
  ClApp *self = CL_APP (application);
  const char *import_path = NULL;
  const char *export_path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("careerlens %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_clear_pointer (&self->database_path, g_free);
  self->database_path = resolve_database_path (options);

  g_variant_dict_lookup (options, "import", "^&ay", &import_path);
  g_variant_dict_lookup (options, "export", "^&ay", &export_path);
  if (import_path != NULL || export_path != NULL)
    return run_transfer (self->database_path, import_path, export_path);

  return -1;
}

static void
show_open_error (ClApp        *self,
                 const GError *error)
{
  GtkWidget *dialog;

  g_printerr ("careerlens: %s\n", error->message);

  dialog = adw_message_dialog_new (NULL, _("Cannot Open Your CareerLens Data"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "quit", _("_Quit"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_swapped (dialog, "response", G_CALLBACK (gtk_window_destroy), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cl_app_activate (GApplication *application)
{
  ClApp *self = CL_APP (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->context == NULL)
    {
      g_autoptr(ClClock) clock = cl_clock_new_system ();
      g_autoptr(GError) error = NULL;

      if (self->database_path == NULL)
        self->database_path = cl_database_get_default_path ();

      self->context = cl_context_open (self->database_path, clock, &error);
      if (self->context == NULL)
        {
          show_open_error (self, error);
          return;
        }
    }

  window = GTK_WINDOW (cl_window_new (self, self->context));
  gtk_window_present (window);
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GApplication *application = G_APPLICATION (user_data);

  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (application)));

  /* Close windows rather than quit outright, so each saves its state. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_application_quit (application);
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The CareerLens developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "application-name", "CareerLens",
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The CareerLens developers"),
                        "developers", developers,
                        "comments", _("Run your whole job search — applications, interview prep, "
                                      "contacts and offers — on your own computer."),
                        "website", "https://example.com/careerlens",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The CareerLens developers",
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
help_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);

  gtk_show_uri (gtk_application_get_active_window (application), "help:" PACKAGE_NAME,
                GDK_CURRENT_TIME);
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_activated_cb },
  { .name = "about", .activate = about_activated_cb },
  { .name = "help", .activate = help_activated_cb },
};

static void
cl_app_startup (GApplication *application)
{
  GtkApplication *gtk_app = GTK_APPLICATION (application);

  G_APPLICATION_CLASS (cl_app_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);

  gtk_application_set_accels_for_action (gtk_app, "app.quit", (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (gtk_app, "app.help", (const char *[]) { "F1", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.new-application",
                                         (const char *[]) { "<Control>n", NULL });
  gtk_application_set_accels_for_action (gtk_app, "board.search", (const char *[]) { "<Control>f", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.show-page::pipeline",
                                         (const char *[]) { "<Alt>1", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.show-page::prep",
                                         (const char *[]) { "<Alt>2", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.show-page::contacts",
                                         (const char *[]) { "<Alt>3", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.show-page::offers",
                                         (const char *[]) { "<Alt>4", NULL });
}

static void
cl_app_class_init (ClAppClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = cl_app_finalize;
  app_class->handle_local_options = cl_app_handle_local_options;
  app_class->startup = cl_app_startup;
  app_class->activate = cl_app_activate;
}

static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database at PATH instead of the default one (also: CAREERLENS_DATABASE)"), N_("PATH") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import FILE into the database, the format chosen by its extension, and exit"), N_("FILE") },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the database to FILE, the format chosen by its extension, and exit"), N_("FILE") },
  { NULL }
};

static void
cl_app_init (ClApp *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("CareerLens runs your job search: applications, "
                                              "interview prep, contacts and offers."));
}

ClApp *
cl_app_new (void)
{
  return g_object_new (CL_TYPE_APP,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

ClContext *
cl_app_get_context (ClApp *self)
{
  g_return_val_if_fail (CL_IS_APP (self), NULL);

  return self->context;
}
