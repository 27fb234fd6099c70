/// The invariants of a session's data, checked by `check` and, in debug
/// builds, after every command.
///
/// Every record's stage is the end of its ledger; each ledger starts with a
/// creation, is an unbroken chain in time order and belongs to its record;
/// every event is in exactly one ledger; live ids are unique and indexed;
/// every stage referenced is one of the pipeline's; every pooled code and
/// column length is in range; every field event names a record and a field.
enum Consistency {
    /// The problems found, the first `limit` of them; empty when the session is consistent.
    static func problems(_ w: Workspace, limit: Int = 20) -> [String] {
        var found: [String] = []
        func note(_ problem: @autoclosure () -> String) -> Bool {
            if found.count < limit { found.append(problem()) }
            return found.count < limit
        }
        let s = w.store, p = w.pipeline
        let n = s.slotCount, events = s.eventCount
        let columns = [
            s.ids.count, s.names.count, s.accounts.count, s.owners.count, s.sources.count, s.values.count,
            s.created.count, s.expectedClose.count, s.stages.count, s.alive.count, s.lastEvent.count,
        ]
        let eventColumns = [
            s.eventRecord.count, s.eventFrom.count, s.eventTo.count, s.eventAt.count, s.eventCause.count,
            s.eventReason.count, s.eventPrevious.count,
        ]
        if Set(columns).count != 1 || Set(eventColumns).count != 1 {
            _ = note("columns of different lengths: records \(columns), events \(eventColumns)")
            return found
        }
        var live = Array(repeating: false, count: p.stages.count)
        for id in p.liveStages { live[Int(id)] = true }
        func liveStage(_ id: StageID) -> Bool { Int(id) < live.count && live[Int(id)] }
        for rule in p.rules where !liveStage(rule.target) {
            guard note("a rule moves records to stage \(rule.target), which is not in the pipeline") else { return found }
        }
        let pool = UInt32(s.pool.count)
        if !s.currencies.isEmpty && s.currencies.count != n {
            _ = note("currencies for \(s.currencies.count) records, but there are \(n)")
            return found
        }
        if let bad = s.currencies.firstIndex(where: { $0 >= pool }) {
            guard note("record \(s.ids[bad]): its currency's code is out of range") else { return found }
        }
        var inLedger = Array(repeating: false, count: events)
        var liveCount = 0
        for r in 0..<n {
            let id = s.ids[r]
            if s.alive[r] {
                liveCount += 1
                if s.slot(of: id).map(Int.init) != r {
                    guard note("record \(id): its id does not lead to it (a duplicate, or missing from the index)") else { return found }
                }
            }
            if !liveStage(s.stages[r]) {
                guard note("record \(id): stage \(s.stages[r]) is not in the pipeline") else { return found }
            }
            if s.accounts[r] >= pool || s.owners[r] >= pool || s.sources[r] >= pool {
                guard note("record \(id): a pooled name's code is out of range") else { return found }
            }
            // The chain, newest first: back to a creation, each event the record's and in time order.
            var e = Int(s.lastEvent[r])
            guard e >= 0 else {
                guard note("record \(id): has no ledger") else { return found }
                continue
            }
            guard e < events else {
                guard note("record \(id): its last event \(e) is past the ledger's end") else { return found }
                continue
            }
            if s.eventTo[e] != s.stages[r] {
                guard note("record \(id): its stage is not where its ledger ends") else { return found }
            }
            while e >= 0 {
                if inLedger[e] || Int(s.eventRecord[e]) != r {
                    guard note("record \(id): event \(e) belongs to another ledger") else { return found }
                    break
                }
                inLedger[e] = true
                if !liveStage(s.eventTo[e]) || (s.eventFrom[e] != noStage && !liveStage(s.eventFrom[e])) {
                    guard note("record \(id): event \(e) names a stage not in the pipeline") else { return found }
                }
                if s.eventReason[e] >= pool {
                    guard note("record \(id): event \(e) has a reason code out of range") else { return found }
                }
                let previous = Int(s.eventPrevious[e])
                if previous >= events || previous < -1 {
                    guard note("record \(id): event \(e) links past the ledger") else { return found }
                    break
                }
                if previous < 0 {
                    if s.eventFrom[e] != noStage {
                        guard note("record \(id): its ledger does not start with a creation") else { return found }
                    }
                } else {
                    if s.eventFrom[e] != s.eventTo[previous] {
                        guard note("record \(id): event \(e) does not start where the one before it ended") else { return found }
                    }
                    if s.eventAt[previous] != missing && s.eventAt[e] != missing && s.eventAt[e] < s.eventAt[previous] {
                        guard note("record \(id): event \(e) comes before the one before it") else { return found }
                    }
                }
                e = previous
            }
        }
        if let stray = inLedger.firstIndex(of: false) {
            _ = note("event \(stray) is in no record's ledger")
        }
        let f = s.fieldEvents
        for i in 0..<f.count {
            guard Int(f.record[i]) < n, f.record[i] >= 0, let field = TrackedField(rawValue: f.field[i]) else {
                guard note("field event \(i) names no record or no field") else { return found }
                continue
            }
            let codes = 0..<Int64(pool)
            if (field == .owner || field == .currency) && !(codes.contains(f.old[i]) && codes.contains(f.new[i])) {
                guard note("record \(s.ids[Int(f.record[i])]): field event \(i) has a name code out of range") else { return found }
            }
        }
        if liveCount != s.liveCount {
            _ = note("\(liveCount) live records, but the store counts \(s.liveCount)")
        }
        return found
    }
}
