-- Schema version 3: the application page's record.
--  * Where the interview format came from is a kind, an optional link and,
--    for a contact, which one; v1's free text stays as its notes.
--  * Red flags: any number of the user's own flags (kind 'other', each with
--    its label) beside one of each listed kind, each checked or not, so
--    that unchecking keeps its note.  Rows of v1 are checked; v1's one
--    'other' flag gets its note as label.
--  * A journal entry can lead to a learning objective of the prep plan.
--
-- SPDX-License-Identifier: GPL-3.0-or-later

ALTER TABLE applications RENAME COLUMN format_source TO format_source_notes;
ALTER TABLE applications ADD COLUMN format_source_kind TEXT
  CHECK (format_source_kind IN ('recruiter', 'glassdoor', 'prepfully', 'interview-query',
                                'contact', 'other'));
ALTER TABLE applications ADD COLUMN format_source_url TEXT;
ALTER TABLE applications ADD COLUMN format_source_contact_id INTEGER
  REFERENCES contacts (id) ON DELETE SET NULL;
UPDATE applications SET format_source_kind = 'other'
 WHERE format_source_notes IS NOT NULL AND length(trim(format_source_notes)) > 0;
CREATE INDEX applications_by_format_contact ON applications (format_source_contact_id)
  WHERE format_source_contact_id IS NOT NULL;

CREATE TABLE red_flags_v3 (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('overwork', 'ghosting', 'turnover', 'scripted-interviewers',
    'evasive-answers', 'vague-role', 'other')),
  label TEXT CHECK ((kind = 'other') = (label IS NOT NULL AND length(trim(label)) > 0)),
  checked INTEGER NOT NULL DEFAULT 1 CHECK (checked IN (0, 1)),
  note TEXT
);
INSERT INTO red_flags_v3 (id, application_id, kind, label, checked, note)
  SELECT id, application_id, kind,
         CASE WHEN kind = 'other' THEN coalesce(nullif(trim(substr(note, 1, 200)), ''), 'Other') END,
         1,
         CASE WHEN kind = 'other' AND length(note) <= 200 THEN NULL ELSE note END
    FROM red_flags;
DROP TABLE red_flags;
ALTER TABLE red_flags_v3 RENAME TO red_flags;
CREATE UNIQUE INDEX red_flags_one_of_each ON red_flags (application_id, kind) WHERE kind <> 'other';
CREATE INDEX red_flags_by_application ON red_flags (application_id, checked);

ALTER TABLE journal_entries ADD COLUMN objective_id INTEGER
  REFERENCES objectives (id) ON DELETE SET NULL;
CREATE INDEX journal_entries_by_objective ON journal_entries (objective_id)
  WHERE objective_id IS NOT NULL;
