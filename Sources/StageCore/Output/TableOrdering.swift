extension Table {
    /// The rows ordered by columns of this table and cut to `limit`: the `order by` and `limit`
    /// every report and `count` take.
    ///
    /// A column is named as it is printed: its contract name (`win_rate`) or its heading
    /// (`win rate`, or the Vietnamese one in a Vietnamese session), case- and accent-insensitively. Rows that tie keep
    /// the report's own order; empty and undefined cells go last either way, as in `list`.
    func ordered(by keys: [OrderKey], limit: Located<Int>?, language: Language = .english) throws(Diagnostic) -> Table {
        guard !keys.isEmpty || limit != nil else { return self }
        var table = self
        // The rows are what was ordered and cut: a layout of them all would say otherwise.
        table.alignedLayout = nil
        if !keys.isEmpty {
            let resolved = try keys.map { (k) throws(Diagnostic) in (try column(named: k.field, language), k.descending) }
            let sortKeys = resolved.map { (c, _) in rows.map { SortKey($0[c]) } }
            let order = rows.indices.sorted { a, b in
                for (k, key) in resolved.enumerated() {
                    if let before = SortKey.precedes(sortKeys[k][a], sortKeys[k][b], descending: key.1) { return before }
                }
                return a < b
            }
            table.rows = order.map { rows[$0] }
        }
        if let limit {
            guard limit.value >= 0 else { throw Diagnostic(Message.negativeLimit, at: limit.range) }
            table.rows = Array(table.rows.prefix(limit.value))
        }
        table.footer = footer?.recounted(from: rows.count, to: table.rows.count)
        return table
    }

    /// The index of the column `name` names.
    private func column(named name: Located<String>, _ language: Language) throws(Diagnostic) -> Int {
        let key = Names.key(name.value)
        if let i = columns.firstIndex(where: { Names.key($0.name) == key || Names.key($0.heading(in: language)) == key }) { return i }
        let names = columns.map(\.name)
        throw Diagnostic(
            Message.unknownColumn(name.value), at: name.range,
            hint: Suggest.nearest(name.value, in: names).map(Message.hintDidYouMean) ?? Message.hintOutputColumns(names))
    }
}

extension SortKey {
    /// How a result cell sorts: numbers by value, text as names sort, empty last.
    init(_ cell: Cell) {
        switch cell {
        case .null, .undefined: self = .null
        case .text(let s): self = SortKey(Value.text(s))
        case .integer(let n): self = .integer(n)
        case .amount(let a): self = .integer(a.cents)
        case .total(let t): self = .real(Double(t))
        case .number(let d, _): self = .real(d)
        case .percent(let p): self = .real(p)
        case .time(let t): self = .integer(t.seconds)
        case .bool(let b): self = .integer(b ? 1 : 0)
        case .bar(let d, _): self = .real(d)
        }
    }
}
