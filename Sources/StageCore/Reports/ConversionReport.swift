/// `conversion`: of records that ever entered S1, how many later entered S2.
enum ConversionReport: Report {
    static let name = "conversion"
    static let examples = ["conversion", "conversion from Negotiation to Won", "conversion from Negotiation by owner"]
    static let clauses: [ReportClause] = [.from, .to]
    static func needsChanged(_ query: ReportQuery) -> Bool { false }
    static let chartColumn: String? = "conversion"

    static func run(_ c: ReportContext) throws(Diagnostic) -> Table {
        let p = c.pipeline
        let resolver = StageResolver(pipeline: p)
        let from = try c.query.from.map { (s) throws(Diagnostic) in try resolver.resolve(s) }
        let to = try c.query.to.map { (s) throws(Diagnostic) in try resolver.resolve(s) }
        let pairs = self.pairs(p, from: from, to: to, kinds: c.query.kinds)
        let s = c.store
        let stageCount = p.stages.count
        let (first, last) = entries(c, pairs)
        let groups = c.groupCount
        var entered = [Int](repeating: 0, count: groups * pairs.count)
        var converted = [Int](repeating: 0, count: groups * pairs.count)
        for r in 0..<s.slotCount where c.group[r] >= 0 {
            let g = Int(c.group[r]) * pairs.count
            for (k, (a, b)) in pairs.enumerated() {
                let f = first[r * stageCount + Int(a)]
                guard f >= 0 else { continue }
                entered[g + k] += 1
                if last[r * stageCount + Int(b)] > f { converted[g + k] += 1 }
            }
        }
        let columns =
            [
                Column("from").translated(), Column("to").translated(), Column("entered", alignment: .right).translated(),
                Column("then entered", alignment: .right).translated(),
            ] + RateColumns.columns(rate: "conversion")
        return c.table(
            columns,
            rows: { g in
                pairs.enumerated().map { k, pair in
                    let i = g * pairs.count + k
                    return [
                        .text(p[pair.0].name), .text(p[pair.1].name), .integer(Int64(entered[i])),
                        .integer(Int64(converted[i])),
                    ] + RateColumns.cells(Proportion(successes: converted[i], trials: entered[i]))
                }
            })
    }

    /// Each selected record's first and last entry into each stage of `pairs`, as event
    /// positions (-1: never), at `record × stage count + stage`: a record's events are in time
    /// order in the arrays, so "later" is a higher position.
    static func entries(_ c: ReportContext, _ pairs: [(StageID, StageID)]) -> (first: [Int32], last: [Int32]) {
        let s = c.store, stageCount = c.pipeline.stages.count
        var first = [Int32](repeating: -1, count: s.slotCount * stageCount)
        var last = [Int32](repeating: -1, count: s.slotCount * stageCount)
        var needed = [Bool](repeating: false, count: stageCount)
        for (a, b) in pairs { needed[Int(a)] = true; needed[Int(b)] = true }
        for e in 0..<s.eventCount where c.counts(e) {
            let r = Int(s.eventRecord[e]), st = Int(s.eventTo[e])
            guard c.group[r] >= 0, needed[st] else { continue }
            let i = r * stageCount + st
            if first[i] < 0 { first[i] = Int32(e) }
            last[i] = Int32(e)
        }
        return (first, last)
    }

    /// The stage pairs asked for: one, all from S1, all to S2, or every
    /// consecutive pair of open stages (leads on into opportunities) and each stage to won.
    static func pairs(_ p: Pipeline, from: StageID?, to: StageID?, kinds: KindFilter) -> [(StageID, StageID)] {
        let flow: [StageID] = {
            switch kinds {
            case .all: return p.order(.lead).filter { !p[$0].isClosed } + p.order(.opportunity).filter { !p[$0].isClosed }
            case .only(let k): return p.order(k).filter { !p[$0].isClosed }
            }
        }()
        let won = p.closedStage(.opportunity, .won)
        let all = p.liveStages
        switch (from, to) {
        case (let a?, let b?): return [(a, b)]
        case (let a?, nil):
            let start = all.firstIndex(of: a) ?? 0
            return all[(start + 1)...].map { (a, $0) }
        case (nil, let b?):
            let end = all.firstIndex(of: b) ?? all.count
            return all[..<end].map { ($0, b) }
        case (nil, nil):
            var out = zip(flow, flow.dropFirst()).map { ($0, $1) }
            if let won { out += flow.map { ($0, won) } }
            return out
        }
    }
}
