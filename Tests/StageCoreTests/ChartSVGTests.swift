import Foundation
import StageTestSupport
import Testing

@testable import StageCore

#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG parsed back with XMLParser: every element with its attributes and text.
final class ParsedSVG: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var error: String?

    /// Nil when the text is not well-formed XML.
    static func parse(_ svg: String) -> ParsedSVG? {
        let parsed = ParsedSVG()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = parsed
        guard parser.parse(), parsed.error == nil else { return nil }
        return parsed
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        open.append(elements.count)
        elements.append(Element(name: name, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let last = open.last { elements[last].text += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = "\(parseError)"
    }

    func all(_ name: String, class className: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (className == nil || $0.attributes["class"] == className) }
    }

    var labels: [String] { all("text", class: "label").map(\.text) }
    var values: [String] { all("text", class: "value").map(\.text) }
    var ticks: [String] { all("text", class: "tick").map(\.text) }
    var bars: [Element] { all("rect", class: "bar") }
}

@Suite struct ChartSVGTests {
    /// A funnel-shaped table: stage names, counts, and the bar column "reached".
    static func funnel(_ stages: [(String, Cell)], title: String = "stage") -> Table {
        var table = Table(
            columns: [Column(title), Column("now", alignment: .right), Column("reached", alignment: .right)],
            rows: stages.map { [.text($0.0), .integer(1), $0.1] })
        table.barColumn = 2
        return table
    }

    static let demoLike = funnel([
        ("New", .integer(268)), ("Contacted", .integer(224)), ("Qualified", .integer(229)),
        ("Negotiation", .integer(234)), ("Proposal Sent", .integer(160)), ("Won", .integer(65)),
        ("Lost", .integer(113)),
    ])

    static func parsed(_ svg: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ParsedSVG {
        try #require(ParsedSVG.parse(svg), "not well-formed XML:\n\(svg)", sourceLocation: sourceLocation)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func standaloneWellFormedSVG() throws {
        let svg = ChartSVG.render(Self.demoLike, title: "Funnel")
        let doc = try Self.parsed(svg)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\""))
        let root = try #require(doc.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["version"] == "1.1")
        let width = try #require(root.attributes["width"].flatMap(Double.init))
        let height = try #require(root.attributes["height"].flatMap(Double.init))
        #expect(root.attributes["viewBox"] == "0 0 \(root.attributes["width"]!) \(root.attributes["height"]!)")
        #expect(width > 600 && height > 200)
        let fonts = try #require(root.attributes["font-family"])
        #expect(fonts.hasPrefix("system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans'"))
        #expect(fonts.hasSuffix("sans-serif"))
        // Nothing that runs or fetches: no scripts, styles, links or external references.
        for banned in ["<script", "<style", "@import", "href", "<foreignObject", "url("] {
            #expect(!svg.contains(banned), "\(banned)")
        }
        #expect(Self.count("http", in: svg) == 1)
        #expect(doc.all("title").first?.text == "Funnel")
        #expect(doc.all("text", class: "title").first?.text == "Funnel")
        #expect(doc.all("text", class: "axis-title").first?.text == "reached")
        #expect(doc.labels == ["New", "Contacted", "Qualified", "Negotiation", "Proposal Sent", "Won", "Lost"])
        #expect(doc.values == ["268", "224", "229", "234", "160", "65", "113"])
    }

    @Test func oneBarPerNonZeroRowScaledToTheLargest() throws {
        let table = Self.funnel([("a", .integer(50)), ("b", .integer(0)), ("c", .integer(100)), ("d", .integer(25))])
        let svg = ChartSVG.render(table, title: "t")
        let doc = try Self.parsed(svg)
        #expect(Self.count("<rect class=\"bar\"", in: svg) == 3)
        let widths = doc.bars.compactMap { $0.attributes["width"].flatMap(Double.init) }
        #expect(widths.count == 3)
        // 50, 100 and 25 keep their proportions on an axis from 0 to 100.
        #expect(widths[1] == 2 * widths[0] && widths[0] == 2 * widths[2])
        #expect(doc.ticks == ["0", "20", "40", "60", "80", "100"])
        #expect(doc.values == ["50", "–", "100", "25"])
        // Every bar starts at the axis, the same x as the 0 gridline.
        let xs = Set(doc.bars.compactMap { $0.attributes["x"] })
        #expect(xs.count == 1 && xs.first == doc.all("line").first?.attributes["x1"])
    }

    /// A waterfall's deals out: a red bar from its value up to the zero line, on an axis that reaches below 0; bars
    /// of positive values start at the zero line, and every value keeps its proportion.
    @Test func negativeValuesDrawLeftOfTheZeroLine() throws {
        let table = Self.funnel([("in", .integer(300)), ("out", .integer(-100)), ("none", .integer(0)), ("end", .total(20_000))])
        let svg = ChartSVG.render(table, title: "waterfall")
        let doc = try Self.parsed(svg)
        #expect(doc.ticks == ["-100", "0", "100", "200", "300"])
        #expect(doc.values == ["300", "-100", "–", "200"])
        let ticks = doc.all("text", class: "tick")
        let zero = try #require(ticks.first { $0.text == "0" }?.attributes["x"].flatMap(Double.init))
        let positive = doc.bars, negative = doc.all("rect", class: "bar negative")
        #expect(positive.count == 2 && negative.count == 1)
        func number(_ e: ParsedSVG.Element, _ name: String) -> Double { e.attributes[name].flatMap(Double.init) ?? .nan }
        for bar in positive { #expect(abs(number(bar, "x") - zero) < 0.01) }
        let out = try #require(negative.first)
        #expect(abs(number(out, "x") + number(out, "width") - zero) < 0.01)
        #expect(out.attributes["fill"] == ChartSVG.negativeColor)
        #expect(abs(number(positive[0], "width") - 3 * number(out, "width")) < 0.02)
        #expect(abs(number(positive[1], "width") - 2 * number(out, "width")) < 0.02)
        // The zero line is the axis's colour; the others are gridlines.
        let zeroLine = doc.all("line").first { $0.attributes["x1"].flatMap(Double.init).map { abs($0 - zero) < 0.01 } ?? false }
        #expect(zeroLine?.attributes["stroke"] == ChartSVG.axisColor)
        // Without a negative value, nothing changes: the zero line is the plot's left edge.
        let plain = ChartSVG.render(Self.funnel([("in", .integer(300)), ("end", .integer(200))]), title: "waterfall")
        #expect(try Self.parsed(plain).ticks == ["0", "100", "200", "300"])
        #expect(!plain.contains("negative"))
    }

    @Test(arguments: [(300.0, 100.0), (10, 1_000), (0, 5), (0.3, 0.07), (21_739_000, 4_000_000), (1, 1)])
    func axesBelowZeroHaveRoundTicksThroughZero(maximum: Double, minimum: Double) {
        for integral in [true, false] {
            let axis = ChartSVG.axis(for: maximum, below: minimum, integral: integral)
            #expect(Self.isRound(axis.step), "\(axis)")
            #expect(axis.below >= 1 && axis.bottom <= -minimum && axis.top >= maximum, "\(maximum), -\(minimum): \(axis)")
            #expect(axis.ticks.count >= 4 && axis.ticks.count <= 8, "\(maximum), -\(minimum): \(axis)")
            // No more than one step of room on either side.
            #expect(axis.value(-axis.below + 1) > -minimum, "\(axis)")
            #expect(axis.count == 0 || axis.value(axis.count - 1) < maximum || axis.below + axis.count == 3, "\(axis)")
        }
        #expect(ChartSVG.axis(for: maximum, below: 0, integral: true) == ChartSVG.axis(for: maximum, integral: true))
    }

    @Test func labelsAndTitleAreEscaped() throws {
        let table = Self.funnel([("R&D <1>", .integer(3)), ("\"quoted\" 'single'", .integer(2)), ("a>b", .integer(1))])
        let svg = ChartSVG.render(table, title: "Q&A <\"pipeline\"> 'demo'")
        let doc = try Self.parsed(svg)
        #expect(svg.contains(">R&amp;D &lt;1&gt;</text>"))
        #expect(svg.contains("&quot;quoted&quot; &apos;single&apos;"))
        #expect(!svg.contains("R&D"))
        #expect(doc.labels == ["R&D <1>", "\"quoted\" 'single'", "a>b"])
        #expect(doc.all("text", class: "title").first?.text == "Q&A <\"pipeline\"> 'demo'")
        #expect(doc.all("title").first?.text == "Q&A <\"pipeline\"> 'demo'")
    }

    @Test func controlCharactersStayWellFormed() throws {
        let table = Self.funnel([("tab\there\u{1}", .integer(3)), ("\u{FFFF}", .integer(2))])
        let doc = try Self.parsed(ChartSVG.render(table, title: "line\nbreak"))
        #expect(doc.labels == ["tab\\there\\x01", "\u{FFFD}"])
        #expect(doc.all("title").first?.text == "line\\nbreak")
    }

    @Test func vietnameseLabelsKeptIntact() throws {
        let names = ["Mới", "Đã liên hệ", "Đủ điều kiện", "Đàm phán", "Thắng", "Nguyễn Văn An"]
        let table = Self.funnel(names.enumerated().map { ($0.element, .integer(Int64(10 + $0.offset))) })
        let svg = ChartSVG.render(table, title: "Phễu bán hàng — Quý 4")
        let doc = try Self.parsed(svg)
        #expect(doc.labels == names)
        // The same scalars, not a decomposed or re-encoded form.
        #expect(doc.labels.map { Array($0.unicodeScalars) } == names.map { Array($0.unicodeScalars) })
        for name in names { #expect(svg.contains(">\(name)</text>")) }
        #expect(svg.contains("Phễu bán hàng — Quý 4"))
        #expect(String(decoding: Data(svg.utf8), as: UTF8.self) == svg)
    }

    @Test func longLabelsAreTruncatedWithAnEllipsis() throws {
        let long = String(repeating: "Thương lượng hợp đồng ", count: 5)
        let table = Self.funnel([(long, .integer(4)), ("CJK 東京商事", .integer(2))])
        let doc = try Self.parsed(ChartSVG.render(table, title: "t"))
        let label = try #require(doc.labels.first)
        #expect(label.hasSuffix("…"))
        #expect(long.hasPrefix(String(label.dropLast())))
        #expect(DisplayWidth.of(label) <= ChartSVG.Layout.labelColumns)
        #expect(doc.labels[1] == "CJK 東京商事")
    }

    @Test func labelWidthFollowsTheLongestLabel() throws {
        func plotLeft(_ label: String) throws -> Double {
            let doc = try Self.parsed(ChartSVG.render(Self.funnel([(label, .integer(4))]), title: "t"))
            return try #require(doc.bars.first?.attributes["x"].flatMap(Double.init))
        }
        let short = try plotLeft("Won"), long = try plotLeft("Proposal Sent"), wide = try plotLeft("東京商事東京")
        #expect(short < long)
        // Twelve columns of CJK take the room of twelve average glyphs, not six.
        #expect(abs(wide - (short + 9 * ChartSVG.Layout.labelGlyph)) < 0.01)
    }

    @Test func deterministic() {
        let a = ChartSVG.render(Self.demoLike, title: "Funnel")
        let b = ChartSVG.render(Self.demoLike, title: "Funnel")
        var copy = Self.demoLike
        copy.footer = .verbatim("(7 rows)")
        #expect(a == b)
        #expect(a == ChartSVG.render(copy, title: "Funnel"))
        #expect(ChartSVG.render(Table(columns: []), title: "x") == ChartSVG.render(Table(columns: []), title: "x"))
    }

    @Test func numbersHaveAtMostTwoDecimals() throws {
        let table = Self.funnel([("a", .percent(83.5821)), ("b", .percent(33.3333)), ("c", .percent(0.07))])
        let svg = ChartSVG.render(table, title: "t")
        let doc = try Self.parsed(svg)
        for element in doc.elements {
            let coordinates = ["x", "y", "x1", "x2", "y1", "y2", "width", "height"]
            for (name, value) in element.attributes where coordinates.contains(name) {
                let parts = value.split(separator: ".")
                #expect(
                    Double(value) != nil && parts.count <= 2 && (parts.count == 1 || parts[1].count <= 2),
                    "\(name)=\(value)")
                #expect(!value.contains(",") && !value.contains("e"))
            }
        }
    }

    @Test func emptyTable() throws {
        var table = Self.funnel([])
        table.footer = .verbatim("(0 rows)")
        for empty in [table, Table(columns: []), Table(columns: [Column("stage")], rows: [[.text("New")]])] {
            let svg = ChartSVG.render(empty, title: "Funnel & more")
            let doc = try Self.parsed(svg)
            #expect(doc.elements.first?.name == "svg")
            #expect(doc.elements.first?.attributes["viewBox"] != nil)
            #expect(doc.all("text", class: "title").first?.text == "Funnel & more")
            #expect(doc.all("text", class: "note").first?.text == Message.chartNoData.english)
            #expect(doc.bars.isEmpty)
        }
    }

    @Test func undefinedAndZeroValuesDrawNoBarButKeepTheirLabel() throws {
        let columns = [Column("stage"), Column("spells", alignment: .right), Column("mean days", alignment: .right)]
        var table = Table(
            columns: columns,
            rows: [
                [.text("New"), .integer(250), .number(18.18, decimals: 2)],
                [.text("Won"), .integer(0), .undefined],
                [.text("Lost"), .integer(0), .number(0, decimals: 2)],
                [.text("Odd"), .integer(0), .null],
                [.text("Proposal Sent"), .integer(139), .number(31.23, decimals: 2)],
            ])
        table.barColumn = 2
        let svg = ChartSVG.render(table, title: "Dwell")
        let doc = try Self.parsed(svg)
        #expect(Self.count("<rect class=\"bar\"", in: svg) == 2)
        #expect(doc.labels == ["New", "Won", "Lost", "Odd", "Proposal Sent"])
        #expect(doc.values == ["18.18", "–", "–", "–", "31.23"])
        #expect(doc.ticks == ["0 days", "10 days", "20 days", "30 days", "40 days"])

        var undefined = table
        undefined.rows = table.rows.map { [$0[0], $0[1], .undefined] }
        let none = try Self.parsed(ChartSVG.render(undefined, title: "Dwell"))
        #expect(none.bars.isEmpty)
        #expect(none.labels.count == 5 && Set(none.values) == ["–"])
        #expect(none.ticks.count >= 4 && none.ticks.count <= 6)
    }

    @Test func groupedTableLabels() throws {
        var table = Table(
            columns: [
                Column("owner"), Column("stage"), Column("now", alignment: .right),
                Column("reached", alignment: .right), Column("% of first", alignment: .right),
            ],
            rows: [
                [.text("Bùi Khánh"), .text("New"), .integer(1), .integer(30), .percent(100)],
                [.text("Bùi Khánh"), .text("Won"), .integer(7), .integer(7), .percent(23.33)],
                [.text("Đặng Sơn"), .text("New"), .integer(0), .integer(37), .percent(100)],
                [.null, .text("New"), .integer(0), .integer(2), .percent(100)],
            ])
        table.barColumn = 4
        let svg = ChartSVG.render(table, title: "Funnel by owner")
        let doc = try Self.parsed(svg)
        #expect(doc.labels == ["Bùi Khánh · New", "Bùi Khánh · Won", "Đặng Sơn · New", "– · New"])
        #expect(doc.values == ["100.00%", "23.33%", "100.00%", "100.00%"])
        // A line between groups, none inside one.
        #expect(doc.all("g", class: "separators").count == 1)
        #expect(Self.count("<line", in: svg) == doc.ticks.count + 2)
    }

    @Test func conversionLabelsReadFromTo() throws {
        let columns = [
            Column("from"), Column("to"), Column("entered", alignment: .right),
            Column("then entered", alignment: .right), Column("conversion", alignment: .right),
        ]
        var table = Table(
            columns: columns,
            rows: [
                [.text("New"), .text("Contacted"), .integer(268), .integer(224), .percent(83.58)],
                [.text("Proposal Sent"), .text("Won"), .integer(160), .integer(65), .percent(40.63)],
                [.text("Lost"), .text("Won"), .integer(0), .integer(0), .undefined],
            ])
        table.barColumn = 4
        let doc = try Self.parsed(ChartSVG.render(table, title: "Conversion"))
        #expect(doc.labels == ["New → Contacted", "Proposal Sent → Won", "Lost → Won"])
        #expect(doc.values == ["83.58%", "40.63%", "–"])
        #expect(doc.ticks == ["0%", "20%", "40%", "60%", "80%", "100%"])
        #expect(doc.all("g", class: "separators").isEmpty)

        var grouped = table
        grouped.columns.insert(Column("owner"), at: 0)
        grouped.rows = table.rows.map { [.text("Lê Hạnh")] + $0 }
        grouped.barColumn = 5
        let byOwner = try Self.parsed(ChartSVG.render(grouped, title: "Conversion by owner"))
        #expect(byOwner.labels.first == "Lê Hạnh · New → Contacted")
    }

    /// Whether `value` is 1, 2 or 5 × 10^k.
    static func isRound(_ value: Double) -> Bool {
        var v = value
        while v >= 10 { v /= 10 }
        while v < 1 { v *= 10 }
        return [1.0, 2.0, 5.0].contains { abs(v - $0) < 1e-9 }
    }

    @Test(arguments: [
        0.004, 0.3, 0.7, 1, 2, 3, 7, 9.99, 10, 11, 24.25, 65, 99, 100, 100.01, 173.85, 268,
        1_000, 21_739_000, 98_765_432_100,
    ])
    func axesHaveRoundTicks(maximum: Double) {
        for integral in [true, false] {
            let axis = ChartSVG.axis(for: maximum, integral: integral)
            #expect([1, 2, 5].contains(axis.mantissa))
            #expect(Self.isRound(axis.step), "\(axis)")
            #expect((4...6).contains(axis.count + 1), "\(maximum): \(axis)")
            #expect(axis.top >= maximum)
            // No more room than one step beyond the largest bar needs, unless the minimum of 3 steps applies.
            #expect(axis.count == 3 || axis.value(axis.count - 1) < maximum, "\(maximum): \(axis)")
            if integral { #expect(axis.exponent >= 0) } else { #expect(axis.exponent >= -2) }
        }
    }

    @Test func renderedTicksAreRoundNumbers() throws {
        let maxima: [Cell] = [
            .integer(268), .integer(2), .amount(Amount(cents: 2_173_900_000)),
            .total(123_456), .percent(173.85), .percent(0.3), .number(142.91, decimals: 2),
        ]
        for maximum in maxima {
            let table = Self.funnel([("a", maximum), ("b", .integer(1))])
            let doc = try Self.parsed(ChartSVG.render(table, title: "t"))
            let ticks = doc.ticks.map { text -> Double in
                let digits = text.replacingOccurrences(of: ",", with: "")
                    .replacingOccurrences(of: "%", with: "").replacingOccurrences(of: " days", with: "")
                return Double(digits) ?? .nan
            }
            #expect((4...6).contains(ticks.count), "\(maximum): \(doc.ticks)")
            #expect(ticks.first == 0)
            let step = ticks[1]
            #expect(Self.isRound(step), "\(maximum): \(doc.ticks)")
            for (i, tick) in ticks.enumerated() { #expect(abs(tick - Double(i) * step) < 1e-9, "\(doc.ticks)") }
            let top = try #require(ChartSVG.magnitude(maximum))
            #expect(ticks.last! >= top)
            // Ticks are spread evenly across the plot.
            let xs = doc.all("text", class: "tick").compactMap { $0.attributes["x"].flatMap(Double.init) }
            let gaps = zip(xs, xs.dropFirst()).map { $1 - $0 }
            #expect(gaps.allSatisfy { abs($0 - gaps[0]) <= 0.011 })
        }
        let percent = try Self.parsed(ChartSVG.render(Self.funnel([("a", .percent(0.3))]), title: "t"))
        #expect(percent.ticks == ["0.0%", "0.1%", "0.2%", "0.3%"])
        let counts = try Self.parsed(ChartSVG.render(Self.funnel([("a", .integer(2))]), title: "t"))
        #expect(counts.ticks == ["0", "1", "2", "3"])
        let money = try Self.parsed(ChartSVG.render(Self.funnel([("a", .total(2_173_900_000))]), title: "t"))
        #expect(money.ticks == ["0", "5,000,000", "10,000,000", "15,000,000", "20,000,000", "25,000,000"])
    }

    /// The demo's funnel and conversion reports, end to end; set CHART_SVG_OUT
    /// to a directory to keep the charts (funnel.svg, conversion.svg) for a look.
    @Test func demoReports() throws {
        let demo = repositoryPath("seeds/demo.json")
        var session = testSession(clock: nil)
        _ = try session.execute(line: "load " + Quoting.quoteIfNeeded(demo))
        let out = ProcessInfo.processInfo.environment["CHART_SVG_OUT"]
        for (command, bars) in [("funnel", 7), ("conversion", 9), ("dwell", 5), ("funnel by owner", 56)] {
            guard case .table(let table)? = try session.execute(line: command).first else {
                Issue.record("\(command) gave no table")
                continue
            }
            #expect(table.barColumn != nil)
            let title = "stagesh demo: \(command)"
            let svg = ChartSVG.render(table, title: title)
            let doc = try Self.parsed(svg)
            #expect(doc.labels.count == table.rows.count)
            #expect(doc.bars.count == bars, "\(command)")
            if let out {
                try svg.write(
                    toFile: out + "/" + command.replacingOccurrences(of: " ", with: "-") + ".svg",
                    atomically: true, encoding: .utf8)
            }
        }
    }
}
