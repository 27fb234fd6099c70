import Foundation

/// Reading a snapshot's records: each with its fields, ledger and field events, in parts.
extension SnapshotReader {
    /// Reads the records array: in one part, or in two at once on a big snapshot.
    ///
    /// The second part starts at the first line after the array's middle: a
    /// raw line break is never inside a JSON string, and the writer puts each
    /// record on a line of its own. The first reader stops where the second
    /// started only if a record starts there; otherwise (a snapshot laid out
    /// by hand) it reads on alone and the second part is dropped, so a wrong
    /// guess costs time, never a wrong record.
    mutating func readRecords(_ j: inout JSONReader) throws(SnapshotError) {
        try j.expect(UInt8(ascii: "["), Message.anArray)
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
            throw SnapshotError(path: j.pathText + "[\(offset + row)].id", problem: Message.duplicateId(store.ids[Int(slot)]))
        }
        if case .failure(let error) = second.closed {
            let shifted = error.shifted(in: j.pathText, by: offset)
            if let id = second.reader.refusedId, store.slot(of: id) != nil {
                throw SnapshotError(path: shifted.path + ".id", problem: Message.duplicateId(id))
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
    mutating func reserve(share: Double) {
        guard info.records > 0 && info.records < 50_000_000 else { return }
        let records = Int((Double(info.records) * share).rounded(.up))
        let events = Int((Double(max(info.events, info.records)) * share).rounded(.up))
        store.reserve(records: records, events: events, nameBytes: 40)
    }

    /// Reads records from the one at the position; false when it stopped at `stop`.
    mutating func readPart(_ j: inout JSONReader, stoppingAt stop: Int?) throws(SnapshotError) -> Bool {
        try j.elements(stoppingAt: stop) { (j, _) throws(SnapshotError) in
            try readRecord(&j)
            j.releaseBehind()
        }
    }

    mutating func readRecord(_ j: inout JSONReader) throws(SnapshotError) {
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
                guard id.bytes != nil || Names.isOneWord(id.text) else { throw j.fail(Message.badId(id.text)) }
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
                    guard v >= 0 else { throw j.fail(Message.negativeValue(Amount(cents: v).plain)) }
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
                    try j.expect(UInt8(ascii: "["), Message.anArray)
                    let kind = Names.key(try j.string())
                    guard !kind.isEmpty else { throw j.fail(Message.emptyActivity) }
                    try j.expect(UInt8(ascii: ","), .verbatim("\",\""))
                    let at = try j.time(nullable: false)
                    var note: String?
                    if j.accept(UInt8(ascii: ",")) { note = Names.normalized(try j.string()) }
                    try j.expect(UInt8(ascii: "]"), Message.snapshotCommaOrEnd("]"))
                    activities.append((kind, at, note))
                }
            } else if key.equals("fields") {
                try j.array { (j, _) throws(SnapshotError) in
                    try j.expect(UInt8(ascii: "["), Message.anArray)
                    let name = try j.string()
                    guard let field = TrackedField(name: name) else {
                        throw j.fail(Message.snapshotUnknownValue(name, TrackedField.allCases.map(\.name)))
                    }
                    try j.expect(UInt8(ascii: ","), .verbatim("\",\""))
                    let at = try j.time(nullable: true)
                    try j.expect(UInt8(ascii: ","), .verbatim("\",\""))
                    let cause = try self.cause(&j)
                    try j.expect(UInt8(ascii: ","), .verbatim("\",\""))
                    let old = try fieldValue(field, &j)
                    try j.expect(UInt8(ascii: ","), .verbatim("\",\""))
                    let new = try fieldValue(field, &j)
                    try j.expect(UInt8(ascii: "]"), Message.snapshotCommaOrEnd("]"))
                    fieldEvents.append(FieldEvent(record: slot, field: field, at: at, cause: cause, old: old, new: new))
                }
            } else {
                throw j.fail(Message.snapshotUnknownKey(key.text))
            }
        }
        guard hasId else { throw j.fail(Message.snapshotMissingKey("id")) }
        // Looked up here, not inside the closure above: reading `store` there
        // would copy the whole store for every record.
        if id.withBytes({ store.ids.slot(of: $0) }) != nil {
            throw SnapshotError(path: j.pathText + ".id", problem: Message.duplicateId(id.text))
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
    mutating func fieldValue(_ field: TrackedField, _ j: inout JSONReader) throws(SnapshotError) -> Int64 {
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
    func problem(_ id: JSONText, hasName: Bool, _ row: RecordRow, _ events: [LedgerEvent]) -> Message? {
        guard hasName else { return Message.snapshotMissingKey("name") }
        guard row.stage != noStage else { return Message.snapshotMissingKey("stage") }
        guard let last = events.last else { return Message.snapshotEmptyLedger(id.text) }
        guard last.to == row.stage else {
            return Message.snapshotLedgerEnds(id.text, pipeline![last.to].name, pipeline![row.stage].name)
        }
        if row.created != missing && events[0].at != row.created { return Message.snapshotCreatedMismatch(id.text) }
        return nil
    }

    /// A string in NFC: its bytes in the document when it has no escapes, is
    /// surely NFC and passes `plain` (the usual case), else an unescaped,
    /// normalised String.
    static func text(_ j: inout JSONReader, plain: (UnsafeBufferPointer<UInt8>) -> Bool) throws(SnapshotError) -> JSONText {
        let start = j.position
        if let bytes = try? j.stringBytes(), FieldText.form(bytes) == .nfc, plain(bytes) {
            return JSONText(bytes: bytes)
        }
        j.position = start
        return JSONText(string: Names.normalized(try j.string()))
    }

    /// The ledger: a creation event first, then moves in time order; version 1
    /// wrote each event as an object with its from-stage, version 2 as an array.
    mutating func readLedger(_ j: inout JSONReader, _ slot: Int32, _ events: inout [LedgerEvent]) throws(SnapshotError) {
        try j.array { (j, i) throws(SnapshotError) in
            var to: StageID = noStage, at: Int64 = missing, cause = Cause.manual, reason: UInt32 = 0
            var from: StageID? = nil
            if version >= 2 {
                try j.expect(UInt8(ascii: "["), Message.anArray)
                to = try stage(&j)
                try j.expect(UInt8(ascii: ","), .verbatim("\",\""))
                at = try j.time(nullable: i == 0)
                try j.expect(UInt8(ascii: ","), .verbatim("\",\""))
                cause = try self.cause(&j)
                if j.accept(UInt8(ascii: ",")) { reason = store.intern(Names.normalized(try j.string())) }
                try j.expect(UInt8(ascii: "]"), Message.snapshotCommaOrEnd("]"))
            } else {
                try j.object { (j, key) throws(SnapshotError) in
                    switch key.text {
                    case "from": from = j.null() ? noStage : try stage(&j)
                    case "to": to = try stage(&j)
                    case "at": at = try j.time(nullable: i == 0)
                    case "cause": cause = try self.cause(&j)
                    case "reason": if !j.null() { reason = store.intern(Names.normalized(try j.string())) }
                    default: throw j.fail(Message.snapshotUnknownKey(key.text))
                    }
                }
                guard to != noStage else { throw j.fail(Message.snapshotMissingKey("to")) }
            }
            let previous = events.last
            if let from {
                let expected = previous?.to ?? noStage
                guard from == expected else {
                    let p = pipeline!
                    throw j.fail(
                        from == noStage
                            ? Message.snapshotMissingFrom(p[expected].name)
                            : expected == noStage
                                ? Message.snapshotFirstHasFrom(p[from].name)
                                : Message.snapshotBrokenChain(p[from].name, p[expected].name))
                }
            }
            if i == 0 {
                guard cause == .create else { throw j.fail(Message.snapshotFirstNotCreate) }
            } else {
                guard cause != .create else { throw j.fail(Message.snapshotSecondCreate) }
                guard at != missing else { throw j.fail(Message.snapshotMissingKey("at")) }
                if let prev = previous, prev.at != missing, at < prev.at {
                    throw j.fail(Message.snapshotOutOfOrder(Timestamp(seconds: at).iso8601, Timestamp(seconds: prev.at).iso8601))
                }
            }
            events.append(LedgerEvent(record: slot, from: previous?.to ?? noStage, to: to, at: at, cause: cause, reason: reason))
        }
    }

    func cause(_ j: inout JSONReader) throws(SnapshotError) -> Cause {
        let bytes = try j.stringBytes()
        for (i, name) in SnapshotReader.causeNames.enumerated() where name.count == bytes.count && memcmp(name, bytes.baseAddress!, bytes.count) == 0
        {
            return Cause.allCases[i]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        throw j.fail(Message.snapshotUnknownValue(text, Cause.allCases.map(\.name)))
    }

    /// An owner, account or source: its pool code, found from the raw bytes
    /// when they need no unescaping (the usual case).
    mutating func pooledName(_ j: inout JSONReader) throws(SnapshotError) -> UInt32 {
        let start = j.position
        if let bytes = try? j.stringBytes() {
            if let code = names.code(of: bytes) { return code }
            guard let s = String(validating: bytes, as: UTF8.self) else { throw j.fail(Message.invalidUTF8) }
            let code = store.internName(Names.normalized(s))
            names.add(bytes, code: code)
            return code
        }
        j.position = start
        return store.internName(Names.normalized(try j.string()))
    }
}
