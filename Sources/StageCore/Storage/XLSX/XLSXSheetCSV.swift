/// One worksheet as RFC 4180 CSV (UTF-8, `,` between fields, `\n` after
/// each row, quotes where a field needs them), with the map from the CSV's
/// lines back to the sheet's rows.
///
/// Line N of the CSV is row N of the sheet: a row the sheet leaves out, or
/// one with no values, is an empty line (which `CSVReader` skips but
/// counts). Only a cell holding line breaks moves the rows after it down, by
/// one line per break, since a quoted field's breaks are lines to
/// `CSVReader`; `sheetRow(line:)` undoes that, so every error can name the
/// row Excel shows.
public struct XLSXSheetCSV: Sendable {
    /// A row whose cells hold line breaks: the CSV line it starts on, its sheet row, and the extra lines it takes.
    struct Break: Sendable, Equatable {
        let line: Int
        let row: Int
        let extra: Int
    }

    /// The sheet's name.
    public let sheet: String
    public let bytes: [UInt8]
    /// The last sheet row with a row element (0 for an empty sheet).
    public let lastRow: Int
    /// Every row that takes more than one line, in order.
    let breaks: [Break]

    /// The sheet row (Excel's row number) that CSV line `line` (1-based, as
    /// `CSVReader` counts) belongs to.
    public func sheetRow(line: Int) -> Int {
        // The last row with line breaks that starts at or before the line.
        var lo = 0, hi = breaks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if breaks[mid].line <= line { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return line }
        let b = breaks[lo - 1]
        return line <= b.line + b.extra ? b.row : b.row + line - b.line - b.extra
    }

    /// Whether every CSV line is the sheet row of the same number (no cell holds a line break).
    public var linesAreRows: Bool { breaks.isEmpty }
}
