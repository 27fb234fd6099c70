import Foundation

/// Writes a sheet's rows as CSV as they are read: a field per cell up to the
/// row's last value, an empty line for each missing row, and at the end a
/// padding pass so every row has as many fields as the widest.
struct XLSXCSVWriter {
    private(set) var bytes: [UInt8] = []
    let sheet: String
    let limit: Int
    /// Rows with values: where each one's `\n` is and how many fields it has.
    private var rowEnds: [Int] = []
    private var rowWidths: [Int32] = []
    private var widest = 0
    private var breaks: [XLSXSheetCSV.Break] = []
    /// Line breaks inside fields of the rows written so far.
    private var extraLines = 0
    private var lastRow = 0
    /// The row being written: its number, fields so far, line breaks in its fields.
    private var row = 0
    private var width = 0
    private var rowExtra = 0

    /// A field needs quotes (`,` `"` a line end, or `;` tab `|`, so that no
    /// delimiter guess ever sees another one outside quotes).
    static let needsQuotes: UInt8 = 1
    /// A field holds a `\n`.
    static let hasLineFeed: UInt8 = 2

    init(sheet: String, limit: Int, capacity: Int) {
        self.sheet = sheet
        self.limit = limit
        bytes.reserveCapacity(min(capacity, limit))
    }

    /// What a field's bytes need: `needsQuotes`, `hasLineFeed`.
    static func flags(_ b: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var f: UInt8 = 0
        for c in b where c <= UInt8(ascii: "|") {
            switch c {
            case UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: ";"), UInt8(ascii: "|"), 9, 13: f |= needsQuotes
            case 10: f |= needsQuotes | hasLineFeed
            default: break
            }
        }
        return f
    }

    private func tooLarge() -> XLSXError {
        XLSXError(.tooLarge, Message.xlsxCSVTooLarge(sheet, limit), hints: [Message.xlsxHintSplitSheet])
    }

    /// Starts sheet row `r` (after the last one): an empty line for each row between.
    mutating func beginRow(_ r: Int) throws(XLSXError) {
        if r - lastRow - 1 > limit - bytes.count { throw tooLarge() }
        if r > lastRow + 1 { bytes.append(contentsOf: repeatElement(10, count: r - lastRow - 1)) }
        row = r
        width = 0
        rowExtra = 0
    }

    /// Writes a value in column `column` (0-based, after the row's last one);
    /// an empty value writes nothing, so a row ends at its last value.
    mutating func field(_ column: Int, _ value: UnsafeBufferPointer<UInt8>, flags known: UInt8? = nil) throws(XLSXError) {
        guard value.count > 0 else { return }
        let commas = width == 0 ? column : column - width + 1
        if commas + 2 * value.count + 2 > limit - bytes.count { throw tooLarge() }
        if commas > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: ","), count: commas)) }
        let f = known ?? XLSXCSVWriter.flags(value)
        if f & XLSXCSVWriter.needsQuotes == 0 {
            bytes.append(contentsOf: value)
        } else {
            bytes.append(UInt8(ascii: "\""))
            var run = 0
            for (i, c) in value.enumerated() {
                if c == UInt8(ascii: "\"") {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[run...i]))
                    bytes.append(UInt8(ascii: "\""))
                    run = i + 1
                } else if c == 10 {
                    rowExtra += 1
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[run...]))
            bytes.append(UInt8(ascii: "\""))
        }
        width = column + 1
    }

    /// Ends the row: its line, or an empty one when it had no value.
    mutating func endRow() throws(XLSXError) {
        if width > 0 {
            rowEnds.append(bytes.count)
            rowWidths.append(Int32(width))
            widest = max(widest, width)
        }
        if rowExtra > 0 {
            breaks.append(.init(line: row + extraLines, row: row, extra: rowExtra))
            extraLines += rowExtra
        }
        if bytes.count >= limit { throw tooLarge() }
        bytes.append(10)
        lastRow = row
    }

    /// The CSV, every row padded with empty fields to the widest row's width,
    /// as Excel's own "Save as CSV" does: the CSV reader wants as many fields
    /// in each row as in the header, and Excel leaves out a row's trailing
    /// empty cells.
    mutating func finish() throws(XLSXError) -> XLSXSheetCSV {
        var padding = 0
        for w in rowWidths { padding += widest - Int(w) }
        if padding > limit - bytes.count { throw tooLarge() }
        if padding > 0 {
            // Each row end moves right by the padding of the rows up to it; from the last row back, in place.
            let old = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: padding))
            bytes.withUnsafeMutableBufferPointer { b in
                let base = b.baseAddress!
                var shift = padding, tail = old
                for i in stride(from: rowEnds.count - 1, through: 0, by: -1) where shift > 0 {
                    let end = rowEnds[i], pad = widest - Int(rowWidths[i])
                    memmove(base + end + shift, base + end, tail - end)
                    shift -= pad
                    (base + end + shift).update(repeating: UInt8(ascii: ","), count: pad)
                    tail = end
                }
            }
        }
        let result = XLSXSheetCSV(sheet: sheet, bytes: bytes, lastRow: lastRow, breaks: breaks)
        bytes = []
        return result
    }
}
