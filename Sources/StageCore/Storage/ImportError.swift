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

    /// Refuses a row whose fields are not as many as the header's.
    static func checkWidth(_ row: CSVRow, _ headers: [String]) throws(ImportError) {
        guard row.count == headers.count else {
            throw ImportError(line: row.line, column: nil, problem: Messages.csvFieldCount(row.count, headers.count))
        }
    }

    static func utf8(_ row: CSVRow, _ i: Int, _ column: String) throws(ImportError) -> String {
        let b = row.field(i)
        switch FieldText.form(b) {
        case .nfc: return String(decoding: b, as: UTF8.self)
        case .needsNormalizing: return String(decoding: b, as: UTF8.self).precomposedStringWithCanonicalMapping
        case .invalid: throw ImportError(line: row.line, column: column, problem: Messages.invalidUTF8)
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
            let bytes = row.field(i)
            if let code = interner.code(of: bytes) { return code }
            let code = store.internName(try ImportFields.utf8(row, i, column))
            interner.add(bytes, code: code)
            return code
        }
    }

    /// A small cache from stage text to stage, so rows cost no string work;
    /// applies `stages FROM=TO` first and, with `create stages`, adds unknown stages.
    struct StageCache: Sendable {
        var pipeline: Pipeline
        let stageMap: [String: String]
        let create: Bool
        /// Texts seen, back to back, and where each is with its stage: plain
        /// values, so a look-up retains nothing.
        private var texts: [UInt8] = []
        private var entries: [(start: Int, count: Int, stage: StageID)] = []
        /// The stages this import added, in order.
        var created: [StageID] = []

        init(pipeline: Pipeline, options: ImportOptions = ImportOptions()) {
            self.pipeline = pipeline
            stageMap = options.stageMap
            create = options.createStages
        }

        mutating func stage(_ row: CSVRow, _ i: Int, _ column: String, kind: RecordKind? = nil) throws(ImportError) -> StageID {
            let bytes = row.field(i)
            let known = texts.withUnsafeBufferPointer { t -> StageID? in
                for e in entries where e.count == bytes.count {
                    if e.count == 0 || memcmp(t.baseAddress! + e.start, bytes.baseAddress!, e.count) == 0 { return e.stage }
                }
                return nil
            }
            if let known { return known }
            let raw = Names.normalized(row.string(i)).trimmingCharacters(in: .whitespaces)
            let text = stageMap[Names.key(raw)] ?? raw
            if let id = pipeline.stage(named: text) {
                remember(bytes, id)
                return id
            }
            guard create, !text.isEmpty, pipeline.stages.count < Int(noStage) - 1 else {
                let hint = Suggest.nearest(text, in: pipeline.stageNames).map(Messages.hintDidYouMean) ?? Messages.hintStages(pipeline.stageNames)
                throw ImportError(line: row.line, column: column, problem: Messages.unknownStage(text), hints: [hint])
            }
            let id = add(text, kind: kind)
            remember(bytes, id)
            return id
        }

        private mutating func remember(_ bytes: UnsafeBufferPointer<UInt8>, _ stage: StageID) {
            entries.append((texts.count, bytes.count, stage))
            texts.append(contentsOf: bytes)
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

/// A field's text in NFC, without a String: the field's own bytes when they
/// are NFC already (nearly always), else a normalised copy kept here until the
/// next call. Invalid UTF-8 is an import error. The holder keeps the
/// instance alive (`withExtendedLifetime`) while it uses the bytes.
final class NFCText {
    private var copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 64)

    deinit { copy.deallocate() }

    func bytes(_ row: CSVRow, _ i: Int, _ column: String) throws(ImportError) -> UnsafeBufferPointer<UInt8> {
        let b = row.field(i)
        switch FieldText.form(b) {
        case .nfc:
            return b
        case .needsNormalizing:
            let normalized = Array(try ImportFields.utf8(row, i, column).utf8)
            if normalized.count > copy.count {
                copy.deallocate()
                copy = .allocate(capacity: normalized.count)
            }
            _ = copy.initialize(from: normalized)
            return UnsafeBufferPointer(rebasing: copy[..<normalized.count])
        case .invalid:
            throw ImportError(line: row.line, column: column, problem: Messages.invalidUTF8)
        }
    }
}
