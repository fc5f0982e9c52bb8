/* cl-transfer.h — imports and exports, chosen by the file's extension
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-context.h"
#include "cl-sheet.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TRANSFER_ERROR (cl_transfer_error_quark ())

typedef enum
{
  CL_TRANSFER_ERROR_UNKNOWN_FORMAT,  /* no format for this extension */
  CL_TRANSFER_ERROR_UNSUPPORTED,     /* the format exists but not in this direction */
  CL_TRANSFER_ERROR_INVALID,         /* the file's content is not valid for its format */
  CL_TRANSFER_ERROR_FAILED,
} ClTransferError;

/* What a format may need besides the file: the paper of a printed sheet and
 * the currency its comparison is in ("": the offers' most common one). */
typedef struct
{
  ClPaper paper;
  char    currency[4];
} ClTransferOptions;

typedef gboolean (*ClTransferFunc) (ClContext               *context,
                                    const char              *path,
                                    const ClTransferOptions *options,
                                    GError                 **error);

/* An import sets @summary to what it did, for people ("3 new contacts…"). */
typedef gboolean (*ClTransferImportFunc) (ClContext               *context,
                                          const char              *path,
                                          char                   **summary,
                                          GError                 **error);

typedef struct
{
  const char     *extension;    /* lower case, with the dot: ".csv" */
  const char     *description;  /* translatable, e.g. N_("CSV spreadsheet") */
  ClTransferImportFunc import_func; /* NULL if the format cannot be imported */
  ClTransferFunc  export_func;  /* NULL if the format cannot be exported */
} ClTransferFormat;

GQuark                  cl_transfer_error_quark  (void);
/* The defaults: the locale's paper, no currency chosen. */
void                    cl_transfer_options_init (ClTransferOptions *options);
/* The formats, ending with an entry whose extension is NULL. */
const ClTransferFormat *cl_transfer_get_formats  (void);
const ClTransferFormat *cl_transfer_find_format  (const char  *path);
/* Whether @path's extension names a format that can be imported (or
 * exported); FALSE with a message listing those that can, otherwise. */
gboolean                cl_transfer_check        (const char  *path,
                                                  gboolean     for_import,
                                                  GError     **error);
/* @summary (may be NULL) receives what the import did, as a sentence. */
gboolean                cl_transfer_import       (ClContext   *context,
                                                  const char  *path,
                                                  char       **summary,
                                                  GError     **error);
/* @options may be NULL for the defaults. */
gboolean                cl_transfer_export       (ClContext   *context,
                                                  const char  *path,
                                                  const ClTransferOptions *options,
                                                  GError     **error);

/* clang-format on */
G_END_DECLS
