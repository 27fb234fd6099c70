/// Which column of a file each field is read from.
///
/// A field can be claimed by several columns: one the user maps to it
/// (`map COLUMN=FIELD`), one a preset names, one that bears the field's own
/// name, one that bears an alias of it. The strongest claim wins, so an
/// explicit map always beats a column that happens to carry the field's name
/// (Salesforce's OpportunityHistory has an `Id` of its own beside
/// `OpportunityId`). Two claims of the same strength are an error naming
/// both, except a preset's, which lists its columns in order of preference.
struct ColumnMap {
    /// What a column is read as.
    enum Role: Equatable {
        case field(String)
        /// A column no field claims: a custom field where the import keeps them.
        case custom
        /// A column whose field another column won.
        case ignored
    }

    /// A field an import reads, with the column names that carry it by themselves.
    struct FieldSpec {
        var name: String
        /// Header names that mean this field, in the keyed form (`Names.key`).
        var names: [String]
        var aliases: [String] = []
    }

    /// How strongly a column claims a field: lower wins.
    private enum Claim: Int, Comparable {
        case mapped, preset, named, alias
        static func < (a: Claim, b: Claim) -> Bool { a.rawValue < b.rawValue }
    }

    var roles: [Role]
    var headers: [String]

    /// Reads the header's columns against `fields`; `mapping` is the user's `map` (column key → field name or alias), `preset` a preset's columns in
    /// order (column key → field).
    ///
    /// `entered`: whether `entered(STAGE)` columns are read (a records file), and HubSpot's `Date entered "STAGE
    /// (PIPELINE)"` headers as such (its preset).
    init(
        header: CSVRow, fields: [FieldSpec], mapping: [String: String], preset: [(String, String)] = [],
        entered: Bool = false, hubSpotEntered: Bool = false
    ) throws(ImportError) {
        let headers = (0..<header.count).map { Names.normalized(header.string($0)).trimmingCharacters(in: .whitespaces) }
        self.headers = headers
        let keys = headers.map(Names.key)
        func field(named target: String) -> String? {
            fields.first { $0.name == target || $0.names.contains(target) || $0.aliases.contains(target) }?.name
        }
        for (column, _) in mapping where !keys.contains(column) {
            throw ImportError(
                line: 1, column: nil, problem: Message.csvMappedColumnMissing(column),
                hints: [Message.hintColumns(headers)])
        }
        // Each column's claim: the field, how strongly, and a rank among presets.
        var claims: [(field: String, claim: Claim, rank: Int)?] = []
        for (i, key) in keys.enumerated() {
            if entered, let stage = mapping[key].flatMap(EnteredColumn.stage(in:)) {
                claims.append((EnteredColumn.field(stage), .mapped, 0))
            } else if let target = mapping[key] {
                // A map to a name that is no field names a custom field.
                claims.append(field(named: target).map { ($0, .mapped, 0) })
            } else if let (rank, f) = preset.enumerated().lazy.compactMap({ i, p in p.0 == key ? field(named: p.1).map { (i, $0) } : nil }).first {
                // A preset names the columns of both its records and its history files.
                claims.append((f, .preset, rank))
            } else if entered && hubSpotEntered, let stage = EnteredColumn.hubSpotStage(headers[i]) {
                claims.append((EnteredColumn.field(stage), .preset, preset.count))
            } else if let f = fields.first(where: { $0.names.contains(key) }) {
                claims.append((f.name, .named, 0))
            } else if let f = fields.first(where: { $0.aliases.contains(key) }) {
                claims.append((f.name, .alias, 0))
            } else {
                claims.append(nil)
            }
        }
        var winner: [String: Int] = [:]
        for (i, c) in claims.enumerated() {
            guard let c else { continue }
            guard let w = winner[c.field], let other = claims[w] else {
                winner[c.field] = i
                continue
            }
            if c.claim < other.claim || (c.claim == other.claim && c.claim == .preset && c.rank < other.rank) {
                winner[c.field] = i
            } else if c.claim == other.claim && c.claim != .preset {
                throw ImportError(line: 1, column: headers[i], problem: Message.csvDuplicateColumn(c.field, headers[w]))
            }
        }
        roles = claims.indices.map { i in
            guard let c = claims[i] else { return mapping[keys[i]] == nil && !headers[i].isEmpty ? .custom : .ignored }
            return winner[c.field] == i ? .field(c.field) : .ignored
        }
        customNames = claims.indices.map { i in mapping[keys[i]] ?? headers[i] }
    }

    /// The name a custom column is kept under: its header, or the name it is mapped to.
    private(set) var customNames: [String] = []

    func index(_ field: String) -> Int? { roles.firstIndex(of: .field(field)) }

    /// The `entered(STAGE)` columns: each column and its stage label.
    var entered: [(column: Int, stage: String)] {
        roles.indices.compactMap { i in
            guard case .field(let f) = roles[i], let stage = EnteredColumn.stage(in: f) else { return nil }
            return (i, stage)
        }
    }

    /// The columns of custom fields.
    var custom: [Int] { roles.indices.filter { roles[$0] == .custom } }

    /// The columns of `required` fields, all of them or an error naming every one missing.
    func require(_ required: [String]) throws(ImportError) -> [Int] {
        let missing = required.filter { index($0) == nil }
        guard missing.isEmpty else {
            throw ImportError(
                line: 1, column: nil, problem: Message.csvMissingColumns(missing),
                hints: [Message.hintColumns(headers)])
        }
        return required.map { index($0)! }
    }
}
