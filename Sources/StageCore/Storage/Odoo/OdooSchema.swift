/// What an Odoo database holds, read from PostgreSQL's catalogue: which tables exist, with
/// which columns and types, and which of them the connected role may read.
///
/// Odoo 14 to 18 differ in a few places the import must follow, found here by looking at
/// the columns rather than by asking for a version: the tracked field is a name, a
/// reference to `ir_model_fields` (`field`) or `field_id`; names are `jsonb` translations
/// from 16 on and `varchar` with `ir_translation` rows before; the lost reason column is
/// `lost_reason` in 14; monetary tracking has columns of its own until 16; `won_status`
/// exists from 18.
struct OdooSchema: Sendable {
    /// Each table's columns and their SQL types (`format_type`), by table.
    private(set) var columns: [String: [String: String]] = [:]
    /// The tables the role may not SELECT from.
    private(set) var unreadable: Set<String> = []

    /// Every table the import may read; only those that exist are looked at.
    static let tables = [
        "ir_module_module", "res_users", "res_partner", "res_company", "res_currency", "ir_model_fields",
        "ir_translation", "crm_lead", "crm_stage", "crm_team", "crm_lost_reason", "utm_source", "mail_message",
        "mail_tracking_value",
    ]

    /// A schema holding the tables that the role may not use (no USAGE): its tables cannot be read at all.
    private(set) var unusableSchema: String?

    /// The catalogue query, which sees every table whatever the role may read.
    ///
    /// pg_catalog answers whatever the role's privileges, where information_schema would hide
    /// the tables it may not read. Odoo's schema is `public`;
    /// `current_schemas` leaves out a schema the role may not use, so that one is asked for by name.
    static let catalogueQuery = """
        SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), has_table_privilege(c.oid, 'SELECT'),
               n.nspname, has_schema_privilege(n.oid, 'USAGE')
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND (n.nspname = ANY (current_schemas(false)) OR n.nspname = 'public')
          AND c.relname = ANY ($1::text[])
        """

    /// Reads the schema over `connection`.
    static func read(_ connection: PostgresConnection) throws -> OdooSchema {
        var schema = OdooSchema()
        let list = "{" + tables.joined(separator: ",") + "}"
        try connection.stream(catalogueQuery, parameters: [list]) { row in
            guard let table = row.string(0), let column = row.string(1) else { return }
            schema.columns[table, default: [:]][column] = row.string(2) ?? ""
            if row.bool(3) == false { schema.unreadable.insert(table) }
            if row.bool(5) == false, schema.unusableSchema == nil { schema.unusableSchema = row.string(4) }
        }
        return schema
    }

    func has(_ table: String) -> Bool { columns[table] != nil }

    func has(_ table: String, _ column: String) -> Bool { columns[table]?[column] != nil }

    func type(_ table: String, _ column: String) -> String? { columns[table]?[column] }

    /// Whether this is an Odoo database at all: its module registry and users.
    var isOdoo: Bool { has("ir_module_module") && has("res_users") && has("res_partner") }

    /// Whether the CRM module's tables are there (uninstalling it drops them).
    var hasCRM: Bool { has("crm_lead") && has("crm_stage") }

    /// How `mail_tracking_value` names the field a row tracks.
    enum TrackedFieldColumn: Sendable, Equatable {
        /// The field's technical name in a column of its own (before Odoo 14's reference).
        case name(String)
        /// A reference to `ir_model_fields` in this column (`field` in 14–16, `field_id` from 17).
        case reference(String)
    }

    /// The tracked-field column, if the tracking table is usable at all.
    var trackedField: TrackedFieldColumn? {
        guard has("mail_tracking_value"), has("mail_message") else { return nil }
        if has("mail_tracking_value", "field_id") { return .reference("field_id") }
        guard let type = type("mail_tracking_value", "field") else { return nil }
        return type.hasPrefix("int") ? .reference("field") : .name("field")
    }

    /// Whether monetary changes have their own tracking columns (until Odoo 16).
    var hasMonetaryTracking: Bool { has("mail_tracking_value", "old_value_monetary") }

    /// The column of a lead's lost reason: `lost_reason_id`, or `lost_reason` in Odoo 14.
    var lostReasonColumn: String? {
        has("crm_lead", "lost_reason_id") ? "lost_reason_id" : has("crm_lead", "lost_reason") ? "lost_reason" : nil
    }

    /// The column of a lead's expected revenue (`planned_revenue` before Odoo 14).
    var revenueColumn: String? {
        has("crm_lead", "expected_revenue") ? "expected_revenue" : has("crm_lead", "planned_revenue") ? "planned_revenue" : nil
    }

    /// Whether a translatable name is a `jsonb` of translations (Odoo 16 on).
    func isTranslated(_ table: String, _ column: String = "name") -> Bool { type(table, column) == "jsonb" }

}
