/// A standalone SVG horizontal bar chart of a table's `barColumn`, to drop into slides.
///
/// One bar per row, labelled by the row's leading text columns ("group · stage",
/// "from → to"), scaled on a value axis with gridlines at round numbers; a negative
/// value (a waterfall's deals out) draws its bar left of the zero line, in red. The
/// text is measured with `DisplayWidth` times an average glyph width, since an
/// SVG cannot ask the viewer's font; fonts come from a generic stack so
/// Vietnamese diacritics render with whatever is installed. No scripts, no CSS,
/// no external references, and the same table always gives the same bytes.
public enum ChartSVG {
    /// The SVG document (UTF-8 text, XML declaration first) charting `table`.
    ///
    /// Zero, null and undefined values draw no bar and read "–"; a table with no
    /// rows, or with no numeric column, gives the title and a "no data" note.
    public static func render(_ table: Table, title: String, language: Language = .english) -> String {
        let heading = DisplayWidth.truncate(CellText.escaped(title), to: Layout.titleColumns)
        guard !table.rows.isEmpty, let column = chartColumn(table) else { return empty(heading, title: title, language: language) }
        return chart(table, column: column, heading: heading, title: title, language: language)
    }

    // MARK: - Axis

    /// How a value axis reads: ticks as plain numbers, percentages or days.
    enum Unit: Equatable { case plain, percent, days }

    /// A value axis from 0 to `count` steps of `mantissa` × 10^`exponent`, and `below` steps under 0 when some
    /// value is negative.
    struct Axis: Equatable {
        /// 1, 2 or 5.
        var mantissa: Int
        var exponent: Int
        /// Intervals between gridlines above 0; gridlines are one more.
        var count: Int
        /// Intervals below 0.
        var below = 0

        /// Tick `i`'s value, computed from integers so 0.1 steps give 0.3, not 0.30000000000000004.
        func value(_ i: Int) -> Double {
            let units = Double(i * mantissa)
            var scale = 1.0
            for _ in 0..<(exponent < 0 ? -exponent : exponent) { scale *= 10 }
            return exponent < 0 ? units / scale : units * scale
        }

        var step: Double { value(1) }
        var top: Double { value(count) }
        var bottom: Double { value(-below) }
        /// The gridlines' indices, the lowest first; 0 is the zero line.
        var ticks: ClosedRange<Int> { -below...count }
        /// Decimals a tick needs: none for steps of 1 and up, one for 0.5, two for 0.05.
        var decimals: Int { exponent < 0 ? -exponent : 0 }
    }

    /// The smallest round step (1, 2 or 5 × 10^k) that covers `maximum` in at
    /// most 5 intervals, and at least 3 intervals, so 4 to 6 gridlines.
    ///
    /// Counts (`integral`) never step below 1, other values never below 0.01;
    /// a non-positive maximum gets an axis up to 1 step count.
    static func axis(for maximum: Double, integral: Bool) -> Axis {
        let target = maximum > 0 && maximum.isFinite ? maximum : 1
        var exponent = integral ? 0 : -2
        while true {
            for mantissa in [1, 2, 5] {
                let candidate = Axis(mantissa: mantissa, exponent: exponent, count: 0)
                // A hair under, so 0.5 / 0.1 = 5.000000000000001 still fits in 5 intervals.
                let intervals = target / candidate.step - 1e-9
                guard intervals <= 5 else { continue }
                var whole = Int(intervals)
                if Double(whole) < intervals { whole += 1 }
                return Axis(mantissa: mantissa, exponent: exponent, count: max(3, whole))
            }
            exponent += 1
        }
    }

    /// An axis for values from `-minimum` up to `maximum`: the step `axis(for:integral:)` gives their whole span,
    /// as many steps under 0 as the most negative value needs, and at least three steps in all.
    static func axis(for maximum: Double, below minimum: Double, integral: Bool) -> Axis {
        guard minimum > 0 && minimum.isFinite else { return axis(for: maximum, integral: integral) }
        let top = maximum > 0 && maximum.isFinite ? maximum : 0
        var axis = self.axis(for: top + minimum, integral: integral)
        func steps(_ v: Double) -> Int {
            let intervals = v / axis.step - 1e-9
            var whole = Int(intervals)
            if Double(whole) < intervals { whole += 1 }
            return max(0, whole)
        }
        axis.below = max(1, steps(minimum))
        axis.count = max(3 - axis.below, steps(top))
        return axis
    }

    /// A tick label: grouped digits with the axis's decimals, and `%` or days.
    static func tickText(_ value: Double, axis: Axis, unit: Unit, language: Language = .english) -> String {
        let text = CellText.fixed(value, decimals: axis.decimals, grouping: true)
        switch unit {
        case .plain: return text
        case .percent: return text + "%"
        case .days: return Message.chartDays(text).text(in: language)
        }
    }

    // MARK: - Rows

    /// One bar of the chart.
    struct Bar: Equatable {
        var label: String
        /// The first label part when the table has a group column first, to separate groups.
        var group: String?
        /// The length to draw, left of the zero line when negative; nil draws no bar (zero, null, undefined).
        var value: Double?
        /// The text printed at the bar's end, as the table shows it.
        var text: String
    }

    /// The column to chart: the table's `barColumn`, or else its first numeric column.
    static func chartColumn(_ table: Table) -> Int? {
        if let bar = table.barColumn, table.columns.indices.contains(bar) { return bar }
        return table.columns.indices.first { index in
            var numeric = false
            for row in table.rows {
                let cell = self.cell(row, index)
                if magnitude(cell) != nil {
                    numeric = true
                    continue
                }
                switch cell {
                case .null, .undefined: continue
                default: return false
                }
            }
            return numeric
        }
    }

    /// The bars of `table` for `column`, labelled by the left-aligned columns before it.
    static func bars(_ table: Table, column: Int) -> [Bar] {
        let labelColumns = Array((0..<column).prefix { table.columns[$0].alignment == .left })
        // Conversion tables name their pair "from" and "to"; every other join is a "·".
        let arrows = labelColumns.indices.dropFirst().map { k in
            table.columns[labelColumns[k - 1]].name == "from" && table.columns[labelColumns[k]].name == "to"
        }
        let grouped = labelColumns.count >= 2 && !(arrows.first ?? false)
        return table.rows.enumerated().map { index, row in
            let parts = labelColumns.map { i -> String in
                let text = TableRenderer.text(cell(row, i), for: .table)
                return text.isEmpty ? missing : text
            }
            var label = parts.first ?? String(index + 1)
            for (k, part) in parts.enumerated().dropFirst() {
                label += (arrows[k - 1] ? " → " : " · ") + part
            }
            let valueCell = cell(row, column)
            let value = magnitude(valueCell)
            let drawn = value.flatMap { $0 != 0 ? $0 : nil }
            let text = (value == nil || value == 0) ? missing : TableRenderer.text(valueCell, for: .table)
            return Bar(label: label, group: grouped ? parts[0] : nil, value: drawn, text: text)
        }
    }

    /// What reads for no value, as tables print an undefined ratio.
    static let missing = "–"

    /// A cell's numeric value; nil for text, times, flags, null and undefined.
    static func magnitude(_ cell: Cell) -> Double? {
        switch cell {
        case .integer(let n): return Double(n)
        case .amount(let a): return Double(a.cents) / 100
        case .total(let cents): return Double(cents) / 100
        case .number(let v, _), .percent(let v), .bar(let v, _): return v.isFinite ? v : nil
        case .null, .undefined, .text, .time, .bool: return nil
        }
    }

    /// How the column's values read on the axis, and whether they are whole counts.
    static func unit(_ table: Table, column: Int) -> (unit: Unit, integral: Bool) {
        var unit = Unit.plain
        var integral = true
        for row in table.rows {
            switch cell(row, column) {
            case .percent:
                unit = .percent
                integral = false
            // Fractional numbers are durations in days throughout stagesh (reports, `days` values).
            case .number:
                if unit == .plain { unit = .days }
                integral = false
            case .amount, .total, .bar: integral = false
            default: break
            }
        }
        return (unit, integral)
    }

    private static func cell(_ row: [Cell], _ index: Int) -> Cell {
        index < row.count ? row[index] : .null
    }

    // MARK: - Drawing

    /// Sizes in SVG user units (pixels), and average glyph widths per font size
    /// for sans-serif text (about 0.57 em), used with `DisplayWidth` columns.
    enum Layout {
        static let margin = 20.0
        static let titleSize = 18.0, titleGlyph = 10.4, titleBaseline = 34.0
        static let labelSize = 13.0, labelGlyph = 7.4
        static let valueSize = 12.0, valueGlyph = 6.9
        static let tickSize = 11.0, tickGlyph = 6.4
        static let plotTop = 58.0, plotWidth = 520.0
        static let rowHeight = 26.0, barHeight = 16.0
        /// Between the labels' right edge and the axis; between a bar and its value.
        static let gap = 10.0, valueGap = 6.0
        /// Labels and titles longer than this many columns are cut with "…".
        static let labelColumns = 36, titleColumns = 90
    }

    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif"
    static let barColor = "#4e79a7", negativeColor = "#e15759", textColor = "#222222", mutedColor = "#666666"
    static let gridColor = "#e2e2e2", axisColor = "#9a9a9a", separatorColor = "#c8c8c8"

    private static func chart(_ table: Table, column: Int, heading: String, title: String, language: Language) -> String {
        typealias L = Layout
        let bars = self.bars(table, column: column)
        let (unit, integral) = self.unit(table, column: column)
        let maximum = bars.compactMap(\.value).max() ?? 0
        let minimum = min(0, bars.compactMap(\.value).min() ?? 0)
        let axis = self.axis(for: maximum, below: -minimum, integral: integral)
        let ticks = axis.ticks.map { tickText(axis.value($0), axis: axis, unit: unit, language: language) }

        let labels = bars.map { DisplayWidth.truncate($0.label, to: L.labelColumns) }
        let labelWidth = Double(max(3, labels.map(DisplayWidth.of).max() ?? 0)) * L.labelGlyph
        let valueWidth = Double(bars.map { DisplayWidth.of($0.text) }.max() ?? 0) * L.valueGlyph
        let lastTickHalf = Double(DisplayWidth.of(ticks[ticks.count - 1])) * L.tickGlyph / 2
        let plotLeft = L.margin + labelWidth + L.gap
        let plotRight = plotLeft + L.plotWidth
        let plotBottom = L.plotTop + Double(bars.count) * L.rowHeight
        let caption = DisplayWidth.truncate(CellText.escaped(table.columns[column].heading(in: language)), to: L.titleColumns)
        let contentWidth = plotRight + max(L.valueGap + valueWidth, lastTickHalf) + L.margin
        let titleWidth = 2 * L.margin + Double(DisplayWidth.of(heading)) * L.titleGlyph
        let width = whole(max(contentWidth, titleWidth))
        let height = whole(plotBottom + 52)
        // With nothing below 0 this is plotLeft + width × value / top, the zero line at plotLeft.
        func x(_ value: Double) -> Double { plotLeft + L.plotWidth * (value - axis.bottom) / (axis.top - axis.bottom) }
        let zero = x(0)

        var out = header(width: width, height: height, title: title)
        out +=
            "<text class=\"title\" x=\"\(n(L.margin))\" y=\"\(n(L.titleBaseline))\" font-size=\"\(n(L.titleSize))\""
            + " font-weight=\"bold\" fill=\"\(textColor)\">\(xml(heading))</text>\n"

        out += "<g class=\"grid\" stroke-width=\"1\">\n"
        for i in axis.ticks {
            let gx = x(axis.value(i))
            out +=
                "  <line x1=\"\(n(gx))\" y1=\"\(n(L.plotTop - 4))\" x2=\"\(n(gx))\" y2=\"\(n(plotBottom))\""
                + " stroke=\"\(i == 0 ? axisColor : gridColor)\"/>\n"
        }
        out += "</g>\n"

        let boundaries = bars.indices.dropFirst().filter {
            bars[$0].group != nil && bars[$0].group != bars[$0 - 1].group
        }
        if !boundaries.isEmpty {
            out += "<g class=\"separators\" stroke=\"\(separatorColor)\" stroke-width=\"1\">\n"
            for i in boundaries {
                let y = L.plotTop + Double(i) * L.rowHeight
                out += "  <line x1=\"\(n(L.margin))\" y1=\"\(n(y))\" x2=\"\(n(plotRight))\" y2=\"\(n(y))\"/>\n"
            }
            out += "</g>\n"
        }

        out += "<g class=\"bars\" fill=\"\(barColor)\">\n"
        for (i, bar) in bars.enumerated() {
            guard let value = bar.value else { continue }
            let top = L.plotTop + Double(i) * L.rowHeight + (L.rowHeight - L.barHeight) / 2
            let length = max(1, abs(x(value) - zero))
            let left = value < 0 ? zero - length : zero
            let negative = value < 0 ? " negative\" fill=\"\(negativeColor)" : ""
            out +=
                "  <rect class=\"bar\(negative)\" x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(length))\""
                + " height=\"\(n(L.barHeight))\" rx=\"2\"/>\n"
        }
        out += "</g>\n"

        // Baselines sit about 0.35 em below a row's middle, so text centres on its bar.
        out += "<g class=\"labels\" font-size=\"\(n(L.labelSize))\" fill=\"\(textColor)\" text-anchor=\"end\">\n"
        for (i, label) in labels.enumerated() {
            let y = L.plotTop + (Double(i) + 0.5) * L.rowHeight + 0.35 * L.labelSize
            out += "  <text class=\"label\" x=\"\(n(plotLeft - L.gap))\" y=\"\(n(y))\">\(xml(label))</text>\n"
        }
        out += "</g>\n"

        out += "<g class=\"values\" font-size=\"\(n(L.valueSize))\" fill=\"\(textColor)\">\n"
        for (i, bar) in bars.enumerated() {
            // A negative bar's value reads right of the zero line, where its row has no bar.
            let end = bar.value.map { $0 < 0 ? zero : zero + max(1, x($0) - zero) } ?? zero
            let y = L.plotTop + (Double(i) + 0.5) * L.rowHeight + 0.35 * L.valueSize
            let muted = bar.value == nil ? " fill=\"\(mutedColor)\"" : ""
            out +=
                "  <text class=\"value\" x=\"\(n(end + L.valueGap))\" y=\"\(n(y))\"\(muted)>"
                + "\(xml(bar.text))</text>\n"
        }
        out += "</g>\n"

        out += "<g class=\"ticks\" font-size=\"\(n(L.tickSize))\" fill=\"\(mutedColor)\" text-anchor=\"middle\">\n"
        for (i, tick) in zip(axis.ticks, ticks) {
            out +=
                "  <text class=\"tick\" x=\"\(n(x(axis.value(i))))\" y=\"\(n(plotBottom + 16))\">"
                + "\(xml(tick))</text>\n"
        }
        out += "</g>\n"
        out +=
            "<text class=\"axis-title\" x=\"\(n((plotLeft + plotRight) / 2))\" y=\"\(n(plotBottom + 38))\""
            + " font-size=\"\(n(L.valueSize))\" fill=\"\(mutedColor)\" text-anchor=\"middle\">\(xml(caption))</text>\n"
        return out + "</svg>\n"
    }

    /// The title and a "no data" note.
    private static func empty(_ heading: String, title: String, language: Language) -> String {
        typealias L = Layout
        let width = whole(max(420, 2 * L.margin + Double(DisplayWidth.of(heading)) * L.titleGlyph))
        let height = 110.0
        var out = header(width: width, height: height, title: title)
        out +=
            "<text class=\"title\" x=\"\(n(L.margin))\" y=\"\(n(L.titleBaseline))\" font-size=\"\(n(L.titleSize))\""
            + " font-weight=\"bold\" fill=\"\(textColor)\">\(xml(heading))</text>\n"
        out +=
            "<text class=\"note\" x=\"\(n(width / 2))\" y=\"\(n(76))\" font-size=\"14\" font-style=\"italic\""
            + " fill=\"\(mutedColor)\" text-anchor=\"middle\">\(xml(Message.chartNoData.text(in: language)))</text>\n"
        return out + "</svg>\n"
    }

    /// The XML declaration, the root element and its title, and a white background.
    private static func header(width: Double, height: Double, title: String) -> String {
        let w = n(width)
        let h = n(height)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(w)\" height=\"\(h)\""
            + " viewBox=\"0 0 \(w) \(h)\" font-family=\"\(fontFamily)\">\n"
            + "<title>\(xml(CellText.escaped(title)))</title>\n"
            + "<rect class=\"background\" x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>\n"
    }

    // MARK: - Text

    /// `s` safe in XML text and attribute values: the five special characters
    /// escaped, and the non-characters XML forbids (U+FFFE, U+FFFF) replaced.
    ///
    /// Control characters must already be escaped (`CellText.escaped`).
    static func xml(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A coordinate with at most two decimals and no trailing zeros, independent of locale.
    static func n(_ value: Double) -> String {
        var text = CellText.fixed(value, decimals: 2, grouping: false)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `value` rounded up to a whole pixel.
    private static func whole(_ value: Double) -> Double {
        let truncated = Double(Int(value))
        return truncated < value ? truncated + 1 : truncated
    }
}
