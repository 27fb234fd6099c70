/// The SQL the import runs against an Odoo database, written for the schema found there.
///
/// Every query is a single SELECT that streams as a COPY. Times cross as PostgreSQL writes
/// them (Odoo keeps UTC in `timestamp without time zone`) and the reader parses them; the
/// server only rounds floats, whose text may have an exponent. `$1`, where a query has it,
/// is the Odoo language code of the names.
struct OdooQueries: Sendable {
    let schema: OdooSchema

    /// The tables these queries read: the ones a read-only role needs SELECT on.
    var tablesRead: [String] {
        var tables = ["crm_stage", "crm_lead", "res_users", "res_partner"]
        if schema.trackedField != nil { tables += ["mail_message", "mail_tracking_value"] }
        if case .reference = schema.trackedField { tables.append("ir_model_fields") }
        if !schema.isTranslated("crm_stage"), schema.has("ir_translation") { tables.append("ir_translation") }
        return tables + lookups.flatMap(\.lookup.tables)
    }

    /// A translatable name in the language `$1`, else en_US, else any translation there is.
    ///
    /// `model` is Odoo's model name, which `ir_translation` rows (before 16) are keyed by.
    func name(_ table: String, _ alias: String, model: String) -> String {
        if schema.isTranslated(table) {
            return "COALESCE(\(alias).name->>$1, \(alias).name->>'en_US', "
                + "(SELECT j.value FROM jsonb_each_text(\(alias).name) AS j ORDER BY j.key LIMIT 1))"
        }
        guard schema.has("ir_translation"), !schema.unreadable.contains("ir_translation") else { return "\(alias).name" }
        return "COALESCE((SELECT t.value FROM ir_translation t WHERE t.name = '\(model),name' AND t.res_id = \(alias).id "
            + "AND t.lang = $1 AND t.value <> '' ORDER BY t.id LIMIT 1), \(alias).name)"
    }

    /// The stages in Odoo's order (`crm.stage`'s `_order`: sequence, then name, then id): id, name, won.
    var stages: String {
        let won = schema.has("crm_stage", "is_won") ? "s.is_won" : "false"
        let name = name("crm_stage", "s", model: "crm.stage")
        return "SELECT s.id, \(name), \(won) FROM crm_stage s ORDER BY s.sequence, 2, s.id"
    }

    /// The planner's row counts of crm_lead and mail_tracking_value (`reltuples`: -1 or 0 before
    /// a first ANALYZE), to size the session's columns before the rows come.
    static let estimates = """
        SELECT (SELECT reltuples FROM pg_class WHERE oid = to_regclass('crm_lead'))::bigint,
               COALESCE((SELECT reltuples FROM pg_class WHERE oid = to_regclass('mail_tracking_value')), 0)::bigint
        """

    /// Salespeople: the user's id and the name of its partner (a user has no name of its own).
    var users: String {
        schema.has("res_users", "partner_id")
            ? "SELECT u.id, p.name FROM res_users u LEFT JOIN res_partner p ON p.id = u.partner_id"
            : "SELECT u.id, u.login FROM res_users u"
    }

    /// A small table a lead refers to, read once as id → name rather than joined to a million leads.
    enum Lookup: CaseIterable {
        case reason, team, source, currency

        /// The tables it reads.
        var tables: [String] {
            switch self {
            case .reason: ["crm_lost_reason"]
            case .team: ["crm_team"]
            case .source: ["utm_source"]
            case .currency: ["res_company", "res_currency"]
            }
        }
    }

    /// The lookups this database has (the tables, and the lead's column that refers to them),
    /// each with its query of id and name.
    var lookups: [(lookup: Lookup, query: String)] {
        Lookup.allCases.compactMap { lookup in
            guard lookup.tables.allSatisfy(schema.has) else { return nil }
            switch lookup {
            case .reason:
                guard schema.lostReasonColumn != nil else { return nil }
                return (lookup, "SELECT r.id, \(name("crm_lost_reason", "r", model: "crm.lost.reason")) FROM crm_lost_reason r")
            case .team:
                guard schema.has("crm_lead", "team_id") else { return nil }
                return (lookup, "SELECT t.id, \(name("crm_team", "t", model: "crm.team")) FROM crm_team t")
            case .source:
                guard schema.has("crm_lead", "source_id") else { return nil }
                return (lookup, "SELECT s.id, s.name FROM utm_source s")
            case .currency:
                guard schema.has("crm_lead", "company_id"), schema.has("res_company", "currency_id") else { return nil }
                return (lookup, "SELECT co.id, cu.name FROM res_company co JOIN res_currency cu ON cu.id = co.currency_id")
            }
        }
    }

    /// The columns of `leads`, in order.
    enum LeadColumn: Int, CaseIterable {
        case id, name, type, stage, active, probability, revenue, created, closed, deadline, lastStageUpdate
        case conversion, written, user, customer, reason, team, source, company, wonStatus
    }

    /// Every lead and opportunity, archived ones included, in id order.
    ///
    /// Times and amounts cross
    /// as PostgreSQL writes them, parsed by the reader (cheaper than converting on the server);
    /// a float probability is rounded there, as its text may have an exponent.
    var leads: String {
        let s = schema
        func column(_ name: String, _ expression: String? = nil) -> String {
            s.has("crm_lead", name) ? expression ?? "l.\(name)" : "NULL"
        }
        let fields = [
            "l.id", "l.name", s.has("crm_lead", "type") ? "l.type" : "'opportunity'", "l.stage_id",
            s.has("crm_lead", "active") ? "l.active" : "true", column("probability", "round(l.probability * 100)::bigint"),
            s.revenueColumn.map { "l.\($0)" } ?? "NULL", "l.create_date", column("date_closed"), column("date_deadline"),
            column("date_last_stage_update"), column("date_conversion"), "l.write_date", column("user_id"),
            s.has("crm_lead", "partner_name") ? "COALESCE(p.name, l.partner_name)" : "p.name",
            s.lostReasonColumn.map { "l.\($0)" } ?? "NULL", column("team_id"), column("source_id"), column("company_id"),
            column("won_status"),
        ]
        return "SELECT " + fields.joined(separator: ", ") + " FROM crm_lead l LEFT JOIN res_partner p ON p.id = l.partner_id ORDER BY l.id"
    }

    /// The ids of the tracked `crm.lead` fields the ledger reads, and their names.
    var trackedFieldIds: String? {
        guard case .reference = schema.trackedField else { return nil }
        let list = OdooTracking.Field.odooNames.map { "'\($0.name)'" }.joined(separator: ", ")
        return "SELECT f.id, f.name FROM ir_model_fields f WHERE f.model = 'crm.lead' AND f.name IN (\(list))"
    }

    /// The columns of `tracking`, in order.
    enum TrackingColumn: Int, CaseIterable {
        case lead, at, field, oldInteger, newInteger, oldNumber, newNumber, oldTime, newTime, oldText, newText, message
    }

    /// The tracked changes of the fields the ledger reads, of every lead, in no order (the
    /// reader sorts them by lead, time and message: cheaper than a sort on the server).
    ///
    /// `fields` are the ids `trackedFieldIds` found, where the schema refers to fields by id;
    /// the field column then holds the id, else the name (before 14, or from 17 a field
    /// removed since, whose name is in `field_info`).
    func tracking(fields ids: [Int64]) -> String? {
        guard let field = schema.trackedField else { return nil }
        let names = OdooTracking.Field.odooNames.map { "'\($0.name)'" }.joined(separator: ", ")
        let fieldValue: String, filter: String
        switch field {
        case .name(let column):
            fieldValue = "v.\(column)"
            filter = "v.\(column) IN (\(names))"
        case .reference(let column):
            let idList = ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ", ")
            if schema.has("mail_tracking_value", "field_info") {
                fieldValue = "COALESCE(v.\(column)::text, v.field_info->>'name')"
                filter = "(v.\(column) IN (\(idList)) OR (v.\(column) IS NULL AND v.field_info->>'name' IN (\(names))))"
            } else {
                fieldValue = "v.\(column)::text"
                filter = "v.\(column) IN (\(idList))"
            }
        }
        func number(_ side: String) -> String {
            let float = "v.\(side)_value_float"
            let value = schema.hasMonetaryTracking ? "COALESCE(v.\(side)_value_monetary, \(float))" : float
            return "round(\(value) * 100)::bigint"
        }
        return """
            SELECT m.res_id, m.date, \(fieldValue), v.old_value_integer, v.new_value_integer, \(number("old")), \(number("new")), \
            v.old_value_datetime, v.new_value_datetime, v.old_value_char, v.new_value_char, m.id \
            FROM mail_tracking_value v JOIN mail_message m ON m.id = v.mail_message_id \
            WHERE m.model = 'crm.lead' AND \(filter)
            """
    }
}
