/// `losses [by reason|stage|FIELD]`: the records now in a lost stage, why and where they
/// were lost — count, value and share of all losses per reason (the default), per lost-at
/// stage, or per value of any field.
///
/// A record's reason is the one its move into its lost stage gave (none is a row of its own);
/// its lost-at stage is the last open stage it was in before the loss, not the lost stage it is
/// in (none for a record that was never open: created lost, or lost straight from a won stage).
/// Reasons are ranked by count, lost-at stages come in pipeline order, other fields in their
/// own order; a row with no reason or no stage comes last of its kind and reads `–`.
enum LossesReport: Report {
    static let name = "losses"
    static let examples = ["losses", "losses by stage", "losses by owner where value >= 10k", "losses as of 2026-06-30"]
    static func needsChanged(_ query: ReportQuery) -> Bool { false }
    static let selects: StageOutcome? = .lost
    static let chartColumn: String? = "count"

    /// The groupings the report makes itself: the loss's reason and its lost-at stage.
    enum Key { case reason, stage }

    /// This query's own grouping; nil for `by FIELD`, which the context groups.
    static func key(_ query: ReportQuery) -> Key? {
        guard let group = query.group else { return .reason }
        guard group.period == nil else { return nil }
        switch Names.key(group.field.value) {
        case "reason": return .reason
        case "stage": return .stage
        default: return nil
        }
    }

    static func groupsItself(_ query: ReportQuery) -> Bool { key(query) != nil }

    /// One part's tallies per key (a reason's pool code, a stage id, or a group), with one value
    /// sum per currency.
    struct Tally: Sendable {
        var count: [Int]
        var value: [Int128]

        init(keys: Int, currencies: Int) {
            count = [Int](repeating: 0, count: keys)
            value = [Int128](repeating: 0, count: keys * currencies)
        }

        mutating func add(_ other: Tally) {
            for i in count.indices { count[i] += other.count[i] }
            for i in value.indices { value[i] += other.value[i] }
        }
    }

    static func run(_ c: ReportContext) -> Table {
        let s = c.store, p = c.pipeline
        let own = key(c.query)
        let keys =
            switch own {
            case .reason: s.pool.count
            case .stage: p.stages.count + 1
            case nil: c.groupCount
            }
        let split = c.currencySplit()
        let currencies = split?.count ?? 1
        // Each currency's column among the value sums.
        let slot: [Int] = {
            var slot = [Int](repeating: 0, count: split == nil ? 0 : s.pool.count)
            for (i, code) in (split ?? []).enumerated() { slot[Int(code)] = i }
            return slot
        }()
        let open = p.stages.map { !$0.isClosed }
        let noStageKey = p.stages.count
        let parts = c.perCore { range -> Tally in
            var t = Tally(keys: keys, currencies: currencies)
            c.group.withUnsafeBufferPointer { group in
                s.eventPrevious.withUnsafeBufferPointer { previous in
                    s.eventTo.withUnsafeBufferPointer { to in
                        for r in range where group[r] >= 0 {
                            // The context selected records in a lost stage only (`selects`).
                            var k = Int(group[r])
                            if let own {
                                // The record's last event by the report's moment: the move into its lost stage.
                                var e = Int(s.lastEvent[r])
                                while e >= 0 && !c.counts(e) { e = Int(previous[e]) }
                                if own == .reason {
                                    k = e >= 0 ? Int(s.eventReason[e]) : 0
                                } else {
                                    while e >= 0 && !open[Int(to[e])] { e = Int(previous[e]) }
                                    k = e >= 0 ? Int(to[e]) : noStageKey
                                }
                            }
                            t.count[k] += 1
                            if s.values[r] != missing {
                                t.value[k * currencies + (split == nil ? 0 : slot[Int(s.currency(r))])] += Int128(s.values[r])
                            }
                        }
                    }
                }
            }
            return t
        }
        var total = parts[0]
        for t in parts.dropFirst() { total.add(t) }
        let all = total.count.reduce(0, +)
        let valueColumns =
            split.map { $0.map { Column("value \(c.currencyLabel($0))", alignment: .right, title: .message(Message.valueIn(c.currencyLabel($0)))) } }
            ?? [Column("value", alignment: .right).translated()]
        let columns = [Column("count", alignment: .right).translated()] + valueColumns + [Column("share", alignment: .right).translated()]
        func cells(_ k: Int) -> [Cell] {
            [.integer(Int64(total.count[k]))] + (0..<currencies).map { .total(total.value[k * currencies + $0]) }
                + [percent(total.count[k], of: all)]
        }
        switch own {
        case nil:
            return c.table(columns, rows: { g in [cells(g)] })
        case .reason:
            // Ranked by count, then by name; no reason last among equals.
            let used = (0..<keys).filter { total.count[$0] > 0 }
            let order = used.sorted { a, b in
                if total.count[a] != total.count[b] { return total.count[a] > total.count[b] }
                if (a == 0) != (b == 0) { return b == 0 }
                return SortKey(Value.text(s.pool[UInt32(a)])) < SortKey(Value.text(s.pool[UInt32(b)]))
            }
            let rows = order.map { k in [k == 0 ? Cell.undefined : .text(s.pool[UInt32(k)])] + cells(k) }
            return Table(columns: [Column.field("reason")] + columns, rows: rows, footer: Message.rowCount(rows.count))
        case .stage:
            let order = p.liveStages.map { Int($0) }.filter { total.count[$0] > 0 } + (total.count[noStageKey] > 0 ? [noStageKey] : [])
            let rows = order.map { k in [k == noStageKey ? Cell.undefined : .text(p[StageID(k)].name)] + cells(k) }
            return Table(columns: [Column("lost at").translated()] + columns, rows: rows, footer: Message.rowCount(rows.count))
        }
    }
}
