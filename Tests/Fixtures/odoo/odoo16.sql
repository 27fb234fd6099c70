-- Odoo 16 CRM database fixture for stagesh's `import odoo` tests.
-- Written by Tests/Fixtures/odoo/make_fixtures.py: edit the script, not this file.
-- Load into an empty database: psql -v ON_ERROR_STOP=1 -d DB -f THIS_FILE (no extensions).
--
-- crm_lead rows: 38
-- crm.lead tracking rows: 95
-- crm.lead stage_id tracking rows: 54
-- active crm_lead rows: 30
-- mail_message rows: 122 (117 on crm.lead)
-- mail_tracking_value rows: 100 (the others are on res.partner and sale.order)
--
-- The database as of 2026-03-31. Times are UTC. Companies: 1 Northwind Traders Inc. (USD, currency 2),
-- 2 Northwind Europe GmbH (EUR, currency 1).
-- Users (name = res_partner.name through partner_id): 1 OdooBot (archived), 2 Mitchell Admin, 6 Alice
--   Martin, 7 Bruno Costa, 8 Chloé Dubois (archived), 9 Nguyễn Thị Lan, 10 David Okafor.
-- Teams: 1 Sales (no company), 2 Enterprise Accounts (company 1).
-- Stages (id name sequence): 1 New 1; 2 Qualified 2; 3 Proposition 3; 4 Won 70 is_won; 5 Product Demo 3; 7
--   Security Review 5 team 2.
--   Stage 5 was called 'Demo' until 2025-10-01 09:00:00: older tracking rows say 'Demo'.
--   Stage 6 'Negotiation' was deleted on 2025-12-15 17:30:00: tracking rows still carry id 6 and its name;
--   crm_stage has no row 6. Stages 5 and 3 share sequence 3 (Odoo orders by sequence, name, id).
--   vi_VN names for stages 1-5, fr_FR for 2 ('Qualifié'); stage 7 has only en_US.
-- Lost reasons: 1 Too expensive; 2 We don't have people/skills; 3 Not enough stock; 4 Chose a competitor.
-- The lost reason column is lost_reason_id.
--
-- Leads (id: what it shows; now: its type, stage, active, probability, revenue and tracking rows):
--   3: lead never converted, no tracking (only its 'created' message)
--      now: lead, stage 1, active true, probability 10, revenue 4200, 0 tracking rows
--   5: lead reassigned Alice -> David (user_id and team_id in one message), then email and phone corrected
--      now: lead, stage 1, active true, probability 10, revenue 7800, 4 tracking rows
--   8: web-form lead with no salesperson, no customer (partner_name only), no deadline, no revenue
--      (expected_revenue NULL up to 16, 0 from 17 where it defaults to 0.0); no tracking
--      now: lead, stage 1, active true, probability 5, revenue NULL, 0 tracking rows
--   9: lead lost without being converted (We don't have people/skills)
--      now: lead, stage 1, active false, probability 0, revenue 2500, 2 tracking rows
--  12: lead converted (type Lead -> Opportunity with partner), New -> Qualified -> Demo -> Proposition -> Won;
--      revenue raised; a sale.order message with res_id 12 exists too
--      now: opportunity, stage 4, active true, probability 100, revenue 21500, 7 tracking rows
--  14: lead converted, then New -> Qualified -> Proposition; open; deadline moved (untracked)
--      now: opportunity, stage 3, active true, probability 60, revenue 26000, 4 tracking rows
--  15: lead converted, lost at Qualified (Too expensive)
--      now: opportunity, stage 2, active false, probability 0, revenue 9600, 5 tracking rows
--  16: won by Chloé (archived user since); passed through the deleted stage 6 Negotiation
--      now: opportunity, stage 4, active true, probability 100, revenue 54000, 3 tracking rows
--  17: open opportunity still owned by the archived user Chloé
--      now: opportunity, stage 2, active true, probability 35, revenue 6400, 1 tracking rows
--  20: New -> Qualified -> Demo -> Proposition -> Won; old rows name stage 5 'Demo' (renamed 'Product Demo'
--      since); 17/18 also have a row for a custom field deleted since (field_id NULL, field_info set; 14/16
--      deleted such rows with the field)
--      now: opportunity, stage 4, active true, probability 100, revenue 31000, 4 tracking rows
--  21: New -> Proposition (skips Qualified) -> Negotiation (stage 6, deleted since) -> Won
--      now: opportunity, stage 4, active true, probability 100, revenue 22000, 3 tracking rows
--  22: lost at Qualified (Chose a competitor): active 1->0 and lost reason 0->4 in one message
--      now: opportunity, stage 2, active false, probability 0, revenue 15000, 3 tracking rows
--  23: lost at Proposition (Too expensive), RESTORED (active 0->1, reason 1->0), revenue lowered, then won
--      now: opportunity, stage 4, active true, probability 100, revenue 32000, 8 tracking rows
--  24: won straight from New (one stage row New -> Won), team Enterprise Accounts
--      now: opportunity, stage 4, active true, probability 100, revenue 87500, 1 tracking rows
--  25: archived duplicate, NOT lost: active 1->0 by a clean-up script with tracking on, no reason, probability
--      stays 20 (Odoo still picks the 'Opportunity Lost' subtype)
--      now: opportunity, stage 1, active false, probability 20, revenue 5000, 1 tracking rows
--  26: won, then archived months later (active 1->0, probability stays 100): archived but not lost
--      now: opportunity, stage 4, active false, probability 100, revenue 12800, 3 tracking rows
--  27: imported in Qualified (no creation message); first tracking row Qualified -> Proposition; won
--      now: opportunity, stage 4, active true, probability 100, revenue 19900, 2 tracking rows
--  28: imported in Proposition; Proposition -> Demo (before the rename), later Product Demo -> Proposition
--      (after it): stage 5 under both names; open
--      now: opportunity, stage 3, active true, probability 60, revenue 14300, 2 tracking rows
--  30: imported, tracking off: open in New, no messages
--      now: opportunity, stage 1, active true, probability 20, revenue 3100, 0 tracking rows
--  31: imported, tracking off: open in Proposition, no messages
--      now: opportunity, stage 3, active true, probability 60, revenue 8700, 0 tracking rows
--  32: imported, tracking off: already won (probability 100, date_closed = import time), no messages
--      now: opportunity, stage 4, active true, probability 100, revenue 11250, 0 tracking rows
--  33: imported, tracking off: already lost (archived, probability 0, Not enough stock), no messages
--      now: opportunity, stage 2, active false, probability 0, revenue 6000, 0 tracking rows
--  34: salesperson reassigned twice: Chloé (archived) -> Bruno -> Alice; Qualified -> Proposition
--      now: opportunity, stage 3, active true, probability 60, revenue 16500, 4 tracking rows
--  35: expected revenue changed three times (12000 -> 15000 -> 13500 -> 14250), once with a stage move;
--      recurring revenue 0 -> 500 (a tracking row from 16 on only)
--      now: opportunity, stage 2, active true, probability 35, revenue 14250, 5 tracking rows
--  36: stage moves backwards: New -> Qualified -> Proposition -> Qualified -> Proposition
--      now: opportunity, stage 3, active true, probability 60, revenue 28000, 4 tracking rows
--  37: two stage changes in the same second (New -> Qualified, Qualified -> Proposition at 2025-09-10
--      14:03:27): two messages with one date, ordered by id
--      now: opportunity, stage 3, active true, probability 60, revenue 9900, 2 tracking rows
--  38: INCONSISTENT: last tracked stage is Proposition (3) but stage_id is Product Demo (5), moved by a script
--      with tracking off on 2025-10-15 (date_last_stage_update says so)
--      now: opportunity, stage 5, active true, probability 50, revenue 17600, 2 tracking rows
--  40: team Enterprise Accounts' own stage 7 Security Review; moved by Lan, whose language is vi_VN:
--      old/new_value_char hold Vietnamese stage names ('Mới' -> 'Đủ điều kiện'; stage 7 has no vi_VN name) and
--      14/16 field_desc 'Giai đoạn'
--      now: opportunity, stage 3, active true, probability 60, revenue 36000, 3 tracking rows
--  41: EUR company: open in Qualified
--      now: opportunity, stage 2, active true, probability 35, revenue 48000, 1 tracking rows
--  42: EUR company: revenue 9500 -> 11200 (currency EUR), won
--      now: opportunity, stage 4, active true, probability 100, revenue 11200, 4 tracking rows
--  43: EUR company: lost at Qualified (Chose a competitor)
--      now: opportunity, stage 2, active false, probability 0, revenue 23000, 3 tracking rows
--  44: handed over to the other team: user Bruno -> Lan and team Sales -> Enterprise Accounts in one message;
--      then New -> Qualified by Lan (Vietnamese names)
--      now: opportunity, stage 2, active true, probability 35, revenue 64000, 3 tracking rows
--  45: lead whose company and contact names were corrected (partner_name, contact_name), then converted and
--      moved to Qualified
--      now: opportunity, stage 2, active true, probability 35, revenue 21000, 5 tracking rows
--  46: new opportunity with chatter only: a customer's email and a note, no tracking
--      now: opportunity, stage 1, active true, probability 20, revenue 8800, 0 tracking rows
--  47: won in 2026: New -> Qualified -> Proposition -> Won
--      now: opportunity, stage 4, active true, probability 100, revenue 13400, 3 tracking rows
--  48: lost at New in 2026 (Too expensive)
--      now: opportunity, stage 1, active false, probability 0, revenue 41000, 2 tracking rows
--  51: recent lead, no tracking
--      now: lead, stage 1, active true, probability 10, revenue 5500, 0 tracking rows
--  52: recent opportunity in Qualified
--      now: opportunity, stage 2, active true, probability 35, revenue 7300, 1 tracking rows
-- Missing ids (deleted leads): 1, 2, 4, 6, 7, 10, 11, 13, 18, 19, 29, 39, 49, 50.
--
-- Also: 'Opportunity Created' notifications (subtype 30, no tracking) for every lead not imported;
-- chatter notes and emails (message_type 'comment'/'email') on leads 8, 12, 14, 23, 46; tracking rows on
-- res.partner 15 and sale.order 12 and 20 (same res_id as leads 12 and 20: filter on model); one
-- message in the mail.channel model. Message ids start at 101 with gaps.
-- Tracking (14-16): mail_tracking_value.field references ir_model_fields (ON DELETE CASCADE),
-- field_desc is the label in the writer's language, monetary values in old/new_value_monetary.
-- Translatable names are jsonb: {"en_US": ..., "vi_VN": ...}.

SET client_min_messages = warning;
BEGIN;

CREATE TABLE res_currency (
    id SERIAL NOT NULL,
    name varchar NOT NULL,
    full_name varchar,
    symbol varchar NOT NULL,
    rounding numeric,
    decimal_places int4,
    active bool,
    position varchar,
    currency_unit_label jsonb,
    currency_subunit_label jsonb,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE res_currency IS 'Currency';
COMMENT ON COLUMN res_currency.name IS 'Currency';
COMMENT ON COLUMN res_currency.full_name IS 'Name';
COMMENT ON COLUMN res_currency.symbol IS 'Symbol';
COMMENT ON COLUMN res_currency.rounding IS 'Rounding Factor';
COMMENT ON COLUMN res_currency.decimal_places IS 'Decimal Places';
COMMENT ON COLUMN res_currency.active IS 'Active';
COMMENT ON COLUMN res_currency.position IS 'Symbol Position';
COMMENT ON COLUMN res_currency.currency_unit_label IS 'Currency Unit';
COMMENT ON COLUMN res_currency.currency_subunit_label IS 'Currency Subunit';

CREATE TABLE res_partner (
    id SERIAL NOT NULL,
    name varchar,
    display_name varchar,
    company_id int4,
    title int4,
    parent_id int4,
    ref varchar,
    lang varchar,
    tz varchar,
    user_id int4,
    vat varchar,
    website varchar,
    comment text,
    active bool,
    function varchar,
    type varchar,
    street varchar,
    street2 varchar,
    zip varchar,
    city varchar,
    state_id int4,
    country_id int4,
    email varchar,
    phone varchar,
    mobile varchar,
    is_company bool,
    industry_id int4,
    color int4,
    partner_share bool,
    commercial_partner_id int4,
    commercial_company_name varchar,
    company_name varchar,
    message_main_attachment_id int4,
    email_normalized varchar,
    message_bounce int4,
    phone_sanitized varchar,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE res_partner IS 'Contact';
COMMENT ON COLUMN res_partner.name IS 'Name';
COMMENT ON COLUMN res_partner.display_name IS 'Display Name';
COMMENT ON COLUMN res_partner.company_id IS 'Company';
COMMENT ON COLUMN res_partner.title IS 'Title';
COMMENT ON COLUMN res_partner.parent_id IS 'Related Company';
COMMENT ON COLUMN res_partner.ref IS 'Reference';
COMMENT ON COLUMN res_partner.lang IS 'Language';
COMMENT ON COLUMN res_partner.tz IS 'Timezone';
COMMENT ON COLUMN res_partner.user_id IS 'Salesperson';
COMMENT ON COLUMN res_partner.vat IS 'Tax ID';
COMMENT ON COLUMN res_partner.website IS 'Website Link';
COMMENT ON COLUMN res_partner.comment IS 'Notes';
COMMENT ON COLUMN res_partner.active IS 'Active';
COMMENT ON COLUMN res_partner.function IS 'Job Position';
COMMENT ON COLUMN res_partner.type IS 'Address Type';
COMMENT ON COLUMN res_partner.street IS 'Street';
COMMENT ON COLUMN res_partner.street2 IS 'Street2';
COMMENT ON COLUMN res_partner.zip IS 'Zip';
COMMENT ON COLUMN res_partner.city IS 'City';
COMMENT ON COLUMN res_partner.state_id IS 'State';
COMMENT ON COLUMN res_partner.country_id IS 'Country';
COMMENT ON COLUMN res_partner.email IS 'Email';
COMMENT ON COLUMN res_partner.phone IS 'Phone';
COMMENT ON COLUMN res_partner.mobile IS 'Mobile';
COMMENT ON COLUMN res_partner.is_company IS 'Is a Company';
COMMENT ON COLUMN res_partner.industry_id IS 'Industry';
COMMENT ON COLUMN res_partner.color IS 'Color Index';
COMMENT ON COLUMN res_partner.partner_share IS 'Share Partner';
COMMENT ON COLUMN res_partner.commercial_partner_id IS 'Commercial Entity';
COMMENT ON COLUMN res_partner.commercial_company_name IS 'Company Name Entity';
COMMENT ON COLUMN res_partner.company_name IS 'Company Name';
COMMENT ON COLUMN res_partner.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN res_partner.email_normalized IS 'Normalized Email';
COMMENT ON COLUMN res_partner.message_bounce IS 'Bounce';
COMMENT ON COLUMN res_partner.phone_sanitized IS 'Sanitized Number';

CREATE TABLE res_company (
    id SERIAL NOT NULL,
    name varchar NOT NULL,
    partner_id int4 NOT NULL,
    currency_id int4 NOT NULL,
    sequence int4,
    parent_id int4,
    email varchar,
    phone varchar,
    active bool,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE res_company IS 'Companies';
COMMENT ON COLUMN res_company.name IS 'Company Name';
COMMENT ON COLUMN res_company.partner_id IS 'Partner';
COMMENT ON COLUMN res_company.currency_id IS 'Currency';
COMMENT ON COLUMN res_company.sequence IS 'Sequence';
COMMENT ON COLUMN res_company.parent_id IS 'Parent Company';
COMMENT ON COLUMN res_company.email IS 'Email';
COMMENT ON COLUMN res_company.phone IS 'Phone';
COMMENT ON COLUMN res_company.active IS 'Active';

CREATE TABLE res_users (
    id SERIAL NOT NULL,
    active bool,
    login varchar NOT NULL,
    password varchar,
    partner_id int4 NOT NULL,
    company_id int4 NOT NULL,
    signature text,
    share bool,
    notification_type varchar NOT NULL,
    odoobot_state varchar,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE res_users IS 'User';
COMMENT ON COLUMN res_users.active IS 'Active';
COMMENT ON COLUMN res_users.login IS 'Login';
COMMENT ON COLUMN res_users.password IS 'Password';
COMMENT ON COLUMN res_users.partner_id IS 'Related Partner';
COMMENT ON COLUMN res_users.company_id IS 'Company';
COMMENT ON COLUMN res_users.signature IS 'Email Signature';
COMMENT ON COLUMN res_users.share IS 'Share User';
COMMENT ON COLUMN res_users.notification_type IS 'Notification';
COMMENT ON COLUMN res_users.odoobot_state IS 'OdooBot Status';

CREATE TABLE crm_team (
    id SERIAL NOT NULL,
    name jsonb NOT NULL,
    sequence int4,
    active bool,
    company_id int4,
    user_id int4,
    color int4,
    use_leads bool,
    use_opportunities bool,
    alias_id int4 NOT NULL,
    use_quotations bool,
    invoiced_target float8,
    assignment_optout bool,
    assignment_domain varchar,
    lead_properties_definition jsonb,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE crm_team IS 'Sales Team';
COMMENT ON COLUMN crm_team.name IS 'Sales Team';
COMMENT ON COLUMN crm_team.sequence IS 'Sequence';
COMMENT ON COLUMN crm_team.active IS 'Active';
COMMENT ON COLUMN crm_team.company_id IS 'Company';
COMMENT ON COLUMN crm_team.user_id IS 'Team Leader';
COMMENT ON COLUMN crm_team.color IS 'Color Index';
COMMENT ON COLUMN crm_team.use_leads IS 'Leads';
COMMENT ON COLUMN crm_team.use_opportunities IS 'Pipeline';
COMMENT ON COLUMN crm_team.alias_id IS 'Alias';
COMMENT ON COLUMN crm_team.use_quotations IS 'Quotations';
COMMENT ON COLUMN crm_team.invoiced_target IS 'Invoicing Target';
COMMENT ON COLUMN crm_team.assignment_optout IS 'Skip auto assignment';
COMMENT ON COLUMN crm_team.assignment_domain IS 'Assignment Domain';
COMMENT ON COLUMN crm_team.lead_properties_definition IS 'Lead Properties';

CREATE TABLE crm_stage (
    id SERIAL NOT NULL,
    name jsonb NOT NULL,
    sequence int4,
    is_won bool,
    requirements text,
    team_id int4,
    fold bool,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE crm_stage IS 'CRM Stages';
COMMENT ON COLUMN crm_stage.name IS 'Stage Name';
COMMENT ON COLUMN crm_stage.sequence IS 'Sequence';
COMMENT ON COLUMN crm_stage.is_won IS 'Is Won Stage?';
COMMENT ON COLUMN crm_stage.requirements IS 'Requirements';
COMMENT ON COLUMN crm_stage.team_id IS 'Sales Team';
COMMENT ON COLUMN crm_stage.fold IS 'Folded in Pipeline';

CREATE TABLE crm_lost_reason (
    id SERIAL NOT NULL,
    name jsonb NOT NULL,
    active bool,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE crm_lost_reason IS 'Opp. Lost Reason';
COMMENT ON COLUMN crm_lost_reason.name IS 'Description';
COMMENT ON COLUMN crm_lost_reason.active IS 'Active';

CREATE TABLE utm_source (
    id SERIAL NOT NULL,
    name varchar NOT NULL,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE utm_source IS 'UTM Source';
COMMENT ON COLUMN utm_source.name IS 'Source Name';

CREATE TABLE utm_medium (
    id SERIAL NOT NULL,
    name varchar NOT NULL,
    active bool,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE utm_medium IS 'UTM Medium';
COMMENT ON COLUMN utm_medium.name IS 'Medium Name';
COMMENT ON COLUMN utm_medium.active IS 'Active';

CREATE TABLE utm_campaign (
    id SERIAL NOT NULL,
    name varchar NOT NULL,
    title jsonb NOT NULL,
    user_id int4 NOT NULL,
    stage_id int4 NOT NULL,
    is_auto_campaign bool,
    color int4,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE utm_campaign IS 'UTM Campaign';
COMMENT ON COLUMN utm_campaign.name IS 'Campaign Identifier';
COMMENT ON COLUMN utm_campaign.title IS 'Campaign Name';
COMMENT ON COLUMN utm_campaign.user_id IS 'Responsible';
COMMENT ON COLUMN utm_campaign.stage_id IS 'Stage';
COMMENT ON COLUMN utm_campaign.is_auto_campaign IS 'Automatically Generated Campaign';
COMMENT ON COLUMN utm_campaign.color IS 'Color Index';

CREATE TABLE crm_lead (
    id SERIAL NOT NULL,
    campaign_id int4,
    source_id int4,
    medium_id int4,
    message_main_attachment_id int4,
    email_cc varchar,
    email_normalized varchar,
    message_bounce int4,
    phone_sanitized varchar,
    name varchar NOT NULL,
    user_id int4,
    team_id int4,
    lead_properties jsonb,
    company_id int4,
    referred varchar,
    description text,
    active bool,
    type varchar NOT NULL,
    priority varchar,
    stage_id int4,
    color int4,
    expected_revenue numeric,
    prorated_revenue numeric,
    recurring_revenue numeric,
    recurring_plan int4,
    recurring_revenue_monthly numeric,
    recurring_revenue_monthly_prorated numeric,
    date_closed timestamp,
    date_action_last timestamp,
    date_open timestamp,
    day_open float8,
    day_close float8,
    date_last_stage_update timestamp,
    date_conversion timestamp,
    date_deadline date,
    partner_id int4,
    contact_name varchar,
    partner_name varchar,
    function varchar,
    title int4,
    email_from varchar,
    phone varchar,
    mobile varchar,
    phone_state varchar,
    email_state varchar,
    website varchar,
    lang_id int4,
    street varchar,
    street2 varchar,
    zip varchar,
    city varchar,
    state_id int4,
    country_id int4,
    probability float8,
    automated_probability float8,
    lost_reason_id int4,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE crm_lead IS 'Lead/Opportunity';
COMMENT ON COLUMN crm_lead.campaign_id IS 'Campaign';
COMMENT ON COLUMN crm_lead.source_id IS 'Source';
COMMENT ON COLUMN crm_lead.medium_id IS 'Medium';
COMMENT ON COLUMN crm_lead.message_main_attachment_id IS 'Main Attachment';
COMMENT ON COLUMN crm_lead.email_cc IS 'Email cc';
COMMENT ON COLUMN crm_lead.email_normalized IS 'Normalized Email';
COMMENT ON COLUMN crm_lead.message_bounce IS 'Bounce';
COMMENT ON COLUMN crm_lead.phone_sanitized IS 'Sanitized Number';
COMMENT ON COLUMN crm_lead.name IS 'Opportunity';
COMMENT ON COLUMN crm_lead.user_id IS 'Salesperson';
COMMENT ON COLUMN crm_lead.team_id IS 'Sales Team';
COMMENT ON COLUMN crm_lead.lead_properties IS 'Properties';
COMMENT ON COLUMN crm_lead.company_id IS 'Company';
COMMENT ON COLUMN crm_lead.referred IS 'Referred By';
COMMENT ON COLUMN crm_lead.description IS 'Notes';
COMMENT ON COLUMN crm_lead.active IS 'Active';
COMMENT ON COLUMN crm_lead.type IS 'Type';
COMMENT ON COLUMN crm_lead.priority IS 'Priority';
COMMENT ON COLUMN crm_lead.stage_id IS 'Stage';
COMMENT ON COLUMN crm_lead.color IS 'Color Index';
COMMENT ON COLUMN crm_lead.expected_revenue IS 'Expected Revenue';
COMMENT ON COLUMN crm_lead.prorated_revenue IS 'Prorated Revenue';
COMMENT ON COLUMN crm_lead.recurring_revenue IS 'Recurring Revenues';
COMMENT ON COLUMN crm_lead.recurring_plan IS 'Recurring Plan';
COMMENT ON COLUMN crm_lead.recurring_revenue_monthly IS 'Expected MRR';
COMMENT ON COLUMN crm_lead.recurring_revenue_monthly_prorated IS 'Prorated MRR';
COMMENT ON COLUMN crm_lead.date_closed IS 'Closed Date';
COMMENT ON COLUMN crm_lead.date_action_last IS 'Last Action';
COMMENT ON COLUMN crm_lead.date_open IS 'Assignment Date';
COMMENT ON COLUMN crm_lead.day_open IS 'Days to Assign';
COMMENT ON COLUMN crm_lead.day_close IS 'Days to Close';
COMMENT ON COLUMN crm_lead.date_last_stage_update IS 'Last Stage Update';
COMMENT ON COLUMN crm_lead.date_conversion IS 'Conversion Date';
COMMENT ON COLUMN crm_lead.date_deadline IS 'Expected Closing';
COMMENT ON COLUMN crm_lead.partner_id IS 'Customer';
COMMENT ON COLUMN crm_lead.contact_name IS 'Contact Name';
COMMENT ON COLUMN crm_lead.partner_name IS 'Company Name';
COMMENT ON COLUMN crm_lead.function IS 'Job Position';
COMMENT ON COLUMN crm_lead.title IS 'Title';
COMMENT ON COLUMN crm_lead.email_from IS 'Email';
COMMENT ON COLUMN crm_lead.phone IS 'Phone';
COMMENT ON COLUMN crm_lead.mobile IS 'Mobile';
COMMENT ON COLUMN crm_lead.phone_state IS 'Phone Quality';
COMMENT ON COLUMN crm_lead.email_state IS 'Email Quality';
COMMENT ON COLUMN crm_lead.website IS 'Website';
COMMENT ON COLUMN crm_lead.lang_id IS 'Language';
COMMENT ON COLUMN crm_lead.street IS 'Street';
COMMENT ON COLUMN crm_lead.street2 IS 'Street2';
COMMENT ON COLUMN crm_lead.zip IS 'Zip';
COMMENT ON COLUMN crm_lead.city IS 'City';
COMMENT ON COLUMN crm_lead.state_id IS 'State';
COMMENT ON COLUMN crm_lead.country_id IS 'Country';
COMMENT ON COLUMN crm_lead.probability IS 'Probability';
COMMENT ON COLUMN crm_lead.automated_probability IS 'Automated Probability';
COMMENT ON COLUMN crm_lead.lost_reason_id IS 'Lost Reason';

CREATE TABLE ir_model (
    id SERIAL NOT NULL,
    name jsonb NOT NULL,
    model varchar NOT NULL,
    info text,
    state varchar,
    transient bool,
    is_mail_thread bool,
    is_mail_activity bool,
    is_mail_blacklist bool,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE ir_model IS 'Models';
COMMENT ON COLUMN ir_model.name IS 'Model Description';
COMMENT ON COLUMN ir_model.model IS 'Model';
COMMENT ON COLUMN ir_model.info IS 'Information';
COMMENT ON COLUMN ir_model.state IS 'Type';
COMMENT ON COLUMN ir_model.transient IS 'Transient Model';
COMMENT ON COLUMN ir_model.is_mail_thread IS 'Has Mail Thread';
COMMENT ON COLUMN ir_model.is_mail_activity IS 'Has Mail Activity';
COMMENT ON COLUMN ir_model.is_mail_blacklist IS 'Has Mail Blacklist';

CREATE TABLE ir_model_fields (
    id SERIAL NOT NULL,
    name varchar NOT NULL,
    complete_name varchar,
    model varchar NOT NULL,
    relation varchar,
    relation_field varchar,
    model_id int4 NOT NULL,
    field_description jsonb NOT NULL,
    help jsonb,
    ttype varchar NOT NULL,
    required bool,
    readonly bool,
    index bool,
    translate bool,
    state varchar NOT NULL,
    on_delete varchar,
    store bool,
    related varchar,
    compute text,
    depends varchar,
    currency_field varchar,
    tracking int4,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE ir_model_fields IS 'Fields';
COMMENT ON COLUMN ir_model_fields.name IS 'Field Name';
COMMENT ON COLUMN ir_model_fields.complete_name IS 'Complete Name';
COMMENT ON COLUMN ir_model_fields.model IS 'Model Name';
COMMENT ON COLUMN ir_model_fields.relation IS 'Related Model';
COMMENT ON COLUMN ir_model_fields.relation_field IS 'Relation Field';
COMMENT ON COLUMN ir_model_fields.model_id IS 'Model';
COMMENT ON COLUMN ir_model_fields.field_description IS 'Field Label';
COMMENT ON COLUMN ir_model_fields.help IS 'Field Help';
COMMENT ON COLUMN ir_model_fields.ttype IS 'Field Type';
COMMENT ON COLUMN ir_model_fields.required IS 'Required';
COMMENT ON COLUMN ir_model_fields.readonly IS 'Readonly';
COMMENT ON COLUMN ir_model_fields.index IS 'Indexed';
COMMENT ON COLUMN ir_model_fields.translate IS 'Translatable';
COMMENT ON COLUMN ir_model_fields.state IS 'Type';
COMMENT ON COLUMN ir_model_fields.on_delete IS 'On Delete';
COMMENT ON COLUMN ir_model_fields.store IS 'Stored';
COMMENT ON COLUMN ir_model_fields.related IS 'Related Field';
COMMENT ON COLUMN ir_model_fields.compute IS 'Compute';
COMMENT ON COLUMN ir_model_fields.depends IS 'Dependencies';
COMMENT ON COLUMN ir_model_fields.currency_field IS 'Currency field';
COMMENT ON COLUMN ir_model_fields.tracking IS 'Enable Ordered Tracking';

CREATE TABLE ir_module_module (
    id SERIAL NOT NULL,
    name varchar NOT NULL,
    shortdesc jsonb,
    author varchar,
    latest_version varchar,
    state varchar,
    application bool,
    auto_install bool,
    license varchar,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE ir_module_module IS 'Module';
COMMENT ON COLUMN ir_module_module.name IS 'Technical Name';
COMMENT ON COLUMN ir_module_module.shortdesc IS 'Module Name';
COMMENT ON COLUMN ir_module_module.author IS 'Author';
COMMENT ON COLUMN ir_module_module.latest_version IS 'Installed Version';
COMMENT ON COLUMN ir_module_module.state IS 'Status';
COMMENT ON COLUMN ir_module_module.application IS 'Application';
COMMENT ON COLUMN ir_module_module.auto_install IS 'Automatic Installation';
COMMENT ON COLUMN ir_module_module.license IS 'License';

CREATE TABLE mail_message_subtype (
    id SERIAL NOT NULL,
    name jsonb NOT NULL,
    description jsonb,
    internal bool,
    parent_id int4,
    relation_field varchar,
    res_model varchar,
    "default" bool,
    sequence int4,
    hidden bool,
    track_recipients bool,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE mail_message_subtype IS 'Message subtypes';
COMMENT ON COLUMN mail_message_subtype.name IS 'Message Type';
COMMENT ON COLUMN mail_message_subtype.description IS 'Description';
COMMENT ON COLUMN mail_message_subtype.internal IS 'Internal Only';
COMMENT ON COLUMN mail_message_subtype.parent_id IS 'Parent';
COMMENT ON COLUMN mail_message_subtype.relation_field IS 'Relation field';
COMMENT ON COLUMN mail_message_subtype.res_model IS 'Model';
COMMENT ON COLUMN mail_message_subtype."default" IS 'Default';
COMMENT ON COLUMN mail_message_subtype.sequence IS 'Sequence';
COMMENT ON COLUMN mail_message_subtype.hidden IS 'Hidden';
COMMENT ON COLUMN mail_message_subtype.track_recipients IS 'Track Recipients';

CREATE TABLE mail_message (
    id SERIAL NOT NULL,
    subject varchar,
    date timestamp,
    body text,
    parent_id int4,
    model varchar,
    res_id int4,
    record_name varchar,
    message_type varchar NOT NULL,
    subtype_id int4,
    mail_activity_type_id int4,
    is_internal bool,
    email_from varchar,
    author_id int4,
    author_guest_id int4,
    reply_to_force_new bool,
    email_layout_xmlid varchar,
    email_add_signature bool,
    reply_to varchar,
    mail_server_id int4,
    message_id varchar,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE mail_message IS 'Message';
COMMENT ON COLUMN mail_message.subject IS 'Subject';
COMMENT ON COLUMN mail_message.date IS 'Date';
COMMENT ON COLUMN mail_message.body IS 'Contents';
COMMENT ON COLUMN mail_message.parent_id IS 'Parent Message';
COMMENT ON COLUMN mail_message.model IS 'Related Document Model';
COMMENT ON COLUMN mail_message.res_id IS 'Related Document ID';
COMMENT ON COLUMN mail_message.record_name IS 'Message Record Name';
COMMENT ON COLUMN mail_message.message_type IS 'Type';
COMMENT ON COLUMN mail_message.subtype_id IS 'Subtype';
COMMENT ON COLUMN mail_message.mail_activity_type_id IS 'Mail Activity Type';
COMMENT ON COLUMN mail_message.is_internal IS 'Employee Only';
COMMENT ON COLUMN mail_message.email_from IS 'From';
COMMENT ON COLUMN mail_message.author_id IS 'Author';
COMMENT ON COLUMN mail_message.author_guest_id IS 'Guest';
COMMENT ON COLUMN mail_message.reply_to_force_new IS 'No threading for answers';
COMMENT ON COLUMN mail_message.email_layout_xmlid IS 'Layout';
COMMENT ON COLUMN mail_message.email_add_signature IS 'Email Add Signature';
COMMENT ON COLUMN mail_message.reply_to IS 'Reply-To';
COMMENT ON COLUMN mail_message.mail_server_id IS 'Outgoing mail server';
COMMENT ON COLUMN mail_message.message_id IS 'Message-Id';

CREATE TABLE mail_tracking_value (
    id SERIAL NOT NULL,
    field int4 NOT NULL,
    field_desc varchar NOT NULL,
    field_type varchar,
    old_value_integer int4,
    old_value_float float8,
    old_value_monetary float8,
    old_value_char varchar,
    old_value_text text,
    old_value_datetime timestamp,
    new_value_integer int4,
    new_value_float float8,
    new_value_monetary float8,
    new_value_char varchar,
    new_value_text text,
    new_value_datetime timestamp,
    currency_id int4,
    mail_message_id int4 NOT NULL,
    tracking_sequence int4,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE mail_tracking_value IS 'Mail Tracking Value';
COMMENT ON COLUMN mail_tracking_value.field IS 'Changed Field';
COMMENT ON COLUMN mail_tracking_value.field_desc IS 'Field Description';
COMMENT ON COLUMN mail_tracking_value.field_type IS 'Field Type';
COMMENT ON COLUMN mail_tracking_value.old_value_integer IS 'Old Value Integer';
COMMENT ON COLUMN mail_tracking_value.old_value_float IS 'Old Value Float';
COMMENT ON COLUMN mail_tracking_value.old_value_monetary IS 'Old Value Monetary';
COMMENT ON COLUMN mail_tracking_value.old_value_char IS 'Old Value Char';
COMMENT ON COLUMN mail_tracking_value.old_value_text IS 'Old Value Text';
COMMENT ON COLUMN mail_tracking_value.old_value_datetime IS 'Old Value DateTime';
COMMENT ON COLUMN mail_tracking_value.new_value_integer IS 'New Value Integer';
COMMENT ON COLUMN mail_tracking_value.new_value_float IS 'New Value Float';
COMMENT ON COLUMN mail_tracking_value.new_value_monetary IS 'New Value Monetary';
COMMENT ON COLUMN mail_tracking_value.new_value_char IS 'New Value Char';
COMMENT ON COLUMN mail_tracking_value.new_value_text IS 'New Value Text';
COMMENT ON COLUMN mail_tracking_value.new_value_datetime IS 'New Value DateTime';
COMMENT ON COLUMN mail_tracking_value.currency_id IS 'Currency';
COMMENT ON COLUMN mail_tracking_value.mail_message_id IS 'Message ID';
COMMENT ON COLUMN mail_tracking_value.tracking_sequence IS 'Tracking field sequence';

INSERT INTO res_currency (id, name, full_name, symbol, rounding, decimal_places, active, position, currency_unit_label, currency_subunit_label, create_uid, create_date, write_uid, write_date) VALUES
    (1, 'EUR', 'Euro', '€', '0.01', 2, true, 'after', '{"en_US": "Euros"}'::jsonb, '{"en_US": "Cents"}'::jsonb, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, 'USD', 'United States dollar', '$', '0.01', 2, true, 'before', '{"en_US": "Dollars"}'::jsonb, '{"en_US": "Cents"}'::jsonb, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (23, 'VND', 'Vietnamese đồng', '₫', '1.00', 0, false, 'after', '{"en_US": "Dong"}'::jsonb, '{"en_US": ""}'::jsonb, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00');

INSERT INTO res_partner (id, name, display_name, company_id, parent_id, lang, tz, active, type, email, is_company, color, partner_share, commercial_partner_id, commercial_company_name, email_normalized, message_bounce, create_uid, create_date, write_uid, write_date) VALUES
    (1, 'Northwind Traders Inc.', 'Northwind Traders Inc.', 1, NULL, 'en_US', 'America/New_York', true, 'contact', 'info@northwind.example', true, 0, true, 1, 'Northwind Traders Inc.', 'info@northwind.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, 'OdooBot', 'OdooBot', NULL, NULL, 'en_US', 'America/New_York', false, 'contact', 'odoobot@example.com', false, 0, false, 2, NULL, 'odoobot@example.com', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (3, 'Mitchell Admin', 'Mitchell Admin', 1, NULL, 'en_US', 'America/New_York', true, 'contact', 'admin@northwind.example', false, 0, false, 3, NULL, 'admin@northwind.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (7, 'Alice Martin', 'Alice Martin', 1, NULL, 'en_US', 'America/New_York', true, 'contact', 'alice.martin@northwind.example', false, 0, false, 7, NULL, 'alice.martin@northwind.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (8, 'Bruno Costa', 'Bruno Costa', 1, NULL, 'en_US', 'America/New_York', true, 'contact', 'bruno.costa@northwind.example', false, 0, false, 8, NULL, 'bruno.costa@northwind.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9, 'Chloé Dubois', 'Chloé Dubois', 1, NULL, 'fr_FR', 'America/New_York', false, 'contact', 'chloe.dubois@northwind.example', false, 0, false, 9, NULL, 'chloe.dubois@northwind.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (10, 'Nguyễn Thị Lan', 'Nguyễn Thị Lan', 1, NULL, 'vi_VN', 'America/New_York', true, 'contact', 'lan.nguyen@northwind.example', false, 0, false, 10, NULL, 'lan.nguyen@northwind.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (11, 'David Okafor', 'David Okafor', 1, NULL, 'en_US', 'America/New_York', true, 'contact', 'david.okafor@northwind.example', false, 0, false, 11, NULL, 'david.okafor@northwind.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (12, 'Northwind Europe GmbH', 'Northwind Europe GmbH', 2, NULL, 'de_DE', 'Europe/Brussels', true, 'contact', 'info@northwind-europe.example', true, 0, true, 12, 'Northwind Europe GmbH', 'info@northwind-europe.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (14, 'Gemini Furniture', 'Gemini Furniture', NULL, NULL, 'en_US', 'America/New_York', true, 'contact', 'info@geminifurniture.example', true, 0, true, 14, 'Gemini Furniture', 'info@geminifurniture.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (15, 'Edwin Hansen', 'Gemini Furniture, Edwin Hansen', NULL, 14, 'en_US', 'America/New_York', true, 'contact', 'edwin.hansen@geminifurniture.example', false, 0, true, 14, 'Gemini Furniture', 'edwin.hansen@geminifurniture.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (16, 'Ready Mat', 'Ready Mat', NULL, NULL, 'en_US', 'America/New_York', true, 'contact', 'purchasing@readymat.example', true, 0, true, 16, 'Ready Mat', 'purchasing@readymat.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (17, 'Deco Addict', 'Deco Addict', NULL, NULL, 'en_US', 'America/New_York', true, 'contact', 'hello@decoaddict.example', true, 0, true, 17, 'Deco Addict', 'hello@decoaddict.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (18, 'Azure Interior', 'Azure Interior', NULL, NULL, 'en_US', 'America/New_York', true, 'contact', 'contact@azureinterior.example', true, 0, true, 18, 'Azure Interior', 'contact@azureinterior.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (19, 'Lumber Inc', 'Lumber Inc', NULL, NULL, 'en_US', 'America/New_York', true, 'contact', 'sales@lumberinc.example', true, 0, true, 19, 'Lumber Inc', 'sales@lumberinc.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (20, 'Wood Corner', 'Wood Corner', NULL, NULL, 'en_US', 'America/New_York', true, 'contact', 'orders@woodcorner.example', true, 0, true, 20, 'Wood Corner', 'orders@woodcorner.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (21, 'The Jackson Group', 'The Jackson Group', NULL, NULL, 'en_US', 'America/New_York', true, 'contact', 'office@jacksongroup.example', true, 0, true, 21, 'The Jackson Group', 'office@jacksongroup.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (22, 'Brandon Freeman', 'Azure Interior, Brandon Freeman', NULL, 18, 'en_US', 'America/New_York', true, 'contact', 'brandon.freeman@azureinterior.example', false, 0, true, 18, 'Azure Interior', 'brandon.freeman@azureinterior.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (23, 'Hollow Oak Studios', 'Hollow Oak Studios', NULL, NULL, 'en_US', 'America/New_York', true, 'contact', 'studio@hollowoak.example', true, 0, true, 23, 'Hollow Oak Studios', 'studio@hollowoak.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (24, 'Saigon Coffee Roasters', 'Saigon Coffee Roasters', NULL, NULL, 'vi_VN', 'America/New_York', true, 'contact', 'lienhe@saigoncoffee.example', true, 0, true, 24, 'Saigon Coffee Roasters', 'lienhe@saigoncoffee.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (25, 'Trần Minh Quân', 'Saigon Coffee Roasters, Trần Minh Quân', NULL, 24, 'vi_VN', 'America/New_York', true, 'contact', 'quan.tran@saigoncoffee.example', false, 0, true, 24, 'Saigon Coffee Roasters', 'quan.tran@saigoncoffee.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (26, 'Müller Maschinenbau GmbH', 'Müller Maschinenbau GmbH', 2, NULL, 'de_DE', 'Europe/Brussels', true, 'contact', 'vertrieb@mueller-mb.example', true, 0, true, 26, 'Müller Maschinenbau GmbH', 'vertrieb@mueller-mb.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (27, 'Bistro Lyonnais SARL', 'Bistro Lyonnais SARL', 2, NULL, 'fr_FR', 'Europe/Brussels', true, 'contact', 'contact@bistro-lyonnais.example', true, 0, true, 27, 'Bistro Lyonnais SARL', 'contact@bistro-lyonnais.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (28, 'Nordlicht Logistik AG', 'Nordlicht Logistik AG', 2, NULL, 'de_DE', 'Europe/Brussels', true, 'contact', 'einkauf@nordlicht.example', true, 0, true, 28, 'Nordlicht Logistik AG', 'einkauf@nordlicht.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (31, 'Kestrel Aerospace', 'Kestrel Aerospace', NULL, NULL, 'en_US', 'America/New_York', true, 'contact', 'procurement@kestrel-aero.example', true, 0, true, 31, 'Kestrel Aerospace', 'procurement@kestrel-aero.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (32, 'Blue Ridge Outfitters', 'Blue Ridge Outfitters', NULL, NULL, 'en_US', 'America/New_York', true, 'contact', 'buyers@blueridge.example', true, 0, true, 32, 'Blue Ridge Outfitters', 'buyers@blueridge.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (33, 'Atlas Freight Co.', 'Atlas Freight Co.', NULL, NULL, 'en_US', 'America/New_York', true, 'contact', 'ops@atlasfreight.example', true, 0, true, 33, 'Atlas Freight Co.', 'ops@atlasfreight.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (34, 'Jordan Whitaker', 'Kestrel Aerospace, Jordan Whitaker', NULL, 31, 'en_US', 'America/New_York', true, 'contact', 'jordan.whitaker@kestrel-aero.example', false, 0, true, 31, 'Kestrel Aerospace', 'jordan.whitaker@kestrel-aero.example', 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00');

INSERT INTO res_company (id, name, partner_id, currency_id, sequence, active, create_uid, create_date, write_uid, write_date) VALUES
    (1, 'Northwind Traders Inc.', 1, 2, 10, true, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, 'Northwind Europe GmbH', 12, 1, 20, true, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00');

INSERT INTO res_users (id, active, login, partner_id, company_id, share, notification_type, odoobot_state, create_uid, create_date, write_uid, write_date) VALUES
    (1, false, '__system__', 2, 1, false, 'email', 'disabled', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, true, 'admin', 3, 1, false, 'inbox', 'onboarding_emoji', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (6, true, 'alice', 7, 1, false, 'inbox', 'disabled', 1, '2025-01-03 09:00:00', 1, '2025-01-03 09:00:00'),
    (7, true, 'bruno', 8, 1, false, 'inbox', 'disabled', 1, '2025-01-03 09:00:00', 1, '2025-01-03 09:00:00'),
    (8, false, 'chloe', 9, 1, false, 'email', 'disabled', 1, '2025-01-03 09:00:00', 1, '2025-08-29 18:00:00'),
    (9, true, 'lan', 10, 1, false, 'inbox', 'disabled', 1, '2025-01-03 09:00:00', 1, '2025-01-03 09:00:00'),
    (10, true, 'david', 11, 1, false, 'inbox', 'disabled', 1, '2025-01-03 09:00:00', 1, '2025-01-03 09:00:00');

INSERT INTO crm_team (id, name, sequence, active, company_id, user_id, color, use_leads, use_opportunities, alias_id, use_quotations, invoiced_target, assignment_optout, lead_properties_definition, create_uid, create_date, write_uid, write_date) VALUES
    (1, '{"en_US": "Sales", "vi_VN": "Bán hàng"}'::jsonb, 10, true, NULL, 2, 1, true, true, 1, true, 0.0, false, '[]'::jsonb, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, '{"en_US": "Enterprise Accounts", "vi_VN": "Khách hàng doanh nghiệp"}'::jsonb, 20, true, 1, 10, 2, false, true, 2, true, 0.0, false, '[{"name": "budget_owner", "string": "Budget owner", "type": "char"}]'::jsonb, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00');

INSERT INTO crm_stage (id, name, sequence, is_won, requirements, team_id, fold, create_uid, create_date, write_uid, write_date) VALUES
    (1, '{"en_US": "New", "vi_VN": "Mới"}'::jsonb, 1, false, NULL, NULL, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, '{"en_US": "Qualified", "fr_FR": "Qualifié", "vi_VN": "Đủ điều kiện"}'::jsonb, 2, false, 'Budget, authority, need and timing confirmed', NULL, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (3, '{"en_US": "Proposition", "vi_VN": "Đề xuất"}'::jsonb, 3, false, 'Quotation sent', NULL, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (4, '{"en_US": "Won", "vi_VN": "Thắng"}'::jsonb, 70, true, NULL, NULL, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (5, '{"en_US": "Product Demo", "vi_VN": "Trình diễn sản phẩm"}'::jsonb, 3, false, 'Demo booked', NULL, false, 1, '2025-02-01 10:00:00', 1, '2025-10-01 09:00:00'),
    (7, '{"en_US": "Security Review"}'::jsonb, 5, false, 'Customer''s security questionnaire answered', 2, false, 1, '2025-06-01 10:00:00', 1, '2025-06-01 10:00:00');

INSERT INTO crm_lost_reason (id, name, active, create_uid, create_date, write_uid, write_date) VALUES
    (1, '{"en_US": "Too expensive", "vi_VN": "Quá đắt"}'::jsonb, true, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, '{"en_US": "We don''t have people/skills", "vi_VN": "Chúng tôi không có người/kỹ năng"}'::jsonb, true, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (3, '{"en_US": "Not enough stock", "vi_VN": "Không đủ hàng"}'::jsonb, true, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (4, '{"en_US": "Chose a competitor"}'::jsonb, true, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00');

INSERT INTO utm_source (id, name, create_uid, create_date, write_uid, write_date) VALUES
    (1, 'Search engine', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, 'Lead Recall', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (3, 'Newsletter', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (4, 'Facebook', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (6, 'LinkedIn', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00');

INSERT INTO utm_medium (id, name, active, create_uid, create_date, write_uid, write_date) VALUES
    (1, 'Website', true, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, 'Phone', true, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (3, 'Direct', true, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (4, 'Email', true, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00');

INSERT INTO utm_campaign (id, name, title, user_id, stage_id, is_auto_campaign, color, create_uid, create_date, write_uid, write_date) VALUES
    (1, 'Sale', '{"en_US": "Sale"}'::jsonb, 2, 1, false, 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, 'Christmas Special', '{"en_US": "Christmas Special"}'::jsonb, 2, 1, false, 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (3, 'Spring Webinar 2025', '{"en_US": "Spring Webinar 2025"}'::jsonb, 2, 1, false, 0, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00');

INSERT INTO crm_lead (id, campaign_id, source_id, medium_id, email_normalized, message_bounce, phone_sanitized, name, user_id, team_id, lead_properties, company_id, referred, description, active, type, priority, stage_id, color, expected_revenue, prorated_revenue, recurring_revenue, recurring_revenue_monthly, recurring_revenue_monthly_prorated, date_closed, date_action_last, date_open, day_open, day_close, date_last_stage_update, date_conversion, date_deadline, partner_id, contact_name, partner_name, function, email_from, phone, phone_state, email_state, lang_id, city, country_id, probability, automated_probability, lost_reason_id, create_uid, create_date, write_uid, write_date) VALUES
    (3, NULL, 1, 1, 'megan.hale@blueridge.example', 0, NULL, 'Bulk pricing request', 6, 1, NULL, 1, NULL, '<p>Needs a site visit first.</p>', true, 'lead', '0', 1, 0, 4200, 420.0, NULL, NULL, NULL, NULL, NULL, '2025-11-03 08:14:22', 0, NULL, '2025-11-03 08:14:22', NULL, '2026-01-15', NULL, 'Megan Hale', 'Blue Ridge Outfitters', NULL, 'megan.hale@blueridge.example', NULL, NULL, 'correct', 1, NULL, 233, 10.0, 10.0, NULL, 6, '2025-11-03 08:14:22', 6, '2025-11-03 08:14:22'),
    (5, NULL, 3, NULL, 'jpark@pinecrestdental.example', 0, '+15035550142', 'Pinecrest Dental: practice management suite', 10, 2, NULL, 1, NULL, NULL, true, 'lead', '0', 1, 0, 7800, 780.0, NULL, NULL, NULL, NULL, NULL, '2025-06-12 13:40:05', 0, NULL, '2025-06-12 13:40:05', NULL, NULL, NULL, 'Jae Park', 'Pinecrest Dental', NULL, 'jpark@pinecrestdental.example', '+1 503 555 0142', 'correct', 'correct', 1, NULL, 233, 10.0, 10.0, NULL, 6, '2025-06-12 13:40:05', 10, '2025-06-25 16:45:00'),
    (8, NULL, 1, 1, 'ralder@harborfinch.example', 0, NULL, 'Harbor & Finch: contact form', NULL, 1, NULL, 1, NULL, NULL, true, 'lead', '0', 1, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-02-17 22:31:48', NULL, NULL, NULL, 'Ruth Alder', 'Harbor & Finch LLP', NULL, 'ralder@harborfinch.example', NULL, NULL, 'correct', 1, NULL, 233, 5.0, 5.0, NULL, 2, '2026-02-17 22:31:48', 2, '2026-02-17 22:31:48'),
    (9, NULL, NULL, NULL, 'omar@atlasfreight.example', 0, NULL, 'Office fit-out enquiry', 7, 1, NULL, 1, NULL, '<p>Needs a site visit first.</p>', false, 'lead', '0', 1, 0, 2500, 0.0, NULL, NULL, NULL, '2025-04-28 11:15:42', NULL, '2025-04-07 10:20:00', 0, 21, '2025-04-07 10:20:00', NULL, NULL, NULL, 'Omar Reyes', 'Atlas Freight Co.', NULL, 'omar@atlasfreight.example', NULL, NULL, 'correct', 1, NULL, 233, 0.0, 0.0, 2, 7, '2025-04-07 10:20:00', 7, '2025-04-28 11:15:42'),
    (12, 1, 2, NULL, 'edwin.hansen@geminifurniture.example', 0, NULL, 'Gemini Furniture: 40 workstations', 6, 1, NULL, 1, NULL, '<p>Needs a site visit first.</p>', true, 'opportunity', '0', 4, 0, 21500, 21500.0, NULL, NULL, NULL, '2025-05-15 17:20:44', NULL, '2025-03-10 09:12:00', 0, 66, '2025-05-15 17:20:44', '2025-03-20 10:05:31', '2025-05-31', 15, 'Edwin Hansen', 'Gemini Furniture', 'Purchasing Manager', 'edwin.hansen@geminifurniture.example', NULL, NULL, 'correct', 1, NULL, 233, 100.0, 100.0, NULL, 6, '2025-03-10 09:12:00', 6, '2025-05-15 17:20:44'),
    (14, NULL, NULL, NULL, 'purchasing@readymat.example', 0, NULL, 'Ready Mat: warehouse racking', 7, 1, NULL, 1, NULL, NULL, true, 'opportunity', '0', 3, 0, 26000, 15600.0, NULL, NULL, NULL, NULL, NULL, '2025-05-02 11:00:00', 0, NULL, '2025-07-01 16:02:48', '2025-05-09 09:41:26', '2025-11-30', 16, 'Sofia Lind', 'Ready Mat', NULL, 'purchasing@readymat.example', NULL, NULL, 'correct', 1, NULL, 233, 60.0, 60.0, NULL, 7, '2025-05-02 11:00:00', 7, '2025-08-28 09:00:00'),
    (15, NULL, NULL, NULL, 'sales@lumberinc.example', 0, NULL, 'Lumber Inc: showroom lighting', 6, 1, NULL, 1, NULL, '<p>Needs a site visit first.</p>', false, 'opportunity', '0', 2, 0, 9600, 0.0, NULL, NULL, NULL, '2025-07-08 15:27:36', NULL, '2025-05-14 08:30:00', 0, 55, '2025-06-03 10:45:00', '2025-05-21 13:13:13', NULL, 19, 'Grace Holt', 'Lumber Inc', NULL, 'sales@lumberinc.example', NULL, NULL, 'correct', 1, NULL, 233, 0.0, 0.0, 1, 6, '2025-05-14 08:30:00', 6, '2025-07-08 15:27:36'),
    (16, NULL, NULL, NULL, 'office@jacksongroup.example', 0, NULL, 'The Jackson Group: annual service contract', 8, 1, NULL, 1, NULL, NULL, true, 'opportunity', '0', 4, 0, 54000, 54000.0, NULL, NULL, NULL, '2025-06-30 18:05:09', NULL, '2025-02-03 09:30:00', 0, 147, '2025-06-30 18:05:09', NULL, '2025-06-30', 21, NULL, 'The Jackson Group', NULL, 'office@jacksongroup.example', NULL, NULL, 'correct', 1, NULL, 233, 100.0, 100.0, NULL, 8, '2025-02-03 09:30:00', 8, '2025-06-30 18:05:09'),
    (17, NULL, NULL, NULL, 'orders@woodcorner.example', 0, NULL, 'Wood Corner: reception desks', 8, 1, NULL, 1, NULL, NULL, true, 'opportunity', '0', 2, 0, 6400, 2240.0, NULL, NULL, NULL, NULL, NULL, '2025-04-22 10:11:12', 0, NULL, '2025-05-12 09:59:59', NULL, NULL, 20, NULL, 'Wood Corner', NULL, 'orders@woodcorner.example', NULL, NULL, 'correct', 1, NULL, 233, 35.0, 35.0, NULL, 8, '2025-04-22 10:11:12', 8, '2025-05-12 09:59:59'),
    (20, NULL, NULL, NULL, 'brandon.freeman@azureinterior.example', 0, NULL, 'Azure Interior: meeting rooms', 6, 1, NULL, 1, NULL, NULL, true, 'opportunity', '0', 4, 0, 31000, 31000.0, NULL, NULL, NULL, '2025-04-18 12:00:00', NULL, '2025-02-10 10:00:00', 0, 67, '2025-04-18 12:00:00', NULL, '2025-04-30', 22, 'Brandon Freeman', 'Azure Interior', 'Purchasing Manager', 'brandon.freeman@azureinterior.example', NULL, NULL, 'correct', 1, NULL, 233, 100.0, 100.0, NULL, 6, '2025-02-10 10:00:00', 6, '2025-04-18 12:00:00'),
    (21, NULL, NULL, NULL, 'office@jacksongroup.example', 0, NULL, 'Jackson Group: fleet tracking', 7, 1, NULL, 1, NULL, '<p>Needs a site visit first.</p>', true, 'opportunity', '0', 4, 0, 22000, 22000.0, NULL, NULL, NULL, '2025-05-02 10:20:00', NULL, '2025-03-03 08:00:00', 0, 60, '2025-05-02 10:20:00', NULL, NULL, 21, NULL, 'The Jackson Group', NULL, 'office@jacksongroup.example', NULL, NULL, 'correct', 1, NULL, 233, 100.0, 100.0, NULL, 7, '2025-03-03 08:00:00', 7, '2025-05-02 10:20:00'),
    (22, NULL, NULL, NULL, 'hello@decoaddict.example', 0, NULL, 'Deco Addict: store refurbishment', 6, 1, NULL, 1, NULL, NULL, false, 'opportunity', '0', 2, 0, 15000, 0.0, NULL, NULL, NULL, '2025-05-06 17:55:21', NULL, '2025-04-01 14:00:00', 0, 35, '2025-04-11 09:30:00', NULL, NULL, 17, NULL, 'Deco Addict', NULL, 'hello@decoaddict.example', NULL, NULL, 'correct', 1, NULL, 233, 0.0, 0.0, 4, 6, '2025-04-01 14:00:00', 6, '2025-05-06 17:55:21'),
    (23, NULL, NULL, NULL, 'sales@lumberinc.example', 0, NULL, 'Lumber Inc: sawmill sensors', 7, 1, NULL, 1, NULL, NULL, true, 'opportunity', '0', 4, 0, 32000, 32000.0, NULL, NULL, NULL, '2025-09-26 16:00:00', NULL, '2025-04-14 10:00:00', 0, 165, '2025-09-26 16:00:00', NULL, NULL, 19, NULL, 'Lumber Inc', NULL, 'sales@lumberinc.example', NULL, NULL, 'correct', 1, NULL, 233, 100.0, 100.0, NULL, 7, '2025-04-14 10:00:00', 7, '2025-09-26 16:00:00'),
    (24, NULL, NULL, NULL, 'procurement@kestrel-aero.example', 0, NULL, 'Kestrel Aerospace: hangar access control', 10, 2, '{"budget_owner": "Finance"}'::jsonb, 1, NULL, '<p>Needs a site visit first.</p>', true, 'opportunity', '0', 4, 0, 87500, 87500.0, NULL, NULL, NULL, '2025-07-21 11:30:00', NULL, '2025-07-07 09:00:00', 0, 14, '2025-07-21 11:30:00', NULL, NULL, 31, NULL, 'Kestrel Aerospace', NULL, 'procurement@kestrel-aero.example', NULL, NULL, 'correct', 1, NULL, 233, 100.0, 100.0, NULL, 10, '2025-07-07 09:00:00', 10, '2025-07-21 11:30:00'),
    (25, NULL, NULL, NULL, 'orders@woodcorner.example', 0, NULL, 'Wood Corner: reception desks (duplicate)', 6, 1, NULL, 1, NULL, NULL, false, 'opportunity', '0', 1, 0, 5000, 1000.0, NULL, NULL, NULL, '2025-08-05 07:00:00', NULL, '2025-08-04 10:00:00', 0, 0, '2025-08-04 10:00:00', NULL, NULL, 20, NULL, 'Wood Corner', NULL, 'orders@woodcorner.example', NULL, NULL, 'correct', 1, NULL, 233, 20.0, 20.0, NULL, 6, '2025-08-04 10:00:00', 2, '2025-08-05 07:00:00'),
    (26, NULL, NULL, NULL, 'orders@woodcorner.example', 0, NULL, 'Wood Corner: lobby furniture', 7, 1, NULL, 1, NULL, NULL, false, 'opportunity', '0', 4, 0, 12800, 12800.0, NULL, NULL, NULL, '2025-11-20 08:30:00', NULL, '2025-03-18 13:00:00', 0, 246, '2025-04-30 15:00:00', NULL, NULL, 20, NULL, 'Wood Corner', NULL, 'orders@woodcorner.example', NULL, NULL, 'correct', 1, NULL, 233, 100.0, 100.0, NULL, 7, '2025-03-18 13:00:00', 2, '2025-11-20 08:30:00'),
    (27, NULL, NULL, NULL, 'studio@hollowoak.example', 0, NULL, 'Hollow Oak Studios: sound booths', 7, 1, NULL, 1, NULL, '<p>Needs a site visit first.</p>', true, 'opportunity', '0', 4, 0, 19900, 19900.0, NULL, NULL, NULL, '2025-03-25 11:00:00', NULL, '2025-01-08 09:00:00', 0, 76, '2025-03-25 11:00:00', NULL, NULL, 23, NULL, 'Hollow Oak Studios', NULL, 'studio@hollowoak.example', NULL, NULL, 'correct', 1, NULL, 233, 100.0, 100.0, NULL, 2, '2025-01-08 09:00:00', 7, '2025-03-25 11:00:00'),
    (28, NULL, NULL, NULL, 'buyers@blueridge.example', 0, NULL, 'Blue Ridge Outfitters: POS terminals', 6, 1, NULL, 1, NULL, NULL, true, 'opportunity', '0', 3, 0, 14300, 8580.0, NULL, NULL, NULL, NULL, NULL, '2025-01-15 09:00:00', 0, NULL, '2025-11-04 11:30:00', NULL, NULL, 32, NULL, 'Blue Ridge Outfitters', NULL, 'buyers@blueridge.example', NULL, NULL, 'correct', 1, NULL, 233, 60.0, 60.0, NULL, 2, '2025-01-15 09:00:00', 6, '2025-11-04 11:30:00'),
    (30, NULL, NULL, NULL, 'purchasing@readymat.example', 0, NULL, 'Ready Mat: spare parts', 7, 1, NULL, 1, NULL, '<p>Needs a site visit first.</p>', true, 'opportunity', '0', 1, 0, 3100, 620.0, NULL, NULL, NULL, NULL, NULL, '2025-01-06 10:00:00', 0, NULL, '2025-01-06 10:00:00', NULL, NULL, 16, NULL, 'Ready Mat', NULL, 'purchasing@readymat.example', NULL, NULL, 'correct', 1, NULL, 233, 20.0, 20.0, NULL, 2, '2025-01-06 10:00:00', 2, '2025-01-06 10:00:00'),
    (31, NULL, NULL, NULL, 'hello@decoaddict.example', 0, NULL, 'Deco Addict: signage', 6, 1, NULL, 1, NULL, NULL, true, 'opportunity', '0', 3, 0, 8700, 5220.0, NULL, NULL, NULL, NULL, NULL, '2025-01-06 10:00:01', 0, NULL, '2025-01-06 10:00:01', NULL, NULL, 17, NULL, 'Deco Addict', NULL, 'hello@decoaddict.example', NULL, NULL, 'correct', 1, NULL, 233, 60.0, 60.0, NULL, 2, '2025-01-06 10:00:01', 2, '2025-01-06 10:00:01'),
    (32, NULL, NULL, NULL, 'contact@azureinterior.example', 0, NULL, 'Azure Interior: acoustic panels', 6, 1, NULL, 1, NULL, NULL, true, 'opportunity', '0', 4, 0, 11250, 11250.0, NULL, NULL, NULL, '2025-01-06 10:00:02', NULL, '2025-01-06 10:00:02', 0, 0, '2025-01-06 10:00:02', NULL, NULL, 18, NULL, 'Azure Interior', NULL, 'contact@azureinterior.example', NULL, NULL, 'correct', 1, NULL, 233, 100.0, 100.0, NULL, 2, '2025-01-06 10:00:02', 2, '2025-01-06 10:00:02'),
    (33, NULL, NULL, NULL, 'info@geminifurniture.example', 0, NULL, 'Gemini Furniture: outdoor seating', 7, 1, NULL, 1, NULL, '<p>Needs a site visit first.</p>', false, 'opportunity', '0', 2, 0, 6000, 0.0, NULL, NULL, NULL, '2025-01-06 10:00:03', NULL, '2025-01-06 10:00:03', 0, 0, '2025-01-06 10:00:03', NULL, NULL, 14, NULL, 'Gemini Furniture', NULL, 'info@geminifurniture.example', NULL, NULL, 'correct', 1, NULL, 233, 0.0, 0.0, 3, 2, '2025-01-06 10:00:03', 2, '2025-01-06 10:00:03'),
    (34, NULL, NULL, NULL, 'office@jacksongroup.example', 0, NULL, 'Jackson Group: onboarding workshops', 6, 1, NULL, 1, NULL, NULL, true, 'opportunity', '0', 3, 0, 16500, 9900.0, NULL, NULL, NULL, NULL, NULL, '2025-02-05 15:00:00', 0, NULL, '2025-10-20 14:00:00', NULL, NULL, 21, NULL, 'The Jackson Group', NULL, 'office@jacksongroup.example', NULL, NULL, 'correct', 1, NULL, 233, 60.0, 60.0, NULL, 8, '2025-02-05 15:00:00', 6, '2025-10-20 14:00:00'),
    (35, NULL, NULL, NULL, 'studio@hollowoak.example', 0, NULL, 'Hollow Oak Studios: editing suites', 6, 1, NULL, 1, NULL, NULL, true, 'opportunity', '0', 2, 0, 14250, 4987.5, 500, NULL, NULL, NULL, NULL, '2025-06-02 10:00:00', 0, NULL, '2025-07-02 15:30:00', NULL, NULL, 23, NULL, 'Hollow Oak Studios', NULL, 'studio@hollowoak.example', NULL, NULL, 'correct', 1, NULL, 233, 35.0, 35.0, NULL, 6, '2025-06-02 10:00:00', 6, '2025-08-12 10:00:00'),
    (36, NULL, NULL, NULL, 'ops@atlasfreight.example', 0, NULL, 'Atlas Freight Co.: route planning', 7, 1, NULL, 1, NULL, '<p>Needs a site visit first.</p>', true, 'opportunity', '0', 3, 0, 28000, 16800.0, NULL, NULL, NULL, NULL, NULL, '2025-05-19 09:00:00', 0, NULL, '2025-08-21 13:00:00', NULL, NULL, 33, NULL, 'Atlas Freight Co.', NULL, 'ops@atlasfreight.example', NULL, NULL, 'correct', 1, NULL, 233, 60.0, 60.0, NULL, 7, '2025-05-19 09:00:00', 7, '2025-08-21 13:00:00'),
    (37, NULL, NULL, NULL, 'buyers@blueridge.example', 0, NULL, 'Blue Ridge Outfitters: e-commerce', 6, 1, NULL, 1, NULL, NULL, true, 'opportunity', '0', 3, 0, 9900, 5940.0, NULL, NULL, NULL, NULL, NULL, '2025-09-01 09:00:00', 0, NULL, '2025-09-10 14:03:27', NULL, NULL, 32, NULL, 'Blue Ridge Outfitters', NULL, 'buyers@blueridge.example', NULL, NULL, 'correct', 1, NULL, 233, 60.0, 60.0, NULL, 6, '2025-09-01 09:00:00', 6, '2025-09-10 14:03:27'),
    (38, NULL, NULL, NULL, 'contact@azureinterior.example', 0, NULL, 'Azure Interior: hot-desking', 10, 2, '{"budget_owner": "Finance"}'::jsonb, 1, NULL, NULL, true, 'opportunity', '0', 5, 0, 17600, 8800.0, NULL, NULL, NULL, NULL, NULL, '2025-03-24 09:00:00', 0, NULL, '2025-10-15 03:00:00', NULL, NULL, 18, NULL, 'Azure Interior', NULL, 'contact@azureinterior.example', NULL, NULL, 'correct', 1, NULL, 233, 50.0, 50.0, NULL, 10, '2025-03-24 09:00:00', 2, '2025-10-15 03:00:00'),
    (40, NULL, NULL, NULL, 'quan.tran@saigoncoffee.example', 0, NULL, 'Saigon Coffee Roasters: roastery ERP', 9, 2, '{"budget_owner": "Finance"}'::jsonb, 1, NULL, NULL, true, 'opportunity', '0', 3, 0, 36000, 21600.0, NULL, NULL, NULL, NULL, NULL, '2025-10-02 08:00:00', 0, NULL, '2025-12-03 14:00:00', NULL, NULL, 25, 'Trần Minh Quân', 'Saigon Coffee Roasters', 'Purchasing Manager', 'quan.tran@saigoncoffee.example', NULL, NULL, 'correct', 1, NULL, 233, 60.0, 60.0, NULL, 9, '2025-10-02 08:00:00', 9, '2025-12-03 14:00:00'),
    (41, NULL, NULL, NULL, 'vertrieb@mueller-mb.example', 0, NULL, 'Müller Maschinenbau: service portal', 10, 1, NULL, 2, NULL, NULL, true, 'opportunity', '0', 2, 0, 48000, 16800.0, NULL, NULL, NULL, NULL, NULL, '2025-09-15 08:00:00', 0, NULL, '2025-10-01 09:00:00', NULL, NULL, 26, NULL, 'Müller Maschinenbau GmbH', NULL, 'vertrieb@mueller-mb.example', NULL, NULL, 'correct', 1, NULL, 57, 35.0, 35.0, NULL, 10, '2025-09-15 08:00:00', 10, '2025-10-01 09:00:00'),
    (42, NULL, NULL, NULL, 'contact@bistro-lyonnais.example', 0, NULL, 'Bistro Lyonnais: kitchen displays', 10, 1, NULL, 2, NULL, '<p>Needs a site visit first.</p>', true, 'opportunity', '0', 4, 0, 11200, 11200.0, NULL, NULL, NULL, '2025-08-28 16:00:00', NULL, '2025-06-23 09:00:00', 0, 66, '2025-08-28 16:00:00', NULL, NULL, 27, NULL, 'Bistro Lyonnais SARL', NULL, 'contact@bistro-lyonnais.example', NULL, NULL, 'correct', 1, NULL, 57, 100.0, 100.0, NULL, 10, '2025-06-23 09:00:00', 10, '2025-08-28 16:00:00'),
    (43, NULL, NULL, NULL, 'einkauf@nordlicht.example', 0, NULL, 'Nordlicht Logistik: yard cameras', 10, 1, NULL, 2, NULL, NULL, false, 'opportunity', '0', 2, 0, 23000, 0.0, NULL, NULL, NULL, '2025-12-01 10:00:00', NULL, '2025-10-20 08:00:00', 0, 42, '2025-11-03 09:00:00', NULL, NULL, 28, NULL, 'Nordlicht Logistik AG', NULL, 'einkauf@nordlicht.example', NULL, NULL, 'correct', 1, NULL, 57, 0.0, 0.0, 4, 10, '2025-10-20 08:00:00', 10, '2025-12-01 10:00:00'),
    (44, NULL, NULL, NULL, 'procurement@kestrel-aero.example', 0, NULL, 'Kestrel Aerospace: crew scheduling', 9, 2, '{"budget_owner": "Finance"}'::jsonb, 1, NULL, NULL, true, 'opportunity', '0', 2, 0, 64000, 22400.0, NULL, NULL, NULL, NULL, NULL, '2025-11-05 10:00:00', 0, NULL, '2026-01-13 10:00:00', NULL, NULL, 31, NULL, 'Kestrel Aerospace', NULL, 'procurement@kestrel-aero.example', NULL, NULL, 'correct', 1, NULL, 233, 35.0, 35.0, NULL, 7, '2025-11-05 10:00:00', 9, '2026-01-13 10:00:00'),
    (45, NULL, NULL, NULL, 'jordan.whitaker@kestrel-aero.example', 0, NULL, 'Kestrel Aero: spare parts portal', 6, 1, NULL, 1, NULL, '<p>Needs a site visit first.</p>', true, 'opportunity', '0', 2, 0, 21000, 7350.0, NULL, NULL, NULL, NULL, NULL, '2026-01-08 09:00:00', 0, NULL, '2026-02-02 12:00:00', '2026-01-20 11:00:00', NULL, 34, 'Jordan Whitaker', 'Kestrel Aerospace', 'Purchasing Manager', 'jordan.whitaker@kestrel-aero.example', NULL, NULL, 'correct', 1, NULL, 233, 35.0, 35.0, NULL, 6, '2026-01-08 09:00:00', 6, '2026-02-02 12:00:00'),
    (46, NULL, NULL, NULL, 'edwin.hansen@geminifurniture.example', 0, NULL, 'Gemini Furniture: reading lounge', 10, 2, '{"budget_owner": "Finance"}'::jsonb, 1, NULL, NULL, true, 'opportunity', '0', 1, 0, 8800, 1760.0, NULL, NULL, NULL, NULL, NULL, '2026-03-02 09:00:00', 0, NULL, '2026-03-02 09:00:00', NULL, NULL, 15, 'Edwin Hansen', 'Gemini Furniture', 'Purchasing Manager', 'edwin.hansen@geminifurniture.example', NULL, NULL, 'correct', 1, NULL, 233, 20.0, 20.0, NULL, 10, '2026-03-02 09:00:00', 10, '2026-03-02 09:00:00'),
    (47, NULL, NULL, NULL, 'hello@decoaddict.example', 0, NULL, 'Deco Addict: spring collection', 6, 1, NULL, 1, NULL, NULL, true, 'opportunity', '0', 4, 0, 13400, 13400.0, NULL, NULL, NULL, '2026-02-27 17:00:00', NULL, '2025-12-01 09:00:00', 0, 88, '2026-02-27 17:00:00', NULL, '2026-02-28', 17, NULL, 'Deco Addict', NULL, 'hello@decoaddict.example', NULL, NULL, 'correct', 1, NULL, 233, 100.0, 100.0, NULL, 6, '2025-12-01 09:00:00', 6, '2026-02-27 17:00:00'),
    (48, NULL, NULL, NULL, 'purchasing@readymat.example', 0, NULL, 'Ready Mat: loading docks', 7, 1, NULL, 1, NULL, '<p>Needs a site visit first.</p>', false, 'opportunity', '0', 1, 0, 41000, 0.0, NULL, NULL, NULL, '2026-02-05 10:00:00', NULL, '2026-01-12 09:00:00', 0, 24, '2026-01-12 09:00:00', NULL, NULL, 16, NULL, 'Ready Mat', NULL, 'purchasing@readymat.example', NULL, NULL, 'correct', 1, NULL, 233, 0.0, 0.0, 1, 7, '2026-01-12 09:00:00', 7, '2026-02-05 10:00:00'),
    (51, NULL, NULL, NULL, 'omar@atlasfreight.example', 0, NULL, 'Atlas Freight: driver tablets', 7, 1, NULL, 1, NULL, '<p>Needs a site visit first.</p>', true, 'lead', '0', 1, 0, 5500, 550.0, NULL, NULL, NULL, NULL, NULL, '2026-03-20 15:00:00', 0, NULL, '2026-03-20 15:00:00', NULL, NULL, NULL, 'Omar Reyes', 'Atlas Freight Co.', NULL, 'omar@atlasfreight.example', NULL, NULL, 'correct', 1, NULL, 233, 10.0, 10.0, NULL, 7, '2026-03-20 15:00:00', 7, '2026-03-20 15:00:00'),
    (52, NULL, NULL, NULL, 'studio@hollowoak.example', 0, NULL, 'Hollow Oak Studios: archive storage', 6, 1, NULL, 1, NULL, NULL, true, 'opportunity', '0', 2, 0, 7300, 2555.0, NULL, NULL, NULL, NULL, NULL, '2026-03-03 09:00:00', 0, NULL, '2026-03-05 10:00:00', NULL, NULL, 23, NULL, 'Hollow Oak Studios', NULL, 'studio@hollowoak.example', NULL, NULL, 'correct', 1, NULL, 233, 35.0, 35.0, NULL, 6, '2026-03-03 09:00:00', 6, '2026-03-05 10:00:00');

INSERT INTO ir_model (id, name, model, state, transient, is_mail_thread, is_mail_activity, is_mail_blacklist, create_uid, create_date, write_uid, write_date) VALUES
    (1, '{"en_US": "Currency"}'::jsonb, 'res.currency', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, '{"en_US": "Contact"}'::jsonb, 'res.partner', 'base', false, true, true, true, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (3, '{"en_US": "Companies"}'::jsonb, 'res.company', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (4, '{"en_US": "User"}'::jsonb, 'res.users', 'base', false, true, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (12, '{"en_US": "Models"}'::jsonb, 'ir.model', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (13, '{"en_US": "Fields"}'::jsonb, 'ir.model.fields', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (88, '{"en_US": "Message"}'::jsonb, 'mail.message', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (93, '{"en_US": "Mail Tracking Value"}'::jsonb, 'mail.tracking.value', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (96, '{"en_US": "Message subtypes"}'::jsonb, 'mail.message.subtype', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (105, '{"en_US": "Discussion Channel"}'::jsonb, 'mail.channel', 'base', false, true, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (170, '{"en_US": "Sales Team"}'::jsonb, 'crm.team', 'base', false, true, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (171, '{"en_US": "UTM Campaign"}'::jsonb, 'utm.campaign', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (172, '{"en_US": "UTM Medium"}'::jsonb, 'utm.medium', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (173, '{"en_US": "UTM Source"}'::jsonb, 'utm.source', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (201, '{"en_US": "CRM Stages"}'::jsonb, 'crm.stage', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (202, '{"en_US": "Lead/Opportunity"}'::jsonb, 'crm.lead', 'base', false, true, true, true, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (203, '{"en_US": "Opp. Lost Reason"}'::jsonb, 'crm.lost.reason', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (260, '{"en_US": "Sales Order"}'::jsonb, 'sale.order', 'base', false, true, true, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00');

INSERT INTO ir_model_fields (id, name, complete_name, model, relation, model_id, field_description, ttype, required, readonly, index, translate, state, on_delete, store, currency_field, tracking, create_uid, create_date, write_uid, write_date) VALUES
    (9101, 'stage_id', 'crm.lead.stage_id', 'crm.lead', 'crm.stage', 202, '{"en_US": "Stage", "vi_VN": "Giai đoạn"}'::jsonb, 'many2one', false, false, true, false, 'base', 'restrict', true, NULL, 100, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9102, 'user_id', 'crm.lead.user_id', 'crm.lead', 'res.users', 202, '{"en_US": "Salesperson", "vi_VN": "Nhân viên kinh doanh"}'::jsonb, 'many2one', false, false, true, false, 'base', 'set null', true, NULL, 100, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9103, 'team_id', 'crm.lead.team_id', 'crm.lead', 'crm.team', 202, '{"en_US": "Sales Team", "vi_VN": "Đội bán hàng"}'::jsonb, 'many2one', false, false, true, false, 'base', 'set null', true, NULL, 100, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9104, 'partner_id', 'crm.lead.partner_id', 'crm.lead', 'res.partner', 202, '{"en_US": "Customer"}'::jsonb, 'many2one', false, false, false, false, 'base', 'set null', true, NULL, 10, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9105, 'type', 'crm.lead.type', 'crm.lead', NULL, 202, '{"en_US": "Type"}'::jsonb, 'selection', true, false, false, false, 'base', NULL, true, NULL, 15, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9106, 'partner_name', 'crm.lead.partner_name', 'crm.lead', NULL, 202, '{"en_US": "Company Name"}'::jsonb, 'char', false, false, false, false, 'base', NULL, true, NULL, 20, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9107, 'contact_name', 'crm.lead.contact_name', 'crm.lead', NULL, 202, '{"en_US": "Contact Name"}'::jsonb, 'char', false, false, false, false, 'base', NULL, true, NULL, 30, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9108, 'email_from', 'crm.lead.email_from', 'crm.lead', NULL, 202, '{"en_US": "Email"}'::jsonb, 'char', false, false, false, false, 'base', NULL, true, NULL, 40, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9109, 'phone', 'crm.lead.phone', 'crm.lead', NULL, 202, '{"en_US": "Phone"}'::jsonb, 'char', false, false, false, false, 'base', NULL, true, NULL, 50, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9110, 'active', 'crm.lead.active', 'crm.lead', NULL, 202, '{"en_US": "Active"}'::jsonb, 'boolean', false, false, false, false, 'base', NULL, true, NULL, 100, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9111, 'expected_revenue', 'crm.lead.expected_revenue', 'crm.lead', NULL, 202, '{"en_US": "Expected Revenue"}'::jsonb, 'monetary', false, false, false, false, 'base', NULL, true, 'company_currency', 100, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9112, 'lost_reason_id', 'crm.lead.lost_reason_id', 'crm.lead', 'crm.lost.reason', 202, '{"en_US": "Lost Reason"}'::jsonb, 'many2one', false, false, false, false, 'base', 'restrict', true, NULL, 100, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9113, 'recurring_revenue', 'crm.lead.recurring_revenue', 'crm.lead', NULL, 202, '{"en_US": "Recurring Revenues"}'::jsonb, 'monetary', false, false, false, false, 'base', NULL, true, 'company_currency', 100, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9114, 'name', 'crm.lead.name', 'crm.lead', NULL, 202, '{"en_US": "Opportunity"}'::jsonb, 'char', true, false, false, false, 'base', NULL, true, NULL, NULL, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9115, 'probability', 'crm.lead.probability', 'crm.lead', NULL, 202, '{"en_US": "Probability"}'::jsonb, 'float', false, false, false, false, 'base', NULL, true, NULL, NULL, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9116, 'priority', 'crm.lead.priority', 'crm.lead', NULL, 202, '{"en_US": "Priority"}'::jsonb, 'selection', false, false, false, false, 'base', NULL, true, NULL, NULL, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9117, 'date_deadline', 'crm.lead.date_deadline', 'crm.lead', NULL, 202, '{"en_US": "Expected Closing"}'::jsonb, 'date', false, false, false, false, 'base', NULL, true, NULL, NULL, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9118, 'date_closed', 'crm.lead.date_closed', 'crm.lead', NULL, 202, '{"en_US": "Closed Date"}'::jsonb, 'datetime', false, false, false, false, 'base', NULL, true, NULL, NULL, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9119, 'company_id', 'crm.lead.company_id', 'crm.lead', 'res.company', 202, '{"en_US": "Company"}'::jsonb, 'many2one', false, false, false, false, 'base', 'set null', true, NULL, NULL, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9120, 'description', 'crm.lead.description', 'crm.lead', NULL, 202, '{"en_US": "Notes"}'::jsonb, 'html', false, false, false, false, 'base', NULL, true, NULL, NULL, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (1201, 'email', 'res.partner.email', 'res.partner', NULL, 2, '{"en_US": "Email"}'::jsonb, 'char', false, false, false, false, 'base', NULL, true, NULL, 100, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (1202, 'state', 'sale.order.state', 'sale.order', NULL, 260, '{"en_US": "Status"}'::jsonb, 'selection', false, false, false, false, 'base', NULL, true, NULL, 3, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (1203, 'user_id', 'sale.order.user_id', 'sale.order', 'res.users', 260, '{"en_US": "Salesperson"}'::jsonb, 'many2one', false, false, true, false, 'base', 'set null', true, NULL, 2, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00');

INSERT INTO ir_module_module (id, name, shortdesc, author, latest_version, state, application, auto_install, license, create_uid, create_date, write_uid, write_date) VALUES
    (1, 'base', '{"en_US": "Base"}'::jsonb, 'Odoo S.A.', '16.0.1.0', 'installed', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, 'web', '{"en_US": "Web"}'::jsonb, 'Odoo S.A.', '16.0.1.0', 'installed', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (3, 'bus', '{"en_US": "IM Bus"}'::jsonb, 'Odoo S.A.', '16.0.1.0', 'installed', false, true, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (4, 'mail', '{"en_US": "Discuss"}'::jsonb, 'Odoo S.A.', '16.0.1.0', 'installed', true, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (5, 'utm', '{"en_US": "UTM Trackers"}'::jsonb, 'Odoo S.A.', '16.0.1.0', 'installed', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (6, 'phone_validation', '{"en_US": "Phone Numbers Validation"}'::jsonb, 'Odoo S.A.', '16.0.1.0', 'installed', false, true, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (7, 'sales_team', '{"en_US": "Sales Teams"}'::jsonb, 'Odoo S.A.', '16.0.1.0', 'installed', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (8, 'contacts', '{"en_US": "Contacts"}'::jsonb, 'Odoo S.A.', '16.0.1.0', 'installed', true, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9, 'calendar', '{"en_US": "Calendar"}'::jsonb, 'Odoo S.A.', '16.0.1.0', 'installed', true, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (10, 'crm', '{"en_US": "CRM"}'::jsonb, 'Odoo S.A.', '16.0.1.0', 'installed', true, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (11, 'sale', '{"en_US": "Sales"}'::jsonb, 'Odoo S.A.', '16.0.1.0', 'installed', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (12, 'sale_management', '{"en_US": "Sales"}'::jsonb, 'Odoo S.A.', '16.0.1.0', 'installed', true, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (13, 'sale_crm', '{"en_US": "Opportunity to Quotation"}'::jsonb, 'Odoo S.A.', '16.0.1.0', 'installed', false, true, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (14, 'crm_iap_mine', '{"en_US": "Lead Generation"}'::jsonb, 'Odoo S.A.', NULL, 'uninstalled', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (15, 'website_crm', '{"en_US": "Contact Form"}'::jsonb, 'Odoo S.A.', NULL, 'uninstalled', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (16, 'crm_sms', '{"en_US": "SMS in CRM"}'::jsonb, 'Odoo S.A.', NULL, 'to install', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (17, 'l10n_vn', '{"en_US": "Vietnam - Accounting"}'::jsonb, 'Odoo S.A.', NULL, 'uninstalled', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00');

INSERT INTO mail_message_subtype (id, name, description, internal, parent_id, relation_field, res_model, "default", sequence, hidden, track_recipients, create_uid, create_date, write_uid, write_date) VALUES
    (1, '{"en_US": "Discussions", "vi_VN": "Thảo luận"}'::jsonb, NULL, false, NULL, NULL, NULL, true, 0, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, '{"en_US": "Note", "vi_VN": "Ghi chú"}'::jsonb, NULL, true, NULL, NULL, NULL, false, 100, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (3, '{"en_US": "Activities"}'::jsonb, NULL, true, NULL, NULL, NULL, false, 90, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (30, '{"en_US": "Opportunity Created"}'::jsonb, '{"en_US": "Lead/Opportunity created"}'::jsonb, false, NULL, NULL, 'crm.lead', false, 1, true, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (31, '{"en_US": "Stage Changed", "vi_VN": "Giai đoạn đã thay đổi"}'::jsonb, '{"en_US": "Stage changed"}'::jsonb, true, NULL, NULL, 'crm.lead', false, 2, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (32, '{"en_US": "Opportunity Won", "vi_VN": "Cơ hội thắng"}'::jsonb, '{"en_US": "Opportunity won"}'::jsonb, false, NULL, NULL, 'crm.lead', false, 3, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (33, '{"en_US": "Opportunity Lost"}'::jsonb, '{"en_US": "Opportunity lost"}'::jsonb, false, NULL, NULL, 'crm.lead', false, 4, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (34, '{"en_US": "Opportunity Restored"}'::jsonb, '{"en_US": "Opportunity restored"}'::jsonb, false, NULL, NULL, 'crm.lead', false, 5, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (35, '{"en_US": "Opportunity Created"}'::jsonb, NULL, false, 30, 'team_id', 'crm.team', true, 12, true, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (36, '{"en_US": "Opportunity Stage Changed"}'::jsonb, NULL, true, 31, 'team_id', 'crm.team', false, 13, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (37, '{"en_US": "Opportunity Won"}'::jsonb, NULL, false, 32, 'team_id', 'crm.team', false, 14, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (38, '{"en_US": "Opportunity Lost"}'::jsonb, NULL, false, 33, 'team_id', 'crm.team', false, 15, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (50, '{"en_US": "Quotation sent"}'::jsonb, '{"en_US": "Quotation sent"}'::jsonb, false, NULL, NULL, 'sale.order', false, 1, true, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (51, '{"en_US": "Sales Order Confirmed"}'::jsonb, '{"en_US": "Quotation confirmed"}'::jsonb, false, NULL, NULL, 'sale.order', false, 1, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00');

INSERT INTO mail_message (id, subject, date, body, model, res_id, record_name, message_type, subtype_id, is_internal, email_from, author_id, reply_to_force_new, email_add_signature, message_id, create_uid, create_date, write_uid, write_date) VALUES
    (101, NULL, '2025-02-03 09:30:00', '', 'crm.lead', 16, 'The Jackson Group: annual service contract', 'notification', 30, false, '"Chloé Dubois" <chloe.dubois@northwind.example>', 9, false, true, '<101.1738575000.99819-openerp-16-crm.lead@northwind>', 8, '2025-02-03 09:30:00', 8, '2025-02-03 09:30:00'),
    (102, NULL, '2025-02-05 15:00:00', '', 'crm.lead', 34, 'Jackson Group: onboarding workshops', 'notification', 30, false, '"Chloé Dubois" <chloe.dubois@northwind.example>', 9, false, true, '<102.1738767600.7738-openerp-34-crm.lead@northwind>', 8, '2025-02-05 15:00:00', 8, '2025-02-05 15:00:00'),
    (103, NULL, '2025-02-10 10:00:00', '', 'crm.lead', 20, 'Azure Interior: meeting rooms', 'notification', 30, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<103.1739181600.15657-openerp-20-crm.lead@northwind>', 6, '2025-02-10 10:00:00', 6, '2025-02-10 10:00:00'),
    (104, NULL, '2025-02-17 10:00:00', '', 'crm.lead', 16, 'The Jackson Group: annual service contract', 'notification', 31, false, '"Chloé Dubois" <chloe.dubois@northwind.example>', 9, false, true, '<104.1739786400.23576-openerp-16-crm.lead@northwind>', 8, '2025-02-17 10:00:00', 8, '2025-02-17 10:00:00'),
    (105, NULL, '2025-02-18 10:00:00', '', 'crm.lead', 28, 'Blue Ridge Outfitters: POS terminals', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<105.1739872800.31495-openerp-28-crm.lead@northwind>', 6, '2025-02-18 10:00:00', 6, '2025-02-18 10:00:00'),
    (106, NULL, '2025-02-24 11:11:11', '', 'crm.lead', 20, 'Azure Interior: meeting rooms', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<106.1740395471.39414-openerp-20-crm.lead@northwind>', 6, '2025-02-24 11:11:11', 6, '2025-02-24 11:11:11'),
    (107, NULL, '2025-03-02 10:00:00', '', 'crm.lead', 34, 'Jackson Group: onboarding workshops', 'notification', 31, false, '"Chloé Dubois" <chloe.dubois@northwind.example>', 9, false, true, '<107.1740909600.47333-openerp-34-crm.lead@northwind>', 8, '2025-03-02 10:00:00', 8, '2025-03-02 10:00:00'),
    (108, NULL, '2025-03-03 08:00:00', '', 'crm.lead', 21, 'Jackson Group: fleet tracking', 'notification', 30, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<108.1740988800.55252-openerp-21-crm.lead@northwind>', 7, '2025-03-03 08:00:00', 7, '2025-03-03 08:00:00'),
    (109, NULL, '2025-03-04 10:00:00', '', 'crm.lead', 27, 'Hollow Oak Studios: sound booths', 'notification', 31, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<109.1741082400.63171-openerp-27-crm.lead@northwind>', 7, '2025-03-04 10:00:00', 7, '2025-03-04 10:00:00'),
    (110, NULL, '2025-03-10 09:12:00', '', 'crm.lead', 12, 'Gemini Furniture: 40 workstations', 'notification', 30, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<110.1741597920.71090-openerp-12-crm.lead@northwind>', 6, '2025-03-10 09:12:00', 6, '2025-03-10 09:12:00'),
    (111, NULL, '2025-03-12 16:40:00', '', 'crm.lead', 20, 'Azure Interior: meeting rooms', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<111.1741797600.79009-openerp-20-crm.lead@northwind>', 6, '2025-03-12 16:40:00', 6, '2025-03-12 16:40:00'),
    (113, NULL, '2025-03-17 13:00:00', '', 'crm.lead', 21, 'Jackson Group: fleet tracking', 'notification', 31, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<113.1742216400.94847-openerp-21-crm.lead@northwind>', 7, '2025-03-17 13:00:00', 7, '2025-03-17 13:00:00'),
    (114, NULL, '2025-03-18 13:00:00', '', 'crm.lead', 26, 'Wood Corner: lobby furniture', 'notification', 30, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<114.1742302800.2766-openerp-26-crm.lead@northwind>', 7, '2025-03-18 13:00:00', 7, '2025-03-18 13:00:00'),
    (115, NULL, '2025-03-20 10:05:31', '', 'crm.lead', 12, 'Gemini Furniture: 40 workstations', 'notification', 2, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<115.1742465131.10685-openerp-12-crm.lead@northwind>', 6, '2025-03-20 10:05:31', 6, '2025-03-20 10:05:31'),
    (116, NULL, '2025-03-20 10:05:32', '', 'res.partner', 15, 'Gemini Furniture, Edwin Hansen', 'notification', 2, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<116.1742465132.18604-openerp-15-res.partner@northwind>', 6, '2025-03-20 10:05:32', 6, '2025-03-20 10:05:32'),
    (117, NULL, '2025-03-21 09:00:00', '<p>Edwin wants delivery before the end of May.</p>', 'crm.lead', 12, 'Gemini Furniture: 40 workstations', 'comment', 2, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<117.1742547600.26523-openerp-12-crm.lead@northwind>', 1, '2025-03-21 09:00:00', 1, '2025-03-21 09:00:00'),
    (118, NULL, '2025-03-24 09:00:00', '', 'crm.lead', 38, 'Azure Interior: hot-desking', 'notification', 30, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<118.1742806800.34442-openerp-38-crm.lead@northwind>', 10, '2025-03-24 09:00:00', 10, '2025-03-24 09:00:00'),
    (119, NULL, '2025-03-25 11:00:00', '', 'crm.lead', 27, 'Hollow Oak Studios: sound booths', 'notification', 32, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<119.1742900400.42361-openerp-27-crm.lead@northwind>', 7, '2025-03-25 11:00:00', 7, '2025-03-25 11:00:00'),
    (120, NULL, '2025-03-27 14:22:09', '', 'crm.lead', 12, 'Gemini Furniture: 40 workstations', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<120.1743085329.50280-openerp-12-crm.lead@northwind>', 6, '2025-03-27 14:22:09', 6, '2025-03-27 14:22:09'),
    (121, NULL, '2025-03-28 10:00:00', '', 'crm.lead', 26, 'Wood Corner: lobby furniture', 'notification', 31, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<121.1743156000.58199-openerp-26-crm.lead@northwind>', 7, '2025-03-28 10:00:00', 7, '2025-03-28 10:00:00'),
    (122, NULL, '2025-04-01 10:30:00', '', 'crm.lead', 20, 'Azure Interior: meeting rooms', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<122.1743503400.66118-openerp-20-crm.lead@northwind>', 6, '2025-04-01 10:30:00', 6, '2025-04-01 10:30:00'),
    (123, NULL, '2025-04-01 14:00:00', '', 'crm.lead', 22, 'Deco Addict: store refurbishment', 'notification', 30, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<123.1743516000.74037-openerp-22-crm.lead@northwind>', 6, '2025-04-01 14:00:00', 6, '2025-04-01 14:00:00'),
    (124, NULL, '2025-04-07 10:00:00', '', 'crm.lead', 38, 'Azure Interior: hot-desking', 'notification', 31, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<124.1744020000.81956-openerp-38-crm.lead@northwind>', 10, '2025-04-07 10:00:00', 10, '2025-04-07 10:00:00'),
    (125, NULL, '2025-04-07 10:20:00', '', 'crm.lead', 9, 'Office fit-out enquiry', 'notification', 30, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<125.1744021200.89875-openerp-9-crm.lead@northwind>', 7, '2025-04-07 10:20:00', 7, '2025-04-07 10:20:00'),
    (126, NULL, '2025-04-08 15:45:30', '', 'crm.lead', 21, 'Jackson Group: fleet tracking', 'notification', 31, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<126.1744127130.97794-openerp-21-crm.lead@northwind>', 7, '2025-04-08 15:45:30', 7, '2025-04-08 15:45:30'),
    (127, NULL, '2025-04-10 08:47:55', '', 'crm.lead', 12, 'Gemini Furniture: 40 workstations', 'notification', 2, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<127.1744274875.5713-openerp-12-crm.lead@northwind>', 6, '2025-04-10 08:47:55', 6, '2025-04-10 08:47:55'),
    (128, NULL, '2025-04-11 09:30:00', '', 'crm.lead', 22, 'Deco Addict: store refurbishment', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<128.1744363800.13632-openerp-22-crm.lead@northwind>', 6, '2025-04-11 09:30:00', 6, '2025-04-11 09:30:00'),
    (129, NULL, '2025-04-14 10:00:00', '', 'crm.lead', 23, 'Lumber Inc: sawmill sensors', 'notification', 30, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<129.1744624800.21551-openerp-23-crm.lead@northwind>', 7, '2025-04-14 10:00:00', 7, '2025-04-14 10:00:00'),
    (130, NULL, '2025-04-15 15:30:00', '', 'crm.lead', 12, 'Gemini Furniture: 40 workstations', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<130.1744731000.29470-openerp-12-crm.lead@northwind>', 6, '2025-04-15 15:30:00', 6, '2025-04-15 15:30:00'),
    (131, NULL, '2025-04-18 12:00:00', '', 'crm.lead', 20, 'Azure Interior: meeting rooms', 'notification', 32, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<131.1744977600.37389-openerp-20-crm.lead@northwind>', 6, '2025-04-18 12:00:00', 6, '2025-04-18 12:00:00'),
    (132, NULL, '2025-04-18 12:01:00', '', 'sale.order', 20, 'S00017', 'notification', 51, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<132.1744977660.45308-openerp-20-sale.order@northwind>', 6, '2025-04-18 12:01:00', 6, '2025-04-18 12:01:00'),
    (133, NULL, '2025-04-22 10:11:12', '', 'crm.lead', 17, 'Wood Corner: reception desks', 'notification', 30, false, '"Chloé Dubois" <chloe.dubois@northwind.example>', 9, false, true, '<133.1745316672.53227-openerp-17-crm.lead@northwind>', 8, '2025-04-22 10:11:12', 8, '2025-04-22 10:11:12'),
    (134, NULL, '2025-04-22 14:18:00', '', 'crm.lead', 16, 'The Jackson Group: annual service contract', 'notification', 31, false, '"Chloé Dubois" <chloe.dubois@northwind.example>', 9, false, true, '<134.1745331480.61146-openerp-16-crm.lead@northwind>', 8, '2025-04-22 14:18:00', 8, '2025-04-22 14:18:00'),
    (135, NULL, '2025-04-24 11:00:00', '', 'crm.lead', 23, 'Lumber Inc: sawmill sensors', 'notification', 31, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<135.1745492400.69065-openerp-23-crm.lead@northwind>', 7, '2025-04-24 11:00:00', 7, '2025-04-24 11:00:00'),
    (136, NULL, '2025-04-28 11:15:42', '', 'crm.lead', 9, 'Office fit-out enquiry', 'notification', 33, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<136.1745838942.76984-openerp-9-crm.lead@northwind>', 7, '2025-04-28 11:15:42', 7, '2025-04-28 11:15:42'),
    (137, NULL, '2025-04-29 11:03:17', '', 'crm.lead', 12, 'Gemini Furniture: 40 workstations', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<137.1745924597.84903-openerp-12-crm.lead@northwind>', 6, '2025-04-29 11:03:17', 6, '2025-04-29 11:03:17'),
    (138, NULL, '2025-04-30 15:00:00', '', 'crm.lead', 26, 'Wood Corner: lobby furniture', 'notification', 32, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<138.1746025200.92822-openerp-26-crm.lead@northwind>', 7, '2025-04-30 15:00:00', 7, '2025-04-30 15:00:00'),
    (139, NULL, '2025-05-02 10:20:00', '', 'crm.lead', 21, 'Jackson Group: fleet tracking', 'notification', 32, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<139.1746181200.741-openerp-21-crm.lead@northwind>', 7, '2025-05-02 10:20:00', 7, '2025-05-02 10:20:00'),
    (140, NULL, '2025-05-02 11:00:00', '', 'crm.lead', 14, 'Ready Mat: warehouse racking', 'notification', 30, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<140.1746183600.8660-openerp-14-crm.lead@northwind>', 7, '2025-05-02 11:00:00', 7, '2025-05-02 11:00:00'),
    (141, NULL, '2025-05-05 11:00:00', '', 'crm.lead', 38, 'Azure Interior: hot-desking', 'notification', 31, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<141.1746442800.16579-openerp-38-crm.lead@northwind>', 10, '2025-05-05 11:00:00', 10, '2025-05-05 11:00:00'),
    (142, NULL, '2025-05-06 17:55:21', '', 'crm.lead', 22, 'Deco Addict: store refurbishment', 'notification', 33, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<142.1746554121.24498-openerp-22-crm.lead@northwind>', 6, '2025-05-06 17:55:21', 6, '2025-05-06 17:55:21'),
    (143, NULL, '2025-05-09 09:41:26', '', 'crm.lead', 14, 'Ready Mat: warehouse racking', 'notification', 2, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<143.1746783686.32417-openerp-14-crm.lead@northwind>', 7, '2025-05-09 09:41:26', 7, '2025-05-09 09:41:26'),
    (144, 'Re: racking quote', '2025-05-10 10:00:00', '<p>Hello Sofia, please find our first estimate attached.</p>', 'crm.lead', 14, 'Ready Mat: warehouse racking', 'comment', 1, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<144.1746871200.40336-openerp-14-crm.lead@northwind>', 1, '2025-05-10 10:00:00', 1, '2025-05-10 10:00:00'),
    (145, NULL, '2025-05-12 09:59:59', '', 'crm.lead', 17, 'Wood Corner: reception desks', 'notification', 31, false, '"Chloé Dubois" <chloe.dubois@northwind.example>', 9, false, true, '<145.1747043999.48255-openerp-17-crm.lead@northwind>', 8, '2025-05-12 09:59:59', 8, '2025-05-12 09:59:59'),
    (146, NULL, '2025-05-12 10:00:00', '', 'sale.order', 12, 'S00012', 'notification', 50, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<146.1747044000.56174-openerp-12-sale.order@northwind>', 6, '2025-05-12 10:00:00', 6, '2025-05-12 10:00:00'),
    (147, NULL, '2025-05-13 16:30:00', '', 'crm.lead', 23, 'Lumber Inc: sawmill sensors', 'notification', 31, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<147.1747153800.64093-openerp-23-crm.lead@northwind>', 7, '2025-05-13 16:30:00', 7, '2025-05-13 16:30:00'),
    (148, NULL, '2025-05-14 08:30:00', '', 'crm.lead', 15, 'Lumber Inc: showroom lighting', 'notification', 30, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<148.1747211400.72012-openerp-15-crm.lead@northwind>', 6, '2025-05-14 08:30:00', 6, '2025-05-14 08:30:00'),
    (150, NULL, '2025-05-15 17:20:44', '', 'crm.lead', 12, 'Gemini Furniture: 40 workstations', 'notification', 32, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<150.1747329644.87850-openerp-12-crm.lead@northwind>', 6, '2025-05-15 17:20:44', 6, '2025-05-15 17:20:44'),
    (151, NULL, '2025-05-15 17:21:02', '', 'sale.order', 12, 'S00012', 'notification', 51, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<151.1747329662.95769-openerp-12-sale.order@northwind>', 6, '2025-05-15 17:21:02', 6, '2025-05-15 17:21:02'),
    (152, NULL, '2025-05-19 09:00:00', '', 'crm.lead', 36, 'Atlas Freight Co.: route planning', 'notification', 30, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<152.1747645200.3688-openerp-36-crm.lead@northwind>', 7, '2025-05-19 09:00:00', 7, '2025-05-19 09:00:00'),
    (153, NULL, '2025-05-20 10:10:10', '', 'crm.lead', 14, 'Ready Mat: warehouse racking', 'notification', 31, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<153.1747735810.11607-openerp-14-crm.lead@northwind>', 7, '2025-05-20 10:10:10', 7, '2025-05-20 10:10:10'),
    (154, NULL, '2025-05-21 13:13:13', '', 'crm.lead', 15, 'Lumber Inc: showroom lighting', 'notification', 2, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<154.1747833193.19526-openerp-15-crm.lead@northwind>', 6, '2025-05-21 13:13:13', 6, '2025-05-21 13:13:13'),
    (155, NULL, '2025-05-29 10:00:00', '', 'crm.lead', 36, 'Atlas Freight Co.: route planning', 'notification', 31, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<155.1748512800.27445-openerp-36-crm.lead@northwind>', 7, '2025-05-29 10:00:00', 7, '2025-05-29 10:00:00'),
    (156, NULL, '2025-06-02 09:12:45', '', 'crm.lead', 23, 'Lumber Inc: sawmill sensors', 'notification', 33, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<156.1748855565.35364-openerp-23-crm.lead@northwind>', 7, '2025-06-02 09:12:45', 7, '2025-06-02 09:12:45'),
    (157, NULL, '2025-06-02 09:13:00', '<p>Customer went with a cheaper supplier, may come back in autumn.</p>', 'crm.lead', 23, 'Lumber Inc: sawmill sensors', 'comment', 2, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<157.1748855580.43283-openerp-23-crm.lead@northwind>', 1, '2025-06-02 09:13:00', 1, '2025-06-02 09:13:00'),
    (158, NULL, '2025-06-02 10:00:00', '', 'crm.lead', 35, 'Hollow Oak Studios: editing suites', 'notification', 30, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<158.1748858400.51202-openerp-35-crm.lead@northwind>', 6, '2025-06-02 10:00:00', 6, '2025-06-02 10:00:00'),
    (159, NULL, '2025-06-03 10:45:00', '', 'crm.lead', 15, 'Lumber Inc: showroom lighting', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<159.1748947500.59121-openerp-15-crm.lead@northwind>', 6, '2025-06-03 10:45:00', 6, '2025-06-03 10:45:00'),
    (160, NULL, '2025-06-12 13:40:05', '', 'crm.lead', 5, 'Pinecrest Dental: practice management suite', 'notification', 30, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<160.1749735605.67040-openerp-5-crm.lead@northwind>', 6, '2025-06-12 13:40:05', 6, '2025-06-12 13:40:05'),
    (161, NULL, '2025-06-16 11:00:00', '', 'crm.lead', 35, 'Hollow Oak Studios: editing suites', 'notification', 2, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<161.1750071600.74959-openerp-35-crm.lead@northwind>', 6, '2025-06-16 11:00:00', 6, '2025-06-16 11:00:00'),
    (162, NULL, '2025-06-19 11:00:00', '', 'crm.lead', 36, 'Atlas Freight Co.: route planning', 'notification', 31, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<162.1750330800.82878-openerp-36-crm.lead@northwind>', 7, '2025-06-19 11:00:00', 7, '2025-06-19 11:00:00'),
    (163, NULL, '2025-06-20 09:02:11', '', 'crm.lead', 5, 'Pinecrest Dental: practice management suite', 'notification', 2, false, '"Mitchell Admin" <admin@northwind.example>', 3, false, true, '<163.1750410131.90797-openerp-5-crm.lead@northwind>', 2, '2025-06-20 09:02:11', 2, '2025-06-20 09:02:11'),
    (164, NULL, '2025-06-23 09:00:00', '', 'crm.lead', 42, 'Bistro Lyonnais: kitchen displays', 'notification', 30, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<164.1750669200.98716-openerp-42-crm.lead@northwind>', 10, '2025-06-23 09:00:00', 10, '2025-06-23 09:00:00'),
    (165, NULL, '2025-06-25 16:45:00', '', 'crm.lead', 5, 'Pinecrest Dental: practice management suite', 'notification', 2, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<165.1750869900.6635-openerp-5-crm.lead@northwind>', 10, '2025-06-25 16:45:00', 10, '2025-06-25 16:45:00'),
    (166, NULL, '2025-06-30 18:05:09', '', 'crm.lead', 16, 'The Jackson Group: annual service contract', 'notification', 32, false, '"Chloé Dubois" <chloe.dubois@northwind.example>', 9, false, true, '<166.1751306709.14554-openerp-16-crm.lead@northwind>', 8, '2025-06-30 18:05:09', 8, '2025-06-30 18:05:09'),
    (167, NULL, '2025-06-30 18:06:00', '<p>Jackson Group signed! 🎉</p>', 'mail.channel', 1, 'general', 'comment', 1, false, '"Chloé Dubois" <chloe.dubois@northwind.example>', 9, false, true, '<167.1751306760.22473-openerp-1-mail.channel@northwind>', 8, '2025-06-30 18:06:00', 8, '2025-06-30 18:06:00'),
    (168, NULL, '2025-07-01 16:02:48', '', 'crm.lead', 14, 'Ready Mat: warehouse racking', 'notification', 31, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<168.1751385768.30392-openerp-14-crm.lead@northwind>', 7, '2025-07-01 16:02:48', 7, '2025-07-01 16:02:48'),
    (169, NULL, '2025-07-02 15:30:00', '', 'crm.lead', 35, 'Hollow Oak Studios: editing suites', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<169.1751470200.38311-openerp-35-crm.lead@northwind>', 6, '2025-07-02 15:30:00', 6, '2025-07-02 15:30:00'),
    (170, NULL, '2025-07-02 15:45:00', '', 'crm.lead', 35, 'Hollow Oak Studios: editing suites', 'notification', 2, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<170.1751471100.46230-openerp-35-crm.lead@northwind>', 6, '2025-07-02 15:45:00', 6, '2025-07-02 15:45:00'),
    (171, NULL, '2025-07-07 09:00:00', '', 'crm.lead', 24, 'Kestrel Aerospace: hangar access control', 'notification', 30, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<171.1751878800.54149-openerp-24-crm.lead@northwind>', 10, '2025-07-07 09:00:00', 10, '2025-07-07 09:00:00'),
    (172, NULL, '2025-07-07 10:00:00', '', 'crm.lead', 42, 'Bistro Lyonnais: kitchen displays', 'notification', 31, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<172.1751882400.62068-openerp-42-crm.lead@northwind>', 10, '2025-07-07 10:00:00', 10, '2025-07-07 10:00:00'),
    (173, NULL, '2025-07-08 15:27:36', '', 'crm.lead', 15, 'Lumber Inc: showroom lighting', 'notification', 33, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<173.1751988456.69987-openerp-15-crm.lead@northwind>', 6, '2025-07-08 15:27:36', 6, '2025-07-08 15:27:36'),
    (174, NULL, '2025-07-10 12:00:00', '', 'crm.lead', 36, 'Atlas Freight Co.: route planning', 'notification', 31, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<174.1752148800.77906-openerp-36-crm.lead@northwind>', 7, '2025-07-10 12:00:00', 7, '2025-07-10 12:00:00'),
    (175, NULL, '2025-07-21 11:30:00', '', 'crm.lead', 24, 'Kestrel Aerospace: hangar access control', 'notification', 32, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<175.1753097400.85825-openerp-24-crm.lead@northwind>', 10, '2025-07-21 11:30:00', 10, '2025-07-21 11:30:00'),
    (176, NULL, '2025-07-30 11:00:00', '', 'crm.lead', 42, 'Bistro Lyonnais: kitchen displays', 'notification', 2, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<176.1753873200.93744-openerp-42-crm.lead@northwind>', 10, '2025-07-30 11:00:00', 10, '2025-07-30 11:00:00'),
    (177, NULL, '2025-08-04 10:00:00', '', 'crm.lead', 25, 'Wood Corner: reception desks (duplicate)', 'notification', 30, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<177.1754301600.1663-openerp-25-crm.lead@northwind>', 6, '2025-08-04 10:00:00', 6, '2025-08-04 10:00:00'),
    (178, NULL, '2025-08-05 07:00:00', '', 'crm.lead', 25, 'Wood Corner: reception desks (duplicate)', 'notification', 33, false, '"Mitchell Admin" <admin@northwind.example>', 3, false, true, '<178.1754377200.9582-openerp-25-crm.lead@northwind>', 2, '2025-08-05 07:00:00', 2, '2025-08-05 07:00:00'),
    (179, NULL, '2025-08-11 12:00:00', '', 'crm.lead', 42, 'Bistro Lyonnais: kitchen displays', 'notification', 31, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<179.1754913600.17501-openerp-42-crm.lead@northwind>', 10, '2025-08-11 12:00:00', 10, '2025-08-11 12:00:00'),
    (180, NULL, '2025-08-12 10:00:00', '', 'crm.lead', 35, 'Hollow Oak Studios: editing suites', 'notification', 2, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<180.1754992800.25420-openerp-35-crm.lead@northwind>', 6, '2025-08-12 10:00:00', 6, '2025-08-12 10:00:00'),
    (181, NULL, '2025-08-15 09:00:00', '', 'crm.lead', 34, 'Jackson Group: onboarding workshops', 'notification', 2, false, '"Mitchell Admin" <admin@northwind.example>', 3, false, true, '<181.1755248400.33339-openerp-34-crm.lead@northwind>', 2, '2025-08-15 09:00:00', 2, '2025-08-15 09:00:00'),
    (182, NULL, '2025-08-21 13:00:00', '', 'crm.lead', 36, 'Atlas Freight Co.: route planning', 'notification', 31, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<182.1755781200.41258-openerp-36-crm.lead@northwind>', 7, '2025-08-21 13:00:00', 7, '2025-08-21 13:00:00'),
    (183, NULL, '2025-08-28 16:00:00', '', 'crm.lead', 42, 'Bistro Lyonnais: kitchen displays', 'notification', 32, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<183.1756396800.49177-openerp-42-crm.lead@northwind>', 10, '2025-08-28 16:00:00', 10, '2025-08-28 16:00:00'),
    (184, NULL, '2025-09-01 09:00:00', '', 'crm.lead', 37, 'Blue Ridge Outfitters: e-commerce', 'notification', 30, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<184.1756717200.57096-openerp-37-crm.lead@northwind>', 6, '2025-09-01 09:00:00', 6, '2025-09-01 09:00:00'),
    (185, NULL, '2025-09-01 10:00:00', '', 'crm.lead', 23, 'Lumber Inc: sawmill sensors', 'notification', 34, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<185.1756720800.65015-openerp-23-crm.lead@northwind>', 7, '2025-09-01 10:00:00', 7, '2025-09-01 10:00:00'),
    (187, NULL, '2025-09-03 14:14:14', '', 'crm.lead', 23, 'Lumber Inc: sawmill sensors', 'notification', 2, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<187.1756908854.80853-openerp-23-crm.lead@northwind>', 7, '2025-09-03 14:14:14', 7, '2025-09-03 14:14:14'),
    (188, NULL, '2025-09-10 14:03:27', '', 'crm.lead', 37, 'Blue Ridge Outfitters: e-commerce', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<188.1757513007.88772-openerp-37-crm.lead@northwind>', 6, '2025-09-10 14:03:27', 6, '2025-09-10 14:03:27'),
    (189, NULL, '2025-09-10 14:03:27', '', 'crm.lead', 37, 'Blue Ridge Outfitters: e-commerce', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<189.1757513007.96691-openerp-37-crm.lead@northwind>', 6, '2025-09-10 14:03:27', 6, '2025-09-10 14:03:27'),
    (190, NULL, '2025-09-15 08:00:00', '', 'crm.lead', 41, 'Müller Maschinenbau: service portal', 'notification', 30, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<190.1757923200.4610-openerp-41-crm.lead@northwind>', 10, '2025-09-15 08:00:00', 10, '2025-09-15 08:00:00'),
    (191, NULL, '2025-09-26 16:00:00', '', 'crm.lead', 23, 'Lumber Inc: sawmill sensors', 'notification', 32, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<191.1758902400.12529-openerp-23-crm.lead@northwind>', 7, '2025-09-26 16:00:00', 7, '2025-09-26 16:00:00'),
    (192, NULL, '2025-10-01 09:00:00', '', 'crm.lead', 41, 'Müller Maschinenbau: service portal', 'notification', 31, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<192.1759309200.20448-openerp-41-crm.lead@northwind>', 10, '2025-10-01 09:00:00', 10, '2025-10-01 09:00:00'),
    (193, NULL, '2025-10-02 08:00:00', '', 'crm.lead', 40, 'Saigon Coffee Roasters: roastery ERP', 'notification', 30, false, '"Nguyễn Thị Lan" <lan.nguyen@northwind.example>', 10, false, true, '<193.1759392000.28367-openerp-40-crm.lead@northwind>', 9, '2025-10-02 08:00:00', 9, '2025-10-02 08:00:00'),
    (194, NULL, '2025-10-06 09:30:00', '', 'crm.lead', 34, 'Jackson Group: onboarding workshops', 'notification', 2, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<194.1759743000.36286-openerp-34-crm.lead@northwind>', 7, '2025-10-06 09:30:00', 7, '2025-10-06 09:30:00'),
    (195, NULL, '2025-10-09 09:15:00', '', 'crm.lead', 40, 'Saigon Coffee Roasters: roastery ERP', 'notification', 31, false, '"Nguyễn Thị Lan" <lan.nguyen@northwind.example>', 10, false, true, '<195.1760001300.44205-openerp-40-crm.lead@northwind>', 9, '2025-10-09 09:15:00', 9, '2025-10-09 09:15:00'),
    (196, NULL, '2025-10-20 08:00:00', '', 'crm.lead', 43, 'Nordlicht Logistik: yard cameras', 'notification', 30, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<196.1760947200.52124-openerp-43-crm.lead@northwind>', 10, '2025-10-20 08:00:00', 10, '2025-10-20 08:00:00'),
    (197, NULL, '2025-10-20 14:00:00', '', 'crm.lead', 34, 'Jackson Group: onboarding workshops', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<197.1760968800.60043-openerp-34-crm.lead@northwind>', 6, '2025-10-20 14:00:00', 6, '2025-10-20 14:00:00'),
    (198, NULL, '2025-11-03 08:14:22', '', 'crm.lead', 3, 'Bulk pricing request', 'notification', 30, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<198.1762157662.67962-openerp-3-crm.lead@northwind>', 6, '2025-11-03 08:14:22', 6, '2025-11-03 08:14:22'),
    (199, NULL, '2025-11-03 09:00:00', '', 'crm.lead', 43, 'Nordlicht Logistik: yard cameras', 'notification', 31, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<199.1762160400.75881-openerp-43-crm.lead@northwind>', 10, '2025-11-03 09:00:00', 10, '2025-11-03 09:00:00'),
    (200, NULL, '2025-11-04 11:30:00', '', 'crm.lead', 28, 'Blue Ridge Outfitters: POS terminals', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<200.1762255800.83800-openerp-28-crm.lead@northwind>', 6, '2025-11-04 11:30:00', 6, '2025-11-04 11:30:00'),
    (201, NULL, '2025-11-05 10:00:00', '', 'crm.lead', 44, 'Kestrel Aerospace: crew scheduling', 'notification', 30, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<201.1762336800.91719-openerp-44-crm.lead@northwind>', 7, '2025-11-05 10:00:00', 7, '2025-11-05 10:00:00'),
    (202, NULL, '2025-11-12 10:30:00', '', 'crm.lead', 40, 'Saigon Coffee Roasters: roastery ERP', 'notification', 31, false, '"Nguyễn Thị Lan" <lan.nguyen@northwind.example>', 10, false, true, '<202.1762943400.99638-openerp-40-crm.lead@northwind>', 9, '2025-11-12 10:30:00', 9, '2025-11-12 10:30:00'),
    (203, NULL, '2025-11-18 09:00:00', '', 'crm.lead', 44, 'Kestrel Aerospace: crew scheduling', 'notification', 2, false, '"Mitchell Admin" <admin@northwind.example>', 3, false, true, '<203.1763456400.7557-openerp-44-crm.lead@northwind>', 2, '2025-11-18 09:00:00', 2, '2025-11-18 09:00:00'),
    (204, NULL, '2025-11-20 08:30:00', '', 'crm.lead', 26, 'Wood Corner: lobby furniture', 'notification', 33, false, '"Mitchell Admin" <admin@northwind.example>', 3, false, true, '<204.1763627400.15476-openerp-26-crm.lead@northwind>', 2, '2025-11-20 08:30:00', 2, '2025-11-20 08:30:00'),
    (205, NULL, '2025-12-01 09:00:00', '', 'crm.lead', 47, 'Deco Addict: spring collection', 'notification', 30, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<205.1764579600.23395-openerp-47-crm.lead@northwind>', 6, '2025-12-01 09:00:00', 6, '2025-12-01 09:00:00'),
    (206, NULL, '2025-12-01 10:00:00', '', 'crm.lead', 43, 'Nordlicht Logistik: yard cameras', 'notification', 33, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<206.1764583200.31314-openerp-43-crm.lead@northwind>', 10, '2025-12-01 10:00:00', 10, '2025-12-01 10:00:00'),
    (207, NULL, '2025-12-03 14:00:00', '', 'crm.lead', 40, 'Saigon Coffee Roasters: roastery ERP', 'notification', 31, false, '"Nguyễn Thị Lan" <lan.nguyen@northwind.example>', 10, false, true, '<207.1764770400.39233-openerp-40-crm.lead@northwind>', 9, '2025-12-03 14:00:00', 9, '2025-12-03 14:00:00'),
    (208, NULL, '2025-12-10 10:00:00', '', 'crm.lead', 47, 'Deco Addict: spring collection', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<208.1765360800.47152-openerp-47-crm.lead@northwind>', 6, '2025-12-10 10:00:00', 6, '2025-12-10 10:00:00'),
    (209, NULL, '2026-01-08 09:00:00', '', 'crm.lead', 45, 'Kestrel Aero: spare parts portal', 'notification', 30, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<209.1767862800.55071-openerp-45-crm.lead@northwind>', 6, '2026-01-08 09:00:00', 6, '2026-01-08 09:00:00'),
    (210, NULL, '2026-01-09 10:00:00', '', 'crm.lead', 45, 'Kestrel Aero: spare parts portal', 'notification', 2, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<210.1767952800.62990-openerp-45-crm.lead@northwind>', 6, '2026-01-09 10:00:00', 6, '2026-01-09 10:00:00'),
    (211, NULL, '2026-01-12 09:00:00', '', 'crm.lead', 48, 'Ready Mat: loading docks', 'notification', 30, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<211.1768208400.70909-openerp-48-crm.lead@northwind>', 7, '2026-01-12 09:00:00', 7, '2026-01-12 09:00:00'),
    (212, NULL, '2026-01-13 10:00:00', '', 'crm.lead', 44, 'Kestrel Aerospace: crew scheduling', 'notification', 31, false, '"Nguyễn Thị Lan" <lan.nguyen@northwind.example>', 10, false, true, '<212.1768298400.78828-openerp-44-crm.lead@northwind>', 9, '2026-01-13 10:00:00', 9, '2026-01-13 10:00:00'),
    (213, NULL, '2026-01-15 11:00:00', '', 'crm.lead', 47, 'Deco Addict: spring collection', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<213.1768474800.86747-openerp-47-crm.lead@northwind>', 6, '2026-01-15 11:00:00', 6, '2026-01-15 11:00:00'),
    (214, NULL, '2026-01-20 11:00:00', '', 'crm.lead', 45, 'Kestrel Aero: spare parts portal', 'notification', 2, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<214.1768906800.94666-openerp-45-crm.lead@northwind>', 6, '2026-01-20 11:00:00', 6, '2026-01-20 11:00:00'),
    (215, NULL, '2026-02-02 12:00:00', '', 'crm.lead', 45, 'Kestrel Aero: spare parts portal', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<215.1770033600.2585-openerp-45-crm.lead@northwind>', 6, '2026-02-02 12:00:00', 6, '2026-02-02 12:00:00'),
    (216, NULL, '2026-02-05 10:00:00', '', 'crm.lead', 48, 'Ready Mat: loading docks', 'notification', 33, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<216.1770285600.10504-openerp-48-crm.lead@northwind>', 7, '2026-02-05 10:00:00', 7, '2026-02-05 10:00:00'),
    (217, NULL, '2026-02-17 22:31:48', '', 'crm.lead', 8, 'Harbor & Finch: contact form', 'notification', 30, false, '"Mitchell Admin" <admin@northwind.example>', 3, false, true, '<217.1771367508.18423-openerp-8-crm.lead@northwind>', 2, '2026-02-17 22:31:48', 2, '2026-02-17 22:31:48'),
    (218, NULL, '2026-02-18 08:00:00', '<p>Who takes this one?</p>', 'crm.lead', 8, 'Harbor & Finch: contact form', 'comment', 2, false, '"Mitchell Admin" <admin@northwind.example>', 3, false, true, '<218.1771401600.26342-openerp-8-crm.lead@northwind>', 1, '2026-02-18 08:00:00', 1, '2026-02-18 08:00:00'),
    (219, NULL, '2026-02-27 17:00:00', '', 'crm.lead', 47, 'Deco Addict: spring collection', 'notification', 32, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<219.1772211600.34261-openerp-47-crm.lead@northwind>', 6, '2026-02-27 17:00:00', 6, '2026-02-27 17:00:00'),
    (220, NULL, '2026-03-02 09:00:00', '', 'crm.lead', 46, 'Gemini Furniture: reading lounge', 'notification', 30, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<220.1772442000.42180-openerp-46-crm.lead@northwind>', 10, '2026-03-02 09:00:00', 10, '2026-03-02 09:00:00'),
    (221, 'Reading lounge for our flagship store', '2026-03-03 08:12:40', '<p>Hi David, could you send us a quote for the lounge we discussed?</p>', 'crm.lead', 46, 'Gemini Furniture: reading lounge', 'email', 1, false, '"Edwin Hansen" <edwin.hansen@geminifurniture.example>', 15, false, true, '<221.1772525560.50099-openerp-46-crm.lead@northwind>', 1, '2026-03-03 08:12:40', 1, '2026-03-03 08:12:40'),
    (222, NULL, '2026-03-03 09:00:00', '', 'crm.lead', 52, 'Hollow Oak Studios: archive storage', 'notification', 30, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<222.1772528400.58018-openerp-52-crm.lead@northwind>', 6, '2026-03-03 09:00:00', 6, '2026-03-03 09:00:00'),
    (224, NULL, '2026-03-03 09:30:00', '<p>Call booked for Thursday.</p>', 'crm.lead', 46, 'Gemini Furniture: reading lounge', 'comment', 2, false, '"David Okafor" <david.okafor@northwind.example>', 11, false, true, '<224.1772530200.73856-openerp-46-crm.lead@northwind>', 1, '2026-03-03 09:30:00', 1, '2026-03-03 09:30:00'),
    (225, NULL, '2026-03-05 10:00:00', '', 'crm.lead', 52, 'Hollow Oak Studios: archive storage', 'notification', 31, false, '"Alice Martin" <alice.martin@northwind.example>', 7, false, true, '<225.1772704800.81775-openerp-52-crm.lead@northwind>', 6, '2026-03-05 10:00:00', 6, '2026-03-05 10:00:00'),
    (226, NULL, '2026-03-20 15:00:00', '', 'crm.lead', 51, 'Atlas Freight: driver tablets', 'notification', 30, false, '"Bruno Costa" <bruno.costa@northwind.example>', 8, false, true, '<226.1774018800.89694-openerp-51-crm.lead@northwind>', 7, '2026-03-20 15:00:00', 7, '2026-03-20 15:00:00');

INSERT INTO mail_tracking_value (id, field, field_desc, field_type, old_value_integer, old_value_float, old_value_monetary, old_value_char, new_value_integer, new_value_float, new_value_monetary, new_value_char, currency_id, mail_message_id, tracking_sequence, create_uid, create_date, write_uid, write_date) VALUES
    (1, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualifié', NULL, 104, 100, 8, '2025-02-17 10:00:00', 8, '2025-02-17 10:00:00'),
    (2, 9101, 'Stage', 'many2one', 3, NULL, NULL, 'Proposition', 5, NULL, NULL, 'Demo', NULL, 105, 100, 6, '2025-02-18 10:00:00', 6, '2025-02-18 10:00:00'),
    (3, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 106, 100, 6, '2025-02-24 11:11:11', 6, '2025-02-24 11:11:11'),
    (4, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualifié', NULL, 107, 100, 8, '2025-03-02 10:00:00', 8, '2025-03-02 10:00:00'),
    (5, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualified', 3, NULL, NULL, 'Proposition', NULL, 109, 100, 7, '2025-03-04 10:00:00', 7, '2025-03-04 10:00:00'),
    (6, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualified', 5, NULL, NULL, 'Demo', NULL, 111, 100, 6, '2025-03-12 16:40:00', 6, '2025-03-12 16:40:00'),
    (7, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 3, NULL, NULL, 'Proposition', NULL, 113, 100, 7, '2025-03-17 13:00:00', 7, '2025-03-17 13:00:00'),
    (8, 9104, 'Customer', 'many2one', 0, NULL, NULL, '', 15, NULL, NULL, 'Gemini Furniture, Edwin Hansen', NULL, 115, 10, 6, '2025-03-20 10:05:31', 6, '2025-03-20 10:05:31'),
    (9, 9105, 'Type', 'selection', NULL, NULL, NULL, 'Lead', NULL, NULL, NULL, 'Opportunity', NULL, 115, 15, 6, '2025-03-20 10:05:31', 6, '2025-03-20 10:05:31'),
    (10, 1201, 'Email', 'char', NULL, NULL, NULL, 'edwin@geminifurniture.example', NULL, NULL, NULL, 'edwin.hansen@geminifurniture.example', NULL, 116, 100, 6, '2025-03-20 10:05:32', 6, '2025-03-20 10:05:32'),
    (11, 9101, 'Stage', 'many2one', 3, NULL, NULL, 'Proposition', 4, NULL, NULL, 'Won', NULL, 119, 100, 7, '2025-03-25 11:00:00', 7, '2025-03-25 11:00:00'),
    (12, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 120, 100, 6, '2025-03-27 14:22:09', 6, '2025-03-27 14:22:09'),
    (13, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 121, 100, 7, '2025-03-28 10:00:00', 7, '2025-03-28 10:00:00'),
    (14, 9101, 'Stage', 'many2one', 5, NULL, NULL, 'Demo', 3, NULL, NULL, 'Proposition', NULL, 122, 100, 6, '2025-04-01 10:30:00', 6, '2025-04-01 10:30:00'),
    (15, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 124, 100, 10, '2025-04-07 10:00:00', 10, '2025-04-07 10:00:00'),
    (16, 9101, 'Stage', 'many2one', 3, NULL, NULL, 'Proposition', 6, NULL, NULL, 'Negotiation', NULL, 126, 100, 7, '2025-04-08 15:45:30', 7, '2025-04-08 15:45:30'),
    (17, 9111, 'Expected Revenue', 'monetary', NULL, NULL, 18000.0, NULL, NULL, NULL, 21500.0, NULL, 2, 127, 100, 6, '2025-04-10 08:47:55', 6, '2025-04-10 08:47:55'),
    (18, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 128, 100, 6, '2025-04-11 09:30:00', 6, '2025-04-11 09:30:00'),
    (19, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualified', 5, NULL, NULL, 'Demo', NULL, 130, 100, 6, '2025-04-15 15:30:00', 6, '2025-04-15 15:30:00'),
    (20, 9101, 'Stage', 'many2one', 3, NULL, NULL, 'Proposition', 4, NULL, NULL, 'Won', NULL, 131, 100, 6, '2025-04-18 12:00:00', 6, '2025-04-18 12:00:00'),
    (21, 1202, 'Status', 'selection', NULL, NULL, NULL, 'Quotation', NULL, NULL, NULL, 'Sales Order', NULL, 132, 3, 6, '2025-04-18 12:01:00', 6, '2025-04-18 12:01:00'),
    (22, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualifié', 6, NULL, NULL, 'Negotiation', NULL, 134, 100, 8, '2025-04-22 14:18:00', 8, '2025-04-22 14:18:00'),
    (23, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 135, 100, 7, '2025-04-24 11:00:00', 7, '2025-04-24 11:00:00'),
    (24, 9110, 'Active', 'boolean', 1, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, 136, 100, 7, '2025-04-28 11:15:42', 7, '2025-04-28 11:15:42'),
    (25, 9112, 'Lost Reason', 'many2one', 0, NULL, NULL, '', 2, NULL, NULL, 'We don''t have people/skills', NULL, 136, 100, 7, '2025-04-28 11:15:42', 7, '2025-04-28 11:15:42'),
    (26, 9101, 'Stage', 'many2one', 5, NULL, NULL, 'Demo', 3, NULL, NULL, 'Proposition', NULL, 137, 100, 6, '2025-04-29 11:03:17', 6, '2025-04-29 11:03:17'),
    (27, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualified', 4, NULL, NULL, 'Won', NULL, 138, 100, 7, '2025-04-30 15:00:00', 7, '2025-04-30 15:00:00'),
    (28, 9101, 'Stage', 'many2one', 6, NULL, NULL, 'Negotiation', 4, NULL, NULL, 'Won', NULL, 139, 100, 7, '2025-05-02 10:20:00', 7, '2025-05-02 10:20:00'),
    (29, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualified', 3, NULL, NULL, 'Proposition', NULL, 141, 100, 10, '2025-05-05 11:00:00', 10, '2025-05-05 11:00:00'),
    (30, 9110, 'Active', 'boolean', 1, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, 142, 100, 6, '2025-05-06 17:55:21', 6, '2025-05-06 17:55:21'),
    (31, 9112, 'Lost Reason', 'many2one', 0, NULL, NULL, '', 4, NULL, NULL, 'Chose a competitor', NULL, 142, 100, 6, '2025-05-06 17:55:21', 6, '2025-05-06 17:55:21'),
    (32, 9104, 'Customer', 'many2one', 0, NULL, NULL, '', 16, NULL, NULL, 'Ready Mat', NULL, 143, 10, 7, '2025-05-09 09:41:26', 7, '2025-05-09 09:41:26'),
    (33, 9105, 'Type', 'selection', NULL, NULL, NULL, 'Lead', NULL, NULL, NULL, 'Opportunity', NULL, 143, 15, 7, '2025-05-09 09:41:26', 7, '2025-05-09 09:41:26'),
    (34, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualifié', NULL, 145, 100, 8, '2025-05-12 09:59:59', 8, '2025-05-12 09:59:59'),
    (35, 1202, 'Status', 'selection', NULL, NULL, NULL, 'Quotation', NULL, NULL, NULL, 'Quotation Sent', NULL, 146, 3, 6, '2025-05-12 10:00:00', 6, '2025-05-12 10:00:00'),
    (36, 1203, 'Salesperson', 'many2one', 0, NULL, NULL, '', 6, NULL, NULL, 'Alice Martin', NULL, 146, 2, 6, '2025-05-12 10:00:00', 6, '2025-05-12 10:00:00'),
    (37, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualified', 3, NULL, NULL, 'Proposition', NULL, 147, 100, 7, '2025-05-13 16:30:00', 7, '2025-05-13 16:30:00'),
    (38, 9101, 'Stage', 'many2one', 3, NULL, NULL, 'Proposition', 4, NULL, NULL, 'Won', NULL, 150, 100, 6, '2025-05-15 17:20:44', 6, '2025-05-15 17:20:44'),
    (39, 1202, 'Status', 'selection', NULL, NULL, NULL, 'Quotation Sent', NULL, NULL, NULL, 'Sales Order', NULL, 151, 3, 6, '2025-05-15 17:21:02', 6, '2025-05-15 17:21:02'),
    (40, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 153, 100, 7, '2025-05-20 10:10:10', 7, '2025-05-20 10:10:10'),
    (41, 9104, 'Customer', 'many2one', 0, NULL, NULL, '', 19, NULL, NULL, 'Lumber Inc', NULL, 154, 10, 6, '2025-05-21 13:13:13', 6, '2025-05-21 13:13:13'),
    (42, 9105, 'Type', 'selection', NULL, NULL, NULL, 'Lead', NULL, NULL, NULL, 'Opportunity', NULL, 154, 15, 6, '2025-05-21 13:13:13', 6, '2025-05-21 13:13:13'),
    (43, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 155, 100, 7, '2025-05-29 10:00:00', 7, '2025-05-29 10:00:00'),
    (44, 9110, 'Active', 'boolean', 1, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, 156, 100, 7, '2025-06-02 09:12:45', 7, '2025-06-02 09:12:45'),
    (45, 9112, 'Lost Reason', 'many2one', 0, NULL, NULL, '', 1, NULL, NULL, 'Too expensive', NULL, 156, 100, 7, '2025-06-02 09:12:45', 7, '2025-06-02 09:12:45'),
    (46, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 159, 100, 6, '2025-06-03 10:45:00', 6, '2025-06-03 10:45:00'),
    (47, 9111, 'Expected Revenue', 'monetary', NULL, NULL, 12000.0, NULL, NULL, NULL, 15000.0, NULL, 2, 161, 100, 6, '2025-06-16 11:00:00', 6, '2025-06-16 11:00:00'),
    (48, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualified', 3, NULL, NULL, 'Proposition', NULL, 162, 100, 7, '2025-06-19 11:00:00', 7, '2025-06-19 11:00:00'),
    (49, 9103, 'Sales Team', 'many2one', 1, NULL, NULL, 'Sales', 2, NULL, NULL, 'Enterprise Accounts', NULL, 163, 100, 2, '2025-06-20 09:02:11', 2, '2025-06-20 09:02:11'),
    (50, 9102, 'Salesperson', 'many2one', 6, NULL, NULL, 'Alice Martin', 10, NULL, NULL, 'David Okafor', NULL, 163, 100, 2, '2025-06-20 09:02:11', 2, '2025-06-20 09:02:11'),
    (51, 9108, 'Email', 'char', NULL, NULL, NULL, 'j.park@pinecrest-dental.example', NULL, NULL, NULL, 'jpark@pinecrestdental.example', NULL, 165, 40, 10, '2025-06-25 16:45:00', 10, '2025-06-25 16:45:00'),
    (52, 9109, 'Phone', 'char', NULL, NULL, NULL, '', NULL, NULL, NULL, '+1 503 555 0142', NULL, 165, 50, 10, '2025-06-25 16:45:00', 10, '2025-06-25 16:45:00'),
    (53, 9101, 'Stage', 'many2one', 6, NULL, NULL, 'Negotiation', 4, NULL, NULL, 'Won', NULL, 166, 100, 8, '2025-06-30 18:05:09', 8, '2025-06-30 18:05:09'),
    (54, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualified', 3, NULL, NULL, 'Proposition', NULL, 168, 100, 7, '2025-07-01 16:02:48', 7, '2025-07-01 16:02:48'),
    (55, 9111, 'Expected Revenue', 'monetary', NULL, NULL, 15000.0, NULL, NULL, NULL, 13500.0, NULL, 2, 169, 100, 6, '2025-07-02 15:30:00', 6, '2025-07-02 15:30:00'),
    (56, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 169, 100, 6, '2025-07-02 15:30:00', 6, '2025-07-02 15:30:00'),
    (57, 9113, 'Recurring Revenues', 'monetary', NULL, NULL, 0.0, NULL, NULL, NULL, 500.0, NULL, 2, 170, 100, 6, '2025-07-02 15:45:00', 6, '2025-07-02 15:45:00'),
    (58, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 172, 100, 10, '2025-07-07 10:00:00', 10, '2025-07-07 10:00:00'),
    (59, 9110, 'Active', 'boolean', 1, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, 173, 100, 6, '2025-07-08 15:27:36', 6, '2025-07-08 15:27:36'),
    (60, 9112, 'Lost Reason', 'many2one', 0, NULL, NULL, '', 1, NULL, NULL, 'Too expensive', NULL, 173, 100, 6, '2025-07-08 15:27:36', 6, '2025-07-08 15:27:36'),
    (61, 9101, 'Stage', 'many2one', 3, NULL, NULL, 'Proposition', 2, NULL, NULL, 'Qualified', NULL, 174, 100, 7, '2025-07-10 12:00:00', 7, '2025-07-10 12:00:00'),
    (62, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 4, NULL, NULL, 'Won', NULL, 175, 100, 10, '2025-07-21 11:30:00', 10, '2025-07-21 11:30:00'),
    (63, 9111, 'Expected Revenue', 'monetary', NULL, NULL, 9500.0, NULL, NULL, NULL, 11200.0, NULL, 1, 176, 100, 10, '2025-07-30 11:00:00', 10, '2025-07-30 11:00:00'),
    (64, 9110, 'Active', 'boolean', 1, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, 178, 100, 2, '2025-08-05 07:00:00', 2, '2025-08-05 07:00:00'),
    (65, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualified', 3, NULL, NULL, 'Proposition', NULL, 179, 100, 10, '2025-08-11 12:00:00', 10, '2025-08-11 12:00:00'),
    (66, 9111, 'Expected Revenue', 'monetary', NULL, NULL, 13500.0, NULL, NULL, NULL, 14250.0, NULL, 2, 180, 100, 6, '2025-08-12 10:00:00', 6, '2025-08-12 10:00:00'),
    (67, 9102, 'Salesperson', 'many2one', 8, NULL, NULL, 'Chloé Dubois', 7, NULL, NULL, 'Bruno Costa', NULL, 181, 100, 2, '2025-08-15 09:00:00', 2, '2025-08-15 09:00:00'),
    (68, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualified', 3, NULL, NULL, 'Proposition', NULL, 182, 100, 7, '2025-08-21 13:00:00', 7, '2025-08-21 13:00:00'),
    (69, 9101, 'Stage', 'many2one', 3, NULL, NULL, 'Proposition', 4, NULL, NULL, 'Won', NULL, 183, 100, 10, '2025-08-28 16:00:00', 10, '2025-08-28 16:00:00'),
    (70, 9110, 'Active', 'boolean', 0, NULL, NULL, NULL, 1, NULL, NULL, NULL, NULL, 185, 100, 7, '2025-09-01 10:00:00', 7, '2025-09-01 10:00:00'),
    (71, 9112, 'Lost Reason', 'many2one', 1, NULL, NULL, 'Too expensive', 0, NULL, NULL, '', NULL, 185, 100, 7, '2025-09-01 10:00:00', 7, '2025-09-01 10:00:00'),
    (72, 9111, 'Expected Revenue', 'monetary', NULL, NULL, 40000.0, NULL, NULL, NULL, 32000.0, NULL, 2, 187, 100, 7, '2025-09-03 14:14:14', 7, '2025-09-03 14:14:14'),
    (73, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 188, 100, 6, '2025-09-10 14:03:27', 6, '2025-09-10 14:03:27'),
    (74, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualified', 3, NULL, NULL, 'Proposition', NULL, 189, 100, 6, '2025-09-10 14:03:27', 6, '2025-09-10 14:03:27'),
    (75, 9101, 'Stage', 'many2one', 3, NULL, NULL, 'Proposition', 4, NULL, NULL, 'Won', NULL, 191, 100, 7, '2025-09-26 16:00:00', 7, '2025-09-26 16:00:00'),
    (76, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 192, 100, 10, '2025-10-01 09:00:00', 10, '2025-10-01 09:00:00'),
    (77, 9102, 'Salesperson', 'many2one', 7, NULL, NULL, 'Bruno Costa', 6, NULL, NULL, 'Alice Martin', NULL, 194, 100, 7, '2025-10-06 09:30:00', 7, '2025-10-06 09:30:00'),
    (78, 9101, 'Giai đoạn', 'many2one', 1, NULL, NULL, 'Mới', 2, NULL, NULL, 'Đủ điều kiện', NULL, 195, 100, 9, '2025-10-09 09:15:00', 9, '2025-10-09 09:15:00'),
    (79, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualified', 3, NULL, NULL, 'Proposition', NULL, 197, 100, 6, '2025-10-20 14:00:00', 6, '2025-10-20 14:00:00'),
    (80, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 199, 100, 10, '2025-11-03 09:00:00', 10, '2025-11-03 09:00:00'),
    (81, 9101, 'Stage', 'many2one', 5, NULL, NULL, 'Product Demo', 3, NULL, NULL, 'Proposition', NULL, 200, 100, 6, '2025-11-04 11:30:00', 6, '2025-11-04 11:30:00'),
    (82, 9101, 'Giai đoạn', 'many2one', 2, NULL, NULL, 'Đủ điều kiện', 7, NULL, NULL, 'Security Review', NULL, 202, 100, 9, '2025-11-12 10:30:00', 9, '2025-11-12 10:30:00'),
    (83, 9103, 'Sales Team', 'many2one', 1, NULL, NULL, 'Sales', 2, NULL, NULL, 'Enterprise Accounts', NULL, 203, 100, 2, '2025-11-18 09:00:00', 2, '2025-11-18 09:00:00'),
    (84, 9102, 'Salesperson', 'many2one', 7, NULL, NULL, 'Bruno Costa', 9, NULL, NULL, 'Nguyễn Thị Lan', NULL, 203, 100, 2, '2025-11-18 09:00:00', 2, '2025-11-18 09:00:00'),
    (85, 9110, 'Active', 'boolean', 1, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, 204, 100, 2, '2025-11-20 08:30:00', 2, '2025-11-20 08:30:00'),
    (86, 9110, 'Active', 'boolean', 1, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, 206, 100, 10, '2025-12-01 10:00:00', 10, '2025-12-01 10:00:00'),
    (87, 9112, 'Lost Reason', 'many2one', 0, NULL, NULL, '', 4, NULL, NULL, 'Chose a competitor', NULL, 206, 100, 10, '2025-12-01 10:00:00', 10, '2025-12-01 10:00:00'),
    (88, 9101, 'Giai đoạn', 'many2one', 7, NULL, NULL, 'Security Review', 3, NULL, NULL, 'Đề xuất', NULL, 207, 100, 9, '2025-12-03 14:00:00', 9, '2025-12-03 14:00:00'),
    (89, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 208, 100, 6, '2025-12-10 10:00:00', 6, '2025-12-10 10:00:00'),
    (90, 9106, 'Company Name', 'char', NULL, NULL, NULL, 'Kestrel Aero', NULL, NULL, NULL, 'Kestrel Aerospace', NULL, 210, 20, 6, '2026-01-09 10:00:00', 6, '2026-01-09 10:00:00'),
    (91, 9107, 'Contact Name', 'char', NULL, NULL, NULL, 'J. Whitaker', NULL, NULL, NULL, 'Jordan Whitaker', NULL, 210, 30, 6, '2026-01-09 10:00:00', 6, '2026-01-09 10:00:00'),
    (92, 9101, 'Giai đoạn', 'many2one', 1, NULL, NULL, 'Mới', 2, NULL, NULL, 'Đủ điều kiện', NULL, 212, 100, 9, '2026-01-13 10:00:00', 9, '2026-01-13 10:00:00'),
    (93, 9101, 'Stage', 'many2one', 2, NULL, NULL, 'Qualified', 3, NULL, NULL, 'Proposition', NULL, 213, 100, 6, '2026-01-15 11:00:00', 6, '2026-01-15 11:00:00'),
    (94, 9104, 'Customer', 'many2one', 0, NULL, NULL, '', 34, NULL, NULL, 'Kestrel Aerospace, Jordan Whitaker', NULL, 214, 10, 6, '2026-01-20 11:00:00', 6, '2026-01-20 11:00:00'),
    (95, 9105, 'Type', 'selection', NULL, NULL, NULL, 'Lead', NULL, NULL, NULL, 'Opportunity', NULL, 214, 15, 6, '2026-01-20 11:00:00', 6, '2026-01-20 11:00:00'),
    (96, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 215, 100, 6, '2026-02-02 12:00:00', 6, '2026-02-02 12:00:00'),
    (97, 9110, 'Active', 'boolean', 1, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, 216, 100, 7, '2026-02-05 10:00:00', 7, '2026-02-05 10:00:00'),
    (98, 9112, 'Lost Reason', 'many2one', 0, NULL, NULL, '', 1, NULL, NULL, 'Too expensive', NULL, 216, 100, 7, '2026-02-05 10:00:00', 7, '2026-02-05 10:00:00'),
    (99, 9101, 'Stage', 'many2one', 3, NULL, NULL, 'Proposition', 4, NULL, NULL, 'Won', NULL, 219, 100, 6, '2026-02-27 17:00:00', 6, '2026-02-27 17:00:00'),
    (100, 9101, 'Stage', 'many2one', 1, NULL, NULL, 'New', 2, NULL, NULL, 'Qualified', NULL, 225, 100, 6, '2026-03-05 10:00:00', 6, '2026-03-05 10:00:00');

DO $$ BEGIN
    PERFORM setval(pg_get_serial_sequence('res_currency', 'id'), (SELECT max(id) FROM res_currency));
    PERFORM setval(pg_get_serial_sequence('res_partner', 'id'), (SELECT max(id) FROM res_partner));
    PERFORM setval(pg_get_serial_sequence('res_company', 'id'), (SELECT max(id) FROM res_company));
    PERFORM setval(pg_get_serial_sequence('res_users', 'id'), (SELECT max(id) FROM res_users));
    PERFORM setval(pg_get_serial_sequence('crm_team', 'id'), (SELECT max(id) FROM crm_team));
    PERFORM setval(pg_get_serial_sequence('crm_stage', 'id'), (SELECT max(id) FROM crm_stage));
    PERFORM setval(pg_get_serial_sequence('crm_lost_reason', 'id'), (SELECT max(id) FROM crm_lost_reason));
    PERFORM setval(pg_get_serial_sequence('utm_source', 'id'), (SELECT max(id) FROM utm_source));
    PERFORM setval(pg_get_serial_sequence('utm_medium', 'id'), (SELECT max(id) FROM utm_medium));
    PERFORM setval(pg_get_serial_sequence('utm_campaign', 'id'), (SELECT max(id) FROM utm_campaign));
    PERFORM setval(pg_get_serial_sequence('crm_lead', 'id'), (SELECT max(id) FROM crm_lead));
    PERFORM setval(pg_get_serial_sequence('ir_model', 'id'), (SELECT max(id) FROM ir_model));
    PERFORM setval(pg_get_serial_sequence('ir_model_fields', 'id'), (SELECT max(id) FROM ir_model_fields));
    PERFORM setval(pg_get_serial_sequence('ir_module_module', 'id'), (SELECT max(id) FROM ir_module_module));
    PERFORM setval(pg_get_serial_sequence('mail_message_subtype', 'id'), (SELECT max(id) FROM mail_message_subtype));
    PERFORM setval(pg_get_serial_sequence('mail_message', 'id'), (SELECT max(id) FROM mail_message));
    PERFORM setval(pg_get_serial_sequence('mail_tracking_value', 'id'), (SELECT max(id) FROM mail_tracking_value));
END $$;

ALTER TABLE res_currency ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE res_currency ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE res_currency ADD CONSTRAINT res_currency_unique_name UNIQUE (name);
ALTER TABLE res_currency ADD CONSTRAINT res_currency_rounding_gt_zero CHECK (rounding > 0);
ALTER TABLE res_partner ADD FOREIGN KEY (company_id) REFERENCES res_company(id) ON DELETE SET NULL;
ALTER TABLE res_partner ADD FOREIGN KEY (parent_id) REFERENCES res_partner(id) ON DELETE SET NULL;
ALTER TABLE res_partner ADD FOREIGN KEY (user_id) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE res_partner ADD FOREIGN KEY (commercial_partner_id) REFERENCES res_partner(id) ON DELETE SET NULL;
ALTER TABLE res_partner ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE res_partner ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
CREATE INDEX res_partner__name_index ON res_partner (name);
CREATE INDEX res_partner__display_name_index ON res_partner (display_name);
CREATE INDEX res_partner__company_id_index ON res_partner (company_id);
CREATE INDEX res_partner__parent_id_index ON res_partner (parent_id);
CREATE INDEX res_partner__ref_index ON res_partner (ref);
CREATE INDEX res_partner__vat_index ON res_partner (vat);
CREATE INDEX res_partner__commercial_partner_id_index ON res_partner (commercial_partner_id);
CREATE INDEX res_partner__message_main_attachment_id_index ON res_partner (message_main_attachment_id);
CREATE INDEX res_partner__email_normalized_index ON res_partner (email_normalized);
CREATE INDEX res_partner__phone_sanitized_index ON res_partner (phone_sanitized) WHERE phone_sanitized IS NOT NULL;
ALTER TABLE res_company ADD FOREIGN KEY (partner_id) REFERENCES res_partner(id) ON DELETE RESTRICT;
ALTER TABLE res_company ADD FOREIGN KEY (currency_id) REFERENCES res_currency(id) ON DELETE RESTRICT;
ALTER TABLE res_company ADD FOREIGN KEY (parent_id) REFERENCES res_company(id) ON DELETE SET NULL;
ALTER TABLE res_company ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE res_company ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE res_company ADD CONSTRAINT res_company_name_uniq UNIQUE (name);
CREATE INDEX res_company__parent_id_index ON res_company (parent_id);
ALTER TABLE res_users ADD FOREIGN KEY (partner_id) REFERENCES res_partner(id) ON DELETE RESTRICT;
ALTER TABLE res_users ADD FOREIGN KEY (company_id) REFERENCES res_company(id) ON DELETE RESTRICT;
ALTER TABLE res_users ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE res_users ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE res_users ADD CONSTRAINT res_users_login_key UNIQUE (login);
CREATE INDEX res_users__partner_id_index ON res_users (partner_id);
ALTER TABLE crm_team ADD FOREIGN KEY (company_id) REFERENCES res_company(id) ON DELETE SET NULL;
ALTER TABLE crm_team ADD FOREIGN KEY (user_id) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE crm_team ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE crm_team ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
CREATE INDEX crm_team__company_id_index ON crm_team (company_id);
ALTER TABLE crm_stage ADD FOREIGN KEY (team_id) REFERENCES crm_team(id) ON DELETE SET NULL;
ALTER TABLE crm_stage ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE crm_stage ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE crm_lost_reason ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE crm_lost_reason ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE utm_source ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE utm_source ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE utm_source ADD CONSTRAINT utm_source_unique_name UNIQUE (name);
ALTER TABLE utm_medium ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE utm_medium ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE utm_medium ADD CONSTRAINT utm_medium_unique_name UNIQUE (name);
ALTER TABLE utm_campaign ADD FOREIGN KEY (user_id) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE utm_campaign ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE utm_campaign ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE utm_campaign ADD CONSTRAINT utm_campaign_unique_name UNIQUE (name);
ALTER TABLE crm_lead ADD FOREIGN KEY (campaign_id) REFERENCES utm_campaign(id) ON DELETE SET NULL;
ALTER TABLE crm_lead ADD FOREIGN KEY (source_id) REFERENCES utm_source(id) ON DELETE SET NULL;
ALTER TABLE crm_lead ADD FOREIGN KEY (medium_id) REFERENCES utm_medium(id) ON DELETE SET NULL;
ALTER TABLE crm_lead ADD FOREIGN KEY (user_id) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE crm_lead ADD FOREIGN KEY (team_id) REFERENCES crm_team(id) ON DELETE SET NULL;
ALTER TABLE crm_lead ADD FOREIGN KEY (company_id) REFERENCES res_company(id) ON DELETE SET NULL;
ALTER TABLE crm_lead ADD FOREIGN KEY (stage_id) REFERENCES crm_stage(id) ON DELETE RESTRICT;
ALTER TABLE crm_lead ADD FOREIGN KEY (partner_id) REFERENCES res_partner(id) ON DELETE SET NULL;
ALTER TABLE crm_lead ADD FOREIGN KEY (lost_reason_id) REFERENCES crm_lost_reason(id) ON DELETE RESTRICT;
ALTER TABLE crm_lead ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE crm_lead ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE crm_lead ADD CONSTRAINT crm_lead_check_probability CHECK (probability >= 0 and probability <= 100);
CREATE INDEX crm_lead__message_main_attachment_id_index ON crm_lead (message_main_attachment_id);
CREATE INDEX crm_lead__email_normalized_index ON crm_lead (email_normalized);
CREATE INDEX crm_lead__phone_sanitized_index ON crm_lead (phone_sanitized) WHERE phone_sanitized IS NOT NULL;
CREATE INDEX crm_lead__name_index ON crm_lead (name);
CREATE INDEX crm_lead__user_id_index ON crm_lead (user_id);
CREATE INDEX crm_lead__team_id_index ON crm_lead (team_id);
CREATE INDEX crm_lead__company_id_index ON crm_lead (company_id);
CREATE INDEX crm_lead__type_index ON crm_lead (type);
CREATE INDEX crm_lead__priority_index ON crm_lead (priority);
CREATE INDEX crm_lead__stage_id_index ON crm_lead (stage_id);
CREATE INDEX crm_lead__date_last_stage_update_index ON crm_lead (date_last_stage_update);
CREATE INDEX crm_lead__partner_id_index ON crm_lead (partner_id);
CREATE INDEX crm_lead__email_from_index ON crm_lead (email_from);
CREATE INDEX crm_lead__lost_reason_id_index ON crm_lead (lost_reason_id);
CREATE INDEX crm_lead_user_id_team_id_type_index ON crm_lead (user_id, team_id, type);
CREATE INDEX crm_lead_create_date_team_id_idx ON crm_lead (create_date, team_id);
ALTER TABLE ir_model ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE ir_model ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE ir_model ADD CONSTRAINT ir_model_obj_name_uniq UNIQUE (model);
ALTER TABLE ir_model_fields ADD FOREIGN KEY (model_id) REFERENCES ir_model(id) ON DELETE CASCADE;
ALTER TABLE ir_model_fields ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE ir_model_fields ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE ir_model_fields ADD CONSTRAINT ir_model_fields_name_unique UNIQUE (model, name);
CREATE INDEX ir_model_fields__name_index ON ir_model_fields (name);
CREATE INDEX ir_model_fields__complete_name_index ON ir_model_fields (complete_name);
CREATE INDEX ir_model_fields__model_index ON ir_model_fields (model);
CREATE INDEX ir_model_fields__model_id_index ON ir_model_fields (model_id);
ALTER TABLE ir_module_module ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE ir_module_module ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE ir_module_module ADD CONSTRAINT ir_module_module_name_uniq UNIQUE (name);
CREATE INDEX ir_module_module__name_index ON ir_module_module (name);
CREATE INDEX ir_module_module__state_index ON ir_module_module (state);
ALTER TABLE mail_message_subtype ADD FOREIGN KEY (parent_id) REFERENCES mail_message_subtype(id) ON DELETE SET NULL;
ALTER TABLE mail_message_subtype ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE mail_message_subtype ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE mail_message ADD FOREIGN KEY (parent_id) REFERENCES mail_message(id) ON DELETE SET NULL;
ALTER TABLE mail_message ADD FOREIGN KEY (subtype_id) REFERENCES mail_message_subtype(id) ON DELETE SET NULL;
ALTER TABLE mail_message ADD FOREIGN KEY (author_id) REFERENCES res_partner(id) ON DELETE SET NULL;
ALTER TABLE mail_message ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE mail_message ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
CREATE INDEX mail_message__parent_id_index ON mail_message (parent_id);
CREATE INDEX mail_message__model_index ON mail_message (model);
CREATE INDEX mail_message__res_id_index ON mail_message (res_id);
CREATE INDEX mail_message__subtype_id_index ON mail_message (subtype_id);
CREATE INDEX mail_message__mail_activity_type_id_index ON mail_message (mail_activity_type_id);
CREATE INDEX mail_message__author_id_index ON mail_message (author_id);
CREATE INDEX mail_message__message_id_index ON mail_message (message_id);
CREATE INDEX mail_message_model_res_id_id_idx ON mail_message (model, res_id, id);
ALTER TABLE mail_tracking_value ADD FOREIGN KEY (field) REFERENCES ir_model_fields(id) ON DELETE CASCADE;
ALTER TABLE mail_tracking_value ADD FOREIGN KEY (currency_id) REFERENCES res_currency(id) ON DELETE SET NULL;
ALTER TABLE mail_tracking_value ADD FOREIGN KEY (mail_message_id) REFERENCES mail_message(id) ON DELETE CASCADE;
ALTER TABLE mail_tracking_value ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE mail_tracking_value ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
CREATE INDEX mail_tracking_value__field_index ON mail_tracking_value (field);
CREATE INDEX mail_tracking_value__mail_message_id_index ON mail_tracking_value (mail_message_id);

COMMIT;
