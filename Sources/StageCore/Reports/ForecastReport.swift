/// `forecast`: open opportunities' value weighted by their stage's
/// probability, beside the unweighted total; a row per currency when the
/// deals are in several.
enum ForecastReport: Report {
    static let name = "forecast"
    static let examples = ["forecast", "forecast by month", "forecast by owner"]
    static func needsChanged(_ query: ReportQuery) -> Bool { false }
    static let selects: StageOutcome? = .open

    static func run(_ c: ReportContext) -> Table {
        let s = c.store, p = c.pipeline
        let split = c.currencySplit()
        // Each currency's slot in a group's tallies.
        var slot = [Int](repeating: 0, count: split == nil ? 0 : s.pool.count)
        for (i, code) in (split ?? []).enumerated() { slot[Int(code)] = i }
        let width = split?.count ?? 1
        let cells = c.groupCount * width
        var deals = [Int](repeating: 0, count: cells)
        var total = [Int128](repeating: 0, count: cells)
        // Cents times hundredths of a percent: exact until the final rounding to cents.
        var weighted = [Int128](repeating: 0, count: cells)
        // Deals in a stage without a probability: their row's weighted sum is unknown, not smaller.
        var unweighed = [Bool](repeating: false, count: cells)
        for r in 0..<s.slotCount where c.group[r] >= 0 {
            // The context selected open records only (`selects`): here, their opportunities.
            let st = p[c.stage[r]]
            guard st.kind == .opportunity else { continue }
            let i = Int(c.group[r]) * width + (split == nil ? 0 : slot[Int(s.currencies[r])])
            deals[i] += 1
            guard s.values[r] != missing else { continue }
            total[i] += Int128(s.values[r])
            guard let probability = st.probability else { unweighed[i] = true; continue }
            weighted[i] += Int128(s.values[r]) * Int128(probability)
        }
        var columns = [
            Column("deals", alignment: .right).translated(), Column("value", alignment: .right).translated(),
            Column("weighted", alignment: .right).translated(),
        ]
        if split != nil { columns.insert(Column("currency").translated(), at: 0) }
        return c.table(
            columns,
            rows: { g in
                (0..<width).compactMap { k -> [Cell]? in
                    let i = g * width + k
                    // A group without an open deal forecasts nothing: `by month` lists the months
                    // deals are expected to close in, not every month a closed deal once was.
                    if deals[i] == 0 && (split != nil || c.groupColumn != nil) { return nil }
                    let row: [Cell] = [
                        .integer(Int64(deals[i])), .total(total[i]),
                        unweighed[i] ? .undefined : .total((weighted[i] + 5_000) / 10_000),
                    ]
                    guard let split else { return row }
                    return [.text(c.currencyLabel(split[k]))] + row
                }
            })
    }
}
