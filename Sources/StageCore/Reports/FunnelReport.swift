/// `funnel`: per stage, records there now (count, value) and records that ever
/// reached it, with the share of the first stage and of the previous one.
enum FunnelReport {
    /// The columns a record reached in the strict sense: every open stage before
    /// a column entered, each for the first time in pipeline order; a closed
    /// stage counts once all the open stages before it were passed. A skip
    /// ends the path; what came before it still counts.
    static func strictPath(_ r: Int, _ c: ReportContext, _ column: [Int], _ stages: [StageID]) -> UInt64 {
        let s = c.store, p = c.pipeline
        let open = stages.indices.filter { !p[stages[$0]].isClosed }
        var next = 0
        var broken = false
        var bits: UInt64 = 0
        for e in s.events(of: r) where c.counts(e) {
            let k = column[Int(s.eventTo[e])]
            guard k >= 0 && k < 64, !broken else { continue }
            if p[stages[k]].isClosed {
                if open[next...].allSatisfy({ $0 > k }) { bits |= 1 << UInt64(k) }
                continue
            }
            if next < open.count && open[next] == k {
                bits |= 1 << UInt64(k)
                next += 1
            } else if bits & (1 << UInt64(k)) == 0 {
                // Entered out of order: no later stage was passed in order.
                broken = true
            }
        }
        return bits
    }

    static func run(_ c: ReportContext) -> Table {
        let stages = c.stages
        let s = c.store
        var column = [Int](repeating: -1, count: c.pipeline.stages.count)
        for (i, id) in stages.enumerated() { column[Int(id)] = i }
        let width = stages.count, groups = c.groupCount
        var now = [Int](repeating: 0, count: groups * width)
        var value = [Int128](repeating: 0, count: groups * width)
        for r in 0..<s.slotCount where c.group[r] >= 0 {
            let k = column[Int(c.stage[r])]
            guard k >= 0 else { continue }
            let i = Int(c.group[r]) * width + k
            now[i] += 1
            if s.values[r] != missing { value[i] += Int128(s.values[r]) }
        }
        // Which stages each record entered: a bit per funnel column.
        var entered = [UInt64](repeating: 0, count: s.slotCount)
        if c.query.strict {
            for r in 0..<s.slotCount where c.group[r] >= 0 { entered[r] = strictPath(r, c, column, stages) }
        } else if c.cutoff == nil {
            // The common case, over millions of events: a bit per stage, no bounds checks.
            var bit = [UInt64](repeating: 0, count: column.count)
            for (id, k) in column.enumerated() where k >= 0 && k < 64 { bit[id] = 1 << UInt64(k) }
            s.eventRecord.withUnsafeBufferPointer { records in
                s.eventTo.withUnsafeBufferPointer { to in
                    bit.withUnsafeBufferPointer { bit in
                        entered.withUnsafeMutableBufferPointer { entered in
                            for e in 0..<records.count {
                                entered[Int(records[e])] |= bit[Int(to[e])]
                            }
                        }
                    }
                }
            }
        } else {
            for e in 0..<s.eventCount where c.counts(e) {
                let r = Int(s.eventRecord[e])
                guard c.group[r] >= 0 else { continue }
                let k = column[Int(s.eventTo[e])]
                if k >= 0 && k < 64 { entered[r] |= 1 << UInt64(k) }
            }
        }
        var reached = [Int](repeating: 0, count: groups * width)
        for r in 0..<s.slotCount where c.group[r] >= 0 {
            let g = Int(c.group[r]) * width
            var bits = entered[r]
            while bits != 0 {
                let k = bits.trailingZeroBitCount
                reached[g + k] += 1
                bits &= bits - 1
            }
        }
        // A closed stage's previous stage is the last open one before it (Lost
        // follows Proposal Sent, not Won).
        let previous: [Int] = (0..<width).map { k in
            guard k > 0 else { return 0 }
            guard c.pipeline[stages[k]].isClosed else { return k - 1 }
            return (0..<k).last { !c.pipeline[stages[$0]].isClosed } ?? k - 1
        }
        let columns = [Column("stage").vi("giai đoạn"), Column("now", alignment: .right).vi("hiện có"), Column("value", alignment: .right).vi("giá trị"),
                       Column("reached", alignment: .right).vi("đã đạt"), Column("% of first", alignment: .right).vi("% so với đầu"),
                       Column("% of previous", alignment: .right).vi("% so với trước")]
        return c.table(columns, rows: { g in
            (0..<width).map { k in
                let i = g * width + k
                return [.text(c.pipeline[stages[k]].name), .integer(Int64(now[i])), .total(value[i]), .integer(Int64(reached[i])),
                        percent(reached[i], of: reached[g * width]),
                        percent(reached[i], of: reached[g * width + previous[k]])]
            }
        }, bars: 3)
    }
}
