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

    init(header: CSVRow, mapping: [String: String], known: Set<String>) throws(ImportError) {
        headers = (0..<header.count).map { Names.normalized(header.string($0)).trimmingCharacters(in: .whitespaces) }
        var seen: [String: Int] = [:]
        fields = []
        for (i, h) in headers.enumerated() {
            let key = Names.key(h)
            let target = mapping[key] ?? key
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
    static func utf8(_ row: CSVRow, _ i: Int, _ column: String) throws(ImportError) -> String {
        let valid = row.withField(i) { b in b.allSatisfy { $0 < 0x80 } || String(validating: b, as: UTF8.self) != nil }
        guard valid else { throw ImportError(line: row.line, column: column, problem: Messages.invalidUTF8) }
        return Names.normalized(row.string(i))
    }

    static func time(_ row: CSVRow, _ i: Int?, _ column: String, _ format: DateFormat?) throws(ImportError) -> Int64 {
        guard let i, !row.isEmpty(i) else { return missing }
        let result = row.withField(i) { b in format.map { $0.parse(b) } ?? ValueParser.isoTimestamp(utf8: b) }
        switch result {
        case .success(let t): return t.seconds
        case .failure(let problem):
            let hint = format.map { Messages.hintDateFormat($0.text) } ?? Messages.hintIsoDates
            throw ImportError(line: row.line, column: column, problem: problem.message(row.string(i)), hints: [hint])
        }
    }

    /// A small cache from stage text to stage, so rows cost no string work.
    struct StageCache {
        let pipeline: Pipeline
        var entries: [([UInt8], StageID)] = []

        init(pipeline: Pipeline) { self.pipeline = pipeline }

        mutating func stage(_ row: CSVRow, _ i: Int, _ column: String) throws(ImportError) -> StageID {
            let bytes = row.bytes[row.range(i)]
            for (k, id) in entries where k.elementsEqual(bytes) { return id }
            let text = row.string(i)
            guard let id = pipeline.stage(named: text) else {
                let hint = Suggest.nearest(text, in: pipeline.stageNames).map(Messages.hintDidYouMean) ?? Messages.hintStages(pipeline.stageNames)
                throw ImportError(line: row.line, column: column, problem: Messages.unknownStage(text), hints: [hint])
            }
            entries.append((Array(bytes), id))
            return id
        }
    }
}
