/* cl-backup.c — consistent copies of the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "cl-backup.h"
#include "cl-statement.h"

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* fsync() of a file or folder. */
static gboolean
sync_path (const char *path,
           int         flags,
           GError    **error)
{
  int fd = g_open (path, flags | O_CLOEXEC, 0);
  int saved_errno = 0;

  if (fd < 0 || fsync (fd) != 0)
    saved_errno = errno;
  if (fd >= 0)
    close (fd);

  if (saved_errno != 0)
    {
      g_set_error (error, CL_DATABASE_ERROR,
                   saved_errno == ENOSPC ? CL_DATABASE_ERROR_FULL : CL_DATABASE_ERROR_FAILED,
                   _ ("Could not write the backup “%s” to the disk: %s"), path,
                   g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

gboolean
cl_backup_write (ClDatabase *database,
                 const char *path,
                 GError    **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  int              fd;

  g_return_val_if_fail (CL_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (same_file (path, cl_database_get_path (database)))
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                   _ ("“%s” is the open database itself. Choose another file for the backup."),
                   path);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  tmp_path = g_build_filename (dir, ".careerlens-backup-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CL_DATABASE_ERROR,
                   saved_errno == ENOSPC ? CL_DATABASE_ERROR_FULL : CL_DATABASE_ERROR_READ_ONLY,
                   _ ("Could not write a backup in “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  /* VACUUM INTO wants a file that does not exist or is empty. */

  if (!cl_database_execute (database, error, "VACUUM INTO ?1", "s", tmp_path))
    goto fail;

  /* On disk before it takes the name, and the name on disk before we say
   * it is done: a power cut leaves the old backup or the new one. */
  if (!sync_path (tmp_path, O_RDONLY, error))
    goto fail;

  if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_READ_ONLY,
                   _ ("Could not write the backup “%s”: %s"), path, g_strerror (saved_errno));
      goto fail;
    }

  return sync_path (dir, O_RDONLY | O_DIRECTORY, error);

fail:
  g_unlink (tmp_path);
  return FALSE;
}
