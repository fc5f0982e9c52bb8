-- Schema version 2: the database itself refuses a broken order.  Positions
-- of the cards on the board, and of the stages, are unique among those that
-- are not archived; rows that an older build left out of order or with gaps
-- are renumbered first, keeping their order.
--
-- SPDX-License-Identifier: GPL-3.0-or-later

UPDATE applications SET position = ordered.n - 1
  FROM (SELECT id, row_number () OVER (PARTITION BY stage_id ORDER BY position, id) AS n
          FROM applications WHERE archived_at IS NULL) AS ordered
 WHERE applications.id = ordered.id AND applications.position IS NOT ordered.n - 1;

DROP INDEX applications_by_stage;
CREATE UNIQUE INDEX applications_by_stage ON applications (stage_id, position)
  WHERE archived_at IS NULL;

UPDATE stages SET position = ordered.n - 1
  FROM (SELECT id, row_number () OVER (ORDER BY position, id) AS n
          FROM stages WHERE archived = 0) AS ordered
 WHERE stages.id = ordered.id AND stages.position IS NOT ordered.n - 1;

CREATE UNIQUE INDEX stages_by_live_position ON stages (position) WHERE archived = 0;
