/* cl-contacts-transfer.c — the Contacts page's vCard files: choosing them,
 * importing through the preview, exporting
 *
 * The command line does the same through cl-transfer.c; both read with
 * ClContactImport and write with cl_contact_cards_export(), so that their
 * words and results agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contacts-transfer"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-contact-cards.h"
#include "cl-contacts-transfer.h"
#include "cl-toast.h"

static void
show_toast (GtkWidget  *from,
            const char *message)
{
  GtkWidget *overlay = from != NULL ? gtk_widget_get_ancestor (from, ADW_TYPE_TOAST_OVERLAY)
                                    : NULL;

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (message));
  else
    g_message ("%s", message);
}

static char *
display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return path != NULL ? g_filename_display_basename (path) : g_file_get_basename (file);
}

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_vcard_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _ ("vCard files"));
  gtk_file_filter_add_mime_type (filter, "text/vcard");
  gtk_file_filter_add_mime_type (filter, "text/x-vcard");
  gtk_file_filter_add_suffix (filter, "vcf");
  gtk_file_filter_add_suffix (filter, "vcard");
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_file_chooser_set_filter (chooser, filter);
  gtk_file_filter_set_name (all, _ ("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
}

gboolean
cl_contacts_transfer_is_vcard_file (GFile *file)
{
  g_autofree char *name = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);
  folded = name != NULL ? g_ascii_strdown (name, -1) : NULL;
  return folded != NULL && (g_str_has_suffix (folded, ".vcf") ||
                            g_str_has_suffix (folded, ".vcard"));
}

/* Importing ------------------------------------------------------------------ */

ClContactImportDialog *
cl_contacts_transfer_import (GtkWidget *from,
                             ClContext *context,
                             GFile     *file)
{
  ClContactImportDialog *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (from), NULL);
  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  dialog = cl_contact_import_dialog_new (from, context, file);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

typedef struct
{
  GtkWidget *from; /* weak */
  ClContext *context;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_weak_pointer (&job->from);
  g_clear_object (&job->context);
  g_free (job);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    ImportJob       *job)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && job->from != NULL)
    cl_contacts_transfer_import (job->from, job->context, file);
  import_job_free (job);
  g_object_unref (chooser);
}

void
cl_contacts_transfer_choose_import (GtkWidget *from,
                                    ClContext *context)
{
  GtkFileChooserNative *chooser;
  ImportJob            *job;

  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (CL_IS_CONTEXT (context));

  chooser = gtk_file_chooser_native_new (_ ("Import vCards"), window_of (from),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"),
                                         _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_vcard_filter (GTK_FILE_CHOOSER (chooser));
  job = g_new0 (ImportJob, 1);
  g_set_weak_pointer (&job->from, from);
  job->context = g_object_ref (context);
  /* The chooser is ours until it answers. */
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Exporting ------------------------------------------------------------------ */

gboolean
cl_contacts_transfer_export (GListModel *contacts,
                             GFile      *file,
                             GError    **error)
{
  g_autofree char *text = NULL;
  gsize            length = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (contacts), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = cl_contact_cards_export (contacts, &length);
  return g_file_replace_contents (file, text, length, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

typedef struct
{
  GtkWidget  *from; /* weak */
  GListStore *contacts;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_weak_pointer (&job->from);
  g_clear_object (&job->contacts);
  g_free (job);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    ExportJob       *job)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  guint            n;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    {
      name = display_name (file);
      n = g_list_model_get_n_items (G_LIST_MODEL (job->contacts));
      if (cl_contacts_transfer_export (G_LIST_MODEL (job->contacts), file, &error))
        message = g_strdup_printf (ngettext ("%u contact exported to “%s”",
                                             "%u contacts exported to “%s”", n),
                                   n, name);
      else
        message = g_strdup_printf (_ ("Could not save “%s”: %s"), name, error->message);
      show_toast (job->from, message);
    }
  export_job_free (job);
  g_object_unref (chooser);
}

void
cl_contacts_transfer_choose_export (GtkWidget  *from,
                                    GListModel *contacts,
                                    const char *title,
                                    const char *suggested_name)
{
  GtkFileChooserNative *chooser;
  ExportJob            *job;

  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (G_IS_LIST_MODEL (contacts));
  g_return_if_fail (title != NULL && suggested_name != NULL);

  job = g_new0 (ExportJob, 1);
  g_set_weak_pointer (&job->from, from);
  /* What is listed when asked is what is saved, whatever changes meanwhile. */
  job->contacts = g_list_store_new (CL_TYPE_CONTACT);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(GObject) contact = g_list_model_get_item (contacts, i);

      g_list_store_append (job->contacts, contact);
    }

  chooser = gtk_file_chooser_native_new (title, window_of (from), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _ ("_Export"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  add_vcard_filter (GTK_FILE_CHOOSER (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

char *
cl_contacts_transfer_name_for_contact (ClContact *contact)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (CL_IS_CONTACT (contact), NULL);

  name = g_strstrip (g_strdup (cl_contact_get_name (contact) != NULL
                                 ? cl_contact_get_name (contact)
                                 : ""));
  /* A name is no path. */
  g_strdelimit (name, "/\\:", '-');
  if (*name == '\0' || *name == '.')
    return g_strdup ("contact.vcf");
  return g_strconcat (name, ".vcf", NULL);
}
