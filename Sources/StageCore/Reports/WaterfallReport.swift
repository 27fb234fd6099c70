/// `waterfall FROM TO [for PERIOD] [show BUCKET]`: how the open pipeline at FROM became the open pipeline at TO,
/// in deals and in value, bucket by bucket.
///
/// A deal is in scope at a moment when it is an open opportunity then and, with `for PERIOD`, its expected close as
/// of that moment lies in the period. A = in scope at FROM (value vA then), B = in scope at TO (value vB then):
/// - A and B: `start` and `end`; vB − vA is `value up` or `value down`.
/// - A only, at vA: `won` or `lost` when it is in a won or lost stage at TO, else `pushed out` — still open but its
///   expected close left the period, or back among the leads.
/// - B only, at vB: `created` when it was no opportunity at FROM (not created yet, or a lead converted since),
///   `reopened` when it was closed at FROM, else `pulled in` (open at FROM, its expected close outside the period).
/// - Neither, but no opportunity at FROM and in a won or lost stage at TO, where its last move from an open stage
///   into a closed one came after FROM and it was in scope at that moment: `created` and `won`/`lost` both, at its
///   value as of that moment.
///
/// Every value and expected close is the one the record had at the moment, replayed from its field events as `as of`
/// replays them (the earliest change after a moment holds the value before it); a record without a value counts 0.
/// `where` and `by` read records as they are now, and deleted records are left out, as in every report; `as of` is
/// refused, FROM and TO being the report's moments. Subtracted buckets print negative, and value up and down count
/// no deals, so the deals column and the value column each add up to `end`, to the cent.
///
/// The stage ledger and the field ledger are each read once, in order; the records once more to sort them into
/// buckets.
enum WaterfallReport: Report {
    static let name = "waterfall"
    static let examples = [
        "waterfall 2026-09-01 2026-11-29", "waterfall 2026-Q3 2026-Q3 for 2026-Q4 by owner",
        "waterfall 2026-09-01 2026-11-29 show pushed out",
    ]
    static let clauses: [ReportClause] = [.moments, .closing, .show]
    /// FROM and TO first, then the clauses in any order.
    static var grammar: Grammar { .sequence([ReportClause.moments.grammar, ReportClause.grammar([.closing, .show])]) }
    static func needsChanged(_ query: ReportQuery) -> Bool { false }
    static let chartColumn: String? = "value"

    static func run(_ c: ReportContext) throws(Diagnostic) -> Table {
        let q = c.query
        if let asOf = q.asOf { throw Diagnostic(Message.waterfallAsOf, at: asOf.range) }
        guard let start = q.start, let end = q.end else { throw Diagnostic(Message.waterfallNeedsMoments) }
        let clock = c.session.now
        let from = start.value.resolve(now: clock), to = end.value.resolve(now: clock)
        guard from <= to else {
            throw Diagnostic(Message.waterfallBackwards(from.display, to.display), at: start.range.union(end.range))
        }
        let window = q.closing.map { $0.value.interval(now: clock) }.map { ($0.start.seconds, $0.end.seconds) }
        let moments = try Moments(
            c, from: from.seconds, to: to.seconds, expectedClose: window != nil || q.bucket != nil)
        let split = c.currencySplit()
        // Each currency's slot in a group's tallies.
        var slot = [Int](repeating: 0, count: split == nil ? 0 : c.store.pool.count)
        for (i, code) in (split ?? []).enumerated() { slot[Int(code)] = i }
        let width = split?.count ?? 1, currencies = split == nil ? [] : c.store.currencies
        let buckets = WaterfallBucket.allCases.count, cells = c.groupCount * width * buckets
        let wanted = q.bucket?.value, slots = slot
        // Each core sorts its range of records into tallies of its own.
        let parts = c.perCore { range -> Tally in
            var tally = Tally(cells: cells)
            tally.deals.withUnsafeMutableBufferPointer { deals in
                tally.values.withUnsafeMutableBufferPointer { values in
                    c.group.withUnsafeBufferPointer { group in
                        for r in range where group[r] >= 0 {
                            if r & 0xFFFF == 0xFFFF && c.session.cancellation.isRequested {
                                tally.interrupted = true
                                return
                            }
                            let base = (Int(group[r]) * width + (currencies.isEmpty ? 0 : slots[Int(currencies[r])])) * buckets
                            moments.place(r, window) { b, v in
                                deals[base + b.rawValue] += 1
                                values[base + b.rawValue] += Int128(v)
                                if b == wanted { tally.shown.append((r, b.subtracts ? -v : v)) }
                            }
                        }
                    }
                }
            }
            return tally
        }
        if parts.contains(where: \.interrupted) { throw Diagnostic(Message.interrupted) }
        var deals = [Int](repeating: 0, count: cells), values = [Int128](repeating: 0, count: cells)
        for part in parts {
            for i in 0..<cells {
                deals[i] += part.deals[i]
                values[i] += part.values[i]
            }
        }
        let shown = parts.flatMap(\.shown)
        if q.bucket != nil { return records(c, moments, shown, split: split != nil) }
        var columns = [
            Column("bucket").translated(), Column("deals", alignment: .right).translated(),
            Column("value", alignment: .right).translated(),
        ]
        if split != nil { columns.insert(Column("currency").translated(), at: 0) }
        let language = c.session.language
        return c.table(
            columns,
            rows: { g in
                (0..<width).flatMap { k -> [[Cell]] in
                    let base = (g * width + k) * buckets
                    // A group or currency no deal was in scope for has no waterfall; the whole selection always has one.
                    if (split != nil || c.groupColumn != nil) && deals[base..<(base + buckets)].allSatisfy({ $0 == 0 }) {
                        return []
                    }
                    return WaterfallBucket.allCases.map { b in
                        let sign: Int = b.subtracts ? -1 : 1
                        let row: [Cell] = [
                            .text(b.label.text(in: language)),
                            b.valueOnly ? .null : .integer(Int64(sign * deals[base + b.rawValue])),
                            .total(Int128(sign) * values[base + b.rawValue]),
                        ]
                        return split.map { [.text(c.currencyLabel($0[k]))] + row } ?? row
                    }
                }
            })
    }

    /// `show BUCKET`: one row per record of the bucket, in record order, with what it counted there (`value`, signed
    /// as the summary adds it) beside its value and expected close at FROM and at TO.
    private static func records(
        _ c: ReportContext, _ m: Moments, _ shown: [(record: Int, value: Int64)], split: Bool
    ) -> Table {
        let s = c.store, p = c.pipeline
        var columns =
            ["id", "name", "owner", "stage"].map { Column.field($0) }
            + ["value at from", "value at to"].map { Column($0, alignment: .right).translated() }
            + ["close at from", "close at to"].map { Column($0).translated() }
            + [Column("value", alignment: .right).translated()]
        if split { columns.insert(Column("currency").translated(), at: 0) }
        func amount(_ v: Int64) -> Cell { v == missing ? .null : .amount(Amount(cents: v)) }
        func time(_ t: Int64) -> Cell { t == missing ? .null : .time(Timestamp(seconds: t)) }
        var byGroup = [[[Cell]]](repeating: [], count: c.groupCount)
        for (r, value) in shown {
            let existed = m.atFrom[r] != noStage
            var row: [Cell] = [
                .text(s.ids[r]), .text(s.names[r]), s.owners[r] == 0 ? .null : .text(s.pool[s.owners[r]]),
                .text(p[c.stage[r]].name),
                existed ? amount(m.value(r, .from)) : .null, amount(m.value(r, .to)),
                existed ? time(m.expectedClose(r, .from)) : .null, time(m.expectedClose(r, .to)),
                .total(Int128(value)),
            ]
            if split { row.insert(.text(c.currencyLabel(s.currency(r))), at: 0) }
            byGroup[Int(c.group[r])].append(row)
        }
        return c.table(columns, rows: { byGroup[$0] })
    }

    /// One core's counts and sums per group, currency and bucket, and the records of the bucket `show` asks for.
    struct Tally: Sendable {
        var deals: [Int]
        var values: [Int128]
        var shown: [(record: Int, value: Int64)] = []
        var interrupted = false

        init(cells: Int) {
            deals = [Int](repeating: 0, count: cells)
            values = [Int128](repeating: 0, count: cells)
        }
    }

    /// The moments a waterfall compares, FROM, TO and each deal's close between them: every selected record's stage,
    /// value and expected close at each, replayed from the two ledgers.
    struct Moments: Sendable {
        enum Moment: Int { case from, to, close }

        let store: RecordStore
        /// Each record's stage at FROM and at TO (`noStage`: not created yet).
        var atFrom: [StageID], atTo: [StageID]
        /// When the record last moved from an open opportunity stage into a closed one, after FROM and by TO
        /// (`missing`: it did not).
        var closedAt: [Int64]
        /// Per moment, each record's earliest value change after it (-1: none since), moment by moment (`Moment`
        /// times the slot count, plus the slot): that change's `old` is the value at the moment.
        var valueAfter: [Int32]
        /// The same for the expected close; empty when the report does not read it.
        var closeAfter: [Int32]
        let slots: Int
        let openOpportunity: [Bool], kinds: [RecordKind], outcomes: [StageOutcome]

        /// Reads the stage ledger, then the field ledger, each once in order; `expectedClose`: whether the expected
        /// close is replayed too (`for PERIOD`, `show`).
        init(_ c: ReportContext, from: Int64, to: Int64, expectedClose: Bool) throws(Diagnostic) {
            let s = c.store, p = c.pipeline, n = s.slotCount
            store = s
            slots = n
            let openOpportunity = p.stages.map { $0.kind == .opportunity && !$0.isClosed }
            self.openOpportunity = openOpportunity
            kinds = p.stages.map(\.kind)
            outcomes = p.stages.map(\.outcome)
            let closedOpportunity = p.stages.map { $0.kind == .opportunity && $0.isClosed }
            // A move that closes a deal, by its from and to stages (a stage id past the table is no stage).
            let stageCount = p.stages.count
            var closes = [Bool](repeating: false, count: stageCount * stageCount)
            for f in 0..<stageCount where openOpportunity[f] {
                for t in 0..<stageCount where closedOpportunity[t] { closes[f * stageCount + t] = true }
            }
            var atFrom = [StageID](repeating: noStage, count: n), atTo = atFrom
            var closedAt = [Int64](repeating: missing, count: n)
            let cancellation = c.session.cancellation
            var interrupted = false
            // A record's events are in time order: the last one by a moment gives its stage then. An event of unknown
            // time counts at every moment, as `as of` counts it.
            atFrom.withUnsafeMutableBufferPointer { atFrom in
                atTo.withUnsafeMutableBufferPointer { atTo in
                    closedAt.withUnsafeMutableBufferPointer { closedAt in
                        s.eventAt.withUnsafeBufferPointer { at in
                            s.eventRecord.withUnsafeBufferPointer { record in
                                s.eventFrom.withUnsafeBufferPointer { fromStage in
                                    s.eventTo.withUnsafeBufferPointer { toStage in
                                        for e in 0..<at.count {
                                            if e & 0xFFFFF == 0xFFFFF && cancellation.isRequested {
                                                interrupted = true
                                                return
                                            }
                                            let t = at[e]
                                            guard t == missing || t <= to else { continue }
                                            let r = Int(record[e]), stage = toStage[e]
                                            atTo[r] = stage
                                            if t == missing || t <= from {
                                                atFrom[r] = stage
                                            } else if Int(fromStage[e]) < stageCount
                                                && closes[Int(fromStage[e]) * stageCount + Int(stage)]
                                            {
                                                closedAt[r] = t
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if interrupted { throw Diagnostic(Message.interrupted) }
            self.atFrom = atFrom
            self.atTo = atTo
            self.closedAt = closedAt
            // The earliest change after each moment, by time rather than by place in the ledger: a frozen clock set
            // back can record a record's changes out of order.
            let f = s.fieldEvents
            var valueAfter = [Int32](repeating: -1, count: 3 * n)
            var closeAfter = expectedClose ? valueAfter : []
            let value = TrackedField.value.rawValue, close = TrackedField.expectedClose.rawValue
            let closedAtDone = closedAt
            valueAfter.withUnsafeMutableBufferPointer { valueAfter in
                closeAfter.withUnsafeMutableBufferPointer { closeAfter in
                    f.at.withUnsafeBufferPointer { at in
                        f.record.withUnsafeBufferPointer { record in
                            f.field.withUnsafeBufferPointer { field in
                                for i in 0..<at.count {
                                    let k = field[i], t = at[i]
                                    // Every moment is FROM or later: an earlier change is part of every value replayed.
                                    guard k == value || (expectedClose && k == close), t != missing, t > from else { continue }
                                    let r = Int(record[i])
                                    let after = k == value ? valueAfter : closeAfter
                                    func note(_ m: Moment) {
                                        let j = m.rawValue * n + r, e = Int(after[j])
                                        if e < 0 || t < at[e] { after[j] = Int32(i) }
                                    }
                                    note(.from)
                                    if t > to { note(.to) }
                                    let closed = closedAtDone[r]
                                    if closed != missing && t > closed { note(.close) }
                                }
                            }
                        }
                    }
                }
            }
            self.valueAfter = valueAfter
            self.closeAfter = closeAfter
        }

        /// Record `r`'s value at moment `m`, in cents (`missing`: none).
        @inline(__always)
        func value(_ r: Int, _ m: Moment) -> Int64 {
            let e = Int(valueAfter[m.rawValue * slots + r])
            return e < 0 ? store.values[r] : store.fieldEvents.old[e]
        }

        /// Record `r`'s expected close at moment `m` (`missing`: none).
        @inline(__always)
        func expectedClose(_ r: Int, _ m: Moment) -> Int64 {
            let e = Int(closeAfter[m.rawValue * slots + r])
            return e < 0 ? store.expectedClose[r] : store.fieldEvents.old[e]
        }

        /// Hands `add` each bucket record `r` falls in with the value it adds there, unsigned: none, or two — start
        /// and end, with a value change a third; a deal in or out and start or end; or created and closed.
        @inline(__always)
        func place(_ r: Int, _ window: (Int64, Int64)?, _ add: (WaterfallBucket, Int64) -> Void) {
            let sf = atFrom[r], st = atTo[r]
            guard st != noStage else { return }
            func inPeriod(_ m: Moment) -> Bool {
                guard let (lo, hi) = window else { return true }
                let t = expectedClose(r, m)
                return t != missing && t >= lo && t < hi
            }
            func cents(_ m: Moment) -> Int64 {
                let v = value(r, m)
                return v == missing ? 0 : v
            }
            let inA = sf != noStage && openOpportunity[Int(sf)] && inPeriod(.from)
            let inB = openOpportunity[Int(st)] && inPeriod(.to)
            // No opportunity at FROM: not created yet, or still a lead.
            let newOpportunity = sf == noStage || kinds[Int(sf)] == .lead
            switch (inA, inB) {
            case (true, true):
                let a = cents(.from), b = cents(.to)
                add(.start, a)
                add(.end, b)
                if b > a { add(.valueUp, b - a) } else if b < a { add(.valueDown, a - b) }
            case (true, false):
                let a = cents(.from)
                add(.start, a)
                add(outcome(st) ?? .pushedOut, a)
            case (false, true):
                let b = cents(.to)
                let closedAtFrom = !newOpportunity && outcomes[Int(sf)] != .open
                add(newOpportunity ? .created : (closedAtFrom ? .reopened : .pulledIn), b)
                add(.end, b)
            case (false, false):
                // Created after FROM and closed by TO, in scope at its close (which left an open opportunity stage):
                // counted in and out at its value then.
                guard newOpportunity, let out = outcome(st), closedAt[r] != missing, inPeriod(.close) else { return }
                let v = cents(.close)
                add(.created, v)
                add(out, v)
            }
        }

        /// `won` or `lost` for a record in a won or lost opportunity stage; nil otherwise.
        private func outcome(_ stage: StageID) -> WaterfallBucket? {
            guard kinds[Int(stage)] == .opportunity else { return nil }
            switch outcomes[Int(stage)] {
            case .won: return .won
            case .lost: return .lost
            case .open: return nil
            }
        }
    }
}
