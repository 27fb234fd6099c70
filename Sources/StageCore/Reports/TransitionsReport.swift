/// `transitions [since D] [until D]`: every stage move in the window (creations aside), counted
/// per pair of stages: the moves, and the records that made them.
///
/// The rows are long, a pair each (`from, to, moves, records`, in pipeline order of from, then
/// of to), as CSV, TSV, JSON, Markdown and charts read them. A terminal (`format table`) shows
/// the same moves as a matrix instead: a row per from-stage, a column per to-stage, with totals,
/// a move back (to an earlier stage, or out of a closed one) marked `←` and explained under it;
/// `order by` or `limit` rank the long rows, which the terminal then shows. `where` and `by`
/// select and group records (as of the report's moment); the window is `since` (inclusive) to
/// `until` (exclusive), and `as of` counts only the moves made by then.
enum TransitionsReport: Report {
    static let name = "transitions"
    static let examples = ["transitions", "transitions since 2026-01-01 until 2026-04-01", "transitions by owner where kind = opportunity"]
    static let clauses: [ReportClause] = [.since, .until]
    static func needsChanged(_ query: ReportQuery) -> Bool { false }
    static let chartColumn: String? = "moves"

    /// What marks a move back in the matrix.
    static let backMark = "←"

    /// One pair of stages in one group, with moves.
    struct Pair: Sendable {
        var group: Int
        var from: StageID
        var to: StageID
        var moves: Int
        var records: Int
    }

    /// Past this many group × pair cells the tallies are sparse: a `by` of many values (`by
    /// name`) would otherwise hold a dense array per core of that many counts.
    static let denseCells = 1 << 21

    /// Whether a move goes back: across kinds from an opportunity to a lead, or within a kind to
    /// a stage of lower rank (out of a closed stage into an open one, or to an earlier open stage).
    static func isBack(_ from: StageID, _ to: StageID, _ p: Pipeline) -> Bool {
        let a = p[from], b = p[to]
        if a.kind != b.kind { return a.kind == .opportunity }
        return p.rank(to) < p.rank(from)
    }

    static func run(_ c: ReportContext) throws(Diagnostic) -> Table {
        let p = c.pipeline
        let since = try c.query.since.map { (d) throws(Diagnostic) in d.value.resolve(now: c.session.now).seconds }
        let until = try c.query.until.map { (d) throws(Diagnostic) in d.value.resolve(now: c.session.now).seconds }
        let (cells, movers) = tally(c, since: since, until: until)
        // Pairs in pipeline order of from, then of to (leads, then opportunities).
        var position = [Int](repeating: Int.max, count: p.stages.count)
        for (k, id) in p.liveStages.enumerated() { position[Int(id)] = k }
        var byGroup = [[Pair]](repeating: [], count: c.groupCount)
        for cell in cells { byGroup[cell.group].append(cell) }
        for g in byGroup.indices where byGroup[g].count > 1 {
            byGroup[g].sort { (position[Int($0.from)], position[Int($0.to)]) < (position[Int($1.from)], position[Int($1.to)]) }
        }
        let columns = [
            Column("from").translated(), Column("to").translated(), Column("moves", alignment: .right).translated(),
            Column("records", alignment: .right).translated(),
        ]
        var table = c.table(
            columns,
            rows: { g in
                byGroup[g].map { [.text(p[$0.from].name), .text(p[$0.to].name), .integer(Int64($0.moves)), .integer(Int64($0.records))] }
            })
        table.alignedLayout = matrix(byGroup, movers: movers, c, position: position)
        return table
    }

    /// Every group × pair cell with moves in the window, and how many records made a move.
    ///
    /// Each record's events are walked together, newest first, so a pair's records are counted
    /// once each by the mark of the last record that made it.
    static func tally(_ c: ReportContext, since: Int64?, until: Int64?, denseLimit: Int = denseCells) -> (cells: [Pair], movers: Int) {
        let s = c.store, n = c.pipeline.stages.count, pairs = n * n
        let size = c.groupCount * pairs
        let dense = size <= denseLimit
        let parts = c.perCore { range -> (cells: [Pair], movers: Int) in
            var moves = [Int](repeating: 0, count: dense ? size : 0), records = moves
            var stamp = [Int32](repeating: -1, count: dense ? size : 0)
            var sparse: [Int: (moves: Int, records: Int, stamp: Int32)] = [:]
            var movers = 0
            c.group.withUnsafeBufferPointer { group in
                s.eventPrevious.withUnsafeBufferPointer { previous in
                    s.eventFrom.withUnsafeBufferPointer { from in
                        s.eventTo.withUnsafeBufferPointer { to in
                            s.eventAt.withUnsafeBufferPointer { at in
                                for r in range where group[r] >= 0 {
                                    let base = Int(group[r]) * pairs
                                    var moved = false
                                    var e = Int(s.lastEvent[r])
                                    while e >= 0 {
                                        defer { e = Int(previous[e]) }
                                        let f = from[e]
                                        guard f != noStage, c.counts(e) else { continue }
                                        let time = at[e]
                                        if let since, time == missing || time < since { continue }
                                        if let until, time == missing || time >= until { continue }
                                        let i = base + Int(f) * n + Int(to[e])
                                        moved = true
                                        if dense {
                                            moves[i] += 1
                                            if stamp[i] != Int32(r) { stamp[i] = Int32(r); records[i] += 1 }
                                        } else {
                                            var v = sparse[i] ?? (0, 0, -1)
                                            v.moves += 1
                                            if v.stamp != Int32(r) { v.stamp = Int32(r); v.records += 1 }
                                            sparse[i] = v
                                        }
                                    }
                                    if moved { movers += 1 }
                                }
                            }
                        }
                    }
                }
            }
            func pair(_ i: Int, _ m: Int, _ k: Int) -> Pair {
                Pair(group: i / pairs, from: StageID((i % pairs) / n), to: StageID(i % n), moves: m, records: k)
            }
            let cells =
                dense
                ? moves.indices.filter { moves[$0] > 0 }.map { pair($0, moves[$0], records[$0]) }
                : sparse.map { pair($0.key, $0.value.moves, $0.value.records) }
            return (cells, movers)
        }
        // A record is in one part: the parts' counts of one cell add up.
        var merged: [Int: Pair] = [:]
        var movers = 0
        for part in parts {
            movers += part.movers
            for cell in part.cells {
                let key = cell.group * pairs + Int(cell.from) * n + Int(cell.to)
                if var known = merged[key] {
                    known.moves += cell.moves
                    known.records += cell.records
                    merged[key] = known
                } else {
                    merged[key] = cell
                }
            }
        }
        return (Array(merged.values), movers)
    }

    /// The moves as a from × to matrix, per group: the stages something left as rows, those
    /// something entered as columns, both in pipeline order, with a total of each row and column.
    static func matrix(_ byGroup: [[Pair]], movers: Int, _ c: ReportContext, position: [Int]) -> Table {
        let p = c.pipeline
        let language = c.session.language
        var usedTo = Set<StageID>()
        for pairs in byGroup { for pair in pairs { usedTo.insert(pair.to) } }
        let tos = usedTo.sorted { position[Int($0)] < position[Int($1)] }
        var column = [Int](repeating: -1, count: p.stages.count)
        for (k, id) in tos.enumerated() { column[Int(id)] = k }
        var anyBack = false
        // A count, marked when the move goes back; the others padded as wide, so the digits line up.
        func text(_ count: Int, back: Bool) -> Cell {
            guard count > 0 else { return .null }
            let digits = CellText.display(.integer(Int64(count)), language: language)
            if back { anyBack = true }
            return .text(back ? digits + " " + backMark : digits + "  ")
        }
        var rows: [[Cell]] = []
        var all = 0
        for (g, cells) in byGroup.enumerated() where !cells.isEmpty {
            let lead: [Cell] = c.groupColumn == nil ? [] : [c.groups[g]]
            var into = [Int](repeating: 0, count: tos.count)
            var k = 0
            // The group's cells come in pipeline order of from: a row per run of one from-stage.
            while k < cells.count {
                let from = cells[k].from
                var counts = [Int](repeating: 0, count: tos.count)
                while k < cells.count && cells[k].from == from {
                    counts[column[Int(cells[k].to)]] = cells[k].moves
                    k += 1
                }
                for (j, m) in counts.enumerated() { into[j] += m }
                let out = counts.reduce(0, +)
                all += out
                rows.append(
                    lead + [.text(p[from].name)] + tos.indices.map { text(counts[$0], back: isBack(from, tos[$0], p)) }
                        + [text(out, back: false)])
            }
            rows.append(
                lead + [.text(Message.transitionsTotal.text(in: language))] + into.map { text($0, back: false) }
                    + [text(into.reduce(0, +), back: false)])
        }
        let columns =
            (c.groupColumn.map { [Column.field($0)] } ?? [])
            + [Column("from \\ to").translated("from_to")]
            + tos.map { Column(p[$0].name, alignment: .right) } + [Column("total", alignment: .right).translated()]
        let notes = [Message.transitionsSummary(moves: all, records: movers)] + (anyBack ? [Message.transitionsBackNote(backMark)] : [])
        return Table(columns: columns, rows: rows, footer: .lines(notes))
    }
}
