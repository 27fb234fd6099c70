import Foundation

/// A field's value for one record, comparable and hashable for sorting and grouping.
public enum Value: Sendable, Hashable {
    case null
    case text(String)
    case kind(RecordKind)
    case amount(Int64)
    /// A stage, compared by its position in the pipeline (carried first).
    case stage(position: Int, StageID)
    /// Hundredths of a percent.
    case percent(Int)
    case time(Int64)
    case days(Double)

    /// Orders values of one field; nulls sort last.
    static func less(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, _): return false
        case (_, .null): return true
        case (.text(let x), .text(let y)): return TextOrder.less(x, y)
        case (.kind(let x), .kind(let y)): return x.rawValue < y.rawValue
        case (.amount(let x), .amount(let y)): return x < y
        case (.stage(let x, _), .stage(let y, _)): return x < y
        case (.percent(let x), .percent(let y)): return x < y
        case (.time(let x), .time(let y)): return x < y
        case (.days(let x), .days(let y)): return x < y
        default: return false
        }
    }
}

/// A value in a form that sorts fast and as people expect: numbers by value,
/// text ignoring case and accents (Đ with D), missing values last.
enum SortKey: Comparable {
    case integer(Int64)
    case real(Double)
    case text(folded: String, raw: String)
    case null

    /// Text compares byte by byte (names are NFC): String's own comparison normalises as it
    /// goes, and made a sort of a million names twice as slow.
    static func < (a: SortKey, b: SortKey) -> Bool {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x < y
        case (.real(let x), .real(let y)): return x < y
        case (.text(let fx, let rx), .text(let fy, let ry)):
            let c = bytes(fx, fy)
            return c != 0 ? c < 0 : bytes(rx, ry) < 0
        default: return a.rank < b.rank
        }
    }

    static func == (a: SortKey, b: SortKey) -> Bool {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x == y
        case (.real(let x), .real(let y)): return x == y
        case (.text(let fx, let rx), .text(let fy, let ry)): return bytes(fx, fy) == 0 && bytes(rx, ry) == 0
        case (.null, .null): return true
        default: return false
        }
    }

    /// The order of the kinds of key: numbers, then text, then missing values.
    private var rank: Int {
        switch self {
        case .integer: 0
        case .real: 1
        case .text: 2
        case .null: 3
        }
    }

    /// -1, 0 or 1 as `x`'s UTF-8 bytes sort before, with or after `y`'s.
    private static func bytes(_ x: String, _ y: String) -> Int {
        var x = x, y = y
        return x.withUTF8 { a in
            y.withUTF8 { b in
                let n = min(a.count, b.count)
                let c = n == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, n)
                if c != 0 { return c < 0 ? -1 : 1 }
                return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
            }
        }
    }

    init(_ v: Value) {
        switch v {
        case .null: self = .null
        case .text(let s): self = Int64(s).map(SortKey.integer) ?? .text(folded: Names.fold(s), raw: s)
        case .kind(let k): self = .integer(Int64(k.rawValue))
        case .amount(let c): self = .integer(c)
        case .stage(let position, _): self = .integer(Int64(position))
        case .percent(let p): self = .integer(Int64(p))
        case .time(let t): self = .integer(t)
        case .days(let d): self = .real(d)
        }
    }
}

extension SortKey {
    /// Whether `x` comes before `y` in an `order by` key: nil when they tie, so the next key decides.
    ///
    /// Missing values come last whichever way the key runs.
    static func precedes(_ x: SortKey, _ y: SortKey, descending: Bool) -> Bool? {
        if x == y { return nil }
        if x == .null { return false }
        if y == .null { return true }
        return descending ? y < x : x < y
    }
}

/// How text sorts: by its name key, and numerically where both are numbers,
/// so that ids 2 and 10 come in that order.
enum TextOrder {
    static func less(_ x: String, _ y: String) -> Bool {
        if let a = Int(x), let b = Int(y) { return a < b }
        let fx = Names.fold(x), fy = Names.fold(y)
        if fx != fy { return fx < fy }
        let kx = Names.key(x), ky = Names.key(y)
        return kx != ky ? kx < ky : x < y
    }
}

/// Reads record fields as values and table cells.
struct FieldReader {
    let workspace: Workspace
    let now: Int64
    /// Each record's stage and last change as of a report's moment, in place
    /// of the current ones (`as of DATE` filters on the pipeline as it was).
    var asOf: (stages: [StageID], changed: [Int64])?

    init(workspace: Workspace, now: Int64, asOf: (stages: [StageID], changed: [Int64])? = nil) {
        self.workspace = workspace
        self.now = now
        self.asOf = asOf
    }

    var store: RecordStore { workspace.store }
    var pipeline: Pipeline { workspace.pipeline }

    /// The stages the reader sees: as of the report's moment, or current.
    var stages: [StageID] { asOf?.stages ?? store.stages }

    @inline(__always) func stage(_ r: Int) -> StageID { asOf?.stages[r] ?? store.stages[r] }
    @inline(__always) func changed(_ r: Int) -> Int64 { asOf?.changed[r] ?? store.changed(r) }

    /// When a record entered its closed stage, or `missing` while open.
    func closedAt(_ r: Int) -> Int64 {
        pipeline[stage(r)].isClosed ? changed(r) : missing
    }

    func value(_ field: Field, _ r: Int) -> Value {
        let s = store
        switch field {
        case .id: return .text(s.ids[r])
        case .kind: return .kind(pipeline[stage(r)].kind)
        case .name: return .text(s.names[r])
        case .account: return pooled(s.accounts[r])
        case .owner: return pooled(s.owners[r])
        case .source: return pooled(s.sources[r])
        case .value: return s.values[r] == missing ? .null : .amount(s.values[r])
        case .currency: return pooled(s.currency(r))
        case .stage: return .stage(position: pipeline.position(stage(r)), stage(r))
        case .probability: return pipeline[stage(r)].probability.map(Value.percent) ?? .null
        case .created: return time(s.created[r])
        case .changed: return time(changed(r))
        case .closed: return time(closedAt(r))
        case .expectedClose: return time(s.expectedClose[r])
        case .age: return days(since: s.created[r])
        case .daysInStage: return days(since: changed(r))
        case .reason:
            let e = Int(s.lastEvent[r])
            return e >= 0 && s.eventReason[e] != 0 ? .text(s.pool[s.eventReason[e]]) : .null
        case .custom(let key):
            return s.customValue(r, key).map(Value.text) ?? .null
        }
    }

    func pooled(_ code: UInt32) -> Value { code == 0 ? .null : .text(store.pool[code]) }
    func time(_ t: Int64) -> Value { t == missing ? .null : .time(t) }
    func days(since t: Int64) -> Value { t == missing ? .null : .days(Double(now - t) / 86_400) }

    func cell(_ value: Value) -> Cell {
        switch value {
        case .null: return .null
        case .text(let s): return .text(s)
        case .kind(let k): return .text(k.name)
        case .amount(let c): return .amount(Amount(cents: c))
        case .stage(_, let id): return .text(pipeline[id].name)
        case .percent(let p): return .percent(Double(p) / 100)
        case .time(let t): return .time(Timestamp(seconds: t))
        case .days(let d): return .number(d, decimals: 2)
        }
    }

    func cell(_ field: Field, _ r: Int) -> Cell { cell(value(field, r)) }

    static func alignment(_ field: Field) -> Alignment {
        switch field.type {
        case .amount, .percent, .days: .right
        default: .left
        }
    }
}
