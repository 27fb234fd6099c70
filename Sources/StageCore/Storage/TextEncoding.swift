/// A text encoding CRM exports come in, which `CSVReader` decodes to UTF-8.
///
/// Excel's "CSV (Comma delimited)" on Windows writes Windows-1252, its
/// "Unicode Text" UTF-16LE with a byte-order mark; Salesforce and HubSpot
/// write UTF-8. A byte-order mark decides by itself, over any encoding asked
/// for: no Windows-1252 or Latin-1 text starts with one.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16le = "utf-16le"
    case utf16be = "utf-16be"
    /// Windows-1252: Latin-1 with printable characters at 0x80–0x9F.
    case cp1252
    /// ISO-8859-1: every byte is the code point of its value.
    case latin1

    /// The name messages give it.
    public var name: String { rawValue }

    /// The names `encoding NAME` takes, for help and completion.
    ///
    /// "auto" is no encoding: it asks for none (nil), so that a byte-order mark decides.
    public static let names = ["auto", "utf-8", "utf-16", "utf-16le", "utf-16be", "cp1252", "latin1"]

    /// Every spelling accepted, lowercased.
    ///
    /// Plain "utf-16" is little-endian, as Windows writes it when it leaves out the byte-order mark.
    static let spellings: [String: TextEncoding] = [
        "utf-8": .utf8, "utf8": .utf8,
        "utf-16": .utf16le, "utf16": .utf16le, "utf-16le": .utf16le, "utf16le": .utf16le,
        "utf-16be": .utf16be, "utf16be": .utf16be,
        "cp1252": .cp1252, "windows-1252": .cp1252, "windows1252": .cp1252,
        "latin1": .latin1, "latin-1": .latin1, "iso-8859-1": .latin1, "iso8859-1": .latin1,
    ]

    /// The encoding `name` stands for, in any case; nil for an unknown name and for "auto".
    public init?(name: String) {
        guard let e = TextEncoding.spellings[name.lowercased()] else { return nil }
        self = e
    }

    /// The encoding a byte-order mark at the start of `head` gives, and the mark's length.
    static func byteOrderMark(_ head: UnsafeBufferPointer<UInt8>) -> (encoding: TextEncoding, length: Int)? {
        if head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF { return (.utf8, 3) }
        if head.count >= 2 && head[0] == 0xFF && head[1] == 0xFE { return (.utf16le, 2) }
        if head.count >= 2 && head[0] == 0xFE && head[1] == 0xFF { return (.utf16be, 2) }
        return nil
    }

    /// The UTF-16 byte order the start of a text without a byte-order mark
    /// looks like, or nil: NULs in every other byte, as the high bytes of
    /// ASCII and Latin-1 characters, which headers mostly are.
    ///
    /// A UTF-8 file's stray NULs (Salesforce's rich-text fields) are few and
    /// not in step, and its header has none.
    static func utf16WithoutMark(_ sample: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        let pairs = min(sample.count, 512) / 2
        // Fewer than four characters could be anything.
        guard pairs >= 4 else { return nil }
        var even = 0, odd = 0
        for k in 0..<pairs {
            if sample[2 * k] == 0 { even += 1 }
            if sample[2 * k + 1] == 0 { odd += 1 }
        }
        // Two in three characters ASCII or Latin-1 at least: even a header
        // in Vietnamese has that many, and stray NULs come nowhere near.
        if odd * 3 >= pairs * 2 && even * 8 <= odd { return .utf16le }
        if even * 3 >= pairs * 2 && odd * 8 <= even { return .utf16be }
        return nil
    }

    /// The characters Windows-1252 puts at 0x80–0x9F.
    ///
    /// Its five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stand for the code point of their value, as Python's
    /// and WHATWG's decoders read them.
    static let cp1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The code point byte `b` stands for in a one-byte encoding.
    static func scalar(_ b: UInt8, in encoding: TextEncoding) -> UInt32 {
        encoding == .cp1252 && (0x80...0x9F).contains(b) ? UInt32(cp1252High[Int(b) - 0x80]) : UInt32(b)
    }

    /// Whether `b` has no character of its own in Windows-1252.
    static func undefinedInCP1252(_ b: UInt8) -> Bool { b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D }

    /// Whether a field's bytes, invalid as UTF-8, read as Windows-1252 text,
    /// so that an import can suggest `encoding cp1252`.
    ///
    /// They do when every byte has a character there, no control character
    /// but tab and line breaks occurs, no valid UTF-8 sequence of two or more
    /// bytes occurs (that would be UTF-8 damaged elsewhere), and the bytes
    /// from 0x80 up come in short runs, any run holding a letter next to an
    /// ASCII letter or digit ("José", "Müller"). Text in a two-byte encoding
    /// (GBK, Big5, Shift-JIS) has long runs or runs standing alone.
    public static func looksLikeCP1252(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func isASCIIWord(_ b: UInt8) -> Bool {
            (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
        }
        var high = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if (b < 0x20 && b != 9 && b != 10 && b != 13) || b == 0x7F { return false }
                i += 1
                continue
            }
            // A run of bytes from 0x80 up.
            let runStart = i
            var hasLetter = false
            while i < bytes.count && bytes[i] >= 0x80 {
                let c = bytes[i]
                if undefinedInCP1252(c) || utf8SequenceLength(bytes, at: i) > 1 { return false }
                if let s = Unicode.Scalar(scalar(c, in: .cp1252)), s.properties.isAlphabetic { hasLetter = true }
                i += 1
            }
            let run = i - runStart
            guard run <= 3 else { return false }
            if hasLetter {
                let before = runStart > 0 && isASCIIWord(bytes[runStart - 1])
                let after = i < bytes.count && isASCIIWord(bytes[i])
                guard before || after else { return false }
            }
            high += run
        }
        return high > 0
    }

    /// The length of the valid UTF-8 sequence starting at `i`, or 0.
    static func utf8SequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let lead = b[i]
        if lead < 0x80 { return 1 }
        let length: Int, low: UInt8, high: UInt8
        switch lead {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xE1...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard i + length <= b.count, (low...high).contains(b[i + 1]) else { return 0 }
        for k in 2..<max(2, length) where !(0x80...0xBF).contains(b[i + k]) { return 0 }
        return length
    }
}
