-- stagesh: cohort
-- Records by the month of their creation (UTC): records, won, lost and open now, won in
-- window (first entry into Won within 90 days of creation), rate = that over records with
-- its 95% Wilson interval (low, high), and mature (the month's end + 90 days before now,
-- 2026-11-29). Runs unchanged in sqlite3 and DuckDB (with `julianday` as a macro there).
WITH first_won AS (
  SELECT record_id, min(changed_at) AS won_at FROM stage_events WHERE to_stage = 'Won' GROUP BY record_id
), cohorts AS (
  SELECT substr(CAST(r.created_at AS VARCHAR), 1, 7) AS cohort,
    CAST(substr(CAST(r.created_at AS VARCHAR), 1, 4) AS INTEGER) AS y,
    CAST(substr(CAST(r.created_at AS VARCHAR), 6, 2) AS INTEGER) AS m,
    count(*) AS records,
    sum(CASE WHEN r.stage = 'Won' THEN 1 ELSE 0 END) AS won,
    sum(CASE WHEN r.stage = 'Lost' THEN 1 ELSE 0 END) AS lost,
    sum(CASE WHEN r.stage NOT IN ('Won', 'Lost') THEN 1 ELSE 0 END) AS open,
    sum(CASE WHEN round((julianday(w.won_at) - julianday(r.created_at)) * 86400) <= 90 * 86400 THEN 1 ELSE 0 END) AS won_in_window
  FROM records r LEFT JOIN first_won w ON w.record_id = r.id
  WHERE r.created_at IS NOT NULL AND CAST(r.created_at AS VARCHAR) <> ''
  GROUP BY 1, 2, 3
), wilson AS (
  SELECT *, 1.0 * won_in_window / records AS p, 1.959963984540054 AS z FROM cohorts
), bounds AS (
  SELECT *,
    (p + z * z / (2 * records) - z * sqrt(p * (1 - p) / records + z * z / (4.0 * records * records))) / (1 + z * z / records) AS lo,
    (p + z * z / (2 * records) + z * sqrt(p * (1 - p) / records + z * z / (4.0 * records * records))) / (1 + z * z / records) AS hi
  FROM wilson
)
SELECT cohort, records, won, lost, open, won_in_window AS "won in window",
  round(100 * p, 2) AS rate,
  round(100 * CASE WHEN lo < 0 THEN 0 ELSE lo END, 2) AS low,
  round(100 * CASE WHEN hi > 1 THEN 1 ELSE hi END, 2) AS high,
  CASE WHEN records < 20 THEN 'n < 20' END AS note,
  CASE WHEN julianday(printf('%04d-%02d-01', CASE WHEN m = 12 THEN y + 1 ELSE y END, CASE WHEN m = 12 THEN 1 ELSE m + 1 END)) + 90
    < julianday('2026-11-29') THEN 'true' ELSE 'false' END AS mature
FROM bounds ORDER BY cohort;
