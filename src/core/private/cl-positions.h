/* cl-positions.h — dense, unique places on the board, kept by SQL
 *
 * Cards have a position in their stage and stages a position on the board;
 * among the rows not archived, positions run 0, 1, 2… with no gap, and a
 * UNIQUE index refuses two rows on one place.  SQLite checks that index row
 * by row, so a block of rows moves in two steps, through positions no row
 * uses; a row being moved waits on a parking place meanwhile.  Everything
 * here runs inside the caller's transaction, reads where things are from the
 * database (never from a model another writer may have outdated), and
 * touches what it moves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-database-private.h"

G_BEGIN_DECLS
/* clang-format off */

/* Live applications in @stage_id. */
gboolean cl_positions_count_applications (ClDatabase  *db,
                                          gint64       stage_id,
                                          guint       *out_count,
                                          GError     **error);
/* Where the live application @id is; CL_DATABASE_ERROR_NOT_FOUND when it is
 * not on the board. */
gboolean cl_positions_locate_application (ClDatabase  *db,
                                          gint64       id,
                                          gint64      *out_stage_id,
                                          guint       *out_position,
                                          GError     **error);
/* Moves the live application @id to @position (clamped to the end) of
 * @stage_id, closing the gap it leaves and opening one where it lands, and
 * sets its updated_at.  @out_position (may be NULL) gets the clamped place;
 * *@out_moved is FALSE when it was there already (nothing is written). */
gboolean cl_positions_place_application  (ClDatabase  *db,
                                          gint64       id,
                                          gint64       stage_id,
                                          guint        position,
                                          gint64       updated_at,
                                          guint       *out_position,
                                          gboolean    *out_moved,
                                          GError     **error);
/* Opens a place at @position of @stage_id (the rows from there move down). */
gboolean cl_positions_open_gap           (ClDatabase  *db,
                                          gint64       stage_id,
                                          guint        position,
                                          GError     **error);
/* Closes the place @position of @stage_id, left by a row that is no longer
 * live (the rows after it move up). */
gboolean cl_positions_close_gap          (ClDatabase  *db,
                                          gint64       stage_id,
                                          guint        position,
                                          GError     **error);

/* Records that application @id went from (@from_stage_id, @from_position)
 * to (@to_stage_id, @to_position) at @now; @from_stage_id 0 for its first
 * stage.  @out_history_id (may be NULL) gets the new row's id. */
gboolean cl_positions_append_history     (ClDatabase  *db,
                                          gint64       id,
                                          gint64       from_stage_id,
                                          guint        from_position,
                                          gint64       to_stage_id,
                                          guint        to_position,
                                          gint64       now,
                                          gint64      *out_history_id,
                                          GError     **error);
/* Whether @history_id is the latest stage-history row of application @id:
 * only the latest move of an application can be undone. */
gboolean cl_positions_is_latest_history  (ClDatabase  *db,
                                          gint64       id,
                                          gint64       history_id,
                                          gboolean    *out_latest,
                                          GError     **error);

/* The same for stages on the board. */
gboolean cl_positions_count_stages       (ClDatabase  *db,
                                          guint       *out_count,
                                          GError     **error);
gboolean cl_positions_place_stage        (ClDatabase  *db,
                                          gint64       id,
                                          guint        position,
                                          GError     **error);
gboolean cl_positions_open_stage_gap     (ClDatabase  *db,
                                          guint        position,
                                          GError     **error);
gboolean cl_positions_close_stage_gap    (ClDatabase  *db,
                                          guint        position,
                                          GError     **error);

/* clang-format on */
G_END_DECLS
