/* cl-positions.c — dense, unique places on the board, kept by SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-positions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-positions.h"
#include "cl-statement.h"

/* Far above any real position: a block on its way adds OFFSET; a row being
 * moved waits at PARKED. */
#define OFFSET G_GINT64_CONSTANT (1000000000)
#define PARKED (2 * OFFSET)

/* Moves the live rows at positions @first…@last of a stage by @delta. */
static gboolean
shift_applications (ClDatabase *db,
                    gint64      stage_id,
                    gint64      first,
                    gint64      last,
                    int         delta,
                    GError    **error)
{
  if (first > last)
    return TRUE;
  return cl_database_execute (db, error,
                              "UPDATE applications SET position = position + ?4"
                              " WHERE stage_id = ?1 AND archived_at IS NULL"
                              " AND position BETWEEN ?2 AND ?3",
                              "xxxx", stage_id, first, last, OFFSET) &&
         cl_database_execute (db, error,
                              "UPDATE applications SET position = position - ?2 + ?3"
                              " WHERE stage_id = ?1 AND archived_at IS NULL"
                              " AND position >= ?2 AND position < ?4",
                              "xxix", stage_id, OFFSET, delta, PARKED);
}

static gboolean
shift_stages (ClDatabase *db,
              gint64      first,
              gint64      last,
              int         delta,
              GError    **error)
{
  if (first > last)
    return TRUE;
  return cl_database_execute (db, error,
                              "UPDATE stages SET position = position + ?3"
                              " WHERE archived = 0 AND position BETWEEN ?1 AND ?2",
                              "xxx", first, last, OFFSET) &&
         cl_database_execute (db, error,
                              "UPDATE stages SET position = position - ?1 + ?2"
                              " WHERE archived = 0 AND position >= ?1 AND position < ?3",
                              "xix", OFFSET, delta, PARKED);
}

gboolean
cl_positions_count_applications (ClDatabase *db,
                                 gint64      stage_id,
                                 guint      *out_count,
                                 GError    **error)
{
  gint64 count = 0;

  if (!cl_database_query_int64 (db, &count, NULL, error,
                                "SELECT count(*) FROM applications"
                                " WHERE stage_id = ?1 AND archived_at IS NULL",
                                "x", stage_id))
    return FALSE;
  *out_count = (guint) count;
  return TRUE;
}

gboolean
cl_positions_locate_application (ClDatabase *db,
                                 gint64      id,
                                 gint64     *out_stage_id,
                                 guint      *out_position,
                                 GError    **error)
{
  sqlite3_stmt *stmt = cl_database_prepare (db,
                                            "SELECT stage_id, position FROM applications"
                                            " WHERE id = ?1 AND archived_at IS NULL",
                                            error);
  int           rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out_stage_id = sqlite3_column_int64 (stmt, 0);
      *out_position = (guint) sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("This application is no longer on the board."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      cl_database_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
cl_positions_place_application (ClDatabase *db,
                                gint64      id,
                                gint64      stage_id,
                                guint       position,
                                gint64      updated_at,
                                guint      *out_position,
                                gboolean   *out_moved,
                                GError    **error)
{
  gint64   from_stage_id = 0;
  guint    from_position = 0;
  guint    n_target = 0;
  gboolean ok;

  *out_moved = FALSE;
  if (!cl_positions_locate_application (db, id, &from_stage_id, &from_position, error) ||
      !cl_positions_count_applications (db, stage_id, &n_target, error))
    return FALSE;

  if (from_stage_id == stage_id)
    position = MIN (position, n_target - 1);
  else
    position = MIN (position, n_target);
  if (out_position != NULL)
    *out_position = position;
  if (from_stage_id == stage_id && from_position == position)
    return TRUE;

  if (!cl_database_execute (db, error,
                            "UPDATE applications SET stage_id = ?2, position = ?3 WHERE id = ?1",
                            "xxx", id, stage_id, PARKED))
    return FALSE;

  /* Close the gap the card leaves, then open one where it lands. */
  if (from_stage_id == stage_id && position > from_position)
    ok = shift_applications (db, stage_id, from_position + 1, position, -1, error);
  else if (from_stage_id == stage_id)
    ok = shift_applications (db, stage_id, position, (gint64) from_position - 1, +1, error);
  else
    ok = shift_applications (db, from_stage_id, from_position + 1, OFFSET - 1, -1, error) &&
         shift_applications (db, stage_id, position, OFFSET - 1, +1, error);

  if (!ok ||
      !cl_database_execute (db, error,
                            "UPDATE applications SET position = ?2, updated_at = ?3 WHERE id = ?1",
                            "xux", id, position, updated_at))
    return FALSE;

  cl_database_touch (db, CL_TABLE_APPLICATIONS, CL_ENTITY_APPLICATION, id);
  cl_database_touch (db, CL_TABLE_APPLICATIONS, CL_ENTITY_STAGE, from_stage_id);
  cl_database_touch (db, CL_TABLE_APPLICATIONS, CL_ENTITY_STAGE, stage_id);
  *out_moved = TRUE;
  return TRUE;
}

gboolean
cl_positions_append_history (ClDatabase *db,
                             gint64      id,
                             gint64      from_stage_id,
                             guint       from_position,
                             gint64      to_stage_id,
                             guint       to_position,
                             gint64      now,
                             gint64     *out_history_id,
                             GError    **error)
{
  if (!cl_database_execute (
        db, error,
        "INSERT INTO stage_history (application_id, from_stage_id, to_stage_id,"
        " from_position, to_position, moved_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        "xzxmux", id, from_stage_id, to_stage_id,
        from_stage_id != 0 ? (gint64) from_position : (gint64) -1, to_position, now))
    return FALSE;
  if (out_history_id != NULL)
    *out_history_id = cl_database_last_insert_id (db);
  cl_database_touch (db, CL_TABLE_STAGE_HISTORY, CL_ENTITY_APPLICATION, id);
  return TRUE;
}

gboolean
cl_positions_is_latest_history (ClDatabase *db,
                                gint64      id,
                                gint64      history_id,
                                gboolean   *out_latest,
                                GError    **error)
{
  gint64 latest = 0;

  if (!cl_database_query_int64 (db, &latest, NULL, error,
                                "SELECT max(id) FROM stage_history WHERE application_id = ?1", "x",
                                id))
    return FALSE;
  *out_latest = latest == history_id;
  return TRUE;
}

gboolean
cl_positions_open_gap (ClDatabase *db,
                       gint64      stage_id,
                       guint       position,
                       GError    **error)
{
  cl_database_touch (db, CL_TABLE_APPLICATIONS, CL_ENTITY_STAGE, stage_id);
  return shift_applications (db, stage_id, position, OFFSET - 1, +1, error);
}

gboolean
cl_positions_close_gap (ClDatabase *db,
                        gint64      stage_id,
                        guint       position,
                        GError    **error)
{
  cl_database_touch (db, CL_TABLE_APPLICATIONS, CL_ENTITY_STAGE, stage_id);
  return shift_applications (db, stage_id, (gint64) position + 1, OFFSET - 1, -1, error);
}

gboolean
cl_positions_count_stages (ClDatabase *db,
                           guint      *out_count,
                           GError    **error)
{
  gint64 count = 0;

  if (!cl_database_query_int64 (db, &count, NULL, error,
                                "SELECT count(*) FROM stages WHERE archived = 0", NULL))
    return FALSE;
  *out_count = (guint) count;
  return TRUE;
}

gboolean
cl_positions_place_stage (ClDatabase *db,
                          gint64      id,
                          guint       position,
                          GError    **error)
{
  gint64   from = 0;
  guint    n = 0;
  gboolean ok;

  if (!cl_database_query_int64 (db, &from, _ ("That stage no longer exists."), error,
                                "SELECT position FROM stages WHERE id = ?1 AND archived = 0", "x",
                                id) ||
      !cl_positions_count_stages (db, &n, error))
    return FALSE;

  position = MIN (position, n - 1);
  if ((gint64) position == from)
    return TRUE;

  if (!cl_database_execute (db, error, "UPDATE stages SET position = ?2 WHERE id = ?1", "xx", id,
                            PARKED))
    return FALSE;
  if ((gint64) position > from)
    ok = shift_stages (db, from + 1, position, -1, error);
  else
    ok = shift_stages (db, position, from - 1, +1, error);
  if (!ok || !cl_database_execute (db, error, "UPDATE stages SET position = ?2 WHERE id = ?1",
                                   "xu", id, position))
    return FALSE;

  cl_database_touch (db, CL_TABLE_STAGES, CL_ENTITY_STAGE, id);
  return TRUE;
}

gboolean
cl_positions_open_stage_gap (ClDatabase *db,
                             guint       position,
                             GError    **error)
{
  return shift_stages (db, position, OFFSET - 1, +1, error);
}

gboolean
cl_positions_close_stage_gap (ClDatabase *db,
                              guint       position,
                              GError    **error)
{
  return shift_stages (db, (gint64) position + 1, OFFSET - 1, -1, error);
}
