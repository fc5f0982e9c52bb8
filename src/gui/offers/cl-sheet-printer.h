/* cl-sheet-printer.h — the prep sheet on paper or as a PDF, from the window
 *
 * Print… and Export PDF… draw the pages of one ClSheetLayout (cl-sheet.h),
 * so the paper, the preview and the PDF break at the same places.  The page
 * setup (paper and orientation) last printed with is remembered in the
 * "page-setup" setting: the print dialog starts from it, and the PDF is
 * written on its paper.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"
#include "cl-sheet.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_SHEET_PRINTER (cl_sheet_printer_get_type ())
G_DECLARE_FINAL_TYPE (ClSheetPrinter, cl_sheet_printer, CL, SHEET_PRINTER, GObject)

/* @settings holds the "page-setup" key (the application's schema); toasts
 * go to @overlay (may be NULL: none are shown). */
ClSheetPrinter    *cl_sheet_printer_new              (GSettings       *settings,
                                                      AdwToastOverlay *overlay);

/* The sheet of the open offers (cl_prep_sheet_get_open_offers()), with
 * @selected (may be NULL) first, and on it even when it is not open, their
 * comparison in @currency (may be NULL: see cl_prep_sheet_build()); NULL
 * when there is no offer to put on it. */
ClSheet           *cl_sheet_printer_build_prep_sheet (ClContext       *context,
                                                      ClOffer         *selected,
                                                      const char      *currency);

/* The page setup last printed with, or else the locale's paper
 * (cl_paper_default()) upright; a new object. */
GtkPageSetup      *cl_sheet_printer_get_page_setup   (ClSheetPrinter  *self);
/* Remembers @setup (its paper, orientation and margins) in the settings. */
void               cl_sheet_printer_set_page_setup   (ClSheetPrinter  *self,
                                                      GtkPageSetup    *setup);
/* The paper of @setup when it is A4 or US Letter, either way up; else (or
 * for NULL) cl_paper_default(). */
ClPaper            cl_sheet_printer_paper_for_setup  (GtkPageSetup    *setup);
/* What the PDF is written on: the remembered page setup's paper, as
 * cl_sheet_printer_paper_for_setup() reads it. */
ClPaper            cl_sheet_printer_get_paper        (ClSheetPrinter  *self);

/* An operation printing @sheet, not yet run: the remembered page setup as
 * its default, the page setup offered in the print dialog, the whole paper
 * in points (use-full-page); ::begin-print lays the sheet out once on the
 * print context's size with CL_SHEET_MARGIN_PT margins (more where the
 * printer cannot print that close to the edge), and ::draw-page draws that
 * layout's pages.  Once it has printed (GTK_PRINT_OPERATION_RESULT_APPLY),
 * the page setup it printed with is remembered. */
GtkPrintOperation *cl_sheet_printer_new_operation    (ClSheetPrinter  *self,
                                                      ClSheet         *sheet);
/* Runs that operation with the print dialog and its preview, without
 * blocking; a failure is shown in a dialog on @parent. */
void               cl_sheet_printer_print            (ClSheetPrinter  *self,
                                                      ClSheet         *sheet,
                                                      GtkWindow       *parent);

/* The name Export PDF… suggests. */
const char        *cl_sheet_printer_get_suggested_name (void);
/* Asks where to save @sheet (a GtkFileChooserNative, through the portal in
 * Flatpak), then cl_sheet_printer_export_to(); a failure is shown in a
 * dialog on @parent. */
void               cl_sheet_printer_export           (ClSheetPrinter  *self,
                                                      ClSheet         *sheet,
                                                      GtkWindow       *parent);
/* Writes @sheet to @file as a PDF on cl_sheet_printer_get_paper() and says
 * so in a toast whose Open button shows the file; FALSE with @error set
 * ("Could not write “/x/y.pdf”: Permission denied") and nothing shown when
 * it could not. */
gboolean           cl_sheet_printer_export_to        (ClSheetPrinter  *self,
                                                      ClSheet         *sheet,
                                                      GFile           *file,
                                                      GError         **error);

/* clang-format on */
G_END_DECLS
