import Foundation

/// How names are compared: case-insensitively after Unicode NFC normalisation.
public enum Names {
    /// The key two names share when they match: NFC, lower-cased.
    public static func key(_ s: String) -> String {
        normalized(s).lowercased()
    }

    /// A key that also ignores accents (`~`, sorting and suggestions): "Đã liên hệ" → "da lien he".
    ///
    /// Latin text (Vietnamese included) is folded a letter at a time from a table made once by
    /// Foundation's folding of each letter: 30 times faster than folding the whole string, which
    /// `list where name ~ …` does for every record. Other scripts go through Foundation.
    public static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        let table = LatinFold.table
        for c in s.unicodeScalars {
            let v = c.value
            if v < 0x80 {
                out.append(v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v))
            } else if let i = LatinFold.index(v), let folded = table[i] {
                out.append(contentsOf: folded)
            } else {
                return foundationFold(s)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether folded text `haystack` holds `needle` (`~`): a byte search, as folded text
    /// compares byte for byte.
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var h = haystack, n = needle
        return h.withUTF8 { hb in
            n.withUTF8 { nb in
                guard nb.count <= hb.count else { return false }
                let first = nb[0]
                var i = 0
                while i <= hb.count - nb.count {
                    if hb[i] == first && memcmp(hb.baseAddress! + i, nb.baseAddress!, nb.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }

    /// Folding by Foundation: the reference the table is made from, and the way for other scripts.
    static func foundationFold(_ s: String) -> String {
        let folded = s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
    }

    /// Whether `s` is one word: not empty, no whitespace (what an id must be).
    public static func isOneWord(_ s: String) -> Bool {
        if s.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x80 }) { return !s.isEmpty }
        return !s.isEmpty && s.unicodeScalars.allSatisfy { !$0.properties.isWhitespace }
    }

    /// Whether `s` holds nothing but whitespace (an empty name).
    public static func isBlank(_ s: String) -> Bool {
        for b in s.utf8 where b != 0x20 && b != 0x09 {
            if b < 0x80 { return false }
            return s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
        }
        return true
    }

    /// `s` in NFC, the form names are stored in.
    public static func normalized(_ s: String) -> String {
        if isSurelyNFC(s) { return s }
        return s.precomposedStringWithCanonicalMapping
    }

    /// A cheap check that avoids Foundation's normaliser for the common case:
    /// text made of ASCII, Latin-1 letters and precomposed Vietnamese letters
    /// (U+1EA0–U+1EF9) is already NFC, having no combining marks.
    static func isSurelyNFC(_ s: String) -> Bool {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return s.unicodeScalars.allSatisfy { c in
            let v = c.value
            return v < 0x0300 || (0x1E00...0x1EFF).contains(v) || (0x2002...0x206F).contains(v)
        }
    }
}
