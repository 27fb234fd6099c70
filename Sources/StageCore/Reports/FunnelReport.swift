/// `funnel`: per stage, records there now (count, value) and records that ever
/// reached it, with the share of the first stage and of the previous one.
enum FunnelReport {
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
        // Which stages each record entered (a bit per funnel column), and for
        // `strict` the order of first entries.
        var entered = [UInt64](repeating: 0, count: s.slotCount)
        var inOrder = [Bool](repeating: true, count: c.query.strict ? s.slotCount : 0)
        var lastColumn = [Int8](repeating: -1, count: c.query.strict ? s.slotCount : 0)
        if !c.query.strict && c.cutoff == nil {
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
                guard k >= 0 && k < 64 else { continue }
                if c.query.strict && entered[r] & (1 << UInt64(k)) == 0 {
                    // A first entry must come right after the previous column's.
                    if Int(lastColumn[r]) != k - 1 { inOrder[r] = false }
                    lastColumn[r] = Int8(k)
                }
                entered[r] |= 1 << UInt64(k)
            }
        }
        var reached = [Int](repeating: 0, count: groups * width)
        for r in 0..<s.slotCount where c.group[r] >= 0 {
            let g = Int(c.group[r]) * width
            var bits = entered[r]
            if c.query.strict {
                // Passed every earlier stage in order: a prefix of columns, entered in turn.
                guard inOrder[r] else { continue }
                let prefix = (~bits).trailingZeroBitCount
                bits = prefix >= 64 ? bits : bits & ((1 << UInt64(prefix)) - 1)
            }
            while bits != 0 {
                let k = bits.trailingZeroBitCount
                reached[g + k] += 1
                bits &= bits - 1
            }
        }
        let columns = [Column("stage"), Column("now", alignment: .right), Column("value", alignment: .right),
                       Column("reached", alignment: .right), Column("% of first", alignment: .right),
                       Column("% of previous", alignment: .right)]
        return c.table(columns, rows: { g in
            (0..<width).map { k in
                let i = g * width + k
                return [.text(c.pipeline[stages[k]].name), .integer(Int64(now[i])), .total(value[i]), .integer(Int64(reached[i])),
                        percent(reached[i], of: reached[g * width]),
                        k == 0 ? percent(reached[i], of: reached[i]) : percent(reached[i], of: reached[i - 1])]
            }
        }, bars: 3)
    }
}
