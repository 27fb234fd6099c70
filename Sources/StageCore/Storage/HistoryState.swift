/// The tracked fields a history file's rows carry: the state after each
/// change (Salesforce's OpportunityHistory has the amount, close date and
/// probability on every row), in columns beside the rows' events.
///
/// Per record, in time order, a field that differs from the row before is a
/// field event; the first row gives the values at creation.
struct HistoryState: Sendable {
    /// The fields the file has, and the column each is read from.
    let fields: [(field: TrackedField, column: Int)]
    /// Per field, per row read: the value, encoded as `TrackedField` says.
    var values: [[Int64]]
    /// Owner names by local code − 1; made pool codes once the file is read.
    var owners: [String] = []

    init(fields: [(field: TrackedField, column: Int)]) {
        self.fields = fields
        values = fields.map { _ in [] }
    }

    var isEmpty: Bool { fields.isEmpty }

    /// The columns a history file may carry its state in.
    static let specs: [ColumnMap.FieldSpec] = [
        .init(name: "value", names: ["value", "amount"]), .init(name: "expected_close", names: ["expected_close", "close_date"]),
        .init(name: "probability", names: ["probability"]), .init(name: "owner", names: ["owner"]),
    ]

    /// The state columns of a header.
    static func columns(_ map: ColumnMap) -> [(field: TrackedField, column: Int)] {
        specs.compactMap { spec in
            map.index(spec.name).flatMap { c in TrackedField(name: spec.name).map { ($0, c) } }
        }
    }

    /// Reads one row's state; an empty cell is no value.
    mutating func read(
        _ row: CSVRow, headers: [String], dates: inout DateReader, options: ImportOptions,
        adjustments: inout ImportAdjustments, ownerCodes: inout ByteInterner, ownerText: NFCText
    ) throws(ImportError) {
        for (k, (field, c)) in fields.enumerated() {
            let v = try HistoryState.cell(field, row, c, headers[c], dates: &dates, options: options, adjustments: &adjustments) {
                () throws(ImportError) -> Int64 in
                let b = try ownerText.bytes(row, c, headers[c])
                if let code = ownerCodes.code(of: b) { return Int64(code) }
                owners.append(String(decoding: b, as: UTF8.self))
                ownerCodes.add(b, code: UInt32(owners.count))
                return Int64(owners.count)
            }
            values[k].append(v)
        }
    }

    /// A tracked field's value in a cell, encoded as its column is: an amount,
    /// a time, or the code `name` gives an owner's or a currency's text.
    static func cell(
        _ field: TrackedField, _ row: CSVRow, _ c: Int, _ column: String, dates: inout DateReader, options: ImportOptions,
        adjustments: inout ImportAdjustments, name: () throws(ImportError) -> Int64
    ) throws(ImportError) -> Int64 {
        switch field {
        case .value, .probability:
            return row.isEmpty(c) ? missing : try ImportFields.amount(row, c, column, options, &adjustments)
        case .expectedClose:
            return try dates.time(row, c, column)
        case .owner, .currency:
            return row.isEmpty(c) ? 0 : try name()
        }
    }

    /// Drops the state of rows read past `count` (a row that failed after its state was read).
    mutating func truncate(to count: Int) {
        for k in values.indices where values[k].count > count { values[k].removeLast(values[k].count - count) }
    }

    /// Appends a later part's rows, its owner codes counted on from ours.
    mutating func append(_ other: HistoryState) {
        let base = Int64(owners.count)
        for (k, (field, _)) in fields.enumerated() {
            if (field == .owner || field == .currency) && base > 0 {
                values[k] += other.values[k].map { $0 == 0 ? 0 : $0 + base }
            } else {
                values[k] += other.values[k]
            }
        }
        owners += other.owners
    }

    /// Local owner codes made the store's pool codes.
    mutating func intern(into store: inout RecordStore) {
        guard !owners.isEmpty else { return }
        let codes = owners.map { Int64(store.internName($0)) }
        for (k, (field, _)) in fields.enumerated() where field == .owner || field == .currency {
            values[k] = values[k].map { $0 == 0 ? 0 : codes[Int($0) - 1] }
        }
        owners = []
    }

    /// The rows in the given order.
    func permuted(_ order: [Int32]) -> HistoryState {
        var out = self
        out.values = values.map { column in order.map { column[Int($0)] } }
        return out
    }

    /// Whether row `e` carries the same state as row `p`.
    func same(_ e: Int, _ p: Int) -> Bool { values.allSatisfy { $0[e] == $0[p] } }

    /// Appends the field events of row `e` against row `p` before it, of
    /// record `r`; whether there were any.
    func appendChanges(_ e: Int, after p: Int, record r: Int32, at: Int64, to events: inout FieldLedger) -> Bool {
        var any = false
        for k in fields.indices where values[k][e] != values[k][p] {
            events.append(FieldEvent(record: r, field: fields[k].field, at: at, cause: .import, old: values[k][p], new: values[k][e]))
            any = true
        }
        return any
    }

    /// Whether the last row `e` of record `r` disagrees with the records file
    /// (value, expected close, owner), which gives the current values.
    func disagrees(_ e: Int, with store: RecordStore, record r: Int) -> Bool {
        fields.indices.contains { k in
            let v = values[k][e]
            switch fields[k].field {
            case .value: return v != store.values[r]
            // A closed deal's close date is its closing move, not an expected close to compare.
            case .expectedClose: return store.expectedClose[r] != missing && v != store.expectedClose[r]
            case .owner: return v != Int64(store.owners[r])
            case .probability, .currency: return false
            }
        }
    }
}
