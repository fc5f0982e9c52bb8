/* cl-sheet-layout.c — a ClSheet on pages, with Pango and Cairo
 *
 * Every block becomes one or more rows (a table, one a table row); a row is
 * a few cells side by side, each a PangoLayout wrapped to its width.  The
 * rows are measured once, then dealt onto pages: a piece of a page is a row
 * at a height, whole or, when it had to split, a range of each cell's lines.
 * Drawing a page draws its pieces line by line, so a split row needs no
 * clipping.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-sheet"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "cl-sheet-layout-private.h"
#include "cl-sheet-private.h"

#define FONT_FAMILY "Cantarell, Sans"

/* Points. */
#define HEADER_GAP 10.0     /* between the header line and the body */
#define FOOTER_GAP 10.0     /* between the body and "Page N of M" */
#define BULLET_INDENT 6.0   /* of the bullet */
#define BULLET_TEXT 18.0    /* of the item's text */
#define LABEL_GAP 12.0      /* between a label and its value */
#define LABEL_MAX_SHARE 0.4 /* of the width, for the label column */
#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.0
#define MIN_WIDTH 1.0 /* of any text: the layout never gets a width of 0 */

typedef enum
{
  STYLE_TITLE,
  STYLE_HEADING_1,
  STYLE_HEADING_2,
  STYLE_BODY,
  STYLE_LABEL,
  STYLE_MUTED,
  STYLE_CELL,
  STYLE_CELL_BOLD,
  STYLE_SMALL, /* the header line, the footer, a table's note */
  N_STYLES
} Style;

static const struct
{
  double      size;
  PangoWeight weight;
  gboolean    muted;
} styles[N_STYLES] = {
  [STYLE_TITLE] = { 18.0, PANGO_WEIGHT_BOLD, FALSE },
  [STYLE_HEADING_1] = { 13.5, PANGO_WEIGHT_BOLD, FALSE },
  [STYLE_HEADING_2] = { 11.0, PANGO_WEIGHT_BOLD, FALSE },
  [STYLE_BODY] = { 10.0, PANGO_WEIGHT_NORMAL, FALSE },
  [STYLE_LABEL] = { 10.0, PANGO_WEIGHT_BOLD, FALSE },
  [STYLE_MUTED] = { 8.5, PANGO_WEIGHT_NORMAL, TRUE },
  [STYLE_CELL] = { 9.0, PANGO_WEIGHT_NORMAL, FALSE },
  [STYLE_CELL_BOLD] = { 9.0, PANGO_WEIGHT_BOLD, FALSE },
  [STYLE_SMALL] = { 8.0, PANGO_WEIGHT_NORMAL, TRUE },
};

/* Dark grey on white rather than black: softer, and prints the same. */
#define INK_GREY 0.12
#define MUTED_GREY 0.37

struct _ClSheetLayout
{
  gatomicrefcount       ref_count;
  double                width; /* of the content area */
  double                height;
  PangoContext         *context;
  PangoFontDescription *fonts[N_STYLES];
  PangoAttrList        *text_attrs;
  PangoAttrList        *numeric_attrs; /* and tabular figures, so that digits line up */
  GPtrArray            *rows;          /* ClSheetRow */
  ClSheetRow           *header;        /* the header line, or NULL */
  double                body_top;
  double                body_bottom;
  double                footer_height;
  GPtrArray            *pages; /* GArray of ClSheetPiece */
};

G_DEFINE_BOXED_TYPE (ClSheetLayout, cl_sheet_layout, cl_sheet_layout_ref, cl_sheet_layout_unref)

/* Cells */

/* Reads the lines' positions, once the layout has its width. */
static void
cell_measure (ClSheetCell *cell)
{
  PangoLayoutIter *iter = pango_layout_get_iter (cell->layout);
  guint            i = 0;

  g_free (cell->lines);
  cell->n_lines = (guint) pango_layout_get_line_count (cell->layout);
  cell->lines = g_new (ClSheetLine, cell->n_lines);
  do
    {
      PangoRectangle logical;
      int            top, bottom;
      ClSheetLine   *line = &cell->lines[i++];

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      line->line = pango_layout_iter_get_line_readonly (iter);
      line->x = pango_units_to_double (logical.x);
      line->top = pango_units_to_double (top);
      line->bottom = pango_units_to_double (bottom);
      line->baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
    }
  while (pango_layout_iter_next_line (iter) && i < cell->n_lines);
  cell->n_lines = i;
  pango_layout_iter_free (iter);
}

/* A cell of @text at @x, measured without wrapping: cell_fit() gives it its
 * width. */
static void
cell_init (ClSheetLayout *self,
           ClSheetCell   *cell,
           Style          style,
           const char    *text,
           double         x,
           gboolean       numeric)
{
  PangoRectangle logical;

  cell->layout = pango_layout_new (self->context);
  pango_layout_set_font_description (cell->layout, self->fonts[style]);
  pango_layout_set_wrap (cell->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_attributes (cell->layout, numeric ? self->numeric_attrs : self->text_attrs);
  if (numeric)
    pango_layout_set_alignment (cell->layout, PANGO_ALIGN_RIGHT);
  pango_layout_set_text (cell->layout, text, -1);
  pango_layout_get_extents (cell->layout, NULL, &logical);
  cell->natural = pango_units_to_double (logical.x + logical.width);
  cell->x = x;
  cell->muted = styles[style].muted;
}

/* Gives the cell @width: text wider than that wraps; right-aligned text
 * moves to the right edge. */
static void
cell_fit (ClSheetCell *cell,
          double       width)
{
  width = MAX (width, MIN_WIDTH);
  if (cell->natural <= width)
    {
      /* The unwrapped lines are the ones it would have: no second layout. */
      if (pango_layout_get_alignment (cell->layout) == PANGO_ALIGN_RIGHT)
        cell->x += width - cell->natural;
    }
  else
    {
      pango_layout_set_width (cell->layout, pango_units_from_double (width));
    }
  cell_measure (cell);
}

static void
cell_clear (ClSheetCell *cell)
{
  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->lines, g_free);
}

/* Rows */

static ClSheetRow *
row_new (ClSheetLayout *self,
         ClSheetRowKind kind,
         guint          n_cells)
{
  ClSheetRow *row = g_new0 (ClSheetRow, 1);

  row->kind = kind;
  row->n_cells = n_cells;
  row->cells = g_new0 (ClSheetCell, n_cells);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
row_free (gpointer data)
{
  ClSheetRow *row = data;

  for (guint i = 0; i < row->n_cells; i++)
    cell_clear (&row->cells[i]);
  g_free (row->cells);
  g_free (row);
}

/* Once the cells are fitted. */
static void
row_finish (ClSheetRow *row)
{
  double tallest = 0.0;

  for (guint i = 0; i < row->n_cells; i++)
    tallest = MAX (tallest, cl_sheet_cell_part_height (&row->cells[i], 0, row->cells[i].n_lines));
  row->height = row->pad_top + tallest + row->pad_bottom;
}

/* A row of one cell of @text, the width of the page. */
static ClSheetRow *
add_text_row (ClSheetLayout *self,
              ClSheetRowKind kind,
              Style          style,
              const char    *text)
{
  ClSheetRow *row = row_new (self, kind, 1);

  cell_init (self, &row->cells[0], style, text, 0.0, FALSE);
  cell_fit (&row->cells[0], self->width);
  return row;
}

static void
add_bullet (ClSheetLayout *self,
            const char    *text)
{
  ClSheetRow *row = row_new (self, CL_SHEET_ROW_TEXT, 2);

  cell_init (self, &row->cells[0], STYLE_BODY, "•", BULLET_INDENT, FALSE);
  cell_fit (&row->cells[0], BULLET_TEXT - BULLET_INDENT);
  cell_init (self, &row->cells[1], STYLE_BODY, text, BULLET_TEXT, FALSE);
  cell_fit (&row->cells[1], self->width - BULLET_TEXT);
  row_finish (row);
}

/* Consecutive label–value blocks from @first, sharing the label column;
 * returns the index of the block after them. */
static guint
add_key_values (ClSheetLayout *self,
                GArray        *blocks,
                guint          first)
{
  guint  end = first, start_row = self->rows->len;
  double label_width = 0.0;

  while (end < blocks->len &&
         g_array_index (blocks, ClSheetBlock, end).kind == CL_SHEET_BLOCK_KEY_VALUE)
    {
      const ClSheetBlock *block = &g_array_index (blocks, ClSheetBlock, end);
      ClSheetRow         *row = row_new (self, CL_SHEET_ROW_TEXT, 2);

      cell_init (self, &row->cells[0], STYLE_LABEL, block->text, 0.0, FALSE);
      cell_init (self, &row->cells[1], STYLE_BODY, block->value, 0.0, FALSE);
      label_width = MAX (label_width, row->cells[0].natural);
      row->space_before = end == first ? 6.0 : 2.0;
      end++;
    }

  label_width = MIN (label_width, self->width * LABEL_MAX_SHARE);
  for (guint i = start_row; i < self->rows->len; i++)
    {
      ClSheetRow *row = g_ptr_array_index (self->rows, i);

      cell_fit (&row->cells[0], label_width);
      row->cells[1].x = label_width + LABEL_GAP;
      cell_fit (&row->cells[1], self->width - label_width - LABEL_GAP);
      row_finish (row);
    }
  return end;
}

/* Column widths for @natural widths in @total: each its natural width and
 * the first the rest when they fit; otherwise the fairest split (no column
 * gets more than it needs, the others share what is left equally). */
static void
fit_columns (const double *natural,
             double       *widths,
             guint         n,
             double        total)
{
  g_autofree gboolean *fixed = NULL;
  double               sum = 0.0, left = total;
  guint                n_left = n;
  gboolean             changed = TRUE;

  for (guint c = 0; c < n; c++)
    sum += natural[c];
  if (sum <= total)
    {
      for (guint c = 1; c < n; c++)
        widths[c] = natural[c];
      widths[0] = total - (sum - natural[0]);
      return;
    }

  fixed = g_new0 (gboolean, n);
  while (changed && n_left > 0)
    {
      double share = left / n_left;

      changed = FALSE;
      for (guint c = 0; c < n; c++)
        if (!fixed[c] && natural[c] <= share)
          {
            widths[c] = natural[c];
            left -= natural[c];
            fixed[c] = TRUE;
            n_left--;
            changed = TRUE;
          }
    }
  for (guint c = 0; c < n; c++)
    if (!fixed[c])
      widths[c] = left / n_left;
}

static ClSheetRow *
add_table_row (ClSheetLayout      *self,
               const ClSheetTable *table,
               ClSheetRowKind      kind,
               char *const        *texts,
               const gboolean     *bold)
{
  ClSheetRow *row = row_new (self, kind, table->n_columns);

  row->pad_top = CELL_PAD_Y;
  row->pad_bottom = CELL_PAD_Y;
  for (guint c = 0; c < table->n_columns; c++)
    {
      Style style = kind == CL_SHEET_ROW_TABLE_HEADER || (bold != NULL && bold[c]) ? STYLE_CELL_BOLD
                                                                                   : STYLE_CELL;

      cell_init (self, &row->cells[c], style, texts[c], 0.0,
                 table->align[c] == CL_SHEET_ALIGN_RIGHT);
    }
  return row;
}

static void
add_table (ClSheetLayout      *self,
           const ClSheetTable *table)
{
  guint              n = table->n_columns, start_row = self->rows->len;
  g_autofree double *natural = g_new0 (double, n);
  g_autofree double *widths = g_new0 (double, n);
  ClSheetRow        *header = NULL, *last = NULL;
  double             x = 0.0;

  if (table->headers != NULL)
    header = add_table_row (self, table, CL_SHEET_ROW_TABLE_HEADER, table->headers, NULL);
  for (guint r = 0; r < table->rows->len; r++)
    {
      const ClSheetTableRow *cells = &g_array_index (table->rows, ClSheetTableRow, r);

      last = add_table_row (self, table, CL_SHEET_ROW_TABLE_BODY, cells->cells, cells->bold);
      last->table_header = header;
    }

  for (guint i = start_row; i < self->rows->len; i++)
    {
      ClSheetRow *row = g_ptr_array_index (self->rows, i);

      for (guint c = 0; c < n; c++)
        natural[c] = MAX (natural[c], row->cells[c].natural + 2 * CELL_PAD_X);
    }
  fit_columns (natural, widths, n, self->width);

  for (guint c = 0; c < n; c++)
    {
      for (guint i = start_row; i < self->rows->len; i++)
        {
          ClSheetRow *row = g_ptr_array_index (self->rows, i);

          row->cells[c].x = x + CELL_PAD_X;
          cell_fit (&row->cells[c], widths[c] - 2 * CELL_PAD_X);
        }
      x += widths[c];
    }

  for (guint i = start_row; i < self->rows->len; i++)
    row_finish (g_ptr_array_index (self->rows, i));

  if (start_row < self->rows->len)
    {
      ClSheetRow *first = g_ptr_array_index (self->rows, start_row);

      first->space_before = 8.0;
    }
  if (header != NULL)
    header->keep_with_next = TRUE;

  if (table->note != NULL)
    {
      gboolean    alone = start_row == self->rows->len;
      ClSheetRow *note = add_text_row (self, CL_SHEET_ROW_TEXT, STYLE_SMALL, table->note);

      note->space_before = alone ? 8.0 : 4.0;
      row_finish (note);
      if (last != NULL)
        last->keep_with_next = TRUE;
      else if (header != NULL)
        header->keep_with_next = TRUE;
    }
}

static void
add_blocks (ClSheetLayout *self,
            ClSheet       *sheet)
{
  GArray *blocks = sheet->blocks;
  guint   i = 0;

  if (*sheet->title != '\0')
    {
      ClSheetRow *title = add_text_row (self, CL_SHEET_ROW_TEXT, STYLE_TITLE, sheet->title);

      title->pad_bottom = 4.0;
      title->keep_with_next = TRUE;
      row_finish (title);
    }

  while (i < blocks->len)
    {
      const ClSheetBlock *block = &g_array_index (blocks, ClSheetBlock, i);
      const ClSheetBlock *previous = i > 0 ? &g_array_index (blocks, ClSheetBlock, i - 1) : NULL;
      guint               first_row = self->rows->len;
      ClSheetRow         *row;

      switch (block->kind)
        {
        case CL_SHEET_BLOCK_HEADING:
          row = add_text_row (self, block->level == 1 ? CL_SHEET_ROW_HEADING_1 : CL_SHEET_ROW_TEXT,
                              block->level == 1 ? STYLE_HEADING_1 : STYLE_HEADING_2, block->text);
          row->space_before = block->level == 1 ? 16.0 : 10.0;
          row->pad_bottom = block->level == 1 ? 5.0 : 2.0;
          row->keep_with_next = TRUE;
          row_finish (row);
          i++;
          break;

        case CL_SHEET_BLOCK_PARAGRAPH:
          {
            gboolean muted = block->level == CL_SHEET_TEXT_MUTED;
            Style    style = muted ? STYLE_MUTED : STYLE_BODY;

            row = add_text_row (self, CL_SHEET_ROW_TEXT, style, block->text);
            row->space_before = muted ? 4.0 : 6.0;
            row->splittable = TRUE;
            row_finish (row);
            i++;
          }
          break;

        case CL_SHEET_BLOCK_BULLET:
          add_bullet (self, block->text);
          row = g_ptr_array_index (self->rows, first_row);
          row->space_before =
            previous != NULL && previous->kind == CL_SHEET_BLOCK_BULLET ? 3.0 : 6.0;
          i++;
          break;

        case CL_SHEET_BLOCK_KEY_VALUE:
          i = add_key_values (self, blocks, i);
          break;

        case CL_SHEET_BLOCK_TABLE:
          add_table (self, block->table);
          i++;
          break;

        case CL_SHEET_BLOCK_PAGE_BREAK:
          row_new (self, CL_SHEET_ROW_PAGE_BREAK, 0);
          i++;
          break;

        default:
          g_assert_not_reached ();
        }

      /* Room after a table, unless a heading brings its own. */
      if (previous != NULL && previous->kind == CL_SHEET_BLOCK_TABLE &&
          block->kind != CL_SHEET_BLOCK_HEADING && first_row < self->rows->len)
        {
          row = g_ptr_array_index (self->rows, first_row);
          row->space_before = MAX (row->space_before, 10.0);
        }
    }
}

/* The layout */

ClSheetLayout *
cl_sheet_layout_new (ClSheet *sheet,
                     double   page_width_pt,
                     double   page_height_pt,
                     double   margin_pt)
{
  ClSheetLayout        *self;
  cairo_font_options_t *options;
  g_autofree char      *sample = NULL;
  ClSheetCell           footer = { 0 };

  g_return_val_if_fail (sheet != NULL, NULL);
  g_return_val_if_fail (margin_pt >= 0.0, NULL);
  g_return_val_if_fail (page_width_pt - 2 * margin_pt >= 72.0, NULL);
  g_return_val_if_fail (page_height_pt - 2 * margin_pt >= 72.0, NULL);

  self = g_new0 (ClSheetLayout, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->width = page_width_pt - 2 * margin_pt;
  self->height = page_height_pt - 2 * margin_pt;
  self->rows = g_ptr_array_new_with_free_func (row_free);

  /* One unit a point, glyphs placed where the font says rather than on a
   * device's pixels: the same breaks on every surface, at every scale. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (self->context, FALSE);

  /* A word broken at the end of a line is most often a URL: no hyphen that
   * would read as part of it. */
  self->text_attrs = pango_attr_list_new ();
  pango_attr_list_insert (self->text_attrs, pango_attr_insert_hyphens_new (FALSE));
  self->numeric_attrs = pango_attr_list_copy (self->text_attrs);
  pango_attr_list_insert (self->numeric_attrs, pango_attr_font_features_new ("tnum"));

  for (guint i = 0; i < N_STYLES; i++)
    {
      self->fonts[i] = pango_font_description_from_string (FONT_FAMILY);
      pango_font_description_set_size (self->fonts[i], pango_units_from_double (styles[i].size));
      pango_font_description_set_weight (self->fonts[i], styles[i].weight);
    }

  if (*sheet->header_line != '\0')
    {
      self->header = add_text_row (self, CL_SHEET_ROW_TEXT, STYLE_SMALL, sheet->header_line);
      row_finish (self->header);
      /* Not a row of the body. */
      g_ptr_array_steal_index (self->rows, self->rows->len - 1);
      self->body_top = self->header->height + HEADER_GAP;
    }

  /* One line, as wide as any page number will be. */
  /* TRANSLATORS: the footer of every page of a printed sheet. */
  sample = g_strdup_printf (_ ("Page %u of %u"), 9999, 9999);
  cell_init (self, &footer, STYLE_SMALL, sample, 0.0, FALSE);
  cell_fit (&footer, self->width);
  self->footer_height = cl_sheet_cell_part_height (&footer, 0, footer.n_lines);
  cell_clear (&footer);
  self->body_bottom = self->height - self->footer_height - FOOTER_GAP;

  add_blocks (self, sheet);
  self->pages = cl_sheet_paginate (self->rows, self->body_top, self->body_bottom);
  return self;
}

ClSheetLayout *
cl_sheet_layout_ref (ClSheetLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cl_sheet_layout_unref (ClSheetLayout *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_ptr_array_unref (self->pages);
  g_ptr_array_unref (self->rows);
  g_clear_pointer (&self->header, row_free);
  for (guint i = 0; i < N_STYLES; i++)
    pango_font_description_free (self->fonts[i]);
  pango_attr_list_unref (self->text_attrs);
  pango_attr_list_unref (self->numeric_attrs);
  g_object_unref (self->context);
  g_free (self);
}

guint
cl_sheet_layout_get_n_pages (ClSheetLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

/* Drawing */

static void
draw_rule (cairo_t *cr,
           double   width,
           double   y,
           double   line_width,
           double   grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, 0.0, y - line_width / 2);
  cairo_line_to (cr, width, y - line_width / 2);
  cairo_stroke (cr);
}

static void
draw_piece (ClSheetLayout      *self,
            cairo_t            *cr,
            const ClSheetPiece *piece)
{
  const ClSheetRow *row = piece->row;
  double            bottom = piece->y + piece->height;

  for (guint c = 0; c < row->n_cells; c++)
    {
      const ClSheetCell *cell = &row->cells[c];
      gboolean           whole = piece->lines == NULL;
      guint              first = whole ? 0 : piece->lines[c];
      guint              count = whole ? cell->n_lines : piece->lines[row->n_cells + c];
      double             origin;
      double             grey = cell->muted ? MUTED_GREY : INK_GREY;

      if (count == 0)
        continue;
      origin = piece->y + row->pad_top - cell->lines[first].top;
      cairo_set_source_rgb (cr, grey, grey, grey);
      for (guint l = first; l < first + count; l++)
        {
          cairo_move_to (cr, cell->x + cell->lines[l].x, origin + cell->lines[l].baseline);
          pango_cairo_show_layout_line (cr, cell->lines[l].line);
        }
    }

  switch (row->kind)
    {
    case CL_SHEET_ROW_HEADING_1:
      draw_rule (cr, self->width, bottom, 0.75, 0.55);
      break;
    case CL_SHEET_ROW_TABLE_HEADER:
      draw_rule (cr, self->width, bottom, 0.8, INK_GREY);
      break;
    case CL_SHEET_ROW_TABLE_BODY:
      draw_rule (cr, self->width, bottom, 0.4, 0.78);
      break;
    case CL_SHEET_ROW_TEXT:
    case CL_SHEET_ROW_PAGE_BREAK:
    default:
      break;
    }
}

void
cl_sheet_layout_draw_page (ClSheetLayout *self,
                           cairo_t       *cr,
                           guint          page)
{
  GArray          *pieces;
  g_autofree char *text = NULL;
  ClSheetCell      footer = { 0 };

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  cairo_save (cr);

  if (self->header != NULL)
    {
      ClSheetPiece piece = { self->header, 0.0, self->header->height, NULL };

      draw_piece (self, cr, &piece);
      draw_rule (cr, self->width, self->header->height + HEADER_GAP / 2, 0.5, 0.78);
    }

  pieces = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < pieces->len; i++)
    draw_piece (self, cr, &g_array_index (pieces, ClSheetPiece, i));

  /* TRANSLATORS: the footer of every page of a printed sheet. */
  text = g_strdup_printf (_ ("Page %u of %u"), page + 1, self->pages->len);
  cell_init (self, &footer, STYLE_SMALL, text, 0.0, TRUE);
  cell_fit (&footer, self->width);
  cairo_set_source_rgb (cr, MUTED_GREY, MUTED_GREY, MUTED_GREY);
  for (guint l = 0; l < footer.n_lines; l++)
    {
      cairo_move_to (cr, footer.x + footer.lines[l].x,
                     self->height - self->footer_height + footer.lines[l].baseline);
      pango_cairo_show_layout_line (cr, footer.lines[l].line);
    }
  cell_clear (&footer);

  cairo_restore (cr);
}
