/// Builds each record's stage ledger and field events from its tracked changes.
///
/// A record is created, at its creation time, where its first tracked change says it was
/// (the stage it left, a lead if it was converted since, archived if it was restored
/// since); each message that changes its stage, its type or its archived flag then moves
/// it, one event per message: a conversion is a `convert`, an archiving a move into
/// `Lost` with the reason of that moment, a restore a move out of it. When the replay does
/// not end where the record is now (a change made with tracking off), a last move takes it
/// there. A record without any such change gets the implied ledger of an import: created
/// in its kind's first stage, converted when Odoo says it was, moved to its stage when the
/// stage last changed, lost when it was closed.
struct OdooLedger {
    let leads: OdooLeads
    let tracking: OdooTracking
    var pipeline: OdooPipeline
    /// Records given the implied ledger, and records whose history did not end where they are.
    private(set) var implied = 0
    private(set) var disagreeing = 0

    /// Appends the ledger and field events of record `r` to `store`.
    mutating func build(_ r: Int, into store: inout RecordStore) {
        let rows = tracking.rows(of: r)
        let slot = Int32(r)
        var moves = false
        for i in rows where tracking.field[Int(i)].movesStage {
            moves = true
            break
        }
        if moves { replay(r, rows, into: &store) } else { imply(r, into: &store) }
        for i in rows {
            let k = Int(i)
            guard let field = tracking.field[k].tracked, tracking.old[k] != tracking.new[k] else { continue }
            store.fieldEvents.append(
                FieldEvent(
                    record: slot, field: field, at: max(tracking.at[k], leads.created[r]), cause: .import,
                    old: tracking.old[k], new: tracking.new[k]))
        }
    }

    /// Where a record is in the session for Odoo's stage, its type and whether it is lost.
    private mutating func place(_ odooStage: Int64, lead: Bool, lost: Bool) -> StageID {
        if lost { return pipeline.lost }
        // Odoo can mark a lead won without converting it: it is then a won deal.
        if lead && !pipeline.isWon(odooStage) {
            pipeline.leadUsed = true
            return pipeline.lead
        }
        return pipeline.stage(odooStage) ?? pipeline.firstOpen
    }

    /// The ledger from the tracked changes.
    private mutating func replay(_ r: Int, _ rows: ArraySlice<Int32>, into store: inout RecordStore) {
        let t = tracking
        var firstStage: Int64?, typeChanges = 0, firstActive: Int64?
        for i in rows {
            let k = Int(i)
            switch t.field[k] {
            case .stage: if firstStage == nil { firstStage = t.old[k] != 0 ? t.old[k] : t.new[k] }
            case .type: typeChanges += 1
            case .active: if firstActive == nil { firstActive = t.old[k] }
            default: break
            }
        }
        var odooStage = firstStage ?? leads.stage[r]
        // Each tracked type change flips it; an odd number since creation means the other type then.
        var lead = typeChanges % 2 == 0 ? leads.isLead[r] : !leads.isLead[r]
        var lost = firstActive == 0
        var reason: UInt32 = 0
        let created = leads.created[r]
        var current = place(odooStage, lead: lead, lost: lost)
        var last = created
        append(r, from: noStage, to: current, at: created, cause: .create, into: &store)
        var k = rows.startIndex
        while k < rows.endIndex {
            // One message is one write: all its changes make one move.
            let message = t.message[Int(rows[k])]
            var converted = false
            var at = missing
            while k < rows.endIndex && t.message[Int(rows[k])] == message {
                let i = Int(rows[k])
                at = t.at[i]
                switch t.field[i] {
                case .stage: if t.new[i] != 0 { odooStage = t.new[i] }
                case .type:
                    lead.toggle()
                    converted = !lead
                case .active: lost = t.new[i] == 0
                case .reason: reason = UInt32(clamping: t.new[i])
                default: break
                }
                k += 1
            }
            let to = place(odooStage, lead: lead, lost: lost)
            guard to != current else { continue }
            last = max(last, at == missing ? last : at)
            let why: UInt32 = to == pipeline.lost ? (reason != 0 ? reason : leads.reason[r]) : 0
            append(r, from: current, to: to, at: last, cause: converted ? .convert : .import, reason: why, into: &store)
            current = to
        }
        let now = place(leads.stage[r], lead: leads.isLead[r], lost: leads.lost[r])
        if now != current {
            disagreeing += 1
            let at = max(last, settledAt(r, now))
            append(r, from: current, to: now, at: at, cause: .import, reason: now == pipeline.lost ? leads.reason[r] : 0, into: &store)
        }
    }

    /// When a record reached the stage it is in now, as crm_lead's dates tell.
    private func settledAt(_ r: Int, _ stage: StageID) -> Int64 {
        let closed = leads.closed[r], update = leads.lastStageUpdate[r], written = leads.written[r]
        if pipeline.isClosed(stage), closed != missing { return closed }
        if update != missing { return update }
        return written
    }

    /// The implied ledger of a record without tracked stage changes, as `import records`
    /// makes it: created in its kind's first stage and moved to its stage when that last
    /// changed, or created in its stage when that was at its creation (a bulk import).
    private mutating func imply(_ r: Int, into store: inout RecordStore) {
        implied += 1
        let created = leads.created[r]
        let wasLead = leads.isLead[r] || (leads.conversion[r] != missing && leads.conversion[r] > created)
        let standing = place(leads.stage[r], lead: leads.isLead[r], lost: false)
        let settled = settledAt(r, standing)
        let moved = created == missing || (settled != missing && settled > created)
        let first = wasLead ? place(0, lead: true, lost: false) : moved ? pipeline.firstOpen : standing
        var current = first, last = created
        append(r, from: noStage, to: first, at: created, cause: .create, into: &store)
        func step(_ to: StageID, _ at: Int64, _ cause: Cause, reason: UInt32 = 0) {
            guard to != current else { return }
            last = max(last, at == missing ? last : at)
            append(r, from: current, to: to, at: last, cause: cause, reason: reason, into: &store)
            current = to
        }
        if wasLead && !leads.isLead[r] { step(standing, leads.conversion[r], .convert) }
        step(standing, settled, .import)
        if leads.lost[r] { step(pipeline.lost, settledAt(r, pipeline.lost), .import, reason: leads.reason[r]) }
    }

    private func append(
        _ r: Int, from: StageID, to: StageID, at: Int64, cause: Cause, reason: UInt32 = 0, into store: inout RecordStore
    ) {
        store.appendEvent(LedgerEvent(record: Int32(r), from: from, to: to, at: at, cause: cause, reason: reason))
    }
}
