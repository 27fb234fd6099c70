import Foundation

/// Reads a worksheet's XML (`<sheetData>`: `<row>`s of `<c>` cells) into
/// CSV as it streams past: each cell's value is turned into its text and
/// written to its column, each row to its line.
///
/// Cell types: `s` a shared string's index, `inlineStr` text in `<is>`,
/// `str` a formula's string result, `b` a boolean (TRUE/FALSE), `e` an
/// error (#N/A kept as text), `d` an ISO 8601 date (kept as written), `n` or
/// none a number, shown as a date when its style's format is one.
struct XLSXSheetReader: XMLEventHandler {
    private enum CellType {
        case number, shared, inline, string, boolean, error, date
    }

    private let strings: XLSXSharedStrings
    private let styles: XLSXStyles
    private let date1904: Bool
    private let cellLimit: Int
    var out: XLSXCSVWriter

    private var inSheetData = false
    private var inRow = false
    /// The current row, and the last cell's column in it.
    private var row = 0
    private var column = -1
    private var inCell = false
    private var type = CellType.number
    private var style = 0
    private var cellColumn = 0
    private var inValue = false, inInline = false, inText = false
    private var phonetic = 0
    /// The cell's text: its `<v>`, or its inline string's runs.
    private var value: [UInt8] = []
    /// The text written for it, when it is not `value` itself.
    private var formatted: [UInt8] = []

    init(strings: XLSXSharedStrings, styles: XLSXStyles, date1904: Bool, limits: XLSXLimits, out: XLSXCSVWriter) {
        self.strings = strings
        self.styles = styles
        self.date1904 = date1904
        cellLimit = limits.cellBytes
        self.out = out
        value.reserveCapacity(256)
        formatted.reserveCapacity(64)
    }

    var wantsText: Bool { inValue || (inText && phonetic == 0) }

    private func cellError(_ problem: Message) -> XLSXError {
        XLSXError(.cell, problem, row: row, cell: XLSXCellReference.name(column: cellColumn, row: row))
    }

    mutating func start(_ tag: XMLTag) throws(XLSXError) {
        let name = tag.localName
        if inCell {
            if XMLTag.equal(name, "v") {
                inValue = true
            } else if XMLTag.equal(name, "is") {
                inInline = true
            } else if inInline && XMLTag.equal(name, "t") {
                inText = true
            } else if inInline && XMLTag.equal(name, "rPh") {
                phonetic += 1
            }
        } else if inRow && XMLTag.equal(name, "c") {
            try startCell(tag)
        } else if inSheetData && XMLTag.equal(name, "row") {
            try startRow(tag)
        } else if XMLTag.equal(name, "sheetData") {
            inSheetData = true
        }
    }

    private mutating func startRow(_ tag: XMLTag) throws(XLSXError) {
        let r: Int
        if let text = tag.attribute("r") {
            guard let n = XLSXCellReference.row(text) else {
                throw XLSXError(.cell, Message.xlsxBadRowNumber(String(decoding: text, as: UTF8.self)), row: row + 1)
            }
            r = n
        } else {
            // No r: the row after the last one, as Excel reads it.
            r = row + 1
        }
        guard r > row else { throw XLSXError(.cell, Message.xlsxRowOutOfOrder(r, after: row), row: r) }
        guard r <= XLSXCellReference.rows else {
            throw XLSXError(.cell, Message.xlsxBadRowNumber(String(r)), row: row)
        }
        row = r
        column = -1
        inRow = true
        try out.beginRow(r)
    }

    private mutating func startCell(_ tag: XMLTag) throws(XLSXError) {
        if let ref = tag.attribute("r") {
            guard let c = XLSXCellReference.column(ref) else {
                throw XLSXError(.cell, Message.xlsxBadCellReference(String(decoding: ref, as: UTF8.self)), row: row)
            }
            cellColumn = c
        } else {
            cellColumn = column + 1
        }
        guard cellColumn > column, cellColumn < XLSXCellReference.columns else {
            throw cellError(Message.xlsxCellOutOfOrder(XLSXCellReference.name(column: cellColumn, row: row)))
        }
        type = .number
        if let t = tag.attribute("t") {
            type =
                switch true {
                case XMLTag.equal(t, "s"): .shared
                case XMLTag.equal(t, "inlineStr"): .inline
                case XMLTag.equal(t, "str"): .string
                case XMLTag.equal(t, "b"): .boolean
                case XMLTag.equal(t, "e"): .error
                case XMLTag.equal(t, "d"): .date
                default: .number
                }
        }
        style = 0
        if let s = tag.attribute("s") {
            var n = 0
            for c in s.prefix(9) where c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { n = n * 10 + Int(c - UInt8(ascii: "0")) }
            style = n
        }
        value.removeAll(keepingCapacity: true)
        inCell = true
    }

    mutating func end(_ localName: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        if inCell {
            if XMLTag.equal(localName, "v") {
                inValue = false
            } else if XMLTag.equal(localName, "t") {
                inText = false
            } else if XMLTag.equal(localName, "rPh") {
                phonetic = max(0, phonetic - 1)
            } else if XMLTag.equal(localName, "is") {
                inInline = false
            } else if XMLTag.equal(localName, "c") {
                inCell = false
                inValue = false
                inInline = false
                inText = false
                phonetic = 0
                column = cellColumn
                try writeCell()
            }
        } else if inRow && XMLTag.equal(localName, "row") {
            inRow = false
            try out.endRow()
        } else if XMLTag.equal(localName, "sheetData") {
            inSheetData = false
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        guard value.count + bytes.count <= cellLimit else { throw cellError(Message.xlsxCellTooLong(cellLimit)) }
        value.append(contentsOf: bytes)
    }

    /// Writes the finished cell's text to its column.
    private mutating func writeCell() throws(XLSXError) {
        guard !value.isEmpty else { return }
        switch type {
        case .shared:
            var index = 0
            var valid = value.count <= 10
            for c in value {
                guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { valid = false; break }
                index = index * 10 + Int(c - UInt8(ascii: "0"))
            }
            guard valid, index < strings.count else {
                throw cellError(Message.xlsxSharedStringIndex(String(decoding: value, as: UTF8.self), count: strings.count))
            }
            let column = cellColumn
            try strings.withString(index) { (bytes, flags) throws(XLSXError) in
                try out.field(column, bytes, flags: flags)
            }
        case .inline, .string:
            XLSXEscapes.decode(&value, from: 0)
            try writeValue()
        case .boolean:
            let v = String(decoding: value, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
            formatted.removeAll(keepingCapacity: true)
            formatted.append(contentsOf: (v == "1" || v == "true" ? "TRUE" : v == "0" || v == "false" ? "FALSE" : v).utf8)
            try writeFormatted()
        case .error, .date:
            try writeValue()
        case .number:
            formatted.removeAll(keepingCapacity: true)
            let kind = styles.kind(style)
            try value.withUnsafeBufferPointer { (raw: UnsafeBufferPointer<UInt8>) throws(XLSXError) in
                if kind != .number, let serial = XLSXNumberText.parse(raw),
                    XLSXNumberText.appendDate(serial, kind: kind, date1904: date1904, to: &formatted)
                {
                    return
                }
                XLSXNumberText.appendNumber(raw, to: &formatted)
            }
            try writeFormatted()
        }
    }

    private mutating func writeValue() throws(XLSXError) {
        let column = cellColumn
        try value.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(XLSXError) in try out.field(column, b) }
    }

    private mutating func writeFormatted() throws(XLSXError) {
        let column = cellColumn
        try formatted.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(XLSXError) in try out.field(column, b) }
    }
}
