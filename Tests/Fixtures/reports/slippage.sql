-- stagesh: slippage
-- Expected close dates moved, over `export history` (field_history): the records with an expected
-- close (now, or changed once: in a generated pipeline every dated record got its date by a change,
-- when it became a deal, and `export records` has no expected_close column when none has one); those
-- pushed later at least once; the pushes (changes to a later date, both dates known); the days they
-- add up to and their mean; the records pulled in (moved earlier) at least once. Dates are ISO texts,
-- their seconds counted from the civil date (days from 0000-03-01) so the same arithmetic runs in
-- sqlite3 and DuckDB (whose reader may type a column of dates alone as timestamps: cast back, the
-- text keeps the digits in the same places).
WITH ec AS (
  SELECT record_id, CAST(old AS VARCHAR) AS old, CAST(new AS VARCHAR) AS new FROM field_history
  WHERE field = 'expected_close' AND coalesce(CAST(old AS VARCHAR), '') <> '' AND coalesce(CAST(new AS VARCHAR), '') <> ''),
parts AS (
  SELECT record_id,
    CAST(substr(old, 1, 4) AS INTEGER) - CASE WHEN CAST(substr(old, 6, 2) AS INTEGER) <= 2 THEN 1 ELSE 0 END AS oy,
    (CAST(substr(old, 6, 2) AS INTEGER) + 9) % 12 AS om, CAST(substr(old, 9, 2) AS INTEGER) AS od,
    CAST(substr(old, 12, 2) AS INTEGER) * 3600 + CAST(substr(old, 15, 2) AS INTEGER) * 60
      + CAST(substr(old, 18, 2) AS INTEGER) AS os,
    CAST(substr(new, 1, 4) AS INTEGER) - CASE WHEN CAST(substr(new, 6, 2) AS INTEGER) <= 2 THEN 1 ELSE 0 END AS ny,
    (CAST(substr(new, 6, 2) AS INTEGER) + 9) % 12 AS nm, CAST(substr(new, 9, 2) AS INTEGER) AS nd,
    CAST(substr(new, 12, 2) AS INTEGER) * 3600 + CAST(substr(new, 15, 2) AS INTEGER) * 60
      + CAST(substr(new, 18, 2) AS INTEGER) AS ns
  FROM ec),
moves AS (
  SELECT record_id,
    (365 * ny + (ny - ny % 4) / 4 - (ny - ny % 100) / 100 + (ny - ny % 400) / 400
      + (153 * nm + 2 - (153 * nm + 2) % 5) / 5 + nd) * 86400 + ns
    - ((365 * oy + (oy - oy % 4) / 4 - (oy - oy % 100) / 100 + (oy - oy % 400) / 400
      + (153 * om + 2 - (153 * om + 2) % 5) / 5 + od) * 86400 + os) AS secs
  FROM parts),
dated AS (
  SELECT count(DISTINCT record_id) AS n FROM field_history WHERE field = 'expected_close')
SELECT
  (SELECT n FROM dated),
  count(DISTINCT CASE WHEN secs > 0 THEN record_id END),
  coalesce(sum(CASE WHEN secs > 0 THEN 1 ELSE 0 END), 0),
  round(coalesce(sum(CASE WHEN secs > 0 THEN secs ELSE 0 END), 0) / 86400.0, 2),
  round(sum(CASE WHEN secs > 0 THEN secs ELSE 0 END) / 86400.0 / nullif(sum(CASE WHEN secs > 0 THEN 1 ELSE 0 END), 0), 2),
  count(DISTINCT CASE WHEN secs < 0 THEN record_id END)
FROM moves;
