/// `import odoo`.
extension SessionOperations {
    /// Replaces the session's pipeline and records with an Odoo database's, in one transaction
    /// that one `undo` takes back; a dry run reads everything and changes nothing.
    static func importOdoo(
        _ connection: Located<String>, language: String?, dryRun: Bool, _ s: inout Session, _ tx: inout Transaction
    ) throws(Diagnostic) -> Outcome {
        let result: OdooImporter.Result
        do {
            result = try OdooImporter.run(
                dsn: connection.value, language: language ?? OdooImporter.odooLanguage(s.language),
                cancellation: s.cancellation)
        } catch let e as OdooError {
            throw e.diagnostic(target: ConnectionString.redacted(connection.value), at: connection.range)
        } catch is Interrupted {
            throw Diagnostic(Message.interrupted)
        } catch {
            throw Diagnostic(Message.odooServerError(String(describing: error)), at: connection.range)
        }
        var lines = [Message.odooImported(result, dryRun: dryRun)]
        if result.archivedLeftOut > 0 { lines.append(Message.odooLeftOut(result.archivedLeftOut)) }
        if result.implied > 0 { lines.append(Message.odooImplied(result.implied)) }
        if result.disagreeing > 0 { lines.append(Message.odooDisagreeing(result.disagreeing)) }
        if !result.deletedStages.isEmpty { lines.append(Message.odooDeletedStages(result.deletedStages)) }
        if dryRun {
            lines.append(Message.odooDryRunNothingChanged)
            return .message(.lines(lines))
        }
        tx.apply(.setPipeline(result.pipeline), to: &s.workspace)
        tx.apply(.setStore(result.store), to: &s.workspace)
        return .message(.lines(lines))
    }
}
