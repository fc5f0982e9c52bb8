/* cl-pipeline-store.h — the applications on the board, per stage, as list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-application.h"
#include "cl-company-store.h"
#include "cl-contact-store.h"
#include "cl-deletion.h"
#include "cl-stage-store.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

/* A committed move of a card, with what it takes to undo it exactly. */
typedef struct
{
  gint64 application_id;
  gint64 from_stage_id;
  guint  from_position;
  gint64 to_stage_id;
  guint  to_position;
  gint64 history_id;           /* the stage_history row the move appended */
  gint64 previous_updated_at;
} ClPipelineMove;

#define CL_TYPE_PIPELINE_MOVE (cl_pipeline_move_get_type ())
GType           cl_pipeline_move_get_type (void) G_GNUC_CONST;
ClPipelineMove *cl_pipeline_move_copy     (const ClPipelineMove *move);
void            cl_pipeline_move_free     (ClPipelineMove       *move);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClPipelineMove, cl_pipeline_move_free)

#define CL_TYPE_PIPELINE_STORE (cl_pipeline_store_get_type ())
G_DECLARE_FINAL_TYPE (ClPipelineStore, cl_pipeline_store, CL, PIPELINE_STORE, ClStore)

ClPipelineStore *cl_pipeline_store_new                  (ClDatabase       *database,
                                                         ClClock          *clock,
                                                         ClCompanyStore   *companies,
                                                         ClStageStore     *stages);
ClCompanyStore  *cl_pipeline_store_get_company_store    (ClPipelineStore  *self);
ClStageStore    *cl_pipeline_store_get_stage_store      (ClPipelineStore  *self);

/* The stage store's stages (ClStage), for convenience. */
GListModel      *cl_pipeline_store_get_stages           (ClPipelineStore  *self);
ClStage         *cl_pipeline_store_find_stage           (ClPipelineStore  *self,
                                                         gint64            stage_id);
/* All applications that are not archived, in no particular order (ClApplication). */
GListModel      *cl_pipeline_store_get_applications     (ClPipelineStore  *self);
/* The applications of one stage in their manual order; the model lives as long
 * as the store and follows every change. */
GListModel      *cl_pipeline_store_get_stage_applications (ClPipelineStore *self,
                                                         gint64            stage_id);
ClApplication   *cl_pipeline_store_find_application     (ClPipelineStore  *self,
                                                         gint64            application_id);

/* Saves a new application (from cl_application_new()) at the end of
 * @stage_id (0: the first open stage), linked to the company of its name, and
 * records its first stage-history row.  The object becomes the shared one. */
gboolean         cl_pipeline_store_add_application      (ClPipelineStore  *self,
                                                         ClApplication    *application,
                                                         gint64            stage_id,
                                                         GError          **error);
/* Saves an edited copy (cl_application_copy()) in one transaction: its
 * fields, its company (see cl-company-store-private.h), and with @stage_id
 * not 0 and not its stage, a move to the end of that stage.  The shared
 * object then shows what was saved. */
gboolean         cl_pipeline_store_save_application     (ClPipelineStore  *self,
                                                         ClApplication    *copy,
                                                         gint64            stage_id,
                                                         GError          **error);
/* Moves to @position (clamped to the end) of @stage_id, keeping positions dense
 * in both stages and appending a stage-history row.  @out_move (may be NULL)
 * receives the record for undo, or NULL when nothing moved. */
gboolean         cl_pipeline_store_move_application     (ClPipelineStore  *self,
                                                         ClApplication    *application,
                                                         gint64            stage_id,
                                                         guint             position,
                                                         ClPipelineMove  **out_move,
                                                         GError          **error);
/* Puts the card back exactly: stage, position, updated time, and removes the
 * history row the move added.  Refused once the application has moved again
 * (the move is no longer its latest history row). */
gboolean         cl_pipeline_store_undo_move            (ClPipelineStore       *self,
                                                         const ClPipelineMove  *move,
                                                         GError               **error);
/* Hides an application from the board; its data and history stay. */
gboolean         cl_pipeline_store_archive_application  (ClPipelineStore  *self,
                                                         ClApplication    *application,
                                                         GError          **error);
/* Undoes archive_application(): back on the board where it was. */
gboolean         cl_pipeline_store_unarchive_application (ClPipelineStore *self,
                                                         ClApplication    *application,
                                                         GError          **error);

/* Deletes an application with everything that belongs to it (history,
 * rounds, journal, red flags, referrals, offers…), in one transaction; the
 * later cards of its stage move up.  @out_deletion (may be NULL) receives
 * what Undo needs. */
gboolean         cl_pipeline_store_delete_application   (ClPipelineStore  *self,
                                                         ClApplication    *application,
                                                         ClDeletion      **out_deletion,
                                                         GError          **error);
/* Brings all of it back exactly, the card where it was. */
gboolean         cl_pipeline_store_undo_delete          (ClPipelineStore  *self,
                                                         ClDeletion       *deletion,
                                                         GError          **error);

/* The full job description, kept exactly as pasted (it is not loaded with
 * the board); NULL when there is none. */
char            *cl_pipeline_store_get_description      (ClPipelineStore  *self,
                                                         ClApplication    *application,
                                                         GError          **error);
/* Saves it as given (NULL or "" removes it); refuses text that is not
 * valid UTF-8, holds control characters or is longer than 100,000
 * characters, with a CL_VALIDATION_ERROR naming "description". */
gboolean         cl_pipeline_store_set_description      (ClPipelineStore  *self,
                                                         ClApplication    *application,
                                                         const char       *description,
                                                         GError          **error);

/* One step of an application's stage history. */
typedef struct
{
  gint64 from_stage_id;  /* 0 for the first placement */
  gint64 to_stage_id;
  gint64 moved_at;
} ClHistoryStep;

/* The stage history of @application_id, oldest first (a new GArray of
 * ClHistoryStep). */
GArray          *cl_pipeline_store_get_history          (ClPipelineStore  *self,
                                                         gint64            application_id,
                                                         GError          **error);

/* Card facts kept in related rows; each change is one transaction. */

/* Makes @contact the application's one referrer, with @status (not NONE),
 * in one transaction: a new contact (id 0, from cl_contact_new()) is added
 * to @contacts first, and referrals by anyone else are removed.  A NULL
 * @contact removes every referral. */
gboolean         cl_pipeline_store_set_referrer         (ClPipelineStore  *self,
                                                         ClApplication    *application,
                                                         ClContactStore   *contacts,
                                                         ClContact        *contact,
                                                         ClReferralStatus  status,
                                                         GError          **error);
/* The referral of the application (the latest one when several were asked):
 * FALSE with *@out_contact_id 0 when there is none. */
gboolean         cl_pipeline_store_get_referral         (ClPipelineStore  *self,
                                                         ClApplication    *application,
                                                         gint64           *out_contact_id,
                                                         ClReferralStatus *out_status,
                                                         GError          **error);
/* Records where the referral by @contact_id stands, adding it if needed;
 * CL_REFERRAL_STATUS_NONE removes it.  An unknown contact fails with
 * CL_DATABASE_ERROR_NOT_FOUND. */
gboolean         cl_pipeline_store_set_referral         (ClPipelineStore  *self,
                                                         ClApplication    *application,
                                                         gint64            contact_id,
                                                         ClReferralStatus  status,
                                                         GError          **error);

/* A referral seen from the contact who gives it. */
typedef struct
{
  gint64           application_id;
  ClReferralStatus status;
  gint64           updated_at;
  char            *company_name;  /* of the application, which may be archived */
  char            *role;
  gboolean         archived;
} ClReferralLink;

/* The referrals @contact_id gives, archived applications' too, by company and
 * role (a new GArray of ClReferralLink that frees its strings). */
GArray          *cl_pipeline_store_list_referrals_by    (ClPipelineStore  *self,
                                                         gint64            contact_id,
                                                         GError          **error);

/* clang-format on */
G_END_DECLS
