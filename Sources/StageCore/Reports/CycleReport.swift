/// `cycle`: for records now in a closed stage, the days from creation to their
/// last entry into it, won and lost apart; open records are counted only.
enum CycleReport: Report {
    static let name = "cycle"
    static let examples = ["cycle", "cycle by source"]

    static func run(_ c: ReportContext) -> Table {
        let s = c.store
        let groups = c.groupCount
        var won = [[Int64]](repeating: [], count: groups), lost = won
        var unknown = [[Int]](repeating: [0, 0], count: groups)
        var open = [Int](repeating: 0, count: groups)
        for r in 0..<s.slotCount where c.group[r] >= 0 {
            let g = Int(c.group[r])
            let outcome = c.pipeline[c.stage[r]].outcome
            if outcome == .open { open[g] += 1; continue }
            // The last entry into the closed stage is the record's last change.
            guard s.created[r] != missing, c.changed[r] != missing else {
                unknown[g][outcome == .won ? 0 : 1] += 1
                continue
            }
            let days = c.changed[r] - s.created[r]
            if outcome == .won { won[g].append(days) } else { lost[g].append(days) }
        }
        let columns = [
            Column("outcome").translated(), Column("records", alignment: .right).translated("records_counted"),
            Column("mean days", alignment: .right).translated(),
            Column("median days", alignment: .right).translated(), Column("p90 days", alignment: .right).translated(),
            Column("no created", alignment: .right).translated(),
        ]
        return c.table(
            columns,
            rows: { g in
                var w = won[g], l = lost[g]
                let (wm, wmed, w90) = statistics(&w)
                let (lm, lmed, l90) = statistics(&l)
                return [
                    [
                        .text(Message.outcomeWon.text(in: c.session.language)), .integer(Int64(w.count)), wm, wmed, w90,
                        .integer(Int64(unknown[g][0])),
                    ],
                    [
                        .text(Message.outcomeLost.text(in: c.session.language)), .integer(Int64(l.count)), lm, lmed, l90,
                        .integer(Int64(unknown[g][1])),
                    ],
                    [.text(Message.outcomeOpen.text(in: c.session.language)), .integer(Int64(open[g])), .null, .null, .null, .null],
                ]
            })
    }
}
