/// Turns result tables into text in one of the session's output formats.
///
/// Aligned formats measure with `DisplayWidth`, so Vietnamese, CJK and emoji
/// line up the way a terminal shows them. Machine formats (CSV, TSV, JSON)
/// carry exact, ungrouped values and never a footer.
public enum TableRenderer {
    /// Rows laid out and written at a time: enough that a batch's widths fit the whole of most
    /// tables, few enough that the first screen of a million rows shows at once.
    public static let batchSize = 1_000

    /// Renders every row of `table`; `width` limits aligned tables to that many columns.
    ///
    /// The text ends with "\n" unless it is empty.
    public static func render(_ table: Table, format: OutputFormat, width: Int? = nil, language: Language = .english) -> String {
        render(table, RenderOptions(format: format, width: width, language: language))
    }

    /// Renders every row of `table` as `options` say.
    public static func render(_ table: Table, _ options: RenderOptions) -> String {
        var out = ""
        try? write(table, options, to: { out += $0 }, stop: { false })
        return out
    }

    /// Writes `table` to `sink` a batch of rows at a time, so output starts before the last row
    /// is made; throws `Interrupted` when `stop` says so between batches, and whatever `sink` throws.
    ///
    /// Aligned and Markdown tables take their column widths from the first batch (all of a
    /// table up to `batchSize` rows); a wider value further down is printed whole, past its column.
    public static func write(_ table: Table, _ options: RenderOptions, to sink: (String) throws -> Void,
                             stop: () -> Bool) throws {
        guard !table.columns.isEmpty else { return }
        switch options.format {
        case .table: try aligned(table, options, sink, stop)
        case .csv: try delimited(table, format: .csv, separator: ",", sink, stop)
        case .tsv: try delimited(table, format: .tsv, separator: "\t", sink, stop)
        case .json: try json(table, sink, stop)
        case .markdown: try markdown(table, options, sink, stop)
        }
    }

    /// Renders the first row of `table` as one "name | value" line per column.
    ///
    /// Only `.table` has a vertical layout (like psql's `\x` without the
    /// record header); every other format renders as `render` does. The
    /// formats for people (table, Markdown) print each column's unit after
    /// its value.
    public static func renderCard(_ table: Table, format: OutputFormat, width: Int? = nil, language: Language = .english) -> String {
        if format == .markdown {
            var measured = table
            measured.rows = table.rows.map { row in
                table.columns.indices.map { i in
                    table.columns[i].unit == nil
                        ? cell(row, i)
                        : .text(withUnit(CellText.display(cell(row, i), language: language), table.columns[i].unit?.text(in: language)))
                }
            }
            return render(measured, RenderOptions(format: format, width: width, language: language))
        }
        guard format == .table else { return render(table, RenderOptions(format: format, width: width, language: language)) }
        guard !table.columns.isEmpty, table.rowCount > 0 else { return "" }
        let row = table.row(0)
        let names = table.columns.map { CellText.escaped($0.heading(in: language)) }
        let nameWidth = names.map(DisplayWidth.of).max() ?? 0
        // Long values are cut to the terminal width, but never below 8 columns.
        let valueWidth = width.map { max(8, $0 - nameWidth - 4) }
        var out = ""
        for (index, name) in names.enumerated() {
            var value = withUnit(text(cell(row, index), for: .table, language: language),
                                 table.columns[index].unit.map { CellText.escaped($0.text(in: language)) })
            if let valueWidth { value = DisplayWidth.truncate(value, to: valueWidth) }
            let line = " " + padded(name, to: nameWidth, .left) + " | " + value
            out += trimmingTrailingSpaces(line) + "\n"
        }
        return out
    }

    /// A value's text with a unit after it; an empty value stays empty.
    private static func withUnit(_ text: String, _ unit: String?) -> String {
        guard let unit, !text.isEmpty else { return text }
        return text + " " + unit
    }

    /// The text of one cell exactly as `format` prints it, without column padding.
    ///
    /// `.table` and `.markdown` group digits and escape control characters
    /// (markdown also escapes `|`); `.csv` quotes the field when needed; `.tsv`
    /// escapes tabs, newlines and backslashes; `.json` gives a JSON literal. A bar is drawn as `bars` say.
    public static func text(_ cell: Cell, for format: OutputFormat, bars: Bars = Bars(), language: Language = .english) -> String {
        switch format {
        case .table: return CellText.escaped(CellText.display(cell, bars: bars, language: language))
        case .markdown: return CellText.markdownEscaped(CellText.display(cell, bars: bars, language: language))
        case .csv: return CellText.csvField(CellText.plain(cell))
        case .tsv: return CellText.tsvField(CellText.plain(cell))
        case .json: return CellText.json(cell)
        }
    }

    // MARK: - Formats

    /// Rows `range` of `table` as `format` prints each cell.
    private static func texts(_ table: Table, _ range: Range<Int>, _ format: OutputFormat, _ options: RenderOptions) -> [[String]] {
        texts(range.map(table.row), columns: table.columns.count, format, options)
    }

    /// `rows` as `format` prints each of their `columns` cells.
    private static func texts(_ rows: [[Cell]], columns: Int, _ format: OutputFormat, _ options: RenderOptions) -> [[String]] {
        rows.map { row in (0..<columns).map { text(cell(row, $0), for: format, bars: options.bars, language: options.language) } }
    }

    /// The rows of the first batch, laid out before any is written.
    private static func firstBatch(_ table: Table) -> Range<Int> { 0..<min(batchSize, table.rowCount) }

    /// The batches after the first: each made, written and checked for Ctrl-C in turn.
    private static func laterBatches(_ table: Table, _ stop: () -> Bool, _ body: (Range<Int>) throws -> Void) throws {
        var start = firstBatch(table).upperBound
        while start < table.rowCount {
            if stop() { throw Interrupted() }
            let end = min(start + batchSize, table.rowCount)
            try body(start..<end)
            start = end
        }
    }

    /// The width of an aligned table's rule line, its widest.
    static func ruleWidth(_ widths: [Int]) -> Int { widths.reduce(0, +) + 3 * widths.count - 1 }

    private static func aligned(_ table: Table, _ options: RenderOptions, _ sink: (String) throws -> Void,
                                _ stop: () -> Bool) throws {
        let columns = table.columns
        var header = columns.map { CellText.escaped($0.heading(in: options.language)) }
        // The first batch's cells are made once: laid out, and looked at for what may be cut.
        let firstCells = firstBatch(table).map(table.row)
        var rows = texts(firstCells, columns: columns.count, .table, options)
        var widths = header.map(DisplayWidth.of)
        for row in rows {
            for (index, value) in row.enumerated() {
                widths[index] = max(widths[index], DisplayWidth.of(value))
            }
        }
        let natural = ruleWidth(widths)
        let tooWide = options.width.map { natural > $0 } ?? false
        if options.expanded == .on || (options.expanded == .auto && tooWide) {
            return try expanded(table, first: rows, options, sink, stop)
        }
        var cut = false
        if let width = options.width, tooWide {
            // Only free text is cut: a clipped number, date or flag would read as a different value.
            let shrinkable = columns.indices.map { index in
                columns[index].alignment == .left && firstCells.allSatisfy { row in
                    switch cell(row, index) {
                    case .text, .null: return true
                    default: return false
                    }
                }
            }
            let shrunk = shrink(widths, shrinkable: shrinkable, toFit: width)
            // Cut only when that makes the table fit: names cut to a stub and lines that wrap
            // anyway are the worst of both (a pager scrolls a whole table sideways).
            if ruleWidth(shrunk) <= width {
                cut = shrunk != widths
                widths = shrunk
            }
        }
        func fitted(_ values: inout [String]) {
            guard cut else { return }
            for index in values.indices where DisplayWidth.of(values[index]) > widths[index] {
                values[index] = DisplayWidth.truncate(values[index], to: widths[index])
            }
        }
        func line(_ values: [String]) -> String {
            let cells = values.indices.map { padded(values[$0], to: widths[$0], columns[$0].alignment) }
            return trimmingTrailingSpaces(" " + cells.joined(separator: " | ")) + "\n"
        }
        fitted(&header)
        var out = line(header)
        out += widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "\n"
        for r in rows.indices {
            fitted(&rows[r])
            out += line(rows[r])
        }
        try sink(out)
        try laterBatches(table, stop) { range in
            var out = ""
            for var row in texts(table, range, .table, options) {
                fitted(&row)
                out += line(row)
            }
            try sink(out)
        }
        if let footer = table.footer { try sink(footer.text(in: options.language) + "\n") }
    }

    /// One record per block, as psql's expanded display: a `-[ RECORD n ]-` rule, then a
    /// "heading | value" line per column. Values are never cut.
    private static func expanded(_ table: Table, first: [[String]], _ options: RenderOptions,
                                 _ sink: (String) throws -> Void, _ stop: () -> Bool) throws {
        let names = table.columns.map { CellText.escaped($0.heading(in: options.language)) }
        let nameWidth = names.map(DisplayWidth.of).max() ?? 0
        func block(_ rows: [[String]], from number: Int) -> String {
            var valueWidth = rows.joined().map(DisplayWidth.of).max() ?? 0
            if let width = options.width { valueWidth = min(valueWidth, max(1, width - nameWidth - 3)) }
            var out = ""
            for (offset, row) in rows.enumerated() {
                let label = "-[ " + Message.expandedRecord(number + offset).text(in: options.language) + " ]"
                let labelWidth = DisplayWidth.of(label)
                if labelWidth < nameWidth + 1 {
                    out += label + String(repeating: "-", count: nameWidth + 1 - labelWidth) + "+"
                        + String(repeating: "-", count: valueWidth + 1) + "\n"
                } else {
                    // Names narrower than the label: one rule across, no divider to line up.
                    out += label + String(repeating: "-", count: max(1, nameWidth + 3 + valueWidth - labelWidth)) + "\n"
                }
                for (index, value) in row.enumerated() {
                    out += trimmingTrailingSpaces(padded(names[index], to: nameWidth, .left) + " | " + value) + "\n"
                }
            }
            return out
        }
        try sink(table.rowCount == 0 ? Message.rowCount(0).text(in: options.language) + "\n" : block(first, from: 1))
        try laterBatches(table, stop) { range in try sink(block(texts(table, range, .table, options), from: range.lowerBound + 1)) }
        if let footer = table.footer, table.rowCount > 0 { try sink(footer.text(in: options.language) + "\n") }
    }

    /// Column widths narrowed so the widest line (the rule) fits in `limit` columns.
    ///
    /// Only `shrinkable` columns narrow, widest first and none below 8 columns,
    /// so cut text stays recognisable; equal widest columns narrow in turn.
    static func shrink(_ widths: [Int], shrinkable: [Bool], toFit limit: Int) -> [Int] {
        let minimum = 8
        var widths = widths
        // The rule line is the widest: each column plus two, with "+" between.
        var total = widths.reduce(0, +) + 3 * widths.count - 1
        while total > limit {
            let candidates = widths.indices.filter { shrinkable[$0] && widths[$0] > minimum }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            let runnerUp = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? minimum
            var target = max(minimum, runnerUp, widths[widest] - (total - limit))
            // Equal widest columns take turns, one column at a time.
            if target >= widths[widest] { target = widths[widest] - 1 }
            total -= widths[widest] - target
            widths[widest] = target
        }
        return widths
    }

    private static func delimited(_ table: Table, format: OutputFormat, separator: String,
                                  _ sink: (String) throws -> Void, _ stop: () -> Bool) throws {
        func lines(_ range: Range<Int>) -> String {
            texts(table, range, format, RenderOptions(format: format)).map { $0.joined(separator: separator) + "\n" }.joined()
        }
        let header = table.columns
            .map { format == .csv ? CellText.csvField($0.name) : CellText.tsvField($0.name) }
            .joined(separator: separator) + "\n"
        try sink(header + lines(firstBatch(table)))
        try laterBatches(table, stop) { try sink(lines($0)) }
    }

    private static func json(_ table: Table, _ sink: (String) throws -> Void, _ stop: () -> Bool) throws {
        guard table.rowCount > 0 else { return try sink("[]\n") }
        let keys = table.columns.map { CellText.jsonString($0.name) }
        func objects(_ range: Range<Int>) -> String {
            range.map { i in
                let row = table.row(i)
                let members = keys.indices.map { keys[$0] + ": " + CellText.json(cell(row, $0)) }
                return "  {" + members.joined(separator: ", ") + "}"
            }.joined(separator: ",\n")
        }
        try sink("[\n" + objects(firstBatch(table)))
        try laterBatches(table, stop) { try sink(",\n" + objects($0)) }
        try sink("\n]\n")
    }

    private static func markdown(_ table: Table, _ options: RenderOptions, _ sink: (String) throws -> Void, _ stop: () -> Bool) throws {
        let columns = table.columns
        let header = columns.map { CellText.markdownEscaped($0.heading(in: options.language)) }
        let rows = texts(table, firstBatch(table), .markdown, options)
        // Room for the delimiter row's "---" (and "---:" on right-aligned columns).
        var widths = columns.map { $0.alignment == .right ? 4 : 3 }
        for values in [header] + rows {
            for (index, value) in values.enumerated() {
                widths[index] = max(widths[index], DisplayWidth.of(value))
            }
        }

        func line(_ values: [String]) -> String {
            let cells = values.indices.map { padded(values[$0], to: widths[$0], columns[$0].alignment) }
            return "| " + cells.joined(separator: " | ") + " |\n"
        }

        var out = line(header)
        let rule = columns.indices.map { index in
            columns[index].alignment == .right
                ? String(repeating: "-", count: widths[index] - 1) + ":"
                : String(repeating: "-", count: widths[index])
        }
        out += "| " + rule.joined(separator: " | ") + " |\n"
        for row in rows { out += line(row) }
        try sink(out)
        try laterBatches(table, stop) { range in try sink(texts(table, range, .markdown, options).map(line).joined()) }
    }

    // MARK: - Helpers

    /// The cell of `row` at `index`; short rows read as null rather than trapping.
    private static func cell(_ row: [Cell], _ index: Int) -> Cell {
        index < row.count ? row[index] : .null
    }

    static func padded(_ s: String, to width: Int, _ alignment: Alignment) -> String {
        let gap = width - DisplayWidth.of(s)
        guard gap > 0 else { return s }
        let spaces = String(repeating: " ", count: gap)
        return alignment == .left ? s + spaces : spaces + s
    }

    static func trimmingTrailingSpaces(_ s: String) -> String {
        var end = s.endIndex
        while end > s.startIndex {
            let before = s.index(before: end)
            guard s[before] == " " else { break }
            end = before
        }
        return String(s[..<end])
    }
}

/// Per-format text of cells, shared by every renderer so a value reads the same everywhere.
enum CellText {
    /// Human-facing text (tables, markdown, cards): grouped digits, `%`, yes/no, bars drawn as `bars` say.
    static func display(_ cell: Cell, bars: Bars = Bars(), language: Language = .english) -> String {
        switch cell {
        case .null: return ""
        case .undefined: return "–"
        case .bar(let share): return bars.draw(share)
        case .text(let s): return s
        case .integer(let n): return integer(n, grouping: true)
        case .amount(let a): return a.grouped
        case .total(let cents): return Amount.format(cents: cents, grouping: true)
        case .number(let v, let decimals): return fixed(v, decimals: decimals, grouping: true)
        case .percent(let v): return fixed(v, decimals: 2, grouping: true) + (v.isFinite ? "%" : "")
        case .time(let t): return t.display
        case .bool(let b): return (b ? Message.yes : Message.no).text(in: language)
        }
    }

    /// Machine text (CSV, TSV): exact, ungrouped, ISO times, true/false.
    static func plain(_ cell: Cell) -> String {
        switch cell {
        case .null, .undefined: return ""
        case .bar(let share): return fixed(share, decimals: 4, grouping: false)
        case .text(let s): return s
        case .integer(let n): return integer(n, grouping: false)
        case .amount(let a): return a.plain
        case .total(let cents): return Amount.format(cents: cents, grouping: false)
        case .number(let v, let decimals): return fixed(v, decimals: decimals, grouping: false)
        case .percent(let v): return fixed(v, decimals: 2, grouping: false)
        case .time(let t): return t.iso8601
        case .bool(let b): return b ? "true" : "false"
        }
    }

    /// A JSON literal for the cell; non-finite numbers become null because JSON has no NaN.
    static func json(_ cell: Cell) -> String {
        switch cell {
        case .null, .undefined: return "null"
        case .bar: return plain(cell)
        case .text(let s): return jsonString(s)
        case .number(let v, _), .percent(let v):
            return v.isFinite ? plain(cell) : "null"
        case .time(let t): return "\"" + t.iso8601 + "\""
        case .integer, .amount, .total, .bool: return plain(cell)
        }
    }

    static func integer(_ n: Int64, grouping: Bool) -> String {
        // `magnitude` keeps Int64.min from overflowing on negation.
        let digits = String(n.magnitude)
        return (n < 0 ? "-" : "") + (grouping ? grouped(digits) : digits)
    }

    /// `value` with exactly `decimals` digits after the point, rounded half away from zero.
    static func fixed(_ value: Double, decimals: Int, grouping: Bool) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        let decimals = min(max(decimals, 0), 18)
        var scale: Int128 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = value.magnitude * Double(scale)
        // Beyond Int128 the digits are noise anyway; fall back to Swift's shortest form.
        guard scaled < 1e38 else { return String(value) }
        // Rounding by hand: `Double.rounded()` calls libm's round(), which a
        // Linux executable only links when something imports Glibc or Foundation.
        var units = Int128(scaled)
        if scaled - Double(units) >= 0.5 { units += 1 }
        let whole = String(units / scale)
        var text = (value < 0 && units != 0 ? "-" : "") + (grouping ? grouped(whole) : whole)
        if decimals > 0 {
            let fraction = String(units % scale)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }

    /// A run of digits with a comma every three from the right.
    static func grouped(_ digits: String) -> String {
        let count = digits.utf8.count
        guard count > 3 else { return digits }
        var out = ""
        out.reserveCapacity(count + count / 3)
        for (i, ch) in digits.enumerated() {
            if i > 0 && (count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    /// Control characters as visible escapes, so one row stays one line and
    /// stray terminal sequences in data cannot restyle the screen.
    static func escaped(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\x" + hex(scalar.value, digits: 2)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Display text made safe inside a markdown table row.
    static func markdownEscaped(_ s: String) -> String {
        let single = escaped(s)
        guard single.contains("|") else { return single }
        return single.replacingAll("|", with: "\\|")
    }

    /// An RFC 4180 field, quoted only when it holds a comma, quote, CR or LF.
    static func csvField(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return s }
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }

    /// A TSV field; escapes replace quoting so every record is one line.
    static func tsvField(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A JSON string literal; non-ASCII stays as UTF-8.
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                out += "\\u" + hex(scalar.value, digits: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

extension String {
    /// Every occurrence of `target` replaced, without needing Foundation.
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for ch in self {
            if ch == target { out += replacement } else { out.append(ch) }
        }
        return out
    }
}
