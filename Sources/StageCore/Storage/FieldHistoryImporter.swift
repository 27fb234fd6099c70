import Foundation

/// `import events` of a field-history file: a row per change of one field,
/// `record_id, changed_at, field, old, new` (Salesforce's
/// OpportunityFieldHistory: `OpportunityId, CreatedDate, Field, OldValue,
/// NewValue`). Changes of value, expected close, probability, owner and
/// currency become field events; they replace the field events the records
/// named had for the fields the file carries. Rows of other fields (the
/// stage, the name, Salesforce's `created` row) are skipped and counted.
enum FieldHistoryImporter {
    struct Result {
        var store: RecordStore
        var count: Int
        var records: Int
        var adjustments = ImportAdjustments()
        var problems = ImportProblems()
    }

    static let fields: [ColumnMap.FieldSpec] = [
        .init(name: "record_id", names: ["record_id"], aliases: ["id"]),
        .init(name: "changed_at", names: ["changed_at"], aliases: ["changed"]),
        .init(name: "field", names: ["field"]), .init(name: "old", names: ["old", "old_value", "oldvalue"]),
        .init(name: "new", names: ["new", "new_value", "newvalue"]), .init(name: "data_type", names: ["data_type", "datatype"]),
    ]

    /// Whether a header is a field history's: a field column and a new-value column, and no stage column.
    static func matches(_ map: ColumnMap) -> Bool {
        map.index("field") != nil && map.index("new") != nil
    }

    /// The tracked field a CRM's field name stands for.
    static func tracked(_ name: String) -> TrackedField? {
        switch Names.key(name).filter({ $0.isLetter }) {
        case "value", "amount": .value
        case "expectedclose", "closedate": .expectedClose
        case "probability": .probability
        case "owner", "ownerid", "ownername", "salesperson", "userid": .owner
        case "currency", "currencyisocode": .currency
        default: nil
        }
    }

    static func run(_ reader: CSVReader, _ map: ColumnMap, into w: Workspace, options: ImportOptions) throws -> Result {
        let required = try map.require(["record_id", "changed_at", "field", "new"])
        let (cRecord, cAt, cField, cNew) = (required[0], required[1], required[2], required[3])
        let cOld = map.index("old"), cType = map.index("data_type")
        let headers = map.headers
        var store = w.store
        var events = FieldLedger()
        var adjustments = ImportAdjustments()
        var problems = ImportProblems()
        var dates = DateReader(format: options.dates, input: reader.input, delimiter: reader.delimiter,
                               dayFirstWhenAmbiguous: options.dayFirstWhenAmbiguous)
        var row = CSVRow()
        var named = Set<Int32>(), carried = Set<UInt8>()
        while try ImportFields.next(reader, &row, options, &problems) {
            do {
                try ImportFields.checkWidth(row, headers)
                try ImportFields.noteNULs(row, options, &adjustments)
                let id = try ImportFields.utf8(row, cRecord, headers[cRecord])
                guard let slot = store.slot(of: id) else {
                    throw ImportError(line: row.line, column: headers[cRecord], problem: Messages.unknownRecord(id),
                                      hints: [Messages.hintImportRecordsFirst], group: "unknown record")
                }
                // Salesforce writes an owner change twice: as user ids, and as names; the names are kept.
                if let cType, FieldText.isWord(row.field(cType), "entityid") {
                    adjustments.note(.untrackedField, line: row.line)
                    continue
                }
                guard let field = tracked(try ImportFields.utf8(row, cField, headers[cField])) else {
                    adjustments.note(.untrackedField, line: row.line)
                    continue
                }
                let at = try dates.time(row, cAt, headers[cAt])
                let old = try cOld.map { (c) throws(ImportError) in try value(field, row, c, headers[c], &dates, &store, options, &adjustments) }
                let new = try value(field, row, cNew, headers[cNew], &dates, &store, options, &adjustments)
                events.append(FieldEvent(record: slot, field: field, at: at, cause: .import,
                                         old: old ?? (field == .owner || field == .currency ? 0 : missing), new: new))
                named.insert(slot)
                carried.insert(field.rawValue)
                if events.count & 0xFFFF == 0 && Cancellation.isRequested() { throw Interrupted() }
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
        return Result(store: store, count: events.count, records: named.count, adjustments: adjustments, problems: problems)
    }

    /// A value of a field-history row, encoded as the field's column is.
    private static func value(
        _ field: TrackedField, _ row: CSVRow, _ c: Int, _ column: String, _ dates: inout DateReader,
        _ store: inout RecordStore, _ options: ImportOptions, _ adjustments: inout ImportAdjustments
    ) throws(ImportError) -> Int64 {
        switch field {
        case .value, .probability:
            return row.isEmpty(c) ? missing : try ImportFields.amount(row, c, column, options, &adjustments)
        case .expectedClose:
            return try dates.time(row, c, column)
        case .owner, .currency:
            return row.isEmpty(c) ? 0 : Int64(store.internName(try ImportFields.utf8(row, c, column)))
        }
    }
}
