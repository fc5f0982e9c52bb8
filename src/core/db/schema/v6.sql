-- Schema version 6: the prep plan becomes a plan to follow and measure.
--  * An objective prepares for any number of applications and interview
--    rounds (v1 had one source application, which becomes its first link),
--    and remembers the taxonomy term it was proposed for, if any.
--  * Resources gain notes and, for the starter set, the key of the entry
--    they came from, so that adding the set twice adds nothing.
--  * A practice partnership records the partner's field and seniority.
--  * A practice session has a duration and the user's role; its scores are
--    rows of practice_scores, one per rubric criterion (1 to 4).  The four
--    default criteria are named in code by their key; a domain may have its
--    own, named by the user.  v1's three 1-5 scores map onto the defaults
--    (1 2 3 4 5 → 1 2 3 3 4); its "overall" score, which has no criterion,
--    is kept in the notes.
--  * Terms found in an application's job description are kept by taxonomy
--    key with their state (proposed, accepted, dismissed) and count.
-- The runner turns foreign keys off around this file and checks them before
-- committing, so the tables can be rebuilt without their children cascading.
--
-- SPDX-License-Identifier: GPL-3.0-or-later

CREATE TABLE objectives_v6 (
  id INTEGER PRIMARY KEY,
  domain_id INTEGER NOT NULL REFERENCES prep_domains (id) ON DELETE RESTRICT,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  target_date TEXT CHECK (target_date IS NULL OR date(target_date, '+0 days') IS target_date),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
  hours_planned REAL NOT NULL DEFAULT 0 CHECK (hours_planned BETWEEN 0 AND 10000),
  hours_spent REAL NOT NULL DEFAULT 0 CHECK (hours_spent BETWEEN 0 AND 10000),
  term_key TEXT CHECK (term_key IS NULL OR length(term_key) > 0),
  notes TEXT,
  created_at INTEGER NOT NULL
);
INSERT INTO objectives_v6 (id, domain_id, title, target_date, status, hours_planned, hours_spent,
                           notes, created_at)
  SELECT id, domain_id, title, target_date, status, min(hours_planned, 10000),
         min(hours_spent, 10000), notes, created_at
  FROM objectives;

CREATE TABLE objective_applications (
  objective_id INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  PRIMARY KEY (objective_id, application_id)
) WITHOUT ROWID;
CREATE INDEX objective_applications_by_application ON objective_applications (application_id);
INSERT INTO objective_applications (objective_id, application_id)
  SELECT id, source_application_id FROM objectives WHERE source_application_id IS NOT NULL;

CREATE TABLE objective_rounds (
  objective_id INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
  round_id INTEGER NOT NULL REFERENCES interview_rounds (id) ON DELETE CASCADE,
  PRIMARY KEY (objective_id, round_id)
) WITHOUT ROWID;
CREATE INDEX objective_rounds_by_round ON objective_rounds (round_id);

DROP TABLE objectives;
ALTER TABLE objectives_v6 RENAME TO objectives;
CREATE INDEX objectives_by_domain ON objectives (domain_id, status);
CREATE INDEX objectives_by_target ON objectives (target_date) WHERE target_date IS NOT NULL;
CREATE INDEX objectives_by_term ON objectives (term_key) WHERE term_key IS NOT NULL;

ALTER TABLE resources ADD COLUMN notes TEXT;
ALTER TABLE resources ADD COLUMN starter_key TEXT;
ALTER TABLE resources ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX resources_by_starter_key ON resources (starter_key)
  WHERE starter_key IS NOT NULL;

ALTER TABLE practice_partnerships ADD COLUMN field TEXT;
ALTER TABLE practice_partnerships ADD COLUMN seniority TEXT;
ALTER TABLE practice_partnerships ADD COLUMN notes TEXT;

CREATE TABLE rubric_criteria (
  id INTEGER PRIMARY KEY,
  -- NULL: the default criteria, for every domain that has none of its own.
  domain_id INTEGER REFERENCES prep_domains (id) ON DELETE CASCADE,
  key TEXT UNIQUE CHECK (key IN ('communication', 'problem-solving', 'technical-depth',
    'testing')),
  name TEXT CHECK (name IS NULL OR length(trim(name)) > 0),
  -- What each level means, for the user's own criteria (the defaults' are in code).
  level_1 TEXT,
  level_2 TEXT,
  level_3 TEXT,
  level_4 TEXT,
  position INTEGER NOT NULL CHECK (position >= 0),
  CHECK ((key IS NULL) <> (name IS NULL)),
  CHECK (key IS NULL OR domain_id IS NULL)
);
CREATE INDEX rubric_criteria_by_domain ON rubric_criteria (domain_id, position);
INSERT INTO rubric_criteria (id, key, position) VALUES
  (1, 'communication', 0), (2, 'problem-solving', 1), (3, 'technical-depth', 2), (4, 'testing', 3);

CREATE TABLE practice_sessions_v6 (
  id INTEGER PRIMARY KEY,
  partnership_id INTEGER NOT NULL REFERENCES practice_partnerships (id) ON DELETE CASCADE,
  domain_id INTEGER NOT NULL REFERENCES prep_domains (id) ON DELETE RESTRICT,
  held_at INTEGER NOT NULL,
  -- NULL only for sessions logged before durations were asked for.
  duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 720),
  role TEXT NOT NULL DEFAULT 'candidate' CHECK (role IN ('candidate', 'interviewer')),
  notes TEXT
);
INSERT INTO practice_sessions_v6 (id, partnership_id, domain_id, held_at, notes)
  SELECT id, partnership_id, domain_id, held_at,
         CASE WHEN score_overall IS NULL THEN notes
              WHEN notes IS NULL OR notes = '' THEN 'Overall: ' || score_overall || '/5'
              ELSE notes || char(10) || 'Overall: ' || score_overall || '/5' END
  FROM practice_sessions;

CREATE TABLE practice_scores (
  session_id INTEGER NOT NULL REFERENCES practice_sessions (id) ON DELETE CASCADE,
  criterion_id INTEGER NOT NULL REFERENCES rubric_criteria (id) ON DELETE CASCADE,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),
  PRIMARY KEY (session_id, criterion_id)
) WITHOUT ROWID;
CREATE INDEX practice_scores_by_criterion ON practice_scores (criterion_id);
INSERT INTO practice_scores (session_id, criterion_id, score)
  SELECT s.session_id, c.id, CASE s.v WHEN 5 THEN 4 WHEN 4 THEN 3 ELSE s.v END
  FROM (SELECT id AS session_id, 'communication' AS k, score_communication AS v FROM practice_sessions
        UNION ALL SELECT id, 'problem-solving', score_problem_solving FROM practice_sessions
        UNION ALL SELECT id, 'technical-depth', score_technical FROM practice_sessions)
    AS s
  JOIN rubric_criteria AS c ON c.key = s.k
  WHERE s.v IS NOT NULL;

DROP TABLE practice_sessions;
ALTER TABLE practice_sessions_v6 RENAME TO practice_sessions;
CREATE INDEX practice_sessions_by_partnership ON practice_sessions (partnership_id, held_at);
CREATE INDEX practice_sessions_by_domain ON practice_sessions (domain_id, held_at);

CREATE TABLE application_keywords_v6 (
  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  term_key TEXT NOT NULL CHECK (length(term_key) > 0),
  state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'accepted', 'dismissed')),
  count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 0),
  objective_id INTEGER REFERENCES objectives (id) ON DELETE SET NULL,
  PRIMARY KEY (application_id, term_key)
) WITHOUT ROWID;
INSERT INTO application_keywords_v6 (application_id, term_key)
  SELECT application_id, keyword FROM application_keywords;
DROP TABLE application_keywords;
ALTER TABLE application_keywords_v6 RENAME TO application_keywords;
CREATE INDEX application_keywords_by_objective ON application_keywords (objective_id)
  WHERE objective_id IS NOT NULL;
