/// `forecast`: open opportunities' value weighted by their stage's
/// probability, beside the unweighted total.
enum ForecastReport {
    static func run(_ c: ReportContext) -> Table {
        let s = c.store, p = c.pipeline
        let groups = c.groupCount
        var deals = [Int](repeating: 0, count: groups)
        var total = [Int128](repeating: 0, count: groups)
        // Cents times hundredths of a percent: exact until the final rounding to cents.
        var weighted = [Int128](repeating: 0, count: groups)
        for r in 0..<s.slotCount where c.group[r] >= 0 {
            let st = p[c.stage[r]]
            guard st.kind == .opportunity, !st.isClosed else { continue }
            let g = Int(c.group[r])
            deals[g] += 1
            guard s.values[r] != missing else { continue }
            total[g] += Int128(s.values[r])
            weighted[g] += Int128(s.values[r]) * Int128(st.probability)
        }
        let columns = [Column("deals", alignment: .right).vi("số cơ hội"), Column("value", alignment: .right).vi("giá trị"), Column("weighted", alignment: .right).vi("có trọng số")]
        return c.table(columns, rows: { g in
            [[.integer(Int64(deals[g])), .total(total[g]), .total((weighted[g] + 5_000) / 10_000)]]
        })
    }
}
