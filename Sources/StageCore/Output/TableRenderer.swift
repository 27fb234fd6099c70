/// Turns result tables into text in one of the session's output formats.
///
/// Aligned formats measure with `DisplayWidth`, so Vietnamese, CJK and emoji
/// line up the way a terminal shows them. Machine formats (CSV, TSV, JSON)
/// carry exact, ungrouped values and never a footer.
public enum TableRenderer {
    /// Renders every row of `table`; `width` limits aligned tables to that many columns.
    ///
    /// The text ends with "\n" unless it is empty.
    public static func render(_ table: Table, format: OutputFormat, width: Int? = nil) -> String {
        guard !table.columns.isEmpty else { return "" }
        switch format {
        case .table: return aligned(table, width: width)
        case .csv: return delimited(table, format: .csv, separator: ",")
        case .tsv: return delimited(table, format: .tsv, separator: "\t")
        case .json: return json(table)
        case .markdown: return markdown(table)
        }
    }

    /// Renders the first row of `table` as one "name | value" line per column.
    ///
    /// Only `.table` has a vertical layout (like psql's `\x` without the
    /// record header); every other format renders as `render` does.
    public static func renderCard(_ table: Table, format: OutputFormat, width: Int? = nil) -> String {
        guard format == .table else { return render(table, format: format, width: width) }
        guard !table.columns.isEmpty, let row = table.rows.first else { return "" }
        let names = table.columns.map { CellText.escaped($0.heading) }
        let nameWidth = names.map(DisplayWidth.of).max() ?? 0
        // Long values are cut to the terminal width, but never below 8 columns.
        let valueWidth = width.map { max(8, $0 - nameWidth - 4) }
        var out = ""
        for (index, name) in names.enumerated() {
            var value = text(cell(row, index), for: .table)
            if let valueWidth { value = DisplayWidth.truncate(value, to: valueWidth) }
            let line = " " + padded(name, to: nameWidth, .left) + " | " + value
            out += trimmingTrailingSpaces(line) + "\n"
        }
        return out
    }

    /// The text of one cell exactly as `format` prints it, without column padding.
    ///
    /// `.table` and `.markdown` group digits and escape control characters
    /// (markdown also escapes `|`); `.csv` quotes the field when needed; `.tsv`
    /// escapes tabs, newlines and backslashes; `.json` gives a JSON literal.
    public static func text(_ cell: Cell, for format: OutputFormat) -> String {
        switch format {
        case .table: return CellText.escaped(CellText.display(cell))
        case .markdown: return CellText.markdownEscaped(CellText.display(cell))
        case .csv: return CellText.csvField(CellText.plain(cell))
        case .tsv: return CellText.tsvField(CellText.plain(cell))
        case .json: return CellText.json(cell)
        }
    }

    // MARK: - Formats

    private static func aligned(_ table: Table, width: Int?) -> String {
        let columns = table.columns
        var header = columns.map { CellText.escaped($0.heading) }
        var rows = table.rows.map { row in
            columns.indices.map { text(cell(row, $0), for: .table) }
        }
        var widths = header.map(DisplayWidth.of)
        for row in rows {
            for (index, value) in row.enumerated() {
                widths[index] = max(widths[index], DisplayWidth.of(value))
            }
        }

        if let width {
            // Only free text is cut: a clipped number, date or flag would read as a different value.
            let shrinkable = columns.indices.map { index in
                columns[index].alignment == .left && table.rows.allSatisfy { row in
                    switch cell(row, index) {
                    case .text, .null: return true
                    default: return false
                    }
                }
            }
            let shrunk = shrink(widths, shrinkable: shrinkable, toFit: width)
            for index in columns.indices where shrunk[index] < widths[index] {
                header[index] = DisplayWidth.truncate(header[index], to: shrunk[index])
                for r in rows.indices {
                    rows[r][index] = DisplayWidth.truncate(rows[r][index], to: shrunk[index])
                }
            }
            widths = shrunk
        }

        func line(_ values: [String]) -> String {
            let cells = values.indices.map { padded(values[$0], to: widths[$0], columns[$0].alignment) }
            return trimmingTrailingSpaces(" " + cells.joined(separator: " | ")) + "\n"
        }

        var out = line(header)
        out += widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "\n"
        for row in rows { out += line(row) }
        if let footer = table.footer { out += footer + "\n" }
        return out
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

    private static func delimited(_ table: Table, format: OutputFormat, separator: String) -> String {
        var out = table.columns
            .map { format == .csv ? CellText.csvField($0.name) : CellText.tsvField($0.name) }
            .joined(separator: separator) + "\n"
        for row in table.rows {
            out += table.columns.indices
                .map { text(cell(row, $0), for: format) }
                .joined(separator: separator) + "\n"
        }
        return out
    }

    private static func json(_ table: Table) -> String {
        guard !table.rows.isEmpty else { return "[]\n" }
        let keys = table.columns.map { CellText.jsonString($0.name) }
        let objects = table.rows.map { row in
            let members = keys.indices.map { keys[$0] + ": " + CellText.json(cell(row, $0)) }
            return "  {" + members.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    private static func markdown(_ table: Table) -> String {
        let columns = table.columns
        let header = columns.map { CellText.markdownEscaped($0.heading) }
        let rows = table.rows.map { row in
            columns.indices.map { text(cell(row, $0), for: .markdown) }
        }
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
        return out
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
    /// Human-facing text (tables, markdown, cards): grouped digits, `%`, yes/no.
    static func display(_ cell: Cell) -> String {
        switch cell {
        case .null: return ""
        case .undefined: return "–"
        case .bar(let share): return Bars.draw(share)
        case .text(let s): return s
        case .integer(let n): return integer(n, grouping: true)
        case .amount(let a): return a.grouped
        case .total(let cents): return Amount.format(cents: cents, grouping: true)
        case .number(let v, let decimals): return fixed(v, decimals: decimals, grouping: true)
        case .percent(let v): return fixed(v, decimals: 2, grouping: true) + (v.isFinite ? "%" : "")
        case .time(let t): return t.display
        case .bool(let b): return b ? Messages.yes : Messages.no
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
