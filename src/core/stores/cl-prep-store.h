/* cl-prep-store.h — the learning objectives of the prep plan, per domain
 *
 * An objective prepares for any number of applications and interview
 * rounds: links kept here, read on demand (cl_prep_store_get_application_ids()
 * …) and replaced as a whole (cl_prep_store_set_links()).  The store emits
 * ::application-objectives-changed (gint64 application_id, 0 for "maybe
 * any") whenever an objective linked to an application, directly or through
 * one of its rounds, is added, edited, deleted, linked or unlinked: an
 * application's page then calls cl_prep_store_list_for_application() again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-objective.h"
#include "cl-prep-plan.h"
#include "cl-round.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_PREP_STORE (cl_prep_store_get_type ())
G_DECLARE_FINAL_TYPE (ClPrepStore, cl_prep_store, CL, PREP_STORE, ClStore)

ClPrepStore *cl_prep_store_new              (ClDatabase    *database,
                                             ClClock       *clock);

/* The objectives of @domain (ClObjective) by target date, those without one
 * last, then in the order they were added; the model lives as long as the
 * store and follows every change. */
GListModel  *cl_prep_store_get_objectives   (ClPrepStore   *self,
                                             ClPrepDomain   domain);
ClObjective *cl_prep_store_find_objective   (ClPrepStore   *self,
                                             gint64         objective_id);
/* The progress of @domain: returns how many of its objectives are not
 * dropped, and sets @out_done (may be NULL) to how many of those are done. */
guint        cl_prep_store_count_objectives (ClPrepStore   *self,
                                             ClPrepDomain   domain,
                                             guint         *out_done);

/* Saves a new objective (from cl_objective_new()); the object becomes the
 * shared one. */
gboolean     cl_prep_store_add_objective    (ClPrepStore   *self,
                                             ClObjective   *objective,
                                             GError       **error);
/* The same, linked to @application_id (> 0) in the same transaction, as
 * when the objective comes from an application's page or journal.  An
 * application that no longer exists fails with CL_DATABASE_ERROR_NOT_FOUND
 * and saves nothing. */
gboolean     cl_prep_store_add_objective_for_application (ClPrepStore *self,
                                             ClObjective   *objective,
                                             gint64         application_id,
                                             GError       **error);
/* Saves an edited copy (cl_objective_copy()), its domain included; the
 * links are left as they are. */
gboolean     cl_prep_store_update_objective (ClPrepStore   *self,
                                             ClObjective   *objective,
                                             GError       **error);
/* Deletes the objective and its links (not the applications or rounds). */
gboolean     cl_prep_store_delete_objective (ClPrepStore   *self,
                                             ClObjective   *objective,
                                             GError       **error);

/* The ids of the applications @objective_id is linked to, oldest
 * application first (a new GArray of gint64; empty for none or for an
 * unknown objective; NULL with @error set when the file cannot be read). */
GArray      *cl_prep_store_get_application_ids (ClPrepStore *self,
                                             gint64         objective_id,
                                             GError       **error);
/* The ids of the interview rounds @objective_id is linked to, by
 * application then round order (a new GArray of gint64). */
GArray      *cl_prep_store_get_round_ids    (ClPrepStore   *self,
                                             gint64         objective_id,
                                             GError       **error);
/* Makes @application_ids (@n_applications of them) and @round_ids
 * (@n_rounds) what @objective prepares for, replacing every link it had, in
 * one transaction; repeated ids count once.  An objective, application or
 * round that no longer exists fails with CL_DATABASE_ERROR_NOT_FOUND (a
 * message saying which kind) and changes nothing.  A round is linked as
 * given: its application is not linked as well. */
gboolean     cl_prep_store_set_links        (ClPrepStore   *self,
                                             ClObjective   *objective,
                                             const gint64  *application_ids,
                                             guint          n_applications,
                                             const gint64  *round_ids,
                                             guint          n_rounds,
                                             GError       **error);
/* The objectives preparing for @application_id, linked to it or to one of
 * its rounds, by target date (undated last) then as added: a new GPtrArray
 * of the shared ClObjective objects (reffed; it frees them).  NULL with
 * @error set when the file cannot be read. */
GPtrArray   *cl_prep_store_list_for_application (ClPrepStore *self,
                                             gint64         application_id,
                                             GError       **error);
/* The objectives linked to @round_id, in the same order and form. */
GPtrArray   *cl_prep_store_list_for_round   (ClPrepStore   *self,
                                             gint64         round_id,
                                             GError       **error);

/* The progress of @domain as of today (the store's clock): see
 * ClPrepProgress in cl-prep-plan.h; clear @out with cl_prep_progress_clear()
 * (or declare it g_auto (ClPrepProgress)).  An application's progress is
 * cl_prep_progress_compute() over cl_prep_store_list_for_application(). */
void         cl_prep_store_get_progress     (ClPrepStore   *self,
                                             ClPrepDomain   domain,
                                             ClPrepProgress *out);
/* "Plan back from this round": gives @objectives (@n_objectives stored
 * ones, in the order to do them) the target dates of
 * cl_prep_plan_schedule() from today to the round's date (weighted by
 * their hours planned if @by_hours), and links each to @round (keeping
 * their other links), in one transaction.  A round without a date, today,
 * tomorrow or past is a CL_PREP_PLAN_ERROR that says what to do; an
 * objective or round gone is CL_DATABASE_ERROR_NOT_FOUND; nothing is
 * saved then. */
gboolean     cl_prep_store_plan_for_round   (ClPrepStore   *self,
                                             ClRound       *round,
                                             ClObjective  **objectives,
                                             guint          n_objectives,
                                             gboolean       by_hours,
                                             GError       **error);

/* A term of the keyword taxonomy found in an application's job
 * description, and what the user made of it. */
typedef struct
{
  char           *term_key;      /* "ml.transformers" */
  ClKeywordState  state;
  guint           count;         /* times found */
  gint64          objective_id;  /* the objective made from it; 0 for none */
} ClFoundKeyword;

/* The terms found for @application_id, by term key: a new GArray of
 * ClFoundKeyword that frees what it holds; empty for none. */
GArray      *cl_prep_store_get_keyword_states (ClPrepStore *self,
                                             gint64         application_id,
                                             GError       **error);
/* Records @term_key's @state and @count for @application_id (adding the
 * term or changing it; the objective made from it stays).  An application
 * that no longer exists is CL_DATABASE_ERROR_NOT_FOUND; an empty key
 * CL_DATABASE_ERROR_INVALID.  Announced as ::application-objectives-changed
 * for the application. */
gboolean     cl_prep_store_set_keyword_state (ClPrepStore  *self,
                                             gint64         application_id,
                                             const char    *term_key,
                                             ClKeywordState state,
                                             guint          count,
                                             GError       **error);
/* Accepting a proposed term: saves @objective (new, as for
 * cl_prep_store_add_objective_for_application(); its term key becomes
 * @term_key when it has none), linked to @application_id, and marks the
 * term accepted with that objective, found @count times (0: the count
 * kept, 1 for a new term), in one transaction. */
gboolean     cl_prep_store_accept_keyword   (ClPrepStore   *self,
                                             gint64         application_id,
                                             const char    *term_key,
                                             guint          count,
                                             ClObjective   *objective,
                                             GError       **error);

/* clang-format on */
G_END_DECLS
