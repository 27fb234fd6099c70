-- stagesh: funnel
-- The funnel of the default pipeline over `export records` and `export events`: per stage,
-- records there now and their value, records that entered it, records that reached it (an
-- open stage: entered it, a later open stage or Won), records now lost whose last open stage
-- it was, and the shares of reached. Runs in sqlite3 and DuckDB.
WITH stages(stage, pos, outcome) AS (
  VALUES ('New', 1, 'open'), ('Contacted', 2, 'open'), ('Qualified', 3, 'open'), ('Negotiation', 4, 'open'),
         ('Proposal Sent', 5, 'open'), ('Won', 6, 'won'), ('Lost', 7, 'lost')),
entries AS (
  SELECT DISTINCT e.record_id, s.pos, s.outcome FROM stage_events e JOIN stages s ON s.stage = e.to_stage),
furthest AS (
  SELECT record_id, max(CASE WHEN outcome = 'won' THEN 5 WHEN outcome = 'open' THEN pos END) AS top
  FROM entries GROUP BY record_id),
open_events AS (
  SELECT e.record_id, e.to_stage,
         row_number() OVER (PARTITION BY e.record_id ORDER BY e.changed_at DESC, e.rowid DESC) AS back
  FROM stage_events e JOIN stages s ON s.stage = e.to_stage AND s.outcome = 'open'),
lost_at AS (
  SELECT o.to_stage AS stage, count(*) AS n
  FROM open_events o JOIN records r ON r.id = o.record_id
  WHERE o.back = 1 AND r.stage = 'Lost' GROUP BY o.to_stage),
counts AS (
  SELECT s.stage, s.pos, s.outcome,
    (SELECT count(*) FROM records r WHERE r.stage = s.stage) AS now,
    (SELECT coalesce(sum(CAST(r.value AS BIGINT)), 0) FROM records r WHERE r.stage = s.stage) AS value,
    (SELECT count(*) FROM entries x WHERE x.pos = s.pos) AS entered,
    CASE WHEN s.outcome = 'open' THEN (SELECT count(*) FROM furthest f WHERE f.top >= s.pos)
         ELSE (SELECT count(*) FROM entries x WHERE x.pos = s.pos) END AS reached,
    CASE WHEN s.outcome = 'open' THEN coalesce((SELECT n FROM lost_at l WHERE l.stage = s.stage), 0) END AS lost_here
  FROM stages s)
SELECT c.stage, c.now, c.value, c.entered, c.reached, c.lost_here,
  round(100.0 * c.reached / nullif((SELECT reached FROM counts WHERE pos = 1), 0), 2),
  CASE WHEN c.outcome = 'lost' THEN NULL
       ELSE round(100.0 * c.reached / nullif((SELECT reached FROM counts p
              WHERE p.pos = CASE WHEN c.pos = 1 THEN 1 WHEN c.outcome = 'won' THEN 5 ELSE c.pos - 1 END), 0), 2) END
FROM counts c ORDER BY c.pos;
