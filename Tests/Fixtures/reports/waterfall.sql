-- stagesh: waterfall 2026-09-01 2026-11-01 for 2026-Q4
-- The pipeline waterfall of the default pipeline over `export records`, `export events` and
-- `export history` (field_history: record_id, changed_at, field, old, new). A deal is in scope
-- at a moment when it is in an open opportunity stage then (its last stage event by that moment)
-- and its expected close then lies in 2026-Q4; a value or expected close at a moment is the `old`
-- of the record's earliest change after it, else the record's own. A = in scope at FROM, B = at TO:
-- A and B start and end, their value change up or down; A only won, lost (its stage at TO) or
-- pushed out, at its value at FROM; B only created (no opportunity at FROM), reopened (closed at
-- FROM) or pulled in, at its value at TO; neither, but no opportunity at FROM, won or lost at TO,
-- and in scope when it last left an open stage for a closed one after FROM: created and won/lost
-- at its value then. Deals out print negative; value up and down count no deals. Times compare as
-- whole seconds since 1970 (julianday: sqlite3's own, DuckDB's the benchmark's macro). Runs in
-- sqlite3 and DuckDB.
WITH bounds AS (
  SELECT CAST(round((julianday('2026-09-01T00:00:00Z') - 2440587.5) * 86400) AS BIGINT) AS t_from,
         CAST(round((julianday('2026-11-01T00:00:00Z') - 2440587.5) * 86400) AS BIGINT) AS t_to,
         CAST(round((julianday('2026-10-01T00:00:00Z') - 2440587.5) * 86400) AS BIGINT) AS p_lo,
         CAST(round((julianday('2027-01-01T00:00:00Z') - 2440587.5) * 86400) AS BIGINT) AS p_hi),
buckets(k, bucket, sign) AS (
  VALUES (1, 'start', 1), (2, 'created', 1), (3, 'pulled in', 1), (4, 'reopened', 1), (5, 'pushed out', -1),
         (6, 'won', -1), (7, 'lost', -1), (8, 'value up', 1), (9, 'value down', -1), (10, 'end', 1)),
ev AS (
  SELECT e.record_id, e.from_stage, e.to_stage, e.rowid AS seq,
         CAST(round((julianday(e.changed_at) - 2440587.5) * 86400) AS BIGINT) AS ts
  FROM stage_events e),
stage_from AS (
  SELECT record_id, to_stage AS stage FROM (
    SELECT ev.record_id, ev.to_stage, row_number() OVER (PARTITION BY ev.record_id ORDER BY ev.ts DESC, ev.seq DESC) AS k
    FROM ev, bounds b WHERE ev.ts <= b.t_from) x WHERE k = 1),
stage_to AS (
  SELECT record_id, to_stage AS stage FROM (
    SELECT ev.record_id, ev.to_stage, row_number() OVER (PARTITION BY ev.record_id ORDER BY ev.ts DESC, ev.seq DESC) AS k
    FROM ev, bounds b WHERE ev.ts <= b.t_to) x WHERE k = 1),
closes AS (
  SELECT record_id, ts AS closed_at FROM (
    SELECT ev.record_id, ev.ts, row_number() OVER (PARTITION BY ev.record_id ORDER BY ev.ts DESC, ev.seq DESC) AS k
    FROM ev, bounds b
    WHERE ev.ts > b.t_from AND ev.ts <= b.t_to
      AND ev.from_stage IN ('Negotiation', 'Proposal Sent') AND ev.to_stage IN ('Won', 'Lost')) x WHERE k = 1),
fh AS (
  SELECT f.record_id, f.field, CAST(f.old AS VARCHAR) AS old, f.rowid AS seq,
         CAST(round((julianday(f.changed_at) - 2440587.5) * 86400) AS BIGINT) AS ts
  FROM field_history f WHERE f.field IN ('value', 'expected_close')),
after_from AS (
  SELECT record_id, field, old FROM (
    SELECT fh.record_id, fh.field, fh.old, row_number() OVER (PARTITION BY fh.record_id, fh.field ORDER BY fh.ts, fh.seq) AS k
    FROM fh, bounds b WHERE fh.ts > b.t_from) x WHERE k = 1),
after_to AS (
  SELECT record_id, field, old FROM (
    SELECT fh.record_id, fh.field, fh.old, row_number() OVER (PARTITION BY fh.record_id, fh.field ORDER BY fh.ts, fh.seq) AS k
    FROM fh, bounds b WHERE fh.ts > b.t_to) x WHERE k = 1),
after_close AS (
  SELECT record_id, field, old FROM (
    SELECT fh.record_id, fh.field, fh.old, row_number() OVER (PARTITION BY fh.record_id, fh.field ORDER BY fh.ts, fh.seq) AS k
    FROM fh JOIN closes c ON c.record_id = fh.record_id WHERE fh.ts > c.closed_at) x WHERE k = 1),
-- A file where no record has an expected close has no such column: NULL then (the first of two
-- columns of a name is the one read, in sqlite3 and DuckDB alike).
rec AS (SELECT *, NULL AS expected_close FROM records),
-- Each record's value (text, as the files write it) and expected close at FROM, at TO and at its close.
raw AS (
  SELECT r.id, sf.stage AS s_from, st.stage AS s_to, c.closed_at,
    CASE WHEN vf.record_id IS NULL THEN CAST(r.value AS VARCHAR) ELSE vf.old END AS v_from,
    CASE WHEN vt.record_id IS NULL THEN CAST(r.value AS VARCHAR) ELSE vt.old END AS v_to,
    CASE WHEN vc.record_id IS NULL THEN CAST(r.value AS VARCHAR) ELSE vc.old END AS v_close,
    CASE WHEN ef.record_id IS NULL THEN CAST(r.expected_close AS VARCHAR) ELSE ef.old END AS e_from,
    CASE WHEN et.record_id IS NULL THEN CAST(r.expected_close AS VARCHAR) ELSE et.old END AS e_to,
    CASE WHEN ec.record_id IS NULL THEN CAST(r.expected_close AS VARCHAR) ELSE ec.old END AS e_close
  FROM rec r
  JOIN stage_to st ON st.record_id = r.id
  LEFT JOIN stage_from sf ON sf.record_id = r.id
  LEFT JOIN closes c ON c.record_id = r.id
  LEFT JOIN after_from vf ON vf.record_id = r.id AND vf.field = 'value'
  LEFT JOIN after_to vt ON vt.record_id = r.id AND vt.field = 'value'
  LEFT JOIN after_close vc ON vc.record_id = r.id AND vc.field = 'value'
  LEFT JOIN after_from ef ON ef.record_id = r.id AND ef.field = 'expected_close'
  LEFT JOIN after_to et ON et.record_id = r.id AND et.field = 'expected_close'
  LEFT JOIN after_close ec ON ec.record_id = r.id AND ec.field = 'expected_close'),
-- Values in cents (none: 0), expected closes in seconds (none: NULL, never in the period).
moments AS (
  SELECT id, s_from, s_to, closed_at,
    coalesce(CAST(round(CAST(nullif(v_from, '') AS DOUBLE) * 100) AS BIGINT), 0) AS v_from,
    coalesce(CAST(round(CAST(nullif(v_to, '') AS DOUBLE) * 100) AS BIGINT), 0) AS v_to,
    coalesce(CAST(round(CAST(nullif(v_close, '') AS DOUBLE) * 100) AS BIGINT), 0) AS v_close,
    CAST(round((julianday(nullif(e_from, '')) - 2440587.5) * 86400) AS BIGINT) AS e_from,
    CAST(round((julianday(nullif(e_to, '')) - 2440587.5) * 86400) AS BIGINT) AS e_to,
    CAST(round((julianday(nullif(e_close, '')) - 2440587.5) * 86400) AS BIGINT) AS e_close
  FROM raw),
scoped AS (
  SELECT m.*,
    coalesce(m.s_from IN ('Negotiation', 'Proposal Sent') AND m.e_from >= b.p_lo AND m.e_from < b.p_hi, FALSE) AS in_a,
    coalesce(m.s_to IN ('Negotiation', 'Proposal Sent') AND m.e_to >= b.p_lo AND m.e_to < b.p_hi, FALSE) AS in_b,
    coalesce(m.s_from IS NULL OR m.s_from IN ('New', 'Contacted', 'Qualified'), FALSE) AS new_opp,
    coalesce(m.closed_at IS NOT NULL AND m.e_close >= b.p_lo AND m.e_close < b.p_hi, FALSE) AS in_close
  FROM moments m, bounds b),
placed(k, v) AS (
  SELECT 1, v_from FROM scoped WHERE in_a
  UNION ALL SELECT 10, v_to FROM scoped WHERE in_b
  UNION ALL SELECT 8, v_to - v_from FROM scoped WHERE in_a AND in_b AND v_to > v_from
  UNION ALL SELECT 9, v_from - v_to FROM scoped WHERE in_a AND in_b AND v_to < v_from
  UNION ALL SELECT CASE s_to WHEN 'Won' THEN 6 WHEN 'Lost' THEN 7 ELSE 5 END, v_from FROM scoped WHERE in_a AND NOT in_b
  UNION ALL SELECT CASE WHEN new_opp THEN 2 WHEN s_from IN ('Won', 'Lost') THEN 4 ELSE 3 END, v_to
    FROM scoped WHERE in_b AND NOT in_a
  UNION ALL SELECT 2, v_close FROM scoped
    WHERE NOT in_a AND NOT in_b AND new_opp AND s_to IN ('Won', 'Lost') AND in_close
  UNION ALL SELECT CASE s_to WHEN 'Won' THEN 6 ELSE 7 END, v_close FROM scoped
    WHERE NOT in_a AND NOT in_b AND new_opp AND s_to IN ('Won', 'Lost') AND in_close)
SELECT b.bucket,
  CASE WHEN b.k IN (8, 9) THEN NULL ELSE b.sign * count(p.k) END AS deals,
  b.sign * coalesce(sum(p.v), 0) / 100.0 AS value
FROM buckets b LEFT JOIN placed p ON p.k = b.k
GROUP BY b.k, b.bucket, b.sign ORDER BY b.k;
