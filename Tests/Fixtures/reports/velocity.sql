-- stagesh: velocity since 2026-01-01 until 2026-10-01
-- Sales velocity of the pipeline as it stood when the window closed (every stage change
-- before 2026-10-01): open opportunities (Negotiation, Proposal Sent) × win rate × average
-- won value ÷ mean days from creation to won, the last three over the records closed
-- (their last stage change, into Won or Lost) since 2026-01-01. NULL where a part is
-- undefined; count() rather than sum(), so an empty pipeline counts 0, not NULL.
-- Runs unchanged in sqlite3 and DuckDB (with `julianday` as a macro there).
WITH ranked AS (
  SELECT record_id, to_stage, changed_at,
    row_number() OVER (PARTITION BY record_id ORDER BY changed_at DESC, rowid DESC) AS k
  FROM stage_events WHERE changed_at < '2026-10-01'
), state AS (
  SELECT e.to_stage AS stage, e.changed_at, r.created_at, r.value
  FROM ranked e JOIN records r ON r.id = e.record_id WHERE e.k = 1
), parts AS (
  SELECT
    count(CASE WHEN stage IN ('Negotiation', 'Proposal Sent') THEN 1 END) AS open,
    count(CASE WHEN stage = 'Won' AND changed_at >= '2026-01-01' THEN 1 END) AS won,
    count(CASE WHEN stage = 'Lost' AND changed_at >= '2026-01-01' THEN 1 END) AS lost,
    avg(CASE WHEN stage = 'Won' AND changed_at >= '2026-01-01' AND CAST(value AS VARCHAR) <> '' THEN 1.0 * value END) AS avg_value,
    avg(CASE WHEN stage = 'Won' AND changed_at >= '2026-01-01'
      THEN round((julianday(changed_at) - julianday(created_at)) * 86400) END) / 86400.0 AS cycle_days
  FROM state
), velocity AS (
  SELECT *, 1.0 * won / nullif(won + lost, 0) AS win_rate FROM parts
)
SELECT open, won, lost, round(100 * win_rate, 2) AS "win rate", round(avg_value, 2) AS "avg won value",
  round(cycle_days, 2) AS "cycle days",
  round(open * win_rate * avg_value / nullif(cycle_days, 0), 2) AS "per day",
  round(30 * (open * win_rate * avg_value / nullif(cycle_days, 0)), 2) AS "per 30 days"
FROM velocity;
