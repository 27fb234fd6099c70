-- Where every record imported from an Odoo database stands at a moment, by the rules
-- docs/odoo.md states, computed from Odoo's own tables: the cross-check of `import odoo`'s
-- ledgers (OdooImportTests counts the places and compares them with `funnel all as of`).
-- Placeholders filled in by the test: {AT} the moment ('2025-06-01 00:00:00'), {FIELD} the
-- tracking column naming the field (field, field_id), {LOST} a lead's lost test, {NAME} a
-- stage's en_US name.
WITH t AS (
    SELECT m.res_id AS lead, m.date AS at, m.id AS msg, f.name AS field,
           v.old_value_integer AS old_i, v.new_value_integer AS new_i, v.old_value_char AS old_c, v.new_value_char AS new_c
    FROM mail_tracking_value v
    JOIN mail_message m ON m.id = v.mail_message_id
    JOIN ir_model_fields f ON f.id = v.{FIELD}
    WHERE m.model = 'crm.lead' AND f.name IN ('stage_id', 'type', 'active')
),
l AS (
    SELECT l.id, l.create_date AS created, l.stage_id, l.type = 'lead' AS is_lead, {LOST} AS lost, l.date_closed,
           COALESCE(l.date_last_stage_update, l.write_date) AS updated, l.write_date, l.date_conversion
    FROM crm_lead l
    WHERE l.active OR {LOST}
),
names AS (
    SELECT s.id, {NAME} AS name, s.is_won, s.sequence FROM crm_stage s
    UNION ALL
    SELECT DISTINCT ON (x.id) x.id, x.name, false, NULL
    FROM (SELECT old_i AS id, old_c AS name FROM t WHERE field = 'stage_id'
          UNION ALL SELECT new_i, new_c FROM t WHERE field = 'stage_id') AS x
    WHERE x.id <> 0 AND x.id NOT IN (SELECT id FROM crm_stage)
),
first_open AS (SELECT name FROM names WHERE NOT is_won AND sequence IS NOT NULL ORDER BY sequence, id LIMIT 1),
-- The place a record has now.
now_place AS (
    SELECT l.*, CASE WHEN l.lost THEN 'Lost' WHEN l.is_lead AND NOT n.is_won THEN 'Lead' ELSE n.name END AS place,
           n.is_won AS won, CASE WHEN l.is_lead AND NOT n.is_won THEN 'Lead' ELSE n.name END AS standing
    FROM l JOIN names n ON n.id = l.stage_id
),
-- Records with tracked moves: replayed up to {AT}, and where their history does not end where they
-- are, moved there when their stage last changed (or closed).
tracked AS (
    SELECT p.*,
           (SELECT max(at) FROM t WHERE t.lead = p.id) AS last_at,
           COALESCE((SELECT new_i FROM t WHERE t.lead = p.id AND field = 'stage_id' AND new_i <> 0
                     ORDER BY at DESC, msg DESC LIMIT 1),
                    p.stage_id) AS final_stage,
           COALESCE((SELECT new_i = 0 FROM t WHERE t.lead = p.id AND field = 'active' ORDER BY at DESC, msg DESC LIMIT 1),
                    (SELECT old_i = 0 FROM t WHERE t.lead = p.id AND field = 'active' ORDER BY at, msg LIMIT 1),
                    false) AS final_lost,
           COALESCE((SELECT new_i FROM t WHERE t.lead = p.id AND field = 'stage_id' AND at <= {AT} AND new_i <> 0
                     ORDER BY at DESC, msg DESC LIMIT 1),
                    (SELECT CASE WHEN old_i <> 0 THEN old_i ELSE new_i END FROM t WHERE t.lead = p.id AND field = 'stage_id'
                     ORDER BY at, msg LIMIT 1),
                    p.stage_id) AS stage_then,
           ((SELECT count(*) FROM t WHERE t.lead = p.id AND field = 'type' AND at > {AT}) % 2 = 1) <> p.is_lead AS lead_then,
           COALESCE((SELECT new_i = 0 FROM t WHERE t.lead = p.id AND field = 'active' AND at <= {AT} ORDER BY at DESC, msg DESC LIMIT 1),
                    (SELECT old_i = 0 FROM t WHERE t.lead = p.id AND field = 'active' ORDER BY at, msg LIMIT 1),
                    false) AS lost_then
    FROM now_place p
    WHERE p.id IN (SELECT lead FROM t) AND p.created <= {AT}
),
tracked_places AS (
    SELECT CASE
               WHEN final_place <> place AND {AT} >= greatest(last_at, created,
                   CASE WHEN (won OR lost) AND date_closed IS NOT NULL THEN date_closed ELSE updated END)
                   THEN place
               ELSE place_then
           END AS place
    FROM (
        SELECT x.*,
               CASE WHEN x.final_lost THEN 'Lost' WHEN x.is_lead AND NOT fn.is_won THEN 'Lead' ELSE fn.name END AS final_place,
               CASE WHEN x.lost_then THEN 'Lost' WHEN x.lead_then AND NOT tn.is_won THEN 'Lead' ELSE tn.name END AS place_then
        FROM tracked x JOIN names fn ON fn.id = x.final_stage JOIN names tn ON tn.id = x.stage_then
    ) AS y
),
-- Records without tracked moves: the implied ledger of an import.
implied AS (
    SELECT p.*,
           p.is_lead OR (p.date_conversion IS NOT NULL AND p.date_conversion > p.created) AS was_lead,
           CASE WHEN p.won AND p.date_closed IS NOT NULL THEN p.date_closed ELSE p.updated END AS settled
    FROM now_place p
    WHERE p.id NOT IN (SELECT lead FROM t) AND p.created <= {AT}
),
implied_first AS (
    SELECT i.*,
           CASE WHEN i.was_lead THEN 'Lead' WHEN i.settled > i.created THEN (SELECT name FROM first_open) ELSE i.standing END
               AS first
    FROM implied i
),
implied_steps AS (
    SELECT f.*,
           CASE WHEN f.first = f.standing THEN f.created
                WHEN f.was_lead AND NOT f.is_lead THEN greatest(f.created, f.date_conversion)
                ELSE greatest(f.created, f.settled) END AS standing_at
    FROM implied_first f
),
implied_places AS (
    SELECT CASE
               WHEN lost AND {AT} >= greatest(standing_at, COALESCE(date_closed, updated)) THEN 'Lost'
               WHEN {AT} >= standing_at THEN standing
               ELSE first
           END AS place
    FROM implied_steps
)
SELECT place, count(*) FROM (SELECT place FROM tracked_places UNION ALL SELECT place FROM implied_places) AS every
GROUP BY place ORDER BY place
