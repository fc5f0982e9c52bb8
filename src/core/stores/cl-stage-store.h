/* cl-stage-store.h — the stages of the board, shared by the board and the stage editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-stage.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

/* What archiving a stage did, to undo it exactly. */
typedef struct _ClStageArchive ClStageArchive;

#define CL_TYPE_STAGE_ARCHIVE (cl_stage_archive_get_type ())
GType           cl_stage_archive_get_type  (void) G_GNUC_CONST;
ClStageArchive *cl_stage_archive_ref       (ClStageArchive *self);
void            cl_stage_archive_unref     (ClStageArchive *self);
gint64          cl_stage_archive_get_stage_id (const ClStageArchive *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClStageArchive, cl_stage_archive_unref)

#define CL_TYPE_STAGE_STORE (cl_stage_store_get_type ())
G_DECLARE_FINAL_TYPE (ClStageStore, cl_stage_store, CL, STAGE_STORE, ClStore)

ClStageStore *cl_stage_store_new            (ClDatabase      *database,
                                             ClClock         *clock);

/* Stages that are not archived, in the user's order (ClStage). */
GListModel   *cl_stage_store_get_stages     (ClStageStore    *self);
ClStage      *cl_stage_store_find           (ClStageStore    *self,
                                             gint64           stage_id);
/* Where new applications go by default; NULL when every stage is closed. */
ClStage      *cl_stage_store_get_first_open (ClStageStore    *self);

/* Each is one transaction.  Names are trimmed, at most
 * CL_STAGE_MAX_NAME_LENGTH characters, and unlike any other stage's in any
 * case (CL_VALIDATION_ERROR about "name").  A new open stage goes after the
 * last open stage, so before the outcomes; a closed one goes last.  Returns
 * the new stage, or NULL. */
ClStage      *cl_stage_store_add_stage      (ClStageStore    *self,
                                             const char      *name,
                                             gboolean         is_open,
                                             GError         **error);
gboolean      cl_stage_store_rename_stage   (ClStageStore    *self,
                                             ClStage         *stage,
                                             const char      *name,
                                             GError         **error);
/* At least one stage stays open, where new applications go. */
gboolean      cl_stage_store_set_stage_open (ClStageStore    *self,
                                             ClStage         *stage,
                                             gboolean         is_open,
                                             GError         **error);
gboolean      cl_stage_store_move_stage     (ClStageStore    *self,
                                             ClStage         *stage,
                                             guint            position,
                                             GError         **error);
/* Hides @stage from the board; its applications move, in order, to the end of
 * @move_to (required when it holds any), each with a history row.
 * @out_archive (may be NULL) receives what undoes it. */
gboolean      cl_stage_store_archive_stage  (ClStageStore    *self,
                                             ClStage         *stage,
                                             ClStage         *move_to,
                                             ClStageArchive **out_archive,
                                             GError         **error);
/* Puts the stage back where it was, and its applications back in it as they
 * were; refused once any of them has moved again. */
gboolean      cl_stage_store_undo_archive   (ClStageStore    *self,
                                             ClStageArchive  *archive,
                                             GError         **error);

/* clang-format on */
G_END_DECLS
