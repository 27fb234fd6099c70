/// Every record, its ledger and its activities, stored column-wise.
///
/// Laid out for a million records and a few million stage events: strings
/// that repeat are pool codes, stages are small integers, times are seconds,
/// and the ledger is flat arrays linked per record through `eventPrevious`.
public struct RecordStore: Sendable {
    public internal(set) var pool = StringPool()

    public internal(set) var ids = IdColumn()
    public internal(set) var names = TextArena()
    public internal(set) var accounts: [UInt32] = []
    public internal(set) var owners: [UInt32] = []
    public internal(set) var sources: [UInt32] = []
    /// Cents, or `missing`.
    public internal(set) var values: [Int64] = []
    /// Seconds, or `missing` when the creation time is unknown.
    public internal(set) var created: [Int64] = []
    public internal(set) var expectedClose: [Int64] = []
    /// Currency pool codes (0: none); empty until a record has a currency,
    /// so that a single-currency pipeline spends no memory on it.
    public internal(set) var currencies: [UInt32] = []
    /// The current stage, which is always the `to` of the record's last event.
    public internal(set) var stages: [StageID] = []
    public internal(set) var alive: [Bool] = []
    public internal(set) var lastEvent: [Int32] = []
    /// Custom fields, sparse: record → field key → value.
    public internal(set) var custom: [Int32: [String: String]] = [:]
    /// Custom field names as first written, by key.
    public internal(set) var customFieldNames: [String: String] = [:]

    public internal(set) var eventRecord: [Int32] = []
    public internal(set) var eventFrom: [StageID] = []
    public internal(set) var eventTo: [StageID] = []
    public internal(set) var eventAt: [Int64] = []
    public internal(set) var eventCause: [UInt8] = []
    public internal(set) var eventReason: [UInt32] = []
    public internal(set) var eventPrevious: [Int32] = []

    public internal(set) var activities: [Activity] = []
    /// Changes of value, expected close, probability, owner and currency.
    public internal(set) var fieldEvents = FieldLedger()

    public internal(set) var liveCount = 0
    private var largestNumericId = 0

    public init() {}

    /// Record slots, deleted ones included.
    public var slotCount: Int { ids.count }
    public var eventCount: Int { eventTo.count }

    public func slot(of id: String) -> Int32? { ids.slot(of: id) }

    /// The next free integer id, which `add` gives a new record.
    public var nextId: String { String(largestNumericId + 1) }

    /// The largest integer id ever given, deleted records included, so that a
    /// saved and loaded session numbers new records as the original did.
    public internal(set) var largestId: Int {
        get { largestNumericId }
        set { largestNumericId = max(largestNumericId, newValue) }
    }

    public func event(_ e: Int) -> LedgerEvent {
        LedgerEvent(
            record: eventRecord[e], from: eventFrom[e], to: eventTo[e], at: eventAt[e],
            cause: Cause(rawValue: eventCause[e]) ?? .manual, reason: eventReason[e])
    }

    /// A record's events, oldest first.
    public func events(of r: Int) -> [Int] {
        var out: [Int] = []
        var e = Int(lastEvent[r])
        while e >= 0 {
            out.append(e)
            e = Int(eventPrevious[e])
        }
        return out.reversed()
    }

    /// When the record last changed stage.
    public func changed(_ r: Int) -> Int64 {
        let e = Int(lastEvent[r])
        return e >= 0 ? eventAt[e] : missing
    }

    public func customValue(_ r: Int, _ key: String) -> String? { custom[Int32(r)]?[key] }

    /// A record's currency code (0: none).
    @inline(__always) public func currency(_ r: Int) -> UInt32 { currencies.isEmpty ? 0 : currencies[r] }

    /// Gives each of the first `count` records a currency slot, the first time one has a currency.
    private mutating func materializeCurrencies(_ count: Int) {
        if currencies.isEmpty { currencies = [UInt32](repeating: 0, count: count) }
    }

    /// The pool codes of a pooled field (owner, account, source), or nil for any other field.
    public func codes(of field: Field) -> [UInt32]? {
        switch field {
        case .owner: owners
        case .account: accounts
        case .source: sources
        case .currency: currencies.isEmpty ? [UInt32](repeating: 0, count: slotCount) : currencies
        default: nil
        }
    }

    // MARK: primitive mutations (each undone by another; see `Change`)

    mutating func appendRecord(_ row: RecordRow) {
        var id = Names.normalized(row.id), name = row.name
        id.withUTF8 { i in name.withUTF8 { n in appendRecord(row, id: i, name: n) } }
    }

    /// Appends a record whose id and name come as NFC bytes (an import's
    /// fields); `row.id` and `row.name` are not read.
    mutating func appendRecord(_ row: RecordRow, id: UnsafeBufferPointer<UInt8>, name: UnsafeBufferPointer<UInt8>) {
        let r = Int32(ids.count)
        // Before the id is appended, so that a first currency gives exactly the records before this one theirs.
        if row.currency != 0 || !currencies.isEmpty {
            materializeCurrencies(ids.count)
            currencies.append(row.currency)
        }
        ids.append(id, indexed: row.alive)
        if row.alive { liveCount += 1 }
        names.append(utf8: name)
        accounts.append(row.account)
        owners.append(row.owner)
        sources.append(row.source)
        values.append(row.value)
        created.append(row.created)
        expectedClose.append(row.expectedClose)
        stages.append(row.stage)
        alive.append(row.alive)
        lastEvent.append(-1)
        if !row.custom.isEmpty { custom[r] = row.custom }
        noteId(id)
    }

    mutating func removeLastRecord() -> RecordRow {
        let r = ids.count - 1
        let row = self.row(r)
        precondition(lastEvent[r] < 0, "events of a record are removed before the record")
        let id = ids[r]
        ids.removeLast()
        if alive[r] { liveCount -= 1 }
        names.removeLast()
        accounts.removeLast(); owners.removeLast(); sources.removeLast()
        values.removeLast(); created.removeLast(); expectedClose.removeLast()
        if !currencies.isEmpty { currencies.removeLast() }
        stages.removeLast(); alive.removeLast(); lastEvent.removeLast()
        custom[Int32(r)] = nil
        if Int(id) == largestNumericId {
            // Counted by noteId's rule: `Int(id)` would also take ids the counter skips.
            largestNumericId = ids.reduce(0) { largest, id in
                var id = id
                return max(largest, id.withUTF8 { RecordStore.countedId($0) } ?? 0)
            }
        }
        return row
    }

    /// The stored fields of a record, to restore it later.
    func row(_ r: Int) -> RecordRow {
        RecordRow(
            id: ids[r], name: names[r], account: accounts[r], owner: owners[r], source: sources[r],
            value: values[r], created: created[r], expectedClose: expectedClose[r], currency: currency(r),
            stage: stages[r], alive: alive[r], custom: custom[Int32(r)] ?? [:])
    }

    mutating func setAlive(_ r: Int, _ value: Bool) {
        guard alive[r] != value else { return }
        alive[r] = value
        ids.setIndexed(r, value)
        liveCount += value ? 1 : -1
    }

    mutating func setField(_ r: Int, _ value: StoredValue) -> StoredValue {
        switch value {
        case .name(let s): let old = names[r]; names.set(r, s); return .name(old)
        case .account(let c): let old = accounts[r]; accounts[r] = c; return .account(old)
        case .owner(let c): let old = owners[r]; owners[r] = c; return .owner(old)
        case .source(let c): let old = sources[r]; sources[r] = c; return .source(old)
        case .value(let v): let old = values[r]; values[r] = v; return .value(old)
        case .created(let v): let old = created[r]; created[r] = v; return .created(old)
        case .expectedClose(let v): let old = expectedClose[r]; expectedClose[r] = v; return .expectedClose(old)
        case .currency(let c):
            let old = currency(r)
            if c != 0 { materializeCurrencies(slotCount) }
            if !currencies.isEmpty { currencies[r] = c }
            return .currency(old)
        case .custom(let key, let display, let v):
            let old = custom[Int32(r)]?[key]
            var fields = custom[Int32(r)] ?? [:]
            fields[key] = v
            custom[Int32(r)] = fields.isEmpty ? nil : fields
            return .custom(key: key, display: display, old)
        }
    }

    mutating func appendEvent(_ event: LedgerEvent) {
        let r = Int(event.record)
        eventRecord.append(event.record)
        eventFrom.append(event.from)
        eventTo.append(event.to)
        eventAt.append(event.at)
        eventCause.append(event.cause.rawValue)
        eventReason.append(event.reason)
        eventPrevious.append(lastEvent[r])
        lastEvent[r] = Int32(eventTo.count - 1)
        stages[r] = event.to
    }

    /// Moves another store's records and events here (a part of a file read on its own): its pool codes are interned here, its slots follow ours, and
    /// each of its columns is emptied once appended, so that the two copies of a big part never live at once.
    ///
    /// Stops at the first of its live ids a live record here has, and returns that id's row in `other` and the slot
    /// that has it; both stores are then half moved, to be dropped.
    mutating func append(moving other: inout RecordStore) -> (row: Int, slot: Int32)? {
        let offset = Int32(slotCount), eventOffset = Int32(eventCount)
        ids.reserve(slotCount + other.slotCount)
        for r in 0..<other.slotCount {
            let duplicate: Int32? = other.ids.withBytes(r) { id in
                if other.alive[r], let slot = ids.slot(of: id) { return slot }
                ids.append(id, indexed: other.alive[r])
                return nil
            }
            if let duplicate { return (r, duplicate) }
        }
        other.ids = IdColumn()
        let codes = other.pool.strings.map { internName($0) }
        names.append(contentsOf: other.names); other.names = TextArena()
        accounts += other.accounts.lazy.map { codes[Int($0)] }; other.accounts = []
        owners += other.owners.lazy.map { codes[Int($0)] }; other.owners = []
        sources += other.sources.lazy.map { codes[Int($0)] }; other.sources = []
        values += other.values; other.values = []
        created += other.created; other.created = []
        if !other.currencies.isEmpty { materializeCurrencies(expectedClose.count) }
        if !currencies.isEmpty {
            currencies +=
                other.currencies.isEmpty
                ? [UInt32](repeating: 0, count: other.expectedClose.count) : other.currencies.map { codes[Int($0)] }
        }
        other.currencies = []
        expectedClose += other.expectedClose; other.expectedClose = []
        stages += other.stages; other.stages = []
        alive += other.alive; other.alive = []
        lastEvent += other.lastEvent.lazy.map { $0 < 0 ? $0 : $0 + eventOffset }; other.lastEvent = []
        for (r, fields) in other.custom { custom[r + offset] = fields }
        for (key, display) in other.customFieldNames { noteCustomField(key: key, display: display) }
        eventRecord += other.eventRecord.lazy.map { $0 + offset }; other.eventRecord = []
        eventFrom += other.eventFrom; other.eventFrom = []
        eventTo += other.eventTo; other.eventTo = []
        eventAt += other.eventAt; other.eventAt = []
        eventCause += other.eventCause; other.eventCause = []
        // Reasons and activity kinds are interned as written, and only those used.
        var texts = [UInt32?](repeating: nil, count: other.pool.count)
        texts[0] = 0
        func text(_ c: UInt32) -> UInt32 {
            if let known = texts[Int(c)] { return known }
            let code = intern(other.pool[c])
            texts[Int(c)] = code
            return code
        }
        eventReason.reserveCapacity(eventReason.count + other.eventReason.count)
        for c in other.eventReason { eventReason.append(text(c)) }
        other.eventReason = []
        eventPrevious += other.eventPrevious.lazy.map { $0 < 0 ? $0 : $0 + eventOffset }; other.eventPrevious = []
        for var a in other.activities {
            a.record += offset
            a.kind = text(a.kind)
            activities.append(a)
        }
        for i in 0..<other.fieldEvents.count {
            var e = other.fieldEvents[i]
            e.record += offset
            if e.field == .owner || e.field == .currency {
                e.old = Int64(codes[Int(e.old)])
                e.new = Int64(codes[Int(e.new)])
            }
            fieldEvents.append(e)
        }
        other.fieldEvents = FieldLedger()
        liveCount += other.liveCount
        largestId = other.largestId
        return nil
    }

    /// Moves an event in time; returns its old time.
    mutating func setEventTime(_ e: Int, _ t: Int64) -> Int64 {
        let old = eventAt[e]
        eventAt[e] = t
        return old
    }

    mutating func removeLastEvent() -> LedgerEvent {
        let e = eventTo.count - 1
        let event = self.event(e)
        let r = Int(event.record)
        let previous = eventPrevious.removeLast()
        lastEvent[r] = previous
        if previous >= 0 { stages[r] = eventTo[Int(previous)] }
        eventRecord.removeLast(); eventFrom.removeLast(); eventTo.removeLast()
        eventAt.removeLast(); eventCause.removeLast(); eventReason.removeLast()
        return event
    }

    mutating func intern(_ s: String) -> UInt32 { pool.intern(s) }
    mutating func internName(_ s: String) -> UInt32 { pool.internName(s) }

    /// Keeps the largest plain integer id (digits only, as `Int(id)` reads them).
    mutating func noteId(_ id: UnsafeBufferPointer<UInt8>) {
        if let n = RecordStore.countedId(id), n > largestNumericId { largestNumericId = n }
    }

    /// An id's number when the id counter counts it: digits only, below Int32.max.
    static func countedId(_ id: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !id.isEmpty, id.count <= 10 else { return nil }
        var n = 0
        for b in id {
            guard b &- 48 < 10 else { return nil }
            n = n * 10 + Int(b &- 48)
        }
        return n < Int(Int32.max) ? n : nil
    }

    mutating func noteCustomField(key: String, display: String) {
        if customFieldNames[key] == nil { customFieldNames[key] = display }
    }

    /// Sets or clears a custom field's name; returns the name it had.
    mutating func setCustomFieldName(key: String, _ display: String?) -> String? {
        let old = customFieldNames[key]
        customFieldNames[key] = display
        return old
    }

    mutating func reserve(records: Int, events: Int, nameBytes: Int = 32) {
        ids.reserve(records); names.reserve(records, bytesPerItem: nameBytes)
        accounts.reserveCapacity(records); owners.reserveCapacity(records); sources.reserveCapacity(records)
        values.reserveCapacity(records); created.reserveCapacity(records); expectedClose.reserveCapacity(records)
        stages.reserveCapacity(records); alive.reserveCapacity(records); lastEvent.reserveCapacity(records)
        eventRecord.reserveCapacity(events); eventFrom.reserveCapacity(events); eventTo.reserveCapacity(events)
        eventAt.reserveCapacity(events); eventCause.reserveCapacity(events); eventReason.reserveCapacity(events)
        eventPrevious.reserveCapacity(events)
    }
}

/// One record's stored fields, as appended or restored.
public struct RecordRow: Sendable, Equatable {
    public var id: String
    public var name: String
    public var account: UInt32 = 0
    public var owner: UInt32 = 0
    public var source: UInt32 = 0
    public var value: Int64 = missing
    public var created: Int64 = missing
    public var expectedClose: Int64 = missing
    public var currency: UInt32 = 0
    public var stage: StageID
    public var alive = true
    public var custom: [String: String] = [:]
}

/// A new value for one stored field of a record; `setField` returns the old one.
public enum StoredValue: Sendable, Equatable {
    case name(String)
    case account(UInt32), owner(UInt32), source(UInt32)
    case value(Int64), created(Int64), expectedClose(Int64)
    case currency(UInt32)
    case custom(key: String, display: String, String?)
}
