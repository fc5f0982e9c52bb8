/* cl-transfer.c — imports and exports, chosen by the file's extension
 *
 * Each format adds one row to the table below; the command line and the GUI
 * both dispatch through cl_transfer_import() and cl_transfer_export().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-transfer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cl-backup.h"
#include "cl-contact-cards.h"
#include "cl-prep-sheet.h"
#include "cl-transfer.h"

/* clang-format off */
G_DEFINE_QUARK (cl-transfer-error-quark, cl_transfer_error)
/* clang-format on */

static gboolean
export_backup (ClContext               *context,
               const char              *path,
               const ClTransferOptions *options,
               GError                 **error)
{
  return cl_backup_write (cl_context_get_database (context), path, error);
}

static gboolean
export_prep_sheet (ClContext               *context,
                   const char              *path,
                   const ClTransferOptions *options,
                   GError                 **error)
{
  return cl_prep_sheet_export (context, path, options->paper,
                               options->currency[0] != '\0' ? options->currency : NULL, error);
}

/* vCards ------------------------------------------------------------------ */

static gboolean
import_vcard (ClContext  *context,
              const char *path,
              char      **summary,
              GError    **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(ClContactImport) import = NULL;
  g_autoptr(GError) local = NULL;

  file = g_mapped_file_new (path, FALSE, &local);
  if (file == NULL)
    {
      g_set_error (error, CL_TRANSFER_ERROR, CL_TRANSFER_ERROR_FAILED,
                   _ ("Could not read “%s”: %s"), path, local->message);
      return FALSE;
    }
  import = cl_contact_import_new (cl_context_get_contact_store (context),
                                  g_mapped_file_get_contents (file),
                                  g_mapped_file_get_length (file), &local);
  if (import == NULL)
    {
      g_set_error (error, CL_TRANSFER_ERROR, CL_TRANSFER_ERROR_INVALID, "%s", local->message);
      return FALSE;
    }
  if (!cl_contact_import_commit (import, &local))
    {
      g_autofree char *what = cl_contact_import_describe (import);

      g_set_error (error, CL_TRANSFER_ERROR, CL_TRANSFER_ERROR_INVALID, "%s %s", local->message,
                   what);
      return FALSE;
    }
  *summary = cl_contact_import_describe (import);
  return TRUE;
}

static gboolean
export_vcard (ClContext               *context,
              const char              *path,
              const ClTransferOptions *options,
              GError                 **error)
{
  ClContactStore  *store = cl_context_get_contact_store (context);
  gsize            length = 0;
  g_autofree char *text = cl_contact_cards_export (cl_contact_store_get_contacts (store), &length);

  return g_file_set_contents (path, text, (gssize) length, error);
}

static const ClTransferFormat formats[] = {
  { ".vcf", N_ ("vCard contacts"), import_vcard, export_vcard },
  { ".vcard", N_ ("vCard contacts"), import_vcard, export_vcard },
  { ".db", N_ ("CareerLens database backup"), NULL, export_backup },
  { ".sqlite", N_ ("CareerLens database backup"), NULL, export_backup },
  { ".pdf", N_ ("Negotiation prep sheet"), NULL, export_prep_sheet },
  { NULL, NULL, NULL, NULL },
};

void
cl_transfer_options_init (ClTransferOptions *options)
{
  g_return_if_fail (options != NULL);

  options->paper = cl_paper_default ();
  options->currency[0] = '\0';
}

const ClTransferFormat *
cl_transfer_get_formats (void)
{
  return formats;
}

const ClTransferFormat *
cl_transfer_find_format (const char *path)
{
  g_autofree char *basename = NULL;
  g_autofree char *lower = NULL;
  const char      *dot;

  g_return_val_if_fail (path != NULL, NULL);

  basename = g_path_get_basename (path);
  dot = strrchr (basename, '.');
  if (dot == NULL || dot == basename)
    return NULL;

  lower = g_ascii_strdown (dot, -1);
  for (guint i = 0; formats[i].extension != NULL; i++)
    if (g_str_equal (formats[i].extension, lower))
      return &formats[i];

  return NULL;
}

/* "“.db”, “.csv”" — the extensions usable in one direction, for messages. */
static char *
list_extensions (gboolean for_import)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; formats[i].extension != NULL; i++)
    {
      if (for_import ? formats[i].import_func == NULL : formats[i].export_func == NULL)
        continue;
      if (list->len > 0)
        g_string_append (list, ", ");
      g_string_append_printf (list, "“%s”", formats[i].extension);
    }

  if (list->len == 0)
    return g_strdup (_ ("none yet"));
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static const ClTransferFormat *
find_for (const char *path,
          gboolean    for_import,
          GError    **error)
{
  const ClTransferFormat *format = cl_transfer_find_format (path);
  g_autofree char        *supported = list_extensions (for_import);

  if (format == NULL)
    {
      g_set_error (error, CL_TRANSFER_ERROR, CL_TRANSFER_ERROR_UNKNOWN_FORMAT,
                   for_import ? _ ("Cannot tell the format of “%s” from its extension. "
                                   "Files CareerLens can import end in: %s.")
                              : _ ("Cannot tell the format of “%s” from its extension. "
                                   "Files CareerLens can export end in: %s."),
                   path, supported);
      return NULL;
    }

  if (for_import ? format->import_func == NULL : format->export_func == NULL)
    {
      g_set_error (
        error, CL_TRANSFER_ERROR, CL_TRANSFER_ERROR_UNSUPPORTED,
        for_import
          ? _ ("CareerLens cannot import %s files (“%s”). Files it can import end in: %s.")
          : _ ("CareerLens cannot export %s files (“%s”). Files it can export end in: %s."),
        _ (format->description), path, supported);
      return NULL;
    }

  return format;
}

gboolean
cl_transfer_check (const char *path,
                   gboolean    for_import,
                   GError    **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return find_for (path, for_import, error) != NULL;
}

gboolean
cl_transfer_import (ClContext  *context,
                    const char *path,
                    char      **summary,
                    GError    **error)
{
  const ClTransferFormat *format;
  g_autofree char        *said = NULL;

  g_return_val_if_fail (CL_IS_CONTEXT (context), FALSE);

  /* A missing file is said to be missing, whatever its name. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, CL_TRANSFER_ERROR, CL_TRANSFER_ERROR_FAILED,
                   _ ("“%s” does not exist. Check the name of the file to import."), path);
      return FALSE;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, CL_TRANSFER_ERROR, CL_TRANSFER_ERROR_FAILED,
                   _ ("“%s” is not a regular file."), path);
      return FALSE;
    }

  format = find_for (path, TRUE, error);
  if (format == NULL)
    return FALSE;

  if (!format->import_func (context, path, &said, error))
    return FALSE;
  if (summary != NULL)
    *summary = g_steal_pointer (&said);
  return TRUE;
}

gboolean
cl_transfer_export (ClContext               *context,
                    const char              *path,
                    const ClTransferOptions *options,
                    GError                 **error)
{
  const ClTransferFormat *format;
  ClTransferOptions       defaults;

  g_return_val_if_fail (CL_IS_CONTEXT (context), FALSE);

  format = find_for (path, FALSE, error);
  if (format == NULL)
    return FALSE;

  if (options == NULL)
    {
      cl_transfer_options_init (&defaults);
      options = &defaults;
    }
  return format->export_func (context, path, options, error);
}
