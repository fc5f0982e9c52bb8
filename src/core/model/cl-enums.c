/* cl-enums.c — nicks for storage and labels for people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-enum-types.h"
#include "cl-enums.h"

const char *
cl_enum_to_nick (GType type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  g_return_val_if_fail (enum_value != NULL, NULL);

  return enum_value->value_nick;
}

gboolean
cl_enum_from_nick (GType       type,
                   const char *nick,
                   int        *out_value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *enum_value;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (type);
  enum_value = g_enum_get_value_by_nick (klass, nick);
  if (enum_value == NULL)
    return FALSE;

  *out_value = enum_value->value;
  return TRUE;
}

const char *
cl_company_type_get_label (ClCompanyType type)
{
  switch (type)
    {
    case CL_COMPANY_TYPE_UNKNOWN: return _ ("Unknown");
    case CL_COMPANY_TYPE_STARTUP: return _ ("Startup");
    case CL_COMPANY_TYPE_SCALE_UP: return _ ("Scale-up");
    case CL_COMPANY_TYPE_BIG_TECH: return _ ("Big tech");
    case CL_COMPANY_TYPE_LISTED: return _ ("Listed company");
    case CL_COMPANY_TYPE_NON_PROFIT: return _ ("Non-profit");
    case CL_COMPANY_TYPE_RESEARCH_LAB: return _ ("Research lab");
    case CL_COMPANY_TYPE_AGENCY: return _ ("Agency");
    case CL_COMPANY_TYPE_PUBLIC_SECTOR: return _ ("Public sector");
    case CL_COMPANY_TYPE_OTHER: return _ ("Other");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_prep_domain_get_label (ClPrepDomain domain)
{
  switch (domain)
    {
    case CL_PREP_DOMAIN_CODING: return _ ("Coding");
    case CL_PREP_DOMAIN_BEHAVIORAL: return _ ("Behavioral");
    case CL_PREP_DOMAIN_ML_FUNDAMENTALS: return _ ("ML fundamentals / deep learning");
    case CL_PREP_DOMAIN_ML_SYSTEM_DESIGN: return _ ("ML system design");
    case CL_PREP_DOMAIN_INTERVIEW_TIPS: return _ ("General interview tips");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_objective_status_get_label (ClObjectiveStatus status)
{
  switch (status)
    {
    case CL_OBJECTIVE_STATUS_PLANNED: return _ ("Planned");
    case CL_OBJECTIVE_STATUS_IN_PROGRESS: return _ ("In progress");
    case CL_OBJECTIVE_STATUS_DONE: return _ ("Done");
    case CL_OBJECTIVE_STATUS_DROPPED: return _ ("Dropped");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_resource_kind_get_label (ClResourceKind kind)
{
  switch (kind)
    {
    case CL_RESOURCE_KIND_BOOK: return _ ("Book");
    case CL_RESOURCE_KIND_COURSE: return _ ("Course");
    case CL_RESOURCE_KIND_SITE: return _ ("Site");
    case CL_RESOURCE_KIND_PROBLEM_LIST: return _ ("Problem list");
    case CL_RESOURCE_KIND_PAPER: return _ ("Paper");
    case CL_RESOURCE_KIND_VIDEO: return _ ("Video");
    case CL_RESOURCE_KIND_OTHER: return _ ("Other");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_practice_role_get_label (ClPracticeRole role)
{
  switch (role)
    {
    case CL_PRACTICE_ROLE_CANDIDATE: return _ ("Candidate");
    case CL_PRACTICE_ROLE_INTERVIEWER: return _ ("Interviewer");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_round_kind_get_label (ClRoundKind kind)
{
  switch (kind)
    {
    case CL_ROUND_KIND_CODING: return _ ("Coding");
    case CL_ROUND_KIND_ML_SYSTEM_DESIGN: return _ ("ML system design");
    case CL_ROUND_KIND_ML_FUNDAMENTALS: return _ ("ML fundamentals");
    case CL_ROUND_KIND_BEHAVIORAL: return _ ("Behavioral");
    case CL_ROUND_KIND_HIRING_MANAGER: return _ ("Hiring manager");
    case CL_ROUND_KIND_TAKE_HOME: return _ ("Take-home");
    case CL_ROUND_KIND_PRESENTATION: return _ ("Presentation");
    case CL_ROUND_KIND_RECRUITER: return _ ("Recruiter call");
    case CL_ROUND_KIND_OTHER: return _ ("Other");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_contact_role_get_label (ClContactRole role)
{
  switch (role)
    {
    case CL_CONTACT_ROLE_RECRUITER: return _ ("Recruiter");
    case CL_CONTACT_ROLE_HIRING_MANAGER: return _ ("Hiring manager");
    case CL_CONTACT_ROLE_REFERRER: return _ ("Referrer");
    case CL_CONTACT_ROLE_INTERVIEWER: return _ ("Interviewer");
    case CL_CONTACT_ROLE_PEER: return _ ("Peer");
    case CL_CONTACT_ROLE_MENTOR: return _ ("Mentor");
    case CL_CONTACT_ROLE_PRACTICE_PARTNER: return _ ("Practice partner");
    case CL_CONTACT_ROLE_OTHER: return _ ("Other");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_contact_label_get_label (ClContactLabel label)
{
  switch (label)
    {
    case CL_CONTACT_LABEL_WORK: return _ ("Work");
    case CL_CONTACT_LABEL_HOME: return _ ("Home");
    case CL_CONTACT_LABEL_MOBILE: return _ ("Mobile");
    case CL_CONTACT_LABEL_OTHER: return _ ("Other");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_interaction_channel_get_label (ClInteractionChannel channel)
{
  switch (channel)
    {
    case CL_INTERACTION_CHANNEL_EMAIL: return _ ("Email");
    case CL_INTERACTION_CHANNEL_CALL: return _ ("Call");
    case CL_INTERACTION_CHANNEL_VIDEO: return _ ("Video call");
    case CL_INTERACTION_CHANNEL_MESSAGE: return _ ("Message");
    case CL_INTERACTION_CHANNEL_IN_PERSON: return _ ("In person");
    case CL_INTERACTION_CHANNEL_LINKEDIN: return _ ("LinkedIn");
    case CL_INTERACTION_CHANNEL_EVENT: return _ ("At an event");
    case CL_INTERACTION_CHANNEL_OTHER: return _ ("Other");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_event_kind_get_label (ClEventKind kind)
{
  switch (kind)
    {
    case CL_EVENT_KIND_HACKATHON: return _ ("Hackathon");
    case CL_EVENT_KIND_JOB_FAIR: return _ ("Job fair");
    case CL_EVENT_KIND_MEETUP: return _ ("Meetup");
    case CL_EVENT_KIND_VOLUNTEERING: return _ ("Volunteering");
    case CL_EVENT_KIND_CONFERENCE: return _ ("Conference");
    case CL_EVENT_KIND_ONLINE: return _ ("Online event");
    case CL_EVENT_KIND_OTHER: return _ ("Other event");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_referral_status_get_label (ClReferralStatus status)
{
  switch (status)
    {
    case CL_REFERRAL_STATUS_NONE: return _ ("No referral");
    case CL_REFERRAL_STATUS_ASKED: return _ ("Referral asked");
    case CL_REFERRAL_STATUS_AGREED: return _ ("Referral agreed");
    case CL_REFERRAL_STATUS_SUBMITTED: return _ ("Referral submitted");
    case CL_REFERRAL_STATUS_DECLINED: return _ ("Referral declined");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_red_flag_kind_get_label (ClRedFlagKind kind)
{
  switch (kind)
    {
    case CL_RED_FLAG_KIND_OVERWORK: return _ ("Long hours expected");
    case CL_RED_FLAG_KIND_GHOSTING: return _ ("Slow or no replies");
    case CL_RED_FLAG_KIND_TURNOVER: return _ ("High turnover");
    case CL_RED_FLAG_KIND_SCRIPTED_INTERVIEWERS: return _ ("Scripted interviewers");
    case CL_RED_FLAG_KIND_EVASIVE_ANSWERS: return _ ("Evasive answers");
    case CL_RED_FLAG_KIND_VAGUE_ROLE: return _ ("Vague role");
    case CL_RED_FLAG_KIND_OTHER: return _ ("Other");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_application_source_get_label (ClApplicationSource source)
{
  switch (source)
    {
    case CL_APPLICATION_SOURCE_REFERRAL: return _ ("Referral");
    case CL_APPLICATION_SOURCE_COLD: return _ ("Cold application");
    case CL_APPLICATION_SOURCE_RECRUITER: return _ ("Recruiter");
    case CL_APPLICATION_SOURCE_JOB_BOARD: return _ ("Job board");
    case CL_APPLICATION_SOURCE_COMPANY_SITE: return _ ("Company website");
    case CL_APPLICATION_SOURCE_NETWORK: return _ ("Network");
    case CL_APPLICATION_SOURCE_EVENT: return _ ("Event");
    case CL_APPLICATION_SOURCE_OTHER: return _ ("Other");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_round_status_get_label (ClRoundStatus status)
{
  switch (status)
    {
    case CL_ROUND_STATUS_PLANNED: return _ ("Planned");
    case CL_ROUND_STATUS_SCHEDULED: return _ ("Scheduled");
    case CL_ROUND_STATUS_DONE: return _ ("Done");
    case CL_ROUND_STATUS_PASSED: return _ ("Passed");
    case CL_ROUND_STATUS_FAILED: return _ ("Not passed");
    case CL_ROUND_STATUS_CANCELLED: return _ ("Cancelled");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_work_mode_get_label (ClWorkMode mode)
{
  switch (mode)
    {
    case CL_WORK_MODE_NONE: return _ ("Not known");
    case CL_WORK_MODE_ONSITE: return _ ("On-site");
    case CL_WORK_MODE_HYBRID: return _ ("Hybrid");
    case CL_WORK_MODE_REMOTE: return _ ("Remote");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_format_source_get_label (ClFormatSource source)
{
  switch (source)
    {
    case CL_FORMAT_SOURCE_NONE: return _ ("Not said");
    case CL_FORMAT_SOURCE_RECRUITER: return _ ("Recruiter");
    case CL_FORMAT_SOURCE_GLASSDOOR: return _ ("Glassdoor");
    case CL_FORMAT_SOURCE_PREPFULLY: return _ ("Prepfully");
    case CL_FORMAT_SOURCE_INTERVIEW_QUERY: return _ ("Interview Query");
    case CL_FORMAT_SOURCE_CONTACT: return _ ("A contact");
    case CL_FORMAT_SOURCE_OTHER: return _ ("Other");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_journal_kind_get_label (ClJournalKind kind)
{
  switch (kind)
    {
    case CL_JOURNAL_KIND_FEEDBACK: return _ ("Feedback");
    case CL_JOURNAL_KIND_THOUGHT: return _ ("Thought");
    case CL_JOURNAL_KIND_LESSON: return _ ("Lesson");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_market_component_get_label (ClMarketComponent component)
{
  switch (component)
    {
    case CL_MARKET_COMPONENT_TOTAL: return _ ("Total compensation");
    case CL_MARKET_COMPONENT_BASE: return _ ("Base salary");
    case CL_MARKET_COMPONENT_BONUS: return _ ("Bonus");
    case CL_MARKET_COMPONENT_EQUITY: return _ ("Equity");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_ask_kind_get_label (ClAskKind kind)
{
  switch (kind)
    {
    case CL_ASK_KIND_BASE: return _ ("Base salary");
    case CL_ASK_KIND_EQUITY: return _ ("Equity");
    case CL_ASK_KIND_SIGN_ON: return _ ("Sign-on bonus");
    case CL_ASK_KIND_LEVEL: return _ ("Level");
    case CL_ASK_KIND_START_DATE: return _ ("Start date");
    case CL_ASK_KIND_OTHER: return _ ("Other");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_ask_priority_get_label (ClAskPriority priority)
{
  switch (priority)
    {
    case CL_ASK_PRIORITY_HIGH: return _ ("High");
    case CL_ASK_PRIORITY_MEDIUM: return _ ("Medium");
    case CL_ASK_PRIORITY_LOW: return _ ("Low");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cl_negotiation_outcome_get_label (ClNegotiationOutcome outcome)
{
  switch (outcome)
    {
    case CL_NEGOTIATION_OUTCOME_PENDING: return _ ("Waiting for an answer");
    case CL_NEGOTIATION_OUTCOME_IMPROVED: return _ ("Improved");
    case CL_NEGOTIATION_OUTCOME_UNCHANGED: return _ ("Unchanged");
    case CL_NEGOTIATION_OUTCOME_RESCINDED: return _ ("Rescinded");
    default: g_return_val_if_reached (NULL);
    }
}

gboolean
cl_ask_kind_takes_amount (ClAskKind kind)
{
  return kind == CL_ASK_KIND_BASE || kind == CL_ASK_KIND_EQUITY || kind == CL_ASK_KIND_SIGN_ON;
}
