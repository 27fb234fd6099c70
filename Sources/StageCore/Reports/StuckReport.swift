/// `stuck`: open records whose last stage change is older than a threshold —
/// `over DURATION`, else the stage's own `stale`, else 30 days.
enum StuckReport: Report {
    static let name = "stuck"
    static let examples = ["stuck", "stuck over 30d by stage", "stuck in Negotiation over 2w"]
    static let clauses: [ReportClause] = [.over, .stage]
    // Only open records' last changes: read for them alone (`lastChange`).
    static func needsChanged(_ query: ReportQuery) -> Bool { false }
    static let selects: StageOutcome? = .open

    static let defaultThreshold: Int64 = 30 * 86_400

    static func run(_ c: ReportContext) throws(Diagnostic) -> Table {
        let s = c.store, p = c.pipeline
        let only = try c.query.stage.map { (st) throws(Diagnostic) in try StageResolver(pipeline: p).resolve(st) }
        let threshold = p.stages.map { c.query.over?.value ?? $0.staleAfter ?? defaultThreshold }
        // Each stuck record with its last change, a range of records per core. The context
        // selected open records only (`selects`).
        let stuckParts = c.perCore { range -> [(record: Int, at: Int64)] in
            var found: [(record: Int, at: Int64)] = []
            for r in range where c.group[r] >= 0 {
                let st = c.stage[r]
                if let only, st != only { continue }
                let at = c.lastChange(r)
                // Strictly older than the threshold, as "more than 30 days".
                guard at != missing, c.now - at > threshold[Int(st)] else { continue }
                found.append((r, at))
            }
            return found
        }
        var stuck: [(record: Int, at: Int64)] = Array(stuckParts.joined())
        if c.groupColumn != nil {
            var counts = [Int](repeating: 0, count: c.groupCount)
            for (r, _) in stuck { counts[Int(c.group[r])] += 1 }
            return c.table([Column("stuck", alignment: .right).translated()], rows: { g in [[.integer(Int64(counts[g]))]] })
        }
        stuck.sort { ($0.at, $0.record) < ($1.at, $1.record) }
        let columns =
            ["id", "name", "stage", "owner", "changed"].map { Column.field($0) }
            + [Column("days in stage", alignment: .right).translated()]
        let rows: [[Cell]] = stuck.map { r, at in
            [
                .text(s.ids[r]), .text(s.names[r]), .text(p[c.stage[r]].name), s.owners[r] == 0 ? .null : .text(s.pool[s.owners[r]]),
                .time(Timestamp(seconds: at)), .number(Double(c.now - at) / 86_400, decimals: 2),
            ]
        }
        return Table(columns: columns, rows: rows, footer: Message.rowCount(rows.count))
    }
}
