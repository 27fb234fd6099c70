/// The messages of `import odoo`: connecting, what the database lacks, what was imported.
extension Message {
    /// libpq is not installed, or lacks a function; `reason` is the loader's.
    static func odooNoClientLibrary(_ reason: String) -> Message { Message(.odooNoClientLibrary, .text(reason)) }
    static var hintOdooInstallLibpq: Message { Message(.hintOdooInstallLibpq) }
    /// libpq could not connect; `reason` is libpq's own.
    static func odooCannotConnect(_ target: String, _ reason: String) -> Message {
        Message(.odooCannotConnect, .text(target), .text(reason))
    }
    static func odooNotOdoo(_ database: String) -> Message { Message(.odooNotOdoo, .quoted(database)) }
    static var hintOdooDatabase: Message { Message(.hintOdooDatabase) }
    static func odooNoCRM(_ database: String) -> Message { Message(.odooNoCRM, .quoted(database)) }
    static var hintOdooInstallCRM: Message { Message(.hintOdooInstallCRM) }
    static func odooPermissionDenied(_ tables: [String], role: String) -> Message {
        Message(.odooPermissionDenied, .text(tables.joined(separator: ", ")), .text(String(tables.count)), .quoted(role))
    }
    /// The GRANT that gives `role` what the import reads.
    static func hintOdooGrant(_ tables: [String], role: String) -> Message {
        Message(.hintOdooGrant, .text("GRANT SELECT ON \(tables.joined(separator: ", ")) TO \(sqlIdentifier(role));"))
    }
    static func odooSchemaDenied(_ schema: String, role: String) -> Message {
        Message(.odooSchemaDenied, .text(schema), .quoted(role))
    }
    static func hintOdooGrantUsage(_ schema: String, role: String) -> Message {
        Message(.hintOdooGrant, .text("GRANT USAGE ON SCHEMA \(sqlIdentifier(schema)) TO \(sqlIdentifier(role));"))
    }
    static func odooServerError(_ reason: String) -> Message { Message(.odooServerError, .text(reason)) }

    /// The summary of an import: how many records of each kind, with how many events, from where.
    static func odooImported(_ r: OdooImporter.Result, dryRun: Bool) -> Message {
        Message(
            dryRun ? .odooDryRun : .odooImported, .text(String(r.records)), .text(String(r.leads)), .text(String(r.opportunities)),
            .text(String(r.won)), .text(String(r.lost)), .text(String(r.events)), .text(String(r.fieldEvents)),
            .text(String(r.trackingRows)), .quoted(r.database))
    }
    static func odooLeftOut(_ n: Int) -> Message { Message(.odooLeftOut, .text(String(n))) }
    static func odooImplied(_ n: Int) -> Message { Message(.odooImplied, .text(String(n))) }
    static func odooDisagreeing(_ n: Int) -> Message { Message(.odooDisagreeing, .text(String(n))) }
    static func odooDeletedStages(_ names: [String]) -> Message {
        Message(.odooDeletedStages, .text(String(names.count)), .text(names.map(Quoting.quoteIfNeeded).joined(separator: ", ")))
    }
    static var odooDryRunNothingChanged: Message { Message(.odooDryRunNothingChanged) }

    /// A role name as SQL writes it: bare when it is a plain lower-case identifier, else in double quotes.
    private static func sqlIdentifier(_ name: String) -> String {
        let plain =
            name.first.map { $0.isLetter || $0 == "_" } == true
            && name.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "_" || $0 == "$" }
        return plain ? name : "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
