import Foundation

/// What every report starts from: the selected records, their stage and last
/// change as of the report's moment, and the group each belongs to.
///
/// `as of DATE` replays the ledger: a record's stage is the `to` of its last
/// event at or before that moment, and a record with no such event did not
/// exist yet. Events are read from the flat ledger arrays, never per record.
struct ReportContext: Sendable {
    let session: Session
    let query: ReportQuery
    let store: RecordStore
    let pipeline: Pipeline
    /// The report's moment: `as of`, else the session clock.
    let now: Int64
    /// Only events at or before this time count (nil: all of them).
    let cutoff: Int64?
    /// Each record's stage at the moment (`noStage`: not selected or not yet created).
    var stage: [StageID]
    /// Each record's last stage change at the moment.
    var changed: [Int64]
    /// Each record's group (-1: not selected).
    var group: [Int32]
    /// The groups' labels, in display order.
    var groups: [Cell] = []
    /// The group column's name, when there is a `by`.
    var groupColumn: String?

    /// `needsChanged`: whether the report reads each record's last change (winrate windows, cycle, dwell); the others skip that pass.
    ///
    /// `selects`: the outcome of the stages whose records the report counts alone (open: stuck, forecast; lost:
    /// losses), so records in other stages are not selected and form no group; nil: every stage.
    ///
    /// `grouping`: false when the report groups the records itself (its `by` is one of its own): they are then
    /// selected in one group.
    init(
        _ session: Session, _ query: ReportQuery, needsChanged: Bool = true, selects: StageOutcome? = nil, grouping: Bool = true
    ) throws(Diagnostic) {
        self.session = session
        self.query = query
        pipeline = session.pipeline
        let cutoff = try query.asOf.map { (d) throws(Diagnostic) in d.value.resolve(now: session.now).seconds }
        store = cutoff.map { ReportContext.replayed(session.store, at: $0) } ?? session.store
        self.cutoff = cutoff
        now = cutoff ?? session.now.seconds
        let n = store.slotCount
        stage = [StageID](repeating: noStage, count: n)
        changed = needsChanged || query.asOf != nil ? [Int64](repeating: missing, count: n) : []
        group = [Int32](repeating: -1, count: n)
        if let cutoff {
            // The last event at or before the cutoff; a record's events are in time order.
            var best = [Int32](repeating: -1, count: n)
            for e in 0..<store.eventCount {
                if e & 0xFFFFF == 0xFFFFF && session.cancellation.isRequested { throw Diagnostic(Message.interrupted) }
                let at = store.eventAt[e]
                guard at == missing || at <= cutoff else { continue }
                let r = Int(store.eventRecord[e])
                let b = Int(best[r])
                if b < 0 || (store.eventAt[b] == missing || at >= store.eventAt[b]) { best[r] = Int32(e) }
            }
            for r in 0..<n where best[r] >= 0 {
                stage[r] = store.eventTo[Int(best[r])]
                changed[r] = store.eventAt[Int(best[r])]
            }
        } else {
            stage = store.stages
            if needsChanged {
                let last = store.lastEvent, at = store.eventAt
                for r in 0..<n where last[r] >= 0 { changed[r] = at[Int(last[r])] }
            }
        }
        try select(only: selects, grouping: grouping)
    }

    /// A record's last stage change at the moment: read from `changed` when the context read it
    /// for every record, else from the ledger (a report that needs it for few records).
    func lastChange(_ r: Int) -> Int64 {
        if !changed.isEmpty { return changed[r] }
        let e = store.lastEvent[r]
        return e < 0 ? missing : store.eventAt[Int(e)]
    }

    /// The store with each tracked field (value, expected close, owner) as it
    /// stood at `cutoff`: the earliest change after it holds the value before.
    static func replayed(_ store: RecordStore, at cutoff: Int64) -> RecordStore {
        let f = store.fieldEvents
        guard f.count > 0 else { return store }
        var s = store
        var earliest = [[Int32]](repeating: [], count: TrackedField.allCases.count)
        for i in 0..<f.count where f.at[i] != missing && f.at[i] > cutoff {
            let k = Int(f.field[i]), r = Int(f.record[i])
            if earliest[k].isEmpty { earliest[k] = [Int32](repeating: -1, count: store.slotCount) }
            let e = Int(earliest[k][r])
            if e < 0 || f.at[i] < f.at[e] { earliest[k][r] = Int32(i) }
        }
        for (k, firsts) in earliest.enumerated() where !firsts.isEmpty {
            for r in firsts.indices where firsts[r] >= 0 {
                let old = f.old[Int(firsts[r])]
                switch TrackedField(rawValue: UInt8(k)) {
                case .value: s.values[r] = old
                case .expectedClose: s.expectedClose[r] = old
                case .owner: s.owners[r] = UInt32(old)
                case .currency: _ = s.setField(r, .currency(UInt32(old)))
                case .probability, nil: break
                }
            }
        }
        return s
    }

    /// Applies kinds, `where` and `by`: `group[r]` for each selected record.
    private mutating func select(only outcome: StageOutcome?, grouping: Bool) throws(Diagnostic) {
        // Under `as of`, `where stage = X` means the stage as it was then, and so do the fields.
        var workspace = session.workspace
        workspace.store = store
        let filterReader = FieldReader(workspace: workspace, now: now, asOf: cutoff == nil ? nil : (stage, changed))
        let predicate = try query.filter.map { (e) throws(Diagnostic) in try FilterCompiler(reader: filterReader).compile(e) }
        var kindOfStage = [RecordKind](repeating: .lead, count: pipeline.stages.count)
        for (i, s) in pipeline.stages.enumerated() { kindOfStage[i] = s.kind }
        // Stages whose records are left out: none, or those of another outcome.
        let skipped = pipeline.stages.map { s in outcome.map { s.outcome != $0 } ?? false }
        let key = grouping ? query.group : nil
        if predicate == nil && key == nil && query.kinds == .all {
            // Every live record, one group: no list of the selected to build.
            groups = [.null]
            let alive = store.alive
            for r in 0..<store.slotCount where alive[r] && stage[r] != noStage && !skipped[Int(stage[r])] { group[r] = 0 }
            return
        }
        // The selected records are marked in `group` (0) rather than listed: a
        // list of a million slots would cost more than reading `group` again.
        // The loops below only ever set a selected record's group to another
        // group (≥ 0), so `group[r] >= 0` keeps meaning "selected".
        for r in 0..<store.slotCount where store.alive[r] && stage[r] != noStage && !skipped[Int(stage[r])] {
            // A `where` with `~` reads every name: the longest pass a report makes.
            if r & 0xFFFF == 0xFFFF && session.cancellation.isRequested { throw Diagnostic(Message.interrupted) }
            if case .only(let k) = query.kinds, kindOfStage[Int(stage[r])] != k { continue }
            if let predicate, !predicate(r) { continue }
            group[r] = 0
        }
        guard let key else {
            groups = [.null]
            return
        }
        var field: Field, period = key.period
        if period == nil, let p = Period(rawValue: key.field.value.lowercased()),
            store.customFieldNames[Names.key(key.field.value)] == nil
        {
            // `forecast by month`: a period alone means the expected close's.
            field = .expectedClose
            period = p
        } else {
            field = try FieldResolver(store: store).resolve(key.field)
        }
        if let period, field.type != .time {
            throw Diagnostic(Message.periodNeedsDate(period.rawValue, field.name), at: key.range)
        }
        groupColumn = period.map { "\($0.rawValue)(\(field.name))" } ?? field.name
        let reader = filterReader
        // Stages and pooled names are small integers already: group by them directly.
        if period == nil, let codes = codeColumn(field) {
            var used = [Int32](repeating: -1, count: codes.count)
            var present: [Int] = []
            // Read through buffers: these two passes over every record are most of a grouped
            // report's time, and the checked array accesses double them.
            group.withUnsafeBufferPointer { group in
                codes.of.withUnsafeBufferPointer { of in
                    for r in 0..<group.count where group[r] >= 0 {
                        let code = Int(of[r])
                        if used[code] < 0 { used[code] = 0; present.append(code) }
                    }
                }
            }
            let labels = present.map { codes.label($0) }
            let order = present.indices.sorted { a, b in
                let x = SortKey(labels[a]), y = SortKey(labels[b])
                return x == y ? a < b : x < y
            }
            for (rank, i) in order.enumerated() { used[present[i]] = Int32(rank) }
            group.withUnsafeMutableBufferPointer { group in
                codes.of.withUnsafeBufferPointer { of in
                    for r in 0..<group.count where group[r] >= 0 { group[r] = used[Int(of[r])] }
                }
            }
            groups = order.map { reader.cell(labels[$0]) }
            return
        }
        var codes = DenseCodes<Value>()
        for r in group.indices where group[r] >= 0 {
            var v: Value = field == .stage ? .stage(position: pipeline.position(stage[r]), stage[r]) : reader.value(field, r)
            if let period { v = Grouping.bucket(v, period) }
            group[r] = codes.code(v)
        }
        let labels = codes.keys
        // Groups in the field's natural order, missing values last.
        let order = labels.indices.sorted { a, b in
            let x = SortKey(labels[a]), y = SortKey(labels[b])
            return x == y ? a < b : x < y
        }
        var rank = [Int32](repeating: 0, count: labels.count)
        for (i, g) in order.enumerated() { rank[g] = Int32(i) }
        for r in group.indices where group[r] >= 0 { group[r] = rank[Int(group[r])] }
        groups = order.map { reader.cell(labels[$0]) }
    }

    /// A field whose values are small integers per record, with how to label each.
    struct CodeColumn {
        let count: Int
        /// Each record's code.
        let of: [UInt32]
        let label: (Int) -> Value
    }

    private func codeColumn(_ field: Field) -> CodeColumn? {
        let store = self.store, pipeline = self.pipeline, stage = self.stage
        switch field {
        case .stage:
            return CodeColumn(
                count: pipeline.stages.count, of: stage.map { UInt32($0) },
                label: { .stage(position: pipeline.position(StageID($0)), StageID($0)) })
        case .owner, .account, .source:
            return CodeColumn(
                count: store.pool.count, of: store.codes(of: field)!,
                label: { $0 == 0 ? .null : .text(store.pool[UInt32($0)]) })
        default:
            return nil
        }
    }

    var groupCount: Int { groups.count }

    /// Runs `body` on the record slots split in one range per core, at once; the results in slot order.
    ///
    /// Small sessions take one range.
    func perCore<T>(_ body: @Sendable (Range<Int>) -> T) -> [T] {
        let n = store.slotCount
        let parts = n < 50_000 ? 1 : ProcessInfo.processInfo.activeProcessorCount
        let results = WorkerResults<T>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { k in
            results.set(k, body((n * k / parts)..<(n * (k + 1) / parts)))
        }
        return (0..<parts).map { results.take($0) }
    }

    /// Whether event `e` happened by the report's moment.
    @inline(__always) func counts(_ e: Int) -> Bool {
        guard let cutoff else { return true }
        let at = store.eventAt[e]
        return at == missing || at <= cutoff
    }

    /// The stages a report walks, in pipeline order: leads then opportunities, or one kind.
    var stages: [StageID] {
        switch query.kinds {
        case .all: pipeline.liveStages
        case .only(let k): pipeline.order(k)
        }
    }

    /// Rows for each group, with the group's label first when there is a `by`.
    ///
    /// The currencies of the selected records when they have more than one, in name order, no currency last: sums of
    /// value are then split by them, since two currencies never add up. Nil when one (or none) covers them all.
    func currencySplit() -> [UInt32]? {
        guard !store.currencies.isEmpty else { return nil }
        var seen = Set<UInt32>()
        for r in 0..<store.slotCount where group[r] >= 0 { seen.insert(store.currencies[r]) }
        guard seen.count > 1 else { return nil }
        return seen.sorted { a, b in a == 0 ? false : b == 0 ? true : store.pool[a] < store.pool[b] }
    }

    /// A currency's label in a split report: its code, or `–` for records without one.
    func currencyLabel(_ code: UInt32) -> String { code == 0 ? "–" : store.pool[code] }

    func table(_ columns: [Column], rows: (Int) -> [[Cell]]) -> Table {
        var cols = columns
        var out: [[Cell]] = []
        if let groupColumn {
            cols.insert(Column.field(groupColumn), at: 0)
            for g in 0..<groupCount { out += rows(g).map { [groups[g]] + $0 } }
        } else {
            out = rows(0)
        }
        return Table(columns: cols, rows: out, footer: Message.rowCount(out.count))
    }
}

/// The share of `part` in `whole` as a percentage cell; `–` when `whole` is 0.
func percent(_ part: Int, of whole: Int) -> Cell {
    whole == 0 ? .undefined : .percent(Double(part) * 100 / Double(whole))
}

/// Mean, median and 90th percentile (linear interpolation, as DuckDB's
/// quantile_cont) of a sample, in days.
func statistics(_ seconds: inout [Int64]) -> (Cell, Cell, Cell) {
    guard !seconds.isEmpty else { return (.undefined, .undefined, .undefined) }
    let days = { (s: Double) -> Cell in .number(s / 86_400, decimals: 2) }
    let total = seconds.reduce(0.0) { $0 + Double($1) }
    let q = quantiles(&seconds, [0.5, 0.9])
    return (days(total / Double(seconds.count)), days(q[0]), days(q[1]))
}
