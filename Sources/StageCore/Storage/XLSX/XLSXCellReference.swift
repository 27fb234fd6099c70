/// Cell references as a sheet writes them: `C5` is column C (the third, index 2) of row 5.
///
/// Excel's sheets have 16,384 columns (A to XFD) and 1,048,576 rows.
enum XLSXCellReference {
    static let columns = 16_384
    static let rows = 1_048_576

    /// The 0-based column of a reference ("C5" → 2), if it is one: letters,
    /// then a row number in range.
    static func column(_ ref: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0, column = 0
        while i < ref.count, case let c = ref[i] | 0x20, c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") {
            column = column * 26 + Int(c - UInt8(ascii: "a")) + 1
            guard column <= columns else { return nil }
            i += 1
        }
        guard i > 0, row(UnsafeBufferPointer(rebasing: ref[i...])) != nil else { return nil }
        return column - 1
    }

    /// A row number ("5"), if it is one in range.
    static func row(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !text.isEmpty, text.count <= 7, text[0] != UInt8(ascii: "0") else { return nil }
        var n = 0
        for c in text {
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return nil }
            n = n * 10 + Int(c - UInt8(ascii: "0"))
        }
        return n <= rows ? n : nil
    }

    /// The column's letters: 0 → "A", 27 → "AB".
    static func letters(_ column: Int) -> String {
        var n = column + 1
        var s: [UInt8] = []
        while n > 0 {
            s.append(UInt8(ascii: "A") + UInt8((n - 1) % 26))
            n = (n - 1) / 26
        }
        return String(decoding: s.reversed(), as: UTF8.self)
    }

    /// "C5" for column 2 of row 5.
    static func name(column: Int, row: Int) -> String { "\(letters(column))\(row)" }
}
