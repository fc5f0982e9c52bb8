/* cl-sheet-printer.c — the prep sheet on paper or as a PDF, from the window
 *
 * One print job is one ClSheetLayout, made in ::begin-print from the size
 * the print context gives (the paper, since the operation uses the full
 * page in points) and drawn page by page in ::draw-page: the dialog's
 * preview draws the same pages.  The page setup is kept in GSettings as
 * gtk_page_setup_to_gvariant() gives it; the print settings (printer,
 * copies) only for as long as the window lives.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-sheet-printer"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cl-prep-sheet.h"
#include "cl-sheet-printer.h"
#include "cl-toast.h"
#include "cl-transient.h"

#define PAGE_SETUP_KEY "page-setup"
/* How far a paper's size may be from A4's or Letter's and still be it:
 * drivers round their sizes (A4 is 595 or 595.28 points). */
#define PAPER_TOLERANCE_PT 1.5

struct _ClSheetPrinter
{
  GObject           parent_instance;

  GSettings        *settings;
  AdwToastOverlay  *overlay;        /* weak */
  GtkPrintSettings *print_settings; /* of the last print, or NULL */
};

G_DEFINE_FINAL_TYPE (ClSheetPrinter, cl_sheet_printer, G_TYPE_OBJECT)

/* Errors -------------------------------------------------------------------- */

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  cl_transient_set_parent (GTK_WINDOW (dialog), parent);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The sheet ----------------------------------------------------------------- */

static gboolean
has_currency (GPtrArray  *offers,
              const char *currency)
{
  for (guint i = 0; i < offers->len; i++)
    if (g_strcmp0 (cl_offer_get_currency (g_ptr_array_index (offers, i)), currency) == 0)
      return TRUE;
  return FALSE;
}

ClSheet *
cl_sheet_printer_build_prep_sheet (ClContext  *context,
                                   ClOffer    *selected,
                                   const char *currency)
{
  g_autoptr(GPtrArray) offers = NULL;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (selected == NULL || CL_IS_OFFER (selected), NULL);

  offers = cl_prep_sheet_get_open_offers (context);
  if (selected != NULL)
    {
      guint index;

      if (g_ptr_array_find (offers, selected, &index))
        g_ptr_array_remove_index (offers, index);
      g_ptr_array_insert (offers, 0, g_object_ref (selected));
    }
  if (offers->len == 0)
    return NULL;
  /* A currency none of these offers is in is the comparison's own choice
   * among other offers: the sheet then falls back to its usual one. */
  if (currency != NULL && !has_currency (offers, currency))
    currency = NULL;
  return cl_prep_sheet_build (context, offers, currency);
}

/* The page setup ------------------------------------------------------------ */

static GtkPageSetup *
default_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (
    cl_paper_default () == CL_PAPER_LETTER ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

GtkPageSetup *
cl_sheet_printer_get_page_setup (ClSheetPrinter *self)
{
  g_autoptr(GVariant) saved = NULL;
  g_autoptr(GtkPaperSize) paper = NULL;

  g_return_val_if_fail (CL_IS_SHEET_PRINTER (self), NULL);

  saved = g_settings_get_value (self->settings, PAGE_SETUP_KEY);
  /* A page setup without a paper is what nothing was saved looks like. */
  paper = g_variant_n_children (saved) > 0 ? gtk_paper_size_new_from_gvariant (saved) : NULL;
  if (paper == NULL)
    return default_page_setup ();
  return gtk_page_setup_new_from_gvariant (saved);
}

void
cl_sheet_printer_set_page_setup (ClSheetPrinter *self,
                                 GtkPageSetup   *setup)
{
  g_return_if_fail (CL_IS_SHEET_PRINTER (self));
  g_return_if_fail (GTK_IS_PAGE_SETUP (setup));

  g_settings_set_value (self->settings, PAGE_SETUP_KEY, gtk_page_setup_to_gvariant (setup));
}

static gboolean
is_size (double  width,
         double  height,
         ClPaper paper)
{
  double paper_width, paper_height;

  cl_paper_get_size (paper, &paper_width, &paper_height);
  return (fabs (width - paper_width) <= PAPER_TOLERANCE_PT &&
          fabs (height - paper_height) <= PAPER_TOLERANCE_PT) ||
         (fabs (width - paper_height) <= PAPER_TOLERANCE_PT &&
          fabs (height - paper_width) <= PAPER_TOLERANCE_PT);
}

ClPaper
cl_sheet_printer_paper_for_setup (GtkPageSetup *setup)
{
  GtkPaperSize *paper;
  double        width, height;

  g_return_val_if_fail (setup == NULL || GTK_IS_PAGE_SETUP (setup), cl_paper_default ());

  if (setup == NULL)
    return cl_paper_default ();
  paper = gtk_page_setup_get_paper_size (setup);
  width = gtk_paper_size_get_width (paper, GTK_UNIT_POINTS);
  height = gtk_paper_size_get_height (paper, GTK_UNIT_POINTS);
  if (is_size (width, height, CL_PAPER_A4))
    return CL_PAPER_A4;
  if (is_size (width, height, CL_PAPER_LETTER))
    return CL_PAPER_LETTER;
  return cl_paper_default ();
}

ClPaper
cl_sheet_printer_get_paper (ClSheetPrinter *self)
{
  g_autoptr(GtkPageSetup) setup = NULL;

  g_return_val_if_fail (CL_IS_SHEET_PRINTER (self), CL_PAPER_A4);

  setup = cl_sheet_printer_get_page_setup (self);
  return cl_sheet_printer_paper_for_setup (setup);
}

/* Printing ------------------------------------------------------------------ */

typedef struct
{
  ClSheetPrinter *printer;
  ClSheet        *sheet;
  ClSheetLayout  *layout; /* from ::begin-print */
  double          margin;
  GtkPageSetup   *used;    /* what it was laid out on */
  gboolean        running; /* by cl_sheet_printer_print(), which holds the operation */
  GtkWindow      *parent;  /* weak: where a failure is told */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->printer);
  g_clear_pointer (&job->sheet, cl_sheet_unref);
  g_clear_pointer (&job->layout, cl_sheet_layout_unref);
  g_clear_object (&job->used);
  g_clear_weak_pointer (&job->parent);
  g_free (job);
}

/* The sheet's margin, or the printer's where it cannot print that close to
 * an edge: the layout has one margin for all four. */
static double
margin_for (GtkPageSetup *setup)
{
  double margins[] = {
    gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS),
    gtk_page_setup_get_bottom_margin (setup, GTK_UNIT_POINTS),
    gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS),
    gtk_page_setup_get_right_margin (setup, GTK_UNIT_POINTS),
  };
  double margin = CL_SHEET_MARGIN_PT;

  for (guint i = 0; i < G_N_ELEMENTS (margins); i++)
    margin = MAX (margin, margins[i]);
  return margin;
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  double        width = gtk_print_context_get_width (context);
  double        height = gtk_print_context_get_height (context);

  job->margin = margin_for (setup);
  /* A page too small for the margins still gets a content area. */
  job->margin = MIN (job->margin, MIN (width, height) / 4);
  g_clear_pointer (&job->layout, cl_sheet_layout_unref);
  job->layout = cl_sheet_layout_new (job->sheet, width, height, job->margin);
  g_clear_object (&job->used);
  job->used = gtk_page_setup_copy (setup);
  gtk_print_operation_set_n_pages (operation, (int) cl_sheet_layout_get_n_pages (job->layout));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  g_return_if_fail (job->layout != NULL);

  /* The context's origin is the paper's corner (use-full-page). */
  cairo_save (cr);
  cairo_translate (cr, job->margin, job->margin);
  cl_sheet_layout_draw_page (job->layout, cr, (guint) page_nr);
  cairo_restore (cr);
}

/* Ends what cl_sheet_printer_print() began: says why it failed, and lets
 * the operation go. */
static void
finish_print (GtkPrintOperation *operation,
              PrintJob          *job,
              const GError      *error)
{
  if (!job->running)
    return;
  job->running = FALSE;
  if (error != NULL)
    show_error (job->parent, _ ("Could Not Print the Prep Sheet"), error->message);
  g_object_unref (operation);
}

static void
done_cb (GtkPrintOperation      *operation,
         GtkPrintOperationResult result,
         PrintJob               *job)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      if (job->used != NULL)
        cl_sheet_printer_set_page_setup (job->printer, job->used);
      g_set_object (&job->printer->print_settings,
                    gtk_print_operation_get_print_settings (operation));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error == NULL)
        g_set_error_literal (&error, CL_SHEET_ERROR, CL_SHEET_ERROR_FAILED,
                             _ ("The printer gave no reason."));
    }
  finish_print (operation, job, error);
}

GtkPrintOperation *
cl_sheet_printer_new_operation (ClSheetPrinter *self,
                                ClSheet        *sheet)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = NULL;
  PrintJob *job;

  g_return_val_if_fail (CL_IS_SHEET_PRINTER (self), NULL);
  g_return_val_if_fail (sheet != NULL, NULL);

  operation = gtk_print_operation_new ();
  setup = cl_sheet_printer_get_page_setup (self);
  gtk_print_operation_set_default_page_setup (operation, setup);
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, self->print_settings);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* Origin at the paper's corner, in points: what the layout draws in. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, cl_sheet_get_title (sheet) != NULL
                                                 ? cl_sheet_get_title (sheet)
                                                 : _ ("Negotiation prep sheet"));

  job = g_new0 (PrintJob, 1);
  job->printer = g_object_ref (self);
  job->sheet = cl_sheet_ref (sheet);
  g_object_set_data_full (G_OBJECT (operation), "cl-print-job", job, print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), job);
  return operation;
}

void
cl_sheet_printer_print (ClSheetPrinter *self,
                        ClSheet        *sheet,
                        GtkWindow      *parent)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  PrintJob *job;

  g_return_if_fail (CL_IS_SHEET_PRINTER (self));
  g_return_if_fail (sheet != NULL);
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  operation = cl_sheet_printer_new_operation (self, sheet);
  gtk_print_operation_set_allow_async (operation, TRUE);
  job = g_object_get_data (G_OBJECT (operation), "cl-print-job");
  g_set_weak_pointer (&job->parent, parent);
  /* The operation lives until ::done (finish_print()). */
  job->running = TRUE;
  g_object_ref (operation);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    /* A failure to begin may come without ::done. */
    finish_print (operation, job, error);
}

/* Exporting ----------------------------------------------------------------- */

const char *
cl_sheet_printer_get_suggested_name (void)
{
  /* Translators: the file name Export PDF… suggests. */
  return _ ("Negotiation prep sheet.pdf");
}

static void
open_file_cb (AdwToast       *toast,
              ClSheetPrinter *self)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "cl-uri");
  GtkRoot    *root = self->overlay != NULL ? gtk_widget_get_root (GTK_WIDGET (self->overlay))
                                           : NULL;

  /* Through the portal in Flatpak. */
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

gboolean
cl_sheet_printer_export_to (ClSheetPrinter *self,
                            ClSheet        *sheet,
                            GFile          *file,
                            GError        **error)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  AdwToast        *toast;

  g_return_val_if_fail (CL_IS_SHEET_PRINTER (self), FALSE);
  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, CL_SHEET_ERROR, CL_SHEET_ERROR_WRITE,
                   _ ("Could not write “%s”: choose a folder on this computer."), uri);
      return FALSE;
    }
  if (!cl_sheet_write_pdf (sheet, cl_sheet_printer_get_paper (self), path, error))
    return FALSE;

  if (self->overlay == NULL)
    return TRUE;
  name = g_filename_display_basename (path);
  toast = cl_toast_new_printf (_ ("Exported “%s”"), name);
  adw_toast_set_button_label (toast, _ ("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "cl-uri", g_file_get_uri (file), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_file_cb), self, 0);
  adw_toast_overlay_add_toast (self->overlay, toast);
  return TRUE;
}

typedef struct
{
  ClSheetPrinter *printer;
  ClSheet        *sheet;
  GtkWindow      *parent; /* weak */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->printer);
  g_clear_pointer (&job->sheet, cl_sheet_unref);
  g_clear_weak_pointer (&job->parent);
  g_free (job);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    ExportJob       *job)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL && !cl_sheet_printer_export_to (job->printer, job->sheet, file, &error))
    show_error (job->parent, _ ("Could Not Export the Prep Sheet"), error->message);

  export_job_free (job);
  g_object_unref (chooser);
}

void
cl_sheet_printer_export (ClSheetPrinter *self,
                         ClSheet        *sheet,
                         GtkWindow      *parent)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) pdf = NULL;
  ExportJob *job;

  g_return_if_fail (CL_IS_SHEET_PRINTER (self));
  g_return_if_fail (sheet != NULL);
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  chooser = gtk_file_chooser_native_new (_ ("Export Prep Sheet"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"),
                                         _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     cl_sheet_printer_get_suggested_name ());
  pdf = gtk_file_filter_new ();
  gtk_file_filter_set_name (pdf, _ ("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), pdf);

  job = g_new0 (ExportJob, 1);
  job->printer = g_object_ref (self);
  job->sheet = cl_sheet_ref (sheet);
  g_set_weak_pointer (&job->parent, parent);
  /* The chooser is ours until it answers. */
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The object ---------------------------------------------------------------- */

static void
cl_sheet_printer_dispose (GObject *object)
{
  ClSheetPrinter *self = CL_SHEET_PRINTER (object);

  g_clear_weak_pointer (&self->overlay);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cl_sheet_printer_parent_class)->dispose (object);
}

static void
cl_sheet_printer_class_init (ClSheetPrinterClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cl_sheet_printer_dispose;
}

static void
cl_sheet_printer_init (ClSheetPrinter *self)
{
}

ClSheetPrinter *
cl_sheet_printer_new (GSettings       *settings,
                      AdwToastOverlay *overlay)
{
  ClSheetPrinter *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (overlay == NULL || ADW_IS_TOAST_OVERLAY (overlay), NULL);

  self = g_object_new (CL_TYPE_SHEET_PRINTER, NULL);
  self->settings = g_object_ref (settings);
  g_set_weak_pointer (&self->overlay, overlay);
  return self;
}
