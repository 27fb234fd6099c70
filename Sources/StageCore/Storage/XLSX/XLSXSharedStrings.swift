/// The workbook's shared strings (`xl/sharedStrings.xml`), which cells of
/// type `s` name by index: all their text in one buffer, with where each
/// starts and what it needs in CSV, so a million cells repeating a few
/// thousand strings cost no String at all.
struct XLSXSharedStrings {
    private var text: [UInt8] = []
    /// Where string i starts in `text` (and string i + 1 ends); one more than there are strings.
    private var starts: [UInt32] = [0]
    /// `XLSXCSVWriter.flags` of each string.
    private var flags: [UInt8] = []

    var count: Int { flags.count }

    /// Calls `body` with string `i`'s bytes and CSV flags.
    func withString<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>, UInt8) throws(XLSXError) -> R) throws(XLSXError) -> R {
        let s = Int(starts[i]), e = Int(starts[i + 1])
        let f = flags[i]
        return try text.withUnsafeBufferPointer { (t: UnsafeBufferPointer<UInt8>) throws(XLSXError) -> R in
            try body(UnsafeBufferPointer(rebasing: t[s..<e]), f)
        }
    }

    /// The text of string `i`, for tests and messages.
    func string(_ i: Int) -> String {
        String(decoding: text[Int(starts[i])..<Int(starts[i + 1])], as: UTF8.self)
    }

    /// Reads each `<si>`: its `<t>`, or the `<t>` of each rich-text run
    /// `<r>` joined, leaving out phonetic guides (`<rPh>`, furigana), as Excel shows the cell.
    struct Parser: XMLEventHandler {
        var result = XLSXSharedStrings()
        private var inItem = false, inText = false
        private var phonetic = 0
        private var start = 0

        var wantsText: Bool { inText && phonetic == 0 }

        mutating func start(_ tag: XMLTag) throws(XLSXError) {
            if tag.is("si") {
                inItem = true
                start = result.text.count
            } else if inItem && tag.is("t") {
                inText = true
            } else if inItem && tag.is("rPh") {
                phonetic += 1
            }
        }

        mutating func end(_ localName: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
            if XMLTag.equal(localName, "t") {
                inText = false
            } else if XMLTag.equal(localName, "rPh") {
                phonetic = max(0, phonetic - 1)
            } else if XMLTag.equal(localName, "si") && inItem {
                inItem = false
                XLSXEscapes.decode(&result.text, from: start)
                let f = result.text.withUnsafeBufferPointer { XLSXCSVWriter.flags(UnsafeBufferPointer(rebasing: $0[start...])) }
                result.flags.append(f)
                result.starts.append(UInt32(result.text.count))
            }
        }

        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
            result.text.append(contentsOf: bytes)
        }
    }
}
