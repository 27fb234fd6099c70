/// The tracked changes read from `mail_tracking_value`, already in the session's terms,
/// in flat columns, and ordered per record by time.
///
/// Values are kept as the ledger needs them: a stage as Odoo's stage id (a negative id for a
/// stage deleted since, known only by the name its rows carry), a salesperson and a lost
/// reason as pool codes, an amount in cents, a date in seconds, a percentage in hundredths,
/// `active` as 1 or 0 (`missing`: none of these).
struct OdooTracking: Sendable {
    /// Which field a change is of.
    enum Field: UInt8, Sendable {
        case stage, type, active, owner, value, expectedClose, probability, reason

        /// The tracked `crm.lead` fields the ledger is built from, by Odoo's names (older versions' too).
        static let odooNames: [(name: String, field: Field)] = [
            ("stage_id", .stage), ("type", .type), ("active", .active), ("user_id", .owner), ("expected_revenue", .value),
            ("planned_revenue", .value), ("date_deadline", .expectedClose), ("probability", .probability),
            ("lost_reason_id", .reason), ("lost_reason", .reason),
        ]

        init?(odooName: String) {
            guard let known = Self.odooNames.first(where: { $0.name == odooName }) else { return nil }
            self = known.field
        }

        /// The session's tracked field this change feeds, for the field ledger.
        var tracked: TrackedField? {
            switch self {
            case .owner: .owner
            case .value: .value
            case .expectedClose: .expectedClose
            case .probability: .probability
            default: nil
            }
        }

        /// Whether the change bears on the record's place in the pipeline.
        var movesStage: Bool { self == .stage || self == .type || self == .active }
    }

    private(set) var slot: [Int32] = []
    private(set) var at: [Int64] = []
    /// The message a change came with: one write of several fields is one message (Odoo's ids are int4).
    private(set) var message: [Int32] = []
    private(set) var field: [Field] = []
    private(set) var old: [Int64] = []
    private(set) var new: [Int64] = []
    /// The rows' indexes grouped by record slot, each record's in order of time and message
    /// (a message's own rows are one write, applied together, so their order does not matter).
    private(set) var order: [Int32] = []
    /// Where each slot's rows start in `order`; `slots + 1` entries.
    private(set) var start: [Int32] = []

    var count: Int { at.count }
    /// How many rows bear on a stage, and how many on a field the session tracks: what the ledgers will hold, about.
    private(set) var stageRows = 0
    private(set) var fieldRows = 0

    mutating func reserve(_ n: Int) {
        slot.reserveCapacity(n); at.reserveCapacity(n); message.reserveCapacity(n)
        field.reserveCapacity(n); old.reserveCapacity(n); new.reserveCapacity(n)
    }

    mutating func append(slot s: Int32, at t: Int64, message m: Int32, field f: Field, old o: Int64, new n: Int64) {
        slot.append(s); at.append(t); message.append(m); field.append(f); old.append(o); new.append(n)
        if f.movesStage { stageRows += 1 } else if f.tracked != nil { fieldRows += 1 }
    }

    /// Groups the rows by record (a counting sort) and puts each record's in order: the
    /// server sends them as they lie, which is cheaper than a sort there.
    mutating func sort(slots: Int) {
        start = [Int32](repeating: 0, count: slots + 1)
        for s in slot { start[Int(s) + 1] += 1 }
        for k in 0..<slots { start[k + 1] += start[k] }
        order = [Int32](repeating: 0, count: count)
        var next = start
        for i in 0..<count {
            let s = Int(slot[i])
            order[Int(next[s])] = Int32(i)
            next[s] += 1
        }
        // The order says whose each row is from now on.
        slot = []
        let at = self.at, message = self.message
        func before(_ a: Int32, _ b: Int32) -> Bool {
            let a = Int(a), b = Int(b)
            return (at[a], message[a]) < (at[b], message[b])
        }
        order.withUnsafeMutableBufferPointer { o in
            for s in 0..<slots where start[s + 1] - start[s] > 1 {
                // Insertion sort: a record has a handful of rows, most often already in order.
                let lo = Int(start[s]), hi = Int(start[s + 1])
                for k in (lo + 1)..<hi {
                    let v = o[k]
                    var j = k
                    while j > lo && before(v, o[j - 1]) {
                        o[j] = o[j - 1]
                        j -= 1
                    }
                    o[j] = v
                }
            }
        }
    }

    /// The rows of slot `s`, in order, as indexes into the columns.
    func rows(of s: Int) -> ArraySlice<Int32> { order[Int(start[s])..<Int(start[s + 1])] }
}
