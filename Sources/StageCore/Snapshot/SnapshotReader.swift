import Foundation

/// Reads a snapshot document into a new workspace, checking every field.
///
/// The first problem ends the read with its JSON path; nothing is built
/// half-way into a live session, since the caller swaps the result in whole.
struct SnapshotReader {
    var json: JSONReader
    private var version = 0
    private var info = SnapshotInfo(savedAt: Timestamp(seconds: 0), clock: nil)
    private var pipeline: Pipeline?
    private var ledgerBuffer: [LedgerEvent] = []
    /// The id of the record that failed after its id was found free here.
    private var refusedId: String?
    private var store = RecordStore()
    private var stageByName: [String: StageID] = [:]
    private var stageCache: [([UInt8], StageID)] = []
    private var names = ByteInterner()
    static let causeNames: [[UInt8]] = Cause.allCases.map { Array($0.name.utf8) }
    private var nextId: Int?
    /// Each rule's condition and where it was, checked once the records' custom fields are known.
    private var ruleConditions: [(Expression, String)] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) { json = JSONReader(bytes) }

    /// Reads the whole document.
    mutating func read() throws(SnapshotError) -> (Workspace, SnapshotInfo) {
        // A local reader, so the closures below may change the rest of `self`.
        var json = self.json
        guard json.peek() == UInt8(ascii: "{") else {
            throw json.fail(Messages.snapshotNotASnapshot(json.found()))
        }
        var seen: Set<String> = []
        var records = false
        try json.object { (j, key) throws(SnapshotError) in
            let name = key.text
            guard seen.insert(name).inserted else { throw j.fail(Messages.snapshotDuplicateKey(name)) }
            if name != "format" && !seen.contains("format") { throw j.fail(Messages.snapshotNotASnapshot(Messages.snapshotFoundObject)) }
            if name != "format" && name != "version" && version == 0 { throw j.fail(Messages.snapshotMissingKey("version")) }
            switch name {
            case "format":
                let f = try j.string()
                guard f == SnapshotFormat.name else { throw j.fail(Messages.snapshotWrongFormat(f)) }
            case "version":
                let v = try j.integer(in: 0...Int64(Int32.max))
                guard v <= Int64(SnapshotFormat.version) else { throw j.fail(Messages.snapshotTooNew(Int(v), SnapshotFormat.version)) }
                guard v >= Int64(SnapshotFormat.oldestReadable) else { throw j.fail(Messages.snapshotTooOld(Int(v), SnapshotFormat.oldestReadable)) }
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
                guard pipeline != nil else { throw j.fail(Messages.snapshotPipelineFirst) }
                try readRecords(&j)
                records = true
            case "log":
                try j.array { (j, _) throws(SnapshotError) in info.log.append(try j.string()) }
            default:
                throw j.fail(Messages.snapshotUnknownKey(name))
            }
        }
        guard json.atEnd() else { throw json.fail(Messages.snapshotTrailing) }
        for key in ["saved_at", "pipeline"] where !seen.contains(key) { throw json.fail(Messages.snapshotMissingKey(key)) }
        if !records { throw json.fail(Messages.snapshotMissingKey("records")) }
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
    private func checkRules(_ w: Workspace) throws(SnapshotError) {
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
        case .period:
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
            default: throw j.fail(Messages.snapshotUnknownKey(key.text))
            }
        }
    }

    private mutating func readPipeline(_ j: inout JSONReader) throws(SnapshotError) -> Pipeline {
        var p = Pipeline(stages: [], leadOrder: [], opportunityOrder: [], policy: .forward, rules: [])
        var ruleTexts: [(String, String?, String, String)] = []
        var hasStages = false
        try j.object { (j, key) throws(SnapshotError) in
            switch key.text {
            case "policy":
                let text = try j.string()
                guard let policy = Policy(rawValue: text) else { throw j.fail(Messages.snapshotUnknownValue(text, Policy.allCases.map(\.rawValue))) }
                p.policy = policy
            case "stages":
                hasStages = true
                try j.array { (j, _) throws(SnapshotError) in
                    let stage = try readStage(&j)
                    let nameKey = Names.key(stage.name)
                    guard stageByName[nameKey] == nil else { throw j.fail(Messages.snapshotDuplicateStage(stage.name)) }
                    guard p.stages.count < Int(noStage) - 1 else { throw j.fail(Messages.tooManyStages) }
                    let id = StageID(p.stages.count)
                    stageByName[nameKey] = id
                    p.stages.append(stage)
                    p.setOrder(stage.kind, p.order(stage.kind) + [id])
                }
            case "rules":
                try j.array { (j, _) throws(SnapshotError) in
                    var on: String?, when: String?, target: String?
                    try j.object { (j, key) throws(SnapshotError) in
                        switch key.text {
                        case "on": on = try j.string()
                        case "when": when = j.null() ? nil : try j.string()
                        case "move_to": target = try j.string()
                        default: throw j.fail(Messages.snapshotUnknownKey(key.text))
                        }
                    }
                    guard let on else { throw j.fail(Messages.snapshotMissingKey("on")) }
                    guard let target else { throw j.fail(Messages.snapshotMissingKey("move_to")) }
                    ruleTexts.append((on, when, target, j.pathText))
                }
            default:
                throw j.fail(Messages.snapshotUnknownKey(key.text))
            }
        }
        // A kind without stages is a pipeline the commands accept (`stage
        // remove` takes the last one), so it is not refused here.
        guard hasStages else { throw j.fail(Messages.snapshotMissingKey("stages")) }
        // A condition is read by the parser, and compiled once the records are in, as a typed rule is.
        for (on, when, target, path) in ruleTexts {
            let activity = Names.key(Names.normalized(on))
            // Only an empty one: `rule add` and `log` take a blank activity.
            guard !activity.isEmpty else { throw SnapshotError(path: path, problem: Messages.emptyActivity) }
            guard let id = p.stage(named: target) else { throw SnapshotError(path: path + ".move_to", problem: Messages.unknownStage(target)) }
            var condition: Expression?
            if let when {
                do {
                    condition = try Parser.condition(when)
                } catch {
                    throw SnapshotError(path: path + ".when", problem: error.message)
                }
                ruleConditions.append((condition!, path + ".when"))
            }
            p.rules.append(Rule(activity: activity, condition: condition, conditionText: when, target: id))
        }
        return p
    }

    private func readStage(_ j: inout JSONReader) throws(SnapshotError) -> Stage {
        var name: String?, kind: RecordKind?, probability: Int?, outcome: StageOutcome = .open, stale: Int64?
        try j.object { (j, key) throws(SnapshotError) in
            switch key.text {
            case "name":
                let n = try j.string()
                guard !Names.isBlank(n) else { throw j.fail(Messages.emptyStageName) }
                name = Names.normalized(n)
            case "kind":
                let k = try j.string()
                guard let v = RecordKind.allCases.first(where: { $0.name == k }) else {
                    throw j.fail(Messages.snapshotUnknownValue(k, RecordKind.allCases.map(\.name)))
                }
                kind = v
            case "probability":
                let p = try j.hundredths()
                guard (0...10_000).contains(p) else { throw j.fail(Messages.probabilityRange(Amount(cents: p).plain)) }
                probability = Int(p)
            case "stale_seconds":
                stale = try j.integer(in: 0...Int64(Int32.max) * 100)
            case "outcome":
                let o = try j.string()
                guard let v = [StageOutcome.open, .won, .lost].first(where: { $0.name == o }) else {
                    throw j.fail(Messages.snapshotUnknownValue(o, ["open", "won", "lost"]))
                }
                outcome = v
            default:
                throw j.fail(Messages.snapshotUnknownKey(key.text))
            }
        }
        guard let name else { throw j.fail(Messages.snapshotMissingKey("name")) }
        guard let kind else { throw j.fail(Messages.snapshotMissingKey("kind")) }
        // Since version 3 an open stage may have no probability (the key is left out).
        let unset: Int? = outcome == .won ? 10_000 : outcome == .lost || version < 3 ? 0 : nil
        var stage = Stage(name: name, kind: kind, probability: probability ?? unset, outcome: outcome)
        stage.staleAfter = stale
        return stage
    }

    /// A stage by its name's bytes, through a small cache: records repeat a handful of names.
    private mutating func stage(_ j: inout JSONReader) throws(SnapshotError) -> StageID {
        let start = j.position
        guard let bytes = try? j.stringBytes() else {
            // A name with escapes (a quote, a tab) takes the slow road.
            j.position = start
            let name = try j.string()
            guard let id = stageByName[Names.key(name)] else { throw j.fail(Messages.unknownStage(name)) }
            return id
        }
        for (k, id) in stageCache where k.count == bytes.count && memcmp(k, bytes.baseAddress!, k.count) == 0 { return id }
        let name = String(decoding: bytes, as: UTF8.self)
        guard let id = stageByName[Names.key(name)] else {
            throw j.fail(Messages.unknownStage(name))
        }
        stageCache.append((Array(bytes), id))
        return id
    }

    /// Snapshots whose records take fewer bytes than this are read by one
    /// worker: splitting them saves less than it costs. Tests lower it.
    @TaskLocal static var splitThreshold = 8 << 20

    /// Reads the records array: in one part, or in two at once on a big snapshot.
    ///
    /// The second part starts at the first line after the array's middle: a
    /// raw line break is never inside a JSON string, and the writer puts each
    /// record on a line of its own. The first reader stops where the second
    /// started only if a record starts there; otherwise (a snapshot laid out
    /// by hand) it reads on alone and the second part is dropped, so a wrong
    /// guess costs time, never a wrong record.
    private mutating func readRecords(_ j: inout JSONReader) throws(SnapshotError) {
        try j.expect(UInt8(ascii: "["), Messages.snapshotAnArray)
        if j.accept(UInt8(ascii: "]")) { return }
        let start = j.position
        guard let cut = SnapshotReader.splitPoint(j.bytes, after: start) else {
            reserve(share: 1)
            _ = try readPart(&j, stoppingAt: nil)
            return
        }
        var later = self
        later.store = RecordStore()
        later.names = ByteInterner()
        later.stageCache = []
        let share = Double(j.bytes.count - cut) / Double(j.bytes.count - start)
        let inputs = WorkerResults<(reader: SnapshotReader, json: JSONReader)>(count: 2)
        inputs.set(0, (self, j))
        inputs.set(1, (later, j.continuation(at: cut)))
        // The workers own the stores now, so that they grow in place.
        store = RecordStore()
        let parts = WorkerResults<(reader: SnapshotReader, json: JSONReader, closed: Result<Bool, SnapshotError>)>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            var (reader, json) = inputs.take(k)
            // The first part's store takes the second's records too.
            reader.reserve(share: k == 0 ? 1 : min(1, share * 1.05))
            let closed: Result<Bool, SnapshotError>
            do throws(SnapshotError) {
                closed = .success(try reader.readPart(&json, stoppingAt: k == 0 ? cut : nil))
            } catch {
                closed = .failure(error)
            }
            parts.set(k, (reader, json, closed))
        }
        let firstClosed: Result<Bool, SnapshotError>
        do {
            // In a scope of its own, so that the store has one owner again before it grows.
            let first = parts.take(0)
            self = first.reader
            j = first.json
            firstClosed = first.closed
        }
        // A first part that did not stop at the cut read the whole array.
        if try firstClosed.get() { return }
        var second = parts.take(1)
        let offset = store.slotCount
        // A second part's error comes after any id it repeats from the first part.
        if let (row, slot) = store.append(moving: &second.reader.store) {
            throw SnapshotError(path: j.pathText + "[\(offset + row)].id", problem: Messages.duplicateId(store.ids[Int(slot)]))
        }
        if case .failure(let error) = second.closed {
            let shifted = error.shifted(in: j.pathText, by: offset)
            if let id = second.reader.refusedId, store.slot(of: id) != nil {
                throw SnapshotError(path: shifted.path + ".id", problem: Messages.duplicateId(id))
            }
            throw shifted
        }
        j.position = second.json.position
    }

    /// Where the second part of the records array starts: the first
    /// significant byte on the line after the middle of what is left.
    static func splitPoint(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> Int? {
        guard bytes.count - start >= splitThreshold, ProcessInfo.processInfo.activeProcessorCount > 1 else { return nil }
        var i = start + (bytes.count - start) / 2
        while i < bytes.count && bytes[i] != 10 { i += 1 }
        while i < bytes.count && (bytes[i] == 10 || bytes[i] == 13 || bytes[i] == 32 || bytes[i] == 9) { i += 1 }
        return i < bytes.count ? i : nil
    }

    /// Reserves room for this share of the records and events the summary announces.
    private mutating func reserve(share: Double) {
        guard info.records > 0 && info.records < 50_000_000 else { return }
        let records = Int((Double(info.records) * share).rounded(.up))
        let events = Int((Double(max(info.events, info.records)) * share).rounded(.up))
        store.reserve(records: records, events: events, nameBytes: 40)
    }

    /// Reads records from the one at the position; false when it stopped at `stop`.
    private mutating func readPart(_ j: inout JSONReader, stoppingAt stop: Int?) throws(SnapshotError) -> Bool {
        try j.elements(stoppingAt: stop) { (j, _) throws(SnapshotError) in
            try readRecord(&j)
            j.releaseBehind()
        }
    }

    private mutating func readRecord(_ j: inout JSONReader) throws(SnapshotError) {
        var row = RecordRow(id: "", name: "", stage: noStage)
        var id = JSONText(), name = JSONText()
        var hasId = false, hasName = false, hasLedger = false
        // The ledger is read into a buffer kept between records, not a new array each.
        var events: [LedgerEvent] = []
        swap(&events, &ledgerBuffer)
        events.removeAll(keepingCapacity: true)
        defer { swap(&events, &ledgerBuffer) }
        var activities: [(String, Int64, String?)] = []
        var fieldEvents: [FieldEvent] = []
        let slot = Int32(store.slotCount)
        try j.object { (j, key) throws(SnapshotError) in
            if key.equals("id") {
                id = try SnapshotReader.text(&j) { b in !b.isEmpty && b.allSatisfy { $0 > 0x20 && $0 < 0x7f } }
                guard id.bytes != nil || Names.isOneWord(id.text) else { throw j.fail(Messages.badId(id.text)) }
                hasId = true
            } else if key.equals("name") {
                // Blank too: an import keeps a record whose CRM had no name for it.
                name = try SnapshotReader.text(&j) { _ in true }
                hasName = true
            } else if key.equals("account") {
                row.account = try pooledName(&j)
            } else if key.equals("owner") {
                row.owner = try pooledName(&j)
            } else if key.equals("source") {
                row.source = try pooledName(&j)
            } else if key.equals("value") {
                if !j.null() {
                    let v = try j.hundredths()
                    guard v >= 0 else { throw j.fail(Messages.negativeValue(Amount(cents: v).plain)) }
                    row.value = v
                }
            } else if key.equals("currency") {
                row.currency = try pooledName(&j)
            } else if key.equals("created") {
                row.created = try j.time(nullable: true)
            } else if key.equals("expected_close") {
                row.expectedClose = try j.time(nullable: true)
            } else if key.equals("stage") {
                row.stage = try stage(&j)
            } else if key.equals("custom") {
                try j.object { (j, key) throws(SnapshotError) in
                    let display = key.text
                    let k = Names.key(display)
                    store.noteCustomField(key: k, display: display)
                    row.custom[k] = Names.normalized(try j.string())
                }
            } else if key.equals("ledger") {
                hasLedger = true
                try readLedger(&j, slot, &events)
            } else if key.equals("activities") {
                try j.array { (j, _) throws(SnapshotError) in
                    try j.expect(UInt8(ascii: "["), Messages.snapshotAnArray)
                    let kind = Names.key(try j.string())
                    guard !kind.isEmpty else { throw j.fail(Messages.emptyActivity) }
                    try j.expect(UInt8(ascii: ","), "\",\"")
                    let at = try j.time(nullable: false)
                    var note: String?
                    if j.accept(UInt8(ascii: ",")) { note = Names.normalized(try j.string()) }
                    try j.expect(UInt8(ascii: "]"), Messages.snapshotCommaOrEnd("]"))
                    activities.append((kind, at, note))
                }
            } else if key.equals("fields") {
                try j.array { (j, _) throws(SnapshotError) in
                    try j.expect(UInt8(ascii: "["), Messages.snapshotAnArray)
                    let name = try j.string()
                    guard let field = TrackedField(name: name) else {
                        throw j.fail(Messages.snapshotUnknownValue(name, TrackedField.allCases.map(\.name)))
                    }
                    try j.expect(UInt8(ascii: ","), "\",\"")
                    let at = try j.time(nullable: true)
                    try j.expect(UInt8(ascii: ","), "\",\"")
                    let cause = try self.cause(&j)
                    try j.expect(UInt8(ascii: ","), "\",\"")
                    let old = try fieldValue(field, &j)
                    try j.expect(UInt8(ascii: ","), "\",\"")
                    let new = try fieldValue(field, &j)
                    try j.expect(UInt8(ascii: "]"), Messages.snapshotCommaOrEnd("]"))
                    fieldEvents.append(FieldEvent(record: slot, field: field, at: at, cause: cause, old: old, new: new))
                }
            } else {
                throw j.fail(Messages.snapshotUnknownKey(key.text))
            }
        }
        guard hasId else { throw j.fail(Messages.snapshotMissingKey("id")) }
        // Looked up here, not inside the closure above: reading `store` there
        // would copy the whole store for every record.
        if id.withBytes({ store.ids.slot(of: $0) }) != nil {
            throw SnapshotError(path: j.pathText + ".id", problem: Messages.duplicateId(id.text))
        }
        if let problem = problem(id, hasName: hasName, row, hasLedger ? events : []) {
            // A part read on its own cannot know whether an earlier part has the id, which would be the error.
            refusedId = id.text
            throw j.fail(problem)
        }
        row.created = events[0].at
        id.withBytes { i in name.withBytes { n in store.appendRecord(row, id: i, name: n) } }
        for e in events { store.appendEvent(e) }
        for (kind, at, note) in activities {
            store.activities.append(Activity(record: slot, kind: store.intern(kind), at: at, note: note))
        }
        for e in fieldEvents { store.fieldEvents.append(e) }
    }

    /// A field event's old or new value, encoded as the field's column is; null is none.
    private mutating func fieldValue(_ field: TrackedField, _ j: inout JSONReader) throws(SnapshotError) -> Int64 {
        let name = field == .owner || field == .currency
        if j.null() { return name ? 0 : missing }
        switch field {
        case .value, .probability: return try j.hundredths()
        case .expectedClose: return try j.time(nullable: false)
        case .owner, .currency: return Int64(try pooledName(&j))
        }
    }

    /// What is wrong with a record whose id is free, in the order the checks
    /// meet it, or nil.
    private func problem(_ id: JSONText, hasName: Bool, _ row: RecordRow, _ events: [LedgerEvent]) -> String? {
        guard hasName else { return Messages.snapshotMissingKey("name") }
        guard row.stage != noStage else { return Messages.snapshotMissingKey("stage") }
        guard let last = events.last else { return Messages.snapshotEmptyLedger(id.text) }
        guard last.to == row.stage else {
            return Messages.snapshotLedgerEnds(id.text, pipeline![last.to].name, pipeline![row.stage].name)
        }
        if row.created != missing && events[0].at != row.created { return Messages.snapshotCreatedMismatch(id.text) }
        return nil
    }

    /// A string in NFC: its bytes in the document when it has no escapes, is
    /// surely NFC and passes `plain` (the usual case), else an unescaped,
    /// normalised String.
    private static func text(_ j: inout JSONReader, plain: (UnsafeBufferPointer<UInt8>) -> Bool) throws(SnapshotError) -> JSONText {
        let start = j.position
        if let bytes = try? j.stringBytes(), FieldText.form(bytes) == .nfc, plain(bytes) {
            return JSONText(bytes: bytes)
        }
        j.position = start
        return JSONText(string: Names.normalized(try j.string()))
    }

    /// The ledger: a creation event first, then moves in time order; version 1
    /// wrote each event as an object with its from-stage, version 2 as an array.
    private mutating func readLedger(_ j: inout JSONReader, _ slot: Int32, _ events: inout [LedgerEvent]) throws(SnapshotError) {
        try j.array { (j, i) throws(SnapshotError) in
            var to: StageID = noStage, at: Int64 = missing, cause = Cause.manual, reason: UInt32 = 0
            var from: StageID? = nil
            if version >= 2 {
                try j.expect(UInt8(ascii: "["), Messages.snapshotAnArray)
                to = try stage(&j)
                try j.expect(UInt8(ascii: ","), "\",\"")
                at = try j.time(nullable: i == 0)
                try j.expect(UInt8(ascii: ","), "\",\"")
                cause = try self.cause(&j)
                if j.accept(UInt8(ascii: ",")) { reason = store.intern(Names.normalized(try j.string())) }
                try j.expect(UInt8(ascii: "]"), Messages.snapshotCommaOrEnd("]"))
            } else {
                try j.object { (j, key) throws(SnapshotError) in
                    switch key.text {
                    case "from": from = j.null() ? noStage : try stage(&j)
                    case "to": to = try stage(&j)
                    case "at": at = try j.time(nullable: i == 0)
                    case "cause": cause = try self.cause(&j)
                    case "reason": if !j.null() { reason = store.intern(Names.normalized(try j.string())) }
                    default: throw j.fail(Messages.snapshotUnknownKey(key.text))
                    }
                }
                guard to != noStage else { throw j.fail(Messages.snapshotMissingKey("to")) }
            }
            let previous = events.last
            if let from {
                let expected = previous?.to ?? noStage
                guard from == expected else {
                    let p = pipeline!
                    throw j.fail(from == noStage ? Messages.snapshotMissingFrom(p[expected].name)
                                 : expected == noStage ? Messages.snapshotFirstHasFrom(p[from].name)
                                 : Messages.snapshotBrokenChain(p[from].name, p[expected].name))
                }
            }
            if i == 0 {
                guard cause == .create else { throw j.fail(Messages.snapshotFirstNotCreate) }
            } else {
                guard cause != .create else { throw j.fail(Messages.snapshotSecondCreate) }
                guard at != missing else { throw j.fail(Messages.snapshotMissingKey("at")) }
                if let prev = previous, prev.at != missing, at < prev.at {
                    throw j.fail(Messages.snapshotOutOfOrder(Timestamp(seconds: at).iso8601, Timestamp(seconds: prev.at).iso8601))
                }
            }
            events.append(LedgerEvent(record: slot, from: previous?.to ?? noStage, to: to, at: at, cause: cause, reason: reason))
        }
    }

    private func cause(_ j: inout JSONReader) throws(SnapshotError) -> Cause {
        let bytes = try j.stringBytes()
        for (i, name) in SnapshotReader.causeNames.enumerated() where name.count == bytes.count && memcmp(name, bytes.baseAddress!, bytes.count) == 0 {
            return Cause.allCases[i]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        throw j.fail(Messages.snapshotUnknownValue(text, Cause.allCases.map(\.name)))
    }

    /// An owner, account or source: its pool code, found from the raw bytes
    /// when they need no unescaping (the usual case).
    private mutating func pooledName(_ j: inout JSONReader) throws(SnapshotError) -> UInt32 {
        let start = j.position
        if let bytes = try? j.stringBytes() {
            if let code = names.code(of: bytes) { return code }
            guard let s = String(validating: bytes, as: UTF8.self) else { throw j.fail(Messages.invalidUTF8) }
            let code = store.internName(Names.normalized(s))
            names.add(bytes, code: code)
            return code
        }
        j.position = start
        return store.internName(Names.normalized(try j.string()))
    }
}

/// A string read from a snapshot: bytes in the document, or a String of its own.
private struct JSONText {
    var bytes: UnsafeBufferPointer<UInt8>?
    var string = ""

    var text: String { bytes.map { String(decoding: $0, as: UTF8.self) } ?? string }

    mutating func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let bytes { return body(bytes) }
        return string.withUTF8(body)
    }
}
