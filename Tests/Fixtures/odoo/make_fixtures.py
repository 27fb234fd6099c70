#!/usr/bin/env python3
"""Writes the Odoo database fixtures that `import odoo` is tested against.

    python3 Tests/Fixtures/odoo/make_fixtures.py

writes, beside this script, odoo14.sql, odoo16.sql, odoo17.sql and odoo18.sql (one
business story in the schema each version's ORM creates) and odoo17-schema.sql (the 17
schema with only the small dimension rows, for Benchmarks/odoo/generate.sql). Each file
loads into an empty PostgreSQL database with `psql -v ON_ERROR_STOP=1 -d DB -f FILE`.

The tables are written as Odoo's ORM lays them out: `id SERIAL` primary key, the four
log-access columns, char -> varchar, text/html -> text, float -> double precision,
monetary -> numeric, datetime -> timestamp without time zone (UTC), a required field
NOT NULL, a many2one a foreign key with its ondelete, `index=True` a btree index named
as that version names it, and a translatable field jsonb keyed by language from 16 on
(varchar plus ir_translation rows in 14). The ORM sets no SQL DEFAULTs (defaults live in
Python), so there are none. Trigram indexes (16+) need pg_trgm; without it Odoo makes a
btree index, which is what is written here. Many2ones to tables that are not part of the
fixture (res_country, res_lang, ir_attachment, mail_alias, ...) are plain int4.

The history is simulated the way Odoo writes it: every write of tracked fields in one
transaction is one mail_message (message_type 'notification', subtype chosen as crm.lead's
_track_subtype does) with one mail_tracking_value row per tracked field that changed;
creating a record logs no tracking (only the 'created' message); imports and scripts
that run with tracking off change the record and leave no trace. The lead's current
row is what the events leave behind, so it agrees with its history except where the
story says otherwise.
"""

import datetime as dt
import json
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
VERSIONS = (14, 16, 17, 18)

# ---------------------------------------------------------------------------------------
# Schema
# ---------------------------------------------------------------------------------------


class Col:
    def __init__(self, name, sqltype, notnull=False, fk=None, ondelete="set null", index=False, label=None,
                 translate=False, partial_index=False):
        self.name = name
        self.sqltype = sqltype
        self.notnull = notnull
        self.fk = fk  # referenced table, or None
        self.ondelete = ondelete
        self.index = index
        self.label = label
        self.translate = translate  # jsonb from 16 on
        self.partial_index = partial_index  # index='btree_not_null' (16+)


class Table:
    def __init__(self, name, description, cols, log_access=True, constraints=(), extra_indexes=()):
        self.name = name
        self.description = description
        self.cols = cols
        self.log_access = log_access
        self.constraints = list(constraints)  # (name, definition)
        self.extra_indexes = list(extra_indexes)  # (name, definition after ON table)


def char(name, label=None, **kw):
    return Col(name, "varchar", label=label, **kw)


def text(name, label=None, **kw):
    return Col(name, "text", label=label, **kw)


def integer(name, label=None, **kw):
    return Col(name, "int4", label=label, **kw)


def boolean(name, label=None, **kw):
    return Col(name, "bool", label=label, **kw)


def floating(name, label=None, **kw):
    return Col(name, "float8", label=label, **kw)


def monetary(name, label=None, **kw):
    return Col(name, "numeric", label=label, **kw)


def date(name, label=None, **kw):
    return Col(name, "date", label=label, **kw)


def datetime(name, label=None, **kw):
    return Col(name, "timestamp", label=label, **kw)


def jsonb(name, label=None, **kw):
    return Col(name, "jsonb", label=label, **kw)


def m2o(name, target, label=None, **kw):
    return Col(name, "int4", fk=target, label=label, **kw)


RESERVED = {"default", "order", "user", "group", "check", "column", "table", "primary", "references"}


def ident(name):
    """A column name as SQL needs it: Odoo quotes every identifier; only reserved words need it."""
    return f'"{name}"' if name in RESERVED else name


def index_name(v, table, column):
    # tools.create_index names: "{table}_{column}_index" up to 15, make_index_name's
    # "{table}__{column}_index" from 16.
    return f"{table}__{column}_index" if v >= 16 else f"{table}_{column}_index"


def schema(v):
    """The tables of version v, in creation order."""
    tables = []
    tr = "jsonb" if v >= 16 else "varchar"  # a translatable Char
    trtext = "jsonb" if v >= 16 else "text"  # a translatable Text

    tables.append(Table("res_currency", "Currency", [
        char("name", "Currency", notnull=True),  # size=3 in Odoo: varchar(3) in fact; kept varchar
        char("full_name", "Name") if v >= 16 else None,
        char("symbol", "Symbol", notnull=True),
        Col("rounding", "numeric", label="Rounding Factor"),
        integer("decimal_places", "Decimal Places"),
        boolean("active", "Active"),
        char("position", "Symbol Position"),
        Col("currency_unit_label", tr, label="Currency Unit", translate=True),
        Col("currency_subunit_label", tr, label="Currency Subunit", translate=True),
    ], constraints=[("res_currency_unique_name", "UNIQUE (name)"),
                    ("res_currency_rounding_gt_zero", "CHECK (rounding > 0)")]))

    tables.append(Table("res_partner", "Contact", [
        char("name", "Name", index=True),
        char("display_name", "Display Name", index=True) if v <= 16 else None,
        char("complete_name", "Complete Name", index=True) if v >= 17 else None,
        m2o("company_id", "res_company", "Company", index=True),
        m2o("title", None, "Title"),
        m2o("parent_id", "res_partner", "Related Company", index=True),
        char("ref", "Reference", index=True),
        char("lang", "Language"),
        char("tz", "Timezone"),
        m2o("user_id", "res_users", "Salesperson"),
        char("vat", "Tax ID", index=True),
        char("website", "Website Link"),
        text("comment", "Notes"),
        boolean("active", "Active"),
        boolean("employee", "Employee") if v <= 14 else None,
        char("function", "Job Position"),
        char("type", "Address Type"),
        char("street", "Street"), char("street2", "Street2"), char("zip", "Zip"), char("city", "City"),
        m2o("state_id", None, "State"), m2o("country_id", None, "Country"),
        char("email", "Email"),
        char("phone", "Phone"),
        char("mobile", "Mobile"),
        boolean("is_company", "Is a Company"),
        m2o("industry_id", None, "Industry"),
        integer("color", "Color Index"),
        boolean("partner_share", "Share Partner"),
        m2o("commercial_partner_id", "res_partner", "Commercial Entity", index=True),
        char("commercial_company_name", "Company Name Entity"),
        char("company_name", "Company Name"),
        m2o("message_main_attachment_id", None, "Main Attachment", index=True) if v <= 16 else None,
        char("email_normalized", "Normalized Email", index=True),
        integer("message_bounce", "Bounce"),
        char("phone_sanitized", "Sanitized Number", index=True, partial_index=v >= 16),
    ]))

    tables.append(Table("res_company", "Companies", [
        char("name", "Company Name", notnull=True),  # related partner_id.name, stored
        m2o("partner_id", "res_partner", "Partner", notnull=True, ondelete="restrict"),
        m2o("currency_id", "res_currency", "Currency", notnull=True, ondelete="restrict"),
        integer("sequence", "Sequence"),
        m2o("parent_id", "res_company", "Parent Company", index=True),
        char("email", "Email"),
        char("phone", "Phone"),
        boolean("active", "Active") if v >= 16 else None,
    ], constraints=[("res_company_name_uniq", "UNIQUE (name)")]))

    tables.append(Table("res_users", "User", [
        # res.users _inherits res.partner: the name is the partner's, read through partner_id.
        boolean("active", "Active"),
        char("login", "Login", notnull=True),
        char("password", "Password"),
        m2o("partner_id", "res_partner", "Related Partner", notnull=True, ondelete="restrict", index=True),
        m2o("company_id", "res_company", "Company", notnull=True, ondelete="restrict"),
        text("signature", "Email Signature"),
        boolean("share", "Share User"),
        char("notification_type", "Notification", notnull=True),
        char("odoobot_state", "OdooBot Status"),
        m2o("sale_team_id", "crm_team", "User Sales Team") if v <= 14 else None,
    ], constraints=[("res_users_login_key", "UNIQUE (login)")]))

    tables.append(Table("crm_team", "Sales Team", [
        Col("name", tr, label="Sales Team", notnull=True, translate=True),
        integer("sequence", "Sequence"),
        boolean("active", "Active"),
        m2o("company_id", "res_company", "Company", index=True),
        m2o("user_id", "res_users", "Team Leader"),
        integer("color", "Color Index"),
        boolean("use_leads", "Leads"),
        boolean("use_opportunities", "Pipeline"),
        # mail.alias.mixin: required up to 16; 17 crm.team is mail.alias.mixin.optional.
        m2o("alias_id", None, "Alias", notnull=v <= 16),
        boolean("use_quotations", "Quotations"),
        Col("invoiced_target", "float8", label="Invoicing Target"),
        boolean("assignment_optout", "Skip auto assignment") if v >= 16 else None,
        char("assignment_domain", "Assignment Domain") if v >= 16 else None,
        jsonb("lead_properties_definition", "Lead Properties") if v >= 16 else None,
    ]))

    tables.append(Table("crm_stage", "CRM Stages", [
        Col("name", tr, label="Stage Name", notnull=True, translate=True),
        integer("sequence", "Sequence"),
        boolean("is_won", "Is Won Stage?"),
        text("requirements", "Requirements"),
        m2o("team_id", "crm_team", "Sales Team"),
        boolean("fold", "Folded in Pipeline"),
        integer("color", "Color") if v >= 18 else None,
    ]))

    tables.append(Table("crm_lost_reason", "Opp. Lost Reason", [
        Col("name", tr, label="Description", notnull=True, translate=True),
        boolean("active", "Active"),
    ]))

    utm_unique = v >= 16  # 16 made UTM names unique and no longer translatable
    tables.append(Table("utm_source", "UTM Source", [
        Col("name", "varchar" if v >= 16 else tr, label="Source Name", notnull=True, translate=v < 16),
    ], constraints=[("utm_source_unique_name", "UNIQUE (name)")] if utm_unique else []))
    tables.append(Table("utm_medium", "UTM Medium", [
        Col("name", "varchar" if v >= 16 else tr, label="Medium Name", notnull=True, translate=v < 16),
        boolean("active", "Active"),
    ], constraints=[("utm_medium_unique_name", "UNIQUE (name)")] if utm_unique else []))
    tables.append(Table("utm_campaign", "UTM Campaign", [
        char("name", "Campaign Identifier" if v >= 16 else "Campaign Name", notnull=True, translate=v < 16),
        Col("title", "jsonb", label="Campaign Name", notnull=True, translate=True) if v >= 16 else None,
        m2o("user_id", "res_users", "Responsible", notnull=True),
        m2o("stage_id", None, "Stage", notnull=True, ondelete="restrict"),  # utm_stage, not in the fixture
        boolean("is_auto_campaign", "Automatically Generated Campaign") if v >= 16 else None,
        integer("color", "Color Index"),
    ], constraints=[("utm_campaign_unique_name", "UNIQUE (name)")] if utm_unique else []))

    lost = "lost_reason" if v == 14 else "lost_reason_id"  # renamed in 15
    tables.append(Table("crm_lead", "Lead/Opportunity" if v <= 16 else "Lead", [
        # utm.mixin (crm.lead overrides ondelete to 'set null')
        m2o("campaign_id", "utm_campaign", "Campaign"),
        m2o("source_id", "utm_source", "Source"),
        m2o("medium_id", "utm_medium", "Medium"),
        # mail.thread (17 moved the main attachment to mail.thread.main.attachment, which crm.lead does not inherit)
        m2o("message_main_attachment_id", None, "Main Attachment", index=True) if v <= 16 else None,
        char("email_cc", "Email cc"),  # mail.thread.cc
        char("email_normalized", "Normalized Email", index=True),  # mail.thread.blacklist
        integer("message_bounce", "Bounce"),
        char("phone_sanitized", "Sanitized Number", index=True, partial_index=v >= 16),  # mail.thread.phone
        char("name", "Opportunity", notnull=True, index=True),
        m2o("user_id", "res_users", "Salesperson", index=True),
        m2o("team_id", "crm_team", "Sales Team", index=True),
        jsonb("lead_properties", "Properties") if v >= 16 else None,
        m2o("company_id", "res_company", "Company", index=True),
        char("referred", "Referred By"),
        text("description", "Notes"),  # Text in 14, Html from 15
        boolean("active", "Active"),
        char("type", "Type", notnull=True, index=True),
        char("priority", "Priority", index=True),
        m2o("stage_id", "crm_stage", "Stage", index=True, ondelete="restrict"),
        integer("color", "Color Index"),
        monetary("expected_revenue", "Expected Revenue"),
        monetary("prorated_revenue", "Prorated Revenue"),
        monetary("recurring_revenue", "Recurring Revenues"),
        m2o("recurring_plan", None, "Recurring Plan"),
        monetary("recurring_revenue_monthly", "Expected MRR"),
        monetary("recurring_revenue_monthly_prorated", "Prorated MRR"),
        monetary("recurring_revenue_prorated", "Prorated Recurring Revenues") if v >= 17 else None,
        datetime("date_closed", "Closed Date"),
        # renamed date_automation_last in saas-17.2, so 18 has the new name
        datetime("date_action_last" if v <= 17 else "date_automation_last", "Last Action"),
        datetime("date_open", "Assignment Date"),
        floating("day_open", "Days to Assign"),
        floating("day_close", "Days to Close"),
        datetime("date_last_stage_update", "Last Stage Update", index=True),
        datetime("date_conversion", "Conversion Date"),
        date("date_deadline", "Expected Closing"),
        m2o("partner_id", "res_partner", "Customer", index=True),
        char("contact_name", "Contact Name", index=v >= 18),
        char("partner_name", "Company Name", index=(v == 14 or v >= 18)),
        char("function", "Job Position"),
        m2o("title", None, "Title"),
        char("email_from", "Email", index=True),
        char("email_domain_criterion", "Email Domain Criterion", index=True, partial_index=True) if v >= 18 else None,
        char("phone", "Phone"),
        char("mobile", "Mobile"),
        char("phone_state", "Phone Quality"),
        char("email_state", "Email Quality"),
        char("website", "Website", index=v == 14),
        m2o("lang_id", None, "Language"),
        char("street", "Street"), char("street2", "Street2"), char("zip", "Zip"), char("city", "City"),
        m2o("state_id", None, "State"), m2o("country_id", None, "Country"),
        floating("probability", "Probability"),
        floating("automated_probability", "Automated Probability"),
        # 18: crm_enterprise's stored won/lost status (in the community crm from saas-18.2 on)
        char("won_status", "Won/Lost") if v >= 18 else None,
        m2o(lost, "crm_lost_reason", "Lost Reason", index=True, ondelete="restrict"),
    ], constraints=[("crm_lead_check_probability", "CHECK (probability >= 0 and probability <= 100)")],
        # crm.lead's init() (models.Index from 18.2)
        extra_indexes=[("crm_lead_user_id_team_id_type_index", "(user_id, team_id, type)"),
                       ("crm_lead_create_date_team_id_idx", "(create_date, team_id)")]))

    tables.append(Table("ir_model", "Models", [
        Col("name", tr, label="Model Description", notnull=True, translate=True),
        char("model", "Model", notnull=True),
        text("info", "Information"),
        char("state", "Type"),
        boolean("transient", "Transient Model"),
        boolean("is_mail_thread", "Has Mail Thread"),
        boolean("is_mail_activity", "Has Mail Activity"),
        boolean("is_mail_blacklist", "Has Mail Blacklist"),
    ], constraints=[("ir_model_obj_name_uniq", "UNIQUE (model)")]))

    tables.append(Table("ir_model_fields", "Fields", [
        char("name", "Field Name", notnull=True, index=True),
        char("complete_name", "Complete Name", index=True),
        char("model", "Model Name", notnull=True, index=True),
        char("relation", "Related Model"),
        char("relation_field", "Relation Field"),
        m2o("model_id", "ir_model", "Model", notnull=True, ondelete="cascade", index=True),
        Col("field_description", tr, label="Field Label", notnull=True, translate=True),
        Col("help", trtext, label="Field Help", translate=True),
        char("ttype", "Field Type", notnull=True),
        boolean("required", "Required"),
        boolean("readonly", "Readonly"),
        boolean("index", "Indexed"),
        boolean("translate", "Translatable"),
        char("state", "Type", notnull=True),
        char("on_delete", "On Delete"),
        boolean("store", "Stored"),
        char("related", "Related Field"),
        text("compute", "Compute"),
        char("depends", "Dependencies"),
        char("currency_field", "Currency field") if v >= 16 else None,
        integer("tracking", "Enable Ordered Tracking"),  # added by mail
    ], constraints=[("ir_model_fields_name_unique", "UNIQUE (model, name)")]))

    tables.append(Table("ir_module_module", "Module", [
        char("name", "Technical Name", notnull=True, index=True),
        Col("shortdesc", tr, label="Module Name", translate=True),
        char("author", "Author"),
        char("latest_version", "Installed Version"),
        char("state", "Status", index=True),
        boolean("application", "Application"),
        boolean("auto_install", "Automatic Installation"),
        char("license", "License"),
    ], constraints=[("ir_module_module_name_uniq", "UNIQUE (name)")]))

    if v == 14:
        # ir.translation has no log-access columns (_log_access = False)
        tables.append(Table("ir_translation", "Translation", [
            char("name", "Translated field", notnull=True, index=True),
            integer("res_id", "Record ID", index=True),
            char("lang", "Language"),
            char("type", "Type", index=True),
            text("src", "Internal Source"),
            text("value", "Translation Value"),
            char("module", "Module"),
            char("state", "Status"),
            text("comments", "Translation comments"),
        ], log_access=False,
            extra_indexes=[("ir_translation_model_unique", "(type, lang, name, res_id) WHERE type = 'model'")]))

    tables.append(Table("mail_message_subtype", "Message subtypes", [
        Col("name", tr, label="Message Type", notnull=True, translate=True),
        Col("description", trtext, label="Description", translate=True),
        boolean("internal", "Internal Only"),
        m2o("parent_id", "mail_message_subtype", "Parent"),
        char("relation_field", "Relation field"),
        char("res_model", "Model"),
        boolean("default", "Default"),
        integer("sequence", "Sequence"),
        boolean("hidden", "Hidden"),
        boolean("track_recipients", "Track Recipients"),
    ]))

    tables.append(Table("mail_message", "Message", [
        char("subject", "Subject"),
        datetime("date", "Date"),
        text("body", "Contents"),
        m2o("parent_id", "mail_message", "Parent Message", index=True),
        char("model", "Related Document Model", index=True),
        integer("res_id", "Related Document ID", index=True),  # Many2oneReference: no foreign key
        char("record_name", "Message Record Name"),
        char("message_type", "Type", notnull=True),
        m2o("subtype_id", "mail_message_subtype", "Subtype", index=True),
        m2o("mail_activity_type_id", None, "Mail Activity Type", index=True),
        boolean("is_internal", "Employee Only"),
        char("email_from", "From"),
        m2o("author_id", "res_partner", "Author", index=True),
        m2o("author_guest_id", None, "Guest") if v >= 16 else None,
        boolean("no_auto_thread", "No threading for answers") if v <= 14 else None,
        boolean("reply_to_force_new", "No threading for answers") if v >= 16 else None,
        char("moderation_status", "Moderation Status", index=True) if v <= 14 else None,
        m2o("moderator_id", "res_users", "Moderated By", index=True) if v <= 14 else None,
        char("email_layout_xmlid", "Layout"),
        boolean("add_sign", "Add Sign") if v <= 14 else None,
        boolean("email_add_signature", "Email Add Signature") if v >= 16 else None,
        char("reply_to", "Reply-To"),
        m2o("mail_server_id", None, "Outgoing mail server"),
        char("message_id", "Message-Id", index=True),
        datetime("pinned_at", "Pinned") if v >= 17 else None,
    ], extra_indexes=[("mail_message_model_res_id_idx", "(model, res_id)")] if v <= 14
        else [("mail_message_model_res_id_id_idx", "(model, res_id, id)")]))

    if v <= 16:
        tracking = [
            m2o("field", "ir_model_fields", "Changed Field", notnull=True, ondelete="cascade", index=True),
            char("field_desc", "Field Description", notnull=True),
            char("field_type", "Field Type"),
        ]
    else:
        tracking = [
            m2o("field_id", "ir_model_fields", "Field", index=True),
            jsonb("field_info", "Removed field information"),
        ]
    for side, word in (("old", "Old"), ("new", "New")):
        tracking += [
            integer(f"{side}_value_integer", f"{word} Value Integer"),
            floating(f"{side}_value_float", f"{word} Value Float"),
        ]
        if v <= 16:
            tracking.append(floating(f"{side}_value_monetary", f"{word} Value Monetary"))
        tracking += [
            char(f"{side}_value_char", f"{word} Value Char"),
            text(f"{side}_value_text", f"{word} Value Text"),
            datetime(f"{side}_value_datetime", f"{word} Value DateTime"),
        ]
    tracking += [
        m2o("currency_id", "res_currency", "Currency"),
        m2o("mail_message_id", "mail_message", "Message ID", notnull=True, ondelete="cascade", index=True),
    ]
    if v <= 16:
        tracking.append(integer("tracking_sequence", "Tracking field sequence"))
    tables.append(Table("mail_tracking_value", "Mail Tracking Value", tracking))

    for t in tables:
        t.cols = [c for c in t.cols if c is not None]
    return tables


# ---------------------------------------------------------------------------------------
# The story's fixed rows
# ---------------------------------------------------------------------------------------

START = "2025-01-02 08:00:00"  # when the database was set up (base rows' create_date)
RENAME_AT = "2025-10-01 09:00:00"  # stage 5 "Demo" became "Product Demo"
DELETED_AT = "2025-12-15 17:30:00"  # stage 6 "Negotiation" was deleted
SNAPSHOT = "2026-03-31"  # the fixture is the database as of this day

CURRENCIES = [  # id, name, symbol, rounding, decimals, active, position, unit, subunit, full name
    (1, "EUR", "€", "0.01", 2, True, "after", "Euros", "Cents", "Euro"),
    (2, "USD", "$", "0.01", 2, True, "before", "Dollars", "Cents", "United States dollar"),
    (23, "VND", "₫", "1.00", 0, False, "after", "Dong", "", "Vietnamese đồng"),
]

# id, name, parent, is_company, email, lang, company_id
PARTNERS = [
    (1, "Northwind Traders Inc.", None, True, "info@northwind.example", "en_US", 1),
    (2, "OdooBot", None, False, "odoobot@example.com", "en_US", None),
    (3, "Mitchell Admin", None, False, "admin@northwind.example", "en_US", 1),
    (7, "Alice Martin", None, False, "alice.martin@northwind.example", "en_US", 1),
    (8, "Bruno Costa", None, False, "bruno.costa@northwind.example", "en_US", 1),
    (9, "Chloé Dubois", None, False, "chloe.dubois@northwind.example", "fr_FR", 1),
    (10, "Nguyễn Thị Lan", None, False, "lan.nguyen@northwind.example", "vi_VN", 1),
    (11, "David Okafor", None, False, "david.okafor@northwind.example", "en_US", 1),
    (12, "Northwind Europe GmbH", None, True, "info@northwind-europe.example", "de_DE", 2),
    (14, "Gemini Furniture", None, True, "info@geminifurniture.example", "en_US", None),
    (15, "Edwin Hansen", 14, False, "edwin.hansen@geminifurniture.example", "en_US", None),
    (16, "Ready Mat", None, True, "purchasing@readymat.example", "en_US", None),
    (17, "Deco Addict", None, True, "hello@decoaddict.example", "en_US", None),
    (18, "Azure Interior", None, True, "contact@azureinterior.example", "en_US", None),
    (19, "Lumber Inc", None, True, "sales@lumberinc.example", "en_US", None),
    (20, "Wood Corner", None, True, "orders@woodcorner.example", "en_US", None),
    (21, "The Jackson Group", None, True, "office@jacksongroup.example", "en_US", None),
    (22, "Brandon Freeman", 18, False, "brandon.freeman@azureinterior.example", "en_US", None),
    (23, "Hollow Oak Studios", None, True, "studio@hollowoak.example", "en_US", None),
    (24, "Saigon Coffee Roasters", None, True, "lienhe@saigoncoffee.example", "vi_VN", None),
    (25, "Trần Minh Quân", 24, False, "quan.tran@saigoncoffee.example", "vi_VN", None),
    (26, "Müller Maschinenbau GmbH", None, True, "vertrieb@mueller-mb.example", "de_DE", 2),
    (27, "Bistro Lyonnais SARL", None, True, "contact@bistro-lyonnais.example", "fr_FR", 2),
    (28, "Nordlicht Logistik AG", None, True, "einkauf@nordlicht.example", "de_DE", 2),
    (31, "Kestrel Aerospace", None, True, "procurement@kestrel-aero.example", "en_US", None),
    (32, "Blue Ridge Outfitters", None, True, "buyers@blueridge.example", "en_US", None),
    (33, "Atlas Freight Co.", None, True, "ops@atlasfreight.example", "en_US", None),
    (34, "Jordan Whitaker", 31, False, "jordan.whitaker@kestrel-aero.example", "en_US", None),
]

COMPANIES = [(1, "Northwind Traders Inc.", 1, 2), (2, "Northwind Europe GmbH", 12, 1)]  # id, name, partner, currency

# id, login, partner, active, company, sales team (14's sale_team_id)
USERS = [
    (1, "__system__", 2, False, 1, None),
    (2, "admin", 3, True, 1, 1),
    (6, "alice", 7, True, 1, 1),
    (7, "bruno", 8, True, 1, 1),
    (8, "chloe", 9, False, 1, 1),  # left in August 2025; still owns leads
    (9, "lan", 10, True, 1, 2),  # writes in Vietnamese
    (10, "david", 11, True, 1, 2),
]

TEAMS = [  # id, names by language, company, leader, use_leads
    (1, {"en_US": "Sales", "vi_VN": "Bán hàng"}, None, 2, True),
    (2, {"en_US": "Enterprise Accounts", "vi_VN": "Khách hàng doanh nghiệp"}, 1, 10, False),
]

# id, names (en_US is today's; "former" is what it was called before RENAME_AT), sequence, is_won,
# team, fold, requirements, deleted
STAGES = [
    (1, {"en_US": "New", "vi_VN": "Mới"}, 1, False, None, False, None),
    (2, {"en_US": "Qualified", "vi_VN": "Đủ điều kiện", "fr_FR": "Qualifié"}, 2, False, None, False,
     "Budget, authority, need and timing confirmed"),
    (3, {"en_US": "Proposition", "vi_VN": "Đề xuất"}, 3, False, None, False, "Quotation sent"),
    (4, {"en_US": "Won", "vi_VN": "Thắng"}, 70, True, None, False, None),
    # sequence 3 like Proposition: Odoo orders stages by sequence, name, id, so it comes first
    (5, {"en_US": "Product Demo", "vi_VN": "Trình diễn sản phẩm"}, 3, False, None, False, "Demo booked"),
    (7, {"en_US": "Security Review"}, 5, False, 2, False, "Customer's security questionnaire answered"),
]
STAGE_FORMER = {5: "Demo"}  # en_US names before RENAME_AT
DELETED_STAGES = {6: {"en_US": "Negotiation", "vi_VN": "Đàm phán"}}  # gone since DELETED_AT

REASONS = [
    (1, {"en_US": "Too expensive", "vi_VN": "Quá đắt"}),
    (2, {"en_US": "We don't have people/skills", "vi_VN": "Chúng tôi không có người/kỹ năng"}),
    (3, {"en_US": "Not enough stock", "vi_VN": "Không đủ hàng"}),
    (4, {"en_US": "Chose a competitor"}),
]

SOURCES = [(1, "Search engine"), (2, "Lead Recall"), (3, "Newsletter"), (4, "Facebook"), (6, "LinkedIn")]
MEDIUMS = [(1, "Website"), (2, "Phone"), (3, "Direct"), (4, "Email")]
CAMPAIGNS = [(1, "Sale"), (2, "Christmas Special"), (3, "Spring Webinar 2025")]

# The crm.lead fields Odoo tracks, with their tracking sequence (tracking=True is 100) and
# type; a version tracks the ones listed for it.
LEAD_TRACKED = {
    "stage_id": ("many2one", "crm.stage", "Stage", 100),
    "user_id": ("many2one", "res.users", "Salesperson", 100),
    "team_id": ("many2one", "crm.team", "Sales Team", 100),
    "partner_id": ("many2one", "res.partner", "Customer", 10),
    "type": ("selection", None, "Type", 15),
    "partner_name": ("char", None, "Company Name", 20),
    "contact_name": ("char", None, "Contact Name", 30),
    "email_from": ("char", None, "Email", 40),
    "phone": ("char", None, "Phone", 50),
    "active": ("boolean", None, "Active", 100),
    "expected_revenue": ("monetary", None, "Expected Revenue", 100),
    "lost_reason": ("many2one", "crm.lost.reason", "Lost Reason", 100),
    "recurring_revenue": ("monetary", None, "Recurring Revenues", 100),
}
# recurring_revenue is tracked from 15 (in 14 it is not); name, probability, priority and
# date_deadline are tracked by no version.
LEAD_TRACKED_BY_VERSION = {
    14: [f for f in LEAD_TRACKED if f != "recurring_revenue"],
    16: list(LEAD_TRACKED), 17: list(LEAD_TRACKED), 18: list(LEAD_TRACKED),
}
# Labels a user whose language is vi_VN sees (and 14/16 store in field_desc).
VI_LABELS = {"stage_id": "Giai đoạn", "user_id": "Nhân viên kinh doanh", "team_id": "Đội bán hàng"}
TYPE_LABELS = {"lead": "Lead", "opportunity": "Opportunity"}

# ir_model rows: id, model, description
MODELS = [
    (1, "res.currency", "Currency"), (2, "res.partner", "Contact"), (3, "res.company", "Companies"),
    (4, "res.users", "User"), (12, "ir.model", "Models"), (13, "ir.model.fields", "Fields"),
    (88, "mail.message", "Message"), (93, "mail.tracking.value", "Mail Tracking Value"),
    (96, "mail.message.subtype", "Message subtypes"), (105, "mail.channel", "Discussion Channel"),
    (170, "crm.team", "Sales Team"), (171, "utm.campaign", "UTM Campaign"), (172, "utm.medium", "UTM Medium"),
    (173, "utm.source", "UTM Source"), (201, "crm.stage", "CRM Stages"), (202, "crm.lead", "Lead/Opportunity"),
    (203, "crm.lost.reason", "Opp. Lost Reason"), (260, "sale.order", "Sales Order"),
]

# Other fields of crm.lead reflected in ir_model_fields (untracked): name, ttype, relation, label
LEAD_OTHER_FIELDS = [
    ("name", "char", None, "Opportunity"), ("probability", "float", None, "Probability"),
    ("priority", "selection", None, "Priority"), ("date_deadline", "date", None, "Expected Closing"),
    ("date_closed", "datetime", None, "Closed Date"), ("company_id", "many2one", "res.company", "Company"),
    ("description", "html", None, "Notes"), ("won_status", "selection", None, "Won/Lost"),
]
# Tracked fields of other models: model, field, ttype, relation, label, tracking
OTHER_TRACKED = [
    ("res.partner", "email", "char", None, "Email", 100),
    ("sale.order", "state", "selection", None, "Status", 3),
    ("sale.order", "user_id", "many2one", "res.users", "Salesperson", 2),
]

# mail.message.subtype: id, xml id, names, description, internal, parent, relation field, model,
# default, sequence, hidden
SUBTYPES = [
    (1, "mail.mt_comment", {"en_US": "Discussions", "vi_VN": "Thảo luận"}, None, False, None, None, None, True, 0, False),
    (2, "mail.mt_note", {"en_US": "Note", "vi_VN": "Ghi chú"}, None, True, None, None, None, False, 100, False),
    (3, "mail.mt_activities", {"en_US": "Activities"}, None, True, None, None, None, False, 90, False),
    (30, "crm.mt_lead_create", {"en_US": "Opportunity Created"}, {"en_US": "Lead/Opportunity created"},
     False, None, None, "crm.lead", False, 1, True),
    (31, "crm.mt_lead_stage", {"en_US": "Stage Changed", "vi_VN": "Giai đoạn đã thay đổi"},
     {"en_US": "Stage changed"}, True, None, None, "crm.lead", False, 2, False),
    (32, "crm.mt_lead_won", {"en_US": "Opportunity Won", "vi_VN": "Cơ hội thắng"}, {"en_US": "Opportunity won"},
     False, None, None, "crm.lead", False, 3, False),
    (33, "crm.mt_lead_lost", {"en_US": "Opportunity Lost"}, {"en_US": "Opportunity lost"},
     False, None, None, "crm.lead", False, 4, False),
    (34, "crm.mt_lead_restored", {"en_US": "Opportunity Restored"}, {"en_US": "Opportunity restored"},
     False, None, None, "crm.lead", False, 5, False),
    (35, "crm.mt_salesteam_lead", {"en_US": "Opportunity Created"}, None, False, 30, "team_id", "crm.team",
     True, 12, True),
    (36, "crm.mt_salesteam_lead_stage", {"en_US": "Opportunity Stage Changed"}, None, True, 31, "team_id",
     "crm.team", False, 13, False),
    (37, "crm.mt_salesteam_lead_won", {"en_US": "Opportunity Won"}, None, False, 32, "team_id", "crm.team",
     False, 14, False),
    (38, "crm.mt_salesteam_lead_lost", {"en_US": "Opportunity Lost"}, None, False, 33, "team_id", "crm.team",
     False, 15, False),
    (50, "sale.mt_order_sent", {"en_US": "Quotation sent"}, {"en_US": "Quotation sent"}, False, None, None,
     "sale.order", False, 1, True),
    (51, "sale.mt_order_confirmed", {"en_US": "Sales Order Confirmed"}, {"en_US": "Quotation confirmed"},
     False, None, None, "sale.order", False, 1, False),
]
SUB = {xmlid: sid for sid, xmlid, *_ in SUBTYPES}

# ir_module_module: name, state, application, summary
MODULES = [
    ("base", "installed", False, "Base"), ("web", "installed", False, "Web"), ("bus", "installed", False, "IM Bus"),
    ("mail", "installed", True, "Discuss"), ("utm", "installed", False, "UTM Trackers"),
    ("phone_validation", "installed", False, "Phone Numbers Validation"),
    ("sales_team", "installed", False, "Sales Teams"), ("contacts", "installed", True, "Contacts"),
    ("calendar", "installed", True, "Calendar"), ("crm", "installed", True, "CRM"),
    ("sale", "installed", False, "Sales"), ("sale_management", "installed", True, "Sales"),
    ("sale_crm", "installed", False, "Opportunity to Quotation"),
    ("crm_iap_mine", "uninstalled", False, "Lead Generation"), ("website_crm", "uninstalled", False, "Contact Form"),
    ("crm_sms", "to install", False, "SMS in CRM"), ("l10n_vn", "uninstalled", False, "Vietnam - Accounting"),
]

# ---------------------------------------------------------------------------------------
# The leads: (id, attributes at creation, events). An event is (time, user id, changes) and
# optionally a flag: "notrack" (a script or import with tracking off). Changes use the
# crm.lead field names (lost_reason stands for lost_reason_id too); probability and
# date_deadline are untracked fields the same write sets.
# ---------------------------------------------------------------------------------------


def lost(reason):
    return {"active": False, "probability": 0.0, "lost_reason": reason}


def won():
    return {"stage_id": 4}


def restore(probability):
    return {"active": True, "lost_reason": None, "probability": probability}


LEADS = [
    # --- leads (type 'lead') never converted
    dict(id=3, story="lead never converted, no tracking (only its 'created' message)",
         name="Bulk pricing request", type="lead", created="2025-11-03 08:14:22", by=6, user_id=6, team_id=1,
         partner_name="Blue Ridge Outfitters", contact_name="Megan Hale", email_from="megan.hale@blueridge.example",
         expected_revenue=4200, probability=10.0, source_id=1, medium_id=1, date_deadline="2026-01-15",
         events=[]),
    dict(id=5, story="lead reassigned Alice -> David (user_id and team_id in one message), then email and phone corrected",
         name="Pinecrest Dental: practice management suite", type="lead", created="2025-06-12 13:40:05", by=6,
         user_id=6, team_id=1, partner_name="Pinecrest Dental", contact_name="Jae Park",
         email_from="j.park@pinecrest-dental.example", expected_revenue=7800, probability=10.0, source_id=3,
         events=[("2025-06-20 09:02:11", 2, {"user_id": 10, "team_id": 2}),
                 ("2025-06-25 16:45:00", 10, {"email_from": "jpark@pinecrestdental.example", "phone": "+1 503 555 0142"})]),
    dict(id=8, story="web-form lead with no salesperson, no customer (partner_name only), no deadline, no revenue "
         "(expected_revenue NULL up to 16, 0 from 17 where it defaults to 0.0); no tracking",
         name="Harbor & Finch: contact form", type="lead", created="2026-02-17 22:31:48", by=2, user_id=None,
         team_id=1, partner_name="Harbor & Finch LLP", contact_name="Ruth Alder", email_from="ralder@harborfinch.example",
         expected_revenue=None, probability=5.0, source_id=1, medium_id=1, date_deadline=None, events=[]),
    dict(id=9, story="lead lost without being converted (We don't have people/skills)",
         name="Office fit-out enquiry", type="lead", created="2025-04-07 10:20:00", by=7, user_id=7, team_id=1,
         partner_name="Atlas Freight Co.", contact_name="Omar Reyes", email_from="omar@atlasfreight.example",
         expected_revenue=2500, probability=10.0,
         events=[("2025-04-28 11:15:42", 7, lost(2))]),
    # --- leads converted to opportunities
    dict(id=12, story="lead converted (type Lead -> Opportunity with partner), New -> Qualified -> Demo -> Proposition "
         "-> Won; revenue raised; a sale.order message with res_id 12 exists too",
         name="Gemini Furniture: 40 workstations", type="lead", created="2025-03-10 09:12:00", by=6, user_id=6,
         team_id=1, partner_name="Gemini Furniture", contact_name="Edwin Hansen",
         email_from="edwin.hansen@geminifurniture.example", expected_revenue=18000, probability=10.0,
         campaign_id=1, source_id=2, date_deadline="2025-05-31",
         events=[("2025-03-20 10:05:31", 6, {"type": "opportunity", "partner_id": 15, "probability": 20.0}),
                 ("2025-03-27 14:22:09", 6, {"stage_id": 2, "probability": 35.0}),
                 ("2025-04-10 08:47:55", 6, {"expected_revenue": 21500}),
                 ("2025-04-15 15:30:00", 6, {"stage_id": 5, "probability": 50.0}),
                 ("2025-04-29 11:03:17", 6, {"stage_id": 3, "probability": 70.0}),
                 ("2025-05-15 17:20:44", 6, won())]),
    dict(id=14, story="lead converted, then New -> Qualified -> Proposition; open; deadline moved (untracked)",
         name="Ready Mat: warehouse racking", type="lead", created="2025-05-02 11:00:00", by=7, user_id=7, team_id=1,
         partner_name="Ready Mat", contact_name="Sofia Lind", email_from="purchasing@readymat.example",
         expected_revenue=26000, probability=10.0, date_deadline="2025-08-31",
         events=[("2025-05-09 09:41:26", 7, {"type": "opportunity", "partner_id": 16, "probability": 20.0}),
                 ("2025-05-20 10:10:10", 7, {"stage_id": 2, "probability": 35.0}),
                 ("2025-07-01 16:02:48", 7, {"stage_id": 3, "probability": 60.0}),
                 ("2025-08-28 09:00:00", 7, {"date_deadline": "2025-11-30"})]),
    dict(id=15, story="lead converted, lost at Qualified (Too expensive)",
         name="Lumber Inc: showroom lighting", type="lead", created="2025-05-14 08:30:00", by=6, user_id=6, team_id=1,
         partner_name="Lumber Inc", contact_name="Grace Holt", email_from="sales@lumberinc.example",
         expected_revenue=9600, probability=10.0,
         events=[("2025-05-21 13:13:13", 6, {"type": "opportunity", "partner_id": 19, "probability": 20.0}),
                 ("2025-06-03 10:45:00", 6, {"stage_id": 2, "probability": 35.0}),
                 ("2025-07-08 15:27:36", 6, lost(1))]),
    # --- the archived salesperson's leads
    dict(id=16, story="won by Chloé (archived user since); passed through the deleted stage 6 Negotiation",
         name="The Jackson Group: annual service contract", type="opportunity", created="2025-02-03 09:30:00", by=8,
         user_id=8, team_id=1, partner_id=21, expected_revenue=54000, probability=20.0, date_deadline="2025-06-30",
         events=[("2025-02-17 10:00:00", 8, {"stage_id": 2, "probability": 35.0}),
                 ("2025-04-22 14:18:00", 8, {"stage_id": 6, "probability": 80.0}),
                 ("2025-06-30 18:05:09", 8, won())]),
    dict(id=17, story="open opportunity still owned by the archived user Chloé",
         name="Wood Corner: reception desks", type="opportunity", created="2025-04-22 10:11:12", by=8, user_id=8,
         team_id=1, partner_id=20, expected_revenue=6400, probability=20.0,
         events=[("2025-05-12 09:59:59", 8, {"stage_id": 2, "probability": 35.0})]),
    # --- opportunities created directly
    dict(id=20, story="New -> Qualified -> Demo -> Proposition -> Won; old rows name stage 5 'Demo' (renamed "
         "'Product Demo' since); 17/18 also have a row for a custom field deleted since (field_id NULL, field_info set; "
         "14/16 deleted such rows with the field)",
         name="Azure Interior: meeting rooms", type="opportunity", created="2025-02-10 10:00:00", by=6, user_id=6,
         team_id=1, partner_id=22, expected_revenue=31000, probability=20.0, date_deadline="2025-04-30",
         events=[("2025-02-24 11:11:11", 6, {"stage_id": 2, "probability": 35.0}),
                 ("2025-03-05 09:20:00", 6, {"x_studio_lead_score": (40.0, 75.0)}),
                 ("2025-03-12 16:40:00", 6, {"stage_id": 5, "probability": 50.0}),
                 ("2025-04-01 10:30:00", 6, {"stage_id": 3, "probability": 70.0}),
                 ("2025-04-18 12:00:00", 6, won())]),
    dict(id=21, story="New -> Proposition (skips Qualified) -> Negotiation (stage 6, deleted since) -> Won",
         name="Jackson Group: fleet tracking", type="opportunity", created="2025-03-03 08:00:00", by=7, user_id=7,
         team_id=1, partner_id=21, expected_revenue=22000, probability=20.0,
         events=[("2025-03-17 13:00:00", 7, {"stage_id": 3, "probability": 60.0}),
                 ("2025-04-08 15:45:30", 7, {"stage_id": 6, "probability": 80.0}),
                 ("2025-05-02 10:20:00", 7, won())]),
    dict(id=22, story="lost at Qualified (Chose a competitor): active 1->0 and lost reason 0->4 in one message",
         name="Deco Addict: store refurbishment", type="opportunity", created="2025-04-01 14:00:00", by=6, user_id=6,
         team_id=1, partner_id=17, expected_revenue=15000, probability=20.0,
         events=[("2025-04-11 09:30:00", 6, {"stage_id": 2, "probability": 35.0}),
                 ("2025-05-06 17:55:21", 6, lost(4))]),
    dict(id=23, story="lost at Proposition (Too expensive), RESTORED (active 0->1, reason 1->0), revenue lowered, then won",
         name="Lumber Inc: sawmill sensors", type="opportunity", created="2025-04-14 10:00:00", by=7, user_id=7,
         team_id=1, partner_id=19, expected_revenue=40000, probability=20.0,
         events=[("2025-04-24 11:00:00", 7, {"stage_id": 2, "probability": 35.0}),
                 ("2025-05-13 16:30:00", 7, {"stage_id": 3, "probability": 60.0}),
                 ("2025-06-02 09:12:45", 7, lost(1)),
                 ("2025-09-01 10:00:00", 7, restore(60.0)),
                 ("2025-09-03 14:14:14", 7, {"expected_revenue": 32000}),
                 ("2025-09-26 16:00:00", 7, won())]),
    dict(id=24, story="won straight from New (one stage row New -> Won), team Enterprise Accounts",
         name="Kestrel Aerospace: hangar access control", type="opportunity", created="2025-07-07 09:00:00", by=10,
         user_id=10, team_id=2, partner_id=31, expected_revenue=87500, probability=20.0,
         events=[("2025-07-21 11:30:00", 10, won())]),
    dict(id=25, story="archived duplicate, NOT lost: active 1->0 by a clean-up script with tracking on, no reason, "
         "probability stays 20 (Odoo still picks the 'Opportunity Lost' subtype)",
         name="Wood Corner: reception desks (duplicate)", type="opportunity", created="2025-08-04 10:00:00", by=6,
         user_id=6, team_id=1, partner_id=20, expected_revenue=5000, probability=20.0,
         events=[("2025-08-05 07:00:00", 2, {"active": False})]),
    dict(id=26, story="won, then archived months later (active 1->0, probability stays 100): archived but not lost",
         name="Wood Corner: lobby furniture", type="opportunity", created="2025-03-18 13:00:00", by=7, user_id=7,
         team_id=1, partner_id=20, expected_revenue=12800, probability=20.0,
         events=[("2025-03-28 10:00:00", 7, {"stage_id": 2, "probability": 35.0}),
                 ("2025-04-30 15:00:00", 7, won()),
                 ("2025-11-20 08:30:00", 2, {"active": False})]),
    # --- history that starts mid-pipeline (imported in January 2025 with tracking off)
    dict(id=27, story="imported in Qualified (no creation message); first tracking row Qualified -> Proposition; won",
         name="Hollow Oak Studios: sound booths", type="opportunity", created="2025-01-08 09:00:00", by=2, user_id=7,
         team_id=1, partner_id=23, stage_id=2, expected_revenue=19900, probability=35.0, imported=True,
         events=[("2025-03-04 10:00:00", 7, {"stage_id": 3, "probability": 60.0}),
                 ("2025-03-25 11:00:00", 7, won())]),
    dict(id=28, story="imported in Proposition; Proposition -> Demo (before the rename), later Product Demo -> Proposition "
         "(after it): stage 5 under both names; open",
         name="Blue Ridge Outfitters: POS terminals", type="opportunity", created="2025-01-15 09:00:00", by=2,
         user_id=6, team_id=1, partner_id=32, stage_id=3, expected_revenue=14300, probability=60.0, imported=True,
         events=[("2025-02-18 10:00:00", 6, {"stage_id": 5, "probability": 50.0}),
                 ("2025-11-04 11:30:00", 6, {"stage_id": 3, "probability": 60.0})]),
    # --- no tracking rows at all (bulk import, tracking off)
    dict(id=30, story="imported, tracking off: open in New, no messages", name="Ready Mat: spare parts",
         type="opportunity", created="2025-01-06 10:00:00", by=2, user_id=7, team_id=1, partner_id=16, stage_id=1,
         expected_revenue=3100, probability=20.0, imported=True, events=[]),
    dict(id=31, story="imported, tracking off: open in Proposition, no messages", name="Deco Addict: signage",
         type="opportunity", created="2025-01-06 10:00:01", by=2, user_id=6, team_id=1, partner_id=17, stage_id=3,
         expected_revenue=8700, probability=60.0, imported=True, events=[]),
    dict(id=32, story="imported, tracking off: already won (probability 100, date_closed = import time), no messages",
         name="Azure Interior: acoustic panels", type="opportunity", created="2025-01-06 10:00:02", by=2, user_id=6,
         team_id=1, partner_id=18, stage_id=4, expected_revenue=11250, probability=100.0, imported=True,
         date_closed="2025-01-06 10:00:02", events=[]),
    dict(id=33, story="imported, tracking off: already lost (archived, probability 0, Not enough stock), no messages",
         name="Gemini Furniture: outdoor seating", type="opportunity", created="2025-01-06 10:00:03", by=2, user_id=7,
         team_id=1, partner_id=14, stage_id=2, expected_revenue=6000, probability=0.0, active=False, lost_reason=3,
         imported=True, date_closed="2025-01-06 10:00:03", events=[]),
    # --- salespeople, revenue, backwards moves, same-second moves
    dict(id=34, story="salesperson reassigned twice: Chloé (archived) -> Bruno -> Alice; Qualified -> Proposition",
         name="Jackson Group: onboarding workshops", type="opportunity", created="2025-02-05 15:00:00", by=8,
         user_id=8, team_id=1, partner_id=21, expected_revenue=16500, probability=20.0,
         events=[("2025-03-02 10:00:00", 8, {"stage_id": 2, "probability": 35.0}),
                 ("2025-08-15 09:00:00", 2, {"user_id": 7}),
                 ("2025-10-06 09:30:00", 7, {"user_id": 6}),
                 ("2025-10-20 14:00:00", 6, {"stage_id": 3, "probability": 60.0})]),
    dict(id=35, story="expected revenue changed three times (12000 -> 15000 -> 13500 -> 14250), once with a stage move; "
         "recurring revenue 0 -> 500 (a tracking row from 16 on only)",
         name="Hollow Oak Studios: editing suites", type="opportunity", created="2025-06-02 10:00:00", by=6,
         user_id=6, team_id=1, partner_id=23, expected_revenue=12000, recurring_revenue=0, probability=20.0,
         events=[("2025-06-16 11:00:00", 6, {"expected_revenue": 15000}),
                 ("2025-07-02 15:30:00", 6, {"expected_revenue": 13500, "stage_id": 2, "probability": 35.0}),
                 ("2025-07-02 15:45:00", 6, {"recurring_revenue": 500}),
                 ("2025-08-12 10:00:00", 6, {"expected_revenue": 14250})]),
    dict(id=36, story="stage moves backwards: New -> Qualified -> Proposition -> Qualified -> Proposition",
         name="Atlas Freight Co.: route planning", type="opportunity", created="2025-05-19 09:00:00", by=7,
         user_id=7, team_id=1, partner_id=33, expected_revenue=28000, probability=20.0,
         events=[("2025-05-29 10:00:00", 7, {"stage_id": 2, "probability": 35.0}),
                 ("2025-06-19 11:00:00", 7, {"stage_id": 3, "probability": 60.0}),
                 ("2025-07-10 12:00:00", 7, {"stage_id": 2, "probability": 35.0}),
                 ("2025-08-21 13:00:00", 7, {"stage_id": 3, "probability": 60.0})]),
    dict(id=37, story="two stage changes in the same second (New -> Qualified, Qualified -> Proposition at "
         "2025-09-10 14:03:27): two messages with one date, ordered by id",
         name="Blue Ridge Outfitters: e-commerce", type="opportunity", created="2025-09-01 09:00:00", by=6,
         user_id=6, team_id=1, partner_id=32, expected_revenue=9900, probability=20.0,
         events=[("2025-09-10 14:03:27", 6, {"stage_id": 2, "probability": 35.0}),
                 ("2025-09-10 14:03:27", 6, {"stage_id": 3, "probability": 60.0})]),
    dict(id=38, story="INCONSISTENT: last tracked stage is Proposition (3) but stage_id is Product Demo (5), moved by a "
         "script with tracking off on 2025-10-15 (date_last_stage_update says so)",
         name="Azure Interior: hot-desking", type="opportunity", created="2025-03-24 09:00:00", by=10, user_id=10,
         team_id=2, partner_id=18, expected_revenue=17600, probability=20.0,
         events=[("2025-04-07 10:00:00", 10, {"stage_id": 2, "probability": 35.0}),
                 ("2025-05-05 11:00:00", 10, {"stage_id": 3, "probability": 60.0}),
                 ("2025-10-15 03:00:00", 2, {"stage_id": 5, "probability": 50.0}, "notrack")]),
    dict(id=40, story="team Enterprise Accounts' own stage 7 Security Review; moved by Lan, whose language is vi_VN: "
         "old/new_value_char hold Vietnamese stage names ('Mới' -> 'Đủ điều kiện'; stage 7 has no vi_VN name) and "
         "14/16 field_desc 'Giai đoạn'",
         name="Saigon Coffee Roasters: roastery ERP", type="opportunity", created="2025-10-02 08:00:00", by=9,
         user_id=9, team_id=2, partner_id=25, expected_revenue=36000, probability=20.0,
         events=[("2025-10-09 09:15:00", 9, {"stage_id": 2, "probability": 35.0}),
                 ("2025-11-12 10:30:00", 9, {"stage_id": 7, "probability": 45.0}),
                 ("2025-12-03 14:00:00", 9, {"stage_id": 3, "probability": 60.0})]),
    # --- the EUR company
    dict(id=41, story="EUR company: open in Qualified", name="Müller Maschinenbau: service portal",
         type="opportunity", created="2025-09-15 08:00:00", by=10, user_id=10, team_id=1, company_id=2, partner_id=26,
         expected_revenue=48000, probability=20.0,
         events=[("2025-10-01 09:00:00", 10, {"stage_id": 2, "probability": 35.0})]),
    dict(id=42, story="EUR company: revenue 9500 -> 11200 (currency EUR), won",
         name="Bistro Lyonnais: kitchen displays", type="opportunity", created="2025-06-23 09:00:00", by=10,
         user_id=10, team_id=1, company_id=2, partner_id=27, expected_revenue=9500, probability=20.0,
         events=[("2025-07-07 10:00:00", 10, {"stage_id": 2, "probability": 35.0}),
                 ("2025-07-30 11:00:00", 10, {"expected_revenue": 11200}),
                 ("2025-08-11 12:00:00", 10, {"stage_id": 3, "probability": 60.0}),
                 ("2025-08-28 16:00:00", 10, won())]),
    dict(id=43, story="EUR company: lost at Qualified (Chose a competitor)", name="Nordlicht Logistik: yard cameras",
         type="opportunity", created="2025-10-20 08:00:00", by=10, user_id=10, team_id=1, company_id=2, partner_id=28,
         expected_revenue=23000, probability=20.0,
         events=[("2025-11-03 09:00:00", 10, {"stage_id": 2, "probability": 35.0}),
                 ("2025-12-01 10:00:00", 10, lost(4))]),
    # --- more
    dict(id=44, story="handed over to the other team: user Bruno -> Lan and team Sales -> Enterprise Accounts in one "
         "message; then New -> Qualified by Lan (Vietnamese names)",
         name="Kestrel Aerospace: crew scheduling", type="opportunity", created="2025-11-05 10:00:00", by=7,
         user_id=7, team_id=1, partner_id=31, expected_revenue=64000, probability=20.0,
         events=[("2025-11-18 09:00:00", 2, {"user_id": 9, "team_id": 2}),
                 ("2026-01-13 10:00:00", 9, {"stage_id": 2, "probability": 35.0})]),
    dict(id=45, story="lead whose company and contact names were corrected (partner_name, contact_name), then converted "
         "and moved to Qualified",
         name="Kestrel Aero: spare parts portal", type="lead", created="2026-01-08 09:00:00", by=6, user_id=6,
         team_id=1, partner_name="Kestrel Aero", contact_name="J. Whitaker",
         email_from="jordan.whitaker@kestrel-aero.example", expected_revenue=21000, probability=10.0,
         events=[("2026-01-09 10:00:00", 6, {"partner_name": "Kestrel Aerospace", "contact_name": "Jordan Whitaker"}),
                 ("2026-01-20 11:00:00", 6, {"type": "opportunity", "partner_id": 34, "probability": 20.0}),
                 ("2026-02-02 12:00:00", 6, {"stage_id": 2, "probability": 35.0})]),
    dict(id=46, story="new opportunity with chatter only: a customer's email and a note, no tracking",
         name="Gemini Furniture: reading lounge", type="opportunity", created="2026-03-02 09:00:00", by=10,
         user_id=10, team_id=2, partner_id=15, expected_revenue=8800, probability=20.0, events=[]),
    dict(id=47, story="won in 2026: New -> Qualified -> Proposition -> Won", name="Deco Addict: spring collection",
         type="opportunity", created="2025-12-01 09:00:00", by=6, user_id=6, team_id=1, partner_id=17,
         expected_revenue=13400, probability=20.0, date_deadline="2026-02-28",
         events=[("2025-12-10 10:00:00", 6, {"stage_id": 2, "probability": 35.0}),
                 ("2026-01-15 11:00:00", 6, {"stage_id": 3, "probability": 60.0}),
                 ("2026-02-27 17:00:00", 6, won())]),
    dict(id=48, story="lost at New in 2026 (Too expensive)", name="Ready Mat: loading docks", type="opportunity",
         created="2026-01-12 09:00:00", by=7, user_id=7, team_id=1, partner_id=16, expected_revenue=41000,
         probability=20.0, events=[("2026-02-05 10:00:00", 7, lost(1))]),
    dict(id=51, story="recent lead, no tracking", name="Atlas Freight: driver tablets", type="lead",
         created="2026-03-20 15:00:00", by=7, user_id=7, team_id=1, partner_name="Atlas Freight Co.",
         contact_name="Omar Reyes", email_from="omar@atlasfreight.example", expected_revenue=5500, probability=10.0,
         events=[]),
    dict(id=52, story="recent opportunity in Qualified", name="Hollow Oak Studios: archive storage",
         type="opportunity", created="2026-03-03 09:00:00", by=6, user_id=6, team_id=1, partner_id=23,
         expected_revenue=7300, probability=20.0,
         events=[("2026-03-05 10:00:00", 6, {"stage_id": 2, "probability": 35.0})]),
]

# Chatter with no tracking: (lead id, time, author partner, message_type, subtype, subject, body, email_from)
CHATTER = [
    (12, "2025-03-21 09:00:00", 7, "comment", "mail.mt_note", None,
     "<p>Edwin wants delivery before the end of May.</p>", None),
    (14, "2025-05-10 10:00:00", 8, "comment", "mail.mt_comment", "Re: racking quote",
     "<p>Hello Sofia, please find our first estimate attached.</p>", "\"Bruno Costa\" <bruno.costa@northwind.example>"),
    (23, "2025-06-02 09:13:00", 8, "comment", "mail.mt_note", None,
     "<p>Customer went with a cheaper supplier, may come back in autumn.</p>", None),
    (46, "2026-03-03 08:12:40", 15, "email", "mail.mt_comment", "Reading lounge for our flagship store",
     "<p>Hi David, could you send us a quote for the lounge we discussed?</p>",
     "\"Edwin Hansen\" <edwin.hansen@geminifurniture.example>"),
    (46, "2026-03-03 09:30:00", 11, "comment", "mail.mt_note", None, "<p>Call booked for Thursday.</p>", None),
    (8, "2026-02-18 08:00:00", 3, "comment", "mail.mt_note", None, "<p>Who takes this one?</p>", None),
]

# Tracking on other models, to be ignored: (model, res_id, record name, time, author user,
# subtype, [(field, old, new)])
OTHER_TRACKING = [
    ("res.partner", 15, "Gemini Furniture, Edwin Hansen", "2025-03-20 10:05:32", 6, "mail.mt_note",
     [("email", "edwin@geminifurniture.example", "edwin.hansen@geminifurniture.example")]),
    # res_id 12 on purpose: the same number as lead 12
    ("sale.order", 12, "S00012", "2025-05-15 17:21:02", 6, "sale.mt_order_confirmed",
     [("state", "Quotation Sent", "Sales Order")]),
    ("sale.order", 12, "S00012", "2025-05-12 10:00:00", 6, "sale.mt_order_sent",
     [("state", "Quotation", "Quotation Sent"), ("user_id", (0, ""), (6, "Alice Martin"))]),
    ("sale.order", 20, "S00017", "2025-04-18 12:01:00", 6, "sale.mt_order_confirmed",
     [("state", "Quotation", "Sales Order")]),
]


# ---------------------------------------------------------------------------------------
# Simulation
# ---------------------------------------------------------------------------------------


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")


def stage_name(sid, at, lang="en_US"):
    names = dict(STAGES_BY_ID.get(sid, (None, DELETED_STAGES.get(sid)))[1])
    if sid in STAGE_FORMER and at < ts(RENAME_AT):
        names["en_US"] = STAGE_FORMER[sid]
        names.pop("vi_VN", None)  # translated only when it got its new name
    return names.get(lang) or names["en_US"]


STAGES_BY_ID = {s[0]: s for s in STAGES}
PARTNERS_BY_ID = {p[0]: p for p in PARTNERS}
USERS_BY_ID = {u[0]: u for u in USERS}
TEAMS_BY_ID = {t[0]: t for t in TEAMS}
REASONS_BY_ID = {r[0]: r for r in REASONS}


def partner_display(pid):
    p = PARTNERS_BY_ID[pid]
    return f"{PARTNERS_BY_ID[p[2]][1]}, {p[1]}" if p[2] else p[1]


def user_display(uid):
    return PARTNERS_BY_ID[USERS_BY_ID[uid][2]][1]


def user_lang(uid):
    return PARTNERS_BY_ID[USERS_BY_ID[uid][2]][5]


def display(field, value, at, lang):
    """A many2one's display name as Odoo wrote it into old/new_value_char."""
    if not value:
        return ""
    if field == "stage_id":
        return stage_name(value, at, lang)
    if field == "user_id":
        return user_display(value)
    if field == "team_id":
        names = TEAMS_BY_ID[value][1]
        return names.get(lang) or names["en_US"]
    if field == "partner_id":
        return partner_display(value)
    if field == "lost_reason":
        names = REASONS_BY_ID[value][1]
        return names.get(lang) or names["en_US"]
    raise ValueError(field)


def company_currency(company):
    return {1: 2, 2: 1}[company]


def simulate(v):
    """Runs the story for version v: the leads' rows, the messages and the tracking rows."""
    tracked = LEAD_TRACKED_BY_VERSION[v]
    leads = []
    messages = []  # dicts; ids assigned after sorting
    for spec in LEADS:
        created = ts(spec["created"])
        row = {
            "id": spec["id"], "name": spec["name"], "type": spec["type"], "active": spec.get("active", True),
            "stage_id": spec.get("stage_id", 1), "user_id": spec.get("user_id"), "team_id": spec.get("team_id"),
            "company_id": spec.get("company_id", 1), "partner_id": spec.get("partner_id"),
            "partner_name": spec.get("partner_name"), "contact_name": spec.get("contact_name"),
            "email_from": spec.get("email_from"), "phone": spec.get("phone"),
            "expected_revenue": spec.get("expected_revenue"), "recurring_revenue": spec.get("recurring_revenue"),
            "probability": spec.get("probability", 10.0), "lost_reason": spec.get("lost_reason"),
            "date_deadline": spec.get("date_deadline"), "date_closed": spec.get("date_closed"),
            "create_date": spec["created"], "create_uid": spec["by"], "write_date": spec["created"],
            "write_uid": spec["by"], "date_open": spec["created"] if spec.get("user_id") else None,
            "date_last_stage_update": spec["created"], "date_conversion": None,
            "source_id": spec.get("source_id"), "medium_id": spec.get("medium_id"),
            "campaign_id": spec.get("campaign_id"), "priority": spec.get("priority", "0"),
        }
        if row["partner_id"] and not row["partner_name"]:
            p = PARTNERS_BY_ID[row["partner_id"]]
            company = PARTNERS_BY_ID[p[2]] if p[2] else p
            row["partner_name"] = company[1] if company[3] else None
            row["contact_name"] = p[1] if not p[3] else None
            row["email_from"] = p[4]
        if row["expected_revenue"] is None and v >= 17:
            row["expected_revenue"] = 0.0  # default=0.0 from 17
        if row["recurring_revenue"] is None and v >= 17:
            row["recurring_revenue"] = 0.0
        if row["stage_id"] == 4 and row["date_closed"] is None:
            row["date_closed"] = spec["created"]
        if not spec.get("imported"):
            messages.append(dict(model="crm.lead", res_id=spec["id"], date=created, author=spec["by"],
                                 message_type="notification", subtype="crm.mt_lead_create", record_name=spec["name"],
                                 body="", tracking=[]))
        for event in spec["events"]:
            at_s, by, changes = event[:3]
            notrack = len(event) > 3 and event[3] == "notrack"
            at = ts(at_s)
            lang = user_lang(by)
            init = {}
            for field, new in changes.items():
                if field.startswith("x_studio_"):
                    continue
                old = row[field]
                if old != new:
                    init[field] = old
                    row[field] = new
            if "stage_id" in init:
                row["date_last_stage_update"] = at_s
                if row["stage_id"] == 4:
                    row["probability"] = 100.0
            if "type" in init and row["type"] == "opportunity":
                row["date_conversion"] = at_s
            if "user_id" in init and row["user_id"] and not row["date_open"]:
                row["date_open"] = at_s
            if row["probability"] >= 100 or not row["active"]:
                if "stage_id" in init or "active" in init:
                    row["date_closed"] = at_s
            elif "probability" in changes:
                row["date_closed"] = None
            row["write_date"] = at_s
            row["write_uid"] = by
            if notrack:
                continue
            rows = []
            for field in tracked:
                if field not in init:
                    continue
                ttype, _, label, seq = LEAD_TRACKED[field]
                old, new = init[field], row[field]
                t = {"field": field, "model": "crm.lead", "type": ttype, "seq": seq,
                     "desc": VI_LABELS.get(field, label) if lang == "vi_VN" else label}
                if ttype == "many2one":
                    t.update(old_int=old or 0, new_int=new or 0, old_char=display(field, old, at, lang),
                             new_char=display(field, new, at, lang))
                elif ttype == "boolean":
                    t.update(old_int=int(bool(old)), new_int=int(bool(new)))
                elif ttype == "selection":
                    t.update(old_char=TYPE_LABELS.get(old, ""), new_char=TYPE_LABELS.get(new, ""))
                elif ttype == "char":
                    t.update(old_char=old or "", new_char=new or "")
                elif ttype == "monetary":
                    t.update(old_money=float(old or 0), new_money=float(new or 0),
                             currency=company_currency(row["company_id"]))
                rows.append(t)
            for field, value in changes.items():
                if field.startswith("x_studio_") and v >= 17:
                    # A Studio field removed since: mail kept the row with field_info, field_id NULL.
                    rows.append({"field": None, "model": "crm.lead", "type": "float", "seq": 100,
                                 "desc": "Lead Score", "old_float": value[0], "new_float": value[1],
                                 "info": {"desc": "Lead Score", "name": field, "sequence": 100, "type": "float"}})
            if not rows:
                continue
            # crm.lead._track_subtype
            if "stage_id" in init and row["probability"] == 100 and row["stage_id"]:
                subtype = "crm.mt_lead_won"
            elif "lost_reason" in init and row["lost_reason"]:
                subtype = "crm.mt_lead_lost"
            elif "stage_id" in init:
                subtype = "crm.mt_lead_stage"
            elif "active" in init and row["active"]:
                subtype = "crm.mt_lead_restored"
            elif "active" in init and not row["active"]:
                subtype = "crm.mt_lead_lost"
            else:
                subtype = "mail.mt_note"
            rows.sort(key=lambda t: (t["seq"], t["field"] or ""))
            messages.append(dict(model="crm.lead", res_id=spec["id"], date=at, author=by, message_type="notification",
                                 subtype=subtype, record_name=row["name"], body="", tracking=rows))
        # Derived columns, as the computes leave them
        c = ts(row["create_date"])
        row["day_open"] = abs((ts(row["date_open"]) - c).days) if row["date_open"] else None
        row["day_close"] = abs((ts(row["date_closed"]) - c).days) if row["date_closed"] else None
        row["automated_probability"] = row["probability"]
        er = row["expected_revenue"]
        row["prorated_revenue"] = None if er is None else round(float(er) * row["probability"] / 100, 2)
        if v >= 18:
            if row["probability"] == 100 and STAGES_BY_ID.get(row["stage_id"], (0, 0, 0, False))[3]:
                row["won_status"] = "won"
            elif not row["active"] and row["probability"] == 0:
                row["won_status"] = "lost"
            else:
                row["won_status"] = "pending"
        leads.append(row)

    for lead_id, at, author, mtype, subtype, subject, body, email_from in CHATTER:
        name = next(l["name"] for l in leads if l["id"] == lead_id)
        messages.append(dict(model="crm.lead", res_id=lead_id, date=ts(at), author_partner=author,
                             message_type=mtype, subtype=subtype, record_name=name, body=body, subject=subject,
                             email_from=email_from, tracking=[]))
    for model, res_id, rec_name, at, by, subtype, changes in OTHER_TRACKING:
        rows = []
        for field, old, new in changes:
            ttype = next(o[2] for o in OTHER_TRACKED if o[0] == model and o[1] == field)
            label = next(o[4] for o in OTHER_TRACKED if o[0] == model and o[1] == field)
            seq = next(o[5] for o in OTHER_TRACKED if o[0] == model and o[1] == field)
            t = {"field": field, "model": model, "type": ttype, "seq": seq, "desc": label}
            if ttype == "many2one":
                t.update(old_int=old[0], new_int=new[0], old_char=old[1], new_char=new[1])
            else:
                t.update(old_char=old, new_char=new)
            rows.append(t)
        messages.append(dict(model=model, res_id=res_id, date=ts(at), author=by, message_type="notification",
                             subtype=subtype, record_name=rec_name, body="", tracking=rows))
    # A discussion channel message: the model was renamed discuss.channel in 17.
    messages.append(dict(model="mail.channel" if v <= 16 else "discuss.channel", res_id=1,
                         date=ts("2025-06-30 18:06:00"), author=8, message_type="comment", subtype="mail.mt_comment",
                         record_name="general", body="<p>Jackson Group signed! 🎉</p>", tracking=[]))

    messages.sort(key=lambda m: m["date"])
    next_message, next_tracking = 101, 1
    for m in messages:
        m["id"] = next_message
        next_message += 1 if m["id"] % 37 else 2  # gaps, as deleted messages leave
        for t in m["tracking"]:
            t["id"] = next_tracking
            next_tracking += 1
    return leads, messages


# ---------------------------------------------------------------------------------------
# SQL
# ---------------------------------------------------------------------------------------


def q(value):
    """A SQL literal."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (dict, list)):
        return q(json.dumps(value, ensure_ascii=False, sort_keys=True)) + "::jsonb"
    if isinstance(value, dt.datetime):
        return q(value.strftime("%Y-%m-%d %H:%M:%S"))
    return "'" + str(value).replace("'", "''") + "'"


def tr_value(v, names, column_type):
    """A translatable value: the names dict in 16+, else its en_US text."""
    if names is None:
        return None
    if column_type == "jsonb":
        return names
    return names["en_US"]


class Writer:
    def __init__(self, v):
        self.v = v
        self.tables = {t.name: t for t in schema(v)}
        self.order = [t.name for t in schema(v)]
        self.rows = {name: [] for name in self.order}

    def add(self, table, **values):
        t = self.tables[table]
        known = {c.name for c in t.cols} | {"id"}
        if t.log_access:
            known |= {"create_uid", "create_date", "write_uid", "write_date"}
            for column, default in (("create_uid", 1), ("create_date", START)):
                if values.get(column) is None:
                    values[column] = default
            if values.get("write_uid") is None:
                values["write_uid"] = values["create_uid"]
            if values.get("write_date") is None:
                values["write_date"] = values["create_date"]
        unknown = set(values) - known
        # Columns a version does not have are dropped silently: callers pass the union.
        for k in unknown:
            values.pop(k)
        self.rows[table].append(values)

    def col_type(self, table, column):
        return next(c.sqltype for c in self.tables[table].cols if c.name == column)

    def has(self, table, column):
        return table in self.tables and any(c.name == column for c in self.tables[table].cols)

    def ddl(self):
        out = []
        for name in self.order:
            t = self.tables[name]
            cols = ["    id SERIAL NOT NULL"]
            for c in t.cols:
                cols.append(f"    {ident(c.name)} {c.sqltype}" + (" NOT NULL" if c.notnull else ""))
            if t.log_access:
                cols += ["    create_uid int4", "    create_date timestamp", "    write_uid int4", "    write_date timestamp"]
            cols.append("    PRIMARY KEY (id)")
            out.append(f"CREATE TABLE {name} (\n" + ",\n".join(cols) + "\n);")
            out.append(f"COMMENT ON TABLE {name} IS {q(t.description)};")
            for c in t.cols:
                if c.label:
                    out.append(f"COMMENT ON COLUMN {name}.{ident(c.name)} IS {q(c.label)};")
            out.append("")
        return out

    def constraints(self):
        out = []
        for name in self.order:
            t = self.tables[name]
            refs = [(c.name, c.fk, c.ondelete) for c in t.cols if c.fk and c.fk in self.tables]
            if t.log_access:
                refs += [("create_uid", "res_users", "set null"), ("write_uid", "res_users", "set null")]
            for col, target, ondelete in refs:
                out.append(f"ALTER TABLE {name} ADD FOREIGN KEY ({col}) REFERENCES {target}(id) "
                           f"ON DELETE {ondelete.upper()};")
            for cname, definition in t.constraints:
                out.append(f"ALTER TABLE {name} ADD CONSTRAINT {cname} {definition};")
            for c in t.cols:
                if c.index:
                    where = f" WHERE {c.name} IS NOT NULL" if c.partial_index else ""
                    out.append(f"CREATE INDEX {index_name(self.v, name, c.name)} ON {name} ({c.name}){where};")
            for iname, definition in t.extra_indexes:
                unique = "UNIQUE " if "_unique" in iname else ""
                out.append(f"CREATE {unique}INDEX {iname} ON {name} {definition};")
        return out

    def inserts(self, tables=None):
        out = []
        for name in self.order:
            if tables is not None and name not in tables:
                continue
            rows = self.rows[name]
            if not rows:
                continue
            t = self.tables[name]
            columns = ["id"] + [c.name for c in t.cols]
            if t.log_access:
                columns += ["create_uid", "create_date", "write_uid", "write_date"]
            columns = [c for c in columns if any(c in r for r in rows)]
            out.append(f"INSERT INTO {name} ({', '.join(map(ident, columns))}) VALUES")
            lines = ["    (" + ", ".join(q(r.get(c)) for c in columns) + ")" for r in rows]
            out.append(",\n".join(lines) + ";")
            out.append("")
        out.append("DO $$ BEGIN")
        for name in self.order:
            if self.rows[name] and (tables is None or name in tables):
                out.append(f"    PERFORM setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}));")
        out.append("END $$;")
        return out


def field_ids():
    """Stable ir_model_fields ids: (model, name) -> id."""
    ids = {}
    next_id = 9101
    for field in list(LEAD_TRACKED) + [f[0] for f in LEAD_OTHER_FIELDS]:
        ids[("crm.lead", field)] = next_id
        next_id += 1
    next_id = 1201
    for model, field, *_ in OTHER_TRACKED:
        ids[(model, field)] = next_id
        next_id += 1
    return ids


def fill(v, w, leads, messages, dimensions_only=False):
    tr = "jsonb" if v >= 16 else "varchar"
    translations = []  # 14: (name, res_id, lang, src, value, module)

    def names(table, column, res_name, res_id, values, module):
        if v == 14:
            for lang, value in values.items():
                if lang != "en_US":
                    translations.append((res_name, res_id, lang, values["en_US"], value, module))
        return tr_value(v, values, w.col_type(table, column))

    for cid, name, symbol, rounding, decimals, active, position, unit, subunit, full in CURRENCIES:
        w.add("res_currency", id=cid, name=name, symbol=symbol, rounding=rounding, decimal_places=decimals,
              active=active, position=position, full_name=full,
              currency_unit_label=tr_value(v, {"en_US": unit}, w.col_type("res_currency", "currency_unit_label")),
              currency_subunit_label=tr_value(v, {"en_US": subunit}, w.col_type("res_currency", "currency_subunit_label")))
    for pid, name, parent, is_company, email, lang, company in PARTNERS:
        display_name = partner_display(pid)
        user = next((u for u in USERS if u[2] == pid), None)
        w.add("res_partner", id=pid, name=name, display_name=display_name, complete_name=display_name,
              company_id=company, parent_id=parent, lang=lang, tz="Europe/Brussels" if company == 2 else "America/New_York",
              active=(user[3] if user else True), type="contact", email=email, is_company=is_company,
              commercial_partner_id=parent or pid, partner_share=user is None,
              commercial_company_name=PARTNERS_BY_ID[parent or pid][1] if PARTNERS_BY_ID[parent or pid][3] else None,
              email_normalized=email, message_bounce=0, color=0, employee=False)
    for cid, name, partner, currency in COMPANIES:
        w.add("res_company", id=cid, name=name, partner_id=partner, currency_id=currency, sequence=cid * 10,
              active=True)
    for uid, login, partner, active, company, team in USERS:
        w.add("res_users", id=uid, login=login, partner_id=partner, active=active, company_id=company,
              share=False, notification_type="email" if uid in (1, 8) else "inbox",
              odoobot_state="onboarding_emoji" if uid == 2 else "disabled", sale_team_id=team,
              create_date="2025-01-02 08:00:00" if uid <= 2 else "2025-01-03 09:00:00",
              write_date="2025-08-29 18:00:00" if uid == 8 else None)
    for tid, values, company, leader, use_leads in TEAMS:
        w.add("crm_team", id=tid, name=names("crm_team", "name", "crm.team,name", tid, values, "sales_team"),
              sequence=tid * 10, active=True, company_id=company, user_id=leader, color=tid, use_leads=use_leads,
              use_opportunities=True, alias_id=tid, use_quotations=True, invoiced_target=0.0, assignment_optout=False,
              lead_properties_definition=[] if tid == 1 else
              [{"name": "budget_owner", "string": "Budget owner", "type": "char"}])
    for sid, values, seq, is_won, team, fold, req in STAGES:
        en = dict(values)
        w.add("crm_stage", id=sid, name=names("crm_stage", "name", "crm.stage,name", sid, en, "crm"), sequence=seq,
              is_won=is_won, team_id=team, fold=fold, requirements=req, color=0,
              create_date="2025-02-01 10:00:00" if sid == 5 else ("2025-06-01 10:00:00" if sid == 7 else START),
              write_date=RENAME_AT if sid == 5 else None)
    for rid, values in REASONS:
        w.add("crm_lost_reason", id=rid, name=names("crm_lost_reason", "name", "crm.lost.reason,name", rid, values, "crm"),
              active=True)
    for sid, name in SOURCES:
        w.add("utm_source", id=sid, name=name if v >= 16 else name)
    for mid, name in MEDIUMS:
        w.add("utm_medium", id=mid, name=name, active=True)
    for cid, name in CAMPAIGNS:
        w.add("utm_campaign", id=cid, name=name, title={"en_US": name} if v >= 16 else None, user_id=2, stage_id=1,
              is_auto_campaign=False, color=0)
    for mid, model, description in MODELS:
        model_name = "discuss.channel" if (model == "mail.channel" and v >= 17) else model
        if model == "crm.lead" and v >= 17:
            description = "Lead"
        w.add("ir_model", id=mid, model=model_name,
              name=tr_value(v, {"en_US": description}, w.col_type("ir_model", "name")), state="base", transient=False,
              is_mail_thread=model in ("res.partner", "crm.lead", "crm.team", "sale.order", "mail.channel", "res.users"),
              is_mail_activity=model in ("crm.lead", "sale.order", "res.partner"),
              is_mail_blacklist=model in ("crm.lead", "res.partner"))
    model_ids = {m[1]: m[0] for m in MODELS}
    fids = field_ids()
    tracked = LEAD_TRACKED_BY_VERSION[v]
    for (model, field), fid in fids.items():
        if model == "crm.lead":
            if field in LEAD_TRACKED:
                ttype, relation, label, seq = LEAD_TRACKED[field]
            else:
                ttype, relation, label = next((f[1], f[2], f[3]) for f in LEAD_OTHER_FIELDS if f[0] == field)
                seq = None
            if field == "won_status" and v < 18:
                continue
            name = "lost_reason_id" if (field == "lost_reason" and v >= 16) else field
            tracking = seq if field in tracked else None
        else:
            ttype, relation, label, tracking = next((o[2], o[3], o[4], o[5]) for o in OTHER_TRACKED
                                                     if o[0] == model and o[1] == field)
            name = field
        values = {"en_US": label}
        if model == "crm.lead" and field in VI_LABELS:
            values["vi_VN"] = VI_LABELS[field]
        w.add("ir_model_fields", id=fid, name=name, complete_name=f"{model}.{name}", model=model,
              model_id=model_ids[model], relation=relation, ttype=ttype, state="base", store=True,
              field_description=names("ir_model_fields", "field_description", "ir.model.fields,field_description",
                                      fid, values, model.split(".")[0] if model != "crm.lead" else "crm"),
              required=field in ("name", "type"), readonly=False, index=field in ("stage_id", "user_id", "team_id"),
              translate=False, on_delete="restrict" if field in ("stage_id", "lost_reason") else
              ("set null" if ttype == "many2one" else None),
              currency_field="company_currency" if ttype == "monetary" else None, tracking=tracking)
    for i, (name, state, application, summary) in enumerate(MODULES, start=1):
        w.add("ir_module_module", id=i, name=name, state=state, application=application, author="Odoo S.A.",
              license="LGPL-3", auto_install=name in ("sale_crm", "phone_validation", "bus"),
              latest_version=f"{v}.0.1.0" if state == "installed" else None,
              shortdesc=tr_value(v, {"en_US": summary}, w.col_type("ir_module_module", "shortdesc")))
    for sid, xmlid, values, description, internal, parent, relation_field, res_model, default, seq, hidden in SUBTYPES:
        w.add("mail_message_subtype", id=sid,
              name=names("mail_message_subtype", "name", "mail.message.subtype,name", sid, values, xmlid.split(".")[0]),
              description=None if description is None else
              names("mail_message_subtype", "description", "mail.message.subtype,description", sid, description,
                    xmlid.split(".")[0]),
              internal=internal, parent_id=parent, relation_field=relation_field, res_model=res_model,
              default=default, sequence=seq, hidden=hidden, track_recipients=False)
    if v == 14:
        for name, res_id, lang, src, value, module in translations:
            w.add("ir_translation", name=name, res_id=res_id, lang=lang, type="model", src=src, value=value,
                  module=module, state="translated")
        for i, row in enumerate(w.rows["ir_translation"], start=1):
            row["id"] = i
    if dimensions_only:
        return

    lost_column = "lost_reason" if v == 14 else "lost_reason_id"
    for row in leads:
        values = dict(row)
        values[lost_column] = values.pop("lost_reason")
        p = PARTNERS_BY_ID.get(row["partner_id"]) if row["partner_id"] else None
        values.update(
            description=None if row["id"] % 3 else ("Needs a site visit first." if v == 14
                                                   else "<p>Needs a site visit first.</p>"),
            email_normalized=(row["email_from"] or "").lower() or None, message_bounce=0, color=0,
            email_state="correct" if row["email_from"] else None, phone_state="correct" if row["phone"] else None,
            phone_sanitized=row["phone"].replace(" ", "") if row["phone"] else None,
            lang_id=1, country_id=233 if row["company_id"] == 1 else 57, city=None,
            recurring_revenue_monthly=0.0 if v >= 17 else None, recurring_revenue_monthly_prorated=0.0 if v >= 17 else None,
            recurring_revenue_prorated=0.0 if v >= 17 else None,
            lead_properties={"budget_owner": "Finance"} if (v >= 16 and row["team_id"] == 2 and row["id"] % 2 == 0) else None,
            date_action_last=None, date_automation_last=None,
            email_domain_criterion=row["email_from"].split("@")[1] if row["email_from"] else None,
            referred=None, function=None if not p or p[3] else "Purchasing Manager",
        )
        w.add("crm_lead", **values)
    fids = field_ids()
    for m in messages:
        author = m.get("author_partner") or USERS_BY_ID[m["author"]][2]
        w.add("mail_message", id=m["id"], date=m["date"], body=m["body"], model=m["model"], res_id=m["res_id"],
              record_name=m["record_name"], message_type=m["message_type"], subtype_id=SUB[m["subtype"]],
              is_internal=False, author_id=author, subject=m.get("subject"),
              email_from=m.get("email_from") or f"\"{PARTNERS_BY_ID[author][1]}\" <{PARTNERS_BY_ID[author][4]}>",
              message_id=f"<{m['id']}.{int(m['date'].timestamp())}.{m['id'] * 7919 % 100000}-openerp-{m['res_id']}"
                         f"-{m['model']}@northwind>",
              reply_to_force_new=False, no_auto_thread=False, add_sign=True, email_add_signature=True,
              create_uid=m.get("author", 1) if m.get("author") else 1, create_date=m["date"])
        for t in m["tracking"]:
            fid = fids.get((t["model"], t["field"])) if t["field"] else None
            values = dict(id=t["id"], mail_message_id=m["id"], currency_id=t.get("currency"),
                          old_value_integer=t.get("old_int"), new_value_integer=t.get("new_int"),
                          old_value_char=t.get("old_char"), new_value_char=t.get("new_char"),
                          old_value_float=t.get("old_float"), new_value_float=t.get("new_float"),
                          create_uid=m.get("author", 1), create_date=m["date"])
            if v <= 16:
                values.update(field=fid, field_desc=t["desc"], field_type=t["type"], tracking_sequence=t["seq"],
                              old_value_monetary=t.get("old_money"), new_value_monetary=t.get("new_money"))
            else:
                values.update(field_id=fid, field_info=t.get("info"))
                if "old_money" in t:
                    values.update(old_value_float=t["old_money"], new_value_float=t["new_money"])
            w.add("mail_tracking_value", **values)


# ---------------------------------------------------------------------------------------
# Header
# ---------------------------------------------------------------------------------------


def counts(v, leads, messages):
    lead_msgs = [m for m in messages if m["model"] == "crm.lead"]
    lead_rows = [t for m in lead_msgs for t in m["tracking"]]
    return {
        "crm_lead": len(leads),
        "active": sum(1 for l in leads if l["active"]),
        "mail_message": len(messages),
        "crm.lead messages": len(lead_msgs),
        "crm.lead tracking": len(lead_rows),
        "stage tracking": sum(1 for t in lead_rows if t["field"] == "stage_id"),
        "tracking": sum(len(m["tracking"]) for m in messages),
    }


def header(v, leads, messages, schema_only=False):
    lines = []
    add = lines.append
    add(f"-- Odoo {v} CRM database fixture for stagesh's `import odoo` tests.")
    add("-- Written by Tests/Fixtures/odoo/make_fixtures.py: edit the script, not this file.")
    add("-- Load into an empty database: psql -v ON_ERROR_STOP=1 -d DB -f THIS_FILE (no extensions).")
    add("--")
    if schema_only:
        add("-- The odoo17 schema and its small dimension tables (currencies, companies, users, teams, stages,")
        add("-- lost reasons, UTM, ir_model(_fields), subtypes, modules) with no leads, messages or tracking:")
        add("-- Benchmarks/odoo/generate.sql fills those.")
        return lines
    c = counts(v, leads, messages)
    add(f"-- crm_lead rows: {c['crm_lead']}")
    add(f"-- crm.lead tracking rows: {c['crm.lead tracking']}")
    add(f"-- crm.lead stage_id tracking rows: {c['stage tracking']}")
    add(f"-- active crm_lead rows: {c['active']}")
    add(f"-- mail_message rows: {c['mail_message']} ({c['crm.lead messages']} on crm.lead)")
    add(f"-- mail_tracking_value rows: {c['tracking']} (the others are on res.partner and sale.order)")
    add("--")
    add(f"-- The database as of {SNAPSHOT}. Times are UTC. Companies: 1 Northwind Traders Inc. (USD, currency 2),")
    add("-- 2 Northwind Europe GmbH (EUR, currency 1).")
    users = ", ".join(f"{u[0]} {user_display(u[0])}{'' if u[3] else ' (archived)'}" for u in USERS)
    for i, line in enumerate(textwrap.wrap(f"Users (name = res_partner.name through partner_id): {users}.", 104)):
        add(("-- " if i == 0 else "--   ") + line)
    add("-- Teams: 1 Sales (no company), 2 Enterprise Accounts (company 1).")
    stages = "; ".join(f"{s[0]} {s[1]['en_US']} {s[2]}" + (" is_won" if s[3] else "") +
                       (f" team {s[4]}" if s[4] else "") for s in STAGES)
    for i, line in enumerate(textwrap.wrap(f"Stages (id name sequence): {stages}.", 104)):
        add(("-- " if i == 0 else "--   ") + line)
    add(f"--   Stage 5 was called 'Demo' until {RENAME_AT}: older tracking rows say 'Demo'.")
    add(f"--   Stage 6 'Negotiation' was deleted on {DELETED_AT}: tracking rows still carry id 6 and its name;")
    add("--   crm_stage has no row 6. Stages 5 and 3 share sequence 3 (Odoo orders by sequence, name, id).")
    add("--   vi_VN names for stages 1-5, fr_FR for 2 ('Qualifié'); stage 7 has only en_US.")
    add("-- Lost reasons: " + "; ".join(f"{r[0]} {r[1]['en_US']}" for r in REASONS) + ".")
    lost = "lost_reason" if v == 14 else "lost_reason_id"
    add(f"-- The lost reason column is {lost}.")
    add("--")
    add("-- Leads (id: what it shows; now: its type, stage, active, probability, revenue and tracking rows):")
    by_lead = {}
    for m in messages:
        if m["model"] == "crm.lead":
            by_lead.setdefault(m["res_id"], []).extend(m["tracking"])
    for spec, row in zip(LEADS, leads):
        story = textwrap.wrap(spec["story"], 104)
        add(f"-- {row['id']:>3}: {story[0]}")
        for more in story[1:]:
            add(f"--      {more}")
        rev = row["expected_revenue"]
        add(f"--      now: {row['type']}, stage {row['stage_id']}, active {str(row['active']).lower()}, "
            f"probability {row['probability']:g}, revenue {'NULL' if rev is None else f'{rev:g}'}, "
            f"{len(by_lead.get(row['id'], []))} tracking rows")
    missing = sorted(set(range(1, max(l['id'] for l in leads) + 1)) - {l["id"] for l in leads})
    add(f"-- Missing ids (deleted leads): {', '.join(map(str, missing))}.")
    add("--")
    add("-- Also: 'Opportunity Created' notifications (subtype 30, no tracking) for every lead not imported;")
    add("-- chatter notes and emails (message_type 'comment'/'email') on leads 8, 12, 14, 23, 46; tracking rows on")
    add("-- res.partner 15 and sale.order 12 and 20 (same res_id as leads 12 and 20: filter on model); one")
    add(f"-- message in the {'mail.channel' if v <= 16 else 'discuss.channel'} model. Message ids start at 101 with gaps.")
    if v <= 16:
        add("-- Tracking (14-16): mail_tracking_value.field references ir_model_fields (ON DELETE CASCADE),")
        add("-- field_desc is the label in the writer's language, monetary values in old/new_value_monetary.")
    else:
        add("-- Tracking (17+): mail_tracking_value.field_id references ir_model_fields (ON DELETE SET NULL,")
        add("-- NULL for a removed field, described by field_info), monetary values in old/new_value_float with")
        add("-- currency_id; no field_desc, field_type or tracking_sequence.")
    if v == 14:
        add("-- Translations live in ir_translation (type 'model', name 'crm.stage,name', ...).")
    else:
        add("-- Translatable names are jsonb: {\"en_US\": ..., \"vi_VN\": ...}.")
    return lines


def write_file(path, v, schema_only=False):
    w = Writer(v)
    leads, messages = simulate(v)
    fill(v, w, leads, messages, dimensions_only=schema_only)
    out = header(v, leads, messages, schema_only)
    out += ["", "SET client_min_messages = warning;", "BEGIN;", ""]
    out += w.ddl()
    out += w.inserts()
    out += [""] + w.constraints()
    out += ["", "COMMIT;", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    return counts(v, leads, messages)


def main():
    for v in VERSIONS:
        c = write_file(os.path.join(HERE, f"odoo{v}.sql"), v)
        print(f"odoo{v}.sql: {c}", file=sys.stderr)
    write_file(os.path.join(HERE, "odoo17-schema.sql"), 17, schema_only=True)
    print("odoo17-schema.sql", file=sys.stderr)


if __name__ == "__main__":
    main()
