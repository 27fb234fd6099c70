-- stagesh: insights all
-- Every comparison insights makes on the default pipeline, findings marked: for each step (each
-- open stage to the next, each to Won; then the win rate of the records closed now) and each value
-- of owner, source, account and value quartile with at least 10 records on each side, the
-- segment against the rest by the pooled two-proportion z-test, Benjamini–Hochberg at 5%,
-- ranked by deals at stake (ties in the order the tests were made: step, field, then a value's
-- first record, or its quartile). erfc is Numerical Recipes' erfcc (fractional error < 1.2e-7): neither
-- engine has one. Runs in sqlite3 and DuckDB.
WITH stages(stage, pos) AS (
  VALUES ('New', 1), ('Contacted', 2), ('Qualified', 3), ('Negotiation', 4), ('Proposal Sent', 5), ('Won', 6)),
steps(step, label, a, b) AS (
  VALUES (1, 'New → Contacted', 'New', 'Contacted'), (2, 'Contacted → Qualified', 'Contacted', 'Qualified'),
         (3, 'Qualified → Negotiation', 'Qualified', 'Negotiation'),
         (4, 'Negotiation → Proposal Sent', 'Negotiation', 'Proposal Sent'), (5, 'New → Won', 'New', 'Won'),
         (6, 'Contacted → Won', 'Contacted', 'Won'), (7, 'Qualified → Won', 'Qualified', 'Won'),
         (8, 'Negotiation → Won', 'Negotiation', 'Won'), (9, 'Proposal Sent → Won', 'Proposal Sent', 'Won')),
ev AS (SELECT CAST(record_id AS BIGINT) AS record_id, to_stage, rowid AS pos FROM stage_events),
firsts AS (SELECT record_id, to_stage, min(pos) AS first_pos, max(pos) AS last_pos FROM ev GROUP BY record_id, to_stage),
outcomes AS (
  SELECT s.step, f.record_id, CASE WHEN g.last_pos > f.first_pos THEN 1 ELSE 0 END AS hit
  FROM steps s JOIN firsts f ON f.to_stage = s.a
  LEFT JOIN firsts g ON g.record_id = f.record_id AND g.to_stage = s.b
  UNION ALL
  SELECT 10, CAST(id AS BIGINT), CASE WHEN stage = 'Won' THEN 1 ELSE 0 END FROM records WHERE stage IN ('Won', 'Lost')),
vals AS (
  SELECT CAST(id AS BIGINT) AS id, CAST(value AS BIGINT) AS v,
         row_number() OVER (ORDER BY CAST(value AS BIGINT)) - 1 AS k, count(*) OVER () AS n
  FROM records WHERE value IS NOT NULL AND CAST(value AS VARCHAR) <> ''),
cuts AS (
  SELECT max(CASE WHEN k = CAST(floor((n - 1) / 4.0) AS BIGINT) THEN v END) AS c1,
         max(CASE WHEN k = CAST(floor((n - 1) / 2.0) AS BIGINT) THEN v END) AS c2,
         max(CASE WHEN k = CAST(floor(3 * (n - 1) / 4.0) AS BIGINT) THEN v END) AS c3, max(n) AS n
  FROM vals),
grouped(c, v, txt) AS (
  SELECT c, v,
    CASE WHEN v >= 1000000000 THEN CAST(CAST(floor(v / 1000000000.0) AS BIGINT) AS VARCHAR) || ','
           || substr(CAST(1000 + CAST(floor(v / 1000000.0) AS BIGINT) % 1000 AS VARCHAR), 2) || ','
           || substr(CAST(1000 + CAST(floor(v / 1000.0) AS BIGINT) % 1000 AS VARCHAR), 2) || ','
           || substr(CAST(1000 + v % 1000 AS VARCHAR), 2)
         WHEN v >= 1000000 THEN CAST(CAST(floor(v / 1000000.0) AS BIGINT) AS VARCHAR) || ','
           || substr(CAST(1000 + CAST(floor(v / 1000.0) AS BIGINT) % 1000 AS VARCHAR), 2) || ','
           || substr(CAST(1000 + v % 1000 AS VARCHAR), 2)
         WHEN v >= 1000 THEN CAST(CAST(floor(v / 1000.0) AS BIGINT) AS VARCHAR) || ','
           || substr(CAST(1000 + v % 1000 AS VARCHAR), 2)
         ELSE CAST(v AS VARCHAR) END
  FROM (SELECT 1 AS c, c1 AS v FROM cuts UNION ALL SELECT 2, c2 FROM cuts UNION ALL SELECT 3, c3 FROM cuts) x),
labels AS (
  SELECT (SELECT 'Q1 ≤ ' || txt FROM grouped WHERE c = 1) AS q1, (SELECT 'Q2 ≤ ' || txt FROM grouped WHERE c = 2) AS q2,
         (SELECT 'Q3 ≤ ' || txt FROM grouped WHERE c = 3) AS q3, (SELECT 'Q4 > ' || txt FROM grouped WHERE c = 3) AS q4),
segments AS (
  SELECT 1 AS field_no, 'owner' AS field, owner AS val, CAST(id AS BIGINT) AS id, rowid AS slot FROM records WHERE owner <> ''
  UNION ALL SELECT 2, 'source', source, CAST(id AS BIGINT), rowid FROM records WHERE source <> ''
  UNION ALL SELECT 3, 'account', account, CAST(id AS BIGINT), rowid FROM records WHERE account <> ''
  UNION ALL
  SELECT 5, 'value quartile',
         CASE WHEN v.v <= c.c1 THEN l.q1 WHEN v.v <= c.c2 THEN l.q2 WHEN v.v <= c.c3 THEN l.q3 ELSE l.q4 END, v.id,
         CASE WHEN v.v <= c.c1 THEN 1 WHEN v.v <= c.c2 THEN 2 WHEN v.v <= c.c3 THEN 3 ELSE 4 END
  FROM vals v, cuts c, labels l WHERE c.n >= 4),
value_order AS (SELECT field_no, val, min(slot) AS seen FROM segments GROUP BY field_no, val),
totals AS (SELECT step, count(*) AS n, sum(hit) AS k FROM outcomes GROUP BY step),
counts AS (
  SELECT o.step, s.field_no, s.field, s.val, count(*) AS n1, sum(o.hit) AS k1
  FROM outcomes o JOIN segments s ON s.id = o.record_id GROUP BY o.step, s.field_no, s.field, s.val),
tests AS (
  SELECT c.step, c.field_no, c.field, c.val, c.n1, c.k1, t.n - c.n1 AS n2, t.k - c.k1 AS k2, vo.seen,
         (c.k1 + t.k - c.k1) * 1.0 / t.n AS pooled
  FROM counts c JOIN totals t ON t.step = c.step JOIN value_order vo ON vo.field_no = c.field_no AND vo.val = c.val
  WHERE c.n1 >= 10 AND t.n - c.n1 >= 10),
zs AS (
  SELECT *, k1 * 1.0 / n1 AS r1, k2 * 1.0 / n2 AS r2,
         CASE WHEN pooled * (1 - pooled) > 0
              THEN abs(k1 * 1.0 / n1 - k2 * 1.0 / n2) / sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2)) END AS z
  FROM tests),
ps AS (
  SELECT *, n1 * abs(r1 - r2) AS deals,
         CASE WHEN z IS NULL THEN 1.0 ELSE t * exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
           + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223
           + t * 0.17087277))))))))) END AS p
  FROM (SELECT *, z / sqrt(2.0) AS x, 1.0 / (1.0 + 0.5 * z / sqrt(2.0)) AS t FROM zs) q),
ranked AS (
  SELECT *, row_number() OVER (ORDER BY p, step, field_no, seen) AS r, count(*) OVER () AS m FROM ps),
cut AS (SELECT coalesce(max(r), 0) AS last FROM ranked WHERE p <= r * 0.05 / m),
wilson AS (
  SELECT *, (r1 + zz * zz / (2 * n1) - zz * sqrt(r1 * (1 - r1) / n1 + zz * zz / (4.0 * n1 * n1))) / (1 + zz * zz / n1) AS lo,
         (r1 + zz * zz / (2 * n1) + zz * sqrt(r1 * (1 - r1) / n1 + zz * zz / (4.0 * n1 * n1))) / (1 + zz * zz / n1) AS hi
  FROM (SELECT *, 1.959963984540054 AS zz FROM ranked) x)
SELECT CASE WHEN step = 10 THEN 'win rate' ELSE (SELECT label FROM steps s WHERE s.step = w.step) END,
  field, val, n1, k1, round(100.0 * r1, 2),
  round(100.0 * CASE WHEN lo < 0 THEN 0.0 ELSE lo END, 2), round(100.0 * CASE WHEN hi > 1 THEN 1.0 ELSE hi END, 2),
  CASE WHEN n1 < 20 THEN 'n < 20' END, n2, k2, round(100.0 * r2, 2), p, round(deals, 1),
  CASE WHEN r <= (SELECT last FROM cut) THEN 'true' ELSE 'false' END
FROM wilson w ORDER BY deals DESC, p, step, field_no, seen;
