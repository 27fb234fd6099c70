/// Why `import odoo` stopped, in terms a user can act on.
enum OdooError: Error, Sendable {
    /// libpq itself could not be loaded (the loader's reason).
    case noClientLibrary(String)
    /// libpq's reason: no server there, authentication failed, no such database.
    case cannotConnect(String)
    /// The database has none of Odoo's core tables.
    case notOdoo(database: String)
    /// An Odoo database without the CRM module.
    case noCRM(database: String)
    /// The role may not use the schema the tables are in.
    case schemaDenied(schema: String, role: String)
    /// The role may not read these tables.
    case permissionDenied(tables: [String], role: String)
    /// Any other refusal, in the server's words.
    case server(String)

    /// The diagnostic, naming `target` (the connection string without its password) for a failed connection.
    func diagnostic(target: String, at range: SourceRange?) -> Diagnostic {
        switch self {
        case .noClientLibrary(let reason): Diagnostic(Message.odooNoClientLibrary(reason), at: range, hint: Message.hintOdooInstallLibpq)
        case .cannotConnect(let reason): Diagnostic(Message.odooCannotConnect(target, reason), at: range)
        case .notOdoo(let database): Diagnostic(Message.odooNotOdoo(database), at: range, hint: Message.hintOdooDatabase)
        case .noCRM(let database): Diagnostic(Message.odooNoCRM(database), at: range, hint: Message.hintOdooInstallCRM)
        case .permissionDenied(let tables, let role):
            Diagnostic(Message.odooPermissionDenied(tables, role: role), at: range, hint: Message.hintOdooGrant(tables, role: role))
        case .schemaDenied(let schema, let role):
            Diagnostic(Message.odooSchemaDenied(schema, role: role), at: range, hint: Message.hintOdooGrantUsage(schema, role: role))
        case .server(let reason): Diagnostic(Message.odooServerError(reason), at: range)
        }
    }
}
