/* cl-sheet-paginate.c — a sheet's rows dealt onto pages
 *
 * Rows go down the page in order.  One that does not fit where the page is
 * goes whole to the next page, unless it may split: a paragraph always
 * (keeping two lines each side), any other row only when it alone is
 * taller than a page.  A row that keeps with the next (a heading, a table's
 * header) moves on with it when together they would not fit; a table's
 * rows on a new page come after its header again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-sheet"

#include "config.h"

#include <string.h>

#include "cl-sheet-layout-private.h"

/* A paragraph that splits keeps this many lines on each page. */
#define MIN_LINES 2

static void
piece_clear (gpointer data)
{
  ClSheetPiece *piece = data;

  g_free (piece->lines);
}

typedef struct
{
  GPtrArray *rows;  /* ClSheetRow */
  GPtrArray *pages; /* GArray of ClSheetPiece */
  double     body_top;
  double     body_bottom;
  GArray    *page; /* ClSheetPiece, the last of pages */
  double     y;
  gboolean   empty; /* nothing on the page but a repeated table header */
} Pager;

static void
pager_add (Pager            *pager,
           const ClSheetRow *row,
           double            gap,
           double            height,
           guint            *lines)
{
  ClSheetPiece piece = { row, pager->y + gap, height, lines };

  g_array_append_val (pager->page, piece);
  pager->y += gap + height;
}

/* Starts a page; if @continuing is the row of a table with a header, the
 * header first. */
static void
pager_new_page (Pager            *pager,
                const ClSheetRow *continuing)
{
  pager->page = g_array_new (FALSE, FALSE, sizeof (ClSheetPiece));
  g_array_set_clear_func (pager->page, piece_clear);
  g_ptr_array_add (pager->pages, pager->page);
  pager->y = pager->body_top;
  pager->empty = TRUE;
  if (continuing != NULL && continuing->table_header != NULL)
    pager_add (pager, continuing->table_header, 0.0, continuing->table_header->height, NULL);
}

/* The room @row has on a new page. */
static double
capacity (const Pager      *self,
          const ClSheetRow *row)
{
  double room = self->body_bottom - self->body_top;

  if (row->table_header != NULL)
    room -= row->table_header->height;
  return room;
}

/* The least of @row that may end a page: a paragraph's first lines, a row
 * that is taller than a page its first line, any other row all of it. */
static double
min_first_piece (const Pager      *self,
                 const ClSheetRow *row)
{
  double tallest = 0.0;
  guint  lines = 1;

  if (row->kind == CL_SHEET_ROW_PAGE_BREAK)
    return 0.0;
  if (row->splittable && row->n_cells == 1 && row->cells[0].n_lines >= 2 * MIN_LINES)
    lines = MIN_LINES;
  else if (row->height <= capacity (self, row))
    return row->height;

  for (guint c = 0; c < row->n_cells; c++)
    {
      const ClSheetCell *cell = &row->cells[c];

      tallest = MAX (tallest, cl_sheet_cell_part_height (cell, 0, MIN (lines, cell->n_lines)));
    }
  return row->pad_top + tallest + row->pad_bottom;
}

/* The height of row @i and of what it keeps with it, the space before it
 * left out. */
static double
chain_height (const Pager *self,
              guint        i)
{
  const ClSheetRow *row = g_ptr_array_index (self->rows, i);
  double            height = row->height;

  while (row->keep_with_next && i + 1 < self->rows->len)
    {
      const ClSheetRow *next = g_ptr_array_index (self->rows, ++i);

      if (next->kind == CL_SHEET_ROW_PAGE_BREAK)
        break;
      height += next->space_before +
                (next->keep_with_next ? next->height : min_first_piece (self, next));
      row = next;
    }
  return height;
}

/* How many lines of each cell, from @next, fit in @room: the counts go to
 * @count, and the piece's height is returned, or -1 when not a line fits.
 * With @widows, a single cell keeps MIN_LINES on each side of the break. */
static double
row_take (const ClSheetRow *row,
          const guint      *next,
          double            room,
          gboolean          widows,
          guint            *count)
{
  double inner = room - row->pad_top - row->pad_bottom;
  double tallest = -1.0;

  for (guint c = 0; c < row->n_cells; c++)
    {
      const ClSheetCell *cell = &row->cells[c];
      guint              left = cell->n_lines - next[c], k = 0;

      while (k < left && cl_sheet_cell_part_height (cell, next[c], k + 1) <= inner)
        k++;
      if (widows && k < left)
        {
          if (left - k < MIN_LINES)
            k = left >= MIN_LINES ? left - MIN_LINES : 0;
          if (k < MIN_LINES)
            k = 0;
        }
      count[c] = k;
      if (k > 0)
        tallest = MAX (tallest, cl_sheet_cell_part_height (cell, next[c], k));
    }
  return tallest < 0.0 ? -1.0 : row->pad_top + tallest + row->pad_bottom;
}

/* One line of each cell that has lines left: the last resort on an empty
 * page, where not even that fits. */
static double
row_take_one (const ClSheetRow *row,
              const guint      *next,
              guint            *count)
{
  double tallest = 0.0;

  for (guint c = 0; c < row->n_cells; c++)
    {
      count[c] = next[c] < row->cells[c].n_lines ? 1 : 0;
      tallest = MAX (tallest, cl_sheet_cell_part_height (&row->cells[c], next[c], count[c]));
    }
  return row->pad_top + tallest + row->pad_bottom;
}

/* Places @row from where the page is, between lines, over as many pages as
 * it needs. */
static void
pager_place_split (Pager            *pager,
                   const ClSheetRow *row)
{
  guint             n = row->n_cells;
  g_autofree guint *next = g_new0 (guint, n);
  gboolean          first = TRUE;

  for (;;)
    {
      double   gap = first && !pager->empty ? row->space_before : 0.0;
      double   room = pager->body_bottom - pager->y - gap;
      guint   *lines = g_new (guint, 2 * n);
      guint   *count = lines + n;
      double   height = row_take (row, next, room, row->splittable, count);
      gboolean done = TRUE;

      if (height < 0.0 && pager->empty)
        height = row_take (row, next, room, FALSE, count);
      if (height < 0.0 && pager->empty)
        height = row_take_one (row, next, count);
      if (height < 0.0)
        {
          g_free (lines);
          pager_new_page (pager, row);
          continue;
        }

      memcpy (lines, next, n * sizeof (guint));
      pager_add (pager, row, gap, height, lines);
      pager->empty = FALSE;
      first = FALSE;
      for (guint c = 0; c < n; c++)
        {
          next[c] += count[c];
          done = done && next[c] == row->cells[c].n_lines;
        }
      if (done)
        break;
      pager_new_page (pager, row);
    }
}

GPtrArray *
cl_sheet_paginate (GPtrArray *rows,
                   double     body_top,
                   double     body_bottom)
{
  Pager    pager = { rows, NULL, body_top, body_bottom, NULL, 0.0, TRUE };
  Pager   *self = &pager;
  gboolean page_break = FALSE;

  pager.pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  pager_new_page (&pager, NULL);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const ClSheetRow *row = g_ptr_array_index (self->rows, i);
      double            gap;

      /* Taken when something follows, so that a break at the end, or
       * several in a row, add no empty page. */
      if (row->kind == CL_SHEET_ROW_PAGE_BREAK)
        {
          page_break = TRUE;
          continue;
        }
      if (page_break && !pager.empty)
        pager_new_page (&pager, NULL);
      page_break = FALSE;
      gap = pager.empty ? 0.0 : row->space_before;

      /* A heading that would end the page goes to the next with what
       * follows it (unless together they do not fit on any page). */
      if (row->keep_with_next && !pager.empty)
        {
          double chain = chain_height (self, i);

          if (pager.y + gap + chain > self->body_bottom && chain <= capacity (self, row))
            {
              pager_new_page (&pager, row);
              gap = 0.0;
            }
        }

      if (pager.y + gap + row->height <= self->body_bottom)
        {
          pager_add (&pager, row, gap, row->height, NULL);
          pager.empty = FALSE;
        }
      else if (!row->splittable && !pager.empty && row->height <= capacity (self, row))
        {
          pager_new_page (&pager, row);
          pager_add (&pager, row, 0.0, row->height, NULL);
          pager.empty = FALSE;
        }
      else
        {
          pager_place_split (&pager, row);
        }
    }

  return pager.pages;
}
