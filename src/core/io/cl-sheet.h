/* cl-sheet.h — a printable document of headings, text, lists and tables, laid out on pages
 *
 * A ClSheet is what is said, in order: a title, a header line that every page
 * repeats ("Prepared 2 December 2026"), and blocks — headings, paragraphs,
 * bullet items, label–value rows, tables.  It knows nothing of offers: the
 * negotiation prep sheet is one such document.
 *
 * A ClSheetLayout puts a sheet on pages of a given size with Pango and
 * Cairo, and draws any page on any cairo context (a PDF surface, a
 * GtkPrintOperation's page, its preview).  The rules:
 *  - text wraps within the width, inside words when a word or URL is longer
 *    than a line (PANGO_WRAP_WORD_CHAR), so nothing runs past the margin;
 *  - a paragraph splits between lines, keeping at least two lines on each
 *    page; a bullet item, a label–value row and a table row move whole to
 *    the next page unless they alone are taller than a page, and only then
 *    split between lines;
 *  - a continued table repeats its header row at the top of the page;
 *  - a heading (and a table's header row) stays with what follows it;
 *  - every page shows the header line at the top and "Page N of M" at the
 *    bottom, inside the margins.
 *
 * Measurements are device-independent: the layout measures with a Pango
 * context of its own at 72 units per inch with unhinted metrics, so the
 * pages break at the same places in the PDF, on paper and in the preview,
 * at any scale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS
/* clang-format off */

#define CL_SHEET_ERROR (cl_sheet_error_quark ())

typedef enum
{
  CL_SHEET_ERROR_FAILED,  /* Cairo could not draw the document */
  CL_SHEET_ERROR_WRITE,   /* the file or its folder cannot be written */
  CL_SHEET_ERROR_FULL,    /* the disk is full */
} ClSheetError;

GQuark         cl_sheet_error_quark          (void);

/* Paper.  Sizes in points (1/72 inch): A4 595.28 × 841.89, Letter 612 × 792. */
typedef enum
{
  CL_PAPER_A4,
  CL_PAPER_LETTER,
} ClPaper;

void           cl_paper_get_size             (ClPaper       paper,
                                              double       *width_pt,
                                              double       *height_pt);
/* "a4" or "letter", in any case; FALSE (and @paper untouched) for anything
 * else. */
gboolean       cl_paper_from_string          (const char   *string,
                                              ClPaper      *paper);
/* "a4" or "letter". */
const char    *cl_paper_to_string            (ClPaper       paper);
/* The paper of a locale name such as "en_US.UTF-8", by its territory:
 * Letter for the territories that use it (Unicode CLDR: BZ, CA, CL, CO, CR,
 * GT, MX, NI, PA, PH, PR, SV, US, VE), A4 for every other one and for none
 * ("C", "POSIX", NULL). */
ClPaper        cl_paper_for_locale           (const char   *locale_name);
/* The paper of the user's locale.  On glibc, what LC_PAPER says
 * (nl_langinfo (_NL_PAPER_WIDTH) and _NL_PAPER_HEIGHT) once the program has
 * called setlocale (LC_ALL, ""); when that locale is "C" or "POSIX" — none
 * was set, or the one named is not installed — and elsewhere,
 * cl_paper_for_locale() of $LC_ALL, $LC_PAPER or $LANG, the first set. */
ClPaper        cl_paper_default              (void);

/* The margin cl_sheet_write_pdf() leaves on every side: ¾ inch. */
#define CL_SHEET_MARGIN_PT 54.0

typedef enum
{
  CL_SHEET_TEXT_NORMAL,
  CL_SHEET_TEXT_MUTED,   /* smaller and grey: notes, sources, assumptions */
} ClSheetTextStyle;

typedef enum
{
  CL_SHEET_ALIGN_LEFT,
  CL_SHEET_ALIGN_RIGHT,  /* for numbers */
} ClSheetAlign;

typedef struct _ClSheet      ClSheet;
typedef struct _ClSheetTable ClSheetTable;

#define CL_TYPE_SHEET (cl_sheet_get_type ())
GType          cl_sheet_get_type             (void) G_GNUC_CONST;

/* A new empty sheet.  @title (printed large at the top of the first page,
 * and the PDF's title) and @header_line (printed at the top of every page)
 * may be NULL or empty for none.  Every text is plain text, not markup;
 * invalid UTF-8 is replaced. */
ClSheet       *cl_sheet_new                  (const char   *title,
                                              const char   *header_line);
ClSheet       *cl_sheet_ref                  (ClSheet      *self);
void           cl_sheet_unref                (ClSheet      *self);
const char    *cl_sheet_get_title            (ClSheet      *self);

/* Blocks, in order.  @level is 1 (a section) or 2 (a subsection). */
void           cl_sheet_add_heading          (ClSheet      *self,
                                              guint         level,
                                              const char   *text);
void           cl_sheet_add_paragraph        (ClSheet      *self,
                                              ClSheetTextStyle style,
                                              const char   *text);
/* One item of a bulleted list; consecutive items make the list. */
void           cl_sheet_add_bullet           (ClSheet      *self,
                                              const char   *text);
/* "label   value" on one row; consecutive rows share the label column. */
void           cl_sheet_add_key_value        (ClSheet      *self,
                                              const char   *label,
                                              const char   *value);
/* What follows starts on a new page (nothing when the page is still empty). */
void           cl_sheet_add_page_break       (ClSheet      *self);

/* A table of @n_columns (at least 1).  @headers holds @n_columns strings, or
 * is NULL for a table without a header row.  The sheet owns the table: the
 * pointer is valid as long as the sheet is.  Columns fit their contents and
 * the first takes the width that is left; when the contents are too wide
 * for the page, every column gets a fair share and the text wraps. */
ClSheetTable  *cl_sheet_add_table            (ClSheet      *self,
                                              guint         n_columns,
                                              const char *const *headers);
/* Columns are left-aligned until set otherwise, header included. */
void           cl_sheet_table_set_alignment  (ClSheetTable *table,
                                              guint         column,
                                              ClSheetAlign  align);
/* Adds a row of @n_columns strings (NULL for an empty cell; the array need
 * not end with NULL) and returns its index, from 0. */
guint          cl_sheet_table_add_row        (ClSheetTable *table,
                                              const char *const *cells);
/* Prints a cell in bold: the best value of its row, say. */
void           cl_sheet_table_set_bold       (ClSheetTable *table,
                                              guint         row,
                                              guint         column,
                                              gboolean      bold);
/* A muted line under the table ("Converted at 1 EUR = 1.08 USD, 30 Nov"). */
void           cl_sheet_table_set_note       (ClSheetTable *table,
                                              const char   *note);

/* A sheet on pages.  The layout copies what it needs: changing the sheet
 * afterwards does not change it. */
typedef struct _ClSheetLayout ClSheetLayout;

#define CL_TYPE_SHEET_LAYOUT (cl_sheet_layout_get_type ())
GType          cl_sheet_layout_get_type      (void) G_GNUC_CONST;

/* Lays @sheet out on pages of @page_width_pt × @page_height_pt points with
 * @margin_pt on every side: the content area, where everything is drawn, is
 * (page_width_pt − 2 margin_pt) × (page_height_pt − 2 margin_pt).  The
 * margins must leave a content area; CL_SHEET_MARGIN_PT is the usual one. */
ClSheetLayout *cl_sheet_layout_new           (ClSheet      *sheet,
                                              double        page_width_pt,
                                              double        page_height_pt,
                                              double        margin_pt);
ClSheetLayout *cl_sheet_layout_ref           (ClSheetLayout *self);
void           cl_sheet_layout_unref         (ClSheetLayout *self);
/* At least 1. */
guint          cl_sheet_layout_get_n_pages   (ClSheetLayout *self);

/* Draws page @page (from 0) on @cr, whose user space must be in points with
 * its origin at the top-left corner of the content area, that is, @margin_pt
 * right of and below the paper's corner.  Nothing is drawn outside the
 * content area.  @cr's state is left as it was.
 *  - On a PDF surface the size of the paper: cairo_translate (cr, margin,
 *    margin) first (cl_sheet_write_pdf() does).
 *  - With GtkPrintOperation: gtk_print_operation_set_unit (op, GTK_UNIT_POINTS)
 *    and gtk_print_operation_set_use_full_page (op, TRUE), so that the
 *    context's origin is the paper's corner, then the same cairo_translate();
 *    lay out with gtk_print_context_get_width() and _get_height() (the
 *    paper's size then).  Without full-page the origin is the printable
 *    area's corner: translate by the margin less the page setup's margins
 *    (gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS), _top_). */
void           cl_sheet_layout_draw_page     (ClSheetLayout *self,
                                              cairo_t      *cr,
                                              guint         page);

/* Writes @sheet as a PDF on @paper with CL_SHEET_MARGIN_PT margins, its title
 * and "CareerLens" as the creator in its metadata.  The file is written
 * beside @path and renamed over it only when complete, so a failure leaves
 * whatever was at @path as it was and no partial file.  Errors name @path:
 * "Could not write “/x/y.pdf”: Permission denied". */
gboolean       cl_sheet_write_pdf            (ClSheet      *sheet,
                                              ClPaper       paper,
                                              const char   *path,
                                              GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClSheet, cl_sheet_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClSheetLayout, cl_sheet_layout_unref)

/* clang-format on */
G_END_DECLS
