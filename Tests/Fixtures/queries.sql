-- The six report questions in SQL (sqlite3), the project's own
-- copy: ReportCrossCheckTests runs them against `export records` and
-- `export events` of a generated pipeline and compares stagesh's reports.
-- Tables, as the canonical CSVs name their columns (extra columns are ignored):
--   records(id,kind,name,account,owner,source,value,stage,created_at,updated_at)
--   stage_events(record_id,from_stage,to_stage,changed_at)   -- cause,reason too
-- updated_at is the record's last stage change; every ledger starts with its
-- creation event (empty from_stage). Each query follows its `-- Qn` line.
-- Q1 funnel: records and value by current stage
SELECT stage, count(*) AS n, sum(value) AS value FROM records GROUP BY stage ORDER BY stage;
-- Q2 win rate by owner: won / (won + lost), NULL when an owner has none closed
SELECT owner, round(100.0 * sum(stage = 'Won') / sum(stage IN ('Won','Lost')), 2) AS win_rate
FROM records GROUP BY owner ORDER BY owner;
-- Q3 average days from creation to Won
SELECT round(avg(julianday(e.changed_at) - julianday(r.created_at)), 2) AS avg_days_to_win
FROM stage_events e JOIN records r ON r.id = e.record_id WHERE e.to_stage = 'Won';
-- Q4 entered (the funnel's `entered`): records that ever entered each stage
SELECT to_stage, count(DISTINCT record_id) AS reached FROM stage_events GROUP BY to_stage ORDER BY to_stage;
-- Q5 average days spent in each stage (closed spells only, the creation spell included)
SELECT stage, round(avg(julianday(next_at) - julianday(changed_at)), 2) AS avg_days FROM (
  SELECT to_stage AS stage, changed_at, lead(changed_at) OVER (PARTITION BY record_id ORDER BY changed_at) AS next_at
  FROM stage_events) WHERE next_at IS NOT NULL GROUP BY stage ORDER BY stage;
-- Q6 stuck: open records whose stage has not changed for 30 days as of 2026-11-29
SELECT stage, count(*) AS stuck FROM records
WHERE stage NOT IN ('Won','Lost') AND julianday('2026-11-29') - julianday(updated_at) > 30
GROUP BY stage ORDER BY stage;
