import Foundation

/// `funnel`: per stage, records there now (count, value), records that entered it, records
/// that reached it (entered it or a stage past it), and records lost after it, with the
/// share of the first stage and of the previous one.
///
/// Open stages come first, in pipeline order, then the won and the lost stages: a lost
/// stage is not a step after won. `reached` never grows down the funnel, as a record
/// created mid-pipeline or moved past a stage still went beyond it.
enum FunnelReport: Report {
    static let name = "funnel"
    static let examples = ["funnel", "funnel opportunities by owner", "funnel as of 2026-06-30"]
    /// What `export report funnel` takes.
    ///
    /// The command itself reads them first, in that order, and `all` too.
    static let clauses: [ReportClause] = [.kinds, .strict]
    static let grammar: Grammar = .sequence([
        .optional(.oneOf([.keyword("leads"), .keyword("opportunities"), .keyword("opps"), .keyword("all")])),
        .optional(.keyword("strict")), ReportClause.grammar([]),
    ])
    // Only open records' last changes: read for them alone (`lastChange`).
    static func needsChanged(_ query: ReportQuery) -> Bool { false }
    static let chartColumn: String? = "reached"
    /// A stage's bar ends light for the records lost there: the leak, seen beside what went on.
    static let chartLostColumn: String? = "lost here"

    /// One part's tallies: per group and column, records there now, their
    /// value, records that reached it; or per group, records by the set of
    /// columns they entered.
    struct Counts: Sendable {
        var now: [Int], value: [Int128], reached: [Int], lostHere: [Int], masks: [Int]
        /// Past 12 columns, without masks: records whose furthest open column (any open column
        /// when they entered a won one) is this one; `reached` sums them from the end.
        var furthest: [Int]

        init(_ cells: Int, masks: Int) {
            now = Array(repeating: 0, count: cells)
            value = Array(repeating: 0, count: cells)
            reached = Array(repeating: 0, count: cells)
            lostHere = Array(repeating: 0, count: cells)
            furthest = Array(repeating: 0, count: cells)
            self.masks = Array(repeating: 0, count: masks)
        }

        mutating func add(_ other: Counts) {
            for i in now.indices {
                now[i] += other.now[i]; value[i] += other.value[i]; reached[i] += other.reached[i]; lostHere[i] += other.lostHere[i]
                furthest[i] += other.furthest[i]
            }
            for i in masks.indices { masks[i] += other.masks[i] }
        }
    }

    /// The columns a record reached in the strict sense: every open stage before a column entered, each for the first time in pipeline order; a
    /// closed stage counts once all the open stages before it were passed.
    ///
    /// A skip ends the path; what came before it still counts.
    static func strictPath(_ r: Int, _ c: ReportContext, _ column: [Int], _ stages: [StageID]) -> UInt64 {
        let s = c.store, p = c.pipeline
        let open = stages.indices.filter { !p[stages[$0]].isClosed }
        var next = 0
        var broken = false
        var bits: UInt64 = 0
        for e in s.events(of: r) where c.counts(e) {
            let k = column[Int(s.eventTo[e])]
            guard k >= 0 && k < 64, !broken else { continue }
            if p[stages[k]].isClosed {
                if open[next...].allSatisfy({ $0 > k }) { bits |= 1 << UInt64(k) }
                continue
            }
            if next < open.count && open[next] == k {
                bits |= 1 << UInt64(k)
                next += 1
            } else if bits & (1 << UInt64(k)) == 0 {
                // Entered out of order: no later stage was passed in order.
                broken = true
            }
        }
        return bits
    }

    /// The columns each record entered (bit k for column k), read in one sequential pass over the ledger, a range of events per core, rather than by
    /// walking each record's chain of events: the chains jump about memory, and were most of the funnel's time.
    ///
    /// Nil past 16 columns.
    static func enteredByScan(_ c: ReportContext, bit: [UInt64], width: Int) -> [UInt16]? {
        guard width <= 16 else { return nil }
        let s = c.store, n = s.slotCount, events = s.eventCount
        let record = s.eventRecord, to = s.eventTo
        let bits = bit.map { UInt16(truncatingIfNeeded: $0) }
        let parts = events < 200_000 ? 1 : ProcessInfo.processInfo.activeProcessorCount
        let results = WorkerResults<[UInt16]>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { k in
            var entered = [UInt16](repeating: 0, count: n)
            entered.withUnsafeMutableBufferPointer { entered in
                record.withUnsafeBufferPointer { record in
                    to.withUnsafeBufferPointer { to in
                        for e in (events * k / parts)..<(events * (k + 1) / parts) where c.counts(e) {
                            entered[Int(record[e])] |= bits[Int(to[e])]
                        }
                    }
                }
            }
            results.set(k, entered)
        }
        var entered = results.take(0)
        for k in 1..<parts {
            let more = results.take(k)
            for r in 0..<n { entered[r] |= more[r] }
        }
        return entered
    }

    static func run(_ c: ReportContext) -> Table {
        let stages = c.stages
        let s = c.store
        let column: [Int] = {
            var column = [Int](repeating: -1, count: c.pipeline.stages.count)
            for (i, id) in stages.enumerated() { column[Int(id)] = i }
            return column
        }()
        let width = stages.count, groups = c.groupCount
        let bit: [UInt64] = column.map { $0 >= 0 && $0 < 64 ? 1 << UInt64($0) : 0 }
        // Records that entered the same stages are counted together, then
        // spread over those stages: one increment per record, not one per stage.
        let byMask = width <= 12
        let last = s.lastEvent, earlier = s.eventPrevious, to = s.eventTo, values = s.values, stage = c.stage
        let strict = c.query.strict
        let open = c.pipeline.stages.map { !$0.isClosed }
        let lost = c.pipeline.stages.map { $0.outcome == .lost }
        let scanned = strict ? nil : enteredByScan(c, bit: bit, width: width)
        let isOpen = stages.map { !c.pipeline[$0].isClosed }
        let openBits = (0..<min(width, 64)).filter { isOpen[$0] }.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }
        let wonBits = (0..<min(width, 64)).filter { c.pipeline[stages[$0]].outcome == .won }.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }
        let lastOpenColumn = (0..<min(width, 64)).last { isOpen[$0] } ?? -1
        // One pass over the records, a part per core; each record walks its own chain of events.
        let parts = c.perCore { slots -> Counts in
            var t = Counts(groups * width, masks: byMask ? groups << width : 0)
            // Plain local arrays and pointers: no uniqueness or bounds checks in the loop.
            var now = t.now, value = t.value, reached = t.reached, lostHere = t.lostHere, masks = t.masks, furthest = t.furthest
            c.group.withUnsafeBufferPointer { group in
                last.withUnsafeBufferPointer { last in
                    earlier.withUnsafeBufferPointer { earlier in
                        to.withUnsafeBufferPointer { to in
                            masks.withUnsafeMutableBufferPointer { masks in
                                for r in slots where group[r] >= 0 {
                                    let g = Int(group[r])
                                    let k = column[Int(stage[r])]
                                    if k >= 0 {
                                        now[g * width + k] += 1
                                        if values[r] != missing { value[g * width + k] += Int128(values[r]) }
                                    }
                                    if lost[Int(stage[r])] {
                                        // The stage it was lost from: its latest entry into an open stage by the
                                        // report's moment, one or two steps back along its chain.
                                        var e = Int(last[r])
                                        while e >= 0 && !(open[Int(to[e])] && c.counts(e)) { e = Int(earlier[e]) }
                                        if e >= 0, column[Int(to[e])] >= 0 { lostHere[g * width + column[Int(to[e])]] += 1 }
                                    }
                                    var entered: UInt64 = 0
                                    if strict {
                                        entered = strictPath(r, c, column, stages)
                                    } else if let scanned {
                                        entered = UInt64(scanned[r])
                                    } else {
                                        var e = Int(last[r])
                                        while e >= 0 {
                                            if c.counts(e) { entered |= bit[Int(to[e])] }
                                            e = Int(earlier[e])
                                        }
                                    }
                                    if byMask {
                                        masks[g << width | Int(entered)] += 1
                                    } else {
                                        let top = entered & wonBits != 0 ? lastOpenColumn : 63 - Int((entered & openBits).leadingZeroBitCount)
                                        if top >= 0 && top < 64 { furthest[g * width + top] += 1 }
                                        while entered != 0 {
                                            reached[g * width + entered.trailingZeroBitCount] += 1
                                            entered &= entered - 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            t.now = now; t.value = value; t.reached = reached; t.lostHere = lostHere; t.masks = masks; t.furthest = furthest
            return t
        }
        var total = parts[0]
        for t in parts.dropFirst() { total.add(t) }
        let now = total.now, value = total.value, masks = total.masks, lostHere = total.lostHere
        var entered = total.reached
        for (i, n) in masks.enumerated() where n > 0 {
            let g = i >> width
            var bits = UInt64(i & (1 << width - 1))
            while bits != 0 {
                entered[g * width + bits.trailingZeroBitCount] += n
                bits &= bits - 1
            }
        }
        // Reached, for an open stage: entered it, or an open stage after it, or a won stage (a
        // record created mid-pipeline or moved past a stage went beyond it); for a closed stage,
        // entered. Read from the masks, or past 12 stages from each record's furthest open
        // stage; strict keeps the stage's own entries, as it follows the path in order.
        var reached = entered
        if !byMask && !strict {
            for g in 0..<groups {
                var sum = 0
                for k in (0..<width).reversed() where isOpen[k] {
                    sum += total.furthest[g * width + k]
                    reached[g * width + k] = sum
                }
            }
        } else if byMask && !strict {
            let won = stages.indices.filter { c.pipeline[stages[$0]].outcome == .won }.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }
            let beyond: [UInt64] = (0..<width).map { k in
                guard isOpen[k] else { return 0 }
                return (k..<width).filter { isOpen[$0] }.reduce(won) { $0 | 1 << UInt64($1) }
            }
            for g in 0..<groups {
                for k in 0..<width where isOpen[k] {
                    var sum = 0
                    for mask in 0..<(1 << width) where UInt64(mask) & beyond[k] != 0 { sum += masks[g << width | mask] }
                    reached[g * width + k] = sum
                }
            }
        }
        // Rows: the open stages in pipeline order, then the won stages, then the lost ones.
        let order =
            (0..<width).filter { isOpen[$0] }
            + (0..<width).filter { c.pipeline[stages[$0]].outcome == .won }
            + (0..<width).filter { c.pipeline[stages[$0]].outcome == .lost }
        // A step's previous is the open stage before it; a won stage's is the last open one; a
        // lost stage is no step and has none.
        let previous: [Int?] = (0..<width).map { k in
            switch c.pipeline[stages[k]].outcome {
            case .lost: return nil
            case .won: return (0..<width).last { isOpen[$0] }
            case .open: return k == order[0] ? k : (0..<k).last { isOpen[$0] }
            }
        }
        // Two currencies never add up: one value column each.
        let split = c.currencySplit()
        var byCurrency: [[Int128]] = []
        if let split {
            // One pass: each record's value into its currency's column.
            var slot = [Int](repeating: 0, count: s.pool.count)
            for (i, code) in split.enumerated() { slot[Int(code)] = i }
            byCurrency = split.map { _ in [Int128](repeating: 0, count: groups * width) }
            for r in 0..<s.slotCount where c.group[r] >= 0 && s.values[r] != missing {
                let k = column[Int(c.stage[r])]
                if k >= 0 { byCurrency[slot[Int(s.currencies[r])]][Int(c.group[r]) * width + k] += Int128(s.values[r]) }
            }
        }
        let valueColumns =
            split.map { $0.map { Column("value \(c.currencyLabel($0))", alignment: .right, title: .message(Message.valueIn(c.currencyLabel($0)))) } }
            ?? [Column("value", alignment: .right).translated()]
        let columns =
            [Column("stage").translated(), Column("now", alignment: .right).translated()] + valueColumns
            + [
                Column("entered", alignment: .right).translated(), Column("reached", alignment: .right).translated(),
                Column("lost here", alignment: .right).translated(), Column("% of first", alignment: .right).translated(),
                Column("% of previous", alignment: .right).translated(),
            ]
        return c.table(
            columns,
            rows: { g in
                order.map { k in
                    let i = g * width + k
                    let values: [Cell] = split == nil ? [.total(value[i])] : byCurrency.map { .total($0[i]) }
                    return [.text(c.pipeline[stages[k]].name), .integer(Int64(now[i]))] + values + [
                        .integer(Int64(entered[i])), .integer(Int64(reached[i])),
                        isOpen[k] ? .integer(Int64(lostHere[i])) : .null,
                        percent(reached[i], of: reached[g * width + order[0]]),
                        previous[k].map { percent(reached[i], of: reached[g * width + $0]) } ?? .null,
                    ]
                }
            })
    }
}
