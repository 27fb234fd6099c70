/// How a table is printed: the format, the window it must fit, whether records come one per
/// block, and how bars are drawn (psql's printTableOpt).
public struct RenderOptions: Sendable {
    public var format: OutputFormat
    /// The terminal's columns; nil leaves tables whole (not a terminal).
    public var width: Int?
    /// One record per block: `on`, `off`, or `auto` when a table is wider than `width`.
    public var expanded: DisplayMode
    /// The look of a bar column's cells.
    public var bars: Bars
    /// The language of headings, footers and the words in cells for people.
    public var language: Language

    public init(
        format: OutputFormat, width: Int? = nil, expanded: DisplayMode = .off, bars: Bars = Bars(),
        language: Language = .english
    ) {
        self.format = format
        self.width = width
        self.expanded = expanded
        self.bars = bars
        self.language = language
    }
}
