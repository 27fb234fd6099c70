/// The SQL the import runs against an Odoo database, written for the schema found there.
///
/// Every query is a single SELECT. Times leave the server as whole seconds since the
/// epoch (Odoo keeps UTC in `timestamp without time zone`), amounts as cents and
/// percentages as hundredths, so that rows cross as digits the reader parses without
/// a date or decimal parser. `$1`, where a query has it, is the Odoo language code of the names.
struct OdooQueries: Sendable {
    let schema: OdooSchema

    /// The tracked `crm.lead` fields the ledger is built from.
    static let trackedFields = [
        "stage_id", "type", "active", "user_id", "expected_revenue", "planned_revenue", "date_deadline", "probability",
        "lost_reason_id", "lost_reason",
    ]

    /// The tables these queries read: the ones a read-only role needs SELECT on.
    var tablesRead: [String] {
        var tables = ["crm_stage", "crm_lead", "res_users", "res_partner"]
        if schema.trackedField != nil { tables += ["mail_message", "mail_tracking_value"] }
        if case .reference = schema.trackedField { tables.append("ir_model_fields") }
        if !schema.isTranslated("crm_stage"), schema.has("ir_translation") { tables.append("ir_translation") }
        for t in ["res_company", "res_currency", "crm_team", "crm_lost_reason", "utm_source"]
        where schema.has(t) {
            tables.append(t)
        }
        return tables
    }

    /// Whole seconds since the epoch of a timestamp or date expression; NULL stays NULL.
    static func epoch(_ expression: String) -> String {
        "floor(extract(epoch from (\(expression))::timestamp))::bigint"
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

    /// The stages in Odoo's order: id, name, won.
    var stages: String {
        let won = schema.has("crm_stage", "is_won") ? "s.is_won" : "false"
        return "SELECT s.id, \(name("crm_stage", "s", model: "crm.stage")), \(won) FROM crm_stage s ORDER BY s.sequence, s.id"
    }

    /// Salespeople: the user's id and the name of its partner (a user has no name of its own).
    var users: String {
        schema.has("res_users", "partner_id")
            ? "SELECT u.id, p.name FROM res_users u LEFT JOIN res_partner p ON p.id = u.partner_id"
            : "SELECT u.id, u.login FROM res_users u"
    }

    /// The columns of `leads`, in order.
    enum LeadColumn: Int, CaseIterable {
        case id, name, type, stage, active, probability, revenue, created, closed, deadline, lastStageUpdate
        case conversion, written, user, customer, currency, reason, source, team, wonStatus
    }

    /// Every lead and opportunity, archived ones included, in id order.
    var leads: String {
        let s = schema
        func column(_ name: String, _ expression: String, _ fallback: String = "NULL") -> String {
            s.has("crm_lead", name) ? expression : fallback
        }
        var joins = ["LEFT JOIN res_partner p ON p.id = l.partner_id"]
        func joined(_ table: String, _ alias: String, on column: String, _ value: String) -> String {
            guard s.has(table), s.has("crm_lead", column) else { return "NULL" }
            joins.append("LEFT JOIN \(table) \(alias) ON \(alias).id = l.\(column)")
            return value
        }
        var currency = "NULL"
        if s.has("res_company"), s.has("res_currency"), s.has("crm_lead", "company_id"), s.has("res_company", "currency_id") {
            joins.append("LEFT JOIN res_company co ON co.id = l.company_id")
            joins.append("LEFT JOIN res_currency cu ON cu.id = co.currency_id")
            currency = "cu.name"
        }
        let revenue = s.revenueColumn.map { "round(l.\($0) * 100)::bigint" } ?? "NULL"
        let reason =
            s.lostReasonColumn.map { joined("crm_lost_reason", "r", on: $0, name("crm_lost_reason", "r", model: "crm.lost.reason")) } ?? "NULL"
        let team = joined("crm_team", "t", on: "team_id", name("crm_team", "t", model: "crm.team"))
        let fields = [
            "l.id", "l.name", column("type", "l.type", "'opportunity'"), "l.stage_id", column("active", "l.active", "true"),
            column("probability", "round(l.probability * 100)::bigint"), revenue, Self.epoch("l.create_date"),
            column("date_closed", Self.epoch("l.date_closed")), column("date_deadline", Self.epoch("l.date_deadline")),
            column("date_last_stage_update", Self.epoch("l.date_last_stage_update")),
            column("date_conversion", Self.epoch("l.date_conversion")), Self.epoch("l.write_date"),
            column("user_id", "l.user_id"), column("partner_name", "COALESCE(p.name, l.partner_name)", "p.name"), currency,
            reason, joined("utm_source", "so", on: "source_id", "so.name"), team, column("won_status", "l.won_status"),
        ]
        return "SELECT " + fields.joined(separator: ", ") + " FROM crm_lead l " + joins.joined(separator: " ") + " ORDER BY l.id"
    }

    /// The columns of `tracking`, in order.
    enum TrackingColumn: Int, CaseIterable {
        case lead, at, field, oldInteger, newInteger, oldNumber, newNumber, oldTime, newTime, oldText, newText, message
    }

    /// The tracked changes of the fields the ledger reads, of every lead, in no order (the
    /// reader sorts them by lead, time and message: cheaper than a sort on the server).
    var tracking: String? {
        guard let field = schema.trackedField else { return nil }
        let fieldName: String, join: String
        switch field {
        case .name(let column):
            fieldName = "v.\(column)"
            join = ""
        case .reference(let column):
            // From Odoo 17 a removed field leaves its name in field_info.
            fieldName = schema.has("mail_tracking_value", "field_info") ? "COALESCE(f.name, v.field_info->>'name')" : "f.name"
            join = "LEFT JOIN ir_model_fields f ON f.id = v.\(column)"
        }
        func number(_ side: String) -> String {
            let float = "v.\(side)_value_float"
            let value = schema.hasMonetaryTracking ? "COALESCE(v.\(side)_value_monetary, \(float))" : float
            return "round(\(value) * 100)::bigint"
        }
        // Names only where the ids may no longer resolve: stages, users, reasons.
        let named = "\(fieldName) IN ('stage_id', 'user_id', 'lost_reason_id', 'lost_reason')"
        let list = Self.trackedFields.map { "'\($0)'" }.joined(separator: ", ")
        return """
            SELECT m.res_id, \(Self.epoch("m.date")), \(fieldName), v.old_value_integer, v.new_value_integer, \
            \(number("old")), \(number("new")), \(Self.epoch("v.old_value_datetime")), \(Self.epoch("v.new_value_datetime")), \
            CASE WHEN \(named) THEN v.old_value_char END, CASE WHEN \(named) THEN v.new_value_char END, m.id \
            FROM mail_tracking_value v JOIN mail_message m ON m.id = v.mail_message_id \(join) \
            WHERE m.model = 'crm.lead' AND \(fieldName) IN (\(list))
            """
    }
}
