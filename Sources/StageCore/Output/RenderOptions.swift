/// How a table is printed: the format, the window it must fit, and whether records come one per block.
public struct RenderOptions: Sendable {
    public var format: OutputFormat
    /// The terminal's columns; nil leaves tables whole (not a terminal).
    public var width: Int?
    /// One record per block: `on`, `off`, or `auto` when a table is wider than `width`.
    public var expanded: DisplayMode
    /// The language of headings, footers and the words in cells for people.
    public var language: Language

    public init(format: OutputFormat, width: Int? = nil, expanded: DisplayMode = .off, language: Language = .english) {
        self.format = format
        self.width = width
        self.expanded = expanded
        self.language = language
    }
}
