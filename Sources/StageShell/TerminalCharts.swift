import StageCore

/// Adds a bar beside each row of a chartable table, fitted to the terminal.
enum TerminalCharts {
    /// `table` with a bar column for its `barColumn`, and the bars to draw it with: scaled so
    /// the widest bar fills what the terminal has left beside the table; a negative value's share is negative.
    static func withBars(_ table: Table, terminalWidth: Int, plain: Bool) -> (table: Table, bars: Bars) {
        // A table shown in another layout (a matrix) has no rows beside which to draw bars.
        guard let column = table.barColumn, !table.rows.isEmpty, table.alignedLayout == nil else { return (table, Bars(plain: plain)) }
        let values = table.rows.map { row in column < row.count ? magnitude(row[column]) : 0 }
        // The longest bar, either way: a waterfall's deals out draw their bars too.
        let largest = values.map(abs).max() ?? 0
        guard largest > 0 else { return (table, Bars(plain: plain)) }
        let used = TableRenderer.render(table, format: .table).split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
        let bars = Bars(width: max(8, min(40, terminalWidth - used - 4)), plain: plain)
        var out = table
        out.columns.append(Column(""))
        let lost = table.rows.map { row in table.barLostColumn.map { $0 < row.count ? magnitude(row[$0]) : 0 } ?? 0 }
        for i in out.rows.indices { out.rows[i].append(.bar(values[i] / largest, lost: lost[i] / largest)) }
        out.barColumn = nil
        out.barLostColumn = nil
        return (out, bars)
    }

    static func magnitude(_ cell: Cell) -> Double {
        switch cell {
        case .integer(let n): return Double(n)
        case .number(let v, _), .percent(let v): return v.isFinite ? v : 0
        case .amount(let a): return Double(a.cents)
        case .total(let t): return Double(t)
        default: return 0
        }
    }
}
