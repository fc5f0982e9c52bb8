/* cl-sheet-layout-private.h — the rows a sheet's layout is made of, and their pagination
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

typedef struct
{
  PangoLayoutLine *line; /* owned by the cell's layout */
  double           x;    /* of its logical start, in the layout */
  double           top;  /* of its band, in the layout, spacing included */
  double           bottom;
  double           baseline;
} ClSheetLine;

typedef struct
{
  PangoLayout *layout;
  double       x;       /* of the layout, from the content area's left edge */
  double       natural; /* width with no wrapping */
  ClSheetLine *lines;
  guint        n_lines;
  gboolean     muted;
} ClSheetCell;

typedef enum
{
  CL_SHEET_ROW_TEXT,
  CL_SHEET_ROW_HEADING_1, /* ruled below */
  CL_SHEET_ROW_TABLE_HEADER,
  CL_SHEET_ROW_TABLE_BODY,
  CL_SHEET_ROW_PAGE_BREAK,
} ClSheetRowKind;

typedef struct _ClSheetRow ClSheetRow;

struct _ClSheetRow
{
  ClSheetRowKind    kind;
  ClSheetCell      *cells;
  guint             n_cells;
  double            pad_top; /* inside the row */
  double            pad_bottom;
  double            space_before; /* above the row, dropped at the top of a page */
  double            height;       /* whole: pads and the tallest cell */
  gboolean          keep_with_next;
  /* Between any two lines (a paragraph), not only when taller than a page. */
  gboolean          splittable;
  /* The header of the table a body row is in, repeated on a new page. */
  const ClSheetRow *table_header;
};

typedef struct
{
  const ClSheetRow *row;
  double            y; /* of the row's top, in the content area */
  double            height;
  /* NULL: every line; else each cell's first line, then each one's count. */
  guint            *lines;
} ClSheetPiece;

/* Height of @count lines from @first. */
static inline double
cl_sheet_cell_part_height (const ClSheetCell *cell,
                           guint              first,
                           guint              count)
{
  if (count == 0)
    return 0.0;
  return cell->lines[first + count - 1].bottom - cell->lines[first].top;
}

/* Deals @rows (ClSheetRow) onto pages whose body runs from @body_top to
 * @body_bottom, in points from the content area's top; returns the pages, at
 * least one, each a GArray of ClSheetPiece. */
GPtrArray *cl_sheet_paginate (GPtrArray *rows,
                              double     body_top,
                              double     body_bottom);

G_END_DECLS
