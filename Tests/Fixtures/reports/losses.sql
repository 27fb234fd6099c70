-- stagesh: losses by stage
-- Records now in a lost stage of the default pipeline, over `export records` and `export events`,
-- per lost-at stage: the last open stage each was in (its last event into an open stage; none for a
-- record never open, which comes last), with their count, value and share of all losses, the
-- stages in pipeline order. Runs in sqlite3 and DuckDB.
WITH stages(stage, pos, outcome) AS (
  VALUES ('New', 1, 'open'), ('Contacted', 2, 'open'), ('Qualified', 3, 'open'), ('Negotiation', 4, 'open'),
         ('Proposal Sent', 5, 'open'), ('Won', 6, 'won'), ('Lost', 7, 'lost')),
lost AS (
  SELECT r.id, CAST(r.value AS BIGINT) AS value
  FROM records r JOIN stages s ON s.stage = r.stage AND s.outcome = 'lost'),
open_events AS (
  SELECT e.record_id, e.to_stage,
         row_number() OVER (PARTITION BY e.record_id ORDER BY e.changed_at DESC, e.rowid DESC) AS back
  FROM stage_events e JOIN stages s ON s.stage = e.to_stage AND s.outcome = 'open'),
lost_at AS (
  SELECT l.id, l.value, o.to_stage AS stage
  FROM lost l LEFT JOIN open_events o ON o.record_id = l.id AND o.back = 1),
counts AS (
  SELECT stage, count(*) AS n, sum(value) AS value FROM lost_at GROUP BY stage)
SELECT c.stage, c.n, c.value, round(100.0 * c.n / (SELECT count(*) FROM lost), 2)
FROM counts c LEFT JOIN stages s ON s.stage = c.stage
ORDER BY s.pos IS NULL, s.pos;
