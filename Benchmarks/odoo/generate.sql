-- A large Odoo 17 CRM database for benchmarking `import odoo`, generated inside the server.
--
--   createdb bench
--   psql -v ON_ERROR_STOP=1 -d bench -f Tests/Fixtures/odoo/odoo17-schema.sql
--   psql -v ON_ERROR_STOP=1 -d bench -v leads=1000000 -f Benchmarks/odoo/generate.sql
--
-- `leads` (default 1000000) crm_lead rows created over two years (2024-04-01 to 2026-03-31):
-- 70% opportunities (half of them converted from leads, with a Lead -> Opportunity row),
-- about 25% won, 35% lost (archived in the stage they reached, probability 0, a lost
-- reason), the rest open across the stages; expected revenue log-normal (median 15,000).
-- Their history is what Odoo 17 writes: one mail_message per write (message_type
-- 'notification') with mail_tracking_value rows for stage_id, active + lost_reason_id,
-- type, user_id and expected_revenue, 3.5 rows a lead on average (1,000,000 leads ->
-- about 3.5 million rows), plus an 'Opportunity Created' message for every lead and a
-- chatter note on one in four, which carry no tracking. Everything is set-based
-- (generate_series, no client loop); setseed makes it repeatable. Ends with ANALYZE.
--
-- Timings on the project's machine (2 cores; PostgreSQL 15 with fsync and synchronous_commit
-- off, shared_buffers 1GB, max_wal_size 8GB; the script alone, with the schema's indexes and
-- foreign keys in place):
--   leads=100000:    22-27 s  (442,359 messages, 352,304 tracking rows, database 321 MB)
--   leads=1000000:  252 s     (4,420,905 messages, 3,519,532 tracking rows, database 3.2 GB)

\set ON_ERROR_STOP 1
\if :{?leads}
\else
\set leads 1000000
\endif

SET client_min_messages = warning;
-- One process draws the random numbers in order, so a seed gives the same database each time.
SET max_parallel_workers_per_gather = 0;
SET work_mem = '256MB';
SELECT setseed(0.1601) AS seeded \gset

SELECT id AS f_stage FROM ir_model_fields WHERE model = 'crm.lead' AND name = 'stage_id' \gset
SELECT id AS f_active FROM ir_model_fields WHERE model = 'crm.lead' AND name = 'active' \gset
SELECT id AS f_reason FROM ir_model_fields WHERE model = 'crm.lead' AND name = 'lost_reason_id' \gset
SELECT id AS f_type FROM ir_model_fields WHERE model = 'crm.lead' AND name = 'type' \gset
SELECT id AS f_user FROM ir_model_fields WHERE model = 'crm.lead' AND name = 'user_id' \gset
SELECT id AS f_revenue FROM ir_model_fields WHERE model = 'crm.lead' AND name = 'expected_revenue' \gset
SELECT coalesce(max(id), 0) AS lead0 FROM crm_lead \gset
SELECT coalesce(max(id), 0) AS message0 FROM mail_message \gset

BEGIN;

-- The draws, one row a lead.
CREATE TEMP TABLE bench_draw ON COMMIT DROP AS
SELECT n, random() AS r_outcome, random() AS r_type, random() AS r_conv, random() AS r_stage,
       random() AS r_team, random() AS r_user, random() AS r_user2, random() AS r_rev1, random() AS r_rev2,
       random() AS r_revchg, random() AS r_created, random() AS r_span, random() AS r_reason,
       random() AS r_partner, random() AS r_chat, random() AS r_company
FROM generate_series(1, :leads) AS n;

-- Each lead's story: outcome, path length k (stage changes), times.
CREATE TEMP TABLE bench_lead ON COMMIT DROP AS
WITH d AS (
    SELECT *,
           CASE WHEN r_outcome < 0.25 THEN 'won' WHEN r_outcome < 0.60 THEN 'lost' ELSE 'open' END AS outcome,
           CASE WHEN r_team < 0.7 THEN 1 ELSE 2 END AS team,
           date_trunc('second', timestamp '2024-04-01' + r_created * interval '729 days') AS created
    FROM bench_draw
)
SELECT n, :lead0 + n AS id, outcome, team, created,
       CASE WHEN outcome = 'won' OR r_type < 0.6 THEN 'opportunity' ELSE 'lead' END AS type,
       (outcome = 'won' OR r_type < 0.6) AND r_conv < 0.5 AS converted,
       CASE WHEN outcome = 'won' THEN 4 ELSE floor(r_stage * 4)::int END AS k,
       -- the stages in the order a lead goes through them; team 2 has its own fourth stage
       CASE WHEN team = 1 THEN ARRAY[1, 2, 3, 5, 4] ELSE ARRAY[1, 2, 3, 7, 4] END AS path,
       -- one lead in 33 has no salesperson
       CASE WHEN n % 33 = 0 THEN NULL
            WHEN team = 1 THEN (ARRAY[6, 7, 8])[1 + floor(r_user * 3)::int]
            ELSE (ARRAY[9, 10])[1 + floor(r_user * 2)::int] END AS user_id,
       r_user2 < 0.15 AND n % 33 <> 0 AS reassigned,
       CASE WHEN team = 1 THEN (ARRAY[7, 8, 6])[1 + floor(r_user * 3)::int]
            ELSE (ARRAY[10, 9])[1 + floor(r_user * 2)::int] END AS former_user,
       CASE WHEN team = 1 AND r_company < 0.1 THEN 2 ELSE 1 END AS company,
       -- log-normal: median 15,000, sigma 1
       round((15000 * exp(sqrt(-2 * ln(1 - r_rev1)) * cos(2 * pi() * r_rev2)))::numeric, 2) AS revenue,
       r_revchg < 0.2 AS revenue_changed,
       round((0.7 + 0.6 * r_revchg * 5)::numeric, 2) AS revenue_factor,
       least(created + (3 + r_span * 150) * interval '1 day', timestamp '2026-03-31 23:00:00') AS ends,
       1 + floor(r_reason * 4)::int AS reason,
       CASE WHEN r_partner < 0.7 THEN (ARRAY[14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 31, 32, 33, 34])
            [1 + floor(r_partner / 0.7 * 19)::int] END AS partner_id,
       r_chat < 0.25 AS chatter
FROM d;

-- The writes: one row a message that carries tracking.
--   kind 1 conversion, 2 stage change number j, 3 lost, 4 salesperson, 5 revenue
CREATE TEMP TABLE bench_event ON COMMIT DROP AS
SELECT l.id AS lead, 2 AS kind, j,
       date_trunc('second', l.created + (l.ends - l.created) * (j::float8 / (l.k + CASE WHEN l.outcome = 'lost' THEN 1 ELSE 0 END))) AS at
FROM bench_lead l, generate_series(1, l.k) AS j
UNION ALL
SELECT id, 3, 0, ends FROM bench_lead WHERE outcome = 'lost'
UNION ALL
SELECT id, 1, 0, date_trunc('second', created + (ends - created) * (0.3 / (k + 2))) FROM bench_lead WHERE converted
UNION ALL
SELECT id, 4, 0, date_trunc('second', created + (ends - created) * 0.6) FROM bench_lead WHERE reassigned
UNION ALL
SELECT id, 5, 0, date_trunc('second', created + (ends - created) * 0.45) FROM bench_lead WHERE revenue_changed;

INSERT INTO crm_lead (id, name, type, active, stage_id, user_id, team_id, company_id, partner_id, partner_name,
    contact_name, email_from, email_normalized, priority, probability, automated_probability, expected_revenue,
    prorated_revenue, recurring_revenue, recurring_revenue_monthly, recurring_revenue_monthly_prorated,
    recurring_revenue_prorated, date_closed, date_open, day_open, day_close, date_last_stage_update, date_conversion,
    date_deadline, lost_reason_id, source_id, medium_id, campaign_id, color, message_bounce,
    create_uid, create_date, write_uid, write_date)
SELECT l.id,
       p.name || ': ' || (ARRAY['office chairs', 'fleet tracking', 'service contract', 'warehouse racking',
           'meeting rooms', 'access control', 'POS terminals', 'training', 'spare parts', 'support plan'])[1 + l.n % 10],
       l.type, l.outcome <> 'lost', l.path[l.k + 1],
       l.user_id, l.team, l.company, l.partner_id, p.name, NULL,
       'contact' || l.n || '@' || lower(replace(p.name, ' ', '')) || '.example',
       'contact' || l.n || '@' || lower(replace(p.name, ' ', '')) || '.example',
       (l.n % 4)::text, s.probability, s.probability, l.revenue, round(l.revenue * s.probability::numeric / 100, 2),
       0, 0, 0, 0,
       CASE WHEN l.outcome <> 'open' THEN l.ends END,
       CASE WHEN l.n % 33 <> 0 THEN l.created END, CASE WHEN l.n % 33 <> 0 THEN 0 END,
       CASE WHEN l.outcome <> 'open' THEN extract(day FROM l.ends - l.created) END,
       CASE WHEN l.k = 0 THEN l.created
            ELSE date_trunc('second', l.created + (l.ends - l.created)
                 * (l.k::float8 / (l.k + CASE WHEN l.outcome = 'lost' THEN 1 ELSE 0 END))) END,
       CASE WHEN l.converted THEN date_trunc('second', l.created + (l.ends - l.created) * (0.3 / (l.k + 2))) END,
       CASE WHEN l.n % 5 <> 0 THEN (l.ends + interval '14 days')::date END,
       CASE WHEN l.outcome = 'lost' THEN l.reason END,
       1 + l.n % 4, 1 + l.n % 3, CASE WHEN l.n % 7 = 0 THEN 1 + l.n % 3 END, 0, 0,
       coalesce(l.user_id, 2), l.created, coalesce(l.user_id, 2), l.ends
FROM bench_lead l
CROSS JOIN LATERAL (SELECT CASE WHEN l.outcome = 'won' THEN 100.0 WHEN l.outcome = 'lost' THEN 0.0
                                ELSE (ARRAY[10.0, 35.0, 60.0, 50.0])[l.k + 1] END AS probability) s
JOIN (VALUES (0, 'Gemini Furniture'), (1, 'Ready Mat'), (2, 'Deco Addict'), (3, 'Azure Interior'), (4, 'Lumber Inc'),
             (5, 'Wood Corner'), (6, 'The Jackson Group'), (7, 'Hollow Oak Studios'), (8, 'Saigon Coffee Roasters'),
             (9, 'Kestrel Aerospace'), (10, 'Blue Ridge Outfitters'), (11, 'Atlas Freight Co.'),
             (12, 'Pinecrest Dental'), (13, 'Harbor & Finch LLP')) AS p(k, name) ON p.k = l.n % 14;

-- Messages: the tracked writes, an 'Opportunity Created' notification for each lead and a
-- note on one in four, numbered in time order.
CREATE TEMP TABLE bench_message ON COMMIT DROP AS
WITH m AS (
    SELECT lead, kind, j, at FROM bench_event
    UNION ALL SELECT id, 0, 0, created FROM bench_lead
    UNION ALL SELECT id, 6, 0, date_trunc('second', created + (ends - created) * 0.2) FROM bench_lead WHERE chatter
)
SELECT :message0 + row_number() OVER (ORDER BY at, lead, kind, j) AS id, lead, kind, j, at FROM m;

INSERT INTO mail_message (id, subject, date, body, model, res_id, record_name, message_type, subtype_id,
    is_internal, email_from, author_id, message_id, reply_to_force_new, email_add_signature,
    create_uid, create_date, write_uid, write_date)
SELECT m.id, NULL, m.at,
       CASE WHEN m.kind = 6 THEN '<p>Called the customer, follow-up next week.</p>' ELSE '' END,
       'crm.lead', m.lead, c.name,
       CASE WHEN m.kind = 6 THEN 'comment' ELSE 'notification' END,
       CASE m.kind WHEN 0 THEN 30 WHEN 6 THEN 2 WHEN 3 THEN 33
            WHEN 2 THEN CASE WHEN m.j = 4 THEN 32 ELSE 31 END ELSE 2 END,
       false, NULL, u.partner_id,
       '<' || m.id || '.bench-openerp-' || m.lead || '-crm.lead@northwind>', false, true,
       u.id, m.at, u.id, m.at
FROM bench_message m
JOIN crm_lead c ON c.id = m.lead
JOIN res_users u ON u.id = coalesce(c.user_id, 2);

-- Tracking rows, numbered in the order of their messages.
INSERT INTO mail_tracking_value (field_id, old_value_integer, new_value_integer, old_value_float, new_value_float,
    old_value_char, new_value_char, currency_id, mail_message_id, create_uid, create_date, write_uid, write_date)
SELECT field_id, old_int, new_int, old_float, new_float, old_char, new_char, currency, message, author, at, author, at
FROM (
    -- stage change j: from path[j] to path[j + 1]
    SELECT :f_stage AS field_id, l.path[m.j] AS old_int, l.path[m.j + 1] AS new_int, NULL::float8 AS old_float,
           NULL::float8 AS new_float, so.name ->> 'en_US' AS old_char, sn.name ->> 'en_US' AS new_char,
           NULL::int AS currency, m.id AS message, 1 AS seq, coalesce(l.user_id, 2) AS author, m.at
    FROM bench_message m JOIN bench_lead l ON l.id = m.lead
    JOIN crm_stage so ON so.id = l.path[m.j] JOIN crm_stage sn ON sn.id = l.path[m.j + 1]
    WHERE m.kind = 2
    UNION ALL
    -- lost: archived and a reason, in one write
    SELECT :f_active, 1, 0, NULL, NULL, NULL, NULL, NULL, m.id, 1, coalesce(l.user_id, 2), m.at
    FROM bench_message m JOIN bench_lead l ON l.id = m.lead WHERE m.kind = 3
    UNION ALL
    SELECT :f_reason, 0, l.reason, NULL, NULL, '', r.name ->> 'en_US', NULL, m.id, 2, coalesce(l.user_id, 2), m.at
    FROM bench_message m JOIN bench_lead l ON l.id = m.lead JOIN crm_lost_reason r ON r.id = l.reason
    WHERE m.kind = 3
    UNION ALL
    SELECT :f_type, NULL, NULL, NULL, NULL, 'Lead', 'Opportunity', NULL, m.id, 1, coalesce(l.user_id, 2), m.at
    FROM bench_message m JOIN bench_lead l ON l.id = m.lead WHERE m.kind = 1
    UNION ALL
    SELECT :f_user, l.former_user, l.user_id, NULL, NULL, po.name, pn.name, NULL, m.id, 1, 2, m.at
    FROM bench_message m JOIN bench_lead l ON l.id = m.lead
    JOIN res_users uo ON uo.id = l.former_user JOIN res_partner po ON po.id = uo.partner_id
    JOIN res_users un ON un.id = l.user_id JOIN res_partner pn ON pn.id = un.partner_id
    WHERE m.kind = 4
    UNION ALL
    -- monetary: old/new_value_float with the company's currency (17+)
    SELECT :f_revenue, NULL, NULL, (l.revenue * l.revenue_factor)::float8, l.revenue::float8, NULL, NULL,
           CASE WHEN l.company = 2 THEN 1 ELSE 2 END, m.id, 1, coalesce(l.user_id, 2), m.at
    FROM bench_message m JOIN bench_lead l ON l.id = m.lead WHERE m.kind = 5
) AS t
ORDER BY message, seq;

DO $$ BEGIN
    PERFORM setval(pg_get_serial_sequence('crm_lead', 'id'), (SELECT max(id) FROM crm_lead));
    PERFORM setval(pg_get_serial_sequence('mail_message', 'id'), (SELECT max(id) FROM mail_message));
END $$;

COMMIT;

ANALYZE;

SELECT (SELECT count(*) FROM crm_lead) AS leads,
       (SELECT count(*) FROM mail_message) AS messages,
       (SELECT count(*) FROM mail_tracking_value) AS tracking_rows,
       round((SELECT count(*) FROM mail_tracking_value)::numeric / nullif((SELECT count(*) FROM crm_lead), 0), 2)
           AS tracking_per_lead;
