/* cl-sheet.c — the document, the paper, and the PDF
 *
 * The layout is in cl-sheet-layout.c; this file builds the document it lays
 * out and writes the pages to a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-sheet"

#include "config.h"

/* LC_PAPER and nl_langinfo (_NL_PAPER_WIDTH) are GNU extensions. */
#define _GNU_SOURCE 1

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>
#ifdef HAVE_NL_PAPER
#include <langinfo.h>
#endif

#include "cl-sheet-private.h"

/* clang-format off */
G_DEFINE_QUARK (cl-sheet-error-quark, cl_sheet_error)
/* clang-format on */

G_DEFINE_BOXED_TYPE (ClSheet, cl_sheet, cl_sheet_ref, cl_sheet_unref)

/* Paper */

void
cl_paper_get_size (ClPaper paper,
                   double *width_pt,
                   double *height_pt)
{
  /* A4 is 210 × 297 mm; Letter 8.5 × 11 in. */
  double width = paper == CL_PAPER_LETTER ? 612.0 : 210.0 / 25.4 * 72.0;
  double height = paper == CL_PAPER_LETTER ? 792.0 : 297.0 / 25.4 * 72.0;

  if (width_pt != NULL)
    *width_pt = width;
  if (height_pt != NULL)
    *height_pt = height;
}

gboolean
cl_paper_from_string (const char *string,
                      ClPaper    *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (string != NULL && g_ascii_strcasecmp (string, "a4") == 0)
    *paper = CL_PAPER_A4;
  else if (string != NULL && g_ascii_strcasecmp (string, "letter") == 0)
    *paper = CL_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

const char *
cl_paper_to_string (ClPaper paper)
{
  return paper == CL_PAPER_LETTER ? "letter" : "a4";
}

static gboolean
is_c_locale (const char *name)
{
  return name == NULL || *name == '\0' || strcmp (name, "C") == 0 ||
         strcmp (name, "POSIX") == 0 || g_str_has_prefix (name, "C.");
}

ClPaper
cl_paper_for_locale (const char *locale_name)
{
  /* Unicode CLDR's supplemental paperSize data. */
  static const char letter_territories[][3] = {
    "BZ",
    "CA",
    "CL",
    "CO",
    "CR",
    "GT",
    "MX",
    "NI",
    "PA",
    "PH",
    "PR",
    "SV",
    "US",
    "VE",
  };
  const char *underscore;
  char        territory[3];

  if (is_c_locale (locale_name))
    return CL_PAPER_A4;

  /* language[_territory][.codeset][@modifier] */
  underscore = strchr (locale_name, '_');
  if (underscore == NULL || !g_ascii_isalpha (underscore[1]) || !g_ascii_isalpha (underscore[2]) ||
      g_ascii_isalpha (underscore[3]))
    return CL_PAPER_A4;
  territory[0] = g_ascii_toupper (underscore[1]);
  territory[1] = g_ascii_toupper (underscore[2]);
  territory[2] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (letter_territories); i++)
    if (strcmp (territory, letter_territories[i]) == 0)
      return CL_PAPER_LETTER;
  return CL_PAPER_A4;
}

#ifdef HAVE_NL_PAPER
/* glibc keeps the paper's millimetres as a number where the string would be. */
static unsigned int
paper_mm (nl_item item)
{
  union
  {
    const char  *string;
    unsigned int word;
  } value;

  value.string = nl_langinfo (item);
  return value.word;
}
#endif

ClPaper
cl_paper_default (void)
{
  static const char *const variables[] = { "LC_ALL", "LC_PAPER", "LANG" };
#ifdef LC_PAPER
  const char *name = setlocale (LC_PAPER, NULL);

  if (!is_c_locale (name))
    {
#ifdef HAVE_NL_PAPER
      unsigned int width = paper_mm (_NL_PAPER_WIDTH);
      unsigned int height = paper_mm (_NL_PAPER_HEIGHT);

      if (width == 216 && height == 279)
        return CL_PAPER_LETTER;
      if (width == 210 && height == 297)
        return CL_PAPER_A4;
#endif
      return cl_paper_for_locale (name);
    }
#endif

  /* No locale set, or the one asked for is not installed: what was asked. */
  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return cl_paper_for_locale (value);
    }
  return CL_PAPER_A4;
}

/* The document */

static char *
dup_text (const char *text)
{
  return text != NULL ? g_utf8_make_valid (text, -1) : g_strdup ("");
}

static void
block_clear (gpointer data)
{
  ClSheetBlock *block = data;

  g_free (block->text);
  g_free (block->value);
  if (block->table != NULL)
    {
      ClSheetTable *table = block->table;

      g_strfreev (table->headers);
      g_free (table->align);
      g_array_unref (table->rows);
      g_free (table->note);
      g_free (table);
    }
}

static void
table_row_clear (gpointer data)
{
  ClSheetTableRow *row = data;

  g_strfreev (row->cells);
  g_free (row->bold);
}

ClSheet *
cl_sheet_new (const char *title,
              const char *header_line)
{
  ClSheet *self = g_new0 (ClSheet, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = dup_text (title);
  self->header_line = dup_text (header_line);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (ClSheetBlock));
  g_array_set_clear_func (self->blocks, block_clear);
  return self;
}

ClSheet *
cl_sheet_ref (ClSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cl_sheet_unref (ClSheet *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_array_unref (self->blocks);
  g_free (self->title);
  g_free (self->header_line);
  g_free (self);
}

const char *
cl_sheet_get_title (ClSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

static ClSheetBlock *
add_block (ClSheet         *self,
           ClSheetBlockKind kind)
{
  g_array_set_size (self->blocks, self->blocks->len + 1);
  g_array_index (self->blocks, ClSheetBlock, self->blocks->len - 1).kind = kind;
  return &g_array_index (self->blocks, ClSheetBlock, self->blocks->len - 1);
}

void
cl_sheet_add_heading (ClSheet    *self,
                      guint       level,
                      const char *text)
{
  ClSheetBlock *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (level == 1 || level == 2);

  block = add_block (self, CL_SHEET_BLOCK_HEADING);
  block->level = level;
  block->text = dup_text (text);
}

void
cl_sheet_add_paragraph (ClSheet         *self,
                        ClSheetTextStyle style,
                        const char      *text)
{
  ClSheetBlock *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (style == CL_SHEET_TEXT_NORMAL || style == CL_SHEET_TEXT_MUTED);

  block = add_block (self, CL_SHEET_BLOCK_PARAGRAPH);
  block->level = style;
  block->text = dup_text (text);
}

void
cl_sheet_add_bullet (ClSheet    *self,
                     const char *text)
{
  g_return_if_fail (self != NULL);

  add_block (self, CL_SHEET_BLOCK_BULLET)->text = dup_text (text);
}

void
cl_sheet_add_key_value (ClSheet    *self,
                        const char *label,
                        const char *value)
{
  ClSheetBlock *block;

  g_return_if_fail (self != NULL);

  block = add_block (self, CL_SHEET_BLOCK_KEY_VALUE);
  block->text = dup_text (label);
  block->value = dup_text (value);
}

void
cl_sheet_add_page_break (ClSheet *self)
{
  g_return_if_fail (self != NULL);

  add_block (self, CL_SHEET_BLOCK_PAGE_BREAK);
}

/* @n strings, NULL ones as "", into a NULL-terminated array. */
static char **
dup_cells (const char *const *cells,
           guint              n)
{
  char **copy = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    copy[i] = dup_text (cells[i]);
  return copy;
}

ClSheetTable *
cl_sheet_add_table (ClSheet           *self,
                    guint              n_columns,
                    const char *const *headers)
{
  ClSheetTable *table;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_columns > 0, NULL);

  table = g_new0 (ClSheetTable, 1);
  table->n_columns = n_columns;
  table->headers = headers != NULL ? dup_cells (headers, n_columns) : NULL;
  table->align = g_new0 (ClSheetAlign, n_columns);
  table->rows = g_array_new (FALSE, TRUE, sizeof (ClSheetTableRow));
  g_array_set_clear_func (table->rows, table_row_clear);
  add_block (self, CL_SHEET_BLOCK_TABLE)->table = table;
  return table;
}

void
cl_sheet_table_set_alignment (ClSheetTable *table,
                              guint         column,
                              ClSheetAlign  align)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);

  table->align[column] = align;
}

guint
cl_sheet_table_add_row (ClSheetTable      *table,
                        const char *const *cells)
{
  ClSheetTableRow row;

  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (cells != NULL, 0);

  row.cells = dup_cells (cells, table->n_columns);
  row.bold = g_new0 (gboolean, table->n_columns);
  g_array_append_val (table->rows, row);
  return table->rows->len - 1;
}

void
cl_sheet_table_set_bold (ClSheetTable *table,
                         guint         row,
                         guint         column,
                         gboolean      bold)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (row < table->rows->len);
  g_return_if_fail (column < table->n_columns);

  g_array_index (table->rows, ClSheetTableRow, row).bold[column] = bold;
}

void
cl_sheet_table_set_note (ClSheetTable *table,
                         const char   *note)
{
  g_return_if_fail (table != NULL);

  g_free (table->note);
  table->note = note != NULL && *note != '\0' ? dup_text (note) : NULL;
}

/* The PDF */

typedef struct
{
  int fd;
  int saved_errno; /* of the first write that failed, or 0 */
} Sink;

static cairo_status_t
sink_write_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= (unsigned int) n;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
set_errno_error (GError    **error,
                 const char *path,
                 int         saved_errno)
{
  g_set_error (error, CL_SHEET_ERROR,
               saved_errno == ENOSPC ? CL_SHEET_ERROR_FULL : CL_SHEET_ERROR_WRITE,
               _ ("Could not write “%s”: %s"), path, g_strerror (saved_errno));
}

/* Draws every page of @layout on @surface; FALSE with @error set when Cairo
 * fails. */
static gboolean
draw_pages (ClSheetLayout   *layout,
            cairo_surface_t *surface,
            const char      *path,
            GError         **error)
{
  cairo_t       *cr = cairo_create (surface);
  cairo_status_t status;

  for (guint page = 0; page < cl_sheet_layout_get_n_pages (layout); page++)
    {
      cairo_save (cr);
      cairo_translate (cr, CL_SHEET_MARGIN_PT, CL_SHEET_MARGIN_PT);
      cl_sheet_layout_draw_page (layout, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CL_SHEET_ERROR, CL_SHEET_ERROR_FAILED, _ ("Could not write “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
cl_sheet_write_pdf (ClSheet    *sheet,
                    ClPaper     paper,
                    const char *path,
                    GError    **error)
{
  g_autoptr(ClSheetLayout) layout = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  g_autoptr(GError) draw_error = NULL;
  cairo_surface_t *surface;
  Sink             sink = { -1, 0 };
  double           width, height;
  gboolean         drawn;

  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  cl_paper_get_size (paper, &width, &height);
  layout = cl_sheet_layout_new (sheet, width, height, CL_SHEET_MARGIN_PT);

  /* Beside the target, so that the rename stays on one file system. */
  dir = g_path_get_dirname (path);
  tmp_path = g_build_filename (dir, ".careerlens-sheet-XXXXXX", NULL);
  sink.fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    {
      set_errno_error (error, path, errno);
      return FALSE;
    }

  surface = cairo_pdf_surface_create_for_stream (sink_write_cb, &sink, width, height);
  if (*sheet->title != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, sheet->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "CareerLens");
  drawn = draw_pages (layout, surface, path, &draw_error);
  cairo_surface_destroy (surface);

  /* On the disk before it takes the name: a power cut leaves the old file
   * or the new one. */
  if (drawn && sink.saved_errno == 0 && fsync (sink.fd) != 0)
    sink.saved_errno = errno;
  if (close (sink.fd) != 0 && drawn && sink.saved_errno == 0)
    sink.saved_errno = errno;
  if (drawn && sink.saved_errno == 0 && g_rename (tmp_path, path) != 0)
    sink.saved_errno = errno;

  if (sink.saved_errno != 0)
    set_errno_error (error, path, sink.saved_errno);
  else if (!drawn)
    g_propagate_error (error, g_steal_pointer (&draw_error));
  else
    return TRUE;

  g_unlink (tmp_path);
  return FALSE;
}
