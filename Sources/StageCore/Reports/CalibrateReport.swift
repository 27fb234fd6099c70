/// `calibrate`: per stage, of the closed records that entered it, the share
/// won — the probability the data suggests — beside the configured one.
enum CalibrateReport: Report {
    static let name = "calibrate"
    static let examples = ["calibrate"]
    static func needsChanged(_ query: ReportQuery) -> Bool { false }

    /// Fewer closed records than this suggest nothing.
    static let minimumSample = 20

    static func run(_ c: ReportContext) -> Table {
        let s = c.store, p = c.pipeline
        let stages = c.stages
        var column = [Int](repeating: -1, count: p.stages.count)
        for (i, id) in stages.enumerated() { column[Int(id)] = i }
        var entered = [UInt64](repeating: 0, count: s.slotCount)
        for e in 0..<s.eventCount where c.counts(e) {
            let r = Int(s.eventRecord[e])
            guard c.group[r] >= 0 else { continue }
            let k = column[Int(s.eventTo[e])]
            if k >= 0 && k < 64 { entered[r] |= 1 << UInt64(k) }
        }
        let width = stages.count
        var sample = [Int](repeating: 0, count: c.groupCount * width), won = sample
        for r in 0..<s.slotCount where c.group[r] >= 0 {
            let outcome = p[c.stage[r]].outcome
            guard outcome != .open else { continue }
            var bits = entered[r]
            let g = Int(c.group[r]) * width
            while bits != 0 {
                let k = bits.trailingZeroBitCount
                sample[g + k] += 1
                if outcome == .won { won[g + k] += 1 }
                bits &= bits - 1
            }
        }
        let columns = [
            Column("stage").translated(), Column("probability", alignment: .right).translated(), Column("closed", alignment: .right).translated(),
            Column("won", alignment: .right).translated(), Column("observed", alignment: .right).translated(),
            Column("suggested", alignment: .right).translated(),
        ]
        return c.table(
            columns,
            rows: { g in
                (0..<width).map { k in
                    let i = g * width + k
                    let observed = percent(won[i], of: sample[i])
                    var suggested = Cell.undefined
                    if sample[i] >= minimumSample, case .percent(let v) = observed { suggested = .percent(v.rounded()) }
                    return [
                        .text(p[stages[k]].name), p[stages[k]].probability.map { .percent(Double($0) / 100) } ?? .undefined,
                        .integer(Int64(sample[i])),
                        .integer(Int64(won[i])), observed, suggested,
                    ]
                }
            })
    }
}
