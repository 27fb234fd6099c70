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
    public static func write(
        _ table: Table, _ options: RenderOptions, to sink: (String) throws -> Void,
        stop: () -> Bool
    ) throws {
        guard !table.columns.isEmpty else { return }
        switch options.format {
        case .table: try aligned(table.alignedLayout ?? table, options, sink, stop)
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
            var value = withUnit(
                text(cell(row, index), for: .table, language: language),
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

    private static func aligned(
        _ table: Table, _ options: RenderOptions, _ sink: (String) throws -> Void,
        _ stop: () -> Bool
    ) throws {
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
                columns[index].alignment == .left
                    && firstCells.allSatisfy { row in
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

    /// One record per block, as psql's expanded display: a `-[ RECORD n ]-` rule, then a "heading | value" line per column.
    ///
    /// Values are never cut.
    private static func expanded(
        _ table: Table, first: [[String]], _ options: RenderOptions,
        _ sink: (String) throws -> Void, _ stop: () -> Bool
    ) throws {
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
                    out +=
                        label + String(repeating: "-", count: nameWidth + 1 - labelWidth) + "+"
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

    private static func delimited(
        _ table: Table, format: OutputFormat, separator: String,
        _ sink: (String) throws -> Void, _ stop: () -> Bool
    ) throws {
        func lines(_ range: Range<Int>) -> String {
            texts(table, range, format, RenderOptions(format: format)).map { $0.joined(separator: separator) + "\n" }.joined()
        }
        let header =
            table.columns
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
