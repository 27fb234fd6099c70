/// Which cell styles show numbers as dates or times, from `xl/styles.xml`:
/// each entry of `<cellXfs>` (a cell's `s` attribute indexes it) names a
/// number format, built in or from `<numFmts>`.
struct XLSXStyles {
    /// How a style shows a number.
    enum Kind: UInt8, Sendable {
        /// A number (General, 0.00, @...).
        case number
        /// A date without a time of day (m/d/yyyy, yyyy-mm-dd).
        case date
        /// A date with a time of day (m/d/yyyy h:mm, yyyy-mm-dd hh:mm).
        case dateTime
        /// A time of day or a duration (h:mm, [h]:mm:ss).
        case time
    }

    /// The kind of each `<cellXfs>` entry, by index.
    private(set) var kinds: [Kind] = []

    /// The kind of style `index`; an index past the table is a plain number, as Excel shows it.
    func kind(_ index: Int) -> Kind { index >= 0 && index < kinds.count ? kinds[index] : .number }

    /// The built-in formats that are dates or times: 14-17 (m/d/yyyy,
    /// d-mmm-yy, d-mmm, mmm-yy), 22 (m/d/yyyy h:mm), 27-31, 36 and 50-58 (East
    /// Asian dates), 18-21, 32-35 and 45-47 (h:mm AM/PM, h:mm:ss, mm:ss, [h]:mm:ss...).
    static func builtIn(_ id: Int) -> Kind {
        switch id {
        case 14...17, 27...31, 36, 50...58: return .date
        case 22: return .dateTime
        case 18...21, 32...35, 45...47: return .time
        default: return .number
        }
    }

    /// The kind of a format code: a date if it has a day, month or year
    /// (d, y, or m without h or s) outside quoted text, `[...]` brackets and
    /// escaped characters, with a time if it also has hours or seconds; a
    /// time if it has only hours, minutes or seconds.
    static func kind(of code: String) -> Kind {
        var date = false, month = false, time = false
        var quoted = false, bracket = false, skipNext = false
        for c in code.unicodeScalars {
            if skipNext { skipNext = false; continue }
            if quoted { if c == "\"" { quoted = false }; continue }
            if bracket { if c == "]" { bracket = false }; continue }
            switch c {
            case "\"": quoted = true
            case "[": bracket = true
            // An escaped character, and the character `_` pads with or `*` repeats, are literal.
            case "\\", "_", "*": skipNext = true
            case "d", "D", "y", "Y": date = true
            case "m", "M": month = true
            case "h", "H", "s", "S": time = true
            default: break
            }
        }
        if date { return time ? .dateTime : .date }
        if month && !time { return .date }
        return time ? .time : .number
    }

    /// Reads `<numFmts>` and the `numFmtId` of each `<xf>` in `<cellXfs>`.
    struct Parser: XMLEventHandler {
        private var custom: [Int: Kind] = [:]
        private var formats: [Int] = []
        private var inNumFmts = false, inCellXfs = false

        var wantsText: Bool { false }

        /// The table, once the part is read: custom formats first, then built-in ones.
        var result: XLSXStyles {
            XLSXStyles(kinds: formats.map { custom[$0] ?? XLSXStyles.builtIn($0) })
        }

        mutating func start(_ tag: XMLTag) throws(XLSXError) {
            if tag.is("numFmts") {
                inNumFmts = true
            } else if tag.is("cellXfs") {
                inCellXfs = true
            } else if inNumFmts && tag.is("numFmt"), let id = tag.string("numFmtId").flatMap({ Int($0) }) {
                custom[id] = XLSXStyles.kind(of: tag.string("formatCode") ?? "")
            } else if inCellXfs && tag.is("xf") {
                formats.append(tag.string("numFmtId").flatMap { Int($0) } ?? 0)
            }
        }

        mutating func end(_ localName: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
            if XMLTag.equal(localName, "numFmts") { inNumFmts = false }
            if XMLTag.equal(localName, "cellXfs") { inCellXfs = false }
        }

        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXError) {}
    }
}
