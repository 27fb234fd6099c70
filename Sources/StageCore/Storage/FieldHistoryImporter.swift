import Foundation

/// `import events` of a field-history file: a row per change of one field, `record_id, changed_at, field, old, new` (Salesforce's
/// OpportunityFieldHistory: `OpportunityId, CreatedDate, Field, OldValue, NewValue`; Odoo's tracking values, whose old and new values sit in a column
/// per type).
///
/// Changes of value, expected close, probability, owner and currency become field events; they replace the field
/// events the records named had for the fields the file carries. Stage rows, where the file has them (Odoo keeps
/// its stage history only there), and Odoo's archiving (`active`: a lost deal) become each record's ledger,
/// replaced as `import events` replaces it. Rows of other fields (the name, Salesforce's `created` row) are
/// skipped and counted.
enum FieldHistoryImporter {
    static let fields: [ColumnMap.FieldSpec] =
        [
            .init(name: "record_id", names: ["record_id"], aliases: ["id"]),
            .init(name: "changed_at", names: ["changed_at"], aliases: ["changed"]),
            .init(name: "field", names: ["field"]), .init(name: "old", names: ["old", "old_value", "oldvalue", "old value char"]),
            .init(name: "new", names: ["new", "new_value", "newvalue", "new value char"]),
            .init(name: "data_type", names: ["data_type", "datatype"]),
        ] + typed

    /// Odoo's tracking values keep a value in the column of its type; the first that is not empty holds it.
    static let typed: [ColumnMap.FieldSpec] = ["integer", "float", "monetary", "datetime"].flatMap { type in
        [ColumnMap.FieldSpec(name: "old_\(type)", names: ["old value \(type)"]), .init(name: "new_\(type)", names: ["new value \(type)"])]
    }

    /// Odoo's import-compatible export names a lead `__export__.crm_lead_101_f883`; its
    /// tracking values name it by its database id, 101.
    struct OdooIds {
        private var slots: [String: Int32] = [:]

        init(_ store: RecordStore) {
            for r in 0..<store.slotCount where store.alive[r] {
                let id = store.ids[r]
                guard id.hasPrefix("__export__.crm_lead_") else { continue }
                let rest = id.dropFirst(20)
                if let n = rest.split(separator: "_").first, n.allSatisfy(\.isNumber) { slots[String(n)] = Int32(r) }
            }
        }

        func slot(of id: String) -> Int32? { slots[id] }
    }

    /// Whether a header is a field history's: a field column and a new-value column, and no stage column.
    static func matches(_ map: ColumnMap) -> Bool {
        map.index("field") != nil && map.index("new") != nil
    }

    /// What a field-history row changes.
    enum Change {
        case field(TrackedField)
        case stage
        /// Archived or restored (Odoo's `active`): lost, or open again.
        case active
    }

    /// What a CRM's field name (or Odoo's field label, "Expected Revenue (crm.lead)") stands for.
    static func change(_ name: String) -> Change? {
        var key = Names.key(name)
        if key.hasSuffix(")"), let open = key.lastIndex(of: "(") { key = String(key[..<open]) }
        switch key.filter({ $0.isLetter }) {
        case "value", "amount", "expectedrevenue": return .field(.value)
        case "expectedclose", "closedate", "expectedclosing", "datedeadline": return .field(.expectedClose)
        case "probability": return .field(.probability)
        case "owner", "ownerid", "ownername", "salesperson", "userid": return .field(.owner)
        case "currency", "currencyisocode", "currencyid": return .field(.currency)
        case "stage", "stagename", "stageid": return .stage
        case "active": return .active
        default: return nil
        }
    }

    static func run(_ reader: CSVReader, _ map: ColumnMap, into w: Workspace, options: ImportOptions) throws -> EventImporter.Result {
        let required = try map.require(["record_id", "changed_at", "field", "new"])
        let (cRecord, cAt, cField) = (required[0], required[1], required[2])
        let olds = ([map.index("old")] + typed.filter { $0.name.hasPrefix("old") }.map { map.index($0.name) }).compactMap { $0 }
        let news = ([map.index("new")] + typed.filter { $0.name.hasPrefix("new") }.map { map.index($0.name) }).compactMap { $0 }
        let cType = map.index("data_type")
        let headers = map.headers
        var store = w.store
        var stages = ImportFields.StageCache(pipeline: w.pipeline, options: options)
        var events = FieldLedger()
        var moves: [(record: Int32, at: Int64, old: StageID, new: StageID, line: Int)] = []
        var adjustments = ImportAdjustments()
        var problems = ImportProblems()
        var dates = DateReader(
            format: options.dates, input: reader.input, delimiter: reader.delimiter,
            dayFirstWhenAmbiguous: options.dayFirstWhenAmbiguous)
        // Built at the first id the store lacks: most files name records by their own ids.
        var odooIds: OdooIds?
        var row = CSVRow()
        var named = Set<Int32>(), carried = Set<UInt8>()
        while try ImportFields.next(reader, &row, options, &problems) {
            do {
                try ImportFields.checkWidth(row, headers)
                try ImportFields.noteNULs(row, options, &adjustments)
                let id = try ImportFields.utf8(row, cRecord, headers[cRecord])
                var found = store.slot(of: id)
                if found == nil {
                    if odooIds == nil { odooIds = OdooIds(store) }
                    found = odooIds!.slot(of: id)
                }
                guard let slot = found else {
                    throw ImportError(
                        line: row.line, column: headers[cRecord], problem: Message.unknownRecord(id),
                        hints: [Message.hintImportRecordsFirst], group: "unknown record")
                }
                // Salesforce writes an owner change twice: as user ids, and as names; the names are kept.
                if let cType, FieldText.isWord(row.field(cType), "entityid") {
                    adjustments.note(.untrackedField, line: row.line)
                    continue
                }
                guard let change = change(try ImportFields.utf8(row, cField, headers[cField])) else {
                    adjustments.note(.untrackedField, line: row.line)
                    continue
                }
                let at = try dates.time(row, cAt, headers[cAt])
                let cOld = olds.first { !row.isEmpty($0) }, cNew = news.first { !row.isEmpty($0) } ?? news[0]
                switch change {
                case .field(let field):
                    func value(_ c: Int) throws(ImportError) -> Int64 {
                        try HistoryState.cell(field, row, c, headers[c], dates: &dates, options: options, adjustments: &adjustments) {
                            () throws(ImportError) -> Int64 in Int64(store.internName(try ImportFields.utf8(row, c, headers[c])))
                        }
                    }
                    let old = try cOld.map { (c) throws(ImportError) in try value(c) }
                    let new = try value(cNew)
                    events.append(
                        FieldEvent(
                            record: slot, field: field, at: at, cause: .import,
                            old: old ?? (field == .owner || field == .currency ? 0 : missing), new: new))
                    named.insert(slot)
                    carried.insert(field.rawValue)
                case .stage:
                    let kind = stages.pipeline[store.stages[Int(slot)]].kind
                    let new = try stages.stage(label: row.string(cNew), line: row.line, column: headers[cNew], kind: kind)
                    let old =
                        try cOld.map { (c) throws(ImportError) in
                            try stages.stage(label: row.string(c), line: row.line, column: headers[c], kind: kind)
                        } ?? noStage
                    moves.append((slot, at, old, new, row.line))
                case .active:
                    // Archived: lost where it stood; restored: open again where it was lost.
                    let archived = ["false", "0", "no"].contains(row.string(cNew).lowercased())
                    guard let lost = stages.pipeline.closedStage(.opportunity, .lost) else { continue }
                    moves.append((slot, at, archived ? noStage : lost, archived ? lost : noStage, row.line))
                }
                if (events.count + moves.count) & 0xFFFF == 0 && options.cancellation.isRequested { throw Interrupted() }
            } catch let e as ImportError {
                guard options.dryRun else { throw e }
                problems.add(e)
            }
        }
        // Each record's changes in time order, file order breaking ties.
        let order = events.record.indices.sorted { a, b in
            (events.record[a], events.at[a], a) < (events.record[b], events.at[b], b)
        }
        var replaced = FieldLedger()
        let old = store.fieldEvents
        for i in 0..<old.count where !(named.contains(old.record[i]) && carried.contains(old.field[i])) { replaced.append(old[i]) }
        for i in order { replaced.append(events[i]) }
        store.fieldEvents = replaced
        var result = EventImporter.Result(store: store, count: 0, records: named.count, refusedMoves: 0)
        if !moves.isEmpty {
            do {
                result = try ledger(moves, &store, stages.pipeline, headers[cField])
            } catch {
                guard options.dryRun else { throw error }
                problems.add(error)
            }
            if !stages.created.isEmpty {
                result.pipeline = stages.pipeline
                result.createdStages = stages.created.map { stages.pipeline[$0].name }
            }
        }
        result.adjustments = adjustments
        result.problems = problems
        result.fieldEvents = events.count
        result.records = Set(named).union(moves.map(\.record)).count
        return result
    }

    /// The ledgers the stage rows give: per record, in time order, a creation
    /// into the first row's old stage (at the record's creation), then a move
    /// per row; an archived deal moves to the lost stage from where it stood.
    private static func ledger(
        _ moves: [(record: Int32, at: Int64, old: StageID, new: StageID, line: Int)], _ store: inout RecordStore,
        _ pipeline: Pipeline, _ column: String
    ) throws(ImportError) -> EventImporter.Result {
        let order = moves.indices.sorted { a, b in (moves[a].record, moves[a].at, a) < (moves[b].record, moves[b].at, b) }
        var ledger = RecordStore.Ledger()
        var lines = EventImporter.LineMap()
        var current = noStage, previous = noStage
        for (k, i) in order.enumerated() {
            let m = moves[i]
            let first = k == 0 || moves[order[k - 1]].record != m.record
            if first {
                let created = store.created[Int(m.record)]
                previous = noStage
                // Archived with no stage row before: it stood in the first stage of its kind.
                current = m.old != noStage ? m.old : pipeline[m.new].isClosed ? pipeline.firstStage(pipeline[m.new].kind) ?? m.new : m.new
                lines.note(event: ledger.count, line: m.line)
                ledger.append(
                    LedgerEvent(
                        record: m.record, from: noStage, to: current,
                        at: created != missing && created <= m.at ? created : m.at, cause: .create))
            }
            // A restored deal goes back to the stage it was lost from.
            let to = m.new == noStage ? previous : m.new
            guard to != noStage, to != current else { continue }
            if pipeline[to].isClosed { previous = current }
            let converts = pipeline[current].kind != pipeline[to].kind
            lines.note(event: ledger.count, line: m.line)
            ledger.append(LedgerEvent(record: m.record, from: current, to: to, at: m.at, cause: converts ? .convert : .import))
            current = to
        }
        var none = HistoryState(fields: [])
        return try EventImporter.rebuild(
            &store, ledger, &none, lines, pipeline: pipeline, derivesFrom: false,
            headers: (column, column))
    }
}
