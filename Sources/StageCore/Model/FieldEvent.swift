/// A record field whose changes the ledger keeps, so that `as of` can replay
/// it and forecasts can be read back as they stood.
public enum TrackedField: UInt8, Sendable, CaseIterable {
    /// The amount, in cents (`missing`: none).
    case value
    /// The expected close, in seconds (`missing`: none).
    case expectedClose
    /// The record's own probability, in hundredths of a percent (a CRM's per-deal figure).
    case probability
    /// The owner, a pool code (0: none).
    case owner
    /// The currency, a pool code (0: none).
    case currency

    public var name: String {
        switch self {
        case .value: "value"
        case .expectedClose: "expected_close"
        case .probability: "probability"
        case .owner: "owner"
        case .currency: "currency"
        }
    }

    public init?(name: String) {
        guard let f = TrackedField.allCases.first(where: { $0.name == name }) else { return nil }
        self = f
    }
}

/// One change of a tracked field: from what, to what, when, and why.
public struct FieldEvent: Sendable, Equatable {
    public var record: Int32
    public var field: TrackedField
    public var at: Int64
    public var cause: Cause
    /// The value before and after, encoded as the field's column is (`TrackedField`).
    public var old: Int64
    public var new: Int64

    public init(record: Int32, field: TrackedField, at: Int64, cause: Cause, old: Int64, new: Int64) {
        self.record = record
        self.field = field
        self.at = at
        self.cause = cause
        self.old = old
        self.new = new
    }
}

/// Every field event, in flat columns like the stage ledger, in the order
/// they were recorded (a record's own events in time order).
public struct FieldLedger: Sendable, Equatable {
    public internal(set) var record: [Int32] = []
    public internal(set) var field: [UInt8] = []
    public internal(set) var at: [Int64] = []
    public internal(set) var cause: [UInt8] = []
    public internal(set) var old: [Int64] = []
    public internal(set) var new: [Int64] = []

    public init() {}

    public var count: Int { record.count }

    public subscript(i: Int) -> FieldEvent {
        FieldEvent(
            record: record[i], field: TrackedField(rawValue: field[i]) ?? .value, at: at[i],
            cause: Cause(rawValue: cause[i]) ?? .manual, old: old[i], new: new[i])
    }

    mutating func reserve(_ capacity: Int) {
        record.reserveCapacity(capacity); field.reserveCapacity(capacity); at.reserveCapacity(capacity)
        cause.reserveCapacity(capacity); old.reserveCapacity(capacity); new.reserveCapacity(capacity)
    }

    mutating func append(_ e: FieldEvent) {
        record.append(e.record); field.append(e.field.rawValue); at.append(e.at)
        cause.append(e.cause.rawValue); old.append(e.old); new.append(e.new)
    }

    mutating func removeLast() -> FieldEvent {
        let e = self[count - 1]
        record.removeLast(); field.removeLast(); at.removeLast()
        cause.removeLast(); old.removeLast(); new.removeLast()
        return e
    }

    /// Appends another ledger's events, their records moved by `offset` slots.
    mutating func append(_ other: FieldLedger, recordOffset offset: Int32) {
        record += offset == 0 ? other.record : other.record.map { $0 + offset }
        field += other.field; at += other.at; cause += other.cause; old += other.old; new += other.new
    }

    /// Every event's index, grouped by record in slot order, each record's in time order (unknown times first, then
    /// the ledger's order): a counting sort, not a search per record.
    public func byRecord(slots: Int) -> [Int32] {
        var start = [Int32](repeating: 0, count: slots + 1)
        for r in record { start[Int(r) + 1] += 1 }
        for k in 0..<slots { start[k + 1] += start[k] }
        var order = [Int32](repeating: 0, count: count)
        var next = start
        for i in 0..<count {
            let r = Int(record[i])
            order[Int(next[r])] = Int32(i)
            next[r] += 1
        }
        // A record's events are appended in time order; `set` under a clock moved back may not be, so each is checked.
        for r in 0..<slots where start[r + 1] - start[r] > 1 {
            let lo = Int(start[r]), hi = Int(start[r + 1])
            if (lo + 1..<hi).allSatisfy({ at[Int(order[$0 - 1])] <= at[Int(order[$0])] }) { continue }
            let sorted = order[lo..<hi].sorted { (at[Int($0)], $0) < (at[Int($1)], $1) }
            order.replaceSubrange(lo..<hi, with: sorted)
        }
        return order
    }

    /// The events of record `r`, in order.
    public func events(of r: Int) -> [Int] { record.indices.filter { Int(record[$0]) == r } }
}
