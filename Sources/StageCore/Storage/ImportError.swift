import Foundation

/// A problem in an imported file: which line, which column, what is wrong.
public struct ImportError: Error, Sendable {
    public var line: Int
    public var column: String?
    public var problem: String
    public var hints: [String] = []

    /// The full message, naming the file.
    public func message(_ file: String) -> String {
        Messages.importProblem(file: file, line: line, column: column, problem: problem)
    }
}

/// Maps CSV header names to record fields.
struct ColumnMap {
    /// Field name for each column, or nil for a custom field.
    var fields: [String?]
    var headers: [String]

    static let aliases: [String: String] = [
        "id": "id", "record_id": "record_id", "kind": "kind", "name": "name", "account": "account",
        "owner": "owner", "source": "source", "value": "value", "stage": "stage",
        "created_at": "created", "created": "created",
        "updated_at": "changed", "updated": "changed", "changed": "changed", "changed_at": "changed_at",
        "closed_at": "closed", "closed": "closed", "close_date": "closed",
        "expected_close": "expected_close", "from_stage": "from_stage", "to_stage": "to_stage",
        "cause": "cause", "reason": "reason",
    ]

    init(header: CSVRow, mapping: [String: String], optional: [String: String] = [:], known: Set<String>) throws(ImportError) {
        headers = (0..<header.count).map { Names.normalized(header.string($0)).trimmingCharacters(in: .whitespaces) }
        var seen: [String: Int] = [:]
        fields = []
        for (i, h) in headers.enumerated() {
            let key = Names.key(h)
            let target = mapping[key] ?? optional[key] ?? key
            let field = ColumnMap.aliases[target].flatMap { known.contains($0) ? $0 : nil }
            if let field {
                if let other = seen[field] {
                    throw ImportError(line: 1, column: h, problem: Messages.csvDuplicateColumn(field, headers[other]))
                }
                seen[field] = i
            }
            fields.append(field)
        }
        for (column, _) in mapping where !headers.contains(where: { Names.key($0) == column }) {
            throw ImportError(line: 1, column: nil, problem: Messages.csvMappedColumnMissing(column),
                              hints: [Messages.hintColumns(headers)])
        }
    }

    func index(_ field: String) -> Int? { fields.firstIndex(of: field) }

    func require(_ field: String) throws(ImportError) -> Int {
        guard let i = index(field) else {
            throw ImportError(line: 1, column: nil, problem: Messages.csvMissingColumn(field), hints: [Messages.hintColumns(headers)])
        }
        return i
    }
}

/// Small helpers the importers share.
enum ImportFields {
    /// The next row, or false at the end. A broken row fails an import; a dry
    /// run notes it and stops reading, since the reader cannot go on past it.
    static func next(_ reader: CSVReader, _ row: inout CSVRow, _ options: ImportOptions,
                     _ problems: inout ImportProblems) throws -> Bool {
        do {
            return try reader.next(into: &row)
        } catch let e as CSVError {
            let error = ImportError(line: e.line, column: nil, problem: e.message)
            guard options.dryRun else { throw error }
            problems.add(error)
            return false
        }
    }

    static func utf8(_ row: CSVRow, _ i: Int, _ column: String) throws(ImportError) -> String {
        try text(row, i, column) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with field `i`'s text in NFC, as the field's own bytes when they already are.
    static func text<T>(_ row: CSVRow, _ i: Int, _ column: String,
                        _ body: (UnsafeBufferPointer<UInt8>) throws(ImportError) -> T) throws(ImportError) -> T {
        let b = row.field(i)
        switch FieldText.form(b) {
        case .nfc:
            return try body(b)
        case .needsNormalizing:
            let normalized = Array(String(decoding: b, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: normalized.count)
            defer { copy.deallocate() }
            _ = copy.initialize(from: normalized)
            return try body(UnsafeBufferPointer(copy))
        case .invalid:
            throw ImportError(line: row.line, column: column, problem: Messages.invalidUTF8)
        }
    }


    /// Reads the header row; a header of one column over rows with a
    /// delimiter is refused, since every column would be missing.
    static func header(_ reader: CSVReader, _ row: inout CSVRow) throws(ImportError) {
        do {
            guard try reader.next(into: &row) else { throw ImportError(line: 1, column: nil, problem: Messages.csvEmpty) }
        } catch let e as CSVError {
            throw ImportError(line: e.line, column: nil, problem: e.message)
        } catch let e as ImportError {
            throw e
        } catch {
            throw ImportError(line: 1, column: nil, problem: String(describing: error))
        }
        if row.count == 1, let (line, d) = reader.headerMismatch {
            throw ImportError(line: line, column: nil, problem: Messages.csvHeaderOneColumn(Messages.delimiterName(d)),
                              hints: [Messages.hintHeaderDelimiter])
        }
    }

    /// Owners, accounts and sources by their raw bytes: a million rows repeat
    /// a few thousand names, and only a new one costs a String and a lookup.
    struct PooledNames: Sendable {
        private var interner = ByteInterner()

        mutating func code(_ row: CSVRow, _ i: Int, _ column: String, _ store: inout RecordStore) throws(ImportError) -> UInt32 {
            var failure: ImportError?
            let code = row.withField(i) { bytes in
                interner.code(bytes) {
                    do {
                        return store.internName(try ImportFields.utf8(row, i, column))
                    } catch {
                        failure = error as? ImportError
                        return 0
                    }
                }
            }
            if let failure { throw failure }
            return code
        }
    }

    /// A small cache from stage text to stage, so rows cost no string work;
    /// applies `stages FROM=TO` first and, with `create stages`, adds unknown stages.
    struct StageCache: Sendable {
        var pipeline: Pipeline
        let stageMap: [String: String]
        let create: Bool
        var entries: [([UInt8], StageID)] = []
        /// The stages this import added, in order.
        var created: [StageID] = []

        init(pipeline: Pipeline, options: ImportOptions = ImportOptions()) {
            self.pipeline = pipeline
            stageMap = options.stageMap
            create = options.createStages
        }

        mutating func stage(_ row: CSVRow, _ i: Int, _ column: String, kind: RecordKind? = nil) throws(ImportError) -> StageID {
            let bytes = row.field(i)
            for (k, id) in entries where k.count == bytes.count {
                if bytes.isEmpty || k.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, k.count) }) == 0 {
                    return id
                }
            }
            let raw = Names.normalized(row.string(i)).trimmingCharacters(in: .whitespaces)
            let text = stageMap[Names.key(raw)] ?? raw
            if let id = pipeline.stage(named: text) {
                entries.append((Array(bytes), id))
                return id
            }
            guard create, !text.isEmpty, pipeline.stages.count < Int(noStage) - 1 else {
                let hint = Suggest.nearest(text, in: pipeline.stageNames).map(Messages.hintDidYouMean) ?? Messages.hintStages(pipeline.stageNames)
                throw ImportError(line: row.line, column: column, problem: Messages.unknownStage(text), hints: [hint])
            }
            let id = add(text, kind: kind)
            entries.append((Array(bytes), id))
            return id
        }

        /// Whether a label names a won or a lost stage: "Won", "Closed Won", "closedlost", "Đã thắng"...
        static func outcome(_ label: String) -> StageOutcome {
            let letters = String(Names.key(label).unicodeScalars.filter { CharacterSet.letters.contains($0) })
            if letters.hasSuffix("won") || letters == "win" || letters == "đãthắng" || letters == "thắng" { return .won }
            if letters.hasSuffix("lost") || letters == "lose" || letters == "đãthua" || letters == "thua" { return .lost }
            return .open
        }

        /// Appends a stage: an open one after the open stages of its kind, a won
        /// or lost one (an opportunity unless the row says otherwise) at the end.
        private mutating func add(_ name: String, kind: RecordKind?) -> StageID {
            let outcome = StageCache.outcome(name)
            let kind = kind ?? .opportunity
            var order = pipeline.order(kind)
            let index = outcome == .open ? (order.firstIndex { pipeline[$0].isClosed } ?? order.count) : order.count
            let id = StageID(pipeline.stages.count)
            pipeline.stages.append(Stage(name: name, kind: kind, probability: outcome == .won ? 10_000 : 0, outcome: outcome))
            order.insert(id, at: index)
            pipeline.setOrder(kind, order)
            created.append(id)
            return id
        }
    }
}
