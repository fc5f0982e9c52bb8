/* cl-application.h — one job application: a card on the board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-company.h"
#include "cl-enums.h"
#include "cl-model.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_APPLICATION (cl_application_get_type ())
G_DECLARE_FINAL_TYPE (ClApplication, cl_application, CL, APPLICATION, ClModel)

/* A new, unsaved application (id 0) at a company of that name; ClPipelineStore
 * saves it. */
ClApplication       *cl_application_new                 (const char    *company,
                                                         const char    *role);
/* An edited copy, for cl_pipeline_store_save_application(). */
ClApplication       *cl_application_copy                (ClApplication *self);

gint64               cl_application_get_id              (ClApplication *self);
/* The shared company (on a copy: its own copy, to edit). */
ClCompany           *cl_application_get_company         (ClApplication *self);
const char          *cl_application_get_company_name    (ClApplication *self);
ClCompanyType        cl_application_get_company_type    (ClApplication *self);
const char          *cl_application_get_role            (ClApplication *self);
gint64               cl_application_get_stage_id        (ClApplication *self);
guint                cl_application_get_position        (ClApplication *self);
guint                cl_application_get_interest        (ClApplication *self);
const char          *cl_application_get_posted_level    (ClApplication *self);
const char          *cl_application_get_target_level    (ClApplication *self);
guint                cl_application_get_career_fit      (ClApplication *self);
const char          *cl_application_get_career_notes    (ClApplication *self);
guint                cl_application_get_gut_feeling     (ClApplication *self);
ClApplicationSource  cl_application_get_source          (ClApplication *self);
const char          *cl_application_get_job_url         (ClApplication *self);
const char          *cl_application_get_location        (ClApplication *self);
const char          *cl_application_get_notes           (ClApplication *self);
gint64               cl_application_get_salary_min      (ClApplication *self);
gint64               cl_application_get_salary_max      (ClApplication *self);
const char          *cl_application_get_salary_currency (ClApplication *self);
ClWorkMode           cl_application_get_work_mode       (ClApplication *self);
const char          *cl_application_get_documents_sent  (ClApplication *self);
/* Dates: the Unix time of the day's local midnight; 0 when not set. */
gint64               cl_application_get_deadline        (ClApplication *self);
gint64               cl_application_get_applied_at      (ClApplication *self);
const char          *cl_application_get_red_flag_notes  (ClApplication *self);
/* Where the interview format was learnt: a kind, a link, for a contact its
 * id (0: none), and notes. */
ClFormatSource       cl_application_get_format_source_kind (ClApplication *self);
const char          *cl_application_get_format_source_url  (ClApplication *self);
gint64               cl_application_get_format_source_contact_id (ClApplication *self);
const char          *cl_application_get_format_source_notes (ClApplication *self);
gint64               cl_application_get_created_at      (ClApplication *self);
gint64               cl_application_get_updated_at      (ClApplication *self);

ClReferralStatus     cl_application_get_referral_status (ClApplication *self);
guint                cl_application_get_red_flag_count  (ClApplication *self);
/* The next dated thing (round, follow-up, deadline); 0 when there is none. */
gint64               cl_application_get_next_at         (ClApplication *self);
ClNextKind           cl_application_get_next_kind       (ClApplication *self);
const char          *cl_application_get_next_detail     (ClApplication *self);
/* Names of the contacts linked to it (referrers, interviewers, interactions). */
const char          *cl_application_get_contact_names   (ClApplication *self);
/* Company, role, notes and contact names, case-folded, for searching. */
const char          *cl_application_get_search_text     (ClApplication *self);
/* The target level, else the posted one; NULL when neither is known. */
const char          *cl_application_get_level           (ClApplication *self);

/* Orders two applications of one stage; ties fall back to the manual order. */
int                  cl_application_compare             (ClApplication  *a,
                                                         ClApplication  *b,
                                                         ClPipelineSort  sort);

/* clang-format on */
G_END_DECLS
