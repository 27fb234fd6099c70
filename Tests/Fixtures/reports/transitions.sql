-- stagesh: transitions since 2026-01-01 until 2026-10-01
-- Every stage move (creations aside) made from 2026-01-01 (inclusive) until 2026-10-01 (exclusive),
-- over `export events`, per pair of stages of the default pipeline: the moves and the distinct
-- records that made them, in pipeline order of from, then of to. Runs in sqlite3 and DuckDB.
WITH stages(stage, pos) AS (
  VALUES ('New', 1), ('Contacted', 2), ('Qualified', 3), ('Negotiation', 4), ('Proposal Sent', 5), ('Won', 6), ('Lost', 7)),
moves AS (
  SELECT e.record_id, e.from_stage, e.to_stage
  FROM stage_events e
  WHERE coalesce(e.from_stage, '') <> '' AND e.changed_at >= '2026-01-01' AND e.changed_at < '2026-10-01')
SELECT m.from_stage, m.to_stage, count(*), count(DISTINCT m.record_id)
FROM moves m JOIN stages f ON f.stage = m.from_stage JOIN stages t ON t.stage = m.to_stage
GROUP BY m.from_stage, m.to_stage, f.pos, t.pos
ORDER BY f.pos, t.pos;
