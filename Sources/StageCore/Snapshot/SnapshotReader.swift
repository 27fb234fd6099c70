import Foundation

/// Reads a snapshot document into a new workspace, checking every field.
///
/// The first problem ends the read with its JSON path; nothing is built
/// half-way into a live session, since the caller swaps the result in whole.
struct SnapshotReader {
    var json: JSONReader
    var version = 0
    var info = SnapshotInfo(savedAt: Timestamp(seconds: 0), clock: nil)
    var pipeline: Pipeline?
    var ledgerBuffer: [LedgerEvent] = []
    /// The id of the record that failed after its id was found free here.
    var refusedId: String?
    var store = RecordStore()
    var stageByName: [String: StageID] = [:]
    var stageCache: [([UInt8], StageID)] = []
    var names = ByteInterner()
    static let causeNames: [[UInt8]] = Cause.allCases.map { Array($0.name.utf8) }
    var nextId: Int?
    /// Each rule's condition and where it was, checked once the records' custom fields are known.
    var ruleConditions: [(Expression, String)] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) { json = JSONReader(bytes) }

    /// Reads the whole document.
    mutating func read() throws(SnapshotError) -> (Workspace, SnapshotInfo) {
        // A local reader, so the closures below may change the rest of `self`.
        var json = self.json
        guard json.peek() == UInt8(ascii: "{") else {
            throw json.fail(Message.snapshotNotASnapshot(json.found()))
        }
        var seen: Set<String> = []
        var records = false
        try json.object { (j, key) throws(SnapshotError) in
            let name = key.text
            guard seen.insert(name).inserted else { throw j.fail(Message.snapshotDuplicateKey(name)) }
            if name != "format" && !seen.contains("format") { throw j.fail(Message.snapshotNotASnapshot(Message.anObject)) }
            if name != "format" && name != "version" && version == 0 { throw j.fail(Message.snapshotMissingKey("version")) }
            switch name {
            case "format":
                let f = try j.string()
                guard f == SnapshotFormat.name else { throw j.fail(Message.snapshotWrongFormat(f)) }
            case "version":
                let v = try j.integer(in: 0...Int64(Int32.max))
                guard v <= Int64(SnapshotFormat.version) else { throw j.fail(Message.snapshotTooNew(Int(v), SnapshotFormat.version)) }
                guard v >= Int64(SnapshotFormat.oldestReadable) else { throw j.fail(Message.snapshotTooOld(Int(v), SnapshotFormat.oldestReadable)) }
                version = Int(v)
            case "saved_at": info.savedAt = Timestamp(seconds: try j.time(nullable: false))
            case "clock":
                let t = try j.time(nullable: true)
                info.clock = t == missing ? nil : Timestamp(seconds: t)
            case "summary": try SnapshotReader.readSummary(&j, into: &info)
            case "pipeline":
                pipeline = try readPipeline(&j)
            case "next_id":
                nextId = Int(try j.integer(in: 1...Int64(Int32.max)))
            case "custom_fields":
                try j.array { (j, _) throws(SnapshotError) in
                    let n = try j.string()
                    store.noteCustomField(key: Names.key(n), display: n)
                }
            case "records":
                guard pipeline != nil else { throw j.fail(Message.snapshotPipelineFirst) }
                try readRecords(&j)
                records = true
            case "log":
                try j.array { (j, _) throws(SnapshotError) in info.log.append(try j.string()) }
            default:
                throw j.fail(Message.snapshotUnknownKey(name))
            }
        }
        guard json.atEnd() else { throw json.fail(Message.snapshotTrailing) }
        for key in ["saved_at", "pipeline"] where !seen.contains(key) { throw json.fail(Message.snapshotMissingKey(key)) }
        if !records { throw json.fail(Message.snapshotMissingKey("records")) }
        if let nextId { store.largestId = nextId - 1 }
        let workspace = Workspace(pipeline: pipeline!, store: store)
        try checkRules(workspace)
        return (workspace, info)
    }

    /// Compiles every rule's condition against the loaded fields, as `rule add` does.
    ///
    /// A condition may name a stage the pipeline no longer has: `stage
    /// rename` and `stage remove` leave rule conditions as they were typed.
    /// Such a name is compiled against a stand-in stage, so the rest of the
    /// condition is still checked and the rule loads as the session held it.
    func checkRules(_ w: Workspace) throws(SnapshotError) {
        var w = w
        for (condition, _) in ruleConditions {
            for name in SnapshotReader.stageNames(in: condition, w.store) where w.pipeline.stage(named: name) == nil {
                w.pipeline.leadOrder.append(StageID(w.pipeline.stages.count))
                w.pipeline.stages.append(Stage(name: Names.normalized(name), kind: .lead, probability: 0))
            }
        }
        let compiler = FilterCompiler(reader: FieldReader(workspace: w, now: 0))
        for (condition, path) in ruleConditions {
            do {
                _ = try compiler.compile(condition)
            } catch {
                throw SnapshotError(path: path, problem: error.message)
            }
        }
    }

    /// The stage names a condition compares the stage with, as the filter compiler resolves them.
    static func stageNames(in condition: Expression, _ store: RecordStore) -> [String] {
        func isStage(_ field: Located<String>) -> Bool {
            guard let f = try? FieldResolver(store: store).resolve(field), case .stage = f else { return false }
            return true
        }
        switch condition {
        case .comparison(let field, let op, let value):
            return op.value != .contains && isStage(field) ? [value.text] : []
        case .membership(let field, let values, _):
            return isStage(field) ? values.map(\.text) : []
        case .period, .bound:
            return []
        case .and(let a, let b), .or(let a, let b):
            return stageNames(in: a, store) + stageNames(in: b, store)
        case .not(let a):
            return stageNames(in: a, store)
        }
    }

    /// The summary: informational (`snapshots` reads it without the records), recomputed on save.
    static func readSummary(_ j: inout JSONReader, into info: inout SnapshotInfo) throws(SnapshotError) {
        try j.object { (j, key) throws(SnapshotError) in
            let v = Int(try j.integer(in: 0...Int64(Int32.max)))
            switch key.text {
            case "records": info.records = v
            case "open": info.open = v
            case "won": info.won = v
            case "lost": info.lost = v
            case "events": info.events = v
            default: throw j.fail(Message.snapshotUnknownKey(key.text))
            }
        }
    }
}
