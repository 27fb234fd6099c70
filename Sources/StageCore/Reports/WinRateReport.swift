/// `winrate`: won / (won + lost) over records now in a closed stage, closed
/// within `since`/`until` when given.
enum WinRateReport: Report {
    static let name = "winrate"
    static let examples = ["winrate by owner", "winrate since 2026-01-01 until 2026-07-01"]
    static let clauses: [ReportClause] = [.since, .until]
    /// A win rate reads when records closed only to keep those closed since or until a date.
    static func needsChanged(_ query: ReportQuery) -> Bool { query.since != nil || query.until != nil }

    static func run(_ c: ReportContext) throws(Diagnostic) -> Table {
        let now = c.session.now
        let since = c.query.since.map { $0.value.resolve(now: now).seconds }
        let until = c.query.until.map { $0.value.resolve(now: now).seconds }
        var won = [Int](repeating: 0, count: c.groupCount), lost = won
        let outcomes = c.pipeline.stages.map(\.outcome)
        for r in 0..<c.store.slotCount where c.group[r] >= 0 {
            let outcome = outcomes[Int(c.stage[r])]
            guard outcome != .open else { continue }
            if since != nil || until != nil {
                let closedAt = c.changed[r]
                if let since, closedAt == missing || closedAt < since { continue }
                if let until, closedAt == missing || closedAt >= until { continue }
            }
            if outcome == .won { won[Int(c.group[r])] += 1 } else { lost[Int(c.group[r])] += 1 }
        }
        let columns =
            [
                Column("won", alignment: .right).translated(), Column("lost", alignment: .right).translated(),
                Column("closed", alignment: .right).translated(),
            ] + RateColumns.columns(rate: "win rate")
        return c.table(
            columns,
            rows: { g in
                [
                    [.integer(Int64(won[g])), .integer(Int64(lost[g])), .integer(Int64(won[g] + lost[g]))]
                        + RateColumns.cells(Proportion(successes: won[g], trials: won[g] + lost[g]))
                ]
            })
    }
}
