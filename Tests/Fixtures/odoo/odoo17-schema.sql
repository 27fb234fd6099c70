-- Odoo 17 CRM database fixture for stagesh's `import odoo` tests.
-- Written by Tests/Fixtures/odoo/make_fixtures.py: edit the script, not this file.
-- Load into an empty database: psql -v ON_ERROR_STOP=1 -d DB -f THIS_FILE (no extensions).
--
-- The odoo17 schema and its small dimension tables (currencies, companies, users, teams, stages,
-- lost reasons, UTM, ir_model(_fields), subtypes, modules) with no leads, messages or tracking:
-- Benchmarks/odoo/generate.sql fills those.

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
    complete_name varchar,
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
COMMENT ON COLUMN res_partner.complete_name IS 'Complete Name';
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
    alias_id int4,
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
    recurring_revenue_prorated numeric,
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
COMMENT ON TABLE crm_lead IS 'Lead';
COMMENT ON COLUMN crm_lead.campaign_id IS 'Campaign';
COMMENT ON COLUMN crm_lead.source_id IS 'Source';
COMMENT ON COLUMN crm_lead.medium_id IS 'Medium';
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
COMMENT ON COLUMN crm_lead.recurring_revenue_prorated IS 'Prorated Recurring Revenues';
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
    pinned_at timestamp,
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
COMMENT ON COLUMN mail_message.pinned_at IS 'Pinned';

CREATE TABLE mail_tracking_value (
    id SERIAL NOT NULL,
    field_id int4,
    field_info jsonb,
    old_value_integer int4,
    old_value_float float8,
    old_value_char varchar,
    old_value_text text,
    old_value_datetime timestamp,
    new_value_integer int4,
    new_value_float float8,
    new_value_char varchar,
    new_value_text text,
    new_value_datetime timestamp,
    currency_id int4,
    mail_message_id int4 NOT NULL,
    create_uid int4,
    create_date timestamp,
    write_uid int4,
    write_date timestamp,
    PRIMARY KEY (id)
);
COMMENT ON TABLE mail_tracking_value IS 'Mail Tracking Value';
COMMENT ON COLUMN mail_tracking_value.field_id IS 'Field';
COMMENT ON COLUMN mail_tracking_value.field_info IS 'Removed field information';
COMMENT ON COLUMN mail_tracking_value.old_value_integer IS 'Old Value Integer';
COMMENT ON COLUMN mail_tracking_value.old_value_float IS 'Old Value Float';
COMMENT ON COLUMN mail_tracking_value.old_value_char IS 'Old Value Char';
COMMENT ON COLUMN mail_tracking_value.old_value_text IS 'Old Value Text';
COMMENT ON COLUMN mail_tracking_value.old_value_datetime IS 'Old Value DateTime';
COMMENT ON COLUMN mail_tracking_value.new_value_integer IS 'New Value Integer';
COMMENT ON COLUMN mail_tracking_value.new_value_float IS 'New Value Float';
COMMENT ON COLUMN mail_tracking_value.new_value_char IS 'New Value Char';
COMMENT ON COLUMN mail_tracking_value.new_value_text IS 'New Value Text';
COMMENT ON COLUMN mail_tracking_value.new_value_datetime IS 'New Value DateTime';
COMMENT ON COLUMN mail_tracking_value.currency_id IS 'Currency';
COMMENT ON COLUMN mail_tracking_value.mail_message_id IS 'Message ID';

INSERT INTO res_currency (id, name, full_name, symbol, rounding, decimal_places, active, position, currency_unit_label, currency_subunit_label, create_uid, create_date, write_uid, write_date) VALUES
    (1, 'EUR', 'Euro', '€', '0.01', 2, true, 'after', '{"en_US": "Euros"}'::jsonb, '{"en_US": "Cents"}'::jsonb, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, 'USD', 'United States dollar', '$', '0.01', 2, true, 'before', '{"en_US": "Dollars"}'::jsonb, '{"en_US": "Cents"}'::jsonb, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (23, 'VND', 'Vietnamese đồng', '₫', '1.00', 0, false, 'after', '{"en_US": "Dong"}'::jsonb, '{"en_US": ""}'::jsonb, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00');

INSERT INTO res_partner (id, name, complete_name, company_id, parent_id, lang, tz, active, type, email, is_company, color, partner_share, commercial_partner_id, commercial_company_name, email_normalized, message_bounce, create_uid, create_date, write_uid, write_date) VALUES
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
    (105, '{"en_US": "Discussion Channel"}'::jsonb, 'discuss.channel', 'base', false, true, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (170, '{"en_US": "Sales Team"}'::jsonb, 'crm.team', 'base', false, true, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (171, '{"en_US": "UTM Campaign"}'::jsonb, 'utm.campaign', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (172, '{"en_US": "UTM Medium"}'::jsonb, 'utm.medium', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (173, '{"en_US": "UTM Source"}'::jsonb, 'utm.source', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (201, '{"en_US": "CRM Stages"}'::jsonb, 'crm.stage', 'base', false, false, false, false, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (202, '{"en_US": "Lead"}'::jsonb, 'crm.lead', 'base', false, true, true, true, 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
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
    (1, 'base', '{"en_US": "Base"}'::jsonb, 'Odoo S.A.', '17.0.1.0', 'installed', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (2, 'web', '{"en_US": "Web"}'::jsonb, 'Odoo S.A.', '17.0.1.0', 'installed', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (3, 'bus', '{"en_US": "IM Bus"}'::jsonb, 'Odoo S.A.', '17.0.1.0', 'installed', false, true, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (4, 'mail', '{"en_US": "Discuss"}'::jsonb, 'Odoo S.A.', '17.0.1.0', 'installed', true, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (5, 'utm', '{"en_US": "UTM Trackers"}'::jsonb, 'Odoo S.A.', '17.0.1.0', 'installed', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (6, 'phone_validation', '{"en_US": "Phone Numbers Validation"}'::jsonb, 'Odoo S.A.', '17.0.1.0', 'installed', false, true, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (7, 'sales_team', '{"en_US": "Sales Teams"}'::jsonb, 'Odoo S.A.', '17.0.1.0', 'installed', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (8, 'contacts', '{"en_US": "Contacts"}'::jsonb, 'Odoo S.A.', '17.0.1.0', 'installed', true, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (9, 'calendar', '{"en_US": "Calendar"}'::jsonb, 'Odoo S.A.', '17.0.1.0', 'installed', true, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (10, 'crm', '{"en_US": "CRM"}'::jsonb, 'Odoo S.A.', '17.0.1.0', 'installed', true, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (11, 'sale', '{"en_US": "Sales"}'::jsonb, 'Odoo S.A.', '17.0.1.0', 'installed', false, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (12, 'sale_management', '{"en_US": "Sales"}'::jsonb, 'Odoo S.A.', '17.0.1.0', 'installed', true, false, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
    (13, 'sale_crm', '{"en_US": "Opportunity to Quotation"}'::jsonb, 'Odoo S.A.', '17.0.1.0', 'installed', false, true, 'LGPL-3', 1, '2025-01-02 08:00:00', 1, '2025-01-02 08:00:00'),
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
    PERFORM setval(pg_get_serial_sequence('ir_model', 'id'), (SELECT max(id) FROM ir_model));
    PERFORM setval(pg_get_serial_sequence('ir_model_fields', 'id'), (SELECT max(id) FROM ir_model_fields));
    PERFORM setval(pg_get_serial_sequence('ir_module_module', 'id'), (SELECT max(id) FROM ir_module_module));
    PERFORM setval(pg_get_serial_sequence('mail_message_subtype', 'id'), (SELECT max(id) FROM mail_message_subtype));
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
CREATE INDEX res_partner__complete_name_index ON res_partner (complete_name);
CREATE INDEX res_partner__company_id_index ON res_partner (company_id);
CREATE INDEX res_partner__parent_id_index ON res_partner (parent_id);
CREATE INDEX res_partner__ref_index ON res_partner (ref);
CREATE INDEX res_partner__vat_index ON res_partner (vat);
CREATE INDEX res_partner__commercial_partner_id_index ON res_partner (commercial_partner_id);
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
ALTER TABLE mail_tracking_value ADD FOREIGN KEY (field_id) REFERENCES ir_model_fields(id) ON DELETE SET NULL;
ALTER TABLE mail_tracking_value ADD FOREIGN KEY (currency_id) REFERENCES res_currency(id) ON DELETE SET NULL;
ALTER TABLE mail_tracking_value ADD FOREIGN KEY (mail_message_id) REFERENCES mail_message(id) ON DELETE CASCADE;
ALTER TABLE mail_tracking_value ADD FOREIGN KEY (create_uid) REFERENCES res_users(id) ON DELETE SET NULL;
ALTER TABLE mail_tracking_value ADD FOREIGN KEY (write_uid) REFERENCES res_users(id) ON DELETE SET NULL;
CREATE INDEX mail_tracking_value__field_id_index ON mail_tracking_value (field_id);
CREATE INDEX mail_tracking_value__mail_message_id_index ON mail_tracking_value (mail_message_id);

COMMIT;
