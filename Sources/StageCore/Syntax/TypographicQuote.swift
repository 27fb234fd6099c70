/// A quotation mark that phones and word processors type in place of `"` or `'`.
///
/// At the start of a token an opening mark opens a string that one of its own
/// closing marks ends: `“Lan”`, `„Lan“` (German), `„Lan”` (Polish), `”Lan”`
/// (Swedish), `‘Lan’`, `’Lan’`, `‚Lan‘`, `«Lan»`, `»Lan«`. Anywhere else a
/// mark is text: inside a word (`O’Brien`), inside a string of another mark or
/// of straight quotes (`"say “hi”"`), or as a closer of another pair.
struct TypographicQuote: Sendable {
    let opener: Unicode.Scalar
    let closers: [Unicode.Scalar]

    /// Every pair read; an opener takes only its own closers, so `“O’Brien”` keeps its apostrophe.
    static let all: [TypographicQuote] = [
        TypographicQuote(opener: "\u{201C}", closers: ["\u{201D}"]),  // “ ”
        TypographicQuote(opener: "\u{201E}", closers: ["\u{201C}", "\u{201D}"]),  // „ “ and „ ”
        TypographicQuote(opener: "\u{201D}", closers: ["\u{201D}"]),  // ” ”
        TypographicQuote(opener: "\u{2018}", closers: ["\u{2019}"]),  // ‘ ’
        TypographicQuote(opener: "\u{201A}", closers: ["\u{2018}", "\u{2019}"]),  // ‚ ‘ and ‚ ’
        TypographicQuote(opener: "\u{2019}", closers: ["\u{2019}"]),  // ’ ’
        TypographicQuote(opener: "\u{00AB}", closers: ["\u{00BB}"]),  // « »
        TypographicQuote(opener: "\u{00BB}", closers: ["\u{00AB}", "\u{00BB}"]),  // » « and » »
    ]

    /// The opening mark's length in UTF-8 bytes.
    var length: Int { opener.utf8.count }

    /// The closer shown in a hint when the string is left open.
    var closer: Character { Character(closers[0]) }

    /// The string's text from what stood between the marks.
    ///
    /// French puts a space inside guillemets (`« Lan »`, often a no-break one): typography, not part of the name.
    func text(_ inside: String) -> String {
        guard opener == "\u{00AB}" || opener == "\u{00BB}" else { return inside }
        let s = inside.unicodeScalars
        var lo = s.startIndex, hi = s.endIndex
        while lo < hi, TypographicQuote.isPadding(s[lo]) { s.formIndex(after: &lo) }
        while hi > lo, TypographicQuote.isPadding(s[s.index(before: hi)]) { s.formIndex(before: &hi) }
        return String(s[lo..<hi])
    }

    /// The pair whose opening mark starts at byte `i`, if any.
    static func opening<C: RandomAccessCollection<UInt8>>(_ bytes: C, at i: Int) -> TypographicQuote? where C.Index == Int {
        // Every mark is two or three bytes starting with 0xC2 or 0xE2: a cheap test first.
        guard i < bytes.endIndex, bytes[i] == 0xC2 || bytes[i] == 0xE2 else { return nil }
        return all.first { matches($0.opener, bytes, at: i) }
    }

    /// The length in bytes of one of this pair's closing marks at byte `i`, or nil.
    func closing<C: RandomAccessCollection<UInt8>>(_ bytes: C, at i: Int) -> Int? where C.Index == Int {
        guard i < bytes.endIndex, bytes[i] == 0xC2 || bytes[i] == 0xE2 else { return nil }
        return closers.first { TypographicQuote.matches($0, bytes, at: i) }.map { $0.utf8.count }
    }

    /// Whether `name` would be read back as a string rather than as a word.
    static func startsString(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        return all.contains { $0.opener == first }
    }

    private static func isPadding(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{00A0}" || s == "\u{202F}"
    }

    private static func matches<C: RandomAccessCollection<UInt8>>(_ mark: Unicode.Scalar, _ bytes: C, at i: Int) -> Bool
    where C.Index == Int {
        var j = i
        for b in mark.utf8 {
            guard j < bytes.endIndex, bytes[j] == b else { return false }
            j += 1
        }
        return true
    }
}
