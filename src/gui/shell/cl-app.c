/* cl-app.c — the CareerLens application
 *
 * Single instance, and one writer: --import and --export are carried out by
 * the running CareerLens when there is one (its window follows at once),
 * with the messages on the caller's terminal and its exit status; otherwise
 * by the process itself, without a display, holding the application's name
 * meanwhile so that no other CareerLens writes to the file at the same time.
 *
 * The window shows itself first; the database is opened, checked and read on
 * a worker thread, and the board fills in as soon as its cards are read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-app"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>

#include "cl-app.h"
#include "cl-keywords.h"
#include "cl-money.h"
#include "cl-secret-clipboard.h"
#include "cl-transfer.h"
#include "cl-window.h"

struct _ClApp
{
  AdwApplication parent_instance;

  char          *database_path;
  ClContext     *context;
  GPtrArray     *waiting; /* GApplicationCommandLine: transfers waiting for the data */
  gboolean       opening;
};

G_DEFINE_FINAL_TYPE (ClApp, cl_app, ADW_TYPE_APPLICATION)

static void
cl_app_finalize (GObject *object)
{
  ClApp *self = (ClApp *) object;

  g_clear_pointer (&self->waiting, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (cl_app_parent_class)->finalize (object);
}

/* Command line --------------------------------------------------------------- */

/* Where the messages of a transfer go: this process's terminal, or the
 * caller's when the running instance carries it out. */
typedef struct
{
  GApplicationCommandLine *command_line;
} Output;

static void
say (Output     *output,
     const char *text)
{
  if (output->command_line != NULL)
    g_application_command_line_print (output->command_line, "%s\n", text);
  else
    g_print ("%s\n", text);
}

static void
complain (Output     *output,
          const char *text)
{
  if (output->command_line != NULL)
    g_application_command_line_printerr (output->command_line, "careerlens: %s\n", text);
  else
    g_printerr ("careerlens: %s\n", text);
}

typedef struct
{
  char    *database_path;
  char    *import_path;
  char    *export_path;
  char    *paper;
  char    *currency;
  gboolean force;
} Transfer;

static void
transfer_clear (Transfer *transfer)
{
  g_clear_pointer (&transfer->database_path, g_free);
  g_clear_pointer (&transfer->import_path, g_free);
  g_clear_pointer (&transfer->export_path, g_free);
  g_clear_pointer (&transfer->paper, g_free);
  g_clear_pointer (&transfer->currency, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Transfer, transfer_clear)

static char *
lookup_path (GVariantDict *options,
             const char   *name)
{
  const char *path = NULL;

  if (g_variant_dict_lookup (options, name, "^&ay", &path) && path != NULL && *path != '\0')
    return g_strdup (path);
  return NULL;
}

static void
transfer_read (Transfer     *transfer,
               GVariantDict *options)
{
  transfer->database_path = lookup_path (options, "database");
  transfer->import_path = lookup_path (options, "import");
  transfer->export_path = lookup_path (options, "export");
  transfer->force = g_variant_dict_contains (options, "force");
  if (!g_variant_dict_lookup (options, "paper", "s", &transfer->paper))
    transfer->paper = NULL;
  if (!g_variant_dict_lookup (options, "currency", "s", &transfer->currency))
    transfer->currency = NULL;
}

/* Runs --import or --export on @context, or on the database the transfer
 * names when @context is another.  Returns the exit status. */
static int
run_transfer (ClContext      *context,
              const Transfer *transfer,
              Output         *output)
{
  g_autoptr(ClContext) own = NULL;
  g_autoptr(ClClock) clock = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char  *message = NULL;
  g_autofree char  *summary = NULL;
  ClTransferOptions options;

  if (transfer->export_path != NULL && !transfer->force &&
      g_file_test (transfer->export_path, G_FILE_TEST_EXISTS))
    {
      message = g_strdup_printf (
        _ ("“%s” already exists. Choose another file, or add --force to replace it."),
        transfer->export_path);
      complain (output, message);
      return EX_CANTCREAT;
    }
  if (transfer->import_path != NULL && !g_file_test (transfer->import_path, G_FILE_TEST_EXISTS))
    {
      message = g_strdup_printf (_ ("“%s” does not exist. Check the name of the file to import."),
                                 transfer->import_path);
      complain (output, message);
      return EX_NOINPUT;
    }
  /* Before the database is opened, so a refused file creates nothing. */
  if (!cl_transfer_check (transfer->import_path != NULL ? transfer->import_path
                                                        : transfer->export_path,
                          transfer->import_path != NULL, &error))
    {
      complain (output, error->message);
      return EX_USAGE;
    }

  if (context == NULL || g_strcmp0 (cl_database_get_path (cl_context_get_database (context)),
                                    transfer->database_path) != 0)
    {
      /* An export reads an existing database only; an import may start a new
       * one.  Neither makes a database of an empty file (the window does). */
      ClDatabaseOpenFlags flags = transfer->import_path != NULL ? CL_DATABASE_OPEN_CREATE
                                                                : CL_DATABASE_OPEN_EXISTING;

      clock = cl_clock_new_system ();
      own = cl_context_open_full (transfer->database_path, flags, clock, &error);
      if (own == NULL)
        {
          complain (output, error->message);
          return EX_DATAERR;
        }
      context = own;
    }

  if (transfer->import_path != NULL &&
      !cl_transfer_import (context, transfer->import_path, &summary, &error))
    {
      complain (output, error->message);
      return EX_DATAERR;
    }
  cl_transfer_options_init (&options);
  if (transfer->paper != NULL)
    cl_paper_from_string (transfer->paper, &options.paper);
  if (transfer->currency != NULL)
    g_strlcpy (options.currency, transfer->currency, sizeof options.currency);
  if (transfer->export_path != NULL &&
      !cl_transfer_export (context, transfer->export_path, &options, &error))
    {
      complain (output, error->message);
      return EX_CANTCREAT;
    }

  if (transfer->import_path != NULL && summary != NULL)
    /* TRANSLATORS: the end says what the import did: "3 new contacts, 1 already there." */
    message = g_strdup_printf (_ ("Imported “%s” into “%s”: %s"), transfer->import_path,
                               transfer->database_path, summary);
  else if (transfer->import_path != NULL)
    message = g_strdup_printf (_ ("Imported “%s” into “%s”."), transfer->import_path,
                               transfer->database_path);
  else
    message = g_strdup_printf (_ ("Exported “%s” to “%s”."), transfer->database_path,
                               transfer->export_path);
  say (output, message);

  if (own != NULL)
    cl_context_close (own);
  return EXIT_SUCCESS;
}

/* Paths as the caller meant them, whatever directory the running instance
 * was started in. */
static void
make_paths_absolute (GVariantDict *options)
{
  static const char *names[] = { "import", "export" };
  g_autofree char   *database = lookup_path (options, "database");
  const char        *env = g_getenv ("CAREERLENS_DATABASE");

  if (database == NULL && env != NULL && *env != '\0')
    database = g_strdup (env);
  if (database == NULL)
    database = cl_database_get_default_path ();
  g_variant_dict_insert (options, "database", "^ay", g_canonicalize_filename (database, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = lookup_path (options, names[i]);

      if (path != NULL)
        {
          g_autofree char *absolute = g_canonicalize_filename (path, NULL);

          g_variant_dict_insert (options, names[i], "^ay", absolute);
        }
    }
}

static int
busy_command_line_cb (GApplication            *probe,
                      GApplicationCommandLine *command_line)
{
  g_application_command_line_printerr (command_line, "careerlens: %s\n",
                                       _ ("An import or export is running in another process; "
                                          "try again when it has finished."));
  return EX_TEMPFAIL;
}

static void
transfer_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Output output = { NULL };

  g_task_return_int (task, run_transfer (NULL, task_data, &output));
}

static void
transfer_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  int *status = user_data;

  *status = (int) g_task_propagate_int (G_TASK (result), NULL);
}

/* No CareerLens runs: this process carries the transfer out itself, holding
 * the application's name so that another one waits its turn. */
static int
transfer_here (GApplication *probe,
               Transfer     *transfer)
{
  GTask *task;
  int    status = -1;

  /* On a thread, so that this process still answers another caller. */
  g_signal_connect (probe, "command-line", G_CALLBACK (busy_command_line_cb), NULL);
  task = g_task_new (probe, NULL, transfer_done_cb, &status);
  g_task_set_task_data (task, transfer, NULL);
  g_task_run_in_thread (task, transfer_thread);
  g_object_unref (task);
  while (status < 0)
    g_main_context_iteration (NULL, TRUE);
  return status;
}

/* --keywords FILE: the taxonomy's terms found in a job description, one
 * "domain<TAB>term<TAB>count" line each, here and at once (no window, no
 * database). */
static int
print_keywords (GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = lookup_path (options, "keywords");
  g_autofree char *text = NULL;
  g_autofree char *lines = NULL;
  g_autoptr(GArray) hits = NULL;
  static const char *const others[] = { "import", "export", "force", "paper", "currency" };

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (g_variant_dict_contains (options, others[i]))
      {
        g_printerr ("careerlens: %s\n", _ ("--keywords goes alone: run it on its own."));
        return EX_USAGE;
      }
  if (path == NULL)
    {
      g_printerr ("careerlens: %s\n",
                  _ ("--keywords needs the file of a job description, or - for standard input."));
      return EX_USAGE;
    }
  text = cl_keywords_read_description (path, &error);
  if (text != NULL)
    hits = cl_keyword_taxonomy_extract (cl_keyword_taxonomy_get_default (), text, -1, &error);
  if (hits == NULL)
    {
      g_printerr ("careerlens: %s\n", error->message);
      return g_error_matches (error, CL_KEYWORDS_ERROR, CL_KEYWORDS_ERROR_NOT_UTF8) ? EX_DATAERR
                                                                                    : EX_NOINPUT;
    }
  lines = cl_keywords_format_tsv (hits);
  /* fputs, not g_print: the names stay UTF-8 in any locale. */
  fputs (lines, stdout);
  if (fflush (stdout) != 0)
    {
      g_printerr ("careerlens: %s\n", g_strerror (errno));
      return EX_IOERR;
    }
  return EXIT_SUCCESS;
}

static int
cl_app_handle_local_options (GApplication *application,
                             GVariantDict *options)
{
  g_auto(Transfer) transfer = {
    NULL,
  };
  g_autoptr(GApplication) probe = NULL;
  g_autoptr(GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("careerlens %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }
  if (g_variant_dict_contains (options, "keywords"))
    return print_keywords (options);

  make_paths_absolute (options);
  transfer_read (&transfer, options);

  if (transfer.import_path != NULL && transfer.export_path != NULL)
    {
      g_printerr ("careerlens: %s\n",
                  _ ("--import and --export cannot be used together. Run one, then the other."));
      return EX_USAGE;
    }
  if (transfer.force && transfer.export_path == NULL)
    {
      g_printerr ("careerlens: %s\n", _ ("--force only goes with --export."));
      return EX_USAGE;
    }
  if (transfer.paper != NULL)
    {
      ClPaper paper;

      if (transfer.export_path == NULL)
        {
          g_printerr ("careerlens: %s\n", _ ("--paper only goes with --export of a PDF file."));
          return EX_USAGE;
        }
      if (!cl_paper_from_string (transfer.paper, &paper))
        {
          g_printerr ("careerlens: ");
          g_printerr (_ ("--paper is “a4” or “letter”, not “%s”."), transfer.paper);
          g_printerr ("\n");
          return EX_USAGE;
        }
    }
  else if (transfer.export_path != NULL)
    {
      /* This process's locale decides, also when a running one exports. */
      transfer.paper = g_strdup (cl_paper_to_string (cl_paper_default ()));
      g_variant_dict_insert (options, "paper", "s", transfer.paper);
    }
  if (transfer.currency != NULL)
    {
      g_autofree char *code = g_ascii_strup (transfer.currency, -1);

      if (transfer.export_path == NULL)
        {
          g_printerr ("careerlens: %s\n",
                      _ ("--currency only goes with --export of a PDF file."));
          return EX_USAGE;
        }
      if (!cl_currency_is_known (code))
        {
          g_printerr ("careerlens: ");
          g_printerr (_ ("--currency is an ISO 4217 code such as USD or EUR, not “%s”."),
                      transfer.currency);
          g_printerr ("\n");
          return EX_USAGE;
        }
      g_variant_dict_insert (options, "currency", "s", code);
      g_free (transfer.currency);
      transfer.currency = g_steal_pointer (&code);
    }
  if (transfer.import_path == NULL && transfer.export_path == NULL)
    return -1;

  /* Taking the name tells at once, without a race, whether a CareerLens
   * runs; with no session bus at all this process is on its own. */
  probe = g_application_new (g_application_get_application_id (application),
                             G_APPLICATION_HANDLES_COMMAND_LINE);
  if (!g_application_register (probe, NULL, &error))
    {
      g_printerr ("careerlens: %s\n", error->message);
      return EX_UNAVAILABLE;
    }
  if (!g_application_get_is_remote (probe))
    return transfer_here (probe, &transfer);

  /* The running one does it; this process only forwards, and never opens a
   * display. */
  g_application_set_flags (application,
                           g_application_get_flags (application) | G_APPLICATION_IS_LAUNCHER);
  return -1;
}

static void
run_waiting (ClApp *self)
{
  g_autoptr(GPtrArray) waiting = g_steal_pointer (&self->waiting);

  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; waiting != NULL && i < waiting->len; i++)
    {
      GApplicationCommandLine *command_line = g_ptr_array_index (waiting, i);
      g_auto(Transfer) transfer = {
        NULL,
      };
      Output output = { command_line };

      transfer_read (&transfer, g_application_command_line_get_options_dict (command_line));
      g_application_command_line_set_exit_status (command_line,
                                                  self->context != NULL
                                                    ? run_transfer (self->context, &transfer,
                                                                    &output)
                                                    : run_transfer (NULL, &transfer, &output));
    }
}

static int
cl_app_command_line (GApplication            *application,
                     GApplicationCommandLine *command_line)
{
  ClApp        *self = CL_APP (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_auto(Transfer) transfer = {
    NULL,
  };

  transfer_read (&transfer, options);

  if (transfer.import_path != NULL || transfer.export_path != NULL)
    {
      Output output = { command_line };

      if (g_application_command_line_get_is_remote (command_line))
        g_debug ("Carrying out an %s for another process",
                 transfer.import_path != NULL ? "import" : "export");

      /* While the window's data is still being read, the caller waits. */
      if (self->opening)
        {
          g_ptr_array_add (self->waiting, g_object_ref (command_line));
          return EXIT_SUCCESS;
        }
      return run_transfer (self->context, &transfer, &output);
    }

  if (!g_application_command_line_get_is_remote (command_line))
    {
      g_free (self->database_path);
      self->database_path = g_strdup (transfer.database_path);
    }
  else if (g_strcmp0 (transfer.database_path, self->database_path) != 0)
    {
      g_application_command_line_printerr (command_line, "careerlens: ");
      g_application_command_line_printerr (command_line,
                                           _ (
                                             "CareerLens is already running with “%s”; showing it. "
                                             "Quit it first to open “%s”."),
                                           self->database_path, transfer.database_path);
      g_application_command_line_printerr (command_line, "\n");
    }

  g_application_activate (application);
  return EXIT_SUCCESS;
}

/* Opening -------------------------------------------------------------------- */

static void
show_open_error (ClApp        *self,
                 const GError *error)
{
  g_autofree char *body = NULL;
  GtkWidget       *dialog;

  g_printerr ("careerlens: %s\n", error->message);

  /* Say only what can be done from here: quit, then act on the file. */
  body =
    g_strdup_printf (_ ("%s\n\nCareerLens has not changed the file. Quit, then put a copy from a "
                        "backup in its place, or start CareerLens on another file with "
                        "“careerlens --database PATH”."),
                     error->message);
  dialog = adw_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                   _ ("Cannot Open Your CareerLens Data"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "quit", _ ("_Quit"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_swapped (dialog, "response", G_CALLBACK (g_application_quit), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(ClApp) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  self->context = cl_context_open_finish (result, &error);
  self->opening = FALSE;
  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->context == NULL)
    {
      if (window != NULL)
        gtk_window_destroy (window);
      show_open_error (self, error);
    }
  else
    {
      /* (The window's writes wait only briefly for another program's lock:
       * cl_context_open_finish() sets that.)  Another program's changes are
       * looked for every 10 s, besides whenever the window gains focus. */
      cl_database_set_poll_interval (cl_context_get_database (self->context), 10);
      if (CL_IS_WINDOW (window))
        cl_window_set_context (CL_WINDOW (window), self->context);
    }

  run_waiting (self);
  g_application_release (G_APPLICATION (self));
}

static void
cl_app_activate (GApplication *application)
{
  ClApp     *self = CL_APP (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (cl_window_new (self));
  if (self->context != NULL)
    cl_window_set_context (CL_WINDOW (window), self->context);
  gtk_window_present (window);

  if (self->context == NULL && !self->opening)
    {
      g_autoptr(ClClock) clock = cl_clock_new_system ();

      if (self->database_path == NULL)
        self->database_path = cl_database_get_default_path ();

      self->opening = TRUE;
      g_application_hold (application);
      cl_context_open_async (self->database_path, clock, NULL, opened_cb, g_object_ref (self));
    }
}

static void
cl_app_shutdown (GApplication *application)
{
  ClApp *self = CL_APP (application);

  /* A password copied a moment ago does not outlive the app. */
  cl_secret_clipboard_clear_now ();
  /* A clean quit leaves one whole file: the log is written into it. */
  if (self->context != NULL)
    cl_context_close (self->context);

  G_APPLICATION_CLASS (cl_app_parent_class)->shutdown (application);
}

/* Actions -------------------------------------------------------------------- */

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GApplication *application = G_APPLICATION (user_data);

  g_autoptr(GList) windows =
               g_list_copy (gtk_application_get_windows (GTK_APPLICATION (application)));

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
  GtkApplication    *application = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The CareerLens developers", NULL };
  GtkWidget         *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "application-name", "CareerLens",
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _ ("The CareerLens developers"),
                        "developers", developers,
                        "comments", _ ("Run your whole job search — applications, interview prep, "
                                       "contacts and offers — on your own computer."),
                        "website", "https://example.com/careerlens",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The CareerLens developers",
                        "translator-credits", _ ("translator-credits"),
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

  gtk_application_set_accels_for_action (gtk_app, "app.quit",
                                         (const char *[]){ "<Control>q", NULL });
  gtk_application_set_accels_for_action (gtk_app, "app.help", (const char *[]){ "F1", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.show-accounts",
                                         (const char *[]){ "<Control><Shift>a", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.new-application",
                                         (const char *[]){ "<Control>n", NULL });
  gtk_application_set_accels_for_action (gtk_app, "board.search",
                                         (const char *[]){ "<Control>f", NULL });
  /* Enabled on the Offers page only (cl-window-actions.c). */
  gtk_application_set_accels_for_action (gtk_app, "win.print-prep-sheet",
                                         (const char *[]){ "<Control>p", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.export-prep-sheet",
                                         (const char *[]){ "<Control><Shift>e", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.show-page::pipeline",
                                         (const char *[]){ "<Alt>1", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.show-page::prep",
                                         (const char *[]){ "<Alt>2", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.show-page::contacts",
                                         (const char *[]){ "<Alt>3", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.show-page::offers",
                                         (const char *[]){ "<Alt>4", NULL });
  gtk_application_set_accels_for_action (gtk_app, "win.show-page::insights",
                                         (const char *[]){ "<Alt>5", NULL });
}

static void
cl_app_class_init (ClAppClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = cl_app_finalize;
  app_class->handle_local_options = cl_app_handle_local_options;
  app_class->command_line = cl_app_command_line;
  app_class->startup = cl_app_startup;
  app_class->activate = cl_app_activate;
  app_class->shutdown = cl_app_shutdown;
}

static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_ ("Show the version and exit"), NULL },
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Use the database at PATH instead of the default one (also: CAREERLENS_DATABASE)"),
    N_ ("PATH") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Import FILE into the database, the format chosen by its extension, and exit"),
    N_ ("FILE") },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Export the database to FILE, the format chosen by its extension, and exit"), N_ ("FILE") },
  { "keywords", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Print the keywords found in the job description in FILE (- for standard input), "
        "one “domain<TAB>term<TAB>count” line each, and exit"),
    N_ ("FILE") },
  { "force", 0, 0, G_OPTION_ARG_NONE, NULL, N_ ("With --export, replace FILE if it exists"), NULL },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("With --export of a PDF, the paper: a4 or letter (default: from the locale)"),
    N_ ("SIZE") },
  { "currency", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("With --export of a PDF, the currency to compare the offers in, such as USD (default: "
        "the offers' most common one)"),
    N_ ("CODE") },
  { NULL }
};

static void
cl_app_init (ClApp *self)
{
  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _ ("CareerLens runs your job search: applications, "
                                               "interview prep, contacts and offers."));
}

ClApp *
cl_app_new (void)
{
  return g_object_new (CL_TYPE_APP,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

ClContext *
cl_app_get_context (ClApp *self)
{
  g_return_val_if_fail (CL_IS_APP (self), NULL);

  return self->context;
}
