-- Schema version 1: the whole data model of product.md, so that later
-- features add behaviour rather than tables.  Timestamps are Unix seconds
-- (UTC); calendar dates without a time (target dates, start dates) are
-- ISO 8601 text checked with date(…, '+0 days'), which, unlike date() alone,
-- turns 2026-02-30 into another day and so refuses it.  Money is whole units
-- of the row's currency.  The default stages are inserted by
-- cl-migrations.c, in the user's language.
--
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Stages: ordered, user-editable; archived stages keep their history.
CREATE TABLE stages (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  position INTEGER NOT NULL CHECK (position >= 0),
  is_open INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
  milestone TEXT CHECK (milestone IN ('wishlist', 'applied', 'screen', 'technical', 'onsite',
                                      'offer', 'accepted', 'rejected', 'withdrawn', 'ghosted')),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE INDEX stages_by_position ON stages (archived, position);

CREATE TABLE companies (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  company_type TEXT NOT NULL DEFAULT 'unknown' CHECK (company_type IN ('unknown', 'startup',
    'scale-up', 'big-tech', 'listed', 'non-profit', 'research-lab', 'agency', 'public-sector', 'other')),
  website TEXT,
  notes TEXT
);
CREATE INDEX companies_by_type ON companies (company_type);

-- Applications: a company never disappears under its applications (RESTRICT),
-- and a stage cannot be deleted while it holds any (they are moved first).
CREATE TABLE applications (
  id INTEGER PRIMARY KEY,
  company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
  role TEXT NOT NULL CHECK (length(trim(role)) > 0),
  stage_id INTEGER NOT NULL REFERENCES stages (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL CHECK (position >= 0),
  interest INTEGER NOT NULL DEFAULT 0 CHECK (interest BETWEEN 0 AND 5),
  posted_level TEXT,
  target_level TEXT,
  career_fit INTEGER NOT NULL DEFAULT 0 CHECK (career_fit BETWEEN 0 AND 5),
  career_notes TEXT,
  gut_feeling INTEGER NOT NULL DEFAULT 0 CHECK (gut_feeling BETWEEN 0 AND 5),
  red_flag_notes TEXT,
  format_source TEXT,
  source TEXT NOT NULL DEFAULT 'other' CHECK (source IN ('referral', 'cold', 'recruiter',
    'job-board', 'company-site', 'network', 'event', 'other')),
  job_url TEXT,
  description TEXT,
  salary_min INTEGER CHECK (salary_min >= 0),
  salary_max INTEGER CHECK (salary_max >= 0),
  salary_currency TEXT CHECK (salary_currency IS NULL OR length(salary_currency) = 3),
  location TEXT,
  work_mode TEXT CHECK (work_mode IN ('onsite', 'hybrid', 'remote')),
  documents_sent TEXT,
  notes TEXT,
  deadline INTEGER,
  applied_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  archived_at INTEGER,
  CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
);
CREATE INDEX applications_by_stage ON applications (stage_id, position) WHERE archived_at IS NULL;
CREATE INDEX applications_by_company ON applications (company_id);
CREATE INDEX applications_by_interest ON applications (interest);
CREATE INDEX applications_by_created ON applications (created_at);
CREATE INDEX applications_by_deadline ON applications (deadline) WHERE deadline IS NOT NULL;

-- AUTOINCREMENT: a history id is never reused, so an undo record can name
-- its row without matching a later move's.
CREATE TABLE stage_history (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  from_stage_id INTEGER REFERENCES stages (id) ON DELETE RESTRICT,
  to_stage_id INTEGER NOT NULL REFERENCES stages (id) ON DELETE RESTRICT,
  from_position INTEGER,
  to_position INTEGER NOT NULL,
  moved_at INTEGER NOT NULL
);
CREATE INDEX stage_history_by_application ON stage_history (application_id, moved_at);
CREATE INDEX stage_history_by_stage ON stage_history (to_stage_id);

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  company_id INTEGER REFERENCES companies (id) ON DELETE SET NULL,
  title TEXT,
  role TEXT NOT NULL DEFAULT 'other' CHECK (role IN ('recruiter', 'hiring-manager', 'referrer',
    'interviewer', 'peer', 'mentor', 'practice-partner', 'other')),
  how_met TEXT,
  email TEXT,
  phone TEXT,
  linkedin_url TEXT,
  portfolio_url TEXT,
  notes TEXT,
  cadence_days INTEGER CHECK (cadence_days > 0),
  last_contacted INTEGER,
  next_follow_up INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX contacts_by_name ON contacts (name COLLATE NOCASE);
CREATE INDEX contacts_by_company ON contacts (company_id);
CREATE INDEX contacts_by_role ON contacts (role);
CREATE INDEX contacts_by_follow_up ON contacts (next_follow_up) WHERE next_follow_up IS NOT NULL;

CREATE TABLE interactions (
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  application_id INTEGER REFERENCES applications (id) ON DELETE SET NULL,
  occurred_at INTEGER NOT NULL,
  channel TEXT NOT NULL DEFAULT 'other' CHECK (channel IN ('email', 'call', 'video', 'message',
    'in-person', 'linkedin', 'other')),
  summary TEXT
);
CREATE INDEX interactions_by_contact ON interactions (contact_id, occurred_at);
CREATE INDEX interactions_by_application ON interactions (application_id);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('hackathon', 'job-fair', 'meetup',
    'volunteering', 'conference', 'online', 'other')),
  starts_at INTEGER,
  location TEXT,
  notes TEXT
);
CREATE INDEX events_by_date ON events (starts_at);

CREATE TABLE event_attendance (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX event_attendance_by_contact ON event_attendance (contact_id);

CREATE TABLE referrals (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'asked' CHECK (status IN ('asked', 'agreed', 'submitted', 'declined')),
  asked_at INTEGER,
  updated_at INTEGER NOT NULL,
  notes TEXT,
  UNIQUE (application_id, contact_id)
);
CREATE INDEX referrals_by_contact ON referrals (contact_id);

CREATE TABLE interview_rounds (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('coding', 'ml-system-design', 'ml-fundamentals', 'behavioral',
    'hiring-manager', 'take-home', 'presentation', 'recruiter', 'other')),
  title TEXT,
  scheduled_at INTEGER,
  duration_minutes INTEGER CHECK (duration_minutes > 0),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'scheduled', 'done',
    'passed', 'failed', 'cancelled')),
  notes TEXT
);
CREATE INDEX interview_rounds_by_application ON interview_rounds (application_id, position);
CREATE INDEX interview_rounds_by_date ON interview_rounds (scheduled_at) WHERE scheduled_at IS NOT NULL;

CREATE TABLE round_interviewers (
  round_id INTEGER NOT NULL REFERENCES interview_rounds (id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  PRIMARY KEY (round_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX round_interviewers_by_contact ON round_interviewers (contact_id);

CREATE TABLE journal_entries (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  round_id INTEGER REFERENCES interview_rounds (id) ON DELETE SET NULL,
  written_at INTEGER NOT NULL,
  kind TEXT NOT NULL DEFAULT 'thought' CHECK (kind IN ('feedback', 'thought', 'lesson')),
  body TEXT NOT NULL CHECK (length(trim(body)) > 0)
);
CREATE INDEX journal_entries_by_application ON journal_entries (application_id, written_at);
CREATE INDEX journal_entries_by_round ON journal_entries (round_id);

CREATE TABLE red_flags (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('overwork', 'ghosting', 'turnover', 'scripted-interviewers',
    'evasive-answers', 'vague-role', 'other')),
  note TEXT,
  UNIQUE (application_id, kind)
);

CREATE TABLE application_keywords (
  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  keyword TEXT NOT NULL,
  domain TEXT NOT NULL CHECK (domain IN ('coding', 'behavioral', 'ml-fundamentals',
    'ml-system-design', 'interview-tips')),
  PRIMARY KEY (application_id, keyword)
) WITHOUT ROWID;

-- Prep plan: the five domains are fixed keys; their names are translated in code.
CREATE TABLE prep_domains (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE CHECK (key IN ('coding', 'behavioral', 'ml-fundamentals',
    'ml-system-design', 'interview-tips')),
  position INTEGER NOT NULL UNIQUE
);
INSERT INTO prep_domains (id, key, position) VALUES
  (1, 'coding', 0), (2, 'behavioral', 1), (3, 'ml-fundamentals', 2),
  (4, 'ml-system-design', 3), (5, 'interview-tips', 4);

CREATE TABLE objectives (
  id INTEGER PRIMARY KEY,
  domain_id INTEGER NOT NULL REFERENCES prep_domains (id) ON DELETE RESTRICT,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  target_date TEXT CHECK (target_date IS NULL OR date(target_date, '+0 days') IS target_date),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
  hours_planned REAL NOT NULL DEFAULT 0 CHECK (hours_planned >= 0),
  hours_spent REAL NOT NULL DEFAULT 0 CHECK (hours_spent >= 0),
  source_application_id INTEGER REFERENCES applications (id) ON DELETE SET NULL,
  notes TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX objectives_by_domain ON objectives (domain_id, status);
CREATE INDEX objectives_by_target ON objectives (target_date) WHERE target_date IS NOT NULL;
CREATE INDEX objectives_by_application ON objectives (source_application_id);

CREATE TABLE resources (
  id INTEGER PRIMARY KEY,
  domain_id INTEGER NOT NULL REFERENCES prep_domains (id) ON DELETE RESTRICT,
  objective_id INTEGER REFERENCES objectives (id) ON DELETE SET NULL,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('book', 'course', 'site', 'problem-list',
    'paper', 'video', 'other')),
  url TEXT,
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
);
CREATE INDEX resources_by_domain ON resources (domain_id);
CREATE INDEX resources_by_objective ON resources (objective_id);

CREATE TABLE practice_partnerships (
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL UNIQUE REFERENCES contacts (id) ON DELETE CASCADE,
  i_offer TEXT,
  they_offer TEXT,
  started_at INTEGER,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE practice_sessions (
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES practice_partnerships (id) ON DELETE CASCADE,
  domain_id INTEGER NOT NULL REFERENCES prep_domains (id) ON DELETE RESTRICT,
  held_at INTEGER NOT NULL,
  score_communication INTEGER CHECK (score_communication BETWEEN 1 AND 5),
  score_problem_solving INTEGER CHECK (score_problem_solving BETWEEN 1 AND 5),
  score_technical INTEGER CHECK (score_technical BETWEEN 1 AND 5),
  score_overall INTEGER CHECK (score_overall BETWEEN 1 AND 5),
  notes TEXT
);
CREATE INDEX practice_sessions_by_partnership ON practice_sessions (partnership_id, held_at);
CREATE INDEX practice_sessions_by_domain ON practice_sessions (domain_id, held_at);

-- Offers and negotiation.
CREATE TABLE offers (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  base_salary INTEGER NOT NULL CHECK (base_salary >= 0),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  bonus_percent REAL CHECK (bonus_percent BETWEEN 0 AND 1000),
  bonus_amount INTEGER CHECK (bonus_amount >= 0),
  sign_on INTEGER CHECK (sign_on >= 0),
  sign_on_clawback_months INTEGER CHECK (sign_on_clawback_months >= 0),
  equity_shares INTEGER CHECK (equity_shares >= 0),
  equity_amount INTEGER CHECK (equity_amount >= 0),
  share_price REAL CHECK (share_price >= 0),
  vesting TEXT NOT NULL DEFAULT 'standard' CHECK (vesting IN ('standard', 'front-loaded',
    'back-loaded', 'custom')),
  vesting_years INTEGER NOT NULL DEFAULT 4 CHECK (vesting_years BETWEEN 1 AND 10),
  cliff_months INTEGER NOT NULL DEFAULT 12 CHECK (cliff_months BETWEEN 0 AND 60),
  refresher_amount INTEGER CHECK (refresher_amount >= 0),
  benefits TEXT,
  level TEXT,
  title TEXT,
  start_date TEXT CHECK (start_date IS NULL OR date(start_date, '+0 days') IS start_date),
  response_deadline INTEGER,
  status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'negotiating',
    'accepted', 'declined', 'expired')),
  received_at INTEGER NOT NULL,
  notes TEXT
);
CREATE INDEX offers_by_application ON offers (application_id);
CREATE INDEX offers_by_deadline ON offers (response_deadline) WHERE response_deadline IS NOT NULL;

-- Custom vesting: one row a year; standard schedules are computed.
CREATE TABLE vesting_years (
  offer_id INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 1 AND 10),
  percent REAL NOT NULL CHECK (percent BETWEEN 0 AND 100),
  PRIMARY KEY (offer_id, year)
) WITHOUT ROWID;

CREATE TABLE market_ranges (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL CHECK (length(trim(source)) > 0),
  observed_on TEXT CHECK (observed_on IS NULL OR date(observed_on, '+0 days') IS observed_on),
  role TEXT,
  level TEXT,
  location TEXT,
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  p25 INTEGER, p50 INTEGER, p75 INTEGER, p90 INTEGER,
  offer_id INTEGER REFERENCES offers (id) ON DELETE SET NULL,
  CHECK (p25 IS NULL OR p50 IS NULL OR p25 <= p50),
  CHECK (p50 IS NULL OR p75 IS NULL OR p50 <= p75),
  CHECK (p75 IS NULL OR p90 IS NULL OR p75 <= p90)
);
CREATE INDEX market_ranges_by_role ON market_ranges (role, level);
CREATE INDEX market_ranges_by_offer ON market_ranges (offer_id);

CREATE TABLE negotiation_plans (
  id INTEGER PRIMARY KEY,
  offer_id INTEGER NOT NULL UNIQUE REFERENCES offers (id) ON DELETE CASCADE,
  target_total INTEGER CHECK (target_total >= 0),
  walk_away_total INTEGER CHECK (walk_away_total >= 0),
  leverage_offer_id INTEGER REFERENCES offers (id) ON DELETE SET NULL,
  ask_base INTEGER, ask_equity INTEGER, ask_sign_on INTEGER,
  ask_level TEXT,
  ask_start_date TEXT CHECK (ask_start_date IS NULL OR date(ask_start_date, '+0 days') IS ask_start_date),
  talking_points TEXT,
  CHECK (leverage_offer_id IS NULL OR leverage_offer_id <> offer_id)
);
CREATE INDEX negotiation_plans_by_leverage ON negotiation_plans (leverage_offer_id);

CREATE TABLE negotiation_rounds (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES negotiation_plans (id) ON DELETE CASCADE,
  happened_at INTEGER NOT NULL,
  asked TEXT,
  response TEXT,
  outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'improved', 'unchanged',
    'rescinded'))
);
CREATE INDEX negotiation_rounds_by_plan ON negotiation_rounds (plan_id, happened_at);

-- Job-site accounts: metadata only; the secret lives in the keyring, keyed by id.
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  site TEXT NOT NULL CHECK (length(trim(site)) > 0),
  url TEXT,
  username TEXT,
  application_id INTEGER REFERENCES applications (id) ON DELETE SET NULL,
  notes TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX accounts_by_application ON accounts (application_id);

CREATE TABLE reminders (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('interview', 'follow-up', 'stay-in-touch', 'offer-deadline',
    'objective-due', 'custom')),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  body TEXT,
  due_at INTEGER NOT NULL,
  snoozed_until INTEGER,
  done_at INTEGER,
  application_id INTEGER REFERENCES applications (id) ON DELETE CASCADE,
  contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
  round_id INTEGER REFERENCES interview_rounds (id) ON DELETE CASCADE,
  offer_id INTEGER REFERENCES offers (id) ON DELETE CASCADE,
  objective_id INTEGER REFERENCES objectives (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL
);
CREATE INDEX reminders_pending ON reminders (due_at) WHERE done_at IS NULL;
CREATE INDEX reminders_by_application ON reminders (application_id);
CREATE INDEX reminders_by_contact ON reminders (contact_id);
CREATE INDEX reminders_by_round ON reminders (round_id);
CREATE INDEX reminders_by_offer ON reminders (offer_id);
CREATE INDEX reminders_by_objective ON reminders (objective_id);
