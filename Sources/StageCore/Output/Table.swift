/// One value in a result table, typed so each renderer can print it its own way.
public enum Cell: Sendable, Equatable {
    case null
    case text(String)
    case integer(Int64)
    /// Exact money; tables group digits, CSV and JSON print it plain.
    case amount(Amount)
    /// A wide exact sum of cents (totals of many amounts).
    case total(Int128)
    /// A fractional number printed with a fixed number of decimals (days: 2).
    case number(Double, decimals: Int)
    /// A percentage 0...100, printed with two decimals (`37.41%` in tables).
    case percent(Double)
    case time(Timestamp)
    case bool(Bool)
    /// A ratio with a zero denominator: `–` to read, null to machines.
    case undefined
    /// A bar of a chart column: the value's share of the column's largest, 0...1, and the
    /// share of it drawn light (what the row lost: the funnel's leak at a stage).
    case bar(Double, lost: Double = 0)
}

/// How a column's cells line up in aligned text.
public enum Alignment: Sendable, Equatable { case left, right }

/// A column of a result table.
public struct Column: Sendable, Equatable {
    /// The column's name: what CSV, TSV and JSON print, part of their contract.
    public var name: String
    public var alignment: Alignment
    /// A heading for people (aligned tables and Markdown) in place of `name`,
    /// said in the language of the output; nil shows `name`.
    public var title: ColumnTitle?
    /// A unit a card for people prints after a value (`age 452.26 days`, `value 28,000 VND`); CSV, TSV and JSON print the bare value.
    ///
    /// Only cards (`TableRenderer.renderCard`) print it.
    public var unit: Message?

    public init(_ name: String, alignment: Alignment = .left, title: ColumnTitle? = nil, unit: Message? = nil) {
        self.name = name
        self.alignment = alignment
        self.title = title
        self.unit = unit
    }

    /// What aligned tables and Markdown print as this column's heading.
    public func heading(in language: Language) -> String {
        switch title {
        case nil: name
        case .field: language.columnHeading(name)
        case .term(let key): language.catalogue.term("heading.\(key)") ?? name
        case .message(let message): message.text(in: language)
        }
    }
}

/// Where a column's heading for people comes from.
public enum ColumnTitle: Sendable, Equatable {
    /// The name is a field's or a period of one's (`owner`, `month(created)`): `Language.columnHeading`.
    case field
    /// The catalogue's `heading.KEY`, else the name.
    case term(String)
    /// A message of its own (`value USD`).
    case message(Message)
}

/// A result table, kept apart from how it is printed.
///
/// Commands and reports build tables; `TableRenderer` turns them into text in
/// the session's output format. A big table (`list` over a million records)
/// makes its rows only as they are printed, so the first screen shows at once
/// and Ctrl-C stops it part-way; reading `rows` makes them all.
public struct Table: Sendable, Equatable {
    public var columns: [Column]
    private var stored: [[Cell]]
    /// Makes row `i` on demand, for `count` rows; nil when the rows are stored.
    private var source: (count: Int, make: @Sendable (Int) -> [Cell])?
    /// A line printed under aligned tables only (`(3 rows)`, a note).
    public var footer: Message?
    /// A numeric column worth a bar chart beside it on a terminal.
    public var barColumn: Int?
    /// The column whose value is the light end of each bar (a part of `barColumn`'s value), if any.
    public var barLostColumn: Int?

    /// The same figures laid out for aligned text, which `format table` prints in place of the rows:
    /// transitions' from × to matrix beside its long rows.
    ///
    /// CSV, TSV, JSON and Markdown print the rows, which `order by`, `limit` and charts read;
    /// ordering or cutting the rows drops it, so a terminal then shows the rows as ordered.
    public var alignedLayout: Table? {
        get { layouts.first }
        set { layouts = newValue.map { [$0] } ?? [] }
    }
    /// `alignedLayout`, held in an array: a struct cannot hold an optional of itself.
    private var layouts: [Table] = []

    public init(columns: [Column], rows: [[Cell]] = [], footer: Message? = nil) {
        self.columns = columns
        self.stored = rows
        self.footer = footer
    }

    /// A table of `count` rows made by `row` when they are printed.
    public init(columns: [Column], count: Int, footer: Message? = nil, row: @escaping @Sendable (Int) -> [Cell]) {
        self.columns = columns
        self.stored = []
        self.source = (count, row)
        self.footer = footer
    }

    /// Every row (made now, for a table that makes its rows when printed).
    public var rows: [[Cell]] {
        get { source.map { s in (0..<s.count).map(s.make) } ?? stored }
        set { stored = newValue; source = nil }
    }

    public var rowCount: Int { source?.count ?? stored.count }

    public func row(_ i: Int) -> [Cell] { source?.make(i) ?? stored[i] }

    public static func == (a: Table, b: Table) -> Bool {
        a.columns == b.columns && a.footer == b.footer && a.barColumn == b.barColumn && a.barLostColumn == b.barLostColumn && a.rows == b.rows
            && a.layouts == b.layouts
    }
}

/// The output formats of `format` and `--format`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, tsv, json, markdown
}
