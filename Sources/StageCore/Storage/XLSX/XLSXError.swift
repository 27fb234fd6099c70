/// Why an `.xlsx` file could not be read as CSV: what kind of problem, its
/// message (in the current language), and where in the sheet when it lies in
/// one row or cell.
public struct XLSXError: Error, Sendable, Equatable {
    /// What went wrong, for callers and tests that branch on it rather than on the text.
    public enum Kind: Sendable, Equatable {
        /// The file cannot be opened or read (missing, a directory, no permission...).
        case file
        /// Not a zip archive: a CSV renamed, an old `.xls`, a password-protected workbook.
        case notZip
        /// A zip archive without a workbook in it: an `.ods`, a `.docx`...
        case notWorkbook
        /// A part the workbook points to is not in the archive.
        case missingPart
        /// A part does not unpack: cut short, wrong checksum, unknown compression.
        case damaged
        /// A part is not well-formed XML.
        case malformedXML
        /// A part, all the parts together, or the CSV would pass a bound (a zip bomb, say).
        case tooLarge
        /// `sheet NAME` names no sheet of the workbook.
        case unknownSheet
        /// The sheet is a chart sheet, or the workbook has no worksheet at all.
        case notWorksheet
        /// A row or cell the sheet cannot be read past (a bad reference, rows out of order...).
        case cell
    }

    public var kind: Kind
    public var problem: Message
    /// The sheet row (Excel's row number) the problem lies in, if it lies in one.
    public var row: Int?
    /// The cell reference ("B5"), when the problem lies in one cell.
    public var cell: String?
    public var hints: [Message] = []

    public init(_ kind: Kind, _ problem: Message, row: Int? = nil, cell: String? = nil, hints: [Message] = []) {
        self.kind = kind
        self.problem = problem
        self.row = row
        self.cell = cell
        self.hints = hints
    }
}
