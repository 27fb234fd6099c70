import Foundation

/// `import odoo`: an Odoo CRM's pipeline, records and their full history, read from its
/// PostgreSQL database in one read-only transaction.
///
/// The stages, salespeople, the small tables leads refer to, the leads and their tracked
/// changes are queries on one snapshot, each streamed with COPY, so memory holds the session
/// being built and one row.
/// The database is never written: the transaction is READ ONLY, and it is rolled back.
enum OdooImporter {
    /// What an import read and built.
    struct Result {
        var pipeline: Pipeline
        var store: RecordStore
        var database: String
        var leads = 0, opportunities = 0, won = 0, lost = 0
        /// Archived records that are not lost (duplicates, clean-ups): Odoo's own reports leave them out too.
        var archivedLeftOut = 0
        var trackingRows = 0
        /// Records without any tracked stage change, given the implied ledger of an import.
        var implied = 0
        /// Records whose tracked history did not end where they are now.
        var disagreeing = 0
        /// Stages deleted in Odoo that old tracking rows still name.
        var deletedStages: [String] = []
        var records: Int { store.slotCount }
        var events: Int { store.eventCount }
        var fieldEvents: Int { store.fieldEvents.count }
    }

    /// The Odoo language code of a session language (`vi` → `vi_VN`).
    static func odooLanguage(_ language: Language) -> String {
        switch language.code {
        case "vi": "vi_VN"
        default: "en_US"
        }
    }

    /// Connects with `dsn` and imports; `language` is Odoo's code for the stage names.
    static func run(dsn: String, language: String, cancellation: CancellationToken) throws -> Result {
        let connection: PostgresConnection
        do {
            connection = try PostgresConnection(dsn, cancellation: cancellation)
        } catch let e as PostgresError {
            let reason = ConnectionString.scrubbed(e.reason, of: dsn)
            throw e.stage == .library ? OdooError.noClientLibrary(reason) : OdooError.cannotConnect(reason)
        }
        defer { connection.close() }
        do {
            return try checkAndRead(connection, language: language, cancellation: cancellation)
        } catch let e as PostgresError {
            throw OdooError.server(ConnectionString.scrubbed(e.reason, of: dsn))
        }
    }

    /// Checks that the database is an Odoo CRM the role may read, then reads it, in one
    /// read-only transaction rolled back at the end.
    private static func checkAndRead(_ connection: PostgresConnection, language: String, cancellation: CancellationToken) throws -> Result {
        try connection.beginReadOnly()
        // Nothing was written; rolling back says so to the server's statistics as well.
        defer { try? connection.rollback() }
        var database = "", role = ""
        try connection.stream("SELECT current_database(), current_user") { row in
            database = row.string(0) ?? ""
            role = row.string(1) ?? ""
        }
        let schema = try OdooSchema.read(connection)
        if let schemaName = schema.unusableSchema { throw OdooError.schemaDenied(schema: schemaName, role: role) }
        guard schema.isOdoo else { throw OdooError.notOdoo(database: database) }
        guard schema.hasCRM else { throw OdooError.noCRM(database: database) }
        let queries = OdooQueries(schema: schema)
        let denied = queries.tablesRead.filter { schema.unreadable.contains($0) }
        guard denied.isEmpty else { throw OdooError.permissionDenied(tables: denied, role: role) }
        do {
            return try read(connection, queries, language: language, database: database, cancellation: cancellation)
        } catch let e as PostgresError where e.sqlState == PostgresError.insufficientPrivilege {
            // A column grant short of the whole table, or a privilege revoked since the check.
            throw OdooError.permissionDenied(tables: [Self.table(in: e.reason) ?? "?"], role: role)
        }
    }

    /// The table a server's "permission denied for table X" names.
    static func table(in reason: String) -> String? {
        guard let r = reason.range(of: "table ", options: .backwards) else { return nil }
        let name = reason[r.upperBound...].prefix { !$0.isWhitespace }
        return name.isEmpty ? nil : String(name)
    }

    private static func read(
        _ connection: PostgresConnection, _ queries: OdooQueries, language: String, database: String,
        cancellation: CancellationToken
    ) throws -> Result {
        var stageRows: [(id: Int64, name: String, won: Bool)] = []
        try connection.stream(queries.stages, parameters: [language]) { row in
            guard let id = row.int64(0) else { return }
            stageRows.append((id, row.string(1) ?? "", row.bool(2) ?? false))
        }
        var store = RecordStore()
        var users = OdooIdIndex<UInt32>()
        try connection.stream(queries.users) { row in
            guard let id = row.int64(0) else { return }
            users[id] = store.internName(Names.normalized(row.string(1) ?? ""))
        }
        var lookups = OdooLookups()
        for (lookup, query) in queries.lookups {
            try connection.stream(query, parameters: [language]) { row in
                if let id = row.int64(0), let name = row.string(1) {
                    lookups.add(lookup, id: id, name: Names.normalized(name), into: &store)
                }
            }
        }
        var result = Result(pipeline: .standard, store: RecordStore(), database: database)
        var pipeline = OdooPipeline(stageRows)
        // Sized once from the planner's row counts, so that a million records neither regrow nor
        // rehash; capacity not written to is never touched, so a generous guess costs no memory.
        var sizes: [Int] = []
        try connection.stream(OdooQueries.estimates) { row in sizes = (0..<row.count).map { max(0, Int(row.int64($0) ?? 0)) } }
        let estimatedLeads = sizes.first ?? 0, estimatedTracking = sizes.last ?? 0
        store.reserve(records: estimatedLeads + estimatedLeads / 50 + 16, events: 0)
        var leads = OdooLeads()
        leads.reserve(estimatedLeads + estimatedLeads / 50 + 16)
        var slotOf = OdooIdIndex<Int32>()
        try readLeads(connection, queries, users: users, lookups, into: &store, &leads, &slotOf, &result, cancellation)
        var fieldIds = OdooIdIndex<OdooTracking.Field>()
        var fieldIdList: [Int64] = []
        if let query = queries.trackedFieldIds {
            try connection.stream(query) { row in
                if let id = row.int64(0), let field = OdooTracking.Field(odooName: row.string(1) ?? "") {
                    fieldIds[id] = field
                    fieldIdList.append(id)
                }
            }
        }
        var tracking = OdooTracking()
        if let query = queries.tracking(fields: fieldIdList.sorted()) {
            tracking.reserve(min(estimatedTracking + estimatedTracking / 50, store.slotCount * 8) + 16)
            try readTracking(
                connection, query, slotOf: slotOf, fieldIds: fieldIds, users: users, reasons: lookups.reasons, &pipeline, &store,
                &tracking, cancellation)
        }
        slotOf = OdooIdIndex()
        result.trackingRows = tracking.count
        tracking.sort(slots: store.slotCount)
        // A creation each, a move for most stage rows, and a few more for implied and reconciled ledgers:
        // sized once, so that the ledger's columns are not doubled at the end.
        store.reserve(records: 0, events: store.slotCount + tracking.stageRows + store.slotCount / 8)
        store.fieldEvents.reserve(tracking.fieldRows)
        var ledger = OdooLedger(leads: leads, tracking: tracking, pipeline: pipeline)
        for r in 0..<store.slotCount {
            ledger.build(r, into: &store)
            if r & 0xFFFF == 0 && cancellation.isRequested { throw Interrupted() }
        }
        result.implied = ledger.implied
        result.disagreeing = ledger.disagreeing
        result.pipeline = ledger.pipeline.final
        result.deletedStages = ledger.pipeline.added
        for stage in store.stages {
            switch ledger.pipeline.outcomes[Int(stage)] {
            case .won: result.won += 1
            case .lost: result.lost += 1
            case .open: break
            }
        }
        result.store = store
        return result
    }

    /// Streams crm_lead into records, leaving out archived records that are not lost.
    private static func readLeads(
        _ connection: PostgresConnection, _ queries: OdooQueries, users: OdooIdIndex<UInt32>, _ lookups: OdooLookups, into store: inout RecordStore,
        _ leads: inout OdooLeads, _ slotOf: inout OdooIdIndex<Int32>, _ result: inout Result,
        _ cancellation: CancellationToken
    ) throws {
        typealias C = OdooQueries.LeadColumn
        var pooled = PooledText()
        let teamKey = "team"
        var teams = false
        try connection.stream(queries.leads) { row in
            guard let id = row.int64(C.id.rawValue) else { return }
            let active = row.bool(C.active.rawValue) ?? true
            let probability = row.int64(C.probability.rawValue)
            let lost: Bool
            if !row.isNull(C.wonStatus.rawValue) {
                lost = FieldText.isWord(row.bytes(C.wonStatus.rawValue), "lost")
            } else {
                lost = !active && (probability ?? 0) == 0
            }
            if !active && !lost {
                result.archivedLeftOut += 1
                return
            }
            let isLead = FieldText.isWord(row.bytes(C.type.rawValue), "lead")
            if isLead { result.leads += 1 } else { result.opportunities += 1 }
            var record = RecordRow(id: "", name: "", stage: 0)
            record.account = pooled.code(row, C.customer.rawValue, &store)
            if let id = row.int64(C.source.rawValue) { record.source = lookups.sources[id] ?? 0 }
            if let user = row.int64(C.user.rawValue) { record.owner = users[user] ?? 0 }
            record.value = row.hundredths(C.revenue.rawValue) ?? missing
            record.created = row.seconds(C.created.rawValue) ?? missing
            record.expectedClose = row.seconds(C.deadline.rawValue) ?? missing
            if let id = row.int64(C.company.rawValue) { record.currency = lookups.currencies[id] ?? 0 }
            if let id = row.int64(C.team.rawValue), let team = lookups.teams[id] {
                record.custom[teamKey] = team
                teams = true
            }
            let slot = Int32(store.slotCount)
            // The id's digits and the name's bytes go in as the server sent them, unless the name needs NFC.
            let name = row.bytes(C.name.rawValue)
            if FieldText.form(name) == .nfc {
                store.appendRecord(record, id: row.bytes(C.id.rawValue), name: name)
            } else {
                var text = Names.normalized(String(decoding: name, as: UTF8.self))
                text.withUTF8 { store.appendRecord(record, id: row.bytes(C.id.rawValue), name: $0) }
            }
            slotOf[id] = slot
            leads.stage.append(row.int64(C.stage.rawValue) ?? 0)
            leads.isLead.append(isLead)
            leads.lost.append(lost)
            leads.created.append(record.created)
            leads.closed.append(row.seconds(C.closed.rawValue) ?? missing)
            leads.lastStageUpdate.append(row.seconds(C.lastStageUpdate.rawValue) ?? missing)
            leads.conversion.append(row.seconds(C.conversion.rawValue) ?? missing)
            leads.written.append(row.seconds(C.written.rawValue) ?? missing)
            leads.reason.append(lost ? row.int64(C.reason.rawValue).flatMap { lookups.reasons[$0] } ?? 0 : 0)
            if slot & 0xFFFF == 0 && cancellation.isRequested { throw Interrupted() }
        }
        if teams { store.noteCustomField(key: teamKey, display: teamKey) }
    }

    /// Streams the tracked changes, in the session's terms, into `tracking`.
    private static func readTracking(
        _ connection: PostgresConnection, _ query: String, slotOf: OdooIdIndex<Int32>, fieldIds: OdooIdIndex<OdooTracking.Field>,
        users: OdooIdIndex<UInt32>, reasons: OdooIdIndex<UInt32>, _ pipeline: inout OdooPipeline, _ store: inout RecordStore,
        _ tracking: inout OdooTracking,
        _ cancellation: CancellationToken
    ) throws {
        typealias C = OdooQueries.TrackingColumn
        var pooled = PooledText()
        try connection.stream(query) { row in
            guard let lead = row.int64(C.lead.rawValue), let slot = slotOf[lead] else { return }
            // A field id, or a name (a schema that names fields, a field removed since).
            let field: OdooTracking.Field
            if let id = row.int64(C.field.rawValue) {
                guard let known = fieldIds[id] else { return }
                field = known
            } else {
                guard let named = OdooTracking.Field(odooName: row.string(C.field.rawValue) ?? "") else { return }
                field = named
            }
            let old: Int64, new: Int64
            switch field {
            case .stage:
                func stage(_ id: Int, _ text: Int) -> Int64 {
                    let odoo = row.int64(id) ?? 0
                    if odoo == 0 || pipeline.stage(odoo) != nil { return odoo }
                    return pipeline.deletedStage(name: Names.normalized(row.string(text) ?? ""))
                }
                old = stage(C.oldInteger.rawValue, C.oldText.rawValue)
                new = stage(C.newInteger.rawValue, C.newText.rawValue)
            case .owner:
                func user(_ id: Int, _ text: Int) -> Int64 {
                    guard let u = row.int64(id), u != 0 else { return 0 }
                    return Int64(users[u] ?? pooled.code(row, text, &store))
                }
                old = user(C.oldInteger.rawValue, C.oldText.rawValue)
                new = user(C.newInteger.rawValue, C.newText.rawValue)
            case .reason:
                // By id, in the session's language; the text the row carries is in its author's.
                old = 0
                let id = row.int64(C.newInteger.rawValue) ?? 0
                new = Int64(reasons[id] ?? (id == 0 ? 0 : pooled.code(row, C.newText.rawValue, &store, name: false)))
            case .active, .type:
                old = row.int64(C.oldInteger.rawValue) ?? 0
                new = row.int64(C.newInteger.rawValue) ?? 0
            case .value, .probability:
                old = row.int64(C.oldNumber.rawValue) ?? missing
                new = row.int64(C.newNumber.rawValue) ?? missing
            case .expectedClose:
                old = row.seconds(C.oldTime.rawValue) ?? missing
                new = row.seconds(C.newTime.rawValue) ?? missing
            }
            tracking.append(
                slot: slot, at: row.seconds(C.at.rawValue) ?? missing, message: Int32(clamping: row.int64(C.message.rawValue) ?? 0),
                field: field, old: old, new: new)
            if tracking.count & 0xFFFF == 0 && cancellation.isRequested { throw Interrupted() }
        }
    }
}
