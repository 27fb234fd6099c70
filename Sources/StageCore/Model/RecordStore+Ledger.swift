extension RecordStore {
    /// A whole ledger built on the side (by an import) before it replaces the store's.
    struct Ledger: Sendable {
        var record: [Int32] = []
        var from: [StageID] = []
        var to: [StageID] = []
        var at: [Int64] = []
        var cause: [UInt8] = []
        var reason: [UInt32] = []

        var count: Int { record.count }

        mutating func reserve(_ capacity: Int) {
            record.reserveCapacity(capacity); from.reserveCapacity(capacity); to.reserveCapacity(capacity)
            at.reserveCapacity(capacity); cause.reserveCapacity(capacity); reason.reserveCapacity(capacity)
        }

        /// The events in the given order, built one column at a time so that
        /// only one extra column is alive at once.
        func permuted(_ order: [Int32]) -> Ledger {
            func column<T>(_ c: [T]) -> [T] { order.map { c[Int($0)] } }
            var out = self
            out.record = column(record); out.from = column(from); out.to = column(to)
            out.at = column(at); out.cause = column(cause); out.reason = column(reason)
            return out
        }

        /// Copies event `e` over event `i` (an earlier one), column by column.
        mutating func move(_ e: Int, to i: Int) {
            record[i] = record[e]; from[i] = from[e]; to[i] = to[e]
            at[i] = at[e]; cause[i] = cause[e]; reason[i] = reason[e]
        }

        /// Keeps the first `count` events.
        mutating func truncate(to count: Int) {
            let extra = self.count - count
            record.removeLast(extra); from.removeLast(extra); to.removeLast(extra)
            at.removeLast(extra); cause.removeLast(extra); reason.removeLast(extra)
        }

        mutating func append(contentsOf other: Ledger) {
            record += other.record; from += other.from; to += other.to
            at += other.at; cause += other.cause; reason += other.reason
        }

        mutating func append(_ e: LedgerEvent) {
            record.append(e.record); from.append(e.from); to.append(e.to)
            at.append(e.at); cause.append(e.cause.rawValue); reason.append(e.reason)
        }
    }

    /// Replaces every event, relinking each record's chain and current stage.
    mutating func replaceLedger(_ ledger: Ledger) {
        eventRecord = ledger.record
        eventFrom = ledger.from
        eventTo = ledger.to
        eventAt = ledger.at
        eventCause = ledger.cause
        eventReason = ledger.reason
        var previous = [Int32](repeating: -1, count: ledger.record.count)
        var last = [Int32](repeating: -1, count: slotCount)
        for (e, r) in ledger.record.enumerated() {
            previous[e] = last[Int(r)]
            last[Int(r)] = Int32(e)
        }
        eventPrevious = previous
        lastEvent = last
        for r in 0..<slotCount where last[r] >= 0 { stages[r] = eventTo[Int(last[r])] }
    }

    mutating func setCreated(_ r: Int, _ t: Int64) { created[r] = t }
}
