/* cl-sheet-private.h — what a ClSheet holds, for its layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-sheet.h"

G_BEGIN_DECLS
/* clang-format off */

typedef enum
{
  CL_SHEET_BLOCK_HEADING,     /* level, text */
  CL_SHEET_BLOCK_PARAGRAPH,   /* style, text */
  CL_SHEET_BLOCK_BULLET,      /* text */
  CL_SHEET_BLOCK_KEY_VALUE,   /* text (the label), value */
  CL_SHEET_BLOCK_TABLE,       /* table */
  CL_SHEET_BLOCK_PAGE_BREAK,
} ClSheetBlockKind;

typedef struct
{
  ClSheetBlockKind  kind;
  guint             level;  /* a heading's 1 or 2, a paragraph's ClSheetTextStyle */
  char             *text;
  char             *value;
  ClSheetTable     *table;
} ClSheetBlock;

typedef struct
{
  char   **cells;  /* n_columns, never NULL */
  gboolean *bold;  /* n_columns */
} ClSheetTableRow;

struct _ClSheetTable
{
  guint         n_columns;
  char        **headers;  /* n_columns, or NULL for no header row */
  ClSheetAlign *align;    /* n_columns */
  GArray       *rows;     /* ClSheetTableRow */
  char         *note;     /* NULL for none */
};

struct _ClSheet
{
  gatomicrefcount  ref_count;
  char            *title;        /* "" for none */
  char            *header_line;  /* "" for none */
  GArray          *blocks;       /* ClSheetBlock */
};

/* clang-format on */
G_END_DECLS
