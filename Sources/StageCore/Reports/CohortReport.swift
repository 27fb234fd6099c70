import Foundation

/// `cohort`: records grouped by the period they were created in, with how many of each are won,
/// lost and open at the report's moment, and how many were first won within a window of their creation.
///
/// The rate is that count over the cohort's records, with its 95% Wilson interval. A cohort is
/// `mature` once its period's end plus the window lies before the report's moment: every record
/// in it has then had the whole window to be won, so its rate will not grow. A record's first entry
/// into a won stage counts, so a deal won, reopened and lost keeps its early win. Records without a
/// creation time belong to no cohort: they are counted under the table.
///
/// `by week|month|quarter` (and `day`, `year`) is the cohorts' period, month by default; `by` any
/// other field groups the cohorts as every report's `by` does.
enum CohortReport: Report {
    static let name = "cohort"
    static let examples = ["cohort", "cohort by quarter window 60d", "cohort by week where source = web as of 2026-06-30"]
    static let clauses: [ReportClause] = [.window]
    // The current stage and the first win: no record's last change is read.
    static func needsChanged(_ query: ReportQuery) -> Bool { false }
    static let chartColumn: String? = "rate"

    /// How long after its creation a record's first win counts, without `window`.
    static let defaultWindow: Int64 = 90 * 86_400

    /// Cohorts counted in arrays indexed by group and period, when there are at most this many cells;
    /// beyond (creation times centuries apart, a `by` with thousands of values) only the cells that
    /// occur are kept.
    static let denseCells = 1 << 18

    /// The query with `by week|month|quarter` read as the cohorts' period rather than a group.
    ///
    /// Elsewhere `by month` groups by the expected close's month (`forecast by month`), which says
    /// nothing of when records were created. A custom field named like a period is still a field.
    static func reading(_ query: ReportQuery, in session: Session) -> ReportQuery {
        guard query.period == nil, let key = query.group, key.period == nil,
            let period = Period(rawValue: key.field.value.lowercased()),
            session.store.customFieldNames[Names.key(key.field.value)] == nil
        else { return query }
        var q = query
        q.period = Located(period, key.range)
        q.group = nil
        return q
    }

    /// One cohort's counts.
    struct Tally: Sendable {
        var records = 0, won = 0, lost = 0, open = 0, inWindow = 0

        mutating func add(_ o: Tally) {
            records += o.records; won += o.won; lost += o.lost; open += o.open; inWindow += o.inWindow
        }

        /// One record: its outcome's slot (won 0, lost 1, open 2) and whether its first win came in the window.
        @inline(__always) mutating func add(_ outcome: UInt8, _ inWindow: Bool) {
            records += 1
            switch outcome {
            case 0: won += 1
            case 1: lost += 1
            default: open += 1
            }
            if inWindow { self.inWindow += 1 }
        }
    }

    static func run(_ c: ReportContext) throws(Diagnostic) -> Table {
        let s = c.store, groups = c.groupCount
        let periods = Periods(c.query.period?.value ?? .month)
        let window = c.query.window?.value ?? defaultWindow
        let created = s.created, group = c.group
        // The span of creation times, and the records without one.
        let spans = c.perCore { slots -> (lo: Int64, hi: Int64, unknown: Int) in
            var lo = Int64.max, hi = Int64.min, unknown = 0
            for r in slots where group[r] >= 0 {
                let t = created[r]
                if t == missing {
                    unknown += 1
                } else {
                    lo = min(lo, t)
                    hi = max(hi, t)
                }
            }
            return (lo, hi, unknown)
        }
        let lo = spans.map(\.lo).min() ?? .max, hi = spans.map(\.hi).max() ?? .min
        let unknown = spans.reduce(0) { $0 + $1.unknown }
        var cohorts = [[(key: Int64, tally: Tally)]](repeating: [], count: groups)
        if lo <= hi {
            let firstWon = firstWins(c)
            // Each stage's outcome as the slot of its count: won 0, lost 1, open 2.
            let outcome: [UInt8] = c.pipeline.stages.map { $0.outcome == .won ? 0 : $0.outcome == .lost ? 1 : 2 }
            let stage = c.stage
            let first = periods.key(lo), span = periods.key(hi) - first + 1
            // The cells of the records in `slots` that have a creation time: `cell(r, key)` says
            // which of `cells` is a record's, its creation period's `key` given.
            @Sendable func count(_ slots: Range<Int>, _ cells: inout [Tally], _ cell: (Int, Int64) -> Int) {
                group.withUnsafeBufferPointer { group in
                    created.withUnsafeBufferPointer { created in
                        stage.withUnsafeBufferPointer { stage in
                            firstWon.withUnsafeBufferPointer { firstWon in
                                cells.withUnsafeMutableBufferPointer { cells in
                                    for r in slots where group[r] >= 0 && created[r] != missing {
                                        let w = firstWon[r]
                                        cells[cell(r, periods.key(created[r]))].add(
                                            outcome[Int(stage[r])], w != missing && w - created[r] <= window)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if span <= Int64(denseCells / max(groups, 1)) {
                // A group's row of periods, the record's own creation period in it.
                let width = Int(span)
                let parts = c.perCore { slots -> [Tally] in
                    var cells = [Tally](repeating: Tally(), count: groups * width)
                    count(slots, &cells) { r, key in Int(group[r]) * width + Int(key - first) }
                    return cells
                }
                var cells = parts[0]
                for part in parts.dropFirst() { for i in cells.indices { cells[i].add(part[i]) } }
                for g in 0..<groups {
                    for k in 0..<width where cells[g * width + k].records > 0 {
                        cohorts[g].append((first + Int64(k), cells[g * width + k]))
                    }
                }
            } else {
                // Only the cells that occur, numbered as they come: one look-up per record.
                struct Key: Hashable {
                    let group: Int32
                    let period: Int64
                }
                var codes = DenseCodes<Key>()
                var cellOf = [Int32](repeating: -1, count: s.slotCount)
                for r in 0..<s.slotCount where group[r] >= 0 && created[r] != missing {
                    if r & 0xFFFF == 0xFFFF && c.session.cancellation.isRequested { throw Diagnostic(Message.interrupted) }
                    cellOf[r] = codes.code(Key(group: group[r], period: periods.key(created[r])))
                }
                let keys = codes.keys
                var cells = [Tally](repeating: Tally(), count: keys.count)
                count(0..<s.slotCount, &cells) { r, _ in Int(cellOf[r]) }
                for (key, t) in zip(keys, cells) { cohorts[Int(key.group)].append((key.period, t)) }
                for g in 0..<groups { cohorts[g].sort { $0.key < $1.key } }
            }
        }
        let columns =
            [
                Column("cohort").translated(), Column("records", alignment: .right).translated("records_counted"),
                Column("won", alignment: .right).translated(), Column("lost", alignment: .right).translated(),
                Column("open", alignment: .right).translated(), Column("won in window", alignment: .right).translated(),
            ] + RateColumns.columns(rate: "rate") + [Column("mature").translated()]
        var table = c.table(
            columns,
            rows: { g in
                cohorts[g].map { key, t in
                    [
                        .text(periods.label(key)), .integer(Int64(t.records)), .integer(Int64(t.won)), .integer(Int64(t.lost)),
                        .integer(Int64(t.open)), .integer(Int64(t.inWindow)),
                    ] + RateColumns.cells(Proportion(successes: t.inWindow, trials: t.records))
                        + [.bool(periods.end(key) + window < c.now)]
                }
            })
        if unknown > 0 { table.footer = .lines([table.footer, Message.cohortNoCreated(unknown)].compactMap { $0 }) }
        return table
    }

    /// Each record's first entry into a won stage by the report's moment (`missing` for none), read in
    /// one sequential pass over the ledger, a range of events per core.
    ///
    /// A record's events are appended in time order, so its first is its lowest: the earliest part
    /// that saw one has it.
    static func firstWins(_ c: ReportContext) -> [Int64] {
        let s = c.store, n = s.slotCount, events = s.eventCount
        let record = s.eventRecord, to = s.eventTo, at = s.eventAt
        let won = c.pipeline.stages.map { $0.outcome == .won }
        let parts = events < 200_000 ? 1 : ProcessInfo.processInfo.activeProcessorCount
        let results = WorkerResults<[Int32]>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { k in
            var first = [Int32](repeating: -1, count: n)
            first.withUnsafeMutableBufferPointer { first in
                record.withUnsafeBufferPointer { record in
                    to.withUnsafeBufferPointer { to in
                        for e in (events * k / parts)..<(events * (k + 1) / parts) where won[Int(to[e])] && c.counts(e) {
                            let r = Int(record[e])
                            if first[r] < 0 { first[r] = Int32(e) }
                        }
                    }
                }
            }
            results.set(k, first)
        }
        let found = (0..<parts).map { results.take($0) }
        var out = [Int64](repeating: missing, count: n)
        out.withUnsafeMutableBufferPointer { out in
            at.withUnsafeBufferPointer { at in
                for part in found.reversed() {
                    part.withUnsafeBufferPointer { part in
                        // Later parts first, so an earlier part's find is the one that stays.
                        for r in 0..<n where part[r] >= 0 { out[r] = at[Int(part[r])] }
                    }
                }
            }
        }
        return out
    }

    /// A period's instances as whole numbers in time order (days, weeks from Monday, months,
    /// quarters or years since the epoch, UTC), with where each starts and ends and its label.
    struct Periods: Sendable {
        let period: Period

        init(_ period: Period) { self.period = period }

        /// The period `t` lies in.
        @inline(__always) func key(_ t: Int64) -> Int64 {
            let day = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
            switch period {
            case .day: return day
            // 1970-01-01 was a Thursday: three days after a Monday.
            case .week: return day + 3 >= 0 ? (day + 3) / 7 : (day + 3 - 6) / 7
            case .month, .quarter, .year:
                let civil = Timestamp(seconds: t).civil
                let year = Int64(civil.year), month = Int64(civil.month)
                switch period {
                case .month: return year * 12 + month - 1
                case .quarter: return year * 4 + (month - 1) / 3
                default: return year
                }
            }
        }

        /// The first moment of period `key`.
        func start(_ key: Int64) -> Int64 {
            let floorDiv = { (a: Int64, b: Int64) in a >= 0 ? a / b : (a - b + 1) / b }
            switch period {
            case .day: return key * 86_400
            case .week: return (key * 7 - 3) * 86_400
            case .month:
                let year = floorDiv(key, 12)
                return Timestamp.daysFromCivil(year: Int(year), month: Int(key - year * 12) + 1, day: 1) * 86_400
            case .quarter:
                let year = floorDiv(key, 4)
                return Timestamp.daysFromCivil(year: Int(year), month: Int(key - year * 4) * 3 + 1, day: 1) * 86_400
            case .year: return Timestamp.daysFromCivil(year: Int(key), month: 1, day: 1) * 86_400
            }
        }

        /// The moment period `key` ends: the next one's start.
        func end(_ key: Int64) -> Int64 { start(key + 1) }

        /// The label `count by month(created)` gives the period too: `2026-03`, `2026-Q1`, `2026-W05`.
        func label(_ key: Int64) -> String {
            guard case .text(let text) = Grouping.bucket(.time(start(key)), period) else { return "" }
            return text
        }
    }
}
