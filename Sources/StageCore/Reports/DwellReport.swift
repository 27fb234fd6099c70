/// `dwell`: per stage, every spell from entering it to the next stage change
/// (the creation spell included), and the spells still open with their age.
enum DwellReport: Report {
    static let name = "dwell"
    static let examples = ["dwell", "dwell where owner ~ lan"]
    static let chartColumn: String? = "mean days"

    static func run(_ c: ReportContext) -> Table {
        let s = c.store
        let stages = c.stages
        var column = [Int](repeating: -1, count: c.pipeline.stages.count)
        for (i, id) in stages.enumerated() { column[Int(id)] = i }
        let width = stages.count
        var closed = [[Int64]](repeating: [], count: c.groupCount * width)
        var openAge = [[Int64]](repeating: [], count: c.groupCount * width)
        // A spell closes at the event that follows it in the record's chain.
        for e in 0..<s.eventCount where c.counts(e) {
            let previous = Int(s.eventPrevious[e])
            guard previous >= 0 else { continue }
            let r = Int(s.eventRecord[e])
            guard c.group[r] >= 0 else { continue }
            let k = column[Int(s.eventTo[previous])]
            let start = s.eventAt[previous], end = s.eventAt[e]
            guard k >= 0, start != missing, end != missing else { continue }
            closed[Int(c.group[r]) * width + k].append(end - start)
        }
        for r in 0..<s.slotCount where c.group[r] >= 0 {
            let k = column[Int(c.stage[r])]
            guard k >= 0, c.changed[r] != missing else { continue }
            openAge[Int(c.group[r]) * width + k].append(c.now - c.changed[r])
        }
        let columns = [
            Column("stage").translated(), Column("spells", alignment: .right).translated(), Column("mean days", alignment: .right).translated(),
            Column("median days", alignment: .right).translated(), Column("p90 days", alignment: .right).translated(),
            Column("open", alignment: .right).translated(), Column("open mean days", alignment: .right).translated(),
        ]
        return c.table(
            columns,
            rows: { g in
                (0..<width).map { k in
                    var spells = closed[g * width + k]
                    let (mean, median, p90) = statistics(&spells)
                    var ages = openAge[g * width + k]
                    let (openMean, _, _) = statistics(&ages)
                    return [
                        .text(c.pipeline[stages[k]].name), .integer(Int64(spells.count)), mean, median, p90,
                        .integer(Int64(ages.count)), openMean,
                    ]
                }
            })
    }
}
