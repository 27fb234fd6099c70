extension RecordStore {
    /// A whole ledger built on the side (by an import) before it replaces the store's.
    struct Ledger {
        var record: [Int32] = []
        var from: [StageID] = []
        var to: [StageID] = []
        var at: [Int64] = []
        var cause: [UInt8] = []
        var reason: [UInt32] = []

        init(capacity: Int) {
            record.reserveCapacity(capacity); from.reserveCapacity(capacity); to.reserveCapacity(capacity)
            at.reserveCapacity(capacity); cause.reserveCapacity(capacity); reason.reserveCapacity(capacity)
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
