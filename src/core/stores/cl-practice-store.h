/* cl-practice-store.h — practice partners, the mock interviews held with them, their scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-contact-store.h"
#include "cl-partnership.h"
#include "cl-practice-session.h"
#include "cl-rubric-criterion.h"
#include "cl-store.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_PRACTICE_STORE (cl_practice_store_get_type ())
G_DECLARE_FINAL_TYPE (ClPracticeStore, cl_practice_store, CL, PRACTICE_STORE, ClStore)

/* One point of a domain's trend: a session that has scores. */
typedef struct
{
  gint64 held_at;   /* Unix time */
  double mean;      /* the mean of its scores, 1 to 4 */
  guint  n_scored;  /* how many criteria were scored */
} ClTrendPoint;

ClPracticeStore   *cl_practice_store_new                   (ClDatabase         *database,
                                                            ClClock            *clock);

/* Partnerships -------------------------------------------------------------
 * Every partnership (ClPartnership) in the order they were added; the model
 * lives as long as the store and follows every change. */
GListModel        *cl_practice_store_get_partnerships      (ClPracticeStore    *self);
ClPartnership     *cl_practice_store_find_partnership      (ClPracticeStore    *self,
                                                            gint64              partnership_id);
/* The partnership with @contact_id, or NULL: a contact has one at most. */
ClPartnership     *cl_practice_store_find_partnership_for_contact
                                                           (ClPracticeStore    *self,
                                                            gint64              contact_id);
/* Saves a new partnership (cl_partnership_new()) with an existing contact;
 * the object becomes the shared one.  A second one with the same contact is
 * a CL_VALIDATION_ERROR_DUPLICATE about "contact-id".  A start left 0 is now. */
gboolean           cl_practice_store_add_partnership       (ClPracticeStore    *self,
                                                            ClPartnership      *partnership,
                                                            GError            **error);
/* "Practise with @contact", one user action in one transaction: saves
 * @contact first when it is new (id 0: a name typed), gives it the
 * practice-partner role when it lacks it, and adds its partnership; sets
 * @out_partnership (may be NULL) to the store's.  Nothing is saved when a
 * step is refused (a second partnership with the contact among them). */
gboolean           cl_practice_store_add_partner           (ClPracticeStore    *self,
                                                            ClContactStore     *contacts,
                                                            ClContact          *contact,
                                                            ClPartnership     **out_partnership,
                                                            GError            **error);
/* Saves an edited copy (cl_partnership_copy()); its contact stays. */
gboolean           cl_practice_store_update_partnership    (ClPracticeStore    *self,
                                                            ClPartnership      *partnership,
                                                            GError            **error);
/* Deletes it with its sessions and their scores; the contact stays. */
gboolean           cl_practice_store_delete_partnership    (ClPracticeStore    *self,
                                                            ClPartnership      *partnership,
                                                            GError            **error);

/* Sessions -----------------------------------------------------------------
 * Sessions (ClPracticeSession), newest first (the same time: in the order
 * they were added); each model lives as long as the store and follows every
 * change. */
GListModel        *cl_practice_store_get_sessions          (ClPracticeStore    *self);
GListModel        *cl_practice_store_get_domain_sessions   (ClPracticeStore    *self,
                                                            ClPrepDomain        domain);
GListModel        *cl_practice_store_get_partnership_sessions
                                                           (ClPracticeStore    *self,
                                                            gint64              partnership_id);
ClPracticeSession *cl_practice_store_find_session          (ClPracticeStore    *self,
                                                            gint64              session_id);
/* Saves a new session (cl_practice_session_new()) and its scores in one
 * transaction; the object becomes the shared one.  Refused, with nothing
 * saved: a session dated after today (CL_VALIDATION_ERROR_OUT_OF_RANGE about
 * "held-at"), a partnership that does not exist, a criterion that does not
 * exist or belongs to another domain. */
gboolean           cl_practice_store_add_session           (ClPracticeStore    *self,
                                                            ClPracticeSession  *session,
                                                            GError            **error);
/* Saves an edited copy (cl_practice_session_copy()), its scores replacing
 * the saved ones. */
gboolean           cl_practice_store_update_session        (ClPracticeStore    *self,
                                                            ClPracticeSession  *session,
                                                            GError            **error);
gboolean           cl_practice_store_delete_session        (ClPracticeStore    *self,
                                                            ClPracticeSession  *session,
                                                            GError            **error);

/* Rubric criteria ----------------------------------------------------------
 * What @domain's sessions are scored on (ClRubricCriterion) by position: the
 * domain's own criteria if it has any, otherwise the four defaults.  The
 * model lives as long as the store and follows every change. */
GListModel        *cl_practice_store_get_criteria          (ClPracticeStore    *self,
                                                            ClPrepDomain        domain);
ClRubricCriterion *cl_practice_store_find_criterion        (ClPracticeStore    *self,
                                                            gint64              criterion_id);
/* Saves a new criterion of a domain's own (cl_rubric_criterion_new()) after
 * the domain's others; from then on the domain is scored on its own
 * criteria rather than the defaults. */
gboolean           cl_practice_store_add_criterion         (ClPracticeStore    *self,
                                                            ClRubricCriterion  *criterion,
                                                            GError            **error);
/* Saves an edited copy of a domain's own criterion; the defaults are
 * refused (CL_DATABASE_ERROR_INVALID). */
gboolean           cl_practice_store_update_criterion      (ClPracticeStore    *self,
                                                            ClRubricCriterion  *criterion,
                                                            GError            **error);
/* Deletes a domain's own criterion and the scores given on it; once a
 * domain has none left it is scored on the defaults again. */
gboolean           cl_practice_store_delete_criterion      (ClPracticeStore    *self,
                                                            ClRubricCriterion  *criterion,
                                                            GError            **error);

/* The trend of @domain: for each session with scores where the user was the
 * candidate, oldest first, the mean of its scores (ClTrendPoint), in a new
 * array. */
GArray            *cl_practice_store_get_trend             (ClPracticeStore    *self,
                                                            ClPrepDomain        domain);

/* clang-format on */
G_END_DECLS
