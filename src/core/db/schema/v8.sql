-- Schema version 8: reminders remember what was delivered.
--  * source_key ties a reminder derived from the data to its source and
--    lead ("round:12:day-before", "offer:3:on-the-day"): such a row holds
--    the state of that reminder for the due time it was computed at
--    (due_at), so a moved round asks again and nothing is notified twice,
--    across restarts too.  The user's own reminders have none.
--  * delivered_at is when the desktop was last told (NULL: not yet); a
--    snooze asks again at snoozed_until.
--
-- SPDX-License-Identifier: GPL-3.0-or-later

ALTER TABLE reminders ADD COLUMN source_key TEXT CHECK (source_key IS NULL OR
  length(source_key) > 0);
ALTER TABLE reminders ADD COLUMN delivered_at INTEGER;
CREATE UNIQUE INDEX reminders_by_source ON reminders (source_key) WHERE source_key IS NOT NULL;
