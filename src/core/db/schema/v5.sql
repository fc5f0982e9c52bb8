-- Schema version 5: contacts become a small CRM of the search.
--  * A contact has several roles at once: `roles` is a bit set, bit i being
--    the i-th role of ClContactRole (recruiter = 1, hiring manager = 2,
--    referrer = 4, interviewer = 8, peer = 16, mentor = 32, practice
--    partner = 64, other = 128).  v1's one role becomes its bit.
--  * Several emails and phone numbers, each with a label, in their own
--    tables; v1's one of each is kept with the label "other" (v1 did not
--    say which it was).
--  * Tags, a GitHub address, the event where the user met them, and the
--    vCard UID a contact came with (or was given: a random urn:uuid), so
--    that a re-import updates rather than duplicates.
--  * "Last contacted" is derived from the newest interaction, kept by the
--    triggers below and never written by the app; v1's typed date, when
--    newer than every interaction, becomes an interaction without summary.
--  * A follow-up can be snoozed (until a time) without losing its date.
--  * Interactions can happen at an event.
-- The runner turns foreign keys off around this file and checks them before
-- committing, so the tables can be rebuilt without their children cascading.
--
-- SPDX-License-Identifier: GPL-3.0-or-later

CREATE TABLE contacts_v5 (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  company_id INTEGER REFERENCES companies (id) ON DELETE SET NULL,
  title TEXT,
  roles INTEGER NOT NULL DEFAULT 0 CHECK (roles BETWEEN 0 AND 255),
  how_met TEXT,
  met_event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,
  linkedin_url TEXT,
  portfolio_url TEXT,
  github_url TEXT,
  notes TEXT,
  vcard_uid TEXT NOT NULL UNIQUE CHECK (length(trim(vcard_uid)) > 0),
  cadence_days INTEGER CHECK (cadence_days BETWEEN 1 AND 3650),
  next_follow_up INTEGER,
  snoozed_until INTEGER,
  last_contacted INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

INSERT INTO contacts_v5 (id, name, company_id, title, roles, how_met, linkedin_url, portfolio_url,
                         notes, vcard_uid, cadence_days, next_follow_up, created_at, updated_at)
  SELECT id, name, company_id, title,
         1 << (CASE role WHEN 'recruiter' THEN 0 WHEN 'hiring-manager' THEN 1
                         WHEN 'referrer' THEN 2 WHEN 'interviewer' THEN 3 WHEN 'peer' THEN 4
                         WHEN 'mentor' THEN 5 WHEN 'practice-partner' THEN 6 ELSE 7 END),
         how_met, linkedin_url, portfolio_url, notes,
         'urn:uuid:' || lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
           || substr(lower(hex(randomblob(2))), 2) || '-'
           || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2)
           || '-' || lower(hex(randomblob(6))),
         min(cadence_days, 3650), next_follow_up, created_at, updated_at
  FROM contacts;

CREATE TABLE contact_emails (
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  label TEXT NOT NULL DEFAULT 'other' CHECK (label IN ('work', 'home', 'mobile', 'other')),
  address TEXT NOT NULL CHECK (length(trim(address)) > 0),
  UNIQUE (contact_id, position)
);
CREATE INDEX contact_emails_by_address ON contact_emails (address COLLATE NOCASE);

CREATE TABLE contact_phones (
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  label TEXT NOT NULL DEFAULT 'other' CHECK (label IN ('work', 'home', 'mobile', 'other')),
  number TEXT NOT NULL CHECK (length(trim(number)) > 0),
  UNIQUE (contact_id, position)
);

CREATE TABLE contact_tags (
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  tag TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(tag)) > 0),
  PRIMARY KEY (contact_id, tag)
) WITHOUT ROWID;
CREATE INDEX contact_tags_by_tag ON contact_tags (tag);

INSERT INTO contact_emails (contact_id, position, label, address)
  SELECT id, 0, 'other', trim(email) FROM contacts WHERE length(trim(email)) > 0;
INSERT INTO contact_phones (contact_id, position, label, number)
  SELECT id, 0, 'other', trim(phone) FROM contacts WHERE length(trim(phone)) > 0;

CREATE TABLE interactions_v5 (
  id INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  application_id INTEGER REFERENCES applications (id) ON DELETE SET NULL,
  occurred_at INTEGER NOT NULL,
  channel TEXT NOT NULL DEFAULT 'other' CHECK (channel IN ('email', 'call', 'video', 'message',
    'in-person', 'linkedin', 'event', 'other')),
  summary TEXT
);
INSERT INTO interactions_v5 (id, contact_id, application_id, occurred_at, channel, summary)
  SELECT id, contact_id, application_id, occurred_at, channel, summary FROM interactions;
INSERT INTO interactions_v5 (contact_id, occurred_at, channel)
  SELECT c.id, c.last_contacted, 'other' FROM contacts c
  WHERE c.last_contacted IS NOT NULL
    AND c.last_contacted > coalesce((SELECT max(i.occurred_at) FROM interactions i
                                     WHERE i.contact_id = c.id), -9223372036854775808);

DROP TABLE interactions;
ALTER TABLE interactions_v5 RENAME TO interactions;
CREATE INDEX interactions_by_contact ON interactions (contact_id, occurred_at);
CREATE INDEX interactions_by_application ON interactions (application_id);

DROP TABLE contacts;
ALTER TABLE contacts_v5 RENAME TO contacts;
CREATE INDEX contacts_by_name ON contacts (name COLLATE NOCASE);
CREATE INDEX contacts_by_company ON contacts (company_id);
CREATE INDEX contacts_by_follow_up ON contacts (next_follow_up) WHERE next_follow_up IS NOT NULL;
CREATE INDEX contacts_by_event ON contacts (met_event_id) WHERE met_event_id IS NOT NULL;

UPDATE contacts SET last_contacted = (SELECT max(occurred_at) FROM interactions i
                                      WHERE i.contact_id = contacts.id);

-- "Last contacted" follows the interactions, whoever writes them.
CREATE TRIGGER interactions_after_insert AFTER INSERT ON interactions BEGIN
  UPDATE contacts SET last_contacted = (SELECT max(occurred_at) FROM interactions
                                        WHERE contact_id = NEW.contact_id)
  WHERE id = NEW.contact_id;
END;
CREATE TRIGGER interactions_after_delete AFTER DELETE ON interactions BEGIN
  UPDATE contacts SET last_contacted = (SELECT max(occurred_at) FROM interactions
                                        WHERE contact_id = OLD.contact_id)
  WHERE id = OLD.contact_id;
END;
CREATE TRIGGER interactions_after_update AFTER UPDATE OF contact_id, occurred_at ON interactions
BEGIN
  UPDATE contacts SET last_contacted = (SELECT max(occurred_at) FROM interactions
                                        WHERE contact_id = contacts.id)
  WHERE id IN (OLD.contact_id, NEW.contact_id);
END;
