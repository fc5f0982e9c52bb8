-- Schema version 7: a job-site account is known to the keyring by a random
-- UUID kept in its row.  The keyring item of an account (libsecret schema
-- com.example.CareerLens.Account) carries that UUID, the site and the
-- username as attributes; a rowid could be reused after a delete and would
-- attach an old password to a new account, a UUID is never reused.  Rows
-- written by v1 to v6 get a fresh random (version 4) UUID each.  The
-- password itself never enters this database.
--
-- SPDX-License-Identifier: GPL-3.0-or-later

CREATE TABLE accounts_v7 (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
  site TEXT NOT NULL CHECK (length(trim(site)) > 0),
  url TEXT,
  username TEXT,
  application_id INTEGER REFERENCES applications (id) ON DELETE SET NULL,
  notes TEXT,
  created_at INTEGER NOT NULL
);

INSERT INTO accounts_v7 (id, uuid, site, url, username, application_id, notes, created_at)
  SELECT id,
         lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
           substr(lower(hex(randomblob(2))), 2) || '-' ||
           substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) ||
           '-' || lower(hex(randomblob(6))),
         site, url, username, application_id, notes, created_at
  FROM accounts;

DROP TABLE accounts;
ALTER TABLE accounts_v7 RENAME TO accounts;
CREATE INDEX accounts_by_application ON accounts (application_id);
