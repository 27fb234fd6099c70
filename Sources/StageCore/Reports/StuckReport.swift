/// `stuck`: open records whose last stage change is older than a threshold —
/// `over DURATION`, else the stage's own `stale`, else 30 days.
enum StuckReport {
    static let defaultThreshold: Int64 = 30 * 86_400

    static func run(_ c: ReportContext) throws(Diagnostic) -> Table {
        let s = c.store, p = c.pipeline
        let only = try c.query.stage.map { (st) throws(Diagnostic) in try StageResolver(pipeline: p).resolve(st) }
        var threshold = [Int64](repeating: defaultThreshold, count: p.stages.count)
        for (i, st) in p.stages.enumerated() { threshold[i] = c.query.over?.value ?? st.staleAfter ?? defaultThreshold }
        var stuck: [Int] = []
        for r in 0..<s.slotCount where c.group[r] >= 0 {
            let st = c.stage[r]
            guard !p[st].isClosed, c.changed[r] != missing else { continue }
            if let only, st != only { continue }
            // Strictly older than the threshold, as "more than 30 days".
            if c.now - c.changed[r] > threshold[Int(st)] { stuck.append(r) }
        }
        if c.groupColumn != nil {
            var counts = [Int](repeating: 0, count: c.groupCount)
            for r in stuck { counts[Int(c.group[r])] += 1 }
            return c.table([Column("stuck", alignment: .right).vi("bị kẹt")], rows: { g in [[.integer(Int64(counts[g]))]] })
        }
        stuck.sort { c.changed[$0] != c.changed[$1] ? c.changed[$0] < c.changed[$1] : $0 < $1 }
        let columns = ["id", "name", "stage", "owner", "changed"].map { Column.field($0) }
            + [Column("days in stage", alignment: .right).vi("số ngày ở giai đoạn")]
        let rows: [[Cell]] = stuck.map { r in
            [.text(s.ids[r]), .text(s.names[r]), .text(p[c.stage[r]].name), s.owners[r] == 0 ? .null : .text(s.pool[s.owners[r]]),
             .time(Timestamp(seconds: c.changed[r])), .number(Double(c.now - c.changed[r]) / 86_400, decimals: 2)]
        }
        return Table(columns: columns, rows: rows, footer: Messages.rowCount(rows.count))
    }
}
